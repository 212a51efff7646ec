"""What marks the readers' comments on a page, and the parts of one comment.

Read by :mod:`newsparse.classify.comments`. The comment section is found from evidence the
classifier already has: the lines its phrase rules (and the language packs) drop with the
reason ``comments`` ("42 Comments", "Kommentare", "Reply", "Antworten"), and on HTML pages
the class and id names of the comment boxes. Hints are matched against a block's lowercased
class and id tokens (see :attr:`newsparse.InputBlock.hints`).
"""

#: Microdata types (``itemtype="https://schema.org/Comment"``, by their last path part,
#: lowercased) that mark comment boxes, and the word the HTML loader adds to the element's
#: hints for each, so the comment and container rules see them as they see class names.
MICRODATA_TYPES = {"comment": "comment", "usercomments": "usercomments"}

# -- The section ----------------------------------------------------------------------------
#: Class/id tokens of comment boxes, in the languages of the built-in packs ("comments",
#: "comment-body", "kommentar", "commentaire", "comentario"), the common comment services
#: ("disqus", WordPress's "respond" form) and the microdata types of a comment
#: (``schema.org/Comment``, ``UserComments``), which the hints carry as words. Whole tokens
#: that hold the word, so "commentary" (an opinion column) is left out.
SECTION_HINTS = (
    r"(?:^|\s)[\w-]*(?:comments?|kommentare?n?|commentaires?|comentarios?|disqus|usercomments)"
    r"(?:[-_][\w-]*)?(?=\s|$)"
)
#: Tokens that hold the word but name no comment box: WordPress's body classes say whether
#: comments are open, and a counter or link in the article's header points to them.
NOT_SECTION_HINTS = (
    r"(?:^|\s)(?:comments?-(?:open|closed|count|counts|link|links|number|bubble|icon)"
    r"|no-comments|has-comments|with-comments)(?=\s|$)"
)
#: How far into a block's hints the comment box is looked for: the block's own names and
#: its nearest ancestors', not a page-wide wrapper's.
SECTION_HINT_CHARS = 120

#: Reasons of the blocks that end a comment section found from its heading on a page
#: without comment boxes (plain text, or HTML that names nothing): the page's furniture
#: resumes below the comments.
SECTION_END_REASONS = frozenset({"footer", "navigation", "newsletter", "cookie", "related", "banner"})

#: Lines that open the readers' comments, per language (ISO 639-1): a heading with the count
#: ("42 Comments", "Kommentare (3)", "Réactions"), an invitation to write one ("Leave a
#: reply", "Kommentar schreiben", "Laisser un commentaire", "Deja un comentario", "Deixe um
#: comentário", "Dodaj komentarz") or a link that shows them. Regular expressions matched
#: against the lowercased line (see :data:`newsparse.patterns.COMMENT_SECTION`); literal
#: words, sets and bounded repeats only, so the pattern built from them stays linear.
SECTION_OPENERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"^(?:\d+ )?(?:comments?|responses?|replies|reader comments|discussion|conversation)(?: \(\d+\))?:?$",
        r"^(?:\d+ )?(?:thoughts|responses?|comments?) (?:on|to) [\"“']",
        r"^(?:join|start) the (?:discussion|conversation)\b",
        r"^(?:leave|post|add|write) (?:a|your) (?:reply|comment|response)\b",
        r"^(?:show|view|load|read) (?:all )?(?:\d+ )?comments?\b",
    ),
    "de": (
        # (Not "Kommentar" alone: the label of an opinion piece.)
        r"^(?:\d+ )?(?:kommentare|leserkommentare|diskussion)(?: \(\d+\))?:?$",
        r"^(?:kommentar schreiben|kommentar verfassen|zu den kommentaren|(?:alle )?kommentare (?:anzeigen|lesen))\b",
        r"^(?:schreiben sie|schreibe|hinterlasse|hinterlassen sie|verfassen sie) (?:einen|ihren|deinen) kommentar\b",
    ),
    "fr": (
        r"^(?:\d+ )?(?:commentaires?|réactions?)(?: \(\d+\))?:?$",
        r"^(?:laisser|ajouter|écrire|poster|publier|laissez) (?:un|votre) commentaire\b",
        r"^(?:voir|afficher|lire) (?:tous )?les (?:\d+ )?commentaires\b",
    ),
    "es": (
        r"^(?:\d+ )?comentarios?(?: \(\d+\))?:?$",
        r"^(?:deja|dejar|escribe|añade|publica) (?:un|tu|su) comentario\b",
        r"^(?:ver|mostrar|leer) (?:todos )?(?:los )?(?:\d+ )?comentarios\b",
    ),
    "pt": (
        r"^(?:\d+ )?comentários?(?: \(\d+\))?:?$",
        r"^(?:deixe|deixar|escreva|adicione) (?:um|seu|o seu) comentário\b",
        r"^(?:ver|mostrar|ler) (?:todos )?(?:os )?(?:\d+ )?comentários\b",
    ),
    "it": (
        r"^(?:\d+ )?commenti(?: \(\d+\))?:?$",
        r"^(?:lascia|scrivi|aggiungi) (?:un|il tuo) commento\b",
    ),
    "pl": (
        # (Not "Komentarz" alone: the label of an opinion piece.)
        r"^(?:\d+ )?komentarz(?:e|y)(?: \(\d+\))?:?$",
        r"^(?:dodaj|napisz) komentarz\b",
        r"^(?:pokaż|zobacz) (?:wszystkie )?komentarze\b",
    ),
    "nl": (
        r"^(?:\d+ )?reacties?(?: \(\d+\))?:?$",
        r"^(?:laat|plaats|schrijf) (?:een|je|uw) reactie\b",
    ),
}

# -- One comment ----------------------------------------------------------------------------
#: Class/id tokens of the box holding a commenter's name ("comment-author", "fn" of the
#: hCard microformat, "username", German "autor", French "auteur").
AUTHOR_HINTS = r"author|(?:^|[\s-])fn(?=\s|$)|user-?name|nick|commenter|autor|auteur|\bname\b"
#: Class/id tokens of the box holding a comment's date ("comment-meta", "commentmetadata",
#: "comment-date", "timestamp", German "datum", French "date", Spanish "fecha").
DATE_HINTS = r"date|time|meta|posted|datum|fecha|zeit"
#: A commenter's name or a comment's date is one short line.
PART_MAX_CHARS = 80

#: A commenter's header line: "Alex on September 17, 2018 at 6:34 am said:", "Bob says:",
#: "Max schrieb:", "Marie a écrit :", "Ana dijo:". The name comes first, the date (after
#: "on", "am", "le", "el") is optional; matched on the line as written.
HEADER = (
    r"^(?P<author>[^\n]{1,60}?)(?:,?\s+(?:on|am|le|el|il)\s+(?P<date>[^\n]{4,60}?))?,?\s+"
    r"(?:said|says|wrote|writes|replied|commented|sagt|schrieb|meint|kommentierte"
    r"|a écrit|a dit|écrit|dit|dijo|escribió|escribe|comentó)\s?:$"
)
#: A header line is short (see :data:`newsparse.data.body_model.COMMENT_HEADER_MAX_CHARS`).
HEADER_MAX_CHARS = 160
#: Words that open a comment's credit line, which reads like a byline: "Comment by Bob",
#: "Kommentar von Margit Heumann — 2019-01-01 @ 00:39 | Antworten", "Commentaire de Marie",
#: "Comentario de Ana", "Commento di Luca", "Reactie van Jan". Matched at the line's start.
CREDIT_OPENERS = (
    "comment by", "comment from", "kommentar von", "commentaire de", "commentaire par",
    "comentario de", "comentario por", "commento di", "commento da", "reactie van",
)

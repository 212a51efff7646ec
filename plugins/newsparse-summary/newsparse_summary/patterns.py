"""Patterns for the parts of news text that are not summary material, as data.

Every pattern is compiled once, anchored or bounded, and free of nested quantifiers, so
none can backtrack catastrophically. They are matched against single sentences.
"""

from __future__ import annotations

import re

__all__ = [
    "ADDRESS",
    "CAPTION_CUE",
    "CAPTION_GLUED",
    "CAPTION_START",
    "CATALOGUE",
    "CLOSING_MARK",
    "CREDIT",
    "CREDIT_LABEL",
    "DASH_OPENING",
    "DATELINE",
    "DATELINE_PREFIX",
    "EXCERPT_END",
    "EXCERPT_RUN",
    "FINAL_PUNCTUATION",
    "LAST_RESORT_KINDS",
    "LEAD_IN_END",
    "LEFTOVER",
    "LEFTOVER_PREFIX",
    "NEVER_KINDS",
    "NOTE_MARKS",
    "NOTE_MARK_SHARE",
    "NUMBERED_LABEL",
    "OPENING_QUOTE",
    "POINTERS",
    "POINTER_CUES",
    "QUESTION_END",
    "QUESTION_KINDS",
    "QUESTION_MARK",
    "QUESTION_MARKS",
    "SECTION_KINDS",
    "SECTION_NUMBER",
    "SPACED_STOP",
    "SPACED_STOP_MAX_WORDS",
    "SPEAKER_LABEL",
    "SPEECH_VERB",
    "TITLE_HEAD",
    "TITLE_HEAD_WORDS",
    "TITLE_WORDS",
]

_I = re.IGNORECASE

#: Whole sentences that are page furniture left in the body: bylines and timestamps of
#: syndicated pages ("By . Jane Doe .", "PUBLISHED: . 12:01 EST, 5 May 2013 ."),
#: prompts ("Scroll down for video"), credits, sharing lines and the comment box ("Sorry
#: we are not currently accepting comments on this article.").
LEFTOVER = re.compile(
    r"^(?:"
    r"by\b[\s.:]{0,4}[^.!?]{0,60}$"  # "By . Jane Doe ." pieces and short bylines
    r"|(?:published|updated|last updated|created|posted|modified)\s{0,2}[:.|]"  # "PUBLISHED: ."
    r"|(?:last )?updated (?:at|on) \d"  # "Last updated at 4:05 PM ..."
    r"|\d{1,2}[:.]\d{2}\s{0,2}(?:[ap]\.?m\.?|est|edt|cst|cdt|pst|pdt|gmt|bst|cet|utc)\b"
    r"|[|•·]"
    r"|(?:scroll down|click here|read more|see also|related:|advertisement|share this|"
    r"follow (?:us|@)|sign up|subscribe|watch the video|video:|photos?:|pictured:|"
    r"(?:copyright|©)\s|sorry,? we are not (?:currently )?accepting comments)"
    r"|\(?(?:cnn|ap|reuters|afp|pa|bbc)\)?\s{0,2}[-—–]{0,2}$"
    r")",
    _I,
)

#: A short piece that ends with a period set off by a space ("Daily Mail Reporter ."):
#: the field separator of syndicated page headers; prose never spaces its full stop.
SPACED_STOP = re.compile(r"\s\.$")

#: The most words a :data:`SPACED_STOP` piece can have and still count as a header field.
SPACED_STOP_MAX_WORDS = 6

#: Furniture at the start of an otherwise good sentence, cut off before ranking:
#: "(CNN)", "WASHINGTON (CNN) --", "Last updated at 4:05 PM on 12th January 2011",
#: "Scroll down for video", a place and reporter in lenticular brackets ("【ロンドン＝...】"),
#: a date in figures ("06.11.23 - ", "/ 31.10.2023 ").
LEFTOVER_PREFIX = re.compile(
    r"^(?:"
    r"\([^()\n]{1,40}\)\s{0,2}(?:[-—–]{1,2}\s{0,2})?(?=[A-Z\"“‘'])"
    r"|[A-Z][A-Za-z .,'’-]{1,40}\((?:CNN|AP|Reuters|AFP|PA)\)\s{0,2}[-—–]{1,2}\s{0,2}"
    r"|(?i:last updated at \d{1,2}[:.]\d{2}\s{0,2}[ap]m on \d{1,2}(?:st|nd|rd|th)? [a-z]+ \d{4})\s{1,3}"
    r"|(?i:scroll down for (?:video|more))\s{1,3}"
    r"|【[^【】\n]{1,40}】\s{0,2}"  # a dateline or label in lenticular brackets: 【ロンドン＝...】
    # A date in figures before the story, with the separator around it: "06.11.23 - ",
    # "/ 31.10.2023 ", "02.12.2022 | ".
    r"|(?:[/|•·]\s{0,2})?\d{1,2}[./]\s?\d{1,2}[./]\s?(?:\d{4}|\d{2})"
    r"\s{1,2}(?:[|/–—-]{1,2}\s{1,2})?(?=[^\W\d_]|[\"“„«»])"
    r")",
)

#: A dash and the letter after it at the start of a sentence ("— reporting on ...").
DASH_OPENING = re.compile(r"[—–-]{1,2}\s{0,2}(?=[^\W\d_])")

# Verbs that introduce a quotation after a colon: "Smith said: ...", "But he added: ...".
_COLON_SPEECH = r"(?:said|says|added|adds|told|tells|explained|insisted|wrote|asked|replied)"

# A title after a colon, Title Case with a function word inside: "Avengers: Age of
# Ultron", "Going Clear: Scientology and the Prison of Belief". A caption run into the
# text starts a sentence after its label ("Cuffed: Pero Antic was ...", "Aftermath: The
# charred shell ..."). Only used in the middle of a sentence: a label at the start
# ("Wanted: Police in Maryland ...") is a caption whatever follows.
_TITLE_AFTER_COLON = (
    r"(?![\"“‘']?(?:The |A |An )?[A-Z][a-z]+ (?:of|and|the|in|for|on|to|at)(?: the| a| an)? [A-Z])"
)

#: A photo caption that starts with a label: "Injured: Chris Copeland ...",
#: "Bloody scene: After ...". Captions of syndicated pages run into the body text. A
#: speaker introducing a quote ("Smith said: ...", "But he said: ...") is not a label.
CAPTION_START = re.compile(
    rf"^(?![A-Z][a-z]*(?: [a-z]+){{0,2}} {_COLON_SPEECH}\b)"
    rf"[A-Z][a-z]{{1,20}}(?: [a-z]{{1,20}}){{0,2}}: [A-Z\"“‘']"
)

#: A numbered label at the start of a sentence: a word, a number and a colon ("Figure
#: 1: ", "Abbildung 2: ", "Frage 3: ", "Step 4: "). It opens a figure's caption, an
#: interviewer's numbered question or a step of instructions, in any language written
#: with spaces; a story's sentence does not start by numbering itself. A date ("Am 9.
#: Oktober") has no colon after its number. What follows the colon may start in lower
#: case ("Figure 1: ggplot2 bar chart with ...").
NUMBERED_LABEL = re.compile(r"[^\W\d_]{1,20}\.? ?\d{1,3}[a-z]?: ")

#: Words that only captions use about the people in a photo: "(left)", "(pictured)",
#: "(second right)", "pictured", "picture posed by model". Case is spelled out, not
#: ignored: IGNORECASE makes the search several times slower.
CAPTION_CUE = re.compile(
    r"\((?:[Ll]eft|[Rr]ight|[Cc]ent(?:re|er)|[Pp]ictured|[Aa]bove|[Bb]elow|[Tt]op|[Bb]ottom|"
    r"[Ii]nset|[Ff]ront|[Bb]ack|[Ss]econd (?:left|right)|[Ff]ar (?:left|right)|"
    r"[Ff]ile (?:photo|picture))\b[^()\n]{0,40}\)"
    r"|[Pp]ictured\b|posed by (?:a )?models?\b",
)

#: A sentence that opens with a quotation mark.
OPENING_QUOTE = re.compile(r"^[\"“‘']")

#: A speech verb: a quote whose sentence holds one is attributed.
SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|saying|asked|asks|added|adds|told|tells|replied|wrote|writes|"
    r"explained|insisted|stated|claimed|claims|according to|admitted|warned|argued|"
    r"announced|declared|noted|continued|believes|thinks)\b",
    _I,
)

#: A caption run into the text without a full stop: a lowercase word or number, then a
#: capitalised label and a colon ("... early on Wednesday Cuffed: Pero Antic ..."). A
#: speaker before a quotation writes the verb in lowercase ("Smith said: ..."), and a
#: title with a subtitle reads as one ("the new Avengers: Age of Ultron movie").
CAPTION_GLUED = re.compile(
    rf"[a-z0-9,)] [A-Z][a-z]{{2,20}}(?: [a-z]{{2,20}}){{0,2}}: {_TITLE_AFTER_COLON}[A-Z\"“‘']"
)

#: Gallery and credit labels: "Photos:", "Picture: ...", "In pictures:", "Credit:". Only
#: searched in sentences with a colon. Case is spelled out rather than ignored: with
#: IGNORECASE the search is several times slower.
CREDIT_LABEL = re.compile(
    r"(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Pp]ictures?|PICTURES?|[Ii]mages?|[Gg]allery|"
    r"[Cc]redit|In [Pp]ictures)\s?:"
)

#: Credits of photo agencies: "Getty Images", "AP Photo", "REUTERS/", "(Photo ...". Each
#: starts with a rare character, so the search skips quickly to where one can begin.
CREDIT = re.compile(r"Getty Images|AP Photo|REUTERS/|AFP/|\([Pp]hoto\b")

#: A dateline at the start of a sentence: an upper-case place, an optional agency in
#: brackets, and a dash ("WASHINGTON (Reuters) -", "KYIV, Ukraine —"). Text before it is
#: the page's, not the story's: a teaser, a promo, a headline. Used with ``.match(text,
#: start)``, which anchors it where the sentence starts.
DATELINE = re.compile(
    r"[A-Z][A-Z.'-]{2,30}(?: [A-Z][A-Z.'-]{1,30}){0,3}(?:, [A-Z][A-Za-z.'-]{1,30}){0,2}"
    r"(?: ?\([A-Za-z][A-Za-z .&'-]{0,30}\))?\s?[—–-]{1,2}\s"
)

# One word of a place in title case ("Indianapolis", "St.", "Rio de Janeiro" needs "de").
_PLACE_WORD = r"[A-Z][A-Za-z.'’-]{1,30}"
_PLACE = rf"{_PLACE_WORD}(?: (?:de |da |del |of )?{_PLACE_WORD}){{0,2}}"

#: A dateline that opens a story's first sentence, cut off before ranking so that the
#: summary sentence starts where the story does: "NEW DELHI: ", "KYIV, Ukraine — ",
#: "Indianapolis – ", "New York, NY – ", "Washington, DC, United States: ", a source and
#: its distributor ("KVELLER via JTA — "). A place in title case needs a dash, or a colon
#: after at least one comma, so that a label ("Analysis: ...") is never taken for one; and
#: the story must go on with a capital, a digit or a
#: quotation mark, so that a name before an aside ("Smith – who led the talks – said")
#: is not one either.
DATELINE_PREFIX = re.compile(
    r"(?:"
    r"[A-Z][A-Z.'-]{2,30}(?: [A-Z][A-Z.'-]{1,30}){0,3}(?:, [A-Z][A-Za-z.'-]{1,30}){0,2}"
    r"(?: via [A-Z][A-Za-z]{1,20})?"  # a source and its distributor: "KVELLER via JTA —"
    r"(?: ?\([A-Za-z][A-Za-z .&'-]{0,30}\))?\s?(?:[—–-]{1,2}|:)"
    rf"|{_PLACE}(?:, {_PLACE}){{0,2}}(?: ?\([A-Za-z][A-Za-z .&'-]{{0,30}}\))?\s?[—–-]{{1,2}}"
    rf"|{_PLACE}(?:, {_PLACE}){{1,2}}:"
    r")\s(?=[A-Z0-9\"“‘])"
)

#: The end of a finished sentence: ".", "!" or "?", then any closing quotation marks or
#: brackets. Headlines, gallery titles and captions often have none; a sentence that
#: trails off into an ellipsis ("Here's what she had to say…", "If you are …") leads
#: into text that is not there, or was cut off, and is unfinished too; a full stop before
#: the ellipsis ("... further discipline....") still ends the sentence. The full stops of
#: scripts written without spaces ("。", "！", "？") end one too.
FINAL_PUNCTUATION = re.compile(r"(?:[!?。！？]|\.{4}|(?<!\.\.)\.)[\"'’”»)\]」』）]{0,3}$")


#: A web or e-mail address: a sentence that holds one points the reader elsewhere ("Read
#: more at www.example.org.", "Write to us at letters@example.org.", "Source:
#: https://..."), in any language, and is never chosen.
ADDRESS = re.compile(r"https?://|\bwww\.[\w-]+\.|[\w.+-]@[\w-]+\.[A-Za-z]{2,}\b")

#: A catalogue number: a DOI or an ISBN. A paragraph that holds one is a source note
#: ("Smith J et al.: Title. Journal 2021. doi:10....") or a book's details ("Publisher,
#: 2020. ISBN .... 221 pp."), and none of its sentences is chosen: out of it they are
#: fragments of a reference ("Journal 2021.", "221 pp.").
CATALOGUE = re.compile(r"\b(?:doi|DOI)[:.]|\b10\.\d{4,9}/|\bISBN\b")

#: Kinds of the article's paragraphs (:attr:`newsparse.Paragraph.kind`) whose sentences
#: are never chosen: a table cell is a fragment of a table.
NEVER_KINDS = frozenset({"table"})

#: Kinds of paragraph none of whose sentences is chosen when one of them asks
#: (:data:`QUESTION_MARK`): a heading that asks ("What is a retention of title?", "Frage
#: 1: Assistenten helfen bei der Arbeit. Wie wichtig werden Gesten?") opens the section
#: that answers it, its statements included. A heading without final punctuation is never
#: chosen anyway, and one that makes a statement is often the page's lead or standfirst set
#: in a heading's type.
QUESTION_KINDS = frozenset({"heading"})

#: Teasers that point the reader to another part of the page or to another page, by the
#: language they are written in (the first subtag of :attr:`newsparse.Article.language`;
#: English also for a text of no stated language): "Read on to find out …", "All that and
#: more is below …", "Click through for the whole thing.", "Let's talk about it.", "Wir
#: verraten es euch …", "… erfahren Sie hier.", "Alle Ergebnisse findest du HIER.",
#: "Lesen Sie hier mehr.", and a pointer to an earlier article of the site ("In a previous
#: post on …, we looked at …", "… haben wir euch hier bereits vorgestellt."). Like a
#: question, such a sentence states nothing of the story, and is chosen only when the
#: statements hold too few sentences. Only a pointer counts:
#: "In this article, I'll explain how …" says what the page is about and is often its
#: best summary, and "Hier gibt es …" ("there is …") describes a place; "Wie bereits
#: berichtet, …" names no "hier" or "wir" and is the story's own. On the HTML dev pages
#: every one of the 42 sentences these match (15 English, 27 German; 4 of them pointers
#: to earlier articles, 2 of those in summaries) was a pointer or a teaser.
POINTERS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"^click (?:here|through)\b|^read on\b|\bread on[.!]$|\b(?:is|are) below\b"
        r"|^below (?:is|are)\b|^let['’]s (?:talk|take a look|dive|find out)\b"
        # An earlier article of the site: "In a previous post on …, we looked at …".
        r"|\bin (?:a|an|my|our) (?:previous|earlier|prior) (?:post|article|piece|column|story)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        # "… finden Sie hier.", "Lesen Sie hier mehr.": the sentence ends where the link is.
        r"\b(?:finde[nt]|findest|lese[nt]?|erfahre[nt]|erfährst|erfahrt|gibt es|nachzulesen)"
        r"\s+(?:du |ihr |sie )?hier(?: mehr)?\W*$"
        r"|^hier (?:findest du|findet ihr|finden sie) (?:unsere|alle|mehr|weitere)\b"
        r"|\bverraten (?:es |wir )?(?:euch|ihnen|dir)\b|\berfahrt ihr\b|^erfahren sie\b"
        # An earlier article: "… haben wir euch hier (zum Artikel) bereits vorgestellt.",
        # "… über welche Infosperber hier bereits berichtet hat.", "… haben wir schon
        # berichtet."
        r"|\b(?:hier|wir)\b[^.!?]{0,40}\b(?:bereits|schon) (?:vorgestellt|berichtet)\b"
        r"|\b(?:in )?(?:einem|unserem|meinem) (?:früheren|vorherigen) (?:artikel|beitrag|post)\b",
        re.IGNORECASE,
    ),
}

#: For each language of :data:`POINTERS`, words one of which every match holds, in lower
#: case: a sentence without any of them is not searched (most are not, and the search
#: costs more than the look-up).
POINTER_CUES: dict[str, tuple[str, ...]] = {
    "en": ("click", "read on", "below", "let's", "let’s", "previous", "earlier", "prior"),
    "de": ("hier", "verraten", "erfahr", "bereits", "schon", "früher", "vorherig"),
}

#: A question at the end of a sentence, before any closing quotation marks or brackets, in
#: the scripts that have their own mark ("？").
QUESTION_END = re.compile(r"[?？][\"'’”»)\]」』）]{0,3}$")

#: Kinds of paragraph whose sentences are chosen only when the story's own paragraphs hold
#: too few: a blockquote holds someone else's text (an epigraph, an embedded post, a pull
#: quote repeating the headline). List items are judged like paragraphs: key points set
#: as a list are often the best summary, and a fragment of a list has no final
#: punctuation anyway. A question (:data:`QUESTION_END`) waits the same way, in any
#: paragraph: it states nothing, and on a page it is mostly a teaser speaking to the reader
#: ("Ist deine Katze häufig allein?") or a rhetorical opening, whose answer is the point.
LAST_RESORT_KINDS = frozenset({"blockquote"})

#: Kinds of paragraph that title a section once the story has begun (a paragraph of
#: another kind stands before them): their sentences are chosen only when the story's own
#: paragraphs hold too few, like a blockquote's. A subheading names what follows, and a
#: page sets other things in its type: a product's line under its photo ("Wasserdicht,
#: atmungsaktiv & in Gute-Laune-Gelb: die Jacke ..."), a figure and its unit ("9 meses
#: tiene ..."), a promo ("Выбери самого крутого ..."), a slogan ("UN SERVICIO DE PAÍS.").
#: A heading before any paragraph is often the lead or standfirst set in a heading's type,
#: and is judged like a paragraph.
SECTION_KINDS = frozenset({"heading"})

#: Marks (:attr:`newsparse.Mark.kind`) that set a paragraph apart from the story when they
#: cover all of it: pages set notes about the publication in italics ("This article
#: originally appeared on ..."). Bold is left out: many pages set their lead in bold.
NOTE_MARKS = frozenset({"emphasis"})

#: The share of a paragraph's characters those marks must cover: a label in roman type
#: before the note ("Editor's note: <i>...</i>") leaves it a note.
NOTE_MARK_SHARE = 0.9


#: A question mark anywhere in a paragraph, in the scripts that have their own: a
#: paragraph that holds one asks.
QUESTION_MARK = re.compile(r"[?？¿]")

#: A speaker's label that opens a paragraph of an interview: one to four words, the first
#: starting with a letter, then a colon ("ZEIT: ", "DIE ZEIT: ", "Kevin Kühnert: ",
#: "fluter.de: "). Out of an interview the same shape is a caption's label ("Injured:
#: ..."), so it is only read where the layout shows an interview (see
#: :mod:`newsparse_summary.interview`).
SPEAKER_LABEL = re.compile(r"[^\W\d_][\w.'’&-]{0,30}(?: [\w.'’&-]{1,30}){0,3}: (?=\S)")

#: Marks that set an interviewer's paragraphs apart from the answers when they cover all of
#: a paragraph (:data:`NOTE_MARK_SHARE`): bold questions between answers in roman type.
QUESTION_MARKS = frozenset({"strong"})

# Double quotation marks and guillemets of any language. Single quotes are left out: the
# same characters are apostrophes ("the '90s", "more of ‘em", "rock ’n’ roll").
_MARKS = "\"“”„«»‹›"

#: A sentence that ends inside a quotation it opened a few words before (the mark at the
#: start of a word after the sentence's first, no mark after it; a sentence that opens
#: with the mark starts a quotation of speech): the splitter cut a title at a full stop it
#: holds
#: ("Dann lesen Sie »Leandra-Lou." / "Runway. Catwalk.«", "the viral “Meth." / "We're on
#: it.” campaign"). The group ``quoted`` is what follows the mark.
TITLE_HEAD = re.compile(rf"(?<=[\s(])[{_MARKS}](?P<quoted>[^{_MARKS}\s][^{_MARKS}]{{0,60}})$")

#: The most words a :data:`TITLE_HEAD` quotation can hold: a quoted sentence that ends at
#: its first full stop ("“I was there.") is longer; a cut title has a word or two.
TITLE_HEAD_WORDS = 2

#: The most words a quoted title cut at its full stops holds ("Stadt. Land. Fluss. Ein
#: Kochbuch"): a quotation that runs on longer is speech, whose sentences each stand.
TITLE_WORDS = 10

#: A quotation mark that closes: right after a word.
CLOSING_MARK = re.compile(rf"(?<=\S)[{_MARKS}]")


#: A section's number at the start of a line: "1 Introduction", "2.3 Results", "#671" (a
#: post's number in a forum thread). A line that starts with one and ends without final
#: punctuation is a title, also where the page's markup does not say so (text input).
SECTION_NUMBER = re.compile(r"#?\d{1,3}(?:\.\d{1,3}){0,3}\.?\s")

#: The end of a paragraph that trails off into an ellipsis ("… arbeiten…", "… of the ...",
#: "… the […]", "Weiterlesen …"): an excerpt cut off where a link leads on, when several
#: paragraphs in a row end so (see :data:`EXCERPT_RUN`).
EXCERPT_END = re.compile(r"(?:…|\.\.\.)\]?[\"'’”»)\]]{0,3}$")

#: This many paragraphs in a row that end in an ellipsis (:data:`EXCERPT_END`) are a list
#: of excerpts: teasers of other articles (a "related" block under the story, a page of
#: excerpts). Two in a row are often a writer's style (a blog's trailing thoughts, a
#: forum post and its reply); on the HTML dev pages runs of three or more were teasers on
#: five sites of seven.
EXCERPT_RUN = 3

#: The end of a sentence that leads into what follows it: a colon, in the scripts that
#: have their own. At the end of the text, it leads into something the text does not
#: hold: a button or a form ("Mit diesem Button kannst Du … Dazu musst Du Dich auf …
#: einloggen:"), an icon, a list of links.
LEAD_IN_END = re.compile(r"[:：]$")

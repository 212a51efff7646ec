"""Compiled patterns and phrase lists, kept as data.

Every pattern here runs in linear time: literal alternations, character classes and
bounded repeats only, never a quantifier nested inside another. A test enumerates the
patterns of this module and checks that their cost stays flat as the input grows.

Thresholds sit beside the patterns that use them, each with the reason for its value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .data import captions as _captions
from .data import comments as _comments
from .data import function_words
from .data import phrases as _phrases

# -- Boilerplate phrases --------------------------------------------------------------------
#: The built-in English phrases (:data:`newsparse.data.phrases.ENGLISH`) as the
#: ``(pattern, reason)`` pairs the ``newsparse_boilerplate_patterns`` hook takes.
BOILERPLATE_PHRASES: tuple[tuple[str, str], ...] = tuple((p.pattern, p.reason) for p in _phrases.ENGLISH)

#: Boilerplate phrases are tried only on blocks up to this length (see
#: :data:`newsparse.data.phrases.MAX_CHARS`).
BOILERPLATE_MAX_CHARS = _phrases.MAX_CHARS

# -- Bylines --------------------------------------------------------------------------------

#: A role or outlet before a name: "Associated Press writer Bob Lane contributed ...".
BYLINE_ROLE_PREFIX = re.compile(
    r"^(?:[A-Z][\w.&'-]{0,30}\s{1,3}){0,4}(?:staff\s{1,3})?(?:writers?|reporters?|correspondents?|photographers?)\s{1,3}",
    re.IGNORECASE,
)

#: A byline is a short line: longer ones are sentences that happen to start with "By".
BYLINE_MAX_CHARS = 160

# -- Datelines ------------------------------------------------------------------------------
#: "WASHINGTON (AP) —", "LONDON (Reuters) -", "NEW YORK, June 5 —", "KYIV, Ukraine —".
#: The place is an upper-case run (or Title Case words followed by the agency or a date).
#: The dash ends the line when the dateline stands on a line of its own ("WASHINGTON —").
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]{1,30}(?: [A-Z][A-Z.'\-]{1,30}){0,3}"
    r"(?:, (?:[A-Z][A-Za-z.'\-]{1,30}(?: [A-Z][A-Za-z.'\-]{1,30}){0,2}))?)"
    r"(?:,? (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?))?"
    r"(?: ?\((?P<agency>[A-Za-z][A-Za-z .&'\-]{0,40})\))?"
    r"\s?(?P<dash>[—–-]{1,2}|:)(?:\s|$)"
)

#: Datelines are at most this long: beyond it, the "place" is a shouted sentence.
DATELINE_MAX_CHARS = 80

# -- Captions and credits -------------------------------------------------------------------


def _words(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    # Every language's words of a table of :mod:`newsparse.data.captions`, once each.
    return tuple(sorted({w for words in table.values() for w in words}))


def alternation(words: Iterable[str], *, any_space: bool = False) -> str:
    """A regular-expression alternation of ``words``, each escaped, the longest first (so
    "photo credit" is tried before "photo", "additional reporting by" before "reporting
    by"), for building a pattern from a vocabulary of :mod:`newsparse.data`.

    Args:
        words: the words or phrases.
        any_space: whether a space inside a phrase matches any run of whitespace.

    Returns:
        The alternatives joined by ``|``, without a group around them.
    """
    # (Sorted first, so that the pattern is the same in every process.)
    escaped = (re.escape(w) for w in sorted(sorted(set(words)), key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if any_space else "|".join(escaped)


def _capitalised(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w[:1].upper() + w[1:] for w in words)


def _prefix_free(words: tuple[str, ...]) -> tuple[str, ...]:
    # The words no other word is a prefix of: a search for them finds every word.
    return tuple(w for w in words if not any(o != w and w.startswith(o) for o in words))


# The credit vocabulary of every language (one source: newsparse.data.captions).
_PICTURE_WORDS = _words(_captions.PICTURE_WORDS) + _words(_captions.PICTURE_WORDS_PLURAL)
_CREDIT_LABELS = _PICTURE_WORDS + _words(_captions.CREDIT_LABELS)
_CREDIT_BY = _words(_captions.CREDIT_BY)
_CREDIT_BY_NAME = _words(_captions.CREDIT_BY_NAME)
_ABBREVIATED = _captions.ABBREVIATED_PICTURE_LABELS
# A name's first letter: a capital of the Latin alphabets the languages above write.
_CAPITAL = "[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻŠŽČŘĚŮŐŰ]"

#: A trailing credit: "(Photo by X/AFP/Getty Images)", "AP Photo/X", "REUTERS/X",
#: "Photo: X for The Times", "Credit: ...", "Image: ...", and the same in the languages of
#: :mod:`newsparse.data.captions` ("Foto: Jane Doe/dpa", "Crédit photo : AFP", "Foto di
#: Mario Rossi", "Fot. Jan Kowalski/PAP"). Anchored at the end of the block.
CAPTION_CREDIT = re.compile(
    r"(?:"
    rf"(?i:\(?(?:{alternation(_PICTURE_WORDS)}) "
    rf"(?:(?:{alternation(_CREDIT_BY)})[:\s][^()]{{1,120}}"
    rf"|(?:{alternation(_CREDIT_BY_NAME)}) (?-i:{_CAPITAL})[^()]{{0,119}})\)?)"
    r"|\(?(?:AP|AFP|EPA|Reuters|REUTERS|Getty|Xinhua|EFE) ?(?:Photo|PHOTO|Images|IMAGES|Video)?\s?/\s?[^()\n]{1,100}\)?"
    # A label opens a word ("Sinnbild:" is none), or is glued to the caption's last word
    # with its capital ("... treatmentCredit: EPA"); a copyright sign may stand before it.
    rf"|(?i:\(?(?:©\s?)?(?:(?<![^\W\d_])|(?-i:(?={_CAPITAL})))"
    rf"(?:(?:{alternation(_CREDIT_LABELS)})\s?(?::|\.\.\.|…)|(?:{alternation(_ABBREVIATED)}))\s?[^()\n]{{1,80}}\)?)"
    r"|\([^()\n]{0,60}(?:/|\b)(?:Getty Images|Shutterstock|Reuters|AP|AFP|EPA|Alamy|Bloomberg|iStock|"
    r"NurPhoto|SOPA Images|LightRocket|Corbis|Pool)(?:\.com)?\)"
    r"|(?:Getty Images|Shutterstock|Alamy|iStockphoto|iStock)(?: for [^()\n]{1,60})?"
    # The photographer before the agency, "Kathrin Ziegler/Getty", alone, after the
    # caption's last sentence, or glued to it where the page set the two apart by markup
    # only ("... in New York.Reuters").
    r"|(?:^|(?<=[.!?\"”’)] )|(?<=[a-z0-9][.!?\"”’)]))"
    r"(?:[A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30}){0,3} ?/ ?)?"
    r"(?:AP|AFP|EPA|Reuters|REUTERS|Getty(?: Images)?|Xinhua|EFE|Shutterstock|Alamy|Bloomberg|iStock)"
    # "Patrick Semansky, ASSOCIATED PRESS": a credit line spelling out the agency.
    r"|(?:^|(?<=[.!?] ))[A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{1,30}){0,3}, (?:THE )?ASSOCIATED PRESS"
    r")\s*$",
)

#: No alternative of CAPTION_CREDIT can match more than about 160 characters (its bounded
#: repeats add up to that), so it is searched in the last 200 characters of a block only.
CAPTION_CREDIT_MAX_CHARS = 200

#: Every credit CAPTION_CREDIT can match holds one of these words (in any case) or one of
#: the agency names of CREDIT_NAME (in the case the credit pattern wants them): a block
#: whose tail has neither is not searched with the full pattern. Searched in lowercased text.
CREDIT_HINT = re.compile(alternation(_prefix_free(_CREDIT_LABELS + _ABBREVIATED)))
CREDIT_NAME = re.compile(
    r"AP|AFP|EPA|Reuters|REUTERS|Getty|Xinhua|EFE|Shutterstock|Alamy|Bloomberg|iStock|SOPA"
    r"|LightRocket|Corbis|Pool"
    r"|ASSOCIATED PRESS"
)

#: Where a credit run begins, scanning a caption from the left: used to split the caption
#: text from a run of several credits ("AFP PHOTO / JEWEL SAMAD (Photo by ...)").
CREDIT_START = re.compile(
    r"(?:\b(?:AFP|AP|EPA|REUTERS|Reuters|Getty Images|XINHUA) ?(?:PHOTO|Photo|IMAGES|Images)?\s?/"
    rf"|\((?:{alternation(_capitalised(_CREDIT_LABELS))})\b"
    rf"|\b(?:{alternation(_capitalised(_CREDIT_LABELS))}) ?"
    rf"(?::|\.\.\.|…|(?:{alternation(_CREDIT_BY + _CREDIT_BY_NAME)})\b)"
    rf"|\b(?:{alternation(_capitalised(_ABBREVIATED))}))"
)

#: "FILE - In this June 5, 2019, file photo ..." openers mark AP captions.
FILE_CAPTION = re.compile(r"^(?:FILE|IN THIS (?:PHOTO|FILE PHOTO))\s?[-—–]\s?|\bfile photo\b", re.IGNORECASE)

# -- Comment sections ------------------------------------------------------------------------
#: A line that opens the readers' comments (matched against lowercased, folded text), in
#: every language of :data:`newsparse.data.comments.SECTION_OPENERS`.
COMMENT_SECTION = re.compile("|".join(o for openers in _comments.SECTION_OPENERS.values() for o in openers))

#: A commenter's header line: "Alex on September 17, 2018 at 6:34 am said:", "Bob says:".
COMMENT_HEADER = re.compile(r"\b(?:said|says|wrote|writes|replied|commented)\s?:$")

# -- Dates ---------------------------------------------------------------------------------
#: A date or a time in a line: "Nov 19, 2019", "19 November", "10:02", "2019-11-19",
#: "02/08/2017". English month names plus the common Romance abbreviations (ago, set, out,
#: dez); other languages add theirs here.
DATE_LIKE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ago|set|out|dez)[a-z]{0,7}\.?\s{1,3}\d"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago|set|out|dez)"
    r"|\b\d{1,2}:\d{2}\b"
    r"|\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b"
    r"|\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b",
    re.IGNORECASE,
)
#: Every match of DATE_LIKE holds a digit: lines without one are not searched with it.
DIGIT = re.compile(r"\d")

# -- Lines -----------------------------------------------------------------------------------
#: Separators between links in menus and breadcrumbs: "Home | News", "News » World".
LINK_SEPARATOR = re.compile(r"[|»›]| [/•·] ")
#: Between the parts of a byline box without an opening word: "Pete Evans · CBC News ·
#: Posted: Oct 14", "Jane Doe | June 5", "Island – ein Volk befreit sich".
#: (No repeated spaces around the mark: the parts keep them, and the pattern stays linear.)
BOX_PART_SEPARATOR = re.compile(r"\s[·•|–—/-]\s|[,;|•·]")
# What joins the parts of a page's title ("Corona-Lockerungen: Autohäuser rechnen ...",
# "Daten von Rheinmetall gehackt - Interne Unterlagen im Netz"): a colon after a word, or a
# dash, bar or guillemet with spaces around it.
TITLE_PART_SEPARATOR = re.compile(r"(?<=\w)\s?:\s|\s[|\-–—·»]\s")
#: Between a visible headline and the site's name printed after it ("EU-Taxonomie: … |
#: Umweltbundesamt"): a bar, dash, colon or guillemet with spaces on both sides (a colon
#: after a word joins a kicker to its headline, not a site's name), or the full-width bar
#: and colon of East Asian pages, which need no spaces.
HEADLINE_SITE_SEPARATOR = re.compile(r"\s[|\-–—:·»]\s|\s?[｜：]\s?")
#: What stands between a kicker the markup names and its headline: spaces and one of these
#: marks ("Klimaschutz: Bohren, …", "Analyse – …").
KICKER_SEPARATORS = " \t\n:|-–—·•/"

#: How list items open in crawler text.
BULLETS = ("• ", "* ", "- ", "– ", "· ", "◦ ", "▪ ", "► ", "→ ")
#: Characters a page sets around a short label to set it apart ("- Anzeige -", "*** Werbung
#: ***", "— Advertisement —"), stripped from both ends of a line before the boilerplate
#: phrases are matched against it (with the spaces between them).
LABEL_DECORATION = " -–—*•·~=_|"

#: A numbered list item: its number (one to three digits), a full stop or a closing
#: bracket, and a word ("3. Sam Ponder", "12) Roger Waters"); not a decimal ("1.000 km").
NUMBERED_ITEM = re.compile(r"(\d{1,3}) ?[.)](?!\d) *\w")

#: The first number of a line ("June 9 – Tampa" -> 9); at most nine digits, so a hostile
#: line of thousands of digits is never converted whole.
FIRST_NUMBER = re.compile(r"\d{1,9}")

#: Between the headline and the site name in a page's <title>: "Headline - Site".
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ")

# -- Words ----------------------------------------------------------------------------------
#: Word tokens for length and stopword measures.
WORD = re.compile(r"\w+")

#: A word that starts with a capital letter: Latin, Greek and Cyrillic capitals (re has no
#: Unicode category classes; scripts without case have no capitals to count). The capital
#: comes first and the lookbehind after it (no word character before the capital): with
#: the class first, re skips ahead to the next capital instead of trying every offset,
#: which halves the cost.
CAPITALISED_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ](?<!\w.)")

#: Runs of whitespace (folded to one space to compare blocks).
WHITESPACE = re.compile(r"\s+")

#: Sentence-final punctuation (Latin and CJK), optionally followed by closing quotes or
#: brackets.
TERMINAL_PUNCTUATION = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』]{0,3}$")

#: Characters of the scripts written without spaces (kana, CJK ideographs) and Hangul
#: syllables: one of them carries about as much text as two or three Latin letters.
DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

#: Common English function words (the classifier counts those of every language in
#: :mod:`newsparse.data.function_words`, where this list lives).
STOPWORDS = function_words.BY_LANGUAGE["en"]

"""Reading the structure of single blocks: bylines, datelines and caption credits.

Pure functions over strings; they say what a block is and split it into its parts, with
offsets relative to the block's text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from .. import patterns as P
from ..data import bylines as B
from ..data import captions as C
from . import authors as A
from . import dates as D

_KIND_OF_OPENER = {opener: kind for kind, openers in B.KIND_OPENERS.items() for opener in openers}
_AUTHOR_OPENERS = {o for openers in B.AUTHOR_OPENERS.values() for o in openers}
# (With room for spaces and a colon around it.)
_LONGEST_OPENER = max(map(len, _AUTHOR_OPENERS)) + 4


def _alternation(words: Iterable[str]) -> str:
    # Longest first; a space in an opener matches any run of whitespace.
    return P.alternation(words, any_space=True)


# A credit opens a line, or a segment of one after a bar or bullet ("Le Monde | 04.05.2015 |
# Par Jean Dupont"): its opening words, then the names.
_CREDIT = re.compile(
    r"(?:^|(?<=[|•·] ))[/(\s]*(?:"
    rf"(?P<kind>{_alternation(o for o in _KIND_OF_OPENER if not o.endswith(':'))})\s*:?\s+"
    rf"|(?P<kindlabel>{_alternation(o[:-1] for o in _KIND_OF_OPENER if o.endswith(':'))})\s*:\s*"
    # (A label and the link it labels can both say it: "By" + "by Jane Doe" = "Byby Jane Doe".)
    rf"|(?P<author>{_alternation(_AUTHOR_OPENERS)})(?:\s*(?P=author))?(?:\s*[:：]\s*|\s+|(?-i:(?<=[a-z])(?=[A-Z])))"
    rf"|(?P<label>{_alternation(B.AUTHOR_LABELS)})\s*[:：]\s*"
    rf"|(?P<bare>{_alternation(B.PERSON_LABELS)})\s+"
    rf"|(?P<posted>(?:{_alternation(B.POSTED_OPENERS)})\s*[\w ,.:/|-]{{0,60}}?"
    rf"\s*\b(?:{_alternation(B.POSTED_BY)})(?:\s*:\s*|\s+|(?-i:(?<=[a-z])(?=[A-Z]))))"
    rf"|(?P<source>(?:{_alternation(B.SOURCE_LABELS)})\s*:\s*)"
    ")",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# An e-mail address: the writer's, when it follows the name in a credit.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
# A user name that signs a post: one token, letters first ("marc", "Herr_Rein", "gizzmo").
_HANDLE = re.compile(r"[^\W\d_][\w.-]{1,30}(?=\s*(?:$|[|,•·(]|\s(?:on|am|le|el|il|um)\b))")
_CONTRIBUTED = re.compile(rf"\b(?:{_alternation(B.CONTRIBUTED_PHRASES)})\b[.)]*$", re.IGNORECASE)
# "(Reporting by X; Editing by Y)": the names end where the next credit begins.
_NEXT_CREDIT = re.compile(r";\s*\w+(?:\s+\w+)?\s+by\b", re.IGNORECASE)
# "By Jane Doe / Kategorien: Event, Fashion": the names end where a labelled field begins.
_NEXT_FIELD = re.compile(r"\s[/|•·]\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*:")
# "von Hans Meier Foto: dpa": the names end where a picture's or a source's credit begins.
_NEXT_LABEL = re.compile(
    rf"\s(?:{_alternation(B.PICTURE_CREDIT_LABELS + B.SOURCE_LABELS)})\s*:", re.IGNORECASE,
)
# Every credit opens with one of these words (at the start or after a bar, bullet, slash or
# bracket) or says "contribut...": a cheap screen, run on the lowercased text, before the
# patterns above. (Lowercasing once and matching case-sensitively is several times faster
# than a case-insensitive alternation.)
_SCREEN_WORDS = {
    w.split()[0].rstrip(":").lower()
    for w in _AUTHOR_OPENERS | set(_KIND_OF_OPENER) | set(B.AUTHOR_LABELS)
} | {w.split()[0] for w in B.POSTED_OPENERS} | set(B.SOURCE_LABELS)
_SCREEN_ALTERNATION = _alternation(_SCREEN_WORDS)
_CONTRIBUTED_SCREEN = "contribut"
# The screen in two parts, one for each place a credit opens: match() tries the words at
# the start only, and a pattern whose first character is a set lets the regex engine skip
# to the marks, where one search of "(?:^|[marks]\s*)(?:words)" tried every word at every
# position (half the screen's cost, on lines that are mostly not credits).
_SCREEN_AT_START = re.compile(_SCREEN_ALTERNATION)
_SCREEN_AFTER_MARK = re.compile(rf"[|•·/(]\s*(?:{_SCREEN_ALTERNATION})")


def _may_be_credit(low: str) -> bool:
    # Whether the lowercased text passes the screen: a screen word at the start or after a
    # mark, or "contribut...".
    return (
        _SCREEN_AT_START.match(low) is not None or _SCREEN_AFTER_MARK.search(low) is not None
        or _CONTRIBUTED_SCREEN in low
    )


# A credit behind the date it was posted ("January 17, 2017 at 6:08 PM ET by Jane Doe"): the
# word that opens a byline, between spaces. ``low`` is screened with it, and the credit found
# with its case-blind twin; the date before it is checked in code (see _dated_credit).
_DATED_OPENERS = _alternation(w for w in B.POSTED_BY if w in _AUTHOR_OPENERS)
_DATED_SCREEN = re.compile(rf"\s(?:{_DATED_OPENERS})\s")
_DATED_OPENER = re.compile(rf"(?<=\s)(?:{_DATED_OPENERS})(?=\s)", re.IGNORECASE)
# Characters that part a date line's fields ("May 3 | By Jane Doe" is two fields, not a credit).
_FIELD_MARKS = "|•·"


@attrs.frozen
class BylineParts:
    """A byline's credited names and kind."""

    names: tuple[str, ...]
    kind: str


def parse_byline(text: str) -> BylineParts | None:
    """Read a credit line; None when ``text`` is not one or names nobody.

    Recognises author bylines in several languages ("By Jane Doe and John Roe", "Par Jean
    Dupont", "Von Hans Meier", "Por Ana García", "Di Mario Rossi", "Author: ..."), also
    after a bar or bullet ("Le Monde | 04.05.2015 | Par ...") or a date ("January 17, 2017
    at 6:08 PM ET by ..."), also when markup doubled the opening word ("Byby ...");
    "/ Source: ..."; wire
    trailers ("Reporting by X; Editing by Y"); and the other credits, each of its own
    kind: "Edited by" (``editor``), "Photographs by" (``photographer``), "Additional
    reporting by" and "X contributed to this report" (``contributor``). Names are cleaned
    (:func:`newsparse.classify.authors.clean_name`); a credit naming only agencies is of
    kind ``agency``. The words are data: :mod:`newsparse.data.bylines`.

    Args:
        text: one block's text.

    Returns:
        The credited names and the credit's kind, or None.
    """
    if len(text) > P.BYLINE_MAX_CHARS:
        return None
    low = text.lower()
    if not _may_be_credit(low):
        if " @" in text:
            return _handle_credit(" ".join(text.split()))
        if "," in text and not _DIGIT.search(text):
            return _role_credit(" ".join(text.split()))
        return _dated_credit(text) if _DATED_SCREEN.search(low) is not None else None
    return _read_credit(" ".join(text.split()))


# "Natasha Turak @NatashaTurak", "Jane Doe @janedoe / 2 days": a name, then the writer's
# account on a social network, and at most a short field after a mark (when it was posted).
_NAMED_HANDLE = re.compile(
    r"(?P<name>[^\W\d_][^@|•·/()]{2,60}?)\s+@(?P<handle>\w{2,30})"
    r"(?:\s*[/|•·,–—-]\s*(?P<rest>[^@]{0,40}))?$"
)


def _role_credit(line: str) -> BylineParts | None:
    """A person's full name and their job behind a comma ("Tom Krisher, AP Auto Writer",
    "Jane Doe, Senior Correspondent"): a credit without an opening word, in any language
    the role words cover (:data:`~newsparse.data.bylines.ROLE_WORDS`)."""
    written, _, role = line.partition(",")
    if "," in role or not A.is_role_phrase(role):
        return None
    name = A.clean_name(written)
    if name is None or name != written.strip() or " " not in name or A.is_agency(name):
        return None
    return BylineParts((name,), "author")


def _handle_credit(line: str) -> BylineParts | None:
    """A name followed by its writer's account ("Natasha Turak @NatashaTurak"): a credit
    without an opening word, in any language. The account must spell part of the name
    (a word of :data:`~newsparse.data.bylines.HANDLE_NAME_PART_MIN_CHARS` letters or more):
    a prompt to follow the site's account names nobody."""
    match = _NAMED_HANDLE.match(line)
    if match is None or len((match.group("rest") or "").split()) > B.HANDLE_FIELD_MAX_WORDS:
        return None
    written = match.group("name")
    name = A.clean_name(written)
    if name is None or name != written or A.is_agency(name):
        return None
    account = match.group("handle").lower()
    if not any(len(w) >= B.HANDLE_NAME_PART_MIN_CHARS and w.isalpha() and w.lower() in account for w in name.split()):
        return None
    return BylineParts((name,), "author")


# A page's credit lines are read several times (by the markup rules, the labelling passes
# and the assembly of its bylines), and reading one costs tens of microseconds: the lines
# that pass the screen are read once. (A page has a few such lines, a few dozen at most;
# the parts are frozen, so sharing them is safe.)
@functools.lru_cache(maxsize=256)
def _read_credit(line: str) -> BylineParts | None:
    # parse_byline of a line that passed the screen, its whitespace folded.
    match = _CREDIT.search(line)
    if match is not None:
        parts = _credit(line, match)
        if parts is not None:
            return parts
    contributed = _CONTRIBUTED.search(line) if len(line) < 120 else None
    if contributed:
        who = line[: contributed.start()].strip().strip("(")
        who = P.BYLINE_ROLE_PREFIX.sub("", who)
        names = A.split_names(who)
        return BylineParts(names, "contributor") if names else None
    return None


def is_credit_opener(text: str) -> bool:
    """Whether ``text`` is only the word that opens an author byline ("By", "Par:", "Von").

    Args:
        text: one block's text.

    Returns:
        True when nothing but an opening word (and a colon) is there.
    """
    return len(text) <= _LONGEST_OPENER and " ".join(text.lower().split()).rstrip(" :：") in _AUTHOR_OPENERS


def _dated_credit(text: str) -> BylineParts | None:
    """A credit that follows the date it was posted: "January 17, 2017 at 6:08 PM ET by
    Jane Doe", "10. März 2020 von Hans Meier". The words before the opener must read as a
    date line; the rest is read as a byline of its own."""
    for opener in _DATED_OPENER.finditer(text):
        # The date runs up to the opener within one field, and holds a digit. (Openers are
        # taken in order and each field is read once, so this stays linear on long text.)
        field = max(text.rfind(mark, 0, opener.start()) for mark in _FIELD_MARKS) + 1
        if _DIGIT.search(text, field, opener.start() - 1) is not None:
            if D.parse_date_line(text[: opener.start()]) is None:
                return None
            return parse_byline(text[opener.start() :])
    return None


def credited_text(text: str) -> str | None:
    """What an author credit credits, as written, whether or not it reads as names: "The New
    York Times" of "By The New York Times | Sept. 15, 2016".

    Args:
        text: one block's text.

    Returns:
        The words after the credit's opening words, up to a date, a next credit or field;
        None when ``text`` opens no author credit or credits nothing.
    """
    if len(text) > P.BYLINE_MAX_CHARS or not _may_be_credit(text.lower()):
        return None
    line = " ".join(text.split())
    match = _CREDIT.search(line)
    if match is None or not (match.group("author") or match.group("label")):
        return None
    return _credited(line, match).strip(" ,;|•·-–—") or None


def _credited(line: str, match: re.Match) -> str:
    # The part of a credit line after its opening words that holds the names.
    rest = line[match.end() :]
    for ends in (_NEXT_CREDIT, _NEXT_FIELD, _NEXT_LABEL):
        cut = ends.search(rest)
        if cut is not None:
            rest = rest[: cut.start()]
    digit = _DIGIT.search(rest)
    if digit is not None:
        # The names end where a date or time begins ("By Jane Doe, Wednesday, 20 Nov").
        rest = A.drop_date_words(rest[: digit.start()].strip(" ,|-–—"))
    return rest.strip().rstrip(")")


def _credit(line: str, match: re.Match) -> BylineParts | None:
    rest = _credited(line, match)
    opener = match.group("author")
    if match.group("source"):
        name = rest.strip(" .|,;")
        # A source is a name ("Landesregierung", "Bundesamt für Statistik"); a sentence after
        # the label ("Quellen: Die Studie wurde ...") has more words in lower case.
        if not name or not _looks_like_names(name) or sum(w[:1].islower() for w in name.split()) > 1:
            return None
        return BylineParts((name,), "source")
    handle = _HANDLE.match(rest) if match.group("posted") or opener is not None else None
    if handle is not None and handle.group(0).lower() not in B.NOT_NAMES and (
        match.group("posted")
        # After an author's opening word, a user name the site shows as written: in lower
        # case or with marks no name has ("von eseppelt · 31. Oktober 2023", "Von
        # Isabella.DiBiase am Samstag"); a word that reads as a name goes the names' way.
        or (
            A.is_handle(handle.group(0)) and not (handle.group(0).isalpha() and _looks_like_names(rest))
            # A word and a comma opening a sentence ("Por último, se ofreció ...") is none.
            and not rest[handle.end() :].lstrip().startswith(",")
            and len(rest.split()) <= B.HANDLE_CREDIT_MAX_WORDS
        )
    ):
        # ("Posted on June 5 by marc": the site's user.)
        return BylineParts((handle.group(0),), "author")
    if match.group("bare") or (opener is not None and " ".join(opener.lower().split()) in B.WEAK_OPENERS):
        # "Von den Teilnehmern ...", "Di questo ...", "Autoren diskutieren ...": a sentence,
        # unless a name follows.
        first = " ".join(A._SEPARATORS.split(rest, maxsplit=1)[0].split()).strip(" .")
        lead = A.clean_name(first)
        # The name is all there is, or what follows it is in brackets ("Par Jean Dupont(Bruxelles)").
        after = first[len(lead) :].lstrip() if lead is not None and first.startswith(lead) else "?"
        if after == lead or _EMAIL.fullmatch(after):
            # The name written twice (a link and its label), or followed by the writer's
            # address ("Por Mariano Martín mmartin@ambito.com.ar"), is all there is.
            after = ""
        if after[:1] not in ("", "(") or len(rest.split()) > 12:
            return None
    if not _looks_like_names(rest) and not A.is_agency(rest.strip(" .")):
        # ("Von dpa": agencies write their names in lower case.)
        return None
    names = A.split_names(rest)
    if not names:
        return None
    kind_words = match.group("kind") or match.group("kindlabel")
    if kind_words is not None:
        key = " ".join(kind_words.lower().split())
        kind = _KIND_OF_OPENER.get(key) or _KIND_OF_OPENER.get(key + ":", "author")
    else:
        kind = "author"
    if kind == "author" and all(A.is_agency(n) for n in names):
        kind = "agency"
    return BylineParts(names, kind)


def _looks_like_names(text: str) -> bool:
    # A name starts with a capital letter (or a letter of a script without case);
    # "by the time we arrived" does not.
    first = text[:1]
    if not first.isalpha() or first.islower():
        return False
    # Bylines are short; 16 words fit "Jane Doe, John Roe and Richard Miles, Associated Press".
    return len(text.split()) <= 16


@attrs.frozen
class DatelineParts:
    """A dateline at the start of a paragraph."""

    end: int
    """Offset in the paragraph where the dateline (with its dash) ends."""
    place: str | None
    agency: str | None


def parse_dateline(text: str, *, alone: bool = False) -> DatelineParts | None:
    """Find a dateline opening ``text`` ("WASHINGTON (AP) — ..."); None when there is none.

    The paragraph must go on after it, unless ``alone`` asks for the other case: a dateline
    that is the whole of ``text``, a line of its own above the first paragraph
    ("WASHINGTON —").

    Args:
        text: the first paragraph of the body.
        alone: whether ``text`` is to be the dateline and nothing else.

    Returns:
        Where the dateline ends, its place and agency, or None.
    """
    match = P.DATELINE.match(text[: P.DATELINE_MAX_CHARS + 2])
    if not match:
        return None
    place = match.group("place")
    agency = match.group("agency")
    if match.group("dash") == ":" and not agency:
        # "UPDATE: ..." or "WATCH: ..." are labels, not places.
        return None
    letters = [c for c in place if c.isalpha()]
    head = place.split(",")[0]
    if not agency and not match.group("date") and not head.isupper():
        return None
    if len(letters) < 2:
        return None
    end = match.end()
    if (end < len(text.rstrip())) == alone:
        return None
    return DatelineParts(end=end, place=place.strip(), agency=agency.strip() if agency else None)


@attrs.frozen
class CaptionParts:
    """A caption split into its text and its credit."""

    text: str
    credit: str | None


def split_caption(text: str, lowered: str | None = None) -> CaptionParts | None:
    """Split a photo caption into text and credit; None when ``text`` has no credit.

    The credit is the run at the end of the block that names a photographer or agency:
    "AFP PHOTO / JEWEL SAMAD (Photo by Jewel Samad/AFP/Getty Images)".

    Args:
        text: one block's text.
        lowered: the same text lowercased, when the caller has it already.

    Returns:
        The caption text and its credit, or None.
    """
    # Credits are short and anchored at the end: searching only the tail gives the same
    # match without trying every offset of a long block.
    offset = max(0, len(text) - P.CAPTION_CREDIT_MAX_CHARS)
    if lowered is None or len(lowered) != len(text):
        # (Lowercasing a few letters changes the length: offsets then differ.)
        lowered, start_low = text[offset:].lower(), 0
    else:
        start_low = offset
    if P.CREDIT_HINT.search(lowered, start_low) is None and P.CREDIT_NAME.search(text, offset) is None:
        return None
    tail = P.CAPTION_CREDIT.search(text, offset)
    if not tail:
        return None
    start = tail.start()
    # Extend left over an earlier credit run ("AFP PHOTO / X" before "(Photo by ...)"),
    # but only when it starts after the caption's last sentence end.
    earlier = P.CREDIT_START.search(text, 0, start)
    if earlier is not None:
        sentence_end = max(text.rfind(". ", 0, start), text.rfind(") ", 0, start))
        if earlier.start() > sentence_end:
            start = earlier.start()
    caption = text[:start].rstrip(" |-–—")
    credit = text[start:].strip()
    if not credit:
        return None
    return CaptionParts(caption, credit)


_AD_LABEL = re.compile(rf"^\W*(?:{_alternation(C.AD_LABELS)})\W*$", re.IGNORECASE)
# "Image: Jose Mourinho, left, has replaced ...": a label, then the caption itself. (A
# plural label heads a gallery's link, not a caption: see PICTURE_WORDS_PLURAL.)
_LABELLED_CAPTION = re.compile(
    rf"^\(?(?:{_alternation(w for words in C.PICTURE_WORDS.values() for w in words)})\s?:\s?", re.IGNORECASE,
)
# A credit is a few names; this many words with a lowercase function word is a sentence.
_SENTENCE_MIN_WORDS = 6


def caption_parts(text: str) -> CaptionParts | None:
    """What a block the classifier took for a caption holds; None when it captions nothing.

    An advertisement label ("Advertisement", "Anzeige") and a credit alone ("Photo: Jane
    Doe, AP", "Getty Images") caption nothing; a caption behind a label ("Image: The
    minister arrives ...") is a caption without a credit.

    Args:
        text: the block's text.

    Returns:
        The caption text and credit (the credit None when it has none), or None.
    """
    if _AD_LABEL.match(text) is not None:
        return None
    parts = split_caption(text)
    if parts is None:
        if text.strip(" .:|-–—()").lower() in C.EMPTY_CAPTION_WORDS:
            return None
        return CaptionParts(text, None)
    if parts.text.strip(" .:|-–—()").lower() in C.EMPTY_CAPTION_WORDS | {""} or _credit_run(parts.text):
        credit = parts.credit or ""
        label = _LABELLED_CAPTION.match(credit)
        rest = credit[label.end() :] if label is not None else ""
        words = rest.split()
        if len(words) >= _SENTENCE_MIN_WORDS and any(w.islower() and w.isalpha() for w in words):
            return CaptionParts(rest, None)
        return None
    return parts


def _credit_run(text: str) -> bool:
    """Whether a caption's text is the first part of its credit ("Jane Doe/Hindustan Times/")."""
    stripped = text.strip()
    if not stripped or stripped[-1:] not in "/|,":
        return False
    words = stripped.replace("/", " ").replace("|", " ").split()
    return len(words) <= _SENTENCE_MIN_WORDS and all(w[:1].isupper() for w in words)


def is_file_caption(text: str) -> bool:
    """Whether ``text`` opens like an AP file-photo caption ("FILE - In this ...").

    Args:
        text: one block's text.

    Returns:
        True for a file-photo caption.
    """
    return P.FILE_CAPTION.search(text[:80]) is not None

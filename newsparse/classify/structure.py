"""Reading the structure of single blocks: bylines, datelines and caption credits.

Pure functions over strings; they say what a block is and split it into its parts, with
offsets relative to the block's text.
"""

from __future__ import annotations

import attrs

from .. import patterns as P

_AGENCIES = frozenset(P.AGENCIES)
_PERSON_ROLES = frozenset(P.BYLINE_PERSON_ROLES)
# Words that open phrases but never names (the article stays: "By The Associated Press").
_NOT_NAME_OPENERS = frozenset(
    "any all this that these those some every each our my your his her their its what how why"
    " when where which now then far".split()
)
# How every match of BYLINE_PREFIX and BYLINE_TRAILER begins, lowercased, after the marks
# they allow in front ("/ Source:", "(Reporting by").
_BYLINE_OPENERS = (
    "by", "written", "reported", "posted", "published", "photograph", "text", "story", "words",
    "updated", "source", "author", "writer", "reporter", "correspondent", "additional",
    "reporting", "writing", "editing", "compiled", "research", "fact-checking",
)
_OPENING_MARKS = "/( \t\n\r\f\v\x1c\x1d\x1e\x1f"


@attrs.frozen
class BylineParts:
    """A byline's credited names and kind."""

    names: tuple[str, ...]
    kind: str


def parse_byline(text: str) -> BylineParts | None:
    """Read a byline line; None when ``text`` is not one.

    Recognises "By Jane Doe and John Roe", "By JANE DOE, Associated Press",
    "/ Source: Andrea Michell Reports", "Written by ...", "Reporting by X; Editing by Y"
    and "X contributed to this report". Names are kept as written.

    Args:
        text: one block's text.

    Returns:
        The credited names and the byline's kind, or None.
    """
    if len(text) > P.BYLINE_MAX_CHARS:
        return None
    if text.isascii():
        # Every byline opens with one of a few words or says "contributed"; ASCII text is
        # screened for them before the case-insensitive patterns run. (Those patterns also
        # match a few non-ASCII letters as ASCII ones, so other text goes straight to them.)
        low = text.lower()
        if not low.lstrip(_OPENING_MARKS).startswith(_BYLINE_OPENERS) and "contributed" not in low:
            return None
    prefix = P.BYLINE_PREFIX.match(text)
    if prefix:
        rest = text[prefix.end() :]
        tail = P.BYLINE_TAIL.search(rest)
        if tail is not None:
            rest = rest[: tail.start()]
        kind = "source" if "source" in prefix.group(0).lower() else "author"
        names = _split_names(rest, keep_whole=kind == "source")
        if not names:
            return None
        if kind == "author" and all(n.lower() in _AGENCIES for n in names):
            kind = "agency"
        return BylineParts(names, kind)
    if P.BYLINE_TRAILER.match(text):
        names = []
        for part in text.strip("()").split(";"):
            role, _, who = part.partition(" by ")
            if "edit" in role.lower():
                # Editors are credited, but they did not write the story.
                continue
            names.extend(_split_names(who))
        return BylineParts(tuple(names), "author") if names else None
    contributed = P.BYLINE_CONTRIBUTED.search(text) if len(text) < 120 else None
    if contributed:
        who = text[: contributed.start()].strip().strip("(")
        who = P.BYLINE_ROLE_PREFIX.sub("", who)
        names = _split_names(who)
        return BylineParts(names, "author") if names else None
    return None


def _split_names(text: str, *, keep_whole: bool = False) -> tuple[str, ...]:
    text = text.strip().rstrip(".|").strip()
    if not text or not _looks_like_names(text):
        return ()
    if keep_whole:
        return (text,)
    names, people = [], []
    for part in P.BYLINE_NAME_SPLIT.split(text):
        part = P.BYLINE_PLACE.sub("", part.strip(" .|-–—()"))
        if not part:
            continue
        if part.lower() in _AGENCIES:
            names.append(part)
            continue
        role = P.BYLINE_ROLE_WORDS.search(part)
        if role:
            # "Reuters Staff" names its agency; "Meg James Staff Writer" a person and a
            # role; "Staff Writer", "Special to The Times" only a role.
            head = part.split()[0]
            before = part[: role.start()].split()
            if head.lower() in _AGENCIES:
                names.append(head)
            elif (
                role.group(0).lower() in _PERSON_ROLES
                and len(before) >= 2
                and before[0].lower() != "the"
                and all(w[:1].isupper() for w in before)
            ):
                people.append(" ".join(before))
                names.append(people[-1])
            continue
        if part.lower() in P.BYLINE_NOT_NAMES:
            continue
        if part.isupper() and len(part) <= 4 or any(c.isdigit() for c in part):
            # Credentials ("MS", "RD", "PhD" in capitals) and dates are not names.
            continue
        people.append(part)
        names.append(part)
    # Wire agencies stay beside reporters ("By JANE DOE, Associated Press" credits both);
    # other outlets ("The Washington Post") were dropped above as roles.
    return tuple(names)


def _looks_like_names(text: str) -> bool:
    # A name starts with a capital letter; "by the time we arrived" does not.
    if not text[:1].isupper():
        return False
    words = text.split()
    # "By Any Means Necessary", "By Now", "By All Accounts": a phrase, not a name.
    if words[0].lower() in _NOT_NAME_OPENERS:
        return False
    # Bylines are short; 12 words fit "Jane Doe, John Roe and Richard Miles, Associated Press".
    return len(words) <= 16


@attrs.frozen
class DatelineParts:
    """A dateline at the start of a paragraph."""

    end: int
    """Offset in the paragraph where the dateline (with its dash) ends."""
    place: str | None
    agency: str | None


def parse_dateline(text: str) -> DatelineParts | None:
    """Find a dateline opening ``text`` ("WASHINGTON (AP) — ..."); None when there is none.

    The paragraph must go on after it: a dateline alone is not split off.

    Args:
        text: the first paragraph of the body.

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
    if end >= len(text):
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


def is_file_caption(text: str) -> bool:
    """Whether ``text`` opens like an AP file-photo caption ("FILE - In this ...").

    Args:
        text: one block's text.

    Returns:
        True for a file-photo caption.
    """
    return P.FILE_CAPTION.search(text[:80]) is not None

"""Venues in listings: "June 19 – Charlotte, NC @ PNC Music Pavilion".

Tour dates and event listings write "@" for "at" before a venue's full name, which is
often a sponsor's name with no place word at all ("Jiffy Lube Live", "The Forum"), so
neither the engine nor the head words can type it. The sign, standing alone between
spaces, is the evidence: the name after it, to the end of its run of capitalised words,
is one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from .resolve import Draft
from .tokenize import Token

#: Small words that may stand inside a venue's name ("Bank of America Pavilion",
#: "Northwell Health at Jones Beach Theater").
_INSIDE = frozenset({"of", "&", "and", "on", "at"})


def venues_after_at(drafts: list[Draft], field: int, tokens: Sequence[Token], text: str) -> list[Draft]:
    """Make the name after a lone "@" one place (LOC), replacing what the engine found
    inside it.

    The name runs over capitalised words and the small words of :data:`_INSIDE`, on one
    line, and stops at anything else (another word in lower case, a dash, a bracket); a
    leading "The" is left out, as elsewhere. An "@" inside a word (an address, a handle)
    is no venue sign.

    Args:
        drafts: the text's mentions, in order, without overlaps.
        field: the index of the text.
        tokens: the text's tokens.
        text: the text.

    Returns:
        The mentions, in order.
    """
    spans = [_venue_after(i, tokens, text) for i, t in enumerate(tokens) if t.text == "@"]
    spans = [s for s in spans if s is not None]
    if not spans:
        return drafts
    kept = [d for d in drafts if not any(d.first < last and d.last > first for first, last in spans)]
    added = [Draft(field, first, last, "LOC") for first, last in spans]
    return sorted(kept + added, key=lambda d: d.first)


def _venue_after(at: int, tokens: Sequence[Token], text: str) -> tuple[int, int] | None:
    """Return the token range of the venue's name after the "@" at index ``at``, or None."""
    sign = tokens[at]
    if text[sign.start - 1 : sign.start] not in {" ", "\t"} or text[sign.end : sign.end + 1] != " ":
        return None
    first = at + 1
    if first < len(tokens) and tokens[first].text == "The":
        first += 1
    last = first
    while last < len(tokens) and "\n" not in text[tokens[last - 1].end : tokens[last].start]:
        word = tokens[last].text
        if not (word[:1].isupper() or word[:1].isdigit() or (word in _INSIDE and last > first)):
            break
        last += 1
    while last > first and tokens[last - 1].text in _INSIDE:
        last -= 1
    return (first, last) if last > first else None

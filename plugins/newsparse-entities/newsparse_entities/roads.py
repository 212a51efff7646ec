"""Roads named by a number ("Interstate 10", "Highway 61", "Route 66") and street
addresses ("201 E. Nine Mile Rd.", "51 W. Forest St.").

Local news names roads by a word and a number, and listings and police reports give
addresses. The engine, trained on text with few of them, finds the word alone and
guesses at its type ("Interstate" as an organisation, "W. Forest St." as a person) or
finds nothing. The word and the number are one place, and so is a street's name after
a house number.
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import (
    MAX_STREET_WORDS,
    ROAD_WORDS,
    STREET_COMPASS,
    STREET_WORDS,
    head_type,
    organisation_tuples,
)
from .resolve import Draft
from .tokenize import Token


def numbered_roads(drafts: list[Draft], field: int, tokens: Sequence[Token], text: str) -> list[Draft]:
    """Make one place (LOC) of a road's word (:data:`gazetteer.ROAD_WORDS`, capitalised)
    and the number after it, replacing a mention that ends at the word.

    Args:
        drafts: the text's mentions, in order, without overlaps.
        field: the index of the text.
        tokens: the text's tokens.
        text: the text.

    Returns:
        The mentions, in order.
    """
    out = drafts
    for i in range(len(tokens) - 1):
        word, number = tokens[i].text, tokens[i + 1].text
        if not (word.istitle() and word.lower() in ROAD_WORDS and number.isdigit()):
            continue
        if text[tokens[i].end : tokens[i + 1].start] != " ":
            continue
        ending = [d for d in out if d.first <= i < d.last]
        if any(d.last != i + 1 for d in ending) or any(d.first == i + 1 for d in out):
            continue  # inside a longer name, or the number is a name's
        first = ending[0].first if ending else i
        road = Draft(field, first, i + 2, "LOC")
        out = sorted([d for d in out if d not in ending] + [road], key=lambda d: d.first)
    return out


def street_addresses(drafts: list[Draft], field: int, tokens: Sequence[Token], text: str) -> list[Draft]:
    """Make one place (LOC) of the street's name in an address: after a house number,
    an abbreviated point of the compass (:data:`gazetteer.STREET_COMPASS`, "E.") or a
    street word at the end (:data:`gazetteer.STREET_WORDS`, "Rd.", "Street") or both,
    and up to :data:`gazetteer.MAX_STREET_WORDS` capitalised words ("201 E. Nine Mile
    Rd.", "51 W. Forest St.", "1600 Pennsylvania Avenue"), replacing the mentions inside.

    Args:
        drafts: the text's mentions, in order, without overlaps.
        field: the index of the text.
        tokens: the text's tokens.
        text: the text.

    Returns:
        The mentions, in order.
    """
    out = drafts
    for i in range(len(tokens) - 2):
        if not (tokens[i].text.isdigit() and text[tokens[i].end : tokens[i + 1].start] == " "):
            continue
        first = i + 1
        if [t.text for t in tokens[first : first + 2]] == ["block", "of"]:
            first += 2  # "the 1400 block of North Main Street"
        if first >= len(tokens):
            continue
        word = tokens[first].text
        compass = word[:1].isupper() and word.rstrip(".").lower() in STREET_COMPASS
        last = first + 1 if compass else first
        while last - first <= MAX_STREET_WORDS and last < len(tokens) and _street_name_word(tokens[last].text):
            last += 1
        street = last - 1 > first and tokens[last - 1].text.rstrip(".").lower() in STREET_WORDS
        if not (compass or street) or last - first < 2 or (compass and last == first + 1):
            continue
        if "\n" in text[tokens[first].start : tokens[last - 1].end]:
            continue
        inside = [d for d in out if d.first < last and d.last > first]
        if any(d.first < first or d.last > last for d in inside):
            continue  # part of a longer name
        place = Draft(field, first, last, "LOC")
        out = sorted([d for d in out if d not in inside] + [place], key=lambda d: d.first)
        _town_after(out, tokens, last)
    return out


def _town_after(drafts: list[Draft], tokens: Sequence[Token], end: int) -> None:
    """Type as a place the name written right after an address and a comma, its town
    ("201 Nine Mile Rd., Ferndale"), when the engine typed it a person or an
    organisation and the organisations' list does not know it."""
    gap = [t.text for t in tokens[end : end + 2]]
    after = end + 2 if gap == [".", ","] else end + 1 if gap[:1] == [","] else -1
    for d in drafts:
        if d.first == after and d.label in {"PERSON", "ORG"}:
            words = tuple(t.text.lower() for t in tokens[d.first : d.last])
            if words not in organisation_tuples() and head_type(words) is None:
                d.label = "LOC"
            return


def _street_name_word(word: str) -> bool:
    """Return True for a capitalised word of a street's name, an abbreviation's full stop
    allowed ("Nine", "Forest", "St."), not one in capitals ("NW")."""
    letters = word.rstrip(".")
    return letters.isalpha() and letters[:1].isupper() and not (len(letters) > 1 and letters.isupper())

"""Roads named by a number: "Interstate 10", "Highway 61", "Route 66".

Local news names roads by a word and a number. The engine, trained on text with few of
them, finds the word alone and guesses at its type ("Interstate" as an organisation) or
finds nothing. The word and the number are one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import ROAD_WORDS
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

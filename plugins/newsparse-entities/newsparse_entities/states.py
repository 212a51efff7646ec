"""Towns written with their state: "Tampa, FL", "DeKalb, Ill.", "Toronto, ON".

Datelines, tour dates and listings name a town by its state's abbreviation after a
comma. The pair is strong evidence on its own: both are places, whatever the engine
typed them (a tour listing of small towns leaves it guessing at PERSON and ORG).
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import STATE_ABBREVIATIONS, given_names
from .resolve import Draft
from .tokenize import Token

#: The most words a town's name has when no mention gives its start ("Salt Lake City",
#: "West Palm Beach", "Saratoga Springs").
MAX_TOWN_WORDS = 3


def towns_with_states(drafts: list[Draft], field: int, tokens: Sequence[Token], text: str) -> list[Draft]:
    """Type each town written as "Town, ST" and its state as places (GPE).

    A mention that ends at the town's last word becomes a place; with none there, the
    words in title case before the comma (at most :data:`MAX_TOWN_WORDS`, on one line)
    become one. The state's abbreviation becomes a place of its own.

    Args:
        drafts: the text's mentions, in order, without overlaps.
        field: the index of the text.
        tokens: the text's tokens.
        text: the text.

    Returns:
        The mentions with the towns and states typed, in order.
    """
    by_last = {d.last: d for d in drafts}
    by_first = {d.first: d for d in drafts}
    added: list[Draft] = []
    for i in range(2, len(tokens)):
        if tokens[i].text not in STATE_ABBREVIATIONS or tokens[i - 1].text != ",":
            continue
        town_first = _town_start(by_last.get(i - 1), tokens, text, i - 1)
        if town_first is None or _line_break(text, tokens, i - 2, i):
            continue
        state = by_first.get(i)
        if state is not None and state.last == i + 1:
            state.label = "GPE"
        elif not any(d.first <= i < d.last for d in drafts):
            added.append(Draft(field, i, i + 1, "GPE"))
        town = by_last.get(i - 1)
        if town is not None:
            town.label = "GPE"
        elif not any(d.first < i - 1 and d.last > town_first for d in drafts):
            added.append(Draft(field, town_first, i - 1, "GPE"))
    if not added:
        return drafts
    return sorted(drafts + added, key=lambda d: d.first)


def _town_start(found: Draft | None, tokens: Sequence[Token], text: str, comma: int) -> int | None:
    """Return the index of the town's first word before the comma at ``comma``, or
    None when no name in title case stands there."""
    if found is not None:
        person = found.label == "PERSON" and (
            found.title is not None
            or (found.last - found.first > 1 and tokens[found.first].text.lower() in given_names())
        )
        return None if person else found.first
    first = comma
    while (
        first > 0
        and comma - first < MAX_TOWN_WORDS
        and tokens[first - 1].text[:1].isupper()
        and tokens[first - 1].text[1:].replace(".", "").isalpha()
        and not _line_break(text, tokens, first - 1, first)
    ):
        first -= 1
    return first if first < comma else None


def _line_break(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when a line break stands between tokens ``first`` and ``last``."""
    return "\n" in text[tokens[first].end : tokens[last].start]

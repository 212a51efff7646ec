"""Names spelled out before their acronym: "Commercial Lunar Payload Services (CLPS)".

News writes an organisation's, a programme's or a law's full name once, with its acronym
in brackets after it, and the acronym alone from then on. The initials of the words
before the bracket are strong evidence of where the name starts, stronger than the
engine's guess: a name of unusual words ("Volatiles Investigating Polar Exploration
Rover (VIPER)") is often cut in pieces, or its first word left out, and the pieces
typed as people. Where the initials spell the acronym, the words are one name.
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import INITIALS_SKIPPED, head_type
from .resolve import Draft
from .tokenize import Token

#: The fewest and the most letters of an acronym matched against the words before it:
#: two letters match by chance too often in a sentence of names, and names of more than
#: eight words are not written out before an acronym.
MIN_LETTERS = 3
MAX_LETTERS = 8


def spelled_out(drafts: list[Draft], field: int, tokens: Sequence[Token], text: str) -> list[Draft]:
    """Make one mention of the words whose initials spell the acronym in brackets after
    them, replacing the pieces the engine found there.

    The words must be in title case (small words such as "of" and "and" between them
    aside), on one line, with nothing but spaces between them. Their type is the one
    their own words decide (:func:`gazetteer.head_type`), else the longest piece's
    type, else an organisation's: a name with an acronym is never a person's. Pieces
    that reach outside the words leave the text as it was.

    Args:
        drafts: the text's mentions, in order, without overlaps.
        field: the index of the text.
        tokens: the text's tokens.
        text: the text.

    Returns:
        The mentions, in order.
    """
    out = drafts
    for i in range(1, len(tokens) - 2):
        if tokens[i].text != "(" or tokens[i + 2].text != ")":
            continue
        letters = _acronym_letters(tokens[i + 1].text)
        if letters is None:
            continue
        first = _spelling_start(letters, tokens, text, i)
        if first is None:
            continue
        pieces = [d for d in out if d.first < i and d.last > first]
        if any(d.first < first or d.last > i for d in pieces):
            continue
        if len(pieces) == 1 and (pieces[0].first, pieces[0].last) == (first, i):
            continue
        label = head_type(tuple(t.text.lower() for t in tokens[first:i]))
        if label is None:
            longest = max(pieces, key=lambda d: d.last - d.first, default=None)
            label = "ORG" if longest is None or longest.label == "PERSON" else longest.label
        name = Draft(field, first, i, label)
        out = sorted([d for d in out if d not in pieces] + [name], key=lambda d: d.first)
    return out


def _acronym_letters(word: str) -> str | None:
    """Return the capitals of an acronym ("CLPS", "U.N.", "NGOs" -> "NGO"), or None for
    a word that is no acronym of :data:`MIN_LETTERS` to :data:`MAX_LETTERS` letters."""
    letters = word.replace(".", "")
    if letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]  # a plural
    if not (MIN_LETTERS <= len(letters) <= MAX_LETTERS and letters.isalpha() and letters.isupper()):
        return None
    return letters


def _spelling_start(letters: str, tokens: Sequence[Token], text: str, bracket: int) -> int | None:
    """Return the index of the first of the words before ``bracket`` whose initials
    spell ``letters``, or None when the words before it do not spell them."""
    needed = len(letters)
    index = bracket
    while needed:
        index -= 1
        if index < 0 or text[tokens[index].end : tokens[index + 1].start] != " ":
            return None
        word = tokens[index].text
        if word.lower() in INITIALS_SKIPPED and needed < len(letters):
            continue
        if not (word[:1].isupper() and word[1:2].islower()) or word[0] != letters[needed - 1]:
            return None
        needed -= 1
    return index

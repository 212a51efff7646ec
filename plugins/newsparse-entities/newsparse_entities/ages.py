"""People written with their age: "Reiner Perez Rives, 34, and Eunises Llorca Menses, 30".

News gives the age of the people it names between commas right after the name, in court,
crime and local stories above all. The age is strong evidence that the name is a
person's, where the engine, which knows few names of some languages, types it otherwise
or leaves out the given name.
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import FUNCTION_WORDS, is_demonym, places, title_words
from .resolve import Draft
from .tokenize import Token

#: The oldest age taken for one: a larger number after a name and a comma is a count, a
#: score or a year.
MAX_AGE = 110

#: The most words of a person's name taken in before the age when the engine found
#: none or part of them.
MAX_NAME_WORDS = 4


def people_with_ages(drafts: list[Draft], field: int, tokens: Sequence[Token], text: str) -> list[Draft]:
    """Make a person of each name written as "Name, 34,": the mention that ends right
    before the comma (of any type but a known place or a nationality), stretched back
    over the capitalised words the engine left before it on the same line, or those
    words alone when the engine found nothing.

    Args:
        drafts: the text's mentions, in order, without overlaps.
        field: the index of the text.
        tokens: the text's tokens.
        text: the text.

    Returns:
        The mentions, in order.
    """
    by_last = {d.last: d for d in drafts}
    taken = {i for d in drafts for i in range(d.first, d.last)}
    out = list(drafts)
    for i in range(1, len(tokens) - 2):
        if not (tokens[i].text == "," and tokens[i + 2].text == "," and _age(tokens[i + 1].text)):
            continue
        found = by_last.get(i)
        if found is not None:
            name = " ".join(t.text.lower() for t in tokens[found.first : found.last])
            if found.label in {"GPE", "NORP"} or name in places() or is_demonym(name):
                continue
            first = found.first
        elif i - 1 in taken or not _name_word(tokens, text, i - 1):
            continue
        else:
            first = i
        while (
            first > 0
            and i - first < MAX_NAME_WORDS
            and first - 1 not in taken
            and _name_word(tokens, text, first - 1)
        ):
            first -= 1
        if first == i:
            continue
        person = Draft(field, first, i, "PERSON", found.title if found else None, found.role if found else None)
        out = sorted([d for d in out if d is not found] + [person], key=lambda d: d.first)
    return out


def _age(word: str) -> bool:
    """Return True for a number that may be a person's age."""
    # isdecimal, not isdigit: a superscript ("²") is a digit that int() does not read.
    return word.isdecimal() and len(word) <= 3 and 0 < int(word) <= MAX_AGE


def _name_word(tokens: Sequence[Token], text: str, index: int) -> bool:
    """Return True for a word that may be part of a person's name: capitalised letters,
    no function word, title or known place, on the same line as the word after it."""
    word = tokens[index].text
    lower = word.lower()
    return (
        word[:1].isupper()
        and word.replace("-", "").isalpha()
        and not word.isupper()
        and lower not in FUNCTION_WORDS
        and lower not in title_words()
        and lower not in places()
        and "\n" not in text[tokens[index].end : tokens[index + 1].start]
    )

"""People named with a middle initial ("Elizabeth A. Burton", "Priya K. Raman").

American news writes many people's names with an initial between the given name and
the surname. The engine, which met few of them in Reuters text, often cuts the name at
the initial and types the pieces apart ("Elizabeth" an organisation, "Burton" another),
so that one person becomes two entities of the wrong type. A capitalised word, one
capital letter with its full stop, and a capitalised word are one person's name when
the first word is a known given name or the engine found a name on either side; an
organisation, a place or a nationality found on either side, or a word the training
split writes only in lower case, leaves the words apart ("Plan B. Officials", "Vitamin D.
Researchers").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import gazetteer
from .resolve import Draft
from .tokenize import Token

#: One capital letter and a full stop: a middle initial ("A.").
_INITIAL = re.compile(r"[A-Z]\.")


def people_with_initials(
    drafts: list[Draft], field: int, tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Make one person (PERSON) of a given name, a middle initial and a surname, over
    the mentions the engine found in them.

    Args:
        drafts: the text's mentions, in order, without overlaps.
        field: the index of the text.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The mentions, in order, without overlaps.
    """
    out = list(drafts)
    for middle in range(1, len(tokens) - 1):
        if not _INITIAL.fullmatch(tokens[middle].text):
            continue
        given, surname = middle - 1, middle + 1
        if not (_name_word(tokens, lowers, given) and _name_word(tokens, lowers, surname)):
            continue
        if text[tokens[given].end : tokens[surname].start] != f" {tokens[middle].text} ":
            continue
        around = [d for d in out if d.first <= surname and d.last > given]
        if any(d.label not in {"PERSON", "ORG", "LOC", "MISC"} for d in around):
            continue
        if lowers[given] not in gazetteer.given_names() and not around:
            continue
        first = min([given] + [d.first for d in around])
        last = max([surname + 1] + [d.last for d in around])
        if any(
            _known_apart(lowers, d) and not _name_of_a_person(lowers, d, given, surname)
            for d in around
            if d.last <= middle or d.first > middle
        ):
            continue
        titled = next((d for d in around if d.title is not None), None)
        joined = Draft(
            field,
            first,
            last,
            # A person's name may start a longer one: "John F. Kennedy Center" is a place.
            gazetteer.head_type(tuple(lowers[first:last])) or "PERSON",
            titled.title if titled else None,
            titled.role if titled else None,
        )
        out = sorted([d for d in out if d not in around] + [joined], key=lambda d: d.first)
    return out


def _name_word(tokens: Sequence[Token], lowers: Sequence[str], index: int) -> bool:
    """Return True for a word that may be a given name or a surname: letters (an
    apostrophe or a hyphen inside) in title case, and no function word, title,
    nationality or word the training split writes only in lower case. A place may name
    a person here ("Elizabeth", "Virginia"): no place is written before an initial."""
    word = tokens[index].text
    lower = lowers[index]
    return (
        len(word) > 1
        and word[:1].isupper()
        and word.replace("'", "").replace("’", "").replace("-", "").isalpha()
        and not word.isupper()
        and lower not in gazetteer.FUNCTION_WORDS
        and lower not in gazetteer.title_words()
        and lower not in gazetteer.ordinary_words()
        and not gazetteer.is_demonym(word)
    )


def _known_apart(lowers: Sequence[str], draft: Draft) -> bool:
    """Return True for a mention whose words are a known organisation or place of their
    own ("Ohio State", "Ford"), which is no part of a person's name."""
    words = tuple(lowers[draft.first : draft.last])
    return words in gazetteer.organisation_tuples() or words in gazetteer.place_tuples()


def _name_of_a_person(lowers: Sequence[str], draft: Draft, given: int, surname: int) -> bool:
    """Return True for a mention known apart that is here a piece of a person's name
    around an initial: the given name alone, when it is a known given name ("Nelson" of
    "Nelson A. Rockefeller", though Nelson is a town too), or the surname alone, a known
    organisation named after a family, when the given name is a known given name
    ("Bloomberg" of "Michael R. Bloomberg"). A known place after the initial stays apart."""
    if draft.last - draft.first != 1 or lowers[given] not in gazetteer.given_names():
        return False
    if draft.first == given:
        return True
    return draft.first == surname and (lowers[surname],) in gazetteer.organisation_tuples()

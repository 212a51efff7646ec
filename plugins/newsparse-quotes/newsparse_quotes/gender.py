"""The grammatical gender a person's name or title implies, for resolving ``he`` and ``she``.

Three sources, strongest first:

* honorifics and gendered titles written with the name (``Mrs. Clinton``, ``Rep. …``
  says nothing, ``Congresswoman Maxine Waters`` does);
* gendered role nouns in a description (``the congresswoman``, ``his wife``);
* the first name, looked up in ``data/first_names.tsv``: the names the US Social Security
  Administration's birth records give one sex at least 85 % of the time (written by
  ``scripts/build_names.py``; ``Jordan`` or ``Kelly`` say nothing).

Unknown is always an answer: a pronoun may then refer to anyone.
"""

from __future__ import annotations

from functools import cache

#: Titles and role nouns that name a man.
MALE_WORDS = frozenset(
    """
    mr mister sir lord king prince duke emperor pope father brother son husband uncle
    nephew grandfather boyfriend fiance congressman chairman spokesman businessman
    councilman assemblyman alderman congressmen actor policeman fireman sportsman
    statesman anchorman cameraman salesman widower gentleman man boy
    """.split()
)

#: Titles and role nouns that name a woman.
FEMALE_WORDS = frozenset(
    """
    mrs ms miss madam madame lady dame queen princess duchess empress mother sister
    daughter wife aunt niece grandmother girlfriend fiancee congresswoman chairwoman
    spokeswoman businesswoman councilwoman assemblywoman alderwoman actress policewoman
    stateswoman anchorwoman saleswoman widow woman girl
    """.split()
)

#: The pronouns a speaker may be written as, with the gender they require.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@cache
def _first_names() -> dict[str, str]:
    from importlib.resources import files

    table = files(__package__).joinpath("data", "first_names.tsv").read_text(encoding="utf-8")
    names = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split("\t")
            names[name] = sex
    return names


def first_name_gender(word: str) -> str | None:
    """Return ``"m"`` or ``"f"`` for a first name whose sex is clear, else None.

    Args:
        word: a first name, in any case (``"Hillary"``).

    Returns:
        ``"f"`` for ``Hillary``, ``"m"`` for ``Donald``, None for ``Jordan`` or an
        unknown name.
    """
    return _first_names().get(word.lower().rstrip("."))


def role_gender(words) -> str | None:
    """Return the gender implied by titles or role nouns (``"mrs"``, ``"spokeswoman"``).

    Args:
        words: lower-case words, without periods.

    Returns:
        ``"m"``, ``"f"`` or None when they say nothing (or contradict each other).
    """
    male = any(w in MALE_WORDS for w in words)
    female = any(w in FEMALE_WORDS for w in words)
    if male == female:
        return None
    return "m" if male else "f"


def name_gender(name: str, roles=()) -> str | None:
    """Return the gender of a person written as ``name`` with title words ``roles``.

    Titles decide first; then the first name, when the name has at least two words (a
    lone surname such as ``Clinton`` or ``Kelly`` is not a first name).

    Args:
        name: the name without titles (``"Hillary Clinton"``).
        roles: lower-case title words written with it (``{"mrs"}``).

    Returns:
        ``"m"``, ``"f"`` or None.
    """
    gender = role_gender(roles)
    if gender is not None:
        return gender
    words = name.split()
    if len(words) >= 2 and words[0][:1].isupper() and len(words[0].rstrip(".")) > 1:
        return first_name_gender(words[0])
    return None


def compatible(gender: str | None, wanted: str | None) -> bool:
    """Whether a person of ``gender`` may be referred to by a pronoun of ``wanted``."""
    return gender is None or wanted is None or gender == wanted

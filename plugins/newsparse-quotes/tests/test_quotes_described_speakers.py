"""Speakers written as a description (``the actor``, ``One witness, Ann Bright``) resolve to
the person the text introduced with that description, and keep the description when no
one fits.

The speaker's span and ``speaker_mention`` stay on the words as written; only the
resolved ``speaker`` becomes the name.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import Person, find_quotes, is_plural_description
from newsparse_quotes.resolve import Resolver, description_after, fits_description


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    """``(speaker, speaker_mention)`` of the one quote whose content contains ``words``."""
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [(q.kind, q.speaker, q.text) for q in find_quotes(text)]
    return found[0].speaker, found[0].speaker_mention


RESOLVED = [
    # (text, words of the quote, speaker, mention as written)
    (
        "Mara Quill, an actor, arrived at the premiere late on Friday.\n\n“It was a long night,” the actor said.",
        "long night",
        "Mara Quill",
        "the actor",
    ),
    (
        "The film stars Mara Quill, a 45-year-old actor from Dayton.\n\n"
        "“It was a long night,” the 45-year-old actor said.",
        "long night",
        "Mara Quill",
        "the 45-year-old actor",
    ),
    (
        "Buyers queued from dawn, and real estate agent Colm Varga counted 40 of them.\n\n"
        "“I have never seen anything like it,” the real estate agent said.",
        "never seen",
        "Colm Varga",
        "the real estate agent",
    ),
    (
        "Pia Lund, the company's chief executive, opened the meeting.\n\n"
        "“We are growing again,” the chief executive said.",
        "growing again",
        "Pia Lund",
        "the chief executive",
    ),
    (
        "Ivo Marsh, the former coach, spoke first.\n\n“The team is too slow,” the former coach said.",
        "too slow",
        "Ivo Marsh",
        "the former coach",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "mention"), RESOLVED)
def test_description_resolves_to_the_person_introduced_with_it(text, words, speaker, mention):
    assert _speaker(text, words) == (speaker, mention)


def test_description_set_off_before_the_name_gives_the_name():
    text = (
        "One witness, Dora Pell, described hiding under a table. "
        "Another witness, Rhea Stott, told the jury the gunman had walked past her."
    )
    quotes = {q.speaker_mention: q.speaker for q in find_quotes(text)}
    assert quotes == {"One witness, Dora Pell": "Dora Pell", "Another witness, Rhea Stott": "Rhea Stott"}


KEPT = [
    # (text, words of the quote, description kept as the speaker)
    ("“It was a long night,” the actor said.", "long night", "the actor"),
    (
        # Another state qualifies the role: not the same senator.
        "Tom Reed, the Vermont senator, spoke first.\n\n“We will win,” the Florida senator said.",
        "will win",
        "the Florida senator",
    ),
    (
        # A past role is not the present one.
        "Tom Reed, the former governor, spoke first.\n\n“We will win,” the governor said.",
        "will win",
        "the governor",
    ),
    (
        # What the spokeswoman said is not Reed's description.
        "Tom Reed, through a spokeswoman, declined to comment.\n\n“He has left the firm,” the spokeswoman said.",
        "left the firm",
        "the spokeswoman",
    ),
    (
        # Another qualifier before the role: someone else.
        "Award-winning journalist Nell Ashby spoke at noon.\n\n“The press must be free,” the Peruvian journalist said.",
        "must be free",
        "the Peruvian journalist",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), KEPT)
def test_description_is_kept_when_no_named_person_fits(text, words, speaker):
    assert _speaker(text, words) == (speaker, speaker)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mara Quill, an actor, left.", ["actor"]),
        ("Ian Lee, an expert in drug use at York, said so.", ["expert"]),
        ("Ann Bright, the Vermont senator, said so.", ["vermont", "senator"]),
        ("Ann Bright, associate professor of law, said so.", ["associate", "professor"]),
        ("Columbus, Ohio, is large.", []),
        ("Roe, who was 21, left.", []),
        ("Roe, a day later, left.", []),
        ("Roe, 45, a teacher, left.", []),
        ("Roe, through a spokeswoman, declined.", []),
        ("Roe said so.", []),
    ],
)
def test_description_after_a_name(text, words):
    end = text.index(",") if "," in text else text.index(" said")
    assert description_after(text, end) == words


def test_a_person_without_a_description_fits_any_role_phrase():
    person = Person(0, 8, "Ann Bright", frozenset({"senator"}))
    assert fits_description(person, ["the", "Florida", "senator"])
    described = Person(0, 8, "Ann Bright", frozenset({"senator"}), description=frozenset({"senator"}))
    assert not fits_description(described, ["the", "Florida", "senator"])
    assert fits_description(described, ["the", "senator"])


def test_resolver_passes_over_a_holder_whose_description_contradicts():
    people = [
        Person(0, 8, "Ann Bright", frozenset({"senator"}), description=frozenset({"florida", "senator"})),
        Person(50, 58, "Tom Reed", frozenset({"senator"}), description=frozenset({"vermont", "senator"})),
    ]
    resolver = Resolver(people)
    assert resolver.resolve("the Florida senator", 100, 119) == ("Ann Bright", None)
    assert resolver.resolve("the senator", 100, 111) == ("Tom Reed", None)


# --- "they" after a group quoted in the same paragraph ------------------------------------

THEY = [
    # (text, words of the quote, speaker)
    (
        "Salt in small amounts is not harmful, the authors said. But heavy use is linked to "
        "heart disease, they wrote.",
        "heart disease",
        "the authors",
    ),
    (
        "Officials at the port said the quay would reopen. They added that the repairs "
        "would cost more.",
        "repairs",
        "Officials",
    ),
    (
        "Nurses say the wards are full, and they warn that winter will be worse.",
        "winter",
        "Nurses",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), THEY)
def test_they_is_the_group_just_quoted(text, words, speaker):
    found = [q for q in find_quotes(text) if words in q.text]
    assert [(q.speaker, q.speaker_mention.lower()) for q in found] == [(speaker, "they")]


@pytest.mark.parametrize(
    "text",
    [
        # A new paragraph often brings in another group.
        "Salt is not harmful, the authors said.\n\nBut heavy use is linked to heart disease, they wrote.",
        # "analysis" is one thing, not a group.
        "The analysis said costs would rise. They added that the repairs would cost more.",
    ],
)
def test_they_is_left_unresolved_without_a_group_in_the_paragraph(text):
    they = [q for q in find_quotes(text) if q.speaker_mention and q.speaker_mention.lower() == "they"]
    assert they and all(q.speaker is None for q in they)


def test_a_group_is_no_one_a_later_he_stands_for():
    text = (
        "Tom Reed chaired the meeting. Officials said the quay would reopen, and they added "
        "that repairs would cost more. He said the work would start in May."
    )
    found = {q.speaker_mention: q.speaker for q in find_quotes(text)}
    assert found["He"] == "Tom Reed"


@pytest.mark.parametrize(
    ("mention", "plural"),
    [
        ("the authors", True),
        ("Officials", True),
        ("the police", True),
        ("researchers at the institute", True),
        ("the analysis", False),
        ("the actor", False),
        ("Ann Bright", False),
        ("they", False),
    ],
)
def test_plural_descriptions(mention, plural):
    assert is_plural_description(mention) is plural

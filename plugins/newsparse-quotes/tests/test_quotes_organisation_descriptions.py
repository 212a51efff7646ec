"""Descriptions of an organisation as speakers: ``the production company said``.

With an entity recogniser's mentions at hand, ``the <…> company`` (agency, bank, automaker
…) resolves to the organisation it stands for: the one before it whose name shares a word
with the description, else the organisation the text names most often when it is in
reach. Names, possessed descriptions and texts without such an organisation keep the
description as it is written.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


def _orgs(text: str, *names: str) -> list[tuple[int, int, str]]:
    """ORG mentions of every occurrence of ``names`` in ``text``."""
    mentions = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            mentions.append((start, start + len(name), "ORG"))
            start = text.find(name, start + 1)
    return sorted(mentions)


def _speaker_of(text: str, words: str, entities) -> str | None:
    found = [q for q in find_quotes(text, entities=entities) if words in q.text]
    assert len(found) == 1, [(q.kind, q.speaker, q.text) for q in find_quotes(text, entities=entities)]
    return found[0].speaker


RESOLVED = [
    # (text, ORG names in it, words of the quote, its speaker)
    pytest.param(
        "Harbour Lane Productions denied that it had signed a deal with Northgate Records.\n\n"
        "“We never agreed to any of it,” the production company said in a statement.",
        ("Harbour Lane Productions", "Northgate Records"),
        "never agreed",
        "Harbour Lane Productions",
        id="a name sharing a word with the description",
    ),
    pytest.param(
        "Kestrel Motors showed a small electric van on Monday. Kestrel Motors will build it"
        " in Ohio, near a plant of Brightwater Steel.\n\n"
        "The company said the van will cost less than its petrol model.",
        ("Kestrel Motors", "Brightwater Steel"),
        "less than its petrol",
        "Kestrel Motors",
        id="else the organisation the text is about",
    ),
    pytest.param(
        "Kestrel Motors bought a plant from Brightwater Steel on Monday.\n\n"
        "The company said the plant will reopen in May.",
        ("Kestrel Motors", "Brightwater Steel"),
        "reopen in May",
        "The company",
        id="no organisation named more than the others",
    ),
    pytest.param(
        "Kestrel Motors and Kestrel Motors dealers met on Monday.\n\n"
        "The World Health Organization said that the new rules were needed.",
        ("Kestrel Motors", "World Health Organization"),
        "new rules",
        "The World Health Organization",
        id="a name ending in an organisation noun is no description",
    ),
]


@pytest.mark.parametrize(("text", "names", "words", "speaker"), RESOLVED)
def test_an_organisation_description_resolves_only_to_the_organisation_it_means(text, names, words, speaker):
    assert _speaker_of(text, words, _orgs(text, *names)) == speaker


def test_a_possessed_description_belongs_to_someone_else():
    text = (
        "Kestrel Motors sold cameras to Lakeside College. Kestrel Motors denied any"
        " breach.\n\nStudents raised worries about privacy, the college's student newspaper"
        " said."
    )
    entities = _orgs(text, "Kestrel Motors")
    speaker = _speaker_of(text, "raised worries", entities)
    assert speaker != "Kestrel Motors"


def test_without_entity_mentions_the_description_stays():
    text = (
        "Harbour Lane Productions denied that it had signed a deal.\n\n"
        "“We never agreed to any of it,” the production company said."
    )
    found = [q for q in find_quotes(text) if "never agreed" in q.text]
    assert found[0].speaker == "the production company"

"""A document as speaker whose author is named right after it: ``a new report by E! News``.

With an entity recogniser's mentions at hand, the person or organisation named after
``by`` or ``from`` is the source the speaker resolves to; the mention stays as written.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


def _mentions(text: str, **labels: str) -> list[tuple[int, int, str]]:
    found = []
    for name, label in labels.items():
        name = name.replace("_", " ")
        start = text.index(name)
        found.append((start, start + len(name), label))
    return sorted(found)


def _only_quote(text: str, entities):
    quotes = find_quotes(text, entities=entities)
    assert len(quotes) == 1, [(q.kind, q.speaker, q.text) for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "author", "label"),
    [
        (
            "Ann Lee is unhappy with the way her partner Tom Reed has handled the dispute,"
            " according to a new report by Harbour Daily.",
            "Harbour Daily",
            "ORG",
        ),
        (
            "Ann Lee is unhappy with the way the dispute was handled, according to a report"
            " from the Kestrel Institute.",
            "Kestrel Institute",
            "ORG",
        ),
        (
            "The port will need new cranes within five years, according to a 2019 study by Ines Kowalczyk.",
            "Ines Kowalczyk",
            "PERSON",
        ),
    ],
)
def test_the_author_named_after_a_document_is_its_source(text, author, label):
    entities = _mentions(text, **{author.replace(" ", "_"): label})
    quote = _only_quote(text, entities)
    assert quote.speaker == author
    assert quote.speaker_mention.split()[-1] in {"report", "study"}


def test_a_publication_the_document_appeared_in_is_not_its_author():
    text = "Ann Lee is unhappy with the way the dispute was handled, according to a report in Harbour Daily."
    quote = _only_quote(text, _mentions(text, Harbour_Daily="ORG"))
    assert quote.speaker != "Harbour Daily"


def test_a_place_after_by_is_no_author():
    text = "Ann Lee is unhappy with the dispute, according to a report by Ohio regulators."
    quote = _only_quote(text, _mentions(text, Ohio="GPE"))
    assert quote.speaker != "Ohio"

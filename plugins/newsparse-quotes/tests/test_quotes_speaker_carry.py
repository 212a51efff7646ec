"""Speakers carried over to the quotes that go on without an attribution of their own.

Two ways the carry used to break: an infinitive after a quote (``To add to the
pressure, …``) was read as that quote's own attribution, and a role resolved to a name
(``the governor`` for the governor named earlier) was no antecedent for a later ``he``.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


def _quote_with(text: str, words: str):
    """The one quote whose content contains ``words``."""
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [(q.kind, q.speaker, q.text) for q in find_quotes(text)]
    return found[0]


INFINITIVES = [
    # (text, words of the second statement, its speaker)
    (
        "The probe slept for years.\n\n“We had big goals,” says the former manager Ines"
        " Kowalczyk, who ran the mission for a decade. “People said we were mad.” To add to"
        " the pressure, the probe had to sleep for three years.",
        "were mad",
        "Ines Kowalczyk",
    ),
    (
        "The ferry ran late.\n\n“It was a hard winter,” said Tom Abara, the harbour master."
        " “Nobody wanted to sail.” To explain the delays, the company pointed to the ice.",
        "wanted to sail",
        "Tom Abara",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INFINITIVES)
def test_an_infinitive_after_a_quote_is_no_attribution(text, words, speaker):
    quote = _quote_with(text, words)
    assert quote.cue != "add" and quote.cue != "explain"
    assert quote.speaker == speaker


def test_a_finite_verb_after_a_quote_still_attributes_it():
    text = "The vote was close.\n\n“We will win,” Ann Bright said. “We always do,” Tom Abara added."
    assert _quote_with(text, "always do").speaker == "Tom Abara"


def test_a_role_resolved_to_a_name_is_what_a_later_pronoun_stands_for():
    # The name itself is out of a pronoun's reach; the role resolved to it is not.
    filler = "The inquiry into the harbour contracts has run for two years and cost a great deal. " * 20
    text = (
        "Governor Paul Brennan made the announcement this afternoon.\n\n"
        + filler
        + "\n\nIn the meantime, the governor also indicated that he will publish the report soon.\n\n"
        + "“We will not wait for the courts,” the governor added.\n\n"
        + "He said he will give more details next week."
    )
    quote = _quote_with(text, "more details")
    assert quote.speaker_mention == "He"
    assert quote.speaker == "Paul Brennan"


def test_an_unresolved_role_gives_a_later_pronoun_no_name():
    filler = "The inquiry into the harbour contracts has run for two years and cost a great deal. " * 20
    text = (
        filler
        + "\n\n“We will not wait for the courts,” the governor said.\n\n"
        + "He said he will give more details next week."
    )
    quote = _quote_with(text, "more details")
    assert quote.speaker != "the governor"

"""The empty ``it`` of an impersonal passive is no speaker: ``It is believed that …``.

``It is believed that …``, ``it was expected that …``, ``it is worth noting that …`` and
``…, it should be noted, …`` are the writer's own statements: no report comes of them.
``It was reported that …`` and ``it is said that …`` report someone's words without
naming who, so they stay reports, without a speaker. An ``it`` that is something named
before (``it was labeled “Mostly True”``, ``It said …`` of a company, ``it is pointing
to …``) is left alone.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "It is believed that the ferryman had left the harbour before dawn.",
        "It was widely expected that the council would close the pier.",
        "It is worth noting that the harbour plan was drawn up in 1998.",
        "The mayor, it should be noted, had already signed the harbour letter.",
        "It is not known how the fire at the boathouse started.",
        "It has often been thought that the pier would fall into the sea.",
    ],
)
def test_an_impersonal_passive_is_no_report(text):
    assert [(q.speaker_mention, q.cue) for q in find_quotes(text)] == []


def test_a_reported_rumour_keeps_its_words_without_a_speaker():
    quotes = find_quotes("In the 1920s it was reported that ten thousand people came to the fair.")
    assert [(q.kind, q.speaker_mention, q.cue) for q in quotes] == [("indirect", None, "reported")]


def test_the_organisation_named_before_does_not_take_an_impersonal_passive():
    text = "Harbour Ferries Ltd. runs six boats. It is believed that the company lost money."
    assert find_quotes(text, entities=[(0, 19, "ORG")]) == []


def test_an_it_that_was_labeled_keeps_its_quote():
    text = "The senator made a claim about jobs. When the paper checked it, it was labeled “Mostly True.”"
    quotes = find_quotes(text)
    assert [(q.speaker_mention, q.cue, q.text) for q in quotes] == [("it", "labeled", "“Mostly True.”")]


def test_it_as_the_subject_of_an_active_verb_still_speaks():
    quotes = find_quotes("The board met on Monday. It said the plan would fail.")
    assert [(q.speaker_mention, q.cue) for q in quotes] == [("It", "said")]


def test_a_named_subject_of_a_passive_report_is_untouched():
    quotes = find_quotes("Ann Bright is reported to have called the plan “a disgrace.”")
    assert [q.speaker_mention for q in quotes] == ["Ann Bright"]

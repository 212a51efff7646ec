"""A question put to the listener reports nobody's words: ``Can you tell us about …?``.

Interviews set as plain paragraphs ask their guests ``Can you tell us …?``, ``Would you
say …?``: the addressed ``you`` after an auxiliary, in a sentence that asks, is no
speaker, so there is no report. ``You told us that …`` (a statement) and the answers
labelled with the guest's name stay what they are.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes

INTERVIEW = (
    "Thanks for joining us.\n\n"
    "Can you tell us a bit about the company, and what drew you to the plan?\n\n"
    "Rick: The company started in 2017 with a plan to make readers smarter."
)


@pytest.mark.parametrize(
    "text",
    [
        INTERVIEW,
        "Would you say that the plan worked as well as the board had hoped?",
        "How do you think the new coach will deal with the pressure of the derby?",
    ],
)
def test_a_question_to_the_listener_is_no_report(text):
    assert not [q for q in find_quotes(text) if q.speaker_mention == "you"]


def test_the_answers_of_an_interview_stay_quotes():
    assert [q.speaker for q in find_quotes(INTERVIEW)] == ["Rick"]


def test_a_statement_about_what_you_said_stays_a_report():
    quotes = find_quotes("You told us that the plan would work by the end of the year.")
    assert [q.cue for q in quotes] == ["told"]

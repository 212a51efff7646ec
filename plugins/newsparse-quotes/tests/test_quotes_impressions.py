"""The empty ``it`` of a verb of seeming is no speaker: ``It seems the plan failed``.

``It seems …``, ``it appeared that …`` give the writer's impression, not anyone's words:
no report comes of them, whatever ``it`` might otherwise have been resolved to. A named
subject of the same verb (``Ann Bright seems to think``) and an ``it`` that reports with
another verb (``It said the plan would fail``, of a company) are left alone.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "It seems the council has given up on the harbour plan.",
        "Now it seemed that the talks over the ferry were over for the winter.",
        "It appears that the mayor had signed the letter before the meeting.",
        "It seems like the rest of the campaigns are “just as bad” as the first one.",
    ],
)
def test_an_impression_is_no_report(text):
    assert find_quotes(text) == []


def test_an_impression_does_not_take_the_company_named_before():
    text = (
        "Harbour Ferries Ltd. runs six boats. "
        "It seems the company has lost money on the winter routes."
    )
    assert [q for q in find_quotes(text, entities=[(0, 19, "ORG")]) if q.cue == "seems"] == []


def test_a_report_in_the_same_sentence_is_kept():
    quotes = find_quotes("It appeared like the council had given up, Ann Bright said.")
    assert [(q.speaker, q.cue) for q in quotes] == [("Ann Bright", "said")]


def test_it_that_reports_with_another_verb_stays_a_speaker():
    quotes = find_quotes("The board met on Monday. It said the plan would fail.")
    assert [(q.speaker_mention, q.cue) for q in quotes] == [("It", "said")]


def test_a_quotation_set_off_with_it_seems_keeps_its_words():
    quotes = find_quotes("“The harbour is closed for the winter,” it seems.")
    assert [q.text for q in quotes] == ["The harbour is closed for the winter,"]

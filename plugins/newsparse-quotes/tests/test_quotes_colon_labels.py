"""Labels before a colon that name no speaker: datelines, salutations, section labels.

``BEIJING: China said …`` opens a story with its dateline, ``DEAR ABBY: My husband …``
a reader's letter (written to the columnist, not by her), and ``Review: “…”`` labels a
reader's review: none of them is who speaks. A name before a colon still is (``Paul
Ryan: FBI Decision Defies Explanation``, a transcript's ``TRUMP: …``).
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING: The talks with the visiting leaders went on for six hours on Tuesday.",
        "DEAR ABBY: My husband of twenty years just bought plane tickets to see his family.",
        "Dear Prudence: My sister has not spoken to me since the wedding last spring.",
    ],
)
def test_a_dateline_or_a_salutation_is_no_speaker(text):
    assert [q.speaker_mention for q in find_quotes(text)] == []


def test_a_dateline_the_recogniser_calls_a_place_is_no_speaker():
    text = "NEW DELHI: Nearly 150 travellers returned home on Wednesday after the flight."
    assert find_quotes(text, entities=[(0, 9, "GPE")]) == []


def test_a_place_in_title_case_before_a_colon_may_still_speak():
    text = "Russia: Sanctions Are Illegal And Will Fail, Says Its Foreign Minister"
    assert [q.speaker_mention for q in find_quotes(text, entities=[(0, 6, "GPE")])] == ["Russia"]


def test_a_section_label_before_a_quotation_is_no_speaker():
    text = "$3.00 from the shop\n\nReview: “I was surprised at how good these were! They hold up.”"
    quotes = find_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Paul Ryan: FBI Decision Defies Explanation And Leaves Questions Open", "Paul Ryan"),
        ("TRUMP: We are going to win this state and we will win it big.", "TRUMP"),
    ],
)
def test_a_name_before_a_colon_still_speaks(text, speaker):
    assert [q.speaker_mention for q in find_quotes(text)] == [speaker]

"""A participle after a quote or a clause has no speaker after it.

Only a finite verb inverts with its speaker (``“…,” said the coach``); the noun phrase
after a participle (``“…,” promising the club will return``, ``…, claiming his third
victory``) is its object, never who spoke.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


def test_participle_after_a_quote_gives_no_speaker():
    """The quote keeps the attribution before it, not the object of ``promising``."""
    text = (
        "Ruth Okafor said the members would still meet, but said, “It is time we change"
        " how we do it,” promising the club will return to its roots."
    )
    quote = next(q for q in find_quotes(text) if q.kind == "direct")
    assert quote.speaker_mention == "Ruth Okafor"
    assert quote.cue == "said"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale won the county vote on Saturday, claiming his third victory in a row.",
        "The mayor opened the new bridge on Monday, praising the engineers who built it.",
    ],
)
def test_participle_closing_a_sentence_is_no_trailing_attribution(text):
    """``…, claiming X.`` does not make X the source of the clause before the comma."""
    opening = text.split(",")[0]
    for quote in find_quotes(text):
        assert not (quote.text in opening and quote.speaker_span is not None), quote


def test_finite_verb_still_inverts():
    """``“…,” said the coach`` and ``…, said the coach.`` keep their speaker."""
    assert [q.speaker_mention for q in find_quotes("“We will be back,” said the coach.")] == [
        "the coach"
    ]
    text = "The club will return to the league next season, said the coach."
    assert [q.speaker_mention for q in find_quotes(text)] == ["the coach"]

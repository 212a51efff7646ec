"""A restrictive ``who`` inside the subject of its sentence describes the subject: the
sentence's own verb follows the clause, so without quotation marks no report is made
(``Those who believe the dam is safe are wrong``). A ``who`` after a verb, or set off by
a comma, still reports."""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes
from newsparse_quotes.segment import Analysis
from newsparse_quotes.speakers import in_subject_relative


def _who(text: str) -> bool:
    tx = Analysis(text)
    index = next(i for i, t in enumerate(tx.tokens) if t.low == "who")
    return in_subject_relative(tx, index)


@pytest.mark.parametrize(
    "text",
    [
        "Those who believe the dam is safe are fooling themselves.",
        "Even so, those who think the market will turn are few.",
        "Some riders who sought refunds on Monday waited for hours.",
        "In the poorest towns, the share who said they skipped meals rose by a third.",
    ],
)
def test_a_who_in_the_subject_makes_no_report(text: str) -> None:
    assert _who(text)
    assert find_quotes(text) == [] or all(q.speaker_mention != "who" for q in find_quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The manager believed a waitress who said that I started the fight.",
        "Ann Bright, who said that the bridge was unsafe, resigned.",
        "Locals were angry at farmers who said that the river would flood.",
    ],
)
def test_a_who_after_a_verb_or_a_comma_still_reports(text: str) -> None:
    assert not _who(text)
    assert any(q.speaker_mention == "who" for q in find_quotes(text))


def test_a_quoted_report_from_a_subject_who_stays() -> None:
    # Quotation marks are a report of their own: only reports without them are dropped.
    text = "Residents who spoke to the council said, “We were never asked.”"
    assert any("never asked" in q.text for q in find_quotes(text))

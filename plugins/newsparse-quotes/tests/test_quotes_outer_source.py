"""The outer source of a nested attribution: ``“…,” X said, according to Y``.

The speaker stays the one who spoke; the source the words reached the writer through is
kept beside it as ``reported_by``. Sentences are our own.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes

NESTED = [
    # (text, words of the quote, speaker, outer source)
    (
        "“We will not raise the fares this year,” Mayor Ana Ruiz said, according to the Daily Ledger.",
        "raise the fares",
        "Ana Ruiz",
        "the Daily Ledger",
    ),
    (
        "“The bridge needs a new deck,” Ortiz said at a council meeting, according to a "
        "transcript of the session.",
        "new deck",
        "Ortiz",
        "a transcript of the session",
    ),
    (
        "“Nobody told us about the closure,” Tom Reyes said in a statement according to Radio North.",
        "about the closure",
        "Tom Reyes",
        "Radio North",
    ),
    (
        "According to the Daily Ledger, Ruiz said the council “lost the vote” on Monday.",
        "lost the vote",
        "Ruiz",
        "the Daily Ledger",
    ),
    (
        "According to county pool reports, Ruiz said the council “lost the vote” again.",
        "lost the vote",
        "Ruiz",
        "county pool reports",
    ),
    (
        "“We will build the new pier,” the mayor will say, according to excerpts of her "
        "speech released by the city.",
        "new pier",
        "the mayor",
        "excerpts of her speech released by the city",
    ),
    (
        "In a Harbour Times poll released Sunday, just 8 percent of voters said the pier "
        "was “worth the money.”",
        "worth the money",
        "voters",
        "a Harbour Times poll released Sunday",
    ),
    (
        "“The pier will stay open,” said Dana Ito, who chairs the harbour board, reports "
        "Radio Today.",
        "stay open",
        "Dana Ito",
        "Radio Today",
    ),
    (
        "Senator Lena Park argued that the tax is “a burden on farmers” and should go, reported the Valley Courier.",
        "a burden on farmers",
        "Lena Park",
        "the Valley Courier",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "outer"), NESTED)
def test_outer_source_is_kept_beside_the_speaker(text, words, speaker, outer):
    quote = next(q for q in find_quotes(text) if words in q.text)
    assert quote.speaker == speaker
    assert quote.reported_by == outer
    assert text[quote.reported_by_span.start : quote.reported_by_span.end] == outer


def test_quotes_sharing_an_attribution_share_its_outer_source():
    text = (
        "“We lost the vote,” Ruiz said, according to the Daily Ledger. “We will try again "
        "next spring with a smaller plan.”"
    )
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Ruiz", "Ruiz"]
    assert [q.reported_by for q in quotes] == ["the Daily Ledger", "the Daily Ledger"]


NOT_NESTED = [
    # "according to" inside what was said is part of it, not an outer source.
    "Dana Ito said that according to its own count, the union has signed up 4,000 members.",
    # An opening phrase whose noun is no survey is no outer source.
    "In a memo released as polls closed Tuesday, the campaign manager said the race was "
    "“far from over.”",
    # A plain attribution has none.
    "“The road will reopen on Monday,” said Dana Ito, a spokeswoman for the county.",
    # An "according to" in a later sentence belongs to that sentence.
    "“The road will reopen on Monday,” Ito said. The work cost $2 million, according to the county.",
]


@pytest.mark.parametrize("text", NOT_NESTED)
def test_no_outer_source_without_a_closing_according_to(text):
    quote = find_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.reported_by is None
    assert quote.reported_by_span is None


def test_a_new_sentence_after_a_closed_quote_does_not_attribute_it():
    # "“…” South Carolina, he said, was …": the sentence after the quote reports
    # something else, so the quote keeps the speaker of the one before it.
    text = (
        "“We are trying to let the bully learn the lesson,” Tripp said. “We are showing "
        "some mercy to the bully.” South Carolina, he said, was “where we have a chance.”"
    )
    quote = next(q for q in find_quotes(text) if "mercy" in q.text)
    assert quote.speaker == "Tripp"
    assert quote.speaker_mention == "Tripp"

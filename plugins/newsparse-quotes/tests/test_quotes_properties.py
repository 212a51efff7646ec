"""Properties that hold for any input: no crash, spans slice their text, no overlaps,
linear time."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_quotes import find_quotes
from newsparse_quotes.marks import find_regions

_PIECES = [
    "“", "”", "\"", "'", "‘", "’", "''", "``", "«", "»", "„", ",", ".", ":", "?", " ", "\n",
    "\n\n", "said", "Smith", "he", "told", "according to", "that", "the president", "Mr.",
    "We will win", "a", "—", "(", ")", "―", "--", "Mrs.", "Hillary Clinton", "she", "who",
    "reacted", "two weeks ago", "a phone call", "of the", "!", "Amid",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_PIECES), max_size=80).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=80).map("".join),
)


def _check(text):
    quotes = find_quotes(text)
    previous_end = 0
    for quote in quotes:
        assert quote.kind in ("direct", "partial", "indirect")
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        assert quote.span.slice(text) == quote.text
        assert quote.span.start >= previous_end, "quotes overlap or are out of order"
        previous_end = quote.span.end
        if quote.speaker_span is not None:
            assert quote.speaker_span.slice(text) == quote.speaker_mention
        if quote.cue_span is not None:
            assert quote.cue_span.slice(text) == quote.cue
    return quotes


@settings(max_examples=300)
@given(texts)
def test_any_text_gives_consistent_quotes(text):
    _check(text)


@settings(max_examples=200)
@given(texts)
def test_regions_are_ordered_and_disjoint(text):
    previous_end = 0
    for region in find_regions(text):
        assert previous_end <= region.start < region.content_start
        assert region.content_start <= region.content_end <= region.end <= len(text)
        previous_end = region.end


@settings(max_examples=100)
@given(st.integers(min_value=1, max_value=400), st.sampled_from(["“", "”", "\"", "''", "“ ”"]))
def test_runs_of_quotation_marks(count, mark):
    _check(mark * count)
    _check(("He said " + mark) * count)


def _timed(text):
    began = time.perf_counter()
    _check(text)
    return time.perf_counter() - began


def test_hundred_thousand_marks_finish_quickly():
    # About two seconds each here; a quadratic pass would take many minutes.
    for mark in ("“", "\"", "” ", "“a” "):
        assert _timed(mark * 100_000) < 30


def test_time_grows_linearly():
    unit = "“We will win,” Smith said. “Not now” — said he, “or ever.\n\n" * 20
    # The two sizes are timed in turn, best of three, so that a load on the machine
    # weighs on both alike.
    small = large = float("inf")
    for _ in range(3):
        small = min(small, _timed(unit * 25))
        large = min(large, _timed(unit * 200))
    # Eight times the text: about 12 times as long here; a quadratic pass would take ~64.
    assert large < small * 30 + 0.05


def test_a_long_paragraph_without_punctuation():
    _check("said " * 50_000)
    _check(("word " * 20_000) + "“" + ("word " * 20_000))

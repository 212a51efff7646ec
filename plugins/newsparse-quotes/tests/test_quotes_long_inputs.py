"""Work on long inputs stays proportional to the input: counted, never timed."""

from __future__ import annotations

import math

import newsparse_quotes
from hypothesis import given
from hypothesis import strategies as st
from newsparse_quotes import Person, find_quotes
from newsparse_quotes.intervals import Intervals

pairs = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=30,
)


@given(pairs, st.integers(0, 70), st.integers(0, 12))
def test_overlaps_agrees_with_a_scan_of_every_interval(intervals, start, length):
    end = start + length
    expected = any(a < end and start < b for a, b in intervals)
    assert Intervals(intervals).overlaps(start, end) is expected


class _CountingList(list):
    """A list that counts the items read from it."""

    reads = 0

    def __getitem__(self, index):
        _CountingList.reads += 1
        return super().__getitem__(index)


def test_an_overlap_query_reads_a_logarithmic_number_of_intervals():
    count = 20_000
    index = Intervals((10 * i, 10 * i + 5) for i in range(count))
    index._starts = _CountingList(index._starts)
    _CountingList.reads = 0
    queries = [(10 * i + 3, 10 * i + 8) for i in range(0, count, 7)]
    assert all(index.overlaps(a, b) for a, b in queries)
    assert not index.overlaps(10 * count + 1, 10 * count + 2)
    per_query = _CountingList.reads / (len(queries) + 1)
    assert per_query <= math.log2(count) + 2


def test_every_derived_name_is_checked_once_against_the_recognised_ones(monkeypatch):
    # A long single line naming many people: each name the capitalisation rules find is
    # compared with the recogniser's names by one query, not one per recognised name.
    sentence = "Mayor Ann Bright of Dover and Senator Tom Reed met on Monday. "
    text = sentence * 400
    people = []
    for offset in range(0, len(text), len(sentence)):
        start = offset + text[offset:].index("Tom Reed")
        people.append(Person(name="Tom Reed", start=start, end=start + len("Tom Reed")))
    calls = []
    original = Intervals.overlaps

    def counting(self, start, end):
        calls.append((start, end))
        return original(self, start, end)

    monkeypatch.setattr(newsparse_quotes.Intervals, "overlaps", counting)
    find_quotes(text, people=people)
    assert 400 <= len(calls) <= 3 * 400


WORDS = st.sampled_from(["Former", "Vice", "President", "Joe", "said", "the", "é", "Ünal", "“Yes,”", "(AP)",
                         "chats", "with", "Epstein.", "42", "—", "Dr.", "x"])


@given(st.lists(WORDS, min_size=1, max_size=30), st.data())
def test_capitals_only_before_agrees_with_reading_the_sentence_up_to_the_offset(words, data):
    # The sentence's first word opening with a small letter is found once; the answer must
    # be the one reading every word from the sentence's start to the offset gives.
    from bisect import bisect_right

    from newsparse_quotes.segment import Analysis

    text = " ".join(words)
    analysis = Analysis(text)
    offsets = [i for i in range(len(text)) if i == 0 or text[i - 1] == " "]
    for offset in data.draw(st.lists(st.sampled_from(offsets), max_size=6)):
        index = bisect_right(analysis.sentence_starts, offset) - 1
        start = analysis.sentence_starts[index] if index >= 0 else 0
        read = text[start:offset].split()
        expected = all(word[:1].isupper() for word in read if word[:1].isalpha())
        assert analysis.capitals_only_before(offset) is expected


def test_a_byline_of_thousands_of_names_reads_each_word_a_bounded_number_of_times(monkeypatch):
    # One sentence, no small letter: asking for each of its names must not read the
    # sentence again from its start (quadratic: 49 s for 18,000 names).
    from newsparse_quotes import segment

    scanned = []

    class CountingWords:
        def finditer(self, text, start, end):
            scanned.append(end - start)
            return WORD.finditer(text, start, end)

    WORD = segment._WORD
    monkeypatch.setattr(segment, "_WORD", CountingWords())
    text = "By " + ", ".join(f"Anna Schmidt {chr(65 + i % 26)}" for i in range(3000))
    analysis = segment.Analysis(text)
    starts = [i for i in range(1, len(text)) if text[i] == "A" and text[i - 1] == " "]
    assert all(analysis.capitals_only_before(offset) for offset in starts)
    assert sum(scanned) <= len(text)

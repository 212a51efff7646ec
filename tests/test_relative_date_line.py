"""A short line stating a time relative to the reader's is a date line in any language."""

from __future__ import annotations

import pytest

from newsparse.classify import dates
from newsparse.classify.dates import DATE_LINE_MAX_CHARS


@pytest.mark.parametrize("line", ["1 day ago", "vor 2 Stunden", "hace 3 horas", "il y a 5 minutes"])
def test_a_time_relative_to_the_reader_is_a_date_line(line):
    assert dates.is_relative_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "A day ago",  # no figure: nothing to count back
        "Jane Doe",
        "5 March 2024",  # a date, not a time relative to the reader's
        "2 Kommentare",  # a number of a word that is no unit of time
    ],
)
def test_other_lines_are_not_relative_date_lines(line):
    assert not dates.is_relative_date_line(line)


def test_a_long_line_is_a_sentence_not_a_date_line():
    # The same relative time, inside a sentence longer than any date line.
    line = "The council met 2 days ago " + "and talked " * (DATE_LINE_MAX_CHARS // 11)
    assert len(line) > DATE_LINE_MAX_CHARS
    assert dates.is_relative_date_line("2 days ago")
    assert not dates.is_relative_date_line(line)

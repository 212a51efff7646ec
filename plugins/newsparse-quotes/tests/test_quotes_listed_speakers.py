"""A list of three or more names speaks whole: ``Ann Bright, Tom Reed and Colm Varga said``.

The speaker search used to stop at the first comma and keep the last two names, and the
resolution took the part before a comma for a name with its description. A list that opens
its clause keeps every name; a place or time set off before the subject (``In Salem, …``)
and a description after a comma (``Ann Bright, a teacher,``) are no list.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Ann Bright, Tom Reed and Colm Varga said the harbour plan would fail.",
        "Ann Bright, Tom Reed, and Colm Varga said the harbour plan would fail.",
        "“The harbour plan will fail,” said Ann Bright, Tom Reed and Colm Varga.",
    ],
)
def test_every_name_of_a_list_speaks(text):
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Ann Bright, Tom Reed and Colm Varga"]
    assert quotes[0].speaker_mention.startswith("Ann Bright")


def test_each_listed_name_resolves_to_its_full_form():
    text = (
        "Ann Bright, Tom Reed and Colm Varga met the mayor on Monday. "
        "Bright, Reed and Varga said the harbour plan would fail."
    )
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Ann Bright, Tom Reed and Colm Varga"]


def test_a_place_set_off_before_the_subject_is_no_listed_name():
    quotes = find_quotes("In Salem, Tom Reed and Colm Varga said the harbour plan would fail.")
    assert [q.speaker for q in quotes] == ["Tom Reed and Colm Varga"]


def test_a_description_after_a_comma_is_no_list():
    quotes = find_quotes("Ann Bright, a teacher, and Tom Reed said the harbour plan would fail.")
    assert all("," not in (q.speaker or "") for q in quotes)

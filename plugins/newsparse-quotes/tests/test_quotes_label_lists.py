"""A label before a colon with a list after it gives values, not a statement.

``Colorado: Ryan Call, Laura Carno, Matt Chandler, Will Coyne`` (a panel by state) and
``Containers: 1 Green, 1 Purple, 1 Red, 1 tsp.`` (a recipe) are no one's words, though
they look like the headline lines ``Ann Bright: Harbour Plan Will Fail``. A list has at
least four short items; three short phrases (``Reid: Never, ever, ever give up.``) may
still be speech.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Panel members:\n\nColorado: Ryan Call, Laura Carno, Matt Chandler, Will Coyne\n\n",
        "Portion Fix Containers: 1 Green, 1 Purple, 1 Red, 1 tsp.\n\n",
        "Contributing: Iris Ouyang, Thomas Vogel, Grant Miller and Raquel Zaldivar.\n\n",
    ],
)
def test_a_list_after_a_label_is_no_quote(text):
    assert find_quotes(text) == []


def test_a_headline_line_still_reports():
    quotes = find_quotes("Ann Bright: Harbour Plan Will Fail Within a Year\n\n")
    assert [(q.speaker, q.cue) for q in quotes] == [("Ann Bright", ":")]


def test_three_short_phrases_may_be_speech():
    quotes = find_quotes("Ann Bright: Never, ever, ever give up on the harbour.\n\n")
    assert [q.speaker for q in quotes] == ["Ann Bright"]


def test_a_statement_with_long_clauses_is_no_list():
    text = (
        "Rick Terrill: I got into boats through my father, who sailed every weekend, "
        "and I have never stopped since, even in the winter months.\n\n"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Rick Terrill"]

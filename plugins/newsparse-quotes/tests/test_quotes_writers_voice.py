"""The writer's own ``I think …``, ``We found that …`` and the reader's ``You know …`` are no
quotes.

Outside quotation marks, ``I``, ``we`` and ``you`` are the voice of a column, a review, a
how-to or a letter: their verbs report no one's words. Quoted words keep their speaker (``“…,”
I said``, ``I told him it was “a disgrace”``), and ``I`` inside someone's quotation is that
person's.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "I think the new harbour is the best thing to happen to the town.",
        "After two weeks with the boat, I found that the engine runs hot in summer.",
        "We believe that the ferry will run again by the spring.",
        "You know that the pier closes at dusk in the winter months.",
        "On a calm day you might think the ferry could never sink.",
    ],
)
def test_the_writers_own_voice_is_no_report(text):
    assert find_quotes(text) == []


def test_a_reporter_named_in_the_same_sentence_is_kept():
    quotes = find_quotes("I think, Ann Bright said, that the pier will close.")
    assert [q.speaker for q in quotes] == ["Ann Bright"]


def test_the_writers_quoted_words_are_kept():
    quotes = find_quotes("“The pier is closed,” I said to the harbour master.")
    assert [(q.kind, q.speaker_mention) for q in quotes] == [("direct", "I")]


def test_a_first_person_quote_keeps_its_speaker():
    quotes = find_quotes("Ann Bright said: “I think the pier will close in May.”")
    assert [q.speaker for q in quotes] == ["Ann Bright"]


def test_the_writers_partial_quote_is_kept():
    quotes = find_quotes("I told the mayor that the plan was “a disgrace” and left.")
    assert [q.kind for q in quotes] == ["partial"]

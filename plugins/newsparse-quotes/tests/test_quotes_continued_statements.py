"""A statement that goes on in the next sentence after a few words of the writer's.

``“A,” he said. But “B.”``: the quoted words of the second sentence are the speaker's,
resumed after ``But`` (or ``It's``, or a name), so they get the statement's speaker and
cue. Quoted words in the middle of the writer's next sentence, after a long lead, or
after a reporting verb of their own stay what they were.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


def _quote_with(text: str, words: str):
    """The one quote whose content contains ``words``, or None."""
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) <= 1, [(q.kind, q.speaker, q.text) for q in find_quotes(text)]
    return found[0] if found else None


CONTINUED = [
    # (text, words of the first statement, words of its continuation, speaker)
    (
        "The mayor met the council on Monday.\n\n“We will not close the library,” Ruth Okafor"
        " said after the vote. But “the opening hours will be shorter next year.”",
        "will not close",
        "opening hours",
        "Ruth Okafor",
    ),
    (
        "The harbour reopened at noon.\n\n“It was a long night,” the captain says. It's"
        " “the worst storm this port has seen in years.”",
        "long night",
        "worst storm",
        "the captain",
    ),
    (
        "Voters queued for hours.\n\n“Turnout is higher than we expected,” said Marta Lind,"
        " the county clerk. Officials “counted every ballot twice.”",
        "Turnout is higher",
        "counted every ballot",
        "Marta Lind",
    ),
]


@pytest.mark.parametrize(("text", "first", "words", "speaker"), CONTINUED)
def test_continuation_takes_the_statement_attribution(text, first, words, speaker):
    """The continued words are a direct quote with the statement's speaker and cue."""
    statement = _quote_with(text, first)
    continued = _quote_with(text, words)
    assert continued is not None
    assert continued.kind == "direct"
    assert continued.speaker == statement.speaker == speaker
    assert continued.cue_span == statement.cue_span
    # The content is the quoted words alone, inside the marks; the lead stays out.
    assert text[continued.span.start - 1] == "“"
    assert text[continued.span.end] == "”"


NOT_CONTINUED = [
    # (text, words inside the quotation marks of the second sentence)
    # The fragment stands in the middle of the writer's sentence: scare quotes.
    (
        "“We will vote no,” Ruth Okafor said. The so-called “reform” passed anyway on Friday.",
        "reform",
    ),
    # Too many words before it: the writer's own sentence.
    (
        "“We will vote no,” Ruth Okafor said. Local papers across the region later called"
        " the plan “a quiet victory for the council.”",
        "quiet victory",
    ),
    # A title is no one's words.
    (
        "“We will vote no,” Ruth Okafor said on Sunday. Watch “Meet the Press.”",
        "Meet the Press",
    ),
    # A new paragraph: no continuation across the break.
    (
        "“We will vote no,” Ruth Okafor said.\n\nBut “the reform passed anyway on Friday.”",
        "reform passed",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_CONTINUED)
def test_other_fragments_are_not_continuations(text, words):
    """Fragments that do not resume the previous statement get none of its attribution."""
    statement = _quote_with(text, "vote no")
    fragment = _quote_with(text, words)
    assert fragment is None or fragment.cue_span != statement.cue_span


def test_a_fragment_with_its_own_verb_keeps_it():
    """``He said “A.” She replied “B.”``: a reporting verb in the lead reports anew."""
    text = "“We will vote no,” Ruth Okafor said. Tom Hale replied “the reform passed anyway.”"
    statement = _quote_with(text, "vote no")
    reply = _quote_with(text, "reform passed")
    assert reply is not None
    assert reply.cue_span != statement.cue_span
    assert reply.speaker_mention == "Tom Hale"

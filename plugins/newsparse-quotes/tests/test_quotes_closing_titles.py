"""A title set off by a comma at the end of the writer's sentence is no one's words.

``she wrote in her memoir, “Tough Choices.”``: the comma sets off an appositive, the
name of the memoir, not a statement of hers. A reporting verb right before the comma
still introduces a statement, however short and capitalised (``Hale said, “Probably.”``).
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Ann Bright wrote about the long winter in her memoir, “Cold Harbour Days.”",
        "The actor is best known for his police drama, “Night Desk.”",
        'Tom Hale described the campaign in a new documentary, "The Long Road North."',
    ],
)
def test_closing_title_is_no_statement(text):
    """The title after the appositive comma is no direct quote of the subject's."""
    title = text[text.rindex(",") + 3 : -2]
    found = find_quotes(text)
    assert not [q for q in found if q.kind == "direct"], found
    assert not [q for q in found if q.text.strip('“”".') == title.strip(".")], found


def test_short_answer_after_a_reporting_verb_stays():
    """``said, “Probably.”``: the verb before the comma introduces the speaker's answer."""
    text = "Asked whether he would run again, Tom Hale said, “Probably.”"
    direct = [q for q in find_quotes(text) if q.kind == "direct"]
    assert [(q.speaker_mention, q.text) for q in direct] == [("Tom Hale", "Probably.")]


def test_sentence_after_the_comma_is_still_a_statement():
    """A quoted sentence (not title case) after a comma keeps its attribution."""
    text = "Ann Bright wrote about the long winter in her memoir, “We burned the chairs to stay warm.”"
    direct = [q for q in find_quotes(text) if q.kind == "direct"]
    assert [q.speaker_mention for q in direct] == ["Ann Bright"]

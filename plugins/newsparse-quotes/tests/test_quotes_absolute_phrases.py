"""In an absolute phrase opened by ``with``, the noun before the participle speaks.

``The vote went ahead, with many teachers and parents chanting “…”`` was given to the
sentence subject (a participle hangs on it when the phrase before is a common noun);
the noun after ``with`` is the participle's own subject, also when a second participle
is joined to the first (``with Ann Bright tweeting that … and asking, “…”``).
"""

from __future__ import annotations

from newsparse_quotes import find_quotes


def _mentions(text, cue):
    return [q.speaker_mention for q in find_quotes(text) if q.cue == cue]


def test_the_nouns_after_with_speak():
    text = "Salem voted on the harbour plan, with many teachers and parents chanting “Keep the ferry.”"
    assert _mentions(text, "chanting") == ["many teachers and parents"]


def test_a_description_after_with_speaks():
    text = "Tom Reed launched the campaign, with one of his ads asking, “Who will pay for the pier?”"
    assert _mentions(text, "asking") == ["one of his ads"]


def test_a_second_participle_joined_to_the_first():
    text = (
        "Councillors were quick to react, with Ann Bright posting that it was a “disaster” "
        "and asking, “Who approved this?”"
    )
    assert _mentions(text, "asking") == ["Ann Bright"]


def test_the_object_of_with_before_a_comma_does_not_speak():
    text = "Ann Bright met with the teachers, saying the pier “will reopen.”"
    assert _mentions(text, "saying") == ["Ann Bright"]

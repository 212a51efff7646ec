"""A seat of government speaks for the body that sits there, whatever type it was given.

Entity recognisers often type ``White House``, ``Kremlin`` or ``Downing Street`` as places,
and a place is no speaker: ``The White House said …`` then lost its speaker, and reported
speech without one was dropped. Such a name that opens the speaker phrase speaks like an
organisation; the same name after a preposition (``officials at the White House``) or
inside a longer phrase (``the story the White House``) is still a place.
"""

from __future__ import annotations

from newsparse_quotes import find_quotes


def _loc(text, *names):
    return [(text.index(name), text.index(name) + len(name), "LOC") for name in names]


def test_a_seat_typed_as_a_place_speaks():
    text = "The White House said on Monday that the ferry talks would resume."
    quotes = find_quotes(text, entities=_loc(text, "White House"))
    assert [(q.speaker, q.cue) for q in quotes] == [("The White House", "said")]


def test_a_seat_speaks_in_a_direct_quote():
    text = "“We are ready for the talks,” the Kremlin said in a statement."
    quotes = find_quotes(text, entities=_loc(text, "Kremlin"))
    assert [q.speaker_mention for q in quotes] == ["the Kremlin"]


def test_according_to_a_seat_names_it():
    text = "The harbour will stay shut until May, according to Downing Street."
    quotes = find_quotes(text, entities=_loc(text, "Downing Street"))
    assert [q.speaker_mention for q in quotes] == ["Downing Street"]


def test_an_ordinary_place_still_does_not_speak():
    text = "Stewart Island said the ferry talks would resume."
    quotes = find_quotes(text, entities=_loc(text, "Stewart Island"))
    assert [q.speaker for q in quotes if q.cue == "said"] == []


def test_a_seat_after_a_preposition_is_a_place():
    text = "But officials at the White House opposed it."
    quotes = find_quotes(text, entities=_loc(text, "White House"))
    assert [q.speaker for q in quotes] == []


def test_a_seat_inside_a_longer_phrase_is_not_its_head():
    text = "The original story the White House is telling does not paint the full picture."
    quotes = find_quotes(text, entities=_loc(text, "White House"))
    assert [q.speaker for q in quotes] == []

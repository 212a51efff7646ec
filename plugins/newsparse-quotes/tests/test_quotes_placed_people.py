"""People set in a place speak, not the place: ``authorities in Beijing announced`` and
``nurses in 12 hospitals said`` report through the authorities and the nurses, and the
whole phrase is the speaker (its head is the people), as PolNeAR marks ``officials in
both cities``."""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes
from newsparse_quotes.resolve import is_people_noun, places_people


def _only_quote(text: str, entities=None):
    quotes = find_quotes(text, entities=entities)
    assert len(quotes) == 1, [(q.kind, q.speaker, q.text) for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nurses in 12 hospitals said that they were worn out.", "Nurses in 12 hospitals"),
        ("Dozens of women in Ohio said the new law was unfair.", "Dozens of women in Ohio"),
        ("The storm was over. Officials in both towns insisted that the dam had held.", "Officials in both towns"),
        ("All 40 farmers in a county survey expected a poor harvest.", "All 40 farmers in a county survey"),
        ("One in four drivers in the city said that the bridge felt unsafe.", "One in four drivers in the city"),
        ("Local teachers across the region warned that classes were too big.", "Local teachers across the region"),
    ],
)
def test_the_people_speak_not_their_place(text: str, speaker: str) -> None:
    quote = _only_quote(text)
    assert quote.speaker == speaker
    assert quote.speaker_mention == speaker


def test_a_place_the_recogniser_names_does_not_take_the_report() -> None:
    # "Leeds" is a place entity inside the phrase; the authorities still speak.
    text = "Health authorities in Leeds confirmed that a second case had been found."
    start = text.index("Leeds")
    quote = _only_quote(text, entities=[(start, start + len("Leeds"), "GPE")])
    assert quote.speaker == "Health authorities in Leeds"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name before the link is no people noun: its own rules still apply.
        ("Later that day, a study in 30 mice found that the drug worked.", "a study in 30 mice"),
        # A plural noun of the place that is also a reporting word ("states") before the
        # verb that reports: the phrase before it is no place, so no people are widened.
        ("A number of insiders in key early states said the governor had impressed them.", None),
    ],
)
def test_what_is_left_alone(text: str, speaker: str | None) -> None:
    speakers = [q.speaker for q in find_quotes(text)]
    if speaker is None:
        assert "A number of insiders in key" not in speakers
    else:
        assert speakers == [speaker]


def test_people_nouns_and_placed_phrases() -> None:
    assert is_people_noun("authorities")
    assert is_people_noun("economists")
    assert is_people_noun("women")
    assert not is_people_noun("hospitals")
    assert places_people("Nurses in 12 hospitals")
    assert not places_people("A study in Norway")
    assert not places_people("Ann Lee in Ohio")

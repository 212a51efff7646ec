"""The people or things a study was run on do not speak for it: ``a study in 84 women
found`` reports through the study, and the whole phrase is the speaker (its head is the
document), as PolNeAR marks ``a recent survey of Republican insiders``."""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


def _only_quote(text: str, entities=None):
    quotes = find_quotes(text, entities=entities)
    assert len(quotes) == 1, [(q.kind, q.speaker, q.text) for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A study in 84 women found that tea lowered their blood pressure.", "A study in 84 women"),
        ("Another trial aside, one study in 312 adults showed that walking helped.", "one study in 312 adults"),
        ("One review of 14 studies found that naps improve memory.", "One review of 14 studies"),
        ("A survey of 2,000 voters found that most want a new bridge.", "A survey of 2,000 voters"),
        ("One study in 96 adolescent girls found that skipping breakfast hurt.", "One study in 96 adolescent girls"),
        ("Earlier research among fishermen suggests that the nets were to blame.", "Earlier research among fishermen"),
        ("A study in Norway found that the winters were getting shorter.", "A study in Norway"),
    ],
)
def test_the_study_speaks_not_its_subjects(text: str, speaker: str) -> None:
    quote = _only_quote(text)
    assert quote.speaker == speaker
    assert quote.speaker_mention == speaker


def test_a_study_keeps_its_report_with_an_entity_recogniser() -> None:
    # The recogniser names nobody in the phrase; the study is a speaker noun, so the
    # report stays (with "older adults" as the speaker it was dropped).
    text = "In fact, one study in 24 older adults found that water before meals cut calories."
    quote = _only_quote(text, entities=[])
    assert quote.speaker == "one study in 24 older adults"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The author of a study is named by "by", which is no studied link.
        ("A study by Ann Bright found that the river was cleaner.", "Ann Bright"),
        # "on" is no studied link either: "going to the polls on Tuesday" is a time.
        ("Voters going to the polls on Tuesday said that they wanted change.", "Voters going to the polls"),
        # A link with nothing counted after it keeps the widening it had.
        ("A video of the rally shows that the crowd was small.", "A video of the rally"),
    ],
)
def test_other_links_are_left_alone(text: str, speaker: str) -> None:
    assert _only_quote(text).speaker == speaker

"""The learned speaker chooser: its candidates, its decisions and the shipped weights."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_quotes import find_quotes
from newsparse_quotes.attribution import find_attributions
from newsparse_quotes.learned import SpeakerChooser, candidates, shipped_chooser
from newsparse_quotes.segment import Analysis


def _records(text):
    analysis = Analysis(text)
    return analysis, find_attributions(analysis)


def _phrase(text, span):
    return None if span is None else text[span[0] : span[1]]


def test_shipped_weights_load():
    chooser = shipped_chooser()
    assert chooser is not None
    assert chooser.weights and "chosen_by_rules" in chooser.weights
    assert chooser.threshold >= 0.0 and chooser.margin >= 0.0
    assert 0.0 < chooser.probability({"kind_name": 1.0}) < 1.0


def test_the_rules_choice_is_a_candidate_and_quoted_names_are_not():
    text = "“Tom Reed is wrong about the budget,” Ann Bright said on Monday."
    analysis, records = _records(text)
    (record,) = records
    options = candidates(analysis, record)
    chosen = [text[c.start : c.end] for c in options if c.chosen_by_rules]
    assert chosen == ["Ann Bright"]
    assert all(c.start >= record.end or c.end <= record.start for c in options)
    assert not any("Tom" in text[c.start : c.end] for c in options)


def test_a_role_noun_comes_with_its_determiner():
    text = "“We played badly and we know it,” a tired coach of the team said after the game."
    analysis, records = _records(text)
    phrases = [text[c.start : c.end] for c in candidates(analysis, records[0])]
    assert "a tired coach" in phrases


def test_a_clear_speaker_is_kept_by_the_shipped_chooser():
    text = "“We will win this race in November,” Senator Jane Doe said."
    (quote,) = find_quotes(text)
    assert quote.speaker == "Jane Doe"


def test_the_shipped_weights_rank_the_subject_of_the_cue_first():
    text = "“We played badly and we know it,” Tom Reed told reporters after the game in Boston."
    analysis, records = _records(text)
    (record,) = records
    chooser = shipped_chooser()
    scores = {text[c.start : c.end]: chooser.probability(c.features) for c in candidates(analysis, record)}
    assert max(scores, key=scores.get) == "Tom Reed"
    without_rules = SpeakerChooser(
        {k: v for k, v in chooser.weights.items() if "rules" not in k}, chooser.bias, 0.0, 0.0
    )
    assert without_rules.probability({"kind_name": 1.0, "after_tell": 1.0}) < without_rules.probability(
        {"kind_name": 1.0, "before_cue": 1.0, "next_to_cue": 1.0, "cue_sentence": 1.0}
    )


def test_margin_decides_whether_the_rules_are_overruled():
    text = "“We will win,” he said, standing next to Ann Bright at the rally."
    analysis, records = _records(text)
    record = next(r for r in records if r.kind == "direct")
    assert _phrase(text, record.speaker) == "he"
    names_first = {"kind_name": 4.0}
    eager = SpeakerChooser(weights=names_first, bias=-2.0, margin=0.5, threshold=0.5)
    assert _phrase(text, eager.choose(analysis, record).speaker) == "Ann Bright"
    cautious = SpeakerChooser(weights=names_first, bias=-2.0, margin=0.9, threshold=0.5)
    assert cautious.choose(analysis, record) == record


def test_threshold_decides_whether_a_missing_speaker_is_given():
    text = "The coach, Tom Reed, was blunt after the loss. “We played badly and we know it, all of us.”"
    analysis, records = _records(text)
    (record,) = records
    weights = {"kind_name": 2.0}
    assert SpeakerChooser(weights, 0.0, 0.5, 1.01).choose(analysis, record).speaker is None
    given_one = SpeakerChooser(weights, 0.0, 0.5, 0.5).choose(analysis, record)
    assert _phrase(text, given_one.speaker) == "Tom Reed"


def test_an_outer_source_keeps_its_speaker():
    text = "“They don't care,” Obama said at the rally, according to a pool report by Ann Bright."
    analysis, records = _records(text)
    record = next(r for r in records if r.reported_by is not None)
    eager = SpeakerChooser({"kind_name": 9.0, "kind_role": 9.0}, 0.0, 0.0, 0.0)
    assert eager.choose(analysis, record) == record


_WORDS = st.sampled_from(["Ann", "Bright", "said", "he", "the", "coach", ",", ".", "“", "”", '"', "\n", "told", "by"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_a_chosen_speaker_is_outside_the_quoted_words(words):
    text = " ".join(words)
    analysis, records = _records(text)
    eager = SpeakerChooser({"kind_name": 5.0, "kind_pronoun": 3.0}, 0.0, 0.0, 0.0)
    for record in records:
        chosen = eager.choose(analysis, record)
        if chosen.speaker is not None and chosen.speaker != record.speaker:
            start, end = chosen.speaker
            assert 0 <= start < end <= len(text)
            assert end <= record.start or start >= record.end

"""The learned scorer: its weights file, its features and the choice of weights by length."""

from __future__ import annotations

import json

import pytest
from newsparse_summary import Weights, summarize
from newsparse_summary.features import CLOSEST_MIN_TERMS, FEATURES
from newsparse_summary.rank import (
    DEFAULT_WEIGHTS,
    SHORT_SUMMARY,
    candidate_features,
    candidates,
    summary_length,
)


def weights_text(short: list[float], long: list[float], features=FEATURES) -> str:
    return json.dumps(
        {
            "features": list(features),
            "short": {"coefficients": short, "redundancy": 0.1},
            "long": {"coefficients": long, "redundancy": 0.2},
        }
    )


def lead_only() -> list[float]:
    return [1.0 if name == "lead" else 0.0 for name in FEATURES]


def test_shipped_weights_name_the_features_this_version_computes() -> None:
    assert len(DEFAULT_WEIGHTS.short) == len(FEATURES) == len(DEFAULT_WEIGHTS.long)
    # The lead matters in both: no news summary ignores it.
    assert DEFAULT_WEIGHTS.short[FEATURES.index("lead")] > 0
    assert DEFAULT_WEIGHTS.long[FEATURES.index("lead")] > 0


def test_weights_read_back_from_json() -> None:
    weights = Weights.from_json(weights_text(lead_only(), lead_only()))
    assert weights.short == tuple(lead_only())
    assert (weights.short_redundancy, weights.long_redundancy) == (0.1, 0.2)


def test_weights_trained_on_other_features_are_refused() -> None:
    with pytest.raises(ValueError, match="other features"):
        Weights.from_json(weights_text(lead_only(), lead_only(), features=FEATURES[::-1]))
    with pytest.raises(ValueError, match="coefficients expected"):
        Weights(short=[1.0], long=lead_only())


def test_the_length_asked_for_picks_the_weights() -> None:
    weights = Weights(short=lead_only(), long=[0.0] * len(FEATURES), long_redundancy=0.5)
    assert weights.for_length(SHORT_SUMMARY) == (tuple(lead_only()), 0.0)
    assert weights.for_length(SHORT_SUMMARY + 1)[1] == 0.5


def test_summary_length_counts_a_word_budget_in_sentences() -> None:
    text = " ".join(f"Sentence number {i} has exactly seven words." for i in range(20))
    found = candidates(text)
    assert summary_length(found, 3, None) == 3
    assert summary_length(found, None, 70) == pytest.approx(10)
    assert summary_length(found, 2, 70) == 2
    assert summary_length(found, None, None) == 3


def test_weights_change_the_choice() -> None:
    text = (
        "The first sentence sets the scene in a quiet street of the old town. "
        "A second sentence adds some colour about the weather that morning. "
        "Council approves the new rail link after a vote on Tuesday night."
    )
    headline = [5.0 if name == "headline" else 0.0 for name in FEATURES]
    by_headline = Weights(short=headline, long=headline)
    assert summarize(text, 1, weights=Weights(short=lead_only(), long=lead_only())) == [
        "The first sentence sets the scene in a quiet street of the old town."
    ]
    assert summarize(text, 1, title="Council approves rail link", weights=by_headline) == [
        "Council approves the new rail link after a vote on Tuesday night."
    ]


def test_features_describe_quotes_and_position() -> None:
    text = (
        "The mayor opened the bridge on Monday morning. "
        "“It is a great day for the town. We waited years,” she said. "
        "Is it worth the money?"
    )
    found = candidates(text)
    rows, _ = candidate_features(found, "Mayor opens bridge")
    column = {name: [row[i] for row in rows] for i, name in enumerate(FEATURES)}
    assert [c.text for c in found][:2] == [
        "The mayor opened the bridge on Monday morning.",
        "“It is a great day for the town.",
    ]
    assert column["lead"][0] == 1.0 and column["first"][0] == 1.0
    assert column["opens_quote"][1] == 1.0
    assert column["in_quote"][2] == 1.0  # "We waited years,” she said."
    assert column["question"][-1] == 1.0
    assert column["closest_to_headline"][0] == 1.0


def test_decay_shapes_the_lead_prior() -> None:
    text = " ".join(f"Sentence number {i} of the story has eight words." for i in range(5))
    found = candidates(text)
    lead = FEATURES.index("lead")
    for decay in (0.5, 1.0, 2.5):
        rows, _ = candidate_features(found, None, decay)
        assert [row[lead] for row in rows] == pytest.approx([(1 + k) ** -decay for k in range(5)])


def test_weights_read_the_decay_and_default_to_one() -> None:
    data = json.loads(weights_text(lead_only(), lead_only()))
    assert Weights.from_json(json.dumps(data)).short_decay == 1.0
    data["short"]["decay"] = 2.5
    weights = Weights.from_json(json.dumps(data))
    assert (weights.short_decay, weights.long_decay) == (2.5, 1.0)
    assert weights.decay_for(3) == 2.5 and weights.decay_for(SHORT_SUMMARY + 1) == 1.0


@pytest.mark.parametrize("decay", [0.0, -1.0, float("nan")])
def test_a_decay_that_is_not_positive_is_refused(decay: float) -> None:
    with pytest.raises(ValueError, match="short_decay"):
        Weights(short=lead_only(), long=lead_only(), short_decay=decay)


def test_a_steep_decay_lets_a_short_sentence_take_the_last_place() -> None:
    text = (
        "The council approved the new rail link after a long vote on Tuesday night. "
        "The line will run from the harbour to the airport by the end of next year. "
        "Officials from the three towns along the route spent most of the autumn arguing "
        "over where the stations should go and who should pay for the car parks. "
        "Work starts in May."
    )
    shorter = [1.0 if name == "lead" else -0.1 if name == "words" else 0.0 for name in FEATURES]
    gentle = Weights(short=shorter, long=shorter, short_decay=1.0)
    steep = Weights(short=shorter, long=shorter, short_decay=2.5)
    assert summarize(text, 3, weights=gentle)[-1].startswith("Officials from the three towns")
    assert summarize(text, 3, weights=steep)[-1] == "Work starts in May."


def scene_column(text: str, title: str) -> list[float]:
    rows, _ = candidate_features(candidates(text), title)
    return [row[FEATURES.index("scene_point")] for row in rows]


def test_scene_point_marks_the_point_only_when_the_opening_misses_the_headline() -> None:
    scene = (
        "The queue had formed long before dawn outside the shuttered bakery. "
        "Food banks across the city are running short as winter demand doubles. "
        "Volunteers say many of the people queueing have jobs."
    )
    news = (
        "Food banks across the city are running short as winter demand doubles. "
        "The queue had formed long before dawn outside the shuttered bakery. "
        "Volunteers say many of the people queueing have jobs."
    )
    title = "City food banks run short as demand doubles"
    assert scene_column(scene, title) == [0.0, 1.0, 0.0]
    assert scene_column(news, title) == [0.0, 0.0, 0.0]  # the opening is the point
    assert scene_column(scene, "") == [0.0, 0.0, 0.0]  # no headline, no scene


def test_a_sentence_of_a_few_terms_is_never_the_point_of_a_scene() -> None:
    # Two headline words in a four-word pointer give it the highest cosine; the point is
    # the full sentence that shares the headline's terms.
    text = (
        "Rain had soaked the track long before the first start on Saturday morning. "
        "The best runners of seven northern clubs met in the city stadium to decide their "
        "champions. "
        "Most races were close until the final bend. "
        "Find the champions here."
    )
    title = "Northern clubs find their champions"
    found = candidates(text)
    rows, _ = candidate_features(found, title)
    headline = [row[FEATURES.index("headline")] for row in rows]
    assert headline[3] > headline[1] > 0
    assert len(set(found[3].terms)) < CLOSEST_MIN_TERMS
    assert scene_column(text, title) == [0.0, 1.0, 0.0, 0.0]

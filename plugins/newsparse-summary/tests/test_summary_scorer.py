"""The learned scorer: its weights file, its features and the choice of weights by length."""

from __future__ import annotations

import json

import pytest
from newsparse_summary import Weights, summarize
from newsparse_summary.features import FEATURES
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

"""The body-line model, its sequence decoding, and the compiled phrase rules."""

import math
import re

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import patterns as P
from newsparse.classify import body_model
from newsparse.classify.boilerplate import Rules, fold
from newsparse.classify.pipeline import first_pass
from newsparse.loaders.text import load_text
from newsparse.models.text_lines import MODEL

scores = st.lists(st.floats(min_value=-20, max_value=20, allow_nan=False), max_size=60)


@given(scores, st.floats(min_value=0, max_value=10))
def test_decode_is_aligned_and_follows_certain_evidence(values, cost):
    path = body_model.decode(values, cost)
    assert len(path) == len(values)
    # All positive and worth more than entering: the whole page (entering later only loses).
    if values and min(values) > 1e-6 and sum(values) > cost + 1e-6:
        assert all(path)
    if all(v <= 0 for v in values):
        assert not any(path)


@given(scores)
def test_decode_without_switch_cost_is_the_sign(values):
    path = body_model.decode(values, 0.0)
    # (Values too small to change a float sum tie, and ties may go either way.)
    assert all(b == (v > 0) for v, b in zip(values, path) if abs(v) > 1e-6)


@given(scores, st.floats(min_value=0, max_value=10))
def test_decode_finds_the_best_path(values, cost):
    # The decoded path scores at least as well as every single run of body blocks.
    def total(path):
        gain = sum(v for v, b in zip(values, path) if b)
        switches = sum(1 for a, b in zip([False] + path, path) if a != b)
        return gain - cost * switches

    best = total(body_model.decode(values, cost))
    n = len(values)
    for i in range(n):
        for j in range(i + 1, min(n, i + 8) + 1):
            run = [i <= k < j for k in range(n)]
            assert best >= total(run) - 1e-9


def test_a_switch_cost_bridges_a_weak_gap():
    assert body_model.decode([3.0, -0.5, 3.0], 1.0) == [True, True, True]
    assert body_model.decode([3.0, -5.0, 3.0], 1.0) == [True, False, True]


PAGE = "\n".join(
    ["Headline of the story - Site"]
    + ["Menu", "Home", "World", "Sport"]
    + ["Headline of the story"]
    + ["A sentence of the body that goes on for a while, as bodies do, with commas and words."] * 6
    + ["Comments", "Bob on May 1 said:", "Nice."]
)


def _columns(text):
    document = load_text(text)
    first = first_pass(document, Rules.from_pairs(P.BOILERPLATE_PHRASES))
    page = body_model.BodyPage(first.measures, first.decisions, [w > 0 for w in first.weights], first.region)
    return document, page, body_model.feature_columns(page)


def test_features_are_aligned_and_finite():
    document, _, columns = _columns(PAGE)
    assert len(columns) == len(body_model.FEATURES)
    assert all(len(c) == len(document.blocks) for c in columns)
    assert all(math.isfinite(v) for c in columns for v in c)
    column = dict(zip(body_model.FEATURE_NAMES, columns))
    # The headline repeats the <title> line; what follows it is below the anchor.
    assert column["is_anchor"][5] == 1.0
    assert column["after_anchor"][6] == 1.0 and column["after_anchor"][2] == 0.0
    assert column["after_comments"][-1] == 1.0 and column["after_comments"][6] == 0.0
    assert column["comment_header"][-2] == 1.0


def test_shipped_model_reads_prose_as_body():
    _, page, _ = _columns(PAGE)
    z = body_model.log_odds(page, MODEL["weights"])
    assert all(v > 0 for v in z[6:12])
    assert all(v < 0 for v in z[1:5])


def test_features_are_declared_once_and_read_existing_measures():
    names = body_model.FEATURE_NAMES
    assert len(set(names)) == len(names)
    _, page, _ = _columns(PAGE)
    for feature in body_model.FEATURES:
        value = getattr(page, feature.measure)
        if feature.read is body_model.Read.PAGE:
            assert isinstance(value, float), feature
        elif feature.read is body_model.Read.RUN:
            assert value is None or len(value) == 2, feature
        else:
            assert len(value) == page.size, feature


def test_model_names_only_known_features():
    assert set(MODEL["weights"]) == set(body_model.FEATURE_NAMES)
    assert MODEL["switch_cost"] >= 0


def _reference_reason(pairs, folded):
    # What Rules promises: the reason of the first pair (in order) whose pattern is found.
    if len(folded) > P.BOILERPLATE_MAX_CHARS:
        return None
    for pattern, reason in pairs:
        if re.search(pattern, folded, re.IGNORECASE):
            return reason
    return None


phrase_texts = st.one_of(
    st.text(max_size=80),
    st.lists(
        st.sampled_from(
            ["share", "this", "article", "cookies", "we", "use", "accept", "advertisement",
             "skip", "to", "main", "content", "sign", "up", "for", "our", "newsletter", "©",
             "2024", "all", "rights", "reserved", "comments", "read", "more", "the", "story"]
        ),
        max_size=8,
    ).map(" ".join),
)


@given(phrase_texts)
def test_rules_match_the_first_pair_that_matches(text):
    folded = fold(text)
    rules = Rules.from_pairs(P.BOILERPLATE_PHRASES)
    found = rules.reason(folded)
    expected = _reference_reason(P.BOILERPLATE_PHRASES, folded)
    # Screened and split matching may only pick a pair that also matches, never invent one.
    assert (found is None) == (expected is None)


def test_rules_keep_case_insensitive_patterns_from_plugins():
    rules = Rules.from_pairs([(r"\bDownload the App\b", "promotion")])
    assert rules.reason(fold("Download the app for alerts")) == "promotion"


def test_a_paragraph_opening_the_text_anchors_nothing():
    # Crawler text opens with the page's title, which the headline repeats lower down; a
    # text that opens with a paragraph has no title to repeat, even when a later paragraph
    # happens to begin like it.
    sentence = "The minister said on Monday that the plan would be delayed until the end of the year."
    texts = [" ".join([sentence] * 4), " ".join([sentence] * 2), " ".join([sentence] * 3)]
    article = newsparse.Parser(load_entrypoints=False).parse("\n\n".join(texts), format="text")
    assert [p.text for p in article.body] == texts

"""The classifier's whole-page fast paths give exactly what the per-block definitions give."""

import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from oracles import feature_rows, measure, row_log_odds

from newsparse import patterns as P
from newsparse.classify import body_model
from newsparse.classify.boilerplate import Rules, fold, fold_lowered
from newsparse.classify.features import measure_all
from newsparse.classify.pipeline import first_pass
from newsparse.document import InputBlock
from newsparse.loaders.text import load_text
from newsparse.model import Span
from newsparse.models.text_lines import MODEL

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
RULES = Rules.from_pairs(P.BOILERPLATE_PHRASES)

lines_of_text = st.lists(
    st.text(alphabet=st.sampled_from(list("aZ É.,:?|»-—\"'Ωй1 _İſ()©字")), min_size=1, max_size=40),
    min_size=1,
    max_size=40,
)


def _pages():
    yield from (path.read_text(encoding="utf-8") for path in SEEDS)
    yield "Headline - Site\nMenu\nHeadline\nBy Jane Doe\n" + "A sentence of the story, with words. " * 9


def _page(document):
    first = first_pass(document, RULES)
    prose = [w > 0 for w in first.weights]
    page = body_model.BodyPage(first.measures, first.decisions, prose, first.region)
    return page, feature_rows(document.blocks, first.decisions, prose, first.region)


def _check(document, weights=MODEL["weights"]):
    blocks = document.blocks
    if not blocks:
        return
    measures = measure_all(blocks)
    expected = [measure(b) for b in blocks]
    for name in expected[0]:
        assert getattr(measures, name) == [m[name] for m in expected], name
    page, rows = _page(document)
    columns = body_model.feature_columns(page)
    assert len(columns) == len(body_model.FEATURES)
    # Windows are sums of prefix differences rather than of slices: equal up to rounding.
    for feature, column in zip(body_model.FEATURES, columns):
        assert column == pytest.approx([row[feature.name] for row in rows], rel=1e-9, abs=1e-9), feature
    # The scorer regroups the same sums.
    expected = row_log_odds(rows, weights)
    assert body_model.log_odds(page, weights) == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_pages_score_as_their_definition():
    for text in _pages():
        _check(load_text(text))


@given(lines_of_text)
def test_generated_pages_score_as_their_definition(texts):
    _check(load_text("\n".join(texts)))


# Pages of many short words seen several times each: more candidates for the page's own
# common words than are kept, with ties in their counts.
short_word_lines = st.lists(
    st.lists(st.sampled_from([f"{a}{b}" for a in "abcdefg" for b in "xyz"] + ["longword"]),
             min_size=1, max_size=30).map(" ".join),
    min_size=1,
    max_size=30,
)


@given(short_word_lines)
def test_a_pages_own_common_words_score_as_their_definition(texts):
    _check(load_text("\n".join(texts)))


@given(st.lists(st.floats(min_value=-5, max_value=5, allow_nan=False), min_size=1, max_size=39))
def test_any_weights_score_as_their_definition(weights):
    _check(load_text(next(iter(_pages()))), dict(zip(body_model.FEATURE_NAMES, weights)))


@given(lines_of_text)
def test_batched_phrase_rules_agree_with_one_by_one(texts):
    folded = [fold(t) for t in texts + ["share", "we use cookies", "Subscribe now", "ie 11 is not supported"]]
    assert RULES.reasons(folded) == [RULES.reason(f) for f in folded]


@given(st.text(alphabet=st.sampled_from(list("aZ É\nb_1.Ωй-Ё\tİ")), max_size=30))
def test_capitals_are_counted_as_before(text):
    before = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ]")
    assert [m.span() for m in P.CAPITALISED_WORD.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_window_sizes_match_their_definition():
    for n in range(40):
        for w in range(25):
            expected = [(min(n, i + w + 1)) - (i - w if i > w else 0) for i in range(n)]
            assert body_model._window_sizes(n, w) == expected
            assert body_model._window_sizes(n, w, 1) == [max(c - 1, 1) for c in expected]


def test_scores_stay_finite():
    page, _ = _page(load_text(next(iter(_pages()))))
    assert all(math.isfinite(v) for v in body_model.log_odds(page, MODEL["weights"]))


@given(st.lists(st.sampled_from(["byline", "by-line", "post-author", "authors", "author__name", "writer",
                                 "reporter", "x", "b-y", "auth", "by", "-", "_", "meta"]), max_size=6))
def test_byline_hints_always_spell_a_screened_word(tokens):
    from newsparse.classify.markup import _BYLINE_HINTS

    hints = " ".join(tokens)
    if _BYLINE_HINTS.search(hints) is not None:
        assert any(word in hints for word in ("by", "author", "writer", "reporter"))


@given(st.text(alphabet=st.sampled_from(list("ab \t\n\xa0\u2028\u3000\x1c\x85é")), max_size=30))
def test_folding_a_lowered_block_is_folding(text):
    low = text.lower().strip()
    assert fold_lowered(low) == fold(low)


@given(st.text(
    alphabet=st.characters(max_codepoint=0x7F) | st.sampled_from(list("é字_İ’“”—–…«»¿¡©°€½²\u0308\u00a0\u2028\ud800")) | st.characters(),
    max_size=40,
))
def test_words_are_what_the_word_pattern_finds(text):
    block = load_text(text.replace("\n", " ").replace("\r", " ") + " x").blocks[0]
    assert measure_all([block]).words[0] == P.WORD.findall(block.text.lower())


_WORDY = st.characters(max_codepoint=0x7F) | st.sampled_from(list("é字_’“—\u00a0\u2028\ud800\n"))


@given(st.lists(st.text(alphabet=_WORDY, max_size=20), max_size=6))
def test_a_pages_words_are_what_the_word_pattern_finds_line_by_line(texts):
    # Measured a page at a time; blocks made by hand may even hold newlines.
    blocks = [InputBlock(text=t, span=Span(0, len(t))) for t in texts]
    assert measure_all(blocks).words == [P.WORD.findall(t.lower()) for t in texts]

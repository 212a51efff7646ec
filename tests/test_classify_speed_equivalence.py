"""The classifier's whole-page fast paths give exactly what the per-block definitions give."""

import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import patterns as P
from newsparse.classify import lines, score
from newsparse.classify.boilerplate import Rules, fold, fold_lowered
from newsparse.classify.features import measure, measure_all
from newsparse.document import InputBlock
from newsparse.model import Span
from newsparse.classify.pipeline import classify_with, decide, first_pass
from newsparse.loaders.text import load_text
from newsparse.models.text_lines import MODEL

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
RULES = Rules.from_pairs(P.BOILERPLATE_PHRASES)
# The shipped model may have no contextual stage; the scorers of one are checked with these.
CONTEXT_WEIGHTS = MODEL.get("context_weights") or {
    name: (-1) ** k * (0.25 + k / 10) for k, name in enumerate(lines.CONTEXT_FEATURES)
}

lines_of_text = st.lists(
    st.text(alphabet=st.sampled_from(list("aZ É.,:?|»-—\"'Ωй1 _İſ()©字")), min_size=1, max_size=40),
    min_size=1,
    max_size=40,
)


def _document(text):
    return load_text(text)


def _pages():
    yield from (path.read_text(encoding="utf-8") for path in SEEDS)
    yield "Headline - Site\nMenu\nHeadline\nBy Jane Doe\n" + "A sentence of the story, with words. " * 9


def _check(document):
    blocks = document.blocks
    if not blocks:
        return
    assert measure_all(blocks).feats == [measure(b) for b in blocks]
    first = first_pass(document, RULES)
    prose = [w > 0 for w in first.weights]
    rows = lines.sequence_features(blocks, first.feats, first.decisions, prose, first.region)
    columns = lines.sequence_columns(blocks, None, first.decisions, prose, first.region, first.measures)
    assert [list(r) for r in zip(*columns)] == rows
    z = lines.log_odds(rows, MODEL["weights"])
    assert lines.column_log_odds(columns, MODEL["weights"]) == z
    context = lines.context_features(z, rows)
    assert [list(r) for r in zip(*lines.context_columns(z, columns[1]))] == context
    assert lines.column_log_odds(
        lines.context_columns(z, columns[1]), CONTEXT_WEIGHTS, lines.CONTEXT_FEATURES
    ) == lines.log_odds(context, CONTEXT_WEIGHTS, lines.CONTEXT_FEATURES)
    _check_fused(document, first, prose, z, columns, {**MODEL, "context_weights": CONTEXT_WEIGHTS})


def _check_fused(document, first, prose, z, columns, model):
    # The page scorer regroups the same sums: equal up to float rounding.
    log_chars = []
    fused = score.body_log_odds(
        document.blocks, first.measures, first.decisions, prose, first.region, model["weights"], log_chars
    )
    assert log_chars == columns[1]
    assert fused == pytest.approx(z, rel=1e-9, abs=1e-9)
    fused = score.body_log_odds(
        document.blocks, first.measures, first.decisions, prose, first.region, model["weights"],
        skip_decided=True,
    )
    # Blocks the first pass decided are not scored (the decoding leaves them out).
    open_blocks = [i for i, d in enumerate(first.decisions) if d is None]
    assert [fused[i] for i in open_blocks] == pytest.approx([z[i] for i in open_blocks], rel=1e-9, abs=1e-9)
    assert all(fused[i] == 0.0 for i, d in enumerate(first.decisions) if d is not None)


def test_a_model_with_a_context_stage_decides_as_its_evaluation_does():
    model = {**MODEL, "context_weights": CONTEXT_WEIGHTS}
    for text in _pages():
        document = _document(text)
        first = first_pass(document, RULES)
        prose = [w > 0 for w in first.weights]
        rows = lines.sequence_features(document.blocks, first.feats, first.decisions, prose, first.region)
        assert classify_with(document, RULES, model) == decide(document, first, rows, model)


def test_pages_score_the_same_by_columns_and_by_rows():
    for text in _pages():
        _check(_document(text))


@given(lines_of_text)
def test_generated_pages_score_the_same_by_columns_and_by_rows(texts):
    _check(_document("\n".join(texts)))


@given(st.lists(st.floats(min_value=-5, max_value=5, allow_nan=False), min_size=1, max_size=39))
def test_any_weights_score_the_same(weights):
    document = _document(next(iter(_pages())))
    first = first_pass(document, RULES)
    prose = [w > 0 for w in first.weights]
    columns = lines.sequence_columns(document.blocks, None, first.decisions, prose, first.region, first.measures)
    model = dict(zip(lines.FEATURES, weights))
    rows = [list(r) for r in zip(*columns)]
    z = lines.log_odds(rows, model)
    assert lines.column_log_odds(columns, model) == z
    context_weights = dict(zip(lines.CONTEXT_FEATURES, reversed(weights)))
    _check_fused(document, first, prose, z, columns, {"weights": model, "context_weights": context_weights})


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
            assert lines._window_sizes(n, w) == expected
            assert lines._window_sizes(n, w, 1) == [max(c - 1, 1) for c in expected]


def test_scores_stay_finite():
    document = _document(next(iter(_pages())))
    first = first_pass(document, RULES)
    prose = [w > 0 for w in first.weights]
    columns = lines.sequence_columns(document.blocks, None, first.decisions, prose, first.region, first.measures)
    assert all(math.isfinite(v) for v in lines.column_log_odds(columns, MODEL["weights"]))


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

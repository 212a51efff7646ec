"""The body model's log-odds for every block of a page, summed as the features are read.

:mod:`newsparse.classify.lines` defines the model's inputs column by column, the form
training needs. Scoring a page does not need the columns. The model is linear, so:

- a block's own terms are added up as they are computed, in one pass over the page;
- features that are windows of the same width over different measures share one window
  (the mean of a weighted sum is the weighted sum of the means);
- the length bins collapse into one lookup, and the page-wide features into one constant;
- the features that hold over a run of blocks (inside the densest prose, below the title,
  below the comments) are added run by run.

The result equals ``column_log_odds(sequence_columns(...))`` up to float rounding. (A
model with a contextual second stage applies it in the column form of
:mod:`~newsparse.classify.lines`; the shipped model has none.)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from itertools import accumulate, repeat
from operator import add, mul, truediv

from .. import patterns as P
from ..document import Decision, InputBlock
from .lines import _LENGTH_BINS, FEATURES, NEAR, WIDE, _comments_start, _title_anchor, window_means

_LOG_ODDS_LIMIT = 30.0


def body_log_odds(
    blocks: Sequence[InputBlock],
    measures,
    decisions: Sequence[Decision | None],
    prose: Sequence[bool],
    region: tuple[int, int],
    weights: Mapping[str, float],
    log_chars_out: list[float] | None = None,
    *,
    skip_decided: bool = False,
) -> list[float]:
    """The first model's log-odds of each block being body, clamped to [-30, 30].


    Args:
        blocks: the document's blocks.
        measures: their :class:`~newsparse.classify.features.Measures`.
        decisions: the first pass's verdicts, None where there was none.
        prose: whether each block reads as prose on its own.
        region: the half-open densest run of prose.
        weights: the model's weight for each name of
            :data:`~newsparse.classify.lines.FEATURES` (missing names weigh 0). They are
            read once per mapping: change a model by making a new mapping.
        log_chars_out: a list that receives each block's ``log_chars`` measure, which a
            context model reads.
        skip_decided: score 0.0 for the blocks the first pass decided (``decisions[i]``
            is not None) instead of computing a score nobody reads: the decoding leaves
            them out, and only a context model would look at them.

    Returns:
        One log-odds per block.
    """
    n = len(blocks)
    if n == 0:
        return []
    w, bins = _prepared(weights)
    texts, chars, counts = measures.texts, measures.chars, measures.counts
    terms, stop = measures.terminal, measures.stopword_ratios
    dense = [0 if t.isascii() else len(P.DENSE_SCRIPT.findall(t)) for t in texts]
    if any(dense):
        log_chars = [math.log1p(c + d) for c, d in zip(chars, dense)]
    else:
        log_chars = list(map(math.log1p, chars))
    if log_chars_out is not None:
        log_chars_out[:] = log_chars
    terminal = [1.0 if t else 0.0 for t in terms]
    phrase = [0.0 if d is None or d.label != "boilerplate" or d.reason == "duplicate" else 1.0 for d in decisions]

    # Page-wide features and the page-mean part of rel_log_chars, as one constant.
    mean_log = sum(log_chars) / n
    anchor = _title_anchor(texts, measures.lows)
    constant = (
        w["bias"]
        + w["no_stopwords_page"] * (1.0 if sum(stop) / n < 0.02 else 0.0)
        + w["no_anchor"] * (1.0 if anchor is None else 0.0)
        + w["page_prose_share"] * (sum(1 for p in prose if p) / n)
        - w["rel_log_chars"] * mean_log
    )
    runs = _runs(n, [
        (region[0], region[1], w["in_region"]),
        (anchor + 1, n, w["after_anchor"]) if anchor is not None else None,
        (anchor, anchor + 1, w["is_anchor"]) if anchor is not None else None,
        (c, n, w["after_comments"]) if (c := _comments_start(texts, region, measures.lows)) is not None else None,
    ], constant)

    # What a block's neighbours and its place on the page add: windows of log_chars without
    # the block itself (two widths), one window over the weighted sum of the measures the
    # wide window averages, the previous and next blocks, and the runs. Summed with map()
    # over operator functions, without a Python loop.
    mixed = [
        w["win5_terminal"] * t + w["win5_stopwords"] * s + w["win5_prose"] * (1.0 if p else 0.0)
        + w["win5_phrase"] * f
        for t, s, p, f in zip(terminal, stop, prose, phrase)
    ]
    log_prefix = list(accumulate(log_chars, initial=0.0))
    near = window_means(log_prefix, n, NEAR, log_chars)
    wide = window_means(log_prefix, n, WIDE, log_chars)
    wide_mixed = window_means(list(accumulate(mixed, initial=0.0)), n, WIDE, None)
    previous = [0.0, *map(add, map(mul, repeat(w["prev_log_chars"]), log_chars), map(mul, repeat(w["prev_terminal"]), terminal))]
    following = [*map(add, map(mul, repeat(w["next_log_chars"]), log_chars), map(mul, repeat(w["next_terminal"]), terminal)), 0.0]
    del following[0]
    around = runs
    for part in (
        previous, following, map(mul, repeat(w["win2_log_chars"]), near),
        map(mul, repeat(w["win5_log_chars"]), wide), wide_mixed,
        map(mul, repeat(w["position"]), map(truediv, range(n), repeat(n))),
    ):
        around = map(add, around, part)
    around = list(around)

    bin_limits = _LENGTH_BINS
    w_chars = w["log_chars"] + w["rel_log_chars"]
    w_words, w_term, w_stop, w_caps = w["log_words"], w["terminal"], w["stopwords"], w["capitals"]
    w_commas, w_phrase, w_dup, w_bullet = w["commas"], w["phrase"], w["duplicate"], w["bullet"]
    w_colon, w_sep, w_prose = w["colon_or_question"], w["separators"], w["prose"]
    w_header, w_dense = w["comment_header"], w["dense_script"]
    # In ASCII text the separator pattern can only find "|" or " / ".
    bullets, separator, header = P.BULLETS, P.LINK_SEPARATOR.search, P.COMMENT_HEADER.search
    log1p = math.log1p
    limit = _LOG_ODDS_LIMIT
    # Blocks the first pass settled are left out of the decoding: their score is never
    # read, only their measures (through the windows of their neighbours).
    out = [
        0.0 if skip_decided and d is not None else limit if (z := (
            r + w_chars * lc + w_words * lw + (w_term if tm else 0.0) + w_stop * s + w_caps * cp
            + (w_commas * min(1.0, cm / (k + 1) * 5) if cm else 0.0)
            + (bins[0] if c < bin_limits[0] else bins[1] if c < bin_limits[1] else bins[2]
               if c < bin_limits[2] else bins[3] if c < bin_limits[3] else bins[4]
               if c < bin_limits[4] else 0.0)
            + w_phrase * f
            + (w_dup if d is not None and d.reason == "duplicate" else 0.0)
            + (w_bullet if bl else 0.0)
            + ((w_colon + (w_header if c < 160 and t[-1:] == ":" and header(t) else 0.0)) if co else 0.0)
            + (w_sep if c < 200 and (("|" in t or " / " in t) if t.isascii() else separator(t)) else 0.0)
            + (w_prose if p else 0.0)
            + (w_dense * (e / c) if e else 0.0)
        )) > limit else -limit if z < -limit else z
        for t, c, k, lw, cm, bl, co, tm, s, cp, lc, f, d, p, e, r in zip(
            texts, chars, counts, map(log1p, counts), map(str.count, texts, repeat(",")),
            map(str.startswith, texts, repeat(bullets)), map(str.endswith, texts, repeat((":", "?"))),
            terms, stop, measures.capitalised_ratios, log_chars, phrase, decisions, prose, dense, around,
        )
    ]
    return out


# Weights as floats by name, and the bins' sums, for the last few weight mappings seen:
# building them was a tenth of the cost of scoring a short page. Keyed by identity, with
# the mapping kept so that a recycled id never answers for another.
_recent_weights: dict[int, tuple[Mapping[str, float], dict[str, float], list[float]]] = {}


def _prepared(weights: Mapping[str, float]) -> tuple[dict[str, float], list[float]]:
    found = _recent_weights.get(id(weights))
    if found is not None and found[0] is weights:
        return found[1], found[2]
    w = {name: float(weights.get(name, 0.0)) for name in FEATURES}
    if len(_recent_weights) >= 16:
        _recent_weights.clear()
    _recent_weights[id(weights)] = (weights, w, _bin_weights(w))
    return w, _recent_weights[id(weights)][2]


def _bin_weights(w: Mapping[str, float]) -> list[float]:
    """What the length bins add for a block in each bin: a block under a limit is under
    every larger one too."""
    names = [f"chars_lt_{limit}" for limit in _LENGTH_BINS]
    return [sum(w[name] for name in names[k:]) for k in range(len(names))]


def _runs(n: int, runs: list[tuple[int, int, float] | None], base: float) -> list[float]:
    """``base`` for every block, plus each run's weight over its half-open range."""
    out = [base] * n
    for run in runs:
        if run is None or run[2] == 0.0:
            continue
        start, end, weight = max(0, run[0]), min(n, run[1]), run[2]
        if start < end:
            out[start:end] = [v + weight for v in out[start:end]]
    return out

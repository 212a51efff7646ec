"""Scoring every block as body or not with a small linear model over the whole page.

Each block is described by what it is on its own (length, punctuation, function words,
capitals, phrase and repeat verdicts), by the blocks around it (averages over windows of
one, two and five blocks either side: a short line among long paragraphs is a subheading,
a long line among short ones is a teaser), and by where it stands on the page (after the
repeated page title, inside the densest run of prose, below a comment-section marker).
A logistic model turns that into the probability that the block belongs to the article
body, and :func:`decode` picks the body as a sequence: each switch between body and
not-body costs, so isolated verdicts give way to their surroundings.

Everything is linear in the number of blocks: windows use prefix sums, and the model is
a dot product. The weights live in :mod:`newsparse.models.text_lines` as plain data,
written by ``scripts/train_text_classifier.py``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate, repeat
from operator import mul, sub, truediv

from .. import patterns as P
from ..document import Decision, InputBlock
from .features import BlockFeatures

#: The names of the model's inputs, in order. A model maps each name to its weight.
FEATURES = (
    "bias",
    "log_chars",
    "log_words",
    "terminal",
    "stopwords",
    "capitals",
    "commas",
    "no_stopwords_page",
    "chars_lt_20",
    "chars_lt_40",
    "chars_lt_80",
    "chars_lt_150",
    "chars_lt_300",
    "phrase",
    "duplicate",
    "bullet",
    "colon_or_question",
    "separators",
    "prose",
    "in_region",
    "position",
    "after_anchor",
    "is_anchor",
    "no_anchor",
    "after_comments",
    "comment_header",
    "dense_script",
    "prev_log_chars",
    "next_log_chars",
    "prev_terminal",
    "next_terminal",
    "win2_log_chars",
    "win5_log_chars",
    "win5_terminal",
    "win5_stopwords",
    "win5_prose",
    "win5_phrase",
    "page_prose_share",
    "rel_log_chars",
)

# Window half-widths: the nearest neighbours, and the +/-5 lines whose average length
# measured as the strongest single signal on crawler text.
NEAR = 2
WIDE = 5
# The bins of line length: a menu item, a label, a title, a sentence, a short paragraph.
_LENGTH_BINS = (20, 40, 80, 150, 300)
# The page's <title> line opens crawler text; its headline part repeats lower down, just
# above the article. Shorter repeats are too common ("Home", "News") to anchor on.
ANCHOR_MIN_CHARS = 15
# A first line longer than a headline (the title search's bound) is a paragraph, not the
# page's title: nothing anchors on it.
ANCHOR_MAX_TITLE_CHARS = 250


def sequence_features(
    blocks: Sequence[InputBlock],
    feats: Sequence[BlockFeatures],
    decisions: Sequence[Decision | None],
    prose: Sequence[bool],
    region: tuple[int, int],
) -> list[list[float]]:
    """Describe every block for the body model; rows are aligned with ``FEATURES``.

    Args:
        blocks: the document's blocks.
        feats: their measures.
        decisions: the first pass's verdicts (phrase rules, repeats, markup), None where
            there was none.
        prose: whether each block reads as prose on its own.
        region: the half-open densest run of prose, ``(start, end)``.

    Returns:
        One row of floats per block.
    """
    if not blocks:
        return []
    return [list(row) for row in zip(*sequence_columns(blocks, feats, decisions, prose, region))]


def sequence_columns(
    blocks: Sequence[InputBlock],
    feats: Sequence[BlockFeatures] | None,
    decisions: Sequence[Decision | None],
    prose: Sequence[bool],
    region: tuple[int, int],
    measures: object | None = None,
) -> list[list[float]]:
    """The columns of :func:`sequence_features`: one list per name of ``FEATURES``.

    ``measures`` (a :class:`~newsparse.classify.features.Measures`) may stand in for
    ``feats``.
    """
    n = len(blocks)
    if n == 0:
        return [[] for _ in FEATURES]
    if measures is not None:
        texts, chars, words = measures.texts, measures.chars, measures.counts
        terms, stop, caps = measures.terminal, measures.stopword_ratios, measures.capitalised_ratios
    else:
        texts = [b.text for b in blocks]
        chars = [f.chars for f in feats]
        words = [f.words for f in feats]
        terms = [f.terminal for f in feats]
        stop = [f.stopword_ratio for f in feats]
        caps = [f.capitalised_ratio for f in feats]
    # Length in Latin-letter equivalents: scripts without spaces count double.
    # (isascii() is a flag check: it screens out most lines at no cost.)
    dense = [0 if t.isascii() else len(P.DENSE_SCRIPT.findall(t)) for t in texts]
    log_chars = [math.log1p(c + d) for c, d in zip(chars, dense)]
    terminal = [1.0 if t else 0.0 for t in terms]
    prose_f = [1.0 if p else 0.0 for p in prose]
    phrase = [1.0 if d is not None and d.label == "boilerplate" and d.reason != "duplicate" else 0.0
              for d in decisions]
    pre = [_prefix(log_chars), _prefix(terminal), _prefix(stop), _prefix(prose_f), _prefix(phrase)]

    page_stop = sum(stop) / n
    # A page whose long lines carry no English function words is in another language:
    # the stopword measures say nothing there and the model must lean on the rest.
    no_stop_page = 1.0 if page_stop < 0.02 else 0.0
    page_prose = sum(prose_f) / n
    mean_log = pre[0][n] / n
    anchor = _title_anchor(texts)
    comments = _comments_start(texts, region)
    start, end = region
    # Built column by column (one comprehension per feature): the same values as a loop
    # over blocks, at about half the cost.
    idx = range(n)
    ones = [1.0] * n

    def _below(limit: int) -> list[float]:
        return [1.0 if c < limit else 0.0 for c in chars]

    def _window(p: list[float], w: int, exclude: list[float] | None) -> list[float]:
        return window_means(p, n, w, exclude)

    columns = [
        ones,
        log_chars,
        [math.log1p(w) for w in words],
        terminal,
        stop,
        caps,
        [min(1.0, t.count(",") / (w + 1) * 5) for t, w in zip(texts, words)],
        [no_stop_page] * n,
        *(_below(limit) for limit in _LENGTH_BINS),
        phrase,
        [1.0 if d is not None and d.reason == "duplicate" else 0.0 for d in decisions],
        [1.0 if t.startswith(P.BULLETS) else 0.0 for t in texts],
        [1.0 if t.endswith((":", "?")) else 0.0 for t in texts],
        [1.0 if c < 200 and P.LINK_SEPARATOR.search(t) else 0.0 for t, c in zip(texts, chars)],
        prose_f,
        _run(n, start, end),
        list(map(truediv, idx, repeat(n))),
        _run(n, anchor + 1, n) if anchor is not None else [0.0] * n,
        _run(n, anchor, anchor + 1) if anchor is not None else [0.0] * n,
        [1.0 if anchor is None else 0.0] * n,
        _run(n, comments, n) if comments is not None else [0.0] * n,
        [1.0 if c < 160 and t[-1:] == ":" and P.COMMENT_HEADER.search(t) else 0.0
         for t, c in zip(texts, chars)],
        [d / c if c else 0.0 for d, c in zip(dense, chars)],
        [0.0] + log_chars[:-1],
        log_chars[1:] + [0.0],
        [0.0] + terminal[:-1],
        terminal[1:] + [0.0],
        _window(pre[0], NEAR, log_chars),
        _window(pre[0], WIDE, log_chars),
        _window(pre[1], WIDE, None),
        _window(pre[2], WIDE, None),
        _window(pre[3], WIDE, None),
        _window(pre[4], WIDE, None),
        [page_prose] * n,
        [v - mean_log for v in log_chars],
    ]
    return columns


def _prefix(values: Sequence[float]) -> list[float]:
    # accumulate() adds left to right from 0.0, as a running total does.
    return list(accumulate(values, initial=0.0))


def _run(n: int, start: int, end: int) -> list[float]:
    """1.0 for blocks ``start <= i < end`` of ``n``, else 0.0."""
    if 0 <= start <= end <= n:
        return [0.0] * start + [1.0] * (end - start) + [0.0] * (n - end)
    return [1.0 if start <= i < end else 0.0 for i in range(n)]


def window_means(prefix: list[float], n: int, w: int, exclude: list[float] | None) -> list[float]:
    """The mean of each block's window i-w..i+w (clipped to the page of ``n`` blocks).

    Args:
        prefix: running totals of the measure, ``prefix[i]`` the sum of blocks before i.
        n: how many blocks the page has.
        w: the window's half-width.
        exclude: the blocks' own values, to leave each block out of its window; None
            keeps it in.

    Returns:
        One mean per block.
    """
    # Prefix sums shifted by list slicing, and map() over operator functions: the same
    # operations in the same order as (h - l) / c and (h - l - e) / max(c - 1, 1), without
    # a loop over blocks.
    his = prefix[w + 1 : n + 1]
    his += [prefix[n]] * (n - len(his))
    los = [0.0] * min(w, n) + prefix[: max(0, n - w)]
    if exclude is None:
        return list(map(truediv, map(sub, his, los), _window_sizes(n, w)))
    return list(map(truediv, map(sub, map(sub, his, los), exclude), _window_sizes(n, w, 1)))


def _window_sizes(n: int, w: int, less: int = 0) -> list[int]:
    """How many blocks the window i-w..i+w spans, clipped to a page of n blocks, minus
    ``less`` (but at least 1 when ``less`` is given)."""
    if n > 2 * w + 1 and w >= less:
        # A ramp up at the top of the page, full windows, and the ramp down: list
        # operations, no loop over blocks.
        ramp = list(range(w + 1 - less, 2 * w + 1 - less))
        return ramp + [2 * w + 1 - less] * (n - 2 * w) + ramp[::-1]
    his = list(range(w + 1, n + 1))[:n]
    his += [n] * (n - len(his))
    los = ([0] * w + list(range(n)))[:n]
    sizes = list(map(sub, his, los))
    return [max(c - less, 1) for c in sizes] if less else sizes


def _title_anchor(texts: Sequence[str], lows: Sequence[str] | None = None) -> int | None:
    """The block that repeats the page title (the first line) lower down, if any.

    Args:
        texts: the blocks' texts.
        lows: the same, lowercased, when already known.
    """
    if len(texts) < 2 or len(texts[0]) > ANCHOR_MAX_TITLE_CHARS:
        return None
    first = texts[0].lower()
    # The title line is "Headline - Site" or "Headline | Site"; the headline repeats alone.
    head = first
    for sep in P.TITLE_SEPARATORS:
        cut = first.rfind(sep)
        if cut >= ANCHOR_MIN_CHARS:
            head = first[:cut]
            break
    longest = len(first) + 2
    for i in range(1, len(texts)):
        if not ANCHOR_MIN_CHARS <= len(texts[i]) <= longest:
            continue
        low = lows[i] if lows is not None else texts[i].lower()
        if low == head or low == first or first.startswith(low):
            return i
    return None


def _comments_start(texts: Sequence[str], region: tuple[int, int], lows: Sequence[str] | None = None) -> int | None:
    """The first line opening a comment section below the start of the densest prose run.

    Args:
        texts: the blocks' texts.
        region: the densest run of prose, ``(start, end)``.
        lows: the texts lowercased, when already known.
    """
    search = P.COMMENT_SECTION.search
    for i in range(region[0], len(texts)):
        if len(texts[i]) < 60 and search(lows[i] if lows is not None else texts[i].lower()):
            return i
    return None


#: The inputs of the second, contextual model: the first model's log-odds of a block and of
#: the blocks around it, and how the page as a whole scored.
CONTEXT_FEATURES = (
    "bias",
    "z",
    "z_prev",
    "z_next",
    "z_win3",
    "z_win8",
    "z_win20",
    "z_max3",
    "z_min3",
    "page_body_share",
    "z_above",
    "z_below",
    "log_chars",
)

# Window half-widths of the second model: immediate neighbours, a paragraph run, a section.
_CONTEXT_WINDOWS = (3, 8, 20)


def context_features(z: Sequence[float], rows: Sequence[Sequence[float]]) -> list[list[float]]:
    """Describe each block by the first model's verdicts on it and around it.

    Args:
        z: the first model's log-odds per block (see :func:`log_odds`).
        rows: the blocks' first-model rows (for their length).

    Returns:
        One row per block, aligned with :data:`CONTEXT_FEATURES`.
    """
    if not z:
        return []
    log_index = FEATURES.index("log_chars")
    return [list(row) for row in zip(*context_columns(z, [r[log_index] for r in rows]))]


def context_columns(z: Sequence[float], log_chars: Sequence[float]) -> list[list[float]]:
    """The columns of :func:`context_features`, from the blocks' ``log_chars`` column."""
    n = len(z)
    if n == 0:
        return [[] for _ in CONTEXT_FEATURES]
    # Squash the log-odds so one confident block does not dominate a window's mean.
    q = [math.tanh(v / 4.0) for v in z]
    # accumulate() adds in the same order as _prefix(), and max() keeps its first argument
    # on ties as the loops it replaced did.
    pre = _prefix(q)
    positive = sum(1 for v in z if v > 0) / n
    # The best verdict seen above and below each block: the body lies between them.
    above = list(accumulate(q, max, initial=-1.0))
    above.pop()
    below = list(accumulate(reversed(q), max, initial=-1.0))
    below.pop()
    below.reverse()

    def _window(w: int) -> list[float]:
        return window_means(pre, n, w, None)

    w3 = _CONTEXT_WINDOWS[0]
    # The neighbours i-w3..i+w3 as shifted copies of q, padded with infinities that never
    # win: max() and min() then see the same values in the same order as over a slice.
    below_pad = [_shifted(q, d, _NEG_INF) for d in range(-w3, w3 + 1)]
    above_pad = [_shifted(q, d, _POS_INF) for d in range(-w3, w3 + 1)]
    columns = [
        [1.0] * n,
        q,
        [-1.0] + q[:-1],
        q[1:] + [-1.0],
        *(_window(w) for w in _CONTEXT_WINDOWS),
        list(map(max, *below_pad)),
        list(map(min, *above_pad)),
        [positive] * n,
        above,
        below,
        list(log_chars),
    ]
    return columns


_NEG_INF = float("-inf")
_POS_INF = float("inf")


def _shifted(values: list[float], d: int, pad: float) -> list[float]:
    """``values[i + d]`` for every i, ``pad`` where that falls off the page."""
    n = len(values)
    if d < 0:
        return ([pad] * -d + values)[:n]
    return (values[d:] + [pad] * d)[:n]


def log_odds(
    rows: Sequence[Sequence[float]], model: Mapping[str, float], names: Sequence[str] = FEATURES
) -> list[float]:
    """Apply a linear model to feature rows: the log-odds of each block being body.

    Args:
        rows: rows from :func:`sequence_features` (or :func:`context_features`).
        model: a weight for each name in ``names`` (missing names weigh 0).
        names: the names of the rows' columns.

    Returns:
        One log-odds per row, clamped to [-30, 30] (beyond that the odds are certain).
    """
    weights = [float(model.get(name, 0.0)) for name in names]
    out = []
    append = out.append
    for row in rows:
        # map() with operator.mul keeps the dot product in C: it runs on every block.
        z = sum(map(mul, weights, row))
        append(30.0 if z > 30.0 else -30.0 if z < -30.0 else z)
    return out


#: Columns that hold one value for the whole page.
_CONSTANT_COLUMNS = frozenset({"bias", "no_stopwords_page", "no_anchor", "page_prose_share", "page_body_share"})
_compiled: dict[tuple, Callable] = {}


def column_log_odds(
    columns: Sequence[Sequence[float]], model: Mapping[str, float], names: Sequence[str] = FEATURES
) -> list[float]:
    """:func:`log_odds` over the columns of the rows; the same floats, without the rows.

    The terms are added in the same order as the row-wise dot product, so every sum is
    rounded the same way; terms with a zero weight are left out, which changes nothing but
    the sign of a zero sum.
    """
    n = len(columns[0]) if columns else 0
    terms = [(name, float(model.get(name, 0.0)), column) for name, column in zip(names, columns)]
    terms = [t for t in terms if t[1] != 0.0]
    if not terms or n == 0:
        return [0.0] * n
    if not all(map(math.isfinite, (t[1] for t in terms))) or all(t[0] in _CONSTANT_COLUMNS for t in terms):
        return log_odds([list(row) for row in zip(*columns)], model, names)
    key = tuple((name, w) for name, w, _ in terms)
    fn = _compiled.get(key)
    if fn is None:
        fn = _compiled[key] = _compile(key)
    consts = [w * column[0] for name, w, column in terms if name in _CONSTANT_COLUMNS]
    return fn([column for name, _, column in terms if name not in _CONSTANT_COLUMNS], consts)


def _compile(key: tuple) -> Callable:
    # One comprehension whose expression spells out the dot product term by term (Python
    # adds left to right, as sum() does): a tenth of the cost of rows and a dot product
    # per row, or of one pass over the blocks per column.
    parts, loop, kept = [], [], []
    for j, (name, w) in enumerate(key):
        if name in _CONSTANT_COLUMNS:
            parts.append(f"k{j}")
            kept.append(f"k{j}")
        else:
            parts.append(f"{w!r} * v{j}")
            loop.append(f"v{j}")
    head = f"    {', '.join(kept)}, = consts\n" if kept else ""
    body = " + ".join(parts)
    source = (
        "def fn(cols, consts):\n" + head
        + f"    return [30.0 if (z := {body}) > 30.0 else -30.0 if z < -30.0 else z"
        + f" for {', '.join(loop)}, in zip(*cols)]\n"
    )
    namespace: dict = {}
    exec(source, namespace)  # noqa: S102 - the source is built from floats and indices only
    return namespace["fn"]


def probabilities(rows: Sequence[Sequence[float]], model: Mapping[str, float]) -> list[float]:
    """Apply a logistic model to feature rows: the probability of each block being body.

    Args:
        rows: rows from :func:`sequence_features`.
        model: a weight for each name in :data:`FEATURES` (missing names weigh 0).

    Returns:
        One probability per row.
    """
    return [1.0 / (1.0 + math.exp(-z)) for z in log_odds(rows, model)]


def decode(scores: Sequence[float], switch_cost: float) -> list[bool]:
    """Pick body blocks as a two-state sequence: score per block, cost per switch.

    Viterbi over the states "body" and "other": a block adds ``scores[i]`` to a path in
    which it is body (positive scores argue for body) and 0 to one in which it is not;
    every change of state costs ``switch_cost``, including entering the body at the first
    block (the path starts outside it); the path may end in either state.

    Args:
        scores: per-block evidence for body, e.g. log-odds.
        switch_cost: what entering or leaving the body costs.

    Returns:
        Whether each block is body on the best path.
    """
    n = len(scores)
    if n == 0:
        return []
    # back[i] records, for each state at block i, whether the best path came from "body".
    # The page starts outside the body: entering it at the first block costs a switch too.
    body, other = scores[0] - switch_cost, 0.0
    back_body: list[bool] = [False] * n
    back_other: list[bool] = [False] * n
    for i in range(1, n):
        stay_b, from_o = body, other - switch_cost
        stay_o, from_b = other, body - switch_cost
        back_body[i] = stay_b >= from_o
        back_other[i] = from_b > stay_o
        body = (stay_b if back_body[i] else from_o) + scores[i]
        other = from_b if back_other[i] else stay_o
    state = body > other
    out = [False] * n
    for i in range(n - 1, -1, -1):
        out[i] = state
        state = back_body[i] if state else back_other[i]
    return out

"""The body model: its feature table, the log-odds it gives each block, and the decoding.

Each block of a page is described by what it is on its own (length, punctuation, function
words, capitals, phrase and repeat verdicts), by the blocks around it (its neighbours, and
averages over windows of two and five blocks either side: a short line among long
paragraphs is a subheading, a long line among short ones is a teaser), and by where it
stands on the page (after the repeated page title, inside the densest run of prose, below a
comment-section marker). A logistic model turns that into log-odds of the block belonging to
the article body, and :func:`decode` picks the body as a sequence: each switch between body
and not-body costs, so isolated verdicts give way to their surroundings.

:data:`FEATURES` is the one definition of the model's inputs. Each :class:`Feature` names a
*measure* of the page (a column with one value per block, or one value for the whole page,
see :class:`BodyPage`) and how the block reads it (:class:`Read`). Training
(``scripts/train_text_classifier.py``) fits weights to :func:`feature_columns`, the features
as columns; scoring (:func:`log_odds`) reads the same table and adds the weighted measures
by kind, without building the columns: the model is linear, so the windows over several
measures are one window over their weighted sum, and the page-wide features are one
constant. Everything is linear in the number of blocks.

The weights live in :mod:`newsparse.models.text_lines` as plain data.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from itertools import accumulate, repeat
from operator import add, mul, sub, truediv

import attrs

from .. import patterns as P
from ..data import body_model as D
from ..document import Decision
from ..model import Label, Reason
from .features import Measures


class Read(enum.Enum):
    """How a feature reads its measure for a block."""

    OWN = "own"
    """The block's own value."""
    PREVIOUS = "previous"
    """The value of the block before it (0.0 for the first block)."""
    NEXT = "next"
    """The value of the block after it (0.0 for the last block)."""
    NEAR_OTHERS = "near_others"
    """The mean over the blocks within :data:`~newsparse.data.body_model.NEAR` of it, itself left out."""
    WIDE_OTHERS = "wide_others"
    """The mean over the blocks within :data:`~newsparse.data.body_model.WIDE` of it, itself left out."""
    WIDE = "wide"
    """The mean over the blocks within :data:`~newsparse.data.body_model.WIDE` of it, itself included."""
    CENTRED = "centred"
    """The block's own value less the page's mean."""
    PAGE = "page"
    """One value for the whole page (the measure is a number)."""
    RUN = "run"
    """1.0 inside a run of blocks, else 0.0 (the measure is a half-open ``(start, end)`` or None)."""


#: Window half-widths of the readings that average over a window, and whether the block
#: itself is left out of its window.
_WINDOWS = {
    Read.NEAR_OTHERS: (D.NEAR, True),
    Read.WIDE_OTHERS: (D.WIDE, True),
    Read.WIDE: (D.WIDE, False),
}


@attrs.frozen
class Feature:
    """One input of the body model: a measure of the page and how a block reads it.

    Attributes:
        name: the name its weight has in a model.
        measure: the :class:`BodyPage` attribute it reads.
        read: how it reads it.
    """

    name: str
    measure: str
    read: Read = Read.OWN


#: The body model's inputs, in the order of a model's weights and of the training columns.
FEATURES: tuple[Feature, ...] = (
    Feature("bias", "one", Read.PAGE),
    Feature("log_chars", "log_chars"),
    Feature("log_words", "log_words"),
    Feature("terminal", "terminal"),
    Feature("stopwords", "stopwords"),
    Feature("capitals", "capitals"),
    Feature("commas", "commas"),
    Feature("no_stopwords_page", "no_stopwords_page", Read.PAGE),
    *(Feature(f"chars_lt_{limit}", f"chars_lt_{limit}") for limit in D.LENGTH_BINS),
    Feature("phrase", "phrase"),
    Feature("duplicate", "duplicate"),
    Feature("bullet", "bullet"),
    Feature("colon_or_question", "colon_or_question"),
    Feature("separators", "separators"),
    Feature("prose", "prose"),
    Feature("in_region", "region", Read.RUN),
    Feature("position", "position"),
    Feature("after_anchor", "after_anchor", Read.RUN),
    Feature("is_anchor", "at_anchor", Read.RUN),
    Feature("no_anchor", "no_anchor", Read.PAGE),
    Feature("after_comments", "after_comments", Read.RUN),
    Feature("comment_header", "comment_header"),
    Feature("dense_script", "dense_share"),
    Feature("prev_log_chars", "log_chars", Read.PREVIOUS),
    Feature("next_log_chars", "log_chars", Read.NEXT),
    Feature("prev_terminal", "terminal", Read.PREVIOUS),
    Feature("next_terminal", "terminal", Read.NEXT),
    Feature("win2_log_chars", "log_chars", Read.NEAR_OTHERS),
    Feature("win5_log_chars", "log_chars", Read.WIDE_OTHERS),
    Feature("win5_terminal", "terminal", Read.WIDE),
    Feature("win5_stopwords", "stopwords", Read.WIDE),
    Feature("win5_prose", "prose", Read.WIDE),
    Feature("win5_phrase", "phrase", Read.WIDE),
    Feature("page_prose_share", "prose_share", Read.PAGE),
    Feature("rel_log_chars", "log_chars", Read.CENTRED),
)

#: The features' names, in order.
FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in FEATURES)


def _flags(values: Iterable[object]) -> list[float]:
    return [1.0 if v else 0.0 for v in values]


class BodyPage:
    """The measures of a page the body model reads: columns over its blocks, and page values.

    Each measure is computed when a feature first asks for it.

    Args:
        measures: the blocks' text measures.
        decisions: the first pass's verdicts (phrase rules, repeats, markup), None where
            there was none.
        prose: whether each block reads as prose on its own.
        region: the half-open densest run of prose, ``(start, end)``.
    """

    def __init__(
        self,
        measures: Measures,
        decisions: Sequence[Decision | None],
        prose: Sequence[bool],
        region: tuple[int, int],
    ) -> None:
        self.size = len(measures)
        self.texts = measures.texts
        self.chars = measures.chars
        self.measures = measures
        self.decisions = decisions
        self.prose_flags = prose
        self.region = region

    # -- Columns: one value per block ---------------------------------------------------------
    @cached_property
    def one(self) -> float:
        """1.0: what the bias multiplies."""
        return 1.0

    @cached_property
    def dense(self) -> list[int]:
        """How many characters of scripts written without spaces each block holds."""
        # (isascii() is a flag check: it screens out most lines at no cost.)
        return [0 if t.isascii() else len(P.DENSE_SCRIPT.findall(t)) for t in self.texts]

    @cached_property
    def log_chars(self) -> list[float]:
        """Length in Latin-letter equivalents, log: scripts without spaces count double."""
        dense = self.dense
        if any(dense):
            return [math.log1p(c + d) for c, d in zip(self.chars, dense)]
        return list(map(math.log1p, self.chars))

    @cached_property
    def log_words(self) -> list[float]:
        """How many words, log."""
        return list(map(math.log1p, self.measures.word_counts))

    @cached_property
    def terminal(self) -> list[float]:
        """1.0 where the block ends a sentence."""
        return _flags(self.measures.terminal)

    @property
    def stopwords(self) -> list[float]:
        """Share of (English) function words."""
        return self.measures.stopword_ratios

    @property
    def capitals(self) -> list[float]:
        """Share of words opening with a capital."""
        return self.measures.capitalised_ratios

    @cached_property
    def commas(self) -> list[float]:
        """Commas per word, times five, at most 1.0: lists of names and clauses."""
        return [
            min(1.0, k / (n + 1) * 5) if k else 0.0
            for k, n in zip(map(str.count, self.texts, repeat(",")), self.measures.word_counts)
        ]

    def _below(self, limit: int) -> list[float]:
        return [1.0 if c < limit else 0.0 for c in self.chars]

    @cached_property
    def chars_lt_20(self) -> list[float]:
        """1.0 for a block shorter than 20 characters (a menu item)."""
        return self._below(20)

    @cached_property
    def chars_lt_40(self) -> list[float]:
        """1.0 for a block shorter than 40 characters (a label)."""
        return self._below(40)

    @cached_property
    def chars_lt_80(self) -> list[float]:
        """1.0 for a block shorter than 80 characters (a title)."""
        return self._below(80)

    @cached_property
    def chars_lt_150(self) -> list[float]:
        """1.0 for a block shorter than 150 characters (a sentence)."""
        return self._below(150)

    @cached_property
    def chars_lt_300(self) -> list[float]:
        """1.0 for a block shorter than 300 characters (a short paragraph)."""
        return self._below(300)

    @cached_property
    def phrase(self) -> list[float]:
        """1.0 where the first pass found boilerplate other than a repeat."""
        boilerplate, duplicate = Label.BOILERPLATE, Reason.DUPLICATE
        return [
            1.0 if d is not None and d.label == boilerplate and d.reason != duplicate else 0.0
            for d in self.decisions
        ]

    @cached_property
    def duplicate(self) -> list[float]:
        """1.0 where the block repeats an earlier one."""
        duplicate = Reason.DUPLICATE
        return [1.0 if d is not None and d.reason == duplicate else 0.0 for d in self.decisions]

    @cached_property
    def bullet(self) -> list[float]:
        """1.0 where the block opens like a list item."""
        return _flags(map(str.startswith, self.texts, repeat(P.BULLETS)))

    @cached_property
    def colon_or_question(self) -> list[float]:
        """1.0 where the block ends with a colon or a question mark."""
        return _flags(map(str.endswith, self.texts, repeat((":", "?"))))

    @cached_property
    def separators(self) -> list[float]:
        """1.0 for a short block with link separators (a menu or breadcrumb)."""
        # In ASCII text the separator pattern can only find "|" or " / ".
        search = P.LINK_SEPARATOR.search
        return [
            1.0 if c < D.SEPARATORS_MAX_CHARS
            and (("|" in t or " / " in t) if t.isascii() else search(t) is not None) else 0.0
            for t, c in zip(self.texts, self.chars)
        ]

    @cached_property
    def prose(self) -> list[float]:
        """1.0 where the block reads as prose on its own."""
        return _flags(self.prose_flags)

    @cached_property
    def position(self) -> list[float]:
        """Where the block stands on the page, from 0.0 (top) towards 1.0."""
        return list(map(truediv, range(self.size), repeat(self.size)))

    @cached_property
    def comment_header(self) -> list[float]:
        """1.0 for a commenter's header line ("Bob says:")."""
        header = P.COMMENT_HEADER.search
        return [
            1.0 if c < D.COMMENT_HEADER_MAX_CHARS and t[-1:] == ":" and header(t) else 0.0
            for t, c in zip(self.texts, self.chars)
        ]

    @cached_property
    def dense_share(self) -> list[float]:
        """Share of the block's characters in scripts written without spaces."""
        return [d / c if d else 0.0 for d, c in zip(self.dense, self.chars)]

    # -- Page values ---------------------------------------------------------------------------
    @cached_property
    def no_stopwords_page(self) -> float:
        """1.0 for a page whose blocks carry (nearly) no English function words.

        Such a page is in another language: the stopword measures say nothing there and
        the model must lean on the rest.
        """
        return 1.0 if sum(self.stopwords) / self.size < D.NO_STOPWORDS_PAGE_SHARE else 0.0

    @cached_property
    def prose_share(self) -> float:
        """Share of the page's blocks that read as prose."""
        return sum(self.prose) / self.size

    @cached_property
    def anchor(self) -> int | None:
        """The block that repeats the page's title line lower down, if any."""
        return title_anchor(self.texts, self.measures.lows)

    @cached_property
    def no_anchor(self) -> float:
        """1.0 when no block repeats the page's title line."""
        return 1.0 if self.anchor is None else 0.0

    # -- Runs of blocks --------------------------------------------------------------------------
    @cached_property
    def after_anchor(self) -> tuple[int, int] | None:
        """The blocks below the title's repeat."""
        return None if self.anchor is None else (self.anchor + 1, self.size)

    @cached_property
    def at_anchor(self) -> tuple[int, int] | None:
        """The title's repeat itself."""
        return None if self.anchor is None else (self.anchor, self.anchor + 1)

    @cached_property
    def after_comments(self) -> tuple[int, int] | None:
        """The blocks from the line that opens the readers' comments down."""
        start = comments_start(self.texts, self.region, self.measures.lows)
        return None if start is None else (start, self.size)


def feature_columns(page: BodyPage) -> list[list[float]]:
    """Every feature of :data:`FEATURES` as a column over the page's blocks (for training).

    Args:
        page: the page's measures.

    Returns:
        One list of floats per feature, each with one value per block.
    """
    n = page.size
    columns = []
    for feature in FEATURES:
        value = getattr(page, feature.measure)
        read = feature.read
        if read is Read.OWN:
            columns.append(list(value))
        elif read is Read.PAGE:
            columns.append([value] * n)
        elif read is Read.RUN:
            columns.append(_run(n, *value) if value is not None else [0.0] * n)
        elif read is Read.PREVIOUS:
            columns.append(([0.0] + value)[:n])
        elif read is Read.NEXT:
            columns.append(value[1:] + [0.0] if n else [])
        elif read is Read.CENTRED:
            mean = sum(value) / n
            columns.append([v - mean for v in value])
        else:
            width, others = _WINDOWS[read]
            columns.append(window_means(_prefix(value), n, width, value if others else None))
    return columns


def log_odds(page: BodyPage, weights: Mapping[str, float]) -> list[float]:
    """The model's log-odds of each block being body: the weighted sum of its features.

    The same sum as the dot product of each block's row of :func:`feature_columns` with
    the weights (up to float rounding), grouped by how the features read their measures.

    Args:
        page: the page's measures.
        weights: a weight for each name of :data:`FEATURES` (missing names weigh 0).

    Returns:
        One log-odds per block, clamped to ±:data:`~newsparse.data.body_model.LOG_ODDS_LIMIT`
        (beyond that the odds are certain).
    """
    n = page.size
    if n == 0:
        return []
    # Each group: measure name -> its total weight in the group.
    groups: dict[Read, dict[str, float]] = {read: {} for read in Read}
    for feature in FEATURES:
        w = float(weights.get(feature.name, 0.0))
        if w != 0.0:
            group = groups[feature.read]
            group[feature.measure] = group.get(feature.measure, 0.0) + w
    constant = sum(w * getattr(page, m) for m, w in groups[Read.PAGE].items())
    # A centred measure is the measure itself less its page mean.
    constant -= sum(w * sum(getattr(page, m)) / n for m, w in groups[Read.CENTRED].items())
    z = [constant] * n
    for m, w in groups[Read.RUN].items():
        run = getattr(page, m)
        if run is not None:
            start, end = max(0, run[0]), min(n, run[1])
            z[start:end] = [v + w for v in z[start:end]]
    own = _weighted_sum(page, {**groups[Read.OWN]}, n)
    for m, w in groups[Read.CENTRED].items():
        own = _add_scaled(own, w, getattr(page, m))
    z = list(map(add, z, own))
    if groups[Read.PREVIOUS]:
        z = list(map(add, z, [0.0, *_weighted_sum(page, groups[Read.PREVIOUS], n)[:-1]]))
    if groups[Read.NEXT]:
        z = list(map(add, z, [*_weighted_sum(page, groups[Read.NEXT], n)[1:], 0.0]))
    for read, (width, others) in _WINDOWS.items():
        if groups[read]:
            mixed = _weighted_sum(page, groups[read], n)
            z = list(map(add, z, window_means(_prefix(mixed), n, width, mixed if others else None)))
    limit = D.LOG_ODDS_LIMIT
    # (Comparisons rather than min() and max(): two calls per block cost more.)
    return [limit if v > limit else -limit if v < -limit else v for v in z]  # noqa: FURB136


def _weighted_sum(page: BodyPage, weights: Mapping[str, float], n: int) -> list[float]:
    """The sum of the page's measures named in ``weights``, each times its weight."""
    total = [0.0] * n
    for m, w in weights.items():
        total = _add_scaled(total, w, getattr(page, m))
    return total


def _add_scaled(total: list[float], w: float, column: Sequence[float]) -> list[float]:
    # map() over operator functions: the addition runs in C, one pass per measure.
    return list(map(add, total, map(mul, repeat(w), column)))


def _prefix(values: Sequence[float]) -> list[float]:
    # accumulate() adds left to right from 0.0, as a running total does.
    return list(accumulate(values, initial=0.0))


def _run(n: int, start: int, end: int) -> list[float]:
    """1.0 for blocks ``start <= i < end`` of ``n``, else 0.0."""
    start, end = max(0, min(start, n)), max(0, min(end, n))
    return [0.0] * start + [1.0] * max(0, end - start) + [0.0] * (n - max(start, end))


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
        # A ramp up at the top of the page, full windows, and the ramp down.
        ramp = list(range(w + 1 - less, 2 * w + 1 - less))
        return ramp + [2 * w + 1 - less] * (n - 2 * w) + ramp[::-1]
    his = list(range(w + 1, n + 1))[:n]
    his += [n] * (n - len(his))
    los = ([0] * w + list(range(n)))[:n]
    sizes = list(map(sub, his, los))
    return [max(c - less, 1) for c in sizes] if less else sizes


def title_anchor(texts: Sequence[str], lows: Sequence[str] | None = None) -> int | None:
    """The block that repeats the page title (the first line) lower down, if any.

    Args:
        texts: the blocks' texts.
        lows: the same, lowercased, when already known.
    """
    if len(texts) < 2 or len(texts[0]) > D.ANCHOR_MAX_TITLE_CHARS:
        return None
    first = texts[0].lower()
    # The title line is "Headline - Site" or "Headline | Site"; the headline repeats alone.
    head = first
    for sep in P.TITLE_SEPARATORS:
        cut = first.rfind(sep)
        if cut >= D.ANCHOR_MIN_CHARS:
            head = first[:cut]
            break
    longest = len(first) + 2
    for i in range(1, len(texts)):
        if not D.ANCHOR_MIN_CHARS <= len(texts[i]) <= longest:
            continue
        low = lows[i] if lows is not None else texts[i].lower()
        if low == head or low == first or first.startswith(low):
            return i
    return None


def comments_start(
    texts: Sequence[str], region: tuple[int, int], lows: Sequence[str] | None = None
) -> int | None:
    """The first line opening a comment section below the start of the densest prose run.

    Args:
        texts: the blocks' texts.
        region: the densest run of prose, ``(start, end)``.
        lows: the texts lowercased, when already known.
    """
    search = P.COMMENT_SECTION.search
    for i in range(region[0], len(texts)):
        if len(texts[i]) < D.COMMENT_SECTION_MAX_CHARS and search(
            lows[i] if lows is not None else texts[i].lower()
        ):
            return i
    return None


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

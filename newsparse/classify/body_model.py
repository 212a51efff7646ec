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
import heapq
import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property, reduce
from itertools import accumulate, chain, compress, repeat
from operator import add, mul, sub, truediv

import attrs

from .. import patterns as P
from ..data import body_model as D
from ..document import Decision
from ..model import Label, Reason
from .features import Measures


class Read(enum.Enum):
    """How a feature reads its measure for a block."""

    # Members are singletons compared by identity: hashing by identity (in C) is the same
    # and spares the scorer's lookups Enum's hash in Python.
    __hash__ = object.__hash__

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
    BELOW = "below"
    """1.0 where the block's value is below the feature's ``limit``, else 0.0."""


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
        limit: the bound of a :attr:`Read.BELOW` feature.
    """

    name: str
    measure: str
    read: Read = Read.OWN
    limit: int | None = None


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
    *(Feature(f"chars_lt_{limit}", "chars", Read.BELOW, limit) for limit in D.LENGTH_BINS),
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
    Feature("page_words", "page_words"),
    Feature("win5_page_words", "page_words", Read.WIDE),
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
        self._running_totals: dict[str, list[float]] = {}

    # -- Columns: one value per block ---------------------------------------------------------
    @cached_property
    def one(self) -> float:
        """1.0: what the bias multiplies."""
        return 1.0

    @property
    def dense(self) -> list[int]:
        """How many characters of scripts written without spaces each block holds."""
        return self.measures.dense

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

    @property
    def terminal(self) -> list[bool]:
        """Whether the block ends a sentence."""
        return self.measures.terminal

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

    @cached_property
    def phrase(self) -> list[bool]:
        """Whether the first pass found boilerplate other than a repeat."""
        boilerplate, duplicate = Label.BOILERPLATE, Reason.DUPLICATE
        return [
            d is not None and d.label == boilerplate and d.reason != duplicate for d in self.decisions
        ]

    @cached_property
    def duplicate(self) -> list[bool]:
        """Whether the block repeats an earlier one."""
        duplicate = Reason.DUPLICATE
        return [d is not None and d.reason == duplicate for d in self.decisions]

    @cached_property
    def bullet(self) -> list[bool]:
        """Whether the block opens like a list item."""
        return list(map(str.startswith, self.texts, repeat(P.BULLETS)))

    @cached_property
    def colon_or_question(self) -> list[bool]:
        """Whether the block ends with a colon or a question mark."""
        return list(map(str.endswith, self.texts, repeat((":", "?"))))

    @cached_property
    def separators(self) -> list[bool]:
        """Whether a short block holds link separators (a menu or a breadcrumb)."""
        # In ASCII text the separator pattern can only find "|" or " / ".
        search, limit = P.LINK_SEPARATOR.search, D.SEPARATORS_MAX_CHARS
        return [
            c < limit and (("|" in t or " / " in t) if t.isascii() else search(t) is not None)
            for t, c in zip(self.texts, self.chars)
        ]

    @property
    def prose(self) -> Sequence[bool]:
        """Whether the block reads as prose on its own."""
        return self.prose_flags

    @cached_property
    def position(self) -> list[float]:
        """Where the block stands on the page, from 0.0 (top) towards 1.0."""
        return list(map(truediv, range(self.size), repeat(self.size)))

    @cached_property
    def comment_header(self) -> list[bool]:
        """Whether the block is a commenter's header line ("Bob says:")."""
        header, limit = P.COMMENT_HEADER.search, D.COMMENT_HEADER_MAX_CHARS
        # (Only lines ending with a colon or a question mark can be one: a cheap screen.)
        return [
            colon and c < limit and t[-1:] == ":" and header(t) is not None
            for t, c, colon in zip(self.texts, self.chars, self.colon_or_question)
        ]

    @cached_property
    def page_words(self) -> list[float]:
        """Share of the block's words among the page's own commonest short words.

        Whatever the language, the commonest short words of a page are mostly its function
        words ("der", "und", "de", "la", "и"): a measure of prose that needs no word list,
        for the languages :mod:`newsparse.data.function_words` does not cover.
        """
        # Every word counted in C, the short and frequent ones kept: words seen too rarely
        # rank below all the others, so leaving them out first picks the same words.
        limit, least = D.PAGE_WORD_MAX_CHARS, D.PAGE_WORD_MIN_COUNT
        counts = Counter(chain.from_iterable(self.measures.words))
        candidates = [(w, k) for w, k in counts.items() if k >= least and len(w) <= limit]
        ranked = heapq.nsmallest(D.PAGE_WORDS, candidates, key=_by_count_then_word)
        common = frozenset(w for w, _ in ranked).__contains__
        return [
            sum(map(common, words)) / n if n else 0.0
            for words, n in zip(self.measures.words, self.measures.word_counts)
        ]

    @cached_property
    def dense_share(self) -> list[float]:
        """Share of the block's characters in scripts written without spaces."""
        return [d / c if d else 0.0 for d, c in zip(self.dense, self.chars)]

    def running_total(self, measure: str) -> list[float]:
        """The running totals of a column measure: item i is the sum over blocks before i."""
        totals = self._running_totals.get(measure)
        if totals is None:
            totals = self._running_totals[measure] = _prefix(getattr(self, measure))
        return totals

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


def _by_count_then_word(item: tuple[str, int]) -> tuple[int, str]:
    # Most frequent first; ties by the word itself, so that the choice is deterministic.
    return -item[1], item[0]


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
            columns.append(list(map(float, value)))
        elif read is Read.BELOW:
            columns.append([1.0 if v < feature.limit else 0.0 for v in value])
        elif read is Read.PAGE:
            columns.append([value] * n)
        elif read is Read.RUN:
            columns.append(_run(n, *value) if value is not None else [0.0] * n)
        elif read is Read.PREVIOUS:
            columns.append(([0.0, *map(float, value)])[:n])
        elif read is Read.NEXT:
            columns.append([*map(float, value[1:]), 0.0] if n else [])
        elif read is Read.CENTRED:
            mean = sum(value) / n
            columns.append([v - mean for v in value])
        else:
            width, others = _WINDOWS[read]
            value = list(map(float, value))
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
    groups = _grouped(weights)
    constant = sum(w * getattr(page, m) for m, w in groups[Read.PAGE].items())
    # A centred measure is the measure itself less its page mean.
    constant -= sum(w * sum(getattr(page, m)) / n for m, w in groups[Read.CENTRED].items())
    base = [constant] * n
    for m, w in groups[Read.RUN].items():
        run = getattr(page, m)
        if run is not None:
            start, end = max(0, run[0]), min(n, run[1])
            base[start:end] = [v + w for v in base[start:end]]
    z = base
    # (A centred measure's own part is added with the measure's own weight: one pass.)
    own = dict(groups[Read.OWN])
    for m, w in groups[Read.CENTRED].items():
        own[m] = own.get(m, 0.0) + w
    for m, w in own.items():
        z = _add_scaled(z, w, getattr(page, m))
    terms: list[Iterable[float]] = [z]
    for m, steps in groups[Read.BELOW].items():
        terms.append(_below_sums(getattr(page, m), steps))
    if groups[Read.PREVIOUS]:
        terms.append([0.0, *_weighted_sum(page, groups[Read.PREVIOUS])[:-1]])
    if groups[Read.NEXT]:
        terms.append([*_weighted_sum(page, groups[Read.NEXT])[1:], 0.0])
    for read, (width, others) in _WINDOWS.items():
        group = groups[read]
        if len(group) == 1:
            # One measure: its window (its running totals shared with other widths), scaled.
            [(m, w)] = group.items()
            means = window_means(page.running_total(m), n, width, getattr(page, m) if others else None)
            terms.append(map(mul, repeat(w), means))
        elif group:
            mixed = _weighted_sum(page, group)
            terms.append(window_means(_prefix(mixed), n, width, mixed if others else None))
    limit = D.LOG_ODDS_LIMIT
    # (Comparisons rather than min() and max(): two calls per block cost more.)
    total = reduce(_add, terms)
    return [limit if v > limit else -limit if v < -limit else v for v in total]


# The groups of the last few weight mappings seen (grouping them was a twentieth of the
# cost of scoring a page). Keyed by identity, with the mapping kept so that a recycled id
# never answers for another.
_recent_groups: dict[int, tuple[Mapping[str, float], dict[Read, dict]]] = {}


def _grouped(weights: Mapping[str, float]) -> dict[Read, dict]:
    """The weights by how their features read: measure name -> total weight (for BELOW,
    measure name -> ``[(limit, weight), ...]``), leaving out the features that weigh 0.

    A mapping's weights are read once: change a model by making a new mapping.
    """
    found = _recent_groups.get(id(weights))
    if found is not None and found[0] is weights:
        return found[1]
    groups: dict[Read, dict] = {read: {} for read in Read}
    for feature in FEATURES:
        w = float(weights.get(feature.name, 0.0))
        if w == 0.0:
            continue
        group = groups[feature.read]
        if feature.read is Read.BELOW:
            group.setdefault(feature.measure, []).append((feature.limit, w))
        else:
            group[feature.measure] = group.get(feature.measure, 0.0) + w
    if len(_recent_groups) >= 16:
        _recent_groups.clear()
    _recent_groups[id(weights)] = (weights, groups)
    return groups


def _add(total: Iterable[float], more: Iterable[float]) -> list[float]:
    return list(map(add, total, more))


def _add_scaled(total: list[float], w: float, column: Sequence[float | bool]) -> list[float]:
    """``total`` plus ``w`` times ``column`` (``total`` may be updated in place)."""
    if not any(column):
        # Many measures are zero on most pages (phrases, repeats, separators, scripts
        # without spaces): any() stops at the first value that is not.
        return total
    if column[0].__class__ is bool:
        # A flag: the weight is added where it is set, which for most flags is rarely.
        for i in compress(range(len(column)), column):
            total[i] += w
        return total
    # map() over operator functions: the arithmetic runs in C, one pass per measure.
    return list(map(add, total, map(mul, repeat(w), column)))


def _weighted_sum(page: BodyPage, weights: Mapping[str, float]) -> list[float]:
    """The sum of the page's measures named in ``weights``, each times its weight."""
    total = [0.0] * page.size
    for m, w in weights.items():
        total = _add_scaled(total, w, getattr(page, m))
    return total


def _below_sums(values: Sequence[float], steps: list[tuple[int, float]]) -> list[float]:
    """For each value, the sum of the weights of the limits it is below."""
    steps = sorted(steps)
    limits = [limit for limit, _ in steps]
    # What a value adds when the first limit above it is limits[k]: it is below every
    # larger limit too.
    above = [sum(w for _, w in steps[k:]) for k in range(len(steps) + 1)]
    return list(map(above.__getitem__, map(bisect_right, repeat(limits), values)))


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
    # The title line is "Headline - Site" or "Headline | Site"; the headline repeats alone,
    # or with the words the title line cut ("Headline in Tennessee").
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
        if low in (head, first) or first.startswith(low) or (head is not first and low.startswith(head + " ")):
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


def decode(scores: Sequence[float], switch_cost: float, breaks: Sequence[float] | None = None) -> list[bool]:
    """Pick body blocks as a two-state sequence: score per block, cost per switch.

    Viterbi over the states "body" and "other": a block adds ``scores[i]`` to a path in
    which it is body (positive scores argue for body) and 0 to one in which it is not;
    every change of state costs ``switch_cost``, including entering the body at the first
    block (the path starts outside it); the path may end in either state.

    Args:
        scores: per-block evidence for body, e.g. log-odds.
        switch_cost: what entering or leaving the body costs.
        breaks: what staying in the body from block i-1 to block i costs, per block
            (item 0 unused); None for nothing.

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
    costs = breaks if breaks is not None else back_body  # (False is 0.0: no cost.)
    for i in range(1, n):
        stay_b, from_o = body - costs[i], other - switch_cost
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

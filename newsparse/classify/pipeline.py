"""The classifier: from a Document's blocks to one Decision per block.

Two passes, as in jusText: each block is first judged on its own (phrases, repeats, how
much it reads like prose), then revised with its neighbours (the body is the densest
contiguous run of prose; short lines inside it are headings or stray boilerplate; the
title, dek and bylines sit just above it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from operator import attrgetter
from typing import Any

from .. import patterns as P
from ..data import embedded as E
from ..data import layout as L
from ..data import markup as M
from ..data.body_model import ANCHOR_MAX_TITLE_CHARS, ANCHOR_MIN_CHARS
from ..document import BODY_LABELS, Decision, Document, InputBlock
from ..model import Label, Reason
from ..models import text_lines
from ..text import sentences
from . import (
    author_note,
    body_model,
    ending,
    islands,
    item_lists,
    numbered,
    opening,
    rescue,
    sections,
    signature,
    structure,
)
from .boilerplate import Rules, fold, fold_lowered
from .features import Measures, measure_all
from .markup import HEAD_WEIGHT, markup_decisions, weights_given
from .modes import BALANCED, Settings

# Decisions are frozen: the common ones are made once and shared.
_DUPLICATE = Decision(label=Label.BOILERPLATE, reason=Reason.DUPLICATE)
_OUTSIDE_BODY = Decision(label=Label.BOILERPLATE, reason=Reason.OUTSIDE_BODY)
_CREDIT = Decision(label=Label.CAPTION, reason=Reason.CREDIT, score=0.6)
_REGION_BYLINE = Decision(label=Label.BYLINE, reason=Reason.BYLINE, score=0.6)
_SHORT_LINE = Decision(label=Label.BOILERPLATE, reason=Reason.SHORT_LINE, score=0.3)
_ASIDE = Decision(label=Label.BOILERPLATE, reason=Reason.ASIDE, score=0.3)
_SUBHEADING = Decision(label=Label.HEADING, reason=Reason.SUBHEADING, score=0.6)
_LIST = Decision(label=Label.LIST_ITEM, reason=Reason.LIST, score=0.6)
_BYLINE_NEAR = Decision(label=Label.BYLINE, reason=Reason.BYLINE, score=0.7)
_BYLINE_FAR = _REGION_BYLINE
_HEADLINE = Decision(label=Label.TITLE, reason=Reason.HEADLINE, score=0.8)
_STANDFIRST = Decision(label=Label.DEK, reason=Reason.STANDFIRST, score=0.6)
_TRAILER = Decision(label=Label.BYLINE, reason=Reason.TRAILER, score=0.6)
_PROSE = {
    label: Decision(label=label, reason=Reason.PROSE, score=0.9)
    for label in BODY_LABELS
}

_IN_MAIN = attrgetter("in_main")
# Reasons that say where a block stands, not what it says: a standfirst in the headline's
# box can be set aside for them when the main container begins below the headline.
_PLACED = frozenset({Reason.OUTSIDE_MAIN, Reason.OUTSIDE_BODY})
# The parts of a class name: "article__header__intro__text", "c-page-intro".
_HINT_PARTS = re.compile(r"[-_]+")
_TAG_LABELS = {
    "li": Label.LIST_ITEM,
    "blockquote": Label.BLOCKQUOTE,
    "td": Label.TABLE,
    "th": Label.TABLE,
    "tr": Label.TABLE,
}


def classify(
    document: Document, rules: Rules, model: Mapping[str, Any] | None = None,
    settings: Settings = BALANCED,
) -> tuple[Decision, ...]:
    """Label every block of ``document``; the result is aligned with its blocks.

    Args:
        document: the loaded blocks.
        rules: the boilerplate phrases in force.
        model: the body model, ``{"weights": {feature: weight}, "switch_cost": float}``
            (see :mod:`newsparse.classify.body_model`); the shipped
            :data:`newsparse.models.text_lines.MODEL` when None. Training and evaluation
            scripts pass their own.
        settings: the extraction mode's settings (see :mod:`newsparse.classify.modes`).

    Returns:
        One decision per block, in block order.
    """
    if not document.blocks:
        return ()
    # The main container is evidence, not a verdict: prose it left out may join it.
    document, joined = rescue.widen_main(document)
    blocks = document.blocks
    chosen: Mapping[str, Any] = text_lines.MODEL if model is None else model
    first = first_pass(document, rules)
    scores = _body_scores(document, first, chosen.get("weights", {}))
    switch_cost = float(chosen.get("switch_cost", L.DEFAULT_SWITCH_COST))
    body, start, end = _body_run(document, first, scores, switch_cost, settings.score_shift)
    decisions = list(first.decisions)
    measures = first.measures
    _keep_linked_prose(blocks, measures, decisions, first.markup, body, start, end)
    _label_region(blocks, measures, decisions, body, start, end)
    if settings.kept_inside:
        _keep_inside(blocks, decisions, settings.kept_inside, start, end)
    start = opening.settle_opening(blocks, measures, decisions, start, end)
    _label_head(document, measures, decisions, start)
    _label_tail(blocks, decisions, end)
    ending.trim_detached_end(blocks, decisions)
    ending.trim_promoted_end(blocks, decisions, document.markup)
    if document.format == "text":
        # (On HTML pages the links say where a line sends the reader.)
        ending.trim_named_platform_end(blocks, decisions)
    signature.take_signature(blocks, decisions, document.markup)
    author_note.drop_author_notes(blocks, decisions, document.metadata.authors)
    islands.drop_islands(blocks, decisions, settings.kept_inside)
    # A heading whose section was dropped (a link list's title) goes with it.
    sections.drop_empty_sections(blocks, decisions)
    if document.format == "text":
        # (On HTML pages the markup says what a list is.)
        item_lists.join_item_lists(blocks, decisions)
    out = tuple([d if d is not None else _OUTSIDE_BODY for d in decisions])
    if joined:
        out = rescue.explained(out, joined)
    if blocks[-1].path == E.PATH:
        # The page's article text read from its structured data (see loaders.embedded),
        # after the visible blocks.
        out = rescue.explained(out, _embedded(blocks), Reason.PROSE_EMBEDDED)
    return out


def _embedded(blocks: tuple[InputBlock, ...]) -> range:
    """The indexes of the blocks read from structured data: the last ones."""
    n = len(blocks)
    first = n
    while first > 0 and blocks[first - 1].path == E.PATH:
        first -= 1
    return range(first, n)


def _body_scores(document: Document, first: FirstPass, weights: Mapping[str, float]) -> list[float]:
    """The body model's evidence for each block (on HTML pages, adjusted by the markup)."""
    blocks = document.blocks
    start, end = _scored_part(document)
    whole = (start, end) == (0, len(blocks))
    prose = [w > 0 for w in first.weights[start:end]]
    measures = first.measures if whole else first.measures.part(start, end)
    # The densest run of prose, as indexes into the scored part.
    region = (
        min(max(first.region[0] - start, 0), end - start),
        min(max(first.region[1] - start, 0), end - start),
    )
    page = body_model.BodyPage(measures, first.decisions[start:end], prose, region)
    scores = body_model.log_odds(page, weights)
    if first.markup is not None:
        # (Outside the scored run the markup would only turn a score of HEAD_WEIGHT into
        # HEAD_WEIGHT, or into 0.0 for blocks it decided, which the decoding leaves out.)
        scores = weights_given(blocks[start:end], first.measures.chars[start:end], scores, first.markup[start:end])
    if not whole:
        scores = [_UNSCORED] * start + scores + [_UNSCORED] * (len(blocks) - end)
    return scores


def _body_run(
    document: Document, first: FirstPass, scores: list[float], switch_cost: float, shift: float = 0.0
) -> tuple[list[bool], int, int]:
    """Which blocks are body, and the half-open run from the first to the last of them.

    Blocks the first pass already settled ("Advertisement", a repeated line) keep their
    verdict and are left out of the decoding: a stray line inside the body must not cut
    it in two. ``shift`` is the extraction mode's, added to every score (see
    :func:`_rescued`).
    """
    blocks, decisions, weights = document.blocks, first.decisions, first.weights
    open_blocks = [i for i, d in enumerate(decisions) if d is None]
    open_scores = [scores[i] for i in open_blocks]
    chars = _rescue_sizes(document, first, open_blocks)
    breaks = _breaks(document, decisions, open_blocks)
    path = _rescued(open_scores, chars, switch_cost, shift, breaks)
    if document.format == "text":
        path = _across_widgets(path, open_scores, chars, switch_cost, shift, breaks)
    body = [False] * len(blocks)
    for i, b in zip(open_blocks, path):
        body[i] = b
    kept = [i for i, b in enumerate(body) if b and decisions[i] is None]
    if not kept:
        # Nothing reads as body to the model (a very short page): fall back on the
        # densest run of prose.
        start, end = first.region
        return [w > 0 for w in weights], start, end
    start, end = kept[0], kept[-1] + 1
    if document.format == "text":
        # (On HTML pages the markup says what a list is.)
        end = numbered.continue_numbered(blocks, decisions, body, end)
    start = _extend_below_byline(blocks, decisions, weights, body, start)
    start = rescue.extend_to_lede(blocks, decisions, body, start, scores if document.format == "text" else None)
    # The headline often reads as the first line of the body; leave it to the head. On an
    # HTML page, only a line the page's own title names: a question that opens the story
    # or a one-line lede merely looks like a headline.
    if (
        end - start > 1 and _title_like(first.measures, start) and _names_the_page(document, first.measures, start)
        and not _lede_below_headline(document, first, start)
    ):
        body[start] = False
        start = next((i for i in kept if i > start), end)
    return body, start, end


def _across_widgets(
    path: list[bool], scores: list[float], chars: list[int], switch_cost: float, shift: float,
    breaks: list[float] | None,
) -> list[bool]:
    """The decoded body of crawler text with the paragraphs a widget cut off the story.

    Crawler text keeps no box around an inline widget: a "Read also:" line and a related
    headline or two, or a picture's caption, stand between two parts of a story as short
    lines the model doubts, and the paragraphs past them are left out when their doubt
    costs more than leaving the body and coming back. Decoded again with each line's doubt
    bounded by :data:`~newsparse.data.layout.TEXT_GAP_LINE_MAX_COST`, the story may go on
    across them; of what only this decoding took, the blocks the model leans towards (a
    positive score) rejoin the body, and the lines it doubts stay out, so the widget goes
    to boilerplate while the paragraphs around it stay in the body. (Keeping every doubted
    line the bridge crossed also kept the time stamps between readers' comments.) Nothing
    joins above the body's first block: there stand the headline, the dek and the page's
    teasers, left to the head and to :func:`~newsparse.classify.rescue.extend_to_lede`.

    Args:
        path: the body as first decoded, one flag per open block.
        scores: the open blocks' log-odds.
        chars: how much each open block counts towards a body (see :func:`_rescue_sizes`).
        switch_cost: what entering or leaving the body costs.
        shift: the extraction mode's shift.
        breaks: what staying in the body costs before each open block.

    Returns:
        Whether each open block is body.
    """
    if True not in path:
        return path
    # The bound and the lean are the mode's: its shift is added to every score in the
    # decoding, so a line costs at most the bound once shifted, and leans towards the body
    # when its shifted score is positive.
    bound = -L.TEXT_GAP_LINE_MAX_COST - shift
    bridged = _rescued([v if v > bound else bound for v in scores], chars, switch_cost, shift, breaks)
    first = path.index(True)
    return [
        was or (b and v > -shift and k > first) for k, (b, was, v) in enumerate(zip(bridged, path, scores))
    ]


def _rescue_sizes(document: Document, first: FirstPass, open_blocks: list[int]) -> list[int]:
    """How much each open block counts towards a body that is not near-empty (see
    :func:`_rescued`): its characters, those of scripts written without spaces twice.

    A body of crawler text is near-empty when it holds little prose: there a block that
    does not read as prose counts nothing, for a run of short lines (a list of related
    links, a form's labels) is not an article, however long it is.
    """
    sizes, dense = first.measures.chars, first.measures.dense
    if document.format != "text":
        return [sizes[i] + dense[i] for i in open_blocks]
    weights = first.weights
    return [sizes[i] + dense[i] if weights[i] > 0 else 0 for i in open_blocks]


def _breaks(document: Document, decisions: Sequence[Decision | None], open_blocks: list[int]) -> list[float] | None:
    """What keeping the body going across the settled blocks before each open block costs.

    On crawler text a line the first pass settled as boilerplate (a share prompt, a
    copyright line) between two open blocks marks where one part of the page ends and
    the next begins: the body may run on across it, but only when what follows pays.
    """
    if document.format != "text":
        return None
    settled = [d is not None and d.label == Label.BOILERPLATE for d in decisions]
    cost = L.TEXT_BREAK_COST
    out = [0.0] * len(open_blocks)
    for k in range(1, len(open_blocks)):
        if True in settled[open_blocks[k - 1] + 1 : open_blocks[k]]:
            out[k] = cost
    return out


def _rescued(
    scores: list[float], chars: list[int], switch_cost: float, shift: float = 0.0,
    breaks: list[float] | None = None,
) -> list[bool]:
    """The decoded body, relaxed step by step while it is (nearly) empty.

    A model trained on one kind of page can doubt every line of another kind (a language
    or a layout it has not seen): its best lines still score highest on the page, only
    below zero. A page with an article must not come back empty, so while the body holds
    fewer than :data:`~newsparse.data.layout.SMALL_BODY_CHARS` characters (those of scripts
    written without spaces counted twice, as the body model counts them; on crawler text,
    only those of lines that read as prose, as ``chars`` gives them), every score is
    raised by the next step of :data:`~newsparse.data.layout.RESCUE_STEPS` and the page is
    decoded again; the first body that reaches the bound is kept, else the largest found.

    The extraction mode's ``shift`` is added after the page's step is chosen on the
    model's own scores. Added before, it would be undone on every short page: a step is
    larger than any shift, so ``precision`` would fall below the bound and be relaxed
    past ``balanced``, and ``recall`` would reach it one step earlier than ``balanced``.
    A ``precision`` body emptied by its shift falls back on the body without it.
    """
    step, path = _rescue_step(scores, chars, switch_cost, breaks)
    if shift:
        shifted = body_model.decode([v + step + shift for v in scores], switch_cost, breaks)
        if True in shifted:
            return shifted
    return path


def _rescue_step(
    scores: list[float], chars: list[int], switch_cost: float, breaks: list[float] | None = None,
) -> tuple[float, list[bool]]:
    # How much the page's scores are raised (see _rescued): 0.0 or a step of RESCUE_STEPS,
    # and the body decoded with it.
    path = body_model.decode(scores, switch_cost, breaks)
    size = sum(c for c, b in zip(chars, path) if b)
    if size >= L.SMALL_BODY_CHARS:
        return 0.0, path
    best = 0.0
    for step in L.RESCUE_STEPS:
        relaxed = body_model.decode([v + step for v in scores], switch_cost, breaks)
        relaxed_size = sum(c for c, b in zip(chars, relaxed) if b)
        if relaxed_size > size:
            best, path, size = step, relaxed, relaxed_size
        if size >= L.SMALL_BODY_CHARS:
            break
    return best, path


# What a block outside the part of an HTML page the model reads scores: as much against the
# body as the markup makes a head candidate outside the main container weigh.
_UNSCORED = HEAD_WEIGHT


def _scored_part(document: Document) -> tuple[int, int]:
    """The half-open run of blocks the body model reads.

    On HTML pages, the run from the main container's first block to its last: outside it
    the markup has the last word (see :func:`~newsparse.classify.markup.weights_given`), so
    scoring the menus and footers around the article would only cost time.
    """
    n = len(document.blocks)
    if document.format != "html":
        return 0, n
    inside = list(map(_IN_MAIN, document.blocks))
    if True not in inside:
        return 0, n
    return inside.index(True), n - inside[::-1].index(True)


class FirstPass:
    """What the first pass knows of a document: each block judged on its own.

    Attributes:
        measures: each block's text measures, as whole-page lists.
        decisions: verdicts from markup, phrase rules and repeats (None where none).
        weights: each block's prose weight (positive for prose).
        region: the half-open run of blocks with the largest total weight.
        markup: what the markup alone decided of each block (HTML only, else None).
    """

    __slots__ = ("decisions", "markup", "measures", "region", "weights")

    def __init__(
        self,
        measures: Measures,
        decisions: list[Decision | None],
        weights: list[float],
        region: tuple[int, int],
        markup: list[Decision | None] | None = None,
    ) -> None:
        self.markup = markup
        self.measures = measures
        self.decisions = decisions
        self.weights = weights
        self.region = region


def first_pass(document: Document, rules: Rules) -> FirstPass:
    """Judge each block on its own: markup, phrases, repeats, prose weight, densest run.

    Args:
        document: the loaded blocks.
        rules: the boilerplate phrases in force.

    Returns:
        The first pass's measures and verdicts.
    """
    blocks = document.blocks
    # Around an HTML page's main container, the markup has the last word (see
    # _scored_part): the text measures of prose are taken inside it only.
    lo, hi = _scored_part(document)
    m = measure_all(blocks, (lo, hi))
    decisions: list[Decision | None] = [None] * len(blocks)
    markup: list[Decision | None] | None = None
    if document.format == "html":
        markup = markup_decisions(blocks, m.chars, m.word_counts, m.terminal, m.dense)
        decisions[:] = markup
    _mark_phrases_and_repeats(m, rules, decisions)
    # How strongly each block argues for being inside the body, positive for prose: a
    # decided block or a link list argues against, and a short line more than a longer one
    # that ends a sentence. Outside the part measured for prose, weights_given below has the
    # last word.
    weights = [
        -1.0 if d is not None or ld > M.MAX_LINK_DENSITY
        else min(c + k, L.PROSE_WEIGHT_MAX_CHARS) / L.PROSE_WEIGHT_CHARS
        if (n >= L.PROSE_MIN_WORDS and s >= L.PROSE_MIN_STOPWORDS) or (t and k >= L.PROSE_MIN_DENSE_CHARS)
        else L.SHORT_LINE_WEIGHT if c < L.SHORT_CHARS
        else 0.0 if t else L.UNFINISHED_WEIGHT
        for d, ld, c, n, s, t, k in zip(
            decisions[lo:hi], m.link_densities[lo:hi], m.chars[lo:hi], m.word_counts[lo:hi],
            m.stopword_ratios[lo:hi], m.terminal[lo:hi], m.dense[lo:hi],
        )
    ]
    if (lo, hi) != (0, len(blocks)):
        weights = [-1.0] * lo + weights + [-1.0] * (len(blocks) - hi)
    if markup is not None:
        weights = weights_given(blocks, m.chars, weights, markup)
    return FirstPass(m, decisions, weights, _body_region(weights), markup)


def _keep_linked_prose(
    blocks: tuple[InputBlock, ...], measures: Measures, decisions: list[Decision | None],
    markup: list[Decision | None] | None, body: list[bool], start: int, end: int,
) -> None:
    """Take into the body what markup dropped between two of its paragraphs: a sentence
    dropped for its links (see :data:`~newsparse.data.markup.LINKED_PROSE_MIN_CHARS`), and
    date lines in the same box as the paragraphs around them.

    A date line of the page furniture stands in a box of its own, above or below the
    story; one among the items of a list or the lines of a box of the body is the
    article's own ("Deadline: 3 November 2019", "from 1 January 2024 for cigars"). Only
    what the markup took for a date line: a phrase that says how long the story takes to
    read ("6 min read") is furniture wherever it stands.
    """
    chars, terminal = measures.chars, measures.terminal
    for i in range(start + 1, end - 1):
        d = decisions[i]
        if d is None or not body[i - 1]:
            continue
        if d.reason == Reason.DATE:
            if markup is None or markup[i] is not d:
                continue
            # A run of date lines ("Entries from: ...", "Closing date: ...") counts as one.
            after = i + 1
            while after < end - 1 and (n := decisions[after]) is not None and n.reason == Reason.DATE:
                after += 1
            if body[after] and blocks[i].path is not None and blocks[i].path in (
                blocks[i - 1].path, blocks[i + 1].path,
            ):
                decisions[i] = None
                body[i] = True
        elif (
            d.reason == Reason.LINKS and body[i + 1]
            and chars[i] >= M.LINKED_PROSE_MIN_CHARS and terminal[i]
            and blocks[i].link_density <= M.LINKED_PROSE_MAX_DENSITY
        ):
            decisions[i] = None
            body[i] = True


def _extend_below_byline(
    blocks: tuple[InputBlock, ...],
    decisions: list[Decision | None],
    weights: list[float],
    body: list[bool],
    start: int,
) -> int:
    """Take into the body the prose between a byline and the body's first block.

    A paragraph right under the byline opens the story even when the model doubted it
    (a short first paragraph before an advertisement); above a byline, prose is a dek.
    """
    candidates = []
    for j in range(start - 1, max(-1, start - L.HEAD_WINDOW), -1):
        if decisions[j] is not None:
            continue
        if weights[j] > 0:
            candidates.append(j)
            continue
        if candidates and structure.parse_byline(blocks[j].text) is not None:
            for k in candidates:
                body[k] = True
            return candidates[-1]
        break
    return start


def _lede_below_headline(document: Document, first: FirstPass, start: int) -> bool:
    """Whether block ``start`` of crawler text is the story's lede under a headline already
    shown: it reads as prose, and the line that repeats the page's title line (see
    :func:`~newsparse.classify.body_model.title_anchor`) stands above it.

    A lede without a closing full stop looks like a headline, but a page shows its
    headline once above the story: below it, such a line opens the body. (A date or tag
    line there does not read as prose and still goes to the head.)
    """
    if document.format != "text" or first.weights[start] <= 0:
        return False
    anchor = body_model.title_anchor(first.measures.texts, first.measures.lows)
    return anchor is not None and anchor < start


def _names_the_page(document: Document, measures: Measures, i: int) -> bool:
    # Whether block ``i`` may be the headline by what the page says of itself: most of its
    # words are in the page's stated title (an <h1> without one). Plain text states no
    # title: its headline-like first line goes to the head, unless a sentence in it ends
    # with a full stop before the last (a headline may exclaim twice, "Wow! Two wins!",
    # but states one thing).
    if document.format != "html":
        return not _states_more_than_one_thing(document.blocks[i].text)
    title = document.metadata.title
    if not title:
        return document.blocks[i].tag == "h1"
    return _shared_share(measures.words[i], set(P.WORD.findall(title.lower()))) >= L.TITLE_MIN_SHARED


def _states_more_than_one_thing(text: str) -> bool:
    # A sentence of a few words before the last that ends with a full stop after a word
    # (not a number: "5. Auflage" is an ordinal), closing quotes and brackets aside; or
    # with the ideographic full stop.
    for span in sentences(text)[:-1]:
        said = span.slice(text).rstrip(_CLOSING)
        if said.endswith("。") or (
            said.endswith(".") and said[-2:-1].isalpha() and len(said.split()) >= L.TITLE_MIN_WORDS
        ):
            return True
    return False


_CLOSING = "\"'”’»)]」』"


def _title_like(measures: Measures, i: int) -> bool:
    # Headlines have a few words and no closing full stop (questions and exclamations do).
    # In scripts written without spaces a headline is one or two runs of \w: its length
    # in characters stands for its words.
    ends = measures.texts[i].endswith(("?", "!")) or not measures.terminal[i]
    words = max(measures.word_counts[i], measures.dense[i] // L.DENSE_CHARS_PER_WORD)
    return ends and L.TITLE_MIN_WORDS <= words <= L.TITLE_MAX_WORDS and measures.chars[i] <= L.TITLE_MAX_CHARS


def _mark_phrases_and_repeats(m: Measures, rules: Rules, decisions: list[Decision | None]) -> None:
    # Repeats are compared by their words alone, so that a line repeated with other
    # punctuation, quotes or spacing ("Headline" / "Headline:") counts as the same line.
    # Folding keeps every word and at least one character between two words, so a block
    # whose words alone are too long for the phrase rules needs no folding.
    keys = list(map(" ".join, m.words))
    limit = P.BOILERPLATE_MAX_CHARS
    short = [i for i, (key, d) in enumerate(zip(keys, decisions)) if d is None and len(key) <= limit]
    # A label set between rules or stars ("- Anzeige -", "*** Werbung ***") is the label:
    # the phrases are matched without that decoration.
    folded = [fold_lowered(m.lows[i]).strip(P.LABEL_DECORATION) for i in short]
    words = list(map(m.words.__getitem__, short))
    for i, reason in zip(short, rules.reasons(folded, words)):
        if reason is not None:
            decisions[i] = Decision(label=Label.BOILERPLATE, reason=reason)
    # A block repeats an earlier one when its key was first seen at a smaller index. (Built
    # from the end so that the first index of each key is the one kept.)
    n = len(keys)
    first_seen = dict(zip(reversed(keys), range(n - 1, -1, -1)))
    for i in [
        i for i, (key, d) in enumerate(zip(keys, decisions))
        if d is None and first_seen[key] != i and len(key) >= L.DUPLICATE_MIN_CHARS
    ]:
        decisions[i] = _DUPLICATE


def _body_region(weights: list[float]) -> tuple[int, int]:
    """The contiguous run of blocks with the largest total weight (Kadane), half-open."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = w, i
        else:
            total += w
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def _label_region(
    blocks: tuple[InputBlock, ...],
    measures: Measures,
    decisions: list[Decision | None],
    body: list[bool],
    start: int,
    end: int,
) -> None:
    chars, word_counts, terminal, lows = measures.chars, measures.word_counts, measures.terminal, measures.lows
    split_caption, parse_byline = structure.split_caption, structure.parse_byline
    for i in range(start, end):
        if decisions[i] is not None:
            continue
        block = blocks[i]
        text, c = block.text, chars[i]
        caption = split_caption(text, lows[i]) if c < L.CAPTION_MAX_CHARS else None
        if (caption is not None and caption.text) or block.tag == "figcaption":
            decisions[i] = _CREDIT
            continue
        if parse_byline(text) is not None:
            decisions[i] = _REGION_BYLINE
            continue
        if caption is not None:
            # A credit alone ("Photo: Jane Doe/AP") credits the picture above it: it is no
            # paragraph either (the assembly then drops it as captioning nothing). A
            # byline naming an agency reads as a credit too, and was taken above.
            decisions[i] = _CREDIT
            continue
        if not body[i]:
            decisions[i] = _SHORT_LINE if c < L.SHORT_CHARS else _ASIDE
        elif block.tag is None and _is_heading(block, terminal[i], word_counts[i], blocks, i):
            decisions[i] = _SUBHEADING
        elif block.tag == "li" or (block.tag is None and text.startswith(P.BULLETS)):
            # In HTML the markup says what a list is: a <p> opening with "- " is prose.
            # Plain text has no markup, so its bullet lines are the list items.
            decisions[i] = _LIST
        else:
            decisions[i] = _PROSE[_body_kind(block)]


def _keep_inside(
    blocks: tuple[InputBlock, ...], decisions: list[Decision | None], reasons: frozenset[str],
    start: int, end: int,
) -> None:
    # The mode keeps in the body what it names among the dropped blocks between the body's
    # first and last block. (On HTML pages an <aside> inside the article lies outside the
    # main container: the mode may keep it, but never a link list there.)
    for i in range(start, end):
        d = decisions[i]
        if d is not None and d.label == Label.BOILERPLATE and d.reason in reasons and (
            blocks[i].in_main or blocks[i].link_density <= M.MAX_LINK_DENSITY
        ):
            decisions[i] = _PROSE[_body_kind(blocks[i])]


def _body_kind(block: InputBlock) -> Label:
    if block.tag in M.HEADING_TAGS:
        return Label.HEADING
    return _TAG_LABELS.get(block.tag or "", Label.BODY)


def _is_heading(
    block: InputBlock, terminal: bool, word_count: int, blocks: tuple[InputBlock, ...], i: int
) -> bool:
    if block.tag in M.HEADING_TAGS:
        return True
    if terminal and not block.text.endswith(("?", ":")):
        return False
    # A subheading is a few words followed by prose.
    return 1 <= word_count <= L.SUBHEADING_MAX_WORDS and i + 1 < len(blocks) and len(blocks[i + 1].text) > L.SHORT_CHARS


def _label_head(
    document: Document, measures: Measures, decisions: list[Decision | None], start: int
) -> None:
    blocks = document.blocks
    lo = max(0, start - L.HEAD_WINDOW)
    for i in range(max(0, start - L.BYLINE_WINDOW), lo):
        if decisions[i] is None and structure.parse_byline(blocks[i].text) is not None:
            decisions[i] = _BYLINE_FAR
    # Bylines and captions just above the body.
    for i in range(lo, start):
        if decisions[i] is not None:
            continue
        if structure.parse_byline(blocks[i].text) is not None:
            decisions[i] = _BYLINE_NEAR
        elif measures.chars[i] < L.CAPTION_MAX_CHARS and structure.split_caption(blocks[i].text) is not None:
            decisions[i] = _CREDIT
    title = _find_title(document, measures, decisions, start)
    if title is None:
        return
    decisions[title] = _HEADLINE
    dek = _find_dek(blocks, measures, decisions, title, start)
    if dek is not None:
        decisions[dek] = _STANDFIRST


def _find_title(
    document: Document, measures: Measures, decisions: list[Decision | None], start: int
) -> int | None:
    blocks = document.blocks
    wanted = fold(document.metadata.title) if document.metadata.title else None
    # A first block longer than a headline is a paragraph, not the page's title, and nothing
    # repeats it (as in lines.py); folding a one-line text of megabytes would also cost more
    # than the rest of the classification.
    first = fold(blocks[0].text) if len(blocks[0].text) <= ANCHOR_MAX_TITLE_CHARS else ""
    candidates = []
    repeats: list[int] = []
    first_h1: int | None = None
    counts, chars, lows = measures.word_counts, measures.chars, measures.lows
    # Decided blocks are out, but for repeats (the headline often repeats the page title)
    # and for a heading set in a figure (a teaser figure holding the photo and the <h1>).
    for i in [
        i for i in range(min(start + 1, len(blocks)))
        if L.TITLE_MIN_WORDS <= counts[i] <= L.TITLE_MAX_WORDS and chars[i] <= L.TITLE_MAX_CHARS
        and ((d := decisions[i]) is None or (d.label == Label.BOILERPLATE and d.reason == Reason.DUPLICATE)
             or _figure_heading(blocks[i], d))
    ]:
        word_count = counts[i]
        folded = fold_lowered(lows[i])
        if wanted and (folded == wanted or wanted.startswith(folded) or folded.startswith(wanted)):
            return i
        if (d := decisions[i]) is not None and d.reason == Reason.FIGURE:
            continue  # A heading in a figure is the title only when it is the page's.
        if blocks[i].tag == "h1":
            # The first <h1>, unless a later line is the page's title itself (a banner's
            # <h1> above the story's own).
            if first_h1 is None:
                first_h1 = i
            continue
        # The page's <title> ("Headline - Site", "Section | Headline - Site") often opens
        # crawler text; the headline proper repeats part of it lower down, and the repeat
        # nearest above the body is the one that heads it.
        if i > 0 and len(folded) >= ANCHOR_MIN_CHARS and folded in first:
            repeats.append(i)
            continue
        if measures.terminal[i] and not blocks[i].text.endswith(("?", "!")):
            continue
        text = blocks[i].text
        if word_count < L.TITLE_DATE_MAX_WORDS and P.DIGIT.search(text) and P.DATE_LIKE.search(text):
            # "Published 10:02 AM EST Nov 19, 2019" heads nothing.
            continue
        candidates.append(i)
    if first_h1 is not None:
        return first_h1
    if repeats:
        return repeats[-1]
    above = [i for i in candidates if i < start]
    if not above:
        return None
    # A headline shares most of its words with the page's <title> (the first line) even
    # when reworded; failing that, the heading-like line nearest above the body.
    title_words = set(P.WORD.findall(first))
    sharing = [i for i in above if i > 0 and _shared_share(measures.words[i], title_words) >= L.TITLE_MIN_SHARED]
    return sharing[-1] if sharing else above[-1]


def _figure_heading(block: InputBlock, decision: Decision) -> bool:
    # A heading the markup put in a figure: the headline of a page that sets it over its
    # photo, when it is the page's stated title (checked by the caller).
    return decision.reason == Reason.FIGURE and block.tag in M.HEADING_TAGS


def _shared_share(found: list[str], words: set[str]) -> float:
    # ``found``: a block's words, lowercased.
    return sum(1 for w in found if w in words) / len(found) if found else 0.0


def _find_dek(
    blocks: tuple[InputBlock, ...],
    measures: Measures,
    decisions: list[Decision | None],
    title: int,
    start: int,
) -> int | None:
    named = _named_standfirst(blocks, measures, decisions, title, start)
    if named is not None:
        return named
    beside = _beside_headline(blocks, measures, decisions, title, start)
    if beside is not None:
        return beside
    after_byline = False
    for i in range(title + 1, min(title + L.DEK_WINDOW, len(blocks))):
        d = decisions[i]
        if d is not None and d.label != Label.BODY:
            after_byline = after_byline or d.label == Label.BYLINE
            continue
        if (
            not (L.DEK_MIN_WORDS <= measures.word_counts[i] <= L.DEK_MAX_WORDS)
            or structure.parse_byline(blocks[i].text) is not None
        ):
            return None
        if i < start:
            return i
        # A paragraph of the body is a dek only when it stands apart from what follows (a
        # byline, a caption or a repeat of it comes next), and never below the byline:
        # there it opens the story.
        if after_byline or i + 1 >= len(blocks):
            return None
        following = decisions[i + 1]
        if following is not None and (
            following.label in (Label.BYLINE, Label.CAPTION) or following.reason == Reason.DUPLICATE
        ):
            return i
        return None
    return None


def _named_standfirst(
    blocks: tuple[InputBlock, ...], measures: Measures, decisions: list[Decision | None], title: int, start: int,
) -> int | None:
    """The block between the headline and the body that the page names its standfirst.

    Kicker, date, byline, a photo and its credit can stand between the headline and the
    standfirst, further than the few blocks the dek is looked for by position; the box's
    name (:data:`~newsparse.data.markup.STANDFIRST_HINT_PARTS`) finds it there. A list
    item is part of a summary box, not a standfirst.
    """
    for i in range(title + 1, min(start, title + L.HEAD_WINDOW)):
        block = blocks[i]
        d = decisions[i]
        if (d is not None and not _set_aside_for_place(block, d)) or not block.hints or block.tag == "li":
            continue
        if _repeats_opening(blocks, i, start):
            continue
        words = max(measures.word_counts[i], measures.dense[i] // L.DENSE_CHARS_PER_WORD)
        if (
            L.DEK_MIN_WORDS <= words <= L.DEK_MAX_WORDS and _names_standfirst(block.hints.split(" ", 1)[0])
            and structure.parse_byline(block.text) is None
        ):
            return i
    return None


def _beside_headline(
    blocks: tuple[InputBlock, ...], measures: Measures, decisions: list[Decision | None], title: int, start: int,
) -> int | None:
    """The standfirst in the headline's own box, which the main container left out.

    Pages set the headline and its standfirst together in a header box above the
    article's container (an ``<h2>`` or a ``<div>`` after the ``<h1>``); the container
    then leaves both outside the main content, and the standfirst is dropped for where
    it stands, not for what it says. The first block of the headline's box, or of the
    box that wraps the headline's own ("<div class=title-wrap><h1>"), or of those boxes
    of a repeat of the headline, below it, that was dropped only for its place, a
    sentence or two long and no credit, is the standfirst. A byline ends the search,
    and a block of the box still undecided is left to the search by position.
    """
    if blocks[title].path is None:
        return None  # Plain text: no boxes.
    headline = fold(blocks[title].text)
    boxes = _head_boxes(blocks[title])
    for i in range(title + 1, min(start, title + L.HEAD_WINDOW)):
        block, d = blocks[i], decisions[i]
        if d is not None and d.label == Label.BYLINE:
            return None
        if d is not None and d.reason == Reason.DUPLICATE and fold(block.text) == headline:
            boxes |= _head_boxes(block)
            continue
        if _box(block) not in boxes or block.tag == "li" or _repeats_opening(blocks, i, start):
            continue
        if not L.DEK_MIN_WORDS <= measures.word_counts[i] <= L.DEK_MAX_WORDS:
            continue
        if d is None:
            return None
        # A subheading or paragraph element of few links: a bare <div> there holds as
        # often a notice ("This article is more than 5 years old") or a credit row.
        if (
            _set_aside_for_place(block, d) and (block.tag in M.HEADING_TAGS or block.tag == "p")
            and structure.parse_byline(block.text) is None
        ):
            return i
    return None


def _set_aside_for_place(block: InputBlock, decision: Decision) -> bool:
    # A block dropped only for where it stands, with the few links of prose: a standfirst
    # the main container left out may be it; share rows and tag lists link more.
    return decision.reason in _PLACED and block.link_density <= L.DEK_MAX_LINK_DENSITY


def _box(block: InputBlock, up: int = 1) -> tuple[int, tuple[str, ...]]:
    # The element a block stands in (``up`` = 1) or the one around that (2): its depth and
    # the last two steps of its path. (Paths are cut short at the front, by how deep the
    # block stands: the last steps of two boxes agree where the whole paths may not.)
    steps = (block.path or "").split(">")
    return block.depth - up, tuple(steps[-2 - up : -up])


def _head_boxes(block: InputBlock) -> set[tuple[int, tuple[str, ...]]]:
    # The headline's own box and the one around it: a wrapper ("title-wrap") may hold the
    # <h1> alone, its standfirst a step further out.
    return {_box(block), _box(block, up=2)}


def _repeats_opening(blocks: tuple[InputBlock, ...], i: int, start: int) -> bool:
    # A summary box that repeats the body's first paragraph is that paragraph, not a
    # standfirst over it.
    return start < len(blocks) and i != start and fold(blocks[i].text) == fold(blocks[start].text)


def _names_standfirst(token: str) -> bool:
    parts = set(_HINT_PARTS.split(token))
    return not parts.isdisjoint(M.STANDFIRST_HINT_PARTS) and parts.isdisjoint(M.STANDFIRST_OTHER_PARTS)


def _label_tail(blocks: tuple[InputBlock, ...], decisions: list[Decision | None], end: int) -> None:
    # "Reporting by ...; Editing by ..." and "X contributed to this report" close stories.
    for i in range(end, min(end + L.TRAILER_WINDOW, len(blocks))):
        if decisions[i] is None and structure.parse_byline(blocks[i].text) is not None:
            decisions[i] = _TRAILER

"""The classifier: from a Document's blocks to one Decision per block.

Two passes, as in jusText: each block is first judged on its own (phrases, repeats, how
much it reads like prose), then revised with its neighbours (the body is the densest
contiguous run of prose; short lines inside it are headings or stray boilerplate; the
title, dek and bylines sit just above it).
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import attrgetter
from typing import Any

from .. import patterns as P
from ..document import Decision, Document, InputBlock
from ..models import text_lines
from . import lines, score, structure
from .boilerplate import Rules, fold, fold_lowered
from .features import BlockFeatures, Measures, measure_all
from .markup import HEAD_WEIGHT, markup_decisions, weights_given

# A block of at least this many words with enough function words reads as prose.
# jusText uses similar bounds (length_high 200 chars, stopwords_high 0.32).
PROSE_MIN_WORDS = 12
PROSE_MIN_STOPWORDS = 0.18
# Short blocks never start or extend the body on their own.
SHORT_CHARS = 70
# Links: blocks mostly made of link text are navigation (jusText: max_link_density 0.2).
MAX_LINK_DENSITY = 0.4
# How far above the body the title, dek and bylines are looked for.
HEAD_WINDOW = 12
# A headline candidate sharing this share of its words with the page's <title> is
# preferred: reworded headlines keep most of their words; share rows and dates keep none.
TITLE_MIN_SHARED = 0.6
# Lines shorter than this that carry a date or a time are datelines of the page, not
# headlines ("Published 7:07 PM EST Nov 19, 2019").
TITLE_DATE_MAX_WORDS = 10
# Bylines sit further up on pages that put share rows, captions and teasers between the
# byline and the first paragraph; only lines that read as bylines are taken there.
BYLINE_WINDOW = 30
# What a switch between body and not-body costs in the sequence decoding when a model does
# not say (in log-odds: two confident blocks outweigh one switch).
DEFAULT_SWITCH_COST = 2.0
# A repeat shorter than this is a legitimate short line ("Reuters", "Advertisement").
DUPLICATE_MIN_CHARS = 10

# Decisions are frozen: the common ones are made once and shared.
_DUPLICATE = Decision(label="boilerplate", reason="duplicate")
_OUTSIDE_BODY = Decision(label="boilerplate", reason="outside-body")
_CREDIT = Decision(label="caption", reason="credit", score=0.6)
_REGION_BYLINE = Decision(label="byline", reason="byline", score=0.6)
_SHORT_LINE = Decision(label="boilerplate", reason="short-line", score=0.3)
_ASIDE = Decision(label="boilerplate", reason="aside", score=0.3)
_SUBHEADING = Decision(label="heading", reason="subheading", score=0.6)
_LIST = Decision(label="list_item", reason="list", score=0.6)
_PROSE = {
    label: Decision(label=label, reason="prose", score=0.9)
    for label in ("heading", "body", "list_item", "blockquote", "table")
}

_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_IN_MAIN = attrgetter("in_main")
_TAG_LABELS = {
    "li": "list_item",
    "blockquote": "blockquote",
    "td": "table",
    "th": "table",
    "tr": "table",
}


def classify(document: Document, rules: Rules) -> tuple[Decision, ...]:
    """Label every block of ``document``; the result is aligned with its blocks.

    Args:
        document: the loaded blocks.
        rules: the boilerplate phrases in force.

    Returns:
        One decision per block, in block order.
    """
    return classify_with(document, rules, text_lines.MODEL)


def classify_with(
    document: Document, rules: Rules, model: Mapping[str, Any]
) -> tuple[Decision, ...]:
    """Label every block of ``document`` with the body model ``model``.

    :func:`classify` uses the shipped model; training and evaluation scripts pass their own.

    Args:
        document: the loaded blocks.
        rules: the boilerplate phrases in force.
        model: ``{"weights": {feature: weight}, "switch_cost": float}``.

    Returns:
        One decision per block, in block order.
    """
    blocks = document.blocks
    if not blocks:
        return ()
    first = first_pass(document, rules)
    start, end = _scored_part(document)
    whole = (start, end) == (0, len(blocks))
    prose = [w > 0 for w in first.weights[start:end]]
    measures = first.measures if whole else first.measures.part(start, end)
    # The densest run of prose, as indexes into the scored part.
    region = tuple(min(max(edge - start, 0), end - start) for edge in first.region)
    log_chars: list[float] = []
    scores = score.body_log_odds(
        blocks[start:end], measures, first.decisions[start:end], prose, region,
        model.get("weights", {}), log_chars, skip_decided=not model.get("context_weights"),
    )
    if model.get("context_weights"):
        context = lines.context_columns(scores, log_chars)
        scores = lines.column_log_odds(context, model["context_weights"], lines.CONTEXT_FEATURES)
    if document.format == "html":
        scores = _given_markup(document, first, scores, start, end)
    if not whole:
        scores = [_UNSCORED] * start + scores + [_UNSCORED] * (len(blocks) - end)
    return _decide(document, first, scores, model)


def _given_markup(
    document: Document, first: FirstPass, scores: list[float], start: int, end: int
) -> list[float]:
    """The scores of blocks ``start`` to ``end`` of an HTML page, adjusted by their markup.

    (Outside that run the markup would only turn a score of HEAD_WEIGHT into HEAD_WEIGHT,
    or into 0.0 for blocks it decided, which the decoding leaves out.)
    """
    return weights_given(
        document.blocks[start:end], first.measures.chars[start:end], scores, first.markup[start:end]
    )


# What a block outside the part of an HTML page the model reads scores: as much against the
# body as the markup makes a head candidate outside the main container weigh.
_UNSCORED = HEAD_WEIGHT


def _scored_part(document: Document) -> tuple[int, int]:
    """The half-open run of blocks the body model reads.

    On HTML pages, the run from the main container's first block to its last: outside it
    the markup has the last word (see :func:`~newsparse.classify.markup.weight_given`), so
    scoring the menus and footers around the article would only cost time.
    """
    n = len(document.blocks)
    if document.format != "html":
        return 0, n
    inside = list(map(_IN_MAIN, document.blocks))
    if True not in inside:
        return 0, n
    return inside.index(True), n - inside[::-1].index(True)


def decide(
    document: Document, first: FirstPass, rows: list[list[float]], model: Mapping[str, Any]
) -> tuple[Decision, ...]:
    """The second pass: score, decode and label blocks from the first pass's findings.

    Split from :func:`classify_with` so that evaluation can reuse the features of a page:
    the model is applied to the feature rows as training saw them (see
    :mod:`newsparse.classify.lines`).

    Args:
        document: the loaded blocks (not empty).
        first: the first pass over it.
        rows: its feature rows (see :func:`lines.sequence_features`).
        model: the body model.

    Returns:
        One decision per block, in block order.
    """
    columns = [list(c) for c in zip(*rows)] if rows else [[] for _ in lines.FEATURES]
    scores = lines.column_log_odds(columns, model.get("weights", {}))
    if model.get("context_weights"):
        context = lines.context_columns(scores, columns[lines.FEATURES.index("log_chars")])
        scores = lines.column_log_odds(context, model["context_weights"], lines.CONTEXT_FEATURES)
    if document.format == "html":
        scores = _given_markup(document, first, scores, 0, len(document.blocks))
    return _decide(document, first, scores, model)


def _decide(
    document: Document, first: FirstPass, scores: list[float], model: Mapping[str, Any]
) -> tuple[Decision, ...]:
    blocks = document.blocks
    # Indexing the measures builds a block's BlockFeatures only when a rule asks about it.
    feats, weights, region = first.measures, first.weights, first.region
    decisions = list(first.decisions)
    # Blocks the first pass already settled ("Advertisement", a repeated line) keep their
    # verdict and are left out of the decoding: a stray line inside the body must not cut
    # it in two.
    open_blocks = [i for i, d in enumerate(decisions) if d is None]
    path = lines.decode([scores[i] for i in open_blocks], float(model.get("switch_cost", DEFAULT_SWITCH_COST)))
    body = [False] * len(blocks)
    for i, b in zip(open_blocks, path):
        body[i] = b
    kept = [i for i, b in enumerate(body) if b and decisions[i] is None]
    if kept:
        start, end = kept[0], kept[-1] + 1
        start = _extend_below_byline(blocks, decisions, weights, body, start)
        # The headline often reads as the first line of the body; leave it to the head.
        if end - start > 1 and _title_like(blocks[start].text, feats[start]):
            body[start] = False
            start = next((i for i in kept if i > start), end)
    else:
        # Nothing reads as body to the model (a very short page): fall back on the
        # densest run of prose.
        start, end = region
        body = [weights[i] > 0 for i in range(len(blocks))]
    _label_region(blocks, feats, decisions, body, start, end)
    _label_head(document, feats, decisions, start)
    _label_tail(blocks, decisions, end)
    return tuple([d if d is not None else _OUTSIDE_BODY for d in decisions])


class FirstPass:
    """What the first pass knows of a document: each block judged on its own.

    Attributes:
        measures: each block's measures, as whole-page lists.
        feats: the same, one :class:`BlockFeatures` per block (built when first asked for).
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

    @property
    def feats(self) -> list[BlockFeatures]:
        return self.measures.feats


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
    markup = None
    if document.format == "html":
        markup = markup_decisions(blocks, m.chars, m.counts, m.terminal)
        decisions[:] = markup
    _mark_phrases_and_repeats(m, rules, decisions)
    # How strongly each block argues for being inside the body, positive for prose: a
    # decided block or a link list argues against, and a short line more than a longer one
    # that ends a sentence. Outside the part measured for prose, weights_given below has the
    # last word.
    weights = [
        -1.0 if d is not None or ld > MAX_LINK_DENSITY
        else min(c, 600) / 100.0 if n >= PROSE_MIN_WORDS and s >= PROSE_MIN_STOPWORDS
        else -0.5 if c < SHORT_CHARS
        else 0.0 if t else -0.3
        for d, ld, c, n, s, t in zip(
            decisions[lo:hi], m.link_densities[lo:hi], m.chars[lo:hi], m.counts[lo:hi],
            m.stopword_ratios[lo:hi], m.terminal[lo:hi],
        )
    ]
    if (lo, hi) != (0, len(blocks)):
        weights = [-1.0] * lo + weights + [-1.0] * (len(blocks) - hi)
    if document.format == "html":
        weights = weights_given(blocks, m.chars, weights, markup)
    return FirstPass(m, decisions, weights, _body_region(weights), markup)


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
    for j in range(start - 1, max(-1, start - HEAD_WINDOW), -1):
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


def _title_like(text: str, f: BlockFeatures) -> bool:
    # Headlines have a few words and no closing full stop (questions and exclamations do).
    ends = text.endswith(("?", "!")) or not f.terminal
    return ends and 3 <= f.words <= 40 and f.chars <= 250


def _mark_phrases_and_repeats(m: Measures, rules: Rules, decisions: list[Decision | None]) -> None:
    # Repeats are compared by their words alone, so that a line repeated with other
    # punctuation, quotes or spacing ("Headline" / "Headline:") counts as the same line.
    # Folding keeps every word and at least one character between two words, so a block
    # whose words alone are too long for the phrase rules needs no folding.
    keys = list(map(" ".join, m.words))
    limit = P.BOILERPLATE_MAX_CHARS
    short = [i for i, (key, d) in enumerate(zip(keys, decisions)) if d is None and len(key) <= limit]
    folded = list(map(fold_lowered, map(m.lows.__getitem__, short)))
    words = list(map(m.words.__getitem__, short))
    for i, reason in zip(short, rules.reasons(folded, words)):
        if reason is not None:
            decisions[i] = Decision(label="boilerplate", reason=reason)
    # A block repeats an earlier one when its key was first seen at a smaller index. (Built
    # from the end so that the first index of each key is the one kept.)
    n = len(keys)
    first_seen = dict(zip(reversed(keys), range(n - 1, -1, -1)))
    for i in [
        i for i, (key, d) in enumerate(zip(keys, decisions))
        if d is None and first_seen[key] != i and len(key) >= DUPLICATE_MIN_CHARS
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
    feats: list[BlockFeatures],
    decisions: list[Decision | None],
    body: list[bool],
    start: int,
    end: int,
) -> None:
    chars, words, terminal, lows = feats.chars, feats.counts, feats.terminal, feats.lows
    split_caption, parse_byline = structure.split_caption, structure.parse_byline
    for i in range(start, end):
        if decisions[i] is not None:
            continue
        block = blocks[i]
        text, c = block.text, chars[i]
        caption = split_caption(text, lows[i]) if c < 500 else None
        if caption is not None and caption.text or block.tag == "figcaption":
            decisions[i] = _CREDIT
            continue
        if parse_byline(text) is not None:
            decisions[i] = _REGION_BYLINE
            continue
        if not body[i]:
            decisions[i] = _SHORT_LINE if c < SHORT_CHARS else _ASIDE
        elif block.tag is None and _is_heading(block, terminal[i], words[i], blocks, i):
            decisions[i] = _SUBHEADING
        elif text.startswith(P.BULLETS) or block.tag == "li":
            decisions[i] = _LIST
        else:
            decisions[i] = _PROSE[_body_kind(block)]


def _body_kind(block: InputBlock) -> str:
    if block.tag in _HEADING_TAGS:
        return "heading"
    return _TAG_LABELS.get(block.tag or "", "body")


def _is_heading(
    block: InputBlock, terminal: bool, words: int, blocks: tuple[InputBlock, ...], i: int
) -> bool:
    if block.tag in _HEADING_TAGS:
        return True
    if terminal and not block.text.endswith(("?", ":")):
        return False
    # A subheading is a few words followed by prose.
    return 1 <= words <= 14 and i + 1 < len(blocks) and len(blocks[i + 1].text) > SHORT_CHARS


def _label_head(
    document: Document, feats: list[BlockFeatures], decisions: list[Decision | None], start: int
) -> None:
    blocks = document.blocks
    lo = max(0, start - HEAD_WINDOW)
    for i in range(max(0, start - BYLINE_WINDOW), lo):
        if decisions[i] is None and structure.parse_byline(blocks[i].text) is not None:
            decisions[i] = Decision(label="byline", reason="byline", score=0.6)
    # Bylines and captions just above the body.
    for i in range(lo, start):
        if decisions[i] is not None:
            continue
        if structure.parse_byline(blocks[i].text) is not None:
            decisions[i] = Decision(label="byline", reason="byline", score=0.7)
        elif feats.chars[i] < 500 and structure.split_caption(blocks[i].text) is not None:
            decisions[i] = Decision(label="caption", reason="credit", score=0.6)
    title = _find_title(document, feats, decisions, start)
    if title is None:
        return
    decisions[title] = Decision(label="title", reason="headline", score=0.8)
    dek = _find_dek(blocks, feats, decisions, title, start)
    if dek is not None:
        decisions[dek] = Decision(label="dek", reason="standfirst", score=0.6)


def _find_title(
    document: Document, feats: list[BlockFeatures], decisions: list[Decision | None], start: int
) -> int | None:
    blocks = document.blocks
    wanted = fold(document.metadata.title) if document.metadata.title else None
    # A first block longer than a headline is a paragraph, not the page's title, and nothing
    # repeats it (as in lines.py); folding a one-line text of megabytes would also cost more
    # than the rest of the classification.
    first = fold(blocks[0].text) if len(blocks[0].text) <= lines.ANCHOR_MAX_TITLE_CHARS else ""
    candidates = []
    repeats: list[int] = []
    counts, chars, lows = feats.counts, feats.chars, feats.lows
    # Decided blocks are out, but for repeats: the headline often repeats the page title.
    for i in [
        i for i in range(min(start + 1, len(blocks)))
        if 3 <= counts[i] <= 40 and chars[i] <= 250
        and (decisions[i] is None or decisions[i].label == "boilerplate" and decisions[i].reason == "duplicate")
    ]:
        words = counts[i]
        folded = fold_lowered(lows[i])
        if wanted and (folded == wanted or wanted.startswith(folded) or folded.startswith(wanted)):
            return i
        if blocks[i].tag == "h1":
            return i
        # The page's <title> ("Headline - Site", "Section | Headline - Site") often opens
        # crawler text; the headline proper repeats part of it lower down, and the repeat
        # nearest above the body is the one that heads it.
        if i > 0 and len(folded) >= lines.ANCHOR_MIN_CHARS and folded in first:
            repeats.append(i)
            continue
        if feats.terminal[i] and not blocks[i].text.endswith(("?", "!")):
            continue
        text = blocks[i].text
        if words < TITLE_DATE_MAX_WORDS and P.DIGIT.search(text) and P.DATE_LIKE.search(text):
            # "Published 10:02 AM EST Nov 19, 2019" heads nothing.
            continue
        candidates.append(i)
    if repeats:
        return repeats[-1]
    above = [i for i in candidates if i < start]
    if not above:
        return None
    # A headline shares most of its words with the page's <title> (the first line) even
    # when reworded; failing that, the heading-like line nearest above the body.
    title_words = set(P.WORD.findall(first))
    sharing = [i for i in above if i > 0 and _shared_share(feats.words[i], title_words) >= TITLE_MIN_SHARED]
    return sharing[-1] if sharing else above[-1]


def _shared_share(found: list[str], words: set[str]) -> float:
    # ``found``: a block's words, lowercased.
    return sum(1 for w in found if w in words) / len(found) if found else 0.0


def _find_dek(
    blocks: tuple[InputBlock, ...],
    feats: list[BlockFeatures],
    decisions: list[Decision | None],
    title: int,
    start: int,
) -> int | None:
    after_byline = False
    for i in range(title + 1, min(title + 4, len(blocks))):
        d = decisions[i]
        if d is not None and d.label != "body":
            after_byline = after_byline or d.label == "byline"
            continue
        if not (6 <= feats.counts[i] <= 70) or structure.parse_byline(blocks[i].text) is not None:
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
            following.label in ("byline", "caption") or following.reason == "duplicate"
        ):
            return i
        return None
    return None


def _label_tail(blocks: tuple[InputBlock, ...], decisions: list[Decision | None], end: int) -> None:
    # "Reporting by ...; Editing by ..." and "X contributed to this report" close stories.
    for i in range(end, min(end + 4, len(blocks))):
        if decisions[i] is None and structure.parse_byline(blocks[i].text) is not None:
            decisions[i] = Decision(label="byline", reason="trailer", score=0.6)

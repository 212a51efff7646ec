"""The classifier: from a Document's blocks to one Decision per block.

Two passes, as in jusText: each block is first judged on its own (phrases, repeats, how
much it reads like prose), then revised with its neighbours (the body is the densest
contiguous run of prose; short lines inside it are headings or stray boilerplate; the
title, dek and bylines sit just above it).
"""

from __future__ import annotations

from ..document import Decision, Document, InputBlock
from . import structure
from .boilerplate import Rules, fold
from .features import BlockFeatures, measure
from .markup import markup_decision, markup_weight

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
# A repeat shorter than this is a legitimate short line ("Reuters", "Advertisement").
DUPLICATE_MIN_CHARS = 10

_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TAG_LABELS = {
    "li": "list_item",
    "blockquote": "blockquote",
    "td": "table",
    "th": "table",
    "tr": "table",
}
_BULLETS = ("• ", "* ", "- ", "– ", "· ", "◦ ", "▪ ")


def classify(document: Document, rules: Rules) -> tuple[Decision, ...]:
    """Label every block of ``document``; the result is aligned with its blocks."""
    blocks = document.blocks
    if not blocks:
        return ()
    feats = [measure(b) for b in blocks]
    decisions: list[Decision | None] = [None] * len(blocks)

    if document.format == "html":
        for i, block in enumerate(blocks):
            decisions[i] = markup_decision(block, feats[i])
    _mark_phrases_and_repeats(blocks, rules, decisions)
    weights = [_prose_weight(b, f, d) for b, f, d in zip(blocks, feats, decisions)]
    if document.format == "html":
        weights = [markup_weight(b, f, w) for b, f, w in zip(blocks, feats, weights)]
    start, end = _body_region(weights)
    _label_region(blocks, feats, decisions, weights, start, end)
    _label_head(document, feats, decisions, start)
    _label_tail(blocks, decisions, end)
    return tuple(d if d is not None else Decision(label="boilerplate", reason="outside-body")
                 for d in decisions)


def _mark_phrases_and_repeats(
    blocks: tuple[InputBlock, ...], rules: Rules, decisions: list[Decision | None]
) -> None:
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        folded = fold(block.text)
        if decisions[i] is not None:
            seen.add(folded)
            continue
        reason = rules.reason(folded)
        if reason is not None:
            decisions[i] = Decision(label="boilerplate", reason=reason)
        elif folded in seen and len(folded) >= DUPLICATE_MIN_CHARS:
            decisions[i] = Decision(label="boilerplate", reason="duplicate")
        seen.add(folded)


def _prose_weight(block: InputBlock, f: BlockFeatures, decision: Decision | None) -> float:
    """How strongly a block argues for being inside the body: positive for prose."""
    if decision is not None:
        return -1.0
    if f.link_density > MAX_LINK_DENSITY:
        return -1.0
    if f.words >= PROSE_MIN_WORDS and f.stopword_ratio >= PROSE_MIN_STOPWORDS:
        return min(f.chars, 600) / 100.0
    if f.chars < SHORT_CHARS:
        return -0.5
    return 0.0 if f.terminal else -0.3


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
    weights: list[float],
    start: int,
    end: int,
) -> None:
    for i in range(start, end):
        if decisions[i] is not None:
            continue
        block, f = blocks[i], feats[i]
        caption = structure.split_caption(block.text) if f.chars < 500 else None
        if caption is not None and caption.text or block.tag == "figcaption":
            decisions[i] = Decision(label="caption", reason="credit", score=0.6)
            continue
        if structure.parse_byline(block.text) is not None:
            decisions[i] = Decision(label="byline", reason="byline", score=0.6)
            continue
        if weights[i] > 0:
            decisions[i] = Decision(label=_body_kind(block), reason="prose", score=0.9)
            continue
        if _is_heading(block, f, blocks, i):
            decisions[i] = Decision(label="heading", reason="subheading", score=0.6)
        elif block.text.startswith(_BULLETS) or block.tag == "li":
            decisions[i] = Decision(label="list_item", reason="list", score=0.6)
        elif f.terminal and f.words >= 4 and f.link_density <= MAX_LINK_DENSITY:
            decisions[i] = Decision(label=_body_kind(block), reason="short-sentence", score=0.6)
        else:
            decisions[i] = Decision(label="boilerplate", reason="short-line", score=0.3)


def _body_kind(block: InputBlock) -> str:
    if block.tag in _HEADING_TAGS:
        return "heading"
    return _TAG_LABELS.get(block.tag or "", "body")


def _is_heading(
    block: InputBlock, f: BlockFeatures, blocks: tuple[InputBlock, ...], i: int
) -> bool:
    if block.tag in _HEADING_TAGS:
        return True
    if f.terminal and not block.text.endswith(("?", ":")):
        return False
    # A subheading is a few words followed by prose.
    return 1 <= f.words <= 14 and i + 1 < len(blocks) and len(blocks[i + 1].text) > SHORT_CHARS


def _label_head(
    document: Document, feats: list[BlockFeatures], decisions: list[Decision | None], start: int
) -> None:
    blocks = document.blocks
    lo = max(0, start - HEAD_WINDOW)
    # Bylines and captions just above the body.
    for i in range(lo, start):
        if decisions[i] is not None:
            continue
        if structure.parse_byline(blocks[i].text) is not None:
            decisions[i] = Decision(label="byline", reason="byline", score=0.7)
        elif feats[i].chars < 500 and structure.split_caption(blocks[i].text) is not None:
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
    first = fold(blocks[0].text)
    candidates = []
    for i in range(0, min(start + 1, len(blocks))):
        d = decisions[i]
        if d is not None and d.label != "boilerplate" or d is not None and d.reason != "duplicate":
            if d is not None:
                continue
        f = feats[i]
        if not (3 <= f.words <= 40) or f.chars > 250:
            continue
        folded = fold(blocks[i].text)
        if wanted and (folded == wanted or wanted.startswith(folded) or folded.startswith(wanted)):
            return i
        if blocks[i].tag == "h1":
            return i
        # The page's <title> ("Headline - Site") often opens crawler text; the headline
        # proper repeats it lower down, just above the body.
        if i > 0 and len(folded) >= 15 and first.startswith(folded):
            return i
        if not f.terminal or blocks[i].text.endswith(("?", "!")):
            candidates.append(i)
    if not candidates:
        return None
    # The heading-like line nearest above the body.
    above = [i for i in candidates if i < start]
    return above[-1] if above else None


def _find_dek(
    blocks: tuple[InputBlock, ...],
    feats: list[BlockFeatures],
    decisions: list[Decision | None],
    title: int,
    start: int,
) -> int | None:
    for i in range(title + 1, min(title + 4, len(blocks))):
        d = decisions[i]
        if d is not None and d.label != "body":
            continue
        f = feats[i]
        if not (6 <= f.words <= 70):
            return None
        # A dek stands apart from the body: bylines, captions or a repeat of it follow.
        following = [decisions[j] for j in range(i + 1, min(i + 4, len(blocks)))]
        separated = any(
            x is not None and (x.label in ("byline", "caption") or x.reason == "duplicate")
            for x in following
        )
        if separated or i < start:
            return i
        return None
    return None


def _label_tail(blocks: tuple[InputBlock, ...], decisions: list[Decision | None], end: int) -> None:
    # "Reporting by ...; Editing by ..." and "X contributed to this report" close stories.
    for i in range(end, min(end + 4, len(blocks))):
        if decisions[i] is None and structure.parse_byline(blocks[i].text) is not None:
            decisions[i] = Decision(label="byline", reason="trailer", score=0.6)

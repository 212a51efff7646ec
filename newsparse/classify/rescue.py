"""The safety net against a lost article: prose the main container left out.

The HTML loader marks the blocks inside the page's chosen main container
(:mod:`newsparse.classify.container`), and outside it the markup drops everything but the
head (``outside-main``). That choice is one piece of evidence, not a verdict: when it is
wrong — a comment thread, a menu, a FAQ or a teaser rail won — the whole article would be
dropped without a word. Before the classifier labels an HTML page, :func:`widen_main`
weighs the container's article-like text against the rest of the page's:

* **rescue**: when the container holds little article-like text while a run of
  article-like paragraphs elsewhere holds much more, that run joins the main content;
* **continuation**: a story interrupted by a widget (a newsletter box, an ad, a
  "related" block) often has its lede in a box of its own before the widget: paragraphs
  of the same kind as the container's first or last one (same tag, same depth), separated
  from it only by a few short blocks, join it; above it, so does a paragraph too long for a
  standfirst in a box of its own, unless a heading or a byline stands between.

Blocks so joined are then labelled like any other block of the main content (the widget's
own lines still go to boilerplate by their phrases and link text); those the classifier
keeps as prose get the reason ``prose-outside-main``, so ``newsparse explain`` says why.

Article-like means: a paragraph of some length, little link text, ending a sentence — in
any script. The thresholds are data: :mod:`newsparse.data.containers`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter

import attrs

from .. import patterns as P
from ..data import containers as rules
from ..data import layout, markup
from ..document import Decision, Document, InputBlock
from ..model import Reason
from . import structure
from .container import hint_flags


def article_chars(block: InputBlock, max_link_density: float = rules.RESCUE_MAX_LINK_DENSITY) -> int:
    """How many characters of article-like text ``block`` is: its length, or 0.

    A block reads like an article's paragraph when it is long enough (fewer characters
    count in ideographic scripts), has little link text (at most ``max_link_density`` of
    it), and ends a sentence.
    """
    text = block.text
    n = len(text)
    # Most blocks of a page are short lines: the cheapest tests first.
    if n < _SHORTEST or block.link_density > max_link_density:
        return 0
    if n < rules.RESCUE_PARAGRAPH_CHARS and max(text[:40]) < "\u2e80":
        return 0  # short, and not in an ideographic script
    return n if _TERMINAL(text[-4:]) is not None else 0


_SHORTEST = min(rules.RESCUE_PARAGRAPH_CHARS, rules.RESCUE_PARAGRAPH_CHARS_IDEOGRAPHIC)
_TERMINAL = P.TERMINAL_PUNCTUATION.search
_IN_MAIN = attrgetter("in_main")
_HEADINGS = markup.HEADING_TAGS
# Blocks that are items of something else (a list, a table's row, a picture), never the
# story's opening paragraph however long.
_NOT_A_LEDE = _HEADINGS | {"li", "td", "th", "figcaption", "dd", "dt", "blockquote"}


def widen_main(document: Document) -> tuple[Document, frozenset[int]]:
    """Join to an HTML page's main content the article-like text its container left out.

    Args:
        document: a loaded page (plain text and pages without a container pass unchanged).

    Returns:
        The document, with the joined blocks marked inside the main content, and the
        indexes of those blocks (empty when nothing was joined).
    """
    blocks = document.blocks
    if document.format != "html" or not blocks:
        return document, frozenset()
    # (Most blocks are short lines: they are settled without a call.)
    sizes = [article_chars(b) if len(b.text) >= _SHORTEST else 0 for b in blocks]
    inside = list(map(_IN_MAIN, blocks))
    outside = sum([size for size, flag in zip(sizes, inside) if size and not flag])
    if not outside:
        return document, frozenset()  # the common case: nothing article-like left out
    # (A run weighs at most its article-like characters.)
    joined: set[int] = set()
    if outside >= rules.RESCUE_MIN_CHARS:
        held = _inside_chars(blocks)
        joined.update(_rescued_runs(blocks, sizes, held))
        if joined and held < rules.RESCUE_FURNITURE_MAX_INSIDE:
            # The container holds next to nothing: what was rescued is all the page has.
            joined.update(_same_boxes(blocks, sizes, joined))
        inside = [flag or i in joined for i, flag in enumerate(inside)]
    joined.update(_continuation(blocks, sizes, inside))
    if not joined:
        return document, frozenset()
    evolve = attrs.evolve
    widened = tuple(evolve(b, in_main=True) if i in joined else b for i, b in enumerate(blocks))
    return evolve(document, blocks=widened), frozenset(joined)


def _same_boxes(blocks: Sequence[InputBlock], sizes: Sequence[int], joined: set[int]) -> list[int]:
    """The blocks outside the main content in boxes of the kind the ``joined`` paragraphs
    stand in: a forum thread's posts, each in a box of the same names, are cut by their
    authors' names, dates and buttons into runs of their own, and the thread is all of
    them. Boxes named for furniture count only where the block's own element is the very
    one of a joined paragraph (its whole path): a live ticker's entries stand in boxes
    named for comments, its short entries in the same element as its long ones, and its
    minute marks in elements of their own."""
    boxes = {box for i in joined if sizes[i] and (box := box_of(blocks[i])) is not None}
    paths = {blocks[i].path for i in joined if sizes[i]}
    return [
        i for i, block in enumerate(blocks)
        if not block.in_main and i not in joined and (
            block.path in paths or (box_of(block) in boxes and not _in_furniture(block))
        )
    ]


def explained(
    decisions: Sequence[Decision], joined: Iterable[int], reason: str = Reason.PROSE_OUTSIDE_MAIN,
) -> tuple[Decision, ...]:
    """``decisions``, with the prose of the ``joined`` blocks given the ``reason`` that says
    where it came from (outside the main container, or the page's structured data)."""
    out = list(decisions)
    for i in joined:
        d = out[i]
        if d.reason == Reason.PROSE:
            out[i] = Decision(label=d.label, reason=reason, score=d.score)
    return tuple(out)


def _runs(blocks: Sequence[InputBlock], sizes: Sequence[int]) -> list[tuple[int, int, float, float, bool]]:
    """The runs of article-like blocks outside the main content: (first, last, weight,
    article-like characters, whether most of it sits in furniture boxes).

    A run goes on across at most :data:`~newsparse.data.containers.RESCUE_MAX_GAP` other
    blocks in a row (a subheading, a caption, an ad label) and stops at the main content.
    Its weight is its article-like characters, less for text in boxes named for comments
    or promotions, which are article-like too but not the article.
    """
    runs = []
    first = last = -1
    weight = furniture = plain = 0.0
    gap = 0
    for i, (block, size) in enumerate(zip(blocks, sizes)):
        if block.in_main or (not size and gap >= rules.RESCUE_MAX_GAP):
            if first >= 0:
                runs.append((first, last, weight, furniture + plain, furniture > plain))
            first, weight, furniture, plain, gap = -1, 0.0, 0.0, 0.0, 0
            continue
        if not size:
            # Short lines (a time stamp, a score, "Advertisement") do not break a run.
            gap += len(block.text) >= rules.RESCUE_GAP_MIN_CHARS
            continue
        if first < 0:
            first = i
        last, gap = i, 0
        if _in_furniture(block):
            furniture += size
            weight += size * rules.RESCUE_FURNITURE_SHARE
        else:
            plain += size
            weight += size
    if first >= 0:
        runs.append((first, last, weight, furniture + plain, furniture > plain))
    return runs


def _inside_chars(blocks: Sequence[InputBlock]) -> int:
    """The characters of the main container's paragraphs.

    The container's own text gets the benefit of the doubt: its long paragraphs count
    whether or not they end a sentence (a lead quote, a poem, a list of steps).
    """
    return sum(
        len(block.text) for block in blocks
        if block.in_main and len(block.text) >= rules.RESCUE_PARAGRAPH_CHARS
        and block.link_density <= rules.RESCUE_MAX_LINK_DENSITY
    )


def _rescued_runs(blocks: Sequence[InputBlock], sizes: Sequence[int], inside: int) -> list[int]:
    """The blocks of the runs that should join a container holding little of the article
    (``inside`` characters of paragraphs): their paragraphs, and the blocks between them
    outside furniture boxes."""
    # Every run that outweighs the container joins: an article the container missed can
    # stand in two runs, on either side of the box that was chosen.
    joined: list[int] = []
    # Comments and promotions replace nothing but an empty container; there, they are all
    # the page has (a forum thread whose posts sit in boxes named for comments), and they
    # count in full.
    empty = inside < rules.RESCUE_FURNITURE_MAX_INSIDE
    for first, last, weight, size, in_furniture in _runs(blocks, sizes):
        if empty:
            weight = size
        if weight < rules.RESCUE_MIN_CHARS or weight < rules.RESCUE_RATIO * inside:
            continue
        if in_furniture and not empty:
            continue
        joined.extend(i for i in range(first, last + 1) if sizes[i] or not _in_furniture(blocks[i]))
    return joined


def _in_furniture(block: InputBlock) -> bool:
    """Whether the nearest boxes around ``block`` are page furniture: named for it (a
    footer, a comment, a menu), furniture by tag (``<aside>``, ``<nav>``, ``<footer>``), or an
    ``<article>`` inside another (a teaser card).

    The nearest boxes only (the block's path, the first of its class and id names): a name
    far up the page ("mmenu-pagewrapper" around everything) says nothing of one paragraph.
    """
    path = block.path
    if path and _path_in_furniture(path):
        return True
    return hint_flags(block.hints[:rules.RESCUE_HINT_CHARS])[0]


@functools.lru_cache(maxsize=4096)
def _path_in_furniture(path: str) -> bool:
    # Blocks of one box share their path: each distinct path is judged once.
    tags = [segment.split(".", 1)[0] for segment in path.split(">")]
    if tags.count("article") >= 2 or not rules.FURNITURE_TAGS.isdisjoint(tags):
        return True
    return hint_flags(path.lower())[0]


def _continuation(blocks: Sequence[InputBlock], sizes: Sequence[int], inside: Sequence[bool]) -> list[int]:
    """Paragraphs of the main content's own kind around it, across a widget.

    Before it, paragraphs with the tag of its first one, at about its depth (see
    :data:`~newsparse.data.containers.LEDE_MAX_DEPTH_STEP`), and the blocks with that tag
    between them: a story's lede is what a widget cuts off (the sign-up box after the
    first paragraphs, a date line between a lede in a box of its own and the rest). A long
    paragraph of another tag joins too when its box bears the same names as the first
    paragraph's (a lede set as a heading in a page builder's text box, above the box
    holding the rest of the text), and so does a paragraph of any other box too long for
    a standfirst (an abstract field, an excerpt in the article's header), unless a heading
    or a byline stands between it and the container. After
    it, only paragraphs in a box of the kind its own paragraphs stand in (the same names
    down their path): what follows a story's end is an author's note or a disclaimer as
    often as more of the story, but a page builder that sets each section of a text in a
    box of its own, between videos or pictures, repeats the same box.
    """
    kept = [i for i, (size, flag) in enumerate(zip(sizes, inside)) if flag and size]
    if not kept:
        return []
    first = blocks[kept[0]]
    tag, depth, first_box = first.tag, first.depth, box_of(first)
    boxes = {box for i in kept if (box := box_of(blocks[i])) is not None}

    def lede_like(block: InputBlock) -> bool:
        if block.tag == tag and abs(block.depth - depth) <= rules.LEDE_MAX_DEPTH_STEP:
            return True
        if (
            block.tag not in _NOT_A_LEDE and len(block.text.split()) > layout.DEK_MAX_WORDS
            and not _headed_between(blocks, block.span.start, top)
        ):
            # A paragraph too long for a standfirst, in a box of its own above the story
            # (an "abstract" field, an excerpt in the article's header), is its lede,
            # of whatever tag or depth: but not above a heading or a byline that stands
            # between it and the rest (a blog's description above a post's title, a
            # video's transcript above the story's credit). (A shorter one may be the
            # dek, which is the head's to find.)
            return True
        if block.tag == tag:
            return False
        # A page builder sets each part of a text in a box of its own, all of one kind:
        # a lede set in another tag (a long <h2>) in a box of the same names as the
        # first paragraph's is the text's first part, not a heading above it.
        return (
            block.tag != "h1" and len(block.text) >= rules.LEDE_MIN_CHARS
            and first_box is not None and box_of(block) == first_box
        )

    def same_tag(block: InputBlock) -> bool:
        return block.tag == tag and not _in_furniture(block)

    def in_boxes(block: InputBlock) -> bool:
        return box_of(block) in boxes

    # The container may open with a caption, a date line or a subheading above its first
    # paragraph: the walk upwards starts above those (a few blocks of another tag than the
    # paragraphs'), not at the first paragraph, or a lede cut off by a photo or an audio
    # player would stay cut off. Never above the headline (h1): what stands above it (a
    # sign-up's messages, a menu) is not its lede.
    top = kept[0]
    while (
        top > 0 and inside[top - 1] and blocks[top - 1].tag not in (tag, "h1")
        and kept[0] - top < rules.RESCUE_MAX_GAP
    ):
        top -= 1
    found = _joined(blocks, sizes, inside, range(top - 1, -1, -1), lede_like, same_tag)
    found.extend(_joined(blocks, sizes, inside, range(kept[-1] + 1, len(blocks)), in_boxes, in_boxes))
    return found


def _headed_between(blocks: Sequence[InputBlock], start: int, top: int) -> bool:
    """Whether a heading or a byline stands between the block at offset ``start`` and block
    ``top``: the story's title and credit stand above its lede, never below."""
    i = top - 1
    while i >= 0 and blocks[i].span.start > start:
        block = blocks[i]
        if block.tag in _HEADINGS or (
            len(block.text) <= markup.BYLINE_BOX_MAX_CHARS and structure.parse_byline(block.text) is not None
        ):
            return True
        i -= 1
    return False


def box_of(block: InputBlock) -> str | None:
    """The names of the boxes around a block as its path gives them, the block's own
    element left out: "…>div.text-column>div.wrapper" for a ``<p>`` in it; None for a
    block without a path (plain text) or at the top."""
    path = block.path
    if not path or ">" not in path:
        return None
    return path.rpartition(">")[0]


def _joined(
    blocks: Sequence[InputBlock], sizes: Sequence[int], inside: Sequence[bool], order: range,
    same_kind: Callable[[InputBlock], bool], between: Callable[[InputBlock], bool],
) -> list[int]:
    """The article-like blocks of the main content's kind met in ``order`` (walking away
    from it), and the blocks standing between them that pass ``between`` (a subheading,
    not the widget's own boxes); the walk stops at the main content, or after more than
    :data:`~newsparse.data.containers.RESCUE_MAX_GAP` other blocks in a row."""
    found: list[int] = []
    gap = 0
    last = order.start - order.step  # the main content's edge
    for i in order:
        if inside[i] or gap > rules.RESCUE_MAX_GAP:
            break
        block = blocks[i]
        if sizes[i] and same_kind(block) and not _in_furniture(block):
            found.append(i)
            found.extend(j for j in range(min(i, last) + 1, max(i, last)) if between(blocks[j]))
            last, gap = i, 0
        else:
            gap += 1
    return found


def extend_to_lede(
    blocks: Sequence[InputBlock],
    decisions: Sequence[Decision | None],
    body: list[bool],
    start: int,
    scores: Sequence[float] | None = None,
) -> int:
    """Take into the body the paragraphs just above its first block.

    The body model sometimes starts the body one paragraph late, after a share row, a
    tour-dates box, an author's name or a photo credit between the lede and the rest: a
    paragraph that reads like an article's, separated from the body only by blocks
    already decided (or short lines), is its lede. On an HTML page the paragraph must be
    in the main container, and only the container's own blocks count toward the window:
    a widget nested in the story but left out of the container (a newsletter box of a
    dozen short lines) is one interruption however many blocks it has. Plain text has no
    container to speak for a paragraph, so there the body model must lean towards it (a
    positive score in ``scores``); and a line it leans towards that is too short for a
    lede (a note that the story belongs to a series, a subheading, a kicker) does not stop
    the search, only a longer line the model doubts does. (On the text dev sets this takes
    a teaser or lede set apart by such a line into the body on seven pages of seven sites,
    loses no snippet and leaks none: trafilatura-dev-text recall 0.902 -> 0.905; one page
    also keeps an audio player's row that the lede now stands above.)

    Args:
        blocks: the page's blocks.
        decisions: the first pass's verdicts (None where none).
        body: which blocks the decoding made body; updated in place.
        start: the first block of the body.
        scores: the body model's log-odds per block; plain text is extended only when
            they are given.

    Returns:
        The new first block of the body.
    """
    if start <= 0:
        return start
    plain = blocks[start].tag is None
    if plain and scores is None:
        return start
    i = start - 1
    looked = 0
    while i >= 0 and looked < rules.LEDE_WINDOW:
        block = blocks[i]
        looked += block.in_main  # a nested widget outside the container counts nothing
        if decisions[i] is None:
            leans = plain and scores is not None and scores[i] > 0
            if (leans if plain else block.in_main) and (
                article_chars(block, rules.LEDE_MAX_LINK_DENSITY) >= rules.LEDE_MIN_CHARS
            ):
                body[i] = True
                start = i
            elif len(block.text) >= rules.RESCUE_GAP_MIN_CHARS and not leans:
                break
        i -= 1
    return start

"""Inside the body: a short block alone in a box of its own is the page's, not the article's.

A page sets its widgets between a story's paragraphs: a rating ("4,5 bei 4394
Bewertungen"), a slide counter ("Image 1 of 4"), an "Advert" label, a follow button, a
note on who reviewed the text, a call to subscribe. Each reads as a line of text in any
language, and the body model keeps it when its neighbours are paragraphs. The markup tells
it apart: the article's paragraphs stand in a few boxes, repeated (``…>div.entry-content>p``,
``…>div.text>p``), while a widget's line is alone in a box of its own.
:func:`drop_islands` drops such a block when it is short and stands between the first
and the last of the body's blocks in repeated boxes, and leaves alone what the article
sets apart on purpose (headings, quotes, list items, table cells, code, and the
paragraphs inside them) and the text a box holds around its own paragraphs. Plain text
has no boxes: there, nothing changes. The bounds are data: :mod:`newsparse.data.layout`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..data import layout as L
from ..document import Decision, InputBlock, body_blocks
from ..model import Label, Reason
from .rescue import box_of

_SHORT_LINE = Decision(label=Label.BOILERPLATE, reason=Reason.SHORT_LINE, score=0.3)
_ASIDE = Decision(label=Label.BOILERPLATE, reason=Reason.ASIDE, score=0.3)


def drop_islands(
    blocks: Sequence[InputBlock], decisions: list[Decision | None], kept: AbstractSet[str] = frozenset(),
) -> None:
    """Drop the short blocks of the body's interior that stand alone in a box of their own.

    Only on a body whose text stands mostly in repeated boxes (at least
    :data:`~newsparse.data.layout.ISLAND_MIN_REPEATED_SHARE` of its characters): where every
    paragraph has a box of its own, being alone says nothing.

    Args:
        blocks: the page's blocks.
        decisions: one decision per block (None: not decided); updated in place.
        kept: the reasons the extraction mode keeps inside the article (``recall`` keeps
            short lines and asides): a block that would be dropped for one of them stays.
    """
    body = body_blocks(decisions)
    if len(body) < L.ISLAND_MIN_BLOCKS or blocks[body[0]].path is None:
        return
    boxes = [box_of(blocks[i]) for i in body]
    count = Counter(boxes)
    chars = [len(blocks[i].text) for i in body]
    repeated = sum(c for c, box in zip(chars, boxes) if count[box] > 1)
    if repeated < L.ISLAND_MIN_REPEATED_SHARE * sum(chars):
        return
    # The boxes that hold body blocks: a block whose own element is one of them holds the
    # text around that box's paragraphs ("We hope you enjoy it!" after the last <p>).
    holders = {_tail(box) for box in count if box is not None}
    # Only between the first and the last block in a repeated box: above the first, a lede
    # or a standfirst may stand alone (where the body opens is settled elsewhere), below
    # the last, see the detached end.
    repeated_at = [position for position, box in enumerate(boxes) if count[box] > 1]
    for position in range(repeated_at[0] + 1, repeated_at[-1]):
        i, box = body[position], boxes[position]
        block = blocks[i]
        if (
            count[box] > 1 or chars[position] >= L.ISLAND_MAX_CHARS
            or block.tag in L.ISLAND_KEPT_TAGS or _box_tag(box) in L.ISLAND_KEPT_TAGS
            or _tail(block.path or "") in holders
        ):
            continue
        dropped = _SHORT_LINE if chars[position] < L.SHORT_CHARS else _ASIDE
        if dropped.reason not in kept:
            decisions[i] = dropped


def _box_tag(box: str | None) -> str:
    # The tag of the box a block stands in: "li" for "…>ol>li>p".
    return (box or "").rpartition(">")[2].partition(".")[0]


def _tail(path: str) -> str:
    # Paths name at most a few elements, the nearest last: a box's path and the path of the
    # element that is that box compare on the last names both still show.
    return ">".join(path.split(">")[-L.ISLAND_COMPARED_NAMES:])

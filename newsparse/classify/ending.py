"""The body's end: a last block that stands apart from the body's paragraphs is not the article's.

Below a story, pages set a line or two that reads as prose but belongs to the page: a
call to follow the site on a social network or to download its app, a licence note, a
"Tags:" label, a login prompt, a rating. The body model keeps such a block when it ends
a sentence and sits near the last paragraph. The markup tells it apart in any language:
the article's paragraphs stand in a few boxes, repeated (``…>div.entry-content>p``),
while the trailing line sits in a box of its own. :func:`trim_detached_end` drops, as
``outside-body``, the body's last block when it is short and stands in no box where
another block of the body stands, and looks again at the new last block, a few times
at most. Plain text has no boxes: there, nothing changes. The bounds are data:
:mod:`newsparse.data.layout`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..data import layout as L
from ..document import BODY_LABELS, Decision, InputBlock
from ..model import Label, Reason
from .rescue import box_of

_OUTSIDE_BODY = Decision(label=Label.BOILERPLATE, reason=Reason.OUTSIDE_BODY)


def trim_detached_end(blocks: Sequence[InputBlock], decisions: list[Decision | None]) -> None:
    """Drop the body's last blocks while each stands apart from the rest of the body.

    Args:
        blocks: the page's blocks.
        decisions: one decision per block (None: not decided); updated in place.
    """
    kept = [i for i, d in enumerate(decisions) if d is not None and d.label in BODY_LABELS]
    for _ in range(L.DETACHED_END_ROUNDS):
        if len(kept) < L.DETACHED_END_MIN_BLOCKS:
            return
        last = blocks[kept[-1]]
        box = box_of(last)
        if box is None or len(last.text) >= L.DETACHED_END_MAX_CHARS:
            return
        if any(box_of(blocks[i]) == box for i in kept[:-1]):
            return
        decisions[kept.pop()] = _OUTSIDE_BODY

"""A numbered list the body runs into goes on to its last item.

On crawler text a listicle ("1) ...", "2. ...") is a run of short item lines, each with a
line or two under it (a description, a link). The body model, reading line by line, often
keeps the first items and drops the rest as a run of short lines, as it would a menu. But
numbers that count on — n, n+1, n+2, each a few lines below the last — say in any
language that the lines are one list. :func:`continue_numbered` takes the body from the
last item it holds on to the last item of the list, with as many lines under that item as
stand under the one before, and never across a line the first pass settled as
boilerplate (a share row or a "Related" label ends the list).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import patterns as P
from ..data import layout as L
from ..document import Decision, InputBlock
from ..model import Label


def item_number(text: str) -> int | None:
    """The number of a numbered list item ("3. Sam Ponder" -> 3), None for other lines."""
    if len(text) > L.NUMBERED_ITEM_MAX_CHARS:
        return None
    found = P.NUMBERED_ITEM.match(text)
    return int(found.group(1)) if found else None


def continue_numbered(
    blocks: Sequence[InputBlock], decisions: Sequence[Decision | None], body: list[bool], end: int
) -> int:
    """Extend the body over the rest of a numbered list it holds the start of.

    Args:
        blocks: the page's blocks.
        decisions: the first pass's verdicts (None where none).
        body: which blocks the decoding made body; updated in place.
        end: the end of the body's run (half-open).

    Returns:
        The new end of the body's run.
    """
    found = next(
        ((i, k) for i in range(end - 1, -1, -1) if body[i] and (k := item_number(blocks[i].text)) is not None), None
    )
    if found is None:
        return end
    last, number = found
    items = [last]
    expected = number + 1
    n = len(blocks)
    j = last + 1
    while j < n and j - items[-1] <= L.NUMBERED_MAX_GAP and not _settled(decisions[j]):
        if item_number(blocks[j].text) == expected:
            items.append(j)
            expected += 1
        j += 1
    if items[-1] < end:
        return end
    # The last item keeps as many lines under it as the item before it had.
    stop = min(n, items[-1] + (items[-1] - items[-2]))
    new_end = end
    for k in range(last + 1, stop):
        if _settled(decisions[k]):
            break
        if decisions[k] is None:
            body[k] = True
        new_end = k + 1
    return max(end, new_end)


def _settled(decision: Decision | None) -> bool:
    return decision is not None and decision.label == Label.BOILERPLATE

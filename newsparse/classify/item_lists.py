"""On crawler text, a list of numbered items beside the body belongs to the article.

A recipe's ingredients ("2 tablespoons vegetable oil"), a tour's dates ("June 9 – Tampa,
FL"), a price list, a timetable, a podcast's file sizes: crawler text sets each item on a
line of its own, short and without a full stop, and the body model, reading line by line,
drops the run as it would a menu. The article's prose is kept, its list is lost, and on a
page that is mostly its list (a recipe) so is most of the article.

What tells such a list from a menu in any language is that nearly every line of it
carries a number and a word or more (a quantity, a date, a time, a price), where a menu's
lines are names. :func:`join_item_lists` takes into the body a run of such lines standing
right above the body's first block or right below its last, with nothing between them and
the body but lines nothing was said of. A run whose lines' first numbers count down is a
feed, newest first (an archive of releases, "recent posts" with their dates, a live
ticker's minutes), and stays out. HTML pages say what a list is in their markup: there,
nothing changes. The bounds are data: :mod:`newsparse.data.layout`.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .. import patterns as P
from ..data import layout as L
from ..document import BODY_LABELS, Decision, InputBlock
from ..model import Label, Reason

_ITEM = Decision(label=Label.LIST_ITEM, reason=Reason.ITEM_LIST, score=0.5)
_DIGIT = P.FIRST_NUMBER.search
# What the lines of a list beside the body were told when nothing read them as a list.
_OPEN = frozenset({Reason.SHORT_LINE, Reason.OUTSIDE_BODY})


def join_item_lists(blocks: Sequence[InputBlock], decisions: list[Decision | None]) -> None:
    """Take into the body the runs of numbered item lines just above and below it.

    Each run is the lines met walking away from the body that nothing was said of (or
    only that they are short, or outside the body), up to the last item line; it joins when
    :func:`is_item_list` holds, each line labelled a list item with the reason
    ``item-list``.

    Args:
        blocks: the page's blocks (lines of crawler text).
        decisions: one decision per block (None: not decided); updated in place.
    """
    anchors = [
        i for i, d in enumerate(decisions) if d is not None and d.label in BODY_LABELS and d.reason != Reason.SUBHEADING
    ]
    if not anchors:
        return
    for run in (
        _open_run(decisions, range(anchors[0] - 1, -1, -1)),
        _open_run(decisions, range(anchors[-1] + 1, len(blocks))),
    ):
        # A list ends at its last item: lines past it (a tag line, a credit) are not the
        # list's, whatever the run holds.
        while run and not is_item(blocks[run[-1]].text):
            run.pop()
        run.sort()  # page order: a feed counts down as it is read, not as it is walked
        if is_item_list([blocks[i].text for i in run]):
            for i in run:
                decisions[i] = _ITEM


def is_item_list(lines: Sequence[str]) -> bool:
    """Whether ``lines`` read as a list of numbered items and not as a feed.

    Enough lines (:data:`~newsparse.data.layout.ITEM_LIST_MIN_LINES`), nearly all of them
    (:data:`~newsparse.data.layout.ITEM_LIST_MIN_SHARE`) holding a digit and two words or
    more, and first numbers that do not count down.
    """
    n = len(lines)
    if n < L.ITEM_LIST_MIN_LINES:
        return False
    items = sum(1 for line in lines if is_item(line))
    return items >= L.ITEM_LIST_MIN_SHARE * n and not counts_down(lines)


def is_item(line: str) -> bool:
    """Whether ``line`` reads as an item of a numbered list: a digit, and two words or more
    ("250 g minced lamb", "June 9 – Tampa"; not a bare "2019" or an id like "dp3_1_en")."""
    return _DIGIT(line) is not None and len(line.split(None, 1)) == 2


def counts_down(lines: Sequence[str]) -> bool:
    """Whether the first numbers of ``lines`` count down, as a feed's dates do.

    Each no larger than the one before on at least
    :data:`~newsparse.data.layout.ITEM_LIST_COUNTDOWN_SHARE` of the steps, and smaller on
    at least half of them (a list of equal quantities does not count down).
    """
    numbers = [int(found.group()) for line in lines if (found := _DIGIT(line)) is not None]
    steps = list(pairwise(numbers))
    if not steps:
        return False
    down = sum(1 for a, b in steps if b < a)
    level = sum(1 for a, b in steps if b == a)
    return down >= 0.5 * len(steps) and down + level >= L.ITEM_LIST_COUNTDOWN_SHARE * len(steps)


def _open_run(decisions: Sequence[Decision | None], order: range) -> list[int]:
    # The blocks met in ``order`` (walking away from the body) that nothing was said of,
    # or only that they are short lines or outside the body, up to the first settled one.
    run = []
    for i in order:
        d = decisions[i]
        if d is not None and d.reason not in _OPEN:
            break
        run.append(i)
    return run

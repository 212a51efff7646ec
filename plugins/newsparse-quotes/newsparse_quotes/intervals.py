"""A static set of half-open intervals answering "does anything overlap [start, end)?".

The speaker resolver asks this once per name it derived, against every name the entity
recogniser found; scanning all of them made a long text cost the product of the two
counts. Sorted starts with a running maximum of ends answer each question with one
binary search, whatever the intervals (overlapping or nested ones included).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable


class Intervals:
    """Half-open ``(start, end)`` intervals, fixed at construction.

    Args:
        intervals: the ``(start, end)`` pairs, in any order.
    """

    __slots__ = ("_max_ends", "_starts")

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(intervals)
        self._starts = [start for start, _ in pairs]
        # _max_ends[i] is the largest end among the first i + 1 intervals by start.
        self._max_ends: list[int] = []
        reach = -1
        for _, end in pairs:
            reach = max(reach, end)
            self._max_ends.append(reach)

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some interval shares at least one position with ``[start, end)``.

        Args:
            start: first offset of the queried interval.
            end: offset just after it.

        Returns:
            True when an interval starts before ``end`` and ends after ``start``.
        """
        # Every interval starting before ``end`` is a candidate; the one reaching
        # furthest among them decides.
        count = bisect_left(self._starts, end)
        if count == 0:
            return False
        return self._max_ends[count - 1] > start

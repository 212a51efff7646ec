"""Pair quotation marks into quoted regions, in one linear pass.

The shape of a mark says whether it opens or closes (``“`` / ``”``), but scraped text is
messy: straight ``"`` marks, a ``”`` used to open, marks missing at one end. Each mark is
therefore judged by its glyph *and* its neighbours (a mark with a space before it and a
letter after it opens, whatever it looks like), and pairing never crosses a paragraph
boundary except in the newspaper convention for long quotes: a paragraph left open whose
next paragraph starts with an opening mark continues the same quotation.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .patterns import CLOSING_MARKS, MARK_RE, OPENING_MARKS

_OPEN, _CLOSE, _EITHER = 1, 2, 3

# Characters after which a mark is at the start of a word (so it opens).
_BEFORE_OPEN = frozenset(" \t\n\u00a0([{—–-/:;")
# Characters after which a mark ends a word (so it closes).
_NOT_BEFORE_OPEN = frozenset(".,!?;’')]}%…")
# Characters before which a mark is at the end of a word (so it closes).
_AFTER_CLOSE = frozenset(" \t\n\u00a0)]}—–-/:;,.!?")


@attrs.frozen
class Region:
    """A quoted region of a text.

    Attributes:
        start: offset of the opening mark.
        content_start: offset of the first character after the opening mark.
        content_end: offset just past the last quoted character (before the closing mark).
        end: offset just past the closing mark (``content_end`` when the quote is unclosed).
        closed: whether a closing mark was found.
        paragraphs: how many paragraphs the quotation runs over.
    """

    start: int
    content_start: int
    content_end: int
    end: int
    closed: bool = True
    paragraphs: int = 1


def _opens_after(char: str) -> bool:
    """Whether a mark after ``char`` is at the start of a word."""
    return char in _BEFORE_OPEN or not (char.isalnum() or char in _NOT_BEFORE_OPEN)


def _role(mark: str, before: str, after: str) -> int:
    """Return whether a mark opens, closes, or could do either, from glyph and context."""
    opens = _opens_after(before)
    starts_word = opens and after not in _AFTER_CLOSE
    ends_word = not opens and after in _AFTER_CLOSE
    if mark in OPENING_MARKS:
        return _CLOSE if ends_word else _OPEN
    if mark in CLOSING_MARKS:
        return _OPEN if starts_word else _CLOSE
    if starts_word:
        return _OPEN
    if ends_word:
        return _CLOSE
    return _EITHER


def _marks(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, end, role)`` for every double quotation mark in ``text``."""
    size = len(text)
    for match in MARK_RE.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else "\n"
        after = text[end] if end < size else "\n"
        if after in " \u00a0" and text.startswith(("…", "..."), end + 1):
            # "” … in the case of Wyoming": a quotation that starts with an ellipsis opens
            # whatever the mark's glyph, as one that starts with a word does.
            after = "…"
        yield start, end, _role(match.group(), before, after)


def _next_paragraph_opens(text: str, position: int) -> int | None:
    """Return the offset of the opening mark starting the paragraph after ``position``.

    Returns None when the next non-blank text is not an opening mark. Only whitespace is
    skipped, so the cost is bounded by the blank run.
    """
    size = len(text)
    index = position
    while index < size and text[index] in " \t\n\u00a0":
        index += 1
    if index >= size:
        return None
    match = MARK_RE.match(text, index)
    if match is None:
        return None
    mark = match.group()
    after = text[match.end()] if match.end() < size else "\n"
    if mark in CLOSING_MARKS and after in _AFTER_CLOSE:
        return None
    return index


def find_regions(text: str) -> list[Region]:
    """Return the top-level quoted regions of ``text``, in order, never overlapping.

    Double marks are paired; single marks are left to the caller (they are nested quotes
    or apostrophes). A quotation left open at the end of a paragraph continues into the
    next paragraph when that paragraph starts with an opening mark; otherwise it ends with
    its paragraph (if it was opened by an unambiguous mark) or is dropped (a lone straight
    ``"`` is as likely an inch mark as a quotation). Linear in ``len(text)``.

    Args:
        text: any string.

    Returns:
        The regions, sorted by offset.
    """
    regions: list[Region] = []
    size = len(text)
    newline = -1  # the first newline at or after the last position asked about

    def paragraph_end(position: int) -> int:
        nonlocal newline
        if newline < position:
            newline = text.find("\n", position)
            if newline < 0:
                newline = size
        return newline

    def unclosed(open_at: int, open_end: int, limit: int, paragraphs: int) -> None:
        last = limit
        while last > open_end and text[last - 1] in " \t\u00a0\n":
            last -= 1
        if last > open_end:
            regions.append(Region(open_at, open_end, last, last, False, paragraphs))

    open_at: int | None = None  # offset of the opening mark of the current region
    open_end = 0  # offset just past that mark
    open_sure = False  # opened by an unambiguous mark
    paragraphs = 1
    limit = size  # end of the paragraph the open region has reached
    for start, end, role in _marks(text):
        if open_at is not None and start > limit:
            if _next_paragraph_opens(text, limit) == start:
                # The repeated opening mark of a quotation that runs on.
                paragraphs += 1
                limit = paragraph_end(end)
                continue
            if open_sure:
                unclosed(open_at, open_end, limit, paragraphs)
            open_at = None
        if open_at is None:
            if role == _CLOSE:
                continue  # a stray closing mark
            open_at, open_end, open_sure, paragraphs = start, end, role == _OPEN, 1
            limit = paragraph_end(end)
            continue
        if start == open_end:
            open_at = None  # an empty pair such as ``""`` quotes nothing
            continue
        if role == _OPEN:
            # An opening mark inside an open quotation: the earlier one was never closed
            # (nested double quotes are much rarer than a missing mark). End it here.
            if open_sure:
                unclosed(open_at, open_end, start, paragraphs)
            open_at, open_end, open_sure, paragraphs = start, end, True, 1
            limit = paragraph_end(end)
            continue
        regions.append(Region(open_at, open_end, start, end, True, paragraphs))
        open_at = None
    if open_at is not None and open_sure:
        unclosed(open_at, open_end, limit, paragraphs)
    return regions

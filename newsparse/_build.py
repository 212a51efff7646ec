"""Fast construction of records whose values are known to be valid (private).

The public records (:mod:`newsparse.model`, :mod:`newsparse.document`) are plain attrs
classes: their generated ``__init__`` checks and converts what it is given. The loaders and
the assembler make one record per block of every page, from values they have just computed
and know to be valid, and the generated ``__init__`` was a noticeable share of the parse
time there. The functions here set the slots directly instead.

Contract: each function returns a record equal to (and hashing like) the one the class's
own constructor makes from the same values, and as frozen; it does not check the values.
Callers pass only values the constructor would accept unchanged: offsets with
``0 <= start <= end``, strings where strings are expected.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from .document import InputBlock
from .model import Block, Link, Mark, Paragraph, Span

_new = object.__new__


def _setters(cls: type) -> tuple[Any, ...]:
    # The slots' own setters, in field order: they bypass the frozen __setattr__ (records
    # stay frozen to everybody else).
    return tuple(getattr(cls, field.name).__set__ for field in attrs.fields(cls))


_SPAN_START, _SPAN_END = _setters(Span)
(
    _PARAGRAPH_TEXT, _PARAGRAPH_KIND, _PARAGRAPH_SPAN, _PARAGRAPH_LINKS, _PARAGRAPH_MARKS, _PARAGRAPH_ROWS,
) = _setters(Paragraph)
_BLOCK_TEXT, _BLOCK_REASON, _BLOCK_SPAN = _setters(Block)
_LINK_SPAN, _LINK_HREF = _setters(Link)
_MARK_SPAN, _MARK_KIND = _setters(Mark)
(
    _INPUT_TEXT, _INPUT_SPAN, _INPUT_TAG, _INPUT_HINTS, _INPUT_LINK_DENSITY, _INPUT_DEPTH,
    _INPUT_PATH, _INPUT_IN_MAIN,
) = _setters(InputBlock)


def span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets known to satisfy ``0 <= start <= end``."""
    record = _new(Span)
    _SPAN_START(record, start)
    _SPAN_END(record, end)
    return record


def paragraph(text: str, kind: str, at: Span, links: tuple = (), marks: tuple = (),
              rows: tuple = ()) -> Paragraph:
    """``Paragraph(text=text, kind=kind, span=at, links=links, marks=marks, rows=rows)``,
    the last three tuples."""
    record = _new(Paragraph)
    _PARAGRAPH_TEXT(record, text)
    _PARAGRAPH_KIND(record, kind)
    _PARAGRAPH_SPAN(record, at)
    _PARAGRAPH_LINKS(record, links)
    _PARAGRAPH_MARKS(record, marks)
    _PARAGRAPH_ROWS(record, rows)
    return record


def link(at: Span, href: str) -> Link:
    """``Link(at, href)``."""
    record = _new(Link)
    _LINK_SPAN(record, at)
    _LINK_HREF(record, href)
    return record


def mark(at: Span, kind: str) -> Mark:
    """``Mark(at, kind)``."""
    record = _new(Mark)
    _MARK_SPAN(record, at)
    _MARK_KIND(record, kind)
    return record


def block(text: str, reason: str, at: Span) -> Block:
    """``Block(text=text, reason=reason, span=at)``."""
    record = _new(Block)
    _BLOCK_TEXT(record, text)
    _BLOCK_REASON(record, reason)
    _BLOCK_SPAN(record, at)
    return record


def input_block(
    text: str, at: Span, tag: str | None, hints: str, link_density: float, depth: int,
    path: str | None, in_main: bool,
) -> InputBlock:
    """``InputBlock(text=text, span=at, tag=tag, hints=hints, ...)``, every field in order
    (the HTML loader makes one per block)."""
    record = _new(InputBlock)
    _INPUT_TEXT(record, text)
    _INPUT_SPAN(record, at)
    _INPUT_TAG(record, tag)
    _INPUT_HINTS(record, hints)
    _INPUT_LINK_DENSITY(record, link_density)
    _INPUT_DEPTH(record, depth)
    _INPUT_PATH(record, path)
    _INPUT_IN_MAIN(record, in_main)
    return record


def html_blocks(
    texts: list[str], gaps: Iterable[int], frames: list[int], link_densities: list[float], depths: list[int],
    tags: list[str], hints: list[str], paths: list[str | None], in_main: list[bool],
) -> tuple[InputBlock, ...]:
    """The InputBlocks of a page, one per text, in order.

    Args:
        texts: the blocks' texts.
        gaps: per block, the characters between the end of the text before (or the start
            of the source) and its start: the spans index the texts as laid out so.
        frames: per block, its frame, which ``tags``, ``hints``, ``paths`` and ``in_main``
            are indexed by.
        link_densities: per block, the share of its text inside links.
        depths: per block, the depth of its element.
        tags: per frame, the tag its blocks report.
        hints: per frame, its class and id hints.
        paths: per frame, its path for ``explain``.
        in_main: per frame, whether it lies in the main container.

    (One loop with the setters inlined: a page has hundreds of blocks, and two calls per
    block, one for the span and one for the block, were a visible share of the load.)
    """
    out: list[InputBlock] = []
    append, new = out.append, _new
    position = 0
    for text, gap, frame, density, depth in zip(texts, gaps, frames, link_densities, depths):
        position += gap
        at = new(Span)
        _SPAN_START(at, position)
        position += len(text)
        _SPAN_END(at, position)
        record = new(InputBlock)
        _INPUT_TEXT(record, text)
        _INPUT_SPAN(record, at)
        _INPUT_TAG(record, tags[frame])
        _INPUT_HINTS(record, hints[frame])
        _INPUT_LINK_DENSITY(record, density)
        _INPUT_DEPTH(record, depth)
        _INPUT_PATH(record, paths[frame])
        _INPUT_IN_MAIN(record, in_main[frame])
        append(record)
    return tuple(out)


def text_block(text: str, at: Span) -> InputBlock:
    """``InputBlock(text=text, span=at)``: a block of plain text (the text loader makes one
    per line)."""
    return input_block(text, at, None, "", 0.0, 0, None, True)

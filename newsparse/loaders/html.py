"""HTML pages to blocks: parse with lxml, and read the page while it is parsed.

The page is read while lxml parses it: a :class:`~newsparse.loaders.walk.Walk` is the
parser's target, called for every element and piece of text, so no tree is built, pages
can nest elements 100,000 deep, and what follows ``</html>`` is read too. The classifier
then chooses the main container from what the walk measured
(:mod:`newsparse.classify.container`), and the blocks are marked in or out of it.
"""

from __future__ import annotations

import re
import threading
from itertools import chain, repeat
from typing import Any

from lxml import etree

from .. import _build
from ..classify.container import main_content
from ..document import Document, InputBlock, Markup
from ..errors import InputTooComplex, UnsupportedInput
from ..limits import MAX_HTML_DEPTH
from .metadata import MetadataReader
from .walk import PageColumns, Walk

# lxml parsers hold state: each thread has its own.
_local = threading.local()
#: How lxml parses a page for the walk: UTF-8 named (the loader decoded the page), errors
#: repaired as a browser would, no network, no depth limit. Whitespace libxml2 calls blank
#: (directly inside <html> and <head>) is never a block's text: the parser leaves it out
#: rather than call the walk with it.
PARSER_OPTIONS = {
    "encoding": "utf-8", "recover": True, "remove_comments": True, "remove_pis": True,
    "collect_ids": False, "huge_tree": True, "no_network": True, "default_doctype": False,
    "remove_blank_text": True,
}


def _parse(data: bytes, parser: etree.HTMLParser) -> Any:
    # The parse's result (the target's), checked against what libxml2 logged.
    try:
        result = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise UnsupportedInput(f"the page cannot be parsed as HTML: {error}") from None
    for entry in parser.error_log:
        if entry.level_name == "FATAL" and entry.type_name == "ERR_RESOURCE_LIMIT":
            raise InputTooComplex(
                # libxml2 stops reading past its depth limit: refuse the page rather than
                # return it silently cut short.
                "levels of element nesting (at least)", MAX_HTML_DEPTH + 1, MAX_HTML_DEPTH,
                f"; the HTML parser stops reading there (line {entry.line}, column"
                f" {entry.column}) and would drop the rest of the page",
            )
    return result


def load_html(data: bytes, *, url: str | None = None) -> Document:
    """Load an HTML page into blocks, with its metadata and main-content container marked.

    The page is read while lxml parses it (see :func:`walk_page`); no tree is built.

    Args:
        data: the page in UTF-8 (decoding is :func:`newsparse.loaders.load`'s, done before).
        url: the page's URL, if the caller knows it.

    Returns:
        A Document of format ``"html"``: one block per piece of visible block-level text,
        in page order, ``source`` their texts joined by newlines (inside a data table, the
        cells of a row by tabs), ``markup`` the links, marks, tables and images.

    Raises:
        UnsupportedInput: lxml cannot parse the page at all.
        InputTooComplex: libxml2 stopped at one of its resource limits.
    """
    page = walk_page(data)
    if sum(map(len, page.b_text)) < NOSCRIPT_RETRY_CHARS and _NOSCRIPT.search(data) is not None:
        # Next to no visible text, and a <noscript>: the parser may have left one open around
        # the whole page. Read it again with <noscript> shown, and keep the richer reading.
        shown = walk_page(_NOSCRIPT.sub(rb"<\1span", data))
        if sum(map(len, shown.b_text)) > sum(map(len, page.b_text)):
            page = shown
    return _document(page, url)


#: A page with fewer characters of visible text than this, holding a ``<noscript>``, is
#: read a second time with ``<noscript>`` shown (see :func:`load_html`): a page this short
#: is rare, and so the second reading costs next to nothing over a corpus.
NOSCRIPT_RETRY_CHARS = 200
#: ``<noscript>`` and ``</noscript>``: renamed to ``<span>`` for the second reading, which the
#: parser closes like any inline element and the walk reads as visible.
_NOSCRIPT = re.compile(rb"<(/?)noscript\b", re.IGNORECASE)


def _document(page: PageColumns, url: str | None) -> Document:
    in_main = main_content(page)
    separators = _separators(page.b_cell, len(page.b_text))
    if separators is None:
        source = "\n".join(page.b_text)
    else:
        source = "".join(part for pair in zip(separators, page.b_text) for part in pair)
    images = tuple((attrib, block, figure, in_main[frame] if frame >= 0 else False)
                   for attrib, frame, block, figure in page.images)
    markup = Markup(marks=page.b_marks, cells=page.b_cell, figures=page.b_figure, images=images,
                    base=page.base)
    return Document(source=source, blocks=_blocks(page, in_main, separators), format="html",
                    metadata=page.metadata, url=url, markup=markup)


def _separators(cells: dict[int, tuple], count: int) -> list[str] | None:
    """What stands before each block in the source: a newline, but inside a data table a
    space between the lines of one cell, tabs between the cells of a row (one per column
    crossed), and a newline then tabs before a row's first cell. None when the page has no
    data table (every separator a newline)."""
    if not cells:
        return None
    separators = ["\n"] * count
    if count:
        separators[0] = ""
    previous = None
    for index in range(count):
        cell = cells.get(index)
        if cell is not None and index and previous is not None and previous[0] == cell[0]:
            if previous[1] != cell[1]:
                separators[index] = "\n" + "\t" * cell[2]
            elif previous[2] == cell[2]:
                separators[index] = " "
            else:
                separators[index] = "\t" * max(1, cell[2] - previous[2])
        previous = cell
    return separators


def _blocks(page: PageColumns, in_main: list[bool], separators: list[str] | None) -> tuple[InputBlock, ...]:
    # The blocks, their spans indexing their texts joined by their separators.
    gaps = chain((0,), repeat(1)) if separators is None else map(len, separators)
    return _build.html_blocks(page.b_text, gaps, page.b_frame, page.b_density, page.b_depth,
                              _quoted_tags(page), page.f_chain, page.paths(), in_main)


def _quoted_tags(page: PageColumns) -> list[str]:
    """Each frame's tag as its blocks report it: a paragraph (``<p>``, ``<div>``) inside a
    ``<blockquote>`` reports ``"blockquote"``, since the quotation, not the paragraph
    markup inside it, is what the block is."""
    f_tag, f_parent = page.f_tag, page.f_parent
    if "blockquote" not in f_tag:
        return f_tag  # (most pages: one scan in C instead of a loop over the frames)
    quoted = [False] * len(f_tag)
    tags = list(f_tag)
    # Frames come parents first, so each parent's flag is known before its children's.
    for frame, (tag, parent) in enumerate(zip(f_tag, f_parent)):
        inside = parent >= 0 and quoted[parent]
        quoted[frame] = inside or tag == "blockquote"
        if inside and tag in _QUOTED_PARAGRAPH_TAGS:
            tags[frame] = "blockquote"
    return tags


#: The tags of the paragraphs that read as the quotation they stand in.
_QUOTED_PARAGRAPH_TAGS = frozenset({"p", "div"})


class _Reader:
    """An lxml parser with the walk it feeds: one per thread, and one more for each parse
    started while another runs in the same thread (a plugin loading a page from a hook)."""

    __slots__ = ("parser", "walk")

    def __init__(self) -> None:
        self.walk = Walk()
        self.parser = etree.HTMLParser(target=self.walk, **PARSER_OPTIONS)


def walk_page(data: bytes) -> PageColumns:
    """The columns of a page, read while lxml parses ``data`` (UTF-8).

    Raises:
        UnsupportedInput: lxml cannot parse the page at all.
        InputTooComplex: libxml2 stopped at one of its resource limits.
    """
    idle = getattr(_local, "idle", None)
    if idle is None:
        idle = _local.idle = []
    reader = idle.pop() if idle else _Reader()
    reader.walk.begin(MetadataReader())
    try:
        return _parse(data, reader.parser)
    finally:
        reader.walk.release()
        idle.append(reader)

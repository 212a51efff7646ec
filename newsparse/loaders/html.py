"""HTML pages to blocks: decode, parse with lxml, and read the page while it is parsed.

The page is read while lxml parses it: a :class:`~newsparse.loaders.walk.Walk` is the
parser's target, called for every element and piece of text, so no tree is built, pages
can nest elements 100,000 deep, and what follows ``</html>`` is read too. The walk also
chooses the main container (see :mod:`newsparse.loaders.walk`).
"""

from __future__ import annotations

import threading

from lxml import etree

from ..document import Document
from ..errors import InputTooComplex, UnsupportedInput
from ..limits import MAX_HTML_DEPTH
from .decode import decode_html_utf8, utf8_first
from .events import replay
from .sniff import check_markup
from .walk import Walk

# lxml parsers hold state: each thread has its own.
_local = threading.local()
_PARSER_OPTIONS = {
    "encoding": "utf-8", "recover": True, "remove_comments": True, "remove_pis": True,
    "collect_ids": False, "huge_tree": True, "no_network": True, "default_doctype": False,
}
# Reading while parsing, whitespace libxml2 calls blank (directly inside <html> and <head>)
# is never a block's text: the parser leaves it out rather than call the walk with it.
_WALK_OPTIONS = {**_PARSER_OPTIONS, "remove_blank_text": True}


def _parser() -> etree.HTMLParser:
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(**_PARSER_OPTIONS)
        _local.parser = parser
    return parser


def _utf8(source: str | bytes, encoding: str | None) -> bytes:
    # lxml is handed UTF-8 bytes with the encoding named: it never guesses (guessing garbled
    # a quarter of real pages) and the meta charset inside the page is ignored. Bytes that
    # already are strict UTF-8 go as they are.
    if isinstance(source, bytes):
        text, exact = decode_html_utf8(source, encoding)
        return source if exact else text.encode("utf-8", errors="replace")
    return source.encode("utf-8", errors="replace")


def _parse(data: bytes, parser: etree.HTMLParser) -> tuple[object, etree._ListErrorLog]:
    # The parse's result, and what libxml2 logged (read once: each read copies the log).
    try:
        result = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise UnsupportedInput(f"the page cannot be parsed as HTML: {error}") from None
    log = parser.error_log
    for entry in log:
        if entry.level_name == "FATAL" and entry.type_name == "ERR_RESOURCE_LIMIT":
            raise InputTooComplex(
                # libxml2 stops reading past its depth limit: refuse the page rather than
                # return it silently cut short.
                "levels of element nesting (at least)", MAX_HTML_DEPTH + 1, MAX_HTML_DEPTH,
                f"; the HTML parser stops reading there (line {entry.line}, column"
                f" {entry.column}) and would drop the rest of the page",
            )
    return result, log


def parse_tree(source: str | bytes, *, encoding: str | None = None):
    """Decode ``source`` and parse it into an lxml tree; None for a page with no elements.

    Args:
        source: the page, as text or bytes.
        encoding: the charset of ``bytes``, when the caller knows it.

    Returns:
        The root element, or None.

    Raises:
        DecodingError: ``encoding`` is unknown or does not fit the bytes.
        UnsupportedInput: lxml cannot parse the page at all.
        InputTooComplex: the page nests elements deeper than libxml2's tree builder reads,
            or has an element with more attributes than it reads in linear time (see
            :mod:`newsparse.limits`; :func:`load_html` builds no tree and reads both).
    """
    # libxml2's tree builder compares each attribute with every earlier one of the element.
    check_markup(source)
    data = _utf8(source, encoding)
    if not data.strip():
        return None
    return _parse(data, _parser())[0]


def load_html(source: str | bytes, *, url: str | None = None, encoding: str | None = None) -> Document:
    """Load an HTML page into blocks, with its metadata and main-content container marked.

    The page is read while lxml parses it (see :func:`walk_page`); no tree is built.

    Args:
        source: the page, as text or bytes (decoded with ``encoding``, a BOM, the page's
            ``<meta charset>``, strict UTF-8, then detection).
        url: the page's URL, if the caller knows it.
        encoding: the charset of ``bytes`` input, when known.

    Returns:
        A Document of format ``"html"``: one block per piece of visible block-level text,
        in page order, ``source`` their texts joined by newlines.

    Raises:
        DecodingError: ``encoding`` is unknown or does not fit the bytes.
        UnsupportedInput: lxml cannot parse the page at all.
        InputTooComplex: libxml2 stopped at one of its resource limits.
    """
    # Most pages are valid UTF-8 and are read as they are, undecoded: the parser reports
    # bytes that are not UTF-8, and only then is the page decoded and read again.
    undecoded = isinstance(source, bytes) and encoding is None and utf8_first(source)
    data = source if undecoded else _utf8(source, encoding)
    if not data.strip():
        return Document(source="", blocks=(), format="html", url=url)
    walk = walk_page(data)
    if walk.invalid_utf8:
        walk = walk_page(_utf8(source, encoding))
    return _document(walk, url)


def load_tree(root, *, url: str | None = None) -> Document:
    """Like :func:`load_html`, for a page already parsed into an lxml tree."""
    return _document(walk_tree(root), url)


def _document(walk: Walk, url: str | None) -> Document:
    return Document(source="\n".join(walk.b_text), blocks=walk.blocks(), format="html",
                    metadata=walk.reader.metadata(), url=url)


def walk_tree(root) -> Walk:
    """The walk of a page already parsed into an lxml tree (the parser's events, replayed)."""
    walk = Walk()
    target, bind = Walk.make_target()
    bind(walk)
    replay(root, target)
    target.close()
    bind(None)
    walk.finish()
    return walk


def walk_page(data: bytes) -> Walk:
    """The walk of a page, read while lxml parses ``data`` (UTF-8).

    Raises:
        UnsupportedInput: lxml cannot parse the page at all.
    """
    walk = Walk()
    walker = getattr(_local, "walker", None)
    if walker is None or walker[2]:
        # None yet in this thread, or in use further up the stack.
        target, bind = Walk.make_target()
        walker = [etree.HTMLParser(target=target, **_WALK_OPTIONS), bind, False]
        if getattr(_local, "walker", None) is None:
            _local.walker = walker
    parser, bind, _ = walker
    walker[2] = True
    bind(walk)
    try:
        _, log = _parse(data, parser)
    finally:
        bind(None)
        walker[2] = False
    # libxml2 reads each byte sequence that is not UTF-8 as U+FFFD and says so.
    walk.invalid_utf8 = any(e.type_name == "ERR_INVALID_ENCODING" for e in log)
    walk.finish()
    return walk

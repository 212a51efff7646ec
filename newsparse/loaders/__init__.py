"""Loaders turn raw input into a :class:`~newsparse.document.Document` of blocks.

:func:`load` is the one way in, and goes forward only: read the source
(:mod:`~newsparse.loaders.read`), refuse binary data, decode bytes once
(:mod:`~newsparse.loaders.decode`: the caller's encoding, a byte order mark, the declared
charset, UTF-8, then UTF-8 with replacement or a guess), refuse empty input, tell HTML from
plain text once (:mod:`~newsparse.loaders.sniff`), then run the text loader
(:mod:`~newsparse.loaders.text`) or the HTML loader (:mod:`~newsparse.loaders.html`).
Nothing after it decodes or sniffs again.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..data.invisible import INVISIBLE_CHARACTERS
from ..document import Document
from ..errors import EmptyInput, NewsparseError
from ..limits import MAX_INPUT_SIZE
from . import sniff
from .decode import decode, decode_str
from .embedded import with_embedded_text
from .read import read_source
from .text import load_text, normalize_newlines

#: The values of ``format``: decide from the content, or say which.
FORMATS = ("auto", "text", "html")

# What a reader cannot see: whitespace and the invisible characters. Stripped from both ends,
# it leaves nothing of an input with no visible character, and stops at the first one.
_BLANK = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "".join(INVISIBLE_CHARACTERS)


def load(
    source: Any,
    *,
    format: str = "auto",
    encoding: str | None = None,
    url: str | None = None,
    max_size: int = MAX_INPUT_SIZE,
) -> Document:
    """Load ``source`` into a Document of blocks.

    Args:
        source: the page's HTML or its plain text: ``str``, ``bytes`` (``bytearray`` and
            ``memoryview`` too), an :class:`os.PathLike` naming a file, or a binary file
            object (anything with ``read()``).
        format: ``"auto"`` (decide from the content), ``"text"`` or ``"html"``.
        encoding: the charset of bytes, when the caller knows it (e.g. from an HTTP header).
        url: the page's URL, recorded on the Document.
        max_size: the largest input accepted, in characters for ``str`` and bytes otherwise.

    Returns:
        The Document, whose blocks index its ``source``; its ``warnings`` say whether bytes
        were replaced or their encoding guessed.

    Raises:
        EmptyInput: the input is empty or only whitespace.
        NewsparseError: the input is of the wrong type (or a file path or URL given as a
            ``str``), too large, binary or undecodable, or ``url`` is not a ``str``; the
            subclass and message say which.
    """
    if format not in FORMATS:
        raise NewsparseError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if url is not None and not isinstance(url, str):
        raise NewsparseError(f"url must be a str or None, not {type(url).__name__}")
    raw = read_source(source, max_size)
    if isinstance(raw, bytes):
        if encoding is None:
            sniff.check_wide_encoding(raw)
        sniff.check_binary(raw, encoding)
        decoded = decode(raw, encoding, markup=format != "text")
    else:
        decoded = decode_str(raw)
    text = decoded.text
    if not text or text.isspace():
        raise EmptyInput("the input is empty" if not text else "the input holds only whitespace")
    if not text.strip(_BLANK):
        raise EmptyInput("the input holds only whitespace and invisible characters (zero-width"
                         " spaces, soft hyphens, joiners)")
    sniff.check_text(text)
    if format == "auto":
        sniff.check_feed(text)
        format = "html" if sniff.looks_like_html(text) else "text"
    if format == "html":
        from .html import load_html  # lxml is imported only when a page needs it

        utf8 = decoded.utf8 if decoded.utf8 is not None else text.encode("utf-8", errors="replace")
        # A page that renders its article with a script holds its text in structured data.
        document = with_embedded_text(load_html(utf8, url=url))
    else:
        document = load_text(normalize_newlines(text), url=url)
    return attrs.evolve(document, warnings=decoded.warnings) if decoded.warnings else document

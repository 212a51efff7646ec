"""Telling HTML from plain text, and both from binary data passed by mistake."""

from __future__ import annotations

import re

from ..errors import DecodingError, UnsupportedInput
from ..limits import MAX_CONTROL_RATIO, SNIFF_CHARS

# File signatures of formats that are never news text.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ", "xz-compressed data (decompress it first)"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x00\x00\x00", "binary data"),
)

# Tags whose presence near the start marks a document as HTML.
_HTML_START = re.compile(r"<(?:!doctype html|html|head|body|meta|title|!--)\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|article|section|h[1-6]|ul|li|table|script|img)\b[^<>]{0,200}>",
                       re.IGNORECASE)
# How much of the input sniffing looks at (see newsparse.limits).
_SNIFF_CHARS = SNIFF_CHARS
# Plain text mentioning a tag or two is still text; real HTML has many.
_MIN_TAGS = 3
# Share of control characters above which "text" is binary data (see newsparse.limits).
_MAX_CONTROL_RATIO = MAX_CONTROL_RATIO
# C0 control codes other than the whitespace ones (tab, newline, vertical tab, form feed,
# carriage return).
# The root elements of RSS, Atom and RSS 1.0 (RDF) feeds, which always carry a version or
# a namespace (so that text opening with the words "<rss>" stays text).
_FEED_START = re.compile(r"<(?:rss|feed|rdf:RDF)\s[^<>]{0,500}?\b(?:version|xmlns)\b", re.IGNORECASE)
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1f]")

# UTF-16 and UTF-32 text without a BOM: ASCII characters leave NUL bytes at fixed positions.
# Judged on this many bytes; 90% of the positions must agree, so binary data with many
# NULs (which also fails the signatures above) is not mistaken for it.
_WIDE_SAMPLE = 512
# Byte order marks of UTF-16 and UTF-32: bytes opening with one are not judged here.
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_WIDE_AGREEMENT = 0.9


def check_binary(data: bytes, encoding: str | None = None) -> None:
    """Raise :class:`~newsparse.UnsupportedInput` when ``data`` is a known binary format.

    Args:
        data: the raw input (only the first bytes are read).
        encoding: the encoding the caller says the bytes are in; a UTF-16 or UTF-32 one
            makes leading NUL bytes expected rather than a sign of binary data.
    """
    head = data[:16]
    wide = encoding is not None and encoding.lower().replace("_", "-").startswith(
        ("utf-16", "utf-32", "utf16", "utf32")
    )
    for magic, what in _MAGIC:
        if wide and magic.startswith(b"\x00"):
            continue
        if head.startswith(magic):
            raise UnsupportedInput(f"the input looks like {what}, not HTML or text")


def check_wide_encoding(data: bytes) -> None:
    """Raise :class:`~newsparse.DecodingError` when ``data`` is UTF-16/32 without a BOM.

    Such bytes would otherwise be rejected as binary data (every other byte is NUL), which
    hides the fix: naming the encoding.

    Args:
        data: the raw input (only the first bytes are read).

    Raises:
        DecodingError: naming the encoding the bytes are most likely in.
    """
    if data.startswith(_WIDE_BOMS):
        return
    sample = data[:_WIDE_SAMPLE]
    if len(sample) < 8 or sample.count(0) < len(sample) // 3:
        return
    for width, names in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        units = len(sample) // width
        if not units:
            continue
        for name, nul_at, char_at in ((names[0], range(1, width), 0), (names[1], range(width - 1), width - 1)):
            nul = sum(1 for i in range(units) if all(sample[i * width + k] == 0 for k in nul_at))
            char = sum(1 for i in range(units) if sample[i * width + char_at] != 0)
            if nul >= _WIDE_AGREEMENT * units and char >= _WIDE_AGREEMENT * units:
                raise DecodingError(
                    f"the input looks like {name.upper()} text without a byte order mark;"
                    f" pass encoding={name!r}"
                )


def check_text(text: str) -> None:
    """Raise :class:`~newsparse.UnsupportedInput` when decoded ``text`` is mostly control codes."""
    sample = text[:_SNIFF_CHARS]
    if not sample:
        return
    control = len(_CONTROL_CHARACTER.findall(sample))
    if control / len(sample) > _MAX_CONTROL_RATIO:
        raise UnsupportedInput(
            f"the input looks like binary data ({control} control characters in the first "
            f"{len(sample)}), not HTML or text"
        )


def looks_like_html(text: str) -> bool:
    """Whether decoded ``text`` is HTML rather than plain text, judged from its beginning.

    A page is HTML when it opens, after whitespace, an XML declaration and comments, with
    a doctype or one of the tags pages start with, or when its beginning holds several
    common tags.
    """
    sample = text[:_SNIFF_CHARS].lstrip()
    if _HTML_START.match(sample) or _HTML_START.match(sample, _prolog_end(sample)):
        return True
    # Counting stops at the tag that reaches the bound, so a long page is not scanned whole.
    return any(count >= _MIN_TAGS for count, _ in enumerate(_HTML_TAG.finditer(sample), 1))


def check_feed(text: str) -> None:
    """Raise :class:`~newsparse.UnsupportedInput` when decoded ``text`` is an RSS or Atom feed.

    A feed lists articles rather than being one: read as text it would give an Article of
    one line of XML set aside as boilerplate, without a word. Judged, as
    :func:`looks_like_html` judges, from the root element after an XML declaration and
    comments.
    """
    sample = text[:_SNIFF_CHARS].lstrip()
    if _FEED_START.match(sample, _prolog_end(sample)):
        raise UnsupportedInput("the input looks like an RSS or Atom feed (a list of articles, not"
                               " one): parse the page of each of its items")


def _prolog_end(sample: str) -> int:
    # Where the markup starts after an XML declaration, comments and whitespace (an XHTML
    # page's declaration, a CMS's comment ahead of the doctype). Each step moves forward.
    position = 0
    while True:
        if sample.startswith("<?xml", position):
            end, close = sample.find("?>", position), 2
        elif sample.startswith("<!--", position):
            end, close = sample.find("-->", position + 4), 3
        else:
            return position
        if end < 0:
            return position
        position = end + close
        while position < len(sample) and sample[position].isspace():
            position += 1

"""Telling HTML from plain text, and both from binary data passed by mistake."""

from __future__ import annotations

import re

from ..errors import UnsupportedInput

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
# How much of the input sniffing looks at.
_SNIFF_CHARS = 4096
# Plain text mentioning a tag or two is still text; real HTML has many.
_MIN_TAGS = 3
# Share of control characters above which "text" is binary data.
_MAX_CONTROL_RATIO = 0.10


def check_binary(data: bytes) -> None:
    """Raise :class:`~newsparse.UnsupportedInput` when ``data`` is a known binary format."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UnsupportedInput(f"the input looks like {what}, not HTML or text")


def check_text(text: str) -> None:
    """Raise :class:`~newsparse.UnsupportedInput` when decoded ``text`` is mostly control codes."""
    sample = text[:_SNIFF_CHARS]
    if not sample:
        return
    control = sum(1 for c in sample if c < " " and c not in "\n\r\t\f\v")
    if control / len(sample) > _MAX_CONTROL_RATIO:
        raise UnsupportedInput(
            f"the input looks like binary data ({control} control characters in the first "
            f"{len(sample)}), not HTML or text"
        )


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML rather than plain text, judged from its beginning."""
    sample = text[:_SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if sample.startswith("<") and _HTML_START.match(sample):
        return True
    tags = 0
    for _ in _HTML_TAG.finditer(sample):
        tags += 1
        if tags >= _MIN_TAGS:
            return True
    return False


def bytes_look_like_html(data: bytes) -> bool:
    """Like :func:`looks_like_html`, on undecoded bytes (ASCII markup survives any charset)."""
    return looks_like_html(data[:_SNIFF_CHARS].decode("latin-1"))

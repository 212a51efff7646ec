"""Telling HTML from plain text, and both from binary data passed by mistake."""

from __future__ import annotations

import re

from ..errors import DecodingError, InputTooComplex, UnsupportedInput
from ..limits import MAX_ATTRIBUTES_PER_ELEMENT, MAX_CONTROL_RATIO, SNIFF_CHARS

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
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1f]")

# UTF-16 and UTF-32 text without a BOM: ASCII characters leave NUL bytes at fixed positions.
# Judged on this many bytes; 90% of the positions must agree, so binary data with many
# NULs (which also fails the signatures above) is not mistaken for it.
_WIDE_SAMPLE = 512
# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_WIDE_BOM_CODECS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_WIDE_BOMS = tuple(bom for bom, _ in _WIDE_BOM_CODECS)
_WIDE_AGREEMENT = 0.9

# A start tag long enough to hold more than MAX_ATTRIBUTES_PER_ELEMENT attributes: each
# attribute takes at least two characters (a space and a one-letter name). Only tags that
# long are examined, so the scan costs one pass of the C regex engine over the input.
#
# The scan skips what the HTML parser does not read as tags: comments, and the content of
# <script> and <style> (JavaScript such as "a<e.length;a++)..." looks like a long tag). Their
# start tags are still examined. Each skip jumps to the closing delimiter found by one
# forward search, so the scan stays linear.
#
# The tokenizer knows only ASCII letters and whitespace ("<script>" spelled with a long s,
# U+017F, is text to it), so the text patterns are ASCII too: they read markup exactly as
# the byte patterns do.
#
# Most tags are short, and the engine tells that fastest by running to the next "<" and to
# the next ">" separately (a single excluded character is its tightest loop); only a body
# already known to be long is then read as a set. The "<" run goes first: it stops at the
# next tag, so no character is read from more than one "<" and the scan stays linear.
_MARKUP_SCAN_TEMPLATE = (
    r"<(?:(?P<raw>(?i:script|style))(?=[\s/>])|(?P<comment>!--)"
    r"|(?P<tag>[A-Za-z](?=[^<]{%(n)d})(?=[^>]{%(n)d})%(body)s{%(n)d,}))"
)
_MARKUP_SCAN = re.compile(
    _MARKUP_SCAN_TEMPLATE % {"body": "[^<>]", "n": 2 * MAX_ATTRIBUTES_PER_ELEMENT}, re.ASCII
)
# Bytes other than "<" and ">" spelled as three ranges make a set the engine tests with one
# bitmap lookup; the negated pair takes a walk over the set's items, and case folding one
# more step (hence "(?i:" only around the names).
_MARKUP_SCAN_BYTES = re.compile(
    (_MARKUP_SCAN_TEMPLATE % {"body": r"[\x00-;=?-\xff]", "n": 2 * MAX_ATTRIBUTES_PER_ELEMENT}).encode("ascii")
)
_RAW_END = {
    name: (re.compile(rf"</{name}[\s/>]", re.IGNORECASE | re.ASCII), re.compile(rf"</{name}[\s/>]".encode("ascii"), re.IGNORECASE))
    for name in ("script", "style")
}
# One attribute inside a start tag, as the HTML tokenizer reads it: a name, then optionally
# "=" and a quoted or bare value (quoted values may hold spaces and "="). An unclosed quote
# runs to the end of the tag (\Z, since the scan is bounded by the tag): a value that
# failed to close would otherwise be rescanned from every later quote, which is quadratic.
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^\s"'<>=`]+))?""", re.ASCII)
_ATTRIBUTE_BYTES = re.compile(_ATTRIBUTE.pattern.encode("ascii"))


def check_binary(data: bytes, encoding: str | None = None) -> None:
    """Raise :class:`~newsparse.UnsupportedInput` when ``data`` is a known binary format.

    Args:
        data: the raw input (only the first bytes are read).
        encoding: the encoding the caller says the bytes are in; a UTF-16 or UTF-32 one
            makes leading NUL bytes expected rather than a sign of binary data.
    """
    head = data[:16]
    wide = encoding is not None and encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32", "utf16", "utf32"))
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


def check_markup(source: str | bytes) -> None:
    """Raise :class:`~newsparse.errors.InputTooComplex` for markup libxml2's tree builder
    cannot read in linear time (:func:`~newsparse.loaders.html.parse_tree` asks; the HTML
    loader builds no tree and needs no such check).

    Today that is an element with more than
    :data:`~newsparse.limits.MAX_ATTRIBUTES_PER_ELEMENT` attributes (the tree builder
    checks every attribute against the previous ones). One pass over the input; only start tags long
    enough to exceed the limit are examined, and comments and the content of ``<script>``
    and ``<style>`` are skipped as the HTML parser skips them.

    Args:
        source: the HTML, as text or undecoded bytes.

    Raises:
        InputTooComplex: with the count found and the limit.
    """
    if isinstance(source, bytes):
        for bom, codec in _WIDE_BOM_CODECS:
            if source.startswith(bom):
                # Markup in UTF-16/32 is not ASCII bytes: read it as text.
                check_markup(source.decode(codec, "replace"))
                return
        scan, attribute, close, comment_end = _MARKUP_SCAN_BYTES, _ATTRIBUTE_BYTES, 1, b"-->"
    else:
        scan, attribute, close, comment_end = _MARKUP_SCAN, _ATTRIBUTE, 0, "-->"
    limit = 2 * MAX_ATTRIBUTES_PER_ELEMENT
    position = 0
    while (match := scan.search(source, position)) is not None:
        if match.group("comment") is not None:
            end = source.find(comment_end, match.end())
            position = len(source) if end == -1 else end + 3
            continue
        if match.group("raw") is not None:
            name = match.group("raw")
            name = (name.decode("ascii") if isinstance(name, bytes) else name).lower()
            tag_end = source.find(comment_end[-1:], match.end())
            tag_end = len(source) if tag_end == -1 else tag_end
            if tag_end - match.end() >= limit:
                _count_attributes(source, attribute, match.end(), tag_end, match.start())
            closing = _RAW_END[name][close].search(source, tag_end)
            position = len(source) if closing is None else closing.end()
            continue
        # Skip the tag name; what follows are the attributes.
        name = attribute.match(source, match.start() + 1)
        _count_attributes(source, attribute, name.end() if name else match.start() + 1, match.end(), match.start())
        position = match.end()


def _count_attributes(source, attribute: re.Pattern, start: int, end: int, offset: int) -> None:
    count = 0
    for _ in attribute.finditer(source, start, end):
        count += 1
    if count > MAX_ATTRIBUTES_PER_ELEMENT:
        raise InputTooComplex(
            "attributes on one element", count, MAX_ATTRIBUTES_PER_ELEMENT,
            f" (the element at offset {offset:,}); the HTML parser would take"
            " quadratic time to read it",
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
    tags = 0
    for _ in _HTML_TAG.finditer(sample):
        tags += 1
        if tags >= _MIN_TAGS:
            return True
    return False


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

"""Bytes to text: BOM, strict UTF-8, then a charset detector."""

from __future__ import annotations

import codecs
import re

from ..errors import DecodingError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers map to a wider encoding (WHATWG Encoding Standard): pages labelled
# latin-1 are in practice written in windows-1252.
_BROWSER_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "utf8": "utf-8",
    "unicode": "utf-16",
}


def browser_encoding(label: str) -> str | None:
    """Map a declared charset label to the codec a browser would use; None if unknown."""
    label = label.strip().strip("\"'").lower()
    if not label:
        return None
    label = _BROWSER_LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """Remove a byte order mark; return the rest and the encoding it names (or None)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Decode ``data``: the caller's ``encoding``, a BOM, strict UTF-8, then detection.

    Raises:
        DecodingError: the caller named an encoding Python does not know, or the bytes do not
            decode with it.
    """
    data, bom_encoding = strip_bom(data)
    if encoding is not None:
        codec = browser_encoding(encoding)
        if codec is None:
            raise DecodingError(f"unknown encoding {encoding!r}")
        try:
            return data.decode(codec)
        except UnicodeDecodeError as error:
            raise DecodingError(f"the input is not valid {encoding}: {error.reason} at byte {error.start}") from None
    if bom_encoding is not None:
        return data.decode(bom_encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return data.decode(detect_encoding(data), errors="replace")


def detect_encoding(data: bytes) -> str:
    """Guess the encoding of ``data`` with charset-normalizer; cp1252 when it cannot tell."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None:
        return "cp1252"
    return browser_encoding(best.encoding) or "cp1252"


# -- HTML ------------------------------------------------------------------------------------
#: How far into a page a ``<meta charset>`` is looked for. Browsers prescan 1024 bytes; pages
#: with long inline scripts in <head> push the declaration further, and 8 KB still keeps the
#: scan cheap and well before any body text that might mention "charset".
META_SCAN_BYTES = 8192

# ``<meta charset="x">`` and ``<meta http-equiv="Content-Type" content="text/html; charset=x">``
# both put ``charset=`` inside one meta tag. Bounded repeats keep the scan linear.
_META_CHARSET = re.compile(
    rb"""<meta\b[^<>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_:.+-]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^<>]{0,200}?encoding\s*=\s*["']([a-z0-9_:.+-]{1,40})""",
                           re.IGNORECASE)
# Single-byte legacy codecs: a page declared in one of these that is nonetheless valid UTF-8
# with non-ASCII bytes was written in UTF-8 (by chance, cp1252 text is almost never valid
# UTF-8), so the declaration is wrong and UTF-8 avoids mojibake.
_LEGACY_SINGLE_BYTE = frozenset({
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859-2", "iso8859-5", "iso8859-7", "iso8859-15", "koi8-r", "koi8-u", "cp874", "mac-roman",
})


def declared_encoding(data: bytes) -> str | None:
    """Return the codec an HTML page declares in its first bytes, mapped as browsers do.

    Looks for ``<meta charset>``, the ``http-equiv`` Content-Type form and an XML declaration.
    A UTF-16/32 label on ASCII-compatible bytes means UTF-8 (browsers ignore it too).

    Args:
        data: the page's bytes (only the first :data:`META_SCAN_BYTES` are read).

    Returns:
        A Python codec name, or None when the page declares nothing usable.
    """
    head = data[:META_SCAN_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.match(head)
    if match is None:
        return None
    codec = browser_encoding(match.group(1).decode("ascii", "replace"))
    if codec is not None and codec.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return codec


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """Decode an HTML page: the caller's ``encoding``, a BOM, ``<meta charset>``, strict
    UTF-8, then detection.

    Args:
        data: the page's bytes.
        encoding: the charset the caller knows (e.g. from an HTTP header), or None.

    Returns:
        The page as text, BOM removed.

    Raises:
        DecodingError: the caller named an unknown encoding or one the bytes do not fit.
    """
    return decode_html_utf8(data, encoding)[0]


def decode_html_utf8(data: bytes, encoding: str | None = None) -> tuple[str, bool]:
    """Like :func:`decode_html`, and say whether ``data`` is that text in strict UTF-8.

    A parser can then take the original bytes instead of encoding the text again.

    Args:
        data: the page's bytes.
        encoding: the charset the caller knows, or None.

    Returns:
        The text, and True when ``data`` (no BOM) is exactly its strict UTF-8 encoding.

    Raises:
        DecodingError: the caller named an unknown encoding or one the bytes do not fit.
    """
    if encoding is not None:
        return decode_text(data, encoding), False
    data, bom_encoding = strip_bom(data)
    if bom_encoding is not None:
        return data.decode(bom_encoding, errors="replace"), False
    declared = declared_encoding(data)
    if not _utf8_first(data, declared):
        return data.decode(declared, errors="replace"), False
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        if declared is not None and declared != "utf-8":
            return data.decode(declared, errors="replace"), False
        if declared == "utf-8":
            # A page that says UTF-8 and has a few stray bytes is still UTF-8.
            return data.decode("utf-8", errors="replace"), False
    return data.decode(detect_encoding(data), errors="replace"), False


def utf8_first(data: bytes) -> bool:
    """Whether :func:`decode_html_utf8` (with no ``encoding`` given) takes ``data`` exactly
    as it is whenever it is valid UTF-8.

    True unless the bytes open with a byte order mark or declare an encoding that is read
    before UTF-8 (a legacy single-byte label is read as UTF-8 first: see
    ``_LEGACY_SINGLE_BYTE``). A parser told such bytes are UTF-8 can take them undecoded,
    and decode them only if it finds bytes that are not UTF-8.

    Args:
        data: the page's bytes.

    Returns:
        Whether valid UTF-8 ``data`` would be read as it is.
    """
    return strip_bom(data)[1] is None and _utf8_first(data, declared_encoding(data))


def _utf8_first(data: bytes, declared: str | None) -> bool:
    # Declared UTF-8 or nothing; or a legacy single-byte label on bytes that are not ASCII
    # (valid UTF-8 with non-ASCII bytes is almost never cp1252 text).
    return declared is None or declared == "utf-8" or (declared in _LEGACY_SINGLE_BYTE and not data.isascii())

"""Bytes to text: BOM, strict UTF-8, then a charset detector."""

from __future__ import annotations

import codecs

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

"""Bytes to text, once: the caller's encoding, a byte order mark, the declared charset,
strict UTF-8, then UTF-8 with replacement or a guess.

:func:`decode` is the only place newsparse decodes input. Whenever it replaces bytes or
guesses the encoding it says so, with a ``"decoding"`` :class:`~newsparse.ParseWarning`.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from ..errors import DecodingError
from ..model import ParseWarning

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
    """Map a declared charset label to the codec a browser would use; None if unknown or
    not a text encoding."""
    label = label.strip().strip("\"'").lower()
    if not label:
        return None
    label = _BROWSER_LABELS.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Python also names codecs of bytes to bytes (base64, zlib): bytes.decode refuses them,
    # by this mark.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def transport_encoding(label: str | None, data: bytes) -> tuple[str | None, ParseWarning | None]:
    """The encoding to read ``data`` with, given the charset its transport declares.

    The ``charset`` of an HTTP ``Content-Type`` header (as a WARC record keeps it) is what
    the server said, not what the caller knows: servers send labels no codec knows
    (``"none"``, ``"utf8mb4"``) and labels the bytes do not fit (``utf-8`` on a
    ``windows-1252`` page). Held to strictly, as an ``encoding=`` argument is, either would
    fail the whole page; instead the bytes are read as if no charset had been sent (byte
    order mark, the page's own declaration, UTF-8, a guess), and a warning says why.

    Args:
        label: the declared charset, or None.
        data: the bytes it is declared for.

    Returns:
        The label to pass as ``encoding=`` (None when it is unknown or does not fit), and a
        ``"decoding"`` warning when it was set aside.
    """
    if label is None:
        return None, None
    codec = browser_encoding(label)
    if codec is None:
        problem = "names no known encoding"
    else:
        try:
            strip_bom(data)[0].decode(codec)
        except UnicodeDecodeError as error:
            problem = f"does not fit the bytes ({error.reason} at byte {error.start})"
        else:
            return label, None
    message = f"the declared charset {label[:40]!r} {problem}: read as if none had been declared"
    return None, ParseWarning(code="decoding", message=message)


def strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """Remove a byte order mark; return the rest and the encoding it names (or None)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


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


def _utf8_first(data: bytes, declared: str | None) -> bool:
    # Declared UTF-8 or nothing; or another label on bytes that are not ASCII: valid UTF-8
    # with non-ASCII bytes is almost never cp1252 text, and never real text of an East Asian
    # code page (their common characters open with bytes UTF-8 allows only after a lead
    # byte: hiragana are 0x82 0x9F.. in Shift_JIS, 0xA4 0xA2.. in EUC-JP).
    return declared is None or declared == "utf-8" or not data.isascii()


#: Bytes that are not valid UTF-8 are still read as UTF-8 (the bad bytes replaced) when
#: their valid multi-byte characters number at least this share of the invalid sequences:
#: legacy-encoded text (cp1252 and the like) almost never forms a valid multi-byte UTF-8
#: character by chance, so one valid "ï" among a few stray bytes says UTF-8, while a guess
#: on so little evidence picks a wrong code page ("naïve" read as "naļve").
MOSTLY_UTF8_SHARE = 0.25


class Decoded(NamedTuple):
    """Input bytes decoded (see :func:`decode`).

    Attributes:
        text: the text, without its byte order mark.
        utf8: the input bytes when they are exactly ``text`` in UTF-8 (a parser can take
            them as they are), else None.
        warnings: what the caller should know: bytes replaced, or the encoding guessed.
    """

    text: str
    utf8: bytes | None
    warnings: tuple[ParseWarning, ...]


def decode(data: bytes, encoding: str | None = None, *, markup: bool = True) -> Decoded:
    """Decode input bytes: the caller's ``encoding``, a byte order mark, the charset the
    page declares (when ``markup``), strict UTF-8, then UTF-8 with replacement when the bytes
    are mostly UTF-8 (:data:`MOSTLY_UTF8_SHARE`) and no East Asian multi-byte code page
    reads them whole, or a guessed encoding.

    Args:
        data: the input's bytes.
        encoding: the charset the caller knows (e.g. from an HTTP header), or None.
        markup: whether to look for a ``<meta charset>`` or an XML declaration in the first
            bytes (False for input the caller says is plain text).

    Returns:
        The text, the bytes when they are its UTF-8, and warnings.

    Raises:
        DecodingError: the caller named an unknown encoding or one the bytes do not fit.
    """
    data, bom_encoding = strip_bom(data)
    if encoding is not None:
        codec = browser_encoding(encoding)
        if codec is None:
            raise DecodingError(f"unknown encoding {encoding!r}")
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as error:
            raise DecodingError(f"the input is not valid {encoding}: {error.reason} at byte {error.start}") from None
        return Decoded(text, data if codec == "utf-8" else None, ())
    if bom_encoding is not None:
        return _decode_as(data, bom_encoding, "the encoding its byte order mark names")
    declared = declared_encoding(data) if markup else None
    if declared is not None and not _utf8_first(data, declared):
        return _decode_as(data, declared, "the encoding the page declares")
    try:
        return Decoded(data.decode("utf-8"), data, ())
    except UnicodeDecodeError:
        pass
    if declared is not None and declared != "utf-8":
        return _decode_as(data, declared, "the encoding the page declares")
    if declared == "utf-8":
        # A page that says UTF-8 and has a few stray bytes is still UTF-8.
        return _decode_as(data, "utf-8", "the encoding the page declares")
    codec = None
    if _mostly_utf8(data):
        codec = _multibyte_guess(data)
        if codec is None:
            return _decode_as(data, "utf-8", "most of the bytes are UTF-8")
    codec = codec or detect_encoding(data)
    text = data.decode(codec, errors="replace")
    message = f"the bytes are not UTF-8 and name no encoding: decoded as {codec}, a guess"
    replaced = text.count("\ufffd")
    if replaced:
        message += f", with {_sequences(replaced)} replaced with U+FFFD"
    return Decoded(text, None, (ParseWarning(code="decoding", message=message),))


# Code points U+D800 to U+DFFF: in a str they stand alone (a pair written as two code points
# is joined below), and no encoding can write them.
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # escapes, so the pattern itself stays ASCII


def decode_str(text: str) -> Decoded:
    """Take a ``str`` input as the text, without a byte order mark and lone surrogates.

    A byte order mark read as a character (a UTF-8 file opened as ``"utf-8"`` rather than
    ``"utf-8-sig"``) is not content, and is dropped. Lone surrogates (left by decoding bytes
    with ``"surrogateescape"``, or by JSON escapes such as ``"\\ud800"``) are replaced with
    U+FFFD, as undecodable bytes are: an Article holding one could not be written as UTF-8.
    Two surrogates that make a pair become the character they encode.

    Args:
        text: the input.

    Returns:
        The text, no bytes, and a ``"decoding"`` warning when surrogates were replaced.
    """
    text = text.removeprefix("\ufeff")
    if text.isascii() or _SURROGATE.search(text) is None:
        return Decoded(text, None, ())
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    replaced = joined.count("\ufffd") - text.count("\ufffd")
    message = (f"{replaced} lone surrogate{'s' if replaced != 1 else ''} (U+D800 to U+DFFF,"
               " which no encoding can write) replaced with U+FFFD")
    warnings = (ParseWarning(code="decoding", message=message),) if replaced else ()
    return Decoded(joined, None, warnings)


def _decode_as(data: bytes, codec: str, why: str) -> Decoded:
    # Decode with ``codec``, replacing (and reporting) what does not fit it.
    try:
        return Decoded(data.decode(codec), data if codec == "utf-8" else None, ())
    except UnicodeDecodeError:
        pass
    text = data.decode(codec, errors="replace")
    # Replacement characters the input itself holds are not counted (only UTF-8 is checked:
    # the count is for the message).
    replaced = max(1, text.count("\ufffd") - (data.count(b"\xef\xbf\xbd") if codec == "utf-8" else 0))
    message = f"{_sequences(replaced)} not valid {codec} replaced with U+FFFD ({why})"
    return Decoded(text, None, (ParseWarning(code="decoding", message=message),))


#: Codecs of East Asian code pages: two bytes (or more) to a character, with a structure
#: strict enough that bytes decoding cleanly in one of them are almost surely in it.
_MULTIBYTE = frozenset({
    "cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004",
    "euc_jisx0213", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "cp949",
    "euc_kr", "johab",
})


def _multibyte_guess(data: bytes) -> str | None:
    # Pairs of bytes of these code pages often form valid two-byte UTF-8 characters by
    # chance (an EUC-JP or Shift_JIS page can look "mostly UTF-8"); a guessed multi-byte
    # code page that decodes every byte is the better reading. Single-byte code pages
    # decode almost anything, so they never overrule UTF-8 here.
    codec = detect_encoding(data)
    if codec not in _MULTIBYTE:
        return None
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


def _sequences(count: int) -> str:
    return f"{count} byte sequence{'s' if count != 1 else ''}"


def _mostly_utf8(data: bytes) -> bool:
    # Whether bytes that are not valid UTF-8 hold enough valid multi-byte characters to be
    # UTF-8 with stray bytes (see MOSTLY_UTF8_SHARE).
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    return valid > 0 and valid >= MOSTLY_UTF8_SHARE * invalid

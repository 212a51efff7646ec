"""Reading WARC files: HTML (and plain text) responses with their URL and charset.

WET files (the plain text a crawler extracted, as Common Crawl publishes it) are WARC files
of ``conversion`` records; their text is read as crawler text.

Two readers sit behind one small function, :func:`iter_responses`: warcio (the ``warc``
extra) and, when installed, fastwarc (the ``fastwarc`` extra), which reads the same files
several times faster. Both yield the same :class:`WarcResponse` records.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import attrs

#: Media types whose payload is parsed as HTML.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Media types whose payload is parsed as plain text (WET-like captures).
TEXT_TYPES = frozenset({"text/plain"})

#: Record types read: ``response`` (a captured page, with its HTTP headers) and
#: ``conversion`` (the text extracted from a page, as in WET files; no HTTP headers).
RECORD_TYPES = ("response", "conversion")

READERS = ("auto", "warcio", "fastwarc")


@attrs.frozen(kw_only=True)
class WarcResponse:
    """One response or conversion record of a WARC file with a parseable payload.

    Attributes:
        record_id: the ``WARC-Record-ID``.
        url: the ``WARC-Target-URI``.
        date: the ``WARC-Date``, as written.
        status: the HTTP status code, or None when the record has no HTTP headers.
        media_type: the ``Content-Type`` without parameters, lowercased: the HTTP header's
            for a response, the record's own for a conversion.
        charset: the ``charset`` parameter of that ``Content-Type``, or None.
        payload: the HTTP body, with transfer and content encodings removed (for a
            conversion, the record's block: the extracted text).
        offset: the record's byte offset in the (compressed) file; in a file gzipped as one
            member around all its records, read by warcio, in the decompressed data.
        error: why the payload could not be read (a broken chunked or gzip body), with
            ``payload`` empty; None when it was read.
    """

    record_id: str
    url: str | None
    date: str | None
    status: int | None
    media_type: str | None
    charset: str | None
    payload: bytes
    offset: int
    error: str | None = None

    @property
    def format(self) -> str:
        """``"html"`` or ``"text"``: how newsparse should read the payload."""
        return "text" if self.media_type in TEXT_TYPES else "html"


def split_content_type(value: str | None) -> tuple[str | None, str | None]:
    """Split an HTTP ``Content-Type`` value into (media type, charset), both may be None.

    Example:
        >>> split_content_type('text/html; charset="ISO-8859-1"')
        ('text/html', 'ISO-8859-1')
    """
    if not value:
        return None, None
    media, *params = value.split(";")
    charset = None
    for param in params:
        name, _, param_value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'") or None
    return media.strip().lower() or None, charset


def _wanted(status: int | None, media_type: str | None) -> bool:
    # Redirects, errors and not-modified answers carry no article; neither do images or
    # scripts. Records without HTTP headers (resource records are skipped earlier) are kept
    # only when their type says HTML or text.
    if status is not None and not 200 <= status < 300:
        return False
    return media_type in HTML_TYPES or media_type in TEXT_TYPES


def fastwarc_available() -> bool:
    """Whether the optional fastwarc reader is installed, in a version this module speaks.

    fastwarc 2 opens files by path and decodes HTTP bodies itself; older releases need
    streams wrapped by hand and are left to warcio.
    """
    import importlib.metadata

    try:
        import fastwarc.warc  # noqa: F401

        major = int(importlib.metadata.version("fastwarc").split(".")[0])
    except (ImportError, importlib.metadata.PackageNotFoundError, ValueError):
        return False
    return major >= 2


def iter_responses(path: str, reader: str = "auto") -> Iterator[WarcResponse]:
    """Yield the 2xx HTML and plain-text responses, and the plain-text conversions (WET), of
    a WARC (or WARC.gz) file.

    A file cut short, inside a record or its headers, or a record without a
    ``Content-Length``, raises ValueError with warcio after every complete record before it
    was yielded (the incomplete record is not). fastwarc does so for the response and
    conversion records it reads, but ends silently at a file cut inside another record
    (a request, metadata) or in a record's first header lines, so choose warcio where
    truncated files must be noticed. A file cut exactly between two records cannot be told
    from a shorter file.

    Args:
        path: the file; gzip compression is detected, per record as crawlers write it or as
            one member around the whole file.
        reader: ``"warcio"``, ``"fastwarc"`` or ``"auto"`` (fastwarc when installed).

    Raises:
        ImportError: the chosen reader is not installed.
        OSError: the file cannot be read.
    """
    if reader not in READERS:
        raise ValueError(f"unknown WARC reader {reader!r}; expected one of {', '.join(READERS)}")
    if reader == "fastwarc" and not fastwarc_available():
        raise ImportError("the fastwarc reader needs fastwarc 2 or later: pip install 'fastwarc>=2'")
    if reader == "fastwarc" or (reader == "auto" and fastwarc_available()):
        yield from _iter_fastwarc(path)
    else:
        yield from _iter_warcio(path)


def _iter_warcio(path: str) -> Iterator[WarcResponse]:
    from warcio.exceptions import ArchiveLoadFailed

    read = 0
    try:
        for index, response in _warcio_records(path, open):
            read = index + 1
            if response is not None:
                yield response
    except ArchiveLoadFailed as error:
        if "non-chunked gzip" not in str(error):
            raise
        # One gzip member around the whole file (gzip run over a WARC once written), which
        # warcio refuses after its first record: the same records, read decompressed, on
        # from the first one not read yet.
        for index, response in _warcio_records(path, gzip.open):
            if index >= read and response is not None:
                yield response


def _warcio_records(path: str, opener: Callable[..., Any]) -> Iterator[tuple[int, WarcResponse | None]]:
    # Every record of the file with its number, and the response it holds (None for other
    # record types).
    from warcio.archiveiterator import ArchiveIterator

    end, index, last = 0, -1, 0
    with opener(path, "rb") as stream:
        records = ArchiveIterator(stream)
        for index, record in enumerate(_whole_headers(records)):
            if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
                # Without it warcio reads on into the next records as this one's block (or
                # takes a record cut inside its headers for an empty one).
                raise ValueError(f"record {index + 1} has no Content-Length (the file is cut"
                                 " short, or not a WARC file)")
            response = _warcio_response(record, records) if record.rec_type in RECORD_TYPES else None
            records.read_to_end(record)
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                # warcio ends quietly inside a record cut short, and hands over what it has.
                raise ValueError(f"record {index + 1} is cut short: {missing} bytes of its"
                                 f" Content-Length of {record.length} are missing")
            last = records.get_record_offset()
            end = last + records.get_record_length()
            yield index, response
        if opener is not open:
            # A decompressed stream's offsets are not the file's: what is left in it says
            # whether the last record was whole, and a gzip member cut short fails to read.
            try:
                left = stream.read()
            except (EOFError, OSError) as error:
                raise ValueError(f"the gzip data is cut short ({error}); {index + 1} records read") from None
            if left.strip():
                raise ValueError(f"the file ends in an incomplete record after record {index + 1}")
            return
    if index >= 0:
        _check_gzip_members(path, last, index + 1)
    # warcio ends quietly at a record cut short.
    _check_nothing_after(path, end)


def _check_nothing_after(path: str, end: int) -> None:
    # Whether bytes are left over after the last record read, which ends at ``end``: they
    # are a record cut short (an uncompressed file may end in the blank lines after its
    # last record).
    size = os.path.getsize(path)
    if end < size:
        with open(path, "rb") as stream:
            stream.seek(end)
            if stream.read(1024).strip():
                raise ValueError(f"the file ends in an incomplete record after byte {end} of {size}")


def _check_gzip_members(path: str, offset: int, count: int) -> None:
    # warcio takes a gzip member cut short after the last record it read for the end of the
    # file, and counts its bytes into that record: every member from that record's offset
    # on must end whole. Only that record is read again, so the check costs little.
    with open(path, "rb") as stream:
        stream.seek(offset)
        data = stream.read()
    while data.startswith(b"\x1f\x8b"):
        member = zlib.decompressobj(31)
        try:
            member.decompress(data)
        except zlib.error as error:
            raise ValueError(f"the gzip data after record {count} is damaged ({error})") from None
        if not member.eof:
            raise ValueError(f"the file ends in a gzip member cut short after record {count}")
        data = member.unused_data


def _whole_headers(records: Any) -> Iterator[Any]:
    # warcio fails with AttributeError on a record whose headers are cut short (its parser
    # finds no value where it expects one): that is a file cut short, said as such.
    iterator = iter(records)
    number = 0
    while True:
        number += 1
        try:
            yield next(iterator)
        except StopIteration:
            return
        except AttributeError:
            raise ValueError(f"record {number} is cut short inside its headers") from None


def _warcio_response(record: Any, records: Any) -> WarcResponse | None:
    http = record.http_headers
    headers = record.rec_headers
    status = None
    media_type = charset = None
    if record.rec_type == "conversion":
        media_type, charset = split_content_type(headers.get_header("Content-Type"))
    elif http is not None:
        try:
            status = int(http.get_statuscode())
        except (TypeError, ValueError):
            status = None
        media_type, charset = split_content_type(http.get_header("Content-Type"))
    if not _wanted(status, media_type):
        return None
    return WarcResponse(
        record_id=headers.get_header("WARC-Record-ID") or "",
        url=headers.get_header("WARC-Target-URI"),
        date=headers.get_header("WARC-Date"),
        status=status,
        media_type=media_type,
        charset=charset,
        payload=record.content_stream().read(),
        offset=records.get_record_offset(),
    )


def _iter_fastwarc(path: str) -> Iterator[WarcResponse]:
    # fastwarc 2 opens paths itself, detects gzip and removes HTTP transfer and content
    # encodings when asked, as warcio does by default.
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = ArchiveIterator(path, record_types=WarcRecordType.response | WarcRecordType.conversion,
                              parse_http=True, auto_decode="all", fsspec_args=False)
    for index, record in enumerate(records):
        http = record.http_headers
        headers = record.headers
        if not (headers.get("Content-Length") or "").strip().isdigit():
            # A record cut inside its headers: what follows is lost, and must not go unsaid.
            raise ValueError(f"response or conversion record {index + 1} has no Content-Length"
                             " (the file is cut short, or not a WARC file)")
        status = None
        media_type = charset = None
        if record.record_type == WarcRecordType.conversion:
            media_type, charset = split_content_type(headers.get("Content-Type"))
        elif http is not None:
            status = http.status_code
            media_type, charset = split_content_type(http.get("Content-Type"))
        if not _wanted(status, media_type):
            continue
        # A body whose transfer or content encoding is broken fails this record alone: the
        # iterator reads on from the next record.
        error = None
        try:
            payload = record.reader.read()
        except OSError as failure:
            payload, error = b"", f"cannot decode the record's body: {failure}"
        if error is None and len(payload) < record.content_length and not _encoded(http):
            # fastwarc hands over what a record cut short holds; the body it declares says so
            # (a body with a transfer or content encoding has another length once decoded).
            raise ValueError(f"response or conversion record {index + 1} is cut short:"
                             f" {record.content_length - len(payload)} bytes of its body are missing")
        yield WarcResponse(
            record_id=record.record_id or "",
            url=headers.get("WARC-Target-URI"),
            date=headers.get("WARC-Date"),
            status=status,
            media_type=media_type,
            charset=charset,
            payload=payload,
            offset=record.stream_pos,
            error=error,
        )


def _encoded(http: Any) -> bool:
    # Whether fastwarc decoded the HTTP body (chunked, gzip ...), changing its length.
    return http is not None and any(http.get(name) for name in ("Transfer-Encoding", "Content-Encoding"))

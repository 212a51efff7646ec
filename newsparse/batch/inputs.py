"""Turning command-line inputs into a deterministic stream of documents.

Files and directories (walked recursively in sorted order), JSON Lines files and WARC
files all become :class:`Item`\\ s, numbered in the order they are met, so that the same
inputs always give the same sequence and the same output, however many workers parse it.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import attrs

from ..errors import InputTooLarge, UnreadableInput
from ..loaders.decode import transport_encoding
from ..model import ParseWarning

#: The kinds of input file :func:`iter_items` reads.
INPUT_KINDS = ("auto", "doc", "jsonl", "warc")

#: Top-level keys of an output record written from an Article (see
#: :func:`newsparse.article_to_dict`). A carried field with one of these names is renamed
#: ``input_<name>`` rather than silently overwritten.
ARTICLE_KEYS = frozenset({
    "url", "format", "title", "title_span", "dek", "dek_span", "bylines", "dateline",
    "published", "modified", "site_name", "language", "language_source", "stated_language", "captions", "body", "text",
    "boilerplate", "annotations", "errors", "source", "id",
})

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
# WET files are WARC files of extracted text, named ".warc.wet.gz" by Common Crawl.
_WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")


@attrs.frozen(kw_only=True)
class InputOptions:
    """How inputs are read.

    Attributes:
        kind: ``"auto"`` (decide each file from its name: ``.jsonl``/``.ndjson`` are JSON
            Lines, ``.warc`` and ``.wet`` WARC, anything else one document; each may end in
            ``.gz``),
            or ``"doc"``, ``"jsonl"``, ``"warc"`` for every input.
        format: the document format passed to the parser: ``"auto"``, ``"text"``, ``"html"``
            (JSON Lines records and WARC records say theirs).
        encoding: the charset of document files, when known.
        url: the URL of the document (meant for a single input).
        text_field: the JSON Lines field holding plain text.
        html_field: the JSON Lines field holding HTML (preferred over the text field).
        url_field: the JSON Lines field holding the page's URL.
        id_field: the JSON Lines field holding the record's identifier.
        warc_reader: ``"auto"``, ``"warcio"`` or ``"fastwarc"``.
    """

    kind: str = attrs.field(default="auto", validator=attrs.validators.in_(INPUT_KINDS))
    format: str = "auto"
    encoding: str | None = None
    url: str | None = None
    text_field: str = "text"
    html_field: str = "html"
    url_field: str = "url"
    id_field: str = "id"
    warc_reader: str = "auto"


@attrs.frozen(kw_only=True)
class Item:
    """One document to parse, as sent to a worker.

    Attributes:
        seq: its position in the whole input, from 0.
        id: its identifier in the output: the file path, the JSON Lines ``id`` field (or
            ``path:line``), or the WARC record ID.
        data: the document, or None when the worker should read ``path`` itself.
        path: the file it comes from.
        url: the page's URL, when known.
        format: ``"auto"``, ``"text"`` or ``"html"``.
        encoding: the charset of ``data`` (or of the file), when known.
        carried: input fields copied to the top level of the output record.
        warnings: what the reader of the input noticed about the document (a declared
            charset set aside), added to the Article's warnings.
        error: ``(error type, message)`` when the input is already known to be unusable
            (a malformed JSON line); the worker reports it without parsing.
    """

    seq: int
    id: str
    data: bytes | str | None = None
    path: str | None = None
    url: str | None = None
    format: str = "auto"
    encoding: str | None = None
    carried: dict[str, Any] = attrs.field(factory=dict)
    warnings: tuple[ParseWarning, ...] = ()
    error: tuple[str, str] | None = None


def kind_of(path: str) -> str:
    """The kind of an input file judged from its name: ``"jsonl"``, ``"warc"`` or ``"doc"``."""
    name = path.lower()
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    return "doc"


def walk(path: str) -> Iterator[str]:
    """Yield the files under ``path`` in sorted order, recursively, skipping hidden ones."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Yield the input files named by ``paths`` (directories expanded), in order.

    A path that does not exist is yielded as it is, so that it is reported as a failed
    document rather than silently ignored.
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from walk(path)
        else:
            yield path


def count_documents(paths: Iterable[str], options: InputOptions = InputOptions()) -> int | None:
    """The number of documents in ``paths``, or None when it cannot be known without reading
    them (JSON Lines and WARC files, standard input)."""
    count = 0
    for path in expand(paths):
        if path == "-" or (options.kind if options.kind != "auto" else kind_of(path)) != "doc":
            return None
        count += 1
    return count


def open_binary(path: str) -> BinaryIO:
    """Open ``path`` for reading bytes; gzip files (by magic number) are decompressed."""
    handle = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    if handle.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[return-value]
    return handle


def read_document(path: str, limit: int | None = None) -> bytes:
    """Read one document file (``-`` is standard input), decompressing gzip.

    Args:
        path: the file.
        limit: raise rather than read more than this many (decompressed) bytes.

    Raises:
        InputTooLarge: the document is larger than ``limit``.
        UnreadableInput: the file cannot be read (:class:`~newsparse.InputNotFound`: it
            does not exist); both are also an :class:`OSError`.
    """
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            if limit is not None and not path.endswith(".gz"):
                size = os.path.getsize(path)
                if size > limit:
                    raise InputTooLarge(size, limit, "bytes")
            with open_binary(path) as handle:
                data = handle.read() if limit is None else handle.read(limit + 1)
        except OSError as error:
            raise UnreadableInput.from_os_error(path, error) from None
    if limit is not None and len(data) > limit:
        raise InputTooLarge(len(data), limit, "bytes")
    return data


def carry(record: dict[str, Any], skip: Iterable[str]) -> dict[str, Any]:
    """The fields of ``record`` to copy into the output, renamed where they clash."""
    skipped = set(skip)
    carried = {}
    for key, value in record.items():
        if key in skipped:
            continue
        carried[f"input_{key}" if key in ARTICLE_KEYS else key] = value
    return carried


def iter_items(paths: Iterable[str], options: InputOptions = InputOptions()) -> Iterator[Item]:
    """Yield every document of ``paths`` as an :class:`Item`, numbered from 0.

    Document files are not read here (the worker reads them); JSON Lines and WARC files
    are read here, one record at a time.
    """
    seq = 0
    for path in expand(paths):
        kind = options.kind if options.kind != "auto" else kind_of(path)
        if kind == "doc":
            data = sys.stdin.buffer.read() if path == "-" else None
            yield Item(seq=seq, id=path, data=data, path=path, url=options.url,
                       format=options.format, encoding=options.encoding)
            seq += 1
            continue
        reader = _jsonl_items if kind == "jsonl" else _warc_items
        try:
            for item in reader(path, options, seq):
                yield item
                seq += 1
        except Exception as error:  # noqa: BLE001
            # A truncated or unreadable container loses only what was not read yet, and the
            # readers fail on broken files in their own ways (warcio with AttributeError).
            yield Item(seq=seq, id=path, path=path, error=_container_error(path, error))
            seq += 1


def _container_error(path: str, error: Exception) -> tuple[str, str]:
    """The error type and message of a JSON Lines or WARC file that could not be read on."""
    if isinstance(error, FileNotFoundError | PermissionError | IsADirectoryError):
        # A file that is missing or not readable: named as a document file would be.
        error = UnreadableInput.from_os_error(path, error)
        return type(error).__name__, str(error)
    return type(error).__name__, f"cannot read {path}: {error}"


def item_from_record(record: dict[str, Any], options: InputOptions, *, seq: int, where: str,
                     path: str | None = None) -> Item:
    """Turn one JSON record (a JSON Lines line, a Dask or pandas row) into an :class:`Item`.

    The HTML field wins over the text field; the other fields are carried to the output
    (see :func:`carry`). A record with neither becomes an item that reports an error.

    Args:
        record: the record.
        options: the field names.
        seq: the item's position.
        where: the record's location, its id when it has no id field.
        path: the file it comes from.
    """
    skip = {options.text_field, options.html_field, options.url_field}
    if options.id_field == "id":
        skip.add("id")
    identifier = record.get(options.id_field)
    identifier = where if identifier is None else str(identifier)
    url = record.get(options.url_field)
    url = url if isinstance(url, str) else None
    html, text = record.get(options.html_field), record.get(options.text_field)
    carried = carry(record, skip)
    if isinstance(html, str) and html:
        data, fmt = html, "html"
    elif isinstance(text, str):
        data, fmt = text, "text" if options.format == "auto" else options.format
    else:
        return Item(seq=seq, id=identifier, path=path, url=url, carried=carried,
                    error=("MissingField", (f"{where}: no {options.html_field!r} or "
                                            f"{options.text_field!r} string field")))
    return Item(seq=seq, id=identifier, data=data, path=path, url=url, format=fmt, carried=carried)


def _jsonl_items(path: str, options: InputOptions, seq: int) -> Iterator[Item]:
    handle = sys.stdin.buffer if path == "-" else open_binary(path)
    try:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as error:
                # RecursionError: arrays or objects nested thousands deep. Like a syntax
                # error, it spoils this line only, not the lines after it.
                yield Item(seq=seq, id=where, path=path, error=(
                    "JSONDecodeError", f"line {number}: {error}" if isinstance(error, ValueError)
                    else f"line {number}: nested too deeply to read"))
                seq += 1
                continue
            if not isinstance(record, dict):
                yield Item(seq=seq, id=where, path=path,
                           error=("InvalidRecord", f"line {number}: not a JSON object"))
                seq += 1
                continue
            yield item_from_record(record, options, seq=seq, where=where, path=path)
            seq += 1
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _warc_items(path: str, options: InputOptions, seq: int) -> Iterator[Item]:
    from .warc import iter_responses

    for response in iter_responses(path, options.warc_reader):
        # The HTTP header's charset is what the server said: one that is unknown or does not
        # fit the bytes must not fail the page (see transport_encoding).
        encoding, warning = transport_encoding(response.charset, response.payload)
        yield Item(
            seq=seq,
            id=response.record_id or f"{path}@{response.offset}",
            data=response.payload,
            path=path,
            url=response.url,
            format=response.format,
            encoding=encoding,
            carried={"warc_date": response.date},
            warnings=() if warning is None else (warning,),
            error=None if response.error is None else ("UnreadableRecord", response.error),
        )
        seq += 1

"""What runs on a worker: parse one item into an output line or an error record.

The same functions serve the local process pool, Dask and the recipes for other engines,
so every engine writes the same bytes for the same input.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..errors import InputTooLarge, NewsparseError
from ..model import Article
from ..parser import Parser
from ..serialize import article_to_dict, dumps
from .inputs import Item, read_document


@attrs.frozen(kw_only=True)
class Outcome:
    """The result of one item: an output line, or an error record.

    Attributes:
        seq: the item's position in the input.
        line: the JSON output record (no newline), or None when the item failed.
        error: the error record, or None when the item was parsed.
    """

    seq: int
    line: str | None = None
    error: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        """Whether the item was parsed."""
        return self.error is None


def error_record(item: Item, error: str, message: str) -> dict[str, Any]:
    """The error record of a failed item: its id, origin, URL, error type and message."""
    return {"id": item.id, "input": item.path, "url": item.url, "error": error, "message": message}


def error_report(error: Exception) -> tuple[str, str]:
    """The error type and message a failed document is reported with: the error's class
    name, and its message; a system error that is not newsparse's (a file that cannot be
    read) by the system's own words ("Permission denied")."""
    if isinstance(error, OSError) and not isinstance(error, NewsparseError):
        return type(error).__name__, error.strerror or str(error)
    if isinstance(error, InputTooLarge):
        # A batch's limit is set on the command line or in the ParserSpec, not on a Parser.
        return type(error).__name__, error.message("--max-input-size, or ParserSpec(max_input_size=...)")
    return type(error).__name__, str(error)


def output_record(item: Item, data: dict[str, Any]) -> dict[str, Any]:
    """The output record of a parsed item: its id, its carried fields, then the Article."""
    return {"id": item.id, **item.carried, **data}


def load_source(item: Item, parser: Parser) -> bytes | str:
    """The document of ``item``, read from its file when the item does not carry it."""
    if item.data is not None:
        return item.data
    if item.path is None:
        raise ValueError(f"item {item.id} carries no document and names no file")
    return read_document(item.path, parser.max_input_size)


def parse_item(parser: Parser, item: Item, *, extract: bool = True) -> Article:
    """Parse the document of ``item`` with ``parser``, adding the item's own warnings.

    Raises:
        NewsparseError: the document is refused (as :meth:`Parser.parse` raises it).
        OSError: its file cannot be read.
    """
    article = parser.parse(load_source(item, parser), url=item.url, format=item.format,
                           encoding=item.encoding, extract=extract)
    if item.warnings:
        article = attrs.evolve(article, warnings=item.warnings + article.warnings)
    return article


def process_item(parser: Parser, item: Item, *, include_source: bool = True,
                 extract: bool = True) -> Outcome:
    """Parse ``item`` with ``parser``; never raise for a bad document.

    Args:
        parser: the worker's Parser.
        item: the document.
        include_source: write the normalised input into the output record.
        extract: run the plugin extractors.

    Returns:
        An :class:`Outcome` with the JSON line, or with the error record. Errors newsparse
        raises on purpose keep their class name (``InputTooLarge``, ``UnsupportedInput``
        ...); anything else a document triggers is reported under its own class name too,
        so one bad page never stops a batch.
    """
    if item.error is not None:
        return Outcome(seq=item.seq, error=error_record(item, *item.error))
    try:
        article = parse_item(parser, item, extract=extract)
        data = article_to_dict(article, include_source=include_source)
        line = dumps(output_record(item, data))
    except Exception as error:  # noqa: BLE001 - a parser bug on one page must not cost the batch
        return Outcome(seq=item.seq, error=error_record(item, *error_report(error)))
    return Outcome(seq=item.seq, line=line)

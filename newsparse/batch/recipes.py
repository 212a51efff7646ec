"""Parsing with other engines: pandas batches for Ray Data and Spark.

Both engines hand a function a pandas DataFrame per batch; :func:`parse_pandas` turns one
into a DataFrame of results with the same records ``newsparse parse`` writes, so every
engine agrees record for record. Workers build their Parser from a picklable
:class:`~newsparse.batch.spec.ParserSpec`, once per process.

Ray Data (``map_batches``)::

    import ray
    from newsparse.batch.recipes import PandasParser

    ds = ray.data.read_json("s3://bucket/pages/")          # columns: id, url, html
    parsed = ds.map_batches(PandasParser, batch_format="pandas",
                            fn_constructor_kwargs={"include_source": False},
                            concurrency=8)
    parsed.filter(lambda row: row["error"] is None).write_parquet("s3://bucket/articles/")

``PandasParser`` is a class, so Ray builds it (and its Parser) once per actor rather than
once per batch.

Spark (``mapInPandas``)::

    from newsparse.batch.recipes import RESULT_SCHEMA_DDL, parse_pandas_iter

    pages = spark.read.json("hdfs:///pages/")             # columns: id, url, html
    articles = pages.mapInPandas(parse_pandas_iter, schema=RESULT_SCHEMA_DDL)
    articles.write.parquet("hdfs:///articles/")

For options, bind them first: ``functools.partial(parse_pandas_iter, include_source=False)``.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Iterable, Iterator
from typing import Any

from ..parser import Parser
from .inputs import InputOptions, item_from_record
from .spec import ParserSpec
from .worker import Outcome, process_item

#: Columns of the DataFrames :func:`parse_pandas` returns: the record's id, its URL, title
#: and text for quick filtering, ``error``/``message`` for failed rows (None otherwise) and
#: ``record``, the whole output record as JSON (exactly the line ``newsparse parse`` writes).
RESULT_COLUMNS = ("id", "url", "title", "text", "error", "message", "record")

#: The same columns as a Spark DDL schema, for ``mapInPandas``.
RESULT_SCHEMA_DDL = ", ".join(f"{name} string" for name in RESULT_COLUMNS)

_parsers: dict[ParserSpec, Any] = {}
#: Parsers kept per process; a batch uses one or two specs (two with the site pass).
_MAX_CACHED = 4


def cached_parser(spec: ParserSpec) -> Parser:
    """The Parser of ``spec`` in this process, built on first use.

    Specs compare by value, so every task of a worker that receives an equal spec reuses
    the same Parser.
    """
    try:
        return _parsers[spec]
    except (KeyError, TypeError):
        pass
    parser = spec.build()
    if len(_parsers) >= _MAX_CACHED:
        _parsers.clear()  # a long-lived worker serving many different specs
    with contextlib.suppress(TypeError):  # a spec holding unhashable plugin objects is not cached
        _parsers[spec] = parser
    return parser


def result_row(outcome: Outcome) -> dict[str, Any]:
    """One row of :data:`RESULT_COLUMNS` from an outcome of :func:`~newsparse.batch.worker.process_item`."""
    if outcome.error is not None:
        error = outcome.error
        return {"id": error["id"], "url": error["url"], "title": None, "text": None,
                "error": error["error"], "message": error["message"], "record": None}
    line = outcome.line or ""  # an outcome without an error has its line
    record = json.loads(line)
    return {"id": record["id"], "url": record.get("url"), "title": record.get("title"),
            "text": record.get("text"), "error": None, "message": None, "record": line}


def parse_records(records: Iterable[dict[str, Any]], spec: ParserSpec | None = None, *,
                  inputs: InputOptions | None = None, include_source: bool = True,
                  where: str = "") -> Iterator:
    """Parse dict records (fields as in JSON Lines input) and yield outcomes in order.

    Args:
        records: records with an HTML or text field, and optionally id and URL fields.
        spec: how to build the Parser (default: every installed plugin).
        inputs: the field names (default: ``html``, ``text``, ``url``, ``id``).
        include_source: write each Article's normalised input.
        where: a prefix for the ids of records without an id field (``where:index``).
    """
    spec = spec or ParserSpec()
    inputs = inputs or InputOptions()
    parser = cached_parser(spec)
    for index, record in enumerate(records):
        item = item_from_record(dict(record), inputs, seq=index, where=f"{where}:{index}")
        yield process_item(parser, item, include_source=include_source, extract=spec.extract)


def parse_pandas(frame: Any, spec: ParserSpec | None = None, *, inputs: InputOptions | None = None,
                 include_source: bool = True, where: str = "") -> Any:
    """Parse the rows of a pandas DataFrame; return a DataFrame of :data:`RESULT_COLUMNS`.

    Args:
        frame: rows with an HTML or text column, and optionally id and URL columns (named
            as in ``inputs``); other columns are carried into ``record``.
        spec: how to build the Parser.
        inputs: the column names.
        include_source: write each Article's normalised input into ``record``.
        where: a prefix for the ids of rows without an id column.
    """
    import pandas as pd

    records = (
        {key: (None if _is_missing(value) else value) for key, value in row.items()}
        for row in frame.to_dict(orient="records")
    )
    rows = [result_row(o) for o in parse_records(records, spec, inputs=inputs,
                                                  include_source=include_source, where=where)]
    return pd.DataFrame(rows, columns=list(RESULT_COLUMNS), dtype=object)


def parse_pandas_iter(frames: Iterable[Any], spec: ParserSpec | None = None, **options: Any) -> Iterator[Any]:
    """Spark's ``mapInPandas`` form of :func:`parse_pandas`: an iterator of frames in and out."""
    for frame in frames:
        yield parse_pandas(frame, spec, **options)


class PandasParser:
    """Ray Data's callable-class form of :func:`parse_pandas` (built once per actor).

    Args:
        spec: how to build the Parser.
        **options: keyword arguments of :func:`parse_pandas`.
    """

    def __init__(self, spec: ParserSpec | None = None, **options: Any) -> None:
        self.spec = spec or ParserSpec()
        self.options = options
        cached_parser(self.spec)

    def __call__(self, frame):
        """Parse one batch."""
        return parse_pandas(frame, self.spec, **self.options)


def _is_missing(value: Any) -> bool:
    # NaN is how pandas marks a missing cell of a column that is not all strings.
    return isinstance(value, float) and math.isnan(value)

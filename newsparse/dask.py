"""Parsing with Dask: bags and DataFrames partition by partition, and ``--engine dask``.

Needs the ``dask`` extra (``pip install 'newsparse[dask]'``). Each partition is parsed by
one task, which builds (or reuses) its worker's Parser from a picklable
:class:`~newsparse.batch.spec.ParserSpec`; no Parser, plugin manager or parsed tree ever
travels between processes. The records are exactly those ``newsparse parse`` writes.

Example:
    Parse a folder of JSON Lines on a running cluster::

        import dask.bag as db, json
        from distributed import Client
        from newsparse.dask import parse_bag

        client = Client("tcp://scheduler:8786")
        pages = db.read_text("pages/*.jsonl").map(json.loads)   # one partition per file
        articles = parse_bag(pages)                             # dicts, one per page
        articles.filter(lambda r: "error" not in r).map(json.dumps).to_textfiles("out/*.jsonl")

    Or a DataFrame::

        import dask.dataframe as dd
        from newsparse.dask import parse_dataframe

        frame = dd.read_parquet("pages/")                       # columns: id, url, html
        parse_dataframe(frame).to_parquet("articles/")

For Ray Data and Spark, see :mod:`newsparse.batch.recipes`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .batch.inputs import InputOptions, Item
from .batch.recipes import RESULT_COLUMNS, cached_parser, parse_pandas, parse_records
from .batch.spec import ParserSpec

__all__ = ["DaskRunner", "close_client", "get_client", "parse_bag", "parse_dataframe"]


def _records_of(outcomes: Iterable) -> list[dict[str, Any]]:
    return [json.loads(o.line) if o.ok else o.error for o in outcomes]


def _parse_partition(records: Iterable[Any], index: int, spec: ParserSpec, inputs: InputOptions,
                     include_source: bool) -> list[dict[str, Any]]:
    rows = (r if isinstance(r, dict) else {inputs.text_field: r} for r in records)
    return _records_of(parse_records(rows, spec, inputs=inputs, include_source=include_source,
                                     where=f"partition-{index}"))


def parse_bag(bag: Any, spec: ParserSpec | None = None, *, inputs: InputOptions | None = None,
              include_source: bool = True) -> Any:
    """Parse every element of a Dask bag, partition by partition.

    Args:
        bag: a ``dask.bag.Bag`` of dicts (fields as in JSON Lines input: ``html`` or
            ``text``, ``url``, ``id``, others carried) or of strings (plain text).
        spec: how workers build their Parser.
        inputs: the field names.
        include_source: keep each Article's normalised input.

    Returns:
        A bag with one dict per element, in the same order and partitions: the output
        record of a parsed element, or the error record (``id``, ``input``, ``url``,
        ``error``, ``message``) of a failed one. Elements without an id get
        ``partition-<n>:<index>``.
    """
    import dask
    import dask.bag as db

    spec = spec or ParserSpec()
    inputs = inputs or InputOptions()
    parts = [
        dask.delayed(_parse_partition)(part, index, spec, inputs, include_source)
        for index, part in enumerate(bag.to_delayed())
    ]
    return db.from_delayed(parts)


def parse_dataframe(frame: Any, spec: ParserSpec | None = None, *, inputs: InputOptions | None = None,
                    include_source: bool = True) -> Any:
    """Parse every row of a Dask DataFrame, partition by partition.

    Args:
        frame: a ``dask.dataframe.DataFrame`` with an HTML or text column, and optionally
            id and URL columns (named as in ``inputs``); other columns are carried.
        spec: how workers build their Parser.
        inputs: the column names.
        include_source: keep each Article's normalised input in ``record``.

    Returns:
        A Dask DataFrame with the columns of
        :data:`~newsparse.batch.recipes.RESULT_COLUMNS`, one row per input row.
    """
    import pandas as pd

    spec = spec or ParserSpec()
    inputs = inputs or InputOptions()
    meta = pd.DataFrame({name: pd.Series([], dtype=object) for name in RESULT_COLUMNS})
    return frame.map_partitions(parse_pandas, spec, inputs=inputs, include_source=include_source,
                                meta=meta)


def get_client(scheduler: str | None = None, *, jobs: int | None = None) -> Any:
    """A ``distributed`` client: of the scheduler at ``scheduler``, or of a new local cluster.

    Args:
        scheduler: the scheduler's address; None starts a ``LocalCluster`` of ``jobs``
            single-threaded worker processes (parsing holds the GIL, so threads would not
            run in parallel).
        jobs: the local cluster's worker count (default: the number of cores).
    """
    from distributed import Client, LocalCluster

    if scheduler is not None:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=jobs or None, threads_per_worker=1, processes=True,
                           dashboard_address=":0")
    return Client(cluster)


def close_client(client: Any) -> None:
    """Close ``client`` and the local cluster :func:`get_client` started for it."""
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def _run_items(spec: ParserSpec, function: Callable, kwargs: dict[str, Any], items: list[Item]) -> list:
    parser = cached_parser(spec)
    return [function(parser, item, **kwargs) for item in items]


class DaskRunner:
    """Runs batch items on a Dask cluster, one task per shard, results in input order.

    The engine behind ``newsparse parse --engine dask``. Documents are read where the
    command runs and shipped with their shard. The per-document time limit is not enforced
    here (Dask cannot kill one task); Dask restarts workers that die.

    Args:
        spec: how workers build their Parser.
        function: called on the worker as ``function(parser, item, **kwargs)``.
        kwargs: keyword arguments of ``function``.
        client: the ``distributed`` client.
        shard_size: items per task (items of one shard always share a task).
        max_pending: tasks submitted ahead of the one whose results are awaited.
    """

    restarts = 0
    peak_rss_kib: tuple[int, ...] = ()

    def __init__(self, spec: ParserSpec, function: Callable[..., Any], kwargs: dict[str, Any], *, client: Any,
                 shard_size: int = 1000, max_pending: int | None = None) -> None:
        self.spec = spec
        self.function = function
        self.kwargs = kwargs
        self.client = client
        self.shard_size = max(1, shard_size)
        workers = len(client.scheduler_info().get("workers", {})) or 1
        self.max_pending = max_pending or 2 * workers + 1

    def _groups(self, items: Iterable[Item]) -> Iterator[list[Item]]:
        group: list[Item] = []
        for item in items:
            if group and item.seq // self.shard_size != group[0].seq // self.shard_size:
                yield group
                group = []
            group.append(item)
        if group:
            yield group

    def map(self, items: Iterable[Item], on_failure: Callable) -> Iterator[tuple[Item, Any]]:
        """Yield ``(item, result)`` in order (see :meth:`~newsparse.batch.pool.ProcessPool.map`)."""
        from collections import deque

        pending: deque = deque()
        groups = self._groups(items)
        spec = self.client.scatter(self.spec, broadcast=True)
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.max_pending:
                group = next(groups, None)
                if group is None:
                    exhausted = True
                    break
                future = self.client.submit(_run_items, spec, self.function, self.kwargs, group,
                                            pure=False)
                pending.append((group, future))
            if not pending:
                return
            group, future = pending.popleft()
            try:
                results = future.result()
            except Exception as error:  # noqa: BLE001 - the task failed as a whole; report each document
                message = f"{type(error).__name__}: {error}"
                results = [on_failure(item, "crash", message) for item in group]
            yield from zip(group, results)

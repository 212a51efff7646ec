"""Running a batch: inputs -> workers -> ordered, sharded, resumable output.

:func:`run_batch` is what ``newsparse parse`` calls for JSON Lines and Parquet output; it is
public so that programs can run the same batches without the command line.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from ..classify.modes import DEFAULT_MODE
from .inputs import InputOptions, Item, count_documents, iter_items
from .output import (
    ErrorFile,
    FileSink,
    FolderSink,
    OutputUnwritable,
    ParquetFileSink,
    Sink,
    StreamSink,
    error_file_for,
)
from .pool import BatchError, ProcessPool
from .site import SiteBoilerplate, SiteStats, line_keys
from .spec import ParserSpec
from .worker import Outcome, error_record, process_item

#: Documents per shard: the unit of resumption and of Dask partitions. Large enough that
#: markers and files stay few (a million pages make a thousand shards), small enough that
#: an interruption costs seconds of work.
DEFAULT_SHARD_SIZE = 1000

#: Seconds one document may take by default. Real pages parse in milliseconds; a page
#: still running after a minute is stuck, not slow.
DEFAULT_TIMEOUT = 60.0

#: Documents a worker parses before it is replaced. lxml and the allocator keep memory a
#: process once used; a fresh worker every ten thousand pages keeps a week-long run as lean
#: as a short one, for well under a second of restart per ten thousand pages.
DEFAULT_MAX_DOCS_PER_WORKER = 10_000

ENGINES = ("local", "dask")


@attrs.frozen(kw_only=True)
class BatchOptions:
    """How a batch runs and where it writes.

    Attributes:
        jobs: worker processes (``--jobs``); 0 parses in this process, without time limits.
        timeout: seconds one document may take before its worker is killed; None or 0 for
            no limit.
        max_docs_per_worker: replace a worker after this many documents; None never.
        shard_size: documents per output shard.
        include_source: write each Article's normalised input (``source``).
        output: None for standard output, a file path, or a folder (an existing folder or a
            path ending in ``/``) for shards.
        output_format: ``"jsonl"`` or ``"parquet"``.
        errors: the error file; by default ``<output stem>.errors.jsonl`` beside a file
            output (shards have their own), and none for standard output (errors go to
            ``on_error``). It is created only when a document fails.
        resume: skip shards completed by an earlier run of the same command.
        engine: ``"local"`` (worker processes) or ``"dask"``.
        scheduler: the Dask scheduler address; None starts a local cluster.
        learn_site_boilerplate: run the first pass that learns each site's repeated lines.
        site: the site of documents whose URL names none.
    """

    jobs: int = attrs.field(factory=lambda: os.cpu_count() or 1)
    timeout: float | None = DEFAULT_TIMEOUT
    max_docs_per_worker: int | None = DEFAULT_MAX_DOCS_PER_WORKER
    shard_size: int = DEFAULT_SHARD_SIZE
    include_source: bool = True
    output: str | None = None
    output_format: str = "jsonl"
    errors: str | None = None
    resume: bool = True
    engine: str = attrs.field(default="local", validator=attrs.validators.in_(ENGINES))
    scheduler: str | None = None
    learn_site_boilerplate: bool = False
    site: str | None = None


@attrs.frozen(kw_only=True)
class Summary:
    """What a batch did.

    Attributes:
        documents: documents in the input (those of skipped shards included).
        ok: documents parsed (skipped shards included).
        errors: documents that failed (skipped shards included).
        skipped: documents of shards completed by an earlier run and not parsed again.
        seconds: wall time of this run.
        processed: documents parsed or failed in this run.
        peak_rss_kib: peak resident memory of each worker that retired normally.
        worker_cpu_seconds: CPU time used by those workers (not by this process).
        restarts: workers replaced after a timeout or a crash.
        site_boilerplate: sites with learned boilerplate, and how many lines each.
    """

    documents: int
    ok: int
    errors: int
    skipped: int
    seconds: float
    processed: int
    peak_rss_kib: tuple[int, ...] = ()
    worker_cpu_seconds: tuple[float, ...] = ()
    restarts: int = 0
    site_boilerplate: dict[str, int] = attrs.field(factory=dict)

    @property
    def docs_per_second(self) -> float:
        """Documents processed per second in this run."""
        return self.processed / self.seconds if self.seconds > 0 else 0.0


class InlineRunner:
    """Runs items in this process, in order: no time limit, no worker to replace.

    Args:
        spec: how to build the Parser.
        function: called as ``function(parser, item, **kwargs)``.
        kwargs: keyword arguments of ``function``.

    Raises:
        BatchError: the Parser cannot be built (a plugin does not load).
    """

    peak_rss_kib: tuple[int, ...] = ()
    restarts = 0

    def __init__(self, spec: ParserSpec, function: Callable, kwargs: dict[str, Any] | None = None) -> None:
        try:
            self.parser = spec.build()
        except Exception as error:
            raise BatchError(f"could not build the parser: {type(error).__name__}: {error}") from error
        self.function = function
        self.kwargs = dict(kwargs or {})

    def map(self, items: Iterable[Any], on_failure: Callable) -> Iterator[tuple[Any, Any]]:
        """Yield ``(item, result)`` in order (see :meth:`ProcessPool.map`)."""
        for item in items:
            yield item, self.function(self.parser, item, **self.kwargs)


def fingerprint(paths: Iterable[str], inputs: InputOptions, spec: ParserSpec,
                options: BatchOptions) -> str:
    """Identify a command by what decides its output, so only the same command resumes."""
    data = {
        "paths": [p if p == "-" else os.path.abspath(p) for p in paths],
        "inputs": attrs.asdict(inputs),
        "spec": [spec.plugins, spec.load_entrypoints, spec.extractors, spec.extract,
                 spec.max_input_size, list(spec.extra_plugins)]
        # Only what differs from the defaults, so earlier commands still resume.
        + ([spec.mode] if spec.mode != DEFAULT_MODE else [])
        + (["comments"] if spec.comments else []),
        "shard_size": options.shard_size,
        "include_source": options.include_source,
        "format": options.output_format,
        "site": [options.learn_site_boilerplate, options.site],
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _failure(item: Item, kind: str, message: str) -> Outcome:
    return Outcome(seq=item.seq, error=error_record(item, kind, message))


def _open_sink(options: BatchOptions, print_id: str, resume: bool,
               on_error: Callable[[dict[str, Any]], None] | None) -> Sink:
    output = options.output
    if output is None or output == "-":
        import sys

        if options.output_format == "parquet":
            raise BatchError("Parquet output needs -o PATH (a file or a folder)")
        errors = ErrorFile(options.errors) if options.errors else None
        return StreamSink(sys.stdout, errors, on_error)
    folder = output.endswith(("/", os.sep)) or os.path.isdir(output)
    if folder:
        return FolderSink(output, print_id, options.output_format, resume=resume)
    errors_path = options.errors or error_file_for(output)
    if options.output_format == "parquet":
        return ParquetFileSink(output, errors_path)
    return FileSink(output, errors_path, print_id, resume=resume)


def _runner(spec: ParserSpec, function: Callable[..., Any], kwargs: dict[str, Any], options: BatchOptions,
            client: Any = None) -> Any:
    if options.engine == "dask":
        from ..dask import DaskRunner

        return DaskRunner(spec, function, kwargs, client=client, shard_size=options.shard_size)
    if options.jobs <= 0:
        return InlineRunner(spec, function, kwargs)
    return ProcessPool(spec, function, jobs=options.jobs, timeout=options.timeout,
                       max_docs_per_worker=options.max_docs_per_worker, kwargs=kwargs)


def learn_site_table(paths: Iterable[str], inputs: InputOptions, spec: ParserSpec,
                     options: BatchOptions, client: Any = None) -> dict[str, frozenset[int]]:
    """Run the first pass over the corpus and return each site's repeated line keys."""
    stats = SiteStats()
    runner = _runner(spec, line_keys, {"site": options.site}, options, client)
    for _item, found in runner.map(iter_items(paths, inputs), lambda item, kind, message: None):
        if found is not None:
            stats.add(*found)
    return stats.table()


def run_batch(
    paths: Iterable[str],
    *,
    inputs: InputOptions | None = None,
    spec: ParserSpec | None = None,
    options: BatchOptions | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_error: Callable[[dict[str, Any]], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> Summary:
    """Parse every document of ``paths`` and write the output ``options`` describes.

    Output records come in input order whatever the number of workers; a failed document
    becomes an error record and the batch goes on.

    Args:
        paths: files, folders, JSON Lines and WARC files (``-`` for standard input).
        inputs: how inputs are read (default: :class:`InputOptions`).
        spec: how workers build their Parser (default: every installed plugin).
        options: workers, limits, output (default: :class:`BatchOptions`).
        on_outcome: called with each outcome as it is written (progress bars).
        on_error: called with each error record when errors have no file (standard output).
        on_total: called once, before the first document, with the number of documents
            this run will parse, when that is known without reading the inputs (document
            files and folders; not JSON Lines, WARC or standard input).

    Returns:
        The :class:`Summary`.

    Raises:
        BatchError: the batch cannot run (a worker cannot build its Parser, the output
            belongs to another command ...).
    """
    paths = list(paths)
    inputs = inputs or InputOptions()
    spec = spec or ParserSpec()
    options = options or BatchOptions()
    started = time.monotonic()
    print_id = fingerprint(paths, inputs, spec, options)
    client = None
    if options.engine == "dask":
        from ..dask import get_client

        client = get_client(options.scheduler, jobs=options.jobs)
    target = options.output if options.output not in (None, "-") else "standard output"
    try:
        with _writing(target):
            sink = _open_sink(options, print_id, options.resume, on_error)
        try:
            done = sink.done_shards() if sink.resumable else {}
            table: dict[str, frozenset[int]] = {}
            if options.learn_site_boilerplate:
                table = learn_site_table(paths, inputs, spec, options, client)
                spec = spec.with_plugin(SiteBoilerplate(table, options.site))
            size = max(1, options.shard_size)
            skipped = sum(c.get("documents", 0) for c in done.values())
            ok = sum(c.get("ok", 0) for c in done.values())
            errors = sum(c.get("errors", 0) for c in done.values())
            if on_total is not None:
                total = count_documents(paths, inputs)
                if total is not None:
                    on_total(max(0, total - skipped))
            items = (item for item in iter_items(paths, inputs) if item.seq // size not in done)
            runner = _runner(spec, process_item, {"include_source": options.include_source,
                                                  "extract": spec.extract}, options, client)
            written = _write_shards(runner.map(items, _failure), _GuardedSink(sink, target), size, on_outcome)
            processed = written["documents"]
            ok += written["ok"]
            errors += written["errors"]
        finally:
            with _writing(target):
                sink.close()
    finally:
        if client is not None:
            from ..dask import close_client

            close_client(client)
    return Summary(
        documents=skipped + processed,
        ok=ok,
        errors=errors,
        skipped=skipped,
        seconds=time.monotonic() - started,
        processed=processed,
        peak_rss_kib=tuple(getattr(runner, "peak_rss_kib", ())),
        worker_cpu_seconds=tuple(getattr(runner, "cpu_seconds", ())),
        restarts=getattr(runner, "restarts", 0),
        site_boilerplate={site: len(keys) for site, keys in sorted(table.items())},
    )


@contextlib.contextmanager
def _writing(target: str) -> Iterator[None]:
    """Turn an OSError raised while writing ``target`` into :class:`OutputUnwritable`, so
    that a full disk or a path through a file is one clear line, not a traceback."""
    try:
        yield
    except OSError as error:
        raise OutputUnwritable.from_os_error(target, error) from None


class _GuardedSink:
    """A sink whose writes raise :class:`OutputUnwritable` instead of OSError (reading the
    documents, which happens in between, keeps its own errors)."""

    def __init__(self, sink: Sink, target: str) -> None:
        self.sink = sink
        self.target = target

    def write(self, line: str | None, error: dict[str, Any] | None) -> None:
        """Write one outcome (see :meth:`Sink.write`)."""
        with _writing(self.target):
            self.sink.write(line, error)

    def end_shard(self, shard: int, counts: dict[str, int]) -> None:
        """Close one shard (see :meth:`Sink.end_shard`)."""
        with _writing(self.target):
            self.sink.end_shard(shard, counts)


def _write_shards(
    outcomes: Iterable[tuple[Any, Outcome]],
    sink: Any,
    size: int,
    on_outcome: Callable[[Outcome], None] | None,
) -> dict[str, int]:
    """Write ``outcomes`` in order, closing each shard of ``size`` documents as it ends.

    Returns the counts of documents written, ok and failed, over all shards.
    """
    total = {"documents": 0, "ok": 0, "errors": 0}
    current: int | None = None
    counts = dict(total)
    for item, outcome in outcomes:
        shard = item.seq // size
        if current is not None and shard != current:
            sink.end_shard(current, counts)
            counts = {"documents": 0, "ok": 0, "errors": 0}
        current = shard
        sink.write(outcome.line, outcome.error)
        for key in ("documents", "ok" if outcome.ok else "errors"):
            counts[key] += 1
            total[key] += 1
        if on_outcome is not None:
            on_outcome(outcome)
    if current is not None:
        sink.end_shard(current, counts)
    return total

"""A process pool that survives stuck and crashing documents, and keeps input order.

Why not :mod:`concurrent.futures` or :class:`multiprocessing.Pool`: neither can stop one
task that never returns. A signal cannot interrupt a regular expression or lxml (they hold
the interpreter inside C code), so the only safe way to stop a stuck page is to kill the
process parsing it. This pool gives each worker its own pipe, knows which document every
worker is on and since when, kills a worker that overruns the time limit, reports that
document as timed out, resends the documents queued behind it, and starts a new worker.

Workers build their own Parser from a :class:`~newsparse.batch.spec.ParserSpec` once, and
are replaced after a set number of documents so memory stays flat on long runs.
"""

from __future__ import annotations

import heapq
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from queue import SimpleQueue
from typing import Any

from ..errors import NewsparseError
from .spec import ParserSpec

#: Documents queued on each worker beyond the one it is parsing. On an idle machine one
#: would hide the round trip through the pipe; on a busy one the parent may wait tens of
#: milliseconds for a core, and a worker with a short queue runs dry meanwhile (measured:
#: with 2 queued, two workers were slower than one process; with 16, 1.45x faster). The cost
#: is memory (16 pages) and resending the queue of a worker that is killed.
PREFETCH = 16

#: Seconds a new worker may take to import newsparse and build its Parser.
STARTUP_TIMEOUT = 120.0


class BatchError(NewsparseError):
    """A batch cannot run at all (a worker cannot build its Parser, output exists ...)."""


def _usage() -> tuple[int, float]:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def _worker_main(conn: Connection, spec: ParserSpec, function: Callable[..., Any], kwargs: dict[str, Any]) -> None:
    import signal

    # Ctrl-C reaches the whole process group; the parent decides what stops, and a worker
    # that is told to stop, or whose pipe closes, exits on its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        parser = spec.build()
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which stops the batch
        conn.send(("fatal", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            conn.send(("bye", *_usage()))
            return
        conn.send(("done", function(parser, item, **kwargs)))


_STOP_FEEDING = object()


def _feed(conn: Connection, queue: SimpleQueue[Any]) -> None:
    # Sends block once the pipe is full, and a page can be larger than the pipe: were the
    # main thread to send, it would wait on a worker that is itself waiting to hand back a
    # result the main thread is not reading, and both would wait forever. A thread per
    # worker sends; the main thread only reads, and can always kill.
    while True:
        message = queue.get()
        if message is _STOP_FEEDING:
            return
        try:
            conn.send(message)
        except (OSError, ValueError):  # the worker died or was killed; its sentinel says so
            return


class _Worker:
    __slots__ = (
        "assigned",
        "busy_since",
        "conn",
        "feeder",
        "inflight",
        "outbox",
        "process",
        "ready",
        "retiring",
        "started",
    )

    def __init__(self, process: Any, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.inflight: deque = deque()
        self.assigned = 0
        self.ready = False
        self.busy_since: float | None = None
        self.retiring = False
        self.started = time.monotonic()
        self.outbox: SimpleQueue = SimpleQueue()
        self.feeder = threading.Thread(target=_feed, args=(conn, self.outbox),
                                       name="newsparse-feeder", daemon=True)
        self.feeder.start()

    def send(self, message: Any) -> None:
        """Queue ``message`` for the worker; never blocks."""
        self.outbox.put(message)


def default_context():
    """The multiprocessing context workers start from.

    ``forkserver`` where available: workers fork from a clean single-threaded server, so
    they start fast without inheriting locks from threads of the parent (progress bars,
    Dask clients); ``spawn`` elsewhere.
    """
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # Workers fork with newsparse and lxml already imported, rather than each importing
    # them again (a fifth of a second per worker). No effect once the server runs.
    context.set_forkserver_preload(["__main__", "newsparse.batch.worker", "newsparse.batch.site"])
    return context


class ProcessPool:
    """Run ``function(parser, item, **kwargs)`` over items in worker processes, in order.

    Args:
        spec: how each worker builds its Parser.
        function: a module-level (picklable) function of a Parser and an item.
        jobs: the number of worker processes.
        timeout: seconds one item may take before its worker is killed; None for no limit.
        max_docs_per_worker: replace a worker after it has been sent this many items; None
            keeps workers for the whole run.
        kwargs: keyword arguments passed to ``function``.
        context: the multiprocessing context (see :func:`default_context`).

    Attributes:
        peak_rss_kib: the peak resident memory (KiB) reported by each worker that retired
            normally.
        cpu_seconds: the CPU time (user and system) each of those workers used.
        restarts: how many workers were replaced after a timeout or a crash.
    """

    def __init__(self, spec: ParserSpec, function: Callable, *, jobs: int = 1,
                 timeout: float | None = None, max_docs_per_worker: int | None = None,
                 kwargs: dict[str, Any] | None = None, context: Any = None) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.spec = spec
        self.function = function
        self.jobs = jobs
        self.timeout = timeout if timeout and timeout > 0 else None
        self.max_docs = max_docs_per_worker if max_docs_per_worker and max_docs_per_worker > 0 else None
        self.kwargs = dict(kwargs or {})
        self.context = context or default_context()
        self.peak_rss_kib: list[int] = []
        self.cpu_seconds: list[float] = []
        self.restarts = 0
        self._workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=_worker_main, args=(child, self.spec, self.function, self.kwargs),
            name="newsparse-worker", daemon=True,
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._workers.append(worker)
        return worker

    def _discard(self, worker: _Worker, kill: bool = False) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.outbox.put(_STOP_FEEDING)
        # A feeder blocked in a send to the dead worker fails at once; a live one stops at
        # the marker. Close the pipe only once the feeder is done with it.
        worker.feeder.join(timeout=5)
        worker.conn.close()
        self._workers.remove(worker)

    def close(self) -> None:
        """Stop every worker (killing those that do not stop at once)."""
        for worker in list(self._workers):
            worker.send(None)
        for worker in list(self._workers):
            try:
                # A worker told to stop answers with its peak memory before it exits.
                while worker.conn.poll(1):
                    message = worker.conn.recv()
                    if message[0] == "bye":
                        self._retired(message)
                        break
            except (EOFError, OSError):
                pass
            worker.process.join(timeout=1)
            self._discard(worker, kill=True)

    def __enter__(self) -> ProcessPool:  # noqa: PYI034 - typing.Self needs Python 3.11
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def map(self, items: Iterable[Any],
            on_failure: Callable[[Any, str, str], Any]) -> Iterator[tuple[Any, Any]]:
        """Yield ``(item, result)`` for every item, in the order of ``items``.

        Args:
            items: the items; read lazily, never more than a bounded window ahead.
            on_failure: called as ``on_failure(item, "timeout" | "crash", message)`` for an
                item whose worker was killed or died; its return value is the item's result.

        Raises:
            BatchError: a worker could not build its Parser, or did not start in time.
        """
        source = iter(items)
        retry: list[tuple[int, Any]] = []
        done: dict[int, tuple[Any, Any]] = {}
        self._done = done
        next_index = next_out = 0
        exhausted = False
        # Bounds the results held back while waiting for a slow document.
        window = max(256, self.jobs * (PREFETCH + 1) * 32)

        def take() -> tuple[int, Any] | None:
            nonlocal next_index, exhausted
            if retry:
                return heapq.heappop(retry)
            if exhausted or next_index - next_out >= window:
                return None
            try:
                item = next(source)
            except StopIteration:
                exhausted = True
                return None
            next_index += 1
            return next_index - 1, item

        def fail_head(worker: _Worker, kind: str, message: str) -> None:
            if worker.inflight:
                index, item = worker.inflight.popleft()
                done[index] = (item, on_failure(item, kind, message))
            for entry in worker.inflight:
                heapq.heappush(retry, entry)
            worker.inflight.clear()

        try:
            while True:
                active = [w for w in self._workers if not w.retiring]
                now = time.monotonic()
                while (entry := take()) is not None:
                    worker = self._worker_for(active)
                    if worker is None:
                        heapq.heappush(retry, entry)  # every worker's queue is full
                        break
                    worker.send(entry[1])
                    if not worker.inflight and worker.ready:
                        worker.busy_since = now
                    worker.inflight.append(entry)
                    worker.assigned += 1
                    if self.max_docs is not None and worker.assigned >= self.max_docs:
                        worker.send(None)
                        worker.retiring = True
                        active.remove(worker)
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                if exhausted and not retry and next_out == next_index:
                    return
                self._wait(fail_head)
        finally:
            self.close()

    def _worker_for(self, active: list[_Worker]) -> _Worker | None:
        """The worker to send the next document to: an idle one, else a new one while fewer
        than ``jobs`` run, else the one with the shortest queue that is not full (None when
        all are full). Workers start only for documents waiting, so a batch of two documents
        starts two workers however large ``jobs`` is: each start costs a second or more of
        CPU (importing newsparse and its plugins), which a ``--jobs 64`` on a few documents
        would otherwise spend 64 times."""
        shortest = min(active, key=lambda worker: len(worker.inflight), default=None)
        if (shortest is None or shortest.inflight) and len(active) < self.jobs:
            shortest = self._spawn()
            active.append(shortest)
        if shortest is None or len(shortest.inflight) > PREFETCH:
            return None
        return shortest

    def _wait(self, fail_head: Callable[[_Worker, str, str], None]) -> None:
        now = time.monotonic()
        deadlines = []
        for worker in self._workers:
            if not worker.ready:
                deadlines.append(worker.started + STARTUP_TIMEOUT)
            elif self.timeout is not None and worker.inflight and worker.busy_since is not None:
                deadlines.append(worker.busy_since + self.timeout)
        wait_for = max(0.0, min(deadlines) - now) if deadlines else None
        by_object: dict[Any, _Worker] = {}
        for worker in self._workers:
            by_object[worker.conn] = worker
            by_object[worker.process.sentinel] = worker
        ready = wait(list(by_object), timeout=wait_for)
        handled: set[int] = set()
        for obj in ready:
            worker = by_object[obj]
            if id(worker) in handled:
                continue
            handled.add(id(worker))
            self._receive(worker, fail_head)
        now = time.monotonic()
        for worker in list(self._workers):
            if not worker.ready and now - worker.started > STARTUP_TIMEOUT:
                self._discard(worker, kill=True)
                raise BatchError(f"a worker did not start within {STARTUP_TIMEOUT:.0f} seconds")
            if (self.timeout is not None and worker.ready and worker.inflight
                    and worker.busy_since is not None and now - worker.busy_since > self.timeout):
                if worker.conn.poll():
                    continue  # the answer arrived just in time; read it next round
                self.restarts += 1
                self._discard(worker, kill=True)
                fail_head(worker, "timeout", f"parsing took longer than {self.timeout:g} seconds")

    def _retired(self, message: tuple) -> None:
        self.peak_rss_kib.append(int(message[1]))
        self.cpu_seconds.append(float(message[2]))

    def _receive(self, worker: _Worker, fail_head: Callable[[_Worker, str, str], None]) -> None:
        # Read everything the worker sent before looking at whether it is still alive: a
        # worker that retired has written its last answers and then exited.
        while True:
            try:
                if not worker.conn.poll():
                    break
                message = worker.conn.recv()
            except (EOFError, OSError):
                break
            kind = message[0]
            if kind == "done":
                index, item = worker.inflight.popleft()
                self._done[index] = (item, message[1])
                worker.busy_since = time.monotonic() if worker.inflight else None
            elif kind == "ready":
                worker.ready = True
                worker.busy_since = time.monotonic() if worker.inflight else None
            elif kind == "bye":
                self._retired(message)
            elif kind == "fatal":
                self._discard(worker, kill=True)
                raise BatchError(f"a worker could not build its parser: {message[1]}")
        if not worker.process.is_alive():
            worker.process.join(timeout=5)
            if not worker.ready:
                code = worker.process.exitcode
                self._discard(worker)
                raise BatchError(f"a worker exited before it was ready (exit code {code})")
            if worker.inflight:
                self.restarts += 1
                code = worker.process.exitcode
                fail_head(worker, "crash", f"the worker parsing it died (exit code {code})")
            self._discard(worker)

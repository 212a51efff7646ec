"""Where a batch writes: standard output, one file, or a folder of shards.

Output is cut into shards of a fixed number of input documents. A shard counts as done
only once its output is complete on disk and its completion marker has been written
(atomically: a temporary file renamed into place), so re-running an interrupted command
redoes at most the shards that were in progress.

* A folder gets ``part-00000.jsonl`` (or ``.parquet``), ``part-00000.errors.jsonl`` when
  the shard has failures, and the marker ``part-00000.done``.
* A single file grows shard by shard; beside it, ``<name>.progress.json`` records how many
  shards are done and the length of the output and error files at that point. A resumed
  run cuts both files back to those lengths and appends.

Error records go to ``<output stem>.errors.jsonl`` whatever the output format (see
:func:`error_file_for`), and an error file is created only once there is an error to write.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any, TextIO

from ..serialize import dumps
from .pool import BatchError


class OutputConflict(BatchError):
    """The output holds the work of a different command (other inputs or options).

    Resuming it would mix two commands' records; ``--overwrite`` (``resume=False``) starts
    afresh instead.
    """


class OutputUnwritable(BatchError):
    """The output, or its error file, cannot be written: a folder in its path is a file,
    the disk is full, permission is denied. The records written before stay whole lines.
    """

    @classmethod
    def from_os_error(cls, target: str, error: OSError) -> OutputUnwritable:
        """The error for ``error``, naming the file it names, else ``target``.

        Args:
            target: the output being written (a path, or "standard output").
            error: what the system raised.
        """
        where = error.filename if error.filename is not None else target
        return cls(f"cannot write {where}: {error.strerror or error}")


#: Shard file names in an output folder.
SHARD_NAME = "part-{:05d}"

#: Columns of Parquet output; ``record`` holds the whole output record as JSON (carried
#: fields included), the other columns repeat the fields most queries filter on.
PARQUET_COLUMNS = ("id", "url", "title", "published", "site_name", "language", "text", "record")


def error_file_for(output: str) -> str:
    """The error file of the output file ``output``: ``<output stem>.errors.jsonl``.

    Example:
        >>> from newsparse.batch import error_file_for
        >>> error_file_for("out/articles.parquet")
        'out/articles.errors.jsonl'
    """
    return os.path.splitext(output)[0] + ".errors.jsonl"


class ErrorFile:
    """A JSON Lines file of error records, created when the first record is written.

    Args:
        path: the file.
        keep: bytes of an earlier run's file to keep (when resuming); whatever else an
            earlier run left there is removed, so the file only ever holds this command's
            errors.
    """

    def __init__(self, path: str, keep: int = 0) -> None:
        self.path = path
        self.handle: TextIO | None = None
        self._kept = keep
        if keep:
            with open(path, "ab") as handle:
                handle.truncate(keep)
        elif os.path.exists(path):
            os.remove(path)

    def write(self, record: dict[str, Any]) -> None:
        """Append one error record, creating the file for the first."""
        if self.handle is None:
            _make_parent(self.path)
            # Open for the rest of the batch; close() closes it.
            self.handle = open(self.path, "a", encoding="utf-8")  # noqa: SIM115
        self.handle.write(dumps(record) + "\n")

    def tell(self) -> int:
        """The length of the file (what a resumed run keeps)."""
        return self.handle.tell() if self.handle is not None else self._kept

    def sync(self) -> None:
        """Make what was written durable."""
        if self.handle is not None:
            self.handle.flush()
            os.fsync(self.handle.fileno())

    def close(self) -> None:
        """Close the file, if it was created."""
        if self.handle is not None:
            self.handle.close()


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    temporary = f"{path}.tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def parquet_table(lines: list[str]) -> Any:
    """Build a pyarrow Table of output lines (see :data:`PARQUET_COLUMNS`).

    Raises:
        BatchError: pyarrow is not installed (the ``parquet`` extra).
    """
    try:
        import pyarrow as pa
    except ImportError:
        raise BatchError("Parquet output needs pyarrow: pip install 'newsparse[parquet]'") from None
    columns: dict[str, list[Any]] = {name: [] for name in PARQUET_COLUMNS}
    for line in lines:
        record = json.loads(line)
        for name in PARQUET_COLUMNS[:-1]:
            value = record.get(name)
            columns[name].append(None if value is None else str(value))
        columns["record"].append(line)
    schema = pa.schema([(name, pa.string()) for name in PARQUET_COLUMNS])
    return pa.table(columns, schema=schema)


class Sink:
    """Receives the outcomes of a batch in input order, shard by shard."""

    #: Whether completed shards survive the run, so a re-run can skip them.
    resumable = False

    def done_shards(self) -> dict[int, dict[str, int]]:
        """Shards completed by an earlier run of the same command, with their counts."""
        return {}

    def write(self, line: str | None, error: dict[str, Any] | None) -> None:
        """Write one outcome: an output line or an error record."""
        raise NotImplementedError

    def end_shard(self, shard: int, counts: dict[str, int]) -> None:
        """Mark ``shard`` as complete (its outcomes have all been written)."""

    def close(self) -> None:
        """Flush and close whatever is open."""


class StreamSink(Sink):
    """Output lines to a text stream; errors to a file or to a callback.

    Args:
        stream: where output lines go (standard output).
        errors: the error file, or None.
        on_error: called with each error record when ``errors`` is None.
    """

    def __init__(self, stream: TextIO, errors: ErrorFile | None = None,
                 on_error: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.stream = stream
        self.errors = errors
        self.on_error = on_error

    def write(self, line, error):
        """Write one outcome (see :meth:`Sink.write`)."""
        if line is not None:
            self.stream.write(line + "\n")
        elif self.errors is not None:
            self.errors.write(error)
        elif self.on_error is not None:
            self.on_error(error)

    def end_shard(self, shard, counts):
        """Flush, so a reader downstream sees whole shards promptly."""
        self.stream.flush()

    def close(self):
        """Flush the output stream (it belongs to the caller and stays open); close the error file."""
        self.stream.flush()
        if self.errors is not None:
            self.errors.close()


class FileSink(Sink):
    """One JSON Lines output file and one error file, resumable shard by shard.

    Args:
        path: the output file.
        errors_path: the error file.
        fingerprint: identifies the command; a progress file from another command is an
            error rather than something to resume.
        resume: False starts afresh even when progress from the same command exists.
    """

    resumable = True

    def __init__(self, path: str, errors_path: str, fingerprint: str, resume: bool = True) -> None:
        self.path = path
        self.errors_path = errors_path
        self.progress_path = f"{path}.progress.json"
        self.fingerprint = fingerprint
        self._done: dict[int, dict[str, int]] = {}
        state = self._read_progress() if resume else None
        if state is not None:
            self._done = {int(k): v for k, v in state["shards"].items()}
            with open(path, "ab") as handle:
                handle.truncate(state["output_size"])
            mode = "a"
        else:
            mode = "w"
        _make_parent(path)
        # Open for the whole batch, shard after shard; close() closes it.
        self.output = open(path, mode, encoding="utf-8")  # noqa: SIM115
        self.errors = ErrorFile(errors_path, keep=state["errors_size"] if state else 0)

    def _read_progress(self) -> dict[str, Any] | None:
        try:
            with open(self.progress_path, encoding="utf-8") as handle:
                state = json.load(handle)
        except FileNotFoundError:
            return None
        except ValueError:
            return None
        if state.get("fingerprint") != self.fingerprint:
            raise OutputConflict(
                f"{self.path} was written by a different command (its progress file "
                f"{self.progress_path} does not match); remove it or pass --overwrite"
            )
        if not os.path.exists(self.path) or (state["errors_size"] and not os.path.exists(self.errors_path)):
            return None
        return state

    def done_shards(self):
        """Shards completed by an earlier run (see :meth:`Sink.done_shards`)."""
        return dict(self._done)

    def write(self, line, error):
        """Write one outcome (see :meth:`Sink.write`)."""
        if line is not None:
            self.output.write(line + "\n")
        else:
            self.errors.write(error)

    def end_shard(self, shard, counts):
        """Make the shard durable, then record it in the progress file."""
        self.output.flush()
        os.fsync(self.output.fileno())
        self.errors.sync()
        self._done[shard] = counts
        state = {
            "fingerprint": self.fingerprint,
            "output_size": self.output.tell(),
            "errors_size": self.errors.tell(),
            "shards": {str(k): v for k, v in sorted(self._done.items())},
        }
        write_atomic(self.progress_path, json.dumps(state))

    def close(self):
        """Close both files."""
        self.output.close()
        self.errors.close()


class FolderSink(Sink):
    """A folder of shards, each written whole and then marked done.

    Args:
        folder: the output folder (created when missing).
        fingerprint: identifies the command (see :class:`FileSink`).
        output_format: ``"jsonl"`` or ``"parquet"``.
        resume: False starts afresh, removing the markers of an earlier run.
    """

    resumable = True

    def __init__(self, folder: str, fingerprint: str, output_format: str = "jsonl",
                 resume: bool = True) -> None:
        self.folder = folder
        self.fingerprint = fingerprint
        self.output_format = output_format
        os.makedirs(folder, exist_ok=True)
        manifest = os.path.join(folder, "_manifest.json")
        if os.path.exists(manifest):
            with open(manifest, encoding="utf-8") as handle:
                try:
                    previous = json.load(handle).get("fingerprint")
                except ValueError:
                    previous = None
            if previous != fingerprint and resume:
                raise OutputConflict(
                    f"{folder} holds output of a different command; use another folder or "
                    "pass --overwrite"
                )
        if not resume:
            for name in os.listdir(folder):
                if name.endswith(".done"):
                    os.remove(os.path.join(folder, name))
        write_atomic(manifest, json.dumps({"fingerprint": fingerprint}))
        self._lines: list[str] = []
        self._errors: list[dict[str, Any]] = []

    def _base(self, shard: int) -> str:
        return os.path.join(self.folder, SHARD_NAME.format(shard))

    def done_shards(self):
        """Shards with a completion marker (see :meth:`Sink.done_shards`)."""
        done = {}
        for name in os.listdir(self.folder):
            if name.startswith("part-") and name.endswith(".done"):
                try:
                    with open(os.path.join(self.folder, name), encoding="utf-8") as handle:
                        done[int(name[5:-5])] = json.load(handle)
                except (ValueError, OSError):
                    continue  # an unreadable marker means the shard is redone
        return done

    def write(self, line, error):
        """Hold one outcome until its shard is complete (see :meth:`Sink.write`)."""
        if line is not None:
            self._lines.append(line)
        else:
            self._errors.append(error)

    def end_shard(self, shard, counts):
        """Write the shard's files under temporary names, rename them, then mark it done."""
        base = self._base(shard)
        if self.output_format == "parquet":
            import pyarrow.parquet as pq

            table = parquet_table(self._lines)
            pq.write_table(table, base + ".parquet.tmp")
            os.replace(base + ".parquet.tmp", base + ".parquet")
        else:
            write_atomic(base + ".jsonl", "".join(line + "\n" for line in self._lines))
        errors_path = base + ".errors.jsonl"
        if self._errors:
            write_atomic(errors_path, "".join(dumps(e) + "\n" for e in self._errors))
        elif os.path.exists(errors_path):
            os.remove(errors_path)
        write_atomic(base + ".done", json.dumps(counts))
        self._lines, self._errors = [], []


class ParquetFileSink(Sink):
    """One Parquet file, a row group per shard. Not resumable: a re-run rewrites it.

    Args:
        path: the output file.
        errors_path: the JSON Lines error file.
    """

    def __init__(self, path: str, errors_path: str) -> None:
        import pyarrow.parquet as pq

        _make_parent(path)
        self._pq = pq
        self.path = path
        self.writer: Any = None
        self.errors = ErrorFile(errors_path)
        self._lines: list[str] = []

    def write(self, line, error):
        """Hold one line until its shard is complete (see :meth:`Sink.write`)."""
        if line is not None:
            self._lines.append(line)
        else:
            self.errors.write(error)

    def end_shard(self, shard, counts):
        """Write the shard as one row group."""
        table = parquet_table(self._lines)
        if self.writer is None:
            self.writer = self._pq.ParquetWriter(self.path, table.schema)
        self.writer.write_table(table)
        self._lines = []

    def close(self):
        """Finish the file (an empty batch still gets a valid, empty file)."""
        if self.writer is None:
            table = parquet_table([])
            self.writer = self._pq.ParquetWriter(self.path, table.schema)
        self.writer.close()
        self.errors.close()


def _make_parent(path: str) -> None:
    parent = os.path.dirname(os.path.abspath(path))
    os.makedirs(parent, exist_ok=True)

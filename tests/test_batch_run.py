"""Running batches: order across workers, error records, time limits, crashes, resuming."""

from __future__ import annotations

import json
import os
import textwrap

import pytest

from newsparse.batch import (
    BatchError,
    BatchOptions,
    ParserSpec,
    run_batch,
)
from newsparse.batch.output import SHARD_NAME

CORE = ParserSpec(load_entrypoints=False)


def article(index: int, marker: str = "") -> str:
    return (
        f"Story number {index} makes the headline\n\nBy Jane Doe\n\n"
        + f"This is sentence {index} of the body, and it goes on for quite a while. " * 3
        + f"\n\n{marker}\n\nA second paragraph of story {index} follows with more words in it.\n"
    )


def make_corpus(folder, count: int, markers: dict[int, str] | None = None):
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"doc-{index:03d}.txt").write_text(article(index, (markers or {}).get(index, "")))
    return folder


def read_lines(path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def run(tmp_path, paths, name, spec=CORE, **options):
    output = tmp_path / name
    summary = run_batch([str(p) for p in paths], spec=spec,
                        options=BatchOptions(output=str(output), **options))
    return summary, output


@pytest.fixture
def plugin_module(tmp_path, monkeypatch):
    """An importable plugin whose extractor hangs or kills its process on marked documents."""
    folder = tmp_path / "plugin_path"
    folder.mkdir()
    (folder / "batch_test_hazards.py").write_text(textwrap.dedent('''
        import os, time
        from newsparse import hookimpl

        class Hazard:
            name = "hazard"
            requires = ()

            def extract(self, article):
                if "HANG-FOREVER" in article.source:
                    time.sleep(3600)
                if "KILL-WORKER" in article.source:
                    os._exit(3)
                return ()

        @hookimpl
        def newsparse_register_extractors(register):
            register(Hazard())
    '''))
    monkeypatch.syspath_prepend(str(folder))
    return "batch_test_hazards"


def test_two_jobs_write_exactly_what_one_job_and_inline_write(tmp_path):
    corpus = make_corpus(tmp_path / "in", 40)
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    outputs = {}
    for jobs in (0, 1, 2):
        summary, output = run(tmp_path, [corpus], f"out-{jobs}.jsonl", jobs=jobs, shard_size=7)
        assert (summary.documents, summary.ok, summary.errors) == (41, 40, 1)
        outputs[jobs] = (output.read_bytes(), (tmp_path / f"out-{jobs}.errors.jsonl").read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    records = [json.loads(line) for line in outputs[2][0].decode().splitlines()]
    assert [r["id"] for r in records] == [str(corpus / f"doc-{i:03d}.txt") for i in range(40)]
    assert records[3]["title"] == "Story number 3 makes the headline"
    (error,) = [json.loads(line) for line in outputs[2][1].decode().splitlines()]
    assert error["id"] == str(corpus / "binary.txt") and error["error"] == "UnsupportedInput"


def test_a_stuck_document_times_out_and_the_batch_completes(tmp_path, plugin_module):
    corpus = make_corpus(tmp_path / "in", 12, markers={4: "HANG-FOREVER"})
    spec = ParserSpec(load_entrypoints=False, extra_plugins=[plugin_module])
    summary, output = run(tmp_path, [corpus], "out.jsonl", spec=spec, jobs=2, timeout=1.5)
    assert (summary.ok, summary.errors, summary.restarts) == (11, 1, 1)
    (error,) = read_lines(tmp_path / "out.errors.jsonl")
    assert error["id"] == str(corpus / "doc-004.txt")
    assert error["error"] == "timeout" and "1.5 seconds" in error["message"]
    ids = [r["id"] for r in read_lines(output)]
    assert ids == [str(corpus / f"doc-{i:03d}.txt") for i in range(12) if i != 4]


def test_a_document_that_kills_its_worker_is_reported(tmp_path, plugin_module):
    corpus = make_corpus(tmp_path / "in", 8, markers={2: "KILL-WORKER"})
    spec = ParserSpec(load_entrypoints=False, extra_plugins=[plugin_module])
    summary, output = run(tmp_path, [corpus], "out.jsonl", spec=spec, jobs=2)
    assert (summary.ok, summary.errors) == (7, 1)
    (error,) = read_lines(tmp_path / "out.errors.jsonl")
    assert error["error"] == "crash" and "exit code 3" in error["message"]
    assert len(read_lines(output)) == 7


def test_a_parser_that_cannot_be_built_stops_the_batch(tmp_path):
    corpus = make_corpus(tmp_path / "in", 2)
    spec = ParserSpec(load_entrypoints=False, extra_plugins=["no_such_module_anywhere"])
    with pytest.raises(BatchError, match="could not build its parser"):
        run(tmp_path, [corpus], "out.jsonl", spec=spec, jobs=1)


def test_workers_are_recycled_and_report_their_memory(tmp_path):
    corpus = make_corpus(tmp_path / "in", 20)
    summary, output = run(tmp_path, [corpus], "out.jsonl", jobs=2, max_docs_per_worker=4)
    assert summary.ok == 20
    # 20 documents, 4 per worker: five workers retired (the last ones at close).
    assert len(summary.peak_rss_kib) >= 5
    assert all(rss > 1000 for rss in summary.peak_rss_kib)
    assert len(read_lines(output)) == 20


def test_more_jobs_than_documents_start_a_worker_per_document_only(tmp_path):
    # Each worker costs a start (imports, plugins): --jobs 16 on two documents must not pay
    # sixteen of them. Every worker that starts reports its memory when it retires.
    corpus = make_corpus(tmp_path / "in", 2)
    summary, output = run(tmp_path, [corpus], "out.jsonl", jobs=16)
    assert summary.ok == 2 and len(read_lines(output)) == 2
    assert len(summary.peak_rss_kib) == 2


def test_input_size_limit_gives_error_records(tmp_path):
    corpus = make_corpus(tmp_path / "in", 3)
    (corpus / "huge.txt").write_text("word " * 5000)
    spec = ParserSpec(load_entrypoints=False, max_input_size=2000)
    summary, _ = run(tmp_path, [corpus], "out.jsonl", spec=spec, jobs=1)
    assert (summary.ok, summary.errors) == (3, 1)
    (error,) = read_lines(tmp_path / "out.errors.jsonl")
    assert error["error"] == "InputTooLarge" and error["id"].endswith("huge.txt")
    # The batch's own setting is named, not a Parser's the user never built.
    assert "raise it with --max-input-size, or ParserSpec(max_input_size=...)" in error["message"]


def test_folder_output_resumes_without_redoing_completed_shards(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "in", 10)
    folder = tmp_path / "shards"
    options = {"output": str(folder) + "/", "jobs": 0, "shard_size": 3}
    first = run_batch([str(corpus)], spec=CORE, options=BatchOptions(**options))
    assert first.ok == 10 and first.skipped == 0
    names = sorted(os.listdir(folder))
    assert [n for n in names if n.endswith(".done")] == [SHARD_NAME.format(i) + ".done" for i in range(4)]
    complete = {n: (folder / n).read_bytes() for n in names if n.endswith(".jsonl")}

    # Simulate an interruption during shard 2: its marker and output never got written.
    os.remove(folder / (SHARD_NAME.format(2) + ".done"))
    os.remove(folder / (SHARD_NAME.format(2) + ".jsonl"))
    before = {n: os.stat(folder / n).st_mtime_ns for n in complete if "00002" not in n}

    parsed = []
    import newsparse.batch.run as run_module

    original = run_module.process_item

    def counting(parser, item, **kwargs):
        parsed.append(item.id)
        return original(parser, item, **kwargs)

    monkeypatch.setattr(run_module, "process_item", counting)
    second = run_batch([str(corpus)], spec=CORE, options=BatchOptions(**options))
    assert parsed == [str(corpus / f"doc-{i:03d}.txt") for i in (6, 7, 8)]
    assert (second.documents, second.ok, second.skipped, second.processed) == (10, 10, 7, 3)
    assert {n: (folder / n).read_bytes() for n in complete} == complete
    assert {n: os.stat(folder / n).st_mtime_ns for n in before} == before


def test_file_output_resumes_by_cutting_back_to_the_last_complete_shard(tmp_path):
    corpus = make_corpus(tmp_path / "in", 9)
    (corpus / "doc-004.txt").write_bytes(b"\x00" * 100)  # a failure in shard 1
    output = tmp_path / "out.jsonl"
    options = BatchOptions(output=str(output), jobs=0, shard_size=4)
    first = run_batch([str(corpus)], spec=CORE, options=options)
    assert (first.ok, first.errors) == (8, 1)
    complete = output.read_bytes()
    complete_errors = (tmp_path / "out.errors.jsonl").read_bytes()
    progress = json.loads((tmp_path / "out.jsonl.progress.json").read_text())
    assert sorted(progress["shards"]) == ["0", "1", "2"]

    # Interrupted after shard 0: progress says one shard, the files hold half of shard 1.
    state = dict(progress, shards={"0": progress["shards"]["0"]})
    lines = complete.splitlines(keepends=True)
    state["output_size"] = len(b"".join(lines[:4]))
    state["errors_size"] = 0
    (tmp_path / "out.jsonl.progress.json").write_text(json.dumps(state))
    output.write_bytes(b"".join(lines[:6]) + b'{"partial')
    second = run_batch([str(corpus)], spec=CORE, options=options)
    assert (second.skipped, second.processed, second.ok, second.errors) == (4, 5, 8, 1)
    assert output.read_bytes() == complete
    assert (tmp_path / "out.errors.jsonl").read_bytes() == complete_errors

    # A finished run re-run does nothing and reports the same counts.
    third = run_batch([str(corpus)], spec=CORE, options=options)
    assert (third.processed, third.ok, third.errors) == (0, 8, 1)


def test_output_of_another_command_is_not_resumed(tmp_path):
    corpus = make_corpus(tmp_path / "in", 2)
    run_batch([str(corpus)], spec=CORE, options=BatchOptions(output=str(tmp_path / "o/"), jobs=0))
    with pytest.raises(BatchError, match="different command"):
        run_batch([str(corpus)], spec=CORE,
                  options=BatchOptions(output=str(tmp_path / "o/"), jobs=0, include_source=False))
    again = run_batch([str(corpus)], spec=CORE, options=BatchOptions(
        output=str(tmp_path / "o/"), jobs=0, include_source=False, resume=False))
    assert again.processed == 2



def test_documents_larger_than_the_pipe_do_not_deadlock(tmp_path):
    import threading

    # Each document and each result is far larger than a pipe's buffer, so a sender that
    # blocks while its worker blocks sending a result back would hang the batch.
    paragraph = "A long paragraph of the story that keeps going with more and more words. " * 6
    rows = [{"id": f"big{i}", "text": f"Big story number {i} today\n\n" + (paragraph + "\n\n") * 1000}
            for i in range(6)]
    source = tmp_path / "big.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert len(rows[0]["text"]) > 400_000
    result = {}

    def target():
        result["summary"] = run_batch([str(source)], spec=CORE, options=BatchOptions(
            output=str(tmp_path / "out.jsonl"), jobs=2, timeout=60))

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout=90)
    assert not thread.is_alive(), "the batch hung"
    assert result["summary"].ok == 6
    assert [r["id"] for r in read_lines(tmp_path / "out.jsonl")] == [f"big{i}" for i in range(6)]

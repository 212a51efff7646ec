"""Dask: the same records, record for record, as the local run."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from click.testing import CliRunner

from newsparse.batch import BatchOptions, ParserSpec, run_batch
from newsparse.cli import cli

BODY = "This is a sentence of the body, and it goes on for quite a while longer. " * 3
SPEC = ParserSpec(load_entrypoints=False)


def rows(count: int) -> list[dict]:
    out = []
    for index in range(count):
        row = {"id": f"r{index}", "url": f"https://site{index % 3}.example/{index}", "batch": index % 2}
        if index % 4 == 1:
            row["html"] = f"<html><body><h1>Page {index} headline here</h1><p>{BODY}</p></body></html>"
        elif index % 7 == 5:
            row["text"] = None  # fails: reported, not fatal
        else:
            row["text"] = f"Story {index} headline for the day\n\nBy Jane Doe\n\n{BODY}"
        out.append(row)
    return out


@pytest.fixture(scope="module")
def cluster():
    # Worker processes, as in production: specs and items must pickle, Parsers are built
    # where the tasks run.
    with (distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   dashboard_address=":0") as local,
          distributed.Client(local) as client):
        yield local, client


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows(23)))
    return path


def local_run(tmp_path, source):
    output = tmp_path / "local.jsonl"
    run_batch([str(source)], spec=SPEC, options=BatchOptions(output=str(output), jobs=0))
    return output.read_bytes(), (tmp_path / "local.errors.jsonl").read_bytes()


def test_engine_dask_writes_what_the_local_engine_writes(tmp_path, source, cluster, monkeypatch):
    local, _client = cluster
    expected = local_run(tmp_path, source)
    output = tmp_path / "dask.jsonl"
    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")
    result = CliRunner().invoke(cli, ["parse", str(source), "-o", str(output), "--engine", "dask",
                                      "--scheduler", local.scheduler_address, "--shard-size", "5"],
                                catch_exceptions=False)
    assert result.exit_code == 1, result.stderr  # the rows without text fail
    assert (output.read_bytes(), (tmp_path / "dask.errors.jsonl").read_bytes()) == expected
    assert "23 documents, 21 ok, 2 errors" in result.stderr


def test_parse_bag_matches_the_local_run(tmp_path, source, cluster):
    import dask.bag as db

    from newsparse.dask import parse_bag

    lines, errors = local_run(tmp_path, source)
    expected = [json.loads(x) for x in lines.decode().splitlines()]
    expected_errors = [json.loads(x) for x in errors.decode().splitlines()]
    bag = db.from_sequence(rows(23), npartitions=4)
    records = parse_bag(bag, SPEC).compute()
    assert [r for r in records if "error" not in r] == expected
    failed = [r for r in records if "error" in r]
    assert [(r["id"], r["error"]) for r in failed] == [(r["id"], r["error"]) for r in expected_errors]


def test_parse_dataframe_matches_the_local_run(tmp_path, source, cluster):
    import dask.dataframe as dd
    import pandas as pd

    from newsparse.dask import parse_dataframe

    lines, _errors = local_run(tmp_path, source)
    frame = dd.from_pandas(pd.DataFrame(rows(23)), npartitions=3)
    result = parse_dataframe(frame, SPEC).compute()
    assert list(result["id"]) == [f"r{i}" for i in range(23)]
    assert [r for r in result["record"] if r is not None] == lines.decode().splitlines()
    assert result["error"].notna().sum() == 2

"""The pandas recipes behind Ray Data and Spark give the records of the local run."""

from __future__ import annotations

import json

import pytest

pd = pytest.importorskip("pandas")

from newsparse.batch import BatchOptions, ParserSpec, run_batch
from newsparse.batch.recipes import (
    RESULT_COLUMNS,
    RESULT_SCHEMA_DDL,
    PandasParser,
    parse_pandas_iter,
)

SPEC = ParserSpec(load_entrypoints=False)
BODY = "This is a sentence of the body, and it goes on for quite a while longer. " * 3


def frame(start: int, count: int):
    return pd.DataFrame([
        {"id": f"r{i}", "url": f"https://example.org/{i}", "lang": "en",
         "text": f"Story {i} headline for the day\n\nBy Jane Doe\n\n{BODY}" if i != 3 else float("nan")}
        for i in range(start, start + count)
    ])


def test_spark_and_ray_forms_match_the_local_run(tmp_path):
    rows = pd.concat([frame(0, 3), frame(3, 3)]).to_dict(orient="records")
    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps({k: (None if pd.isna(v) else v) for k, v in r.items()}) + "\n"
                              for r in rows))
    run_batch([str(source)], spec=SPEC, options=BatchOptions(output=str(tmp_path / "out.jsonl"), jobs=0))
    expected = (tmp_path / "out.jsonl").read_text().splitlines()

    spark = pd.concat(list(parse_pandas_iter(iter([frame(0, 3), frame(3, 3)]), SPEC)))
    ray = pd.concat([PandasParser(SPEC)(frame(0, 3)), PandasParser(SPEC)(frame(3, 3))])
    for result in (spark, ray):
        assert list(result.columns) == list(RESULT_COLUMNS)
        assert [r for r in result["record"] if r is not None] == expected
        failed = result[result["error"].notna()]
        assert list(failed["id"]) == ["r3"] and list(failed["error"]) == ["MissingField"]
        assert json.loads(result["record"].iloc[0])["lang"] == "en"  # carried column
    assert RESULT_SCHEMA_DDL.split(", ")[0] == "id string"

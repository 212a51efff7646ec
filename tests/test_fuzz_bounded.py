"""A bounded run of the atheris fuzz target over its seed corpus.

The long runs are manual (see fuzz/README.md); this one keeps the target itself working
and replays the committed corpus through it. NEWSPARSE_FUZZ_RUNS sets the number of
executions (2,000 by default).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

ROOT = Path(__file__).resolve().parents[1]


def test_bounded_fuzz_run_finds_no_crash(tmp_path):
    runs = int(os.environ.get("NEWSPARSE_FUZZ_RUNS", "2000"))
    work = tmp_path / "work"
    work.mkdir()
    result = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz_parse.py"), str(work), str(ROOT / "fuzz" / "corpus"),
         f"-atheris_runs={runs}", "-timeout=20", "-max_len=16384", "-rss_limit_mb=4096",
         f"-artifact_prefix={tmp_path}/crash-"],
        capture_output=True, text=True, timeout=900,
    )
    crashes = list(tmp_path.glob("crash-*"))
    assert result.returncode == 0 and not crashes, (result.stderr[-3000:], crashes)
    assert "Done" in result.stderr

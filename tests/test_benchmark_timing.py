"""The timing of the HTML benchmark: a warm-up pass keeps one-time costs out of the times."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "html_track.py"
_SPEC = importlib.util.spec_from_file_location("bench_html_track", _PATH)
H = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(H)

PAGES = [{"id": str(i)} for i in range(3)]


def _counting(first_call_cost: float = 0.0):
    # A system that records its calls and pays ``first_call_cost`` seconds once.
    calls: list[str] = []

    def run(page: dict) -> str:
        if not calls and first_call_cost:
            time.sleep(first_call_cost)
        calls.append(page["id"])
        return page["id"]

    run.calls = calls
    return run


def test_every_system_parses_every_page_once_before_the_timed_rounds():
    fast, slow = _counting(), _counting()
    outputs, _ = H.time_interleaved({"fast": fast, "slow": slow}, PAGES, repeat=2, once=["slow"])
    # One warm-up pass each, then two timed rounds for "fast" and one for "slow".
    assert fast.calls == ["0", "1", "2"] * 3
    assert slow.calls == ["0", "1", "2"] * 2
    assert outputs == {"fast": ["0", "1", "2"], "slow": ["0", "1", "2"]}


def test_a_cost_paid_on_the_first_call_is_not_timed():
    lazy, plain = _counting(first_call_cost=0.2), _counting()
    _, seconds = H.time_interleaved({"lazy": lazy, "plain": plain}, PAGES, repeat=1)
    assert seconds["lazy"] < 0.1

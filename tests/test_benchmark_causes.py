"""The benchmark's account of why snippets count against a page (``benchmarks/_causes.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "_causes.py"
_SPEC = importlib.util.spec_from_file_location("bench_causes", _PATH)
C = importlib.util.module_from_spec(_SPEC)
# (Dataclasses look their module up by name.)
sys.modules[_SPEC.name] = C
_SPEC.loader.exec_module(C)

B = C.ExplainedBlock
PAGE = [
    B("The ferry returns", "title", "headline", False),
    B("The old ferry across the lake runs again from Monday, the council said.", "boilerplate", "outside-body", False),
    B("It had stood idle for two winters while its engine was rebuilt.", "body", "prose", True),
    B("Sign up for our newsletter and never miss a story.", "body", "prose", True),
    B("Timetables are posted at both piers.", "body", "prose", True),
    B("The crossing takes twenty minutes.", "boilerplate", "outside-body", False),
    B("More from the region", "boilerplate", "outside-body", False),
]
BODY = "\n\n".join(b.text for b in PAGE if b.in_body)


def test_each_snippet_against_the_page_gets_where_its_block_stands_and_its_decision():
    causes = C.snippet_causes(
        PAGE,
        BODY,
        with_=["ferry across the lake runs again", "stood idle for two winters", "takes twenty minutes"],
        without=["never miss a story", "More from the region"],
    )
    assert causes == [
        C.Cause("missed", "above", "boilerplate/outside-body"),
        C.Cause("missed", "below", "boilerplate/outside-body"),
        C.Cause("kept", "inside", "body/prose"),
    ]


def test_a_snippet_no_block_holds_alone_and_an_empty_body_are_named():
    # The snippet runs from the body's last block into a dropped one: no single block
    # explains why it is missed.
    spanning = C.snippet_causes(PAGE, BODY, ["Timetables are posted at both piers. The crossing"], [])
    assert spanning == [C.Cause("missed", "across blocks", "-")]
    empty = [B(b.text, "boilerplate", "outside-body", False) for b in PAGE]
    assert C.snippet_causes(empty, "", ["posted at both piers"], []) == [
        C.Cause("missed", "no body", "boilerplate/outside-body")
    ]


def test_the_tally_counts_snippets_pages_and_sites_per_class():
    missed = C.Cause("missed", "above", "dek/standfirst")
    kept = C.Cause("kept", "inside", "body/prose")
    lines = C.tally(
        {
            "a1": ("a.example", [missed, missed, kept]),
            "a2": ("a.example", [missed]),
            "b1": ("b.example", [kept]),
        }
    )
    rows = [line.split() for line in lines[1:]]
    # Missed before kept; snippets, pages, sites.
    assert rows == [
        ["missed", "above", "dek/standfirst", "3", "2", "1"],
        ["kept", "inside", "body/prose", "2", "2", "2"],
    ]

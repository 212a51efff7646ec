"""Extraction modes: precision and recall move the body decision of borderline blocks."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.classify.modes import BALANCED, MODES, Settings
from newsparse.data import modes as D

_P1 = (
    "The council voted on Tuesday to close the old harbour bridge to cars from next spring, after "
    "engineers found that the steel beneath the deck had corroded far faster than expected."
)
_P2 = (
    "Repairs are expected to take two years, and the council said it would run a free ferry "
    "between the two banks of the river for as long as the bridge stays closed."
)
_P3 = "The ferry will leave every twenty minutes from six in the morning until midnight, the council said."


def _text_page(line: str) -> str:
    return f"Harbour bridge to close\n\n{_P1}\n\n{_P2}\n\n{line}\n\n{_P3}\n"


_HTML_ASIDE = (
    "The old bridge carried more than twenty thousand cars a day at its peak, twice what it "
    "was built for, and the council has been warned about its state for a decade."
)
_HTML_PAGE = f"""<html><body><article><h1>Harbour bridge to close</h1><p>{_P1}</p><p>{_P2}</p>
<aside class="box"><p>{_HTML_ASIDE}</p></aside>
<p>{_P3}</p></article><footer><a href="/">Home</a></footer></body></html>"""


def _bodies(page: str, format: str) -> dict[str, list[str]]:
    return {
        mode: [p.text for p in newsparse.Parser(load_entrypoints=False, mode=mode).parse(page, format=format).body]
        for mode in MODES
    }


def test_precision_drops_a_borderline_line_balanced_keeps():
    bodies = _bodies(_text_page("Photos from the vote"), "text")
    assert "Photos from the vote" not in bodies["precision"]
    assert "Photos from the vote" in bodies["balanced"]
    assert "Photos from the vote" in bodies["recall"]


def test_recall_keeps_a_short_line_inside_the_article_balanced_drops():
    bodies = _bodies(_text_page("What happens next"), "text")
    assert "What happens next" not in bodies["balanced"]
    assert "What happens next" in bodies["recall"]
    assert bodies["recall"].index("What happens next") == 2


def test_recall_keeps_an_aside_inside_the_article():
    bodies = _bodies(_HTML_PAGE, "html")
    assert _HTML_ASIDE not in bodies["balanced"] and _HTML_ASIDE not in bodies["precision"]
    assert _HTML_ASIDE in bodies["recall"]
    # Never what lies outside the article.
    assert "Home" not in bodies["recall"]


def test_every_mode_keeps_the_article_itself():
    for body in _bodies(_text_page("Photos from the vote"), "text").values():
        assert [p for p in body if p in (_P1, _P2, _P3)] == [_P1, _P2, _P3]


def test_balanced_is_the_default_and_changes_nothing():
    assert newsparse.Parser(load_entrypoints=False).settings == BALANCED
    assert BALANCED.score_shift == 0.0 and not BALANCED.kept_inside
    assert D.DEFAULT_MODE == "balanced"


def test_modes_order_from_selective_to_inclusive():
    shifts = [Settings.for_mode(m).score_shift for m in MODES]
    assert shifts == sorted(shifts)


def test_an_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="unknown mode 'fast'"):
        newsparse.Parser(load_entrypoints=False, mode="fast")


def test_explain_shows_the_modes_decision():
    page = _text_page("What happens next")
    labels = {
        mode: next(e.decision.label for e in newsparse.Parser(load_entrypoints=False, mode=mode).explain(
            page, format="text") if e.block.text == "What happens next")
        for mode in ("balanced", "recall")
    }
    # Kept, it reads as the subheading it is.
    assert labels == {"balanced": "boilerplate", "recall": "heading"}


@pytest.fixture
def invoke(monkeypatch):
    from click.testing import CliRunner

    from newsparse.cli import cli

    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")
    return lambda *args: CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)


def test_cli_mode_reaches_parse_and_explain(tmp_path, invoke):
    import json

    path = tmp_path / "page.txt"
    path.write_text(_text_page("What happens next"), encoding="utf-8")
    for mode, kept in (("balanced", False), ("recall", True)):
        parsed = invoke("parse", "--format", "json", "--mode", mode, path)
        assert parsed.exit_code == 0
        body = [p["text"] for p in json.loads(parsed.output)["body"]]
        assert ("What happens next" in body) is kept
        explained = invoke("explain", "--mode", mode, path)
        line = next(x for x in explained.output.splitlines() if x.endswith("| What happens next"))
        assert ("heading" in line) is kept


def test_cli_batch_runs_in_the_mode_asked_for(tmp_path, invoke):
    import json

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(_text_page("What happens next"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke("parse", "--mode", "recall", "-j", "0", "-o", out, tmp_path / "in")
    assert result.exit_code == 0
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert "What happens next" in [p["text"] for p in record["body"]]


def test_cli_refuses_an_unknown_mode(tmp_path, invoke):
    path = tmp_path / "page.txt"
    path.write_text(_text_page("x"), encoding="utf-8")
    assert invoke("parse", "--mode", "fast", path).exit_code == 2

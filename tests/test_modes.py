"""Extraction modes: precision and recall move the body decision of borderline blocks.

Two kinds of tests. The mechanism is checked with a body model written here, which scores
a block by its length alone, so that the block under test lies exactly where it should
between the modes' thresholds whatever the shipped model learns. The behaviour users see is
checked with the shipped model on pages written to hold one borderline block.
"""

from __future__ import annotations

import json
import math

import pytest

import newsparse
from newsparse.classify import classify
from newsparse.classify.modes import BALANCED, MODES, Settings
from newsparse.data import layout as L
from newsparse.data import modes as D
from newsparse.model import Label

_TITLE = "Harbour bridge to close"
_P1 = (
    "The council voted on Tuesday to close the old harbour bridge to cars from next spring, after "
    "engineers found that the steel beneath the deck had corroded far faster than expected."
)
_P2 = (
    "Repairs are expected to take two years, and the council said it would run a free ferry "
    "between the two banks of the river for as long as the bridge stays closed."
)
_P3 = "The ferry will leave every twenty minutes from six in the morning until midnight, the council said."
_P4 = (
    "Cyclists and people on foot will still be able to cross on a narrow lane along the eastern "
    "side, which the engineers say can safely carry their weight."
)
_ARTICLE = (_P1, _P2, _P3, _P4)
# Short lines under the article that every model here scores far below the body.
_FOOTER = ("Ferries", "Bridges", "Rivers")

PARSER = newsparse.Parser(load_entrypoints=False)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


# -- The mechanism, with a body model that reads length alone ----------------------------------


def _length_model(line: str, score: float, slope: float = 2.0, switch_cost: float = 1.5) -> dict:
    """A body model under which ``line`` scores ``score``, longer blocks more, shorter less."""
    bias = score - slope * math.log1p(len(line))
    return {"weights": {"bias": bias, "log_chars": slope}, "switch_cost": switch_cost}


def _kept(page: str, line: str, model: dict) -> dict[str, bool]:
    """For each mode, whether ``line`` ends up in the body."""
    document = PARSER.load(page, format="text")
    index = next(i for i, b in enumerate(document.blocks) if b.text == line)
    kept = {}
    for mode in MODES:
        decisions = classify(document, PARSER.rules, model, settings=Settings.for_mode(mode))
        # The article itself is body in every mode.
        assert [b.text for b, d in zip(document.blocks, decisions) if d.label == Label.BODY][:2] == [_P1, _P2]
        kept[mode] = decisions[index].label != Label.BOILERPLATE
    return kept


# A block at the article's edge, followed by lines that are not body: it is body when its
# score is positive (the decoding pays for leaving the body either before it or after it).
_EDGE_LINE = "Ferry tickets are free for residents, the council said today."


def test_precision_drops_an_edge_block_balanced_keeps():
    # Just above balanced's threshold, within precision's shift of it.
    score = -D.BODY_SCORE_SHIFT["precision"] / 2
    kept = _kept(_page(_TITLE, *_ARTICLE, _EDGE_LINE, *_FOOTER), _EDGE_LINE, _length_model(_EDGE_LINE, score))
    assert kept == {"precision": False, "balanced": True, "recall": True}


def test_recall_keeps_an_edge_block_balanced_drops():
    score = -D.BODY_SCORE_SHIFT["recall"] / 2
    kept = _kept(_page(_TITLE, *_ARTICLE, _EDGE_LINE, *_FOOTER), _EDGE_LINE, _length_model(_EDGE_LINE, score))
    assert kept == {"precision": False, "balanced": False, "recall": True}


def test_precision_is_not_undone_by_the_rescue_of_short_bodies():
    # Two paragraphs fall short of the bound under which a body is relaxed; with the edge
    # block they reach it. Precision drops the block and must not then relax the page past
    # balanced, which would keep it again.
    assert len(_P1) + len(_P2) < L.SMALL_BODY_CHARS <= len(_P1) + len(_P2) + len(_EDGE_LINE)
    score = -D.BODY_SCORE_SHIFT["precision"] / 2
    kept = _kept(_page(_TITLE, _P1, _P2, _EDGE_LINE, *_FOOTER), _EDGE_LINE, _length_model(_EDGE_LINE, score))
    assert kept == {"precision": False, "balanced": True, "recall": True}


@pytest.mark.parametrize("mode", ["precision", "recall"])
def test_the_modes_shift_survives_the_rescue(mode):
    # A model that doubts every block (each scores below zero): the page is relaxed by the
    # first rescue step, and the mode's shift still moves the edge block from there. (A low
    # switch cost lets the article's mildly positive blocks make a body once relaxed.)
    step = L.RESCUE_STEPS[0]
    shift = D.BODY_SCORE_SHIFT[mode]
    model = _length_model(_EDGE_LINE, -shift / 2 - step, slope=0.7, switch_cost=0.25)
    weights = model["weights"]
    longest = max(map(len, _ARTICLE))
    assert weights["bias"] + weights["log_chars"] * math.log1p(longest) < 0
    kept = _kept(_page(_TITLE, *_ARTICLE, _EDGE_LINE, *_FOOTER), _EDGE_LINE, model)
    balanced_keeps = shift < 0
    assert kept["balanced"] is balanced_keeps
    assert kept[mode] is not balanced_keeps


# -- What users see, with the shipped model -------------------------------------------------------

# Pages written so that one line sits between the modes' thresholds under the shipped
# model: a closing remark precision drops, and an editor's note only recall keeps.
_DOUBTFUL_CLOSE = "The ferry timetable is on the council's website."
_EDITORS_NOTE = "The bridge opened in 1931."


def _bodies(page: str, format: str) -> dict[str, list[str]]:
    return {
        mode: [p.text for p in newsparse.Parser(load_entrypoints=False, mode=mode).parse(page, format=format).body]
        for mode in MODES
    }


def _tail_page(line: str) -> str:
    return _page(_TITLE, *_ARTICLE, line, "Share", "Comments")


def test_precision_drops_a_doubtful_closing_line_balanced_keeps():
    bodies = _bodies(_tail_page(_DOUBTFUL_CLOSE), "text")
    assert _DOUBTFUL_CLOSE not in bodies["precision"]
    assert _DOUBTFUL_CLOSE in bodies["balanced"]
    assert _DOUBTFUL_CLOSE in bodies["recall"]


def test_recall_keeps_an_editors_note_balanced_drops():
    bodies = _bodies(_tail_page(_EDITORS_NOTE), "text")
    assert _EDITORS_NOTE not in bodies["precision"]
    assert _EDITORS_NOTE not in bodies["balanced"]
    assert bodies["recall"][-1] == _EDITORS_NOTE


def test_recall_keeps_a_related_line_between_paragraphs_balanced_drops():
    line = "More on this story"
    bodies = _bodies(_page(_TITLE, _P1, _P2, line, _P3, _P4), "text")
    assert line not in bodies["precision"] and line not in bodies["balanced"]
    assert bodies["recall"] == [_P1, _P2, line, _P3, _P4]


def test_a_short_line_between_paragraphs_heads_them_in_every_mode():
    # The decoding keeps a line between two paragraphs unless the model is far surer than
    # any mode's shift that it is not body (see docs/guide/modes.md).
    line = "Photos from the vote"
    page = _page(_TITLE, _P1, _P2, line, _P3, _P4)
    for mode in MODES:
        decision = next(
            e.decision for e in newsparse.Parser(load_entrypoints=False, mode=mode).explain(page, format="text")
            if e.block.text == line
        )
        assert (decision.label, decision.reason) == (Label.HEADING, "subheading"), mode


def test_every_mode_keeps_the_article_itself():
    for page in (_tail_page(_DOUBTFUL_CLOSE), _tail_page(_EDITORS_NOTE)):
        for body in _bodies(page, "text").values():
            assert [p for p in body if p in _ARTICLE] == list(_ARTICLE)


_HTML_ASIDE = (
    "The old bridge carried more than twenty thousand cars a day at its peak, twice what it "
    "was built for, and the council has been warned about its state for a decade."
)
_HTML_PAGE = f"""<html><body><article><h1>{_TITLE}</h1><p>{_P1}</p><p>{_P2}</p>
<aside class="box"><p>{_HTML_ASIDE}</p></aside>
<p>{_P3}</p></article><footer><a href="/">Home</a></footer></body></html>"""


def test_recall_keeps_an_aside_inside_the_article():
    bodies = _bodies(_HTML_PAGE, "html")
    assert _HTML_ASIDE not in bodies["balanced"] and _HTML_ASIDE not in bodies["precision"]
    assert _HTML_ASIDE in bodies["recall"]
    # Never what lies outside the article.
    assert "Home" not in bodies["recall"]


def test_balanced_is_the_default_and_changes_nothing():
    assert newsparse.Parser(load_entrypoints=False).settings == BALANCED
    assert BALANCED.score_shift == 0.0 and not BALANCED.kept_inside
    assert D.DEFAULT_MODE == "balanced"


def test_modes_order_from_selective_to_inclusive():
    shifts = [Settings.for_mode(m).score_shift for m in MODES]
    assert shifts == sorted(shifts)
    assert shifts[0] < 0 < shifts[-1]


def test_an_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="unknown mode 'fast'"):
        newsparse.Parser(load_entrypoints=False, mode="fast")


def test_explain_shows_the_modes_decision():
    page = _tail_page(_EDITORS_NOTE)
    labels = {
        mode: next(
            (e.decision.label, e.decision.reason)
            for e in newsparse.Parser(load_entrypoints=False, mode=mode).explain(page, format="text")
            if e.block.text == _EDITORS_NOTE
        )
        for mode in ("balanced", "recall")
    }
    assert labels["balanced"][0] == Label.BOILERPLATE
    # Kept, it reads as the prose it is.
    assert labels["recall"] == (Label.BODY, "prose")


@pytest.fixture
def invoke(monkeypatch):
    from click.testing import CliRunner

    from newsparse.cli import cli

    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")
    return lambda *args: CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)


def test_cli_mode_reaches_parse_and_explain(tmp_path, invoke):
    path = tmp_path / "page.txt"
    path.write_text(_tail_page(_EDITORS_NOTE), encoding="utf-8")
    for mode, kept in (("balanced", False), ("recall", True)):
        parsed = invoke("parse", "--format", "json", "--mode", mode, path)
        assert parsed.exit_code == 0
        body = [p["text"] for p in json.loads(parsed.output)["body"]]
        assert (_EDITORS_NOTE in body) is kept
        explained = invoke("explain", "--mode", mode, path)
        line = next(x for x in explained.output.splitlines() if x.endswith(f"| {_EDITORS_NOTE}"))
        assert ("boilerplate" not in line) is kept


def test_cli_batch_runs_in_the_mode_asked_for(tmp_path, invoke):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(_tail_page(_EDITORS_NOTE), encoding="utf-8")
    for mode, kept in (("balanced", False), ("recall", True)):
        out = tmp_path / f"{mode}.jsonl"
        result = invoke("parse", "--mode", mode, "-j", "0", "-o", out, tmp_path / "in")
        assert result.exit_code == 0
        record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
        assert (_EDITORS_NOTE in [p["text"] for p in record["body"]]) is kept


def test_cli_refuses_an_unknown_mode(tmp_path, invoke):
    path = tmp_path / "page.txt"
    path.write_text(_page(_TITLE, _P1), encoding="utf-8")
    assert invoke("parse", "--mode", "fast", path).exit_code == 2

"""On HTML pages the body model reads the main container's run of blocks only."""

from pathlib import Path

import pytest

from newsparse import Parser
from newsparse.classify.pipeline import _scored_part, classify
from newsparse.models.text_lines import MODEL

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "html").glob("*/page.html"))
PARSER = Parser(load_entrypoints=False)


def _other_model():
    # Every weight turned around: a model that disagrees with the shipped one everywhere.
    return {
        "weights": {k: -v for k, v in MODEL["weights"].items()},
        "switch_cost": MODEL["switch_cost"],
    }


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.parent.name)
def test_blocks_outside_the_scored_run_do_not_depend_on_the_model(path):
    document = PARSER.load(path.read_bytes(), format="html")
    start, end = _scored_part(document)
    inside = [i for i, b in enumerate(document.blocks) if b.in_main]
    assert inside and (start, end) == (inside[0], inside[-1] + 1)
    ours = classify(document, PARSER.rules, MODEL)
    theirs = classify(document, PARSER.rules, _other_model())
    outside = [i for i in range(len(document.blocks)) if not start <= i < end]
    # The head (title, dek, bylines) is found relative to the body's start, which the model
    # moves; everything else outside the run is the markup's to decide.
    settled = [i for i in outside if ours[i].label == "boilerplate" and ours[i].reason == "outside-main"]
    assert settled
    assert [theirs[i] for i in settled] == [ours[i] for i in settled]


def test_plain_text_is_scored_whole():
    document = PARSER.load("Title line\n\nBy Jane Doe\n\n" + "A sentence of the body. " * 8, format="text")
    assert _scored_part(document) == (0, len(document.blocks))

"""Very long blocks cost what ordinary text costs per character.

Asserted on the work done (how many characters a costly step is handed), not on time, so
the test is as reliable on a busy machine as on an idle one.
"""

from __future__ import annotations

import newsparse
from newsparse.classify import pipeline
from newsparse.data.body_model import ANCHOR_MAX_TITLE_CHARS

PROSE = "The council said on Monday that the plan would be delayed until the end of the year. "


def test_the_title_search_does_not_fold_a_long_first_block(monkeypatch):
    folded: list[int] = []
    fold = pipeline.fold

    def counting_fold(text: str) -> str:
        folded.append(len(text))
        return fold(text)

    monkeypatch.setattr(pipeline, "fold", counting_fold)
    one_line = PROSE * 4000  # 340,000 characters on one line
    text = f"{one_line}\n\nA short line that could head it all\n\n{PROSE * 3}\n"
    article = newsparse.Parser(load_entrypoints=False).parse(text)
    assert article.body, "the long line is text, and it is kept"
    # Only headline-sized texts are folded to look for the title: the work per block is
    # bounded, so a megabyte line costs no more than a megabyte of paragraphs.
    assert max(folded, default=0) <= ANCHOR_MAX_TITLE_CHARS


def test_a_short_first_line_still_anchors_the_headline_below():
    text = ("Storm hits the coast overnight | The Daily Example\n\nHome\n\nNews\n\n"
            "Storm hits the coast overnight\n\n" + PROSE * 3 + "\n\n" + PROSE * 2 + "\n")
    article = newsparse.Parser(load_entrypoints=False).parse(text)
    assert article.title == "Storm hits the coast overnight"

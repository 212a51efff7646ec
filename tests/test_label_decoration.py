"""A short label set between rules or stars ("- Anzeige -", "*** Werbung ***") is matched by
the boilerplate phrases as the bare label; a line of decoration alone matches none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stories import BRIDGE

import newsparse
from newsparse import patterns as P
from newsparse.model import Reason

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = BRIDGE[:3]


def page(middle: str) -> str:
    return (
        '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Die Brücke</title></head>'
        '<body><article><h1>Die neue Brücke ist offen</h1><div class="text">'
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>{middle}</p><p>{STORY[2]}</p>"
        "</div></article></body></html>"
    )


@pytest.mark.parametrize("label", ["- Anzeige -", "- Anzeige-", "*** Werbung ***", "— Anzeige —"])
def test_a_decorated_advertisement_label_is_an_advertisement(label):
    reasons = {e.block.text: e.decision.reason for e in PARSER.explain(page(label), format="html")}
    assert reasons[label] == Reason.ADVERTISEMENT
    assert [p.text for p in PARSER.parse(page(label), format="html").body] == list(STORY)


def test_decorated_footer_links_of_crawler_text_get_their_reason():
    text = "\n\n".join([*STORY, "- Impressum", "- Datenschutz |"])
    reasons = {e.block.text: e.decision.reason for e in PARSER.explain(text, format="text")}
    assert reasons["- Impressum"] == Reason.FOOTER
    assert reasons["- Datenschutz |"] == Reason.FOOTER


def test_a_sentence_between_dashes_is_no_label():
    # Only what the phrases name as a whole line is dropped: prose keeps its dashes.
    line = "– Die Anzeige gegen den Bauherrn wurde inzwischen zurückgezogen –"
    assert line in [p.text for p in PARSER.parse(page(line), format="html").body]


@given(st.text(alphabet=P.LABEL_DECORATION, max_size=12))
def test_decoration_alone_matches_no_phrase(line):
    assert PARSER.rules.reason(line.strip(P.LABEL_DECORATION)) is None

"""Text a reader sees reaches the blocks, and text a reader does not read as the sentence
stays out: furigana readings, and pages the HTML parser shut inside ``<noscript>``."""

from __future__ import annotations

import newsparse
from newsparse.loaders import load

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = (
    "Die Zahl der Bären im Park ist in diesem Jahr erneut gestiegen, wie die Verwaltung am "
    "Montag mitteilte, und die Förster zählten so viele Jungtiere wie seit Jahren nicht."
)
MORE = (
    "Die Verwaltung führt den Erfolg auf die ruhigen Winter und die neuen Schutzzonen zurück, "
    "in denen Wanderer die Wege seit zwei Jahren nicht mehr verlassen dürfen."
)


def test_furigana_readings_are_left_out_of_the_text():
    page = (
        '<html lang="ja"><body><article><p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を'
        "書く練習を毎日続けることが大切だと先生は話しました。</p></article></body></html>"
    )
    texts = [b.text for b in load(page.encode()).blocks]
    assert texts == ["漢字を書く練習を毎日続けることが大切だと先生は話しました。"]


def test_a_page_shut_inside_an_unclosed_noscript_is_still_read():
    # An element left open inside <noscript> keeps the parser's noscript open to the end.
    page = (
        '<html lang="de"><head><title>Bären</title></head><body>'
        '<noscript><div id="nojs"></noscript>'
        f"<div class=\"main\"><h1>Mehr Bären im Park</h1><p>{STORY}</p><p>{MORE}</p></div>"
        "</body></html>"
    )
    article = PARSER.parse(page, format="html")
    assert [p.text for p in article.body] == [STORY, MORE]


def test_a_closed_noscript_stays_unread():
    page = (
        '<html lang="de"><body><noscript><p>Bitte aktivieren Sie JavaScript, um alle Inhalte '
        f"dieser Seite zu sehen.</p></noscript><div><p>{STORY}</p><p>{MORE}</p></div></body></html>"
    )
    texts = [b.text for b in load(page.encode()).blocks]
    assert texts == [STORY, MORE]

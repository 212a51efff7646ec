"""A dateline set on a line of its own above the first paragraph ("BERLIN (dpa) –") is the
story's dateline, not its first paragraph."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.testing import check_article

PARSER = newsparse.Parser(load_entrypoints=False)

LEDE = ("Der Bundestag hat am Donnerstag nach langer Debatte ein Gesetz beschlossen, das den Ausbau "
        "der Stromnetze beschleunigen soll, wie die Präsidentin des Parlaments mitteilte.")
SECOND = ("Die Opposition kritisierte, dass die Länder bei der Planung kaum mitreden dürften, und "
          "kündigte an, das Gesetz im Bundesrat aufhalten zu wollen, sobald es dort beraten wird.")


@pytest.mark.parametrize("dateline", ["BERLIN (dpa) –", "BERLIN —"])
def test_a_dateline_on_its_own_line_in_a_page_is_the_dateline(dateline):
    page = (f"<html><head><title>Netzausbau beschlossen</title></head><body><article>"
            f"<h1>Netzausbau beschlossen</h1><div class='source'><span>{dateline}</span></div>"
            f"<p>{LEDE}</p><p>{SECOND}</p></article></body></html>")
    article = PARSER.parse(page, format="html")
    check_article(article)
    assert article.dateline is not None
    assert article.dateline.text == dateline
    assert article.dateline.place == "BERLIN"
    assert article.body[0].text == LEDE
    assert dateline not in article.text


def test_a_dateline_that_opens_the_paragraph_is_still_split_from_it():
    page = (f"<html><body><article><h1>Netzausbau beschlossen</h1><p>BERLIN (dpa) – {LEDE}</p>"
            f"<p>{SECOND}</p></article></body></html>")
    article = PARSER.parse(page, format="html")
    check_article(article)
    assert article.dateline is not None and article.dateline.agency == "dpa"
    assert article.body[0].text == LEDE


def test_a_shouted_label_line_is_no_dateline_when_it_does_not_end_in_a_dash():
    page = (f"<html><body><article><h1>Netzausbau beschlossen</h1><p>EILMELDUNG</p><p>{LEDE}</p>"
            f"<p>{SECOND}</p></article></body></html>")
    article = PARSER.parse(page, format="html")
    assert article.dateline is None

"""A photo credit standing alone between the body's paragraphs is the page's picture
credit, not a paragraph: it leaves the body, on HTML pages and in crawler text alike."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.model import Label, Reason

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = (
    "The new footbridge over the river opened on Saturday after two years of work, and the "
    "mayor spoke of a good day for the whole town and for the people who cross it daily.",
    "Costs ran well above the first estimate because the ground on the bank was softer than "
    "expected and the price of steel rose sharply during the last year of construction.",
    "Commuters on foot save up to twenty minutes a day, the council says, because the detour "
    "over the old bridge is no longer needed and the new path is lit at night.",
)
CREDIT = "Photo: Dana Whitfield/Riverside Gazette"


def html_page() -> str:
    paragraphs = [f"<p>{STORY[0]}</p>", f"<p>{STORY[1]}</p>", f"<p>{CREDIT}</p>", f"<p>{STORY[2]}</p>"]
    return "<html><body><article><h1>Footbridge opens</h1>" + "".join(paragraphs) + "</article></body></html>"


def text_page() -> str:
    return "Footbridge opens\n\n" + "\n\n".join((STORY[0], STORY[1], CREDIT, STORY[2])) + "\n"


@pytest.mark.parametrize(("source", "fmt"), [(html_page(), "html"), (text_page(), "text")])
def test_a_credit_alone_between_paragraphs_leaves_the_body(source, fmt):
    article = PARSER.parse(source, format=fmt)
    assert [p.text for p in article.body] == list(STORY)
    decided = {e.block.text: e.decision for e in PARSER.explain(source, format=fmt)}
    assert decided[CREDIT].label == Label.CAPTION and decided[CREDIT].reason == Reason.CREDIT


def test_a_caption_with_its_credit_stays_a_caption_with_its_text():
    caption = "The footbridge seen from the east bank on opening day. " + CREDIT
    page = html_page().replace(f"<p>{CREDIT}</p>", f"<p>{caption}</p>")
    article = PARSER.parse(page, format="html")
    assert [p.text for p in article.body] == list(STORY)
    assert any(c.text.startswith("The footbridge seen") for c in article.captions)


def test_a_paragraph_that_mentions_a_photo_stays():
    line = "Photo: the council says the old bridge will be taken down next spring and sold as scrap."
    page = html_page().replace(f"<p>{CREDIT}</p>", f"<p>{line}</p>")
    assert line in [p.text for p in PARSER.parse(page, format="html").body]


CREDITS_ELSEWHERE = (
    "Foto: Dana Weiß/dpa", "Bildquelle: Stadt Jena", "Crédit photo : Paul Morel", "Photo : AFP",
    "Fotografía: Luis Gil", "Foto: EFE", "Zdjęcie: PAP", "Fot. Jan Nowak/PAP", "Foto di Marco Neri",
    # A picture named by its place on the page: the cover or lead picture, a figure.
    "Titelbild: Jan Roth/picture alliance", "Abbildung: Stadtarchiv Jena", "Featured image: Dana Whitfield",
    "Photo de couverture : AFP", "Foto de portada: EFE",
)


@pytest.mark.parametrize("credit", CREDITS_ELSEWHERE)
@pytest.mark.parametrize("fmt", ["html", "text"])
def test_a_credit_alone_in_another_language_leaves_the_body(credit, fmt):
    source = (html_page() if fmt == "html" else text_page()).replace(CREDIT, credit)
    article = PARSER.parse(source, format=fmt)
    assert [p.text for p in article.body] == list(STORY)
    decided = {e.block.text: e.decision for e in PARSER.explain(source, format=fmt)}
    assert decided[credit].label == Label.CAPTION and decided[credit].reason == Reason.CREDIT

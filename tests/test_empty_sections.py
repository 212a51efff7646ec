"""Headings whose section kept nothing: the title of a dropped box leaves the body with it,
in any language, while the article's own subheadings stay."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.classify.sections import drop_empty_sections
from newsparse.document import Decision, InputBlock
from newsparse.model import Label, Reason, Span

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = (
    "La nouvelle piste cyclable le long du fleuve a été inaugurée samedi après deux ans de "
    "travaux, et la maire a parlé d'une bonne journée pour toute la ville.",
    "Les coûts ont nettement dépassé la première estimation, parce que le sol de la rive était "
    "plus meuble que prévu et que le prix de l'acier a augmenté l'an dernier.",
    "Selon la ville, les cyclistes gagnent jusqu'à vingt minutes par jour, puisque le détour par "
    "le vieux pont n'est plus nécessaire et que le parcours est éclairé la nuit.",
    "Un deuxième tronçon en amont doit suivre au printemps prochain, dès que le conseil municipal "
    "aura voté les crédits nécessaires dans son prochain budget annuel.",
)
# Teasers for other stories: link text, so dropped as a box of links.
TEASERS = "".join(
    f'<p><a href="/article-{i}">Autre article numéro {i} sur la vie de la ville et du quartier</a></p>'
    for i in range(4)
)


def page(body: str) -> str:
    return (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Piste cyclable</title>'
        "</head><body><article><h1>La piste cyclable est ouverte</h1>" + body + "</article></body></html>"
    )


def paragraphs(texts) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def decisions_by_text(html: str) -> dict[str, Decision]:
    return {e.block.text: e.decision for e in PARSER.explain(html, format="html")}


def test_a_heading_over_dropped_links_at_the_end_leaves_the_body():
    html = page(paragraphs(STORY) + "<h2>À lire aussi sur notre site</h2>" + TEASERS)
    decided = decisions_by_text(html)
    assert decided["À lire aussi sur notre site"].reason == Reason.EMPTY_SECTION
    body = [p.text for p in PARSER.parse(html, format="html").body]
    assert body == list(STORY)


def test_a_heading_over_dropped_links_before_another_heading_leaves_the_body():
    html = page(
        paragraphs(STORY[:2]) + "<h2>Nos dossiers</h2>" + TEASERS
        + "<h2>La suite du chantier</h2>" + paragraphs(STORY[2:])
    )
    decided = decisions_by_text(html)
    assert decided["Nos dossiers"].reason == Reason.EMPTY_SECTION
    assert decided["La suite du chantier"].label == Label.HEADING


def test_the_articles_own_subheadings_stay():
    html = page(
        paragraphs(STORY[:2]) + "<h2>Des coûts plus élevés</h2>" + paragraphs(STORY[2:3])
        + "<h2>Et ensuite ?</h2>" + paragraphs(STORY[3:])
    )
    decided = decisions_by_text(html)
    assert decided["Des coûts plus élevés"].label == Label.HEADING
    assert decided["Et ensuite ?"].label == Label.HEADING


def test_a_heading_that_closes_a_sentence_is_a_paragraph_and_stays():
    closing = "La maire a promis de revenir sur place dans un an."
    html = page(paragraphs(STORY) + f"<h4>{closing}</h4>" + TEASERS)
    assert decisions_by_text(html)[closing].label == Label.HEADING


def _block(i: int, text: str) -> InputBlock:
    return InputBlock(text=text, span=Span(i, i + 1), tag="p")


_KINDS = {
    "heading": Decision(label=Label.HEADING, reason=Reason.PROSE),
    "body": Decision(label=Label.BODY, reason=Reason.PROSE),
    "links": Decision(label=Label.BOILERPLATE, reason=Reason.LINKS),
    "short": Decision(label=Label.BOILERPLATE, reason=Reason.SHORT_LINE),
}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted(_KINDS)), max_size=30))
def test_only_headings_ever_change_and_only_to_empty_section(kinds):
    blocks = [_block(i, f"Block number {i} of the page") for i in range(len(kinds))]
    before = [_KINDS[k] for k in kinds]
    after = list(before)
    drop_empty_sections(blocks, after)
    for kind, old, new in zip(kinds, before, after):
        if new != old:
            assert kind == "heading" and new.reason == Reason.EMPTY_SECTION
    # A heading directly followed by a kept paragraph heads something: it always stays.
    for i, kind in enumerate(kinds[:-1]):
        if kind == "heading" and kinds[i + 1] == "body":
            assert after[i] == before[i]

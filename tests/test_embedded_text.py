"""The article's text from a page's structured data, when the visible page lacks it."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.data import embedded as rules
from newsparse.loaders.embedded import with_embedded_text
from newsparse.model import Reason

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = (
    "Le nouveau pont sur la rivière a ouvert samedi après deux ans de travaux, et la maire a "
    "parlé d'un beau jour pour toute la ville.",
    "Les coûts ont dépassé la première estimation, parce que le sol de la rive était plus "
    "meuble que prévu et que le prix de l'acier a monté l'an dernier.",
    "Les cyclistes gagnent jusqu'à vingt minutes par jour selon la ville, car le détour par "
    "le vieux pont n'est plus nécessaire et le trajet est éclairé.",
    "Une deuxième section plus en amont doit suivre au printemps prochain, dès que le conseil "
    "municipal aura voté les fonds dans son prochain budget.",
)

SHELL = (
    '<nav><ul><li><a href="/">Accueil</a></li><li><a href="/sport">Sport</a></li>'
    '<li><a href="/culture">Culture</a></li></ul></nav>'
    '<div id="app"><h1>Un nouveau pont pour la ville</h1></div>'
    "<footer><p>Mentions légales</p><p>Contact</p></footer>"
)


def page(data: object, body: str = SHELL) -> str:
    script = json.dumps(data, ensure_ascii=False)
    return (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Un nouveau pont</title>'
        f'<script type="application/ld+json">{script}</script></head><body>{body}</body></html>'
    )


def article(text: str) -> dict:
    return {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Un nouveau pont pour la ville", "articleBody": text}


def test_a_page_rendered_by_a_script_gets_its_body_from_the_json_ld():
    parsed = PARSER.parse(page(article("\n".join(STORY))), format="html")
    assert [p.text for p in parsed.body] == list(STORY)
    reasons = {e.block.text: e.decision.reason for e in PARSER.explain(page(article("\n".join(STORY))), format="html")}
    assert {reasons[t] for t in STORY} == {Reason.PROSE_EMBEDDED}
    # The menu and the footer stay out.
    assert "Accueil" not in parsed.text and "Mentions légales" not in parsed.text


def test_markup_inside_the_json_string_splits_paragraphs_and_is_dropped():
    linked = [t.replace("pont", '<a href="/pont">pont</a>', 1) for t in STORY]
    text = "".join(f"<p>{t}</p>" for t in linked)
    parsed = PARSER.parse(page(article(text.replace("l'", "l&#39;"))), format="html")
    assert [p.text for p in parsed.body] == list(STORY)


def test_a_howto_gives_its_introduction_and_steps_with_their_names_as_headings():
    data = {
        "@type": "HowTo", "name": "Réparer un pneu", "description": STORY[0],
        "step": [
            {"@type": "HowToStep", "name": "Étape 1 : démonter",
             "itemListElement": {"@type": "HowToDirection", "text": STORY[1]}},
            {"@type": "HowToStep", "name": "Étape 2 : coller",
             "itemListElement": [{"@type": "HowToDirection", "text": STORY[2]},
                                 {"@type": "HowToTip", "text": STORY[3]}]},
        ],
    }
    parsed = PARSER.parse(page(data), format="html")
    assert [(p.kind, p.text) for p in parsed.body] == [
        ("paragraph", STORY[0]), ("heading", "Étape 1 : démonter"), ("paragraph", STORY[1]),
        ("heading", "Étape 2 : coller"), ("paragraph", STORY[2]), ("paragraph", STORY[3]),
    ]


def test_a_visible_article_is_read_as_it_is():
    visible = SHELL.replace("</h1>", "</h1>" + "".join(f"<p>{t}</p>" for t in STORY))
    document = PARSER.load(page(article("\n".join(STORY + STORY)), visible), format="html")
    assert with_embedded_text(document) is document
    assert not any(b.path == rules.PATH for b in document.blocks)


def test_a_short_structured_text_or_a_comment_is_not_an_article():
    short = PARSER.load(page(article(STORY[0])), format="html")
    assert not any(b.path == rules.PATH for b in short.blocks)
    comment = {"@type": "Comment", "text": " ".join(STORY * 2)}
    assert not any(b.path == rules.PATH for b in PARSER.load(page(comment), format="html").blocks)


def test_the_appended_blocks_index_the_source():
    document = PARSER.load(page(article("\n\n".join(STORY))), format="html")
    embedded = [b for b in document.blocks if b.path == rules.PATH]
    assert [b.text for b in embedded] == list(STORY)
    assert all(document.source[b.span.start:b.span.end] == b.text for b in document.blocks)


@settings(max_examples=60)
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=300),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["@type", "articleBody", "text", "step", "name",
                                       "itemListElement", "description", "@graph"]), inner, max_size=5),
    max_leaves=30,
))
def test_any_json_ld_loads_and_keeps_spans_true(data):
    document = PARSER.load(page(data), format="html")
    assert all(document.source[b.span.start:b.span.end] == b.text for b in document.blocks)
    PARSER.parse(page(data), format="html")

"""Inside the body: a short line alone in a box of its own (a rating, a slide counter, an
advert's label) is the page's; what the article sets apart on purpose stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.classify.islands import drop_islands
from newsparse.document import BODY_LABELS, Decision, InputBlock
from newsparse.model import Label, Reason, Span

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = (
    "Le nouveau pont piéton sur la rivière a été inauguré samedi après deux ans de travaux, et "
    "la maire a parlé d'une belle journée pour toute la ville et pour ses quartiers.",
    "Les coûts ont largement dépassé la première estimation, parce que le sol de la rive était "
    "plus meuble que prévu et que le prix de l'acier a augmenté l'an dernier.",
    "Selon la mairie, ceux qui vont au travail à pied gagnent jusqu'à vingt minutes par jour, "
    "car le détour par le vieux pont n'est plus nécessaire et le chemin est éclairé.",
    "Un second tronçon plus en amont doit suivre au printemps prochain, dès que le conseil "
    "municipal aura voté les fonds nécessaires dans son prochain budget.",
)


def page(middle: str, paragraph=lambda t: f"<p>{t}</p>") -> str:
    # ``middle`` stands between the story's second and third paragraphs, in its box.
    first, second = "".join(map(paragraph, STORY[:2])), "".join(map(paragraph, STORY[2:]))
    return (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le pont</title></head>'
        '<body><div class="post"><h1>Le nouveau pont est ouvert</h1><div class="entry-content">'
        + first + middle + second + "</div></div></body></html>"
    )


def explained(html: str) -> tuple[list[str], dict[str, str]]:
    body = [p.text for p in PARSER.parse(html, format="html").body]
    reasons = {e.block.text: e.decision.reason for e in PARSER.explain(html, format="html")}
    return body, reasons


@pytest.mark.parametrize(
    ("widget", "text", "reason"),
    [
        ('<div class="rating"><p>4,5 sur 5 (120 votes)</p></div>', "4,5 sur 5 (120 votes)", Reason.SHORT_LINE),
        ('<div class="gallery"><div class="count">Photo 1 sur 6</div></div>', "Photo 1 sur 6", Reason.SHORT_LINE),
        (
            '<div class="callout"><div class="title">Retrouvez tous nos reportages sur la ville, '
            "ses quartiers et ceux qui les font vivre chaque jour dans notre magazine.</div></div>",
            "Retrouvez tous nos reportages sur la ville, ses quartiers et ceux qui les font vivre "
            "chaque jour dans notre magazine.",
            Reason.ASIDE,
        ),
    ],
    ids=["rating", "slide-counter", "call-to-subscribe"],
)
def test_a_short_line_alone_in_its_box_inside_the_story_leaves_the_body(widget, text, reason):
    body, reasons = explained(page(widget))
    assert body == list(STORY)
    assert reasons[text] == reason


@pytest.mark.parametrize(
    ("middle", "text"),
    [
        ("<h2>Un chantier difficile</h2>", "Un chantier difficile"),
        ("<blockquote><p>C'est un grand jour.</p></blockquote>", "C'est un grand jour."),
        ("<ul><li>Longueur : 120 mètres</li></ul>", "Longueur : 120 mètres"),
        ("<ol><li><p>Ouverture à 7 heures</p></li></ol>", "Ouverture à 7 heures"),
        ("<pre>pont = Pont(longueur=120)</pre>", "pont = Pont(longueur=120)"),
        # Text the story's own box holds between its paragraphs.
        ("Une phrase sans paragraphe.", "Une phrase sans paragraphe."),
    ],
    ids=["heading", "quote", "list-item", "paragraph-in-list-item", "code", "loose-text"],
)
def test_what_the_article_sets_apart_on_purpose_stays(middle, text):
    body, _ = explained(page(middle))
    assert text in body


def test_a_lone_line_above_the_storys_first_repeated_box_is_left_to_the_opening():
    # Where the body opens (a lede or standfirst alone in its box, below a subheading in a
    # box of its own) is not this rule's.
    lede = "Inauguration samedi matin."
    html = page("").replace(
        '<div class="entry-content">',
        f'<div class="entry-content"><div class="intro"><h2>Un chantier de deux ans</h2></div>'
        f'<div class="lead"><p>{lede}</p></div>',
    )
    body, _ = explained(html)
    assert body[:2] == ["Un chantier de deux ans", lede]


def _blocks(boxes: list[str]) -> list[InputBlock]:
    out, position = [], 0
    for n, box in enumerate(boxes):
        text = f"Ligne {n} du texte."
        out.append(InputBlock(text=text, span=Span(position, position + len(text)), tag="p",
                              path=f"body>{box}>p", depth=3))
        position += len(text) + 1
    return out


BODY = Decision(label=Label.BODY, reason=Reason.PROSE)
OTHER = Decision(label=Label.BOILERPLATE, reason=Reason.LINKS)


def test_where_every_paragraph_has_a_box_of_its_own_a_short_one_stays():
    # A page builder boxing each paragraph apart: being alone in a box says nothing.
    blocks = _blocks(["div.a", "div.b", "div.c", "div.d", "div.e"])
    decisions: list[Decision | None] = [BODY] * len(blocks)
    drop_islands(blocks, decisions)
    assert decisions == [BODY] * len(blocks)


def test_a_block_alone_in_its_box_between_repeated_ones_is_dropped():
    blocks = _blocks(["div.a", "div.a", "div.gallery>div.count", "div.a", "div.a"])
    decisions: list[Decision | None] = [BODY] * len(blocks)
    drop_islands(blocks, decisions)
    assert [d.reason for d in decisions] == [Reason.PROSE] * 2 + [Reason.SHORT_LINE] + [Reason.PROSE] * 2


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["div.a", "div.a", "div.b", "div.c", "div.d"]),
                          st.sampled_from([BODY, BODY, OTHER, None])), max_size=30))
def test_only_body_blocks_between_repeated_boxes_are_dropped(rows):
    blocks = _blocks([box for box, _ in rows])
    decisions = [d for _, d in rows]
    before = list(decisions)
    drop_islands(blocks, decisions)
    kept = [i for i, d in enumerate(before) if d is not None and d.label in BODY_LABELS]
    for i, (old, new) in enumerate(zip(before, decisions)):
        if old is not new:
            assert old is BODY and new.label == Label.BOILERPLATE
            assert kept[0] < i < kept[-1]


def test_recall_keeps_the_short_lines_inside_the_article():
    # The recall mode keeps short lines and asides between the article's paragraphs.
    html = page('<div class="rating"><p>4,5 sur 5 (120 votes)</p></div>')
    recall = newsparse.Parser(load_entrypoints=False, mode="recall")
    assert "4,5 sur 5 (120 votes)" in [p.text for p in recall.parse(html, format="html").body]

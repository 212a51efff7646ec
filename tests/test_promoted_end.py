"""The body's end: a last line in the story's own box that sends the reader to the site's
social accounts, its app, the page's licence or an address tagged for a campaign is the
page's, told by where it links."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.classify.ending import link_target
from newsparse.model import Reason

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = (
    "El nuevo puente peatonal sobre el río se inauguró el sábado después de dos años de obras, "
    "y la alcaldesa habló de un buen día para toda la ciudad y para sus barrios.",
    "Los costes superaron con creces la primera estimación, porque el terreno de la orilla era "
    "más blando de lo previsto y el precio del acero subió durante el último año.",
    "Según el ayuntamiento, quien va al trabajo a pie ahorra hasta veinte minutos al día, porque "
    "ya no hace falta el rodeo por el puente viejo y el camino está iluminado.",
    "Un segundo tramo río arriba debería llegar la próxima primavera, en cuanto el pleno apruebe "
    "los fondos necesarios en su próximo presupuesto municipal.",
)


def page(paragraphs: list[str]) -> str:
    # Every paragraph, the last line included, stands in the story's own box.
    return (
        '<!doctype html><html lang="es"><head><meta charset="utf-8"><title>El puente</title></head>'
        '<body><div class="post"><h1>El nuevo puente ya está abierto</h1><div class="entry-content">'
        + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></div></body></html>"
    )


def explained(html: str) -> tuple[list[str], dict[str, str]]:
    body = [p.text for p in PARSER.parse(html, format="html").body]
    reasons = {e.block.text: e.decision.reason for e in PARSER.explain(html, format="html")}
    return body, reasons


FOLLOW = (
    '¿Ya sabías que tenemos canal de Telegram? Únete desde tu móvil con este '
    '<a href="https://t.me/elpuentediario">enlace de invitación</a>.'
)
APP = (
    'Para las últimas noticias descarga nuestra app para '
    '<a href="https://apps.apple.com/es/app/el-puente/id123456">iOS</a> y '
    '<a href="https://play.google.com/store/apps/details?id=es.elpuente">Android</a>.'
)
LICENCE = (
    'Salvo indicación contraria, los contenidos de este sitio se publican bajo '
    '<a href="https://creativecommons.org/licenses/by/4.0/deed.es">CC-BY</a>.'
)

CAMPAIGN = (
    '¿Quieres recibir cada mañana las noticias del barrio? '
    '<a href="/boletin/alta?utm_source=articulo&amp;utm_medium=pie">Suscríbete aquí</a>'
)


def text_of(html_fragment: str) -> str:
    return " ".join(lxml.html.fragment_fromstring(f"<p>{html_fragment}</p>").text_content().split())


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (FOLLOW, Reason.OUTSIDE_BODY), (APP, Reason.OUTSIDE_BODY), (LICENCE, Reason.FOOTER),
        (CAMPAIGN, Reason.OUTSIDE_BODY),
    ],
    ids=["social-account", "app-store", "licence", "campaign"],
)
def test_a_last_line_linking_away_leaves_the_body(line, reason):
    body, reasons = explained(page([*STORY, line]))
    assert body == list(STORY)
    assert reasons[text_of(line)] == reason


def test_two_such_lines_leave_together():
    body, _ = explained(page([*STORY, FOLLOW, LICENCE]))
    assert body == list(STORY)


@pytest.mark.parametrize(
    "line",
    [
        # An embedded post's credit links to the post, not to an account.
        'La alcaldesa lo celebró con un mensaje a los vecinos, '
        '<a href="https://twitter.com/alcaldesa/status/1122334455">publicado el sábado por la noche</a>.',
        # A share button's address names no account.
        'Comparte la noticia con tus vecinos en '
        '<a href="https://www.facebook.com/sharer/sharer.php?u=x">este enlace</a> y cuéntanos qué opinas.',
        # A long closing paragraph is the story's, whoever it names.
        STORY[2] + " " + STORY[3] + ' Lo contó en <a href="https://twitter.com/alcaldesa">su cuenta</a>, '
        + STORY[0],
    ],
    ids=["post", "share-button", "long-paragraph"],
)
def test_a_closing_paragraph_that_links_elsewhere_stays(line):
    body, _ = explained(page([*STORY, line]))
    assert len(body) == len(STORY) + 1


def test_a_shopping_list_whose_links_all_carry_tags_keeps_its_last_items():
    # Each item links to a shop with an affiliate's or a campaign's tag: the last items' tags
    # say nothing the first ones did not.
    items = [
        f'{n}. Una bufanda de lana tejida a mano en Galicia, en <a href="https://shop{n}.example/item?{tag}">'
        f"esta tienda</a>, por {n * 10} euros"
        for n, tag in enumerate(("ref=puente", "tag=puente-21", "utm_source=puente", "gclid=abc"), 1)
    ]
    body, _ = explained(page([*STORY, *items]))
    assert len(body) == len(STORY) + len(items)


def test_a_line_linking_to_an_account_inside_the_story_stays():
    # Only the body's end is read: inside the story such a line is the story's.
    body, _ = explained(page([STORY[0], FOLLOW, *STORY[1:]]))
    assert len(body) == len(STORY) + 1


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://t.me/elpuentediario", "account"),
        ("https://www.instagram.com/elpuente/", "account"),
        ("https://m.facebook.com/elpuente", "account"),
        ("https://www.youtube.com/channel/UC123", "account"),
        ("https://www.linkedin.com/company/el-puente", "account"),
        ("https://twitter.com/elpuente/status/1", None),
        ("https://twitter.com/intent/tweet?text=x", None),
        ("https://www.youtube.com/watch?v=abc", None),
        ("https://www.facebook.com/sharer.php?u=x", None),
        ("https://play.google.com/store/apps/details?id=es.elpuente", "app"),
        ("http://creativecommons.org/licenses/by-nc-nd/4.0/", "licence"),
        ("https://creativecommons.org/about", None),
        ("https://elpuente.es/contacto", None),
        ("/relative/path", None),
        ("mailto:redaccion@elpuente.es", None),
        ("http://[broken", None),
        ("https://elpuente.es/boletin?utm_campaign=pie", "campaign"),
        ("/tienda/revista-2-2022.html?UTM_Source=web&id=3", "campaign"),
        ("https://tienda.example/?gclid=CKarhOi", "campaign"),
        ("https://elpuente.es/buscar?q=utm_source", None),
        ("https://elpuente.es/articulo?ref=portada", None),
    ],
)
def test_link_target(href, expected):
    assert link_target(href) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_link_target_takes_any_address(href):
    assert link_target(href) in (None, "account", "app", "licence", "campaign")


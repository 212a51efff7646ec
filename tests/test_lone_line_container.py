"""The main container is not a box that owes its score to one short line (a blog's tagline,
one cell of a record table) when a box scoring near it holds several paragraphs."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.data import containers as rules

PARSER = newsparse.Parser(load_entrypoints=False)

# A code blog's entry: short paragraphs, a related-links list in the same box (its link text
# lowers the box's score), and a comma-rich tagline in the banner that outscores it.
TAGLINE = "Notas, trucos, ideas y herramientas para la web, cada día"
ENTRY = (
    "Una biblioteca pequeña dibuja árboles de datos.",
    "Cada nodo se puede abrir o cerrar con un clic.",
    "Funciona sin dependencias externas.",
)


def _blog(tagline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ENTRY)
    return f"""<html><head><title>Notas de código</title></head><body>
    <div class="banner"><div class="blogtitle">{tagline}</div></div>
    <div class="content"><div class="main"><h3>Un árbol dibujado en SVG</h3>
    <div class="entrybody">{paragraphs}<p>Entradas relacionadas</p>
    <ul><li><a href="/a">Gráficos de red con otra biblioteca</a></li>
    <li><a href="/b">Colección de herramientas para visualizar datos</a></li></ul>
    </div></div></div></body></html>"""


def _in_main(page: str) -> dict[str, bool]:
    return {e.block.text: e.block.in_main for e in PARSER.explain(page, format="html")}


def test_a_tagline_loses_the_container_to_the_entry_of_short_paragraphs():
    in_main = _in_main(_blog(TAGLINE))
    assert not in_main[TAGLINE]
    assert all(in_main[p] for p in ENTRY)
    body = PARSER.parse(_blog(TAGLINE), format="html").text
    assert all(p in body for p in ENTRY)
    assert TAGLINE not in body


def test_without_the_rule_the_tagline_would_win(monkeypatch):
    # The fixture is one the plain paragraph score gets wrong: the rule is what mends it.
    monkeypatch.setattr(rules, "LONE_LINE_MAX_CHARS", 0)
    in_main = _in_main(_blog(TAGLINE))
    assert in_main[TAGLINE]
    assert not any(in_main[p] for p in ENTRY)


def test_a_long_lone_paragraph_keeps_the_container():
    # One paragraph of a real length is an article's text (a short notice), not a tagline.
    long_line = ("Die Bibliothek bleibt wegen Umbauarbeiten, Reinigung, Inventur und einer Schulung "
                 "des Personals bis einschließlich Freitag, den 14. März, geschlossen")
    assert len(long_line) >= rules.LONE_LINE_MAX_CHARS
    assert _in_main(_blog(long_line))[long_line]


@pytest.mark.parametrize("rival", ["", "<div class='entrybody'><p>Funciona sin dependencias externas.</p></div>"])
def test_a_short_notice_keeps_its_container_without_a_rival_of_several_paragraphs(rival):
    notice = "Cerrado hoy, lunes, por inventario, desde las diez"
    page = f"<html><body><div class='post'><p>{notice}</p></div>{rival}</body></html>"
    assert _in_main(page)[notice]

"""A blog post's share and like rows ("Share this:", "Like Loading...") in every language pack."""

from __future__ import annotations

import html

import pytest

import newsparse
from newsparse.classify.boilerplate import fold

PARSER = newsparse.Parser(load_entrypoints=False)

#: Per language: the paragraphs of a short post, then the rows a blog's share and like
#: buttons leave under it (as a crawler or the page's markup gives them).
POSTS = {
    "en": (
        [
            "The allotment society met on Saturday to plan the spring planting of the new beds.",
            "Members agreed to share the tools in the shed and to water the seedlings in turns.",
        ],
        ["Share this:", "Like this:", "Like Loading...", "Like this: Like Loading…"],
    ),
    "de": (
        [
            "Der Gartenverein hat sich am Samstag getroffen, um die Beete für den Frühling zu planen.",
            "Die Mitglieder wollen die Geräte im Schuppen teilen und die Setzlinge abwechselnd gießen.",
        ],
        ["Teilen Sie dies mit:", "Gefällt mir:", "Gefällt mir Wird geladen …", "Gefällt mir Wird geladen..."],
    ),
    "fr": (
        [
            "L'association des jardins s'est réunie samedi pour préparer les plantations du printemps.",
            "Les membres ont décidé de partager les outils et d'arroser les semis à tour de rôle.",
        ],
        ["Partager :", "J'aime :", "J'aime chargement…", "J’aime Chargement…"],
    ),
    "es": (
        [
            "La asociación de huertos se reunió el sábado para preparar la siembra de la primavera.",
            "Los socios acordaron compartir las herramientas y regar los plantones por turnos.",
        ],
        ["Compartir esto:", "Me gusta:", "Me gusta Cargando...", "Me gusta Cargando…"],
    ),
    "pt": (
        [
            "A associação de hortas reuniu-se no sábado para preparar o plantio da primavera.",
            "Os sócios decidiram compartilhar as ferramentas e regar as mudas em turnos.",
        ],
        ["Compartilhe isso:", "Curtir isso:", "Curtir Carregando...", "Gosto disto:", "Gosto Carregando…"],
    ),
    "pl": (
        [
            "Stowarzyszenie ogrodników spotkało się w sobotę, aby zaplanować wiosenne sadzenie.",
            "Członkowie postanowili dzielić się narzędziami i podlewać sadzonki na zmianę.",
        ],
        ["Udostępnij:", "Udostępnij to:", "Polub to:", "Lubię to:", "Lubię Wczytywanie…"],
    ),
}


def as_text(paragraphs: list[str], rows: list[str]) -> str:
    # A row between paragraphs as well as after them: where the rows sit must not matter.
    return "\n\n".join([paragraphs[0], rows[0], paragraphs[1], *rows[1:]]) + "\n"


def as_html(language: str, paragraphs: list[str], rows: list[str]) -> str:
    blocks = [paragraphs[0], rows[0], paragraphs[1], *rows[1:]]
    inner = "".join(f"<p>{html.escape(block)}</p>" for block in blocks)
    return f'<html lang="{language}"><body><article>{inner}</article></body></html>'


@pytest.mark.parametrize("language", sorted(POSTS))
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_share_and_like_rows_leave_the_body_and_the_post_stays(language, fmt):
    paragraphs, rows = POSTS[language]
    source = as_text(paragraphs, rows) if fmt == "text" else as_html(language, paragraphs, rows)
    article = PARSER.parse(source, format=fmt)
    assert [p.text for p in article.body] == paragraphs
    reasons = {block.text: block.reason for block in article.boilerplate}
    for row in rows:
        assert reasons.get(row) == "share", row


@pytest.mark.parametrize(
    "line",
    [
        "I like this: a garden that feeds the whole street.",
        "Gefällt mir gut, sagte die Nachbarin.",
        "J'aime les tomates du jardin.",
        "Me gusta cargar la carretilla yo mismo.",
        "Curtir o verão na horta é o melhor.",
        "Lubię to miejsce o poranku.",
    ],
)
def test_a_sentence_opening_like_a_like_row_is_not_one(line):
    rules = PARSER.phrasebook.rules_for(None)
    assert rules.reason(fold(line)) is None

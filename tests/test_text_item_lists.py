"""Crawler text: a list of numbered items beside the body (ingredients, tour dates) is the
article's; a feed counting down (an archive, recent posts) and a menu are not."""

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.classify import item_lists
from newsparse.model import Reason

PARSER = newsparse.Parser(load_entrypoints=False)

MENU = ["Inicio", "Recetas", "Postres", "Contacto"]
STEPS = [
    "Precalienta el horno a 200 grados y unta la fuente con un poco de aceite de oliva antes de "
    "colocar el pollo entero en el centro.",
    "Mientras tanto, pica la cebolla y el ajo, y sofríelos a fuego lento en una sartén grande hasta "
    "que estén dorados y blandos.",
    "Añade el arroz, remueve durante dos minutos y vierte el caldo caliente poco a poco, sin dejar de "
    "remover, hasta que hierva.",
    "Sirve el arroz en una fuente, corta el pollo en trozos y colócalos encima; decora con perejil "
    "fresco picado antes de llevarlo a la mesa.",
]
INGREDIENTS = [
    "1 pollo entero de 1,2 kg",
    "2 cucharadas de aceite de oliva",
    "1 cebolla mediana picada",
    "3 dientes de ajo",
    "250 g de arroz",
    "750 ml de caldo de pollo",
]
FOOTER = ["Aviso legal", "Política de privacidad"]


def crawler_text(lines: list[str]) -> str:
    """A page as crawler text: one line per block, a blank line between blocks."""
    return "\n\n".join(lines)


def reasons_of(text: str) -> dict[str, str]:
    return {e.block.text: e.decision.reason for e in PARSER.explain(text, format="text")}


def test_ingredients_above_the_steps_join_the_body():
    text = crawler_text(
        ["Pollo asado con arroz", *MENU, "Pollo asado con arroz", "Ingredientes", *INGREDIENTS, *STEPS, *FOOTER]
    )
    article = PARSER.parse(text, format="text")
    kept = [p.text for p in article.body]
    assert kept[: len(INGREDIENTS)] == INGREDIENTS
    assert all(step in kept for step in STEPS)
    assert not set(MENU) & set(kept)
    assert {reasons_of(text)[line] for line in INGREDIENTS} == {Reason.ITEM_LIST}


TOUR = [
    "9 juin – Lyon, Halle Tony Garnier",
    "11 juin – Marseille, Le Dôme",
    "14 juin – Bordeaux, Arkéa Arena",
    "17 juin – Nantes, Zénith",
    "20 juin – Lille, Zénith Arena",
]
STORY = [
    "Le groupe a annoncé mardi une tournée d'été pour fêter ses cinquante ans de carrière, avec un "
    "nouvel album attendu pour la fin du printemps.",
    "Le chanteur, qui avait quitté la formation il y a vingt ans, la rejoindra pour l'occasion sur "
    "scène, a précisé la maison de disques dans un communiqué.",
    "Les billets seront mis en vente vendredi matin sur le site du groupe et dans les points de "
    "vente habituels. Voici les dates annoncées :",
]


def test_tour_dates_below_the_story_join_the_body_up_to_the_last_date():
    tags = "Dans cet article : tournée, concert, musique"
    text = crawler_text(["Le groupe repart en tournée", *STORY, *TOUR, tags, *FOOTER])
    kept = [p.text for p in PARSER.parse(text, format="text").body]
    assert kept[-len(TOUR) :] == TOUR
    assert tags not in kept


def test_a_feed_counting_down_stays_out():
    # An archive of releases, newest first: items with numbers, but a feed, not a list.
    archive = [f"Nr. {n} vom {n - 2}. Oktober 2021" for n in range(32, 24, -1)]
    text = crawler_text(["Le groupe repart en tournée", *STORY, *archive, *FOOTER])
    assert Reason.ITEM_LIST not in reasons_of(text).values()


def test_a_menu_without_numbers_stays_out():
    menu = ["Accueil du site", "Nos concerts", "Notre histoire", "Nous contacter", "Mentions légales"]
    text = crawler_text(["Le groupe repart en tournée", *STORY, *menu])
    kept = [p.text for p in PARSER.parse(text, format="text").body]
    assert not set(menu) & set(kept)


def test_html_lists_are_left_to_the_markup():
    items = "".join(f"<div>{line}</div>" for line in INGREDIENTS)
    story = "".join(f"<p>{line}</p>" for line in STEPS)
    html = f"<html><body><nav>{''.join(MENU)}</nav>{items}<article>{story}</article></body></html>"
    reasons = {e.decision.reason for e in PARSER.explain(html, format="html")}
    assert Reason.ITEM_LIST not in reasons


def test_item_list_bounds():
    assert item_lists.is_item_list(INGREDIENTS)
    assert not item_lists.is_item_list(INGREDIENTS[:3])  # too few lines
    assert not item_lists.is_item_list(["2019", "2020", "2021", "2022"])  # numbers alone
    assert not item_lists.is_item_list([*INGREDIENTS[:4], *MENU])  # half a menu
    assert item_lists.counts_down(["Dec 29, 2016 a", "Dec 17, 2016 b", "Dec 9, 2016 c"])
    assert not item_lists.counts_down(["1 kg a", "1 kg b", "1 kg c"])  # equal is not down


def test_a_line_of_many_digits_is_read_without_converting_it_whole():
    lines = [f"{'9' * 5000} item {n}" for n in range(6)]
    assert item_lists.is_item_list(lines) in (True, False)


@given(st.lists(st.text(max_size=40), max_size=12))
def test_item_list_reading_never_fails(lines):
    result = item_lists.is_item_list(lines)
    assert result is False or len(lines) >= 4

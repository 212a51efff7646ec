"""How the body of crawler text is decoded: breaks at settled lines, and the headline test."""

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.classify import body_model
from newsparse.classify.pipeline import _breaks, first_pass
from newsparse.data import layout as L

PARSER = newsparse.Parser(load_entrypoints=False)

_PARA = (
    "Die Stadtwerke haben am Montag neue Pläne für das alte Hafenbecken vorgestellt, in dem bis zum Ende "
    "des Jahrzehnts mehrere hundert Wohnungen entstehen sollen, wie die Sprecherin der Verwaltung sagte."
)
_PARA2 = (
    "Der Gemeinderat soll im Frühjahr über den Entwurf abstimmen; bis dahin können Bürgerinnen und Bürger "
    "ihre Einwände schriftlich einreichen oder an einer der drei Informationsrunden im Rathaus teilnehmen."
)

_scores = st.lists(st.floats(min_value=-6, max_value=6, allow_nan=False), max_size=30)


@given(_scores, st.sampled_from([0.5, 1.5, 3.0]))
def test_breaks_of_nothing_decode_as_no_breaks(values, cost):
    assert body_model.decode(values, cost, [0.0] * len(values)) == body_model.decode(values, cost)


@given(_scores, st.sampled_from([0.5, 1.5]), st.data())
def test_a_break_never_adds_a_block_to_the_body(values, cost, data):
    breaks = data.draw(st.lists(st.sampled_from([0.0, 0.5, 2.0]), min_size=len(values), max_size=len(values)))
    with_breaks = body_model.decode(values, cost, breaks)

    # The body's total evidence is what the path without breaks could at best reach.
    def total(path, costs):
        gained = sum(v for v, b in zip(values, path) if b)
        switches = sum(1 for i, b in enumerate(path) if b != (path[i - 1] if i else False))
        stays = sum(costs[i] for i in range(1, len(path)) if path[i] and path[i - 1])
        return gained - cost * switches - stays

    assert total(with_breaks, breaks) >= total(body_model.decode(values, cost), breaks) - 1e-9


def test_a_break_cuts_a_weak_line_off_the_body():
    # Leaving the body costs a switch, so a doubtful last line rides along with the story
    # without a break; across one it must pay.
    assert body_model.decode([3.0, 3.0, -0.8], 1.5) == [True, True, True]
    assert body_model.decode([3.0, 3.0, -0.8], 1.5, [0.0, 0.0, 1.0]) == [True, True, False]
    # A paragraph that reads as body beyond doubt pays it.
    assert body_model.decode([3.0, 3.0, 3.0], 1.5, [0.0, 0.0, 1.0]) == [True, True, True]


def _open_and_breaks(document):
    first = first_pass(document, PARSER.rules)
    open_blocks = [i for i, d in enumerate(first.decisions) if d is None]
    return [document.blocks[i].text for i in open_blocks], _breaks(document, first.decisions, open_blocks)


def test_a_line_settled_as_boilerplate_breaks_crawler_text_there():
    text = "\n\n".join(["Neues Viertel am Hafen", _PARA, _PARA2, "Impressum", "Ein Satz zum Schluss."])
    document = PARSER.load(text, format="text")
    texts, breaks = _open_and_breaks(document)
    assert breaks is not None and len(breaks) == len(texts)
    after = texts.index("Ein Satz zum Schluss.")
    assert breaks[after] == L.TEXT_BREAK_COST
    assert not any(breaks[:after])


def test_html_pages_decode_without_breaks():
    html = f"<html><body><article><p>{_PARA}</p><p>Impressum</p><p>{_PARA2}</p></article></body></html>"
    document = PARSER.load(html, format="html")
    assert _open_and_breaks(document)[1] is None


def test_a_teaser_of_several_sentences_is_not_taken_for_the_headline():
    # A headline is one sentence: a teaser of three, the last a question, stays in the text.
    teaser = "Die Stadt plant ein neues Viertel am Hafen. Wer soll dort wohnen? Und wer bezahlt das alles?"
    text = "\n\n".join(
        [
            "Neues Viertel am Hafen | Stadtanzeiger",
            "Startseite",
            "Lokales",
            "Neues Viertel am Hafen",
            teaser,
            _PARA,
            _PARA2,
            "Impressum",
        ]
    )
    article = PARSER.parse(text, format="text")
    assert article.title == "Neues Viertel am Hafen"
    assert [p.text for p in article.body][:2] == [teaser, _PARA]


def test_a_one_sentence_headline_above_the_story_still_goes_to_the_head():
    text = "\n\n".join(["Startseite", "Neues Viertel am Hafen geplant", _PARA, _PARA2, "Impressum"])
    article = PARSER.parse(text, format="text")
    assert article.title == "Neues Viertel am Hafen geplant"
    assert article.body[0].text == _PARA


_GARDEN = [
    "Hinein kommt nur, was den Frost verträgt: Grünkohl, Feldsalat und Lauch bleiben auch bei minus zehn Grad "
    "im Beet stehen und schmecken nach dem ersten Frost sogar süßer als im Sommer, sagt die Gärtnerin.",
    "Immer mehr Hobbygärtner bauen deshalb im Herbst kleine Folientunnel über ihre Beete, die wenig kosten, sich "
    "leicht aufbauen lassen und die Pflanzen vor Wind und Nässe schützen, wenn die Nächte kalt werden.",
    "Wer mehr Platz hat, kann ein Frühbeet mit Pferdemist anlegen: Der Mist erwärmt beim Verrotten den Boden von "
    "unten, sodass Radieschen und Spinat schon im Februar keimen, lange bevor das Freiland so weit ist.",
    "Die Gärtnerin rät dazu, die Beete im Winter regelmäßig zu lüften, damit sich unter der Folie kein Schimmel "
    "bildet, und an sonnigen Tagen die Abdeckung für ein paar Stunden ganz abzunehmen.",
]


def test_a_lede_above_the_authors_name_and_a_photo_credit_opens_the_body():
    lede = (
        "Wer im Winter Gemüse aus dem eigenen Garten ernten will, muss im Herbst vorsorgen. Die Ideen der "
        "Gärtnerinnen reichen vom Frühbeet bis zum beheizten Gewächshaus, und nicht alle davon sind teuer."
    )
    text = "\n\n".join(
        [
            "Gemüse im Winter ernten | Gartenzeitung",
            "Startseite",
            "Garten",
            "Gemüse im Winter ernten",
            lede,
            "Marie Beispiel",
            "Foto: Hans Muster",
            *_GARDEN,
            "Impressum",
        ]
    )
    body = [p.text for p in PARSER.parse(text, format="text").body]
    assert body[0] == lede
    assert "Marie Beispiel" not in body and "Foto: Hans Muster" not in body
    assert body[-1] == _GARDEN[-1]


def test_a_menu_above_the_body_is_no_lede():
    # Long lines the model reads as boilerplate stay out, however close to the body.
    text = "\n\n".join(
        [
            "Gemüse im Winter ernten | Gartenzeitung",
            "Startseite",
            "Garten",
            "Garten Balkon Zimmerpflanzen Obst Gemüse Kräuter Rasen Teich Werkzeug Gartenmöbel Grillen Pools "
            "Gewächshäuser Hochbeete Kompost Saatgut Dünger Schädlinge",
            "Gemüse im Winter ernten",
            *_GARDEN,
            "Impressum",
        ]
    )
    assert PARSER.parse(text, format="text").body[0].text == _GARDEN[0]


def _listicle(items: list[tuple[str, str]], tail: list[str]) -> str:
    intro = (
        "Viele glauben noch immer, dass nur Männer über Sport reden, doch die Zahlen zeigen seit Jahren etwas "
        "ganz anderes: fast die Hälfte aller Fans in den Stadien und vor den Bildschirmen sind Frauen."
    )
    intro2 = (
        "Deshalb stelle ich hier meine Liste der Frauen vor, die am klügsten und am unterhaltsamsten über Sport "
        "sprechen, schreiben und streiten, in keiner besonderen Reihenfolge und ohne Anspruch auf Vollständigkeit."
    )
    lines = [
        "Sechs Frauen, die über Sport reden | Sportblog",
        "Startseite",
        "Über mich",
        "Kontakt",
        "Sechs Frauen, die über Sport reden",
        intro,
        intro2,
    ]
    for name, about in items:
        lines += [name, about]
    return "\n\n".join(lines + tail)


_ITEMS = [
    (
        "1. Anna Berger",
        "Anna schreibt seit zehn Jahren über Fußball, moderiert einen wöchentlichen Podcast dazu und "
        "hat im vergangenen Jahr als erste Frau den Preis des Verbands für Sportjournalismus gewonnen.",
    ),
    (
        "2. Clara Diaz",
        "Clara kommentiert Spiele im Radio, hat zwei Bücher über die Geschichte der Liga geschrieben "
        "und ist bei jedem Auswärtsspiel ihres Vereins im Stadion, ganz gleich wie weit die Reise ist.",
    ),
    ("3. Eva Fischer", "Leitet die Sportredaktion einer Regionalzeitung."),
    ("4. Greta Hahn", "Analysiert Taktik in einem Blog."),
    ("5. Ida Jung", "Trainerin einer Jugendmannschaft."),
    ("6. Lena Maier", "Moderiert Talkrunden im Fernsehen."),
]


def test_a_numbered_list_the_body_holds_the_start_of_goes_on_to_its_last_item():
    text = _listicle(_ITEMS, ["Teilen", "Facebook", "Twitter", "Kategorie: Blog", "Impressum"])
    body = [p.text for p in PARSER.parse(text, format="text").body]
    assert body[-2:] == ["6. Lena Maier", "Moderiert Talkrunden im Fernsehen."]
    assert "Teilen" not in body and "Impressum" not in body


def test_a_numbered_list_stops_at_a_line_settled_as_boilerplate():
    # The share row ends the list: "5." and "6." below it are another page's.
    items = _ITEMS[:4] + [("Teilen", "Facebook")] + _ITEMS[4:]
    body = [p.text for p in PARSER.parse(_listicle(items, ["Impressum"]), format="text").body]
    assert "4. Greta Hahn" in body
    assert "5. Ida Jung" not in body


def test_numbers_that_do_not_count_on_are_no_list():
    items = [_ITEMS[0], _ITEMS[1], ("7. Eva Fischer", _ITEMS[2][1]), ("9. Greta Hahn", _ITEMS[3][1])]
    body = [p.text for p in PARSER.parse(_listicle(items, ["Impressum"]), format="text").body]
    assert "9. Greta Hahn" not in body


def test_item_number():
    from newsparse.classify.numbered import item_number

    assert item_number("3. Sam Ponder") == 3
    assert item_number("12) Roger Waters – The Wall (DVD)") == 12
    assert item_number("3.Charlotte Jones") == 3
    assert item_number("1.000 km Reichweite: das neue Auto") is None
    assert item_number("2019 war ein gutes Jahr") is None
    assert item_number("1. " + "lang " * 60) is None


def test_the_headline_repeated_with_the_words_the_title_line_cut_is_the_anchor():
    from newsparse.classify.body_model import title_anchor

    texts = [
        "Werk erhöht seine Kapazität - Batterie-Nachrichten",
        "Startseite",
        "Werk erhöht seine Kapazität in Tennessee",
        "Ein Absatz.",
        "Werk erhöht seine Kapazität",
    ]
    assert title_anchor(texts) == 2
    # Without a separator the title line is the headline itself: a longer line is not it.
    assert title_anchor(["Werk erhöht seine Kapazität", "Werk erhöht seine Kapazität in Tennessee"]) is None
    # A word that merely begins like the headline's last one is another line.
    assert title_anchor(["Werk erhöht seine Kapazität - Site", "Werk erhöht seine Kapazitätsgrenze"]) is None


def test_a_headline_that_exclaims_twice_or_counts_an_edition_still_goes_to_the_head():
    from newsparse.classify.pipeline import _states_more_than_one_thing

    assert not _states_more_than_one_thing("Diese Ymers! Zwei Überraschungen an einem Tag!")
    assert not _states_more_than_one_thing("Rezension: Internetrecht, 5. Auflage 2014")
    assert not _states_more_than_one_thing("Dr. Smith wins the U.S. Open")
    assert _states_more_than_one_thing("Die Stadt plant ein neues Viertel. Wer soll dort wohnen?")
    text = "\n\n".join(["Startseite", "Zwei Siege! Ein Tag voller Überraschungen!", _PARA, _PARA2, "Impressum"])
    assert PARSER.parse(text, format="text").body[0].text == _PARA


def test_a_near_empty_body_is_relaxed_for_prose_not_for_a_longer_run_of_short_lines():
    from newsparse.classify.pipeline import _rescue_step

    # A doubted paragraph, then ten short headlines of a "related" box, doubted more.
    scores = [-3.0, 1.2] + [-2.5] * 10 + [-8.0]
    raw = [30, 230] + [40] * 10 + [10]
    prose_only = [0, 230] + [0] * 10 + [0]
    cost = 1.5
    # Counted by characters alone, the headlines make the body long enough.
    assert _rescue_step(scores, raw, cost)[1][2:12] == [True] * 10
    # Counted by prose, they add nothing: the paragraph stays the body, alone.
    assert _rescue_step(scores, prose_only, cost)[1] == [False, True] + [False] * 11


def test_crawler_text_counts_only_prose_towards_a_body_that_is_not_near_empty():
    from newsparse.classify.pipeline import _rescue_sizes

    text = "\n\n".join(["Neues Viertel am Hafen", "Startseite", _PARA, "Mehr zum Thema Hafen"])
    document = PARSER.load(text, format="text")
    first = first_pass(document, PARSER.rules)
    open_blocks = [i for i, d in enumerate(first.decisions) if d is None]
    sizes = dict(zip(open_blocks, _rescue_sizes(document, first, open_blocks)))
    assert sizes[2] == len(_PARA)
    assert sizes[3] == 0
    html = f"<html><body><article><p>{_PARA}</p><p>Mehr zum Thema Hafen</p></article></body></html>"
    document = PARSER.load(html, format="html")
    first = first_pass(document, PARSER.rules)
    open_blocks = [i for i, d in enumerate(first.decisions) if d is None]
    assert all(_rescue_sizes(document, first, open_blocks))


def test_a_transport_charset_is_kept_when_it_fits_and_set_aside_otherwise():
    from newsparse.loaders.decode import transport_encoding

    assert transport_encoding(None, b"abc") == (None, None)
    assert transport_encoding("ISO-8859-1", "caf\xe9".encode("latin-1")) == ("ISO-8859-1", None)
    assert transport_encoding("utf-8", b"\xef\xbb\xbfcaf\xc3\xa9") == ("utf-8", None)
    for label, data, words in [("utf8mb4", b"abc", "names no known encoding"),
                               ("base64", b"abc", "names no known encoding"),
                               ("utf-8", b"caf\xe9 au lait", "does not fit the bytes")]:
        encoding, warning = transport_encoding(label, data)
        assert encoding is None and warning.code == "decoding" and words in warning.message

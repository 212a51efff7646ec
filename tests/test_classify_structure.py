"""Reading single blocks: bylines, datelines and caption credits."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.classify import structure


@pytest.mark.parametrize(
    ("text", "names", "kind"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), "author"),
        ("By JANE DOE, Associated Press", ("JANE DOE", "Associated Press"), "author"),
        ("/ Source: Andrea Michell Reports", ("Andrea Michell Reports",), "source"),
        ("Quelle: Landesregierung", ("Landesregierung",), "source"),
        ("Quelle: Bundesamt für Statistik, 2. Februar 2022", ("Bundesamt für Statistik",), "source"),
        ("Fuente: EFE", ("EFE",), "source"),
        ("Written by Mary Smith", ("Mary Smith",), "author"),
        ("Reporting by Tom Lee; Editing by Ann Ray", ("Tom Lee",), "author"),
        ("(Additional reporting by Sam Poe in Paris)", ("Sam Poe",), "contributor"),
        ("Jane Doe contributed to this report.", ("Jane Doe",), "contributor"),
        ("Associated Press writer Bob Lane contributed to this report.", ("Bob Lane",), "contributor"),
        ("By Mark Stone | Staff Writer", ("Mark Stone",), "author"),
        ("By Lisa Wong, The Washington Post", ("Lisa Wong",), "author"),
        ("By The Associated Press", ("The Associated Press",), "agency"),
        ("By Reuters Staff", ("Reuters",), "agency"),
        ("Posted on April 2, 2023 by Ruth Allen", ("Ruth Allen",), "author"),
        ("By Sarah E. Needleman", ("Sarah E. Needleman",), "author"),
        ("Текст: Ольга Ветрова · 24 сентября 2018", ("Ольга Ветрова",), "author"),
        ("Авторы: Ольга Ветрова и Павел Зимин", ("Ольга Ветрова", "Павел Зимин"), "author"),
        ("Autorzy: Ewa Lipska i Tomasz Borek", ("Ewa Lipska", "Tomasz Borek"), "author"),
    ],
)
def test_bylines_give_names_and_kind(text, names, kind):
    parts = structure.parse_byline(text)
    assert parts is not None
    assert parts.names == names
    assert parts.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "By the time we arrived, the fire was out.",
        "Bystanders watched from the bridge.",
        "The council said it would vote by June.",
        "By " + "word " * 60,
    ],
)
def test_sentences_are_not_bylines(text):
    assert structure.parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "dateline", "place", "agency"),
    [
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) —", "WASHINGTON", "AP"),
        ("LONDON (Reuters) - Britain said on Monday.", "LONDON (Reuters) -", "LONDON", "Reuters"),
        ("NEW YORK, June 5 — Stocks fell sharply.", "NEW YORK, June 5 —", "NEW YORK", None),
        ("KYIV, Ukraine — Russian forces shelled the city.", "KYIV, Ukraine —", "KYIV, Ukraine", None),
    ],
)
def test_datelines_split_from_the_paragraph(text, dateline, place, agency):
    found = structure.parse_dateline(text)
    assert found is not None
    assert text[: found.end].rstrip() == dateline
    assert found.place == place
    assert found.agency == agency


@pytest.mark.parametrize(
    "text",
    ["UPDATE: The story has changed.", "The Senate voted — at last.", "WASHINGTON (AP) —"],
)
def test_labels_and_bare_datelines_are_not_split(text):
    assert structure.parse_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [("WASHINGTON —", "WASHINGTON", None), ("BERLIN (dpa) – ", "BERLIN", "dpa"), ("MADRID (EFE) -", "MADRID", "EFE")],
)
def test_a_dateline_alone_is_read_only_when_asked_for(text, place, agency):
    found = structure.parse_dateline(text, alone=True)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert structure.parse_dateline(text) is None


@pytest.mark.parametrize(
    "text", ["WASHINGTON (AP) — The Senate voted on Tuesday.", "UPDATE:", "The Senate voted —", "Mehr dazu"],
)
def test_a_paragraph_that_goes_on_is_no_dateline_alone(text):
    assert structure.parse_dateline(text, alone=True) is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "A man walks along a flooded street. (Photo by Joe Raedle/Getty Images)",
            "A man walks along a flooded street.",
            "(Photo by Joe Raedle/Getty Images)",
        ),
        ("Protesters gather in the square. AP Photo/Vincent Yu", "Protesters gather in the square.", "AP Photo/Vincent Yu"),
        ("Police stand guard in Paris. REUTERS/Gonzalo Fuentes", "Police stand guard in Paris.", "REUTERS/Gonzalo Fuentes"),
        ("The mayor on Monday. Photo: Jane Roe for The Times", "The mayor on Monday.", "Photo: Jane Roe for The Times"),
        ("Voters line up in Baton Rouge. Credit... Doug Mills/The New York Times",
         "Voters line up in Baton Rouge.", "Credit... Doug Mills/The New York Times"),
        ("The new stadium. Image: City of Austin", "The new stadium.", "Image: City of Austin"),
        # A stock agency credited by its site's name.
        ("Der Hermelin im Winterfell. (mlharing / iStock.com)", "Der Hermelin im Winterfell.",
         "(mlharing / iStock.com)"),
        # The photographer before the agency, and a credit glued to the caption where the
        # page set the two apart by markup only.
        ("The harbour at dawn. Ann Lee/Getty", "The harbour at dawn.", "Ann Lee/Getty"),
        ("The harbour at dawn.Ann Lee/Getty", "The harbour at dawn.", "Ann Lee/Getty"),
        ("Ferries wait in the harbour.Reuters", "Ferries wait in the harbour.", "Reuters"),
        # A credit line alone, spelling out the agency.
        ("Ann Lee, ASSOCIATED PRESS", "", "Ann Lee, ASSOCIATED PRESS"),
        (
            "Leaders at the G8 summit. AFP PHOTO / JEWEL SAMAD (Photo by Jewel Samad/AFP/Getty Images)",
            "Leaders at the G8 summit.",
            "AFP PHOTO / JEWEL SAMAD (Photo by Jewel Samad/AFP/Getty Images)",
        ),
    ],
)
def test_captions_split_into_text_and_credit(text, caption, credit):
    parts = structure.split_caption(text)
    assert parts is not None
    assert (parts.text, parts.credit) == (caption, credit)


def test_file_photo_captions_are_recognised():
    assert structure.is_file_caption("FILE - In this June 5, 2019, file photo, a ship docks.")
    assert not structure.is_file_caption("The ship docked on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Tuesday and approved the budget.", "He said the photo was old.", "",
        # An agency named as a source is no credit.
        "Shares rose on Tuesday, according to Reuters", "The index fell 2 percent, Bloomberg reported.",
    ],
)
def test_prose_has_no_credit(text):
    assert structure.split_caption(text) is None


@given(st.text(max_size=300))
def test_structure_readers_never_raise_and_stay_inside_the_text(text):
    byline = structure.parse_byline(text)
    if byline is not None:
        assert byline.kind in ("author", "source", "agency")
        assert all(name for name in byline.names)
    dateline = structure.parse_dateline(text)
    if dateline is not None:
        assert 0 < dateline.end < len(text)
    caption = structure.split_caption(text)
    if caption is not None:
        assert caption.credit and caption.credit in text


@pytest.mark.parametrize("line", ["By Any Means Necessary", "By All Accounts", "By Now", "By Far the Best"])
def test_phrases_opening_with_by_are_no_bylines(line):
    assert structure.parse_byline(line) is None


def test_an_agency_with_its_article_is_still_a_byline():
    assert structure.parse_byline("By The Associated Press").kind == "agency"


def test_a_sentence_after_a_source_label_is_no_credit():
    assert structure.parse_byline("Quellen: Die Studie wurde im Jahr 2019 veröffentlicht.") is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("Die Kanzlerin vor dem Reichstag. Foto: Jana Beck/dpa", "Die Kanzlerin vor dem Reichstag.", "Foto: Jana Beck/dpa"),
        ("Der See im Winter. Bild: Keystone", "Der See im Winter.", "Bild: Keystone"),
        ("Die neue Brücke. Bildquelle: Stadt Jena", "Die neue Brücke.", "Bildquelle: Stadt Jena"),
        ("Das Team beim Training. Fotos: Lea Horn", "Das Team beim Training.", "Fotos: Lea Horn"),
        ("Le maire devant la gare. Photo : AFP", "Le maire devant la gare.", "Photo : AFP"),
        ("La place un soir d'été. Crédit photo : Paul Morel", "La place un soir d'été.", "Crédit photo : Paul Morel"),
        ("La manifestation à Lyon. Photo par Anne Roux", "La manifestation à Lyon.", "Photo par Anne Roux"),
        ("El alcalde en la plaza. Foto: EFE", "El alcalde en la plaza.", "Foto: EFE"),
        ("La playa al amanecer. Fotografía: Luis Gil", "La playa al amanecer.", "Fotografía: Luis Gil"),
        ("El puerto de Vigo. Imagen: Europa Press", "El puerto de Vigo.", "Imagen: Europa Press"),
        ("O presidente em Brasília. Foto: Reprodução/Instagram", "O presidente em Brasília.", "Foto: Reprodução/Instagram"),
        ("Il sindaco a Roma. Foto di Marco Neri", "Il sindaco a Roma.", "Foto di Marco Neri"),
        ("Prezydent w Sejmie. Zdjęcie: PAP", "Prezydent w Sejmie.", "Zdjęcie: PAP"),
        ("Nowy most w Gdańsku. Fot. Jan Nowak/PAP", "Nowy most w Gdańsku.", "Fot. Jan Nowak/PAP"),
        ("De haven van Rotterdam. Foto: ANP", "De haven van Rotterdam.", "Foto: ANP"),
        # Glued to the caption by markup only, and behind a copyright sign.
        ("Ein Hase auf dem FeldFoto: Jana Beck", "Ein Hase auf dem Feld", "Foto: Jana Beck"),
        ("Die Halle im Bau. © Bild: Werk", "Die Halle im Bau.", "© Bild: Werk"),
        # A credit line alone.
        ("Foto: Jana Beck/dpa", "", "Foto: Jana Beck/dpa"),
        ("Crédits photo : Getty", "", "Crédits photo : Getty"),
    ],
)
def test_credits_in_other_languages_split_like_english_ones(text, caption, credit):
    parts = structure.split_caption(text)
    assert parts is not None
    assert (parts.text, parts.credit) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        # A preposition after a picture word, before what the picture shows.
        "Une photo par temps de pluie",
        "Das Foto von der Demonstration in Berlin",
        "Fotos von Opfern und Berichten von Studenten",
        # A word that only ends in a picture word.
        "Das Vorbild: Dänemark",
        "Der Minister sagte, das Bild sei alt.",
    ],
)
def test_prose_in_other_languages_has_no_credit(text):
    assert structure.split_caption(text) is None


@pytest.mark.parametrize("label", ["Image: ", "Foto: ", "Bild: ", "Imagen: ", "Zdjęcie: "])
def test_a_label_before_a_caption_is_no_credit_in_any_language(label):
    caption = "Der Minister kommt am Montag in Berlin an und spricht mit den Reportern"
    assert structure.caption_parts(label + caption) == structure.CaptionParts(caption, None)


@pytest.mark.parametrize("label", ["Photos: ", "Videos: ", "Fotos: ", "Imágenes: "])
def test_a_plural_label_heads_no_caption(label):
    # "Photos: Europa, Icy Moon of Jupiter" heads a gallery's link: it captions nothing.
    assert structure.caption_parts(label + "Das Leben auf dem Land in der Zeit der Dürre") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ein Gastbeitrag von Hanna Ortlepp", ("Hanna Ortlepp",)),
        ("Blog Beitrag von Hanna Ortlepp und Timo Brack", ("Hanna Ortlepp", "Timo Brack")),
        ("Eine Kolumne von Timo Brack", ("Timo Brack",)),
        ("A guest post by Mira Castell", ("Mira Castell",)),
        ("Une tribune de Lucie Marchal", ("Lucie Marchal",)),
        ("Una columna de Inés Robledo", ("Inés Robledo",)),
        ("Un articolo di Sara Vitali", ("Sara Vitali",)),
        ("Ein Artikel von Hanna Ortlepp | 27.01.2022 - 12:45", ("Hanna Ortlepp",)),
        ("Ein Artikel von Hanna Ortlepp, veröffentlicht am 23.01.2020", ("Hanna Ortlepp",)),
        # A person's label before the names, without a colon.
        ("Autoren Hanna Ortlepp und Timo Brack", ("Hanna Ortlepp", "Timo Brack")),
        ("Author Mira Castell", ("Mira Castell",)),
        ("Auteur Lucie Marchal", ("Lucie Marchal",)),
        ("Analysis by Mira Castell, KTV Editor-at-large", ("Mira Castell",)),
        ("Kommentar von Timo Brack", ("Timo Brack",)),
        ("Un análisis de Inés Robledo", ("Inés Robledo",)),
    ],
)
def test_a_credit_naming_the_genre_or_a_label_gives_its_author(text, names):
    # "Blog post by", "Gastbeitrag von", "une tribune de", "Autoren": then the names.
    parts = structure.parse_byline(text)
    assert parts is not None and parts.kind == "author"
    assert parts.names == names


@pytest.mark.parametrize(
    "text",
    [
        "Eine Kolumne von hoher Qualität erscheint jeden Montag in der Zeitung.",
        "A guest post by the school's headmaster drew many comments last week.",
        # A name, then more of a sentence: it speaks of an article, it credits none.
        "Ein Artikel von Ortlepp in der Zeitung sieht das ganz anders.",
        "Autoren diskutieren heute Abend in der Stadtbibliothek über neue Bücher.",
        "Author Interviews: Mira Castell on her new novel",
        "Autorin des Jahres wird Hanna Ortlepp",
        "Analysis by the regulator shows that prices rose.",
        "Análisis de la situación económica",
    ],
)
def test_a_sentence_opening_with_a_genre_or_a_label_is_no_credit(text):
    assert structure.parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A name, then the writer's account.
        ("Mara Lindqvist @maralindqvist", "Mara Lindqvist"),
        ("Tomás Okafor @TomasOkafor / 3 hours", "Tomás Okafor"),
        ("Ines Duarte @inesreports", "Ines Duarte"),
        # A full name, then a role behind a comma.
        ("Dana Whitfield, AP Metro Writer", "Dana Whitfield"),
        ("Dana Whitfield, Senior Correspondent", "Dana Whitfield"),
    ],
)
def test_credits_without_an_opening_word(text, name):
    parts = structure.parse_byline(text)
    assert parts is not None and parts.names == (name,) and parts.kind == "author"


@pytest.mark.parametrize(
    "text",
    [
        "Follow us @dailyplanet",  # the site's account: no name
        "Mara Lindqvist @dailyplanet",  # an account that spells none of the name's words
        "Mara Lindqvist (@maralindqvist) March 3, 2020",  # an embedded post's signature
        "— Mara Lindqvist @maralindqvist",
        "Markets@example",
        "Mara Lindqvist @maralindqvist / read her column on Sundays and more",
        "Dana Whitfield, writer",  # a list's gloss in lower case
        "Lisbon, Senior Editor",  # one word: a place, not a full name
        "Dana Whitfield, Omar Lindgren Photography",
        "The committee heard Dana Whitfield, Senior Correspondent",
    ],
)
def test_lines_shaped_like_credits_without_an_opening_word_that_credit_nobody(text):
    assert structure.parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Par Jean Dupont Jean Dupont", "Jean Dupont"),
        ("Von Hans Meier Hans Meier", "Hans Meier"),
        ("Por Ana García Ana García", "Ana García"),
        # The writer's address after the name.
        ("Por Mariano Martín mmartin@ambito.example", "Mariano Martín"),
        ("Von Hans Meier hans.meier@zeitung.example", "Hans Meier"),
    ],
)
def test_a_name_written_twice_or_with_an_address_after_an_opener_is_one_credit(text, name):
    # Markup doubles the name (an author link and its label); the small words that open
    # a credit outside English ask that the name be all there is.
    parts = structure.parse_byline(text)
    assert parts is not None and parts.names == (name,) and parts.kind == "author"


def test_a_small_opener_before_more_than_the_name_written_twice_stays_no_credit():
    assert structure.parse_byline("Von Hans Meier Hans Meier wurde das Spiel entschieden") is None
    assert structure.parse_byline("Von Hans Meier schrieb hans.meier@zeitung.example") is None


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Verfasst von: mitundvoneinander | 31. Dezember 2008", "mitundvoneinander"),
        ("von eseppelt · 31. Oktober 2023", "eseppelt"),
        ("Von Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr", "Isabella.DiBiase"),
        ("Par marie_l le 3 mai 2019", "marie_l"),
    ],
)
def test_a_user_name_after_an_authors_opening_word_is_the_credit(text, handle):
    parts = structure.parse_byline(text)
    assert parts is not None and parts.names == (handle,) and parts.kind == "author"


@pytest.mark.parametrize(
    "text",
    [
        "Por último, se ofreció que la ANP tome en cuenta a los trabajadores",  # a sentence
        "By admin on May 3, 2019",  # the site's account names nobody
    ],
)
def test_a_lower_case_word_after_an_opener_is_no_user_name_in_a_sentence(text):
    assert structure.parse_byline(text) is None


def test_a_capitalised_word_after_an_opener_still_goes_the_names_way():
    parts = structure.parse_byline("By Reuters, May 3")
    assert parts is not None and parts.kind == "agency"

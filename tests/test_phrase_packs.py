"""The German, French and Spanish phrase packs, and how a page's language picks them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import PhrasePack, hookimpl
from newsparse.classify.boilerplate import fold
from newsparse.phrasebook import PhraseBook, primary_language

PARSER = newsparse.Parser(load_entrypoints=False)

#: Furniture of each language, with the reason it must be dropped for.
FURNITURE = {
    "de": [
        ("Jetzt im Abo: 12 Ausgaben für nur 29,90 € frei Haus.", "paywall"),
        ("Alle Rechte vorbehalten.", "footer"),
        ("Impressum", "footer"),
        ("Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.", "cookie"),
        ("Alle akzeptieren", "cookie"),
        ("Jetzt zum Newsletter anmelden und nichts verpassen", "newsletter"),
        ("Dieser Artikel ist nur für Abonnenten verfügbar.", "paywall"),
        ("Artikel teilen", "share"),
        ("Drucken", "share"),
        ("Anzeige", "advertisement"),
        ("Lesen Sie auch: Neue Brücke über den Fluss eröffnet", "related"),
        ("Mehr zum Thema", "related"),
        ("23 Kommentare", "comments"),
        ("Ihre E-Mail-Adresse wird nicht veröffentlicht.", "comments"),
        ("Zum Inhalt springen", "navigation"),
        ("Lesezeit: 3 Minuten", "date"),
        ("Dieser Beitrag enthält Affiliate-Links.", "advertisement"),
        ("*Werbung. Dieser Beitrag enthält Werbung für eine Bäckerei.", "advertisement"),
        ("Dieser Beitrag enthält unbezahlte Werbung.", "advertisement"),
        ("Dieser Beitrag stammt aus Ausgabe 4/2021 der Zeitschrift. Das Heft ist im Handel erhältlich.", "footer"),
        ("Inhaltsverzeichnis", "navigation"),
        ("Quellen ausblenden", "navigation"),
        ("Zum Weiterlesen", "related"),
        ("Weitere Informationen:", "related"),
        ("Empfohlene Beiträge", "related"),
        ("Schon gelesen?", "related"),
        ("Kontakt:", "footer"),
        ("(Alle Angaben ohne Gewähr)", "footer"),
        ("Externer Inhalt", "advertisement"),
        ("Wie bewerten Sie diesen Artikel?", "share"),
        ("(Noch keine Bewertungen)", "share"),
        ("Kommentare schreiben", "comments"),
        ("Sie sind aktuell nicht eingeloggt.", "newsletter"),
    ],
    "fr": [
        ("Abonnez-vous : 12 numéros pour 29,90 € seulement.", "paywall"),
        ("Tous droits réservés", "footer"),
        ("Mentions légales", "footer"),
        ("En poursuivant votre navigation, vous acceptez l'utilisation de cookies.", "cookie"),
        ("Inscrivez-vous à notre newsletter", "newsletter"),
        ("Cet article est réservé aux abonnés.", "paywall"),
        ("Partager sur Facebook", "share"),
        ("Imprimer", "share"),
        ("Publicité", "advertisement"),
        ("À lire aussi : la mairie ferme la piscine", "related"),
        ("Sur le même sujet", "related"),
        ("12 commentaires", "comments"),
        ("Votre adresse e-mail ne sera pas publiée.", "comments"),
        ("Aller au contenu", "navigation"),
        ("Temps de lecture : 4 min", "date"),
        ("Cet article contient des liens affiliés.", "advertisement"),
        ("Pour lire la suite", "paywall"),
        ("Pour accéder en illimité", "paywall"),
    ],
    "es": [
        ("Suscríbete: 12 números por 30 € al año.", "paywall"),
        ("Todos los derechos reservados.", "footer"),
        ("Aviso legal", "footer"),
        ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "cookie"),
        ("Suscríbete a nuestro boletín", "newsletter"),
        ("Contenido exclusivo para suscriptores", "paywall"),
        ("Compartir en Twitter", "share"),
        ("Imprimir", "share"),
        ("Publicidad", "advertisement"),
        ("Lee también: El Gobierno aprueba el presupuesto", "related"),
        ("Noticias relacionadas", "related"),
        ("5 comentarios", "comments"),
        ("Deja un comentario", "comments"),
        ("Saltar al contenido", "navigation"),
        ("8 minutos de lectura", "date"),
        ("Si compras a través de estos enlaces, podemos recibir una comisión.", "advertisement"),
        ("Notas relacionadas", "related"),
        ("Hazte miembro y disfruta de beneficios exclusivos", "paywall"),
    ],
    "pl": [
        ("Prenumerata: 12 numerów za 99 zł.", "paywall"),
        ("Wszelkie prawa zastrzeżone.", "footer"),
        ("Polityka prywatności", "footer"),
        ("Ta strona używa plików cookies, aby świadczyć usługi na najwyższym poziomie.", "cookie"),
        ("Zapisz się do naszego newslettera", "newsletter"),
        ("Zapraszamy też do subskrypcji tygodnika", "newsletter"),
        ("Artykuł dostępny tylko dla prenumeratorów", "paywall"),
        ("Udostępnij na Facebooku", "share"),
        ("Drukuj", "share"),
        ("Reklama", "advertisement"),
        ("Zobacz także", "related"),
        ("Czytaj też: Rząd przyjął budżet na przyszły rok", "related"),
        ("12 komentarzy", "comments"),
        ("Przejdź do treści", "navigation"),
    ],
    "pt": [
        ("Assine já: 12 edições por R$ 99,90.", "paywall"),
        ("Todos os direitos reservados.", "footer"),
        ("Política de Privacidade", "footer"),
        ("Utilizamos cookies para melhorar a sua experiência.", "cookie"),
        ("Assine nossa newsletter", "newsletter"),
        ("Compartilhe", "share"),
        ("Publicidade", "advertisement"),
        ("Tempo de leitura: 2 minutos", "date"),
        ("Leia também: prefeitura anuncia obras na ponte", "related"),
        ("Veja também", "related"),
        ("12 comentários", "comments"),
        ("O seu endereço de e-mail não será publicado.", "comments"),
        ("Pular para o conteúdo", "navigation"),
    ],
}

#: Short lines of news prose (no longer than furniture) that no phrase may take.
PROSE = {
    "de": [
        "Der Verlag druckte im vergangenen Jahr 12 Ausgaben mehr als geplant.",
        "Die Regierung will im kommenden Jahr mehr Geld für Schulen ausgeben.",
        "Der Bürgermeister sagte, man werde die Brücke im Frühjahr sanieren.",
        "Weitere Details nannte die Polizei am Abend nicht.",
        "Die Lesezeit der Kinder ist im Jahr 2023 um 10 Minuten gesunken.",
        "Die Kommentare des Ministers sorgten im Landtag für Unruhe.",
        "Weitere Informationen gab die Stadt am Montag nicht bekannt.",
        "Sie sind nicht eingeloggt, sagte der Techniker, und lachte.",
        "Der Inhalt des Berichts bleibt geheim.",
        "Der Beitrag enthält Werbung für Zigaretten, sagte das Gericht.",
    ],
    "fr": [
        "Le magazine a publié 12 numéros en 2020, selon son éditeur.",
        "Le gouvernement veut consacrer plus d'argent aux écoles l'an prochain.",
        "Le maire a annoncé que le pont serait rénové au printemps.",
        "La lecture de 20 minutes par jour est recommandée aux enfants.",
        "Les commentaires du ministre ont suscité la colère des syndicats.",
        "Pour lire la suite de ses mémoires, il faudra attendre l'automne.",
    ],
    "es": [
        "La revista publicó 12 números en 2020, según su editor.",
        "El Gobierno quiere destinar más dinero a las escuelas el próximo año.",
        "El alcalde anunció que el puente será reparado en primavera.",
        "La comisión del Congreso aprobó el informe por 20 votos.",
        "Los comentarios del ministro provocaron críticas en el Congreso.",
    ],
    "pt": [
        "A revista publicou 12 edições em 2020, segundo o editor.",
        "O governo quer gastar mais dinheiro com as escolas no próximo ano.",
        "O prefeito disse que a ponte será reformada na primavera.",
        "O tempo de leitura das crianças caiu 10 minutos em 2023.",
        "Os comentários do ministro provocaram críticas no Congresso.",
    ],
    "pl": [
        "Magazyn wydał w 2020 roku 12 numerów, podał wydawca.",
        "Rząd chce w przyszłym roku przeznaczyć więcej pieniędzy na szkoły.",
        "Komentarze ministra wywołały burzę w Sejmie.",
        "Zobacz także, jak zmieniło się miasto przez ostatnie dziesięć lat.",
    ],
}


def reason(text: str, language: str | None) -> str | None:
    return PARSER.phrasebook.rules_for(language).reason(fold(text))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [(lang, text, why) for lang, rows in FURNITURE.items() for text, why in rows],
)
def test_each_pack_drops_the_furniture_of_its_language(language, text, expected):
    assert reason(text, language) == expected
    # A page of unknown language gets every pack.
    assert reason(text, None) == expected


@pytest.mark.parametrize(
    ("language", "text"), [(lang, text) for lang, lines in PROSE.items() for text in lines]
)
def test_no_pack_takes_a_line_of_prose(language, text):
    assert reason(text, language) is None
    assert reason(text, None) is None


def test_a_declared_language_gets_its_own_pack_only():
    assert reason("Tous droits réservés", "de") is None
    assert reason("Alle Rechte vorbehalten", "fr") is None
    # A region or a script in the tag does not matter.
    assert reason("Alle Rechte vorbehalten", "de-AT") == "footer"
    assert reason("Alle Rechte vorbehalten", "DE_ch") == "footer"
    # A language without a pack gets the phrases that apply to every page.
    assert reason("Alle Rechte vorbehalten", "nl") is None
    assert reason("All rights reserved", "nl") == "footer"


def test_the_built_in_packs_declare_their_languages():
    assert set(PARSER.phrasebook.languages) >= {"de", "fr", "es", "pl", "pt"}
    # The English list applies to every page, whatever its language.
    assert reason("Share this article", "de") == "share"


GERMAN_PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Brücke eröffnet | Tageblatt</title></head>
<body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article>
<h1>Neue Brücke über die Elbe eröffnet</h1>
<p>Nach drei Jahren Bauzeit ist die neue Brücke über die Elbe am Samstag für den Verkehr
freigegeben worden. Der Bürgermeister sprach von einem großen Tag für die ganze Region.</p>
<p>Lesen Sie auch: Stadtrat streitet über die Kosten der Sanierung</p>
<p>Die Kosten lagen mit 48 Millionen Euro deutlich über der ersten Schätzung, weil der
Baugrund schwieriger war als erwartet und die Stahlpreise im vergangenen Jahr stiegen.</p>
<p>Anzeige</p>
<p>Pendler sparen nach Angaben der Stadt künftig bis zu zwanzig Minuten am Tag, weil der
Umweg über die alte Fähre entfällt und die Busse eine eigene Spur bekommen haben.</p>
<p>Artikel teilen</p>
</article>
<footer><p>Impressum</p><p>© 2024 Tageblatt. Alle Rechte vorbehalten.</p></footer>
</body></html>
"""


def test_a_german_page_keeps_its_story_and_drops_the_furniture():
    article = PARSER.parse(GERMAN_PAGE, format="html")
    body = article.text
    assert "Nach drei Jahren Bauzeit" in body
    assert "Pendler sparen" in body
    for furniture in ("Lesen Sie auch", "Anzeige", "Artikel teilen", "Impressum", "Alle Rechte"):
        assert furniture not in body
    reasons = {b.text: b.reason for b in article.boilerplate}
    assert reasons["Lesen Sie auch: Stadtrat streitet über die Kosten der Sanierung"] == "related"


class ItalianPack:
    """A third-party language pack."""

    @hookimpl
    def newsparse_boilerplate_patterns(self):
        return PhrasePack("it-IT", [(r"^leggi anche\b", "related")])


class AppPromotion:
    """A third-party pack of plain pairs: applies to every page."""

    @hookimpl
    def newsparse_boilerplate_patterns(self):
        return [(r"^scarica la nostra app$", "promotion")]


def test_plugins_add_language_packs_and_plain_phrases():
    parser = newsparse.Parser(load_entrypoints=False, extra_plugins=[ItalianPack(), AppPromotion()])
    book = parser.phrasebook
    assert "it" in book.languages
    assert book.rules_for("it").reason("leggi anche: il sindaco") == "related"
    assert book.rules_for(None).reason("leggi anche: il sindaco") == "related"
    assert book.rules_for("de").reason("leggi anche: il sindaco") is None
    for language in ("it", "de", None):
        assert book.rules_for(language).reason("scarica la nostra app") == "promotion"


def test_rules_are_compiled_once_per_language():
    book = PARSER.phrasebook
    assert book.rules_for("de") is book.rules_for("de-DE")
    assert book.rules_for("nl") is book.rules_for("sv")
    assert book.rules_for(None) is PARSER.rules


def test_a_pack_reads_as_its_pairs():
    pack = PhrasePack("FR", [("^a$", "x")])
    assert pack.language == "fr"
    assert list(pack) == [("^a$", "x")]
    book = PhraseBook.from_hook_results([pack, [("^b$", "y")], None])
    assert book.common == (("^b$", "y"),)
    assert book.phrases_for(None) == (("^b$", "y"), ("^a$", "x"))


@given(st.text(max_size=40))
def test_primary_language_is_a_lowercase_subtag_or_none(tag):
    primary = primary_language(tag)
    assert primary is None or (primary == primary.lower() and "-" not in primary and "_" not in primary)


GERMAN_TEXT = (
    "Startseite\n\nPolitik\n\nNeue Brücke über die Elbe eröffnet\n\n"
    "Nach drei Jahren Bauzeit ist die neue Brücke über die Elbe am Samstag für den Verkehr "
    "freigegeben worden. Der Bürgermeister sprach von einem großen Tag für die ganze Region, "
    "die seit Jahren auf die Verbindung gewartet hatte.\n\n"
    "Lesen Sie auch: Stadtrat streitet über die Kosten der Sanierung\n\n"
    "Die Kosten lagen mit 48 Millionen Euro deutlich über der ersten Schätzung, weil der "
    "Baugrund schwieriger war als erwartet und die Stahlpreise im vergangenen Jahr stiegen.\n\n"
    "Pendler sparen nach Angaben der Stadt künftig bis zu zwanzig Minuten am Tag, weil der "
    "Umweg über die alte Fähre entfällt und die Busse eine eigene Spur bekommen haben.\n\n"
    "Artikel teilen\n\nImpressum\n\nAlle Rechte vorbehalten.\n"
)

ENGLISH_TEXT = (
    "The new bridge over the river opened to traffic on Saturday after three years of work. "
    "The mayor called it a great day for the whole region, which had waited for years for the "
    "crossing. The costs were well above the first estimate because the ground was harder to "
    "build on than expected and the price of steel rose last year. Commuters will save up to "
    "twenty minutes a day, the city said, because the detour over the old ferry is no longer "
    "needed and the buses have a lane of their own.\n"
)


def test_an_undeclared_page_is_recognised_by_its_function_words():
    book = PARSER.phrasebook
    assert book.guess_language(GERMAN_TEXT) == "de"
    # English has no pack: a text with next to no function words of any pack gets only the
    # phrases for every page.
    assert book.guess_language(ENGLISH_TEXT) == ""
    # Too few words to tell.
    assert book.guess_language("Impressum\n\nKontakt") is None


PORTUGUESE_TEXT = (
    "A nova ponte sobre o rio foi aberta ao trânsito no sábado, após três anos de obras. O "
    "prefeito disse que é um grande dia para toda a região, que esperava a ligação há muitos "
    "anos. Os custos ficaram bem acima da primeira estimativa, porque o terreno era mais "
    "difícil do que se pensava e o preço do aço subiu. Quem vai ao trabalho todos os dias já "
    "não precisa dar a volta pela balsa, e os ônibus também ganharam uma faixa própria.\n"
)
SPANISH_TEXT = (
    "El nuevo puente sobre el río se abrió al tráfico el sábado, tras tres años de obras. El "
    "alcalde dijo que es un gran día para toda la región, que esperaba la conexión desde hace "
    "muchos años. Los costes quedaron muy por encima de la primera estimación, porque el "
    "terreno era más difícil de lo que se pensaba y el precio del acero subió. Quien va al "
    "trabajo cada día ya no tiene que dar la vuelta por el transbordador, y los autobuses "
    "también tienen un carril propio.\n"
)


def test_portuguese_and_spanish_pages_are_told_apart():
    book = PARSER.phrasebook
    assert book.guess_language(PORTUGUESE_TEXT) == "pt"
    assert book.guess_language(SPANISH_TEXT) == "es"


def test_german_crawler_text_loses_its_furniture():
    article = PARSER.parse(GERMAN_TEXT, format="text")
    assert "Nach drei Jahren Bauzeit" in article.text
    assert "Pendler sparen" in article.text
    reasons = {b.text: b.reason for b in article.boilerplate}
    assert reasons["Lesen Sie auch: Stadtrat streitet über die Kosten der Sanierung"] == "related"
    assert reasons["Alle Rechte vorbehalten."] == "footer"


def test_a_pack_without_words_is_never_guessed():
    book = PhraseBook.from_hook_results([PhrasePack("it", [("^leggi anche$", "related")])])
    assert book.words == {}
    assert book.guess_language(GERMAN_TEXT) is None


def test_a_sign_up_prompt_in_the_gerund_is_a_newsletter_prompt_and_prose_is_not():
    assert reason("Never miss the latest news by signing up to our newsletter today!", "en") == "newsletter"
    assert reason("Signing up for the army was his dream.", "en") is None

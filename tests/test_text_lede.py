"""Crawler text: a lede that looks like a headline opens the body when the headline already
stands above it."""

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)
TITLE = "Stauseen auf dem tiefsten Stand seit zehn Jahren"
# A lede without a closing full stop: as long as a headline, and shaped like one.
LEDE = (
    "Was seit Wochen befürchtet wurde, ist nun von der Wasserbehörde der Region amtlich und "
    "schriftlich bestätigt worden"
)
PROSE = [
    "Die Wasserbehörde der Region teilte am Donnerstag mit, dass die Pegel der Stauseen nach dem "
    "trockensten Sommer seit Beginn der Aufzeichnungen auf den tiefsten Stand seit zehn Jahren gefallen sind.",
    "Die Behörden riefen die Haushalte auf, ihren Verbrauch um ein Fünftel zu senken, und warnten, dass "
    "ein Verbot von Gartenschläuchen folgen könnte, wenn das Wetter trocken bleibt.",
    "Landwirte im Tal sagten, sie hätten bereits einen Teil ihrer Ernte verloren, und baten um Hilfe bei "
    "den Kosten für die Anlieferung von Wasser mit Lastwagen.",
    "Ein Sprecher der Behörde sagte, man beobachte die Lage genau, doch ohne kräftigen Regen im Herbst "
    "werde sich an den niedrigen Pegeln wenig ändern, und er bat um Geduld.",
    "Die Feuerwehr warnte zudem vor Waldbränden, weil der Boden in den Wäldern rund um den See so "
    "trocken sei wie seit vielen Jahren nicht mehr, und sperrte mehrere Grillplätze.",
    "Die Stadtwerke kündigten an, die Lage jeden Tag neu zu bewerten und die Bevölkerung über ihre "
    "Internetseite auf dem Laufenden zu halten.",
]


def crawler_text(head: list[str]) -> str:
    """A page as crawler text: its title line, a menu, ``head``, the lede and the story."""
    lines = [f"{TITLE} | Talbote", "Startseite", "Region", "Sport", "Kultur", *head, LEDE, *PROSE,
             "Impressum", "Datenschutz"]
    return "\n\n".join(lines)


def test_a_lede_under_the_repeated_headline_opens_the_body():
    article = PARSER.parse(crawler_text([TITLE, "12.08.2022"]), format="text")
    assert [p.text for p in article.body] == [LEDE, *PROSE]
    assert article.title == TITLE


def test_without_a_headline_above_the_headline_like_first_line_heads_the_page():
    article = PARSER.parse(crawler_text([]), format="text")
    assert [p.text for p in article.body] == PROSE
    assert article.title == LEDE

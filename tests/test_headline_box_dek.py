"""The standfirst set in the headline's own box, above the article's container: the main
container leaves the box out, yet the sentence under the headline is the dek."""

import pytest

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)
PROSE = [
    "The regional water authority said on Thursday that reservoir levels had fallen to their lowest point in a decade after the driest summer on record.",
    "Officials urged households to cut their use by a fifth, and warned that a ban on garden hoses could follow within weeks if the weather stays dry.",
    "Farmers in the valley said they had already lost part of their harvest, and asked for help with the cost of bringing in water by truck.",
    "The authority will meet again next month to decide whether the restrictions should be extended into the winter.",
]
TITLE = "Reservoirs at their lowest in a decade"
STANDFIRST = "Households are asked to cut their use by a fifth as the valley waits for rain"


def hero_page(under_headline: str, *, title: str = TITLE, prose: list[str] = PROSE) -> str:
    """A page whose headline stands in a header box above the story's container."""
    return (
        f"<html><head><title>{title} - The Valley Courier</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        '<header class="page-hero"><div class="hero__content"><span class="kicker">Drought</span>'
        f"<h1>{title}</h1>{under_headline}</div></header>"
        '<main><article class="story">' + "".join(f"<p>{p}</p>" for p in prose) + "</article></main>"
        "<footer><p>© The Valley Courier</p></footer></body></html>"
    )


@pytest.mark.parametrize("element", ["h2", "p", "h3"])
def test_the_sentence_under_the_headline_in_its_box_is_the_dek(element):
    article = PARSER.parse(hero_page(f"<{element}>{STANDFIRST}</{element}>"), format="html")
    assert article.dek == STANDFIRST
    assert article.dek_source == "visible"
    assert [p.text for p in article.body] == PROSE


def test_the_dek_beside_the_headline_holds_in_any_language():
    title = "Talsperren so leer wie seit zehn Jahren nicht"
    standfirst = "Haushalte sollen ein Fünftel weniger Wasser verbrauchen, bis endlich Regen fällt"
    prose = [
        "Der Wasserverband teilte am Donnerstag mit, dass die Talsperren nach dem trockensten Sommer seit Beginn der Messungen kaum noch Wasser führen.",
        "Die Behörden riefen die Haushalte auf, ihren Verbrauch um ein Fünftel zu senken, und drohten mit einem Verbot für Gartenschläuche.",
        "Landwirte im Tal berichteten, sie hätten bereits einen Teil ihrer Ernte verloren, und baten um Hilfe beim Transport von Wasser.",
    ]
    article = PARSER.parse(hero_page(f"<h2>{standfirst}</h2>", title=title, prose=prose), format="html")
    assert article.dek == standfirst


def test_a_box_without_a_subheading_or_paragraph_element_gives_no_dek():
    # A bare <div> under the headline holds notices and credit rows as often as a dek.
    notice = "This article is more than five years old and some details may have changed"
    article = PARSER.parse(hero_page(f"<div>{notice}</div>"), format="html")
    assert article.dek != notice


def test_a_row_of_links_under_the_headline_is_no_dek():
    row = ('<p><a href="/t/water">Water supply</a> <a href="/t/drought">Drought and climate</a> '
           '<a href="/t/farming">Farming in the valley</a> <a href="/t/rain">Rain forecast</a></p>')
    article = PARSER.parse(hero_page(row), format="html")
    assert article.dek is None or "Water supply" not in article.dek


def test_a_date_or_credit_line_under_the_headline_is_no_dek():
    for line in ("By Jo Marsh and Sam Reed for the Valley Courier newsroom", "Published 14 June 2023, 09:12"):
        article = PARSER.parse(hero_page(f"<p>{line}</p>"), format="html")
        assert article.dek != line, line


def test_a_summary_box_repeating_the_first_paragraph_yields_to_the_named_deck():
    # The box named "summary" only repeats the story's opening; the deck names itself.
    head = f'<div class="summary">{PROSE[0]}</div><h2 class="deck">{STANDFIRST}</h2>'
    article = PARSER.parse(hero_page(head), format="html")
    assert article.dek == STANDFIRST
    assert article.body[0].text == PROSE[0]


def test_the_dek_beside_the_box_that_wraps_the_headline():
    # <div class="title-wrap"><h1>…</h1></div><h2>…</h2>: the dek is the wrapper's sibling.
    html = hero_page(f"<h2>{STANDFIRST}</h2>").replace(
        f"<h1>{TITLE}</h1>", f'<div class="title-wrap"><h1>{TITLE}</h1></div>'
    )
    assert PARSER.parse(html, format="html").dek == STANDFIRST


def overlay_page() -> str:
    """A notice box with an <h1> of its own above the page, and the story's headline set
    in a teaser figure over its photo."""
    return (
        f"<html><head><title>{TITLE} | The Valley Courier</title></head><body>"
        '<div id="notice-overlay"><div class="wrapper"><h1>Dear readers, dear friends of the valley,</h1>'
        "<p>You are using an old browser that our pages no longer support; to see all of our "
        "stories as they are meant to look, please switch to a current one.</p></div></div>"
        '<main><section class="news"><figure class="teaser"><img src="/r.jpg" alt="">'
        f"<h1>{TITLE}</h1></figure>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</section></main></body></html>"
    )


def test_a_headline_set_in_a_figure_is_the_title_when_it_is_the_pages():
    article = PARSER.parse(overlay_page(), format="html")
    assert article.title == TITLE
    # The notice's paragraph under the first <h1> is not the standfirst, and the headline
    # is no caption.
    assert article.dek is None
    assert all(TITLE not in caption.text for caption in article.captions)
    assert [p.text for p in article.body] == PROSE


def test_a_heading_in_a_figure_that_is_not_the_pages_title_stays_a_caption():
    page = overlay_page().replace(f"<h1>{TITLE}</h1></figure>", "<h1>The dry bed of the upper reservoir</h1></figure>")
    article = PARSER.parse(page, format="html")
    assert article.title != "The dry bed of the upper reservoir"

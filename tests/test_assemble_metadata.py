"""Assembly fills what the visible text leaves out from the page's metadata."""

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.assemble import assemble
from newsparse.classify.facts import headline_agrees, is_comment_header, kicker_end
from newsparse.document import Decision, Document, InputBlock, Metadata
from newsparse.model import Span


def document(texts, metadata):
    blocks, source, offset = [], [], 0
    for text in texts:
        blocks.append(InputBlock(text=text, span=Span(offset, offset + len(text)), tag="p"))
        source.append(text)
        offset += len(text) + 1
    return Document(source="\n".join(source), blocks=tuple(blocks), format="html", metadata=metadata)


def test_byline_box_without_by_takes_the_names_metadata_lists():
    doc = document(["Sarah E. Needleman and JOHN ROE The Wall Street Journal", "Body text."],
                   Metadata(authors=("John Roe", "Sarah E. Needleman", "Someone Else")))
    article = assemble(doc, [Decision(label="byline"), Decision(label="body")])
    assert article.bylines[0].names == ("Sarah E. Needleman", "JOHN ROE")


def test_by_line_keeps_its_own_names():
    doc = document(["By Jane Doe", "Body text."], Metadata(authors=("Someone Else",)))
    article = assemble(doc, [Decision(label="byline"), Decision(label="body")])
    assert article.bylines[0].names == ("Jane Doe",)


def test_title_falls_back_to_metadata_without_a_span():
    doc = document(["Body text."], Metadata(title="The Headline"))
    article = assemble(doc, [Decision(label="body")])
    assert (article.title, article.title_span) == ("The Headline", None)
    visible = assemble(document(["The visible headline", "Body."], Metadata(title="The headline")),
                       [Decision(label="title"), Decision(label="body")])
    assert visible.title == "The visible headline"


def test_furniture_in_the_headline_place_yields_to_the_page_title():
    meta = Metadata(title="Airport workers go on strike", site_name="The Ledger",
                    description="Hundreds of airport workers walked out on Tuesday.")
    for furniture in ("Login Sign up", "The Ledger"):
        doc = document([furniture, "The airport workers want higher pay.", "More body text."], meta)
        article = assemble(doc, [Decision(label="title"), Decision(label="body"), Decision(label="body")])
        assert (article.title, article.title_span) == ("Airport workers go on strike", None)
        assert [(b.text, b.reason) for b in article.boilerplate] == [(furniture, "extra-title")]


def test_print_headline_worded_apart_from_the_page_title_stays():
    meta = Metadata(title="SpaceX delays its launch again", description="A rough few months.")
    doc = document(["What's the hold-up at SpaceX?", "What is the hold-up? SpaceX has delayed its rocket."], meta)
    article = assemble(doc, [Decision(label="title"), Decision(label="body")])
    assert article.title == "What's the hold-up at SpaceX?"
    assert article.title_span is not None


def test_a_placeholder_or_site_name_page_title_judges_no_headline():
    for page_title in ("T", "The Ledger"):
        meta = Metadata(title=page_title, site_name="The Ledger")
        doc = document(["Council approves bike lanes", "Body text."], meta)
        article = assemble(doc, [Decision(label="title"), Decision(label="body")])
        assert article.title == "Council approves bike lanes"


def test_the_site_name_shared_by_furniture_and_page_title_is_no_agreement():
    assert not headline_agrees("Sign up for Gazetteer", "Sam Poe on Gazetteer", site_name="Gazetteer",
                               context="the bridge opens on Monday")
    assert headline_agrees("Sam Poe on Gazetteer", "Sam Poe on Gazetteer", site_name="Gazetteer")


def test_a_kicker_run_on_before_the_page_title_is_set_aside():
    meta = Metadata(title="Harbour cranes stand idle for a third day")
    for kicker in ("Strike at the port", "|"):
        headline = f"{kicker} Harbour cranes stand idle for a third day"
        doc = document([headline, "Dock workers stayed away again on Friday."], meta)
        article = assemble(doc, [Decision(label="title"), Decision(label="body")])
        assert article.title == "Harbour cranes stand idle for a third day"
        assert doc.source[article.title_span.start : article.title_span.end] == article.title
        assert [(b.text, b.reason) for b in article.boilerplate] == [(kicker, "extra-title")]
        assert doc.source[article.boilerplate[0].span.start : article.boilerplate[0].span.end] == kicker


@pytest.mark.parametrize(
    ("page_title", "headline", "kicker", "title"),
    [
        # The page's title holds the kicker as a part of its own, after or before the headline.
        ("Cranes stand idle - Strike at the port", "Strike at the port Cranes stand idle",
         "Strike at the port", "Cranes stand idle"),
        ("Port strike: Cranes stand idle", "Strike at the port Cranes stand idle",
         "Strike at the port", "Cranes stand idle"),
        # Glued to the headline's capital by the markup.
        ("Strike at the port – Cranes stand idle", "Strike at the portCranes stand idle",
         "Strike at the port", "Cranes stand idle"),
    ],
)
def test_a_kicker_that_is_a_part_of_the_page_title_is_set_aside(page_title, headline, kicker, title):
    doc = document([headline, "Dock workers stayed away again on Friday."], Metadata(title=page_title))
    article = assemble(doc, [Decision(label="title"), Decision(label="body")])
    assert (article.title, [(b.text, b.reason) for b in article.boilerplate]) == (title, [(kicker, "extra-title")])


@pytest.mark.parametrize(
    "headline",
    [
        # Joined with a colon or a dash: the headline's own words, which the page's title shortened.
        '"Pure joy": Harbour cranes stand idle for a third day',
        "Port strike – Harbour cranes stand idle for a third day",
        # More than a kicker's few words: another headline that merely ends alike.
        "For a third day running the union said the Harbour cranes stand idle for a third day",
        # The title's first word is the end of a longer one.
        "Overharbour cranes stand idle for a third day",
    ],
)
def test_a_headline_that_only_ends_like_the_page_title_is_kept_whole(headline):
    meta = Metadata(title="harbour cranes stand idle for a third day" if "Overharbour" in headline
                    else "Harbour cranes stand idle for a third day")
    doc = document([headline, "Dock workers stayed away again on Friday."], meta)
    article = assemble(doc, [Decision(label="title"), Decision(label="body")])
    assert article.title == headline
    assert not article.boilerplate


@given(st.text(max_size=60), st.text(max_size=60))
def test_kicker_end_points_at_the_page_title(headline, page_title):
    cut = kicker_end(headline, page_title)
    if cut is not None:
        assert 0 < cut < len(headline)
        assert headline[cut:].split() == page_title.split()


@pytest.mark.parametrize(
    "header",
    ["Bob says:", "Gitta Peyn sagt:", "Marie a écrit :", "Ana dijo:",
     "Kommentar von Margit Heumann — 2019-01-01 @ 00:39 | Antworten", "Comment by Lee Park"],
)
def test_a_commenter_s_header_is_no_author_byline(header):
    doc = document(["By Jane Doe", "Body text of the article.", header, "What a read."],
                   Metadata())
    labels = ["byline", "body", "byline", "boilerplate"]
    article = assemble(doc, [Decision(label=label) for label in labels])
    assert [b.text for b in article.bylines] == ["By Jane Doe"]
    assert article.authors == ("Jane Doe",)
    assert (header, "comments") in [(b.text, b.reason) for b in article.boilerplate]


@pytest.mark.parametrize("line", ["By Jane Doe", "Von Hans Meier", "Commentary by Jane Doe", "Says who: Jane Doe"])
def test_a_byline_is_no_comment_header(line):
    assert not is_comment_header(line)


@pytest.mark.parametrize(
    ("box", "names"),
    [
        ("Pete Evans · CBC News · Posted: Oct 14, 2022", ("Pete Evans", "CBC News")),
        ("Jane Doe | June 5", ("Jane Doe",)),
    ],
)
def test_a_byline_box_is_mostly_names(box, names):
    from newsparse.classify.facts import read_byline

    found = read_byline(box, [])
    assert found is not None and set(found[0]) <= set(names) and found[0][0] == names[0]


@pytest.mark.parametrize(
    "line",
    ["Island – ein Volk befreit sich von den Bankstern und macht seinen Weg",
     "Hecho en Bolivia con Drupal por Smartica"],
)
def test_a_name_or_two_of_a_longer_line_make_no_byline_box(line):
    from newsparse.classify.facts import read_byline

    assert read_byline(line, []) is None


@pytest.mark.parametrize(
    ("box", "first"),
    [
        ("Sam Stein Senior Politics Editor, The Huffington Post", "Sam Stein"),
        ("Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader", "Lisa Kaczke"),
    ],
)
def test_a_name_with_its_title_or_a_partner_is_a_byline_box(box, first):
    from newsparse.classify.facts import read_byline

    found = read_byline(box, [])
    assert found is not None and found[0][0] == first


_STORY = (
    "<p>Dock workers stayed away from the harbour again on Friday, and the cranes stood still"
    " along the whole quay while the union and the port authority met in the town hall.</p>"
    "<p>Talks are to resume on Monday morning, a spokeswoman for the port authority said.</p>"
)


@pytest.mark.parametrize(
    ("kicker", "separator"),
    [
        ('<span class="article-heading__kicker">Port strike</span>', '<span class="visually-hidden">: </span>'),
        ('<span class="headline--topline">Hafenstreik </span>', '<span class="colon">: </span>'),
        ('<span class="dachzeile">Hafenstreik</span>', " – "),
    ],
)
def test_a_kicker_the_markup_names_is_set_aside_with_its_separator(kicker, separator):
    page = (
        "<html><head><title>Port strike: Harbour cranes stand idle for a third day</title></head><body>"
        f"<article><h1>{kicker}{separator}<span>Harbour cranes stand idle for a third day</span></h1>"
        f"{_STORY}</article></body></html>"
    )
    article = newsparse.parse(page, format="html")
    assert article.title == "Harbour cranes stand idle for a third day"
    assert article.title_span.slice(article.source) == article.title
    assert any(b.reason == "extra-title" and b.text.startswith(("Port strike", "Hafenstreik"))
               for b in article.boilerplate)
    assert article.body[0].text.startswith("Dock workers stayed away")


def test_a_kicker_class_on_a_headline_of_one_word_keeps_the_headline():
    page = (
        "<html><body><article><h1><span class=\"kicker\">Port strike</span> Idle</h1>"
        f"{_STORY}</article></body></html>"
    )
    assert newsparse.parse(page, format="html").title == "Port strike Idle"


def _with_heading(heading, body="Dock workers stayed away again on Friday."):
    blocks = (InputBlock(text=heading, span=Span(0, len(heading)), tag="h1"),
              InputBlock(text=body, span=Span(len(heading) + 1, len(heading) + 1 + len(body)), tag="p"))
    return blocks, f"{heading}\n{body}"


@pytest.mark.parametrize(
    ("page_title", "heading", "title"),
    [
        # The page's title is the <h1> with the site's name behind a separator.
        ("Harbour cranes stand idle for a third day | The Ledger",
         "Harbour cranes stand idle for a third day", "Harbour cranes stand idle for a third day"),
        ("港のクレーンが三日連続で停止：港湾新聞社", "港のクレーンが三日連続で停止", "港のクレーンが三日連続で停止"),
        # A short heading the title merely opens with is a label; run-on words are the title's.
        ("News: Harbour cranes stand idle for a third day", "News", "News: Harbour cranes stand idle for a third day"),
        ("Harbour cranes stand idle for a third day running", "Harbour cranes stand idle for a third",
         "Harbour cranes stand idle for a third day running"),
    ],
)
def test_without_a_headline_the_page_title_is_cut_to_the_heading_it_opens_with(page_title, heading, title):
    blocks, source = _with_heading(heading)
    doc = Document(source=source, blocks=blocks, format="html", metadata=Metadata(title=page_title))
    article = assemble(doc, [Decision(label="boilerplate", reason="navigation"), Decision(label="body")])
    assert (article.title, article.title_span) == (title, None)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Harbour cranes stand idle | The Ledger", "Harbour cranes stand idle"),
        ("Harbour cranes stand idle - ledger", "Harbour cranes stand idle"),
        ("港のクレーンが停止 で ある：The Ledger", "港のクレーンが停止 で ある"),
        # Another name after the separator is the headline's own.
        ("Harbour cranes stand idle | Dock workers strike", "Harbour cranes stand idle | Dock workers strike"),
        # Too little would be left.
        ("Ledger | The Ledger", "Ledger | The Ledger"),
    ],
)
def test_the_site_name_printed_after_a_headline_is_set_aside(headline, title):
    doc = document([headline, "Dock workers stayed away again on Friday."], Metadata(site_name="The Ledger"))
    doc = attrs.evolve(doc, url="https://www.ledger.example/story")
    article = assemble(doc, [Decision(label="title"), Decision(label="body")])
    assert article.title == title
    assert doc.source[article.title_span.start : article.title_span.end] == title

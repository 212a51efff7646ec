"""Links, inline marks, tables and images of HTML pages, and the Markdown and HTML output."""

from __future__ import annotations

import html.parser
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import newsparse
from newsparse import Image, Link, Mark, TableRow
from newsparse.loaders import load
from newsparse.loaders.walk import image_source, marks_in_text
from newsparse.render import to_html, to_markdown
from newsparse.testing.strategies import html_pages, synthetic_articles

FIXTURE = Path(__file__).parent / "fixtures" / "html" / "rich_article.html"
URL = "https://www.example-news.test/local/2024/bridge.html"
SENTENCE = ("The council said on Monday that the plan would be delayed until the end of the year, and "
            "that the budget had nearly doubled since it was approved.")


@pytest.fixture(scope="module")
def article() -> newsparse.Article:
    return newsparse.parse(FIXTURE.read_text(encoding="utf-8"), format="html", url=URL)


def page(body: str) -> str:
    return f"<html><body><article><h1>Council approves the new bridge budget</h1>{body}</article></body></html>"


def anchors(text: str, spans) -> list[str]:
    return [text[s.span.start:s.span.end] for s in spans]


# -- Links ----------------------------------------------------------------------------------------

def test_links_have_their_anchor_span_and_an_absolute_href(article):
    first = article.body[0]
    assert anchors(first.text, first.links) == ["Monday"]
    # Absolute links stay as they are (entities decoded).
    assert first.links[0].href == "https://council.example.org/minutes?id=12&part=3"
    last_with_link = article.body[3]
    assert anchors(last_with_link.text, last_with_link.links) == ["engineering report"]
    # Relative to <base href>, not to the page's own URL.
    assert last_with_link.links[0].href == "https://www.example-news.test/reports/review.pdf"


def test_javascript_and_empty_links_are_dropped(article):
    assert "share and nothing more" in article.body[1].text
    assert article.body[1].links == ()


def test_links_of_the_dek_and_the_captions(article):
    assert anchors(article.dek, article.dek_links) == ["argument"]
    assert article.dek_links[0].href == "https://www.example-news.test/topics/bridge"
    caption = article.captions[0]
    assert anchors(caption.text, caption.links) == ["Monday"]
    assert caption.links[0].href == "https://www.example-news.test/calendar/monday"


def test_without_a_url_relative_links_stay_as_written():
    article = newsparse.parse(page(f'<p>{SENTENCE} See <a href="/more">more</a>.</p>'), format="html")
    assert article.body[0].links == (Link(article.body[0].links[0].span, "/more"),)


def test_links_across_whitespace_and_nested_markup_are_trimmed():
    article = newsparse.parse(page(f'<p>{SENTENCE} Read   <a href="https://a.test/x">\n  the <b>full</b>\n'
                                   f'   report </a> here.</p>'), format="html")
    paragraph = article.body[0]
    assert anchors(paragraph.text, paragraph.links) == ["the full report"]
    assert anchors(paragraph.text, paragraph.marks) == ["full"]


def test_a_link_cut_by_a_line_break_is_a_link_in_both_blocks():
    document = load(page('<p>Before the cut <a href="https://a.test/">first half<br>second</a> half.</p>'),
                    format="html")
    texts = [block.text for block in document.blocks]
    assert texts[1:] == ["Before the cut first half", "second half."]
    marks = [marks_in_text(document.markup.marks[i], texts[i]) for i in (1, 2)]
    assert marks == [((15, 25, "link", "https://a.test/"),), ((0, 6, "link", "https://a.test/"),)]


def test_marks_with_the_same_span_sort_without_comparing_hrefs():
    # An <a> without href inside one with: both span the same text.
    entry = (("Some ", "words", " here"), ((1, 2, "link", "https://a.test/"), (1, 2, "link", None)))
    assert marks_in_text(entry, "Some words here") == ((5, 10, "link", "https://a.test/"), (5, 10, "link", None))


def test_plain_text_has_no_links():
    article = newsparse.parse(f"Title of the story here\n\n{SENTENCE}\n\nSee https://a.test/x for more.\n",
                              format="text")
    assert article.body and all(p.links == () and p.marks == () for p in article.body)
    assert article.images == () and article.dek_links == ()


def test_links_after_a_dateline_are_shifted():
    article = newsparse.parse(page(f'<p>LONDON (Reuters) — The <a href="https://a.test/c">council</a> said '
                                   f'on Monday that the plan would be delayed until the end of the year.</p>'
                                   f'<p>{SENTENCE}</p>'), format="html")
    assert article.dateline is not None
    first = article.body[0]
    assert anchors(first.text, first.links) == ["council"]


def test_invisible_characters_do_not_shift_links():
    article = newsparse.parse(page(f'<p>{SENTENCE} The Netan\u00adyahu <a href="https://a.test/">visit</a> '
                                   f'ended.</p>'), format="html")
    paragraph = article.body[0]
    assert "\u00ad" not in paragraph.text
    assert anchors(paragraph.text, paragraph.links) == ["visit"]


# -- Inline marks ---------------------------------------------------------------------------------

def test_emphasis_strong_and_code_are_marked(article):
    first, second = article.body[0], article.body[1]
    assert [(first.text[m.span.start:m.span.end], m.kind) for m in first.marks] == [
        ("delayed", "emphasis"), ("budget had nearly doubled", "strong")]
    assert second.marks == (Mark(second.marks[0].span, "code"),)
    assert anchors(second.text, second.marks) == ["bridge_v2"]


# -- Tables ---------------------------------------------------------------------------------------

def test_a_data_table_is_one_paragraph_of_rows(article):
    tables = [p for p in article.body if p.kind == "table"]
    assert len(tables) == 1
    table = tables[0]
    assert table.rows == (TableRow(("Item", "Cost"), header=True), TableRow(("Steel", "$5m")),
                          TableRow(("Labour", "$3m")))
    assert table.text == "Item\tCost\nSteel\t$5m\nLabour\t$3m"
    assert "Item\tCost\nSteel\t$5m\nLabour\t$3m" in article.text
    assert article.source[table.span.start:table.span.end] == table.text


def test_empty_cells_and_lines_inside_a_cell_keep_the_columns():
    article = newsparse.parse(page(f"<p>{SENTENCE}</p><table><tr><th>A</th><th>B</th><th>C</th></tr>"
                                   "<tr><td></td><td>one<br>two</td><td>3</td></tr></table>"
                                   f"<p>{SENTENCE} Again.</p>"), format="html")
    table = next(p for p in article.body if p.kind == "table")
    assert [row.cells for row in table.rows] == [("A", "B", "C"), ("", "one two", "3")]


def test_a_layout_table_stays_paragraphs():
    cell = " ".join([SENTENCE] * 3)
    article = newsparse.parse(page(f"<table><tr><td>{cell}</td><td>{cell} Two.</td></tr></table>"),
                              format="html")
    assert article.body and all(p.kind == "paragraph" and not p.rows for p in article.body)


def test_markdown_writes_a_pipe_table(article):
    assert "| Item | Cost |\n| --- | --- |\n| Steel | $5m |\n| Labour | $3m |" in to_markdown(article)


# -- Images ---------------------------------------------------------------------------------------

def test_images_in_reading_order_with_absolute_sources(article):
    assert article.images == (
        Image(src="https://www.example-news.test/local/photos/bridge.jpg", alt="The old bridge at dusk",
              width=1200, height=800, caption=0),
        Image(src="https://www.example-news.test/local/photos/crowd-1600.jpg", alt="Crowd at the meeting"),
    )
    # The tracking pixel, the logo in the navigation and the aside's thumbnail are not the article's.
    assert article.captions[0].image == 0


@pytest.mark.parametrize(("attrib", "expected"), [
    ({"src": "a.jpg"}, "a.jpg"),
    ({"src": "data:image/gif;base64,xx", "data-src": "real.jpg"}, "real.jpg"),
    ({"src": "/img/placeholder.png", "data-lazy-src": "real.jpg"}, "real.jpg"),
    ({"data-srcset": "s.jpg 320w, l.jpg 1024w"}, "l.jpg"),
    ({"srcset": "a.jpg 1x, b.jpg 2x"}, "b.jpg"),
    ({"src": "data:image/gif;base64,xx"}, None),
    ({}, None),
])
def test_image_source_prefers_real_urls(attrib, expected):
    assert image_source(attrib) == expected


def test_noscript_fallback_image_is_read_once():
    body = (f'<figure><img class="lazy" src="data:image/gif;base64,xx"><noscript><img src="/p.jpg" alt="P">'
            f'</noscript><figcaption>A caption of the photo.</figcaption></figure><p>{SENTENCE}</p>')
    article = newsparse.parse(page(body), format="html", url="https://a.test/s/x.html")
    assert [image.src for image in article.images] == ["https://a.test/p.jpg"]


def test_markdown_has_image_references_links_and_emphasis(article):
    markdown = to_markdown(article)
    assert "![The old bridge at dusk](https://www.example-news.test/local/photos/bridge.jpg)" in markdown
    assert "[Monday](https://council.example.org/minutes?id=12&part=3)" in markdown
    assert "*delayed*" in markdown and "**budget had nearly doubled**" in markdown
    assert "`bridge_v2`" in markdown


# -- HTML output ----------------------------------------------------------------------------------

class _Balance(html.parser.HTMLParser):
    """Checks that every element that needs an end tag is closed, in order."""

    VOID = frozenset({"meta", "img", "br", "hr", "link", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()


def body_text(page: str) -> str:
    """The text of a rendered page's body, block by block, as Article.text joins it."""
    root = etree.fromstring(page.encode("utf-8"), etree.HTMLParser())
    body = root.find(".//div[@class='body']")
    texts = []
    for element in body:
        if element.tag == "ul":
            texts.extend("".join(li.itertext()) for li in element)
        elif element.tag == "table":
            texts.append("\n".join("\t".join("".join(c.itertext()) for c in row) for row in element))
        else:
            texts.append("".join(element.itertext()))
    return "\n\n".join(texts)


def check_page(article: newsparse.Article) -> str:
    page = to_html(article)
    checker = _Balance()
    checker.feed(page)
    checker.close()
    assert checker.errors == [] and checker.open == []
    assert page.startswith("<!DOCTYPE html>")
    assert body_text(page) == article.text
    return page


def test_html_output_is_balanced_and_its_body_text_is_the_article_text(article):
    page = check_page(article)
    root = etree.fromstring(page.encode("utf-8"), etree.HTMLParser())
    assert root.findtext(".//h1") == article.title
    assert [a.get("href") for a in root.iterfind(".//div[@class='body']//a")][:1] == [
        "https://council.example.org/minutes?id=12&part=3"]
    assert root.find(".//figure/img").get("src") == article.images[0].src
    assert "(Photo by Jane Doe/AFP/Getty Images)" in "".join(root.find(".//figcaption").itertext())
    # Self-contained: no scripts, no style sheets fetched.
    assert root.find(".//script") is None and root.find(".//link") is None


def test_html_output_escapes_markup_in_the_text():
    text = f"Title of the story here\n\n{SENTENCE} Use <b> & </p> with care.\n\nA list:\n\n- one item\n"
    check_page(newsparse.parse(text, format="text"))


@given(html_pages())
@settings(max_examples=40)
def test_generated_pages_keep_their_links_marks_images_and_table(page):
    article = newsparse.parse(page.html, format="html", url=page.url)
    found = {p.text: p for p in article.body}
    for text, links, marks in zip(page.article.body, page.links, page.marks):
        paragraph = found.get(text)
        if paragraph is None:
            continue
        assert [(paragraph.text[k.span.start:k.span.end], k.href) for k in paragraph.links] == list(links)
        assert [(paragraph.text[m.span.start:m.span.end], m.kind) for m in paragraph.marks] == list(marks)
    assert [image.src for image in article.images] == list(page.images)
    tables = [p for p in article.body if p.kind == "table"]
    if page.table:
        assert [row.cells for row in tables[0].rows] == list(page.table)
        assert tables[0].rows[0].header
    else:
        assert tables == []
    check_page(article)
    assert newsparse.article_from_json(newsparse.article_to_json(article)) == article


@given(synthetic_articles())
@settings(max_examples=20)
def test_html_output_of_text_articles(synthetic):
    try:
        article = newsparse.parse(synthetic.render(), format="text")
    except newsparse.NewsparseError:
        return
    check_page(article)


def test_cli_writes_html(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from newsparse.cli import cli

    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")
    result = CliRunner().invoke(cli, ["parse", str(FIXTURE), "--format", "html", "--url", URL])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "<table>" in result.stdout


@pytest.mark.parametrize("href", [
    "java&#x09;script:alert(1)", "&#x0A;javascript:alert(1)", "&#x01; JavaScript:alert(1)",
    "jav&#x0D;ascript:alert(1)", "vb&#x09;script:msgbox(1)", "da&#x0A;ta:text/html,x",
])
def test_script_links_a_browser_would_run_are_dropped(href):
    # A browser takes tabs and line breaks out of an address and control characters off its
    # ends before reading its scheme: kept, such a link would run in the rendered HTML.
    article = newsparse.parse(page(f'<p>The council said <a href="{href}">on Monday</a> that {SENTENCE}</p>'
                                   f"<p>{SENTENCE}</p>"), format="html", url=URL)
    assert article.body[0].text.startswith("The council said on Monday")
    assert article.body[0].links == ()
    assert "script:" not in to_html(article).lower() and "data:" not in to_html(article)


# -- Markdown that reads back as the article's text -----------------------------------------------

LITERAL_MARKUP = [
    "Prices rose by *nearly* a third, the [council] said, and 2 < 3 > 1 held <b>true</b> today.",
    "1. This paragraph opens with a number and a full stop, as a year or a count can do.",
    "# Not a heading: the text of the paragraph starts with a hash sign written by the page.",
    "> Not a quotation either, although the page wrote an angle bracket at its very start.",
    "Paths like C:\\temp\\new and names like __init__ or snake_case_word stay as written here.",
    "~~~ A paragraph that opens like a code fence must not swallow the rest of the article.",
    "--- A paragraph that opens with dashes stays text, and so does the rest of what it says.",
    "The page wrote &amp; and &#169; as text, and Markdown must not turn them into characters.",
]


@pytest.mark.parametrize("text", LITERAL_MARKUP)
def test_markdown_escapes_what_the_page_wrote_literally(text):
    markdown_it = pytest.importorskip("markdown_it")
    from html import escape

    article = newsparse.parse(page(f"<p>{escape(text)}</p><p>{SENTENCE}</p>"), format="html")
    assert article.body[0].text == text
    rendered = markdown_it.MarkdownIt("commonmark").render(to_markdown(article))
    blocks = etree.HTML(rendered).xpath("/html/body/*")
    # The title, then the paragraph as the page wrote it: no emphasis, heading or list made up.
    assert [b.tag for b in blocks[:2]] == ["h1", "p"]
    assert blocks[1].xpath("string()") == text


MARKUP_PIECES = st.sampled_from([*"-_*+#>`~=|![]()<&;:.1\\", "&amp;", "&#x41;", "---", "--", "~~~", "```",
                                  "1.", "1)", "<!--", "<div>", "</p>", " ", "word"])


@settings(max_examples=300)
@given(st.lists(MARKUP_PIECES, min_size=1, max_size=12).map("".join))
def test_markdown_reads_back_as_the_text_whatever_markup_it_holds(text):
    # What a page writes as text (any mix of Markdown's markup characters, opening a
    # paragraph or inside it) reads back as that text: a paragraph for each, no heading,
    # list, rule, fence or character reference made up.
    markdown_it = pytest.importorskip("markdown_it")
    article = newsparse.parse(page(f"<p>{escape(text)}</p><p>{escape(SENTENCE + ' ' + text)}</p>"
                                   f"<p>{SENTENCE}</p>"), format="html")
    rendered = markdown_it.MarkdownIt("commonmark").render(to_markdown(article))
    blocks = etree.HTML(rendered).xpath("/html/body/*")
    expected = [article.dek] * bool(article.dek) + [b.text for b in article.bylines] + [p.text for p in article.body]
    assert [b.tag for b in blocks] == ["h1"] + ["p"] * len(expected)
    assert [b.xpath("string()") for b in blocks[1:]] == expected


@pytest.mark.parametrize("title", ["Ranked by readers: the city's café is #", "The 10 best songs of the year ##"])
def test_markdown_title_keeps_a_closing_hash(title):
    markdown_it = pytest.importorskip("markdown_it")
    article = newsparse.parse(f"<html><body><article><h1>{title}</h1><p>{SENTENCE}</p></article></body></html>",
                              format="html")
    assert article.title == title
    rendered = markdown_it.MarkdownIt("commonmark").render(to_markdown(article))
    assert etree.HTML(rendered).xpath("string(//h1)") == title


@pytest.mark.parametrize("href", ["https://example.com/a&lt;b&gt;c d", "https://example.com/a&#10;b",
                                  "https://example.com/a\\b(c)"])
def test_markdown_link_targets_hold_whatever_the_address_holds(href):
    markdown_it = pytest.importorskip("markdown_it")
    from urllib.parse import unquote

    article = newsparse.parse(page(f'<p>The council said <a href="{href}">on Monday</a> that {SENTENCE}</p>'
                                   f"<p>{SENTENCE}</p>"), format="html", url=URL)
    (link,) = article.body[0].links
    rendered = etree.HTML(markdown_it.MarkdownIt("commonmark").render(to_markdown(article)))
    (anchor,) = rendered.xpath("//a")
    assert anchor.text == "on Monday" and unquote(anchor.get("href")) == link.href
    assert rendered.xpath("string(//p[1])") == article.body[0].text


def test_markdown_code_spans_are_written_as_they_are():
    markdown_it = pytest.importorskip("markdown_it")
    article = newsparse.parse(page(f"<p>Run <code>a*b_c[0]</code> and <code>x`y</code> now. {SENTENCE}</p>"),
                              format="html")
    rendered = markdown_it.MarkdownIt("commonmark").render(to_markdown(article))
    codes = etree.HTML(rendered).xpath("//code/text()")
    assert codes == ["a*b_c[0]", "x`y"]


@pytest.mark.parametrize("markup", [
    "<em>Hong Kong (Business)</em>A muddled view of the trade talks weighed on markets again today.",
    "The steroids had an effect within two days, she wrote. <strong>\"</strong>The course went on for a year.",
    "<strong>Five tips to enjoy game d</strong><strong>ay parties</strong> while staying on track with goals.",
    "The team signed a one-year contract with the <b>club in the offseason</b><b>.</b> It was a surprise.",
])
def test_markdown_emphasis_reads_back_as_the_text(markup):
    markdown_it = pytest.importorskip("markdown_it")
    article = newsparse.parse(page(f"<p>{markup}</p><p>{SENTENCE}</p>"), format="html")
    assert article.body[0].marks  # the page's emphasis was recorded
    rendered = markdown_it.MarkdownIt("commonmark").render(to_markdown(article))
    paragraph = etree.HTML(rendered).xpath("/html/body/p")[0]
    assert paragraph.xpath("string()") == article.body[0].text

"""Hostile and broken pages: hidden text, deep nesting, broken markup, odd inputs."""

import pathlib

import pytest

import newsparse
from newsparse.loaders import load

PARSER = newsparse.Parser(load_entrypoints=False)
FIXTURES = pathlib.Path(__file__).parent / "fixtures"
PROSE = ("The committee met on Monday to discuss the proposal, and after a long debate "
         "its members agreed to publish the full report before the end of the month.")


def load_html(html):
    return load(html, format="html")


def source_of(html) -> str:
    return load_html(html).source


@pytest.mark.parametrize("hidden", [
    '<p hidden>SECRET words here</p>',
    '<p aria-hidden="true">SECRET words here</p>',
    '<p style="color: red; display : none">SECRET words here</p>',
    '<div style="visibility:hidden"><p>SECRET words here</p></div>',
    '<span style="DISPLAY:NONE">SECRET words here</span>',
    '<script>var SECRET = 1;</script>',
    '<style>.SECRET { color: red }</style>',
    '<noscript>SECRET words here</noscript>',
    '<template><p>SECRET words here</p></template>',
    '<svg><text>SECRET words here</text></svg>',
    '<select><option>SECRET words here</option></select>',
    '<button>SECRET words here</button>',
    '<iframe>SECRET words here</iframe>',
    '<form action="/search"><label>SECRET words here</label><input name="q"></form>',
])
def test_invisible_text_is_not_read(hidden):
    html = f"<html><body><article><p>{PROSE}</p>{hidden}<p>{PROSE} Again.</p></article></body></html>"
    source = source_of(html)
    assert "SECRET" not in source
    assert PROSE in source and "Again." in source


def test_tail_text_after_a_skipped_element_is_kept():
    source = source_of(f"<html><body><p>{PROSE}<script>x()</script> And the tail stays.</p></body></html>")
    assert "And the tail stays." in source


def test_form_wrapping_the_whole_page_is_read():
    html = f'<html><body><form id="aspnetForm"><div class="story"><p>{PROSE}</p><p>{PROSE}</p></div></form></body></html>'
    assert PROSE in PARSER.parse(html, format="html").text


def test_form_wrapping_a_thread_of_posts_without_paragraphs_is_read():
    # A forum whose page is one ASP.NET form and whose posts are <div>s with line breaks.
    post = (
        "seit dem Update auf die neue Version habe ich auf allen Geräten keinen Zugriff mehr "
        "auf den Store, wenn ich unterwegs bin.<br>Die Einstellungen habe ich nicht geändert, "
        "und im WLAN läuft alles wie gewohnt. Hat jemand eine Idee, woran das liegen kann?"
    )
    posts = "".join(f'<div class="post"><div class="author">user{i}</div><div class="text">{post}</div></div>'
                    for i in range(5))
    html = f'<html><body><form id="HtmlForm1"><main>{posts}</main></form></body></html>'
    assert "woran das liegen kann?" in source_of(html)
    # A form of a few labels is still passed over.
    small = '<form action="/login"><div>Benutzername</div><input name="u"><div>Passwort</div></form>'
    assert "Benutzername" not in source_of(f"<html><body><p>{PROSE}</p>{small}</body></html>")


def test_aria_hidden_false_is_visible():
    assert PROSE in source_of(f'<html><body><p aria-hidden="false">{PROSE}</p></body></html>')


def test_br_splits_blocks():
    document = load_html(f"<html><body><div>{PROSE}<br><br>Second paragraph here.</div></body></html>")
    assert [b.text for b in document.blocks] == [PROSE, "Second paragraph here."]


def test_link_density():
    document = load_html('<html><body><p><a href="/a">all link text</a></p><p>half <a href="/b">link</a></p></body></html>')
    first, second = document.blocks
    assert first.link_density == pytest.approx(1.0)
    assert 0.2 < second.link_density < 0.6


def test_features_for_explain():
    document = load_html(f'<html><body><div class="Article Body" id="main"><p>{PROSE}</p></div></body></html>')
    block = document.blocks[0]
    assert block.path == "body>div.Article>p"
    assert block.hints.startswith("article body main")
    assert block.tag == "p" and block.depth == 4 and block.in_main


@pytest.mark.parametrize("tag", ["div", "span", "b", "table", "ul"])
def test_very_deep_nesting_is_read_whole(tag):
    depth = 100_000
    html = f"<html><body><p>{PROSE}</p>" + f"<{tag}>" * depth + "deep text" + f"</{tag}>" * depth + "</body></html>"
    article = PARSER.parse(html, format="html")
    assert PROSE in article.source
    assert "deep text" in article.source


def test_deep_nesting_with_text_at_every_level():
    depth = 20_000
    html = "<html><body>" + "<div>word " * depth + "</div>" * depth + "</body></html>"
    document = PARSER.load(html, format="html")
    assert len(document.blocks) == depth
    assert all(block.text == "word" for block in document.blocks)


@pytest.mark.parametrize("html", [
    "<html></html>", "<!-- only a comment -->", "<p>", "</p></div></body>",
    "<html><body><p>unclosed <b>bold <i>italic</p>", "<<<>>><p>x</p>", "<?xml version='1.0'?>",
    "<html><head><title>t</title></head></html>", "<table><tr><td>cell</td>" * 50,
    "<p>" + "&amp;" * 1000 + "</p>", "<p>\x00nul</p>", "<a href=x>" * 300 + "link",
])
def test_broken_markup(html):
    article = PARSER.parse(html, format="html")
    assert article.format in ("html", "text")
    for paragraph in article.body:
        assert article.source[paragraph.span.start:paragraph.span.end] == paragraph.text


def test_bytes_and_text_give_the_same_article():
    html = f"<html><head><meta charset='utf-8'></head><body><article><p>{PROSE} café</p></article></body></html>"
    assert PARSER.parse(html, format="html").text == PARSER.parse(html.encode("utf-8"), format="html").text


def test_empty_page_gives_empty_article():
    article = PARSER.parse("<html><body></body></html>", format="html")
    assert article.body == () and article.title is None


def test_nested_wrapping_forms_are_read_once():
    depth = 2_000
    html = "<html><body>" + "<form>" * depth + f"<p>{PROSE}</p>" + "</form>" * depth + \
        '<form action="/s"><label>Search the site</label></form></body></html>'
    source = source_of(html)
    assert PROSE in source
    assert "Search the site" not in source


def test_threads_parsing_at_once_get_what_one_thread_gets():
    # Each thread reads pages with its own parser and walk target.
    from concurrent.futures import ThreadPoolExecutor

    pages = [path.read_bytes() for path in sorted((FIXTURES / "html").glob("*/page.html"))] * 6
    alone = [PARSER.parse(page, format="html") for page in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda page: PARSER.parse(page, format="html"), pages))
    assert together == alone


def test_a_page_read_inside_another_pages_reading_is_read_whole():
    # A walk target in use is never bound to a second page: a reader called back while a
    # page is being read (a plugin, a debugger) gets a target of its own.
    from newsparse.loaders.metadata import MetadataReader

    inner_page = "<html><body><p>" + PROSE + "</p></body></html>"
    seen = []
    original = MetadataReader.start

    def start(self, tag, attrib, depth):
        if tag == "title" and not seen:
            seen.append(load_html(inner_page))
        return original(self, tag, attrib, depth)

    MetadataReader.start = start
    try:
        outer = load_html("<html><head><title>T</title></head><body><p>Outer " + PROSE + "</p></body></html>")
    finally:
        MetadataReader.start = original
    assert [b.text for b in seen[0].blocks] == [PROSE]
    assert [b.text for b in outer.blocks] == ["Outer " + PROSE]

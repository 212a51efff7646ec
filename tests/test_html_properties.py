"""Properties of the HTML path over generated markup."""

import html as html_lib

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.loaders.html import load_html, parse_tree
from newsparse.testing import check_article
from newsparse.testing.strategies import paragraphs

PARSER = newsparse.Parser(load_entrypoints=False)

# Visible tags only: what the loader keeps, so the visible text is known exactly.
CONTAINERS = ("div", "section", "article", "main", "p", "li", "ul", "td", "blockquote", "h2", "span", "a", "b", "em")
ATTRIBUTES = ('', ' class="story body"', ' id="content"', ' class="related"', ' class="nav menu"', ' href="/x"')
words = st.text(alphabet=st.sampled_from("abcdefgh ijk lmnop éü 東京 "), min_size=1, max_size=30)


@st.composite
def visible_trees(draw, depth=0):
    """Nested visible elements with text, as an HTML string."""
    children = []
    for _ in range(draw(st.integers(0, 3 if depth < 4 else 0))):
        children.append(draw(visible_trees(depth + 1)) if draw(st.booleans()) else html_lib.escape(draw(words)))
    tag = draw(st.sampled_from(CONTAINERS))
    return f"<{tag}{draw(st.sampled_from(ATTRIBUTES))}>{' '.join(children)}</{tag}>"


markup_pieces = st.one_of(
    st.sampled_from([
        "<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<style>", "<!--", "-->",
        "<a href='x'>", "</a>", "<table><tr><td>", "</td></tr></table>", "<li>", "<h1>", "</h1>",
        "<p hidden>", "<span style='display:none'>", "&amp;", "&#0;", "&#x110000;", "<![CDATA[",
        "<meta charset='koi8-r'>", "<?xml version='1.0'?>", "<html>", "<body>", "<head>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"name": 1}]}',
    ]),
    st.text(max_size=20),
)


@given(st.lists(markup_pieces, max_size=40).map("".join))
def test_any_markup_parses_or_raises_our_error(markup):
    try:
        article = PARSER.parse(markup, format="html")
    except newsparse.NewsparseError:
        return
    check_article(article)


@given(st.binary(max_size=300))
def test_any_bytes_parse_or_raise_our_error(data):
    try:
        article = PARSER.parse(b"<html><body>" + data, format="html")
    except newsparse.NewsparseError:
        return
    check_article(article)


@given(st.lists(visible_trees(), min_size=1, max_size=4))
def test_nothing_visible_is_lost(trees):
    page = "<html><body>" + "".join(trees) + "</body></html>"
    document = load_html(page)
    root = parse_tree(page)
    body = root.find("body")
    # Whitespace aside, the blocks hold exactly the page's text, in order.
    expected = "".join("".join(body.itertext()).split()) if body is not None else ""
    assert "".join(document.source.split()) == expected
    for block in document.blocks:
        assert document.source[block.span.start:block.span.end] == block.text


@given(st.lists(visible_trees(), min_size=1, max_size=4))
def test_every_block_lands_somewhere(trees):
    page = "<html><body>" + "".join(trees) + "</body></html>"
    article = PARSER.parse(page, format="html")
    check_article(article)
    placed = sum(1 for _ in article.segments()) + len(article.boilerplate)
    assert placed >= len(PARSER.load(page, format="html").blocks) - (article.dateline is not None)


@given(st.lists(paragraphs(), min_size=3, max_size=8, unique=True))
def test_paragraphs_in_p_give_the_text_path_body(texts):
    as_text = PARSER.parse("\n\n".join(texts), format="text")
    as_html = PARSER.parse(
        "<html><body>" + "".join(f"<p>{html_lib.escape(t)}</p>" for t in texts) + "</body></html>",
        format="html",
    )
    assert [p.text for p in as_html.body] == [p.text for p in as_text.body]


@given(st.lists(paragraphs(), min_size=2, max_size=6, unique=True), st.sampled_from(ATTRIBUTES[:3]))
def test_article_container_paragraphs_are_kept(texts, attributes):
    nav = "<nav><ul>" + "".join(f'<li><a href="/{i}">Section {i}</a></li>' for i in range(8)) + "</ul></nav>"
    body = "".join(f"<p>{html_lib.escape(t)}</p>" for t in texts)
    page = f"<html><body>{nav}<div{attributes}>{body}</div><footer><p>Contact us</p></footer></body></html>"
    article = PARSER.parse(page, format="html")
    assert [p.text for p in article.body] == texts

"""Properties of the HTML path over generated markup."""

import html as html_lib

from hypothesis import given
from hypothesis import strategies as st
from trees import load_tree, parse_tree

import newsparse
from newsparse.loaders import load
from newsparse.testing import check_article
from newsparse.testing.strategies import paragraphs

PARSER = newsparse.Parser(load_entrypoints=False)


def load_html(page: str):
    return load(page, format="html")

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


# -- reading while parsing ----------------------------------------------------------------------

FORM_PIECES = ("form", "form", "div", "p", "span", "a", "section", "li", "h2")
FORM_ATTRIBUTES = ("", ' class="story"', ' hidden', ' style="display: none"', ' href="/x"')


@st.composite
def pages_with_forms(draw, depth=0):
    """Nested elements with text, forms among them, some hidden, scripts and breaks between."""
    children = []
    for _ in range(draw(st.integers(0, 3 if depth < 4 else 0))):
        kind = draw(st.integers(0, 5))
        if kind <= 2:
            children.append(draw(pages_with_forms(depth + 1)))
        elif kind == 3:
            children.append(html_lib.escape(draw(words)))
        elif kind == 4:
            children.append("<br>")
        else:
            children.append("<script>var x = '<p>';</script>")
    tag = draw(st.sampled_from(FORM_PIECES))
    return f"<{tag}{draw(st.sampled_from(FORM_ATTRIBUTES))}>{' '.join(children)}</{tag}>"


def _block_fields(document):
    return [(b.text, b.tag, b.hints, b.link_density, b.depth, b.path, b.in_main) for b in document.blocks]


def _without_unread_forms(root):
    # The forms the loader leaves out, removed from the tree: outermost forms with no <p>
    # inside. Their tails stay where they were.
    for form in list(root.iter("form")):
        if any(a.tag == "form" for a in form.iterancestors()) or form.find(".//p") is not None:
            continue
        parent, tail = form.getparent(), form.tail or ""
        previous = form.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(form)
    return root


@given(st.lists(pages_with_forms(), min_size=1, max_size=4))
def test_reading_while_parsing_reads_what_the_tree_holds(trees):
    page = "<html><head><title>T</title><meta name='author' content='A B'></head><body>" + "".join(trees) + "</body></html>"
    read = load_html(page)
    from_tree = load_tree(parse_tree(page))
    assert _block_fields(read) == _block_fields(from_tree)
    assert read.metadata == from_tree.metadata


@given(st.lists(pages_with_forms(), min_size=1, max_size=4))
def test_forms_without_paragraphs_read_as_if_absent(trees):
    page = "<html><body>" + "".join(trees) + "</body></html>"
    expected = load_tree(_without_unread_forms(parse_tree(page)))
    assert _block_fields(load_html(page)) == _block_fields(expected)


def test_text_after_the_closing_html_tag_is_read():
    # libxml2's tree builder drops what follows </html>; reading while parsing keeps it.
    page = "<html><body><p>First paragraph.</p></body></html><p>Trailing paragraph.</p>"
    assert [b.text for b in load_html(page).blocks] == ["First paragraph.", "Trailing paragraph."]

"""The bad-input contract of :mod:`newsparse.limits`, one case per row."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import pathlib
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.testing.hostile import check_outcome

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "hostile"
PARSER = newsparse.Parser(load_entrypoints=False)
MB = 1024 * 1024
# libxml2's tree builder compares each attribute of an element with every earlier one; the
# loader builds no tree and must read elements with more attributes than this linearly.
MAX_ATTRIBUTES_PER_ELEMENT = 256


def parses(source, **options) -> newsparse.Article:
    result = check_outcome(PARSER, source, **options)
    assert isinstance(result, newsparse.Article), f"expected an Article, got {result!r}"
    return result


def rejects(source, error: type, *words: str, parser=PARSER, **options) -> newsparse.NewsparseError:
    result = check_outcome(parser, source, **options)
    assert isinstance(result, error), f"expected {error.__name__}, got {result!r}"
    for word in words:
        assert word.lower() in str(result).lower(), f"{word!r} not in {str(result)!r}"
    return result


def html_outcome(source, **options):
    """HTML either parses (with its invariants) or raises a NewsparseError."""
    return check_outcome(PARSER, source, format="html", **options)


def everything_in(article: newsparse.Article) -> str:
    return "\n".join(text for _, text, _ in article.segments())


# -- Empty, whitespace, control characters ------------------------------------------------------

@pytest.mark.parametrize("source", ["", " ", "\n\n\n", "\t \r\n\f\v", b"", b"  \r\n\t", "\ufeff", b"\xef\xbb\xbf",
                                    "\u3000\u00a0", " \n".encode("utf-16")])
@pytest.mark.parametrize("fmt", ["auto", "text", "html"])
def test_empty_and_blank_input_raise_empty_input(source, fmt):
    error = rejects(source, newsparse.EmptyInput, format=fmt)
    assert isinstance(error, newsparse.NewsparseError)
    assert "empty" in str(error) or "whitespace" in str(error)


def test_a_few_nul_and_control_characters_parse_and_stay_in_the_source():
    text = "A headline about the council\n\nThe council said\x00 on Monday that the plan\x07 would be delayed.\x0c\n"
    article = parses(text, format="text")
    assert "\x00" in article.source and "\x07" in article.source


def test_mostly_control_characters_are_binary_data():
    rejects("".join(chr(i % 32) for i in range(2000)), newsparse.UnsupportedInput, "binary data")


def test_nul_bytes_in_html_parse():
    html_outcome("<html><body><p>First\x00 paragraph of text that reads like prose.</p>\x00<p>Second</p></body></html>")


# -- Binary data passed by mistake ---------------------------------------------------------------

def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.html", "<html><body><p>hello</p></body></html>")
    return buffer.getvalue()


BINARY = {
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "PDF"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "JPEG"),
    "gif": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(32), "GIF"),
    "webp": (b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(32), "RIFF"),
    "gzip": (gzip.compress(b"<html><body><p>hello</p></body></html>"), "decompress"),
    "zip": (_zip(), "ZIP"),
    "bzip2": (bz2.compress(b"<html>hello</html>"), "decompress"),
    "xz": (lzma.compress(b"<html>hello</html>"), "decompress"),
}


@pytest.mark.parametrize("kind", sorted(BINARY))
@pytest.mark.parametrize("fmt", ["auto", "text", "html"])
def test_binary_formats_are_rejected_by_name(kind, fmt):
    data, word = BINARY[kind]
    rejects(data, newsparse.UnsupportedInput, word, format=fmt)


def test_random_bytes_parse_or_are_rejected():
    data = bytes((i * 7919 + 13) % 251 for i in range(200_000))
    for fmt in ("auto", "text", "html"):
        check_outcome(PARSER, data, format=fmt)


# -- Encodings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_a_bom_name_the_encoding(codec):
    data = "A headline\n\nA paragraph of text that goes on for a while.\n".encode(codec)
    rejects(data, newsparse.DecodingError, codec, "byte order mark")
    article = parses(data, encoding=codec)
    assert "A paragraph of text" in article.source


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
def test_wide_encodings_with_a_bom_parse_as_html(codec):
    page = (FIXTURES / "article.html").read_text("utf-8")
    article = parses(page.encode(codec))
    assert article.format == "html"
    assert article.title == "Council Approves New Transport Plan After Long Debate"


def test_invalid_and_mixed_utf8_bytes_parse():
    data = (FIXTURES / "mixed_encoding.txt").read_bytes()
    article = parses(data)
    assert "prices rise again" in article.source
    assert parses(b"Title\n\n" + b"\xff\xfe\xc3(\xa0\xa1 " * 2000, format="text").source


def test_cp1252_page_declared_in_meta():
    article = parses((FIXTURES / "cp1252.html").read_bytes(), format="html")
    assert "Tomás Müller" in everything_in(article)
    assert "€500" in everything_in(article)


def test_a_wrong_declared_encoding_says_where():
    rejects(b"caf\xe9 au lait", newsparse.DecodingError, "utf-8", "byte 3", encoding="utf-8")


def test_an_unknown_encoding_is_named():
    rejects(b"text", newsparse.DecodingError, "no-such-charset", encoding="no-such-charset")


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_lone_surrogates_in_str_parse(fmt):
    article = parses("<p>A paragraph \udc80 with a lone surrogate \ud800 inside it.</p>\n\nBy \udcff Doe\n", format=fmt)
    assert "lone surrogate" in article.source
    # Each one becomes U+FFFD, with a warning, so the Article can be written as UTF-8.
    assert article.source.count("\ufffd") == 3
    assert [w.code for w in article.warnings] == ["decoding"]
    assert "3 lone surrogates" in article.warnings[0].message
    newsparse.article_to_json(article).encode("utf-8")


@given(st.text(alphabet=st.characters(codec=None, categories=["Cs", "Ll", "Zs", "So"]), min_size=1, max_size=80))
@settings(max_examples=60)
def test_any_str_input_gives_an_article_that_encodes_as_utf8(text):
    result = check_outcome(PARSER, text + "\n\nThe story goes on after the odd characters.", format="text")
    assert isinstance(result, newsparse.Article), result
    newsparse.article_to_json(result).encode("utf-8")
    assert not any("\ud800" <= char <= "\udfff" for char in result.source)


def test_a_surrogate_pair_written_as_two_code_points_is_joined():
    article = parses("The crowd cheered \ud83d\ude00 as the results came in on Sunday night.", format="text")
    assert "\U0001f600" in article.source
    assert article.warnings == ()


# -- Types and size ------------------------------------------------------------------------------------

@pytest.mark.parametrize("source", [None, 42, 3.5, ["a"], {"a": 1}, object()])
def test_wrong_types_are_rejected(source):
    rejects(source, newsparse.NewsparseError, "must be str, bytes, a path or a binary file")


def test_bytearray_and_memoryview_are_read_as_bytes():
    data = b"A headline\n\nA paragraph of text that goes on for a while.\n"
    assert parses(bytearray(data)).source == parses(memoryview(data)).source == parses(data).source


def test_unknown_format_is_rejected():
    rejects("text", newsparse.NewsparseError, "unknown format", format="pdf")


@pytest.mark.parametrize("source, unit", [("x" * 1001, "characters"), (b"x" * 1001, "bytes")])
def test_input_over_the_limit_says_the_limit(source, unit):
    parser = newsparse.Parser(load_entrypoints=False, max_input_size=1000)
    error = rejects(source, newsparse.InputTooLarge, "1,000", "1,001", unit, parser=parser)
    assert (error.size, error.limit) == (1001, 1000)
    assert parses("x" * 1000, format="text")


# -- Size and shape ----------------------------------------------------------------------------------

def test_a_single_5mb_line_is_one_block():
    line = "word " * MB
    article = parses(line, format="text")
    assert len(article.segments()) == 1


def test_a_5mb_line_without_spaces_parses():
    parses("x" * (5 * MB), format="text")


# -- HTML structure ------------------------------------------------------------------------------------

PROSE = "a paragraph of text that reads like prose and goes on for a while, as they do."


def test_html_nested_100000_levels_does_not_crash():
    page = "<html><body><p>Before, " + PROSE + "</p>" + "<div>" * 100_000 + "<p>Deep " + PROSE + "</p>" + "</div>" * 100_000 + "</body></html>"
    result = html_outcome(page)
    if isinstance(result, newsparse.Article):
        assert "Before" in result.source


def test_html_nested_past_the_tree_builders_limit_parses_whole():
    # libxml2's tree builder stops at depth 2048 even with huge_tree; the loader builds no
    # tree, so the deep text and everything after it are read.
    page = "<html><body><p>Before, " + PROSE + "</p>" + "<div>" * 100_000 + "<p>Deep " + PROSE + "</p>" + "</div>" * 100_000 + "<p>After, " + PROSE + "</p></body></html>"
    text = everything_in(PARSER.parse(page, format="html"))
    assert "Before" in text and "Deep" in text and "After" in text


@pytest.mark.parametrize("tag", ["div", "b", "span", "li", "table"])
def test_deeply_nested_unclosed_tags_parse_or_raise(tag):
    html_outcome(f"<{tag}>" * 100_000 + "deep text")


def test_unclosed_and_misnested_tags_keep_their_text():
    article = parses((FIXTURES / "misnested.html").read_text(), format="html")
    text = everything_in(article)
    for words in ("First paragraph", "bold italic", "Second paragraph", "paragraph in a cell", "After the body"):
        assert words in text


def test_comments_and_cdata_everywhere():
    article = parses((FIXTURES / "comments_cdata.html").read_text(), format="html")
    text = everything_in(article)
    assert "not a title" not in text and "and everything after it" not in text
    assert "text that continues after the CDATA section" in text


@pytest.mark.parametrize("page", [
    "<!-- c -->x" * 100_000,
    "<p>hello</p><!--" + "x" * 100_000,
    "<p><![CDATA[ x ]]>y</p>" * 5_000,
    "<![CDATA[" * 50_000,
    "<!--" * 50_000 + "-->" * 50_000,
    "<p>para " * 5_000,
    "</div></p></span>" * 30_000 + "<p>text</p>",
    "<" * 200_000,
    "<a" * 100_000,
    "&" * 100_000 + "&#x110000;&#0;&#xD800;" * 1000,
], ids=["comments", "unclosed-comment", "cdata", "unclosed-cdata", "comment-runs", "unclosed-p",
        "stray-end-tags", "lt-run", "open-tag-run", "entities"])
def test_markup_soup_parses_or_raises(page):
    html_outcome(page)


def test_an_enormous_attribute_value_parses():
    article = parses('<html><body><div class="' + "a" * MB + '"><p>The text ' + PROSE + "</p></div></body></html>",
                     format="html")
    assert "The text" in article.source


def test_an_element_with_100000_attributes_parses():
    over = MAX_ATTRIBUTES_PER_ELEMENT + 1
    for page in ("<div " + " ".join(f"a{i}" for i in range(100_000)) + ">The text " + PROSE + "</div>",
                 ("<p " + " ".join(f'data-x{i}="v {i}"' for i in range(over)) + ">The text " + PROSE + "</p>").encode(),
                 ("<html><body><p " + " ".join(f"a{i}" for i in range(over)) + ">The text " + PROSE + "</p>").encode("utf-16")):
        assert "The text" in parses(page, format="html").source


def test_attributes_within_the_limit_parse():
    page = "<p " + " ".join(f'data-x{i}="a b = c"' for i in range(MAX_ATTRIBUTES_PER_ELEMENT)) + ">The text " + PROSE + "</p>"
    assert "The text" in parses(page, format="html").source


def test_thousands_of_script_blocks_are_not_text():
    page = "<html><body>" + ('<script>var a = "<p>SCRIPT</p>";</script><p>Paragraph ' + PROSE + "</p>") * 5000 + "</body></html>"
    article = parses(page, format="html")
    assert "SCRIPT" not in article.source and "Paragraph" in article.source


# -- Scripts and characters ----------------------------------------------------------------------------

def test_rtl_combining_and_emoji_are_kept_exactly():
    text = (FIXTURES / "rtl_combining.txt").read_text("utf-8")
    article = parses(text, format="text")
    joined = everything_in(article)
    assert "Z\u0307\u0301\u0300a\u0308\u0308\u0308" in joined and "👩‍👩‍👧‍👦" in joined
    assert "\u202eThis line is reversed" in joined
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
    assert "👩‍👩‍👧‍👦" in everything_in(parses(html, format="html"))


RUNS = ["“", "”", '"', "'", "‘’", "By ", "by ", "BY ", "(Photo ", "(Photo by ", "Photo: ", "—", "–", "-", "--",
        ".", "...", "…", "A", "ABC ", "A. ", "©", " (AP) — ", "WASHINGTON ", "AP Photo/", "REUTERS/", "Getty Images ",
        "Advertisement ", "\u0301", "😀", "\u202e", "مرحبا ", " ", ",", "and ", "http://"]


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_long_runs_of_the_characters_rules_look_for(run, fmt):
    body = run * (100_000 // len(run))
    source = f"<html><body><h1>{run * 20}</h1><p>{body}</p><p>{run} {PROSE}</p></body></html>" if fmt == "html" else (
        f"{run * 20}\n\n{body}\n\n{run} {PROSE}\n\n{body}{PROSE}\n"
    )
    check_outcome(PARSER, source, format=fmt)


def test_hostile_input_through_every_installed_plugin():
    """Plugins record failures on the Article; on hostile input there must be none."""
    parser = newsparse.Parser()
    text = (FIXTURES / "article.txt").read_text()
    sources = [
        text,
        (FIXTURES / "rtl_combining.txt").read_text("utf-8"),
        "\n\n".join(run * 200 for run in RUNS),
        "“" * 2000 + " said Jane Doe. " + "”" * 2000,
        text.replace(" ", "\u00a0"),
        text.replace("\n", " "),
    ]
    for source in sources:
        article = check_outcome(parser, source, format="text")
        assert isinstance(article, newsparse.Article)
        assert article.errors == (), article.errors


# -- Addresses no URL parser accepts --------------------------------------------------------------

MALFORMED_URLS = ["http://[::1", "http://[zz]/a", "//[", "https://[v1.x]/", "http://a:99999999/x"]
STORY = "The council met on Tuesday and voted to approve the new budget for the city's schools."


def _pages_citing(address: str) -> dict[str, str]:
    quoted = address.replace("'", "&#39;")
    return {
        "canonical": f"<html><head><link rel=canonical href='{quoted}'></head><body><p>{STORY}</p></body></html>",
        "og": (f"<html><head><meta property='og:url' content='{quoted}'><meta property='og:image'"
               f" content='{quoted}'></head><body><p>{STORY}</p></body></html>"),
        "base": f"<html><head><base href='{quoted}'></head><body><p>{STORY} <a href='/x'>More</a></p></body></html>",
        "link": f"<html><body><p>{STORY} <a href='{quoted}'>More</a></p><img src='{quoted}'></body></html>",
    }


@pytest.mark.parametrize("address", MALFORMED_URLS)
@pytest.mark.parametrize("url", [None, "https://example.com/news/1", "as written"])
def test_malformed_addresses_in_the_page_or_given_as_url_are_evidence_not_errors(address, url):
    for kind, page in _pages_citing(address).items():
        article = parses(page, format="html", url=address if url == "as written" else url)
        assert STORY in everything_in(article), kind


@pytest.mark.parametrize("url", [5, b"https://example.com/", ["https://example.com/"]])
def test_a_url_that_is_not_a_str_is_our_error(url):
    rejects(STORY, newsparse.NewsparseError, "url must be a str", url=url)


# -- Invisible characters -------------------------------------------------------------------------

@pytest.mark.parametrize("source", ["\u200b", "\u200b \n\u2060\u00ad\ufeff\u200d", "\u200c\r\n".encode()])
@pytest.mark.parametrize("fmt", ["auto", "text", "html"])
def test_input_of_only_invisible_characters_is_empty(source, fmt):
    rejects(source, newsparse.EmptyInput, "invisible characters", format=fmt)


def test_a_paragraph_of_only_invisible_characters_is_no_block():
    # Editors leave <p>&#8203;</p> between paragraphs: no empty body paragraph comes of it.
    after = "The vote followed three hours of debate, and the mayor welcomed it in a short speech."
    page = f"<html><body><article><p>{STORY}</p><p>&#8203;</p><p>&#173;&#8288;</p><p>{after}</p></article></body></html>"
    article = parses(page, format="html")
    assert [p.text for p in article.body] == [STORY, after]
    assert all(text.strip() for _, text, _ in article.segments())


# -- Feeds ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("feed", [
    '<?xml version="1.0"?>\n<?xml-stylesheet href="feed.xsl"?>\n<rss version="2.0"><channel><title>News</title>'
    '<item><title>Storm hits coast</title><description>The storm hit.</description></item></channel></rss>',
    '<!-- generated --><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><entry><title>A</title></entry></feed>',
    b'<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="x"><item><title>A</title></item></rdf:RDF>',
])
def test_a_feed_is_refused_when_the_format_is_told_from_the_content(feed):
    rejects(feed, newsparse.UnsupportedInput, "RSS or Atom feed", format="auto")


def test_text_that_mentions_a_feed_tag_is_still_text():
    article = parses("<rss> is the root element of a feed, the tutorial said on its first page.", format="auto")
    assert article.format == "text"

"""Hostile input for parsers: Hypothesis strategies and the checks to run on the result.

The contract (see :mod:`newsparse.limits`) is that any input either parses into an Article
that keeps its invariants, or raises a :class:`~newsparse.NewsparseError` with a message.
:func:`check_outcome` runs one input through a parser and asserts exactly that; the
strategies draw the inputs:

* :func:`html_pages` renders a :class:`~newsparse.testing.strategies.SyntheticArticle` as
  a real-looking news page (head with metadata and scripts, navigation, the article with
  its figure, related links, footer);
* :func:`mutated_html` and :func:`mutated_texts` damage such pages the way the web does:
  truncation at any byte, deleted and duplicated tags and blocks, stray markup (unclosed
  comments, CDATA, ``<script>``, NUL), and bytes in another encoding;
* :func:`hostile_html` mixes all of these with the hostile text of
  :func:`~newsparse.testing.strategies.hostile_texts`.

Example:
    >>> from hypothesis import given
    >>> from newsparse.testing import make_parser
    >>> from newsparse.testing.hostile import check_outcome, hostile_html
    >>> parser = make_parser()
    >>> @given(hostile_html())
    ... def test_my_plugin_survives(page):
    ...     check_outcome(parser, page, format="html")
"""

from __future__ import annotations

import html as _html
import re
from typing import Any, AnyStr

import attrs
from hypothesis import strategies as st

from ..errors import NewsparseError
from ..model import Article
from . import check_article
from .strategies import SyntheticArticle, hostile_texts, synthetic_articles

#: Encodings pages are switched to (all of them can encode the synthetic articles' text,
#: except where noted: cp1252 and latin-1 replace what they cannot hold).
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16")

#: Markup that breaks naive parsers, inserted at random places.
STRAY_MARKUP = (
    "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<style>", "</div>", "<div>",
    "</p>", "<p>", "<", ">", "&", "&#0;", "&#xD800;", "&amp", "\x00", "<title>", "</html>",
    "<html>", "<body>", "<plaintext>", "<textarea>", "<svg>", "<math>", "<template>",
    "<table>", "<td>", "<li>", '<a href="', "'", '"', "<!DOCTYPE html>", "<?xml version='1.0'?>",
    "\ufeff", "\u202e", "\r", "<br/>", "<noscript>", "<iframe>", "</body>",
)

_TAG = re.compile(r"<[^<>]{0,200}>")


@attrs.frozen
class HtmlPage:
    """A rendered page and the article it was made from.

    Attributes:
        html: the page.
        article: the synthetic article, whose parts are known.
    """

    html: str
    article: SyntheticArticle

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body paragraphs as they read on the page (the first with its dateline)."""
        body = list(self.article.body)
        if body and self.article.dateline:
            body[0] = f"{self.article.dateline} {body[0]}"
        return tuple(body)


def render_html(article: SyntheticArticle, *, scripts: int = 2) -> str:
    """Render ``article`` as a news page with the usual furniture around it.

    Args:
        article: the parts to render.
        scripts: how many inline ``<script>`` blocks to put in the head and the body.

    Returns:
        The page's HTML.
    """
    e = _html.escape
    script = '<script>var x = "<p>not text</p>"; if (a < b && c > d) { run(); }</script>'
    head = (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{e(article.title)} | The Example Times</title>"
        f"<meta property=\"og:title\" content=\"{e(article.title)}\">"
        + script * scripts
        + "<style>p > a { color: red }</style></head>"
    )
    nav = ('<header><nav class="menu"><ul><li><a href="/">Home</a></li>'
           '<li><a href="/news">News</a></li></ul></nav></header>')
    top = "".join(f'<div class="banner">{e(text)}</div>' for text, _ in article.header)
    parts = [f"<h1>{e(article.title)}</h1>"]
    if article.dek:
        parts.append(f'<p class="standfirst">{e(article.dek)}</p>')
    parts.extend(f'<div class="byline">{e(text)}</div>' for text, _ in article.bylines)
    parts.extend(
        f'<figure><img src="/a.jpg" alt=""><figcaption>{e(text)} {e(credit)}</figcaption></figure>'
        for text, credit in article.captions
    )
    inline = {index: text for index, text, _ in article.inline}
    for index, paragraph in enumerate(HtmlPage(html="", article=article).paragraphs):
        if index in inline:
            parts.append(f'<div class="ad">{e(inline[index])}</div>')
        parts.append(f"<p>{e(paragraph)}</p>")
        if index == 0:
            parts.append(script * scripts)
    related = '<aside class="related"><h3>Related</h3><ul><li><a href="/x">Another story</a></li></ul></aside>'
    footer = "<footer>" + "".join(f"<p>{e(text)}</p>" for text, _ in article.footer) + "</footer>"
    return (
        head + "<body>" + nav + top + '<main><article class="story">' + "".join(parts)
        + related + "</article></main>" + footer + script * scripts + "</body></html>"
    )


@st.composite
def html_pages(draw: st.DrawFn) -> HtmlPage:
    """Draw a real-looking news page made from a synthetic article."""
    article = draw(synthetic_articles())
    return HtmlPage(html=render_html(article, scripts=draw(st.integers(0, 3))), article=article)


# -- Mutations -------------------------------------------------------------------------------------

@st.composite
def truncations(draw: st.DrawFn, data: AnyStr) -> AnyStr:
    """Cut ``data`` at any offset (bytes: possibly inside a multi-byte character)."""
    return data[: draw(st.integers(0, len(data)))]


@st.composite
def tag_deletions(draw: st.DrawFn, page: str) -> str:
    """Delete a random subset of the tags of ``page`` (their text stays)."""
    tags = [m.span() for m in _TAG.finditer(page)]
    if not tags:
        return page
    doomed = set(draw(st.lists(st.integers(0, len(tags) - 1), max_size=min(12, len(tags)))))
    out, position = [], 0
    for index, (start, end) in enumerate(tags):
        if index in doomed:
            out.append(page[position:start])
            position = end
    out.append(page[position:])
    return "".join(out)


@st.composite
def duplications(draw: st.DrawFn, data: str) -> str:
    """Repeat a random slice of ``data`` a few times in place (duplicated blocks)."""
    if not data:
        return data
    start = draw(st.integers(0, len(data) - 1))
    end = draw(st.integers(start, min(len(data), start + 2000)))
    times = draw(st.integers(1, 4))
    return data[:end] + data[start:end] * times + data[end:]


@st.composite
def insertions(draw: st.DrawFn, data: str, pieces: tuple[str, ...] = STRAY_MARKUP) -> str:
    """Insert stray markup or characters at a few random offsets of ``data``."""
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from(pieces)) + data[at:]
    return data


@st.composite
def encoding_switches(draw: st.DrawFn, data: str) -> bytes:
    """Encode ``data`` to bytes: in one encoding, or in pieces with different encodings.

    A piece encoded in a legacy charset replaces the characters it cannot hold; mixing
    pieces gives the "mostly UTF-8 with some cp1252" bytes that crawls are full of.
    """
    if draw(st.booleans()) or len(data) < 2:
        return data.encode(draw(st.sampled_from(ENCODINGS)), "replace")
    cut = draw(st.integers(1, len(data) - 1))
    first, second = draw(st.sampled_from(ENCODINGS[:4])), draw(st.sampled_from(ENCODINGS[:4]))
    return data[:cut].encode(first, "replace") + data[cut:].encode(second, "replace")


_MUTATIONS = ("truncate", "delete_tags", "duplicate", "insert")


@st.composite
def mutated_html(draw: st.DrawFn, as_bytes: bool | None = None) -> str | bytes:
    """A real-looking page damaged by one to three random mutations, as ``str`` or ``bytes``.

    Args:
        as_bytes: True always encodes (see :func:`encoding_switches`), False never does,
            None lets Hypothesis choose.
    """
    page = draw(html_pages()).html
    for kind in draw(st.lists(st.sampled_from(_MUTATIONS), min_size=1, max_size=3)):
        if kind == "truncate":
            page = draw(truncations(page))
        elif kind == "delete_tags":
            page = draw(tag_deletions(page))
        elif kind == "duplicate":
            page = draw(duplications(page))
        else:
            page = draw(insertions(page))
    if as_bytes or (as_bytes is None and draw(st.booleans())):
        data = draw(encoding_switches(page))
        if draw(st.booleans()):
            data = draw(truncations(data))
        return data
    return page


@st.composite
def mutated_texts(draw: st.DrawFn, as_bytes: bool | None = None) -> str | bytes:
    """Crawler text of a synthetic article, damaged like :func:`mutated_html` damages pages.

    Args:
        as_bytes: True always encodes, False never does, None lets Hypothesis choose.
    """
    text = draw(synthetic_articles()).render(draw(st.sampled_from(("\n\n", "\n", "\r\n"))))
    for kind in draw(st.lists(st.sampled_from(("truncate", "duplicate", "insert")), min_size=1, max_size=3)):
        if kind == "truncate":
            text = draw(truncations(text))
        elif kind == "duplicate":
            text = draw(duplications(text))
        else:
            text = draw(insertions(text, ("\x00", "\u202e", "\ufeff", "\r", "“", "By ", "(Photo ", "—",
                                          "...", "\u0301", "😀", "\n\n", " (AP) — ", "<p>")))
    if as_bytes or (as_bytes is None and draw(st.booleans())):
        data = draw(encoding_switches(text))
        return draw(truncations(data)) if draw(st.booleans()) else data
    return text


@st.composite
def hostile_html(draw: st.DrawFn) -> str | bytes:
    """Any of: a mutated page, hostile text wrapped in markup, or markup soup."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return draw(mutated_html())
    if kind == 1:
        text = draw(hostile_texts(max_pieces=30))
        return draw(st.sampled_from(("<p>{}</p>", "<html><body>{}", "<title>{}</title>", "<div class=\"{}\">x</div>",
                                     "<!--{}-->", "<script>{}</script>{}", "{}"))).replace("{}", text)
    return "".join(draw(st.lists(st.one_of(st.sampled_from(STRAY_MARKUP), st.text(max_size=10)), max_size=80)))


# -- Checks ------------------------------------------------------------------------------------------

def assert_nothing_lost(article: Article) -> None:
    """Assert that every non-space character of ``article.source`` is in exactly one segment.

    Segments are the title, dek, bylines, dateline, captions, body paragraphs and
    boilerplate blocks (:meth:`~newsparse.Article.segments`).

    Raises:
        AssertionError: naming the first offset covered twice or not at all.
    """
    source = article.source
    covered = bytearray(len(source))
    for role, _, span in article.segments():
        chunk = covered[span.start:span.end]
        assert not any(chunk), f"{role} at {span} overlaps another segment"
        covered[span.start:span.end] = b"\x01" * (span.end - span.start)
    for offset, char in enumerate(source):
        if not covered[offset] and not char.isspace():
            raise AssertionError(
                f"offset {offset} ({source[max(0, offset - 20):offset + 20]!r}) belongs to no segment"
            )


def check_outcome(parser: Any, source: str | bytes, **options: Any) -> Article | NewsparseError:
    """Parse ``source`` and assert that the contract of :mod:`newsparse.limits` holds.

    Either the parse raises a :class:`~newsparse.NewsparseError` with a message (returned),
    or it returns an Article that passes :func:`~newsparse.testing.check_article` and
    :func:`assert_nothing_lost` (returned). Any other exception propagates.

    Args:
        parser: a :class:`~newsparse.Parser`.
        source: the input.
        **options: keyword arguments for :meth:`~newsparse.Parser.parse` (``format``,
            ``encoding``, ``url``).

    Returns:
        The Article, or the NewsparseError that was raised.
    """
    try:
        article = parser.parse(source, **options)
    except NewsparseError as error:
        assert str(error).strip(), f"{type(error).__name__} raised without a message"
        return error
    check_article(article)
    assert_nothing_lost(article)
    return article


__all__ = [
    "ENCODINGS",
    "STRAY_MARKUP",
    "HtmlPage",
    "assert_nothing_lost",
    "check_outcome",
    "duplications",
    "encoding_switches",
    "hostile_html",
    "html_pages",
    "insertions",
    "mutated_html",
    "mutated_texts",
    "render_html",
    "tag_deletions",
    "truncations",
]

"""Inputs that grow, and a count of the work a parse does on them.

A loop over the blocks inside another loop over them, a look back to the start of the
sentence for every name, a regular expression that backtracks: each is invisible on a real
page and costs minutes on a hostile one. :data:`GROWING_SHAPES` builds documents of any
size in the shapes that expose them (deep nesting, one huge paragraph, runs of one
character, thousands of ``<br>``, repeated lines, long attributes, many ``<meta>`` and
JSON-LD objects, long lists of names, thousands of quotation marks, long dateline-like
prefixes), and :func:`count_calls` counts the function calls a parse makes: a number that
does not depend on the machine or its load, so a test can compare a document with one four
times its size and tell linear work (about 4x the calls) from quadratic (16x) on a slow,
busy machine without timing anything.

``benchmarks/worst_case.py --scaling`` measures CPU time over the same shapes.

Example:
    >>> from newsparse.testing import make_parser
    >>> from newsparse.testing.growth import GROWING_SHAPES, call_ratio
    >>> build, fmt = GROWING_SHAPES["byline-names-text"]
    >>> call_ratio(make_parser(), build, fmt, 2000) < 8
    True
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from typing import Any

from ..errors import NewsparseError

#: A sentence of news prose, the filler of the shapes (and of plugin tests built on them).
PROSE = "The council said on Monday that the plan would be delayed until the end of the year. "

#: Full names in several languages' spellings, for the shapes that list people.
NAMES = ("Anna Schmidt", "John Smith", "Maria Garcia", "Li Wei", "Jean Dupont", "Olu Ade")


def _names(n: int) -> str:
    """About ``n`` characters of names separated by commas, with no small letter."""
    return ", ".join(NAMES[i % len(NAMES)] + f" {chr(65 + i % 26)}" for i in range(n // 14 + 1))


def _text(body: str) -> str:
    """Crawler text: a title line, then ``body``."""
    return f"A title\n\n{body}\n"


def _page(body: str, head: str = "") -> str:
    """An HTML page with ``body`` in its ``<body>`` and ``head`` in its ``<head>``."""
    return f"<html><head><title>A title</title>{head}</head><body>{body}</body></html>"


def _prose_page(head: str) -> str:
    """An HTML page of one paragraph of prose, with ``head`` in its ``<head>``."""
    return _page(f"<p>{PROSE}</p>", head)


def _repeat(unit: str, n: int) -> str:
    """``unit`` repeated to about ``n`` characters."""
    return unit * max(1, n // len(unit))


def _numbered(template: str, n: int) -> str:
    """``template`` formatted with 0, 1, 2 ... to about ``n`` characters."""
    return "".join(template.format(i) for i in range(max(1, n // len(template.format(0)))))


def _nested(open_tag: str, close_tag: str, n: int) -> str:
    """``open_tag`` nested inside itself to about ``n`` characters, around one paragraph."""
    depth = max(1, n // (len(open_tag) + len(close_tag)))
    return _page(open_tag * depth + PROSE + close_tag * depth)


def _deep_json(n: int) -> str:
    """A JSON-LD graph nested in itself to about ``n`` characters."""
    depth = max(1, n // 13)
    return '{"@graph":[' * depth + "1" + "]}" * depth


_ARTICLE_LD = '{{"@type": "NewsArticle", "headline": "H {0}", "author": {{"name": "A {0}"}}}},'
_PERSON_LD = '<script type="application/ld+json">{{"@type": "Person", "name": "A {0}"}}</script>'

#: name -> (builder of a document of about ``n`` characters, format): the shapes that
#: stress regular expressions and loops over blocks, words and objects.
#:
#: :meta hide-value:
GROWING_SHAPES: dict[str, tuple[Callable[[int], str], str]] = {
    # Nesting: the walk, the container choice and the block tree.
    "nest-div": (lambda n: _nested("<div>", "</div>", n), "html"),
    "nest-span": (lambda n: _nested("<span>", "</span>", n), "html"),
    "nest-li": (lambda n: _page(_repeat("<ul><li>x ", n) + PROSE), "html"),
    "nest-li-closed": (lambda n: _nested("<ul><li>", "</li></ul>", n), "html"),
    "nest-table": (lambda n: _page(_repeat("<table><tr><td>", n) + PROSE), "html"),
    "nest-blockquote": (lambda n: _page(_repeat("<blockquote>“", n) + PROSE), "html"),
    # One long paragraph: sentence splitting, word features, tokenisers.
    "paragraph-nopunct-text": (lambda n: _text(_repeat("word ", n)), "text"),
    "paragraph-nopunct-html": (lambda n: _page(f"<p>{_repeat('word ', n)}</p>"), "html"),
    "capitalised-words-text": (lambda n: _text(_repeat("Word ", n)), "text"),
    "capitalised-words-html": (lambda n: _page(f"<p>{_repeat('Big Word ', n)}</p>"), "html"),
    "sentences-text": (lambda n: _text(_repeat("A. ", n)), "text"),
    # Runs of one character.
    "spaces-text": (lambda n: _text(PROSE + " " * n + PROSE), "text"),
    "spaces-html": (lambda n: _page(f"<p>{PROSE}{' ' * n}{PROSE}</p>"), "html"),
    "nbsp-html": (lambda n: _page(f"<p>{PROSE}{_repeat('&nbsp;', n)}{PROSE}</p>"), "html"),
    "newlines-text": (lambda n: "A title\n" + "\n" * n + PROSE, "text"),
    "run-x-text": (lambda n: _text("x" * n), "text"),
    "run-x-html": (lambda n: _page(f"<p>{'x' * n}</p>"), "html"),
    "br-html": (lambda n: _page(f"<p>{_repeat('<br>', n)}{PROSE}</p>"), "html"),
    # Many blocks: repetition detection and the passes over neighbours.
    "br-lines-html": (lambda n: _page(f"<p>{_repeat('A line<br>', n)}</p>"), "html"),
    "repeated-lines-text": (lambda n: _text(_repeat("Share this\n", n) + PROSE), "text"),
    "repeated-prose-text": (lambda n: _text(_repeat(PROSE + "\n", n)), "text"),
    "repeated-lines-html": (lambda n: _page(_repeat("<p>Share this</p>", n) + f"<p>{PROSE}</p>"), "html"),
    "repeated-prose-html": (lambda n: _page(_repeat(f"<p>{PROSE}</p>", n)), "html"),
    "short-lines-text": (lambda n: _text(_numbered("w{}\n", n)), "text"),
    "links-html": (lambda n: _page(f'<ul>{_numbered("<li><a href=/a{0}>Item {0}</a></li>", n)}</ul><p>{PROSE}</p>'),
                   "html"),
    "captions-html": (lambda n: _page(_numbered("<figure><img src=/i{0}.jpg><figcaption>Photo {0} (AP)"
                                                "</figcaption></figure>", n) + f"<p>{PROSE}</p>"), "html"),
    "headings-html": (lambda n: _page(_numbered("<h2>Heading {}</h2>", n) + f"<p>{PROSE}</p>"), "html"),
    # Long attributes: class/id hints, URLs.
    "long-href": (lambda n: _page(f'<p><a href="http://example.com/{_repeat("a/", n)}">link</a> {PROSE}</p>'), "html"),
    "long-class": (lambda n: _page(f'<div class="{_repeat("main content ", n)}"><p>{PROSE}</p></div>'), "html"),
    "long-id-words": (lambda n: _page(f'<div id="{_repeat("article-", n)}"><p>{PROSE}</p></div>'), "html"),
    "long-src": (lambda n: _page(f'<figure><img src="data:image/png;base64,{"A" * n}">'
                                 f"<figcaption>Photo</figcaption></figure><p>{PROSE}</p>"), "html"),
    # Metadata: <meta> and JSON-LD.
    "metas": (lambda n: _prose_page(_numbered('<meta name="author" content="Name {}">', n)), "html"),
    "metas-property": (lambda n: _prose_page(_numbered('<meta property="article:tag" content="t{}">', n)), "html"),
    "jsonld-objects": (lambda n: _prose_page(f'<script type="application/ld+json">[{_numbered(_ARTICLE_LD, n)}1]'
                                             "</script>"), "html"),
    "jsonld-scripts": (lambda n: _prose_page(_numbered(_PERSON_LD, n)), "html"),
    "jsonld-nested": (lambda n: _prose_page('<script type="application/ld+json">' + _deep_json(n) + "</script>"),
                      "html"),
    # Names: bylines, entities, speakers.
    "byline-names-text": (lambda n: f"A title\n\nBy {_names(n)}\n\n{PROSE}\n", "text"),
    "byline-names-html": (lambda n: _page(f'<p class="byline">By {_names(n)}</p><p>{PROSE}</p>'), "html"),
    "names-in-prose": (lambda n: _text(f"{_names(n)} said. {PROSE}"), "text"),
    "name-lines-text": (lambda n: _text("".join(NAMES[i % 6] + "\n" for i in range(n // 12)) + PROSE), "text"),
    # Quotation marks, balanced or not.
    "quotes-curly": (lambda n: _text("“" * n + " " + PROSE), "text"),
    "quotes-straight": (lambda n: _text('"' * n + " " + PROSE), "text"),
    "quotes-unbalanced": (lambda n: _text(_repeat("“Yes, ", n) + "he said. " + PROSE), "text"),
    "quotes-balanced": (lambda n: _text(_repeat("“Yes,” he said. ", n) + PROSE), "text"),
    "quotes-html": (lambda n: _page(f"<p>{_repeat('“Yes, ” ', n)}{PROSE}</p>"), "html"),
    "guillemets": (lambda n: _text(_repeat("« Oui, » ", n) + PROSE), "text"),
    # Datelines and dates.
    "dateline-prefix": (lambda n: _text(_repeat("WASHINGTON (AP) — ", n) + PROSE), "text"),
    "dateline-comma": (lambda n: _text(_repeat("BERLIN, ", n) + PROSE), "text"),
    "dateline-html": (lambda n: _page(f"<p>{_repeat('LONDON (Reuters) - ', n)}{PROSE}</p>"), "html"),
    "dates-text": (lambda n: f"A title\n\n{_repeat('Monday, 5 December 2026 ', n)}\n\n{PROSE}\n", "text"),
}


def count_calls(function: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
    """The number of function calls (Python and built-in, generator steps included) that
    ``function(*args, **kwargs)`` makes: a measure of work that is the same on any machine.

    A :class:`~newsparse.NewsparseError` raised by the function is part of the outcome, not
    a failure: the calls made up to it are counted.

    A loop that runs inside one frame without calling anything is not counted: a
    generator expression that filters (``all(... for d in drafts if d.first < last)``)
    steps only for the items it yields. Pair such a loop with a test that counts the
    items it reads, or watch ``benchmarks/worst_case.py --scaling``, which times it.

    Args:
        function: what to call.
        *args: its positional arguments.
        **kwargs: its keyword arguments.

    Returns:
        The calls made, the call itself included.
    """
    profile = cProfile.Profile(builtins=True)
    profile.enable()
    try:
        function(*args, **kwargs)
    except NewsparseError:
        pass
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined]


class CountingList(list):
    """A list that counts the times it is read through, in :attr:`passes`.

    Where a loop runs inside one frame (which :func:`count_calls` does not see), a test
    hands the code a CountingList and bounds the passes: reading it once per item of
    another list is the quadratic loop.

    Example:
        >>> from newsparse.testing.growth import CountingList
        >>> items = CountingList([1, 2, 3])
        >>> sum(items) + max(items), items.passes
        (9, 2)
    """

    def __init__(self, items: Any = ()) -> None:
        super().__init__(items)
        self.passes = 0

    def __iter__(self) -> Any:
        """Iterate, counting the pass."""
        self.passes += 1
        return super().__iter__()


def call_ratio(parser: Any, build: Callable[[int], str], fmt: str, size: int, factor: int = 4) -> float:
    """How many times more calls ``parser.parse`` makes on ``build(size * factor)`` than on
    ``build(size)``: about ``factor`` for linear work, ``factor ** 2`` for quadratic.

    Documents half as large again are parsed first, so that what is built on first use
    (tables, models) is not counted, while the measured documents are new to every cache
    keyed by text: their work is counted in full.

    Args:
        parser: a :class:`~newsparse.Parser` (or anything with its ``parse``).
        build: a builder of :data:`GROWING_SHAPES`: characters in, document out.
        fmt: the documents' format (``"html"`` or ``"text"``).
        size: the smaller document's size, in characters.
        factor: how many times larger the second document is.

    Returns:
        The larger document's calls divided by the smaller's.
    """
    for warm in (size * 3 // 2, size * factor * 3 // 2):
        count_calls(parser.parse, build(warm), format=fmt)
    small = count_calls(parser.parse, build(size), format=fmt)
    return count_calls(parser.parse, build(size * factor), format=fmt) / max(1, small)


__all__ = ["GROWING_SHAPES", "NAMES", "PROSE", "CountingList", "call_ratio", "count_calls"]

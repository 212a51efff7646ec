"""The article's text from the page's structured data, when the visible page lacks it.

Some pages render their article with a script: what the HTML shows is a menu, a footer and
at most a teaser, while the text itself stands only in the page's JSON-LD (schema.org
``articleBody``, or the introduction and steps of a ``HowTo``). That text is the page's own
article, written for search engines; read from there, the page does not come back empty.

:func:`with_embedded_text` appends it to an HTML Document as blocks of its own, after the
visible ones, when the visible page holds next to no prose and the structured text is
long. The blocks carry the path :data:`~newsparse.data.embedded.PATH`, which
``newsparse explain`` shows, and the classifier labels them like any other block; those
kept in the body get the reason ``prose-embedded``. A page with a visible article is left
as it is: its own markup (links, emphasis, layout) is the better reading.

The vocabulary and thresholds are data: :mod:`newsparse.data.embedded`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import attrs

from .. import _build
from ..data import containers
from ..data import embedded as rules
from ..document import Document
from .metadata import _types  # the JSON-LD types of an object, as the metadata reads them

# Markup inside a JSON string: a block-level tag ends a paragraph, any other tag is dropped.
# (A tag's inside stops at the next "<" too, so that a run of unclosed "<" costs linear time.)
_BLOCK_TAG = re.compile(r"<(?:/?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|tr|table)\b[^<>]*|br\s*/?)>", re.I)
_TAG = re.compile(r"<[^<>]*>")
_SPACES = re.compile(r"[^\S\n]+")


def with_embedded_text(document: Document) -> Document:
    """``document``, with the article's text from its structured data appended when the
    visible page holds next to no prose.

    Args:
        document: an HTML Document (anything else is returned unchanged).

    Returns:
        The Document, or a copy with one block per paragraph of the structured text after
        the visible blocks (``in_main``, tagged ``p``, or ``h3`` for a step's name; path
        :data:`~newsparse.data.embedded.PATH`) and ``source`` extended to match.
    """
    roots = document.metadata.jsonld
    if document.format != "html" or not roots:
        return document
    candidates = [parts for obj in _objects(roots) for parts in _texts(obj)]
    # (The raw strings bound the texts from above: most pages are settled before any
    # string is split into paragraphs.)
    longest = max(map(_size, candidates), default=0)
    if longest < rules.MIN_CHARS:
        return document
    # (Measured like the safety net's paragraphs, without the test for a closing stop: a
    # teaser cut off with an ellipsis link counts as visible prose too.)
    visible = sum(
        len(b.text) for b in document.blocks
        if len(b.text) >= containers.RESCUE_PARAGRAPH_CHARS
        and b.link_density <= containers.RESCUE_MAX_LINK_DENSITY
    )
    if visible >= rules.MAX_VISIBLE_SHARE * longest:
        return document
    paragraphs = max(map(_paragraphs_of, candidates), key=_size)
    size = _size(paragraphs)
    if size < rules.MIN_CHARS or visible >= rules.MAX_VISIBLE_SHARE * size:
        return document
    return _appended(document, paragraphs)


def _appended(document: Document, paragraphs: list[tuple[str, str]]) -> Document:
    source = document.source
    position = len(source)
    blocks = list(document.blocks)
    span, block = _build.span, _build.input_block
    for tag, text in paragraphs:
        position += 1  # the newline before it
        blocks.append(block(text, span(position, position + len(text)), tag, "", 0.0, 0, rules.PATH, True))
        position += len(text)
    source = source + "".join("\n" + text for _, text in paragraphs)
    return attrs.evolve(document, source=source, blocks=tuple(blocks))


def _paragraphs_of(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The paragraphs (tag, text) of one structured text given as parts (tag, JSON string)."""
    return [(tag, p) for tag, part in parts for p in _paragraphs(part)]


def _size(parts: list[tuple[str, str]]) -> int:
    # The characters of a text given as (tag, text) pairs, parts or paragraphs alike.
    return sum(len(text) for _, text in parts)


def _texts(obj: dict) -> Iterator[list[tuple[str, str]]]:
    # The article texts one object holds, each as parts (tag, JSON string): its own text
    # keys, or a HowTo's introduction and steps (their names as headings) as one text.
    kinds = _types(obj)
    if kinds & rules.NOT_ARTICLE_TYPES:
        return
    for key in rules.TEXT_KEYS:
        value = obj.get(key)
        if isinstance(value, str):
            yield [("p", value)]
    if kinds & rules.HOWTO_TYPES:
        parts = [("p", obj["description"])] if isinstance(obj.get("description"), str) else []
        parts.extend(_steps(obj))
        yield parts


def _steps(obj: dict) -> list[tuple[str, str]]:
    # The parts of a HowTo's steps, in order: a step's name (a heading), then its directions.
    out: list[tuple[str, str]] = []
    stack: list[Any] = [obj.get(key) for key in reversed(rules.STEP_KEYS)]
    seen = 0
    while stack and seen < rules.MAX_OBJECTS:
        value = stack.pop()
        seen += 1
        if isinstance(value, str):
            out.append(("p", value))
        elif isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            nested = [value.get(key) for key in rules.STEP_KEYS if value.get(key) is not None]
            if isinstance(value.get("name"), str) and nested:
                out.append(("h3", value["name"]))
            if isinstance(value.get("text"), str):
                out.append(("p", value["text"]))
            stack.extend(reversed(nested))
    return out


def _paragraphs(text: str) -> list[str]:
    """A JSON string's paragraphs: split at block-level tags and line breaks, other tags
    and entities resolved, spaces folded."""
    if "<" in text:
        text = _TAG.sub("", _BLOCK_TAG.sub("\n", text))
    if "&" in text:
        text = html.unescape(text)
    return [p for p in (line.strip() for line in _SPACES.sub(" ", text).split("\n")) if p]


def _objects(roots: tuple[Any, ...]) -> Iterator[dict]:
    # Every dict of the JSON-LD values, without recursion and within a budget.
    stack = list(reversed(roots))
    seen = 0
    while stack and seen < rules.MAX_OBJECTS:
        value = stack.pop()
        seen += 1
        if isinstance(value, dict):
            yield value
            stack.extend(v for v in value.values() if isinstance(v, dict | list))
        elif isinstance(value, list):
            stack.extend(reversed(value))

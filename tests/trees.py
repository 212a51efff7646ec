"""Pages read from an lxml tree, as an oracle for the loader that builds none.

The HTML loader reads a page while lxml parses it. Tests check it against the tree lxml
builds from the same page: the parser's events are replayed from the tree into the same
walk, so both readings can be compared block by block.
"""

from __future__ import annotations

from lxml import etree

from newsparse.document import Document
from newsparse.loaders import html
from newsparse.loaders.events import replay
from newsparse.loaders.walk import Walk

_TREE_OPTIONS = {key: value for key, value in html.PARSER_OPTIONS.items() if key != "remove_blank_text"}


def parse_tree(page: str | bytes):
    """The lxml tree of ``page`` (UTF-8 when bytes); None for a page with no elements."""
    data = page.encode("utf-8", errors="replace") if isinstance(page, str) else page
    if not data.strip():
        return None
    return etree.fromstring(data, etree.HTMLParser(**_TREE_OPTIONS))


def load_tree(root, *, url: str | None = None) -> Document:
    """The Document the HTML loader gives for a page, read from its tree instead."""
    walk = Walk()
    replay(root, walk)
    return html._document(walk.close(), url)

"""A parsed tree told again as parser events, for readers written as parser targets.

The HTML loader reads a page while lxml parses it: its readers are parser targets, with
``start(tag, attrib)``, ``data(text)`` and ``end(tag)`` called in document order, and no
tree is built. :func:`replay` gives the same calls for a tree that already exists, so the
same readers serve callers who hold an lxml tree.
"""

from __future__ import annotations

from typing import Any

from lxml import etree


def replay(root: Any, target: Any) -> None:
    """Call ``target``'s ``start``, ``data`` and ``end`` for ``root`` and its descendants.

    The calls are those lxml makes on a parser target while parsing the same markup:
    elements only (comments and processing instructions are passed over, their tails
    kept), each element's text after its ``start`` and its tail after its ``end``. One
    linear walk, no recursion.

    Args:
        root: an lxml element.
        target: an object with ``start(tag, attrib)``, ``data(text)`` and ``end(tag)``.
    """
    start, data, end = target.start, target.data, target.end
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if isinstance(tag, str):
                start(tag, el.attrib)
                text = el.text
                if text:
                    data(text)
            continue
        if isinstance(tag, str):
            end(tag)
        tail = el.tail
        if tail and el is not root:
            data(tail)

"""The readers' comments of a page: which blocks they are, and who wrote each one when.

Comments are never body. With ``Parser(comments=True)`` the Parser hands the classifier's
decisions to :func:`find_comments`, which reads the comment section below the article from
evidence the classifier already has: the lines the phrase rules drop as ``comments`` ("42
Comments", "Kommentare", "Reply"), commenters' header lines ("Bob says:"), and on HTML
pages the class and id names of the comment boxes. The body is the same with or without
comments: only blocks the classifier left out of it are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..data import comments as C
from ..data import markup as M
from ..document import BODY_LABELS, Decision, Document, InputBlock
from ..model import Comment, Label, Reason, Span
from ..text import visible
from .boilerplate import Rules, fold

_SECTION = re.compile(C.SECTION_HINTS)
_NOT_SECTION = re.compile(C.NOT_SECTION_HINTS)
_AUTHOR = re.compile(C.AUTHOR_HINTS)
_DATE = re.compile(C.DATE_HINTS)
_HEADER = re.compile(C.HEADER, re.IGNORECASE)
# The labels of kept article text: a block with one of them is never a comment.
_ARTICLE = BODY_LABELS | {Label.TITLE, Label.DEK}


def find_comments(document: Document, decisions: Sequence[Decision], rules: Rules) -> tuple[Comment, ...]:
    """The readers' comments of ``document``, in page order.

    Args:
        document: the loaded blocks.
        decisions: the classifier's decision for each block.
        rules: the boilerplate phrases in force (their ``comments`` phrases: "Reply",
            "42 Comments", "Antworten" ...), as the classifier used them.

    Returns:
        One :class:`~newsparse.Comment` per comment found (none when the page shows none).
    """
    blocks = document.blocks
    # Markup decides most blocks outside the article before the phrase rules are tried:
    # the comment phrases are looked for again here, on short lines only (as they are).
    furniture = [
        d.reason == Reason.COMMENTS
        or (len(b.text) <= C.PART_MAX_CHARS and rules.reason(fold(b.text)) == Reason.COMMENTS)
        for b, d in zip(blocks, decisions)
    ]
    section = _section(blocks, decisions, furniture)
    if not section:
        return ()
    return _split(document.source, blocks, furniture, section)


def _in_box(hints: str) -> bool:
    # The block's own names and its nearest ancestors' name a comment box, once the names
    # that only mention comments ("comments-open", "comment-count") are set aside.
    head = hints[:C.SECTION_HINT_CHARS]
    return _SECTION.search(head) is not None and _SECTION.search(_NOT_SECTION.sub(" ", head)) is not None


def _section(blocks: Sequence[InputBlock], decisions: Sequence[Decision], furniture: list[bool]) -> list[int]:
    """The indexes of the comment section's blocks, below the article's last body block."""
    last = max((i for i, d in enumerate(decisions) if d.label in _ARTICLE), default=-1)
    below = range(last + 1, len(blocks))
    # On HTML pages, the comment boxes say where the comments are.
    boxed = [i for i in below if blocks[i].tag is not None and _in_box(blocks[i].hints)]
    if boxed:
        return [i for i in boxed if decisions[i].label not in _ARTICLE]
    # Elsewhere, from the line that opens the section to the page's furniture.
    opening = next((i for i in below if furniture[i]), None)
    if opening is None:
        return []
    found = []
    for i in range(opening, len(blocks)):
        d = decisions[i]
        if d.reason in C.SECTION_END_REASONS:
            break
        if d.label not in _ARTICLE:
            found.append(i)
    return found


class _Draft:
    """One comment being read: its author, date and the blocks of its text."""

    __slots__ = ("author", "date", "first", "last")

    def __init__(self, author: str | None = None, date: str | None = None) -> None:
        self.author, self.date = author, date
        self.first: InputBlock | None = None
        self.last: InputBlock | None = None


def _split(
    source: str, blocks: Sequence[InputBlock], furniture: list[bool], section: list[int]
) -> tuple[Comment, ...]:
    found: list[Comment] = []
    draft = _Draft()

    def close() -> None:
        nonlocal draft
        if draft.first is not None and draft.last is not None:
            span = Span(draft.first.span.start, draft.last.span.end)
            found.append(Comment(text=visible(span.slice(source)), author=draft.author,
                                 date=draft.date, span=span))
        draft = _Draft()

    previous = -2
    for i in section:
        block = blocks[i]
        text = block.text
        if previous != i - 1 and draft.first is not None:
            # A gap (a block the section left out) ends the comment's text.
            close()
        previous = i
        if furniture[i] or block.tag in M.HEADING_TAGS:
            # "Reply", "Antworten", "42 Comments", the section's heading: the furniture
            # between comments.
            close()
            continue
        header = _HEADER.search(text) if len(text) <= C.HEADER_MAX_CHARS else None
        own = block.hints.split(" ", 1)[0]
        short = len(text) <= C.PART_MAX_CHARS
        if header is not None or (short and own and _AUTHOR.search(own) is not None):
            close()
            draft.author = (header.group("author") if header else text).strip() or None
            draft.date = header.group("date") if header else None
        elif short and own and _DATE.search(own) is not None:
            if draft.first is not None:
                # A date below the text closes the comment it dates.
                draft.date = draft.date or text
                close()
            else:
                draft.date = text
        else:
            if draft.first is None:
                draft.first = block
            draft.last = block
    close()
    return tuple(found)

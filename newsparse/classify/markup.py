"""What HTML markup says about a block, for the shared classifier.

Plain-text blocks carry no markup, so these functions return "no opinion" for them; the
rest of the classifier never looks at tags or class names directly.

The HTML loader has already chosen the page's main container. Outside it, a block is
boilerplate unless it can be part of the article's head (the headline usually sits above
the body's container, with the byline and standfirst beside it). Anywhere, boxes the page
names for bylines and captions, and short date lines, are what they say. Inside the
container, link lists are boilerplate, and the rest leans towards the body: paragraphs in
any language count as prose, short link-free lines (list entries, table cells) join the
run, and what markup settled weighs nothing either way so it never splits the body.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .. import patterns as P
from ..data import layout as L
from ..data import markup as M
from ..document import Decision, InputBlock
from ..model import Label, Reason
from . import structure

_HEAD_HINTS = re.compile(M.HEAD_HINTS)
_BYLINE_HINTS = re.compile(M.BYLINE_HINTS)
_CAPTION_HINTS = re.compile(M.CAPTION_HINTS)
# A year, or a clock time: what the date and "posted on" lines around an article carry.
_DATE_LINE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}:\d\d\b")
_NUMBER = re.compile(r"\d+")
#: Evidence against the body for the headline and head candidates outside the container
#: (see :data:`newsparse.data.markup.HEAD_WEIGHT`).
HEAD_WEIGHT = M.HEAD_WEIGHT


def markup_decisions(
    blocks: Sequence[InputBlock], chars: Sequence[int], word_counts: Sequence[int], terminal: Sequence[bool],
    dense: Sequence[int] | None = None,
) -> list[Decision | None]:
    """Decide each block of a page from its markup alone, or leave it (None) to the text rules.

    In order: a caption box or figure inside the main container; a byline box; a short
    date line; outside the container, boilerplate unless the block may be part of the
    article's head; inside it, a link list.

    Args:
        blocks: the page's blocks.
        chars: their lengths.
        word_counts: how many words each holds.
        terminal: whether each ends a sentence.
        dense: how many characters of scripts written without spaces each holds (see
            :class:`~newsparse.classify.features.Measures`); None counts none.

    Returns:
        One verdict or None per block: a Decision with its reason where the markup
        settles the block.
    """
    # One loop with the tests written out: pages have hundreds of blocks, most of them
    # outside the container, and a call per test was most of the cost.
    out: list[Decision | None] = []
    append = out.append
    headings = M.HEADING_TAGS
    has_digit, date_line, numbers = P.DIGIT.search, _DATE_LINE.search, _NUMBER.findall
    byline_hints = _BYLINE_HINTS.search
    parse_byline = structure.parse_byline
    if dense is None:
        dense = [0] * len(blocks)
    for block, n_chars, n_words, ends_sentence, n_dense in zip(blocks, chars, word_counts, terminal, dense):
        tag = block.tag
        if tag is None:
            append(None)
            continue
        in_main = block.in_main
        if in_main and _is_caption(block, n_chars):
            append(_FIGURE)
            continue
        # Bylines are often links to the author's page and often carry the date, so
        # neither link text nor a date rules one out; length and the box's name decide.
        if n_chars <= M.BYLINE_BOX_MAX_CHARS and n_words <= M.BYLINE_BOX_MAX_WORDS and tag != "h1" and tag != "h2":
            hints = block.hints[:M.BYLINE_HINT_CHARS]
            # Every match of _BYLINE_HINTS spells one of these words; most blocks' names
            # have none, and the pattern's leading [\w-]* runs are costly to try.
            if (
                ("by" in hints or "author" in hints or "writer" in hints or "reporter" in hints)
                and byline_hints(hints) is not None
                # "About the author" boxes hold sentences; a byline is a name, perhaps
                # with a date.
                and not (ends_sentence and n_words > 8)
            ):
                # The reader's name field of a comment form ("comment-form-author") is
                # part of the comments, whatever language its label is in.
                append(_COMMENT_FIELD if _in_comment_form(hints) else _BYLINE_BOX)
                continue
        # A dateline of the page furniture: "5 March 2024", "Posted on June 14, 2023 by X".
        # Dates hold digits: the cheap search for one screens the date pattern, and a
        # headline naming a year ("Best phones of 2024") lacks the day or time a date has.
        # In scripts written without spaces a sentence is one "word": its length in
        # characters stands for its words, so that a sentence naming a year and a count
        # ("2018年を代表する10のプロジェクトを紹介。") is not read as a date line.
        if (
            n_chars <= M.DATE_LINE_MAX_CHARS and tag not in headings
            and max(n_words, n_dense // L.DENSE_CHARS_PER_WORD) <= M.DATE_LINE_MAX_WORDS
        ):
            text = block.text
            if (
                has_digit(text) is not None and date_line(text) is not None
                and len(numbers(text)) >= 2 and parse_byline(text) is None
            ):
                append(_DATE)
                continue
        density = block.link_density
        if not in_main:
            # Outside the container, only the headline, dek or byline may matter.
            # (The box's name first: it is remembered, the byline parse is not.)
            may_be_head = n_chars <= M.HEAD_MAX_CHARS and density <= M.MAX_LINK_DENSITY and (
                tag == "h1" or _names_head(block.hints[:M.HEAD_HINT_CHARS])
                or parse_byline(block.text) is not None
            )
            append(None if may_be_head else _OUTSIDE_MAIN)
            continue
        if density > M.MAX_LINK_DENSITY or (n_chars < L.SHORT_CHARS and density > M.LOW_LINK_DENSITY):
            append(_LINKS)
            continue
        append(None)
    return out


def _in_comment_form(hints: str) -> bool:
    # Whether a block's hints (lowercased) name a comment form's box.
    return any(hint in hints for hint in M.COMMENT_FORM_HINTS)


@functools.lru_cache(maxsize=4096)
def _names_head(hints: str) -> bool:
    # Blocks of a page share their hints (every item of a menu has the menu's): each
    # distinct string is searched once.
    return _HEAD_HINTS.search(hints) is not None


# Decisions are frozen: each verdict is made once and shared.
_FIGURE = Decision(label=Label.CAPTION, reason=Reason.FIGURE, score=0.6)
_BYLINE_BOX = Decision(label=Label.BYLINE, reason=Reason.BYLINE_BOX, score=0.7)
_COMMENT_FIELD = Decision(label=Label.BOILERPLATE, reason=Reason.COMMENTS, score=0.7)
_DATE = Decision(label=Label.BOILERPLATE, reason=Reason.DATE, score=0.2)
_OUTSIDE_MAIN = Decision(label=Label.BOILERPLATE, reason=Reason.OUTSIDE_MAIN, score=0.1)
_LINKS = Decision(label=Label.BOILERPLATE, reason=Reason.LINKS, score=0.2)


def _is_caption(block: InputBlock, chars: int) -> bool:
    """A photo caption or credit: inside a <figure>, or in a box named for captions."""
    if block.tag == "figcaption" or chars > L.CAPTION_MAX_CHARS:
        return block.tag == "figcaption"
    path = block.path or ""
    if ">figure" in path or path.startswith("figure"):
        return True
    return _CAPTION_HINTS.search(block.hints[:M.CAPTION_HINT_CHARS]) is not None


def weights_given(
    blocks: Sequence[InputBlock], chars: Sequence[int], weights: Sequence[float],
    decisions: Sequence[Decision | None],
) -> list[float]:
    """Adjust each block's body evidence with what its markup says (unchanged for plain text).

    The classifier calls this on its prose weights and on its per-block log-odds alike:
    positive values argue for the body, negative ones against, and the body is then a run
    of blocks with few switches in and out. Blocks markup has already settled weigh
    nothing, so a related-links box inside the article does not split the body run around
    it. The headline and the head candidates outside the container weigh strongly against,
    so the body starts below them and the title search above the body finds them. Inside
    the container, paragraphs count as prose in any language and short link-free lines
    lean towards the body.

    Args:
        blocks: the page's blocks.
        chars: their lengths.
        weights: the evidence the text rules gave each.
        decisions: what :func:`markup_decisions` decided of each.

    Returns:
        The adjusted evidence, one value per block.
    """
    out: list[float] = []
    append = out.append
    for block, c, weight, decision in zip(blocks, chars, weights, decisions):
        tag = block.tag
        if tag is None:
            append(weight)
        elif decision is not None:
            append(0.0)
        elif tag == "h1" or not block.in_main:
            append(min(weight, M.HEAD_WEIGHT))
        elif weight > 0:
            append(weight)
        elif block.link_density < M.LOW_LINK_DENSITY:
            # The stopword test behind the text evidence knows only some languages; short
            # lines of the container (list entries, table cells, subheadings) belong to
            # the article unless a phrase rule or the markup says otherwise.
            prose = c >= _prose_chars(block.text)
            append(min(c, L.PROSE_WEIGHT_MAX_CHARS) / L.PROSE_WEIGHT_CHARS if prose else M.MAIN_SHORT_WEIGHT)
        else:
            append(weight * M.LINKED_WEIGHT_SHARE)
    return out


def _prose_chars(text: str) -> int:
    # Ideographic scripts say in fewer characters what alphabetic ones say in more.
    head = text[:40]
    return M.PROSE_MIN_CHARS_IDEOGRAPHIC if head and max(head) >= "\u2e80" else M.PROSE_MIN_CHARS

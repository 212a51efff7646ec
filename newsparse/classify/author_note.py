"""The note on the author below a story: the article's byline names its subject.

Op-eds, blogs, magazines and institutions close a story with a few words on who wrote it:
"Jane Roe is a professor of economics at ...", "Danilo Dietsch ist seit 2014
Geschäftsführer von ...", "Dominika Rafalska, doktor nauk humanistycznych, ...". The body
model keeps such a paragraph: it reads as prose and stands in the story's own box, often
with no heading and no phrase to tell it apart. What tells it apart in any language is
whom it is about: it opens with the name of the article's own author, which the page has
already given (in its byline, or its metadata). A story's paragraphs rarely open with its
author's full name; a note on the author almost always does.

:func:`drop_author_notes` drops, as ``aside``, each of the body's last few blocks (see
:data:`~newsparse.data.layout.AUTHOR_NOTE_WINDOW`) that opens with an author's full name
and goes on after it, on a body long enough that the note is not the whole story. A name
alone is left to the signature (:mod:`newsparse.classify.signature`), and a name followed
by a colon is a speaker's: an interview's last question may be the author's. The bounds are data:
:mod:`newsparse.data.layout`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..data import embedded as E
from ..data import layout as L
from ..document import Decision, InputBlock, body_blocks
from ..model import Label, Reason
from . import structure

_ASIDE = Decision(label=Label.BOILERPLATE, reason=Reason.ASIDE, score=0.3)
# What follows a name that is part of a longer name, or that gives the name's owner the word.
_NOT_A_NOTE = "-'’:"


def drop_author_notes(
    blocks: Sequence[InputBlock], decisions: list[Decision | None], stated: Iterable[str] = (),
) -> None:
    """Drop the notes on the article's author among the body's last blocks.

    Args:
        blocks: the page's blocks.
        decisions: one decision per block (None: not decided); updated in place.
        stated: the authors the page's metadata names.
    """
    kept = [i for i in body_blocks(decisions) if blocks[i].path != E.PATH]
    if len(kept) <= L.AUTHOR_NOTE_MIN_BLOCKS:
        return
    names = author_names(blocks, decisions, stated)
    if not names:
        return
    for i in kept[-L.AUTHOR_NOTE_WINDOW:]:
        if opens_with_name(blocks[i].text, names):
            decisions[i] = _ASIDE


def author_names(
    blocks: Sequence[InputBlock], decisions: Sequence[Decision | None], stated: Iterable[str] = (),
) -> frozenset[str]:
    """The full names of the article's authors, lowercased: those the page's bylines credit
    and those its metadata states. A name of one word ("Redaktion", a first name) could
    open any sentence: only names of two words or more count.

    Args:
        blocks: the page's blocks.
        decisions: one decision per block (None: not decided).
        stated: the authors the page's metadata names.

    Returns:
        The names, whitespace-folded and lowercased.
    """
    found = set(stated)
    for block, decision in zip(blocks, decisions):
        if decision is not None and decision.label == Label.BYLINE:
            parts = structure.parse_byline(block.text)
            if parts is not None and parts.kind == "author":
                found.update(parts.names)
    return frozenset(
        folded for name in found if len((folded := " ".join(name.split()).lower()).split()) >= 2
    )


def opens_with_name(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` opens with one of ``names`` (lowercased, as :func:`author_names`
    gives them) as whole words and goes on after it, within
    :data:`~newsparse.data.layout.AUTHOR_NOTE_MAX_CHARS` characters.

    Args:
        text: a block's text.
        names: the authors' full names, lowercased and whitespace-folded.

    Examples:
        >>> opens_with_name("Jane Roe is a professor at Exeter.", {"jane roe"})
        True
        >>> opens_with_name("Jane Roessler said so.", {"jane roe"})
        False
        >>> opens_with_name("Jane Roe", {"jane roe"})
        False
    """
    if len(text) > L.AUTHOR_NOTE_MAX_CHARS:
        return False
    folded = " ".join(text.split()).lower()
    for name in names:
        if folded.startswith(name):
            rest = folded[len(name):]
            # The name as whole words ("Jane Roe-Smith" is someone else), not as a speaker's
            # ("Jane Roe: Thank you." closes an interview the author led), and more after
            # it than a full stop.
            if rest[:1] and not rest[0].isalnum() and rest[0] not in _NOT_A_NOTE and any(c.isalpha() for c in rest):
                return True
    return False

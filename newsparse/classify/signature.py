"""The author's signature: a name alone, set in bold or italics, as the story's last line.

Blogs, magazines and institutions often sign a story at its end rather than under its
headline ("Stefan Wasmer", "Marina Mucha"), the name wholly bold or italic in a block of its
own. The body model keeps such a line, as it keeps any short line near the last paragraph;
:func:`take_signature` turns it into a byline (it is no paragraph of the story).

The evidence is markup and the shape of a name, in any language. A capitalised heading of
two words ("Aktuelle Nutzung": German capitalises nouns, and adjectives at a line's start)
looks like a name too: the words of a name are not written in lower case in the story,
while a heading's words are; and a signature ends the story's box, while a label is
followed there by its value ("Aktuelle Nutzung" over "Studentenwohnanlage").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..data import layout as L
from ..document import Decision, InputBlock, Markup, body_blocks
from ..loaders.walk import marks_in_text
from ..model import Label, Reason
from . import authors as A
from .rescue import box_of

_SIGNATURE = Decision(label=Label.BYLINE, reason=Reason.TRAILER, score=0.6)
# Inline marks a signature is set in.
_SIGNATURE_MARKS = frozenset({"strong", "emphasis"})
_WORD = re.compile(r"[^\W\d_]+")


def take_signature(
    blocks: Sequence[InputBlock], decisions: list[Decision | None], markup: Markup | None,
) -> None:
    """Make the body's last block a byline when it is a signature: a name alone, wholly
    bold or italic, below at least :data:`~newsparse.data.layout.SIGNATURE_MIN_BLOCKS`
    blocks of the body, last in its box, none of whose words the body writes in lower case.

    Args:
        blocks: the page's blocks.
        decisions: one decision per block (None: not decided); updated in place.
        markup: the page's inline marks by block (None for plain text: nothing changes).
    """
    if markup is None or not markup.marks:
        return
    kept = body_blocks(decisions)
    if len(kept) <= L.SIGNATURE_MIN_BLOCKS:
        return
    last = kept[-1]
    block = blocks[last]
    decision = decisions[last]
    if decision is None or decision.label != Label.BODY or not reads_as_signature(block.text):
        return
    if last + 1 < len(blocks) and box_of(blocks[last + 1]) == box_of(block):
        # The line heads what follows it in its box ("Aktuelle Nutzung" over
        # "Studentenwohnanlage"): a signature ends the story's box.
        return
    entry = markup.marks.get(last)
    if entry is None or not _wholly_marked(marks_in_text(entry, block.text), len(block.text)):
        return
    words = {w.lower() for name in A.split_names(block.text) for w in _WORD.findall(name)}
    for i in kept[:-1]:
        if words & set(_WORD.findall(blocks[i].text)):
            # A word of the line in lower case in the story: a heading's word, not a name's.
            return
    decisions[last] = _SIGNATURE


def reads_as_signature(text: str) -> bool:
    """Whether a line is names and nothing else: "Stefan Wasmer", "Anna Roe und Jan Poe".

    Args:
        text: the line.

    Returns:
        True when the line is one name or several (of two words or more each), joined by
        the separators of names only.
    """
    if len(text) > L.SIGNATURE_MAX_CHARS or any(c.isdigit() for c in text):
        return False
    names = A.split_names(text)
    if not names or any(len(n.split()) < 2 or A.is_agency(n) or A.is_staff_credit(n) for n in names):
        return False
    # Every letter of the line belongs to a name or to a word that joins names.
    rest = text
    for name in names:
        rest = rest.replace(name, " ", 1)
    return all(A.NAME_SEPARATORS.fullmatch(f" {w} ") or not w.strip(".") for w in rest.split())


def _wholly_marked(marks: Sequence[tuple[int, int, str, str | None]], length: int) -> bool:
    # Whether the bold or italic marks cover every character of the text, spaces between
    # marks aside.
    covered = 0
    for start, end, kind, _ in marks:
        if kind not in _SIGNATURE_MARKS:
            continue
        if start > covered + 1:
            return False
        covered = max(covered, end)
    return covered >= length

"""Headings whose section kept nothing: the title of a dropped box is not the article's.

A page sets its furniture under headings of the same type as the article's subheadings:
"More from us" over a list of links, "Related" over a teaser rail, "Newsletter" over a
sign-up box. The classifier drops the box (link text, outside the main container, a
phrase of the page's language) but may keep its heading, which reads as a subheading:
a few words in an ``<h2>``, inside the body's region. :func:`drop_empty_sections` reads
the decisions once they are made and drops, as ``empty-section``, a short heading below
the body's first paragraph when nothing of what it heads was kept:

* the body ends after it; or
* the next block kept is another heading, and a box dropped as furniture stands between
  them; or
* several boxes dropped as furniture stand between it and the next block kept.

The evidence is the other decisions, not the heading's words: it holds in any language.
A heading between two kept paragraphs, or over blocks dropped only as short lines or
asides (the contact lines under "Imprint"), stays. The bounds are data:
:mod:`newsparse.data.layout`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import patterns as P
from ..data import layout as L
from ..document import Decision, InputBlock, body_blocks
from ..model import Label, Reason

_EMPTY_SECTION = Decision(label=Label.BOILERPLATE, reason=Reason.EMPTY_SECTION, score=0.3)
#: The reasons that drop a box of the page's furniture (what a heading may title), as
#: against a stray line inside the article (``short-line``, ``aside``, ``date``): the
#: phrases' reasons, link text, and the blocks outside the main container or the body.
_BOX_REASONS = frozenset({
    Reason.LINKS, Reason.OUTSIDE_MAIN, Reason.OUTSIDE_BODY, Reason.RELATED,
    Reason.NAVIGATION, Reason.NEWSLETTER, Reason.SHARE, Reason.ADVERTISEMENT,
    Reason.COMMENTS, Reason.FOOTER, Reason.PAYWALL,
})


def drop_empty_sections(blocks: Sequence[InputBlock], decisions: list[Decision | None]) -> None:
    """Drop the body's headings that head nothing kept.

    Args:
        blocks: the page's blocks.
        decisions: one decision per block (None: not decided, dropped as outside the
            body); the empty sections' headings are replaced in place.
    """
    kept = body_blocks(decisions)
    below_text = False  # a heading above the body's first paragraph is the head's business
    for n, i in enumerate(kept):
        if decisions[i].label != Label.HEADING:  # type: ignore[union-attr]
            below_text = True
            continue
        if not below_text or not _heading_like(blocks[i].text):
            continue
        following = kept[n + 1] if n + 1 < len(kept) else len(blocks)
        boxes = sum(1 for j in range(i + 1, following) if _dropped_box(blocks[j], decisions[j]))
        if following == len(blocks) or boxes >= L.EMPTY_SECTION_MIN_BOXES or (
            boxes and decisions[following].label == Label.HEADING  # type: ignore[union-attr]
        ):
            decisions[i] = _EMPTY_SECTION


def _heading_like(text: str) -> bool:
    # A long "heading", or one that closes a sentence, is a paragraph set in a heading's
    # type (a pull quote, a closing line): it stands for itself.
    if len(text) > L.EMPTY_SECTION_HEADING_MAX_CHARS:
        return False
    return text.endswith(("?", ":")) or P.TERMINAL_PUNCTUATION.search(text[-4:]) is None


def _dropped_box(block: InputBlock, decision: Decision | None) -> bool:
    if len(block.text) < L.EMPTY_SECTION_BOX_MIN_CHARS:
        return False
    return decision is None or decision.reason in _BOX_REASONS

"""What HTML markup says about a block, for the shared classifier.

Plain-text blocks carry no markup, so these functions return "no opinion" for them; the
rest of the classifier never looks at tags or class names directly.

The HTML loader has already chosen the page's main container. Outside it, a block is
boilerplate unless it can be part of the article's head (the headline usually sits above
the body's container, with the byline and standfirst beside it). Inside it, markup only
settles what the text rules cannot see: link lists, and the furniture that class names
give away.
"""

from __future__ import annotations

import re

from ..document import Decision, InputBlock
from . import structure
from .features import BlockFeatures

_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Where the headline, standfirst and byline live; matched on the block's own hints and its
# nearest ancestors' (the loader lists the element's own class first).
_HEAD_HINTS = re.compile(
    r"headline|title|byline|author|dek\b|standfirst|subtitle|sub-title|subhead|"
    r"summary|description|intro|lede|lead|strapline|kicker|header"
)
#: Share of link text above which a block inside the main container is a link list
#: (related stories, tag lists, share rows). Prose with a few inline links stays well below.
MAIN_MAX_LINK_DENSITY = 0.5
#: Short blocks tolerate less link text: "Read more: <link>" is mostly link.
SHORT_MAX_LINK_DENSITY = 0.3
SHORT_CHARS = 80
#: Inside the main container, a block this long with little link text is prose whatever
#: its language (jusText's "length_high" is 200; container evidence lets us go lower).
PROSE_MIN_CHARS = 120
PROSE_MIN_CHARS_IDEOGRAPHIC = 40
PROSE_MAX_LINK_DENSITY = 0.3
#: The weight of a short, link-free line of the main container: positive, so the body run
#: spans the container, but too small to carry the run on its own.
MAIN_SHORT_WEIGHT = 0.2
#: How far a head candidate may be from the start of its hints to count (own class first).
HEAD_HINT_CHARS = 80
#: Headlines and standfirsts are short; a long block outside the container is not one.
HEAD_MAX_CHARS = 400


def markup_decision(block: InputBlock, features: BlockFeatures) -> Decision | None:
    """Decide a block from its markup alone, or return None to leave it to the text rules.

    Args:
        block: the block, with its tag, hints, link density and ``in_main`` flag.
        features: the block's text measures.

    Returns:
        A boilerplate Decision with its reason, or None when the markup does not settle it.
    """
    if block.tag is None:
        return None
    density = block.link_density
    if not block.in_main:
        if _may_be_head(block, features):
            return None
        return Decision(label="boilerplate", reason="outside-main", score=0.1)
    if density > MAIN_MAX_LINK_DENSITY or (features.chars < SHORT_CHARS and density > SHORT_MAX_LINK_DENSITY):
        return Decision(label="boilerplate", reason="links", score=0.2)
    return None


def _may_be_head(block: InputBlock, features: BlockFeatures) -> bool:
    """Whether a block outside the main container can be the headline, dek or byline."""
    if features.chars > HEAD_MAX_CHARS or block.link_density > MAIN_MAX_LINK_DENSITY:
        return False
    if block.tag == "h1":
        return True
    if structure.parse_byline(block.text) is not None:
        return True
    return _HEAD_HINTS.search(block.hints[:HEAD_HINT_CHARS]) is not None


def markup_weight(block: InputBlock, features: BlockFeatures, weight: float) -> float:
    """Adjust a block's prose weight with what its markup says (unchanged for plain text).

    Args:
        block: the block.
        features: its text measures.
        weight: the prose weight the text rules gave it.

    Returns:
        The adjusted weight: blocks outside the main container never extend the body;
        inside it, short lines and link lists only dent it, so one "Related" box does not
        split an article in two.
    """
    if block.tag is None:
        return weight
    if not block.in_main:
        return min(weight, -1.0)
    if block.tag == "h1":
        # The headline opens the article; it never sits inside the body run, so the body
        # starts below it and the title search above the body finds it.
        return -1.0
    if weight > 0:
        return weight
    if block.link_density < PROSE_MAX_LINK_DENSITY:
        if features.chars >= _prose_chars(block.text):
            # A paragraph of the main container reads as prose in any language; the stopword
            # test behind the text weight knows only some.
            return min(features.chars, 600) / 100.0
        if weight > -1.0:
            # Short lines of the container (list entries, table rows, subheadings) belong to
            # the article unless something else says otherwise.
            return MAIN_SHORT_WEIGHT
    return weight * 0.1


def _prose_chars(text: str) -> int:
    # Ideographic scripts say in 40 characters what alphabetic ones say in 120.
    for char in text[:40]:
        if char >= "\u2e80":
            return PROSE_MIN_CHARS_IDEOGRAPHIC
    return PROSE_MIN_CHARS

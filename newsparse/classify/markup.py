"""What HTML markup says about a block, for the shared classifier.

Plain-text blocks carry no markup, so these functions return "no opinion" for them; the
rest of the classifier never looks at tags or class names directly.
"""

from __future__ import annotations

from ..document import Decision, InputBlock
from .features import BlockFeatures


def markup_decision(block: InputBlock, features: BlockFeatures) -> Decision | None:
    """Decide a block from its markup alone, or return None to leave it to the text rules."""
    if block.tag is None:
        return None
    if not block.in_main:
        return Decision(label="boilerplate", reason="outside-main", score=0.1)
    return None


def markup_weight(block: InputBlock, features: BlockFeatures, weight: float) -> float:
    """Adjust a block's prose weight with what its markup says (unchanged for plain text)."""
    return weight

"""Measures of a single block that the classifier reads."""

from __future__ import annotations

import attrs

from .. import patterns as P
from ..document import InputBlock


@attrs.frozen
class BlockFeatures:
    """What the classifier knows about one block on its own."""

    chars: int
    words: int
    stopword_ratio: float
    terminal: bool
    """Ends with sentence punctuation."""
    capitalised_ratio: float
    """Share of words starting with a capital letter."""
    link_density: float


def measure(block: InputBlock) -> BlockFeatures:
    """Measure ``block``: length, words, stopword density, punctuation, capitals."""
    text = block.text
    words = P.WORD.findall(text)
    n = len(words)
    if n:
        stop = sum(1 for w in words if w.lower() in P.STOPWORDS)
        caps = sum(1 for w in words if w[:1].isupper())
        stop_ratio, cap_ratio = stop / n, caps / n
    else:
        stop_ratio = cap_ratio = 0.0
    return BlockFeatures(
        chars=len(text),
        words=n,
        stopword_ratio=stop_ratio,
        terminal=P.TERMINAL_PUNCTUATION.search(text[-4:]) is not None,
        capitalised_ratio=cap_ratio,
        link_density=block.link_density,
    )

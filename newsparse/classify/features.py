"""Measures of a single block that the classifier reads."""

from __future__ import annotations

import attrs

from .. import patterns as P
from ..document import InputBlock

_STOPWORDS = P.STOPWORDS.__contains__


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
    """Measure ``block``: length, words, stopword density, punctuation, capitals.

    Args:
        block: the block to measure.

    Returns:
        Its features.
    """
    text = block.text
    words = P.WORD.findall(text.lower())
    n = len(words)
    if n:
        # Counting in C (map, findall) rather than in a generator: this runs on every
        # block and was a third of the classifier's time.
        stop_ratio = sum(map(_STOPWORDS, words)) / n
        cap_ratio = min(1.0, len(P.CAPITALISED_WORD.findall(text)) / n)
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

"""Measures of a single block that the classifier reads."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter, itemgetter, truediv

import attrs

from .. import patterns as P
from ..document import InputBlock

_STOPWORDS = P.STOPWORDS.__contains__
_TEXT = attrgetter("text")
_LINK_DENSITY = attrgetter("link_density")
_LAST_FOUR = itemgetter(slice(-4, None))
# ASCII bytes by shape: capitals to "U", other word bytes to "w", the rest to a space.
_ASCII_SHAPE = bytes(
    ord("U") if chr(c).isupper() else ord("w") if chr(c).isalnum() or c == ord("_") else ord(" ")
    for c in range(128)
) + b" " * 128
# Every ASCII byte that \w does not match, mapped to a space.
_ASCII_NON_WORD = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)) + b" " * 128
# A character outside ASCII that \w matches. Lines without one (most English lines with
# curly quotes or dashes) split on the byte table too: the UTF-8 bytes of their other
# characters all map to spaces, as \w+ would part the words around them.
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f](?<=\w)")


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


class Measures:
    """The measures of every block of a page, one list per measure (see :func:`measure_all`).

    Attributes:
        texts: each block's text.
        lows: each block's text lowercased.
        words: each block's word tokens, lowercased.
        chars, counts, stopword_ratios, terminal, capitalised_ratios, link_densities: the
            fields of :class:`BlockFeatures`, block by block.
    """

    __slots__ = (
        "_feats",
        "capitalised_ratios",
        "chars",
        "counts",
        "link_densities",
        "lows",
        "stopword_ratios",
        "terminal",
        "texts",
        "words",
    )

    def __init__(self, blocks: Sequence[InputBlock], prose_part: tuple[int, int] | None = None) -> None:
        # Whole-page lists built with map() over C functions: the per-block calls of
        # a per-block measure (and the attrs instances it made) were the classifier's largest cost.
        texts = self.texts = list(map(_TEXT, blocks))
        lows = self.lows = list(map(str.lower, texts))
        # ASCII lines (most) are split on a byte table in C: the same words as \w+ finds,
        # at a fraction of the cost of the regex.
        findall, table, foreign_word = P.WORD.findall, _ASCII_NON_WORD, _NON_ASCII_WORD.search
        words = self.words = [
            low.encode().translate(table).decode().split() if low.isascii()
            # (Lone surrogates pass as their three bytes, which map to spaces like the rest.)
            else low.encode("utf-8", "surrogatepass").translate(table).decode().split()
            if foreign_word(low) is None else findall(low)
            for low in lows
        ]
        counts = self.counts = list(map(len, words))
        self.chars = list(map(len, texts))
        size = len(texts)
        lo, hi = prose_part if prose_part is not None else (0, size)
        if (lo, hi) == (0, size):
            self.stopword_ratios, self.capitalised_ratios = _prose_ratios(texts, words, counts)
        else:
            stops, caps = _prose_ratios(texts[lo:hi], words[lo:hi], counts[lo:hi])
            before, after = [None] * lo, [None] * (size - hi)
            self.stopword_ratios = [*before, *stops, *after]
            self.capitalised_ratios = [*before, *caps, *after]
        self.terminal = list(map(bool, map(P.TERMINAL_PUNCTUATION.search, map(_LAST_FOUR, texts))))
        self.link_densities = list(map(_LINK_DENSITY, blocks))
        self._feats: list[BlockFeatures] | None = None

    @property
    def feats(self) -> list[BlockFeatures]:
        """The same measures as one :class:`BlockFeatures` per block."""
        if self._feats is None:
            self._feats = [
                BlockFeatures(chars=c, words=n, stopword_ratio=s, terminal=t, capitalised_ratio=k, link_density=d)
                for c, n, s, t, k, d in zip(
                    self.chars, self.counts, self.stopword_ratios, self.terminal,
                    self.capitalised_ratios, self.link_densities,
                )
            ]
        return self._feats

    def __len__(self) -> int:
        return len(self.texts)

    def part(self, start: int, end: int) -> Measures:
        """The measures of blocks ``start`` to ``end`` (half-open), as a page of their own."""
        part = object.__new__(Measures)
        for name in self.__slots__:
            if not name.startswith("_"):
                setattr(part, name, getattr(self, name)[start:end])
        part._feats = None if self._feats is None else self._feats[start:end]
        return part

    def __getitem__(self, i: int) -> BlockFeatures:
        """Block ``i``'s measures as :class:`BlockFeatures`, built only for blocks asked about."""
        if self._feats is not None:
            return self._feats[i]
        return BlockFeatures(
            chars=self.chars[i],
            words=self.counts[i],
            stopword_ratio=self.stopword_ratios[i],
            terminal=self.terminal[i],
            capitalised_ratio=self.capitalised_ratios[i],
            link_density=self.link_densities[i],
        )


def _prose_ratios(texts: list[str], words: list[list[str]], counts: list[int]) -> tuple[list, list]:
    """Each block's share of function words and of words opening with a capital."""
    stops = map(sum, map(map, repeat(_STOPWORDS), words))
    # Capitals opening a word: in ASCII text, a capital after a non-word byte, counted on
    # the text mapped to "U" (capital), "w" (other word byte) and " " (the rest).
    capitals, shape = P.CAPITALISED_WORD.findall, _ASCII_SHAPE
    caps = [
        (b" " + t.encode().translate(shape)).count(b" U") if t.isascii() else len(capitals(t))
        for t in texts
    ]
    if 0 in counts:
        return (
            [s / n if n else 0.0 for s, n in zip(stops, counts)],
            [min(1.0, c / n) if n else 0.0 for c, n in zip(caps, counts)],
        )
    # The same divisions and min(1.0, ...) calls, through map() when no block is without
    # words.
    return list(map(truediv, stops, counts)), list(map(min, repeat(1.0), map(truediv, caps, counts)))


def measure_all(blocks: Sequence[InputBlock], prose_part: tuple[int, int] | None = None) -> Measures:
    """Measure every block of a page at once; one list per measure.

    Args:
        blocks: the page's blocks.
        prose_part: when given, the half-open run of blocks whose stopword and capital
            ratios are wanted; outside it they are None (the HTML classifier leaves the
            blocks around the main container to the markup).

    Returns:
        Their measures, as lists aligned with ``blocks``.
    """
    return Measures(blocks, prose_part)

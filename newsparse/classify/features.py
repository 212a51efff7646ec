"""The text measures of a page's blocks that the classifier reads, one list per measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter, itemgetter, truediv

from .. import patterns as P
from ..data import function_words
from ..document import InputBlock

_STOPWORDS = function_words.ALL.__contains__
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


class Measures:
    """The measures of every block of a page, one list per measure (see :func:`measure_all`).

    Attributes:
        texts: each block's text.
        lows: each block's text lowercased.
        words: each block's words (runs of ``\\w``), lowercased.
        word_counts: how many words each block holds.
        chars: each block's length in characters.
        stopword_ratios: each block's share of function words (of any language in
            :mod:`newsparse.data.function_words`); None outside
            the part measured for prose.
        capitalised_ratios: each block's share of words opening with a capital; None
            outside the part measured for prose.
        terminal: whether each block ends with sentence punctuation.
        link_densities: each block's share of link text (HTML only, else 0.0).
        dense: how many characters of scripts written without spaces (kana, CJK
            ideographs, Hangul) each block holds: there a line's words are not its
            ``\\w`` runs.
    """

    __slots__ = (
        "capitalised_ratios",
        "chars",
        "dense",
        "link_densities",
        "lows",
        "stopword_ratios",
        "terminal",
        "texts",
        "word_counts",
        "words",
    )

    def __init__(self, blocks: Sequence[InputBlock], prose_part: tuple[int, int] | None = None) -> None:
        # Whole-page lists built with map() over C functions: measuring block by block
        # (and a record per block) was the classifier's largest cost.
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
        counts = self.word_counts = list(map(len, words))
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
        # (isascii() is a flag check: it screens out most lines at no cost.)
        dense = P.DENSE_SCRIPT.findall
        self.dense = [0 if t.isascii() else len(dense(t)) for t in texts]

    def __len__(self) -> int:
        return len(self.texts)

    def part(self, start: int, end: int) -> Measures:
        """The measures of blocks ``start`` to ``end`` (half-open), as a page of their own."""
        part = object.__new__(Measures)
        for name in self.__slots__:
            setattr(part, name, getattr(self, name)[start:end])
        return part


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

"""Context-free boilerplate: phrases that mark a block whatever surrounds it, and repeats."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from .. import patterns as P


@attrs.frozen
class Rules:
    """The boilerplate phrases a parser uses, compiled once into a single pattern.

    Built from the ``(pattern, reason)`` pairs of every plugin's
    ``newsparse_boilerplate_patterns`` hook (the built-in English list among them).
    """

    pairs: tuple[tuple[str, str], ...]
    _master: re.Pattern | None = attrs.field(default=None, eq=False, repr=False)
    _reasons: tuple[str, ...] = attrs.field(default=(), eq=False, repr=False)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Rules:
        """Compile ``(pattern, reason)`` pairs; the first pair that matches gives the reason."""
        pairs = tuple((str(p), str(r)) for p, r in pairs)
        if not pairs:
            return cls(pairs)
        # One alternation with a named group per pair: one scan of the block instead of one
        # per pattern, and ``lastgroup`` says which pair matched.
        master = re.compile(
            "|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(pairs)),
            re.IGNORECASE,
        )
        return cls(pairs, master, tuple(reason for _, reason in pairs))

    def reason(self, folded: str) -> str | None:
        """Return the reason of the first phrase found in ``folded`` text, or None."""
        if self._master is None or len(folded) > P.BOILERPLATE_MAX_CHARS:
            return None
        match = self._master.search(folded)
        if match is None:
            return None
        return self._reasons[int(match.lastgroup[1:])]


def fold(text: str) -> str:
    """Lowercase ``text`` and fold its whitespace, to compare blocks."""
    return P.WHITESPACE.sub(" ", text).strip().lower()

"""Context-free boilerplate: phrases that mark a block whatever surrounds it, and repeats."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from .. import patterns as P


@attrs.frozen
class Rules:
    """The boilerplate phrases a parser uses, compiled once.

    Built from the ``(pattern, reason)`` pairs of every plugin's
    ``newsparse_boilerplate_patterns`` hook (the built-in English list among them).
    Patterns are matched against lowercased, whitespace-folded text.
    """

    pairs: tuple[tuple[str, str], ...]
    _anchored: re.Pattern | None = attrs.field(default=None, eq=False, repr=False)
    _floating: re.Pattern | None = attrs.field(default=None, eq=False, repr=False)
    _prefilter: re.Pattern | None = attrs.field(default=None, eq=False, repr=False)
    _reasons: tuple[str, ...] = attrs.field(default=(), eq=False, repr=False)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Rules:
        """Compile ``(pattern, reason)`` pairs; the first pair that matches gives the reason.

        Args:
            pairs: regular expressions (searched in lowercased text) and their reasons.
                A pattern that starts with ``^`` is tried at the start of the text only,
                so it must not hold a top-level ``|``.

        Returns:
            The compiled rules.
        """
        pairs = tuple((str(p), str(r)) for p, r in pairs)
        if not pairs:
            return cls(pairs)
        # Patterns anchored at the start are tried at offset 0 only; the others are
        # searched. One alternation per kind, with a named group per pair, scans a block
        # once instead of once per pattern, and ``lastgroup`` says which pair matched.
        anchored = [(i, p) for i, (p, _) in enumerate(pairs) if p.startswith("^")]
        floating = [(i, p) for i, (p, _) in enumerate(pairs) if not p.startswith("^")]
        # A leading \b keeps re from skipping ahead to the possible first characters of
        # the alternation, which made searching five times slower; the same alternation
        # without it finds a superset of the matches and screens blocks cheaply.
        loose = [p[2:] if p.startswith(r"\b") else p for _, p in floating]
        return cls(
            pairs,
            _alternation(anchored),
            _alternation(floating),
            re.compile("|".join(f"(?:{_caseless(p)})" for p in loose)) if loose else None,
            tuple(reason for _, reason in pairs),
        )

    def reason(self, folded: str) -> str | None:
        """Return the reason of the first phrase found in ``folded`` text, or None.

        Args:
            folded: a block's text, lowercased with whitespace folded (see :func:`fold`).

        Returns:
            The reason of the lowest-numbered pair that matches, or None.
        """
        if len(folded) > P.BOILERPLATE_MAX_CHARS:
            return None
        found = None
        if self._anchored is not None:
            match = self._anchored.match(folded)
            if match is not None:
                found = int(match.lastgroup[1:])
        if self._prefilter is not None and self._prefilter.search(folded) is not None:
            match = self._floating.search(folded)
            if match is not None:
                index = int(match.lastgroup[1:])
                found = index if found is None else min(found, index)
        return None if found is None else self._reasons[found]

    def reasons(self, folded: list[str]) -> list[str | None]:
        """:meth:`reason` of each text of ``folded``, in order.

        Both alternations are first run over the whole list with map(), in C; only the
        texts that one of them matches are then looked at one by one.
        """
        hits = [False] * len(folded)
        if self._anchored is not None:
            hits = [m is not None for m in map(self._anchored.match, folded)]
        if self._prefilter is not None:
            hits = [h or m is not None for h, m in zip(hits, map(self._prefilter.search, folded))]
        reason = self.reason
        return [reason(text) if hit else None for text, hit in zip(folded, hits)]


def _alternation(indexed: list[tuple[int, str]]) -> re.Pattern | None:
    if not indexed:
        return None
    return re.compile("|".join(f"(?P<r{i}>{_caseless(p)})" for i, p in indexed))


def _caseless(pattern: str) -> str:
    # Blocks are lowercased before matching, so a lowercase pattern needs no IGNORECASE,
    # which would cost three times as much; a pattern with capitals keeps it, scoped.
    if any(c.isupper() for c in _ESCAPE.sub("", pattern)):
        return f"(?i:{pattern})"
    return pattern


_ESCAPE = re.compile(r"\\.")


def fold(text: str) -> str:
    """Lowercase ``text`` and fold its whitespace, to compare blocks.

    Args:
        text: any text.

    Returns:
        The text lowercased, with runs of whitespace turned into one space, trimmed.
    """
    # str.split() with no argument splits on runs of Unicode whitespace, like \s+, at a
    # third of the cost of a regex substitution.
    return " ".join(text.lower().split())

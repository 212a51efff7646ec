"""Context-free boilerplate: phrases that mark a block whatever surrounds it, and repeats."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

import attrs

from .. import patterns as P
from ..data.phrases import ENGLISH, Phrase
from ..model import Reason


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
    _triggers: frozenset[str] = attrs.field(default=frozenset(), eq=False, repr=False)
    _first_words: dict[str, int] = attrs.field(factory=dict, eq=False, repr=False)
    _residual: re.Pattern | None = attrs.field(default=None, eq=False, repr=False)
    _by_first_word: re.Pattern | None = attrs.field(default=None, eq=False, repr=False)
    _residual_at_start: re.Pattern | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str] | Phrase]) -> Rules:
        """Compile ``(pattern, reason)`` pairs; the first pair that matches gives the reason.

        Args:
            pairs: regular expressions (searched in lowercased text) and their reasons, or
                :class:`~newsparse.data.phrases.Phrase` records that also declare the words
                their matches need. A pattern that starts with ``^`` is tried at the start
                of the text only, so it must not hold a top-level ``|``.

        Returns:
            The compiled rules.
        """
        phrases = tuple(map(_phrase, pairs))
        compiled = tuple((p.pattern, p.reason) for p in phrases)
        if not compiled:
            return cls(compiled)
        # Patterns anchored at the start are tried at offset 0 only; the others are
        # searched. One alternation per kind, with a named group per pair, scans a block
        # once instead of once per pattern, and ``lastgroup`` says which pair matched.
        anchored = [(i, p) for i, (p, _) in enumerate(compiled) if p.startswith("^")]
        floating = [(i, p) for i, (p, _) in enumerate(compiled) if not p.startswith("^")]
        # A leading \b keeps re from skipping ahead to the possible first characters of
        # the alternation, which made searching five times slower; the same alternation
        # without it finds a superset of the matches and screens blocks cheaply.
        loose = [p.removeprefix(r"\b") for _, p in floating]
        # Most phrases cannot match without one of a few words they declare: blocks are
        # screened by their words (whole-line phrases by their first word and length), and
        # only the phrases that declare none by regex. Of those, the ones anchored at the
        # start are tried there alone: searched with the others, the whole-line menu
        # phrases of the language packs were tried at every offset of every block (half
        # the screen's cost on pages in those languages).
        first: dict[str, int] = {}
        triggers: set[str] = set()
        residual, residual_at_start = [], []
        by_first_word = []
        for i, phrase in enumerate(phrases):
            if phrase.first_words:
                by_first_word.append((i, phrase.pattern))
                width = sys.maxsize if phrase.max_chars is None else phrase.max_chars
                for word in phrase.first_words:
                    first[word] = max(first.get(word, 0), width)
            elif phrase.words:
                triggers |= phrase.words
            elif phrase.pattern.startswith("^"):
                residual_at_start.append(phrase.pattern)
            else:
                residual.append(phrase.pattern.removeprefix(r"\b"))
        return cls(
            compiled,
            _alternation(anchored),
            _alternation(floating),
            _any_of(loose),
            tuple(reason for _, reason in compiled),
            frozenset(triggers),
            first,
            _any_of(residual),
            _alternation(by_first_word),
            _any_of(residual_at_start),
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
                found = _pair_index(match)
        floating = self._floating
        if floating is not None and self._prefilter is not None and self._prefilter.search(folded) is not None:
            match = floating.search(folded)
            if match is not None:
                index = _pair_index(match)
                found = index if found is None else min(found, index)
        return None if found is None else self._reasons[found]

    def reasons(self, folded: list[str], words: list[list[str]] | None = None) -> list[str | None]:
        """:meth:`reason` of each text of ``folded``, in order.

        Texts are first screened (see :meth:`screen`); only those that pass are matched
        one by one.

        Args:
            folded: texts folded with :func:`fold`.
            words: the words of each text (:data:`newsparse.patterns.WORD` in the
                lowercased text), when already known.
        """
        if words is None:
            words = list(map(P.WORD.findall, folded))
        reason, reasons, by_first_word = self.reason, self._reasons, self._by_first_word
        out: list[str | None] = []
        for text, kind in zip(folded, self._screen(folded, words)):
            if kind == _BY_FIRST_WORD and by_first_word is not None:
                # Only whole-line phrases screened by their first word can match: the
                # first of them in order that matches is the one the full alternation
                # would find.
                match = by_first_word.match(text)
                out.append(None if match is None else reasons[_pair_index(match)])
            else:
                out.append(reason(text) if kind else None)
        return out

    def screen(self, folded: list[str], words: list[list[str]]) -> list[bool]:
        """Which texts may hold a phrase: every text :meth:`reason` matches, and a few more.

        A text passes when one of its words is a word some phrase declares it cannot match
        without, or when a phrase that declares no word matches it.

        Args:
            folded: texts folded with :func:`fold`.
            words: the words of each text, as :data:`newsparse.patterns.WORD` finds them.

        Returns:
            One flag per text.
        """
        return list(map(bool, self._screen(folded, words)))

    def _screen(self, folded: list[str], words: list[list[str]]) -> list[int]:
        # 0: no phrase can match; _BY_FIRST_WORD: only whole-line phrases screened by
        # their first word can; _ANY: others may too.
        first, disjoint = self._first_words.get, self._triggers.isdisjoint
        kinds = [
            _ANY if not disjoint(w) else _BY_FIRST_WORD if w and first(w[0], -1) >= len(f) else 0
            for f, w in zip(folded, words)
        ]
        if self._residual_at_start is not None:
            kinds = [_ANY if m is not None else k for k, m in zip(kinds, map(self._residual_at_start.match, folded))]
        if self._residual is not None:
            kinds = [_ANY if m is not None else k for k, m in zip(kinds, map(self._residual.search, folded))]
        return kinds


_BY_FIRST_WORD = 1
_ANY = 2
_REASONS = {reason.value: reason for reason in Reason}
# The built-in phrases by pattern: a plugin's pair that repeats one of them is screened by
# its declared words too.
_DECLARED = {phrase.pattern: phrase for phrase in ENGLISH}


def _phrase(pair: tuple[str, str] | Phrase) -> Phrase:
    if isinstance(pair, Phrase):
        return attrs.evolve(pair, reason=_reason(pair.reason))
    pattern, reason = pair
    declared = _DECLARED.get(str(pattern))
    if declared is not None:
        return attrs.evolve(declared, reason=_reason(reason))
    return Phrase(str(pattern), _reason(reason))


def _reason(word: str) -> str:
    # The built-in reasons as Reason members; a plugin's own reasons stay its words.
    return _REASONS.get(str(word)) or str(word)


def _pair_index(match: re.Match[str]) -> int:
    # Each pair's group is named "r<index>" (see _alternation).
    return int((match.lastgroup or "r")[1:])


def _alternation(indexed: list[tuple[int, str]]) -> re.Pattern | None:
    if not indexed:
        return None
    return re.compile("|".join(f"(?P<r{i}>{_caseless(p)})" for i, p in indexed))


def _any_of(patterns: list[str]) -> re.Pattern | None:
    # One alternation that matches where any of ``patterns`` does.
    return re.compile("|".join(f"(?:{_caseless(p)})" for p in patterns)) if patterns else None


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


def fold_lowered(low: str) -> str:
    """:func:`fold` of a block's text that is already lowercased and trimmed.

    Args:
        low: the lowercased text of a block (blocks are trimmed of surrounding space).

    Returns:
        The text with runs of whitespace turned into one space.
    """
    # isprintable() is false for every whitespace character but the ASCII space, so a
    # printable text without two spaces in a row has nothing to fold (most lines).
    if low.isprintable() and "  " not in low:
        return low
    return " ".join(low.split())

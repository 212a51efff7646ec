"""The words a phrase rule cannot match without: a cheap screen ahead of the regexes.

Most boilerplate phrases hold a whole word that every match contains ("newsletter",
"cookies", "subscribe"). A block none of whose words is such a word cannot match, and the
block's words are already known, so screening a page costs a set lookup per word instead of
a regex scan per character. The words are read off the parsed pattern, so plugins' phrases
get a screen too; a pattern whose matches need no particular word (``©\\s*\\d{4}``) is left
to its regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _parse  # type: ignore[no-redef]

from .. import patterns as P

_WORD_CHAR = re.compile(r"\w").fullmatch
# Positions where a word cannot continue: "\b", "^", "$" and their string forms.
_BOUNDARIES = frozenset(
    {_C.AT_BOUNDARY, _C.AT_BEGINNING, _C.AT_BEGINNING_STRING, _C.AT_END, _C.AT_END_STRING}
)
# (Possessive repeats are new in Python 3.11.)
_REPEATS = frozenset(
    {_C.MAX_REPEAT, _C.MIN_REPEAT} | ({_C.POSSESSIVE_REPEAT} if hasattr(_C, "POSSESSIVE_REPEAT") else set())
)


def required_words(pattern: str) -> frozenset[str] | None:
    """Words (lowercase) one of which every match of ``pattern`` holds as a whole word.

    "A whole word" is a maximal run of ``\\w`` characters, as :data:`newsparse.patterns.WORD`
    finds them in lowercased text.

    Args:
        pattern: a regular expression, as the phrase rules take it.

    Returns:
        The words, or None when matches need no particular word (or the pattern uses
        constructs this reading does not follow).
    """
    try:
        parsed = _parse.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        return _required(list(parsed), left=False, right=False)
    except (re.error, RecursionError, TypeError, ValueError, _Caseless):
        return None


def leading_words(pattern: str) -> frozenset[str] | None:
    """Words (lowercase) one of which every match of ``pattern`` at the start of a text
    begins with, as a whole word.

    For patterns anchored with ``^``: a text whose first word is none of these cannot
    match, a sharper screen than :func:`required_words` for whole-line phrases ("More",
    "Share this").

    Args:
        pattern: a regular expression, as the phrase rules take it.

    Returns:
        The words, or None when the first word of a match cannot be told.
    """
    try:
        parsed = _parse.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        items = list(parsed)
        if not items or items[0] != (_C.AT, _C.AT_BEGINNING):
            return None
        return _leading(items, 1, right=False)
    except (re.error, RecursionError, TypeError, ValueError, _Caseless):
        return None


def match_width(pattern: str) -> int | None:
    """The most characters a match of ``pattern`` spans in folded text when it must end at
    the text's end.

    Folded text (see :func:`newsparse.classify.boilerplate.fold`) has single spaces, so a
    run of whitespace in the pattern (``\\s*``) spans one character at most.

    Args:
        pattern: a regular expression ending in ``$`` (a whole-line phrase).

    Returns:
        The longest text it can match, or None when it need not end at the end of the
        text or has no bound.
    """
    try:
        items = list(_parse.parse(pattern))
        if not items or items[-1] not in ((_C.AT, _C.AT_END), (_C.AT, _C.AT_END_STRING)):
            return None
        width = _max_width(items)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    # "$" also matches before a final newline, which folded text never has.
    return width if width < _UNBOUNDED else None


_UNBOUNDED = 1 << 62
_ONE_CHARACTER = frozenset({_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN})


def _max_width(items: list) -> int:
    width = 0
    for op, av in items:
        if op in _ONE_CHARACTER:
            width += 1
        elif op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
            continue
        elif op is _C.BRANCH:
            width += max(_max_width(list(b)) for b in av[1])
        elif op is _C.SUBPATTERN:
            width += _max_width(list(av[-1]))
        elif op in _REPEATS and _is_space(list(av[2])):
            width += min(av[1], 1)
        elif op in _REPEATS and av[1] < _C.MAXREPEAT:
            width += av[1] * _max_width(list(av[2]))
        else:
            return _UNBOUNDED
        if width >= _UNBOUNDED:
            return _UNBOUNDED
    return width


def _is_space(items: list) -> bool:
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _C.LITERAL:
        return chr(av).isspace()
    return op is _C.IN and all(o is _C.CATEGORY and a is _C.CATEGORY_SPACE for o, a in av)


def _leading(items: list, index: int, *, right: bool, run: frozenset[str] = frozenset({""})) -> frozenset[str] | None:
    """The words a match of ``items[index:]`` starts with, read as a whole word, when the
    word's first letters ``run`` have been read already."""
    for i in range(index, len(items)):
        op, av = items[i]
        if op is _C.LITERAL and _WORD_CHAR(chr(av)):
            run = frozenset(r + chr(av) for r in run)
            continue
        if run != {""}:
            if op in _REPEATS and av[0] == 0 and av[1] == 1:
                # An optional part inside or after the word ("editor'?s", "comments?"):
                # the word as read without it, and with it.
                inner = list(av[2])
                skipped = _leading(items, i + 1, right=right, run=run)
                if _single_word_char(inner):
                    taken = _leading(items, i + 1, right=right, run=frozenset(r + chr(inner[0][1]) for r in run))
                else:
                    taken = run if _bounded_from(inner, 0, False) else None
                return _union((skipped, taken))
            return run if _bounded_from(items, i, right) else None
        # Nothing read yet: the first word is inside this item.
        after = _bounded_from(items, i + 1, right)
        if op is _C.BRANCH:
            return _union(_leading(list(b), 0, right=after) for b in av[1])
        if op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Caseless
            return _leading(list(av[-1]), 0, right=after)
        return None
    return run if run != {""} and right else None


class _Caseless(Exception):
    """Raised inside the walk for a case-insensitive group: its words may be spelled in
    other cases (and other letters, such as the Kelvin sign for "k") than lowercasing gives."""


def _required(items: list, *, left: bool, right: bool) -> frozenset[str] | None:
    """The best set of required words of a sequence of parsed items.

    ``left``/``right`` tell whether the sequence is known to start/end at a word boundary.
    """
    candidates: list[frozenset[str]] = []
    run: set[str] = set()  # the spellings of the word being read (an optional letter forks it)
    run_left = False  # whether that word starts at a boundary
    boundary = left  # whether the position before the next item is a boundary
    for index, (op, av) in enumerate(items):
        if op is _C.LITERAL and _WORD_CHAR(chr(av)):
            if not run:
                run, run_left = {""}, boundary
            run = {r + chr(av) for r in run}
            boundary = False
            continue
        optional = op in _REPEATS and av[0] == 0
        if run and optional and av[1] == 1 and _single_word_char(list(av[2])):
            # "cookies?": both spellings.
            run |= {r + chr(av[2][0][1]) for r in run}
            continue
        if run and run_left and _bounded_from(items, index, right):
            candidates.append(frozenset(run))
        run = set()
        if op is _C.LITERAL or op is _C.AT and av in _BOUNDARIES:
            boundary = True
            continue
        if optional:
            # An optional part that ends at a non-word character leaves a boundary behind
            # whether it is there or not ("(?:\d+ )?comments").
            inner = list(av[2])
            boundary = boundary and bool(inner) and inner[-1][0] is _C.LITERAL and not _WORD_CHAR(chr(inner[-1][1]))
            continue
        after = _bounded_from(items, index + 1, right)
        found = None
        if op is _C.BRANCH:
            found = _union(_required(list(b), left=boundary, right=after) for b in av[1])
        elif op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Caseless
            found = _required(list(av[-1]), left=boundary, right=after)
        elif op in _REPEATS:
            # The first repetition starts where the repeat does; where it ends is unknown
            # unless it is the only one.
            found = _required(list(av[2]), left=boundary, right=after and av[1] == 1)
        if found:
            candidates.append(found)
        boundary = False
    if run and run_left and right:
        candidates.append(frozenset(run))
    if not candidates:
        return None
    return min(candidates, key=_cost)


def _single_word_char(items: list) -> bool:
    return len(items) == 1 and items[0][0] is _C.LITERAL and bool(_WORD_CHAR(chr(items[0][1])))


# Character-class members that never match a word character.
_NON_WORD_CATEGORIES = frozenset({_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD})


def _bounded_from(items: list, index: int, right: bool) -> bool:
    """Whether a word cannot continue into what ``items[index:]`` matches.

    True when every match of the rest of the sequence starts with a non-word character or
    at a boundary; ``right`` says the same of what follows the sequence.
    """
    if index >= len(items):
        return right
    op, av = items[index]
    if op is _C.LITERAL:
        return not _WORD_CHAR(chr(av))
    if op is _C.AT:
        return av in _BOUNDARIES
    if op is _C.IN:
        return all(
            o is _C.LITERAL and not _WORD_CHAR(chr(a)) or o is _C.CATEGORY and a in _NON_WORD_CATEGORIES
            for o, a in av
        )
    rest = _bounded_from(items, index + 1, right)
    if op is _C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Caseless
        return _bounded_from(list(av[-1]), 0, rest)
    if op is _C.BRANCH:
        return all(_bounded_from(list(b), 0, rest) for b in av[1])
    if op in _REPEATS:
        # Taken, it starts with its first repetition; skipped, with the rest.
        return _bounded_from(list(av[2]), 0, rest) and (av[0] >= 1 or rest)
    return False


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    out: set[str] = set()
    for s in sets:
        if not s:
            return None
        out |= s
    return frozenset(out)


def _cost(words: frozenset[str]) -> tuple[int, int, int]:
    # Fewer blocks pass a screen of rarer words: avoid function words, prefer few and long.
    return (sum(w in P.STOPWORDS for w in words), len(words), -min(map(len, words)))

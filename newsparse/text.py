"""Sentences of news text, as spans.

:func:`sentences` is the one sentence splitter of newsparse and its plugins. It is rule
based, pure Python and linear in the length of the text:

* a line break ends a sentence, so headlines, list items and credits without a full stop
  stand alone, unless the next line starts with a lowercase letter (hard-wrapped prose);
* ``.``, ``?``, ``!`` and ellipses, with any closing quotation marks or brackets after
  them, end a sentence when whitespace and something other than a lowercase letter follow;
  the full stops of scripts written without spaces (``。``, ``！``, ``？``) end one
  whatever follows;
* a full stop after a title ("Gen.", "Mrs."), an abbreviation ("U.S.", "a.m.", "Inc.",
  "z. B.") or an initial ("J. R. R. Tolkien") ends a sentence only when the next word
  plainly starts one ("... Apple Inc. The company ..."); the word lists are data, in
  :mod:`newsparse.data.abbreviations`;
* a quoted question or exclamation followed by its attribution ("“Why?” Putin asked.")
  stays one sentence;
* a closing quotation mark set off by a space ('mobbed. " Stuart ...') goes with the
  sentence it closes, and a piece with no letter or digit joins the sentence before it.
"""

from __future__ import annotations

import re

from . import _build
from .data.abbreviations import (
    ABBREVIATIONS,
    ATTRIBUTION_VERBS,
    BEFORE_NUMBERS,
    MONTHS,
    ORDINAL_ARTICLES,
    SENTENCE_STARTERS,
    TITLES,
)
from .data.invisible import EMOJI_AFTER_JOINER, INVISIBLE_CHARACTERS
from .data.layout import DENSE_CHARS_PER_WORD
from .model import Span
from .patterns import DENSE_SCRIPT

__all__ = ["sentences", "source_offset", "visible", "word_count"]

# The characters str.splitlines() breaks on: each ends a line.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")

# A run of sentence-final punctuation with the closing quotation marks and brackets after
# it. No lookahead: what follows is checked in Python, so a long run of dots is one match
# and the search stays linear.
_END = re.compile(r"[.!?…。！？]+[\"'’”»)\]」』）]*")

# Full stops of the scripts written without spaces: they end a sentence with no space
# after them ("…目的としている。w3schoolsによると…").
_DENSE_STOPS = "。！？"

# Closing quotation marks and brackets after a sentence's final punctuation.
_CLOSERS = "\"'’”»)]」』）"

# Opening quotation marks and brackets, skipped to find the first letter of a sentence.
_OPENERS = "\"'‘“«„‚([{¡¿"

# Punctuation that ends a sentence; a sentence does not start with it (". . .").
_TERMINAL = ".!?…"

# A dotted acronym without its final full stop: "U.S", "a.m", "z.B", "U.S.A".
_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")

# A word as the next-word checks see it: letters, digits and apostrophes.
_WORD = re.compile(r"[\w'’]+")

# How far back the word before a full stop is looked for: longer than any abbreviation.
_LOOKBACK = 24

# The most digits of an ordinal written as a number: "zum 400. Jahrestag".
_ORDINAL_DIGITS = 4

# How many words after a closing quotation mark may come before the speech verb of an
# attribution: the speaker's name ("Prime Minister Jane Doe asked").
_ATTRIBUTION_WORDS = 3


def _word_before(text: str, start: int, floor: int) -> str:
    """Return the word that ends at ``start``, without the brackets or quotes before it."""
    begin = start
    limit = max(floor, start - _LOOKBACK)
    while begin > limit and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:start].lstrip(_OPENERS)


def _skip_space_back(text: str, position: int, floor: int) -> int:
    while position > floor and text[position - 1].isspace():
        position -= 1
    return position


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def _is_starter(text: str, position: int, end: int) -> bool:
    """Whether the word at ``position`` is one that starts sentences ("The", "He")."""
    word = _WORD.match(text, position, end)
    if not word:
        return False
    if word.end() - word.start() == 1 and word.end() < end and text[word.end()] == ".":
        return False  # an initial ("J. A. Smith"), not the article "A"
    return word.group().lower() in SENTENCE_STARTERS


def _is_attribution(text: str, position: int, end: int) -> bool:
    """Whether a speaker and a speech verb start at ``position`` ("Putin asked")."""
    for count, word in enumerate(_WORD.finditer(text, position, min(end, position + 120))):
        if word.group().lower() in ATTRIBUTION_VERBS:
            return count > 0
        if count >= _ATTRIBUTION_WORDS or not word.group()[0].isupper():
            return False
    return False


def _ends_after_stop(text: str, stop: int, piece_start: int, following: int, end: int) -> bool:
    """Decide whether the full stop at ``stop`` ends a sentence.

    ``following`` is where the next word starts (past spaces and opening quotes); its
    first character is not lowercase.
    """
    word = _word_before(text, stop, piece_start)
    if not word:
        return True  # a spaced full stop: "By . Jane Doe ."
    low = word.lower()
    if low in TITLES or low.rpartition("-")[2] in TITLES:
        return False  # also a title with a prefix: "then-Rep. Heath Shuler", "Ex-Gov."
    next_char = text[following] if following < end else ""
    if next_char.isdigit() and (low in BEFORE_NUMBERS or low in ABBREVIATIONS):
        return False  # "No. 5", "Jan. 5"
    if low.isdigit() and len(low) <= 2:
        month = _WORD.match(text, following, end)
        if month and month.group().lower() in MONTHS:
            return False  # a German ordinal date: "am 3. Oktober"
    if low.isdigit() and len(low) <= _ORDINAL_DIGITS:
        number_start = _skip_space_back(text, stop - len(word), piece_start)
        before = _word_before(text, number_start, piece_start)
        if before.lower() in ORDINAL_ARTICLES:
            return False  # an ordinal after its article: "des 20. Jahrhunderts"
    if low in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or _ACRONYM.fullmatch(word):
        return _is_starter(text, following, end)
    return True


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Return the offsets in ``text[start:end]`` (one unit of lines) where sentences end."""
    cuts: list[int] = []
    piece_start = counted = start
    straight = 0
    for match in _END.finditer(text, start, end):
        after = match.end()
        run = match.group()
        if run.rstrip(_CLOSERS)[-1:] in _DENSE_STOPS:
            # A quotation closed right after its stop goes on to its attribution with no
            # space between ("「本当ですか？」と彼は聞いた。").
            quoted = run[-1] in _CLOSERS and after < end and not text[after].isspace()
            if after < end and not quoted:
                cuts.append(after)
                piece_start = counted = after
                straight = 0
            continue
        if after >= end or not text[after].isspace():
            continue  # inside a token ("3.5", "U.S.A") or at the end of the unit
        cut = after
        visible = _skip_space(text, after, end)
        if visible >= end:
            continue
        char = text[visible]
        # Straight quotation marks in the sentence so far, counted once each (a count
        # from the sentence start at every full stop would be quadratic).
        straight += text.count('"', counted, match.start())
        counted = match.start()
        if (
            char in "\"”"
            and visible + 1 < end
            and text[visible + 1].isspace()
            and (char == "”" or straight % 2 == 1)
        ):
            # A closing quotation mark set off by a space closes this sentence when its
            # quotation is open: '"It has been mobbed. " Stuart ...'.
            cut = visible + 1
            visible = _skip_space(text, cut, end)
            if visible >= end:
                continue
            char = text[visible]
        if char in _TERMINAL:
            continue  # ". . ." or "?!" spaced out
        following = visible
        while following < end and text[following] in _OPENERS:
            following += 1
        if following < end and text[following].islower():
            continue  # '“Why?” she asked', 'Inc. said'
        run = match.group()
        punctuation = run.rstrip("\"'’”»)]")
        closed = len(punctuation) < len(run)
        last = punctuation[-1]
        if last in "?!":
            if closed and run[-1] in "\"'’”»" and _is_attribution(text, following, end):
                continue  # '“Why?” Putin asked.'
        elif (
            punctuation == "."
            and not closed
            and not _ends_after_stop(text, match.start(), piece_start, following, end)
        ):
            continue
        cuts.append(cut)
        piece_start = counted = cut
        straight = 0
    return cuts


def _units(text: str) -> list[tuple[int, int]]:
    """Return the runs of lines split on their own: a line that starts in lowercase
    continues the one before (hard-wrapped prose)."""
    units: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        first = _skip_space(text, start, end)
        if first >= end:
            continue  # a blank line
        if units and text[first].islower():
            units[-1] = (units[-1][0], end)
        else:
            units.append((first, end))
    return units


def _has_word(text: str, start: int, end: int) -> bool:
    return any(char.isalnum() for char in text[start:end])


def word_count(text: str) -> int:
    """Count the words of ``text`` as newsparse measures length.

    Whitespace separates words, except in the scripts written without spaces (kana, CJK
    ideographs, Hangul), where every two characters count as a word
    (:data:`newsparse.data.layout.DENSE_CHARS_PER_WORD`): the larger count wins.

    Args:
        text: any text.

    Returns:
        How many words it holds.

    Example:
        >>> from newsparse.text import word_count
        >>> word_count("Sen. Jane Doe landed."), word_count("プロトタイプ機能に取り組んでいる。")
        (4, 8)
    """
    words = len(text.split())
    if text.isascii():
        return words  # the common case, without a search
    return max(words, len(DENSE_SCRIPT.findall(text)) // DENSE_CHARS_PER_WORD)


def sentences(text: str) -> list[Span]:
    """Split news text into sentences.

    Args:
        text: any text; paragraphs separated by line breaks, headlines and list items on
            lines of their own.

    Returns:
        The sentences as half-open spans of ``text``, in order and not overlapping;
        ``text[span.start:span.end]`` is a sentence without the whitespace around it.
        Together they cover every character of ``text`` that is not whitespace: a piece
        without a letter or digit (a stray "—") is part of the sentence before it on its
        line, or a sentence of its own when it is alone there.

    Raises:
        TypeError: if ``text`` is not a string.

    Example:
        >>> from newsparse.text import sentences
        >>> text = "Sen. Jane Doe landed in the U.S. at 9 a.m. on Jan. 5. “Why?” she asked."
        >>> [span.slice(text) for span in sentences(text)]
        ['Sen. Jane Doe landed in the U.S. at 9 a.m. on Jan. 5.', '“Why?” she asked.']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    spans: list[Span] = []
    for start, end in _units(text):
        pieces: list[tuple[int, int]] = []
        previous = start
        for cut in [*_cuts(text, start, end), end]:
            first = _skip_space(text, previous, cut)
            last = cut
            while last > first and text[last - 1].isspace():
                last -= 1
            previous = cut
            if last <= first:
                continue
            if pieces and not _has_word(text, first, last):
                pieces[-1] = (pieces[-1][0], last)
            elif len(pieces) == 1 and not _has_word(text, *pieces[0]):
                pieces[0] = (pieces[0][0], last)
            else:
                pieces.append((first, last))
        spans.extend(_build.span(s, e) for s, e in pieces)
    return spans


# -- Invisible characters ---------------------------------------------------------------

_INVISIBLE = re.compile(
    "[" + "".join(c for c in INVISIBLE_CHARACTERS if c != "\u200d") + "]"
    + f"|\u200d(?![{EMOJI_AFTER_JOINER}])"
)

# Every character _INVISIBLE may remove, as one set.
_MAYBE_INVISIBLE = re.compile("[" + "".join(map(re.escape, INVISIBLE_CHARACTERS)) + "]").search


def visible(text: str) -> str:
    """Return ``text`` without its invisible characters (see :data:`~newsparse.data.invisible.INVISIBLE_CHARACTERS`).

    Example:
        >>> from newsparse.text import visible
        >>> visible("Netan\\u00adyahu met\\u200b Putin")
        'Netanyahu met Putin'
    """
    # Most text is ASCII, which has none of them: isascii() is a fast check. Most of the
    # rest (curly quotes, accents) has none either: one set is searched faster than the
    # substitution's alternation scans.
    if text.isascii() or _MAYBE_INVISIBLE(text) is None:
        return text
    return _INVISIBLE.sub("", text)


def source_offset(text: str, offset: int) -> int:
    """Where the character at ``offset`` of ``visible(text)`` stands in ``text`` itself.

    An invisible character just before that character is counted on the right of the cut.

    Example:
        >>> from newsparse.text import source_offset
        >>> source_offset("a\\u00adb c", 2)
        3
    """
    shift = 0
    for match in _INVISIBLE.finditer(text):
        if match.start() - shift >= offset:
            break
        shift += 1
    return offset + shift

"""Tokens and sentences, with quoted regions kept whole.

A sentence boundary is never placed inside a quotation: ``“Do you want that? Do you?”
Putin asked`` keeps the two questions together, so that the attribution after the quote can
be found. Both passes are linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import ClassVar

import attrs

from newsparse.text import sentences

from .marks import Region, find_regions
from .patterns import (
    ABBREVIATIONS,
    ACRONYM_PRONOUNS,
    AUXILIARIES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    NOT_NAMES,
    NOUN_LIKE_CUES,
    PLURAL_NOUN_AFTER,
    PLURAL_NOUN_BEFORE,
    SENTENCE_END,
    TOKEN_RE,
)


@attrs.frozen
class Token:
    """One token of a text: a word or a single punctuation character.

    Attributes:
        start: offset of its first character.
        end: offset just past its last character.
        text: the token as written.
        low: the token lower-cased.
        noun: a reporting word used as a noun here (``press`` in ``press secretary``):
            it is never a cue. (A class attribute, True only on :class:`NounUse`
            tokens: a fifth field would slow down making the tens of thousands of
            tokens of an article.)
    """

    start: int
    end: int
    text: str
    low: str
    noun: ClassVar[bool] = False

    @property
    def capitalized(self) -> bool:
        """Whether the token starts with an upper-case letter."""
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        """Whether the token is a word rather than punctuation."""
        return self.text[:1].isalnum()


class NounUse(Token):
    """A reporting word used as a noun where it stands (``press`` in ``press
    secretary``)."""

    __slots__ = ()
    noun: ClassVar[bool] = True


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word and punctuation tokens with their offsets.

    Reporting words that are nouns where they stand (see :func:`is_noun_before`) come
    out with ``noun=True``.
    """
    tokens = [
        Token(m.start(), m.end(), m.group(), m.group().lower()) for m in TOKEN_RE.finditer(text)
    ]
    for index, token in enumerate(tokens):
        if token.low in NOUN_LIKE_CUES and is_noun_before(tokens, index):
            tokens[index] = NounUse(token.start, token.end, token.text, token.low)
        elif token.low in ACRONYM_PRONOUNS and is_acronym(token.text) and _in_lower_case(tokens, index):
            # "WHO said", "US officials": a name; its capitals stay in ``low`` so that no
            # rule for the pronoun takes it.
            tokens[index] = Token(token.start, token.end, token.text, token.text)
    return tokens


def is_acronym(word: str) -> bool:
    """Whether a word is written as an acronym: two or more letters, all capitals
    (``WHO``, ``US``; not ``I`` nor ``Who``)."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def pronoun_key(mention: str) -> str:
    """A speaker mention as the pronoun rules look it up: lower-cased, unless it is an
    acronym (``WHO``, ``US``), which keeps its capitals and so matches no pronoun."""
    return mention if is_acronym(mention) else mention.lower()


def _in_lower_case(tokens: list[Token], index: int) -> bool:
    """Whether a word next to token ``index`` has lower-case letters, so the sentence
    is not written in capitals (``WHO SAID WHAT`` keeps its pronoun)."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(tokens) and tokens[near].text[:1].isalpha() and not tokens[near].text.isupper():
            return any(c.islower() for c in tokens[near].text)
    return False


# Lower-case words after which a reporting word is still a verb: its object or clause.
_AFTER_VERB = DETERMINERS | NOT_NAMES | frozenset(
    "him them us me you it her his ahead back out up down on off".split()
)


def is_negated_auxiliary(word: str) -> bool:
    """Whether a word is a finite auxiliary with ``n't`` (``haven't``, ``won’t``)."""
    word = word.replace("’", "'")
    if not word.endswith("n't"):
        return False
    base = word[:-3]
    return base in FINITE_AUXILIARIES or base in {"wo", "ca"}  # won't, can't


def _is_plural_noun(tokens: list[Token], index: int) -> bool:
    """Whether an ``-s`` reporting word is a plural noun, judged by its neighbours: a
    count, a quantifier or a preposition before it (``six states``, ``in states``, ``some
    reports``), or a word after it that follows a noun, never a reporting verb (``states
    like Ohio``, ``states where``, ``states going to the polls``)."""
    token = tokens[index]
    if not token.low.endswith("s") or token.low.endswith("ss"):
        return False
    if index:
        previous = tokens[index - 1]
        if any(c.isdigit() for c in previous.text) or previous.low in PLURAL_NOUN_BEFORE:
            return True  # "six states", "10-year notes", "in states"
    if index + 1 < len(tokens):
        following = tokens[index + 1]
        if following.low in PLURAL_NOUN_AFTER or (
            following.text.islower() and following.low.endswith("ing") and len(following.low) > 5
        ):
            return True
    return False


def is_noun_before(tokens: list[Token], index: int) -> bool:
    """Whether the reporting word at ``index`` is a noun, judged by the word after it.

    A finite auxiliary after it makes it a subject (``the Treasury note has climbed``);
    a lower-case content word after a form without ``-s`` makes it the first half of a
    compound (``press secretary``, ``note taker``). A verb is followed by its object,
    a clause, a preposition or punctuation instead.
    """
    token = tokens[index]
    if token.capitalized and index and tokens[index - 1].capitalized:
        return True  # inside a name: "United States", "Associated Press"
    if _is_plural_noun(tokens, index):
        return True
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if not following.is_word or not following.text.islower():
        return False
    if following.low in FINITE_AUXILIARIES or is_negated_auxiliary(following.low):
        return True
    third_person = token.low.endswith("s") and not token.low.endswith("ss")
    if third_person or following.low in _AFTER_VERB or following.low in AUXILIARIES:
        return False
    return not following.low.endswith("ly") and following.start == token.end + 1


def split_sentences(
    text: str, regions: list[Region], ends: set[int] | None = None
) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each sentence of ``text``, blanks trimmed.

    The boundaries are those of :func:`newsparse.text.sentences` (which knows titles,
    abbreviations and initials: ``the U.N. General Assembly`` is one sentence) and every
    line break, but never one inside a quoted region: a quotation, even one that runs over
    several paragraphs, stays in one sentence with its attribution.

    Args:
        text: the text.
        regions: its quoted regions, as returned by :func:`~newsparse_quotes.marks.find_regions`.
        ends: the end offsets of ``newsparse.text.sentences(text)`` and the line breaks,
            when already known.

    Returns:
        Sentence spans in order; they do not overlap and cover every non-blank character.
    """
    if ends is None:
        ends = sentence_ends(text) | set(line_breaks(text))
    cuts: list[int] = []
    index = 0  # first region that may still contain a boundary
    count = len(regions)
    for position in sorted(ends):
        while index < count and regions[index].end < position:
            index += 1
        if index < count and regions[index].start < position < regions[index].end:
            continue
        cuts.append(position)
    spans: list[tuple[int, int]] = []
    previous = 0
    for cut in [*cuts, len(text)]:
        start, end = previous, cut
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        previous = cut
    return spans


def line_breaks(text: str) -> list[int]:
    """The offsets of the line breaks of ``text``, in order."""
    return [match.start() for match in _LINE_BREAK.finditer(text)]


_LINE_BREAK = re.compile("\n")
#: A word as ``str.split`` cuts them.
_WORD = re.compile(r"\S+")


def sentence_ends(text: str) -> set[int]:
    """The offsets at which :func:`newsparse.text.sentences` ends the sentences of ``text``."""
    return {span.end for span in sentences(text)}


def token_range(tokens: list[Token], starts: list[int], start: int, end: int) -> range:
    """Return the indices of the tokens that start within ``[start, end)``.

    Args:
        tokens: the tokens of the text.
        starts: their start offsets (``[t.start for t in tokens]``), for bisection.
        start: range start offset.
        end: range end offset.
    """
    return range(bisect_left(starts, start), bisect_left(starts, end))


class Analysis:
    """A text with its tokens, regions and sentences, and the lookups between them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[Token] = tokenize(text)
        self.starts = [t.start for t in self.tokens]
        self.regions = find_regions(text)
        self._ends = sentence_ends(text)
        self.newlines = line_breaks(text)
        self.sentences = split_sentences(text, self.regions, self._ends | set(self.newlines))
        self.sentence_starts = [s for s, _ in self.sentences]
        self._region_starts = [r.start for r in self.regions]
        self._first_lowercase: dict[int, int] = {}

    def inside_quote(self, offset: int) -> bool:
        """Whether ``offset`` lies between the marks of a quoted region."""
        index = bisect_right(self._region_starts, offset) - 1
        return index >= 0 and self.regions[index].start < offset < self.regions[index].end

    def first_token(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def capitals_only_before(self, offset: int) -> bool:
        """Whether every word from the start of the sentence holding ``offset`` up to it
        that opens with a letter opens with a capital (``Former Vice President Joe``).

        The first word opening with a small letter is found once per sentence, so asking
        for every name of a sentence costs the sentence's length, not its length times
        the number of names (a byline of thousands of names has no small letter at all).
        """
        index = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[index] if index >= 0 else 0
        first = self._first_lowercase.get(start)
        if first is None:
            # Up to the next sentence's start: an offset between two sentences belongs to
            # the first, as the slice before it would.
            end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.text)
            first = next((m.start() for m in _WORD.finditer(self.text, start, end)
                          if m.group()[0].isalpha() and not m.group()[0].isupper()), len(self.text))
            self._first_lowercase[start] = first
        return first >= offset

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the one before it)."""
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def paragraph_bounds(self, offset: int) -> tuple[int, int]:
        """``(start, end)`` of the line containing ``offset``."""
        index = bisect_left(self.newlines, offset)
        start = self.newlines[index - 1] + 1 if index else 0
        end = self.newlines[index] if index < len(self.newlines) else len(self.text)
        return start, end

    def _ends_at(self, offset: int) -> bool:
        """Whether a sentence of the shared splitter ends at ``offset`` (past any closing
        marks or brackets)."""
        text = self.text
        while offset < len(text) and text[offset] in "\"'’”»)]":
            offset += 1
        return offset in self._ends

    def is_sentence_end(self, index: int) -> bool:
        """Whether token ``index`` is punctuation that ends a sentence."""
        token = self.tokens[index]
        if token.text not in SENTENCE_END:
            return False
        if token.text == "." and index:
            previous = self.tokens[index - 1]
            if previous.end == token.start and (
                len(previous.text) == 1 or previous.low in ABBREVIATIONS
            ):
                # An abbreviation or an initial: the shared splitter decides ("Apple
                # Inc. The company" ends there, "the U.N. General Assembly" does not).
                return self._ends_at(token.end)
            if index + 1 < len(self.tokens):
                following = self.tokens[index + 1]
                if following.text in ",;)" or following.text[:1].islower():
                    return False  # "R-Ky., said", "Inc. said"
        return True

"""Sentence splitting for news text, with character spans.

The boundaries inside a line come from `sentencex <https://github.com/wikimedia/sentencex>`_,
a fast rule-based segmenter (compiled, no model files) that already knows English
abbreviations (``U.S.``, ``Sen.``, ``Jan.``, ``a.m.``), initials, decimals, ellipses and
quotations that end a sentence (``“… table,” Putin said.``). This module adds what news
text needs on top of it:

* line structure: a line break ends a sentence, so headlines, list items and credits
  without a full stop stand alone; a line that starts with a lowercase letter continues
  the previous one (hard-wrapped text);
* speech that ends in ``?`` or ``!`` before its attribution stays one sentence
  (``“Why?” he asked.``);
* spans: every sentence is a :class:`newsparse.Span` of the input with the surrounding
  whitespace left out, so ``text[span.start:span.end]`` is the sentence.

The work is linear in the length of the text; no regular expression here can backtrack
more than a bounded amount.
"""

from __future__ import annotations

import re

import sentencex

from newsparse import Span

__all__ = ["sentence_texts", "split_sentences"]

#: The language whose rules sentencex applies.
LANGUAGE = "en"

#: The most characters handed to sentencex at once (see :func:`_boundaries`). Far longer
#: than any sentence; short enough that its worst case stays a few milliseconds.
WINDOW = 4000

#: Boundaries closer than this to the end of a window that cuts the text are decided
#: again in the next window, with the text that follows in view.
MARGIN = 400

# A line: a maximal run of characters other than line breaks. Only "\n" is a line break
# here; sentencex treats the rarer separators (U+2028, U+0085) as sentence ends itself.
_LINE = re.compile(r"[^\n]+")

# A line continues the previous one (hard-wrapped prose) when its first visible character
# is a lowercase letter: no sentence, headline or list item starts that way in English news.
_CONTINUATION = re.compile(r"[ \t]*[a-z]")

# Lone surrogates cannot be handed to the compiled segmenter; each is replaced by one
# character, so offsets do not move.
_SURROGATE = re.compile(r"[\ud800-\udfff]")

# A segment that ends in "?" or "!" (or an ellipsis), optionally inside closing quotes or
# brackets. Followed by a segment starting in lowercase, the two are one sentence:
# "“Why?” he asked." The quote run is bounded, so the match cannot backtrack far.
_SOFT_END = re.compile(r"(?:[?!]|\.\.\.|…)[\"'’”»)\]]{0,3}$")

# The start of a segment that continues a sentence: optional opening quotes or brackets,
# then a lowercase letter.
_LOWER_START = re.compile(r"[\"'‘“«(\[]{0,3}[a-z]")

# Speech ending in "?" or "!" inside closing quotes ...
_QUOTED_SOFT_END = re.compile(r"[?!][\"'’”»]{1,3}$")

# ... followed by its attribution, "Putin asked, ..." or "Mr Smith said.": up to three
# capitalised words and a speech verb. Words and spaces are disjoint classes, so the
# bounded repeat is linear.
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'’.-]*[ \t]+){1,3}"
    r"(?:said|says|asked|asks|added|adds|told|tells|replied|replies|wrote|writes|explained|"
    r"insisted|shouted|cried|continued|joked|admitted|warned|demanded|wondered|recalled|"
    r"recalls|agreed|conceded|laughed|quipped|remarked|exclaimed|declared|noted|observed)\b"
)

# sentencex takes "May." for an abbreviation, but the month is never abbreviated (nor is
# the surname): before a capital, "May." ends a sentence.
_MAY = re.compile(r"\bMay\.(?=[ \t]+[\"'‘“]?[A-Z])")

# A closing quotation mark at the start of a segment, followed by a space: it closes the
# sentence before ("... absolutely mobbed. " Stuart has ...").
_STRAY_CLOSE = re.compile(r"[\"”’][ \t]+")

# Text with something to say: at least one letter or digit.
_WORDY = re.compile(r"\w")


def _units(text: str) -> list[tuple[int, int]]:
    """Return the line runs of ``text`` that are split on their own, as offset pairs.

    Lines are joined when the next one continues a wrapped sentence.
    """
    units: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        if units and _CONTINUATION.match(text, start):
            units[-1] = (units[-1][0], end)
        else:
            units.append((start, end))
    return units


def _boundaries(chunk: str) -> list[tuple[int, int]]:
    """Return sentencex's sentence boundaries in ``chunk`` as offset pairs covering it.

    sentencex looks ahead for the closing quotation mark of every opening one, which costs
    time quadratic in the distance when quotes are left open. Long chunks are therefore
    segmented in windows of :data:`WINDOW` characters: the sentences of a window that end
    well before its cut (:data:`MARGIN`) are kept, and the next window starts where they
    end, so results are those of a single call whenever sentences are shorter than a
    window.
    """
    pieces: list[tuple[int, int]] = []
    position = 0
    while position < len(chunk):
        stop = min(len(chunk), position + WINDOW)
        window = chunk[position:stop]
        try:
            found = sentencex.get_sentence_boundaries(LANGUAGE, window)
        except Exception:  # noqa: BLE001 - defensive: the segmenter is compiled code
            found = []
        spans = []
        expected = 0
        for boundary in found:
            s, e = boundary.get("start_index"), boundary.get("end_index")
            if (
                not isinstance(s, int)
                or not isinstance(e, int)
                or not (expected <= s <= e <= len(window))
                or window[s:e] != boundary.get("text")
            ):
                break  # offsets we cannot trust: the rest of the window is one piece
            spans.append((s, e))
            expected = e
        if expected < len(window):
            spans.append((expected, len(window)))
        if stop < len(chunk) and len(spans) > 1:
            # Boundaries near the cut saw too little of what follows: segment that part
            # again at the start of the next window.
            safe = [span for span in spans if span[1] <= len(window) - MARGIN]
            spans = safe or spans[:1]
        pieces.extend((position + s, position + e) for s, e in spans)
        position += spans[-1][1] if spans else len(window)
    return pieces


def _segment(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` with sentencex; return stripped offset pairs into ``text``."""
    chunk = _SURROGATE.sub("\ufffd", text[start:end])
    spans = []
    for s, e in _repair(chunk, _boundaries(chunk)):
        piece = chunk[s:e]
        stripped = piece.strip()
        if not stripped or not _WORDY.search(stripped):
            continue
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + s + lead, start + s + lead + len(stripped)))
    return spans


def _repair(chunk: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split pieces at boundaries sentencex misses (see ``_MAY``)."""
    repaired: list[tuple[int, int]] = []
    for s, e in pieces:
        for match in _MAY.finditer(chunk, s, e):
            repaired.append((s, match.end()))
            s = match.end()
        repaired.append((s, e))
    return repaired


def _merge_continuations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the attribution after a question or exclamation to it, and give a stray
    closing quotation mark back to its sentence.

    A segment that starts in lowercase joins a previous one ending in ``?``, ``!`` or an
    ellipsis (``“Why?” he asked.``); one that starts with a speaker and a speech verb
    joins a previous one ending in ``?`` or ``!`` inside quotes (``“Why?” Putin asked.``).
    """
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and "\n" not in text[merged[-1][1] : start]:
            gap = _STRAY_CLOSE.match(text, start, end)
            if gap and gap.end() < end:
                # A closing quotation mark set off by a space ('mobbed. " Stuart ...')
                # belongs to the sentence before.
                merged[-1] = (merged[-1][0], start + 1)
                start = gap.end()
        if merged:
            prev_start, prev_end = merged[-1]
            tail = max(prev_start, prev_end - 8)
            if "\n" not in text[prev_end:start] and (
                (_LOWER_START.match(text, start) and _SOFT_END.search(text, tail, prev_end))
                or (
                    _QUOTED_SOFT_END.search(text, tail, prev_end)
                    and _ATTRIBUTION.match(text, start, min(end, start + 120))
                )
            ):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return merged


def split_sentences(text: str) -> list[Span]:
    """Split news text into sentences.

    Args:
        text: any text; paragraphs separated by blank lines, headlines and list items on
            lines of their own.

    Returns:
        The sentences as spans of ``text``, in order, not overlapping, each without
        leading or trailing whitespace and each holding at least one letter or digit.

    Example:
        >>> text = "The U.S. Sen. Jane Doe arrived at 9 a.m. on Jan. 5. “Why?” she asked."
        >>> [span.slice(text) for span in split_sentences(text)]
        ['The U.S. Sen. Jane Doe arrived at 9 a.m. on Jan. 5.', '“Why?” she asked.']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    spans: list[tuple[int, int]] = []
    for start, end in _units(text):
        spans.extend(_merge_continuations(text, _segment(text, start, end)))
    return [Span(s, e) for s, e in spans]


def sentence_texts(text: str) -> list[str]:
    """Return the sentences of ``text`` as strings (see :func:`split_sentences`).

    Args:
        text: any text.

    Returns:
        The sentences, copied verbatim from ``text``, in order.
    """
    return [span.slice(text) for span in split_sentences(text)]

"""Where the body opens: the top of the run the decoding chose, read once more.

The body model judges blocks one by one and the decoding cuts the body where the evidence
turns; at the top that leaves mistakes of a few kinds, each seen on pages of many sites and
languages:

* **furniture kept as the opening**: a line without a single letter (a share count "884",
  a rule of "=====") or a teaser cut short ("People always find something to hate...")
  that the story then gives in full, standing above the first paragraph;
* **the lead photo's caption kept as the opening**: a credit line alone ("Patrick
  Semansky, ASSOCIATED PRESS") or a news agency's file-photo caption ("In this Dec. 12,
  2006, file photo, ...") standing above the first paragraph, where the photo was;
* **the wire service's credit kept as the opening**: the agency's name alone on a line
  ("The Associated Press", "Agencia EFE") above the first paragraph is the story's
  credit, a byline of kind ``agency``;
* **the date line kept as the opening**: a short line stating the date ("Published
  Monday, November 18, 2019 8:22AM EST"), not a sentence, above the first paragraph; the
  first pass keeps such a line when it shares a box with the body's first block, as an
  agency's credit often does;
* **the lede set aside as a repeat**: a page that shows its standfirst above the story and
  again as the story's first paragraph; the first pass drops the second copy as a
  duplicate, and the body starts one paragraph late;
* **the first paragraphs cut off by an embed or a subheading**: sentences in the very box
  of the body's first paragraph, above a post or photo embedded outside the container or
  above a subheading, that the decoding left out (too short for
  :func:`~newsparse.classify.rescue.extend_to_lede`, or a section above the one it chose).
* **the lede dropped for its links**: the story's first sentence, in the very box of the
  paragraphs below it, set aside as a link list because it links the people and places it
  names ("<a>Gov. Jane Doe</a> said ..."); between two paragraphs such a sentence is kept
  already, at the top nothing vouched for it.

:func:`settle_opening` mends them after the body's blocks are labelled, before the head
(headline, dek, bylines) is read above the new first block. It reads a few blocks at the
top of the body only, so it costs next to nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..data import layout as L
from ..data import markup as M
from ..document import BODY_LABELS, Decision, InputBlock
from ..model import Label, Reason
from . import authors, dates, structure
from .features import Measures

_NOT_A_LINE = Decision(label=Label.BOILERPLATE, reason=Reason.SHORT_LINE, score=0.3)
_TEASER = Decision(label=Label.BOILERPLATE, reason=Reason.DUPLICATE, score=0.6)
_LEDE = Decision(label=Label.BODY, reason=Reason.PROSE, score=0.6)
_PHOTO_LINE = Decision(label=Label.CAPTION, reason=Reason.CREDIT, score=0.6)
_AGENCY_LINE = Decision(label=Label.BYLINE, reason=Reason.BYLINE, score=0.6)
_SECTION_HEADING = Decision(label=Label.HEADING, reason=Reason.SUBHEADING, score=0.6)
_DATE_LINE = Decision(label=Label.BOILERPLATE, reason=Reason.DATE, score=0.2)


def settle_opening(
    blocks: Sequence[InputBlock], measures: Measures, decisions: list[Decision | None], start: int, end: int,
) -> int:
    """Mend the top of the body: drop the furniture above its first paragraph, take back a
    lede the first pass set aside as a repeat or for its links, and the paragraphs of the
    body's own box just above it.

    Args:
        blocks: the page's blocks.
        measures: their measures.
        decisions: every block's decision, the body's included; updated in place.
        start: the body's first block.
        end: the end of the body's run (half-open).

    Returns:
        The body's first block after the mending.
    """
    if start >= end:
        return start
    start = _past_furniture(measures, decisions, start, end)
    start = _lede_repeated_above(blocks, measures, decisions, start)
    return _own_paragraphs_above(blocks, measures, decisions, start)


def _past_furniture(measures: Measures, decisions: list[Decision | None], start: int, end: int) -> int:
    # The furniture above the first paragraph is a line or two: a few blocks are read.
    # The body's start moves only past what is set aside here.
    body = [i for i in range(start, min(end, start + L.OPENING_WINDOW)) if _in_body(decisions[i])]
    for k, i in enumerate(body[:-1]):
        text = measures.texts[i]
        if not any(map(str.isalpha, text)):
            decisions[i] = _NOT_A_LINE
        elif _teaser_of(text, [measures.texts[j] for j in body[k + 1 :]]):
            decisions[i] = _TEASER
        elif _photo_line(text):
            decisions[i] = _PHOTO_LINE
        elif authors.is_agency(text):
            decisions[i] = _AGENCY_LINE
        elif _date_line(measures, i):
            decisions[i] = _DATE_LINE
        else:
            return i if k else start
    return body[-1] if len(body) > 1 else start


def _photo_line(text: str) -> bool:
    """Whether ``text`` is the lead photo's credit alone or an agency's file-photo caption
    (a byline naming the agency is neither)."""
    if len(text) > L.CAPTION_MAX_CHARS or structure.parse_byline(text) is not None:
        return False
    if structure.is_file_caption(text):
        return True
    parts = structure.split_caption(text)
    return parts is not None and not parts.text


def _date_line(measures: Measures, i: int) -> bool:
    """Whether block ``i`` is a short line that states a date and is no sentence (the
    markup's own bounds for a date line of the page furniture)."""
    text = measures.texts[i]
    if measures.terminal[i] or measures.chars[i] > M.DATE_LINE_MAX_CHARS:
        return False
    if measures.word_counts[i] > M.DATE_LINE_MAX_WORDS:
        return False
    return dates.parse_date_line(text) is not None and structure.parse_byline(text) is None


def _in_body(decision: Decision | None) -> bool:
    return decision is not None and decision.label in BODY_LABELS


def _teaser_of(text: str, below: list[str]) -> bool:
    """Whether ``text`` is cut short ("...", "…") and a block below opens with all of it."""
    stripped = text.rstrip()
    if not stripped.endswith(L.ELLIPSES):
        return False
    stem = " ".join(stripped.rstrip("".join(L.ELLIPSES) + " ").split())
    if len(stem) < L.TEASER_MIN_CHARS:
        return False
    return any(" ".join(t.split()).startswith(stem) for t in below)


def _lede_repeated_above(
    blocks: Sequence[InputBlock], measures: Measures, decisions: list[Decision | None], start: int,
) -> int:
    # Just above the first paragraph, past captions and furniture the first pass set
    # aside, a paragraph of the main container dropped as a repeat of a block above it.
    for i in range(start - 1, max(-1, start - L.OPENING_WINDOW), -1):
        d = decisions[i]
        if d is None or d.label not in (Label.BOILERPLATE, Label.CAPTION):
            return start
        if d.reason == Reason.DUPLICATE:
            if _reads_as_lede(blocks[i], measures, i) and _repeats_above(measures.words, i):
                decisions[i] = _LEDE
                return i
            return start
    return start


def _repeats_above(words: list[list[str]], i: int) -> bool:
    # The first copy stands above (the standfirst); a teaser repeats what follows it.
    key = words[i]
    return any(w == key for w in words[:i])


def _reads_as_lede(block: InputBlock, measures: Measures, i: int) -> bool:
    # A sentence of the story's own container, not a heading: a repeated headline or
    # section label stays a repeat.
    if not block.in_main or block.tag in M.HEADING_TAGS or not measures.terminal[i]:
        return False
    return measures.word_counts[i] >= L.DEK_MIN_WORDS or measures.dense[i] >= L.PROSE_MIN_DENSE_CHARS


def _own_paragraphs_above(
    blocks: Sequence[InputBlock], measures: Measures, decisions: list[Decision | None], start: int,
) -> int:
    # Just above the first paragraph, past what was set aside and past a widget nested
    # outside the container (an embedded photo post), sentences in the very box of the
    # body's first paragraph (same tag, same path) that nothing decided, or that markup set
    # aside for its links: the story's first paragraphs, cut off by the widget and too
    # short for the lede's own bound, or linking what they name. Subheadings
    # are passed over, and join the body with a sentence found above them: the decoding
    # sometimes starts the body at the story's second section. The window is counted from
    # the body's first block as it moves: a first section longer than the window comes
    # back whole.
    first = blocks[start]
    if first.path is None:
        return start  # plain text: no box to speak for the paragraph
    looked = 0
    headings: list[int] = []
    for i in range(start - 1, -1, -1):
        block, d = blocks[i], decisions[i]
        if not block.in_main:
            continue  # the widget's blocks do not use up the window
        if looked == L.OPENING_WINDOW:
            break
        looked += 1
        same_box = block.path == first.path and block.tag == first.tag
        if same_box and (
            _left_out_sentence(block, measures, i) if d is None
            else d.reason == Reason.LINKS and _linked_lede(block, measures, i)
        ):
            decisions[i] = _LEDE
            for h in headings:
                decisions[h] = _SECTION_HEADING
            headings = []
            start, looked = i, 0
        elif d is None and block.tag in M.HEADING_TAGS:
            headings.append(i)
        elif d is None or d.label not in (Label.BOILERPLATE, Label.CAPTION):
            break
    return start


def _linked_lede(block: InputBlock, measures: Measures, i: int) -> bool:
    # A sentence dropped for its links, in the very box of the paragraphs below it: the
    # lede that names people and places with links ("Rep. <a>Jane Doe</a> said ..."). A
    # teaser that is one link whole, or a "Read more" label, stays dropped.
    return (
        measures.terminal[i] and block.link_density <= M.LINKED_LEDE_MAX_DENSITY
        and measures.chars[i] + measures.dense[i] >= M.LINKED_LEDE_MIN_CHARS
    )


def _left_out_sentence(block: InputBlock, measures: Measures, i: int) -> bool:
    # A sentence of some length with no more link text than a paragraph of the container
    # may hold (scripts written without spaces count double, as the body model counts them).
    return (
        measures.terminal[i] and block.link_density <= M.MAX_LINK_DENSITY
        and measures.chars[i] + measures.dense[i] >= L.OWN_PARAGRAPH_MIN_CHARS
    )

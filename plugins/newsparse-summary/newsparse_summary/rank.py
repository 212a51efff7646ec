"""Ranking and choosing summary sentences.

A sentence's importance is a linear score over the features of
:mod:`newsparse_summary.features` (position in the story, length, how typical its words
are of the story, how much it shares with the headline, quotation and question shape).
The position prior falls as ``(1 + k) ** -decay`` for the k-th sentence that can be
chosen, with the decay learned for each length of summary. The weights are learned from
news stories with reference summaries by ``scripts/train_scorer.py`` and shipped in
``data/scorer.json``.

Some sentences are never chosen, whatever their score:

* page furniture left in the body: syndication headers ("By . Jane Doe . PUBLISHED:
  ..."), "Last updated at ...", prompts ("Scroll down for video"), fragments;
* a sentence in brackets ("(Sign up for our newsletter.)");
* a sentence without final punctuation: headlines, gallery titles, captions, and one that
  trails off into an ellipsis ("Here's what she had to say…");
* a caption: a sentence that repeats one of the article's captions, a label and a colon
  ("Injured: ..."), a label run into the text without a
  full stop ("... on Wednesday Cuffed: ..."), a credit ("Photo: ...", "Getty Images");
* anything before a dateline ("LONDON (Reuters) -"): a teaser or promo above the story;
* a sentence in a script written without spaces (Japanese, Chinese) in a text written
  with spaces, or the other way round: another language than the story's;
* a sentence with a web or e-mail address ("Read more at www.example.org."); every
  sentence of a paragraph of one or two sentences that ends with one (a note to
  readers), of a paragraph that holds a DOI or an ISBN (a source note, a book's
  details) or of a short paragraph that ends without final punctuation (a line of a
  list, a label);
* a sentence that opens with a numbered label ("Figure 1: ...", "Frage 3: ..."): a
  caption, a numbered question or a step;
* with the article's paragraph kinds known (:class:`SummaryExtractor` passes them), a
  table, or any sentence of a heading that asks a question; a blockquote, and a heading
  after the story has begun (a section's title, or a product's line or a promo set in its
  type), are chosen only when the story's own paragraphs hold too few sentences;
* a paragraph wholly in italics that shares next to nothing with the story and headline:
  a note about the publication ("This article originally appeared on ...");
* an interviewer's question, told by the layout (see :mod:`newsparse_summary.interview`);
* the two pieces of a sentence the splitter cut inside an aside, the second going on in
  lower case after a dash ("... Who Will America Be?" / "— reporting on ..."), and the
  pieces of one cut at the full stops of a quoted title ("Read »Runway." / "Catwalk.«");
* a title the splitter ran into the paragraph under it, when what follows the title
  opens with a function word in lower case ("1 Introduction" / "the equivalent for Emacs
  Lisp."): the tail of a sentence whose start the page lost. Otherwise the title is often
  the sentence's subject ("Der Wettbewerb für Kinder" / "findet zum 6. Mal statt."), or
  a name in lower case follows it ("Poetry" / "yapapi uses poetry to ..."), and the
  sentence is judged as it stands;
* the text's last paragraph, of one or two sentences, when it ends with a colon: it leads
  into what the text does not hold (a button, a form, an icon).

Furniture at the start of a good sentence ("(CNN) --", "【ロンドン＝...】") is left outside
its span, and so are a speaker's label in an interview and a dateline that opens a
paragraph of the story's start ("NEW DELHI: ", "Indianapolis – ", "Washington, DC, United
States: "), also when the splitter ended a sentence inside it ("Dekalb, Ill. — ...").

A question, wherever it stands, is chosen only when the statements hold too few
sentences, like a blockquote: it is mostly a teaser speaking to the reader or a rhetorical
opening, and the point is in what answers it. So is a short answer right after it ("In a
nutshell, yes."), which leans on the question, a teaser that points the reader elsewhere
on the page or to an earlier article, told by phrases of the text's language ("Read on to
find out …", "In a previous post, we looked at …", "… erfahren Sie hier."), and a block
of excerpts of other articles at the foot of the story, paragraphs that each trail off
into an ellipsis. The reasons add up: a question in a blockquote waits for the
blockquote's statements.

Sentences are then picked greedily by maximal marginal relevance (importance minus
similarity to what is already chosen), within the caller's length limits. Everything is
deterministic: ties are broken by position.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Sequence
from importlib import resources

import attrs

from newsparse import Span
from newsparse.text import sentences as split_sentences

from . import patterns
from .features import FEATURES, cosine, features
from .interview import interview
from .text import language_code, terms, vocabulary, word_count

__all__ = [
    "ANSWER_WORDS",
    "DEFAULT_WEIGHTS",
    "DUPLICATE_SIMILARITY",
    "LINE_WORDS",
    "MAX_SENTENCES",
    "MIN_WORDS",
    "MMR_POOL",
    "NOTE_SENTENCES",
    "NOTE_SHARED_TERMS",
    "SHORT_SUMMARY",
    "Candidate",
    "Weights",
    "candidate_features",
    "candidates",
    "choose",
    "importance",
    "select",
    "summary_length",
]

#: Only this many sentences (in text order) are ranked at all; later ones are never
#: chosen. No article comes near it; it keeps the cost of pathological input bounded.
MAX_SENTENCES = 10_000

#: Redundancy is weighed among at most this many of the most important sentences; longer
#: summaries of very long texts are filled up from the rest in order of importance.
MMR_POOL = 200

#: A sentence this similar (TF-IDF cosine) to one already chosen is a near-duplicate
#: (a standfirst or caption repeated in the body, a corrected paragraph) and is never
#: chosen with it.
DUPLICATE_SIMILARITY = 0.8

#: Fewer words than this and a sentence cannot be chosen: fragments, headings, "Ok."
MIN_WORDS = 4

#: Summaries of at most this many sentences are scored by the short-summary weights
#: (see :class:`Weights`): three or four sentences are the usual "key points", and
#: their choice is a different task from covering a third of a story.
SHORT_SUMMARY = 4

#: A paragraph of at most this many words that does not end with final punctuation is a
#: line of a list or a label, not prose: a name and an affiliation ("Jane Doe, Saint
#: Mary's College-St. Paul"), a credit, a menu entry. An abbreviation inside it can make
#: the splitter cut off a piece that ends with a full stop ("Jane Doe, Saint Mary's
#: College-St."); no sentence of such a paragraph is chosen. Prose paragraphs that run to
#: an unpunctuated caption are longer than this, and are judged sentence by sentence. A
#: short paragraph between two such lines is an entry of the same list.
LINE_WORDS = 12

#: A paragraph set apart from the story by its type (wholly in italics) that shares less
#: than this share of its content terms with the rest of the text and the headline is a
#: note about the publication, not the story: "This article originally appeared on ...",
#: "Some of our stories include affiliate links.", a disclosure, thanks for help with the
#: text. Its sentences are never chosen. A standfirst or lead set in italics repeats the
#: story's words (on the dev pages, every such lead shared more than 0.3, every such note
#: less than 0.25).
NOTE_SHARED_TERMS = 0.25

#: A paragraph of at most this many sentences that ends with an address is a note to
#: readers, all of it (see ``_signed_off``); in a longer paragraph an address is one
#: sentence's business ("The check is online at www.example.org, and ...").
NOTE_SENTENCES = 2

#: A sentence of at most this many words right after a question answers it, and leans on
#: it: "In a nutshell, yes.", "I have my doubts.", "Das liegt an den Bananenhormonen.",
#: "Im Falle von dementen Hochbetagten leider nicht." Like the question, it is chosen only
#: when the other sentences run out. A longer answer restates what it answers ("Golem is a
#: global, open-source, decentralized supercomputer that anyone can access."): on the
#: HTML dev pages most answers that lean had four to eight words, most that stand nine or
#: more.
ANSWER_WORDS = 8

#: A dateline this many sentences or fewer into the text makes what comes before it
#: page furniture (a teaser, a promo); further in, it starts a second story on the page.
DATELINE_REACH = 5


def _coefficients(value: object) -> tuple[float, ...]:
    found = tuple(float(x) for x in value)  # type: ignore[attr-defined]
    if len(found) != len(FEATURES):
        raise ValueError(f"{len(FEATURES)} coefficients expected, got {len(found)}")
    return found


def _positive(instance: object, attribute: attrs.Attribute, value: float) -> None:
    if not value > 0:
        raise ValueError(f"{attribute.name} must be positive, got {value!r}")


@attrs.frozen(kw_only=True)
class Weights:
    """How the ranking features combine, for short summaries and for long ones.

    What is worth choosing depends on the length asked for: three sentences of a story
    are best taken from its lead, while 40% of it must cover the body too. Each length
    has its own linear scorer: ``short`` for summaries of at most
    :data:`SHORT_SUMMARY` sentences (or a word budget that holds about that many),
    ``long`` for the rest.

    Attributes:
        short: one weight per feature of :data:`~newsparse_summary.features.FEATURES`,
            in that order, for short summaries.
        long: the same for long summaries.
        short_redundancy: MMR trade-off for short summaries: how much similarity to a
            chosen sentence costs.
        long_redundancy: the same for long summaries.
        short_decay: how fast the lead prior falls with position in short summaries: the
            k-th sentence that can be chosen gets ``(1 + k) ** -short_decay``.
        long_decay: the same for long summaries.
    """

    short: tuple[float, ...] = attrs.field(converter=_coefficients)
    long: tuple[float, ...] = attrs.field(converter=_coefficients)
    short_redundancy: float = 0.0
    long_redundancy: float = 0.0
    short_decay: float = attrs.field(default=1.0, validator=_positive)
    long_decay: float = attrs.field(default=1.0, validator=_positive)

    def for_length(self, sentences: float) -> tuple[tuple[float, ...], float]:
        """Return the coefficients and redundancy weight for a summary of about
        ``sentences`` sentences."""
        if sentences <= SHORT_SUMMARY:
            return self.short, self.short_redundancy
        return self.long, self.long_redundancy

    def decay_for(self, sentences: float) -> float:
        """Return the decay of the lead prior for a summary of about ``sentences``
        sentences."""
        return self.short_decay if sentences <= SHORT_SUMMARY else self.long_decay

    @classmethod
    def from_json(cls, text: str) -> Weights:
        """Read weights written by ``scripts/train_scorer.py``.

        Args:
            text: a JSON object with ``features`` (the feature names), and ``short`` and
                ``long``, each an object with ``coefficients`` (one number per feature),
                ``redundancy`` and optionally ``decay`` (1 when absent).

        Raises:
            ValueError: if the features named are not those this version computes.
        """
        data = json.loads(text)
        if tuple(data["features"]) != FEATURES:
            raise ValueError("the weights were trained on other features")
        return cls(
            short=data["short"]["coefficients"],
            long=data["long"]["coefficients"],
            short_redundancy=data["short"]["redundancy"],
            long_redundancy=data["long"]["redundancy"],
            short_decay=data["short"].get("decay", 1.0),
            long_decay=data["long"].get("decay", 1.0),
        )


def _shipped_weights() -> Weights:
    source = resources.files(__package__).joinpath("data", "scorer.json")
    return Weights.from_json(source.read_text(encoding="utf-8"))


#: The weights :func:`choose` uses unless told otherwise: ``data/scorer.json``.
DEFAULT_WEIGHTS = _shipped_weights()


@attrs.frozen(kw_only=True)
class Candidate:
    """A sentence of the text, with what ranking needs to know about it.

    Attributes:
        start: where the sentence (without leading furniture) starts in the text.
        end: where it ends.
        index: its position among all sentences of the text.
        text: the sentence.
        words: its word count.
        terms: its content terms (see :func:`newsparse_summary.text.terms`).
        eligible: False for sentences that are never chosen (see the module docstring).
        caption: True if it mentions a photo ("(pictured)", "posed by models").
        quote: True if it opens with a quotation mark and names no speaker.
        in_quote: True if it continues a quotation opened in an earlier sentence.
        paragraph: the number of its paragraph (line) in the text, from 0.
        last_resort: how many reasons it has to wait: a sentence with any is chosen only
            when the others hold too few sentences, and one with more after one with
            fewer. It stands in a paragraph of
            :data:`~newsparse_summary.patterns.LAST_RESORT_KINDS`, in a section's title
            (:data:`~newsparse_summary.patterns.SECTION_KINDS`) or in a list of excerpts
            (:data:`~newsparse_summary.patterns.EXCERPT_RUN`); it asks a question
            (:data:`~newsparse_summary.patterns.QUESTION_END`) or answers the one before
            it in a few words (:data:`ANSWER_WORDS`); it points the reader elsewhere in
            the text's language (:data:`~newsparse_summary.patterns.POINTERS`). A
            question in a blockquote (an embedded review asking "Is it the future?")
            waits for the blockquote's statements.
    """

    start: int
    end: int
    index: int
    text: str
    words: int
    terms: tuple[str, ...]
    eligible: bool
    caption: bool = False
    quote: bool = False
    in_quote: bool = False
    paragraph: int = 0
    last_resort: int = 0


def _is_leftover(sentence: str, words: int) -> bool:
    if patterns.LEFTOVER.match(sentence):
        return True
    return words <= patterns.SPACED_STOP_MAX_WORDS and bool(patterns.SPACED_STOP.search(sentence))


def _is_caption(sentence: str) -> bool:
    return bool(
        patterns.CAPTION_START.match(sentence)
        or patterns.NUMBERED_LABEL.match(sentence)
        or patterns.CAPTION_GLUED.search(sentence)
        or patterns.CREDIT.search(sentence)
        or (":" in sentence and patterns.CREDIT_LABEL.search(sentence))
    )


def _never_chosen(sentence: str, words: int) -> bool:
    """Whether a sentence is furniture, a fragment, unfinished, a caption or a pointer
    to elsewhere (an address)."""
    return (
        words < MIN_WORDS
        or _is_leftover(sentence, words)
        or not patterns.FINAL_PUNCTUATION.search(sentence)
        or _is_caption(sentence)
        or _points_elsewhere(sentence)
    )


def _points_elsewhere(sentence: str) -> bool:
    # The plain searches skip most sentences before the pattern has to run.
    return ("@" in sentence or "http" in sentence or "www." in sentence) and bool(
        patterns.ADDRESS.search(sentence)
    )


# A quotation mark with the characters on either side of it, to tell opening from closing.
_QUOTE_MARK = re.compile(r"(?:^|(?<=(.)))([\"“”‘’'])(?=(.)|$)", re.DOTALL)


class _QuoteState:
    """Follows whether a quotation or a bracket is open from sentence to sentence of a
    paragraph.

    A straight double quote toggles; “ and ‘ open, ” closes; a straight or curly single
    quote opens at the start of a word and closes at the end of one (an apostrophe inside
    a word, "don't", does neither).
    """

    def __init__(self) -> None:
        self.open = False
        self.brackets = 0

    def feed(self, sentence: str) -> None:
        """Update the state with the quotation marks and brackets of ``sentence``."""
        opened = sentence.count("(") + sentence.count("[")
        closed = sentence.count(")") + sentence.count("]")
        self.brackets = max(0, self.brackets + opened - closed)
        for match in _QUOTE_MARK.finditer(sentence):
            before, mark, after = match.group(1), match.group(2), match.group(3)
            at_start = before is None or before.isspace() or before in "([—-"
            at_end = after is None or after.isspace() or after in ".,;:!?)—-"
            if mark == '"':
                self.open = not self.open
            elif mark in "“‘" or (mark == "'" and at_start and not at_end):
                self.open = True
            elif mark == "”" or (at_end and not at_start and before is not None):
                self.open = False


def _folded(text: str) -> str:
    # Case and spacing aside, for telling a sentence that repeats a caption.
    return " ".join(text.split()).casefold()


def _paragraph_at(
    kinds: Sequence[tuple[Span, str]], starts: Sequence[int], offset: int
) -> tuple[Span, str]:
    """The paragraph of ``kinds`` that holds ``offset`` and its kind (an empty span and
    "" if none does)."""
    at = bisect.bisect_right(starts, offset) - 1
    if at >= 0 and offset < kinds[at][0].end:
        return kinds[at]
    return Span(offset, offset), ""


def _line_end(text: str, start: int) -> int:
    """Where the paragraph (line) that holds ``start`` ends."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _goes_on(sentence: str) -> bool:
    """Whether ``sentence`` opens with a dash and a word in lower case: the rest of a
    sentence, not one of its own."""
    dash = patterns.DASH_OPENING.match(sentence)
    return dash is not None and sentence[dash.end()].islower()


def _title_head(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` ends a word or two into a quotation it
    opened (:data:`~newsparse_summary.patterns.TITLE_HEAD`) that closes, within the
    paragraph, after at most :data:`~newsparse_summary.patterns.TITLE_WORDS` words: the
    head of a quoted title cut at a full stop it holds. A quotation that runs on is
    speech cut into its sentences."""
    head = patterns.TITLE_HEAD.search(text[start:end])
    if not head or len(head.group("quoted").split()) > patterns.TITLE_HEAD_WORDS:
        return False
    quoted = start + head.start("quoted")
    closing = patterns.CLOSING_MARK.search(text, quoted, _line_end(text, end))
    if closing is None:
        return False
    return len(text[quoted : closing.start()].split()) <= patterns.TITLE_WORDS


def _title_run_in(
    text: str,
    start: int,
    end: int,
    kinds: Sequence[tuple[Span, str]],
    starts: Sequence[int],
) -> int:
    """Where the paragraph after a title starts, when the sentence ``text[start:end]``
    runs from the title into it (the splitter joins a line to the next one that goes on
    in lower case); ``start`` otherwise.

    A title is a paragraph of :data:`~newsparse_summary.patterns.SECTION_KINDS` followed
    by one of another kind ("1 Introduction" / "the equivalent for Emacs Lisp.", "Poetry" /
    "yapapi uses poetry to …", "Der Wettbewerb für Kinder" / "findet zum 6. Mal statt."),
    or, where the kinds are not known, a line that opens with a section's number
    (:data:`~newsparse_summary.patterns.SECTION_NUMBER`) and ends without final
    punctuation ("#671" / "so wie es …"). Two headings in a row are left alone: a page
    may set one sentence over two lines of a heading's type.
    """
    line_end = text.find("\n", start, end)
    if line_end < 0:
        return start
    after = line_end
    while after < end and text[after].isspace():
        after += 1
    if after >= end:
        return start
    if kinds:
        first = _paragraph_at(kinds, starts, start)[1]
        second = _paragraph_at(kinds, starts, after)[1]
        titled = first in patterns.SECTION_KINDS and second not in patterns.SECTION_KINDS
    else:
        line = text[start:line_end].strip()
        titled = (
            bool(patterns.SECTION_NUMBER.match(line + " "))
            and not patterns.FINAL_PUNCTUATION.search(line)
            and word_count(line) <= LINE_WORDS
        )
    return after if titled else start


def _opens_with_a_function_word(sentence: str, language: str | None) -> bool:
    """Whether ``sentence`` opens in lower case with a stopword of ``language`` ("the
    equivalent for Emacs Lisp.", "es gab dieses Jahr …"): the tail of a sentence whose
    start is not in the text. A name written in lower case ("yapapi uses …", "pip-tools
    is …") is not one."""
    if not sentence[:1].islower():
        return False
    first = sentence.split(None, 1)[0].strip(",;:")
    return first in vocabulary(language).stopwords


def _points_on(sentence: str, pointer: re.Pattern[str] | None, cues: Sequence[str]) -> bool:
    """Whether ``sentence`` matches ``pointer``, searched only when it holds one of
    ``cues`` (see :data:`~newsparse_summary.patterns.POINTER_CUES`)."""
    if pointer is None:
        return False
    lowered = sentence.lower()
    return any(cue in lowered for cue in cues) and bool(pointer.search(sentence))


def _section_titles(kinds: Sequence[tuple[Span, str]]) -> set[int]:
    """Where the paragraphs of :data:`~newsparse_summary.patterns.SECTION_KINDS` that
    stand after a paragraph of another kind start: the titles of the story's sections."""
    titles = set()
    began = False
    for span, kind in kinds:
        if kind not in patterns.SECTION_KINDS:
            began = True
        elif began:
            titles.add(span.start)
    return titles


def _inside(spans: Sequence[Span], starts: Sequence[int], offset: int) -> bool:
    """Whether one of ``spans`` (in text order, starting at ``starts``) holds ``offset``."""
    at = bisect.bisect_right(starts, offset) - 1
    return at >= 0 and offset < spans[at].end


def candidates(
    text: str,
    captions: Sequence[str] = (),
    kinds: Sequence[tuple[Span, str]] = (),
    notes: Sequence[Span] = (),
    query: str | None = None,
    bold: Sequence[Span] = (),
    language: str | None = None,
) -> list[Candidate]:
    """Split ``text`` into sentences and describe each for ranking.

    Args:
        text: the text to summarise.
        captions: the article's photo captions: a sentence that repeats one (a caption the
            page also set in the body) is never chosen.
        kinds: the paragraphs of ``text`` with their kind (:attr:`newsparse.Paragraph.kind`),
            in text order, when the text comes from a parsed article: sentences of
            :data:`~newsparse_summary.patterns.NEVER_KINDS` are never chosen, those of
            :data:`~newsparse_summary.patterns.LAST_RESORT_KINDS` only after the others.
        notes: the paragraphs of ``text`` set apart from the story by their type (wholly in
            italics): one that shares little with the rest (:data:`NOTE_SHARED_TERMS`) is
            never chosen.
        query: the title and standfirst, the story's words besides ``text``.
        bold: the paragraphs of ``text`` set wholly in bold. With them or with speakers'
            labels, an interview's questions are told from its answers (see
            :func:`newsparse_summary.interview.interview`): a question is never chosen,
            and a speaker's label is left outside the sentence's span.
        language: the text's language tag, which decides its terms (see
            :func:`newsparse_summary.text.vocabulary`); None for English.

    Returns:
        One :class:`Candidate` per sentence, in text order, for at most the first
        :data:`MAX_SENTENCES` sentences.
    """
    found: list[Candidate] = []
    folded_captions = [_folded(caption) for caption in captions if caption.strip()]
    quotes = _QuoteState()
    previous_end = 0
    paragraph = -1
    starts = [span.start for span, _ in kinds]
    sections = _section_titles(kinds)
    code = language_code(language)
    pointer, cues = patterns.POINTERS.get(code), patterns.POINTER_CUES.get(code, ())
    asked = interview(text, bold)
    question_starts = [span.start for span in asked.questions]
    label_ends = {span.start: span.end for span in asked.labels}
    dateline_through = -1
    in_title = False
    asked_before = False  # whether the sentence before asked a question
    for index, span in enumerate(split_sentences(text)):
        if index >= MAX_SENTENCES:
            break
        start, end = span.start, span.end
        opens_paragraph = index == 0 or "\n" in text[previous_end:start]
        if opens_paragraph:
            quotes = _QuoteState()  # a new paragraph
            paragraph += 1
        previous_end = end
        in_quote = quotes.open
        in_brackets = quotes.brackets > 0
        quotes.feed(text[start:end])
        # A title the splitter ran into the paragraph under it, which goes on in lower
        # case (see _title_run_in): what follows the title must read as the rest of a
        # sentence ("Der Wettbewerb für Kinder" / "findet zum 6. Mal statt."). One that
        # opens with a function word is the tail of a sentence whose start was lost.
        title_end = _title_run_in(text, start, end, kinds, starts)
        lost_start = title_end > start and _opens_with_a_function_word(
            text[title_end:end], language
        )
        if index < DATELINE_REACH and patterns.DATELINE.match(text, start, end):
            # What stands before a dateline is not the story.
            found = [attrs.evolve(c, eligible=False) for c in found]
        label_end = label_ends.get(start, -1)
        if opens_paragraph and start < label_end < end:
            start = label_end  # a speaker's label: judged without it
        prefix = patterns.LEFTOVER_PREFIX.match(text[start:end])
        # What goes on in lower case is the sentence of the prefix ("12.5.2020 was ...").
        if prefix and start + prefix.end() < end and not text[start + prefix.end()].islower():
            start += prefix.end()
            while start < end and text[start].isspace():
                start += 1
        # The sentence as the page wrote it: a caption label is judged with its label.
        uncut = text[start:end]
        if index < DATELINE_REACH and opens_paragraph:
            # Matched up to the end of the paragraph: the splitter may have ended a
            # sentence inside the dateline ("Dekalb, Ill." before "— Mike Glass threw").
            dateline = patterns.DATELINE_PREFIX.match(text, start, _line_end(text, start))
            if dateline and dateline.end() < end:
                start = dateline.end()
            elif dateline:
                dateline_through = dateline.end()
        elif start < dateline_through < end:
            start = dateline_through  # the story after a dateline cut in two
        sentence = text[start:end]
        words = word_count(sentence)
        # A sentence inside brackets, or that opens them, is an aside or a promo. One that
        # goes on in lower case after a dash is the rest of a sentence the splitter cut at
        # a question or an abbreviation inside an aside ("... Who Will America Be? —
        # reporting on ...").
        bracketed = in_brackets or sentence[:1] in "(["
        cut_clause = not opens_paragraph and _goes_on(sentence)
        if cut_clause and found:
            found[-1] = attrs.evolve(found[-1], eligible=False)  # the head of the cut sentence
        # The pieces of a quoted title the splitter cut at its full stops, up to the one
        # that closes the quotation.
        if opens_paragraph:
            in_title = False
        title_piece = in_title
        if in_title and patterns.CLOSING_MARK.search(sentence):
            in_title = False
        elif not in_title and _title_head(text, start, end):
            title_piece = in_title = True
        where, kind = _paragraph_at(kinds, starts, start) if kinds else (span, "")
        never = (
            kind in patterns.NEVER_KINDS
            # A heading that asks, all of it: "Frage 1: Assistenten helfen bei der Arbeit.
            # Wie wichtig werden Gesten?" frames the section that answers.
            or (
                kind in patterns.QUESTION_KINDS
                and bool(patterns.QUESTION_MARK.search(text, where.start, where.end))
            )
            or _never_chosen(sentence, words)
            or (uncut != sentence and _never_chosen(uncut, word_count(uncut)))
            or any(_folded(sentence) in caption for caption in folded_captions)
            or _inside(asked.questions, question_starts, start)
            or lost_start
        )
        answers = asked_before
        asks = asked_before = bool(patterns.QUESTION_END.search(sentence))
        found.append(
            Candidate(
                start=start,
                end=end,
                index=index,
                text=sentence,
                words=words,
                terms=tuple(terms(sentence, language)),
                eligible=not (bracketed or never or cut_clause or title_piece),
                caption=bool(patterns.CAPTION_CUE.search(sentence)),
                quote=bool(
                    patterns.OPENING_QUOTE.match(sentence)
                    and not patterns.SPEECH_VERB.search(sentence)
                ),
                in_quote=in_quote,
                paragraph=paragraph,
                last_resort=(
                    int(kind in patterns.LAST_RESORT_KINDS or where.start in sections)
                    # A teaser pointing elsewhere states nothing, like a question.
                    + _points_on(sentence, pointer, cues)
                    # A question states nothing: a teaser that speaks to the reader ("Ist
                    # deine Katze häufig allein?"), a rhetorical opening, an interviewer's
                    # framing. The point is in the statements, so it waits for them like a
                    # blockquote, and so does a short answer that leans on it.
                    + (asks or (answers and words <= ANSWER_WORDS))
                ),
            )
        )
    found = _in_the_text_script(text, found)
    paragraphs = _by_paragraph(found)
    found = _without_paragraphs(
        found,
        _references(text, found)
        | _lines(paragraphs)
        | _signed_off(paragraphs)
        | _leading_nowhere(paragraphs),
    )
    found = _waiting(found, _excerpts(paragraphs))
    return _without_notes(text, found, notes, query, language)


def _without_notes(
    text: str,
    found: list[Candidate],
    notes: Sequence[Span],
    query: str | None,
    language: str | None = None,
) -> list[Candidate]:
    """Make the sentences of a note about the publication ones that are never chosen
    (see :data:`NOTE_SHARED_TERMS`). A standfirst that copies the note (a page's
    description made of the text's first lines) is not the story's words."""
    if not notes:
        return found
    starts = [span.start for span in notes]
    note_of = []  # the note each candidate stands in, or -1
    for c in found:
        at = bisect.bisect_right(starts, c.start) - 1
        note_of.append(at if at >= 0 and c.start < notes[at].end else -1)
    left_out: set[int] = set()
    for note in set(note_of) - {-1}:
        own = {t for c, n in zip(found, note_of) if n == note for t in c.terms}
        note_text = text[notes[note].start : notes[note].end].strip()
        standfirst = (query or "").replace(note_text, " ") if note_text else query or ""
        rest = set(terms(standfirst, language)).union(
            *(c.terms for c, n in zip(found, note_of) if n != note)
        )
        if own and len(own & rest) < NOTE_SHARED_TERMS * len(own):
            left_out.add(note)
    return [
        attrs.evolve(c, eligible=False) if n in left_out and c.eligible else c
        for c, n in zip(found, note_of)
    ]


def _references(text: str, found: list[Candidate]) -> set[int]:
    """The paragraphs that hold a catalogue number
    (:data:`~newsparse_summary.patterns.CATALOGUE`)."""
    if not patterns.CATALOGUE.search(text):
        return set()  # most texts: one search, no per-paragraph work
    return {c.paragraph for c in found if patterns.CATALOGUE.search(c.text)}


def _written_without_spaces(text: str, words: int) -> bool:
    # The core counts two characters of a script without spaces as a word: more words
    # than whitespace gives means such a script carries the text.
    return words > len(text.split())


def _in_the_text_script(text: str, found: list[Candidate]) -> list[Candidate]:
    """Make a sentence in another kind of script than the text's one that is never
    chosen: a Japanese example sentence in an English article, an English line in a
    Chinese one. It is in another language than the story, or not the story's at all."""
    if text.isascii():
        return found  # one script only
    dense = _written_without_spaces(text, word_count(text))
    return [
        attrs.evolve(c, eligible=False)
        if c.eligible and _written_without_spaces(c.text, c.words) != dense
        else c
        for c in found
    ]


def _by_paragraph(found: list[Candidate]) -> dict[int, list[Candidate]]:
    """The candidates of each paragraph, in text order."""
    paragraphs: dict[int, list[Candidate]] = {}
    for c in found:
        paragraphs.setdefault(c.paragraph, []).append(c)
    return paragraphs


def _signed_off(paragraphs: dict[int, list[Candidate]]) -> set[int]:
    """The paragraphs of at most :data:`NOTE_SENTENCES` sentences whose last sentence
    points elsewhere (an address): a note to readers that ends with where to write or
    read on ("The letter appears in our next issue. Write to letters@example.org")."""
    return {
        paragraph
        for paragraph, cs in paragraphs.items()
        if len(cs) <= NOTE_SENTENCES and _points_elsewhere(cs[-1].text)
    }


def _lines(paragraphs: dict[int, list[Candidate]]) -> set[int]:
    """The paragraphs of at most :data:`LINE_WORDS` words that end without final
    punctuation (lines of a list, labels), and the short paragraphs between two of them:
    the entry of a list that happens to end with a full stop ("Jane Roe, Ret.")."""
    short = {
        paragraph
        for paragraph, cs in paragraphs.items()
        if sum(c.words for c in cs) <= LINE_WORDS
    }
    lines = {
        paragraph
        for paragraph in short
        if not patterns.FINAL_PUNCTUATION.search(paragraphs[paragraph][-1].text)
    }
    return lines | {
        paragraph for paragraph in short if paragraph - 1 in lines and paragraph + 1 in lines
    }


def _leading_nowhere(paragraphs: dict[int, list[Candidate]]) -> set[int]:
    """The text's last paragraph, if it has at most :data:`NOTE_SENTENCES` sentences and
    ends with a colon (:data:`~newsparse_summary.patterns.LEAD_IN_END`): it leads into
    what the text does not hold (a button or a form: "Mit diesem Button kannst Du … Dazu
    musst Du Dich auf … einloggen:"; the icon that marks affiliate links; a list of
    links), and speaks of that, not of the story."""
    if not paragraphs:
        return set()
    last = max(paragraphs)
    cs = paragraphs[last]
    if len(cs) <= NOTE_SENTENCES and patterns.LEAD_IN_END.search(cs[-1].text.rstrip()):
        return {last}
    return set()


def _excerpts(paragraphs: dict[int, list[Candidate]]) -> set[int]:
    """The paragraphs of a run of at least :data:`~newsparse_summary.patterns.EXCERPT_RUN`
    in a row that each end in an ellipsis (:data:`~newsparse_summary.patterns.EXCERPT_END`)
    and that ends the text, after at least one paragraph of the story: excerpts of other
    articles under it, each cut off where a link leads on ("Apple today seeded the fifth
    beta of iOS 16 to developers … a feature that ..."). Their first sentences end with
    full stops and read like the story's. A run that opens the text is a page of excerpts,
    whose excerpts are all it has to say; one with more text after it is left alone too:
    what follows a block of teasers on the dev pages was a form's lines, not the story."""
    if not paragraphs:
        return set()
    run = []
    for paragraph in sorted(paragraphs, reverse=True):
        if not patterns.EXCERPT_END.search(paragraphs[paragraph][-1].text.rstrip()):
            break
        run.append(paragraph)
    if len(run) < patterns.EXCERPT_RUN or len(run) == len(paragraphs):
        return set()
    return set(run)


def _waiting(found: list[Candidate], paragraphs: set[int]) -> list[Candidate]:
    """Give every sentence of ``paragraphs`` one more reason to wait
    (:attr:`Candidate.last_resort`)."""
    if not paragraphs:
        return found
    return [
        attrs.evolve(c, last_resort=c.last_resort + 1) if c.paragraph in paragraphs else c
        for c in found
    ]


def _without_paragraphs(found: list[Candidate], paragraphs: set[int]) -> list[Candidate]:
    """Make every sentence of ``paragraphs`` one that is never chosen."""
    if not paragraphs:
        return found
    return [
        attrs.evolve(c, eligible=False) if c.paragraph in paragraphs and c.eligible else c
        for c in found
    ]


def importance(
    found: Sequence[Candidate],
    query: str | None,
    coefficients: Sequence[float],
    decay: float = 1.0,
    language: str | None = None,
) -> tuple[list[float], list[dict[str, float]]]:
    """Score the candidates of one text.

    Args:
        found: the candidates of one text, from :func:`candidates`.
        query: the title (and standfirst) the text is about, or None.
        coefficients: one weight per feature (see :meth:`Weights.for_length`).
        decay: how fast the lead prior falls with position (:meth:`Weights.decay_for`).
        language: the text's language tag, for the query's terms; None for English.

    Returns:
        The importance of each candidate (``-inf`` for those that cannot be chosen) and
        each candidate's TF-IDF vector, used for redundancy.
    """
    rows, vectors = candidate_features(found, query, decay, language)
    active = [(i, w) for i, w in enumerate(coefficients) if w]  # most weights are zero
    scores = [
        sum(w * row[i] for i, w in active) if c.eligible else -math.inf
        for c, row in zip(found, rows)
    ]
    return scores, vectors


def summary_length(found: Sequence[Candidate], sentences: int | None, words: int | None) -> float:
    """About how many sentences a summary within the limits will have.

    A word budget counts as many sentences of the average length of those that can be
    chosen; with no limit at all, the summary has three.
    """
    length = math.inf if sentences is None else float(sentences)
    eligible = [c.words for c in found if c.eligible]
    if words is not None and eligible:
        length = min(length, words / (sum(eligible) / len(eligible)))
    return 3.0 if math.isinf(length) else length


def candidate_features(
    found: Sequence[Candidate],
    query: str | None,
    decay: float = 1.0,
    language: str | None = None,
) -> tuple[list[list[float]], list[dict[str, float]]]:
    """Return the feature rows (:data:`~newsparse_summary.features.FEATURES`) and TF-IDF
    vectors of ``found``; ``decay`` shapes the lead prior, ``language`` (a language tag,
    None for English) gives the query's terms."""
    return features(
        [c.text for c in found],
        [c.terms for c in found],
        # A last-resort sentence (an epigraph above the story) does not take the lead.
        [c.eligible and not c.last_resort for c in found],
        [c.in_quote for c in found],
        [c.caption for c in found],
        [c.quote for c in found],
        query,
        decay,
        language,
    )


def choose(
    text: str,
    *,
    sentences: int | None = None,
    words: int | None = None,
    query: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    captions: Sequence[str] = (),
    kinds: Sequence[tuple[Span, str]] = (),
    notes: Sequence[Span] = (),
    bold: Sequence[Span] = (),
    language: str | None = None,
) -> list[tuple[Candidate, int, float]]:
    """Choose the summary sentences of ``text``.

    Args:
        text: the text to summarise.
        sentences: at most this many sentences, or None for no sentence limit.
        words: at most this many words in all, or None for no word limit.
        query: the title (and standfirst) the text is about, or None.
        weights: how the ranking features combine.
        captions: the article's photo captions, never repeated in the summary.
        kinds: the paragraphs of ``text`` with their kind (see :func:`candidates`).
        notes: the paragraphs set apart from the story by their type (see
            :func:`candidates`).
        bold: the paragraphs set wholly in bold (see :func:`candidates`).
        language: the text's language tag, which decides its terms (see
            :func:`newsparse_summary.text.vocabulary`); None for English.

    Returns:
        ``(candidate, rank, score)`` for each chosen sentence, in text order; ``rank`` 1
        is the most important.
    """
    found = candidates(text, captions, kinds, notes, query, bold, language)
    if not found or sentences == 0 or words == 0:
        return []
    length = summary_length(found, sentences, words)
    coefficients, redundancy = weights.for_length(length)
    scores, vectors = importance(
        found, query, coefficients, weights.decay_for(length), language
    )
    chosen = select(found, scores, vectors, sentences, words, redundancy)
    ranked = {i: r for r, i in enumerate(chosen, start=1)}
    return [(found[i], ranked[i], scores[i]) for i in sorted(chosen)]


def select(
    found: Sequence[Candidate],
    scores: Sequence[float],
    vectors: Sequence[dict[str, float]],
    sentences: int | None,
    words: int | None,
    redundancy_weight: float,
) -> list[int]:
    """Pick sentences by maximal marginal relevance within the length limits.

    Args:
        found: the candidates of one text.
        scores: their importance (``-inf``: never chosen).
        vectors: their unit TF-IDF vectors.
        sentences: at most this many sentences, or None.
        words: at most this many words in all, or None.
        redundancy_weight: how much similarity to a chosen sentence costs.

    Returns:
        The indices of the chosen candidates, most important first; a last-resort
        candidate (:attr:`Candidate.last_resort`) only once none with fewer reasons to
        wait fits.
    """
    order = sorted(
        (i for i, s in enumerate(scores) if s > -math.inf),
        key=lambda i: (found[i].last_resort, -scores[i], i),
    )
    pool, rest = order[:MMR_POOL], order[MMR_POOL:]
    chosen: list[int] = []
    redundancy = [0.0] * len(found)
    used = 0

    def room() -> bool:
        return sentences is None or len(chosen) < sentences

    while pool and room():
        best, best_value = -1, (False, -math.inf)
        for i in pool:
            if words is not None and used + found[i].words > words:
                continue
            if redundancy[i] >= DUPLICATE_SIMILARITY:
                continue
            value = (-found[i].last_resort, scores[i] - redundancy_weight * redundancy[i])
            if best < 0 or value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
        used += found[best].words
        pool.remove(best)
        for i in pool:
            redundancy[i] = max(redundancy[i], cosine(vectors[i], vectors[best]))
    # Beyond the pool, redundancy is checked by content alone: a sentence whose terms
    # repeat those of a chosen one exactly is skipped.
    seen = {frozenset(found[i].terms) for i in chosen}
    for i in rest:
        if not room():
            break
        key = frozenset(found[i].terms)
        if key in seen:
            continue
        if words is None or used + found[i].words <= words:
            chosen.append(i)
            used += found[i].words
            seen.add(key)
    return chosen

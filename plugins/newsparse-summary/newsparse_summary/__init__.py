"""Extractive summaries of news articles, as a newsparse extractor or on any string.

The summary is a handful of sentences copied from the text, in text order. They are
chosen by a learned scorer that knows news (see :mod:`newsparse_summary.rank`): the
lead, the sentences most typical of the story, the headline, no repeats, and never page
furniture, captions, bracketed asides or unfinished sentences. The sentences come from
:func:`newsparse.text.sentences`.

Installed, the distribution registers the ``summary`` extractor: every parsed article
gets one ``kind="summary"`` :class:`newsparse.Annotation` per chosen sentence. Direct use::

    >>> from newsparse_summary import summarize
    >>> text = (
    ...     "The city council approved the new budget on Tuesday. "
    ...     "The vote was 7 to 2. "
    ...     "The budget raises spending on schools and roads."
    ... )
    >>> summarize(text, sentences=1)
    ['The city council approved the new budget on Tuesday.']
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from newsparse import Annotation, Article, Paragraph, Span, hookimpl

from . import patterns
from .rank import DEFAULT_WEIGHTS, Weights, choose
from .text import word_count

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_SENTENCES",
    "SummaryExtractor",
    "Weights",
    "newsparse_register_extractors",
    "summarize",
    "summarize_spans",
]

#: The summary length, in sentences, when no limit is given.
DEFAULT_SENTENCES = 3


def _limits(
    text: str, sentences: int | None, words: int | None, ratio: float | None
) -> tuple[int | None, int | None]:
    """Turn the caller's length options into a sentence limit and a word limit."""
    for name, value in (("sentences", sentences), ("words", words)):
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value < 0
        ):
            raise ValueError(f"{name} must be a non-negative integer, got {value!r}")
    if ratio is not None:
        if words is not None:
            raise ValueError("give words or ratio, not both")
        if isinstance(ratio, bool) or not isinstance(ratio, int | float) or not 0 <= ratio <= 1:
            raise ValueError(f"ratio must be a number between 0 and 1, got {ratio!r}")
        words = math.floor(ratio * word_count(text) + 1e-9)
    if sentences is None and words is None:
        sentences = DEFAULT_SENTENCES
    return sentences, words


def summarize_spans(
    text: str,
    sentences: int | None = None,
    *,
    words: int | None = None,
    ratio: float | None = None,
    title: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    language: str | None = None,
) -> list[Span]:
    """Return the summary of ``text`` as spans of its sentences.

    Length limits combine: every limit given applies. With none given, the summary has
    :data:`DEFAULT_SENTENCES` sentences (fewer if the text has fewer that can be chosen).

    Args:
        text: clean body text: paragraphs separated by blank lines, no navigation.
        sentences: at most this many sentences.
        words: at most this many words (whitespace-separated) in all. Sentences are never
            cut, so a summary can be empty when no sentence fits.
        ratio: at most this fraction (0 to 1) of the text's words; not with ``words``.
        title: the headline (and standfirst, if any), used as a query.
        weights: how the ranking features combine; the defaults suit news.
        language: the text's language tag ("de", "pt-BR"), which decides its stopwords
            and stemmer (:func:`newsparse_summary.text.vocabulary`); None for English.

    Returns:
        The chosen sentences' spans in text order; ``span.slice(text)`` is the sentence.

    Raises:
        TypeError: if ``text`` is not a string.
        ValueError: if a limit is negative or not a number, or both ``words`` and
            ``ratio`` are given.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be a str or None, not {type(title).__name__}")
    max_sentences, max_words = _limits(text, sentences, words, ratio)
    chosen = choose(
        text,
        sentences=max_sentences,
        words=max_words,
        query=title,
        weights=weights,
        language=language,
    )
    return [Span(c.start, c.end) for c, _, _ in chosen]


def summarize(
    text: str,
    sentences: int | None = None,
    *,
    words: int | None = None,
    ratio: float | None = None,
    title: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    language: str | None = None,
) -> list[str]:
    """Return the summary of ``text``: sentences copied verbatim from it, in text order.

    Takes the same arguments as :func:`summarize_spans`.

    Args:
        text: clean body text: paragraphs separated by blank lines, no navigation.
        sentences: at most this many sentences (default :data:`DEFAULT_SENTENCES` when no
            limit is given).
        words: at most this many words in all.
        ratio: at most this fraction (0 to 1) of the text's words; not with ``words``.
        title: the headline (and standfirst, if any), used as a query.
        weights: how the ranking features combine.
        language: the text's language tag; None for English.

    Returns:
        The summary sentences.

    Raises:
        TypeError: if ``text`` is not a string.
        ValueError: if the limits are invalid (see :func:`summarize_spans`).
    """
    spans = summarize_spans(
        text,
        sentences,
        words=words,
        ratio=ratio,
        title=title,
        weights=weights,
        language=language,
    )
    return [span.slice(text) for span in spans]


def _located(article: Article) -> list[tuple[Span, Paragraph]]:
    """Where each body paragraph stands in ``article.text``.

    The text is the paragraphs joined in order, so each is looked for from where the one
    before it ends; a paragraph not found there is left out.
    """
    located = []
    start = 0
    for paragraph in article.body:
        found = article.text.find(paragraph.text, start) if paragraph.text else -1
        if found < 0:
            continue
        start = found + len(paragraph.text)
        located.append((Span(found, start), paragraph))
    return located


def _set_apart(paragraph: Paragraph, kinds: frozenset[str] = patterns.NOTE_MARKS) -> bool:
    """Whether the page set ``paragraph`` apart by its type: marks of ``kinds`` (by default
    :data:`~newsparse_summary.patterns.NOTE_MARKS`) over nearly all its text
    (:data:`~newsparse_summary.patterns.NOTE_MARK_SHARE`)."""
    covered = sum(
        mark.span.end - mark.span.start for mark in paragraph.marks if mark.kind in kinds
    )
    return bool(paragraph.text) and covered >= patterns.NOTE_MARK_SHARE * len(paragraph.text)


class SummaryExtractor:
    """The ``summary`` extractor: marks the summary sentences of an article's body.

    Each chosen sentence becomes an :class:`newsparse.Annotation` with ``kind="summary"``,
    ``span`` and ``text`` the sentence in :attr:`newsparse.Article.text`, ``score`` its
    importance and ``attributes["rank"]`` its rank (1 = most important). Read in span
    order, the annotations are the summary. The title and standfirst guide the choice;
    they, the captions and the bylines are never part of the summary.

    Args:
        sentences: at most this many sentences (default :data:`DEFAULT_SENTENCES` when no
            limit is given).
        words: at most this many words in all.
        ratio: at most this fraction of the body's words; not with ``words``.
        weights: how the ranking features combine.

    Raises:
        ValueError: if the limits are invalid.
    """

    name = "summary"
    requires: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    def __init__(
        self,
        sentences: int | None = None,
        words: int | None = None,
        ratio: float | None = None,
        *,
        weights: Weights = DEFAULT_WEIGHTS,
    ) -> None:
        _limits("", sentences, words, ratio)  # validate early
        self.sentences = sentences
        self.words = words
        self.ratio = ratio
        self.weights = weights

    def __repr__(self) -> str:
        return (
            f"SummaryExtractor(sentences={self.sentences!r}, words={self.words!r}, "
            f"ratio={self.ratio!r})"
        )

    def extract(self, article: Article) -> Iterator[Annotation]:
        """Yield one annotation per summary sentence of ``article``.

        Args:
            article: a parsed article; only its ``text``, ``title``, ``dek``,
                ``language``, ``captions`` and the kind and marks of each ``body``
                paragraph are read (bold paragraphs tell an interviewer's questions; the
                language decides the stopwords and stemmer).

        Yields:
            The summary annotations, in text order.
        """
        text = article.text
        query = "\n".join(part for part in (article.title, article.dek) if part)
        max_sentences, max_words = _limits(text, self.sentences, self.words, self.ratio)
        located = _located(article)
        chosen = choose(
            text,
            sentences=max_sentences,
            words=max_words,
            query=query,
            weights=self.weights,
            language=article.language,
            captions=[caption.text for caption in article.captions],
            kinds=[(span, paragraph.kind) for span, paragraph in located],
            notes=[span for span, paragraph in located if _set_apart(paragraph)],
            bold=[
                span
                for span, paragraph in located
                if _set_apart(paragraph, patterns.QUESTION_MARKS)
            ],
        )
        for candidate, rank, score in chosen:
            yield Annotation(
                kind="summary",
                span=Span(candidate.start, candidate.end),
                text=text[candidate.start : candidate.end],
                score=round(score, 6),
                attributes={"rank": rank},
                extractor=self.name,
            )


@hookimpl
def newsparse_register_extractors(register) -> None:
    """Register the ``summary`` extractor with its default length.

    Args:
        register: the callback newsparse passes to record an extractor.
    """
    register(SummaryExtractor())

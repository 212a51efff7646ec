"""newsparse-quotes: find quotations and reported speech, with their speakers and cues.

Use it on any string::

    >>> from newsparse_quotes import find_quotes
    >>> [q.speaker for q in find_quotes('“We will win,” Senator Jane Doe said.')]
    ['Jane Doe']

or, installed next to newsparse, as the ``quotes`` extractor: every parsed article gets one
``kind="quote"`` annotation per quotation.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsparse import Span, hookimpl

from .attribution import Analysis, find_attributions
from .extractor import QuotesExtractor
from .model import QUOTE_KINDS, Quote
from .resolve import Person, Resolver, people_in

__version__ = "0.1.0"

__all__ = [
    "QUOTE_KINDS",
    "Person",
    "Quote",
    "QuotesExtractor",
    "find_quotes",
    "newsparse_register_extractors",
]


def find_quotes(text: str, *, people: Iterable[Person] | None = None) -> list[Quote]:
    """Find the quotations and reported statements in ``text``.

    Args:
        text: any string: an article body, a paragraph, a caption. Paragraphs are
            separated by line breaks.
        people: person mentions already known for ``text`` (for example from an entity
            recogniser); when given, they are used to resolve speakers and their
            ``entity_id`` is reported. Otherwise names are found with capitalisation
            rules.

    Returns:
        The quotes in text order. Their spans never overlap; every span slices its text
        out of ``text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes() needs a str, not {type(text).__name__}")
    return [quote for quote, _ in _find(text, people)]


def _find(text: str, people: Iterable[Person] | None) -> list[tuple[Quote, str | None]]:
    """Find quotes and the entity id of each speaker (when known)."""
    analysis = Analysis(text)
    found = find_attributions(analysis)
    known = list(people or ())
    derived = people_in(text, analysis.tokens, analysis.sentence_starts)
    if known:
        derived = [p for p in derived if not _overlaps_any(p, known)] + known
    resolver = Resolver(derived, from_entities=bool(known))
    results: list[tuple[Quote, str | None]] = []
    for record in found:
        speaker = mention = None
        entity_id = None
        speaker_span = cue_span = None
        cue = None
        if record.speaker is not None:
            speaker_span = Span(*record.speaker)
            mention = speaker_span.slice(text)
            speaker, entity_id = resolver.resolve(mention, *record.speaker)
            if speaker and mention[:1].isupper() and mention.lower() not in {"he", "she"}:
                resolver.add_speaker(record.speaker[0], record.speaker[1], speaker)
        if record.cue is not None:
            cue_span = Span(*record.cue)
            cue = cue_span.slice(text)
        span = Span(record.start, record.end)
        quote = Quote(
            span=span,
            text=span.slice(text),
            kind=record.kind,
            speaker=speaker,
            speaker_mention=mention,
            speaker_span=speaker_span,
            cue=cue,
            cue_span=cue_span,
            closed=record.closed,
        )
        results.append((quote, entity_id))
    return results


def _overlaps_any(person: Person, others: list[Person]) -> bool:
    return any(o.start < person.end and person.start < o.end for o in others)


@hookimpl
def newsparse_register_extractors(register):
    """Register the ``quotes`` extractor with newsparse.

    Args:
        register: the callback newsparse passes to record an extractor.
    """
    register(QuotesExtractor())

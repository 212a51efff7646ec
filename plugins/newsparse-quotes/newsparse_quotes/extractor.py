"""The ``quotes`` extractor: quote annotations on parsed articles."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from newsparse import Annotation, Article

from .gender import name_gender, role_gender
from .model import Quote
from .resolve import Person

_CAPTION_FIELD = re.compile(r"captions\[(\d+)\]")


def _fields(article: Article) -> Iterator[tuple[str, str]]:
    """Yield ``(field, text)`` for every text of the article that may quote someone."""
    yield "text", article.text
    if article.dek:
        yield "dek", article.dek
    if article.title:
        yield "title", article.title
    for index, caption in enumerate(article.captions):
        if caption.text:
            yield f"captions[{index}]", caption.text


def _is_picture_label(field: str, quote: Quote) -> bool:
    """Whether a quote found in a caption is only the caption's label: a name and a colon
    before words without quotation marks (``Jane Roe: the new coach at her first
    training``, ``Jane Roe: Untitled, 2022``) says who or what is pictured, not what
    anyone said. A caption that quotes (``Roe: Talks are “not over”``) keeps its quote."""
    return _CAPTION_FIELD.fullmatch(field) is not None and quote.kind == "indirect" and quote.cue == ":"


def _entities_by_field(article: Article) -> dict[str, list[Annotation]] | None:
    """The article's entity annotations with a span, grouped by field in order, or None
    when it has no entity annotation at all (no recogniser ran: nothing to agree with).

    Grouped once, so that a page of thousands of captions (each a field of its own) reads
    each annotation once, not once per field.
    """
    entities = article.annotations_of("entity")
    if not entities:
        return None
    grouped: dict[str, list[Annotation]] = {}
    for annotation in entities:
        if annotation.span is not None:
            grouped.setdefault(annotation.field, []).append(annotation)
    return grouped


def _mentions(entities: list[Annotation]) -> list[tuple[int, int, str]]:
    """Every entity mention of one field as ``(start, end, label)``."""
    return [(a.span.start, a.span.end, a.label or "") for a in entities if a.span is not None]


def _title_words(attributes: Mapping[str, object]) -> set[str]:
    """The lower-case title and role words the entities extractor gave a mention."""
    words: set[str] = set()
    for key in ("title", "role"):
        value = attributes.get(key)
        if isinstance(value, str):
            words.update(word.lower().rstrip(".") for word in value.split())
    return words


def _people(entities: list[Annotation]) -> list[Person]:
    """Person mentions the entities extractor found in one field of the article."""
    people = []
    # An entity whose surname carries a title of the other sex than its full name's first
    # name (``Mr. Trump`` in a cluster named ``Ivanka Trump``) holds two people a
    # recogniser merged: its surname alone, unless titled to agree, names its own person.
    merged: dict[object, str] = {}
    for annotation in entities:
        canonical = annotation.attributes.get("canonical")
        text = annotation.text or ""
        if annotation.label != "PERSON" or not canonical or canonical == text or len(text.split()) != 1:
            continue
        full_gender = name_gender(str(canonical))
        title_gender = role_gender(_title_words(annotation.attributes))
        if full_gender is not None and title_gender is not None and title_gender != full_gender:
            merged[annotation.attributes.get("entity_id")] = full_gender
    for annotation in entities:
        if annotation.label != "PERSON" or annotation.span is None:
            continue
        attributes = annotation.attributes
        name = attributes.get("canonical") or annotation.text or ""
        entity_id = attributes.get("entity_id")
        text = annotation.text or ""
        roles = _title_words(attributes)
        if (
            entity_id in merged
            and name != text
            and len(text.split()) == 1
            and role_gender(roles) != merged[entity_id]
        ):
            name, entity_id = text, None
        people.append(
            Person(
                annotation.span.start,
                annotation.span.end,
                str(name),
                frozenset(roles),
                salient=True,
                entity_id=None if entity_id is None else str(entity_id),
            )
        )
    return people


class QuotesExtractor:
    """Annotate quotations, partial quotes and reported speech in an article.

    Each finding becomes an :class:`~newsparse.Annotation` with ``kind="quote"``,
    ``label`` ``"direct"``, ``"partial"`` or ``"indirect"``, ``span`` on the quoted
    content, ``links`` ``{"speaker": span, "cue": span}`` (where found) and
    ``attributes`` ``speaker`` (the resolved name or None), ``speaker_mention`` (as
    written), ``cue``, ``closed`` (False when the closing mark was missing) and, when the
    entities extractor ran first and found the speaker, ``speaker_entity_id`` (the
    ``entity_id`` of the speaker's PERSON entity) and ``speaker_entity_ids`` (all of them,
    for coordinated speakers such as ``Obama and Putin``).

    The body (``field="text"``) is searched, and so are the dek, the title and the
    captions, each with spans into its own text. The rules are English: an article whose
    language is known and is not English gets no quote annotations (its speakers and
    cues would be guesses).
    """

    name = "quotes"
    requires: tuple[str, ...] = ()
    after: tuple[str, ...] = ("entities",)

    def extract(self, article: Article) -> list[Annotation]:
        """Return the quote annotations of ``article``.

        Args:
            article: a parsed article; its PERSON entity annotations, if any, are used
                to resolve and link speakers.

        Returns:
            One annotation per quote, in field and text order.
        """
        from . import _find

        if article.language and not article.language.lower().startswith("en"):
            return []
        annotations: list[Annotation] = []
        entities = _entities_by_field(article)
        for field, text in _fields(article):
            in_field = [] if entities is None else entities.get(field, [])
            people = _people(in_field)
            mentions = None if entities is None else _mentions(in_field)
            for quote, entity_id in _find(text, people, mentions):
                if _is_picture_label(field, quote):
                    continue
                links = {}
                if quote.speaker_span is not None:
                    links["speaker"] = quote.speaker_span
                if quote.cue_span is not None:
                    links["cue"] = quote.cue_span
                attributes = {
                    "speaker": quote.speaker,
                    "speaker_mention": quote.speaker_mention,
                    "cue": quote.cue,
                    "closed": quote.closed,
                }
                if quote.reported_by_span is not None:
                    links["reported_by"] = quote.reported_by_span
                    attributes["reported_by"] = quote.reported_by
                if entity_id is not None:
                    ids = entity_id.split(",")
                    attributes["speaker_entity_id"] = ids[0]
                    attributes["speaker_entity_ids"] = ids
                annotations.append(
                    Annotation(
                        kind="quote",
                        label=quote.kind,
                        field=field,
                        span=quote.span,
                        text=quote.text,
                        links=links,
                        attributes=attributes,
                        extractor=self.name,
                    )
                )
        return annotations

"""The ``entities`` extractor: annotates an Article's title, dek, body and captions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsparse import Annotation, Article, Span
from newsparse.phrasebook import primary_language

from .finder import EntityFinder
from .resolve import Mention


class EntityExtractor:
    """Annotates every named-entity mention of an article.

    One :class:`~newsparse.Annotation` per mention, ``kind="entity"``, ``label`` the type
    (PERSON, ORG, GPE, LOC, NORP, EVENT, MISC), with ``attributes`` ``canonical`` and
    ``entity_id`` (shared by all mentions of one entity, across fields), ``title``
    and ``role`` when a person's name follows a title, and ``link`` / ``link_id`` for a
    nationality's country or an event's organiser.

    Fields are read in the order title, dek, body (``"text"``), then each caption's text
    (``"captions[N]"``) and credit (``"captions[N].credit"``).

    An article whose language is known and is not one the engine reads (the built-in
    engine reads English) gets no entity annotations: see :meth:`reads_language`.

    Args:
        finder: the finder to use; one with the default engine when None.
    """

    name = "entities"
    requires: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    def __init__(self, finder: EntityFinder | None = None) -> None:
        self.finder = finder if finder is not None else EntityFinder()

    def extract(self, article: Article) -> Iterator[Annotation]:
        """Yield the entity annotations of ``article``.

        Args:
            article: a parsed article.

        Yields:
            One annotation per mention; none when the article's language is not one the
            engine reads.
        """
        if not self.reads_language(article.language):
            return
        fields = list(article_fields(article))
        found = self.finder.find_in([text for _, text in fields])
        for (field, _), mentions in zip(fields, found):
            for mention in mentions:
                yield to_annotation(mention, field, self.name)


    def reads_language(self, language: str | None) -> bool:
        """Return whether articles in ``language`` are annotated.

        True when the language is unknown (None), when the engine reads any language (its
        ``languages`` is None or missing), or when the tag's primary subtag is one of the
        engine's (``"en-GB"`` for the built-in engine). An English model run on German
        text takes most capitalised nouns for names: on one German page 54 of 64 entity
        clusters were wrong, so such an article is better left without entities than with
        them.

        Args:
            language: a language tag, as :attr:`newsparse.Article.language` holds it.
        """
        languages = getattr(self.finder.engine, "languages", None)
        return not language or languages is None or primary_language(language) in languages


def article_fields(article: Article) -> Iterator[tuple[str, str]]:
    """Yield ``(field, text)`` for each non-empty text of an article, in reading order.

    Args:
        article: a parsed article.

    Yields:
        Field names as :attr:`newsparse.Annotation.field` spells them, with their text.
    """
    if article.title:
        yield "title", article.title
    if article.dek:
        yield "dek", article.dek
    if article.text:
        yield "text", article.text
    for index, caption in enumerate(article.captions):
        if caption.text:
            yield f"captions[{index}]", caption.text
        if caption.credit:
            yield f"captions[{index}].credit", caption.credit


def to_annotation(mention: Mention, field: str, extractor: str = "entities") -> Annotation:
    """Turn a :class:`Mention` into an :class:`~newsparse.Annotation` on ``field``.

    Args:
        mention: the mention.
        field: the annotation field whose text the mention's offsets index.
        extractor: the extractor name recorded on the annotation.

    Returns:
        The annotation.
    """
    attributes: dict[str, Any] = {
        "canonical": mention.canonical,
        "entity_id": mention.entity_id,
    }
    if mention.title is not None:
        attributes["title"] = mention.title
    if mention.role is not None:
        attributes["role"] = mention.role
    if mention.link is not None:
        attributes["link"] = mention.link
    if mention.link_id is not None:
        attributes["link_id"] = mention.link_id
    return Annotation(
        kind="entity",
        label=mention.label,
        field=field,
        span=Span(mention.start, mention.end),
        text=mention.text,
        attributes=attributes,
        extractor=extractor,
    )

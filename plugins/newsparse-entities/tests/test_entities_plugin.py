"""The plugin as newsparse loads it."""

from __future__ import annotations

import importlib.metadata

import newsparse_entities
import pytest
from newsparse_entities import EntityExtractor


def test_entry_point_is_declared():
    points = importlib.metadata.entry_points(group="newsparse")
    assert any(p.name == "entities" and p.value == "newsparse_entities" for p in points)


def test_hook_registers_the_extractor():
    registered = []
    newsparse_entities.newsparse_register_extractors(registered.append)
    assert len(registered) == 1
    extractor = registered[0]
    assert isinstance(extractor, EntityExtractor)
    assert extractor.name == "entities" and extractor.requires == () and extractor.after == ()


def test_parse_annotates_entities(seed_data):
    testing = pytest.importorskip("newsparse.testing")
    text = "\n\n".join([seed_data["title"], *seed_data["body"]])
    article = testing.make_parser(newsparse_entities).parse(text)
    assert not article.errors
    entities = article.annotations_of("entity")
    assert {a.extractor for a in entities} == {"entities"}
    people = {a.attributes["canonical"] for a in entities if a.label == "PERSON"}
    assert {"Barack Obama", "Vladimir Putin", "Bashar al-Assad", "David Cameron"} <= people or (
        {"Vladimir Putin", "Bashar al-Assad", "David Cameron"} <= people
    )
    for a in entities:
        target = article.field_text(a.field)
        assert target is not None and a.span.slice(target) == a.text


def test_body_only_article(seed_article):
    import attrs

    plain = attrs.evolve(seed_article, title=None, dek=None, captions=())
    annotations = list(EntityExtractor().extract(plain))
    assert annotations and {a.field for a in annotations} == {"text"}
    obama = {a.attributes["canonical"] for a in annotations if a.text == "Obama"}
    # Without the caption, the body never spells out the first name.
    assert obama == {"Obama"}

"""The spaCy engine, tested with a blank pipeline and an entity ruler (no model needed)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from newsparse_entities import (  # noqa: E402
    SPACY_MODEL_ENV,
    BuiltinEngine,
    EntityExtractor,
    EntityFinder,
    SpacyEngine,
    default_engine,
    find_entities,
)


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Barack Obama"},
            {"label": "PERSON", "pattern": "Obama"},
            {"label": "GPE", "pattern": "Syria"},
            {"label": "NORP", "pattern": "Syrian"},
            {"label": "FAC", "pattern": "Golden Gate Bridge"},
            {"label": "WORK_OF_ART", "pattern": "War and Peace"},
            {"label": "DATE", "pattern": "Monday"},
            {"label": "CARDINAL", "pattern": "two"},
        ]
    )
    return pipeline


def test_labels_are_mapped_and_numbers_dropped(nlp):
    text = "On Monday two Syrian envoys read War and Peace near the Golden Gate Bridge."
    found = {(m.text, m.label) for m in find_entities(text, engine=SpacyEngine(nlp))}
    assert found == {
        ("Syrian", "NORP"),
        ("War and Peace", "MISC"),
        ("Golden Gate Bridge", "LOC"),
    }


def test_mentions_are_refined_and_clustered(nlp):
    text = "Barack Obama spoke about Syria. Obama's aides listened."
    mentions = find_entities(text, engine=SpacyEngine(nlp))
    people = [m for m in mentions if m.label == "PERSON"]
    assert [m.text for m in people] == ["Barack Obama", "Obama"]
    assert len({m.entity_id for m in people}) == 1
    assert {m.canonical for m in people} == {"Barack Obama"}
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_extractor_with_spacy_engine(nlp, seed_article):
    extractor = EntityExtractor(EntityFinder(SpacyEngine(nlp)))
    annotations = list(extractor.extract(seed_article))
    assert ("Syria", "GPE") in {(a.text, a.label) for a in annotations}


def test_pipeline_without_ner_is_refused():
    with pytest.raises(ValueError, match="no 'ner'"):
        SpacyEngine(spacy.blank("en"))


def test_missing_model_falls_back_with_a_warning(monkeypatch):
    monkeypatch.setenv(SPACY_MODEL_ENV, "no_such_pipeline_installed_here")
    with pytest.warns(RuntimeWarning, match="built-in"):
        engine = default_engine()
    assert isinstance(engine, BuiltinEngine)


def test_model_by_path(monkeypatch, tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipeline")
    monkeypatch.setenv(SPACY_MODEL_ENV, str(tmp_path / "pipeline"))
    engine = default_engine()
    assert isinstance(engine, SpacyEngine)
    assert [m.text for m in find_entities("Syria", engine=engine)] == ["Syria"]

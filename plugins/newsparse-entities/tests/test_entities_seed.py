"""The seed article: who and what it names, and how the mentions cluster."""

from __future__ import annotations

import attrs
import pytest
from newsparse_entities import EntityExtractor, article_fields


def field_text(article, field):
    """Resolve a field, caption credits (``captions[N].credit``) included."""
    if field.endswith(".credit"):
        index = int(field[len("captions[") : field.index("]")])
        return article.captions[index].credit
    return article.field_text(field)


@pytest.fixture(scope="module")
def annotations(seed_article):
    return list(EntityExtractor().extract(seed_article))


def found(annotations, field=None):
    return {(a.text, a.label) for a in annotations if field is None or a.field == field}


def test_spans_slice_their_field(seed_article, annotations):
    assert annotations
    for a in annotations:
        assert a.kind == "entity" and a.extractor == "entities"
        assert a.span.slice(field_text(seed_article, a.field)) == a.text


@pytest.mark.parametrize(
    "name", ["Barack Obama", "Vladimir Putin", "Bashar al-Assad", "David Cameron"]
)
def test_people(annotations, name):
    assert (name, "PERSON") in found(annotations)


def test_photographer_in_credit(annotations):
    credit = found(annotations, "captions[0].credit")
    assert ("Jewel Samad", "PERSON") in credit
    assert ("AFP", "ORG") in credit and ("Getty Images", "ORG") in credit


@pytest.mark.parametrize(
    "name", ["Syria", "Russia", "U.S.", "Great Britain", "France", "Northern Ireland", "Geneva"]
)
def test_places(annotations, name):
    labels = {label for text, label in found(annotations) if text == name}
    assert labels and labels <= {"GPE", "LOC"}


@pytest.mark.parametrize("name", ["European Union", "United Nations", "Hezbollah"])
def test_organisations(annotations, name):
    assert (name, "ORG") in found(annotations)


def test_nationalities_and_events(annotations):
    assert ("Iranian-backed", "NORP") in found(annotations)
    assert ("Syrian", "NORP") in found(annotations)
    assert ("G8 summit", "EVENT") in found(annotations)


def test_titles_are_attributes_not_names(annotations):
    cameron = [a for a in annotations if a.text == "David Cameron"]
    assert cameron[0].attributes["title"] == "Prime Minister"
    assert cameron[0].attributes["role"] == "British Prime Minister"
    putin = [a for a in annotations if a.text == "Vladimir Putin" and "role" in a.attributes]
    assert putin and putin[0].attributes["role"] == "Russian President"
    assert not any(a.text.startswith(("President", "Prime")) for a in annotations)


def test_obama_and_putin_cluster_across_fields(annotations):
    obama = {a.attributes["entity_id"] for a in annotations if "Obama" in a.text}
    putin = {a.attributes["entity_id"] for a in annotations if "Putin" in a.text}
    assert len(obama) == 1 and len(putin) == 1 and obama != putin
    fields = {a.field for a in annotations if "Obama" in a.text}
    assert {"title", "dek", "text", "captions[0]"} <= fields
    canonical = {a.attributes["canonical"] for a in annotations if "Obama" in a.text}
    assert canonical == {"Barack Obama"}
    assert {a.attributes["canonical"] for a in annotations if "Putin" in a.text} == {
        "Vladimir Putin"
    }


def test_assad_surname_joins_full_name(annotations):
    ids = {a.attributes["entity_id"] for a in annotations if a.text in {"Assad", "Bashar al-Assad"}}
    assert len(ids) == 1


def test_possessive_resolves(seed_article, annotations):
    # "Putin is Assad's ally": the mention stops before "'s".
    dek = [a for a in annotations if a.field == "dek" and a.text == "Assad"]
    assert dek and seed_article.dek[dek[0].span.end :].startswith("'s")


def test_ids_are_deterministic_and_numbered_in_order(seed_article, annotations):
    again = list(EntityExtractor().extract(seed_article))
    assert again == annotations
    order = [f for f, _ in article_fields(seed_article)]
    ordered = sorted(annotations, key=lambda a: (order.index(a.field), a.span.start))
    seen = []
    for a in ordered:
        if a.attributes["entity_id"] not in seen:
            seen.append(a.attributes["entity_id"])
    assert seen == [f"e{i}" for i in range(1, len(seen) + 1)]


def test_annotations_pass_core_checks(seed_article, annotations):
    testing = pytest.importorskip("newsparse.testing")
    if seed_article.field_text("captions[0].credit") is None:  # newsparse without credits
        annotations = [a for a in annotations if not a.field.endswith(".credit")]
    testing.check_annotations(attrs.evolve(seed_article, annotations=annotations))

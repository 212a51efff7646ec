"""Whole articles through newsparse's parser, drawn with newsparse's own strategies."""

from __future__ import annotations

import newsparse_entities
import pytest
from hypothesis import HealthCheck, given, settings

from newsparse import NewsparseError

testing = pytest.importorskip("newsparse.testing")
strategies = pytest.importorskip("newsparse.testing.strategies")

PARSER = testing.make_parser(newsparse_entities)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.synthetic_articles())
def test_synthetic_articles(synthetic):
    article = PARSER.parse(synthetic.render())
    assert not article.errors
    testing.check_article(article)
    entities = article.annotations_of("entity")
    ids = {}
    for a in entities:
        ids.setdefault(a.attributes["entity_id"], set()).add((a.attributes["canonical"], a.label))
    assert all(len(values) == 1 for values in ids.values())
    for index, caption in enumerate(article.captions):
        for who in _names_in(caption.credit or ""):
            credited = {
                a.text
                for a in entities
                if a.field == f"captions[{index}].credit" and a.label == "PERSON"
            }
            assert who in credited, (caption.credit, credited)


def _names_in(credit: str) -> list[str]:
    return [
        f"{first} {last}"
        for first in strategies.FIRST_NAMES
        for last in strategies.LAST_NAMES
        if f"{first} {last}" in credit
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.hostile_texts())
def test_hostile_articles(text):
    try:
        article = PARSER.parse(text)
    except NewsparseError:  # input newsparse refuses (binary, too large): not ours to test
        return
    assert not article.errors
    testing.check_annotations(article)

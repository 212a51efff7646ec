"""People named by a common given name the training split mostly shows inside other
names, and the look-alike places and organisations that must stay what they are."""

from __future__ import annotations

import pytest
from newsparse_entities import find_entities
from newsparse_entities.gazetteer import given_names


def labels(text):
    return {m.text: m.label for m in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Nancy Pelosi said the vote would go ahead on Tuesday.", "Nancy Pelosi"),
        ("The actress Eva Longoria opened the festival in Cannes.", "Eva Longoria"),
        ("Gloria Estefan spoke at the dinner.", "Gloria Estefan"),
        ("Crystal Hefner later told reporters she had left.", "Crystal Hefner"),
        ("Olivia Colman won the award on Sunday.", "Olivia Colman"),
    ],
)
def test_a_common_given_name_makes_a_person(text, person):
    assert labels(text).get(person) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Officials in Sierra Leone said the clinic had reopened.", "Sierra Leone", "GPE"),
        ("Snow fell on Sun Valley overnight.", "Sun Valley", "LOC"),
        ("Crystal Palace beat Chelsea 2-0 on Saturday.", "Crystal Palace", "ORG"),
    ],
)
def test_a_place_or_club_starting_with_a_name_like_word_keeps_its_type(text, name, label):
    assert labels(text).get(name) == label


@pytest.mark.parametrize("word", ["sierra", "royal", "star", "sun", "clinton", "lewis"])
def test_words_places_and_surnames_are_no_given_names(word):
    assert word not in given_names()


@pytest.mark.parametrize(
    ("spans", "text", "name"),
    [
        # A first name that is also a surname or a place, before a known surname.
        ([("Taylor Brandt", "ORG")], "Fans cheered Taylor Brandt at the show.", "Taylor Brandt"),
        ([("Jordan Keller", "LOC")], "The report was written by Jordan Keller.", "Jordan Keller"),
    ],
)
def test_a_given_name_that_is_also_a_surname_counts_before_a_surname(spans, text, name):
    from newsparse_entities import EntityFinder

    from .test_entities_news_classes import GivenSpansEngine

    found = {m.text: m.label for m in EntityFinder(GivenSpansEngine(spans)).find(text)}
    assert found == {name: "PERSON"}


@pytest.mark.parametrize(
    ("spans", "text", "name", "label"),
    [
        # Not before a word that is no known surname.
        ([("Jordan Valley Tours", "ORG")], "She booked Jordan Valley Tours.", "Jordan Valley Tours", "ORG"),
        ([("Austin Energy", "ORG")], "Austin Energy raised its prices.", "Austin Energy", "ORG"),
    ],
)
def test_a_given_name_that_is_also_a_place_needs_a_surname(spans, text, name, label):
    from newsparse_entities import EntityFinder

    from .test_entities_news_classes import GivenSpansEngine

    found = {m.text: m.label for m in EntityFinder(GivenSpansEngine(spans)).find(text)}
    assert found.get(name) == label


def test_shared_given_names_are_kept_apart_from_the_given_names():
    from newsparse_entities.gazetteer import census_surnames, shared_given_names

    assert "taylor" in shared_given_names() and "taylor" not in given_names()
    assert "taylor" in census_surnames()

"""Gender-aware resolution of ``he`` and ``she``, and the first-name lexicon."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsparse_quotes import find_quotes
from newsparse_quotes.gender import compatible, first_name_gender, name_gender, role_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Hillary", "f"), ("donald", "m"), ("Kellyanne", "f"), ("Bernie", "m"), ("Jordan", None),
     ("Zzyzx", None)],
)
def test_first_names(name, gender):
    assert first_name_gender(name) == gender


def test_titles_decide_before_first_names():
    assert name_gender("Jordan Smith", {"mrs"}) == "f"
    assert name_gender("Jordan Smith", {"congressman"}) == "m"
    assert name_gender("Hillary Clinton") == "f"
    # A lone surname is not a first name.
    assert name_gender("Clinton") is None
    assert role_gender(["spokeswoman"]) == "f"
    assert role_gender(["mr", "mrs"]) is None


def _speaker(text):
    return [q for q in find_quotes(text) if q.kind == "direct"][-1]


def test_she_skips_the_last_named_man():
    text = (
        "Hillary Clinton met Senator Bernie Sanders in Iowa on Monday.\n\n"
        "“We agreed on more than we disagreed about,” she said."
    )
    quote = _speaker(text)
    assert quote.speaker_mention == "she"
    assert quote.speaker == "Hillary Clinton"


def test_he_skips_the_last_named_woman():
    text = (
        "Donald Trump answered questions after Mrs. Jordan Lee spoke.\n\n"
        "“We are going to win this state by a lot,” he said."
    )
    assert _speaker(text).speaker == "Donald Trump"


def test_surname_subject_keeps_the_gender_of_the_full_name():
    text = (
        "Hillary Clinton and Bernie Sanders debated in Brooklyn.\n\n"
        "Clinton fired back at her rival on trade.\n\n"
        "“I have a record of getting things done for people,” she said."
    )
    assert _speaker(text).speaker == "Hillary Clinton"


def test_unknown_gender_is_compatible_with_any_pronoun():
    assert compatible(None, "m") and compatible("f", None) and not compatible("f", "m")
    text = "Taylor Brooks spoke to the crowd.\n\n“This is our town and our future,” she said."
    assert _speaker(text).speaker == "Taylor Brooks"


@given(st.text(max_size=20))
def test_lexicon_answers_only_m_f_or_none(word):
    assert first_name_gender(word) in ("m", "f", None)
    assert name_gender(word) in ("m", "f", None)


@pytest.mark.parametrize("surname", ["Sanders", "Sanders’s", "Sanders's"])
def test_surnames_ending_in_s_expand(surname):
    text = f"Sen. Bernie Sanders spoke in Iowa.\n\n“We will win this state by a lot,” {surname} said."
    quote = _speaker(text)
    if surname == "Sanders":
        assert quote.speaker == "Bernie Sanders"
    from newsparse_quotes.resolve import Resolver, _surname_key

    assert _surname_key(surname) == "sanders"
    assert Resolver([]).expand("Jones") == "Jones"

"""The words phrases declare as required are required: the word screen never turns away a
text a phrase matches."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import patterns as P
from newsparse.classify.boilerplate import Rules, fold
from newsparse.data.phrases import ENGLISH, Phrase

STAND_IN = "qqq"


def _words(text):
    return P.WORD.findall(text)


def _folded_matches(phrase):
    """Texts the phrase's pattern matches, as the classifier sees them (lowercased, folded)."""
    pattern = re.compile(phrase.pattern)
    return st.from_regex(pattern).map(lambda t: fold(t)).filter(pattern.search)


def _without(text, words):
    # Every whole-word occurrence of the words, replaced by a word no phrase names.
    return re.sub(r"\w+", lambda m: STAND_IN if m.group() in words else m.group(), text)


@pytest.mark.parametrize("phrase", [p for p in ENGLISH if p.words], ids=lambda p: p.pattern[:30])
@settings(max_examples=25, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_a_match_holds_a_declared_word_and_needs_it(phrase, data):
    text = data.draw(_folded_matches(phrase))
    assert not phrase.words.isdisjoint(_words(text)), (phrase.pattern, text)
    assert re.search(phrase.pattern, _without(text, phrase.words)) is None, (phrase.pattern, text)


@pytest.mark.parametrize("phrase", [p for p in ENGLISH if p.first_words], ids=lambda p: p.pattern[:30])
@settings(max_examples=25, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_a_whole_line_match_opens_with_a_declared_word_and_needs_it(phrase, data):
    assert phrase.pattern.startswith("^")
    text = data.draw(_folded_matches(phrase))
    words = _words(text)
    assert words and words[0] in phrase.first_words, (phrase.pattern, text)
    if phrase.max_chars is not None:
        assert len(text) <= phrase.max_chars, (phrase.pattern, text)
    assert re.search(phrase.pattern, _without(text, {words[0]})) is None, (phrase.pattern, text)


def test_declared_words_are_lowercase_whole_words():
    for phrase in ENGLISH:
        for word in phrase.words | phrase.first_words:
            assert P.WORD.fullmatch(word) and word == word.lower(), (phrase.pattern, word)
        assert not (phrase.max_chars is not None and not phrase.first_words)


def test_shipped_phrases_nearly_all_declare_words():
    assert len([p for p in ENGLISH if p.words or p.first_words]) >= len(ENGLISH) - 2


def test_a_declared_word_that_is_not_required_is_caught():
    # The check above is not vacuous: a phrase declaring a word its pattern can do without.
    wrong = Phrase(r"\b(?:accept|reject) cookies\b", "cookie", words=frozenset({"accept"}))
    text = "reject cookies"
    assert re.search(wrong.pattern, text) and wrong.words.isdisjoint(_words(text))


# -- Rules with and without declared words ------------------------------------------------

VOCABULARY = ["ab", "cd", "e", "abc", "s"]
_texts = st.lists(st.sampled_from([*VOCABULARY, " ", "-", "'", ": ", "1", "x"]), max_size=12).map(
    lambda parts: fold("".join(parts))
)
_patterns = st.lists(st.sampled_from([*VOCABULARY, " ", r"\b", r"s?", r"\d+", r".{0,3}", r"(?:ab|cd)"]),
                     min_size=1, max_size=5).map("".join)


@given(st.lists(st.tuples(_patterns, st.sampled_from(["share", "footer"])), min_size=1, max_size=4), _texts)
def test_undeclared_phrases_are_screened_by_their_pattern(pairs, text):
    rules = Rules.from_pairs(pairs)
    assert rules.screen([text], [_words(text)]) == [True] or rules.reason(text) is None
    assert rules.reasons([text]) == [rules.reason(text)]


@given(st.sampled_from(ENGLISH), st.sampled_from(ENGLISH))
def test_phrases_and_pairs_compile_to_the_same_rules(first, second):
    as_phrases = Rules.from_pairs([first, second])
    as_pairs = Rules.from_pairs([(first.pattern, first.reason), (second.pattern, second.reason)])
    assert as_phrases._triggers == as_pairs._triggers and as_phrases._first_words == as_pairs._first_words


def test_a_plugin_phrase_may_declare_its_words():
    phrase = Phrase(r"\bdownload (?:the|our) app\b", "promotion", words=frozenset({"download"}))
    rules = Rules.from_pairs([phrase])
    assert rules.reasons(["download the app now", "an app"]) == ["promotion", None]

"""The word screens read off phrase patterns never turn away a text the pattern matches."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse import patterns as P
from newsparse.classify.boilerplate import Rules, fold
from newsparse.classify.triggers import leading_words, match_width, required_words

VOCABULARY = ["ab", "cd", "e", "abc", "s"]
SEPARATORS = [" ", "-", "'", ": "]


def _words(text):
    return P.WORD.findall(text)


# -- Examples ------------------------------------------------------------------------------


def test_required_words_of_common_shapes():
    assert required_words(r"\bsign up for (?:our|the) newsletter\b") == {"newsletter"}
    assert required_words(r"\bcookies?\b.{0,80}\bconsent\b") == {"consent"}
    assert required_words(r"\b(?:accept|reject) all\b") == {"accept", "reject"}
    # A literal that may run on into more letters is no whole word.
    assert required_words(r"\bsubscrib") is None
    assert required_words(r"x(?:\d+ )?comments?$") is None
    # No word at all, or words whose case the pattern ignores.
    assert required_words(r"©\s*\d{4}") is None
    assert required_words(r"(?i)\bnewsletter\b") is None
    assert required_words(r"(?i:\bnewsletter\b)") is None
    assert required_words(r"\bfoo(?=bar)") is None
    assert required_words("(unbalanced") is None


def test_leading_words_and_widths_of_whole_line_phrases():
    pattern = r"^(?:share|share this (?:article|story)|editor'?s picks|\d+ shares)$"
    assert leading_words(pattern) is None  # "12 shares" starts with a number
    pattern = r"^(?:share|share this (?:article|story)|editor'?s picks)(?:\s*[:>»])?$"
    assert leading_words(pattern) == {"share", "editor", "editors"}
    assert match_width(pattern) == len("share this article") + 2
    assert leading_words(r"^foo") is None  # "foobar" starts with another word
    assert leading_words(r"\bfoo\b") is None  # not anchored
    assert match_width(r"^foo") is None
    assert match_width(r"^foo.*$") is None


def test_shipped_phrases_nearly_all_have_a_screen():
    screened = [p for p, _ in P.BOILERPLATE_PHRASES if leading_words(p) or required_words(p)]
    assert len(screened) >= len(P.BOILERPLATE_PHRASES) - 2


# -- Properties over generated patterns and texts ------------------------------------------

_atoms = st.sampled_from(VOCABULARY) | st.sampled_from(
    [" ", "-", r"\b", r"s?", r"\d+", r".{0,3}", r"\s*", r"(?:ab )?", r"'?", r"[ -]", r"\w+"]
)
_groups = st.lists(st.sampled_from(VOCABULARY + ["ab cd", "e-ab", "abc s"]), min_size=1, max_size=3).map(
    lambda alts: "(?:" + "|".join(alts) + ")"
)
_patterns = st.tuples(
    st.sampled_from(["", "^", r"\b"]),
    st.lists(_atoms | _groups, min_size=1, max_size=6),
    st.sampled_from(["", "$", r"\b"]),
).map(lambda t: t[0] + "".join(t[1]) + t[2])
_texts = st.lists(st.sampled_from(VOCABULARY + SEPARATORS + ["1", "x"]), max_size=12).map(
    lambda parts: fold("".join(parts))
)


@given(_patterns, _texts)
def test_a_match_holds_one_of_the_required_words(pattern, text):
    required = required_words(pattern)
    if required is not None and re.search(pattern, text):
        assert not required.isdisjoint(_words(text)), (pattern, text, required)


@given(_patterns, _texts)
def test_a_match_at_the_start_begins_with_a_leading_word(pattern, text):
    leading = leading_words(pattern)
    if leading is not None and re.match(pattern, text):
        words = _words(text)
        assert words and words[0] in leading, (pattern, text, leading)


@given(_patterns, _texts)
def test_a_whole_line_match_is_no_longer_than_the_width(pattern, text):
    width = match_width(pattern)
    if width is not None and re.match(pattern, text):
        assert len(text) <= width, (pattern, text, width)


@given(st.lists(st.tuples(_patterns, st.sampled_from(["share", "footer"])), min_size=1, max_size=4), _texts)
def test_rules_screen_every_text_a_phrase_matches(pairs, text):
    rules = Rules.from_pairs(pairs)
    assert rules.screen([text], [_words(text)]) == [True] or rules.reason(text) is None


@given(st.lists(st.tuples(_patterns, st.sampled_from(["share", "footer", "menu"])), min_size=1, max_size=5), _texts)
def test_screened_reasons_are_the_reasons(pairs, text):
    rules = Rules.from_pairs(pairs)
    assert rules.reasons([text]) == [rules.reason(text)]

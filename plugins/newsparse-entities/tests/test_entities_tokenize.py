"""Tokenizer and sentence splitter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_entities.tokenize import sentences, tokenize, visible


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_possessives_split_off():
    assert words("Putin's ally") == ["Putin", "'s", "ally"]
    assert words("Putin’s ally") == ["Putin", "’s", "ally"]
    assert words("the U.S.’s plan") == ["the", "U.S.", "’s", "plan"]


def test_names_and_abbreviations_stay_whole():
    assert words("Bashar al-Assad met Mr. Smith and O'Neill.") == [
        "Bashar",
        "al-Assad",
        "met",
        "Mr.",
        "Smith",
        "and",
        "O'Neill",
        ".",
    ]
    assert words("J. Smith of the U.N. said") == ["J.", "Smith", "of", "the", "U.N.", "said"]


def test_curly_quotes_are_tokens():
    assert words("“Of course,” Putin said") == ["“", "Of", "course", ",", "”", "Putin", "said"]


def test_numbers():
    assert words("93,000 people on 1996-08-30 at 10:30") == [
        "93,000",
        "people",
        "on",
        "1996-08-30",
        "at",
        "10:30",
    ]


def test_sentences_split_on_stops_and_lines():
    text = 'He left. "Why?" she asked.\nNext line. and then'
    tokens = tokenize(text)
    spans = sentences(text, tokens)
    joined = [" ".join(t.text for t in tokens[a:b]) for a, b in spans]
    # "?" before a lower-case word does not end the sentence; a line break does.
    assert joined == ["He left .", '" Why ? " she asked .', "Next line . and then"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_tokens_slice_their_text_in_order(text):
    tokens = tokenize(text)
    end = 0
    for token in tokens:
        assert visible(text[token.start : token.end]) == token.text
        assert token.start >= end
        assert token.text.strip() == token.text and token.text
        end = token.end
    spans = sentences(text, tokens)
    covered = [i for a, b in spans for i in range(a, b)]
    assert covered == list(range(len(tokens)))

"""Sentence splitting of news text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_summary.sentences import sentence_texts, split_sentences

CASES = [
    # abbreviations, initials, times and dates stay inside the sentence
    (
        "The U.S. Sen. John Smith of Calif. arrived at 9 a.m. on Jan. 5. He left at noon.",
        ["The U.S. Sen. John Smith of Calif. arrived at 9 a.m. on Jan. 5.", "He left at noon."],
    ),
    (
        "Gov. Jerry Brown met George W. Bush in St. Louis on Sept. 12. They talked.",
        ["Gov. Jerry Brown met George W. Bush in St. Louis on Sept. 12.", "They talked."],
    ),
    (
        "Mr. Smith met Dr. Jones at 5 p.m. He was late.",
        ["Mr. Smith met Dr. Jones at 5 p.m.", "He was late."],
    ),
    # decimals and money
    (
        "Profits jumped 76% to $1.13bn (£600m). Shares rose 3.5 per cent.",
        ["Profits jumped 76% to $1.13bn (£600m).", "Shares rose 3.5 per cent."],
    ),
    # a quotation that ends with its attribution is one sentence
    (
        "“We agreed to push the parties to the negotiations table,” Putin said. Obama agreed.",
        [
            "“We agreed to push the parties to the negotiations table,” Putin said.",
            "Obama agreed.",
        ],
    ),
    (
        "“Do you want to supply arms to these people?” Putin asked, angrily. Nobody replied.",
        ["“Do you want to supply arms to these people?” Putin asked, angrily.", "Nobody replied."],
    ),
    ("“Why?” she asked. He shrugged.", ["“Why?” she asked.", "He shrugged."]),
    (
        "What happened?' he asked. Nobody answered.",
        ["What happened?' he asked.", "Nobody answered."],
    ),
    # a quotation that ends a sentence on its own
    (
        "'We are scared for our lives!' Another woman was also stabbed.",
        ["'We are scared for our lives!'", "Another woman was also stabbed."],
    ),
    # a closing quotation mark set off by a space still closes its sentence
    (
        'Mr Walton said: "It has been mobbed. " Stuart has top-flight experience.',
        ['Mr Walton said: "It has been mobbed. "', "Stuart has top-flight experience."],
    ),
    # ellipses
    ("He paused... then spoke. It was over.", ["He paused... then spoke.", "It was over."]),
    # "May" is a month and a name, never an abbreviation
    (
        "The embargo was lifted in late May. British officials welcomed it.",
        ["The embargo was lifted in late May.", "British officials welcomed it."],
    ),
    # headlines, list items and credits without full stops stand alone
    (
        "Obama and Putin still far apart on Syria\nThe two leaders met on Monday.",
        ["Obama and Putin still far apart on Syria", "The two leaders met on Monday."],
    ),
    (
        "Key points:\n- rates held at 4.75%\n- growth forecast cut",
        ["Key points:", "- rates held at 4.75%", "- growth forecast cut"],
    ),
    # a wrapped line that continues in lowercase joins the line before
    (
        "The president said that\nthe war was over. Nobody believed it.",
        ["The president said that\nthe war was over.", "Nobody believed it."],
    ),
    # paragraphs
    ("First paragraph.\n\nSecond paragraph", ["First paragraph.", "Second paragraph"]),
    # syndication headers split into their pieces
    (
        "By . Jane Doe . PUBLISHED: . 12:01 EST, 5 May 2013 . A man was arrested.",
        ["By .", "Jane Doe .", "PUBLISHED: .", "12:01 EST, 5 May 2013 .", "A man was arrested."],
    ),
    # nothing to say
    ("", []),
    ("   \n\n  ", []),
    ("... — “”", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_cases(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


def test_spans_slice_the_text_with_offsets() -> None:
    text = "  Leading space. Trailing space.  \n\nNext paragraph here.\n"
    spans = split_sentences(text)
    assert [s.slice(text) for s in spans] == [
        "Leading space.",
        "Trailing space.",
        "Next paragraph here.",
    ]
    assert spans[0].start == 2


def test_lone_surrogates_keep_offsets() -> None:
    text = "Bad \ud800 byte here. Next one."
    assert sentence_texts(text) == ["Bad \ud800 byte here.", "Next one."]


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        split_sentences(b"bytes are not text")  # type: ignore[arg-type]


HOSTILE = {
    "dots": "." * 200_000,
    "lowercase-stops": "a. " * 60_000,
    "open-quotes": "“" * 100_000,
    "abbreviations": "Mr. " * 50_000,
    "open-brackets": "(" * 100_000 + "a. b.",
    "no-punctuation": "word " * 100_000,
    "newlines": "\n" * 100_000,
    "initials": "A. B. " * 40_000,
    "questions-in-quotes": "“Why?” Putin asked " * 20_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_large_hostile_input_is_linear(name: str) -> None:
    text = HOSTILE[name]
    start = time.perf_counter()
    spans = split_sentences(text)
    assert time.perf_counter() - start < 2.0
    assert all(s.slice(text).strip() == s.slice(text) for s in spans)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.characters(codec="utf-8") | st.sampled_from(".!?…\"“”‘’'\n :;"), max_size=400
    )
)
def test_spans_are_ordered_stripped_slices(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        piece = span.slice(text)
        assert piece == piece.strip()
        assert any(ch.isalnum() or ch == "_" for ch in piece)
        previous_end = span.end


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Jan.",
                "U.S.",
                "3.5",
                "said.",
                "“Yes,”",
                "he",
                "asked?",
                "\n",
                "\n\n",
                "Putin",
                "May.",
                "The",
                "...",
                "'",
            ]
        ),
        max_size=60,
    )
)
def test_every_word_is_kept(words: list[str]) -> None:
    text = " ".join(words)
    kept = "".join(s.slice(text) for s in split_sentences(text))
    assert [c for c in kept if c.isalnum()] == [c for c in text if c.isalnum()]


def test_windows_do_not_change_the_result() -> None:
    import sentencex
    from newsparse_summary import sentences as module

    parts = [
        f"Sentence {i} was read by Sen. Smith at {i % 12 + 1} p.m. on Jan. {i % 28 + 1}."
        if i % 3
        else f"“Is it {i}?” he asked."
        for i in range(400)
    ]
    text = " ".join(parts)
    assert len(text) > 4 * module.WINDOW
    expected = [b["text"].strip() for b in sentencex.get_sentence_boundaries("en", text)]
    assert sentence_texts(text) == [s for s in expected if s]

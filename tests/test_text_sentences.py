"""newsparse.text.sentences: the shared sentence splitter."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Span
from newsparse.text import sentences, word_count


def split(text: str) -> list[str]:
    return [span.slice(text) for span in sentences(text)]


CASES = [
    # titles, abbreviations, initials, times and dates stay inside the sentence
    (
        "The U.S. Sen. John Smith of Calif. arrived at 9 a.m. on Jan. 5. He left at noon.",
        ["The U.S. Sen. John Smith of Calif. arrived at 9 a.m. on Jan. 5.", "He left at noon."],
    ),
    (
        "Gov. Jerry Brown met George W. Bush in St. Louis on Sept. 12. They talked.",
        ["Gov. Jerry Brown met George W. Bush in St. Louis on Sept. 12.", "They talked."],
    ),
    ("Mr. Smith met Dr. Jones at 5 p.m. He was late.", ["Mr. Smith met Dr. Jones at 5 p.m.", "He was late."]),
    (
        "Mrs. Doe and Gen. Petraeus spoke at the U.N. General Assembly. It was brief.",
        ["Mrs. Doe and Gen. Petraeus spoke at the U.N. General Assembly.", "It was brief."],
    ),
    ("J. R. R. Tolkien wrote it. Fans agree.", ["J. R. R. Tolkien wrote it.", "Fans agree."]),
    ("The meeting ends at 5 p.m. Monday. Then it rains.", ["The meeting ends at 5 p.m. Monday.", "Then it rains."]),
    # an abbreviation can end a sentence when a sentence plainly starts after it
    ("He moved to the U.S. The move paid off.", ["He moved to the U.S.", "The move paid off."]),
    ("He joined Apple Inc. He left in 2010.", ["He joined Apple Inc.", "He left in 2010."]),
    ("Apples, pears etc. The shop sold them.", ["Apples, pears etc.", "The shop sold them."]),
    ("The plan is No. 1 on the list. No. The other one.", ["The plan is No. 1 on the list.", "No.", "The other one."]),
    # decimals and money
    (
        "Profits jumped 76% to $1.13bn (£600m). Shares rose 3.5 per cent.",
        ["Profits jumped 76% to $1.13bn (£600m).", "Shares rose 3.5 per cent."],
    ),
    # quotations and brackets that close a sentence
    (
        "“We agreed to push the parties to the table,” Putin said. Obama agreed.",
        ["“We agreed to push the parties to the table,” Putin said.", "Obama agreed."],
    ),
    (
        "“Do you want to supply arms to these people?” Putin asked, angrily. Nobody replied.",
        ["“Do you want to supply arms to these people?” Putin asked, angrily.", "Nobody replied."],
    ),
    ("“Why?” she asked. He shrugged.", ["“Why?” she asked.", "He shrugged."]),
    ("'We are scared!' Another woman was hurt.", ["'We are scared!'", "Another woman was hurt."]),
    ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
    ("(He left early.) She stayed.", ["(He left early.)", "She stayed."]),
    (
        'Mr Walton said: "It has been mobbed. " Stuart has experience.',
        ['Mr Walton said: "It has been mobbed. "', "Stuart has experience."],
    ),
    # questions, exclamations, ellipses
    ("Was it over? Yes! It was.", ["Was it over?", "Yes!", "It was."]),
    ("He paused... then spoke. It was over … Then it began.", ["He paused... then spoke.", "It was over …", "Then it began."]),
    ("He said . . . nothing. Fine.", ["He said . . . nothing.", "Fine."]),
    # other languages
    (
        "Das ist z. B. Nr. 5 am 3. Oktober. Es regnet.",
        ["Das ist z. B. Nr. 5 am 3. Oktober.", "Es regnet."],
    ),
    ("M. Macron a parlé. Mme Dupont aussi.", ["M. Macron a parlé.", "Mme Dupont aussi."]),
    (
        "Studiował na Uniwersytecie im. Adama Mickiewicza przy ul. Wieniawskiego. Potem wyjechał.",
        ["Studiował na Uniwersytecie im. Adama Mickiewicza przy ul. Wieniawskiego.", "Potem wyjechał."],
    ),
    # a title with a prefix is still a title
    (
        "The seat went to then-Rep. Heath Shuler, who retired. Ex-Gov. Jane Roe ran.",
        ["The seat went to then-Rep. Heath Shuler, who retired.", "Ex-Gov. Jane Roe ran."],
    ),
    # a hyphenated word that ends in no title ends its sentence as any word does
    ("She bought a co-op. Prices rose.", ["She bought a co-op.", "Prices rose."]),
    # an ordinal after its article, before a noun or a month in the genitive
    (
        "Der Bau begann Ende des 19. Jahrhunderts. Er endete zum 150. Jubiläum im Mai.",
        ["Der Bau begann Ende des 19. Jahrhunderts.", "Er endete zum 150. Jubiläum im Mai."],
    ),
    ("Die Wahl ist am Abend des 3. Märzes. Sie zählt.", ["Die Wahl ist am Abend des 3. Märzes.", "Sie zählt."]),
    # scripts written without spaces: the full stop needs no space after it
    ("東京で会議が開かれた。参加者は百人だった。", ["東京で会議が開かれた。", "参加者は百人だった。"]),
    ("「本当ですか？」と彼は聞いた。答えはなかった！", ["「本当ですか？」と彼は聞いた。", "答えはなかった！"]),
    # a number after any other word still ends a sentence, in English and German
    ("I am 40. The rest came later.", ["I am 40.", "The rest came later."]),
    ("Das Team gewann mit 2 zu 1. Der Trainer jubelte.", ["Das Team gewann mit 2 zu 1.", "Der Trainer jubelte."]),
    # "May" is a month and a name, never an abbreviation
    ("It ended in late May. British officials welcomed it.", ["It ended in late May.", "British officials welcomed it."]),
    # lines: headlines, list items, hard-wrapped prose, paragraphs
    (
        "Obama and Putin still far apart on Syria\nThe two leaders met on Monday.",
        ["Obama and Putin still far apart on Syria", "The two leaders met on Monday."],
    ),
    ("Key points:\n- rates held at 4.75%\n- growth cut", ["Key points:", "- rates held at 4.75%", "- growth cut"]),
    (
        "The president said that\nthe war was over. Nobody believed it.",
        ["The president said that\nthe war was over.", "Nobody believed it."],
    ),
    ("First paragraph.\r\n\r\nSecond paragraph", ["First paragraph.", "Second paragraph"]),
    # syndication headers split into their pieces
    (
        "By . Jane Doe . PUBLISHED: . 12:01 EST, 5 May 2013 . A man was arrested.",
        ["By .", "Jane Doe .", "PUBLISHED: .", "12:01 EST, 5 May 2013 .", "A man was arrested."],
    ),
    # pieces without a letter or digit stay with their sentence
    ("It ended. — And then?", ["It ended.", "— And then?"]),
    ("It ended. —", ["It ended. —"]),
    ("... — “”", ["... — “”"]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_cases(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "  Leading space. Trailing space.  \n\nNext paragraph here.\n"
    spans = sentences(text)
    assert spans == [Span(2, 16), Span(17, 32), Span(36, 56)]
    assert spans[2].slice(text) == "Next paragraph here."


def test_reachable_from_the_package() -> None:
    assert newsparse.text.sentences is sentences


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        sentences(b"bytes are not text")  # type: ignore[arg-type]


def test_lone_surrogates_keep_offsets() -> None:
    text = "Bad \ud800 byte here. Next one."
    assert split(text) == ["Bad \ud800 byte here.", "Next one."]


HOSTILE = {
    "dots": "." * 200_000,
    "dots-then-letter": "." * 200_000 + "a",
    "lowercase-stops": "a. " * 60_000,
    "open-quotes": "“" * 100_000,
    "spaced-quotes": '" ' * 100_000,
    "stops-and-spaced-quotes": "a. \" " * 50_000,
    "titles": "Mr. " * 50_000,
    "open-brackets": "(" * 100_000 + "a. b.",
    "no-punctuation": "word " * 100_000,
    "newlines": "\n" * 100_000,
    "lowercase-lines": "a\n" * 100_000,
    "initials": "A. B. " * 40_000,
    "questions-in-quotes": "“Why?” Putin asked " * 20_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_large_hostile_input_is_linear(name: str) -> None:
    text = HOSTILE[name]
    start = time.perf_counter()
    spans = sentences(text)
    assert time.perf_counter() - start < 2.0
    assert all(s.slice(text).strip() == s.slice(text) for s in spans)


# Text made of the pieces the splitter decides on, so generated examples hit its rules.
_PIECES = st.sampled_from(
    [
        "Jan.", "U.S.", "3.5", "said.", "“Yes,”", "he", "asked?", "\n", "\n\n", "Putin",
        "May.", "The", "...", "'", '"', "”", "(", ")", "Mr.", "J.", "z.", "B.", "No.", "5",
        "etc.", "!", "—", "a.m.", "Inc.", "\u2028", "\t", "é", "Ünd.", "3.",
    ]
)
_NEWSY = st.lists(_PIECES, max_size=60).map(" ".join)
_ANY = st.text(
    alphabet=st.characters(codec="utf-8") | st.sampled_from(".!?…\"“”‘’'()\n :;"), max_size=300
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_NEWSY, _ANY))
def test_spans_are_ordered_stripped_and_inside(text: str) -> None:
    previous_end = 0
    for span in sentences(text):
        assert previous_end <= span.start < span.end <= len(text)
        piece = span.slice(text)
        assert piece == piece.strip()
        previous_end = span.end


@settings(max_examples=300, deadline=None)
@given(st.one_of(_NEWSY, _ANY))
def test_every_visible_character_is_in_a_sentence(text: str) -> None:
    covered = [False] * len(text)
    for span in sentences(text):
        for i in range(span.start, span.end):
            covered[i] = True
    missing = [i for i, char in enumerate(text) if not char.isspace() and not covered[i]]
    assert missing == []


@settings(max_examples=300, deadline=None)
@given(st.one_of(_NEWSY, _ANY))
def test_splitting_the_rejoined_sentences_gives_them_back(text: str) -> None:
    first = split(text)
    assert split("\n".join(first)) == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Jane Doe landed in the U.S. on Monday.", 9),
        ("Größe über alles.", 3),
        ("東京で会議が開かれた。", 5),
        ("Googleは新しい機能を発表した。", 5),
        ("", 0),
    ],
)
def test_word_count_counts_dense_scripts_by_characters(text: str, expected: int) -> None:
    assert word_count(text) == expected

"""Invisible characters (soft hyphens, zero-width spaces and joiners, byte-order marks) are
left out of every text an Article keeps, while spans still index the source as it is."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.data.invisible import INVISIBLE_CHARACTERS
from newsparse.testing import check_article
from newsparse.text import visible

PARSER = newsparse.Parser(load_entrypoints=False)

WORDS = ["Netanyahu", "Vladimir", "Putin", "said", "the", "talks", "in", "Geneva", "would",
         "resume", "on", "Monday", "caf\xe9", "officials", "By", "Reuters", "(AP)", "\u2014"]


def texts(article: newsparse.Article) -> list[str]:
    """Every text the Article keeps, names and credits included."""
    found = [article.title or "", article.dek or "", article.text]
    for byline in article.bylines:
        found += [byline.text, *byline.names]
    for caption in article.captions:
        found += [caption.text, caption.credit or ""]
    if article.dateline is not None:
        found += [article.dateline.text, article.dateline.place or ""]
    found += [p.text for p in article.body] + [b.text for b in article.boilerplate]
    return found


def sprinkled(words: list[str], marks: list[tuple[int, int, str]]) -> str:
    """``words`` with invisible characters put inside some of them."""
    words = list(words)
    for index, position, mark in marks:
        word = words[index % len(words)]
        cut = position % (len(word) + 1)
        words[index % len(words)] = word[:cut] + mark + word[cut:]
    return " ".join(words)


line = st.lists(st.sampled_from(WORDS), min_size=3, max_size=30)
marks = st.lists(st.tuples(st.integers(0, 100), st.integers(0, 20),
                           st.sampled_from(sorted(INVISIBLE_CHARACTERS))), max_size=12)


@given(st.lists(st.tuples(line, marks), min_size=1, max_size=8), st.sampled_from(["text", "html"]))
def test_no_text_field_keeps_an_invisible_character(paragraphs, fmt):
    lines = [sprinkled(words, where) for words, where in paragraphs]
    if fmt == "html":
        source = "<html><body><article>" + "".join(f"<p>{x}</p>" for x in lines) + "</article></body></html>"
    else:
        source = "\n\n".join(lines) + "\n"
    article = PARSER.parse(source, format=fmt)
    for text in texts(article):
        assert not set(text) & set(INVISIBLE_CHARACTERS), text
        assert visible(text) == text
    # Spans still index the source: each slices out its text, invisible characters and all.
    check_article(article)


def test_soft_hyphens_no_longer_split_names():
    story = ("Talks resume in Geneva\n\nBy Jane Doe\n\n"
             "Benjamin Netan\u00adyahu and Vladi\u00admir Putin met in Geneva on Monday, "
             "officials said, and the talks would resume\u200b next week.\n")
    article = PARSER.parse(story)
    assert "Benjamin Netanyahu and Vladimir Putin met" in article.text
    (paragraph,) = article.body
    assert "\u00ad" in paragraph.span.slice(article.source)
    assert visible(paragraph.span.slice(article.source)) == paragraph.text


def test_a_dateline_keeps_its_span_when_invisible_characters_precede_it():
    story = ("Storm hits the coast\n\n"
             "\u200bWASHINGTON (AP) \u2014 The sto\u00adrm reached the coast late on Sunday, bringing "
             "winds and heavy rain to towns along the shore, officials said.\n")
    article = PARSER.parse(story)
    check_article(article)
    assert article.body[0].text.startswith("The storm reached")


def test_a_joiner_inside_an_emoji_sequence_stays():
    family, flag = "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001f3f3\ufe0f\u200d\U0001f308"
    assert visible(f"A family {family} and a flag {flag}.") == f"A family {family} and a flag {flag}."
    assert visible("Netan\u200dyahu \U0001f600\u200d") == "Netanyahu \U0001f600"

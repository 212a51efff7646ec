"""Properties of the text path over generated articles and hostile input."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.testing import check_article
from newsparse.testing.strategies import hostile_texts, synthetic_articles

PARSER = newsparse.Parser(load_entrypoints=False)


def parse_text(text):
    return PARSER.parse(text, format="text")


def assert_nothing_lost(article):
    """Every non-blank line of the source is covered, exactly once, by segments."""
    source = article.source
    segments = article.segments()
    covered = bytearray(len(source))
    for _, _, span in segments:
        for i in range(span.start, span.end):
            assert not covered[i], f"offset {i} is in two segments"
            covered[i] = 1
    for i, char in enumerate(source):
        if not char.isspace():
            assert covered[i], f"{source[max(0, i - 20):i + 20]!r}: offset {i} belongs to no segment"


@given(st.one_of(st.text(max_size=400), hostile_texts()))
def test_any_text_parses_or_raises_our_error(text):
    try:
        article = parse_text(text)
    except newsparse.NewsparseError:
        return
    check_article(article)
    assert_nothing_lost(article)


@given(synthetic_articles())
def test_generated_articles_keep_every_block_once(synthetic):
    article = parse_text(synthetic.render())
    check_article(article)
    assert_nothing_lost(article)


@given(synthetic_articles())
def test_body_order_is_preserved(synthetic):
    article = parse_text(synthetic.render())
    starts = [p.span.start for p in article.body]
    assert starts == sorted(starts)


@given(synthetic_articles(), st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
def test_generated_articles_come_back_with_their_parts(synthetic, separator):
    article = parse_text(synthetic.render(separator))
    assert article.title == synthetic.title
    assert article.dek == synthetic.dek
    assert [b.names for b in article.bylines] == [names for _, names in synthetic.bylines]
    assert [(c.text, c.credit) for c in article.captions] == list(synthetic.captions)
    assert (article.dateline.text if article.dateline else None) == synthetic.dateline
    assert tuple(p.text for p in article.body) == synthetic.body
    assert tuple(b.reason for b in article.boilerplate) == synthetic.boilerplate_reasons


@given(synthetic_articles())
def test_parsing_the_text_again_gives_the_same_body(synthetic):
    article = parse_text(synthetic.render())
    again = parse_text(article.text)
    assert [p.text for p in again.body] == [p.text for p in article.body]


@given(st.one_of(synthetic_articles().map(lambda s: s.render()), hostile_texts()))
@settings(max_examples=60)
def test_json_round_trip(text):
    try:
        article = parse_text(text)
    except newsparse.NewsparseError:
        return
    assert newsparse.article_from_json(newsparse.article_to_json(article)) == article


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\t \r\n"])
def test_blank_input_raises_empty_input(text):
    with pytest.raises(newsparse.EmptyInput):
        parse_text(text)

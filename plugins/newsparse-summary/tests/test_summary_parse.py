"""The summary extractor inside a parser, on synthetic and hostile pages."""

from __future__ import annotations

import newsparse_summary
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import NewsparseError
from newsparse.testing import check_annotations, make_parser
from newsparse.testing.strategies import hostile_texts, synthetic_articles

PARSER = make_parser(newsparse_summary)


def check_summary(article, limit: int = newsparse_summary.DEFAULT_SENTENCES) -> None:
    check_annotations(article)
    summary = article.annotations_of("summary")
    assert len(summary) <= limit
    starts = [a.span.start for a in summary]
    assert starts == sorted(starts)
    assert sorted(a.attributes["rank"] for a in summary) == list(range(1, len(summary) + 1))
    for annotation in summary:
        assert annotation.field == "text"
        assert annotation.span.slice(article.text) == annotation.text
    assert not article.errors


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(synthetic_articles())
def test_synthetic_articles(synthetic) -> None:
    article = PARSER.parse(synthetic.render())
    check_summary(article)
    summary = [a.text for a in article.annotations_of("summary")]
    if article.body:
        assert summary
    # the title, standfirst, bylines and captions are never summary sentences
    for sentence in summary:
        assert sentence != synthetic.title
        assert sentence != synthetic.dek
        assert all(sentence not in f"{text} {credit}" for text, credit in synthetic.captions)
        assert all(sentence not in text for text, _ in synthetic.bylines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(hostile_texts(), st.text(max_size=500)))
def test_hostile_pages(text: str) -> None:
    try:
        article = PARSER.parse(text)
    except NewsparseError:
        return  # refused by the parser (e.g. binary-looking input), before any extractor
    check_summary(article)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(synthetic_articles(boilerplate=False))
def test_deterministic(synthetic) -> None:
    text = synthetic.render()
    first = PARSER.parse(text).annotations_of("summary")
    again = make_parser(newsparse_summary).parse(text).annotations_of("summary")
    assert first == again


def test_a_caption_repeated_in_the_body_is_never_a_summary_sentence():
    import attrs
    from newsparse_summary import SummaryExtractor

    from newsparse import Caption, Span

    caption = "Rescue workers carry a survivor from the collapsed school in the town on Monday."
    text = (
        f"{caption}\n\n"
        "An earthquake destroyed a school in the mountain town on Monday, officials said.\n\n"
        "Rescue teams worked through the night to reach children trapped in the rubble.\n\n"
        "The government declared a state of emergency in the region on Tuesday morning."
    )
    article = PARSER.parse(text, format="text")
    chosen = [a.text for a in SummaryExtractor(sentences=3).extract(article)]
    assert caption in chosen  # the check below has something to change
    with_caption = attrs.evolve(article, captions=(Caption(text=caption, span=Span(0, len(caption))),))
    chosen = [a.text for a in SummaryExtractor(sentences=3).extract(with_caption)]
    assert caption not in chosen and len(chosen) == 3

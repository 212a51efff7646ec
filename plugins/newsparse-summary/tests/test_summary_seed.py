"""The seed article: an NBC News story about Obama, Putin and Syria."""

from __future__ import annotations

import newsparse_summary
import pytest
from newsparse_summary import SummaryExtractor, summarize

import newsparse
from newsparse import Article, Caption, Paragraph, Span
from newsparse.testing import check_annotations, make_parser
from newsparse.text import sentences as split_sentences

TITLE = "Obama and Putin still far apart on Syria"
DEK = (
    "President Obama and Russian President Vladimir Putin agreed that they have "
    '"differing perspectives" on the Syrian civil war: for one thing, Putin is Assad\'s ally.'
)
CAPTION = "Barack Obama and Russian President Vladimir Putin during the G8 summit on June 17, 2013."


def seed_article(body: str) -> Article:
    """Build the seed Article by hand: title, dek, caption and the eight body paragraphs."""
    paragraphs = []
    offset = 0
    for text in body.split("\n\n"):
        paragraphs.append(Paragraph(text=text, span=Span(offset, offset + len(text))))
        offset += len(text) + 2
    return Article(
        source=body,
        title=TITLE,
        dek=DEK,
        captions=[Caption(text=CAPTION, credit=None, span=Span(0, 0))],
        body=paragraphs,
    )


def test_fixture_is_the_eight_body_paragraphs(seed_body: str) -> None:
    paragraphs = seed_body.split("\n\n")
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("After day one of the G8 summit")
    assert paragraphs[-1].endswith("thought to have gone unreported.")


def test_extractor_marks_three_body_sentences(seed_body: str) -> None:
    article = seed_article(seed_body)
    annotations = list(SummaryExtractor().extract(article))
    assert len(annotations) == 3
    body_sentences = {s.slice(article.text) for s in split_sentences(article.text)}
    for annotation in annotations:
        assert annotation.kind == "summary"
        assert annotation.extractor == "summary"
        assert annotation.field == "text"
        assert annotation.span.slice(article.text) == annotation.text
        assert annotation.text in body_sentences
        assert annotation.text not in (DEK, CAPTION, TITLE)
        assert 'differing perspectives" on the Syrian civil war' not in annotation.text
    assert sorted(a.attributes["rank"] for a in annotations) == [1, 2, 3]
    starts = [a.span.start for a in annotations]
    assert starts == sorted(starts)


def test_extractor_output_passes_the_core_checks(seed_body: str) -> None:
    article = seed_article(seed_body)
    annotated = Article(
        source=article.source,
        title=article.title,
        dek=article.dek,
        captions=article.captions,
        body=article.body,
        annotations=list(SummaryExtractor().extract(article)),
    )
    check_annotations(annotated)
    assert len(annotated.annotations_of("summary")) == 3


def test_summary_leads_with_the_news(seed_body: str) -> None:
    # The lead paragraph says what happened; a summary of this story must carry it.
    sentences = summarize(seed_body, title=TITLE)
    assert len(sentences) == 3
    assert sentences[0].startswith("After day one of the G8 summit")


@pytest.mark.parametrize("limit", [1, 2, 5])
def test_extractor_length_is_configurable(seed_body: str, limit: int) -> None:
    article = seed_article(seed_body)
    assert len(list(SummaryExtractor(sentences=limit).extract(article))) == limit


def test_extractor_word_budget(seed_body: str) -> None:
    article = seed_article(seed_body)
    annotations = list(SummaryExtractor(words=120).extract(article))
    assert annotations
    assert sum(len(a.text.split()) for a in annotations) <= 120


def test_parse_with_the_plugin(seed_page: str) -> None:
    parser = make_parser(newsparse_summary)
    article = parser.parse(seed_page)
    check_annotations(article)
    summary = article.annotations_of("summary")
    assert len(summary) == 3
    for annotation in summary:
        assert annotation.text in article.text
        if article.dek:
            assert annotation.text not in article.dek
        for caption in article.captions:
            assert annotation.text not in caption.text
    assert article.errors == ()


def test_plugin_registers_the_summary_extractor() -> None:
    found = []
    newsparse_summary.newsparse_register_extractors(found.append)
    assert len(found) == 1
    assert found[0].name == "summary"
    assert found[0].requires == ()


def test_empty_article_has_no_summary() -> None:
    article = Article()
    assert list(SummaryExtractor().extract(article)) == []
    assert newsparse.Article(body=[]).text == ""


class LongSummaries:
    """A test plugin registering a word-budget summary extractor."""

    @newsparse.hookimpl
    def newsparse_register_extractors(self, register) -> None:
        register(SummaryExtractor(words=90))


def test_own_instance_in_a_parser(seed_page: str) -> None:
    parser = make_parser(LongSummaries())
    article = parser.parse(seed_page)
    summary = article.annotations_of("summary")
    assert summary
    assert sum(len(a.text.split()) for a in summary) <= 90
    check_annotations(article)


def test_module_default_length(seed_body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsparse_summary, "DEFAULT_SENTENCES", 5)
    article = seed_article(seed_body)
    assert len(list(SummaryExtractor().extract(article))) == 5
    assert len(summarize(seed_body)) == 5

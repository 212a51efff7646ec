"""A caption's label is not a quote: ``Jane Roe: the new coach at her first training``.

A name and a colon before a caption's words say who or what is pictured. Only when the
words after the colon quote someone (quotation marks) is the caption a quote; the same
label in the body (an interview, a headline) stays a quote.
"""

from __future__ import annotations

from newsparse_quotes import QuotesExtractor

from newsparse import Article, Caption, Paragraph, Span


def _article(body: str, *captions: str) -> Article:
    return Article(
        body=[Paragraph(text=body, span=Span(0, len(body)))],
        captions=[Caption(text=text, span=Span(0, 1)) for text in captions],
    )


def _quotes_by_field(article: Article) -> dict[str, list]:
    found: dict[str, list] = {}
    for annotation in QuotesExtractor().extract(article):
        found.setdefault(annotation.field, []).append(annotation)
    return found


def test_a_label_before_a_caption_is_no_quote():
    article = _article(
        "The team trained in the rain on Monday.",
        "Ines Kowalczyk: The new coach watches her first training session at the club",
        "Ferry Nation: The harbour will be rebuilt next year with money from the port",
    )
    found = _quotes_by_field(article)
    assert "captions[0]" not in found and "captions[1]" not in found


def test_a_caption_that_quotes_keeps_its_quote():
    article = _article(
        "The team trained in the rain on Monday.",
        "Ines Kowalczyk: The talks with the club are “not over yet”, she said on Monday",
    )
    assert "captions[0]" in _quotes_by_field(article)


def test_the_same_label_in_the_body_stays_a_quote():
    body = "Ines Kowalczyk: The new coach will have to win the trust of the players first"
    found = _quotes_by_field(_article(body))
    assert [q.attributes["cue"] for q in found["text"]] == [":"]

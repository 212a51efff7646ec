"""Fixtures for the newsparse-entities tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import Article, Caption, Paragraph, Span

FIXTURES = Path(__file__).parent / "fixtures"


def build_article(data: dict) -> Article:
    """Build an Article by hand from a fixture's title, dek, captions and paragraphs."""
    body = []
    offset = 0
    for text in data["body"]:
        body.append(Paragraph(text=text, span=Span(offset, offset + len(text))))
        offset += len(text) + 2
    captions = [
        Caption(text=c["text"], credit=c.get("credit"), span=Span(0, len(c["text"])))
        for c in data.get("captions", ())
    ]
    return Article(title=data.get("title"), dek=data.get("dek"), captions=captions, body=body)


@pytest.fixture(scope="session")
def seed_data() -> dict:
    """The seed article's texts (an NBC News story on Obama, Putin and Syria)."""
    return json.loads((FIXTURES / "seed_article.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_article(seed_data) -> Article:
    """The seed article as a hand-built Article."""
    return build_article(seed_data)

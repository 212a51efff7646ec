"""Shared fixtures for the newsparse-quotes tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse import Article, Paragraph, Span

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def quotes_seed_body() -> str:
    """The eight body paragraphs of the seed article (an NBC News report from the G8)."""
    return (FIXTURES / "seed_body.txt").read_text(encoding="utf-8").strip()


@pytest.fixture(scope="session")
def quotes_seed_dek() -> str:
    """The seed article's standfirst."""
    return (FIXTURES / "seed_dek.txt").read_text(encoding="utf-8").strip()


@pytest.fixture(scope="session")
def quotes_seed_article(quotes_seed_body: str, quotes_seed_dek: str) -> Article:
    """The seed article built by hand: title, dek and body paragraphs."""
    paragraphs = []
    offset = 0
    for text in quotes_seed_body.split("\n\n"):
        paragraphs.append(Paragraph(text=text, span=Span(offset, offset + len(text))))
        offset += len(text) + 2
    return Article(title="Obama and Putin still far apart on Syria", dek=quotes_seed_dek, body=paragraphs)

"""Golden pages: small trimmed news pages beside the article we expect from each."""

import datetime as dt
import json
from pathlib import Path

import pytest

import newsparse
from newsparse.testing import check_article

FIXTURES = Path(__file__).parent / "fixtures" / "html"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "page.html").exists())
PARSER = newsparse.Parser(load_entrypoints=False)


def load_case(name):
    folder = FIXTURES / name
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    text = (folder / "page.html").read_text(encoding="utf-8")
    return text.encode(expected.get("encoding", "utf-8")), expected


@pytest.fixture(params=CASES)
def case(request):
    data, expected = load_case(request.param)
    return PARSER.parse(data, format="html"), expected


@pytest.fixture(params=CASES)
def document_case(request):
    data, expected = load_case(request.param)
    return PARSER.load(data, format="html"), expected


def test_cases_exist():
    assert len(CASES) >= 4


def test_article_is_consistent(case):
    article, _ = case
    check_article(article)
    assert article.format == "html"


def test_title(case):
    article, expected = case
    assert article.title == expected["title"]
    assert article.source[article.title_span.start:article.title_span.end] == article.title


def test_body_paragraphs_in_order(case):
    article, expected = case
    assert [p.text for p in article.body] == expected["body"]


def test_dek(case):
    article, expected = case
    if "dek" in expected:
        assert article.dek == expected["dek"]


def test_bylines(case):
    article, expected = case
    if "byline_names" in expected:
        names = [n for b in article.bylines for n in b.names]
        assert names == expected["byline_names"]


def test_captions(case):
    article, expected = case
    if "captions" in expected:
        assert [{"text": c.text, "credit": c.credit} for c in article.captions] == expected["captions"]


def test_dateline(case):
    article, expected = case
    if "dateline" in expected:
        assert article.dateline is not None
        assert article.dateline.place == expected["dateline"]["place"]
        assert article.dateline.agency == expected["dateline"]["agency"]


def test_boilerplate_stays_out_of_the_body(case):
    article, expected = case
    for phrase in expected.get("not_in_body", ()):
        assert phrase not in article.text
        # ... but it is kept aside, with a reason, not lost.
        assert any(phrase in b.text for b in article.boilerplate) or phrase in (article.dek or "")


def test_hidden_text_is_not_read(case):
    article, expected = case
    for phrase in expected.get("not_in_source", ()):
        assert phrase not in article.source


def test_metadata(case):
    article, expected = case
    meta = expected.get("metadata", {})
    if "published" in meta:
        assert article.published == dt.datetime.fromisoformat(meta["published"])
    if "modified" in meta:
        assert article.modified == dt.datetime.fromisoformat(meta["modified"])
    for field in ("site_name", "language", "url"):
        if field in meta:
            assert getattr(article, field) == meta[field]


def test_metadata_authors(document_case):
    document, expected = document_case
    if "authors" in expected.get("metadata", {}):
        assert list(document.metadata.authors) == expected["metadata"]["authors"]


def test_blocks_index_the_source(document_case):
    document, _ = document_case
    for block in document.blocks:
        assert document.source[block.span.start:block.span.end] == block.text
        assert block.tag and block.path and 0.0 <= block.link_density <= 1.0
    assert any(b.in_main for b in document.blocks)
    assert any(not b.in_main for b in document.blocks)


def test_caller_url_wins_over_canonical():
    data, _ = load_case("news-article")
    article = PARSER.parse(data, format="html", url="https://mirror.example/x")
    assert article.url == "https://mirror.example/x"


def test_auto_detects_html():
    data, expected = load_case("wire-story")
    assert PARSER.parse(data).title == expected["title"]

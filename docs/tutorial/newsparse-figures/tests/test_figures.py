"""Tests for newsparse-figures, written with newsparse's testing kit."""

from __future__ import annotations

import click
import newsparse_figures
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.testing import check_annotations, check_article, make_parser
from newsparse.testing.strategies import (
    hostile_texts,
    paragraphs,
    synthetic_articles,
)

STORY = """\
Chipmaker Raises Forecast After Record Quarter

By Jane Doe

SAN JOSE (Reuters) — The company said on Tuesday that revenue rose 12% to \
$1.2 billion in the quarter, its best result since 2013, and that it would \
hire 1,500 engineers.

Analysts had expected revenue of about $1.1 billion. The shares, which have \
gained 40 per cent this year, rose 3.5% in early trading.
"""


def figures(article):
    return [
        (f.label, f.text, f.attributes["value"])
        for f in article.annotations_of("figure")
    ]


def test_finds_money_percentages_numbers_and_years(newsparse_parser_factory):
    parser = newsparse_parser_factory(newsparse_figures)
    article = parser.parse(STORY)
    assert figures(article) == [
        ("percent", "12%", 12),
        ("money", "$1.2 billion", 1_200_000_000),
        ("year", "2013", 2013),
        ("number", "1,500", 1500),
        ("money", "$1.1 billion", 1_100_000_000),
        ("percent", "40 per cent", 40),
        ("percent", "3.5%", 3.5),
    ]
    money = article.annotations_of("figure", label="money")
    assert money[0].attributes["currency"] == "USD"
    check_article(article)


def test_without_the_plugin_there_are_no_figures(newsparse_parser):
    assert newsparse_parser.parse(STORY).annotations_of("figure") == ()


def test_codes_and_scores_are_not_figures():
    text = "At the G8 summit, COVID-19 and 3D printers came up; it ended 4-0."
    assert list(newsparse_figures.find_figures(text)) == []


# One parser for the property tests: Hypothesis runs a test body many times,
# and building a Parser once keeps them fast. An extractor that raises fails
# the test instead of being recorded in Article.errors.
PARSER = make_parser(newsparse_figures, raise_extractor_errors=True)


@given(n=st.integers(0, 10**12), before=paragraphs(), after=paragraphs())
def test_any_written_number_is_found_with_its_value(n, before, after):
    text = f"{before} Officials counted {n:,} ballots. {after}"
    article = newsparse.Article(text=text)
    found = tuple(newsparse_figures.FigureExtractor().extract(article))
    assert [f.attributes["value"] for f in found] == [n]
    check_annotations(newsparse.Article(text=text, annotations=found))


@given(synthetic_articles())
def test_annotations_index_the_text_of_any_article(synthetic):
    check_article(PARSER.parse(synthetic.render()))


@given(hostile_texts())
def test_hostile_text_never_breaks_the_extractor(text):
    try:
        article = PARSER.parse(text)
    except (newsparse.UnsupportedInput, newsparse.EmptyInput):
        return  # refused (binary data, or no text at all) before any extractor runs
    check_article(article)


def test_the_figures_command(tmp_path):
    @click.group()
    def cli():
        pass

    newsparse_figures.newsparse_register_commands(cli=cli)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["figures", str(story)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == f"{story}\tmoney\t1200000000\t$1.2 billion"

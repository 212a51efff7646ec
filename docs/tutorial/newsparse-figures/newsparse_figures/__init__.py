"""Figures in news articles: money, percentages, numbers and years.

Every parsed :class:`newsparse.Article` gets one ``"figure"`` annotation per
figure in its text, labelled ``"money"``, ``"percent"``, ``"year"`` or
``"number"``, with the figure's value in its attributes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import click

import newsparse

__version__ = "0.1.0"

#: Currency symbols and the ISO 4217 codes they stand for.
CURRENCIES = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}

#: Scale words and what they multiply a number by.
SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}

FIGURE = re.compile(
    r"""
    (?<![\w.,/-])        # not inside a word or a code ("G8", "COVID-19")
    (?P<currency>[$£€¥])?
    (?P<number>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?
    (?:\s?(?P<scale>thousand|million|billion|bn|trillion)\b)?
    (?![\w-]|[,.]\d)     # nor the start of one ("3D", "4-0", "1,23")
    (?:\s?(?P<percent>%|percent\b|per\scent\b))?
    """,
    re.VERBOSE,
)

#: Four-digit numbers in this range read as years ("in 2013").
YEARS = range(1800, 2100)


def _value(match: re.Match) -> int | float:
    number = match["number"].replace(",", "")
    value = float(f"{number}.{match['fraction']}") if match["fraction"] else int(number)
    if match["scale"]:
        value *= SCALES[match["scale"]]
    return int(value) if float(value).is_integer() else value


def find_figures(text: str) -> Iterator[newsparse.Annotation]:
    """Yield a ``"figure"`` annotation for each figure in ``text``."""
    for match in FIGURE.finditer(text):
        value = _value(match)
        attributes: dict[str, object] = {"value": value}
        if match["currency"]:
            label = "money"
            attributes["currency"] = CURRENCIES[match["currency"]]
        elif match["percent"]:
            label = "percent"
        elif len(match.group()) == 4 and value in YEARS:
            label = "year"
        else:
            label = "number"
        yield newsparse.Annotation(
            kind="figure",
            label=label,
            span=newsparse.Span(match.start(), match.end()),
            text=match.group(),
            attributes=attributes,
        )


class FigureExtractor:
    """The extractor newsparse runs on every parsed article."""

    name = "figures"
    requires = ()

    def extract(self, article: newsparse.Article):
        """Return the figures of the article's body text."""
        return find_figures(article.text)


@newsparse.hookimpl
def newsparse_register_extractors(register):
    register(FigureExtractor())


@newsparse.hookimpl
def newsparse_register_commands(cli):
    @cli.command()
    @click.argument(
        "paths", nargs=-1, required=True,
        type=click.Path(exists=True, dir_okay=False),
    )
    def figures(paths):
        """List the figures in article files: label, value and text."""
        parser = newsparse.Parser(load_entrypoints=False)
        for path in paths:
            with open(path, "rb") as handle:
                article = parser.parse(handle.read())
            for figure in FigureExtractor().extract(article):
                value = figure.attributes["value"]
                click.echo(f"{path}\t{figure.label}\t{value}\t{figure.text}")

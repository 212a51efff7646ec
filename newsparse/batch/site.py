"""Learning a site's own boilerplate from the corpus: lines repeated across its pages.

A page on its own cannot tell a menu entry with the look of a sentence ("Sign up for our
morning newsletter to get the day's top stories") from the article; fifty pages of the same
site can. The first pass counts, per site, on how many pages each normalised line appears;
the second parses with :class:`SiteBoilerplate`, which marks lines found on many pages of
the same site as boilerplate with the reason ``"site-repeat"``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Any

from ..document import Decision
from ..hookspecs import hookimpl
from ..parser import Parser
from ..urls import hostname
from .inputs import Item

#: A site needs this many pages before any of its lines can be called repeated: with fewer,
#: two articles of a series sharing a sentence would already look like boilerplate.
MIN_PAGES = 5
#: A line is boilerplate when it is on at least this share of the site's pages; menus and
#: footers are on nearly all of them, section menus on a fifth or more.
MIN_SHARE = 0.2
#: ... and on at least this many pages, whatever the share.
MIN_COUNT = 3
#: Distinct lines remembered per site before lines seen once are forgotten: boilerplate comes
#: back on page after page, so pruning singletons loses none of it but bounds memory.
MAX_KEYS_PER_SITE = 200_000

REASON = "site-repeat"

#: Labels never revised: a staff writer's byline or a series' title recurs across a site's
#: pages without being boilerplate, and the classifier has already singled them out.
PROTECTED_LABELS = frozenset({"boilerplate", "title", "dek", "byline"})

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def normalise_line(text: str) -> str:
    """Lowercase, digits folded to ``0`` and whitespace collapsed: the form lines are compared in.

    Example:
        >>> normalise_line("  © 2019   Example News ")
        '© 0 example news'
    """
    return _SPACE.sub(" ", _DIGITS.sub("0", text.lower())).strip()


def line_key(text: str) -> int:
    """A 64-bit key of the normalised line (keys, not lines, are counted and shipped)."""
    return int.from_bytes(hashlib.blake2b(normalise_line(text).encode("utf-8"), digest_size=8).digest(), "big")


def site_of(url: str | None) -> str | None:
    """The site of a URL: its host name without a leading ``www.``; None without a host.

    Example:
        >>> site_of("https://www.example.com/news/1")
        'example.com'
    """
    host = hostname(url)
    return host.removeprefix("www.") if host else None


def line_keys(parser: Parser, item: Item, *, site: str | None = None) -> tuple[str, tuple[int, ...]] | None:
    """The site of ``item`` and the keys of its distinct lines (the first pass, per document).

    Args:
        parser: the worker's Parser (only its loader is used).
        item: the document.
        site: the site of documents whose URL names none.

    Returns:
        ``(site, keys)``, or None when the item has no site or cannot be loaded (the second
        pass reports its error).
    """
    from .worker import load_source

    where = site_of(item.url) or site
    if where is None or item.error is not None:
        return None
    try:
        document = parser.load(load_source(item, parser), url=item.url, format=item.format,
                               encoding=item.encoding)
    except Exception:  # noqa: BLE001 - reported by the second pass, which parses the same input
        return None
    return where, tuple(sorted({line_key(block.text) for block in document.blocks}))


class SiteStats:
    """Counts, per site, pages and the pages each line key appears on."""

    def __init__(self) -> None:
        self.pages: Counter[str] = Counter()
        self.lines: dict[str, Counter[int]] = {}

    def add(self, site: str, keys: tuple[int, ...]) -> None:
        """Count one page of ``site`` with the distinct line ``keys``."""
        self.pages[site] += 1
        counter = self.lines.setdefault(site, Counter())
        counter.update(keys)
        if len(counter) > MAX_KEYS_PER_SITE:
            for key in [k for k, n in counter.items() if n == 1]:
                del counter[key]

    def table(self, *, min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE,
              min_count: int = MIN_COUNT) -> dict[str, frozenset[int]]:
        """The repeated line keys of every site with enough pages."""
        table = {}
        for site, pages in self.pages.items():
            if pages < min_pages:
                continue
            threshold = max(min_count, min_share * pages)
            keys = frozenset(k for k, n in self.lines[site].items() if n >= threshold)
            if keys:
                table[site] = keys
        return table


class SiteBoilerplate:
    """A plugin marking lines repeated across a site's pages as boilerplate (``"site-repeat"``).

    Register it with ``Parser(extra_plugins=[SiteBoilerplate(table)])``. It is plain data,
    so it pickles to worker processes.

    Args:
        table: site -> keys of its repeated lines (see :meth:`SiteStats.table`).
        default_site: the site of documents whose URL names none.
    """

    name = "site-boilerplate"

    def __init__(self, table: dict[str, frozenset[int]], default_site: str | None = None) -> None:
        self.table = table
        self.default_site = default_site

    def __getstate__(self) -> dict[str, Any]:
        return {"table": self.table, "default_site": self.default_site}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.table = state["table"]
        self.default_site = state["default_site"]

    @hookimpl
    def newsparse_revise_decisions(self, document, decisions):
        """Mark the document's lines that its site repeats on many pages as boilerplate."""
        keys = self.table.get(site_of(document.url) or self.default_site or "")
        if not keys:
            return None
        revised = {}
        for index, (block, decision) in enumerate(zip(document.blocks, decisions)):
            if decision.label not in PROTECTED_LABELS and line_key(block.text) in keys:
                revised[index] = Decision(label="boilerplate", reason=REASON, score=0.0)
        return revised or None

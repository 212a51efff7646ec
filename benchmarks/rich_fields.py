"""Links and images on the scrapinghub pages: how often newsparse keeps what the article has.

For each page the article's own markup is found from the human-written ``articleBody``: the
block elements (``p``, ``li``, ``h2``-``h4``, ``blockquote``, ``td``) whose text, folded, is a
part of the folded gold body (at least :data:`MIN_CHARS` characters), and the nearest element
holding all of them (the article's container). Then:

* links: among pages where one of those elements holds a followable link (an ``<a>`` whose
  ``href`` is not empty, ``#`` or ``javascript:``, with anchor text), the share whose Article
  has at least one link in its body;
* images: among pages whose article container holds an ``<img>``, the share whose Article
  has at least one image, every image's ``src`` absolute (``http`` or ``https``).

Pages newsparse parses with their URL, as ``benchmarks/html_track.py`` does.

Usage::

    python benchmarks/rich_fields.py [--limit N] [--list]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_track import load_pages

#: Elements shorter than this are not matched against the gold body (too likely to match
#: by chance: "Advertisement", a one-word caption).
MIN_CHARS = 40
_BLOCKS = ("p", "li", "h2", "h3", "h4", "blockquote", "td")
_DEAD = ("javascript:", "vbscript:", "data:")


def _fold(text: str) -> str:
    return " ".join(text.split())


def _followable(anchor) -> bool:
    href = (anchor.get("href") or "").strip()
    return (bool(href) and href != "#" and not href.lower().startswith(_DEAD)
            and bool(_fold("".join(anchor.itertext()))))


def article_markup(html: bytes, truth: str):
    """The block elements of the page whose text is part of ``truth``, and their nearest
    common ancestor (None when none match)."""
    from lxml import etree

    root = etree.fromstring(html, etree.HTMLParser())
    if root is None:
        return [], None
    gold = _fold(truth)
    matched = []
    for element in root.iter(*_BLOCKS):
        text = _fold("".join(element.itertext()))
        if len(text) >= MIN_CHARS and text in gold:
            matched.append(element)
    if not matched:
        return [], None
    common = list(matched[0].iterancestors())[::-1] + [matched[0]]
    for element in matched[1:]:
        chain = set(element.iterancestors()) | {element}
        while common and common[-1] not in chain:
            common.pop()
    return matched, (common[-1] if common else None)


def _absolute(src: str) -> bool:
    parts = urlsplit(src)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument("--list", action="store_true", help="list the pages that miss")
    args = ap.parse_args(argv)

    from newsparse import NewsparseError, Parser

    parser = Parser()
    with_links = got_links = with_images = got_images = 0
    missed: list[tuple[str, str]] = []
    pages = load_pages(args.limit)
    for page in pages:
        matched, container = article_markup(page["html"], page["truth"])
        has_links = any(_followable(a) for element in matched for a in element.iter("a"))
        has_images = container is not None and next(container.iter("img"), None) is not None
        if not (has_links or has_images):
            continue
        try:
            article = parser.parse(page["html"], url=page["url"], format="html", extract=False)
        except NewsparseError:
            article = None
        if has_links:
            with_links += 1
            if article is not None and any(p.links for p in article.body):
                got_links += 1
            else:
                missed.append(("links", page["id"]))
        if has_images:
            with_images += 1
            if article is not None and article.images and all(_absolute(i.src) for i in article.images):
                got_images += 1
            else:
                missed.append(("images", page["id"]))
    print(f"scrapinghub: {len(pages)} pages")
    print(f"links:  {got_links}/{with_links} pages whose article markup has links "
          f"({got_links / max(with_links, 1):.1%})")
    print(f"images: {got_images}/{with_images} pages with an <img> in the article's container, "
          f"absolute sources ({got_images / max(with_images, 1):.1%})")
    if args.list:
        for what, page_id in missed:
            print(f"  missed {what:<6} {page_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

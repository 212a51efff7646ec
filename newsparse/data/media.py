"""What the HTML loader reads beside the text: links, images and data tables.

Read by :mod:`newsparse.loaders.walk` (while the page is parsed) and
:mod:`newsparse.assemble` (which keeps the article's share of it).
"""

from __future__ import annotations

#: Inline elements whose text is marked, and the :class:`~newsparse.Mark` kind each gives.
MARK_TAGS = {
    "em": "emphasis", "i": "emphasis", "cite": "emphasis",
    "strong": "strong", "b": "strong",
    "code": "code", "kbd": "code", "samp": "code", "tt": "code",
}

#: Link targets that go nowhere a reader can follow: dropped (an empty ``href`` or a bare
#: ``#`` points back at the page itself).
DEAD_HREF_SCHEMES = ("javascript:", "vbscript:", "data:")

#: Attributes lazy-loading scripts keep an image's real URL in, most specific first. Read
#: when ``src`` is missing or a placeholder.
LAZY_SRC_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
                       "data-hi-res-src", "data-full-src")
#: Attributes holding a ``srcset`` (the largest candidate is taken).
SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset")
#: Words in a ``src`` that mark a placeholder shown until the real image loads: 1-pixel
#: GIFs, blank and spacer images, lazy-loading stand-ins. ``data:`` URIs are placeholders too.
PLACEHOLDER_WORDS = ("placeholder", "blank.", "spacer", "pixel.", "transparent.", "lazy", "grey.gif",
                     "loading")
#: An image this small (in either dimension, when the markup states it) is a tracking pixel
#: or an icon, not a picture of the article.
IMAGE_MIN_PIXELS = 50

#: A table is read as a data table (rows of cells) only while each cell holds at most this
#: many characters: pages laid out with tables put whole articles in one cell, and those
#: cells must stay paragraphs. 300 is about two long sentences, more than a data cell holds.
TABLE_CELL_MAX_CHARS = 300
#: ... and only when some row has at least this many cells: a one-column table is a box.
TABLE_MIN_COLUMNS = 2

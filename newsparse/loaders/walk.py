"""Reading a page's parser events into columns of frames and blocks.

:class:`Walk` is a parser target: lxml calls its :meth:`~Walk.start`, :meth:`~Walk.data`
and :meth:`~Walk.end` for every element and piece of text while it parses (see
:mod:`newsparse.loaders.html`), so no tree is built, and :meth:`~Walk.close` at the end.

Events in, columns out: the walk drops invisible subtrees, cuts the visible text into blocks
at block-level elements, measures text and link text per block-level element ("frame")
bottom-up, and hands the elements metadata is read from to a
:class:`~newsparse.loaders.metadata.MetadataReader`. What it returns, a :class:`PageColumns`,
holds one list per measure, frames numbered in document order, parents before children. The
decision of which frames hold the article is the classifier's
(:mod:`newsparse.classify.container`).

No recursion: pages can nest elements 100,000 deep.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from lxml import etree

from ..data.comments import MICRODATA_TYPES
from ..data.containers import FORM_CONTENT_MIN_CHARS
from ..data.invisible import INVISIBLE_CHARACTERS
from ..data.markup import AUTHOR_MARK, BYLINE_HINTS, KICKER_HINTS, KICKER_MARK
from ..data.media import (
    IMAGE_MIN_PIXELS,
    LAZY_SRC_ATTRIBUTES,
    MARK_TAGS,
    PLACEHOLDER_WORDS,
    SRCSET_ATTRIBUTES,
    TABLE_CELL_MAX_CHARS,
    TABLE_MIN_COLUMNS,
)
from ..document import Metadata
from .metadata import MetadataReader, is_author_link

# -- Element classes ---------------------------------------------------------------------------
#: Subtrees that are never visible text.
SKIP_TAGS = frozenset({
    "head", "script", "style", "noscript", "iframe", "svg", "math", "template", "button",
    "select", "option", "textarea", "input", "object", "embed", "canvas", "map", "audio",
    "video", "picture", "source", "img", "link", "meta", "title", "base", "dialog",
    # Furigana over ideographs (<ruby>漢字<rt>かんじ</rt></ruby>) and the brackets shown
    # where ruby is unsupported: a reading aid, not text; run in, they garble the sentence.
    "rt", "rp",
})
#: Elements that start a new block of text (an inline element never does).
BLOCK_TAGS = frozenset({
    "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "legend", "li", "main", "menu", "nav",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "ul", "caption", "noframes",
})
#: Line breaks split a block too: ``<br><br>`` is how many pages separate paragraphs.
BREAK_TAGS = frozenset({"br", "hr"})

# What the walk does at an element, by tag: one dict lookup instead of a test per set,
# numbered so that one comparison settles the common cases (inline elements are 0, marked
# inline elements such as <em> 1).
_MARK, _LINK, _BREAK, _BLOCK, _FORM, _SKIP, _NOT_ELEMENT = 1, 2, 3, 4, 5, 6, 7
_KINDS = {
    **dict.fromkeys(MARK_TAGS, _MARK),
    **dict.fromkeys(BLOCK_TAGS, _BLOCK), "form": _FORM, "a": _LINK,
    **dict.fromkeys(BREAK_TAGS, _BREAK), **dict.fromkeys(SKIP_TAGS, _SKIP),
    # Comments and processing instructions (lxml gives their factory as the tag).
    etree.Comment: _NOT_ELEMENT, etree.ProcessingInstruction: _NOT_ELEMENT, etree.Entity: _NOT_ELEMENT,
}


_BYLINE_HINTS = re.compile(BYLINE_HINTS)


def _inline_mark(attrib: Mapping[str, str]) -> str | None:
    """The mark an inline element's attributes give it: :data:`~newsparse.data.markup.AUTHOR_MARK`
    when they name it as the author's (a byline class, see
    :data:`~newsparse.data.markup.BYLINE_HINTS`, ``itemprop="author"`` or ``rel="author"``),
    :data:`~newsparse.data.markup.KICKER_MARK` when its class names a kicker printed in the
    headline (:data:`~newsparse.data.markup.KICKER_HINTS`), None for most."""
    get = attrib.get
    cls = get("class")
    if cls:
        low = cls.lower()
        # Every match of BYLINE_HINTS spells one of these words: most classes have none.
        if ("by" in low or "auth" in low or "writer" in low or "reporter" in low) and _BYLINE_HINTS.search(low):
            return AUTHOR_MARK
    prop = get("itemprop") or get("rel")
    if prop is not None and "author" in prop.lower().split():
        return AUTHOR_MARK
    # (One search in C: this runs for every inline element with a class.)
    return KICKER_MARK if cls is not None and _KICKER.search(cls) is not None else None


# What a block of nothing a reader sees is made of: stripping these leaves nothing (a
# strip stops at the first visible character, where a search would scan the whole text).
_INVISIBLE_OR_SPACE = "".join(INVISIBLE_CHARACTERS) + " "
_KICKER = re.compile("|".join(KICKER_HINTS), re.IGNORECASE)


def _is_hidden(attrib: Mapping[str, str]) -> bool:
    """Whether an element's attributes hide it from readers (``hidden``, ``aria-hidden``,
    inline CSS)."""
    get = attrib.get
    if get("hidden") is not None:
        return True
    aria = get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    style = get("style")
    if style is not None:
        style = style.lower()
        if "none" in style or "hidden" in style:
            style = style.replace(" ", "")
            return "display:none" in style or "visibility:hidden" in style
    return False


#: Skipped elements whose <img> children are the page's images (a <picture>'s fallback, the
#: <noscript> copy lazy-loading pages keep); images inside other skipped elements (scripts,
#: hidden boxes) are not shown.
_IMAGE_HOLDERS = frozenset({"picture", "noscript"})
#: Table parts the walk counts rows and cells by.
_TABLE_TAGS = frozenset({"table", "tr", "td", "th", "thead"})
# The fields of an open table's state (a list, changed in place).
_T_FRAME, _T_ROW, _T_COL, _T_CELL, _T_HEADER, _T_THEAD, _T_DATA, _T_BLOCKS, _T_COLUMNS = range(9)


def _number(value: str | None) -> int | None:
    # A width or height attribute as whole pixels ("640", "640px"), None otherwise.
    if not value:
        return None
    value = value.strip().removesuffix("px")
    return int(value) if value.isdigit() and len(value) < 7 else None


def _is_placeholder(src: str) -> bool:
    lowered = src.lower()
    return lowered.startswith("data:") or any(word in lowered for word in PLACEHOLDER_WORDS)


def _largest_candidate(srcset: str) -> str | None:
    # The candidate of a srcset with the largest width (or density) descriptor.
    best, best_size = None, -1.0
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts:
            continue
        size = 0.0
        if len(parts) > 1:
            descriptor = parts[1].rstrip("wWxX")
            try:
                size = float(descriptor)
            except ValueError:
                size = 0.0
        if size > best_size:
            best, best_size = parts[0], size
    return best


def image_source(attrib: Mapping[str, str]) -> str | None:
    """The URL an ``<img>`` shows, as written (relative URLs stay relative).

    ``src`` when it is a real image; when it is missing or a placeholder (see
    :data:`~newsparse.data.media.PLACEHOLDER_WORDS`), the first lazy-loading attribute, then
    the largest ``srcset`` candidate. None when the element names no image.
    """
    get = attrib.get
    src = (get("src") or "").strip()
    if src and not _is_placeholder(src):
        return src
    for name in LAZY_SRC_ATTRIBUTES:
        value = (get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value
    for name in SRCSET_ATTRIBUTES:
        candidates = get(name)
        if candidates:
            best = _largest_candidate(candidates)
            if best and not best.startswith("data:"):
                return best
    return None


def image_record(attrib: Mapping[str, str]) -> tuple[str, str | None, int | None, int | None] | None:
    """``(src, alt, width, height)`` of an ``<img>`` from its attributes (src as written, see
    :func:`image_source`), or None for an element that shows no image of the article: no
    source, or smaller than :data:`~newsparse.data.media.IMAGE_MIN_PIXELS` (a tracking pixel,
    an icon)."""
    src = image_source(attrib)
    if src is None:
        return None
    width, height = _number(attrib.get("width")), _number(attrib.get("height"))
    if (width is not None and width < IMAGE_MIN_PIXELS) or (height is not None and height < IMAGE_MIN_PIXELS):
        return None
    alt = attrib.get("alt")
    return src, " ".join(alt.split()) if alt is not None else None, width, height


def _fold_offsets(buf: list[str]) -> list[int]:
    # Where each piece of the buffer starts in the buffer's text with its whitespace folded
    # (" ".join(raw.split())), and at the end where it stops: marks are recorded as piece
    # numbers, the text's offsets are worked out only for blocks that hold a mark.
    offsets = []
    out = 0
    pending = False  # whitespace seen since the last word
    for piece in buf:
        offsets.append(out)
        words = piece.split()
        if words:
            if out and (pending or piece[0].isspace()):
                out += 1
            out += sum(map(len, words)) + len(words) - 1
            pending = piece[-1].isspace()
        elif piece:
            pending = True
    offsets.append(out)
    return offsets


def marks_in_text(entry: tuple, text: str) -> tuple[tuple[int, int, str, str | None], ...]:
    """The links and marks of a block, as offsets into its text.

    Args:
        entry: the block's value in :attr:`Columns.b_marks`: the pieces of text its buffer
            held, and its marks as ``(first piece, end piece, kind, href)``.
        text: the block's text (the pieces joined, whitespace folded).

    Returns:
        ``(start, end, kind, href)`` per mark, in text order, trimmed of the spaces at their
        ends; empty marks left out.
    """
    pieces, marks = entry
    offsets = _fold_offsets(pieces)
    found = []
    for first, last, kind, href in marks:
        start, end = offsets[first], offsets[last]
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if start < end:
            found.append((start, end, kind, href))
    found.sort(key=_span_order)
    return tuple(found)


def _span_order(mark: tuple) -> tuple[int, int]:
    return mark[0], mark[1]


#: Hint strings of a frame are capped: ancestors beyond this add nothing but memory.
HINTS_MAX_CHARS = 240


def _with_item_type(own: str, itemtype: str) -> str:
    # A microdata type that names a kind of box the class names would otherwise have to
    # name (a comment) joins the element's own hints, as its word.
    word = MICRODATA_TYPES.get(itemtype.rstrip("/ ").rsplit("/", 1)[-1].lower())
    if word is None:
        return own
    return f"{own} {word}" if own else word


#: Path segments shown per block in ``explain``.
PATH_SEGMENTS = 5


class Columns:
    """A page's frames and blocks, one list per measure.

    Frames are the block-level elements, numbered in document order, parents before
    children, so a frame's descendants follow it without a gap. Blocks are the pieces of
    visible text between block-level elements and line breaks, in page order, each in the
    frame it sits in directly.

    Attributes:
        f_parent: per frame, its parent frame, -1 for a root.
        f_tag: per frame, its tag.
        f_own: per frame, its own ``class`` and ``id``, lowercased.
        f_chain: per frame, its own and its ancestors' class and id, nearest first, capped
            at :data:`HINTS_MAX_CHARS`.
        f_name: per frame, its path segment: the tag with its first class (``div.story``),
            empty for ``<html>``.
        f_chars: per frame, the characters of text in its subtree.
        f_links: per frame, how many of them are link text.
        b_text: per block, its text, whitespace folded.
        b_frame: per block, its frame.
        b_density: per block, the share of its text inside links.
        b_depth: per block, the depth of its element (the root is at 1).
        b_marks: the links and inline marks of the blocks that hold some, by block: the
            pieces of text the block was read from, and ``(first piece, end piece, kind,
            href)`` per mark, kind ``"link"`` (href as written) or a :class:`~newsparse.Mark`
            kind (href None); :func:`marks_in_text` turns them into offsets.
        b_cell: the data-table cell of the blocks that stand in one, by block: ``(table,
            row, column, header)``, the table by its frame.
        b_figure: the ``<figure>`` of the blocks inside one, by block (its frame).
        images: the page's ``<img>`` elements in page order: ``(attributes, frame, block,
            figure)``, block the number of the blocks before it, figure -1 outside one
            (:func:`image_record` reads the attributes).
        base: the page's ``<base href>``, or None.
    """

    __slots__ = ("b_cell", "b_density", "b_depth", "b_figure", "b_frame", "b_marks", "b_text", "base",
                 "f_chain", "f_chars", "f_links", "f_name", "f_own", "f_parent", "f_tag",
                 "images")

    f_parent: list[int]
    f_tag: list[str]
    f_own: list[str]
    f_chain: list[str]
    f_name: list[str]
    f_chars: list[int]
    f_links: list[float]
    b_text: list[str]
    b_frame: list[int]
    b_density: list[float]
    b_depth: list[int]
    b_marks: dict[int, tuple]
    b_cell: dict[int, tuple[int, int, int, bool]]
    b_figure: dict[int, int]
    images: list[tuple]
    base: str | None


class PageColumns(Columns):
    """What a walk read from one page: its :class:`Columns`, and its metadata.

    Attributes:
        f_kids: per frame, how many frames have it as their parent.
        metadata: what the page's markup says about it.
    """

    __slots__ = ("f_kids", "metadata")

    f_kids: list[int]

    def __init__(self, walk: Columns, metadata: Metadata) -> None:
        self.f_parent, self.f_tag, self.f_own, self.f_chain = walk.f_parent, walk.f_tag, walk.f_own, walk.f_chain
        self.f_name, self.f_chars, self.f_links = walk.f_name, walk.f_chars, walk.f_links
        # Counted here, in one pass, rather than one at a time as the walk closes frames.
        kids = [0] * (len(walk.f_parent) + 1)
        for parent in walk.f_parent:
            kids[parent] += 1
        kids.pop()  # the roots' (their parent is -1: the extra last place)
        self.f_kids = kids
        self.b_text, self.b_frame, self.b_density, self.b_depth = (
            walk.b_text, walk.b_frame, walk.b_density, walk.b_depth)
        self.b_marks, self.b_cell, self.b_figure, self.images, self.base = (
            walk.b_marks, walk.b_cell, walk.b_figure, walk.images, walk.base)
        self.metadata = metadata

    def paths(self) -> list[str | None]:
        """Each frame's path for ``explain``, for the frames that hold blocks (None for the
        rest): its last :data:`PATH_SEGMENTS` names, "…>" first when they do not reach the
        body."""
        f_name, f_parent = self.f_name, self.f_parent
        paths: list[str | None] = [None] * len(f_name)
        # Siblings of one name share a path: the paragraphs of a story are read once.
        shared: dict[tuple[int, str], str] = {}
        for frame in self.b_frame:
            if paths[frame] is not None:
                continue
            key = (f_parent[frame], f_name[frame])
            path = shared.get(key)
            if path is None:
                # Climb to the root, or until enough names are found (<html> has none).
                names: list[str] = []
                index = frame
                while index >= 0 and len(names) < PATH_SEGMENTS:
                    name = f_name[index]
                    if name:
                        names.append(name)
                    index = f_parent[index]
                names.reverse()
                path = ">".join(names)
                if names and names[0] != "body" and not names[0].startswith("body."):
                    path = "…>" + path
                shared[key] = path
            paths[frame] = path
        return paths


class Walk(Columns):
    """A parser target that reads one page at a time into :class:`PageColumns`.

    The walk fills its own :class:`Columns` while lxml parses the page, and hands them on
    at the end.

    Call :meth:`begin` before each page; lxml then calls :meth:`start`, :meth:`data` and
    :meth:`end` in document order, and :meth:`close`, whose result (the page's columns) is
    what the parse returns. One walk serves one lxml parser for many pages: a new parser per
    page would be a reference cycle inside lxml, holding each page's lists until the garbage
    collector ran, so :meth:`close` lets go of them.

    A form is read only when it wraps page content (ASP.NET wraps whole pages in one), which
    is known at its end: the outermost form is read provisionally, then kept or taken back.
    """

    __slots__ = (  # noqa: RUF023 - grouped by what they are for, each group explained
        # The metadata reader, and the depth of the element it reads text from (0: none).
        "reader", "read_depth",
        "stack",         # open frames
        "open_kinds",    # kinds of the open elements (none inside a skipped one)
        "buf",           # the text of the block being read
        # Whether the buffer holds more than whitespace (pretty-printed pages put whitespace
        # between all elements: a buffer holding only that is dropped without joining it).
        "inked",
        "link_chars",    # characters of link text in the buffer
        "in_link",       # open links
        # Open elements inside the skipped one being passed over, itself included (0: none).
        # Outside skipped elements the depth is len(open_kinds): no counter to keep.
        "skipping",
        # The outermost form read provisionally: how many forms are open, its frame and
        # first block, whether it holds a <p>, and the text waiting before it.
        "forms_open", "form_frame", "form_blocks", "form_has_p", "saved",
        # Links and inline marks of the buffer: those closed, as (first piece, end piece,
        # kind, href), and those open, as [kind, first piece, href].
        "marks", "open_marks",
        "skip_tag",      # the tag of the skipped element being passed over
        "figures",       # open <figure> frames
        "tables",        # open tables' states (the _T_* fields)
    )

    reader: MetadataReader
    read_depth: int
    stack: list[int]
    open_kinds: list[int]
    buf: list[str]
    inked: bool
    link_chars: int
    in_link: int
    skipping: int
    forms_open: int
    form_frame: int
    form_blocks: int
    form_has_p: bool
    #: (buffer, inked, link characters, depth) of the text waiting before a provisional form.
    saved: tuple
    marks: list[tuple]
    open_marks: list[list]
    skip_tag: str
    figures: list[int]
    tables: list[list]

    def __init__(self) -> None:
        self.begin(MetadataReader())

    def begin(self, reader: MetadataReader) -> None:
        """Start a page, its metadata read by ``reader``."""
        self.f_parent, self.f_tag, self.f_own, self.f_chain = [], [], [], []
        self.f_name, self.f_chars, self.f_links = [], [], []
        self.b_text, self.b_frame, self.b_density, self.b_depth = [], [], [], []
        self.reader, self.read_depth = reader, 0
        self.stack, self.open_kinds, self.buf = [], [], []
        self.inked, self.link_chars, self.in_link, self.skipping = False, 0, 0, 0
        self.forms_open, self.form_frame, self.form_blocks, self.form_has_p, self.saved = 0, -1, 0, False, ()
        self.b_marks, self.b_cell, self.b_figure, self.images, self.base = {}, {}, {}, [], None
        self.marks, self.open_marks, self.skip_tag, self.figures, self.tables = [], [], "", [], []

    def close(self) -> PageColumns:
        """The page is parsed: flush the last block, and hand on the columns."""
        if self.inked and self.stack:
            self._flush(self.buf, self.link_chars, self.stack[-1], len(self.open_kinds))
        page = PageColumns(self, self.reader.metadata())
        self.release()
        return page

    def release(self) -> None:
        """Let go of the page's lists (also after a parse that failed)."""
        self.begin(MetadataReader())

    def _flush(self, buf: list[str], link_chars: int, frame: int, depth: int) -> None:
        # The buffered text becomes a block of ``frame``.
        raw = "".join(buf)
        text = " ".join(raw.split())
        if not text or not (text.isascii() or text.strip(_INVISIBLE_OR_SPACE)):
            # Nothing a reader sees (a paragraph of only zero-width spaces or soft hyphens,
            # as editors leave them): no block, as for whitespace, rather than an empty one.
            return
        n = len(text)
        links = link_chars * n / len(raw) if link_chars else 0.0
        if links > n:
            links = float(n)
        index = len(self.b_text)
        self.b_text.append(text)
        self.b_frame.append(frame)
        self.b_density.append(links / n)
        self.b_depth.append(depth)
        self.f_chars[frame] += n
        self.f_links[frame] += links
        if buf is self.buf and (self.marks or self.open_marks):
            # Offsets are worked out only for the blocks an article keeps (see marks_in_text):
            # here the pieces and the marks' piece numbers are kept as they are, the buffer
            # itself handed over (the walk reads on into a new one).
            marks = self.marks
            if self.open_marks:
                end = len(buf)
                marks.extend([(m[1], end, m[0], m[2]) for m in self.open_marks])
                for mark in self.open_marks:
                    mark[1] = 0
            self.b_marks[index] = (buf, marks)
            self.buf, self.marks = [], []
        if self.figures:
            self.b_figure[index] = self.figures[-1]
        if self.tables:
            table = self.tables[-1]
            if table[_T_CELL] >= 0:
                self.b_cell[index] = (table[_T_FRAME], table[_T_ROW], table[_T_CELL], table[_T_HEADER])
                table[_T_BLOCKS].append(index)

    def _clear_marks(self) -> None:
        # The buffer was cut: marks still open go on from the start of the next one.
        self.marks = []
        for mark in self.open_marks:
            mark[1] = 0

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        """An element opens (lxml's target interface)."""
        if self.skipping:
            self.skipping += 1
        # The metadata reader sees elements inside skipped ones too (JSON-LD <script>s are
        # skipped). Outside them the depth is len(open_kinds) + 1, inside them the open
        # elements of the skipped one are counted by ``skipping``.
        if tag in _WATCHED or (attrib and ("itemprop" in attrib or (tag == "a" and (
                "rel" in attrib or ("aut" in attrib.get("href", "") and is_author_link(attrib)))))):
            self.read_depth = self.reader.start(tag, attrib, len(self.open_kinds) + (self.skipping or 1))
        if self.skipping:
            if self.forms_open and tag == "p":
                self.form_has_p = True
            if tag == "img" and self.skip_tag in _IMAGE_HOLDERS:
                self._image(attrib)
            elif tag == "base" and self.base is None:
                self.base = attrib.get("href")
            return
        kind = _KIND_OF(tag, 0)
        if kind >= _SKIP or (attrib and (
            "style" in attrib or "hidden" in attrib or "aria-hidden" in attrib) and _is_hidden(attrib)):
            # Script, style and the like, and hidden elements: passed over, tail kept.
            self.skipping = 1
            self.skip_tag = tag
            if tag == "img" and not (attrib and _is_hidden(attrib)):
                self._image(attrib)
            return
        open_kinds = self.open_kinds
        if not kind:
            # An inline element: only its attributes can make it a mark.
            mark = _inline_mark(attrib) if attrib else None
            if mark is None:
                open_kinds.append(0)
            else:
                # An author's name (a line that runs the name into a date still gives the
                # name), or a kicker inside the headline's element (the headline is read
                # without it).
                open_kinds.append(_MARK)
                self.open_marks.append([mark, len(self.buf), None])
            return
        open_kinds.append(kind)
        if kind == _LINK:
            self.in_link += 1
            self.open_marks.append(["link", len(self.buf), attrib.get("href") if attrib else None])
        elif kind == _MARK:
            self.open_marks.append([MARK_TAGS[tag], len(self.buf), None])
        elif kind == _BREAK:
            if self.buf and self.stack:
                # A line break ends the block (the buffer's text; blocks are cut the same
                # way at block-level elements below).
                if self.inked:
                    self._flush(self.buf, self.link_chars, self.stack[-1], len(open_kinds))
                    self.inked = False
                self.buf.clear()
                self.link_chars = 0
                if self.marks or self.open_marks:
                    self._clear_marks()
        else:
            # A block-level element: it ends the text before it and becomes a frame.
            if kind == _FORM:
                self._open_form()
            elif self.forms_open and tag == "p":
                self.form_has_p = True
            stack = self.stack
            if self.buf:
                if self.inked:
                    self._flush(self.buf, self.link_chars, stack[-1], len(open_kinds) - 1)
                    self.inked = False
                self.buf.clear()
                self.link_chars = 0
                if self.marks or self.open_marks:
                    self._clear_marks()
            if attrib:
                cls = attrib.get("class")
                ident = attrib.get("id")
                if cls:
                    own = (f"{cls} {ident}" if ident else cls).lower().strip()
                else:
                    own = ident.lower().strip() if ident else ""
                if "itemtype" in attrib:
                    own = _with_item_type(own, attrib["itemtype"])
            else:
                cls = own = ""
            if stack:
                parent = stack[-1]
                above = self.f_chain[parent]
                chain = ((own + " " + above)[:HINTS_MAX_CHARS] if above else own) if own else above
                name = tag
                if cls:
                    first = cls.split(None, 1)
                    if first:
                        name = f"{tag}.{first[0]}"
            else:
                # A root: <html> is left out of paths, any other root is its tag.
                parent = -1
                chain = own
                name = "" if tag == "html" else tag
            frame = len(self.f_tag)
            stack.append(frame)
            self.f_parent.append(parent)
            self.f_tag.append(tag)
            self.f_own.append(own)
            self.f_chain.append(chain)
            self.f_name.append(name)
            self.f_chars.append(0)
            self.f_links.append(0.0)
            if tag == "figure":
                self.figures.append(frame)
            elif self.tables or tag in _TABLE_TAGS:
                self._table_start(tag, attrib, frame)

    def _open_form(self) -> None:
        # A <form> opens (rare: not worth inlining in start()).
        if not self.forms_open:
            # Set the waiting text aside: it is flushed before the form's own blocks if the
            # form is kept, and continued after it if not.
            self.saved = (self.buf, self.inked, self.link_chars, len(self.open_kinds) - 1)
            self.form_frame, self.form_blocks, self.form_has_p = len(self.f_tag), len(self.b_text), False
            self.buf, self.inked, self.link_chars = [], False, 0
            # The waiting text's marks are not carried over the form.
            self._clear_marks()
        self.forms_open += 1

    def _image(self, attrib: Mapping[str, str]) -> None:
        # An <img>: its attributes (read by image_record if the article keeps it) and where it
        # stands: its frame, the blocks before it, its figure.
        self.images.append((attrib, self.stack[-1] if self.stack else -1, len(self.b_text),
                            self.figures[-1] if self.figures else -1))

    def _table_start(self, tag: str, attrib: Mapping[str, str], frame: int) -> None:
        # A block-level element opens in a table, or a table opens: count rows and cells.
        tables = self.tables
        if tag == "table":
            if tables:
                tables[-1][_T_DATA] = False  # a table in a table lays out a page
            tables.append([frame, -1, -1, -1, False, False, True, [], 0])
            return
        if not tables:
            return  # a stray row or cell outside any table
        table = tables[-1]
        if tag == "tr":
            table[_T_ROW] += 1
            table[_T_COL] = -1
        elif tag == "td" or tag == "th":
            if table[_T_ROW] < 0:
                table[_T_ROW] = 0
            table[_T_COL] += 1
            table[_T_CELL] = table[_T_COL]
            table[_T_HEADER] = tag == "th" or table[_T_THEAD]
            span = attrib.get("colspan") if attrib else None
            if span and span.isdigit() and 1 < int(span) < 100:
                table[_T_COL] += int(span) - 1
            if table[_T_COL] + 1 > table[_T_COLUMNS]:
                table[_T_COLUMNS] = table[_T_COL] + 1
        elif tag == "thead":
            table[_T_THEAD] = True

    def _table_end(self, index: int) -> None:
        # A block-level element closes inside a table (``index``, its frame).
        table = self.tables[-1]
        tag = self.f_tag[index]
        if tag == "td" or tag == "th":
            table[_T_CELL] = -1
            if self.f_chars[index] > TABLE_CELL_MAX_CHARS:
                table[_T_DATA] = False
        elif tag == "thead":
            table[_T_THEAD] = False
        elif index == table[_T_FRAME]:
            self.tables.pop()
            if not table[_T_DATA] or table[_T_COLUMNS] < TABLE_MIN_COLUMNS:
                # Not a data table: its blocks are paragraphs as any others (its own list of
                # blocks, not a scan: tables nest thousands deep on hostile pages).
                cells = self.b_cell
                for block in table[_T_BLOCKS]:
                    if block in cells and cells[block][0] == index:
                        del cells[block]

    def data(self, text: str) -> None:
        """A piece of text (lxml's target interface)."""
        if self.read_depth:
            self.reader.data(text)
        if self.skipping or not self.stack:
            return
        self.buf.append(text)
        if not self.inked and not text.isspace():
            self.inked = True
        if self.in_link:
            self.link_chars += len(text)

    def end(self, tag: str) -> None:
        """An element closes (lxml's target interface)."""
        if self.read_depth and self.read_depth == len(self.open_kinds) + self.skipping:
            self.read_depth = self.reader.end()
        if self.skipping:
            self.skipping -= 1
            return
        if not self.open_kinds:
            return  # an end the parser reports without its start
        kind = self.open_kinds.pop()
        if kind < _BLOCK:
            if kind and kind != _BREAK:
                if kind == _LINK and self.in_link:
                    self.in_link -= 1
                if self.open_marks:
                    mark = self.open_marks.pop()
                    self.marks.append((mark[1], len(self.buf), mark[0], mark[2]))
            return
        # A block-level element closes: its text is a block, its measures go to its parent.
        stack = self.stack
        index = stack.pop()
        if self.buf:
            if self.inked:
                self._flush(self.buf, self.link_chars, index, len(self.open_kinds) + 1)
                self.inked = False
            self.buf.clear()
            self.link_chars = 0
            if self.marks or self.open_marks:
                self._clear_marks()
        if self.figures and self.figures[-1] == index:
            self.figures.pop()
        elif self.tables:
            self._table_end(index)
        if kind == _FORM:
            self.forms_open -= 1
            if not self.forms_open and not self._close_form():
                return
        if stack:
            parent = stack[-1]
            self.f_chars[parent] += self.f_chars[index]
            self.f_links[parent] += self.f_links[index]

    def _close_form(self) -> bool:
        # The outermost form closes: keep it (True) when it holds a paragraph, or much text
        # outside links (see FORM_CONTENT_MIN_CHARS).
        waiting, waiting_inked, waiting_links, waiting_depth = self.saved
        self.saved = ()
        frame_columns: tuple[list, ...] = (self.f_parent, self.f_tag, self.f_own, self.f_chain, self.f_name,
                                           self.f_chars, self.f_links)
        block_columns: tuple[list, ...] = (self.b_text, self.b_frame, self.b_density, self.b_depth)
        first = self.form_blocks
        if not self.form_has_p and sum(
            len(text) * (1.0 - density) for text, density in zip(self.b_text[first:], self.b_density[first:])
        ) < FORM_CONTENT_MIN_CHARS:
            # Not page content: the form is taken back, and the text around it reads on as
            # if it were not there.
            for column in frame_columns:
                del column[self.form_frame:]
            for column in block_columns:
                del column[self.form_blocks:]
            for table in (self.b_marks, self.b_cell, self.b_figure):
                for block in [block for block in table if block >= self.form_blocks]:
                    del table[block]
            self.images = [image for image in self.images if image[1] < self.form_frame]
            self.buf, self.inked, self.link_chars = waiting, waiting_inked, waiting_links
            return False
        if waiting and waiting_inked and self.stack:
            # The text before the form is a block of the form's parent, ahead of the form's
            # blocks.
            count = len(self.b_text)
            self._flush(waiting, waiting_links, self.stack[-1], waiting_depth)
            if len(self.b_text) > count:
                for column in block_columns:
                    column.insert(self.form_blocks, column.pop())
                self._shift_blocks(self.form_blocks, count)
        return True

    def _shift_blocks(self, first: int, moved: int) -> None:
        # Block ``moved`` (the last) was moved to ``first``: the blocks from ``first`` on are
        # one further down, in the tables keyed by block and in the images' positions.
        tables: tuple[dict[int, Any], ...] = (self.b_marks, self.b_cell, self.b_figure)
        for table in tables:
            entries = {block: value for block, value in table.items() if block >= first}
            for block in entries:
                del table[block]
            for block, value in entries.items():
                table[first if block == moved else block + 1] = value
        self.images = [image if image[2] < first else (image[0], image[1], image[2] + 1, image[3])
                       for image in self.images]


_KIND_OF = _KINDS.get
#: Tags the metadata reader is called for, beside links with a ``rel`` or to an author's page
#: (screened inline on the letters "aut" every author segment begins with: pages hold
#: hundreds of links) and any element with an ``itemprop`` (see
#: :class:`~newsparse.loaders.metadata.MetadataReader`).
_WATCHED = MetadataReader.TAGS

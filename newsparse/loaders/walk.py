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

from lxml import etree

from ..data.comments import MICRODATA_TYPES
from ..document import Metadata
from .metadata import MetadataReader

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
# numbered so that one comparison settles the common cases (inline elements are 0).
_LINK, _BREAK, _BLOCK, _FORM, _SKIP, _NOT_ELEMENT = 1, 2, 3, 4, 5, 6
_KINDS = {
    **dict.fromkeys(BLOCK_TAGS, _BLOCK), "form": _FORM, "a": _LINK,
    **dict.fromkeys(BREAK_TAGS, _BREAK), **dict.fromkeys(SKIP_TAGS, _SKIP),
    # Comments and processing instructions (lxml gives their factory as the tag).
    etree.Comment: _NOT_ELEMENT, etree.ProcessingInstruction: _NOT_ELEMENT, etree.Entity: _NOT_ELEMENT,
}


def _is_hidden(attrib) -> bool:
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
        f_kids: per frame, how many frames have it as their parent.
        b_text: per block, its text, whitespace folded.
        b_frame: per block, its frame.
        b_density: per block, the share of its text inside links.
        b_depth: per block, the depth of its element (the root is at 1).
    """

    __slots__ = ("b_density", "b_depth", "b_frame", "b_text", "f_chain", "f_chars", "f_kids",
                 "f_links", "f_name", "f_own", "f_parent", "f_tag")

    f_parent: list[int]
    f_tag: list[str]
    f_own: list[str]
    f_chain: list[str]
    f_name: list[str]
    f_chars: list[int]
    f_links: list[float]
    f_kids: list[int]
    b_text: list[str]
    b_frame: list[int]
    b_density: list[float]
    b_depth: list[int]


class PageColumns(Columns):
    """What a walk read from one page: its :class:`Columns`, and its metadata.

    Attributes:
        metadata: what the page's markup says about it.
    """

    __slots__ = ("metadata",)

    def __init__(self, walk: Columns, metadata: Metadata) -> None:
        self.f_parent, self.f_tag, self.f_own, self.f_chain = walk.f_parent, walk.f_tag, walk.f_own, walk.f_chain
        self.f_name, self.f_chars, self.f_links, self.f_kids = walk.f_name, walk.f_chars, walk.f_links, walk.f_kids
        self.b_text, self.b_frame, self.b_density, self.b_depth = (
            walk.b_text, walk.b_frame, walk.b_density, walk.b_depth)
        self.metadata = metadata

    def paths(self) -> list[str | None]:
        """Each frame's path for ``explain``, for the frames that hold blocks (None for the
        rest): its last :data:`PATH_SEGMENTS` names, "…>" first when they do not reach the
        body."""
        f_name, f_parent = self.f_name, self.f_parent
        paths: list[str | None] = [None] * len(f_name)
        for frame in self.b_frame:
            if paths[frame] is not None:
                continue
            # Climb to the root, or until enough names are found (<html> has none).
            names = []
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

    def __init__(self) -> None:
        self.begin(MetadataReader())

    def begin(self, reader: MetadataReader) -> None:
        """Start a page, its metadata read by ``reader``."""
        self.f_parent, self.f_tag, self.f_own, self.f_chain = [], [], [], []
        self.f_name, self.f_chars, self.f_links, self.f_kids = [], [], [], []
        self.b_text, self.b_frame, self.b_density, self.b_depth = [], [], [], []
        self.reader, self.read_depth = reader, 0
        self.stack, self.open_kinds, self.buf = [], [], []
        self.inked, self.link_chars, self.in_link, self.skipping = False, 0, 0, 0
        self.forms_open, self.form_frame, self.form_blocks, self.form_has_p, self.saved = 0, -1, 0, False, ()

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
        if not text:
            return
        n = len(text)
        links = link_chars * n / len(raw) if link_chars else 0.0
        if links > n:
            links = float(n)
        self.b_text.append(text)
        self.b_frame.append(frame)
        self.b_density.append(links / n)
        self.b_depth.append(depth)
        self.f_chars[frame] += n
        self.f_links[frame] += links

    def start(self, tag: str, attrib) -> None:
        """An element opens (lxml's target interface)."""
        if self.skipping:
            self.skipping += 1
            if tag in _WATCHED or attrib and ("itemprop" in attrib or tag == "a" and "rel" in attrib):
                self.read_depth = self.reader.start(tag, attrib, len(self.open_kinds) + self.skipping)
            if self.forms_open and tag == "p":
                self.form_has_p = True
            return
        open_kinds = self.open_kinds
        if tag in _WATCHED or attrib and ("itemprop" in attrib or tag == "a" and "rel" in attrib):
            self.read_depth = self.reader.start(tag, attrib, len(open_kinds) + 1)
        kind = _KIND_OF(tag, 0)
        if kind >= _SKIP or attrib and (
            "style" in attrib or "hidden" in attrib or "aria-hidden" in attrib) and _is_hidden(attrib):
            # Script, style and the like, and hidden elements: passed over, tail kept.
            self.skipping = 1
            return
        open_kinds.append(kind)
        if not kind:
            return
        if kind == _LINK:
            self.in_link += 1
        elif kind == _BREAK:
            if self.buf and self.stack:
                # A line break ends the block (the buffer's text; blocks are cut the same
                # way at block-level elements below).
                if self.inked:
                    self._flush(self.buf, self.link_chars, self.stack[-1], len(open_kinds))
                    self.inked = False
                self.buf.clear()
                self.link_chars = 0
        else:
            # A block-level element: it ends the text before it and becomes a frame.
            if kind == _FORM:
                if not self.forms_open:
                    # Set the waiting text aside: it is flushed before the form's own blocks if
                    # the form is kept, and continued after it if not.
                    self.saved = (self.buf, self.inked, self.link_chars, len(self.open_kinds) - 1)
                    self.form_frame, self.form_blocks, self.form_has_p = len(self.f_tag), len(self.b_text), False
                    self.buf, self.inked, self.link_chars = [], False, 0
                self.forms_open += 1
            elif self.forms_open and tag == "p":
                self.form_has_p = True
            stack = self.stack
            if self.buf:
                if self.inked:
                    self._flush(self.buf, self.link_chars, stack[-1], len(open_kinds) - 1)
                    self.inked = False
                self.buf.clear()
                self.link_chars = 0
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
            stack.append(len(self.f_tag))
            self.f_parent.append(parent)
            self.f_tag.append(tag)
            self.f_own.append(own)
            self.f_chain.append(chain)
            self.f_name.append(name)
            self.f_chars.append(0)
            self.f_links.append(0.0)
            self.f_kids.append(0)

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
            if kind == _LINK and self.in_link:
                self.in_link -= 1
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
        if kind == _FORM:
            self.forms_open -= 1
            if not self.forms_open and not self._close_form():
                return
        if stack:
            parent = stack[-1]
            self.f_chars[parent] += self.f_chars[index]
            self.f_links[parent] += self.f_links[index]
            self.f_kids[parent] += 1

    def _close_form(self) -> bool:
        # The outermost form closes: keep it (True) when it holds a paragraph.
        waiting, waiting_inked, waiting_links, waiting_depth = self.saved
        self.saved = ()
        frame_columns: tuple[list, ...] = (self.f_parent, self.f_tag, self.f_own, self.f_chain, self.f_name,
                                           self.f_chars, self.f_links, self.f_kids)
        block_columns: tuple[list, ...] = (self.b_text, self.b_frame, self.b_density, self.b_depth)
        if not self.form_has_p:
            # Not page content: the form is taken back, and the text around it reads on as
            # if it were not there.
            for column in frame_columns:
                del column[self.form_frame:]
            for column in block_columns:
                del column[self.form_blocks:]
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
        return True


_KIND_OF = _KINDS.get
#: Tags the metadata reader is called for, beside links with a ``rel`` and any element with
#: an ``itemprop`` (see :class:`~newsparse.loaders.metadata.MetadataReader`).
_WATCHED = MetadataReader.TAGS

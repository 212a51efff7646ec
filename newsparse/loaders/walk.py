"""Reading a page's parser events into blocks, and choosing its main container.

:class:`Walk` is a parser target: lxml calls it for every element and piece of text while
it parses (see :mod:`newsparse.loaders.html`), so no tree is built. It drops invisible
subtrees, cuts the visible text into blocks at block-level elements, measures text and link
text per element bottom-up, and hands the metadata elements to a
:class:`~newsparse.loaders.metadata.MetadataReader`. Afterwards the elements that hold
paragraphs are scored; the best-scoring container (with the siblings that continue it) is
the main content. Blocks outside it are still emitted, marked ``in_main=False``, so nothing
is lost silently and ``newsparse explain`` shows them.

No recursion: pages can nest elements 100,000 deep.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from lxml import etree

from ..document import InputBlock
from ..model import Span
from .metadata import MetadataReader

# -- Element classes ---------------------------------------------------------------------------
#: Subtrees that are never visible text.
SKIP_TAGS = frozenset({
    "head", "script", "style", "noscript", "iframe", "svg", "math", "template", "button",
    "select", "option", "textarea", "input", "object", "embed", "canvas", "map", "audio",
    "video", "picture", "source", "img", "link", "meta", "title", "base", "dialog",
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
#: Page furniture: inside the main container these are asides (related links, share rows,
#: tag lists), not the article.
FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
#: Containers that can hold an article's text directly, without paragraphs.
TEXT_CONTAINERS = frozenset({"div", "article", "section", "main", "td", "center", "font"})

# What the walk does at an element, by tag: one dict lookup instead of a test per set,
# numbered so that one comparison settles the common cases (inline elements are 0).
_LINK, _BREAK, _BLOCK, _FORM, _SKIP, _NOT_ELEMENT = 1, 2, 3, 4, 5, 6
_KINDS = {
    **dict.fromkeys(BLOCK_TAGS, _BLOCK), "form": _FORM, "a": _LINK,
    **dict.fromkeys(BREAK_TAGS, _BREAK), **dict.fromkeys(SKIP_TAGS, _SKIP),
    # Comments and processing instructions (lxml gives their factory as the tag).
    etree.Comment: _NOT_ELEMENT, etree.ProcessingInstruction: _NOT_ELEMENT, etree.Entity: _NOT_ELEMENT,
}

# Bonuses by tag, as in Readability: containers of prose are divs and articles; lists and
# headings rarely hold an article.
_TAG_BONUS = {
    "div": 5.0, "article": 10.0, "main": 5.0, "section": 3.0, "pre": 3.0, "td": 3.0,
    "blockquote": 3.0, "address": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0,
    "li": -3.0, "form": -3.0, "th": -5.0, "body": -10.0,
}

# -- Class and id hints ---------------------------------------------------------------------------
# Matched case-sensitively on the lowercased ``class id`` string of candidate containers.
#
# Each pattern is a trie of its words (see _any_of): the regex engine tries a flat
# alternation word by word at every character of the hints, forty tests a character for
# the longer lists. Words that must start a word are written with their first letters
# ahead of the boundary test (a look-behind), so that every alternative starts with a
# letter and the engine jumps straight to the places where one can begin.


def _trie(words) -> list[str]:
    """The alternatives of a regex matching any of ``words``, shared prefixes factored out."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def alternatives(node: dict) -> list[str]:
        out = []
        for char, child in sorted(node.items()):
            if not char:
                continue
            rest = alternatives(child)
            if not rest:
                out.append(re.escape(char))
            elif "" in child:
                out.append(f"{re.escape(char)}(?:{'|'.join(rest)})?")
            elif len(rest) == 1:
                out.append(re.escape(char) + rest[0])
            else:
                out.append(f"{re.escape(char)}(?:{'|'.join(rest)})")
        return out

    return alternatives(root)


def _any_of(*words: str, bounded: str = "") -> re.Pattern:
    """Compile a search for any of ``words`` (plain text), as a trie of alternatives.

    Args:
        words: the words, any of which makes a match.
        bounded: further alternatives as a regex, each starting with a literal letter so
            the engine can still skip to where an alternative begins.

    Returns:
        The compiled pattern; it matches where the flat alternation of the same words would
        match somewhere (only whether there is a match is meant to be used).
    """
    return re.compile("|".join(_trie(words) + ([bounded] if bounded else [])))


_POSITIVE = _any_of(
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story", "prose",
)
_NEGATIVE = _any_of(
    "-ad-", "advert", "banner", "combx", "comment", "com-", "contact", "foot", "footnote",
    "masthead", "outbrain", "taboola", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "newsletter",
    "subscribe", "social", "recommend", "recirc", "trending", "popular", "breadcrumb", "nav",
    "menu", "signup", "paywall", "cookie", "consent", "modal", "popup",
    # ^ad- and \bads?\b
    bounded=r"ad(?:(?<=^ad)-|(?<!\wad)s?\b)",
)
# Subtrees that are page furniture wherever they sit (Readability's "unlikely candidates"),
# unless the same hints also say article content.
_UNLIKELY = _any_of(
    "-ad-", "advert", "banner", "breadcrumb", "combx", "comment", "community", "disqus",
    "footer", "gdpr", "cookie", "consent", "legends", "menu", "related", "remark", "replies",
    "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "agegate",
    "pagination", "pager", "popup", "newsletter", "signup", "subscribe", "share", "sharing",
    "outbrain", "taboola", "recirc", "recommend", "trending", "most-popular", "mostpopular",
    "promo", "byline-social", "tags", "topics", "keywords",
    # \bad- and \bads\b
    bounded=r"ad(?<!\wad)(?:-|s\b)",
)
# Furniture whatever else the hints say: "comment-content" and "related-content" are not
# the article.
_FURNITURE = _any_of(
    "comment", "disqus", "respond", "related", "recommend", "outbrain", "taboola", "newsletter",
    "cookie", "consent", "popup", "modal", "sponsor", "advert", "share", "sharing", "social",
    "subscribe", "signup",
    # Classes that hide an element in the site's own stylesheet.
    "sr-only", "visually-hidden", "screen-reader",
    # \bhidden\b, \bhide\b and \bd-none\b
    bounded=r"hid(?<!\whid)(?:den|e)\b|d(?<!\wd)-none\b",
)
_EMBED = re.compile(r"embed|tweet|instagram-media|tiktok")
_MAYBE = re.compile(r"article|body|column|content|main|shadow|story|text|entry|post")


# Pages repeat their class names ("paragraph", "story-body" on every frame), so what the
# hints say is worked out once per distinct string.
@functools.lru_cache(maxsize=4096)
def _hint_flags(own: str) -> tuple[bool, bool]:
    """(unlikely, furniture) for an element's own lowercased class and id."""
    # Embedded posts quoted by the article ("social-media-embed > twitter-tweet") are its
    # content, whatever the "social" in their names suggests.
    if _EMBED.search(own) is not None:
        return False, False
    furniture = _FURNITURE.search(own) is not None
    unlikely = furniture or (_UNLIKELY.search(own) is not None and _MAYBE.search(own) is None)
    return unlikely, furniture


@functools.lru_cache(maxsize=4096)
def _hint_factor(own: str) -> float:
    """What an element's own class and id multiply its container score by."""
    factor = 1.0
    if own:
        if _NEGATIVE.search(own) is not None:
            factor = NEGATIVE_HINT_FACTOR
        if _POSITIVE.search(own) is not None:
            # (Scaling by 0.5 is exact, so one product gives what scaling twice gave.)
            factor *= POSITIVE_HINT_FACTOR
    return factor

# -- Scoring thresholds -------------------------------------------------------------------------
#: A block shorter than this is not a paragraph for scoring (Readability: 25).
MIN_PARAGRAPH_CHARS = 25
#: Candidate scores spread up this many ancestors, divided as in Readability (1, 2, 6, 9, 12).
SCORE_LEVELS = 5
_SCORE_DIVISORS = tuple(1 if level == 0 else 2 if level == 1 else level * 3 for level in range(SCORE_LEVELS))
#: A sibling of the best container joins it when its score reaches this share of the best.
SIBLING_SHARE = 0.2
#: ... and at least this absolute score (Readability: 10).
SIBLING_MIN_SCORE = 10.0
#: A paragraph-like sibling joins on its own when this long with little link text.
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_MAX_LINK_DENSITY = 0.25
#: Class names that say "article" or "sidebar" scale a container's score by these factors.
POSITIVE_HINT_FACTOR = 1.5
NEGATIVE_HINT_FACTOR = 0.5
#: Candidates scoring at least this share of the best one, elsewhere on the page, widen the
#: main container to the ancestor they share with it (Readability uses 0.75 and three of
#: them; articles split in two chunks have one).
ALTERNATIVE_SHARE = 0.5
ALTERNATIVES = 4
#: ... provided that ancestor is mostly prose, not menus.
WIDEN_MAX_LINK_DENSITY = 0.3
#: Furniture inside the main container stays in it when it holds at least this share of
#: the container's text.
FURNITURE_MAX_SHARE = 0.5
#: How many nested furniture boxes are looked through above a candidate.
FURNITURE_CLIMB = 8
#: Hint strings of a block are capped: ancestors beyond this add nothing but memory.
HINTS_MAX_CHARS = 240
#: Path segments shown per block in ``explain``.
PATH_SEGMENTS = 5

_SENTENCE_END = re.compile(r"\.(?: |$)")


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


_UNSET = object()
# What an unbound walk target holds instead of a walk's lists.
_NO_LIST: list = []
#: Attributes that can hide an element (see _is_hidden).
_HIDING_ATTRIBUTES = frozenset({"style", "hidden", "aria-hidden"})


class _Target:
    """An lxml parser target: the callbacks lxml calls while it parses."""

    __slots__ = ("close", "data", "end", "start")


class Walk:
    """One pass over the page collecting blocks and per-container measures.

    The pass is a parser target (see :meth:`make_target`): lxml calls it while it parses,
    so no tree is built and nothing is visited twice. It drops invisible subtrees, cuts the visible
    text into blocks at block-level elements, measures text and link text per container
    bottom-up, and hands the elements metadata is read from to a
    :class:`~newsparse.loaders.metadata.MetadataReader`.

    Containers ("frames", the block-level elements) are numbered in document order, parents
    before children. Per frame the walk keeps numbers, its own class and id, the hints it
    inherits (made from the parent's, at hand when the frame opens) and its path segment;
    paths and furniture flags are worked out afterwards, only for the frames that need them.
    """

    def __init__(self, reader: MetadataReader | None = None) -> None:
        self.f_parent: list[int] = []
        self.f_tag: list[str] = []
        self.f_own: list[str] = []         # own class and id, lowercased
        self.f_chain: list[str] = []       # own and ancestors' hints, capped
        self.f_name: list[str] = []        # path segment: the tag, with its first class
        self.f_chars: list[int] = []       # text in the subtree
        self.f_links: list[float] = []     # link text in the subtree
        self.f_kids: list[int] = []        # how many frames have it as their parent
        self.f_score: list[float] = []     # paragraph evidence received (after the walk)
        # Worked out on demand (see _memo and children).
        self._flags: list = []
        self._gate: list = []
        self._strong: list = []
        self._children: dict[int, list[int]] = {}
        # Per block, in parallel lists: text, frame, link density, depth.
        self.b_text: list[str] = []
        self.b_frame: list[int] = []
        self.b_density: list[float] = []
        self.b_depth: list[int] = []
        self.reader = reader if reader is not None else MetadataReader()
        #: Whether the parser met bytes that are not UTF-8 (see
        #: :func:`~newsparse.loaders.html.walk_page`).
        self.invalid_utf8 = False

    # -- the walk --------------------------------------------------------------------------

    @staticmethod
    def make_target() -> tuple[_Target, Callable[[Walk | None], None]]:
        """A parser target for walks, and the function that points it at one walk.

        The target is made once per thread and bound to one lxml parser: a new parser per
        page would be a reference cycle inside lxml, holding each page's lists until the
        garbage collector ran. ``bind(walk)`` points the target at ``walk`` with its state
        reset; ``bind(None)`` lets go of the last one.
        """
        # The callbacks are closures over the walk's lists and counters: lxml calls them
        # for every element and piece of text, and variables of an enclosing function are
        # read faster than attributes.
        kind_of = _KINDS.get
        skip, block, form, link, brk = _SKIP, _BLOCK, _FORM, _LINK, _BREAK
        hints_max = HINTS_MAX_CHARS
        no_hiding = _HIDING_ATTRIBUTES.isdisjoint
        watched = MetadataReader.TAGS
        # Set by bind(): the walk's lists, and the reader's.
        f_parent = f_tag = f_own = f_chain = f_name = f_chars = f_links = f_kids = _NO_LIST
        b_text = b_frame = b_density = b_depth = _NO_LIST
        frame_lists = block_lists = ()
        reading = _NO_LIST             # elements the metadata reader takes text from
        read_start = read_data = read_end = None
        stack: list[int] = []          # open frames
        open_kinds: list[int] = []     # kinds of the open elements (none inside a skipped one)
        buf: list[str] = []
        # Pretty-printed pages put whitespace between all elements: a buffer holding only
        # that is dropped without joining it.
        inked = False
        link_chars = 0
        in_link = 0
        # Open elements inside the skipped one being passed over, itself included (0: none).
        # Outside skipped elements the depth is len(open_kinds): no counter to keep.
        skipping = 0
        # A form is read only when it wraps page content (ASP.NET wraps whole pages in one),
        # which is known at its end: the outermost form is read provisionally, then kept or
        # taken back. Forms inside it are read with it.
        forms_open = 0
        form_frame = -1
        form_blocks = 0
        form_has_p = False
        saved: tuple = ()              # the text waiting before the provisional form

        def bind(walk: Walk | None) -> None:
            nonlocal f_parent, f_tag, f_own, f_chain, f_name, f_chars, f_links, f_kids
            nonlocal b_text, b_frame, b_density, b_depth, frame_lists, block_lists
            nonlocal reading, read_start, read_data, read_end
            nonlocal stack, open_kinds, buf, inked, link_chars, in_link, skipping
            nonlocal forms_open, form_frame, form_blocks, form_has_p, saved
            if walk is None:
                f_parent = f_tag = f_own = f_chain = f_name = f_chars = f_links = f_kids = _NO_LIST
                b_text = b_frame = b_density = b_depth = _NO_LIST
                reading, read_start, read_data, read_end = _NO_LIST, None, None, None
            else:
                f_parent, f_tag, f_own, f_chain = walk.f_parent, walk.f_tag, walk.f_own, walk.f_chain
                f_name, f_chars, f_links, f_kids = walk.f_name, walk.f_chars, walk.f_links, walk.f_kids
                b_text, b_frame, b_density, b_depth = walk.b_text, walk.b_frame, walk.b_density, walk.b_depth
                reader = walk.reader
                reading = reader.open
                read_start, read_data, read_end = reader.start, reader.data, reader.end
            frame_lists = (f_parent, f_tag, f_own, f_chain, f_name, f_chars, f_links, f_kids)
            block_lists = (b_text, b_frame, b_density, b_depth)
            stack, open_kinds, buf = [], [], []
            inked, link_chars, in_link, skipping = False, 0, 0, 0
            forms_open, form_frame, form_blocks, form_has_p, saved = 0, -1, 0, False, ()

        def flush(buf: list[str], link_chars: int, frame: int, depth: int) -> None:
            raw = "".join(buf)
            text = " ".join(raw.split())
            if not text:
                return
            n = len(text)
            links = link_chars * n / len(raw) if link_chars else 0.0
            if links > n:
                links = float(n)
            b_text.append(text)
            b_frame.append(frame)
            b_density.append(links / n)
            b_depth.append(depth)
            f_chars[frame] += n
            f_links[frame] += links

        def start(tag: str, attrib) -> None:
            nonlocal skipping, buf, inked, link_chars, in_link
            nonlocal forms_open, form_frame, form_blocks, form_has_p, saved
            if skipping:
                skipping += 1
                if tag in watched or attrib and ("itemprop" in attrib or tag == "a" and "rel" in attrib):
                    read_start(tag, attrib, len(open_kinds) + skipping)
                if forms_open and tag == "p":
                    form_has_p = True
                return
            if tag in watched or attrib and ("itemprop" in attrib or tag == "a" and "rel" in attrib):
                read_start(tag, attrib, len(open_kinds) + 1)
            kind = kind_of(tag, 0)
            if kind >= skip or attrib and not no_hiding(attrib) and _is_hidden(attrib):
                # Script, style and the like, and hidden elements: passed over, tail kept.
                skipping = 1
                return
            open_kinds.append(kind)
            if kind == link:
                in_link += 1
            elif kind == brk:
                if buf and stack:
                    if inked:
                        flush(buf, link_chars, stack[-1], len(open_kinds))
                        inked = False
                    buf.clear()
                    link_chars = 0
            elif kind >= block:
                if kind == form:
                    if not forms_open:
                        # Set the waiting text aside: it is flushed before the form's own
                        # blocks if the form is kept, and continued after it if not.
                        saved = (buf, inked, link_chars, len(open_kinds) - 1)
                        form_frame = len(f_tag)
                        form_blocks = len(b_text)
                        form_has_p = False
                        buf = []
                        inked = False
                        link_chars = 0
                    forms_open += 1
                elif forms_open and tag == "p":
                    form_has_p = True
                if buf:
                    if inked:
                        flush(buf, link_chars, stack[-1], len(open_kinds) - 1)
                        inked = False
                    buf.clear()
                    link_chars = 0
                if attrib:
                    cls = attrib.get("class")
                    ident = attrib.get("id")
                    if cls:
                        own = (f"{cls} {ident}" if ident else cls).lower().strip()
                    else:
                        own = ident.lower().strip() if ident else ""
                else:
                    cls = own = ""
                if stack:
                    parent = stack[-1]
                    above = f_chain[parent]
                    chain = ((own + " " + above)[:hints_max] if above else own) if own else above
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
                stack.append(len(f_tag))
                f_parent.append(parent)
                f_tag.append(tag)
                f_own.append(own)
                f_chain.append(chain)
                f_name.append(name)
                f_chars.append(0)
                f_links.append(0.0)
                f_kids.append(0)

        def data(text: str) -> None:
            nonlocal inked, link_chars
            if reading:
                read_data(text)
            if skipping or not stack:
                return
            buf.append(text)
            if not inked and not text.isspace():
                inked = True
            if in_link:
                link_chars += len(text)

        def end(tag: str) -> None:
            nonlocal skipping, buf, inked, link_chars, in_link, forms_open, saved
            if reading and reading[-1][0] == len(open_kinds) + skipping:
                read_end()
            if skipping:
                skipping -= 1
                return
            if not open_kinds:
                return  # an end the parser reports without its start
            kind = open_kinds.pop()
            if kind >= block:
                index = stack.pop()
                if buf:
                    if inked:
                        flush(buf, link_chars, index, len(open_kinds) + 1)
                        inked = False
                    buf.clear()
                    link_chars = 0
                if kind == form:
                    forms_open -= 1
                    if not forms_open:
                        waiting, waiting_inked, waiting_links, waiting_depth = saved
                        saved = ()
                        if not form_has_p:
                            # Not page content: the form is taken back, and the text around
                            # it reads on as if it were not there.
                            for column in frame_lists:
                                del column[form_frame:]
                            for column in block_lists:
                                del column[form_blocks:]
                            buf, inked, link_chars = waiting, waiting_inked, waiting_links
                            return
                        if waiting and waiting_inked and stack:
                            # The text before the form is a block of the form's parent,
                            # ahead of the form's blocks.
                            count = len(b_text)
                            flush(waiting, waiting_links, stack[-1], waiting_depth)
                            if len(b_text) > count:
                                for column in block_lists:
                                    column.insert(form_blocks, column.pop())
                if stack:
                    parent = stack[-1]
                    f_chars[parent] += f_chars[index]
                    f_links[parent] += f_links[index]
                    f_kids[parent] += 1
            elif kind == link and in_link:
                in_link -= 1

        def close() -> None:
            # No reference to the walk itself here: the walk holds the target, and a cycle
            # would keep every page's lists alive until the garbage collector ran.
            nonlocal buf, inked
            if inked and stack:
                flush(buf, link_chars, stack[-1], len(open_kinds))
                buf = []
                inked = False

        target = _Target()
        target.start, target.end, target.data, target.close = start, end, data, close
        return target, bind

    def finish(self) -> None:
        """Score the frames, once the parser has closed the target."""
        # Paragraph evidence, given once the blocks are final (a form taken back takes its
        # blocks with it). Readability's paragraph score: one point, one per comma, one per
        # 100 chars (max 3), given to the paragraph's container and, divided, to its
        # ancestors.
        f_parent = self.f_parent
        f_tag = self.f_tag
        count = len(f_tag)
        f_score = self.f_score = [0.0] * count
        for text, frame, density in zip(self.b_text, self.b_frame, self.b_density):
            n = len(text)
            if n < MIN_PARAGRAPH_CHARS:
                continue
            commas = text.count(",")
            if not text.isascii():
                commas += text.count("，") + text.count("、")
            score = 1.0 + commas + min(n / 100.0, 3.0)
            score *= 1.0 - density
            target = f_parent[frame]
            if f_tag[frame] in TEXT_CONTAINERS:
                # Text sitting directly in a container (no <p>): the container is the
                # article's own box as much as its parent is.
                f_score[frame] += score
            for divisor in _SCORE_DIVISORS:
                if target < 0:
                    break
                f_score[target] += score / divisor
                target = f_parent[target]
        for memo in (self._flags, self._gate, self._strong):
            memo[:] = [_UNSET] * count

    def children(self, parent: int) -> list[int]:
        """The frames whose parent is ``parent``, in document order."""
        found = self._children.get(parent)
        if found is None:
            # Frames are numbered in document order, so a frame's descendants follow it
            # without a gap, and every one of them has a parent numbered at least as high.
            f_parent = self.f_parent
            found = []
            i = parent + 1
            count = len(f_parent)
            while i < count and f_parent[i] >= parent:
                if f_parent[i] == parent:
                    found.append(i)
                i += 1
            self._children[parent] = found
        return found

    def _paths(self) -> list[str | None]:
        """Each frame's path for ``explain``, for the frames that hold blocks (None for the
        rest): its last PATH_SEGMENTS names, "…>" first when they do not reach the body."""
        f_name, f_parent = self.f_name, self.f_parent
        # Frames come parents first: each frame's last names are its parent's, plus its own.
        keep = 1 - PATH_SEGMENTS
        trails: list[tuple[str, ...]] = []
        append = trails.append
        for parent, name in zip(f_parent, f_name):
            above = trails[parent] if parent >= 0 else ()
            append(above[keep:] + (name,) if name else above)
        paths: list[str | None] = [None] * len(f_name)
        # Siblings share their names: each distinct trail is joined once.
        joined: dict[tuple[str, ...], str] = {}
        for frame in self.b_frame:
            if paths[frame] is None:
                trail = trails[frame]
                path = joined.get(trail)
                if path is None:
                    if not trail:
                        path = ""
                    else:
                        first = trail[0]
                        path = ">".join(trail)
                        if first != "body" and not first.startswith("body."):
                            path = "…>" + path
                    joined[trail] = path
                paths[frame] = path
        return paths

    # -- what class and id say, worked out on demand -----------------------------------------

    def _memo(self, memo: list, index: int, step):
        """Fill ``memo`` for ``index`` and the ancestors it needs, without recursion.

        ``step(i, parent_value)`` gives frame i's value from its parent's (None at the root).
        Each frame is computed once, so all calls together stay linear in the page size.
        """
        pending = []
        i = index
        while i >= 0 and memo[i] is _UNSET:
            pending.append(i)
            i = self.f_parent[i]
        value = memo[i] if i >= 0 else None
        for j in reversed(pending):
            value = step(j, value)
            memo[j] = value
        return value

    def flags(self, index: int) -> tuple[bool, bool]:
        """(unlikely, furniture): whether the frame's own hints name page furniture."""
        value = self._flags[index]
        if value is _UNSET:
            own = self.f_own[index]
            if own and self.f_tag[index] not in ("body", "html"):
                value = _hint_flags(own)
            else:
                value = (False, False)
            self._flags[index] = value
        return value

    def _gate_step(self, index: int, parent: int | None) -> int:
        return index if self.flags(index)[0] else (-1 if parent is None else parent)

    def _strong_step(self, index: int, parent: int | None) -> int:
        return index if self.flags(index)[1] else (-1 if parent is None else parent)

    def gate(self, index: int) -> int:
        """The nearest frame at or above ``index`` whose hints are unlikely, or -1."""
        value = self._gate[index]
        return value if value is not _UNSET else self._memo(self._gate, index, self._gate_step)

    def strong_gate(self, index: int) -> int:
        """The nearest frame at or above ``index`` whose hints name furniture, or -1."""
        value = self._strong[index]
        return value if value is not _UNSET else self._memo(self._strong, index, self._strong_step)

    # -- choosing the main container -----------------------------------------------------

    def _final_score(self, index: int) -> float:
        return self._final_scores((index,))[0]

    def _final_scores(self, frames) -> list[float]:
        """The scores that rank ``frames`` as the main container."""
        f_score, f_tag, f_own, f_chars, f_links = self.f_score, self.f_tag, self.f_own, self.f_chars, self.f_links
        bonus, factor = _TAG_BONUS.get, _hint_factor
        # Class names scale the evidence rather than add to it (Readability adds 25), so a
        # tiny "post-date" box cannot outrank the paragraphs' container.
        return [
            (f_score[i] + bonus(f_tag[i], 0.0)) * factor(f_own[i])
            * (1.0 - (f_links[i] / f_chars[i] if f_chars[i] else 0.0))
            for i in frames
        ]

    def main_frames(self) -> set[int]:
        """The frames that make up the main content: the best container and its siblings."""
        f_score = self.f_score
        f_chars = self.f_chars
        candidates = [i for i, raw in enumerate(f_score) if raw > 0]
        scored = sorted(zip(self._final_scores(candidates), candidates), reverse=True)
        finals = {index: final for final, index in scored}
        ranked = []
        for final, index in scored:
            if final <= 0 or len(ranked) >= ALTERNATIVES + 1:
                break
            if self._is_furniture_candidate(index):
                continue
            ranked.append((final, index))
        best, best_score = (ranked[0][1], ranked[0][0]) if ranked else (-1, 0.0)
        if best >= 0:
            best = self._widen(best, [i for f, i in ranked[1:] if f >= ALTERNATIVE_SHARE * best_score])
        if best < 0:
            # No paragraph anywhere: a page of short lines. The body is the best guess, so
            # short pages are not all thrown away as "outside the article".
            body = next((i for i, tag in enumerate(self.f_tag) if tag == "body"), 0)
            return {body} if self.f_tag else set()
        parent = self.f_parent[best]
        # A lone child adds nothing over its parent: climb while the container is an only child.
        while parent >= 0 and self.f_tag[parent] not in ("body", "html"):
            if self.f_kids[parent] != 1:
                break
            best, parent = parent, self.f_parent[parent]
        chosen = {best}
        if parent < 0:
            return chosen
        threshold = max(SIBLING_MIN_SCORE, best_score * SIBLING_SHARE)
        best_hints = self.f_own[best]
        own_blocks = self._own_blocks(parent)
        for sibling in self.children(parent):
            if sibling == best or self.flags(sibling)[0]:
                continue
            score = finals.get(sibling)
            if score is None and f_score[sibling] > 0:
                score = self._final_score(sibling)
            bonus = best_score * 0.2 if best_hints and self.f_own[sibling] == best_hints else 0.0
            if score is not None and score + bonus >= threshold:
                chosen.add(sibling)
                continue
            if self.f_tag[sibling] == "p":
                text = own_blocks.get(sibling, "")
                chars = f_chars[sibling]
                density = self.f_links[sibling] / chars if chars else 1.0
                if chars > SIBLING_PARAGRAPH_CHARS and density < SIBLING_MAX_LINK_DENSITY or 0 < chars <= SIBLING_PARAGRAPH_CHARS and density == 0 and _SENTENCE_END.search(text):
                    chosen.add(sibling)
        return chosen

    def _is_furniture_candidate(self, index: int) -> bool:
        gate = self.gate(index)
        # Inside furniture (comments, a sidebar) nothing is the article, unless the candidate
        # holds most of that "furniture": then it is a wrapper whose class name misleads
        # ("content-with-sidebar").
        if gate == index or gate >= 0 and self.f_chars[index] < FURNITURE_MAX_SHARE * self.f_chars[gate]:
            return True
        return self._in_furniture(index)

    def _widen(self, best: int, alternatives: list[int]) -> int:
        """Climb from ``best`` to the container it shares with near-equal candidates.

        Articles split into chunks ("article__chunks > grid > body", twice, with an ad rail
        between) give two candidates of similar score in sibling wrappers; their common
        ancestor is the article. Only a container with little link text qualifies, so a
        page-wide wrapper holding menus never does.
        """
        if not alternatives:
            return best
        f_parent = self.f_parent
        chain = {}
        i = best
        while i >= 0:
            chain[i] = True
            i = f_parent[i]
        meeting = best
        for other in alternatives:
            i = other
            while i >= 0 and i not in chain:
                i = f_parent[i]
            if i < 0 or i == other:
                continue  # unrelated tree, or ``other`` is an ancestor of best
            if i == best:
                continue  # ``other`` lies inside best
            meeting = min(meeting, i)
        if meeting == best or self.f_tag[meeting] in ("body", "html"):
            return best
        chars = self.f_chars[meeting]
        if chars and self.f_links[meeting] / chars > WIDEN_MAX_LINK_DENSITY:
            return best
        return meeting

    def _in_furniture(self, index: int) -> bool:
        # Comments and related boxes nest ("comments > comment > comment-content"): any of
        # them up the chain rules the candidate out, unless that box holds most of the page
        # (then it wraps everything and its name misleads). The climb is bounded, so
        # pathological nesting costs no more than a constant per candidate.
        gate = self.strong_gate(index)
        f_chars = self.f_chars
        page = FURNITURE_MAX_SHARE * f_chars[0]
        for _ in range(FURNITURE_CLIMB):
            if gate < 0:
                return False
            if f_chars[gate] < page:
                return True
            parent = self.f_parent[gate]
            gate = self.strong_gate(parent) if parent >= 0 else -1
        return False

    def _own_blocks(self, parent: int) -> dict[int, str]:
        # Texts of the <p> children of ``parent``, for the short-sibling rule.
        wanted = {c for c in self.children(parent) if self.f_tag[c] == "p"}
        found: dict[int, str] = {}
        if not wanted:
            return found
        for text, frame in zip(self.b_text, self.b_frame):
            if frame in wanted:
                found[frame] = found.get(frame, "") + text
        return found

    def blocks(self) -> tuple[InputBlock, ...]:
        """The blocks, their spans indexing their texts joined by newlines."""
        main = self.main_frames()
        count = len(self.f_tag)
        in_main = [False] * count
        f_parent = self.f_parent
        f_tag = self.f_tag
        f_chars = self.f_chars
        furniture = FURNITURE_TAGS
        root_of = [-1] * count
        in_article = [False] * count
        for top in sorted(main):
            if in_main[top]:
                continue
            # Whether an <article> holds the main frame, then its subtree: frames come in
            # document order, parents first, and a subtree's frames follow its root without
            # a gap, so one forward pass over each subtree settles it.
            above = f_parent[top]
            while above >= 0 and f_tag[above] != "article":
                above = f_parent[above]
            in_article[top] = above >= 0
            in_main[top] = True
            root_of[top] = top
            index = top + 1
            while index < count and f_parent[index] >= top:
                parent = f_parent[index]
                in_article[index] = in_article[parent] or f_tag[parent] == "article"
                if index in main:
                    in_main[index] = True
                    root_of[index] = index
                elif in_main[parent]:
                    root = root_of[parent]
                    root_of[index] = root
                    tag = f_tag[index]
                    # Furniture inside the article (a related-links aside, a share bar, the
                    # comments, an <article> teaser card inside the article) leaves it,
                    # unless it holds most of the container's text: then the class name
                    # misleads ("paywall", "content-with-sidebar").
                    if not (f_chars[index] < FURNITURE_MAX_SHARE * f_chars[root] and (
                        tag in furniture or (tag == "article" and in_article[index]) or self.flags(index)[0]
                    )):
                        in_main[index] = True
                index += 1
        f_chain = self.f_chain
        paths = self._paths()
        out = []
        block, span = InputBlock.trusted, Span.trusted
        position = 0
        for text, frame, density, depth in zip(self.b_text, self.b_frame, self.b_density, self.b_depth):
            end = position + len(text)
            out.append(block(text, span(position, end), f_tag[frame], f_chain[frame], density, depth,
                             paths[frame], in_main[frame]))
            position = end + 1
        return tuple(out)

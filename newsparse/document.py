"""What loaders produce and the classifier consumes: a Document of InputBlocks.

Plain text and HTML differ only in how they are loaded; both become the same blocks, so
one classifier labels them. HTML blocks carry more features (tag, class/id hints, link
density, depth).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

import attrs

from .model import Label, ParseWarning, Span

#: The labels a :class:`Decision` can give a block (the members of :class:`~newsparse.Label`).
LABELS = tuple(Label)
#: The labels of the article's body text: the blocks the assembly makes paragraphs of.
BODY_LABELS = frozenset({Label.BODY, Label.HEADING, Label.LIST_ITEM, Label.BLOCKQUOTE, Label.TABLE})


@attrs.frozen(kw_only=True)
class InputBlock:
    """One block of the input: a line or paragraph of text, or a block-level element.

    Attributes:
        text: the block's text, whitespace-trimmed; ``source[span]`` equals it.
        span: where it stands in :attr:`Document.source`.
        tag: the HTML element's tag (``"p"``, ``"h2"``, ``"li"``, ``"figcaption"`` ...),
            ``"blockquote"`` for a ``<p>`` or ``<div>`` inside a ``<blockquote>``, or None
            for plain text.
        hints: lowercased class and id tokens of the element and its ancestors, space
            separated (HTML only).
        link_density: the share of the block's characters that are link text (HTML only).
        depth: the element's depth in the page tree (HTML only).
        path: a short element path for ``newsparse explain`` (HTML only).
        in_main: whether the block lies in the container chosen as the article's main
            content (always true for plain text).
    """

    text: str
    span: Span
    tag: str | None = None
    hints: str = ""
    link_density: float = 0.0
    depth: int = 0
    path: str | None = None
    in_main: bool = True


@attrs.frozen(kw_only=True)
class Metadata:
    """What a page says about itself in its markup (JSON-LD, OpenGraph, ``<meta>``).

    Every field is None (or empty) when the page does not say it.
    """

    title: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    #: Every source's author names, most trusted source first (JSON-LD, ``<meta
    #: name=author>``, ``article:author``, microdata, other ``<meta>`` names, rel=author).
    author_sources: tuple[tuple[str, ...], ...] = ()
    #: The texts of links to author pages ("/author/jane-doe"), in page order: the weakest
    #: evidence, read only when the head names nobody.
    author_links: tuple[str, ...] = ()
    #: Names the markup gives only weakly: the name a label/value pair gives
    #: ("twitter:label1" "Written by" -- often the account that posted the page rather than
    #: the byline's author), then the names in the addresses of author profiles an author
    #: field holds ("/editors/jane-doe"). They speak only when neither the bylines nor the
    #: other metadata name anyone.
    weak_authors: tuple[str, ...] = ()
    published: _dt.datetime | None = None
    #: Whether ``published`` comes from a ``<meta>`` that names no event ("date",
    #: "dc.date", "dcterms.date"): it may be the day the page last changed or was generated.
    published_is_generic: bool = False
    modified: _dt.datetime | None = None
    site_name: str | None = None
    #: The language the page states, as a well-formed tag (or the code of a language it
    #: names), or None (:func:`newsparse.language_tags.read_stated_language`).
    language: str | None = None
    #: The first value the page gives for its language that states none ("x-default", an
    #: empty ``lang``), as written; None when every value it gives was read.
    language_unread: str | None = None
    url: str | None = None
    #: The lead image's URL, as the page writes it.
    image: str | None = None
    tags: tuple[str, ...] = ()
    section: str | None = None
    publisher: str | None = None
    #: Whether the JSON-LD says the publisher is a person (a personal blog's owner), who
    #: can be the article's author, unlike a publication's name.
    publisher_is_person: bool = False
    #: The page's JSON-LD objects, as parsed.
    jsonld: tuple = ()


@attrs.frozen(kw_only=True)
class Markup:
    """What an HTML page's markup says inside and between its blocks: links, inline marks,
    table cells, figures and images. Offsets and positions are by block number.

    Attributes:
        marks: by block, its links and inline marks as the loader read them
            (:func:`newsparse.loaders.walk.marks_in_text` gives ``(start, end, kind, href)``
            per mark, offsets into the block's text, kind ``"link"`` with the href as written
            in the page, or a :class:`~newsparse.Mark` kind).
        cells: by block, the data-table cell it stands in: ``(table, row, column, header)``.
        figures: by block, the ``<figure>`` it stands in (any number naming the figure).
        images: the page's ``<img>`` elements in page order: ``(attributes, block, figure,
            in_main)``, block the number of blocks before it, figure -1 outside one, in_main
            whether it lies in the main container
            (:func:`newsparse.loaders.walk.image_record` reads the attributes).
        base: the page's ``<base href>``, or None.
    """

    marks: dict = attrs.field(factory=dict)
    cells: dict = attrs.field(factory=dict)
    figures: dict = attrs.field(factory=dict)
    images: tuple = ()
    base: str | None = None


@attrs.frozen(kw_only=True)
class Document:
    """A loaded input: the text spans index, and its blocks in reading order.

    Attributes:
        source: the normalised text every block span indexes.
        blocks: the non-blank blocks in reading order.
        format: ``"text"`` or ``"html"``.
        metadata: what the page's markup says about it (empty for plain text).
        url: the URL the caller gave, or None.
        warnings: what loading found worth telling the caller (e.g. a guessed encoding).
        markup: links, inline marks, tables and images (HTML only; None for plain text).
    """

    source: str
    blocks: tuple[InputBlock, ...]
    format: str = "text"
    metadata: Metadata = attrs.field(factory=Metadata)
    url: str | None = None
    warnings: tuple[ParseWarning, ...] = ()
    markup: Markup | None = None


@attrs.frozen(kw_only=True)
class Decision:
    """The classifier's verdict on one block.

    Attributes:
        label: a :class:`~newsparse.Label` (or the same word as a plain string).
        reason: why, as a :class:`~newsparse.Reason` or a plugin's own word (for
            boilerplate, the reason recorded on the dropped :class:`~newsparse.Block`; for
            kept blocks, the rule that kept it).
        score: the classifier's confidence that the block is article content, in [0, 1].
    """

    label: str
    reason: str = ""
    score: float = 0.0


def body_blocks(decisions: Sequence[Decision | None]) -> list[int]:
    """The indexes of the blocks the decisions keep as the article's body text (a label of
    :data:`BODY_LABELS`), in page order.

    Args:
        decisions: one decision per block (None: not decided).

    Returns:
        The body's block indexes.
    """
    return [i for i, d in enumerate(decisions) if d is not None and d.label in BODY_LABELS]

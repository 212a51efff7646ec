"""The immutable records newsparse produces.

Everything here is data: frozen, slotted attrs classes with no parsing logic and no
serialization (that lives in :mod:`newsparse.serialize`). Offsets are half-open ``Span``\\ s:

* segments of the page (``title_span``, ``Byline.span``, ``Caption.span``,
  ``Paragraph.span``, ``Block.span`` ...) index :attr:`Article.source`, the input text after
  newline normalisation (for HTML input, the visible text newsparse rendered from the page);
* :class:`Annotation` spans index the text named by their ``field``, :attr:`Article.text`
  by default.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs


class _Words(str, enum.Enum):
    """A vocabulary of words that compare, hash, format, print and serialize as plain strings.

    Even the ``repr`` is the word's: records that hold a member print as they did when they
    held the plain word (``Block(text='...', reason='banner', ...)``).
    """

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return str.__format__(str.__str__(self), spec)

    def __repr__(self) -> str:
        return repr(str.__str__(self))


class Label(_Words):
    """The role the classifier gives a block (:attr:`newsparse.Decision.label`).

    Members are strings: ``Label.BODY == "body"``, and JSON holds the plain word.
    """

    TITLE = "title"
    DEK = "dek"
    BYLINE = "byline"
    CAPTION = "caption"
    BODY = "body"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    BLOCKQUOTE = "blockquote"
    TABLE = "table"
    BOILERPLATE = "boilerplate"


class Reason(_Words):
    """Why the classifier gave a block its label: the rule that decided it.

    Recorded on :attr:`newsparse.Decision.reason`, and on every dropped
    :attr:`newsparse.Block.reason`. Members are strings (``Reason.DUPLICATE ==
    "duplicate"``); plugins may add reasons of their own, as plain strings. The
    :doc:`/reference/reasons` page explains each one with an example.
    """

    # Boilerplate phrases (the built-in English phrase list).
    BANNER = "banner"
    NAVIGATION = "navigation"
    COOKIE = "cookie"
    NEWSLETTER = "newsletter"
    PAYWALL = "paywall"
    SHARE = "share"
    ADVERTISEMENT = "advertisement"
    RELATED = "related"
    COMMENTS = "comments"
    FOOTER = "footer"
    # Dropped by the page's layout.
    DUPLICATE = "duplicate"
    SHORT_LINE = "short-line"
    ASIDE = "aside"
    OUTSIDE_BODY = "outside-body"
    OUTSIDE_MAIN = "outside-main"
    LINKS = "links"
    DATE = "date"
    SITE_REPEAT = "site-repeat"
    EXTRA_TITLE = "extra-title"
    EXTRA_DEK = "extra-dek"
    BYLINE_UNNAMED = "byline-unnamed"
    NOT_A_CAPTION = "not-a-caption"
    EMPTY_SECTION = "empty-section"
    BOILERPLATE = "boilerplate"
    # Kept: the rule that found the block's part of the article.
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    BYLINE_BOX = "byline-box"
    TRAILER = "trailer"
    CREDIT = "credit"
    FIGURE = "figure"
    PROSE = "prose"
    PROSE_OUTSIDE_MAIN = "prose-outside-main"
    PROSE_EMBEDDED = "prose-embedded"
    SUBHEADING = "subheading"
    LIST = "list"
    ITEM_LIST = "item-list"


#: The kinds a :class:`Byline` can have.
BYLINE_KINDS = ("author", "source", "agency", "contributor", "editor", "photographer")

#: The kinds a :class:`Paragraph` can have.
PARAGRAPH_KINDS = ("paragraph", "heading", "list_item", "blockquote", "table")


def _check_span(instance: Span, attribute: attrs.Attribute, value: int) -> None:
    if value < 0:
        raise ValueError(f"span offsets must be >= 0, got {attribute.name}={value}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a text.

    ``text[span.start:span.end]`` is the text the span covers; :meth:`slice` does that.
    """

    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """Return this span moved ``offset`` characters to the right (left if negative)."""
        return Span(self.start + offset, self.end + offset)


class FrozenMap(Mapping):
    """A read-only, hashable mapping, used for the mappings inside frozen records.

    It compares equal to any mapping with the same items, so ``annotation.attributes ==
    {"rank": 1}`` works as expected.
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping | None = None, /, **kwargs: Any) -> None:
        self._data = dict(data or (), **kwargs)
        self._hash: int | None = None

    def __getitem__(self, key: Any) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(tuple(sorted((k, _hashable(v)) for k, v in self._data.items())))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"


def _hashable(value: Any) -> Any:
    if isinstance(value, dict | FrozenMap):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    return value


def _frozen_map(value: Mapping | None) -> FrozenMap:
    return value if isinstance(value, FrozenMap) else FrozenMap(value or {})


def _tuple(value: Iterable) -> tuple:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Byline:
    """A byline as written on the page, with the names it credits.

    Attributes:
        text: the line exactly as written (``"/ Source: Andrea Michell Reports"``).
        names: the people, agencies or shows it credits, as written (not "fixed").
        kind: ``"author"`` (people who wrote it), ``"source"`` (a show or outlet the story
            comes from), ``"agency"`` (a wire service such as AP or Reuters),
            ``"contributor"`` ("Additional reporting by", "X contributed to this report"),
            ``"editor"`` ("Edited by") or ``"photographer"`` ("Photographs by").
        span: where the line stands in :attr:`Article.source`.
    """

    text: str
    names: tuple[str, ...] = attrs.field(converter=_tuple, default=())
    kind: str = "author"
    span: Span


@attrs.frozen(kw_only=True)
class Dateline:
    """The place (and agency) that opens a wire story: ``"WASHINGTON (AP) —"``.

    Attributes:
        text: the dateline as written, including its closing dash.
        place: the place named, or None.
        agency: the agency in parentheses, or None.
        span: where it stands in :attr:`Article.source`.
    """

    text: str
    place: str | None = None
    agency: str | None = None
    span: Span


# -- Links, inline marks, tables and images (HTML input only) -----------------------------------
#: The kinds a :class:`Mark` can have.
MARK_KINDS = ("emphasis", "strong", "code")


@attrs.frozen
class Link:
    """A link inside a text: where its anchor stands and where it points.

    Attributes:
        span: the anchor's place in the text that holds the link (a paragraph's, caption's
            or the dek's own text, not :attr:`Article.source`).
        href: the target, made absolute against the page's URL (and its ``<base href>``).
    """

    span: Span
    href: str


@attrs.frozen
class Mark:
    """Inline markup inside a text: emphasis, strong emphasis or code.

    Attributes:
        span: the marked range of the text that holds it (as for :attr:`Link.span`).
        kind: ``"emphasis"`` (``<em>``, ``<i>``), ``"strong"`` (``<strong>``, ``<b>``) or
            ``"code"`` (``<code>``, ``<kbd>``, ``<samp>``, ``<tt>``).
    """

    span: Span
    kind: str


@attrs.frozen
class TableRow:
    """One row of a table paragraph.

    Attributes:
        cells: the texts of its cells, in order (an empty string for an empty cell).
        header: whether it is a header row (all its cells ``<th>``, or inside ``<thead>``).
    """

    cells: tuple[str, ...] = attrs.field(converter=_tuple)
    header: bool = False


@attrs.frozen(kw_only=True)
class Image:
    """An image of the article, as the page shows it.

    Attributes:
        src: its URL, absolute; taken from ``srcset`` or a lazy-loading attribute
            (``data-src`` ...) when ``src`` is missing or a placeholder.
        alt: its alternative text, or None when the page gives none.
        width: its width in pixels when the markup gives it, or None.
        height: its height in pixels when the markup gives it, or None.
        caption: the index in :attr:`Article.captions` of its caption, when the markup ties
            the two (``<figure>`` with ``<figcaption>``), or None.
    """

    src: str
    alt: str | None = None
    width: int | None = None
    height: int | None = None
    caption: int | None = None


# -- End of links, inline marks, tables and images -------------------------------------------


@attrs.frozen(kw_only=True)
class Caption:
    """A photo or video caption with its credit split off.

    Attributes:
        text: the caption without its credit.
        credit: the credit as written (``"(Photo by Jewel Samad/AFP/Getty Images)"``) or None.
        span: where the whole caption, credit included, stands in :attr:`Article.source`.
        links: the links inside :attr:`text` (HTML input only).
        image: the index in :attr:`Article.images` of the image it describes, when the
            markup ties the two, or None.
    """

    text: str
    credit: str | None = None
    span: Span
    links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple)
    image: int | None = None


@attrs.frozen(kw_only=True)
class Paragraph:
    """One block of the article body.

    Attributes:
        text: the paragraph's text.
        kind: ``"paragraph"``, ``"heading"``, ``"list_item"``, ``"blockquote"`` or ``"table"``.
        span: where it stands in :attr:`Article.source`.
        links: the links inside :attr:`text`, in order (HTML input only).
        marks: emphasis, strong emphasis and code inside :attr:`text`, in order (HTML input
            only).
        rows: for a ``"table"``, its rows; :attr:`text` is then the rows on lines, their
            cells separated by tabs.
    """

    text: str
    kind: str = "paragraph"
    span: Span
    links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple)
    marks: tuple[Mark, ...] = attrs.field(default=(), converter=_tuple)
    rows: tuple[TableRow, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class Block:
    """A block of the input that is not part of the article, kept with the reason.

    Attributes:
        text: the block's text.
        reason: a short machine-readable reason such as ``"banner"``, ``"duplicate"``,
            ``"navigation"``, ``"newsletter"``, ``"share"``, ``"cookie"``, ``"footer"`` or
            ``"advertisement"``.
        span: where it stands in :attr:`Article.source`.
    """

    text: str
    reason: str
    span: Span


@attrs.frozen(kw_only=True)
class Annotation:
    """One finding of an extractor plugin: an entity mention, a quote, a summary sentence.

    One closed class serves every plugin; what differs between them is ``kind``, ``label``,
    ``links`` and ``attributes``.

    Attributes:
        kind: what it is, e.g. ``"entity"``, ``"quote"``, ``"summary"``.
        label: a finer type within the kind (``"PERSON"``, ``"direct"``), or None.
        field: the text ``span`` indexes: ``"text"`` (:attr:`Article.text`, the default),
            ``"title"``, ``"dek"``, ``"captions[N]"`` (the N-th caption's text) or
            ``"captions[N].credit"`` (its credit); see :meth:`Article.field_text`.
        span: the annotated range of that text, or None for document-level findings.
        text: the annotated text (what ``span`` slices out), or None.
        score: a confidence or importance score, or None.
        links: named spans into the same field, e.g. a quote's ``"speaker"`` and ``"cue"``.
        attributes: JSON-able extra values, e.g. ``{"canonical": "Barack Obama"}``.
        extractor: the name of the extractor that produced it.
    """

    kind: str
    label: str | None = None
    field: str = "text"
    span: Span | None = None
    text: str | None = None
    score: float | None = None
    links: Mapping[str, Span] = attrs.field(factory=FrozenMap, converter=_frozen_map)
    attributes: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=_frozen_map)
    extractor: str = ""


@attrs.frozen(kw_only=True)
class ExtractorFailure:
    """An extractor that raised while annotating this article.

    Attributes:
        extractor: the extractor's name.
        plugin: the plugin that registered it.
        error: the exception's type name.
        message: the exception's message.
    """

    extractor: str
    plugin: str
    error: str
    message: str


@attrs.frozen(kw_only=True)
class ParseWarning:
    """Something about the input the caller may want to know: a record on the Article, not
    an exception (the Article is still returned).

    Attributes:
        code: what kind of warning: ``"decoding"`` when undecodable bytes were replaced
            with U+FFFD or the input's encoding was guessed; ``"language"`` when the
            article's text overruled the language the page states, or when the page gives
            for its language a value that names none (see :attr:`Article.stated_language`).
        message: what happened, in a sentence.
    """

    code: str
    message: str


@attrs.frozen(kw_only=True)
class Comment:
    """A reader's comment found on the page (collected with ``Parser(comments=True)``).

    Attributes:
        text: the comment's text: its lines as they stand in :attr:`Article.source`.
        author: the commenter's name when the page gives it, or None.
        date: the comment's date or time as written on the page ("March 5, 2024 at 6:34
            am"), or None.
        span: where the comment's text stands in :attr:`Article.source`.
    """

    text: str
    author: str | None = None
    date: str | None = None
    span: Span


def _join_body(article: Article) -> str:
    return "\n\n".join(p.text for p in article.body)


def _annotation_order(annotation: Annotation) -> tuple:
    span = annotation.span
    return (
        annotation.field != "text",
        annotation.field,
        span.start if span else -1,
        span.end if span else -1,
        annotation.kind,
        annotation.extractor,
    )


def _sorted_annotations(value: Iterable[Annotation]) -> tuple[Annotation, ...]:
    return tuple(sorted(value, key=_annotation_order))


@attrs.frozen(kw_only=True)
class Article:
    """A parsed news article. Immutable; build a changed copy with :func:`attrs.evolve`.

    Attributes:
        source: the text every segment span indexes: the input after newline normalisation
            (``\\r\\n`` and ``\\r`` become ``\\n``), or for HTML the visible text rendered
            from the page, one block per line.
        format: ``"text"`` or ``"html"``, the input format that was parsed.
        title: the headline, or None.
        title_span: where the headline stands in ``source``.
        authors: the people who wrote the article, unique, in reading order: the names of
            the author bylines, else those the page's metadata gives (JSON-LD, ``<meta
            name=author>``, microdata, rel=author), else the first link to an author's
            page. Agencies are in ``agencies``. When the page names no person, its credit
            as written: a newsroom ("TMZ Staff"), an agency or the publication.
        agencies: the wire services credited (bylines and dateline), e.g. ``("Reuters",)``.
        dek: the standfirst (sub-headline), or None.
        dek_span: where it stands in ``source`` (None when it comes from the metadata).
        dek_source: ``"visible"`` (a block of the page) or ``"metadata"`` (the page's
            description, which read as a standfirst), or None.
        bylines: the bylines, in page order.
        dateline: the dateline split from the first paragraph, or None.
        captions: photo captions with their credits, in page order.
        body: the article's paragraphs, headings and list items, in order.
        text: the body's texts joined by a blank line; plugin annotations index it.
        boilerplate: every block left out of the article, with the reason.
        annotations: plugin findings, ordered by field and span.
        errors: extractors that failed on this article.
        warnings: what the caller may want to know about the input (see
            :class:`ParseWarning`), e.g. that its encoding was guessed.
        url: the page's URL (given by the caller, or its canonical URL).
        published: the publication time (timezone-aware when the page states an offset):
            from the page's markup, else a visible date line, else the URL path; never
            later than ``modified``. None when nothing states it.
        modified: the last modification time, or None.
        site_name: the publication's name, or None.
        language: the article's language code, or None. A tag the markup states is
            given in its conventional case, with hyphens (``"en-US"`` for ``"en_us"``).
        language_source: where :attr:`language` comes from: ``"markup"`` (the page's
            ``lang`` attribute or metadata), ``"text"`` (detected from the article's text,
            see :func:`newsparse.language.detect_language`; also when it overrules what
            the markup states, see :attr:`stated_language`), or None when there is no
            language.
        stated_language: the language tag the page's markup states when the article's text
            is surely in another (:func:`newsparse.language.detect_misstated_language`):
            :attr:`language` is then the detected one, with source ``"text"``, and a
            :class:`ParseWarning` of code ``"language"`` says so. Also, as written, a
            value that names no language (``lang="x-default"``, an empty ``lang``) when
            the page states no other: :attr:`language` is then the detected one or None,
            and a warning says so. None otherwise (the markup's tag, when it stands, is
            :attr:`language` itself).
        description: the page's own summary (JSON-LD, OpenGraph or ``<meta>``), or None.
        image: the lead image's absolute URL, or None.
        tags: the page's tags or keywords.
        section: the section the page files the article under, or None.
        publisher: the publishing organisation's name, or None.
        jsonld: the page's JSON-LD objects as parsed, for plugins (not serialised).
        comments: the readers' comments, in page order (empty unless the Parser was
            built with ``comments=True``); their text is never part of the body.
        images: the article's images in reading order (HTML input only).
        dek_links: the links inside :attr:`dek` (HTML input only).
    """

    source: str = ""
    format: str = "text"
    title: str | None = None
    title_span: Span | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    dek: str | None = None
    dek_span: Span | None = None
    dek_source: str | None = None
    bylines: tuple[Byline, ...] = attrs.field(default=(), converter=_tuple)
    dateline: Dateline | None = None
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_tuple)
    body: tuple[Paragraph, ...] = attrs.field(default=(), converter=_tuple)
    text: str = attrs.field(default=attrs.Factory(_join_body, takes_self=True))
    boilerplate: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    annotations: tuple[Annotation, ...] = attrs.field(default=(), converter=_sorted_annotations)
    errors: tuple[ExtractorFailure, ...] = attrs.field(default=(), converter=_tuple)
    warnings: tuple[ParseWarning, ...] = attrs.field(default=(), converter=_tuple)
    url: str | None = None
    published: _dt.datetime | None = None
    modified: _dt.datetime | None = None
    site_name: str | None = None
    language: str | None = None
    language_source: str | None = None
    stated_language: str | None = None
    description: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    section: str | None = None
    publisher: str | None = None
    jsonld: tuple[Any, ...] = attrs.field(default=(), converter=_tuple, eq=False, repr=False)
    comments: tuple[Comment, ...] = attrs.field(default=(), converter=_tuple)
    # Links and images (HTML input only).
    images: tuple[Image, ...] = attrs.field(default=(), converter=_tuple)
    dek_links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple)

    def annotations_of(self, kind: str, *, label: str | None = None) -> tuple[Annotation, ...]:
        """Return the annotations of one ``kind`` (and ``label``, if given), in order."""
        return tuple(
            a
            for a in self.annotations
            if a.kind == kind and (label is None or a.label == label)
        )

    def paragraph_spans(self) -> tuple[Span, ...]:
        """Return where each body paragraph stands in :attr:`text` (not in ``source``)."""
        spans = []
        offset = 0
        for paragraph in self.body:
            spans.append(Span(offset, offset + len(paragraph.text)))
            offset += len(paragraph.text) + 2
        return tuple(spans)

    def field_text(self, field: str) -> str | None:
        """Return the text an annotation ``field`` names.

        Fields are ``"text"``, ``"title"``, ``"dek"``, ``"captions[N]"`` (the N-th caption's
        text) and ``"captions[N].credit"`` (its credit). None when the article has no such
        text.
        """
        if field == "text":
            return self.text
        if field == "title":
            return self.title
        if field == "dek":
            return self.dek
        if field.startswith("captions["):
            index, _, rest = field[len("captions[") :].partition("]")
            if not index.isdigit() or int(index) >= len(self.captions):
                return None
            caption = self.captions[int(index)]
            if rest == "":
                return caption.text
            if rest == ".credit":
                return caption.credit
        return None

    def segments(self) -> tuple[tuple[str, str, Span], ...]:
        """Return every segment of ``source`` as ``(role, text, span)``, in source order.

        Roles are ``"title"``, ``"dek"``, ``"byline"``, ``"dateline"``, ``"caption"``,
        ``"body"`` and ``"boilerplate"``. Together they account for every non-blank block
        of the input.
        """
        found: list[tuple[str, str, Span]] = []
        if self.title is not None and self.title_span is not None:
            found.append(("title", self.title, self.title_span))
        if self.dek is not None and self.dek_span is not None:
            found.append(("dek", self.dek, self.dek_span))
        found.extend(("byline", b.text, b.span) for b in self.bylines)
        if self.dateline is not None:
            found.append(("dateline", self.dateline.text, self.dateline.span))
        found.extend(("caption", c.span.slice(self.source), c.span) for c in self.captions)
        found.extend(("body", p.text, p.span) for p in self.body)
        found.extend(("boilerplate", b.text, b.span) for b in self.boilerplate)
        found.sort(key=lambda item: (item[2].start, item[2].end))
        return tuple(found)

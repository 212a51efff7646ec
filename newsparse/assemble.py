"""Turning labelled blocks into an Article: every block lands in exactly one place."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from . import _build
from . import patterns as P
from .classify import authors, facts, structure
from .data.bylines import POSTED_OPENERS
from .document import Decision, Document, InputBlock, Metadata
from .language import detect_article_language, detect_misstated_language
from .model import (
    Article,
    Block,
    Byline,
    Caption,
    Dateline,
    Label,
    Link,
    Paragraph,
    ParseWarning,
    Reason,
    Span,
)
from .richtext import RichText
from .text import source_offset, visible

_PARAGRAPH_KINDS: dict[str, str] = {
    Label.BODY: "paragraph",
    Label.HEADING: "heading",
    Label.LIST_ITEM: "list_item",
    Label.BLOCKQUOTE: "blockquote",
    Label.TABLE: "table",
}
# An <h1> a title opens with is the headline when it holds at least this share of the
# title's characters: the rest is a site's name or a section, shorter than the headline.
HEADING_MIN_SHARE = 0.5
# A block kept twice as the title or the dek: the first one is the article's.
_EXTRA: dict[str, str] = {Label.TITLE: Reason.EXTRA_TITLE, Label.DEK: Reason.EXTRA_DEK}


class _Parts:
    """What the blocks of one page become, gathered in one pass over them (private)."""

    __slots__ = (
        "body", "body_blocks", "boilerplate", "bylines", "caption_figures", "captions",
        "date_lines", "dateline", "dek", "dek_links", "dek_span", "metadata_names", "title",
        "title_block", "title_line", "title_span",
    )

    def __init__(self) -> None:
        self.title: str | None = None
        self.title_span: Span | None = None
        self.title_block = -1
        self.title_line = 0  # how many date lines stand above the headline
        self.dek: str | None = None
        self.dek_span: Span | None = None
        self.dek_links: tuple[Link, ...] = ()
        self.dateline: Dateline | None = None
        self.bylines: list[Byline] = []
        self.captions: list[Caption] = []
        self.caption_figures: dict[int, int] = {}  # {figure: index of its first kept caption}
        self.body: list[Paragraph] = []
        self.body_blocks: list[int] = []  # each body paragraph's block number
        self.boilerplate: list[Block] = []
        self.date_lines: list[str] = []
        self.metadata_names: list[str] | None = None

    def set_aside(self, text: str, reason: str, span: Span) -> None:
        """Keep a block out of the article, with its reason, in page order."""
        self.boilerplate.append(_build.block(text, reason, span))


def assemble(document: Document, decisions: Sequence[Decision]) -> Article:
    """Build the Article for ``document`` from one decision per block.

    What the page's markup says (``document.metadata``) fills gaps the visible text leaves:
    the names in a byline box that has no "By" and the title when no headline was found.
    """
    metadata = document.metadata
    rich = RichText(document.markup, document.url or metadata.url)
    parts = _place_blocks(document, decisions, rich)
    _check_headline(parts, document)
    _set_kicker_aside(parts, document, rich)
    _set_site_name_aside(parts, document)
    body = rich.tables(parts.body, parts.body_blocks, document.source)
    blocks = parts.body_blocks
    first = min(parts.title_block, blocks[0]) if blocks and parts.title_block >= 0 else (
        blocks[0] if blocks else -1)
    images, caption_image = rich.images(first, blocks[-1] if blocks else -1, parts.caption_figures)
    captions = [attrs.evolve(c, image=caption_image[i]) if i in caption_image else c
                for i, c in enumerate(parts.captions)]
    title, dek, dek_span = parts.title, parts.dek, parts.dek_span
    if title is None and metadata.title:
        # No visible headline: the page's own title, without a span (it is not in the text),
        # cut to the page's <h1> when the title is that heading with more after it.
        title = _heading_of_title(visible(metadata.title), document)
    language, language_source, stated_language = _language(metadata.language, title, dek, body)
    warnings = document.warnings + _language_warnings(metadata, language, stated_language)
    if stated_language is None and metadata.language is None:
        # A claim that names no language is kept where an overruled one is.
        stated_language = metadata.language_unread
    url = document.url or metadata.url
    fields = facts.article_facts(
        metadata, url=url, bylines=parts.bylines, dateline=parts.dateline, dek=dek, dek_span=dek_span,
        title=title, body_texts=[p.text for p in body[:8]],
        body_spans=[body[0].span, body[-1].span] if body else [], date_lines=parts.date_lines,
        headline_line=parts.title_line, title_span=parts.title_span, plain_text=document.format == "text",
        page_lines=[b.text for b in document.blocks],
        language=language,
    )
    if dek is not None and dek_span is not None and fields["dek_span"] != dek_span:
        # The visible "dek" was a date, credit or headline line: kept aside, not lost (also
        # when the page's description stands in for it as the dek).
        parts.set_aside(dek, Reason.EXTRA_DEK, dek_span)
        parts.boilerplate.sort(key=lambda b: b.span.start)
    return Article(
        source=document.source,
        format=document.format,
        title=title,
        title_span=parts.title_span,
        bylines=parts.bylines,
        dateline=parts.dateline,
        captions=captions,
        body=body,
        boilerplate=parts.boilerplate,
        url=url,
        site_name=metadata.site_name,
        language=language,
        language_source=language_source,
        stated_language=stated_language,
        warnings=warnings,
        images=images,
        dek_links=parts.dek_links,
        **fields,
    )


# The labels and reasons the loop below compares every block with. (Looking a member up on
# its enum class goes through the class's __getattr__ hook on Python 3.11: several times
# the cost of reading a module global, for each of the page's blocks.)
_BOILERPLATE, _TITLE, _DEK, _BYLINE, _CAPTION = (
    Label.BOILERPLATE, Label.TITLE, Label.DEK, Label.BYLINE, Label.CAPTION)
_DATE, _BOILERPLATE_REASON = Reason.DATE, Reason.BOILERPLATE
_POSTED_OPENERS = frozenset(POSTED_OPENERS)


def _place_blocks(document: Document, decisions: Sequence[Decision], rich: RichText) -> _Parts:
    """Put every block where its decision says: one part of the article, or set aside."""
    parts = _Parts()
    metadata = document.metadata
    # Most blocks of a page are boilerplate: they are set aside here, without a call per block.
    add_boilerplate, date_lines = parts.boilerplate.append, parts.date_lines
    marked = document.markup.marks if document.markup is not None else None
    # (A credit of the publication itself names its newsroom: "By The New York Times".)
    publication = facts.publication_names(metadata, document.url)
    date_lines_after_body = facts.DATE_LINES_AFTER_BODY
    for index, (block, decision) in enumerate(zip(document.blocks, decisions)):
        # Texts leave out invisible characters; spans index the source as it is.
        label, text, span = decision.label, visible(block.text), block.span
        if label == _BOILERPLATE:
            # Most blocks of a page: tested first.
            reason = decision.reason
            if reason == _DATE and marked and index in marked and not parts.body:
                # (Above the body only: below it, date lines with a marked name are the
                # cards of other stories and the comments' headers.)
                taken = _place_marked_byline(parts, block, rich.author_spans(index, block.text), metadata)
                _set_aside_around(parts, block, taken, reason)
            else:
                add_boilerplate(_build.block(text, reason or _BOILERPLATE_REASON, span))
            if reason == _DATE or len(parts.body) < date_lines_after_body:
                date_lines.append(text)
        elif label == _TITLE and parts.title is None:
            parts.title, parts.title_span, parts.title_block = text, span, index
            parts.title_line = len(date_lines)
        elif label == _DEK and parts.dek is None:
            parts.dek, parts.dek_span = text, span
            parts.dek_links = rich.inline(index, block.text)[0]
        elif label == _BYLINE:
            if facts.is_comment_header(text):
                # A commenter's header ("Bob says:") names a reader, not the author.
                parts.set_aside(text, Reason.COMMENTS, span)
                continue
            credit = facts.read_byline(text, _metadata_names(parts, metadata), publication)
            if credit is None:
                # A byline that names nobody is not one: a date line, or a label.
                parts.set_aside(text, Reason.BYLINE_UNNAMED, span)
            else:
                parts.bylines.append(Byline(text=text, names=credit[0], kind=credit[1], span=span))
            date_lines.append(text)
        elif label == _CAPTION:
            _place_caption(parts, index, block.text, text, span, rich)
        elif label in _PARAGRAPH_KINDS:
            _place_paragraph(parts, index, block.text, text, _PARAGRAPH_KINDS[label], span, rich)
        else:
            parts.set_aside(text, _EXTRA.get(label, decision.reason or _BOILERPLATE_REASON), span)
    return parts


def _metadata_names(parts: _Parts, metadata: Metadata) -> list[str]:
    """The authors the page's markup names, one name each (split once per page, when the
    first byline asks)."""
    if parts.metadata_names is None:
        parts.metadata_names = [n for raw in metadata.authors for n in authors.split_names(raw)]
    return parts.metadata_names


def _place_marked_byline(
    parts: _Parts, block: InputBlock, marked: list[tuple[int, int]], metadata: Metadata,
) -> list[tuple[int, int]]:
    """The byline of a date line that holds a name the markup marks as the author's.

    "Jane Doe 2020/03/03 10:00" set in one line from two inline elements is a date line;
    the element named for the author ("<span class=author-name>") gives the byline, with
    its own span, when its text names somebody. Returns the ``(start, end)`` offsets into
    the block's text that bylines took, in order and apart (an element nested in another
    named for the author gives no second byline over the same words).
    """
    taken: list[tuple[int, int]] = []
    for start, end in marked:
        if taken and start < taken[-1][1]:
            continue
        text = visible(block.text[start:end])
        if text.split(None, 1)[0].lower() in _POSTED_OPENERS:
            # "Veröffentlicht am", "Posted by": a date line's own words, in a box named for
            # the author's line.
            continue
        credit = facts.read_byline(text, _metadata_names(parts, metadata))
        if credit is not None:
            at = block.span.start
            parts.bylines.append(Byline(text=text, names=credit[0], kind=credit[1],
                                        span=_build.span(at + start, at + end)))
            taken.append((start, end))
    return taken


def _set_aside_around(parts: _Parts, block: InputBlock, taken: list[tuple[int, int]], reason: str) -> None:
    """Set aside what a date line holds besides the bylines taken from it (``taken``:
    offsets into its text, in order): the date and the words between the names, each
    piece with its own span, so that no part of the page is both a byline and
    boilerplate and none is lost."""
    raw, at, cut = block.text, block.span.start, 0
    for start, end in (*taken, (len(raw), len(raw))):
        piece = raw[cut:start]
        text = visible(piece)
        if text.strip():
            first = cut + len(piece) - len(piece.lstrip())
            last = cut + len(piece.rstrip())
            parts.set_aside(visible(raw[first:last]), reason, _build.span(at + first, at + last))
        cut = end


def _place_caption(parts: _Parts, index: int, raw: str, text: str, span: Span, rich: RichText) -> None:
    """A caption block: its text and credit, the figure it belongs to, its links."""
    found = structure.caption_parts(text)
    if found is None:
        # An advertisement label or a credit alone: it captions nothing.
        parts.set_aside(text, Reason.NOT_A_CAPTION, span)
        return
    figure = rich.figure(index)
    if figure is not None and figure not in parts.caption_figures:
        parts.caption_figures[figure] = len(parts.captions)
    links = _caption_links(rich.inline(index, raw)[0], text, found.text)
    parts.captions.append(Caption(text=found.text, credit=found.credit, span=span, links=links))


def _place_paragraph(
    parts: _Parts, index: int, raw: str, text: str, kind: str, span: Span, rich: RichText
) -> None:
    """A body block (``raw`` its text, ``text`` the visible part); the first paragraph gives
    up its dateline ("PARIS (AP) —") if it opens with one, or is the dateline whole when it
    holds nothing else."""
    kept_from = 0
    if not parts.body and parts.dateline is None and kind == "paragraph":
        alone = structure.parse_dateline(text, alone=True)
        if alone is not None:
            # A dateline set on a line of its own above the first paragraph ("CNN —").
            parts.dateline = Dateline(text=text, place=alone.place, agency=alone.agency, span=span)
            return
        found = structure.parse_dateline(text)
        if found is not None:
            # Spans count the source's characters, invisible ones included.
            cut = source_offset(raw, found.end)
            head = raw[:cut].rstrip()
            parts.dateline = Dateline(
                text=visible(head),
                place=found.place,
                agency=found.agency,
                span=Span(span.start, span.start + len(head)),
            )
            rest = raw[cut:]
            offset = cut + len(rest) - len(rest.lstrip())
            text, span = visible(rest.strip()), Span(span.start + offset, span.end)
            kept_from = offset
    links, marks = rich.inline(index, raw, kept_from)
    parts.body.append(_build.paragraph(text, kind, span, links, marks))
    parts.body_blocks.append(index)


def _check_headline(parts: _Parts, document: Document) -> None:
    """Set aside a "headline" that shares nothing with the page's own title: furniture in the
    headline's place (a login bar, the site's name), kept aside, not lost."""
    metadata = document.metadata
    title, span = parts.title, parts.title_span
    if title is None or span is None or not metadata.title:
        return
    context = " ".join([metadata.description or "", *(p.text for p in parts.body[:8])])
    if facts.headline_agrees(title, metadata.title, site_name=metadata.site_name, context=context):
        return
    parts.set_aside(title, Reason.EXTRA_TITLE, span)
    parts.boilerplate.sort(key=lambda b: b.span.start)
    parts.title = parts.title_span = None
    parts.title_block = -1


def _set_kicker_aside(parts: _Parts, document: Document, rich: RichText) -> None:
    """Keep a kicker printed in the headline's element ("Investitionen in IT-Sicherheit
    Cyber-Angriffe: ...") aside: one the markup names as a kicker (its separator with it),
    or words before the page's own title when that title is the headline without them."""
    span, page_title = parts.title_span, document.metadata.title
    if span is None:
        return
    raw = document.source[span.start : span.end]
    cut = _marked_kicker_end(raw, parts.title_block, rich)
    if cut is None and page_title:
        cut = facts.kicker_end(raw, page_title)
    if cut is None:
        return
    kicker = raw[:cut].rstrip()
    parts.set_aside(visible(kicker), Reason.EXTRA_TITLE, Span(span.start, span.start + len(kicker)))
    parts.boilerplate.sort(key=lambda b: b.span.start)
    parts.title = visible(raw[cut:].strip())
    parts.title_span = Span(span.start + cut, span.start + cut + len(raw[cut:].rstrip()))


def _set_site_name_aside(parts: _Parts, document: Document) -> None:
    """Take the site's name off the end of a visible headline ("EU-Taxonomie: … |
    Umweltbundesamt"): the part after the headline's last separator, when it names the
    publication (:func:`~newsparse.classify.authors.names_publication`) and at least
    :data:`~newsparse.classify.facts.PAGE_TITLE_MIN_WORDS` words stand before it."""
    span = parts.title_span
    if span is None:
        return
    raw = document.source[span.start : span.end]
    separators = list(P.HEADLINE_SITE_SEPARATOR.finditer(raw))
    if not separators:
        return
    last = separators[-1]
    head, tail = raw[: last.start()].rstrip(), raw[last.end() :].strip()
    if len(head.split()) < facts.PAGE_TITLE_MIN_WORDS or not tail:
        return
    if not authors.names_publication(tail, facts.publication_names(document.metadata, document.url)):
        return
    # The separator's match may open with the space before it: the span starts where the
    # stripped text does, so that it slices exactly the text set aside.
    start = last.start() + len(raw[last.start() :]) - len(raw[last.start() :].lstrip())
    end = len(raw.rstrip())
    parts.set_aside(visible(raw[start:end]), Reason.EXTRA_TITLE, Span(span.start + start, span.start + end))
    parts.boilerplate.sort(key=lambda b: b.span.start)
    parts.title = visible(head)
    parts.title_span = Span(span.start, span.start + len(head))


def _heading_of_title(title: str, document: Document) -> str:
    """``title`` (the page's own, used when no headline was found), or the text of an
    ``<h1>`` of the page that it opens with, when what follows in the title is the site's
    name or a section behind a separator ("注意喚起：IPA 独立行政法人 …", "Mouse launched。 |
    Sanwa Supply"). The heading must hold at least :data:`HEADING_MIN_SHARE` of the
    title: a short one ("News") is a label the title merely opens with."""
    for block in document.blocks:
        if block.tag != "h1":
            continue
        heading = visible(block.text)
        rest = title[len(heading) :].lstrip()
        if (rest and title.startswith(heading) and len(heading) >= HEADING_MIN_SHARE * len(title)
                and not rest[0].isalnum()):
            return heading
    return title


def _marked_kicker_end(raw: str, block: int, rich: RichText) -> int | None:
    """Where the headline starts after a kicker the markup names (its separator, ": " or
    " - ", with the kicker); None without one, or when the rest is not a headline of at
    least :data:`~newsparse.classify.facts.PAGE_TITLE_MIN_WORDS` words."""
    end = rich.kicker_end(block, raw) if block >= 0 else None
    if end is None:
        return None
    rest = raw[end:]
    start = end + len(rest) - len(rest.lstrip(P.KICKER_SEPARATORS))
    if len(raw[start:].split()) < facts.PAGE_TITLE_MIN_WORDS:
        return None
    return start


def _language(stated: str | None, title: str | None, dek: str | None,
              body: Sequence[Paragraph]) -> tuple[str | None, str | None, str | None]:
    """The article's language, where it comes from, and the markup's claim when the text
    overruled it: what the markup states, unless the body is surely in another language;
    else the text."""
    if stated is not None:
        found = detect_misstated_language(stated, [paragraph.text for paragraph in body])
        return (stated, "markup", None) if found is None else (found, "text", stated)
    found = detect_article_language(title, dek, (paragraph.text for paragraph in body))
    return found, None if found is None else "text", None


def _language_warnings(metadata: Metadata, language: str | None,
                       stated_language: str | None) -> tuple[ParseWarning, ...]:
    """The ``"language"`` warnings of an article: a stated language its text overruled, and
    a value the page gives for its language that names none."""
    warnings: tuple[ParseWarning, ...] = ()
    if stated_language is not None:
        warnings += (ParseWarning(code="language", message=f"the page states its language as "
                                  f"{stated_language!r}; its article's text is in {language!r}"),)
    if metadata.language_unread is not None:
        found = "" if language is None else f"; its language is taken to be {language!r}"
        warnings += (ParseWarning(code="language", message=f"the page states its language as "
                                  f"{metadata.language_unread!r}, which names no language{found}"),)
    return warnings


def _caption_links(links: tuple[Link, ...], text: str, caption_text: str) -> tuple[Link, ...]:
    """The links inside a caption's text, out of those of its whole block (``text``, credit
    included): links in the credit are left out."""
    if not links:
        return links
    start = text.find(caption_text)
    if start < 0:
        return ()
    end = start + len(caption_text)
    return tuple(Link(link.span.shift(-start), link.href) for link in links
                 if link.span.start >= start and link.span.end <= end)


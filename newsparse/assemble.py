"""Turning labelled blocks into an Article: every block lands in exactly one place."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from . import _build
from .classify import structure
from .data.invisible import source_offset, visible
from .document import Decision, Document
from .model import (
    Article,
    Block,
    Byline,
    Caption,
    Dateline,
    Label,
    Link,
    Paragraph,
    Reason,
    Span,
)
from .richtext import RichText

_PARAGRAPH_KINDS: dict[str, str] = {
    Label.BODY: "paragraph",
    Label.HEADING: "heading",
    Label.LIST_ITEM: "list_item",
    Label.BLOCKQUOTE: "blockquote",
    Label.TABLE: "table",
}
# A block kept twice as the title or the dek: the first one is the article's.
_EXTRA: dict[str, str] = {Label.TITLE: Reason.EXTRA_TITLE, Label.DEK: Reason.EXTRA_DEK}


def assemble(document: Document, decisions: Sequence[Decision]) -> Article:
    """Build the Article for ``document`` from one decision per block.

    What the page's markup says (``document.metadata``) fills gaps the visible text leaves:
    the names in a byline box that has no "By" and the title when no headline was found.
    """
    metadata = document.metadata
    rich = RichText(document.markup, document.url or metadata.url)
    body_blocks: list[int] = []  # each body paragraph's block number
    caption_figures: dict[int, int] = {}  # the figure of each kept caption: {figure: caption index}
    dek_links: tuple = ()
    title_block = -1
    title = title_span = dek = dek_span = dateline = None
    bylines: list[Byline] = []
    captions: list[Caption] = []
    body: list[Paragraph] = []
    boilerplate: list[Block] = []
    new_paragraph, new_block = _build.paragraph, _build.block
    for index, (block, decision) in enumerate(zip(document.blocks, decisions)):
        # Texts leave out invisible characters; spans index the source as it is.
        label, text, span = decision.label, visible(block.text), block.span
        if label == Label.BOILERPLATE:
            # Most blocks of a page: tested first.
            boilerplate.append(new_block(text, decision.reason or Reason.BOILERPLATE, span))
        elif label == Label.TITLE and title is None:
            title, title_span, title_block = text, span, index
        elif label == Label.DEK and dek is None:
            dek, dek_span = text, span
            dek_links = rich.inline(index, block.text)[0]
        elif label == Label.BYLINE:
            parts = structure.parse_byline(text)
            names, kind = (parts.names, parts.kind) if parts else ((), "author")
            if not names:
                names = _named_authors(text, metadata.authors)
            bylines.append(Byline(text=text, names=names, kind=kind, span=span))
        elif label == Label.CAPTION:
            caption = structure.split_caption(text)
            caption_text, credit = (caption.text, caption.credit) if caption is not None else (text, None)
            figure = rich.figure(index)
            if figure is not None and figure not in caption_figures:
                caption_figures[figure] = len(captions)
            captions.append(Caption(text=caption_text, credit=credit, span=span,
                                    links=_caption_links(rich.inline(index, block.text)[0], text, caption_text)))
        elif label in _PARAGRAPH_KINDS:
            kind = _PARAGRAPH_KINDS[label]
            kept_from = 0
            if not body and dateline is None and kind == "paragraph":
                found = structure.parse_dateline(text)
                if found is not None:
                    # Spans count the source's characters, invisible ones included.
                    raw = block.text
                    cut = source_offset(raw, found.end)
                    head = raw[:cut].rstrip()
                    dateline = Dateline(
                        text=visible(head),
                        place=found.place,
                        agency=found.agency,
                        span=Span(span.start, span.start + len(head)),
                    )
                    rest = raw[cut:]
                    offset = cut + len(rest) - len(rest.lstrip())
                    text, span = visible(rest.strip()), Span(span.start + offset, span.end)
                    kept_from = offset
            links, marks = rich.inline(index, block.text, kept_from)
            body.append(new_paragraph(text, kind, span, links, marks))
            body_blocks.append(index)
        else:
            boilerplate.append(new_block(text, _EXTRA.get(label, decision.reason or Reason.BOILERPLATE), span))
    body = rich.tables(body, body_blocks, document.source)
    first = min(title_block, body_blocks[0]) if body_blocks and title_block >= 0 else (
        body_blocks[0] if body_blocks else -1)
    images, caption_image = rich.images(first, body_blocks[-1] if body_blocks else -1, caption_figures)
    if caption_image:
        captions = [attrs.evolve(c, image=caption_image[i]) if i in caption_image else c
                    for i, c in enumerate(captions)]
    if title is None and metadata.title:
        # No visible headline: the page's own title, without a span (it is not in the text).
        title = visible(metadata.title)
    return Article(
        source=document.source,
        format=document.format,
        title=title,
        title_span=title_span,
        dek=dek,
        dek_span=dek_span,
        bylines=bylines,
        dateline=dateline,
        captions=captions,
        body=body,
        boilerplate=boilerplate,
        url=document.url or metadata.url,
        published=metadata.published,
        modified=metadata.modified,
        site_name=metadata.site_name,
        language=metadata.language,
        warnings=document.warnings,
        images=images,
        dek_links=dek_links,
    )


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


def _named_authors(text: str, authors: Sequence[str]) -> tuple[str, ...]:
    """The metadata authors a byline block names, in the block's order, as written there."""
    lowered = text.lower()
    found = []
    for author in authors:
        index = lowered.find(author.lower()) if author else -1
        if index >= 0:
            found.append((index, text[index : index + len(author)]))
    return tuple(name for _, name in sorted(found))

"""Turning labelled blocks into an Article: every block lands in exactly one place."""

from __future__ import annotations

from collections.abc import Sequence

from . import _build
from .classify import structure
from .data.language import LANGUAGE_SAMPLE_CHARS
from .document import Decision, Document
from .language import detect_language
from .model import (
    Article,
    Block,
    Byline,
    Caption,
    Dateline,
    Label,
    Paragraph,
    Reason,
    Span,
)

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
    title = title_span = dek = dek_span = dateline = None
    bylines: list[Byline] = []
    captions: list[Caption] = []
    body: list[Paragraph] = []
    boilerplate: list[Block] = []
    new_paragraph, new_block = _build.paragraph, _build.block
    for block, decision in zip(document.blocks, decisions):
        label, text, span = decision.label, block.text, block.span
        if label == Label.BOILERPLATE:
            # Most blocks of a page: tested first.
            boilerplate.append(new_block(text, decision.reason or Reason.BOILERPLATE, span))
        elif label == Label.TITLE and title is None:
            title, title_span = text, span
        elif label == Label.DEK and dek is None:
            dek, dek_span = text, span
        elif label == Label.BYLINE:
            parts = structure.parse_byline(text)
            names, kind = (parts.names, parts.kind) if parts else ((), "author")
            if not names:
                names = _named_authors(text, metadata.authors)
            bylines.append(Byline(text=text, names=names, kind=kind, span=span))
        elif label == Label.CAPTION:
            caption = structure.split_caption(text)
            if caption is not None:
                captions.append(Caption(text=caption.text, credit=caption.credit, span=span))
            else:
                captions.append(Caption(text=text, credit=None, span=span))
        elif label in _PARAGRAPH_KINDS:
            kind = _PARAGRAPH_KINDS[label]
            if not body and dateline is None and kind == "paragraph":
                found = structure.parse_dateline(text)
                if found is not None:
                    dateline = Dateline(
                        text=text[: found.end].rstrip(),
                        place=found.place,
                        agency=found.agency,
                        span=Span(span.start, span.start + len(text[: found.end].rstrip())),
                    )
                    rest = text[found.end :]
                    offset = found.end + len(rest) - len(rest.lstrip())
                    text, span = rest.strip(), Span(span.start + offset, span.end)
            body.append(new_paragraph(text, kind, span))
        else:
            boilerplate.append(new_block(text, _EXTRA.get(label, decision.reason or Reason.BOILERPLATE), span))
    if title is None and metadata.title:
        # No visible headline: the page's own title, without a span (it is not in the text).
        title = metadata.title
    language, language_source = _language(metadata.language, title, dek, body)
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
        language=language,
        language_source=language_source,
    )


def _language(stated: str | None, title: str | None, dek: str | None,
              body: Sequence[Paragraph]) -> tuple[str | None, str | None]:
    """The article's language and where it comes from: what the markup states, else the text.

    The text read is the body's first paragraphs; the headline and dek come first only
    when the body is too short to fill the detector's sample on its own.
    """
    if stated is not None:
        return stated, "markup"
    parts: list[str] = []
    size = 0
    for paragraph in body:
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
        parts.append(paragraph.text)
        size += len(paragraph.text) + 1
    if size < LANGUAGE_SAMPLE_CHARS:
        parts[:0] = [text for text in (title, dek) if text]
    found = detect_language("\n".join(parts))
    return found, None if found is None else "text"


def _named_authors(text: str, authors: Sequence[str]) -> tuple[str, ...]:
    """The metadata authors a byline block names, in the block's order, as written there."""
    lowered = text.lower()
    found = []
    for author in authors:
        index = lowered.find(author.lower()) if author else -1
        if index >= 0:
            found.append((index, text[index : index + len(author)]))
    return tuple(name for _, name in sorted(found))

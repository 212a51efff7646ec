"""Turning labelled blocks into an Article: every block lands in exactly one place."""

from __future__ import annotations

from collections.abc import Sequence

from . import _build
from .classify import authors, facts, structure
from .data.invisible import source_offset, visible
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
    date_lines: list[str] = []
    metadata_names: list[str] | None = None
    new_paragraph, new_block = _build.paragraph, _build.block
    for block, decision in zip(document.blocks, decisions):
        # Texts leave out invisible characters; spans index the source as it is.
        label, text, span = decision.label, visible(block.text), block.span
        if label == Label.BOILERPLATE:
            # Most blocks of a page: tested first.
            boilerplate.append(new_block(text, decision.reason or Reason.BOILERPLATE, span))
            if decision.reason == Reason.DATE or len(body) < facts.DATE_LINES_AFTER_BODY:
                date_lines.append(text)
        elif label == Label.TITLE and title is None:
            title, title_span = text, span
        elif label == Label.DEK and dek is None:
            dek, dek_span = text, span
        elif label == Label.BYLINE:
            if metadata_names is None:
                # Split once per page, when the first byline asks.
                metadata_names = [n for raw in metadata.authors for n in authors.split_names(raw)]
            credit = facts.read_byline(text, metadata_names)
            if credit is None:
                # A byline that names nobody is not one: a date line, or a label.
                boilerplate.append(new_block(text, Reason.BYLINE_UNNAMED, span))
                date_lines.append(text)
                continue
            bylines.append(Byline(text=text, names=credit[0], kind=credit[1], span=span))
            date_lines.append(text)
        elif label == Label.CAPTION:
            parts = structure.caption_parts(text)
            if parts is None:
                # An advertisement label or a credit alone: it captions nothing.
                boilerplate.append(new_block(text, Reason.NOT_A_CAPTION, span))
            else:
                captions.append(Caption(text=parts.text, credit=parts.credit, span=span))
        elif label in _PARAGRAPH_KINDS:
            kind = _PARAGRAPH_KINDS[label]
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
            body.append(new_paragraph(text, kind, span))
        else:
            boilerplate.append(new_block(text, _EXTRA.get(label, decision.reason or Reason.BOILERPLATE), span))
    if title is not None and title_span is not None and metadata.title and not facts.headline_agrees(
        title, metadata.title, site_name=metadata.site_name,
        context=" ".join([metadata.description or "", *(p.text for p in body[:8])]),
    ):
        # A "headline" that shares nothing with the page's own title is furniture in the
        # headline's place (a login bar, the site's name): kept aside, not lost.
        boilerplate.append(new_block(title, Reason.EXTRA_TITLE, title_span))
        boilerplate.sort(key=lambda b: b.span.start)
        title = title_span = None
    if title is None and metadata.title:
        # No visible headline: the page's own title, without a span (it is not in the text).
        title = visible(metadata.title)
    language, language_source = _language(metadata.language, title, dek, body)
    url = document.url or metadata.url
    fields = facts.article_facts(
        metadata, url=url, bylines=bylines, dateline=dateline, dek=dek, dek_span=dek_span,
        title=title, body_texts=[p.text for p in body[:8]],
        body_spans=[body[0].span, body[-1].span] if body else [], date_lines=date_lines,
        page_lines=[b.text for b in document.blocks],
        language=language,
    )
    if dek is not None and fields["dek"] is None:
        # The visible "dek" was a date, credit or headline line: kept aside, not lost.
        boilerplate.append(new_block(dek, Reason.EXTRA_DEK, dek_span))
        boilerplate.sort(key=lambda b: b.span.start)
    return Article(
        source=document.source,
        format=document.format,
        title=title,
        title_span=title_span,
        bylines=bylines,
        dateline=dateline,
        captions=captions,
        body=body,
        boilerplate=boilerplate,
        url=url,
        site_name=metadata.site_name,
        language=language,
        language_source=language_source,
        warnings=document.warnings,
        **fields,
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


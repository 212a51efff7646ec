"""Turning labelled blocks into an Article: every block lands in exactly one place."""

from __future__ import annotations

from collections.abc import Sequence

from .classify import facts, structure
from .document import Decision, Document
from .model import Article, Block, Byline, Caption, Dateline, Paragraph, Span

_PARAGRAPH_KINDS = {
    "body": "paragraph",
    "heading": "heading",
    "list_item": "list_item",
    "blockquote": "blockquote",
    "table": "table",
}


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
    new_paragraph, new_block = Paragraph.trusted, Block.trusted
    for block, decision in zip(document.blocks, decisions):
        label, text, span = decision.label, block.text, block.span
        if label == "boilerplate":
            # Most blocks of a page: tested first.
            boilerplate.append(new_block(text, decision.reason or "boilerplate", span))
            if decision.reason == "date" or len(body) < facts.DATE_LINES_AFTER_BODY:
                date_lines.append(text)
        elif label == "title" and title is None:
            title, title_span = text, span
        elif label == "dek" and dek is None:
            dek, dek_span = text, span
        elif label == "byline":
            credit = facts.read_byline(text, metadata.authors)
            if credit is None:
                # A byline that names nobody is not one: a date line, or a label.
                boilerplate.append(new_block(text, "byline-unnamed", span))
                date_lines.append(text)
                continue
            bylines.append(Byline(text=text, names=credit[0], kind=credit[1], span=span))
            date_lines.append(text)
        elif label == "caption":
            parts = structure.caption_parts(text)
            if parts is None:
                # An advertisement label or a credit alone: it captions nothing.
                boilerplate.append(new_block(text, "not-a-caption", span))
            else:
                captions.append(Caption(text=parts.text, credit=parts.credit, span=span))
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
            reason = decision.reason or "boilerplate"
            if label in ("title", "dek"):
                reason = f"extra-{label}"
            boilerplate.append(new_block(text, reason, span))
    if title is None and metadata.title:
        # No visible headline: the page's own title, without a span (it is not in the text).
        title = metadata.title
    url = document.url or metadata.url
    fields = facts.article_facts(
        metadata, url=url, bylines=bylines, dateline=dateline, dek=dek, dek_span=dek_span,
        title=title, body_texts=[p.text for p in body[:8]],
        body_spans=[body[0].span, body[-1].span] if body else [], date_lines=date_lines,
        page_lines=[b.text for b in document.blocks],
        language=metadata.language,
    )
    if dek is not None and fields["dek"] is None:
        # The visible "dek" was a date, credit or headline line: kept aside, not lost.
        boilerplate.append(new_block(dek, "extra-dek", dek_span))
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
        language=metadata.language,
        **fields,
    )

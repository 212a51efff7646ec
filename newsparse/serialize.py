"""The one place Articles become JSON and JSON becomes Articles again.

Spans are written as ``[start, end]`` pairs and datetimes as ISO 8601 strings. Reading back
what :func:`article_to_dict` wrote gives an equal Article. The page's raw JSON-LD objects
(:attr:`~newsparse.model.Article.jsonld`) are not written: they can be large, and plugins
read them from the Article itself.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from typing import Any

from .errors import SerializationError
from .model import (
    Annotation,
    Article,
    Block,
    Byline,
    Caption,
    Comment,
    Dateline,
    ExtractorFailure,
    Image,
    Link,
    Mark,
    Paragraph,
    ParseWarning,
    Span,
    TableRow,
)


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Span):
        return _span(value)
    return value


# -- Links, inline marks, tables and images --------------------------------------------------
# Links are {"span": [start, end], "href": ...}, marks {"span": [start, end], "kind": ...},
# table rows {"cells": [...], "header": bool}; images carry their fields by name.


def _links(links: tuple[Link, ...]) -> list[dict[str, Any]]:
    return [{"span": _span(link.span), "href": link.href} for link in links]


def _paragraph(p: Paragraph) -> dict[str, Any]:
    data: dict[str, Any] = {"text": p.text, "kind": p.kind, "span": _span(p.span), "links": _links(p.links),
                            "marks": [{"span": _span(m.span), "kind": m.kind} for m in p.marks]}
    if p.rows:
        data["rows"] = [{"cells": list(row.cells), "header": row.header} for row in p.rows]
    return data


def _image(image: Image) -> dict[str, Any]:
    return {"src": image.src, "alt": image.alt, "width": image.width, "height": image.height,
            "caption": image.caption}


def _read_links(values: Any) -> list[Link]:
    return [Link(_read_given_span(v["span"]), v["href"]) for v in values or ()]


def _read_paragraph(p: Mapping[str, Any]) -> Paragraph:
    return Paragraph(
        text=p["text"], kind=p.get("kind", "paragraph"), span=_read_given_span(p["span"]),
        links=_read_links(p.get("links")),
        marks=[Mark(_read_given_span(m["span"]), m["kind"]) for m in p.get("marks") or ()],
        rows=[TableRow(row["cells"], bool(row.get("header", False))) for row in p.get("rows") or ()],
    )


def _read_image(data: Mapping[str, Any]) -> Image:
    return Image(src=data["src"], alt=data.get("alt"), width=data.get("width"), height=data.get("height"),
                 caption=data.get("caption"))


# -- End of links, inline marks, tables and images -------------------------------------------


def annotation_to_dict(annotation: Annotation) -> dict[str, Any]:
    """Turn one annotation into JSON-able data."""
    return {
        "kind": annotation.kind,
        "label": annotation.label,
        "field": annotation.field,
        "span": _span(annotation.span),
        "text": annotation.text,
        "score": annotation.score,
        "links": {name: _span(span) for name, span in annotation.links.items()},
        "attributes": _plain(annotation.attributes),
        "extractor": annotation.extractor,
    }


def article_to_dict(article: Article, *, include_source: bool = True) -> dict[str, Any]:
    """Turn ``article`` into JSON-able data, its fields at top level.

    Args:
        article: the article.
        include_source: also write :attr:`Article.source` (needed to read the Article back;
            leave it out to save space when only the extracted fields matter).
    """
    data: dict[str, Any] = {
        "url": article.url,
        "format": article.format,
        "title": article.title,
        "title_span": _span(article.title_span),
        "authors": list(article.authors),
        "agencies": list(article.agencies),
        "published": _time(article.published),
        "modified": _time(article.modified),
        "dek": article.dek,
        "dek_span": _span(article.dek_span),
        "dek_source": article.dek_source,
        "bylines": [
            {"text": b.text, "names": list(b.names), "kind": b.kind, "span": _span(b.span)}
            for b in article.bylines
        ],
        "dateline": None
        if article.dateline is None
        else {
            "text": article.dateline.text,
            "place": article.dateline.place,
            "agency": article.dateline.agency,
            "span": _span(article.dateline.span),
        },
        "site_name": article.site_name,
        "publisher": article.publisher,
        "language": article.language,
        # Written only when known: an article without a language keeps the JSON it had.
        **({} if article.language_source is None else {"language_source": article.language_source}),
        # Written only when the text overruled the markup, likewise.
        **({} if article.stated_language is None else {"stated_language": article.stated_language}),
        "description": article.description,
        "image": article.image,
        "section": article.section,
        "tags": list(article.tags),
        "captions": [
            {"text": c.text, "credit": c.credit, "span": _span(c.span), "links": _links(c.links), "image": c.image}
            for c in article.captions
        ],
        "body": [_paragraph(p) for p in article.body],
        "text": article.text,
        "boilerplate": [
            {"text": b.text, "reason": b.reason, "span": _span(b.span)} for b in article.boilerplate
        ],
        "annotations": [annotation_to_dict(a) for a in article.annotations],
        "errors": [
            {"extractor": e.extractor, "plugin": e.plugin, "error": e.error, "message": e.message}
            for e in article.errors
        ],
        # Links and images.
        "dek_links": _links(article.dek_links),
        "images": [_image(i) for i in article.images],
    }
    if article.warnings:
        # Written only when there are some: most articles have none.
        data["warnings"] = [{"code": w.code, "message": w.message} for w in article.warnings]
    if article.comments:
        # Written only when collected (Parser(comments=True)) and found.
        data["comments"] = [
            {"text": c.text, "author": c.author, "date": c.date, "span": _span(c.span)}
            for c in article.comments
        ]
    if include_source:
        data["source"] = article.source
    return data


def article_to_json(article: Article, *, indent: int | None = None, include_source: bool = True) -> str:
    """Serialise ``article`` to a JSON string (see :func:`article_to_dict`)."""
    return dumps(article_to_dict(article, include_source=include_source), indent=indent)


# A lone surrogate can only stand inside a JSON string, where its escape means the same.
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # escapes, so the pattern itself stays ASCII


def dumps(value: Any, *, indent: int | None = None) -> str:
    """JSON text of ``value`` that can always be written as UTF-8.

    Characters stay as they are (not ``\\u`` escapes), except lone surrogates (U+D800 to
    U+DFFF), which no encoding can write: they are written as their ``\\ud800`` escapes, so
    a value read from JSON that held one (a URL or an id from a crawl record) is written
    back unchanged instead of failing the write. JSON has no NaN or infinity: a number
    that is not finite (in a field carried from a JSON Lines record that wrote ``NaN``, or
    a plugin's score) is written as ``null``, so that every reader of JSON can read the
    output (Python's own ``NaN`` token is not JSON).

    Args:
        value: anything :func:`json.dumps` takes.
        indent: as for :func:`json.dumps`.

    Returns:
        The JSON text.
    """
    try:
        text = json.dumps(value, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:  # a float that is not finite, somewhere inside
        text = json.dumps(_finite(value), ensure_ascii=False, indent=indent, allow_nan=False)
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def _finite(value: Any) -> Any:
    """``value`` with every float that is not finite replaced by None (in lists, tuples and
    dicts, however deep)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def _read_span(value: Any) -> Span | None:
    if value is None:
        return None
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise SerializationError(f"a span must be [start, end], not {value!r}")
    return Span(int(value[0]), int(value[1]))


def _read_given_span(value: Any) -> Span:
    # A span the record cannot do without (a byline's, a paragraph's ...).
    span = _read_span(value)
    if span is None:
        raise SerializationError("a span is required here, not null")
    return span


def _read_time(value: Any) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def annotation_from_dict(data: Mapping[str, Any]) -> Annotation:
    """Read one annotation written by :func:`annotation_to_dict`."""
    return Annotation(
        kind=data["kind"],
        label=data.get("label"),
        field=data.get("field", "text"),
        span=_read_span(data.get("span")),
        text=data.get("text"),
        score=data.get("score"),
        links={name: _read_span(span) for name, span in (data.get("links") or {}).items()},
        attributes=data.get("attributes") or {},
        extractor=data.get("extractor", ""),
    )


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """Read an Article from data written by :func:`article_to_dict`.

    Raises:
        SerializationError: the data does not describe a valid Article, or has spans but
            no ``source`` for them to index (written with ``include_source=False``).
    """
    try:
        dateline = data.get("dateline")
        article = Article(
            source=data.get("source", ""),
            format=data.get("format", "text"),
            url=data.get("url"),
            title=data.get("title"),
            title_span=_read_span(data.get("title_span")),
            authors=data.get("authors", ()),
            agencies=data.get("agencies", ()),
            dek=data.get("dek"),
            dek_span=_read_span(data.get("dek_span")),
            dek_source=data.get("dek_source"),
            bylines=[
                Byline(text=b["text"], names=b.get("names", ()), kind=b.get("kind", "author"),
                       span=_read_given_span(b["span"]))
                for b in data.get("bylines", ())
            ],
            dateline=None
            if dateline is None
            else Dateline(text=dateline["text"], place=dateline.get("place"),
                          agency=dateline.get("agency"), span=_read_given_span(dateline["span"])),
            published=_read_time(data.get("published")),
            modified=_read_time(data.get("modified")),
            site_name=data.get("site_name"),
            publisher=data.get("publisher"),
            language=data.get("language"),
            description=data.get("description"),
            image=data.get("image"),
            section=data.get("section"),
            tags=data.get("tags", ()),
            language_source=data.get("language_source"),
            stated_language=data.get("stated_language"),
            captions=[
                Caption(text=c["text"], credit=c.get("credit"), span=_read_given_span(c["span"]),
                        links=_read_links(c.get("links")), image=c.get("image"))
                for c in data.get("captions", ())
            ],
            body=[_read_paragraph(p) for p in data.get("body", ())],
            boilerplate=[
                Block(text=b["text"], reason=b["reason"], span=_read_given_span(b["span"]))
                for b in data.get("boilerplate", ())
            ],
            annotations=[annotation_from_dict(a) for a in data.get("annotations", ())],
            errors=[ExtractorFailure(**e) for e in data.get("errors", ())],
            warnings=[ParseWarning(code=w["code"], message=w["message"]) for w in data.get("warnings", ())],
            comments=[
                Comment(text=c["text"], author=c.get("author"), date=c.get("date"), span=_read_given_span(c["span"]))
                for c in data.get("comments", ())
            ],
            # Links and images.
            dek_links=_read_links(data.get("dek_links")),
            images=[_read_image(i) for i in data.get("images", ())],
        )
    except SerializationError:
        raise
    except (KeyError, TypeError, ValueError) as error:
        raise SerializationError(f"not a valid Article: {type(error).__name__}: {error}") from None
    if "text" in data and data["text"] != article.text:
        raise SerializationError("'text' does not match the body paragraphs joined by blank lines")
    if "source" not in data and _has_spans(article):
        raise SerializationError(
            "no 'source': every span indexes it, so the Article cannot be read back from JSON "
            "written without it (include_source=False, --no-source); read the fields as plain data"
        )
    return article


def _has_spans(article: Article) -> bool:
    # Whether any part of the article points into its source.
    return (
        article.title_span is not None
        or article.dek_span is not None
        or article.dateline is not None
        or any((article.bylines, article.captions, article.body, article.boilerplate, article.comments))
    )


def article_from_json(text: str | bytes) -> Article:
    """Read an Article from JSON written by :func:`article_to_json`.

    Raises:
        SerializationError: the JSON is malformed or does not describe a valid Article, or
            was written without its ``source`` (see :func:`article_from_dict`).
    """
    try:
        data = json.loads(text)
    except ValueError as error:
        raise SerializationError(f"invalid JSON: {error}") from None
    if not isinstance(data, dict):
        raise SerializationError("an Article is a JSON object")
    return article_from_dict(data)

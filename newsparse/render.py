"""Articles as plain text and Markdown, for people reading the command line's output."""

from __future__ import annotations

from .model import Article

_MARKDOWN_PREFIX = {"heading": "## ", "list_item": "- ", "blockquote": "> "}


def to_text(article: Article) -> str:
    """Render ``article`` as plain text: title, dek, bylines, dateline and body."""
    parts = []
    if article.title:
        parts.append(article.title)
    if article.dek:
        parts.append(article.dek)
    parts.extend(b.text for b in article.bylines)
    body = [p.text for p in article.body]
    if article.dateline is not None and body:
        body[0] = f"{article.dateline.text} {body[0]}"
    parts.extend(body)
    return "\n\n".join(parts)


def to_markdown(article: Article) -> str:
    """Render ``article`` as Markdown, captions as italic lines with their credits."""
    parts = []
    if article.title:
        parts.append(f"# {article.title}")
    if article.dek:
        parts.append(f"*{article.dek}*")
    if article.bylines:
        parts.append("  \n".join(b.text for b in article.bylines))
    for caption in article.captions:
        credit = f" ({caption.credit})" if caption.credit else ""
        parts.append(f"> *{caption.text}*{credit}")
    for index, paragraph in enumerate(article.body):
        text = paragraph.text
        if index == 0 and article.dateline is not None:
            text = f"**{article.dateline.text}** {text}"
        parts.append(_MARKDOWN_PREFIX.get(paragraph.kind, "") + text)
    return "\n\n".join(parts)

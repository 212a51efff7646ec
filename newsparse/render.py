"""Articles as plain text, Markdown and HTML, for people reading the command line's output.

Markdown and HTML keep what the page's markup gave (HTML input only): links, emphasis,
strong emphasis and code, tables, and the article's images with their captions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from html import escape

from .model import Article, Caption, Image, Link, Mark, Paragraph, TableRow

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


# -- Inline markup, shared by Markdown and HTML ---------------------------------------------------
#: One inline element to write: ``(start, end, opening, closing)``.
_Inline = tuple[int, int, str, str]


def _inline(text: str, items: Iterable[_Inline], write: Callable[[str], str],
            verbatim: Callable[[str], bool] = lambda opening: False) -> str:
    """``text`` with each item's opening and closing written around its span, the text
    between them passed through ``write`` (but written as it is inside an item whose
    opening ``verbatim`` accepts). Items that overlap without nesting are closed and opened
    again, so the result nests properly."""
    ordered = sorted((i for i in items if 0 <= i[0] < i[1] <= len(text)), key=lambda i: (i[0], -i[1]))
    if not ordered:
        return write(text)
    points = sorted({0, len(text)} | {i[0] for i in ordered} | {i[1] for i in ordered})
    out: list[str] = []
    stack: list[_Inline] = []
    following = 0
    previous = 0
    for point in points:
        piece = text[previous:point]
        out.append(piece if any(verbatim(item[2]) for item in stack) else write(piece))
        previous = point
        if any(item[1] <= point for item in stack):
            # Close down to the last item ending here; reopen those that go on.
            reopen = []
            while any(item[1] <= point for item in stack):
                item = stack.pop()
                out.append(item[3])
                if item[1] > point:
                    reopen.append(item)
            for item in reversed(reopen):
                out.append(item[2])
                stack.append(item)
        while following < len(ordered) and ordered[following][0] == point:
            item = ordered[following]
            following += 1
            out.append(item[2])
            stack.append(item)
    out.extend(item[3] for item in reversed(stack))
    return "".join(out)


# -- Markdown -------------------------------------------------------------------------------------
_MARKDOWN_MARKS = {"emphasis": "*", "strong": "**"}

#: Characters that Markdown reads as markup anywhere in a line: a backslash before them
#: keeps them as the page wrote them. An underscore inside a word ("snake_case") is
#: never emphasis, so only one at a word's edge is escaped; an ampersand only where it
#: would start a character reference ("&amp;" written as text would show as "&").
_MARKDOWN_SPECIAL = re.compile(r"[\\`*\[\]<]|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)")
#: What opens a block at the start of a line: a heading, a quote, a list item (bullet or
#: number), a thematic break or a setext underline ("---", "--"), a code fence ("~~~"; a
#: backtick fence is escaped inline) or a table row.
_MARKDOWN_BLOCK_START = re.compile(
    r"^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|-+(?=\s*$)|~~~|\d{1,9}(?=[.)](?:\s|$))|[=|])")


def _markdown_text(text: str) -> str:
    """``text`` with what Markdown would read as inline markup escaped."""
    return _MARKDOWN_SPECIAL.sub(lambda match: "\\" + match.group(), text)


def _markdown_block(text: str) -> str:
    """Escape what would open a block at the start of ``text`` (already escaped inline):
    "1. ", "# ", "- " written by the page stay text, not a list or a heading."""
    start = _MARKDOWN_BLOCK_START.match(text)
    if start is None:
        return text
    if start.group()[:1].isdigit():
        # "1\." : the full stop or bracket after the number is what makes it a list.
        return text[: start.end()] + "\\" + text[start.end():]
    return "\\" + text


#: A heading's closing sequence: a run of "#" after a space at its end, which Markdown
#: drops ("Breaking news #" would show as "Breaking news").
_MARKDOWN_HEADING_END = re.compile(r"(?<!\S)(?=#+\s*$)")


def _markdown_heading(text: str) -> str:
    """``text`` for an ATX heading line: escaped inline, and a trailing ``#`` run kept."""
    return _MARKDOWN_HEADING_END.sub("\\\\", _markdown_text(text), count=1)


def _markdown_lines(text: str) -> str:
    """``text`` with :func:`_markdown_block` applied to each of its lines."""
    return "\n".join(_markdown_block(line) for line in text.split("\n"))


#: What a link target cannot hold even between angle brackets, percent-encoded (the same
#: address to a browser).
_MARKDOWN_TARGET_ENCODED = str.maketrans({"<": "%3C", ">": "%3E", "\n": "%0A", "\r": "%0D", "\\": "%5C"})


def _markdown_target(href: str) -> str:
    # Angle brackets keep a target with spaces or parentheses in one piece.
    if not any(c in href for c in " ()<>\n\r\\\t"):
        return href
    return f"<{href.translate(_MARKDOWN_TARGET_ENCODED)}>"


def _markdown_code(code: str) -> tuple[str, str]:
    """The delimiters of a code span holding ``code``: one backtick more than its longest
    run of backticks, with a space inside when it starts or ends with one."""
    fence = "`" * (max((len(run) for run in re.findall("`+", code)), default=0) + 1)
    pad = " " if code[:1] == "`" or code[-1:] == "`" else ""
    return fence + pad, pad + fence


def _is_punctuation(char: str) -> bool:
    # CommonMark's punctuation: Unicode P and S categories.
    return unicodedata.category(char)[0] in "PS"


def _flanking(text: str, start: int, end: int) -> bool:
    """Whether ``*`` around ``text[start:end]`` would be read as emphasis (CommonMark's
    flanking rules): no space just inside, and punctuation just inside only with space or
    punctuation just outside."""
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if first.isspace() or last.isspace():
        return False
    if _is_punctuation(first) and not (before.isspace() or _is_punctuation(before)):
        return False
    return not (_is_punctuation(last) and not (after.isspace() or _is_punctuation(after)))


def _emphasis_spans(text: str, marks: tuple[Mark, ...], kind: str) -> list[tuple[int, int]]:
    """The spans of ``kind`` marks that Markdown can show: touching ones joined (``**a****b**``
    would read as neither), and those its delimiters cannot wrap left as plain text."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted((m.span.start, m.span.end) for m in marks if m.kind == kind):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return [(start, end) for start, end in spans if 0 <= start < end <= len(text) and _flanking(text, start, end)]


def _markdown_inline(text: str, links: tuple[Link, ...], marks: tuple[Mark, ...]) -> str:
    items = [(link.span.start, link.span.end, "[", f"]({_markdown_target(link.href)})") for link in links]
    items.extend((start, end, delimiter, delimiter)
                 for kind, delimiter in _MARKDOWN_MARKS.items()
                 for start, end in _emphasis_spans(text, marks, kind))
    items.extend((mark.span.start, mark.span.end, *_markdown_code(text[mark.span.start:mark.span.end]))
                 for mark in marks if mark.kind == "code")
    return _inline(text, items, _markdown_text, verbatim=lambda opening: opening.startswith("`"))


def _markdown_table(rows: tuple[TableRow, ...]) -> str:
    """A pipe table; without a header row, an empty one (pipe tables need a header)."""
    width = max(len(row.cells) for row in rows)

    def line(cells: Iterable[str]) -> str:
        cells = [_markdown_text(cell).replace("|", "\\|") for cell in cells]
        cells += [""] * (width - len(cells))
        return "| " + " | ".join(cells) + " |"

    header, rest = (rows[0].cells, rows[1:]) if rows[0].header else (("",) * width, rows)
    return "\n".join([line(header), line(["---"] * width), *(line(row.cells) for row in rest)])


def _markdown_image(image: Image, captions: tuple[Caption, ...]) -> str:
    alt = _markdown_text(image.alt or "")
    text = f"![{alt}]({_markdown_target(image.src)})"
    if image.caption is not None and image.caption < len(captions):
        text += "\n" + _markdown_caption(captions[image.caption])
    return text


def _markdown_caption(caption: Caption) -> str:
    credit = _markdown_text(caption.credit or "")
    if credit:
        credit = f" {credit}" if credit.startswith("(") else f" ({credit})"
    return f"> *{_markdown_inline(caption.text, caption.links, ())}*{credit}"


def to_markdown(article: Article) -> str:
    """Render ``article`` as Markdown.

    Images come before the body as image references, each followed by its caption;
    captions without an image are italic quoted lines with their credits. Links, emphasis,
    strong emphasis and code are kept inline, and tables are pipe tables. What the page
    wrote that Markdown would read as markup (``*``, ``[``, ``<``, ``&amp;`` and other
    character references, a ``1.``, ``#``, ``---`` or ``~~~`` opening a line, a ``#`` closing
    the title) is escaped with a backslash, so that the rendered text is the article's.
    """
    parts = []
    if article.title:
        parts.append(f"# {_markdown_heading(article.title)}")
    if article.dek:
        parts.append(f"*{_markdown_inline(article.dek, article.dek_links, ())}*")
    if article.bylines:
        parts.append("  \n".join(_markdown_lines(_markdown_text(b.text)) for b in article.bylines))
    parts.extend(_markdown_image(image, article.captions) for image in article.images)
    shown = {image.caption for image in article.images}
    parts.extend(_markdown_caption(c) for i, c in enumerate(article.captions) if i not in shown)
    for index, paragraph in enumerate(article.body):
        if paragraph.kind == "table" and paragraph.rows:
            parts.append(_markdown_table(paragraph.rows))
            continue
        text = _markdown_inline(paragraph.text, paragraph.links, paragraph.marks)
        if index == 0 and article.dateline is not None:
            text = f"**{_markdown_text(article.dateline.text)}** {text}"
        parts.append(_MARKDOWN_PREFIX.get(paragraph.kind, "") + _markdown_lines(text))
    return "\n\n".join(parts)


# -- HTML -----------------------------------------------------------------------------------------
_HTML_MARKS = {"emphasis": "em", "strong": "strong", "code": "code"}
_HTML_BLOCKS = {"paragraph": "p", "heading": "h2", "list_item": "li", "blockquote": "blockquote"}
#: A small style sheet inside the page, so that it needs nothing else to read well.
HTML_STYLE = (
    "body{font:1.1rem/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "h1{line-height:1.2}.dek{font-size:1.2rem;color:#555}.byline,.dateline,time{color:#666}"
    "figure{margin:1.5rem 0}img{max-width:100%;height:auto}figcaption{font-size:.9rem;color:#555}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}"
)


def _html_text(text: str) -> str:
    return escape(text, quote=False)


def _html_inline(text: str, links: tuple[Link, ...], marks: tuple[Mark, ...]) -> str:
    items = [(link.span.start, link.span.end, f'<a href="{escape(link.href)}">', "</a>") for link in links]
    items.extend((mark.span.start, mark.span.end, f"<{_HTML_MARKS[mark.kind]}>", f"</{_HTML_MARKS[mark.kind]}>")
                 for mark in marks if mark.kind in _HTML_MARKS)
    return _inline(text, items, _html_text)


def _html_table(rows: tuple[TableRow, ...]) -> str:
    out = ["<table>"]
    for row in rows:
        cell = "th" if row.header else "td"
        out.append("<tr>" + "".join(f"<{cell}>{_html_text(text)}</{cell}>" for text in row.cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _html_caption(caption: Caption) -> str:
    credit = f' <small class="credit">{_html_text(caption.credit)}</small>' if caption.credit else ""
    return f"<figcaption>{_html_inline(caption.text, caption.links, ())}{credit}</figcaption>"


def _html_figure(image: Image | None, caption: Caption | None) -> str:
    parts = ["<figure>"]
    if image is not None:
        size = "".join(f' {name}="{value}"' for name, value in (("width", image.width), ("height", image.height))
                       if value is not None)
        parts.append(f'<img src="{escape(image.src)}" alt="{escape(image.alt or "")}"{size}>')
    if caption is not None:
        parts.append(_html_caption(caption))
    parts.append("</figure>")
    return "".join(parts)


def _html_body(body: tuple[Paragraph, ...]) -> list[str]:
    out: list[str] = []
    in_list = False
    for paragraph in body:
        if paragraph.kind == "list_item" and not in_list:
            out.append("<ul>")
            in_list = True
        elif paragraph.kind != "list_item" and in_list:
            out.append("</ul>")
            in_list = False
        if paragraph.kind == "table" and paragraph.rows:
            out.append(_html_table(paragraph.rows))
            continue
        tag = _HTML_BLOCKS.get(paragraph.kind, "p")
        out.append(f"<{tag}>{_html_inline(paragraph.text, paragraph.links, paragraph.marks)}</{tag}>")
    if in_list:
        out.append("</ul>")
    return out


def to_html(article: Article) -> str:
    """Render ``article`` as a self-contained HTML page (a small style sheet inside, no
    script, nothing else to fetch but the images).

    The page holds the title, the dek, the bylines, the dateline, the date, the figures
    (images with their captions and credits, and captions without an image) and the body.
    The body is the ``<div class="body">``: its blocks' texts joined by blank lines are
    :attr:`~newsparse.Article.text` exactly (a table's rows on lines, its cells separated by
    tabs), with links, emphasis and code kept as elements.
    """
    lang = f' lang="{escape(article.language)}"' if article.language else ""
    title = _html_text(article.title or "")
    head = ["<header>"]
    if article.title:
        head.append(f"<h1>{title}</h1>")
    if article.dek:
        head.append(f'<p class="dek">{_html_inline(article.dek, article.dek_links, ())}</p>')
    head.extend(f'<p class="byline">{_html_text(b.text)}</p>' for b in article.bylines)
    if article.published is not None:
        stamp = article.published.isoformat()
        head.append(f'<p><time datetime="{escape(stamp)}">{_html_text(stamp)}</time></p>')
    if article.dateline is not None:
        head.append(f'<p class="dateline">{_html_text(article.dateline.text)}</p>')
    head.append("</header>")
    figures = [_html_figure(image, article.captions[image.caption] if image.caption is not None
                            and image.caption < len(article.captions) else None) for image in article.images]
    shown = {image.caption for image in article.images}
    figures.extend(_html_figure(None, c) for i, c in enumerate(article.captions) if i not in shown)
    return "\n".join([
        "<!DOCTYPE html>",
        f"<html{lang}>",
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{HTML_STYLE}</style></head>",
        "<body><article>",
        *head,
        *figures,
        '<div class="body">',
        *_html_body(article.body),
        "</div>",
        "</article></body>",
        "</html>",
    ]) + "\n"

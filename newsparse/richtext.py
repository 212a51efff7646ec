"""The article's links, inline marks, tables and images, from what the page's markup says.

The HTML loader records them for every block of the page (:class:`~newsparse.document.Markup`,
offsets into each block's text, URLs as written); :func:`newsparse.assemble.assemble` asks a
:class:`RichText` for the share of the blocks it keeps, so only those are resolved.
"""

from __future__ import annotations

from . import _build
from .data.markup import AUTHOR_MARK, KICKER_MARK
from .data.media import DEAD_HREF_SCHEMES
from .document import Markup
from .loaders.walk import image_record, marks_in_text
from .model import Image, Link, Mark, Paragraph, TableRow
from .text import visible
from .urls import as_browsers_read, join

_NONE: tuple = ()
#: Targets already absolute: most links, and resolving them would only cost time.
_ABSOLUTE = ("https://", "http://")


class RichText:
    """The links, marks, tables and images of one document, resolved on demand.

    Args:
        markup: what the loader recorded (None for plain text: then every answer is empty).
        url: the page's URL, which relative links and image sources are resolved against
            (after the page's ``<base href>``); None leaves them as written.
    """

    __slots__ = ("base", "markup")

    def __init__(self, markup: Markup | None, url: str | None) -> None:
        self.markup = markup
        base = url
        if markup is not None and markup.base:
            base = join(url, markup.base.strip())
        self.base = base

    def absolute(self, href: str | None) -> str | None:
        """``href`` made absolute against the page; None for a link that goes nowhere
        (empty, a bare ``#``, ``javascript:`` and the like)."""
        if href is None:
            return None
        href = href.strip()
        if href.startswith(_ABSOLUTE):
            return href
        # Read as a browser would: "java\tscript:" is a script link to it, and one kept
        # would run from the HTML newsparse renders.
        probe = as_browsers_read(href).lower().replace(" ", "")
        if not probe or probe == "#" or probe.startswith(DEAD_HREF_SCHEMES):
            return None
        return join(self.base, href)

    def inline(self, index: int, raw: str, start: int = 0, stop: int | None = None) -> tuple[
            tuple[Link, ...], tuple[Mark, ...]]:
        """The links and marks of block ``index`` inside the part of its text that is kept.

        Args:
            index: the block's number.
            raw: the block's text.
            start: where the kept part starts in ``raw`` (after a dateline; 0 otherwise).
            stop: where it stops (None: at the end).

        Returns:
            Links and marks with spans into ``visible(raw[start:stop])``, the kept text.
        """
        entry = self.markup.marks.get(index) if self.markup is not None else None
        if entry is None:
            return _NONE, _NONE
        marks = marks_in_text(entry, raw)
        part = raw[start:stop]
        length = len(part)
        # Invisible characters are left out of kept texts: count offsets without them.
        plain = visible(part) == part
        links, found = [], []
        for first, last, kind, href in marks:
            first, last = max(first - start, 0), min(last - start, length)
            if not plain:
                first, last = len(visible(part[:first])), len(visible(part[:last]))
            if first >= last:
                continue
            at = _build.span(first, last)
            if kind == "link":
                target = self.absolute(href)
                if target is not None:
                    links.append(_build.link(at, target))
            elif kind != AUTHOR_MARK and kind != KICKER_MARK:
                # (The author's and the kicker's marks say what a text is, not how it is set.)
                found.append(_build.mark(at, kind))
        return tuple(links), tuple(found)

    def author_spans(self, index: int, raw: str) -> list[tuple[int, int]]:
        """Where block ``index`` holds an inline element the page names as the author's.

        Args:
            index: the block's number.
            raw: the block's text.

        Returns:
            ``(start, end)`` offsets into ``raw``, in text order; empty for most blocks.
        """
        entry = self.markup.marks.get(index) if self.markup is not None else None
        if entry is None:
            return []
        return [(first, last) for first, last, kind, _ in marks_in_text(entry, raw) if kind == AUTHOR_MARK]

    def kicker_end(self, index: int, raw: str) -> int | None:
        """Where a kicker the page prints at the start of block ``index`` ends.

        Args:
            index: the block's number (the headline's).
            raw: the block's text.

        Returns:
            The offset into ``raw`` just after an inline element the page names as a
            kicker (:data:`~newsparse.data.markup.KICKER_HINTS`) that opens the block, or
            None when no such element opens it.
        """
        entry = self.markup.marks.get(index) if self.markup is not None else None
        if entry is None:
            return None
        for first, last, kind, _ in marks_in_text(entry, raw):
            if kind == KICKER_MARK and not raw[:first].strip():
                return last
        return None

    def figure(self, index: int) -> int | None:
        """The figure block ``index`` stands in, or None."""
        return self.markup.figures.get(index) if self.markup is not None else None

    def tables(self, body: list[Paragraph], blocks: list[int], source: str) -> list[Paragraph]:
        """``body`` with each run of paragraphs from one data table made one ``"table"``
        paragraph of rows; ``blocks`` gives each paragraph's block number. Paragraphs of the
        ``"table"`` kind that are not in a data table (cells of a layout table) become plain
        paragraphs."""
        cells = self.markup.cells if self.markup is not None else {}
        out: list[Paragraph] = []
        run: list[int] = []  # positions in ``body`` of the current table's paragraphs

        def close() -> None:
            if run:
                out.append(self._table([body[i] for i in run], [blocks[i] for i in run], cells, source))
                run.clear()

        for position, (paragraph, block) in enumerate(zip(body, blocks)):
            cell = cells.get(block)
            if cell is not None and run:
                last = blocks[run[-1]]
                if cells[last][0] != cell[0] or block != last + 1:
                    close()
            if cell is not None:
                run.append(position)
                continue
            close()
            if paragraph.kind == "table":
                paragraph = _build.paragraph(paragraph.text, "paragraph", paragraph.span, paragraph.links,
                                             paragraph.marks)
            out.append(paragraph)
        close()
        return out

    @staticmethod
    def _table(parts: list[Paragraph], blocks: list[int], cells: dict, source: str) -> Paragraph:
        # One table paragraph from consecutive cell paragraphs: its text is the source
        # between them, where the loader put tabs between cells and newlines between rows.
        first, last = parts[0].span, parts[-1].span
        raw = source[first.start:last.end]
        text = visible(raw)
        headers: dict[int, bool] = {}
        for block in blocks:
            _, row, _, header = cells[block]
            headers[row] = headers.get(row, True) and header
        rows = tuple(TableRow(tuple(line.split("\t")), header)
                     for line, header in zip(text.split("\n"), headers.values()))
        links: list[Link] = []
        marks: list[Mark] = []
        if raw == text:
            for part in parts:
                shift = part.span.start - first.start
                links.extend(Link(link.span.shift(shift), link.href) for link in part.links)
                marks.extend(Mark(mark.span.shift(shift), mark.kind) for mark in part.marks)
        return _build.paragraph(text, "table", _build.span(first.start, last.end), tuple(links), tuple(marks),
                                rows)

    def images(self, first: int, last_body: int, caption_figures: dict[int, int]) -> tuple[
            tuple[Image, ...], dict[int, int]]:
        """The article's images, and the first image of each captioned figure.

        An image is the article's when it stands between the article's first block (its
        title, or its first body block) and the end of its body; when it lies in the main
        container above that end; or when its figure's caption is kept.

        Args:
            first: the number of the article's first block, its title's or first body
                block's (-1: none).
            last_body: the number of the last block kept in the body (-1: none).
            caption_figures: the kept captions by figure: ``{figure: caption index}``.

        Returns:
            The images in page order (duplicates of one source once), and ``{caption index:
            image index}`` for the captions tied to an image.
        """
        if self.markup is None or not self.markup.images:
            return _NONE, {}
        found: list[Image] = []
        seen: set[str] = set()
        caption_image: dict[int, int] = {}
        for attrib, position, figure, in_main in self.markup.images:
            caption = caption_figures.get(figure) if figure >= 0 else None
            if caption is None and not (position <= last_body + 1 and (in_main or 0 <= first <= position)):
                continue
            record = image_record(attrib)
            if record is None:
                continue
            src, alt, width, height = record
            target = self.absolute(src)
            if target is None or target in seen:
                continue
            seen.add(target)
            if caption is not None and caption not in caption_image:
                caption_image[caption] = len(found)
            found.append(Image(src=target, alt=alt, width=width, height=height, caption=caption))
        return tuple(found), caption_image

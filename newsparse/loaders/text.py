"""Plain text (crawler output, WET records) to blocks: one block per non-blank line."""

from __future__ import annotations

from .. import _build
from ..document import Document, InputBlock


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``; every span indexes the result."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_text(text: str, *, url: str | None = None) -> Document:
    """Split plain text into blocks, one per non-blank line, trimmed of surrounding space.

    ``text`` must already have normalised newlines (see :func:`normalize_newlines`).
    """
    blocks: list[InputBlock] = []
    append, block, span = blocks.append, _build.text_block, _build.span
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            # Most lines have no leading space; otherwise the first occurrence of the
            # stripped line is where it starts (it begins with a non-space character).
            start = position if line[0] == stripped[0] else position + line.index(stripped)
            append(block(stripped, span(start, start + len(stripped))))
        position += len(line) + 1
    return Document(source=text, blocks=tuple(blocks), format="text", url=url)

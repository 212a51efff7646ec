"""HTML pages to blocks (not available yet)."""

from __future__ import annotations

from ..document import Document
from ..errors import UnsupportedInput


def load_html(source: str | bytes, *, url: str | None = None, encoding: str | None = None) -> Document:
    """Load an HTML page into blocks."""
    raise UnsupportedInput("HTML input is not supported yet; pass the page's visible text")

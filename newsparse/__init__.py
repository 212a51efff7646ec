"""newsparse: parse scraped news articles into clean, structured, explainable records."""

from .errors import (
    DecodingError,
    ExtractorError,
    InputTooLarge,
    NewsparseError,
    PluginError,
    SerializationError,
    UnsupportedInput,
)
from .hookspecs import hookimpl
from .model import (
    Annotation,
    Article,
    Block,
    Byline,
    Caption,
    Dateline,
    ExtractorFailure,
    Paragraph,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "Annotation",
    "Article",
    "Block",
    "Byline",
    "Caption",
    "Dateline",
    "DecodingError",
    "ExtractorError",
    "ExtractorFailure",
    "InputTooLarge",
    "NewsparseError",
    "Paragraph",
    "PluginError",
    "SerializationError",
    "Span",
    "UnsupportedInput",
    "hookimpl",
]

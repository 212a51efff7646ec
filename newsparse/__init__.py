"""newsparse: parse scraped news articles into clean, structured, explainable records."""

from . import text as text  # newsparse.text.sentences: the splitter plugins share
from .errors import (
    DecodingError,
    ExtractorError,
    InputTooComplex,
    InputTooLarge,
    NewsparseError,
    PluginError,
    SerializationError,
    UnsupportedInput,
)
from .document import Decision, Document, InputBlock
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
from .parser import Explanation, Parser, parse
from .serialize import article_from_dict, article_from_json, article_to_dict, article_to_json

__version__ = "0.1.0"

__all__ = [
    "Decision",
    "Document",
    "Explanation",
    "InputBlock",
    "Parser",
    "parse",
    "article_from_dict",
    "article_from_json",
    "article_to_dict",
    "article_to_json",
    "Annotation",
    "Article",
    "Block",
    "Byline",
    "Caption",
    "Dateline",
    "DecodingError",
    "ExtractorError",
    "ExtractorFailure",
    "InputTooComplex",
    "InputTooLarge",
    "NewsparseError",
    "Paragraph",
    "PluginError",
    "SerializationError",
    "Span",
    "UnsupportedInput",
    "hookimpl",
]

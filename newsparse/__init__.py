"""newsparse: parse scraped news articles into clean, structured, explainable records."""

from .errors import (
    DecodingError,
    EmptyInput,
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
    Image,
    Label,
    Link,
    Mark,
    Paragraph,
    ParseWarning,
    Reason,
    Span,
    TableRow,
)
from .parser import Explanation, Parser, parse
from .phrasebook import PhrasePack
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
    "EmptyInput",
    "ExtractorError",
    "ExtractorFailure",
    "Image",
    "InputTooComplex",
    "InputTooLarge",
    "Label",
    "Link",
    "Mark",
    "NewsparseError",
    "Paragraph",
    "ParseWarning",
    "PhrasePack",
    "PluginError",
    "Reason",
    "SerializationError",
    "Span",
    "TableRow",
    "UnsupportedInput",
    "hookimpl",
]

"""newsparse: parse scraped news articles into clean, structured, explainable records."""

from . import text as text  # newsparse.text.sentences: the splitter plugins share
from .document import Decision, Document, InputBlock
from .errors import (
    DecodingError,
    EmptyInput,
    ExtractorError,
    InputNotFound,
    InputTooComplex,
    InputTooLarge,
    NewsparseError,
    PluginError,
    SerializationError,
    UnreadableInput,
    UnsupportedInput,
)
from .hookspecs import hookimpl
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
    "Annotation",
    "Article",
    "Block",
    "Byline",
    "Caption",
    "Comment",
    "Dateline",
    "Decision",
    "DecodingError",
    "Document",
    "EmptyInput",
    "Explanation",
    "ExtractorError",
    "ExtractorFailure",
    "Image",
    "InputBlock",
    "InputNotFound",
    "InputTooComplex",
    "InputTooLarge",
    "Label",
    "Link",
    "Mark",
    "NewsparseError",
    "Paragraph",
    "ParseWarning",
    "Parser",
    "PhrasePack",
    "PluginError",
    "Reason",
    "SerializationError",
    "Span",
    "TableRow",
    "UnreadableInput",
    "UnsupportedInput",
    "article_from_dict",
    "article_from_json",
    "article_to_dict",
    "article_to_json",
    "hookimpl",
    "parse",
]

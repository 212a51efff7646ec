"""Every error newsparse raises on purpose.

Callers can catch :class:`NewsparseError` to handle anything the library rejects; the
subclasses say what kind of problem it was.
"""

from __future__ import annotations

import errno
import os


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class UnsupportedInput(NewsparseError):
    """The input is of a kind newsparse does not parse (binary data, an unknown format)."""


class EmptyInput(NewsparseError):
    """The input holds no text: it is empty, or only whitespace (a byte order mark alone
    counts as empty)."""


class UnreadableInput(NewsparseError, OSError):
    """A file named as the input cannot be read (it is a folder, or not readable).

    Also an :class:`OSError`, so that code catching the error ``open()`` raises still
    catches it. Build one from that error with :meth:`from_os_error`.

    Attributes:
        errno: the operating system's error number.
        strerror: its message, e.g. ``"Permission denied"``.
        filename: the path that cannot be read.
    """

    def __str__(self) -> str:
        return f"cannot read {self.filename!r}: {self.strerror}"

    @staticmethod
    def from_os_error(path: str | os.PathLike[str], error: OSError) -> UnreadableInput:
        """The error that says ``path`` cannot be read, from the ``error`` reading it raised.

        Returns:
            An :class:`InputNotFound` when the file does not exist, an
            :class:`UnreadableInput` otherwise.
        """
        kind = InputNotFound if isinstance(error, FileNotFoundError) else UnreadableInput
        number = error.errno
        if number is None and kind is InputNotFound:
            # Some readers (fastwarc) raise it with a message of their own and no number.
            number = errno.ENOENT
        message = error.strerror or (os.strerror(number) if number is not None else str(error))
        return kind(number, message, os.fspath(path))


class InputNotFound(UnreadableInput, FileNotFoundError):
    """The file named as the input does not exist.

    Also a :class:`FileNotFoundError`, so that ``except FileNotFoundError`` still catches it.
    """


class InputTooLarge(NewsparseError):
    """The input is larger than the configured limit.

    Attributes:
        size: the size of the input, in characters or bytes.
        limit: the configured limit it exceeded.
    """

    def __init__(self, size: int, limit: int, unit: str = "characters") -> None:
        self.size = size
        self.limit = limit
        self.unit = unit
        super().__init__(self.message())

    def message(self, setting: str = "Parser(max_input_size=...)") -> str:
        """What was too large, and the ``setting`` that raises the limit (the command line
        names its option instead).

        Args:
            setting: how the reader of the message raises the limit.

        Returns:
            The message, in a sentence.
        """
        return (f"input of {self.size:,} {self.unit} is larger than the limit of {self.limit:,}"
                f" {self.unit} (raise it with {setting})")


class InputTooComplex(UnsupportedInput):
    """The input is within the size limit but its structure exceeds a limit of the parser.

    For example, libxml2 reporting that it stopped reading a page at one of its resource
    limits (see :data:`newsparse.limits.MAX_HTML_DEPTH`): the page is refused rather than
    returned cut short. The HTML loader builds no tree, so real pages, however deep, do not
    meet it.

    Attributes:
        what: what was measured, e.g. ``"attributes on one element"``.
        count: how many the input has (at least).
        limit: the limit it exceeded.
    """

    def __init__(self, what: str, count: int, limit: int, detail: str = "") -> None:
        self.what = what
        self.count = count
        self.limit = limit
        super().__init__(f"the input has {count:,} {what}, more than the limit of {limit:,}{detail}")


class DecodingError(NewsparseError):
    """Bytes could not be decoded to text with the declared or detected encoding."""


class SerializationError(NewsparseError):
    """A JSON document does not describe a valid Article."""


class PluginError(NewsparseError):
    """A plugin could not be loaded, or its extractors are inconsistent.

    Raised for duplicate extractor names, missing requirements, dependency cycles, and,
    in strict mode, for plugins that fail to import.
    """


class ExtractorError(NewsparseError):
    """An extractor raised while annotating an article (only raised when asked to).

    Attributes:
        extractor: the name of the extractor that failed.
    """

    def __init__(self, extractor: str, message: str) -> None:
        self.extractor = extractor
        super().__init__(f"extractor {extractor!r} failed: {message}")

"""Reading the source a caller hands over: text, bytes, a path, or a binary file.

A ``str`` is the article itself. A one-line ``str`` that names an existing file, or that is
a URL, is refused with a message saying what to pass instead: parsing the path or URL as
the article's text would return an empty Article without a word.
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import InputTooLarge, NewsparseError, UnreadableInput, UnsupportedInput

# A file name longer than this is not looked up (file systems allow 4,096 bytes a path).
_MAX_PATH_CHARS = 4096


def read_source(source: Any, max_size: int) -> str | bytes:
    """Read ``source`` into the text or bytes to load.

    Args:
        source: ``str`` (the text itself), ``bytes``, ``bytearray`` or ``memoryview``, an
            :class:`os.PathLike` (the file is read), or a binary file object (read to its
            end).
        max_size: the largest input accepted, in characters for ``str`` and bytes otherwise.

    Returns:
        The ``str`` as it is, or the bytes.

    Raises:
        UnsupportedInput: a one-line ``str`` that names a file or is a URL.
        InputTooLarge: the input is larger than ``max_size``.
        NewsparseError: the source is of another type, or the file cannot be read.
    """
    if isinstance(source, str):
        _check_not_a_name(source)
        data: str | bytes = source
    elif isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, os.PathLike):
        data = _read_path(source, max_size)
    elif callable(getattr(source, "read", None)):
        # One byte more than the limit is enough to tell the input is too large.
        data = source.read(max_size + 1)
        if isinstance(data, bytearray | memoryview):
            data = bytes(data)
        if not isinstance(data, str | bytes):
            raise NewsparseError(f"read() of the source returned {type(data).__name__}, not bytes")
    else:
        raise NewsparseError(
            f"source must be str, bytes, a path or a binary file, not {type(source).__name__}"
        )
    if len(data) > max_size:
        unit = "characters" if isinstance(data, str) else "bytes"
        raise InputTooLarge(len(data), max_size, unit)
    return data


def _read_path(path: os.PathLike, max_size: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_size:
                raise InputTooLarge(size, max_size, "bytes")
            return handle.read(max_size + 1)
    except OSError as error:
        raise UnreadableInput.from_os_error(path, error) from None


def _check_not_a_name(text: str) -> None:
    # A one-line str that is a URL or names a file was meant as a reference to the article.
    if "\n" in text or "\r" in text:
        return
    name = text.strip()
    if name[:8].lower().startswith(("http://", "https://")):
        raise UnsupportedInput(
            f"the source is a URL ({name[:100]!r}), and newsparse does not fetch pages: download"
            " the page and pass its bytes (with url=... to record where it came from)"
        )
    if name and len(name) <= _MAX_PATH_CHARS and os.path.isfile(name):
        raise UnsupportedInput(
            f"the source names a file ({name[:100]!r}); a str is parsed as the article itself:"
            " pass pathlib.Path(...) to parse the file, or its bytes"
        )

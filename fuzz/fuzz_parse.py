"""Coverage-guided fuzzing of newsparse's text and HTML parsing with atheris.

The first byte of each input picks the format (``auto``, ``text`` or ``html``) and whether
the document is passed as ``bytes`` or as ``str`` (see :func:`decode_input`); the rest is
the document. A run fails on any exception other than :class:`newsparse.NewsparseError`,
on a broken Article invariant (:func:`newsparse.testing.check_article`), and on any input
that takes longer than libFuzzer's ``-timeout``.

Run (see ``fuzz/README.md``)::

    python fuzz/fuzz_parse.py fuzz/corpus -atheris_runs=500000 -timeout=10 -max_len=16384

Environment:
    NEWSPARSE_FUZZ_FORMATS: comma-separated formats to exercise (default
        ``auto,text,html``).
    NEWSPARSE_FUZZ_PLUGINS: ``1`` also runs every installed plugin's extractors
        (slower). An extractor's failure is recorded on the Article
        (:attr:`newsparse.Article.errors`) rather than raised, so the target fails on a
        non-empty ``errors`` too.
"""

from __future__ import annotations

import contextlib
import os
import sys
from importlib.metadata import entry_points

try:
    import atheris
except ImportError:  # replaying the corpus (tests/test_hostile_regressions.py) needs no fuzzer
    atheris = None

PLUGINS = os.environ.get("NEWSPARSE_FUZZ_PLUGINS") == "1"
# With plugins on, their packages are instrumented too, so coverage guides the fuzzer into
# the extractors and not only into the core.
INSTRUMENTED = ["newsparse"] + (
    sorted({ep.module.partition(".")[0] for ep in entry_points(group="newsparse")}) if PLUGINS else []
)

with atheris.instrument_imports(include=INSTRUMENTED) if atheris is not None else contextlib.nullcontext():
    import newsparse
    from newsparse.testing import check_article

    FORMATS = tuple(
        f.strip() for f in os.environ.get("NEWSPARSE_FUZZ_FORMATS", "auto,text,html").split(",") if f.strip()
    )
    PARSER = newsparse.Parser(load_entrypoints=PLUGINS)


def decode_input(data: bytes) -> tuple[str, str | bytes]:
    """Split a fuzzer input into a format and a document.

    The first byte is the mode: ``mode % 4`` picks the format from :data:`FORMATS`
    (cycling when fewer are enabled) and ``mode // 4 % 3`` the kind of document: the rest
    as ``bytes``; the rest decoded as UTF-8 with ``surrogateescape`` (invalid bytes become
    lone surrogates, as in a ``str`` read by Python's own file handling); or the rest read
    as arbitrary code points by :class:`atheris.FuzzedDataProvider` (the only kind that
    needs atheris).

    Args:
        data: the raw fuzzer input.

    Returns:
        ``(format, source)``: the format to parse with and the document.
    """
    mode = data[0] if data else 0
    fmt = FORMATS[(mode % 4) % len(FORMATS)]
    kind = mode // 4 % 3
    if kind == 0:
        return fmt, data[1:]
    if kind == 1:
        return fmt, data[1:].decode("utf-8", "surrogateescape")
    provider = atheris.FuzzedDataProvider(data[1:])
    return fmt, provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())


def TestOneInput(data: bytes) -> None:
    """Parse one fuzzer input; raise on anything but a clean result or a NewsparseError.

    Args:
        data: the raw fuzzer input.
    """
    fmt, source = decode_input(data)
    try:
        article = PARSER.parse(source, format=fmt)
    except newsparse.NewsparseError as error:
        assert str(error), f"{type(error).__name__} without a message"
        return
    check_article(article)
    assert not article.errors, f"extractor failures: {article.errors!r}"


def main() -> None:
    """Start atheris on :func:`TestOneInput` with the command-line arguments."""
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

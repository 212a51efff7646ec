"""Write the seed corpus of ``fuzz_parse.py`` from the hostile test fixtures.

Each fixture becomes one seed per mode byte that matters (format x kind, see
:func:`fuzz_parse.decode_input`), plus a few hand-written edge cases. Seeds are kept
small: the fuzzer grows its own corpus from them.

Usage::

    python fuzz/make_corpus.py            # writes fuzz/corpus/
"""

from __future__ import annotations

import hashlib
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent
FIXTURES = ROOT.parent / "tests" / "fixtures" / "hostile"
CORPUS = ROOT / "corpus"
#: Mode bytes: formats auto/text/html (0, 1, 2) as bytes (+0) and as str (+4: UTF-8 with
#: surrogateescape).
MODES = (0, 1, 2, 4, 5, 6)
EXTRA = (
    b"",
    b"   \n\t\r\n",
    b"\x00\x00\x00\x00",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
    b"<" * 64,
    b"<div>" * 64,
    b"By " * 40,
    b"(Photo " * 30,
    "\u201c".encode() * 40,
    b"WASHINGTON (AP) \xe2\x80\x94 " * 8,
    b"<![CDATA[" * 20 + b"<!--" * 20,
)


def seeds() -> dict[str, bytes]:
    """Return the seed inputs, keyed by a file name derived from their content."""
    documents = [path.read_bytes() for path in sorted(FIXTURES.iterdir()) if path.is_file()]
    documents.extend(EXTRA)
    out = {}
    for document in documents:
        for mode in MODES:
            data = bytes([mode]) + document
            out[hashlib.sha1(data).hexdigest()[:16]] = data
    return out


def main() -> None:
    """Write every seed to ``fuzz/corpus/``."""
    CORPUS.mkdir(exist_ok=True)
    for name, data in seeds().items():
        (CORPUS / name).write_bytes(data)


if __name__ == "__main__":
    main()

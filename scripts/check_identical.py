"""Check that parsing the benchmark pages gives the same articles as a saved run.

Parses the 181 crawler-text pages (``format="text"``) and the same 181 pages as HTML
(``format="html"``) of the shared benchmark, and records a SHA-256 digest of each page's
``article_to_json``. A change meant to leave parsing alone (a faster classifier, a
refactoring) must leave every digest as it was::

    python scripts/check_identical.py --save /tmp/before.json
    # ... change the code ...
    python scripts/check_identical.py --compare /tmp/before.json

``NEWSPARSE_SHARED`` overrides where the shared data lives (default: ``../shared`` beside
the repository).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
from pathlib import Path

import newsparse

SHARED = Path(os.environ.get("NEWSPARSE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
TEXT_DIR = SHARED / "bench" / "scrapinghub-text"
HTML_DIR = SHARED / "bench" / "scrapinghub" / "html"


def _pages() -> list[tuple[str, str, bytes]]:
    pages = [(f"text/{p.name}", "text", p.read_bytes()) for p in sorted(TEXT_DIR.glob("*.txt"))]
    pages += [
        (f"html/{p.name}", "html", gzip.decompress(p.read_bytes()))
        for p in sorted(HTML_DIR.glob("*.html.gz"))
    ]
    return pages


def digests() -> dict[str, str]:
    """Parse every page and return ``{page: sha256 of its article JSON}``."""
    parser = newsparse.Parser(load_entrypoints=False)
    out = {}
    for name, fmt, data in _pages():
        if fmt == "text":
            article = parser.parse(data.decode("utf-8"), format="text")
        else:
            article = parser.parse(data, format="html")
        text = newsparse.article_to_json(article)
        out[name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out


def main(argv: list[str] | None = None) -> int:
    """Save or compare the digests; the exit status is 1 when any page differs."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the digests to this file")
    group.add_argument("--compare", type=Path, help="compare with digests saved earlier")
    args = ap.parse_args(argv)
    current = digests()
    if not current:
        print(f"no pages found under {SHARED}", file=sys.stderr)
        return 1
    if args.save:
        args.save.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"saved {len(current)} page digests to {args.save}")
        return 0
    saved = json.loads(args.compare.read_text(encoding="utf-8"))
    changed = sorted(k for k in current.keys() & saved.keys() if current[k] != saved[k])
    missing = sorted(saved.keys() - current.keys())
    added = sorted(current.keys() - saved.keys())
    for name in changed:
        print(f"changed: {name}")
    for name in missing:
        print(f"missing: {name}")
    for name in added:
        print(f"new: {name}")
    same = len(current.keys() & saved.keys()) - len(changed)
    print(f"{same} of {len(saved)} pages identical")
    return 1 if changed or missing or added else 0


if __name__ == "__main__":
    sys.exit(main())

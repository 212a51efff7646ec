"""The trafilatura-dev pages as crawler text, read for the text track and the trainer.

Imports nothing of newsparse: the trainer reads these pages also when it computes its
features with another revision's newsparse (``--features-from``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import _metrics as M

SHARED = Path(os.environ.get("NEWSPARSE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
TRAFILATURA_TEXT = SHARED / "bench" / "trafilatura-dev-text"


def load_trafilatura_text(limit: int | None = None) -> list[dict]:
    """Read the trafilatura-dev pages as crawler text, with the snippets that survive it.

    A snippet lost in the conversion (a body kept in a script template, say) cannot be
    found by any text extractor, so it is left out of both the counts and the lost pages.
    """
    labels = json.loads((TRAFILATURA_TEXT / "labels.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(labels):
        path = TRAFILATURA_TEXT / f"{key}.txt"
        if not path.exists():
            continue
        label = labels[key]
        url = label.get("url") or ""
        pages.append(
            {
                "id": key,
                "text": path.read_text(encoding="utf-8"),
                "labels": label,
                "with": [s for s, ok in zip(label["with"], label["with_in_text"]) if ok],
                "without": [s for s, ok in zip(label["without"], label["without_in_text"]) if ok],
                "site": M.site_of(url) if "://" in url else M.site_of_file(label.get("file") or key),
            }
        )
    return pages[:limit] if limit else pages

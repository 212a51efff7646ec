"""Regenerate the expected parse of each seed article, for review.

Writes ``seeds/<name>.expected.json`` beside each ``seeds/<name>.txt``. Run it only when a
change in parsing is intended, then read the diff (``git diff seeds/``) before committing:
the golden test compares against these files.

    python scripts/regen_golden.py
"""

from __future__ import annotations

import json
from pathlib import Path

import newsparse

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    """Write the expected JSON of every seed article."""
    parser = newsparse.Parser(load_entrypoints=False)
    for path in sorted(SEEDS.glob("*.txt")):
        article = parser.parse(path.read_bytes(), format="text")
        data = newsparse.article_to_dict(article, include_source=False)
        target = path.with_suffix(".expected.json")
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(SEEDS.parent)}")


if __name__ == "__main__":
    main()

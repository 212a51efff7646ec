"""Write ``newsparse_entities/data/given_names.txt`` from the CoNLL-2003 training split.

A given name is the first word of a person's name of two or more words, seen at least
twice as such and less than half as often inside names of other types (so "New" of
"New York" never qualifies). The list inherits the training data's terms, as the shipped
model does.

Usage::

    python plugins/newsparse-entities/scripts/build_names.py [--data TRAIN/docs.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", REPO.parent / "shared"))
OUT = HERE.parent / "newsparse_entities" / "data" / "given_names.txt"

#: Times a word must start a person's name to be listed: once may be a misprint.
MIN_COUNT = 2


def given_names(path: Path) -> list[str]:
    """Return the given names found in ``path`` (a ``docs.jsonl`` training file)."""
    if "dev" in path.parts[-2] or "test" in path.parts[-2]:
        raise SystemExit(f"refusing {path}: names come from training data only")
    first: Counter[str] = Counter()
    other: Counter[str] = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            for entity in json.loads(line)["entities"]:
                words = entity["text"].split()
                if entity["label"] == "PER" and len(words) > 1:
                    first[words[0]] += 1
                else:
                    other.update(words)
    return sorted(
        word
        for word, count in first.items()
        if count >= MIN_COUNT
        and other[word] * 2 < count
        and word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
    )


def main() -> None:
    """Parse arguments and write the list."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "bench/conllpp-train/docs.jsonl")
    args = parser.parse_args()
    names = given_names(args.data)
    header = (
        "# Given names: first words of people's names in the CoNLL-2003 English training\n"
        "# split (scripts/build_names.py). A two- or three-word name that starts with one\n"
        "# is a person unless its other words say otherwise.\n"
    )
    OUT.write_text(header + "".join(name + "\n" for name in names), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()

"""Write ``newsparse_entities/data/ordinary_words.txt`` and ``name_parts.txt`` from the
CoNLL-2003 training split.

An ordinary word is one the training text writes in lower case and never with a capital
inside a sentence, nor as a word of any entity: "within", "roughly", "despite". Written
with a capital, such a word only starts a sentence, so it is no name there either
("Roughly 200 teams ...", "Within Delhi ..."). Lines mostly in capitals or title case
(headlines, bylines) are skipped: their capitals say nothing.

A name part is a word seen at least :data:`MIN_PARTS` times inside names of several
words, never as a name of one word, and at least :data:`MIN_LOWER` times in lower case:
"new" of "New York", "department", "northern". Alone, it is no name ("New fabric and
paint ...", "Review" cut off "MIT Tech Review").

The lists inherit the training data's terms, as the shipped model does.

Usage::

    python plugins/newsparse-entities/scripts/build_ordinary_words.py [--data TRAIN/docs.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", REPO.parent / "shared"))
DATA = HERE.parent / "newsparse_entities" / "data"

#: Times a word must stand inside names of several words to be a name part.
MIN_PARTS = 3

#: Times a name part must be written in lower case: names' own words ("Hong") are not.
MIN_LOWER = 5

#: The share of capitalised words above which a line is a headline or a byline.
MAX_CAPITALISED_SHARE = 0.6

#: Tokens after which a capital may start a quotation or a clause, not a name.
_OPENERS = frozenset({'"', "(", ":", "-", "--"})


def _documents(path: Path) -> Iterator[dict]:
    """Yield the documents of ``path`` (a ``docs.jsonl`` file); refuse a dev or test
    split: the lists come from training data only."""
    if "dev" in path.parts[-2] or "test" in path.parts[-2]:
        raise SystemExit(f"refusing {path}: words come from training data only")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def ordinary_words(path: Path) -> list[str]:
    """Return the ordinary words of ``path`` (a ``docs.jsonl`` training file)."""
    lower: Counter[str] = Counter()
    capitalised: set[str] = set()
    named: set[str] = set()
    for doc in _documents(path):
        for entity in doc["entities"]:
            named.update(word.lower() for word in entity["text"].split())
        for sentence in doc["text"].split("\n"):
            words = sentence.split()
            if sum(w[:1].isupper() for w in words) > MAX_CAPITALISED_SHARE * len(words):
                continue
            for i, word in enumerate(words):
                if not word.isalpha():
                    continue
                if word.islower():
                    lower[word] += 1
                elif i > 0 and words[i - 1] not in _OPENERS:
                    capitalised.add(word.lower())
    return sorted(w for w in lower if w not in capitalised and w not in named)


def name_parts(path: Path) -> list[str]:
    """Return the name parts of ``path`` (a ``docs.jsonl`` training file)."""
    inside: Counter[str] = Counter()
    alone: set[str] = set()
    lower: Counter[str] = Counter()
    for doc in _documents(path):
        for entity in doc["entities"]:
            words = entity["text"].lower().split()
            if len(words) == 1:
                alone.add(words[0])
            else:
                inside.update(words)
        lower.update(w for w in doc["text"].split() if w.islower())
    return sorted(
        w
        for w, count in inside.items()
        if count >= MIN_PARTS and w not in alone and lower[w] >= MIN_LOWER and w.isalpha()
    )


def main() -> None:
    """Parse arguments and write the lists."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "bench/conllpp-train/docs.jsonl")
    args = parser.parse_args()
    headers = {
        "ordinary_words.txt": (
            "# Ordinary words: written in lower case and never capitalised inside a sentence\n"
            "# nor inside a name in the CoNLL-2003 English training split\n"
            "# (scripts/build_ordinary_words.py). Capitalised, one only starts a sentence.\n"
        ),
        "name_parts.txt": (
            "# Name parts: words inside names of several words, never a name alone, and\n"
            "# written in lower case in the CoNLL-2003 English training split\n"
            "# (scripts/build_ordinary_words.py). Alone, one is no name.\n"
        ),
    }
    for filename, words in (
        ("ordinary_words.txt", ordinary_words(args.data)),
        ("name_parts.txt", name_parts(args.data)),
    ):
        out = DATA / filename
        out.write_text(headers[filename] + "".join(word + "\n" for word in words), encoding="utf-8")
        print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main()

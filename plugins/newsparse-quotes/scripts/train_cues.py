"""Learn the reporting-verb lexicon shipped in ``newsparse_quotes/data/cues.tsv``.

The lexicon is learned from an attribution corpus in the ``gold.jsonl`` form of the
newsparse benchmarks (PolNeAR's training split)::

    python plugins/newsparse-quotes/scripts/train_cues.py ../shared/bench/polnear-train/gold.jsonl

For every lower-case word it counts how often the word occurs in the texts and how often
it starts inside an annotated cue span; words that are cues often enough (``--min-count``)
and reliably enough (``--min-ratio``) are kept, with both counts, so the extractor can use
the ratio as a confidence. Adverbs (``-ly``) and function words are left out: they sit
inside cue spans (``has repeatedly said``) without being the cue. Never run this on the
split you score on.

A second table, ``data/object_cues.tsv``, counts the same for the uses of a word followed
at once by a noun phrase (words that open no clause: see ``opens_clause``):
``maintained a lead``, ``posts materials``, ``concluded its hearings`` against ``said the
plan would fail``. The share tells a reporting verb whose
object is what was said (``ordered an inquiry``, ``criticized the plan``) from one whose
object is a thing (``maintained a polling lead``, ``find the tunnels``).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsparse_quotes.patterns import CLAUSE_SUBJECT_REACH, opens_clause

WORD_RE = re.compile(r"\w+(?:[-’'.&]\w+)*")
STOP = frozenset(
    """
    a an the to of in on at for by with from as that this these those it its he she they we
    i you his her their our my and or but not no also has have had is was were are be been
    would will could should may might did does do just about over after before more most
    than then there here which who whom what when where why how all any some one two new
    """.split()
)
OUTPUT = Path(__file__).resolve().parents[1] / "newsparse_quotes" / "data" / "cues.tsv"
OBJECT_OUTPUT = OUTPUT.with_name("object_cues.tsv")
TOKEN_RE = re.compile(r"\w+(?:[-’'.&]\w+)*|[^\w\s]")


def _documents(paths: list[Path]) -> Iterator[tuple[str, set[int]]]:
    """Yield each document's text with the offsets its annotated cues cover."""
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                starts: set[int] = set()
                for attribution in doc["attributions"]:
                    for start, end in attribution["cue"] or ():
                        starts.update(range(start, end))
                yield doc["text"], starts


def learn(paths: list[Path], min_count: int, min_ratio: float) -> list[tuple[str, int, int]]:
    """Return ``(word, times as cue, times seen)`` for the words kept, best first."""
    as_cue: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for text, starts in _documents(paths):
        for match in WORD_RE.finditer(text):
            word = match.group()
            if not word.islower():
                continue
            seen[word] += 1
            if match.start() in starts:
                as_cue[word] += 1
    rows = [
        (word, count, seen[word])
        for word, count in as_cue.items()
        if count >= min_count
        and count / seen[word] >= min_ratio
        and word not in STOP
        and not word.endswith("ly")
        and word.isalpha()
    ]
    rows.sort(key=lambda row: (-row[1] / row[2], -row[1], row[0]))
    return rows


def learn_objects(paths: list[Path], min_seen: int) -> list[tuple[str, int, int]]:
    """Return ``(word, times as cue, times seen)`` over the uses of lower-case words
    followed at once by a noun phrase, for the words seen so at least ``min_seen`` times
    and at least once as a cue."""
    as_cue: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for text, starts in _documents(paths):
        tokens = list(TOKEN_RE.finditer(text))
        for index, token in enumerate(tokens[:-1]):
            word = token.group()
            after = [t.group().lower() for t in tokens[index + 1 : index + 1 + CLAUSE_SUBJECT_REACH]]
            if not (word.isalpha() and word.islower() and after[0][0].isalnum()):
                continue
            if opens_clause(after):
                continue
            seen[word] += 1
            if token.start() in starts:
                as_cue[word] += 1
    rows = [(word, count, seen[word]) for word, count in as_cue.items() if seen[word] >= min_seen]
    rows.sort(key=lambda row: (-row[1] / row[2], -row[1], row[0]))
    return rows


def main() -> None:
    """Learn the lexicon and write it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold.jsonl files to learn from")
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--min-ratio", type=float, default=0.4)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--object-output", type=Path, default=OBJECT_OUTPUT)
    parser.add_argument("--min-object-seen", type=int, default=5)
    args = parser.parse_args()
    rows = learn(args.gold, args.min_count, args.min_ratio)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as handle:
        handle.write("# word\ttimes_as_cue\ttimes_seen  (learned by scripts/train_cues.py)\n")
        for word, count, total in rows:
            handle.write(f"{word}\t{count}\t{total}\n")
    print(f"{len(rows)} cue words written to {args.output}")
    objects = learn_objects(args.gold, args.min_object_seen)
    with args.object_output.open("w", encoding="utf-8") as handle:
        handle.write(
            "# word\ttimes_as_cue\ttimes_seen  before a noun phrase (learned by scripts/train_cues.py)\n"
        )
        for word, count, total in objects:
            handle.write(f"{word}\t{count}\t{total}\n")
    print(f"{len(objects)} words with an object written to {args.object_output}")


if __name__ == "__main__":
    main()

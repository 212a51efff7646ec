"""Throughput of the quotes and entities plugins on ordinary text and on one long line.

The same words are measured three ways in one run, so the figures share the machine's
noise: (a) the PolNeAR dev articles as written (paragraphs), (b) those articles joined
into one line of about 1 MB, (c) the same line with its sentence ends turned into commas,
so that the whole megabyte is one "sentence". A plugin whose cost is linear in its input
reads (b) and (c) about as fast as (a); each figure is megabytes (UTF-8) per CPU second,
the best of ``--repeat`` runs.

Usage::

    python benchmarks/plugin_long_lines.py              # ../shared/bench next to the repo
    python benchmarks/plugin_long_lines.py --size 2000000 --repeat 2
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

from newsparse_entities import EntityExtractor
from newsparse_quotes import QuotesExtractor

import newsparse

SHARED = Path(os.environ.get("NEWSPARSE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
MB = 1_000_000


def articles() -> list[str]:
    """The texts of the PolNeAR dev articles, each once."""
    seen: dict[str, str] = {}
    with open(SHARED / "bench" / "polnear-dev" / "gold.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            seen.setdefault(record["article"], record["text"])
    return list(seen.values())


def one_line(texts: list[str], size: int) -> str:
    """The texts joined by spaces, line breaks included, repeated up to ``size`` bytes."""
    flat = " ".join(" ".join(text.split()) for text in texts)
    line = flat
    while len(line.encode("utf-8")) < size:
        line += " " + flat
    return line.encode("utf-8")[:size].decode("utf-8", "ignore")


def one_sentence(line: str) -> str:
    """``line`` with every sentence end turned into a comma: one sentence, no full stop."""
    return re.sub(r"[.!?](?=[\s”\"’']|$)", ",", line)


def rate(work: Callable[[newsparse.Article], object], articles: list[newsparse.Article], repeat: int) -> float:
    """Megabytes of the articles' text per CPU second of ``work`` (best of ``repeat``)."""
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for article in articles:
            list(work(article))
        best = min(best, time.process_time() - start)
    return size / MB / max(best, 1e-9)


def main() -> None:
    """Print MB/s of each plugin on paragraphs, one long line and one long sentence."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--size", type=int, default=MB, help="bytes of the long line")
    options.add_argument("--repeat", type=int, default=1, help="runs per figure (best kept)")
    args = options.parse_args()
    texts = articles()
    line = one_line(texts, args.size)
    # The quotes extractor reads the entities' annotations, as it does when both are
    # installed: parse once with the entities, then time each extractor on its own.
    parser = newsparse.Parser(plugins=["entities"])
    cases = {
        name: [parser.parse(text, format="text") for text in documents]
        for name, documents in (
            ("paragraphs", texts), ("1 line", [line]), ("1 sentence", [one_sentence(line)])
        )
    }
    plugins = {"quotes": QuotesExtractor().extract, "entities": EntityExtractor().extract}
    print(f"{'plugin':<10}" + "".join(f"{name:>14}" for name in cases) + "   (MB/s, CPU time)")
    for name, work in plugins.items():
        figures = [rate(work, documents, args.repeat) for documents in cases.values()]
        print(f"{name:<10}" + "".join(f"{value:>14.3f}" for value in figures), flush=True)


if __name__ == "__main__":
    main()

"""What the plugin machinery costs when no plugin is installed.

Parses the plain-text benchmark pages twice in one run, interleaved to share the machine's
noise: once through ``Parser.parse`` (plugin manager, hook-collected boilerplate phrases,
the per-document revision check, the extractor stage) and once through the bare stages
(the same ``Parser.load``, then classify -> assemble) with the same compiled rules and no
plugin code at all.

    python benchmarks/plugin_overhead.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import newsparse
from newsparse.assemble import assemble
from newsparse.classify import classify

SHARED = Path(os.environ.get("NEWSPARSE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def main() -> None:
    """Print parse time with and without the plugin machinery, and the overhead."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rounds", type=int, default=5)
    args = options.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "bench/scrapinghub-text").glob("*.txt"))]
    build_start = time.perf_counter()
    parser = newsparse.Parser(load_entrypoints=False)
    build_seconds = time.perf_counter() - build_start
    rules = parser.rules

    def bare() -> None:
        for text in texts:
            assemble(*_classified(parser.load(text, format="text"), rules))

    def full() -> None:
        for text in texts:
            parser.parse(text, format="text")

    bare_times, full_times = [], []
    for _ in range(args.rounds):
        for run, times in ((bare, bare_times), (full, full_times)):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
    bare_best, full_best = min(bare_times), min(full_times)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} pages, {size:.1f} MB, best of {args.rounds} rounds")
    print(f"{'pipeline':<32}{'seconds':>10}{'MB/s':>10}")
    print(f"{'bare stages (reference)':<32}{bare_best:>10.3f}{size / bare_best:>10.2f}")
    print(f"{'Parser.parse, no plugins':<32}{full_best:>10.3f}{size / full_best:>10.2f}")
    print(f"plugin machinery overhead: {100 * (full_best - bare_best) / bare_best:+.1f}% of parse time"
          f" (target < 5%); building the Parser once: {1000 * build_seconds:.1f} ms")


def _classified(document, rules):
    return document, classify(document, rules)


if __name__ == "__main__":
    main()

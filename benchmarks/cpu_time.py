"""CPU time of newsparse against a bare lxml parse on the scrapinghub pages, for judging a change.

Wall-clock ratios (``html_track.py``) move with whatever else the machine runs. This script
times with :func:`time.process_time` instead (the CPU seconds of this process alone), runs
the systems over all 181 pages in alternating rounds (bare parse, newsparse, then the other
way round), and keeps each system's best round: the least disturbed one. Before the timed
rounds every system parses every page once untimed, as in ``html_track.py``, so one-time
costs (imports on first use, the language model, compiled regexes) are left out.

With ``--against DIR``, a second copy of newsparse is timed in the same rounds: the
``newsparse`` package folder of another checkout (``git archive OLD newsparse | tar -x -C
/tmp/old`` makes one), imported under another name. Both copies run the same pages in turn in
one process, so their ratio holds within a percent or two on a loaded machine, where two
separate runs differ by ten. Both must give the same articles: the script says whether they
do.

``--stages`` adds the CPU time of load, classify and assemble, each timed over all pages
(documents loaded and decisions made once beforehand). ``--trafilatura`` times trafilatura
(comments left out, as in ``html_track.py``) in the same rounds.

Usage::

    python benchmarks/cpu_time.py [--rounds 8] [--against DIR] [--stages] [--trafilatura] [--limit N]
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_track import BENCH, bare_lxml, load_pages, make_trafilatura, trafilatura_version


def _other_copy(folder: Path, name: str = "newsparse_other"):
    """Import the ``newsparse`` package in ``folder`` as ``name`` (a renamed copy in a
    temporary folder: its relative imports stay inside it; the module names it loads
    plugins by are renamed too)."""
    root = Path(tempfile.mkdtemp(prefix="newsparse-other-"))
    target = root / name
    shutil.copytree(folder, target)
    for path in target.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if '"newsparse.' in text:
            path.write_text(text.replace('"newsparse.', f'"{name}.'), encoding="utf-8")
    sys.path.insert(0, str(root))
    return importlib.import_module(name)


def _runner(package, pages: list[dict]) -> Callable[[], list]:
    # Built-in plugins only: installed plugins add extractors, which extract=False skips.
    parser = package.Parser(load_entrypoints=False)

    def run() -> list:
        return [parser.parse(p["html"], url=p["url"], format="html", extract=False) for p in pages]

    run.parser = parser
    run.package = package
    return run


def best_rounds(systems: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Each system's best CPU time over ``rounds`` rounds, the order reversed every round."""
    clock = time.process_time
    best = dict.fromkeys(systems, float("inf"))
    for r in range(rounds):
        order = list(systems.items())
        if r % 2:
            order.reverse()
        for name, fn in order:
            start = clock()
            fn()
            best[name] = min(best[name], clock() - start)
    return best


def stage_times(run, pages: list[dict], rounds: int) -> dict[str, float]:
    """Best CPU time of load, classify and assemble, each stage over all pages in turn."""
    parser, package = run.parser, run.package
    assemble = importlib.import_module(f"{package.__name__}.assemble").assemble
    documents = [parser.load(p["html"], url=p["url"], format="html") for p in pages]
    decisions = [parser.classify(d) for d in documents]
    stages = {
        "load": lambda: [parser.load(p["html"], url=p["url"], format="html") for p in pages],
        "classify": lambda: [parser.classify(d) for d in documents],
        "assemble": lambda: [assemble(d, c) for d, c in zip(documents, decisions)],
    }
    return best_rounds(stages, rounds)


def main(argv: list[str] | None = None) -> int:
    """Time the systems and print their CPU seconds and ratios to the bare parse."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=8, help="timed rounds (the best is kept)")
    ap.add_argument("--against", type=Path, help="the newsparse package folder of another checkout")
    ap.add_argument("--stages", action="store_true", help="also time load, classify and assemble")
    ap.add_argument("--trafilatura", action="store_true", help="also time trafilatura")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = ap.parse_args(argv)
    if not (BENCH / "scrapinghub").exists():
        print(f"no benchmark data in {BENCH} (set NEWSPARSE_SHARED)", file=sys.stderr)
        return 2

    import newsparse

    pages = load_pages(args.limit)
    systems: dict[str, Callable[[], object]] = {"bare lxml": lambda: [bare_lxml(p) for p in pages]}
    systems["newsparse"] = ours = _runner(newsparse, pages)
    if args.against is not None:
        other = _other_copy(args.against)
        systems["other"] = theirs = _runner(other, pages)
        same = all(newsparse.article_to_json(a) == other.article_to_json(b) for a, b in zip(ours(), theirs()))
        print(f"other: {args.against}; same articles on every page: {'yes' if same else 'NO'}")
    if args.trafilatura:
        extract = make_trafilatura(fast=False)
        if extract is None:
            print("trafilatura is not installed: left out")
        else:
            systems[f"trafilatura {trafilatura_version()}"] = lambda: [extract(p) for p in pages]
    for fn in systems.values():
        fn()  # the warm-up pass
    best = best_rounds(systems, args.rounds)
    bare = best["bare lxml"]
    print(f"{len(pages)} pages, best of {args.rounds} rounds of CPU time, after one untimed warm-up pass")
    for name, seconds in best.items():
        print(f"  {name:<17} {seconds:7.3f} s  {seconds / bare:5.2f} x bare")
    if args.against is not None:
        print(f"  newsparse / other: {best['newsparse'] / best['other']:.3f}")
    if args.stages:
        for name, seconds in stage_times(ours, pages, args.rounds).items():
            print(f"  {name:<17} {seconds:7.3f} s  {seconds / bare:5.2f} x bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Worst-case parsing cost in milliseconds per KB: real pages against hostile input.

Parses every page of the scrapinghub benchmark (HTML, and the crawler text of the same
pages) and every document of a generated hostile set (runs of the characters the rules
look for, deep nesting, markup soup, huge lines, many blocks), and prints, side by side,
the median, 90th percentile and worst milliseconds per KB of each set, with the worst
documents. Time is CPU time of the process (``time.process_time``), the minimum of
``--repeat`` runs, so a busy machine inflates it less than wall time would.

``--scaling`` measures growth instead: each shape of
:data:`newsparse.testing.growth.GROWING_SHAPES` (deep nesting,
one huge paragraph, runs of spaces, thousands of ``<br>``, repeated lines, long attributes,
many ``<meta>`` and JSON-LD objects, long lists of names, thousands of quotation marks,
long dateline-like prefixes) is built at growing sizes (1k, 4k, 16k, 64k, 256k units) and
parsed; the report gives the CPU seconds per size and the growth exponent between the last
two sizes (1 is linear, 2 quadratic) and flags any shape whose exponent exceeds
``--max-exponent`` (n log n between 64k and 256k is about 1.1). A shape stops growing once
one parse costs more than ``--budget`` seconds.

Usage::

    python benchmarks/worst_case.py                       # ../shared/bench next to the repo
    python benchmarks/worst_case.py --bench DIR --repeat 3 --plugins
    python benchmarks/worst_case.py --scaling --plugins [--shape nest] [--sizes 1000,4000]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import math
import pathlib
import statistics
import time
from collections.abc import Callable, Iterator

import newsparse
from newsparse.testing.growth import GROWING_SHAPES, PROSE

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
KB = 1024
MB = 1024 * KB



def scrapinghub_html(bench: pathlib.Path) -> Iterator[tuple[str, bytes, str]]:
    """``(name, page bytes, format)`` for every page of the HTML benchmark."""
    for path in sorted((bench / "scrapinghub" / "html").glob("*.html.gz")):
        yield path.name[:12], gzip.decompress(path.read_bytes()), "html"


def scrapinghub_text(bench: pathlib.Path) -> Iterator[tuple[str, bytes, str]]:
    """``(name, text bytes, format)`` for every page of the plain-text benchmark."""
    for path in sorted((bench / "scrapinghub-text").glob("*.txt")):
        yield path.name[:12], path.read_bytes(), "text"


def _runs() -> dict[str, tuple[str, str]]:
    runs = {}
    for name, unit in (("quotes", "“"), ("straight-quotes", '"'), ("by", "By "), ("photo", "(Photo "),
                       ("em-dash", "—"), ("hyphens", "-"), ("dots", "."), ("ellipsis", "…"), ("capitals", "A"),
                       ("capital-words", "ABC "), ("initials", "A. "), ("copyright", "©"),
                       ("dateline", "WASHINGTON (AP) — "), ("credit", "AP Photo/"), ("combining", "e\u0301\u0301"),
                       ("emoji", "👩‍👩‍👧‍👦"), ("rtl", "مرحبا שלום "), ("said", "“Yes,” he said. ")):
        body = unit * (MB // 4 // len(unit))
        runs[f"run-{name}-text"] = (f"{unit * 10}\n\n{body}\n\n{body} {PROSE}\n", "text")
        page = f"<html><body><h1>{unit * 10}</h1><p>{body}</p><p>{unit} {PROSE}</p></body></html>"
        runs[f"run-{name}-html"] = (page, "html")
    return runs


def hostile_set() -> Iterator[tuple[str, str, str]]:
    """``(name, document, format)`` for the generated hostile documents."""
    cases: dict[str, tuple[str, str]] = {
        "line-5mb": ("word " * MB, "text"),
        "line-5mb-nospace": ("x" * (5 * MB), "text"),
        "line-5mb-prose": (PROSE * (5 * MB // len(PROSE)), "text"),
        "lines-200k": ("".join(f"Line {i}: {PROSE[:40]}\n" for i in range(200_000)), "text"),
        "paragraphs-20k": ("".join(f"Paragraph {i}. {PROSE * 3}\n\n" for i in range(20_000)), "text"),
        "control-sprinkled": (("A line\x00 of text\x07 that goes on.\x0c\n" * 20_000), "text"),
        "deep-div-100k": ("<div>" * 100_000 + PROSE + "</div>" * 100_000, "html"),
        "deep-b-100k": ("<b>" * 100_000 + PROSE, "html"),
        "unclosed-p-20k": (("<p>" + PROSE) * 20_000, "html"),
        "misnested-20k": (("<b><i>" + PROSE + "</b></i><p>") * 20_000, "html"),
        "comments-100k": ("<!-- c -->x" * 100_000, "html"),
        "cdata-20k": (("<p><![CDATA[ x ]]>" + PROSE + "</p>") * 20_000, "html"),
        "unclosed-comment": ("<p>" + PROSE + "</p><!--" + "x" * MB, "html"),
        "attribute-5mb": ('<div class="' + "a" * (5 * MB) + '"><p>' + PROSE + "</p></div>", "html"),
        "attributes-256": (("<p " + " ".join(f"a{i}" for i in range(256)) + ">" + PROSE + "</p>") * 2000, "html"),
        "scripts-10k": (('<script>var a = "<p>x</p>";</script><p>' + PROSE + "</p>") * 10_000, "html"),
        "lt-run": ("<" * MB, "html"),
        "entities": ("&amp;&#x110000;&#0;&#xD800;&" * 50_000, "html"),
    }
    cases.update(_runs())
    for name, (document, fmt) in cases.items():
        yield name, document, fmt


SIZES = (1_000, 4_000, 16_000, 64_000, 256_000)


def growth(parse: Callable, build: Callable[[int], str], fmt: str, sizes: tuple[int, ...],
           budget: float) -> list[tuple[int, float]]:
    """``(size, CPU seconds)`` for each size, stopping after the first parse over ``budget``."""
    figures = []
    for size in sizes:
        document = build(size)
        start = time.process_time()
        with contextlib.suppress(newsparse.NewsparseError):  # a refusal is an outcome, timed too
            parse(document, format=fmt)
        figures.append((size, time.process_time() - start))
        if figures[-1][1] > budget:
            break
    return figures


def exponent(figures: list[tuple[int, float]]) -> float:
    """The growth exponent between the last two sizes: 1 is linear, 2 quadratic."""
    if len(figures) < 2:
        return float("nan")
    (n1, t1), (n2, t2) = figures[-2:]
    return math.log(max(t2, 1e-4) / max(t1, 1e-4)) / math.log(n2 / n1)


def scaling_report(parser: newsparse.Parser, sizes: tuple[int, ...], only: str, budget: float,
                   max_exponent: float) -> int:
    """Print seconds per size and growth exponent of every shape; return how many are flagged."""
    print(f"{'shape':<26} " + " ".join(f"{size:>9}" for size in sizes) + "  exponent")
    flagged = 0
    for name, (build, fmt) in GROWING_SHAPES.items():
        if only and only not in name:
            continue
        figures = growth(parser.parse, build, fmt, sizes, budget)
        power = exponent(figures)
        slow = power > max_exponent and figures[-1][1] > 0.05
        flagged += slow
        cells = " ".join(f"{seconds:>9.3f}" for _, seconds in figures)
        print(f"{name:<26} {cells:<{10 * len(sizes)}} {power:>6.2f}{'  SUPER-LINEAR' if slow else ''}", flush=True)
    return flagged


def measure(parse: Callable, document: str | bytes, fmt: str, repeat: int) -> tuple[float, str | None]:
    """Milliseconds per KB of ``document`` (CPU time, minimum of ``repeat`` parses), and the
    error it was rejected with, if any."""
    best, rejected = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        try:
            parse(document, format=fmt)
        except newsparse.NewsparseError as error:
            rejected = f"{type(error).__name__}: {error}"
        best = min(best, time.process_time() - start)
    size = len(document.encode("utf-8", "surrogatepass") if isinstance(document, str) else document)
    return best * 1000 / max(size / KB, 1e-3), rejected


def summarise(label: str, figures: list[tuple[float, str]]) -> list[str]:
    """Lines of the report for one set: median, p90, worst and the three worst documents."""
    if not figures:
        return [f"{label:<18} (no documents)"]
    values = sorted(v for v, _ in figures)
    p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
    worst = sorted(figures, reverse=True)[:3]
    return [
        f"{label:<18} {len(values):>5} {statistics.median(values):>10.3f} {p90:>10.3f} {values[-1]:>10.3f}   "
        + ", ".join(f"{name} {value:.3f}" for value, name in worst)
    ]


def main() -> None:
    """Run the benchmark and print the report."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--bench", type=pathlib.Path, default=DEFAULT_BENCH, help="the shared bench directory")
    options.add_argument("--repeat", type=int, default=3, help="parses per document (the minimum is kept)")
    options.add_argument("--plugins", action="store_true", help="also run every installed plugin's extractors")
    options.add_argument("--scaling", action="store_true", help="measure growth over the shapes instead")
    options.add_argument("--shape", default="", help="with --scaling: only shapes whose name contains this")
    options.add_argument("--sizes", default=",".join(map(str, SIZES)), help="with --scaling: sizes, comma-separated")
    options.add_argument("--budget", type=float, default=30.0,
                         help="with --scaling: CPU seconds after which a shape stops growing")
    options.add_argument("--max-exponent", type=float, default=1.25, help="with --scaling: growth exponent flagged")
    args = options.parse_args()
    parser = newsparse.Parser(load_entrypoints=args.plugins)
    # The first parse of each format loads lazily-built tables; keep it out of the figures.
    parser.parse("<html><body><p>" + PROSE + "</p></body></html>", format="html")
    parser.parse("A title\n\n" + PROSE, format="text")
    if args.scaling:
        sizes = tuple(int(size) for size in args.sizes.split(","))
        raise SystemExit(1 if scaling_report(parser, sizes, args.shape, args.budget, args.max_exponent) else 0)
    sets = {
        "scrapinghub-html": list(scrapinghub_html(args.bench)),
        "scrapinghub-text": list(scrapinghub_text(args.bench)),
        "hostile-text": [c for c in hostile_set() if c[2] == "text"],
        "hostile-html": [c for c in hostile_set() if c[2] == "html"],
    }
    print(f"{'set':<18} {'docs':>5} {'median':>10} {'p90':>10} {'worst':>10}   worst documents (ms/KB, CPU time)")
    rejections = []
    for label, documents in sets.items():
        figures = []
        for name, document, fmt in documents:
            cost, rejected = measure(parser.parse, document, fmt, args.repeat)
            figures.append((cost, name))
            if rejected:
                rejections.append(f"  {label} {name}: {rejected}")
        for line in summarise(label, figures):
            print(line, flush=True)
    print(f"rejected with a NewsparseError: {len(rejections)}")
    for line in rejections:
        print(line)


if __name__ == "__main__":
    main()

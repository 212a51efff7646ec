"""HTML track: body extraction accuracy and speed on real news pages.

Runs newsparse on the pages of ``shared/bench/scrapinghub`` (181 gzip'd HTML pages with a
human-written ``articleBody``) and prints, from one run, newsparse beside trafilatura (when
installed) and a bare lxml parse of the same pages:

* body F1 / precision / recall with the 4-gram shingle metric of the
  article-extraction-benchmark (tokens ``\\w+``, per-page tp/fp/fn normalised, per-page
  precision and recall macro-averaged, F1 of the two means);
* documents per second, and time as a multiple of the bare parse (the physical floor);
* the same figures on two halves split by site, so a rule tuned on one half is checked on
  the other;
* title, author and date agreement with what the pages' JSON-LD and ``<meta>`` state, and
  visible title and bylines against the silver labels of ``scrapinghub-text``.

Usage::

    python benchmarks/html_track.py [--no-reference] [--worst 10] [--repeat 3]

The data folder is ``../shared`` beside the repository, or ``$NEWSPARSE_SHARED``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
import zlib
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
DATA = SHARED / "bench" / "scrapinghub"
LABELS = SHARED / "bench" / "scrapinghub-text" / "labels.json"

# -- the shingle metric (article-extraction-benchmark), shared with the text track --------
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _metrics import combine, normalise, page_score


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """Shingle matches of a prediction against the truth, normalised to sum to 1."""
    score = page_score(pred, true)
    return score.tp, score.fp, score.fn


def scores(counts: list) -> dict[str, float]:
    """Macro precision and recall over pages, and the F1 of the two means."""
    combined = combine(counts)
    return {"f1": combined.f1, "precision": combined.precision, "recall": combined.recall}


def _precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fn) if tp + fn else 0.0


# -- data -----------------------------------------------------------------------------------


def load_pages(limit: int | None = None) -> list[dict]:
    """The benchmark pages: id, url, raw bytes, the true body, and the half (by site) it is in."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = DATA / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        url = truth[page_id].get("url") or ""
        site = urlsplit(url).netloc.lower().removeprefix("www.")
        pages.append({
            "id": page_id,
            "url": url,
            "site": site,
            # Split by site so pages of one site never sit on both sides.
            "half": "tune" if zlib.crc32(site.encode()) % 2 == 0 else "check",
            "html": gzip.decompress(path.read_bytes()),
            "truth": truth[page_id].get("articleBody") or "",
        })
    return pages[:limit] if limit else pages


# -- runners ----------------------------------------------------------------------------------


def time_all(fn, pages: list[dict], repeat: int) -> tuple[list, float]:
    """Run ``fn`` on every page ``repeat`` times; return the last outputs and the best total."""
    outputs, totals = time_interleaved({"only": fn}, pages, repeat)
    return outputs["only"], totals["only"]


def time_interleaved(runners: dict, pages: list[dict], repeat: int) -> tuple[dict, dict]:
    """Time several systems page by page, in turn, ``repeat`` times.

    Each system's time is its mean total over the rounds. Running the systems back to back
    on each page, rather than one after the other over all pages, exposes them to the same
    machine load, so their ratio stays steady when the load changes during the run (a
    per-page minimum would favour the shortest runs, which are the least often preempted).

    Returns:
        The outputs of the last round per system, and the total seconds per system.
    """
    total = dict.fromkeys(runners, 0.0)
    outputs: dict = {name: [None] * len(pages) for name in runners}
    clock = time.perf_counter
    for _ in range(repeat):
        for i, page in enumerate(pages):
            for name, fn in runners.items():
                start = clock()
                outputs[name][i] = fn(page)
                total[name] += clock() - start
    return outputs, {name: seconds / repeat for name, seconds in total.items()}


def bare_lxml(page: dict):
    from lxml import etree

    return etree.fromstring(page["html"], etree.HTMLParser())


def bare_lxml_html(page: dict):
    import lxml.html

    return lxml.html.document_fromstring(page["html"])


def make_newsparse():
    from newsparse import Article, NewsparseError, Parser

    parser = Parser()

    def run(page: dict):
        try:
            return parser.parse(page["html"], url=page["url"], format="html", extract=False)
        except NewsparseError as error:
            # A page newsparse refuses counts as an empty extraction, and is listed.
            refused[page["id"]] = f"{type(error).__name__}: {error}"
            return Article(format="html")

    refused: dict[str, str] = {}
    run.refused = refused

    return parser, run


def make_trafilatura(fast: bool):
    try:
        import trafilatura
    except ImportError:
        return None

    def run(page: dict):
        if fast:
            return trafilatura.extract(page["html"], url=page["url"], fast=True) or ""
        return trafilatura.extract(page["html"], url=page["url"]) or ""

    return run


def stage_profile(parser, pages: list[dict], repeat: int) -> dict[str, float]:
    """Seconds spent in load, classify and assemble, beside a bare parse, page by page.

    Timed like :func:`time_interleaved`: the mean of ``repeat`` rounds, stages in turn on
    each page.
    """
    from newsparse import NewsparseError
    from newsparse.assemble import assemble

    stages = ("bare", "load", "classify", "assemble")
    total = dict.fromkeys(stages, 0.0)
    clock = time.perf_counter
    for _ in range(repeat):
        for page in pages:
            t0 = clock()
            bare_lxml(page)
            t1 = clock()
            try:
                document = parser.load(page["html"], url=page["url"], format="html")
            except NewsparseError:
                continue
            t2 = clock()
            decisions = parser.classify(document)
            t3 = clock()
            assemble(document, decisions)
            t4 = clock()
            for stage, elapsed in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                total[stage] += elapsed
    return {stage: seconds / repeat for stage, seconds in total.items()}


# -- metadata agreement -----------------------------------------------------------------------


def _fold(text: str | None) -> str:
    return normalise(text or "")


def _same_title(a: str | None, b: str | None) -> bool:
    a, b = _fold(a), _fold(b)
    return bool(a and b) and (a == b or a in b or b in a)


def _name_set(names) -> set[str]:
    return {_fold(n) for n in names if _fold(n)}


def metadata_agreement(pages: list[dict], articles: list) -> list[tuple[str, int, int]]:
    """(what, agreeing pages, pages where the reference states it) rows."""
    from newsparse import NewsparseError
    from newsparse.loaders import load

    labels = json.loads(LABELS.read_text(encoding="utf-8")) if LABELS.exists() else {}
    rows = Counter()
    for page, article in zip(pages, articles):
        try:
            meta = load(page["html"], format="html").metadata
        except NewsparseError:
            continue
        label = labels.get(page["id"], {})
        if meta.title:
            rows["visible title vs metadata title", "n"] += 1
            rows["visible title vs metadata title", "ok"] += _same_title(article.title, meta.title)
        if label.get("h1"):
            rows["visible title vs silver h1", "n"] += 1
            rows["visible title vs silver h1", "ok"] += _same_title(article.title, label["h1"])
        if label.get("title"):
            rows["metadata title vs silver title", "n"] += 1
            rows["metadata title vs silver title", "ok"] += _same_title(meta.title, label["title"])
        if meta.authors:
            names = _name_set(n for b in article.bylines for n in b.names)
            rows["byline names vs metadata authors", "n"] += 1
            rows["byline names vs metadata authors", "ok"] += bool(names & _name_set(meta.authors))
        if label.get("authors"):
            rows["metadata authors vs silver authors", "n"] += 1
            rows["metadata authors vs silver authors", "ok"] += (
                _name_set(meta.authors) == _name_set(label["authors"]))
            names = _name_set(n for b in article.bylines for n in b.names)
            rows["byline names vs silver authors", "n"] += 1
            rows["byline names vs silver authors", "ok"] += bool(names & _name_set(label["authors"]))
        if label.get("lang"):
            rows["language vs silver lang", "n"] += 1
            rows["language vs silver lang", "ok"] += (
                (article.language or "").lower()[:2] == label["lang"].lower()[:2])
        date = _stated_date(page["html"])
        if date:
            rows["published vs stated date (day)", "n"] += 1
            rows["published vs stated date (day)", "ok"] += bool(
                article.published and article.published.date().isoformat() == date)
            rows["published is timezone-aware", "n"] += 1
            rows["published is timezone-aware", "ok"] += bool(
                article.published and article.published.tzinfo is not None)
    names = sorted({what for what, _ in rows})
    return [(what, rows[what, "ok"], rows[what, "n"]) for what in names]


_STATED = re.compile(
    rb'(?:"datePublished"\s*:\s*"|article:published_time"\s+content="|'
    rb'content="([^"]{0,40})"\s+property="article:published_time)(\d{4}-\d{2}-\d{2})'
)


def _stated_date(html: bytes) -> str | None:
    """The day a page states as its publication date in its raw source, found by a regex
    independent of the metadata extractor."""
    match = _STATED.search(html)
    if match is None:
        return None
    return match.group(2).decode()


# -- report -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument("--repeat", type=int, default=3, help="timing rounds (their mean is reported)")
    ap.add_argument("--no-reference", action="store_true", help="skip trafilatura")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    ap.add_argument("--dump", type=Path, default=None, help="write per-page scores as JSON here")
    args = ap.parse_args(argv)

    if not DATA.exists():
        print(f"no benchmark data at {DATA} (set NEWSPARSE_SHARED)", file=sys.stderr)
        return 2
    pages = load_pages(args.limit)
    n = len(pages)
    print(f"{n} pages from {DATA}")

    parser, run = make_newsparse()
    outputs, seconds = time_interleaved(
        {"bare": bare_lxml, "bare_html": bare_lxml_html, "newsparse": run}, pages, args.repeat
    )
    bare, bare_html, ours = seconds["bare"], seconds["bare_html"], seconds["newsparse"]
    articles = outputs["newsparse"]
    ours_text = [a.text for a in articles]
    for page_id, message in run.refused.items():
        print(f"newsparse refused {page_id[:12]}: {message[:150]}")

    systems = [("newsparse", ours_text, ours)]
    if not args.no_reference:
        for label, fast, repeat in (("trafilatura", False, 1), ("trafilatura fast", True, 1)):
            runner = make_trafilatura(fast)
            if runner is None:
                print("trafilatura is not installed: reference skipped")
                break
            outputs, seconds = time_all(runner, pages, repeat)
            systems.append((label, outputs, seconds))

    print()
    print(f"{'system':<18} {'F1':>6} {'P':>6} {'R':>6} {'docs/s':>8} {'x bare':>7} | "
          f"{'F1 tune':>7} {'F1 check':>8}")
    for label, seconds in (("bare lxml etree", bare), ("bare lxml.html", bare_html)):
        print(f"{label:<18} {'':>6} {'':>6} {'':>6} {n / seconds:8.1f} {seconds / bare:7.2f} |")
    per_page = {}
    for label, outputs, seconds in systems:
        page_scores = [page_score(out or "", p["truth"]) for p, out in zip(pages, outputs)]
        counts = [(s.tp, s.fp, s.fn) for s in page_scores]
        total = scores(page_scores)
        halves = {
            half: scores([s for s, p in zip(page_scores, pages) if p["half"] == half])["f1"]
            for half in ("tune", "check")
        }
        print(f"{label:<18} {total['f1']:6.3f} {total['precision']:6.3f} {total['recall']:6.3f} "
              f"{n / seconds:8.1f} {seconds / bare:7.2f} | {halves['tune']:7.3f} {halves['check']:8.3f}")
        per_page[label] = counts

    profile = stage_profile(parser, pages, args.repeat)
    floor = profile.pop("bare")
    spent = sum(profile.values())
    print()
    print(f"newsparse time by stage (bare parse {floor / n * 1000:.2f} ms/page, same pages and rounds): "
          + ", ".join(
              f"{stage} {seconds / n * 1000:.2f} ms/page ({seconds / spent:.0%}, {seconds / floor:.2f}x bare)"
              for stage, seconds in profile.items()))

    print()
    print("metadata and structure agreement:")
    for what, ok, total in metadata_agreement(pages, articles):
        print(f"  {what:<38} {ok:4d}/{total:<4d} {ok / total if total else 0:6.1%}")

    if args.worst:
        print()
        print(f"worst {args.worst} pages (newsparse):")
        ranked = sorted(
            zip(pages, per_page["newsparse"]),
            key=lambda item: 2 * item[1][0] / (2 * item[1][0] + item[1][1] + item[1][2] or 1),
        )
        for page, (tp, fp, fn) in ranked[: args.worst]:
            f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
            print(f"  {f1:.3f} P={_precision(tp, fp, fn):.2f} R={_recall(tp, fp, fn):.2f} "
                  f"{page['half']:<5} {page['id'][:12]} {page['url'][:90]}")
    if args.dump:
        args.dump.write_text(json.dumps({
            label: {p["id"]: c for p, c in zip(pages, counts)} for label, counts in per_page.items()
        }))
    return 0


if __name__ == "__main__":
    sys.exit(main())

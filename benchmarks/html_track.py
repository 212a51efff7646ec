"""HTML track: body extraction accuracy and speed on every HTML development set at once.

Runs newsparse, trafilatura (when installed) and a bare lxml parse on the same pages in the
same run, set by set, and prints per set the accuracy, the number of lost articles and the
time as a multiple of the bare parse (every system parses every page once, untimed,
before the timed rounds: see :func:`time_interleaved`):

* ``scrapinghub``: 181 news pages with a human-written ``articleBody``, scored with the
  4-gram shingle metric of the article-extraction benchmark (per-page precision and recall
  macro-averaged, F1 of the two means); also split into two halves by site ("tune" and
  "check"), timed stage by stage, and checked for title, author and date agreement with
  the pages' metadata and the silver labels of ``scrapinghub-text``;
* ``trafilatura-dev``: 527 pages of many sites, languages and kinds, scored with the
  trafilatura project's snippet metric (``with`` snippets found in the body, ``without``
  snippets left out, counts pooled over pages);
* ``postlight``: the cases that assert where the body starts: the body's first ``n_words``
  words must equal ``first_words`` (the match rate is printed as F1). The reference glued
  its elements' texts together, so two words across a line break of the body may be read
  as one (see :func:`_metrics.starts_with_words`), and newsparse's body is read with the
  dateline it split off the first paragraph back in front (:func:`_metrics.opening_text`);
  "gentle" compares with all whitespace removed. The pages are given with their
  ``<meta>`` tags restored (see that set's README).

A lost article is a page whose gold has text while the body is empty or holds next to
nothing of it: none of the ``with`` snippets (trafilatura-dev), a page F1 under
:data:`_metrics.SHINGLE_LOST_F1` (scrapinghub), none of the expected opening's pieces
(postlight, see :func:`_metrics.start_lost`).

Usage::

    python benchmarks/html_track.py [--set NAME] [--no-reference] [--worst 10] [--repeat 3]
        [--by-site-folds K] [--mode MODE] [--dump FILE] [--compare FILE [FILE]]

``--mode`` runs newsparse in that extraction mode (``precision``, ``balanced``, the
default, or ``recall``).

``--dump`` writes every page's score per set and system as JSON; ``--compare OLD`` prints
the pages whose score changed between ``OLD`` and this run (``--compare OLD NEW`` compares
two dumps without running anything).

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
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
BENCH = SHARED / "bench"
DATA = BENCH / "scrapinghub"
LABELS = BENCH / "scrapinghub-text" / "labels.json"
TRAFILATURA_DEV = BENCH / "trafilatura-dev"
POSTLIGHT = BENCH / "postlight"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _metrics as M
from _metrics import normalise

# -- data -----------------------------------------------------------------------------------


def load_pages(limit: int | None = None) -> list[dict]:
    """The scrapinghub pages: id, url, raw bytes, the true body, and the half (by site) it is in."""
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
            "encoding": None,
            "truth": truth[page_id].get("articleBody") or "",
        })
    return pages[:limit] if limit else pages


def load_trafilatura_dev(limit: int | None = None) -> list[dict]:
    """The trafilatura-dev pages as saved (bytes in the page's own encoding), with snippets."""
    evaldata = json.loads((TRAFILATURA_DEV / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in sorted(evaldata.items(), key=lambda kv: kv[1]["file"]):
        path = TRAFILATURA_DEV / "html" / item["file"]
        if not path.exists():
            continue
        real_url = url if "://" in url else None  # some keys are "hard::<file>" labels
        pages.append({
            "id": item["file"].removesuffix(".html.gz"),
            "url": real_url,
            "site": M.site_of(real_url) if real_url else M.site_of_file(item["file"]),
            "html": gzip.decompress(path.read_bytes()),
            "encoding": None,
            "with": item.get("with") or [],
            "without": item.get("without") or [],
        })
    return pages[:limit] if limit else pages


def restore_meta(page: str) -> str:
    """Undo the postlight parser's rewriting of ``<meta>`` tags (its README's inverse):
    ``value=`` back to ``content=``, and a ``property=`` twin for ``name="og:..."``."""

    def fix(m: re.Match) -> str:
        tag = m.group(0)
        if re.search(r"\scontent\s*=", tag, re.IGNORECASE):
            return tag
        tag = re.sub(r"(\s)value(\s*=)", r"\1content\2", tag, count=1, flags=re.IGNORECASE)
        og = re.search(
            r"\sname\s*=\s*([\"']?)((?:og|article|fb|book|profile|video|music):[^\"'\s>]*)\1", tag, re.IGNORECASE
        )
        if og and not re.search(r"\sproperty\s*=", tag, re.IGNORECASE):
            tag = tag[:5] + f' property="{og.group(2)}"' + tag[5:]
        return tag

    return re.sub(r"<meta\b[^>]*>", fix, page, flags=re.IGNORECASE)


def load_postlight(limit: int | None = None, *, restored: bool = True) -> list[dict]:
    """The postlight cases that assert ``first_words``, one page each.

    The fixtures are UTF-8 whatever their ``<meta>`` says, so every system gets them decoded
    (as UTF-8 bytes with the encoding named where a system takes it).
    """
    pages = []
    with open(POSTLIGHT / "cases.jsonl", encoding="utf-8") as lines:
        for line in lines:
            case = json.loads(line)
            if "first_words" not in case:
                continue
            text = gzip.decompress((POSTLIGHT / "html" / case["file"]).read_bytes()).decode("utf-8")
            if restored:
                text = restore_meta(text)
            pages.append({
                "id": case["id"],
                "url": case["url"],
                "site": case["id"].split("#")[0].removeprefix("www."),
                "html": text.encode("utf-8"),
                "encoding": "utf-8",
                "text": text,
                "first_words": case["first_words"],
                "n_words": case["n_words"],
            })
    return pages[:limit] if limit else pages


# -- scoring, one set at a time -----------------------------------------------------------------
#
# Each set turns a body into a per-page record (its counts, a ``score`` to compare runs
# page by page, and ``lost``) and a list of records into the summary figures.


def _start_record(page: dict, body: str) -> dict:
    match = M.starts_with_words(body, page["first_words"], page["n_words"])
    return {"match": match, "gentle": M.starts_with_text(body, page["first_words"]),
            "score": float(match), "lost": M.start_lost(body, page["first_words"])}


def _start_summary(records: Sequence[dict]) -> tuple[float, float | None, float | None]:
    n = len(records) or 1
    return sum(r["match"] for r in records) / n, None, None


SETS: dict[str, dict] = {
    "scrapinghub": {"load": load_pages, "record": M.shingle_record, "summary": M.shingle_summary,
                    "metric": "shingle F1"},
    "trafilatura-dev": {"load": load_trafilatura_dev, "record": M.snippet_record,
                        "summary": M.snippet_summary, "metric": "snippet F1, pooled"},
    "postlight": {"load": load_postlight, "record": _start_record, "summary": _start_summary,
                  "metric": "body starts right (F1 column = match rate)", "body": M.opening_text},
}


def _body_text(article) -> str:
    # newsparse's Article or another system's text.
    return article.text if hasattr(article, "text") else (article or "")


# -- runners ----------------------------------------------------------------------------------


def time_interleaved(
    runners: dict, pages: list[dict], repeat: int, once: Sequence[str] = ()
) -> tuple[dict, dict]:
    """Time several systems page by page, in turn, ``repeat`` times, after a warm-up.

    Each system's time is its mean total over the rounds. Running the systems back to back
    on each page, rather than one after the other over all pages, exposes them to the same
    machine load, so their ratio stays steady when the load changes during the run (a
    per-page minimum would favour the shortest runs, which are the least often preempted).

    Every system first parses every page once, untimed (:func:`warm_up`): the timed rounds
    measure what a long run over a corpus pays per page, alike for all, without the costs
    paid once per process (imports done on first use, a language model loaded, regexes
    compiled), which would otherwise weigh on whichever system defers them to its first
    pages, and most on a system timed in one round only.

    Args:
        runners: name -> function of a page.
        pages: the pages.
        repeat: rounds.
        once: names of slow systems run in the first round only (their time is that round's).

    Returns:
        The outputs of the last round per system, and the total seconds per system.
    """
    warm_up(runners, pages)
    total = dict.fromkeys(runners, 0.0)
    rounds = {name: 1 if name in once else repeat for name in runners}
    outputs: dict = {name: [None] * len(pages) for name in runners}
    clock = time.perf_counter
    for r in range(repeat):
        for i, page in enumerate(pages):
            for name, fn in runners.items():
                if r >= rounds[name]:
                    continue
                start = clock()
                outputs[name][i] = fn(page)
                total[name] += clock() - start
    return outputs, {name: seconds / rounds[name] for name, seconds in total.items()}


#: Said under each timing table: what the warm-up leaves out of the times.
WARM_UP_NOTE = ("times after one untimed warm-up pass of every system over the same pages "
                "(first-use imports, model loads and regex compilation left out alike)")


def warm_up(runners: dict, pages: Sequence[dict]) -> None:
    """Run every system once over every page, untimed, in the order the timing uses."""
    for page in pages:
        for fn in runners.values():
            fn(page)


def bare_lxml(page: dict):
    from lxml import etree

    return etree.fromstring(page["html"], etree.HTMLParser(encoding=page.get("encoding")))


def bare_lxml_html(page: dict):
    import lxml.html

    return lxml.html.document_fromstring(page["html"])


def make_newsparse(mode: str = "balanced"):
    from newsparse import Article, NewsparseError, Parser

    parser = Parser(mode=mode)

    def run(page: dict):
        try:
            return parser.parse(page["html"], url=page["url"], format="html",
                                encoding=page.get("encoding"), extract=False)
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

    # Comments left out, as in trafilatura's own evaluation (its default keeps them); no
    # gold body of these sets holds readers' comments.
    def run(page: dict):
        # Decoded text where the set says how to decode (postlight); bytes otherwise, which
        # trafilatura decodes itself.
        html = page.get("text") or page["html"]
        return trafilatura.extract(html, url=page["url"], fast=fast, include_comments=False) or ""

    return run


def trafilatura_version() -> str:
    try:
        import trafilatura
    except ImportError:
        return "-"
    return getattr(trafilatura, "__version__", "?")


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


# -- one set ----------------------------------------------------------------------------------


def _fmt(value: float | None, width: int = 6) -> str:
    return f"{value:{width}.3f}" if value is not None else " " * (width - 1) + "-"


def run_set(name: str, args, parser, run) -> dict[str, dict[str, dict]]:
    """Run every system on one set, print its table, and return the per-page records.

    Returns:
        system -> page id -> record.
    """
    spec = SETS[name]
    pages = spec["load"](args.limit)
    n = len(pages)
    record, summary = spec["record"], spec["summary"]
    print(f"== {name}: {n} pages from {BENCH / name}, {spec['metric']}")
    runners: dict[str, Callable] = {"bare lxml etree": bare_lxml}
    if name == "scrapinghub":
        runners["bare lxml.html"] = bare_lxml_html
    runners["newsparse"] = run
    slow = []
    if not args.no_reference:
        version = trafilatura_version()
        variants = (("", False), (" fast", True)) if name == "scrapinghub" else (("", False),)
        for suffix, fast in variants:
            runner = make_trafilatura(fast)
            if runner is None:
                print("trafilatura is not installed: reference skipped")
                break
            runners[f"trafilatura {version}{suffix}"] = runner
            slow.append(f"trafilatura {version}{suffix}")
    outputs, seconds = time_interleaved(runners, pages, args.repeat, once=slow)
    for page_id, message in run.refused.items():
        print(f"newsparse refused {page_id[:40]}: {message[:150]}")
    run.refused.clear()
    bare = seconds["bare lxml etree"]
    print(f"({WARM_UP_NOTE}; mean of {args.repeat} timed rounds, trafilatura 1)" if slow
          else f"({WARM_UP_NOTE}; mean of {args.repeat} timed rounds)")

    halves = name == "scrapinghub"
    print(f"{'system':<24} {'F1':>6} {'P':>6} {'R':>6} {'±F1':>6} {'lost':>5} {'docs/s':>8} {'x bare':>7}"
          + (f" | {'F1 tune':>7} {'F1 check':>8}" if halves else ""))
    per_system: dict[str, dict[str, dict]] = {}
    for system, out in outputs.items():
        if system.startswith("bare"):
            print(f"{system:<24} {'':>6} {'':>6} {'':>6} {'':>6} {'':>5} "
                  f"{n / seconds[system]:8.1f} {seconds[system] / bare:7.2f}")
            continue
        body_of = spec.get("body") or _body_text
        bodies = [body_of(o) for o in out]
        records = [record(p, b) for p, b in zip(pages, bodies)]
        f1, precision, recall = summary(records)
        ci = M.bootstrap_halfwidth(records, lambda rs: summary(rs)[0], rounds=300)
        lost = sum(r["lost"] for r in records)
        line = (f"{system:<24} {f1:6.3f} {_fmt(precision)} {_fmt(recall)} {ci:6.3f} {lost:5d} "
                f"{n / seconds[system]:8.1f} {seconds[system] / bare:7.2f}")
        if halves:
            by_half = {h: summary([r for r, p in zip(records, pages) if p["half"] == h])[0]
                       for h in ("tune", "check")}
            line += f" | {by_half['tune']:7.3f} {by_half['check']:8.3f}"
        print(line)
        if name == "postlight":
            gentle = sum(r["gentle"] for r in records) / (n or 1)
            print(f"{'':<24} gentle match (whitespace removed): {gentle:.3f}")
        per_system[system] = {p["id"]: r for p, r in zip(pages, records)}
        if system == "newsparse":
            articles = out

    if name == "scrapinghub":
        profile = stage_profile(parser, pages, args.repeat)
        floor = profile.pop("bare")
        spent = sum(profile.values())
        print(f"newsparse time by stage (bare parse {floor / n * 1000:.2f} ms/page, same pages and rounds): "
              + ", ".join(
                  f"{stage} {secs / n * 1000:.2f} ms/page ({secs / spent:.0%}, {secs / floor:.2f}x bare)"
                  for stage, secs in profile.items()))
        print("metadata and structure agreement:")
        for what, ok, total in metadata_agreement(pages, articles):
            print(f"  {what:<38} {ok:4d}/{total:<4d} {ok / total if total else 0:6.1%}")

    ours = per_system["newsparse"]
    lost_pages = [p for p in pages if ours[p["id"]]["lost"]]
    if lost_pages and args.list_lost:
        print("lost articles (newsparse):")
        for p in lost_pages:
            print(f"  {p['id'][:60]:<60} {p['site']}")
    if args.worst:
        print(f"worst {args.worst} pages (newsparse):")
        ranked = sorted(pages, key=lambda p: ours[p["id"]]["score"])
        for p in ranked[: args.worst]:
            r = ours[p["id"]]
            print(f"  {r['score']:.3f}{' LOST' if r['lost'] else '     '} {p['id'][:40]:<40} {p['site']}")
    if args.by_site_folds:
        sites = [p["site"] for p in pages]
        folds = M.site_folds(sites, args.by_site_folds)
        print(f"{args.by_site_folds} folds grouped by site ({len(set(sites))} sites): F1 per fold, lost")
        for system, recs in per_system.items():
            cells = []
            values = []
            for fold in folds:
                rs = [recs[pages[i]["id"]] for i in fold]
                value = summary(rs)[0]
                values.append(value)
                cells.append(f"{value:.3f}/{sum(r['lost'] for r in rs)}")
            print(f"  {system:<24} " + "  ".join(cells) + f"   spread {min(values):.3f}-{max(values):.3f}")
    print()
    return per_system


# -- report -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append", dest="sets",
                    help="run only this set (repeat for several); default all")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    ap.add_argument("--repeat", type=int, default=3, help="timing rounds (their mean is reported)")
    ap.add_argument("--no-reference", action="store_true", help="skip trafilatura")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest score")
    ap.add_argument("--by-site-folds", type=int, metavar="K", default=0,
                    help="score K folds grouped by site and print the spread")
    ap.add_argument("--mode", choices=("precision", "balanced", "recall"), default="balanced",
                    help="newsparse's extraction mode (Parser(mode=...))")
    M.add_run_options(ap)
    args = ap.parse_args(argv)
    if M.compare_dumps_only(ap, args):
        return 0

    names = args.sets or list(SETS)
    missing = [name for name in names if not (BENCH / name).exists()]
    if missing:
        print(f"no benchmark data for {', '.join(missing)} in {BENCH} (set NEWSPARSE_SHARED)", file=sys.stderr)
        return 2
    parser, run = make_newsparse(args.mode)
    results = {name: run_set(name, args, parser, run) for name in names}
    M.finish_run(args, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())

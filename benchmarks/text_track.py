"""Body, caption, byline and author extraction from crawler plain text.

Scores newsparse on ``bench/scrapinghub-text/*.txt`` (the 181 pages of Scrapinghub's
article-extraction benchmark, rendered to visible text) against the human ``articleBody``
of ``bench/scrapinghub/ground-truth.json`` with the benchmark's shingle metric (see
``_metrics.py``), and the short fields against the silver ``labels.json``. Two baselines
run in the same process on the same pages: keeping all the text, and the C4 line filter.

Usage::

    python benchmarks/text_track.py [--by-site-folds K] [--pages N] [--worst N]

``NEWSPARSE_SHARED`` overrides where the shared data lives (default: ``../shared`` beside
the repository).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _metrics as M  # noqa: E402

from newsparse.parser import Parser  # noqa: E402

SHARED = Path(os.environ.get("NEWSPARSE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
TEXT_DIR = SHARED / "bench" / "scrapinghub-text"
GOLD = SHARED / "bench" / "scrapinghub" / "ground-truth.json"
LABELS = TEXT_DIR / "labels.json"


# -- The C4 line filter (Raffel et al. 2020; TensorFlow Datasets ``c4_utils.clean_page``) --
C4_END_MARKS = (".", "?", "!", '"')
C4_ELLIPSIS = "..."
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
C4_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
C4_MAX_WORD_LENGTH = 1000
C4_MIN_SENTENCES = 3
# C4 counts sentences with NLTK's punkt; a split after ., ! or ? before a space is close
# enough for the three-sentence page threshold.
C4_SENTENCE_END = re.compile(r"[.!?][\"')\]]?(?:\s|$)")


def c4_filter(text: str, *, min_words: int = 3, page_rules: bool = True) -> str:
    """Keep the lines C4 keeps: terminal punctuation, enough words, no code or policy lines.

    Args:
        text: one page of plain text.
        min_words: fewest whitespace-separated words on a kept line (C4 used 5).
        page_rules: also apply C4's page-level rules, which drop the whole page (empty
            result) when a kept line has "lorem ipsum" or a curly brace, or when fewer than
            three sentences survive.

    Returns:
        The kept lines joined by newlines.
    """
    kept = []
    sentences = 0
    for line in text.splitlines():
        line = line.strip()
        if any(len(w) > C4_MAX_WORD_LENGTH for w in line.split()):
            continue
        line = C4_CITATION.sub("", line)
        if not line.endswith(C4_END_MARKS) or line.endswith(C4_ELLIPSIS):
            continue
        if len(line.split()) < min_words:
            continue
        lower = line.lower()
        if "lorem ipsum" in lower:
            if page_rules:
                return ""
            continue
        if "javascript" in lower:
            continue
        if "{" in line:
            if page_rules:
                return ""
            continue
        if any(p in lower for p in C4_POLICY):
            continue
        sentences += max(1, len(C4_SENTENCE_END.findall(line)))
        kept.append(line)
    if page_rules and sentences < C4_MIN_SENTENCES:
        return ""
    return "\n".join(kept).strip()


# -- Data -----------------------------------------------------------------------------------


def load_pages(limit: int | None = None) -> list[dict]:
    """Read every page with its gold body, silver labels and site."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    labels = json.loads(LABELS.read_text(encoding="utf-8")) if LABELS.exists() else {}
    pages = []
    for path in sorted(TEXT_DIR.glob("*.txt")):
        key = path.stem
        if key not in gold:
            continue
        label = labels.get(key, {})
        url = gold[key].get("url") or label.get("url") or ""
        host = urlparse(url).netloc.lower()
        pages.append(
            {
                "id": key,
                "text": path.read_text(encoding="utf-8"),
                "gold": gold[key].get("articleBody", ""),
                "labels": label,
                "site": host[4:] if host.startswith("www.") else host,
            }
        )
    return pages[:limit] if limit else pages


def throughput(fn: Callable[[str], object], texts: Sequence[str], repeats: int = 3) -> float:
    """MB/s of UTF-8 input through ``fn`` on one core (best of ``repeats`` runs).

    Time is this process's CPU time, not wall time: on a shared machine wall time also
    counts the time other processes held the core.
    """
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - start)
    return size / best / 1e6


# -- Reports --------------------------------------------------------------------------------


def _row(name: str, s: M.ShingleScores, ci: float, speed: float | None) -> str:
    mbs = f"{speed:7.2f}" if speed is not None else "      -"
    return f"{name:<26} {s.precision:9.3f} {s.recall:7.3f} {s.f1:7.3f} ± {ci:.3f} {mbs}"


def field_report(pages: list[dict], articles: list) -> list[str]:
    """Caption, byline, author and title scores against the silver labels.

    The silver ``authors`` miss many names that the silver ``byline_lines`` show ("By
    DANICA KIRKA and JILL LAWLESS" with no authors listed), so author names are also
    scored against authors, unverified authors and byline lines together; the recall of
    that row is not meaningful (a byline line is not a name).
    """
    captions, bylines, authors, authors_loose, titles = [], [], [], [], []
    for page, article in zip(pages, articles):
        lab = page["labels"]
        captions.append(([c.span.slice(article.source) for c in article.captions], lab.get("captions", [])))
        bylines.append(([b.text for b in article.bylines], lab.get("byline_lines", [])))
        # Author names are those of bylines crediting people or agencies; a "source"
        # byline names a show or outlet.
        names = [n for b in article.bylines if b.kind != "source" for n in b.names]
        authors.append((names, lab.get("authors", [])))
        lines = lab.get("byline_lines", [])
        authors_loose.append((names, lab.get("authors", []) + lab.get("authors_unverified", []) + lines))
        if lab.get("title"):
            silver = [lab["title"]] + ([lab["h1"]] if lab.get("h1") else [])
            titles.append(([article.title] if article.title else [], silver))
    out = [f"{'field (silver labels)':<26} {'precision':>9} {'recall':>7} {'pred':>6} {'silver':>6}"]
    for name, pairs in (
        ("captions", captions),
        ("byline lines", bylines),
        ("author names", authors),
        ("  vs authors+byline lines", authors_loose),
    ):
        s = M.field_scores(pairs)
        out.append(f"{name:<26} {s.precision:9.3f} {s.recall:7.3f} {s.predicted:6d} {s.expected:6d}")
    hit = sum(1 for pred, silver in titles if pred and any(M.loose_match(pred[0], x) for x in silver))
    out.append(f"{'title (title or h1)':<26} {hit / max(1, len(titles)):9.3f} {'':>7} {len(titles):6d}")
    return out


def site_folds(pages: list[dict], k: int) -> list[list[int]]:
    """Split page indexes into ``k`` folds with every site's pages in one fold."""
    sites: dict[str, list[int]] = {}
    for i, p in enumerate(pages):
        sites.setdefault(p["site"], []).append(i)
    folds: list[list[int]] = [[] for _ in range(k)]
    # Largest sites first into the smallest fold keeps the folds about the same size.
    for _, idx in sorted(sites.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        min(folds, key=len).extend(idx)
    return folds


def cross_validate(pages: list[dict], k: int) -> list[str]:
    """Train on k-1 site-grouped folds, score body F1 on the held-out fold."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "train_text_classifier.py"
    spec = importlib.util.spec_from_file_location("train_text_classifier", script)
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    out = [f"grouped-by-site {k}-fold cross-validation (model trained without the held-out sites)"]
    f1s = []
    all_scores = []
    for n, fold in enumerate(site_folds(pages, k)):
        held = set(fold)
        train = [p for i, p in enumerate(pages) if i not in held]
        test = [pages[i] for i in sorted(held)]
        model = trainer.fit(train)
        parser = Parser(load_entrypoints=False)
        preds = [trainer.predict_body(parser, model, p["text"]) for p in test]
        s = M.shingle_scores(preds, [p["gold"] for p in test])
        all_scores.extend(s.pages)
        f1s.append(s.f1)
        out.append(f"  fold {n + 1}: {len(test):3d} pages  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")
    pooled = M.combine(all_scores)
    out.append(
        f"  pooled held-out F1 {pooled.f1:.3f} (P {pooled.precision:.3f}, R {pooled.recall:.3f}); "
        f"fold F1 {min(f1s):.3f}-{max(f1s):.3f}"
    )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print newsparse beside the baselines."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--by-site-folds", type=int, metavar="K", help="grouped-by-site cross-validation of the trained model")
    ap.add_argument("--pages", type=int, help="only the first N pages (quick runs)")
    ap.add_argument("--worst", type=int, default=0, metavar="N", help="list the N pages newsparse scores worst on")
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput runs")
    args = ap.parse_args(argv)

    pages = load_pages(args.pages)
    texts = [p["text"] for p in pages]
    golds = [p["gold"] for p in pages]
    parser = Parser(load_entrypoints=False)

    def _newsparse_body(text: str) -> str:
        return parser.parse(text, format="text", extract=False).text

    articles = [parser.parse(t, format="text", extract=False) for t in texts]
    systems = [
        ("newsparse", [a.text for a in articles], _newsparse_body),
        ("all text", texts, None),
        ("C4 lines (>=3 words)", [c4_filter(t) for t in texts], c4_filter),
        ("C4 lines (>=5, as C4)", [c4_filter(t, min_words=5) for t in texts], None),
        ("C4 line rules only", [c4_filter(t, page_rules=False) for t in texts], None),
    ]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(pages)} pages, {size:.2f} MB of text, {len({p['site'] for p in pages})} sites")
    print(f"{'body (shingle metric)':<26} {'precision':>9} {'recall':>7} {'F1':>7} {'95% CI':>7} {'MB/s':>7}")
    for name, preds, fn in systems:
        s = M.shingle_scores(preds, golds)
        speed = throughput(fn, texts) if fn is not None and not args.no_speed else None
        print(_row(name, s, M.bootstrap_interval(s.pages), speed))
        if name == "newsparse":
            ours = s
    print()
    for line in field_report(pages, articles):
        print(line)
    if args.worst:
        print()
        ranked = sorted(zip(ours.pages, pages), key=lambda x: min(x[0].precision or 0, x[0].recall or 0))
        for s, p in ranked[: args.worst]:
            print(f"  {p['id'][:12]} {p['site']:<28} P {s.precision or 0:.2f} R {s.recall or 0:.2f}")
    if args.by_site_folds:
        print()
        for line in cross_validate(pages, args.by_site_folds):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Body, caption, byline and author extraction from crawler plain text.

Scores newsparse on two sets of crawler text, with baselines run in the same process on the
same pages: keeping all the text; the C4-style line filter (lines of three or more words
that end a sentence); and the C4 line filter itself, with its page rules and blacklists:

* ``scrapinghub-text``: the 181 pages of Scrapinghub's article-extraction benchmark
  rendered to visible text, against the human ``articleBody`` of
  ``bench/scrapinghub/ground-truth.json`` with the benchmark's shingle metric (see
  ``_metrics.py``), and the short fields against the silver ``labels.json``;
* ``trafilatura-dev-text``: the 527 pages of ``trafilatura-dev`` as crawler text, scored
  with trafilatura's snippet metric on the snippets that survive the conversion
  (``with_in_text`` / ``without_in_text``).

A lost article is a page with text to find whose body holds none of it: a page F1 under
:data:`_metrics.SHINGLE_LOST_F1` (shingles), or none of the surviving ``with`` snippets.

Usage::

    python benchmarks/text_track.py [--set NAME] [--by-site-folds K] [--pages N] [--worst N]
        [--mode MODE] [--causes] [--dump FILE] [--compare FILE [FILE]]

``--causes`` counts, on the snippet-scored set, why snippets are missed or kept: where the
block holding each stands against the body and what the classifier decided for it
(``_causes.py``).

``--mode`` runs newsparse in that extraction mode (``precision``, ``balanced``, the
default, or ``recall``; see ``docs/guide/modes.md``).

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

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _causes as C
import _metrics as M
from _text_sets import load_trafilatura_text

from newsparse.classify.modes import DEFAULT_MODE, MODES
from newsparse.document import BODY_LABELS
from newsparse.parser import Parser

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


#: The end of a sentence line for the C4-style filter: ., ! or ?, then closing quotes or
#: brackets in any of the common styles ("...", «...», „...“, (...)).
SENTENCE_LINE_END = re.compile(r"[.!?][\"'”’»«“)\]]{0,3}$")


def sentence_lines(text: str, *, min_words: int = 3) -> str:
    """The C4-style line filter: keep the lines of ``min_words`` or more words that end a
    sentence, nothing else (none of C4's page rules or word blacklists).

    Args:
        text: one page of plain text.
        min_words: fewest whitespace-separated words on a kept line.

    Returns:
        The kept lines, stripped, joined by newlines.
    """
    kept = [line.strip() for line in text.splitlines()]
    return "\n".join(
        line for line in kept if SENTENCE_LINE_END.search(line) and len(line.split()) >= min_words
    )


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
        pages.append(
            {
                "id": key,
                "text": path.read_text(encoding="utf-8"),
                "gold": gold[key].get("articleBody", ""),
                "truth": gold[key].get("articleBody", ""),
                "labels": label,
                "site": M.site_of(url),
            }
        )
    return pages[:limit] if limit else pages


SETS = {
    "scrapinghub-text": {"load": load_pages, "record": M.shingle_record, "summary": M.shingle_summary,
                         "metric": "shingle F1 against the human body"},
    "trafilatura-dev-text": {"load": load_trafilatura_text, "record": M.snippet_record,
                             "summary": M.snippet_summary,
                             "metric": "snippet F1, pooled, surviving snippets only"},
}


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


def cross_validate(pages: list[dict], k: int) -> list[str]:
    """Train on k-1 site-grouped folds, score body F1 on the held-out fold."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "train_text_classifier.py"
    spec = importlib.util.spec_from_file_location("train_text_classifier", script)
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    out = [f"grouped-by-site {k}-fold cross-validation (model trained without the held-out sites)"]
    # The shipped model also learns from the snippet-labelled multilingual pages, as here;
    # they are scored held out by site by the trainer's --with-snippets --folds K.
    snippet_pages = trainer.load_snippet_pages()
    f1s = []
    all_scores = []
    for n, fold in enumerate(M.site_folds([p["site"] for p in pages], k)):
        held = set(fold)
        train = [p for i, p in enumerate(pages) if i not in held]
        test = [pages[i] for i in sorted(held)]
        model = trainer.fit(train + snippet_pages)
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


#: Languages with at least this many pages get a row of their own in the language table.
LANGUAGE_MIN_PAGES = 15


def _by_language(pages: list[dict], per_system: dict[str, dict[str, dict]], summary) -> list[str]:
    """F1 and lost articles per page language (``<html lang>``), newsparse beside the C4-style filter."""
    langs = [(p["labels"].get("lang") or "?").lower()[:2] or "?" for p in pages]
    counts: dict[str, int] = {}
    for lang in langs:
        counts[lang] = counts.get(lang, 0) + 1
    if len(counts) < 2:
        return []
    groups = sorted((lang for lang, n in counts.items() if n >= LANGUAGE_MIN_PAGES), key=lambda g: -counts[g])
    systems = ("newsparse", "C4-style lines (>=3 words)")
    out = [f"{'by language (F1/lost)':<27} {'pages':>5}  " + "  ".join(f"{s[:18]:>18}" for s in systems)]
    for group in [*groups, "other"]:
        ids = [p["id"] for p, lang in zip(pages, langs) if lang == group or (group == "other" and lang not in groups)]
        cells = []
        for system in systems:
            records = [per_system[system][i] for i in ids]
            cells.append(f"{summary(records)[0]:.3f}/{sum(r['lost'] for r in records):<4d}".rjust(18))
        out.append(f"  {group:<25} {len(ids):5d}  " + "  ".join(cells))
    return out


def run_set(name: str, args, parser: Parser) -> dict[str, dict[str, dict]]:
    """Run newsparse and the baselines on one set, print its tables, return per-page records.

    Returns:
        system -> page id -> record (see ``_metrics``).
    """
    spec = SETS[name]
    pages = spec["load"](args.pages)
    record, summary = spec["record"], spec["summary"]
    texts = [p["text"] for p in pages]

    def newsparse_body(text: str) -> str:
        return parser.parse(text, format="text", extract=False).text

    articles = [parser.parse(t, format="text", extract=False) for t in texts]
    systems = [
        ("newsparse", [a.text for a in articles], newsparse_body),
        ("all text", texts, None),
        ("C4-style lines (>=3 words)", [sentence_lines(t) for t in texts], sentence_lines),
        ("C4 lines (>=3 words)", [c4_filter(t) for t in texts], c4_filter),
        ("C4 lines (>=5, as C4)", [c4_filter(t, min_words=5) for t in texts], None),
        ("C4 line rules only", [c4_filter(t, page_rules=False) for t in texts], None),
    ]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"== {name}: {len(pages)} pages, {size:.2f} MB of text, {len({p['site'] for p in pages})} sites; "
          f"{spec['metric']}")
    print(f"{'body':<27} {'precision':>9} {'recall':>7} {'F1':>7} {'95% CI':>7} {'lost':>5} {'MB/s':>7}")
    per_system: dict[str, dict[str, dict]] = {}
    for system, bodies, fn in systems:
        records = [record(p, b) for p, b in zip(pages, bodies)]
        f1, precision, recall = summary(records)
        ci = M.bootstrap_halfwidth(records, lambda rs: summary(rs)[0], rounds=300)
        speed = throughput(fn, texts) if fn is not None and not args.no_speed else None
        mbs = f"{speed:7.2f}" if speed is not None else "      -"
        lost = sum(r["lost"] for r in records)
        print(f"{system:<27} {precision:9.3f} {recall:7.3f} {f1:7.3f} ± {ci:.3f} {lost:5d} {mbs}")
        per_system[system] = {p["id"]: r for p, r in zip(pages, records)}
    print()
    for line in field_report(pages, articles):
        print(line)
    ours = per_system["newsparse"]
    languages = _by_language(pages, per_system, summary)
    if languages:
        print()
        for line in languages:
            print(line)
    if args.list_lost:
        print()
        print("lost articles (newsparse):")
        for p in pages:
            if ours[p["id"]]["lost"]:
                print(f"  {p['id'][:60]:<60} {p['site']}")
    if args.causes and "with" in pages[0]:
        print()
        print("why snippets count against newsparse (see _causes.py):")
        for line in C.tally(snippet_causes(parser, pages, articles)):
            print(line)
    if args.worst:
        print()
        for p in sorted(pages, key=lambda p: ours[p["id"]]["score"])[: args.worst]:
            r = ours[p["id"]]
            print(f"  {r['score']:.3f}{' LOST' if r['lost'] else '     '} {p['id'][:40]:<40} {p['site']}")
    if args.by_site_folds:
        print()
        sites = [p["site"] for p in pages]
        folds = M.site_folds(sites, args.by_site_folds)
        print(f"{args.by_site_folds} folds grouped by site: F1/lost per fold")
        for system, recs in per_system.items():
            values, cells = [], []
            for fold in folds:
                rs = [recs[pages[i]["id"]] for i in fold]
                values.append(summary(rs)[0])
                cells.append(f"{values[-1]:.3f}/{sum(r['lost'] for r in rs)}")
            print(f"  {system:<26} " + "  ".join(cells) + f"   spread {min(values):.3f}-{max(values):.3f}")
        if name == "scrapinghub-text":
            # The line model is trained on this set: score it on sites it did not see.
            print()
            try:
                for line in cross_validate(pages, args.by_site_folds):
                    print(line)
            except ImportError as error:  # training needs numpy and scikit-learn
                print(f"cross-validation skipped: {error}")
    print()
    return per_system


def snippet_causes(parser: Parser, pages: Sequence[dict], articles: Sequence) -> dict[str, tuple[str, list]]:
    """Each snippet-scored page's causes of missed and kept snippets (see ``_causes.py``).

    Returns:
        page id -> (its site, its causes).
    """
    out = {}
    for page, article in zip(pages, articles):
        blocks = [
            C.ExplainedBlock(e.block.text, str(e.decision.label), str(e.decision.reason),
                             e.decision.label in BODY_LABELS)
            for e in parser.explain(page["text"], format="text")
        ]
        out[page["id"]] = (page["site"], C.snippet_causes(blocks, article.text, page["with"], page["without"]))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print newsparse beside the baselines, set by set."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append", dest="sets",
                    help="run only this set (repeat for several); default all")
    ap.add_argument("--by-site-folds", type=int, metavar="K",
                    help="per-fold spread by site, and grouped-by-site cross-validation of the trained model")
    ap.add_argument("--pages", type=int, help="only the first N pages of each set (quick runs)")
    ap.add_argument("--worst", type=int, default=0, metavar="N", help="list the N pages newsparse scores worst on")
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput runs")
    ap.add_argument("--causes", action="store_true",
                    help="count why snippets are missed or kept, by where the block stands and its decision")
    ap.add_argument("--mode", choices=MODES, default=DEFAULT_MODE,
                    help="newsparse's extraction mode (Parser(mode=...))")
    M.add_run_options(ap)
    args = ap.parse_args(argv)
    if M.compare_dumps_only(ap, args):
        return 0
    parser = Parser(load_entrypoints=False, mode=args.mode)
    results = {name: run_set(name, args, parser) for name in (args.sets or list(SETS))}
    M.finish_run(args, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

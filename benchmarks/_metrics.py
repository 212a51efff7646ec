"""Scoring shared by the benchmarks: body shingles, and loose matching of short fields.

Body text is scored as the article-extraction benchmark of Scrapinghub scores it
(https://github.com/scrapinghub/article-extraction-benchmark, ``evaluate.py``):

* tokens are the ``\\w+`` runs of the text, case kept (the benchmark's regex carries the
  IGNORECASE flag, which does not fold case for ``\\w``);
* shingles are the 4-grams of tokens, counted with multiplicity; a text of fewer than four
  tokens gives one shorter shingle, an empty text none;
* per page, ``tp = sum(min(pred, gold))``, ``fp`` and ``fn`` the excesses, all three divided
  by their sum so that long pages weigh no more than short ones;
* precision is the mean over the pages with ``tp + fp > 0`` (a page with an empty
  prediction does not count for precision), recall the mean over the pages with
  ``tp + fn > 0`` (a page whose gold and prediction are both empty counts for neither); a
  page with ``fp == fn == 0`` scores 1 on both;
* F1 is the harmonic mean of the two means, not a mean of per-page F1s.

Short fields (captions, bylines, author names, titles) are compared loosely, because the
silver labels and the text disagree on spacing, case, punctuation and on what a caption
includes ("Image 1 of 23", a credit or not): both sides are normalised (lowercased, reduced
to their ``\\w+`` tokens joined by one space) and two items match when one normalised form
contains the other on token boundaries, the shorter being at least
:data:`MIN_CONTAINED_TOKENS` tokens long (or the two being equal).
"""

from __future__ import annotations

import json
import random
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple
from urllib.parse import urlsplit

TOKEN = re.compile(r"\w+")

#: Shingle length of the article-extraction benchmark.
NGRAM = 4

#: A shorter item must have this many tokens to match by containment: one or two tokens
#: ("AP", "Photo") are contained in nearly every caption or byline.
MIN_CONTAINED_TOKENS = 2


class PageScore(NamedTuple):
    """One page's normalised shingle counts, with its precision and recall.

    ``precision`` is None when the page does not count for the precision mean (nothing
    predicted), ``recall`` None when it does not count for the recall mean (nothing to find).
    """

    tp: float
    fp: float
    fn: float
    precision: float | None
    recall: float | None


class ShingleScores(NamedTuple):
    """Macro-averaged precision and recall over pages, their F1, and the per-page scores."""

    precision: float
    recall: float
    f1: float
    pages: tuple[PageScore, ...]


def tokens(text: str) -> list[str]:
    """Return the ``\\w+`` tokens of ``text``, case kept."""
    return TOKEN.findall(text or "")


def shingles(text: str, n: int = NGRAM) -> Counter:
    """Count the token n-grams of ``text`` (one shorter n-gram if it has fewer tokens)."""
    toks = tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def page_score(pred: str, gold: str, n: int = NGRAM) -> PageScore:
    """Score one page's predicted body against its gold body."""
    p, g = shingles(pred, n), shingles(gold, n)
    tp = sum(min(count, g[key]) for key, count in p.items() if key in g)
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    precision = recall = None
    if fp == 0 and fn == 0:
        precision = recall = 1.0 if total else None
    else:
        if tp + fp > 0:
            precision = tp / (tp + fp)
        if tp + fn > 0:
            recall = tp / (tp + fn)
    return PageScore(float(tp), float(fp), float(fn), precision, recall)


def combine(pages: Sequence[PageScore]) -> ShingleScores:
    """Macro-average per-page scores into precision, recall and F1."""
    ps = [s.precision for s in pages if s.precision is not None]
    rs = [s.recall for s in pages if s.recall is not None]
    precision = statistics.fmean(ps) if ps else 0.0
    recall = statistics.fmean(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ShingleScores(precision, recall, f1, tuple(pages))


def shingle_scores(
    pred: Mapping[str, str] | Sequence[str], gold: Mapping[str, str] | Sequence[str]
) -> ShingleScores:
    """Score predicted bodies against gold bodies with the benchmark's shingle metric.

    Args:
        pred: predicted body texts, by page id (a mapping) or in page order (a sequence).
        gold: gold body texts, keyed or ordered like ``pred``.

    Returns:
        Macro precision, recall, their F1, and the per-page scores (in ``gold``'s order).

    Raises:
        ValueError: ``pred`` and ``gold`` do not cover the same pages.
    """
    if isinstance(gold, Mapping):
        if not isinstance(pred, Mapping) or set(pred) != set(gold):
            raise ValueError("predictions and gold must have the same page ids")
        pairs = [(pred[k], gold[k]) for k in gold]
    else:
        if isinstance(pred, Mapping) or len(pred) != len(gold):
            raise ValueError("predictions and gold must have the same length")
        pairs = list(zip(pred, gold))
    return combine([page_score(p, g) for p, g in pairs])


def bootstrap_interval(
    pages: Sequence[PageScore], *, rounds: int = 1000, seed: int = 0
) -> float:
    """Half-width of the 95% bootstrap interval of F1 over pages (1.96 standard deviations)."""
    rng = random.Random(seed)
    n = len(pages)
    values = [combine([pages[rng.randrange(n)] for _ in range(n)]).f1 for _ in range(rounds)]
    return 1.96 * statistics.stdev(values) if len(values) > 1 else 0.0


# -- Loose matching of short fields ---------------------------------------------------------


def normalise(text: str) -> str:
    """Lowercase ``text`` and reduce it to its ``\\w+`` tokens joined by one space."""
    return " ".join(TOKEN.findall((text or "").lower()))


def loose_match(a: str, b: str) -> bool:
    """Whether two short texts name the same thing: equal, or one contains the other.

    Both are :func:`normalise`\\ d first; containment is on token boundaries and needs
    the shorter side to have at least :data:`MIN_CONTAINED_TOKENS` tokens.
    """
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long = (na, nb) if len(na) <= len(nb) else (nb, na)
    if short.count(" ") + 1 < MIN_CONTAINED_TOKENS:
        return False
    return f" {short} " in f" {long} "


class FieldScores(NamedTuple):
    """Micro precision and recall of predicted items against silver items, with counts."""

    precision: float
    recall: float
    predicted: int
    expected: int


def field_scores(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> FieldScores:
    """Score predicted items against silver items, page by page, then pooled (micro).

    Args:
        pairs: for each page, ``(predicted items, silver items)``.

    Returns:
        Precision (share of predicted items that loosely match a silver item of the same
        page) and recall (share of silver items matched by a predicted item); 0 where
        nothing was predicted or expected.
    """
    hit_pred = n_pred = hit_gold = n_gold = 0
    for predicted, silver in pairs:
        n_pred += len(predicted)
        n_gold += len(silver)
        hit_pred += sum(1 for p in predicted if any(loose_match(p, s) for s in silver))
        hit_gold += sum(1 for s in silver if any(loose_match(p, s) for p in predicted))
    return FieldScores(
        hit_pred / n_pred if n_pred else 0.0,
        hit_gold / n_gold if n_gold else 0.0,
        n_pred,
        n_gold,
    )


# -- trafilatura's snippet metric -----------------------------------------------------------
#
# The metric of the trafilatura project's own evaluation (``tests/comparison.py``): each
# page lists ``with`` snippets (main text a good extraction contains) and ``without``
# snippets (boilerplate it must leave out). A snippet counts as found when it occurs,
# whitespace-normalised and case kept, in the whitespace-normalised body. The counts are
# pooled over all pages before precision and recall are taken (micro-averaging), so a page
# with six snippets weighs twice as much as a page with three.


class SnippetCounts(NamedTuple):
    """One page's snippet counts: ``with`` found (tp) or missed (fn), ``without`` found (fp)
    or absent (tn)."""

    tp: int
    fn: int
    fp: int
    tn: int


class PooledScores(NamedTuple):
    """Precision, recall and F1 of counts pooled over pages."""

    precision: float
    recall: float
    f1: float


def normalise_space(text: str) -> str:
    """Fold runs of whitespace (Unicode included) to one space and trim."""
    return " ".join((text or "").split())


def snippet_counts(body: str, with_: Sequence[str], without: Sequence[str]) -> SnippetCounts:
    """Count which snippets occur in ``body`` (both sides whitespace-normalised)."""
    text = normalise_space(body)
    found = [normalise_space(s) in text for s in with_]
    leaked = [normalise_space(s) in text for s in without]
    return SnippetCounts(sum(found), len(found) - sum(found), sum(leaked), len(leaked) - sum(leaked))


def pooled_scores(pages: Iterable[SnippetCounts]) -> PooledScores:
    """Pool snippet counts over pages (micro-average) into precision, recall and F1."""
    tp = fn = fp = 0
    for page in pages:
        tp, fn, fp = tp + page.tp, fn + page.fn, fp + page.fp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PooledScores(precision, recall, f1)


def snippets_lost(counts: SnippetCounts) -> bool:
    """A lost article: the page has ``with`` snippets and the body holds none of them."""
    return counts.tp == 0 and counts.fn > 0


def page_f1(tp: float, fp: float, fn: float) -> float:
    """F1 of one page's counts; 1 when there was nothing to find and nothing was found."""
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


#: Below this page F1 (shingle metric), a body holds next to nothing of the article: the
#: shingle counterpart of "none of the ``with`` snippets found". A body that keeps a
#: sidebar, a caption or the headline alone scores under it; one that keeps a tenth of the
#: article and nothing else scores about 0.18.
SHINGLE_LOST_F1 = 0.1


def shingles_lost(score: PageScore, gold: str, body: str) -> bool:
    """A lost article by the shingle metric: the gold has text, and the body is empty or
    scores under :data:`SHINGLE_LOST_F1`."""
    if not tokens(gold):
        return False
    return not body.strip() or page_f1(score.tp, score.fp, score.fn) < SHINGLE_LOST_F1


# -- Per-page records ---------------------------------------------------------------------------
#
# A benchmark turns each page's body into a record: its counts, a ``score`` to compare two
# runs page by page, and ``lost``. A summary turns a list of records into (F1, precision,
# recall). Records are plain dicts so that a run can be dumped as JSON and compared later.


def shingle_record(page: dict, body: str) -> dict:
    """Shingle record of a body against ``page["truth"]``."""
    s = page_score(body, page["truth"])
    return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall,
            "score": page_f1(s.tp, s.fp, s.fn), "lost": shingles_lost(s, page["truth"], body)}


def shingle_summary(records: Sequence[dict]) -> tuple[float, float, float]:
    """Macro F1, precision and recall of shingle records."""
    pages = [PageScore(r["tp"], r["fp"], r["fn"], r["precision"], r["recall"]) for r in records]
    combined = combine(pages)
    return combined.f1, combined.precision, combined.recall


def snippet_record(page: dict, body: str) -> dict:
    """Snippet record of a body against ``page["with"]`` and ``page["without"]``."""
    c = snippet_counts(body, page["with"], page["without"])
    return {"tp": c.tp, "fn": c.fn, "fp": c.fp, "tn": c.tn,
            "score": page_f1(c.tp, c.fp, c.fn), "lost": snippets_lost(c)}


def snippet_summary(records: Sequence[dict]) -> tuple[float, float, float]:
    """Pooled F1, precision and recall of snippet records."""
    pooled = pooled_scores(SnippetCounts(r["tp"], r["fn"], r["fp"], r["tn"]) for r in records)
    return pooled.f1, pooled.precision, pooled.recall


# -- Resampling and folds --------------------------------------------------------------------


def bootstrap_halfwidth(items: Sequence, statistic, *, rounds: int = 1000, seed: int = 0) -> float:
    """Half-width of the 95% bootstrap interval of ``statistic`` over resampled ``items``.

    Args:
        items: the per-page results.
        statistic: a function from a list of items to a number (an F1, a match rate).
        rounds: bootstrap resamples.
        seed: the resampling seed, fixed so two runs resample the same way.

    Returns:
        1.96 standard deviations of the statistic over the resamples (0 for fewer than two).
    """
    rng = random.Random(seed)
    n = len(items)
    if n < 2:
        return 0.0
    values = [statistic([items[rng.randrange(n)] for _ in range(n)]) for _ in range(rounds)]
    return 1.96 * statistics.stdev(values)


def site_of(url: str) -> str:
    """The host of ``url`` without ``www.``; for a web archive capture, the archived host."""
    parts = urlsplit(url)
    host = parts.netloc.lower()
    if host == "web.archive.org":
        archived = re.sub(r"^/web/\d+\w*/", "", parts.path)
        inner = urlsplit(archived if "//" in archived else "http://" + archived)
        host = inner.netloc.lower()
    return host.removeprefix("www.")


# Endings of host names, to read a site off a file name such as "zeit.de.zugverkehr".
_SUFFIXES = frozenset((
    "com", "net", "org", "info", "biz", "edu", "gov", "de", "at", "ch", "fr", "es", "it", "nl",
    "be", "pl", "uk", "cz", "dk", "se", "no", "fi", "pt", "ru", "jp", "cn", "br", "mx", "ar",
    "cl", "co", "pa", "hn", "gt", "cu", "jm", "vc", "bz", "tt", "bb", "bs", "lc", "io", "eu",
    "us", "ca", "au", "nz", "in",
))


def site_of_file(name: str) -> str:
    """The site a file is named after ("jamaica.gleaner.com-victims.html.gz" -> its host)."""
    pieces = re.split(r"[.\-_]", name.lower())
    for i, piece in enumerate(pieces[1:], start=1):
        if piece in _SUFFIXES:
            return ".".join(pieces[: i + 1]).removeprefix("www.")
    return pieces[0]


def site_folds(sites: Sequence[str], k: int) -> list[list[int]]:
    """Split item indexes into ``k`` folds so that every site's items sit in one fold.

    Args:
        sites: the site of each item.
        k: the number of folds.

    Returns:
        ``k`` lists of indexes, of about the same size (largest sites placed first, each
        into the smallest fold so far).
    """
    by_site: dict[str, list[int]] = {}
    for i, site in enumerate(sites):
        by_site.setdefault(site, []).append(i)
    folds: list[list[int]] = [[] for _ in range(k)]
    for _, idx in sorted(by_site.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        min(folds, key=len).extend(idx)
    return folds


# -- Where the body starts (the postlight set) ------------------------------------------------


def first_words(text: str, n: int) -> str:
    """The first ``n`` whitespace-separated words of ``text``, joined by single spaces."""
    return " ".join((text or "").split()[:n])


def _unspaced(text: str) -> str:
    return "".join((text or "").split())


def opening_text(article) -> str:
    """The body text whose first words the postlight set checks: ``Article.text``, with the
    dateline newsparse split off its first paragraph ("WASHINGTON (Reuters) -") put back in
    front, as the page and the reference's body text have it. (Other systems' text as it is.)
    """
    if not hasattr(article, "text"):
        return article or ""
    dateline = getattr(article, "dateline", None)
    return f"{dateline.text} {article.text}" if dateline is not None else article.text


def starts_with_words(body: str, expected: str, n: int) -> bool:
    """The postlight check: the body's first ``n`` words equal ``expected`` (whitespace
    normalised). An empty ``expected`` asks for an empty body.

    The expected words are the reference's: the texts of its elements concatenated with
    nothing added, so the last word of one paragraph and the first of the next come out
    as one word wherever the page had no whitespace between the two elements
    (``"America.The"``; a ``<br>`` adds none either). Whether it had is not known from
    ``body``, so at each line break of ``body`` (newsparse separates paragraphs with a
    blank line, trafilatura with a newline) the two words may be read either way; inside
    a line every word must match as it stands.
    """
    want = expected.split()[:n]
    tokens: list[tuple[str, bool]] = []  # (word, whether a line ends after it)
    for line in (body or "").splitlines():
        words = line.split()
        tokens.extend((word, k == len(words) - 1) for k, word in enumerate(words))
    i = 0
    for word in want:
        if i >= len(tokens):
            return False
        got, at_break = tokens[i]
        i += 1
        while got != word and at_break and i < len(tokens) and word.startswith(got):
            following, at_break = tokens[i]
            got += following
            i += 1
        if got != word:
            return False
    # A reference body shorter than n words asks for a body just as short.
    return len(want) == n or i == len(tokens)


def starts_with_text(body: str, expected: str) -> bool:
    """The gentler check: ``expected`` with all whitespace removed begins ``body`` with all
    whitespace removed (absorbs words glued or split differently at element boundaries)."""
    return _unspaced(body).startswith(_unspaced(expected))


#: Length of the pieces of the expected opening looked for anywhere in the body.
START_PIECE_CHARS = 20


def start_lost(body: str, expected: str) -> bool:
    """A lost article on the postlight set: the page has an expected opening, and the body
    is empty or holds none of its pieces of :data:`START_PIECE_CHARS` characters (spaces
    removed, so any script counts alike). A body that merely starts a little earlier or
    later keeps some piece; one that holds a sidebar instead of the story keeps none."""
    want = _unspaced(expected)
    if not want:
        return False
    have = _unspaced(body)
    pieces = [want[i : i + START_PIECE_CHARS] for i in range(0, len(want), START_PIECE_CHARS)]
    return not any(piece in have for piece in pieces if len(piece) >= min(len(want), START_PIECE_CHARS // 2))


# -- Page-by-page comparison of two runs ------------------------------------------------------


def compare_pages(
    old: Mapping[str, Mapping], new: Mapping[str, Mapping], *, min_delta: float = 1e-9
) -> tuple[list[tuple[str, float, float]], list[tuple[str, float, float]]]:
    """Pages whose score fell or rose between two runs.

    Args:
        old: page id -> record with a ``score`` (and optionally ``lost``), from one run.
        new: the same from the other run.
        min_delta: smallest change reported.

    Returns:
        ``(worse, better)``: ``(page id, old score, new score)`` for the pages both runs
        scored, worst fall (or best rise) first.
    """
    changed = [
        (key, old[key]["score"], new[key]["score"])
        for key in sorted(set(old) & set(new))
        if abs(new[key]["score"] - old[key]["score"]) > min_delta
    ]
    worse = sorted((c for c in changed if c[2] < c[1]), key=lambda c: c[2] - c[1])
    better = sorted((c for c in changed if c[2] > c[1]), key=lambda c: c[1] - c[2])
    return worse, better


def print_comparison(old: dict, new: dict, *, system: str = "newsparse", limit: int = 40) -> None:
    """Print, per set, the pages whose score (and lost status) changed between two dumps."""
    for set_name, systems in new.items():
        if system not in old.get(set_name, {}) or system not in systems:
            continue
        before, after = old[set_name][system], systems[system]
        worse, better = compare_pages(before, after)
        newly_lost = sorted(k for k in after if after[k]["lost"] and k in before and not before[k]["lost"])
        found = sorted(k for k in after if not after[k]["lost"] and k in before and before[k]["lost"])
        print(f"== {set_name} ({system}): {len(worse)} pages worse, {len(better)} better; "
              f"lost {sum(r['lost'] for r in before.values())} -> {sum(r['lost'] for r in after.values())}"
              f" (newly lost {len(newly_lost)}, recovered {len(found)})")
        for label, rows in (("worse", worse), ("better", better)):
            for key, a, b in rows[:limit]:
                flag = " NEWLY LOST" if key in newly_lost else " RECOVERED" if key in found else ""
                print(f"  {label:<6} {a:.3f} -> {b:.3f}  {key[:60]}{flag}")
            if len(rows) > limit:
                print(f"  ... and {len(rows) - limit} more {label}")


# -- Options shared by the tracks --------------------------------------------------------------


def add_run_options(ap) -> None:
    """Add ``--list-lost``, ``--dump`` and ``--compare`` to a track's argument parser."""
    from pathlib import Path

    ap.add_argument("--list-lost", action="store_true", help="list the pages whose article newsparse lost")
    ap.add_argument("--dump", type=Path, default=None, help="write per-page scores as JSON here")
    ap.add_argument("--compare", type=Path, nargs="+", metavar="FILE",
                    help="print pages that got worse/better against a dump (two dumps: no run)")


def compare_dumps_only(ap, args) -> bool:
    """With ``--compare OLD NEW``, print their comparison and return True (nothing to run)."""
    if args.compare and len(args.compare) > 2:
        ap.error("--compare takes one or two files")
    if args.compare and len(args.compare) == 2:
        old, new = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        print_comparison(old, new)
        return True
    return False


def finish_run(args, results: dict) -> None:
    """Write ``--dump`` and print ``--compare OLD`` against this run's per-page records."""
    if args.dump:
        args.dump.write_text(json.dumps(results, indent=0, sort_keys=True), encoding="utf-8")
    if args.compare:
        print_comparison(json.loads(args.compare[0].read_text(encoding="utf-8")), results)

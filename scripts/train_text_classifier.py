"""Train the body-line model of newsparse's classifier and write it as Python data.

Reads the crawler-text pages of ``bench/scrapinghub-text`` with the human bodies of
``bench/scrapinghub/ground-truth.json``, labels each line by whether its text occurs in the
human body, fits a logistic regression over :data:`newsparse.classify.body_model.FEATURES`
(scikit-learn, from the ``bench`` extra, is needed here only, never at run time), and writes the weights
to ``newsparse/models/text_lines.py``.

Usage::

    python scripts/train_text_classifier.py [--with-snippets] [--write | --check]
        [--folds K] [--features-from REV]

``--folds K`` prints a grouped-by-site cross-validation (every site's pages held out
together) before training on everything; ``--write`` replaces the shipped weights;
``--check`` fits as ``--write`` would and exits 1 unless the result is the shipped model
(the shipped model is trained with ``--with-snippets``).

The weights depend on every rule of the first pass the features read. ``--features-from
REV`` computes the features with the ``newsparse`` package of git revision REV (extracted
to a temporary folder) instead of this tree's; ``--write`` records it as
``FEATURES_FROM`` beside the weights, and ``--check`` uses the recorded revision unless
told another, so that the shipped weights can always be reproduced exactly. A model fitted
on this tree's first pass records None.
``NEWSPARSE_SHARED`` overrides where the shared data lives.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pprint
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
#: The folder of the newsparse whose first pass computes the features: this tree, or the
#: revision ``--features-from`` extracted (set for the process it starts).
FEATURES_ROOT = Path(os.environ.get("NEWSPARSE_FEATURES_ROOT", ROOT))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(FEATURES_ROOT))

from newsparse.assemble import assemble  # noqa: E402
from newsparse.classify import body_model  # noqa: E402
from newsparse.classify.pipeline import classify, first_pass  # noqa: E402
from newsparse.parser import Parser  # noqa: E402

SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))
TOKEN = re.compile(r"\w+")

#: The model's inverse regularisation strength: features are few and pages many, so a
#: mild penalty only keeps collinear window averages from trading huge weights.
C = 1.0
#: Cost of a switch between body and other in decoding (log-odds units); chosen by the
#: grouped cross-validation of ``--folds`` over 0.5, 1, 1.5, 2, 3 and 5.
SWITCH_COST = 1.5
# (A second, contextual model over the first one's verdicts around each line was tried:
# held out by site (``--folds 5``) it added 0.001 to body F1 (0.920 with it, 0.919 without;
# the folds range from 0.85 to 0.97) for a tenth of the classifier's time, so it went.)
#: A line of four or more tokens is body when at least this share of its 4-grams occurs in
#: the human body (captions or teasers that quote the body share a few, not half).
LABEL_MIN_SHARE = 0.5
#: A line shorter than this is not labelled by a snippet that merely contains it ("Home"
#: is inside many a snippet).
SNIPPET_MIN_CHARS = 30
#: How much a page of snippet-labelled lines weighs against a page labelled line by line.
SNIPPET_PAGE_WEIGHT = 1.0


def load_pages() -> list[dict]:
    """Read the pages with their gold bodies and sites.

    Returns:
        One dict per page: ``id``, ``text``, ``gold`` and ``site``.
    """
    gold = json.loads((SHARED / "bench" / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((SHARED / "bench" / "scrapinghub-text").glob("*.txt")):
        if path.stem not in gold:
            continue
        host = urlparse(gold[path.stem].get("url", "")).netloc.lower()
        pages.append({
            "id": path.stem,
            "text": path.read_text(encoding="utf-8"),
            "gold": gold[path.stem].get("articleBody", ""),
            "site": host[4:] if host.startswith("www.") else host,
        })
    return pages


def load_snippet_pages() -> list[dict]:
    """Read the crawler-text pages of ``bench/trafilatura-dev-text`` (many languages).

    Their gold is snippets, not whole bodies: text a good body holds (``with``) and
    boilerplate it must not hold (``without``), each kept only where it survived the
    conversion to text.

    Returns:
        One dict per page: ``id``, ``text``, ``with``, ``without`` and ``site``.
    """
    # (The text track reads them; one reader keeps the two in step.)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _text_sets import load_trafilatura_text

    return load_trafilatura_text()


def snippet_labels(texts: Sequence[str], with_: Sequence[str], without: Sequence[str]) -> list[int | None]:
    """Label the lines a snippet speaks for: 1 body, 0 boilerplate, None unknown.

    A line is labelled by a snippet it holds, or (when it is at least
    :data:`SNIPPET_MIN_CHARS` long) by a snippet that holds it; snippets cover a few lines
    of each page, the rest stay unlabelled and out of training.
    """
    def norm(text: str) -> str:
        return " ".join(text.split())

    def speaks(snippets: list[str], line: str) -> bool:
        return any(t and (t in line or (len(line) >= SNIPPET_MIN_CHARS and line in t)) for t in snippets)

    wanted, unwanted = [norm(t) for t in with_], [norm(t) for t in without]
    return [
        1 if speaks(wanted, line) else 0 if speaks(unwanted, line) else None
        for line in map(norm, texts)
    ]


def line_labels(texts: Sequence[str], gold: str) -> list[int]:
    """Label lines 1 when they belong to the human body ``gold``, else 0.

    A line of four tokens or more is body when most of its 4-grams occur in the body. A
    shorter line (a subheading, "Advertisement") is body when a 4-gram made of it and the
    end of the line before or the start of the line after occurs there: that is how the
    line reads in the body if it is part of it.

    Args:
        texts: the page's lines, in order.
        gold: the human body text.

    Returns:
        One label per line.
    """
    gtoks = TOKEN.findall(gold)
    grams = {tuple(gtoks[i : i + 4]) for i in range(max(0, len(gtoks) - 3))}
    toks = [TOKEN.findall(t) for t in texts]
    out = []
    for i, tk in enumerate(toks):
        if len(tk) >= 4:
            hits = sum(1 for j in range(len(tk) - 3) if tuple(tk[j : j + 4]) in grams)
            out.append(1 if hits >= LABEL_MIN_SHARE * (len(tk) - 3) else 0)
            continue
        if not tk:
            out.append(0)
            continue
        before = toks[i - 1][-3:] if i > 0 else []
        after = toks[i + 1][:3] if i + 1 < len(toks) else []
        seq = before + tk + after
        lo, hi = len(before), len(before) + len(tk)
        found = any(
            tuple(seq[j : j + 4]) in grams
            for j in range(max(0, len(seq) - 3))
            if j < hi and j + 4 > lo
        )
        out.append(1 if found else 0)
    return out


_CACHE: dict = {}


def _analyse(parser: Parser, text: str) -> tuple:
    # Features do not depend on the model: compute them once per page and reuse them
    # across folds and settings.
    if text not in _CACHE:
        document = parser.load(text, format="text")
        first = first_pass(document, parser.rules)
        page = body_model.BodyPage(
            first.measures, first.decisions, [w > 0 for w in first.weights], first.region
        )
        rows = [list(row) for row in zip(*body_model.feature_columns(page))] if document.blocks else []
        _CACHE[text] = (document, first, rows)
    return _CACHE[text]


def page_rows(parser: Parser, text: str) -> tuple[list[list[float]], list[str]]:
    """Feature rows and line texts of one page, as the classifier sees them.

    Args:
        parser: the parser whose loader and rules to use.
        text: the page's plain text.

    Returns:
        The feature rows and the lines' texts.
    """
    document, _, rows = _analyse(parser, text)
    return rows, [b.text for b in document.blocks]


def _logistic(x, y, w, c: float, names: Sequence[str]) -> dict:
    """Fit a weighted logistic regression; return raw-feature weights by name."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    # Standardise for the solver (it converges in a few dozen steps instead of thousands),
    # then fold the scaling back into raw-feature weights; column 0 is the bias.
    mean, std = x.mean(axis=0), x.std(axis=0)
    mean[0], std[0] = 0.0, 1.0
    std[std == 0] = 1.0
    clf = LogisticRegression(C=c, max_iter=1000, fit_intercept=False)
    clf.fit((x - mean) / std, y, sample_weight=w)
    coef = clf.coef_[0] / std
    coef[0] -= float((coef[1:] * mean[1:]).sum())
    return {name: round(float(v), 5) for name, v in zip(names, np.asarray(coef))}


def _page_arrays(parser: Parser, pages: Sequence[dict]) -> list[tuple]:
    out = []
    for page in pages:
        key = ("arrays", page["text"])
        if key in _CACHE:
            out.append(_CACHE[key])
            continue
        rows, texts = page_rows(parser, page["text"])
        if not rows:
            continue
        if "gold" in page:
            labels: list = line_labels(texts, page["gold"])
            scale = 100.0
        else:
            labels = snippet_labels(texts, page["with"], page["without"])
            scale = 100.0 * SNIPPET_PAGE_WEIGHT
        known = [i for i, v in enumerate(labels) if v is not None]
        if not known:
            continue
        rows, texts, labels = [rows[i] for i in known], [texts[i] for i in known], [labels[i] for i in known]
        sizes = [len(TOKEN.findall(t)) + 1 for t in texts]
        total = float(sum(sizes))
        # Lines weigh their share of the page's tokens, so that each page weighs about
        # the same, as in the page-averaged metric.
        _CACHE[key] = (rows, labels, [s / total * scale for s in sizes], page["site"])
        out.append(_CACHE[key])
    return out


def _stack(data: Sequence[tuple]):
    import numpy as np

    x = np.array([r for rows, _, _, _ in data for r in rows])
    y = np.array([v for _, labels, _, _ in data for v in labels])
    w = np.array([v for _, _, weights, _ in data for v in weights])
    return x, y, w


def fit(pages: Sequence[dict], *, switch_cost: float = SWITCH_COST, c: float = C) -> dict:
    """Fit the line model on ``pages`` (dicts with ``text``, ``gold`` and ``site``).

    Args:
        pages: training pages.
        switch_cost: the decoding's switch cost to record in the model.
        c: the inverse regularisation strength.

    Returns:
        The model, as :data:`newsparse.models.text_lines.MODEL` holds it.
    """
    parser = Parser(load_entrypoints=False)
    x, y, w = _stack(_page_arrays(parser, pages))
    return {"weights": _logistic(x, y, w, c, body_model.FEATURE_NAMES), "switch_cost": switch_cost}


def predict_body(parser: Parser, model: dict, text: str) -> str:
    """The body text newsparse extracts from ``text`` with ``model``.

    Args:
        parser: the parser whose loader and rules to use.
        model: a model from :func:`fit`.
        text: the page's plain text.

    Returns:
        The extracted body text.
    """
    document = _analyse(parser, text)[0]
    if not document.blocks:
        return ""
    return assemble(document, classify(document, parser.rules, model)).text


def _snippet_folds(extra: Sequence[dict], pages: Sequence[dict], k: int, metrics) -> None:
    """Score the snippet-labelled pages held out by site, the model trained on the rest.

    Each fold's sites are held out; the model is fitted on the other folds and on every
    line-labelled page, and the held-out pages are scored as the text track scores them.
    The shipped model, trained without them, is scored on the same pages beside it.
    """
    from newsparse.models import text_lines

    parser = Parser(load_entrypoints=False)
    held_out, shipped = [], []
    for fold in metrics.site_folds([p["site"] for p in extra], k):
        held = set(fold)
        model = fit(list(pages) + [p for i, p in enumerate(extra) if i not in held])
        for i in fold:
            page = extra[i]
            held_out.append(metrics.snippet_record(page, predict_body(parser, model, page["text"])))
            shipped.append(metrics.snippet_record(page, predict_body(parser, text_lines.MODEL, page["text"])))
    for name, records in (("shipped model", shipped), (f"held out by site ({k} folds)", held_out)):
        f1, precision, recall = metrics.snippet_summary(records)
        lost = sum(r["lost"] for r in records)
        print(f"trafilatura-dev-text, {name}: F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}), {lost} lost")


def _write(model: dict, pages: int, sites: int, snippet_pages: int = 0, features_from: str | None = None) -> None:
    target = ROOT / "newsparse" / "models" / "text_lines.py"
    body = pprint.pformat(model, width=88, sort_dicts=False)
    origin = (
        "this tree's first pass" if features_from is None
        else f"the first pass of revision\n{features_from}\n(``--features-from {features_from}``)"
    )
    target.write_text(
        '"""Weights of the body-line model: logistic regression over\n'
        ":data:`newsparse.classify.body_model.FEATURES`, and the switch cost of its decoding.\n\n"
        f"Written by ``scripts/train_text_classifier.py`` from {pages} pages of {sites} sites\n"
        "(crawler text of Scrapinghub's article-extraction benchmark, MIT)"
        + (f" and the snippet-labelled lines\nof {snippet_pages} pages of many languages "
           "(crawler text of trafilatura's evaluation\n"
           "set, Apache-2.0)" if snippet_pages else "")
        + f"; its features computed by {origin}. Do not edit by hand.\n"
        '"""\n\n'
        "#: The git revision whose first pass computed the features the weights were fitted on\n"
        "#: (None: the first pass of the tree they ship in).\n"
        f"FEATURES_FROM = {features_from!r}\n\n"
        f"MODEL = {body}\n",
        encoding="utf-8",
    )


def shipped_model() -> tuple[dict, str | None]:
    """The shipped model and the revision whose first pass it was fitted on (None: the
    tree it ships in), read from this tree's ``newsparse/models/text_lines.py`` whichever
    newsparse computes the features."""
    namespace: dict = {}
    exec((ROOT / "newsparse" / "models" / "text_lines.py").read_text(encoding="utf-8"), namespace)
    return namespace["MODEL"], namespace.get("FEATURES_FROM")


def check(model: dict) -> list[str]:
    """Compare a freshly fitted model with the shipped one.

    Args:
        model: a model from :func:`fit` on the pages the shipped one was trained on.

    Returns:
        One line per weight or setting that differs (empty when the two agree).
    """
    shipped = shipped_model()[0]
    names = list(dict.fromkeys([*shipped["weights"], *model["weights"]]))
    out = [
        f"{name}: shipped {shipped['weights'].get(name)}, fitted {model['weights'].get(name)}"
        for name in names
        if shipped["weights"].get(name) != model["weights"].get(name)
    ]
    if shipped.get("switch_cost") != model.get("switch_cost"):
        out.append(f"switch_cost: shipped {shipped.get('switch_cost')}, fitted {model.get('switch_cost')}")
    return out


def _run_with_features_from(revision: str, argv: list[str]) -> int:
    """Run this script again with the ``newsparse`` package of git ``revision`` computing
    the features; return its exit status."""
    with tempfile.TemporaryDirectory(prefix="newsparse-features-") as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "newsparse"],
            check=True, capture_output=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        if not any(a == "--features-from" or a.startswith("--features-from=") for a in argv):
            argv = [*argv, "--features-from", revision]
        env = {**os.environ, "NEWSPARSE_FEATURES_ROOT": folder}
        return subprocess.run([sys.executable, str(Path(__file__).resolve()), *argv], env=env).returncode


def main(argv: Sequence[str] | None = None) -> int:
    """Cross-validate and/or train, as the command line asks.

    Args:
        argv: command-line arguments (default: ``sys.argv``).

    Returns:
        The exit status.
    """
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=0, help="grouped-by-site cross-validation folds")
    ap.add_argument("--switch-costs", default="", help="comma-separated switch costs to compare")
    outcome = ap.add_mutually_exclusive_group()
    outcome.add_argument("--write", action="store_true", help="write newsparse/models/text_lines.py")
    outcome.add_argument("--check", action="store_true",
                         help="exit 1 unless fitting gives the shipped newsparse/models/text_lines.py")
    ap.add_argument("--with-snippets", action="store_true",
                    help="train on the snippet-labelled pages of trafilatura-dev-text too")
    ap.add_argument("--features-from", metavar="REV", default=None,
                    help="compute the features with the newsparse of this git revision "
                         "(--check: the shipped model's FEATURES_FROM by default)")
    args = ap.parse_args(argv)
    features_from = args.features_from or (shipped_model()[1] if args.check else None)
    if features_from and "NEWSPARSE_FEATURES_ROOT" not in os.environ:
        return _run_with_features_from(features_from, list(sys.argv[1:] if argv is None else argv))
    pages = load_pages()
    extra = load_snippet_pages() if args.with_snippets else []
    if args.folds:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import _metrics as M

        if extra:
            _snippet_folds(extra, pages, args.folds, M)
        costs = [float(c) for c in args.switch_costs.split(",")] if args.switch_costs else [SWITCH_COST]
        folds = M.site_folds([p["site"] for p in pages], args.folds)
        parser = Parser(load_entrypoints=False)
        for cost in costs:
            pooled, f1s = [], []
            for fold in folds:
                held = set(fold)
                model = fit([p for i, p in enumerate(pages) if i not in held] + extra, switch_cost=cost)
                test = [pages[i] for i in fold]
                s = M.shingle_scores([predict_body(parser, model, p["text"]) for p in test],
                                     [p["gold"] for p in test])
                pooled.extend(s.pages)
                f1s.append(s.f1)
            total = M.combine(pooled)
            print(f"switch cost {cost}: held-out F1 {total.f1:.3f} (P {total.precision:.3f} "
                  f"R {total.recall:.3f}); folds {' '.join(f'{f:.3f}' for f in f1s)}")
    if args.write or args.check:
        model = fit(pages + extra)
    if args.check:
        differences = check(model)
        for line in differences:
            print(line)
        print(f"{len(differences)} differences from the shipped model")
        return 1 if differences else 0
    if args.write:
        _write(model, len(pages), len({p["site"] for p in pages}), len(extra), features_from)
        print("wrote newsparse/models/text_lines.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the speaker chooser (``newsparse_quotes.learned``) on PolNeAR's training split.

Run from the repository root (needs scikit-learn; the plugin itself does not)::

    python plugins/newsparse-quotes/scripts/train_speaker_chooser.py            # CV report
    python plugins/newsparse-quotes/scripts/train_speaker_chooser.py --write    # and ship

Every attribution the rules find is matched to the gold as ``benchmarks/quotes.py`` does
(content Jaccard >= 0.5, one to one, best pairs first); each candidate phrase of a matched
attribution is labelled by whether it overlaps the gold source. A logistic regression
scores the candidates; the margin (to overrule the rules) and the threshold (to fill a
missing speaker) are chosen by document-grouped 5-fold cross-validation, counting the
quoted attributions (direct and partial) whose speaker is right, as the benchmark's "F1
with speaker" does, among the settings whose given and replaced speakers are each right
at least two times in three (on a page a wrong speaker is worse than none). ``--write``
fits on the whole split and writes the weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsparse_quotes.attribution import find_attributions
from newsparse_quotes.learned import WEIGHTS_FILE, SpeakerChooser, candidates
from newsparse_quotes.segment import Analysis
from speaker_errors import _benchmark

DATA = Path(__file__).resolve().parents[1] / "newsparse_quotes" / "data"
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.1)
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 1.1)
#: The share of the speakers it gives or replaces that the chooser must get right: a wrong
#: speaker counts twice as much as a missing one, so a change must be right at least two
#: times in three to pay.
RIGHT_SHARE = 2 / 3


def _matched(bench, text: str, gold: list[dict], records) -> dict[int, int]:
    """``{record index: gold index}`` of the one-to-one Jaccard matches."""
    gold_chars = [bench._chars(g["content"]) for g in gold]
    scored = []
    for j, record in enumerate(records):
        start, end = record.start, record.end
        if record.kind == "direct":
            start, end = bench._widen(text, start, end)
        own = set(range(start, end))
        for i, chars in enumerate(gold_chars):
            common = len(chars & own)
            if common and common / len(chars | own) >= 0.5:
                scored.append((common / len(chars | own), i, j))
    scored.sort(reverse=True)
    used_gold: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in scored:
        if i not in used_gold and j not in out:
            used_gold.add(i)
            out[j] = i
    return out


def collect(split: str):
    """One group per matched attribution: ``(doc, quoted, [(features, label, by_rules)])``."""
    bench = _benchmark()
    groups = []
    for number, doc in enumerate(bench.load(split)):
        text = doc["text"]
        tx = Analysis(text)
        records = find_attributions(tx)
        for j, i in _matched(bench, text, doc["attributions"], records).items():
            record = records[j]
            if record.reported_by is not None:
                continue
            source = doc["attributions"][i]["source"]
            rows = [
                (c.features, bench._overlaps((c.start, c.end), source), c.chosen_by_rules)
                for c in candidates(tx, record)
            ]
            if rows:
                groups.append((number, record.kind != "indirect", rows))
    return groups


def _design(groups, names: list[str] | None = None):
    """Feature matrix, labels and group sizes of ``groups``."""
    if names is None:
        names = sorted({name for _, _, rows in groups for f, _, _ in rows for name in f})
    index = {name: k for k, name in enumerate(names)}
    x, y = [], []
    for _, _, rows in groups:
        for features, label, _ in rows:
            vector = [0.0] * len(names)
            for name, value in features.items():
                if name in index:
                    vector[index[name]] = value
            x.append(vector)
            y.append(int(label))
    return np.array(x), np.array(y), names


def _fit(groups, c: float):
    x, y, names = _design(groups)
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y)
    return dict(zip(names, model.coef_[0].tolist())), float(model.intercept_[0])


def _right(groups, chooser: SpeakerChooser) -> tuple[int, int, list[int]]:
    """Right speakers on quoted groups with the rules alone and with the chooser, and
    ``[filled, filled right, overruled, overruled right]``."""
    before = after = 0
    changes = [0, 0, 0, 0]
    for _, quoted, rows in groups:
        if not quoted:
            continue
        ruled = [(f, label) for f, label, by_rules in rows if by_rules]
        rule_right = any(label for _, label in ruled)
        before += rule_right
        others = [(chooser.probability(f), label) for f, label, by_rules in rows if not by_rules]
        if not others:
            after += rule_right
            continue
        best_p, best_label = max(others, key=lambda pair: pair[0])
        if ruled:
            ruled_p = max(chooser.probability(f) for f, _ in ruled)
            switch = best_p - ruled_p >= chooser.margin
        else:
            switch = best_p >= chooser.threshold
        after += best_label if switch else rule_right
        if switch:
            changes[2 if ruled else 0] += 1
            changes[3 if ruled else 1] += best_label
    return before, after, changes


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, report, and optionally write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="fit on all of train and ship")
    parser.add_argument("--c", type=float, nargs="+", default=[0.1, 1.0])
    parser.add_argument("--drop", nargs="*", default=[], help="features to leave out")
    args = parser.parse_args(argv)
    groups = collect("train")
    if args.drop:
        groups = [
            (d, q, [({k: v for k, v in f.items() if k not in args.drop}, lab, r) for f, lab, r in rows])
            for d, q, rows in groups
        ]
    docs = np.array([d for d, _, _ in groups])
    folds = list(GroupKFold(n_splits=5).split(docs, groups=docs))
    best = None
    for c in args.c:
        totals: dict[tuple[float, float], list[int]] = {}
        for train_index, test_index in folds:
            weights, bias = _fit([groups[k] for k in train_index], c)
            held = [groups[k] for k in test_index]
            for margin in MARGINS:
                for threshold in THRESHOLDS:
                    chooser = SpeakerChooser(weights, bias, margin, threshold)
                    before, after, changes = _right(held, chooser)
                    total = totals.setdefault((margin, threshold), [0, 0, [], [0, 0, 0, 0]])
                    total[0] += before
                    total[1] += after
                    total[2].append(after - before)
                    total[3] = [x + y for x, y in zip(total[3], changes)]
        for (margin, threshold), (before, after, per_fold, changes) in sorted(totals.items()):
            print(
                f"C={c:<5} margin={margin:<4} threshold={threshold:<4} right {before} -> {after} "
                f"({after - before:+d}; folds {per_fold}); filled {changes[1]}/{changes[0]} "
                f"right, overruled {changes[3]}/{changes[2]} right"
            )
            # A speaker the chooser gives or replaces must be right at least
            # RIGHT_SHARE of the time: on a page, a wrong speaker is worse than none.
            if (changes[0] and changes[1] < RIGHT_SHARE * changes[0]) or (
                changes[2] and changes[3] < RIGHT_SHARE * changes[2]
            ):
                continue
            key = (after - before, min(per_fold), -margin, -threshold)
            if best is None or key > best[0]:
                best = (key, c, margin, threshold)
    print(f"quoted matched attributions: {sum(q for _, q, _ in groups)}; best {best}")
    if args.write and best is not None:
        _, c, margin, threshold = best
        weights, bias = _fit(groups, c)
        data = {
            "about": "speaker chooser weights, written by scripts/train_speaker_chooser.py",
            "c": c,
            "margin": margin,
            "threshold": threshold,
            "bias": round(bias, 6),
            "weights": {k: round(v, 6) for k, v in sorted(weights.items())},
        }
        (DATA / WEIGHTS_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print("wrote", DATA / WEIGHTS_FILE)
    return 0


if __name__ == "__main__":
    sys.exit(main())

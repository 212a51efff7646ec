"""Train the built-in entity tagger on CoNLL-2003 English (train split only).

Usage::

    python plugins/newsparse-entities/scripts/train.py \
        [--data ../shared/bench/conllpp-train/docs.jsonl] [--epochs 15] \
        [--holdout 0.1] [--out newsparse_entities/data/model.json.gz]

``--holdout`` keeps the last fraction of the training documents out of training and
reports span F1 on them, to compare feature sets without touching the dev split. The
shipped model is trained with ``--holdout 0`` (all training documents).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newsparse_entities.tagger import Tagger, Trainer, bio_spans  # noqa: E402
from newsparse_entities.tokenize import sentences, tokenize  # noqa: E402

REPO = HERE.parents[2]
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", REPO.parent / "shared"))


def load(path: Path) -> list[tuple[list[list[str]], list[list[str]]]]:
    """Read a ``docs.jsonl`` file into ``(sentences, BIO tags)`` per document."""
    documents = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            text = doc["text"]
            tokens = tokenize(text)
            tags = ["O"] * len(tokens)
            by_start = {t.start: i for i, t in enumerate(tokens)}
            for entity in doc["entities"]:
                first = by_start.get(entity["start"])
                if first is None:
                    continue
                tags[first] = "B-" + entity["label"]
                j = first + 1
                while j < len(tokens) and tokens[j].end <= entity["end"]:
                    tags[j] = "I-" + entity["label"]
                    j += 1
            sents, sent_tags = [], []
            for first, last in sentences(text, tokens):
                sents.append([t.text for t in tokens[first:last]])
                sent_tags.append(tags[first:last])
            documents.append((sents, sent_tags))
    return documents


def span_f1(tagger: Tagger, documents) -> float:
    """Exact span + type micro-F1 of ``tagger`` on ``documents``."""
    tp = fp = fn = 0
    for sents, gold in documents:
        predicted = tagger.tag(sents)
        for p_tags, g_tags in zip(predicted, gold):
            p, g = set(bio_spans(p_tags)), set(bio_spans(g_tags))
            tp += len(p & g)
            fp += len(p - g)
            fn += len(g - p)
    return 2 * tp / max(2 * tp + fp + fn, 1)


def main() -> None:
    """Parse arguments, train, report and save."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "bench/conllpp-train/docs.jsonl")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--holdout", type=float, default=0.0)
    parser.add_argument("--prune", type=float, default=0.005)
    parser.add_argument(
        "--out", type=Path, default=HERE.parent / "newsparse_entities/data/model.json.gz"
    )
    args = parser.parse_args()
    if "conllpp-dev" in str(args.data):
        parser.error("refusing to train on the dev split that the benchmark scores")
    documents = load(args.data)
    cut = len(documents) - int(len(documents) * args.holdout)
    train, held = documents[:cut], documents[cut:]
    print(f"{len(train)} training documents, {len(held)} held out", flush=True)
    trainer = Trainer()
    started = time.perf_counter()

    def report(epoch: int, accuracy: float) -> None:
        """Print one epoch's training accuracy and the time so far."""
        line = f"epoch {epoch}: token accuracy {accuracy:.4f}, {time.perf_counter() - started:.0f}s"
        print(line, flush=True)

    trainer.train(train, epochs=args.epochs, report=report)
    kept = trainer.save(args.out, prune=args.prune)
    size = args.out.stat().st_size
    print(f"saved {kept} features to {args.out} ({size / 1e6:.2f} MB)")
    if held:
        print(f"held-out span F1 (averaged, unpruned): {span_f1(trainer.tagger(), held):.4f}")
        print(f"held-out span F1 (as saved): {span_f1(Tagger.load(args.out), held):.4f}")


if __name__ == "__main__":
    main()

"""Reference implementations the fast code is checked against.

Each is written the plain way, block by block, as the definition of what the fast code
computes page by page; the tests compare the two on seeds and on generated pages.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from newsparse import patterns as P
from newsparse.classify.body_model import FEATURE_NAMES, comments_start, title_anchor
from newsparse.data import body_model as D
from newsparse.data import function_words
from newsparse.document import Decision, InputBlock


def measure(block: InputBlock) -> dict[str, object]:
    """One block's measures, named as the lists of
    :class:`newsparse.classify.features.Measures` are."""
    text = block.text
    words = P.WORD.findall(text.lower())
    n = len(words)
    stop_ratio = sum(w in function_words.ALL for w in words) / n if n else 0.0
    cap_ratio = min(1.0, len(P.CAPITALISED_WORD.findall(text)) / n) if n else 0.0
    return {
        "texts": text,
        "lows": text.lower(),
        "words": words,
        "word_counts": n,
        "chars": len(text),
        "stopword_ratios": stop_ratio,
        "capitalised_ratios": cap_ratio,
        "terminal": P.TERMINAL_PUNCTUATION.search(text[-4:]) is not None,
        "link_densities": block.link_density,
        "dense": len(P.DENSE_SCRIPT.findall(text)),
    }


def _window(values: Sequence[float], i: int, w: int, *, others: bool) -> float:
    lo, hi = max(0, i - w), min(len(values), i + w + 1)
    total = sum(values[lo:hi]) - (values[i] if others else 0.0)
    count = hi - lo - (1 if others else 0)
    return total / max(count, 1)


def feature_rows(
    blocks: Sequence[InputBlock],
    decisions: Sequence[Decision | None],
    prose: Sequence[bool],
    region: tuple[int, int],
) -> list[dict[str, float]]:
    """Every body-model feature of every block, by name, computed block by block.

    Args:
        blocks: the page's blocks.
        decisions: the first pass's verdicts.
        prose: whether each block reads as prose on its own.
        region: the densest run of prose.

    Returns:
        One ``{feature name: value}`` per block.
    """
    n = len(blocks)
    if n == 0:
        return []
    texts = [b.text for b in blocks]
    feats = [measure(b) for b in blocks]
    dense = [len(P.DENSE_SCRIPT.findall(t)) for t in texts]
    log_chars = [math.log1p(f["chars"] + d) for f, d in zip(feats, dense)]
    terminal = [1.0 if f["terminal"] else 0.0 for f in feats]
    stop = [f["stopword_ratios"] for f in feats]
    phrase = [1.0 if d is not None and d.label == "boilerplate" and d.reason != "duplicate" else 0.0
              for d in decisions]
    prose_f = [1.0 if p else 0.0 for p in prose]
    anchor = title_anchor(texts)
    comments = comments_start(texts, region)
    mean_log = sum(log_chars) / n
    counts: dict[str, int] = {}
    for f in feats:
        for w in f["words"]:
            if len(w) <= D.PAGE_WORD_MAX_CHARS:
                counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[: D.PAGE_WORDS]
    common = {w for w, k in ranked if k >= D.PAGE_WORD_MIN_COUNT}
    page_words = [sum(w in common for w in f["words"]) / f["word_counts"] if f["word_counts"] else 0.0 for f in feats]
    rows = []
    for i, (text, f) in enumerate(zip(texts, feats)):
        row = {
            "bias": 1.0,
            "log_chars": log_chars[i],
            "log_words": math.log1p(f["word_counts"]),
            "terminal": terminal[i],
            "stopwords": stop[i],
            "capitals": f["capitalised_ratios"],
            "commas": min(1.0, text.count(",") / (f["word_counts"] + 1) * 5),
            "no_stopwords_page": 1.0 if sum(stop) / n < 0.02 else 0.0,
            **{f"chars_lt_{limit}": 1.0 if f["chars"] < limit else 0.0 for limit in D.LENGTH_BINS},
            "phrase": phrase[i],
            "duplicate": 1.0 if decisions[i] is not None and decisions[i].reason == "duplicate" else 0.0,
            "bullet": 1.0 if text.startswith(P.BULLETS) else 0.0,
            "colon_or_question": 1.0 if text.endswith((":", "?")) else 0.0,
            "separators": 1.0 if f["chars"] < 200 and P.LINK_SEPARATOR.search(text) else 0.0,
            "prose": prose_f[i],
            "in_region": 1.0 if region[0] <= i < region[1] else 0.0,
            "position": i / n,
            "after_anchor": 1.0 if anchor is not None and i > anchor else 0.0,
            "is_anchor": 1.0 if i == anchor else 0.0,
            "no_anchor": 1.0 if anchor is None else 0.0,
            "after_comments": 1.0 if comments is not None and i >= comments else 0.0,
            "comment_header": 1.0 if f["chars"] < 160 and text.endswith(":") and P.COMMENT_HEADER.search(text) else 0.0,
            "dense_script": dense[i] / f["chars"] if f["chars"] else 0.0,
            "page_words": page_words[i],
            "win5_page_words": _window(page_words, i, D.WIDE, others=False),
            "prev_log_chars": log_chars[i - 1] if i > 0 else 0.0,
            "next_log_chars": log_chars[i + 1] if i + 1 < n else 0.0,
            "prev_terminal": terminal[i - 1] if i > 0 else 0.0,
            "next_terminal": terminal[i + 1] if i + 1 < n else 0.0,
            "win2_log_chars": _window(log_chars, i, D.NEAR, others=True),
            "win5_log_chars": _window(log_chars, i, D.WIDE, others=True),
            "win5_terminal": _window(terminal, i, D.WIDE, others=False),
            "win5_stopwords": _window(stop, i, D.WIDE, others=False),
            "win5_prose": _window(prose_f, i, D.WIDE, others=False),
            "win5_phrase": _window(phrase, i, D.WIDE, others=False),
            "page_prose_share": sum(prose_f) / n,
            "rel_log_chars": log_chars[i] - mean_log,
        }
        assert list(row) == list(FEATURE_NAMES)
        rows.append(row)
    return rows


def row_log_odds(rows: Sequence[Mapping[str, float]], weights: Mapping[str, float]) -> list[float]:
    """The dot product of each row with the weights, clamped to [-30, 30]."""
    out = []
    for row in rows:
        z = sum(weights.get(name, 0.0) * value for name, value in row.items())
        out.append(max(-30.0, min(30.0, z)))
    return out

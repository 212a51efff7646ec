"""What the sentence scorer knows about each sentence, as numbers.

One definition serves both the runtime ranking (:mod:`newsparse_summary.rank`) and the
training script (``scripts/train_scorer.py``), so the weights shipped in
``data/scorer.json`` always mean what the code computes. Every feature is independent of
the site and the language's vocabulary: position, length, how typical the sentence's
words are of the story, how much it shares with the headline, and its shape (quotation,
question, numbers).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from .text import terms

__all__ = [
    "CLOSEST_MIN_TERMS",
    "FEATURES",
    "SCENE_HEADLINE_COSINE",
    "cosine",
    "features",
    "unit_vectors",
]

#: The features, in the order of each vector :func:`features` returns.
FEATURES = (
    "bias",
    "lead",  # (1 + k) ** -decay for the k-th sentence that can be chosen
    "first",  # the first sentence that can be chosen
    "position",  # k / n: how far into the story
    "words",  # length, in units of 30 words
    "words_squared",
    "centroid",  # TF-IDF cosine with the whole story
    "headline",  # TF-IDF cosine with the title and standfirst (0 without them)
    "closest_to_headline",  # the sentence that can be chosen most like the headline
    "scene_point",  # closest_to_headline, when the opening shares next to nothing with it
    "opens_quote",  # starts with a quotation mark
    "in_quote",  # continues a quotation opened in an earlier sentence
    "quoted",  # share of its characters inside quotation marks
    "question",  # ends with "?" or "!"
    "digits",  # holds a number
    "photo",  # mentions a photo: "(pictured)", "posed by models"
    "unattributed",  # opens with a quotation mark and names no speaker
)

#: The opening sentence of a story that opens with a scene shares next to nothing with the
#: headline (TF-IDF cosine below this): "The queue had formed long before dawn ..." under
#: "City food banks run short". Then the sentence closest to the headline is the point of
#: the story (``scene_point``). Hard news repeats the headline's words in its first
#: sentence; with the URL slugs of the CNN/DailyMail dev stories as headlines, a quarter of
#: first sentences fall below 0.13, and gating at 0.1 kept the scores there within 0.3
#: ROUGE-1 of no headline at all, where 0.2 or the ungated feature cost a point or more.
SCENE_HEADLINE_COSINE = 0.1

#: A sentence with fewer distinct content terms than this is never the one closest to the
#: headline: one shared word gives a short sentence a high cosine ("Alle Ergebnisse
#: findest du HIER." under "Norddeutschland findet seine Meister"), and the point of a
#: story is said in a full sentence.
CLOSEST_MIN_TERMS = 4

#: Length is measured in units of this many words, about one news sentence.
WORDS_UNIT = 30.0

_QUOTE_MARKS = "\"“”‘’'"


def unit_vectors(
    sentences: Sequence[Sequence[str]], extra: Sequence[str] = ()
) -> tuple[list[dict[str, float]], dict[str, float], dict[str, float]]:
    """Return unit TF-IDF vectors of ``sentences``, of ``extra`` (the query) and of the
    whole text (the centroid)."""
    df: dict[str, int] = {}
    for toks in sentences:
        for term in set(toks):
            df[term] = df.get(term, 0) + 1
    n = len(sentences)
    idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}

    def vector(counts: dict[str, float]) -> dict[str, float]:
        vec = {t: (1.0 + math.log(c)) * idf.get(t, math.log(n + 2)) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {t: v / norm for t, v in vec.items()} if norm > 0 else {}

    def counts(toks: Sequence[str]) -> dict[str, float]:
        found: dict[str, float] = {}
        for term in toks:
            found[term] = found.get(term, 0.0) + 1.0
        return found

    total: dict[str, float] = {}
    for toks in sentences:
        for term in toks:
            total[term] = total.get(term, 0.0) + 1.0
    return [vector(counts(toks)) for toks in sentences], vector(counts(extra)), vector(total)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit vectors given as ``{term: weight}``."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


# A double quotation mark, straight or curly.
_DOUBLE_QUOTE = re.compile(r"[\"“”]")

# A digit.
_DIGIT = re.compile(r"\d")


def _quoted_share(sentence: str) -> float:
    """The share of ``sentence`` between pairs of double quotation marks."""
    marks = [m.start() for m in _DOUBLE_QUOTE.finditer(sentence)]
    inside = sum(marks[i + 1] - marks[i] for i in range(0, len(marks) - 1, 2))
    return min(1.0, inside / max(1, len(sentence)))


def features(
    sentences: Sequence[str],
    term_lists: Sequence[Sequence[str]],
    eligible: Sequence[bool],
    in_quote: Sequence[bool],
    photo: Sequence[bool],
    unattributed: Sequence[bool],
    query: str | None,
    decay: float = 1.0,
    language: str | None = None,
) -> tuple[list[list[float]], list[dict[str, float]]]:
    """Describe each sentence of one text by the numbers in :data:`FEATURES`.

    Args:
        sentences: the sentences, in text order.
        term_lists: their content terms (:func:`newsparse_summary.text.terms`).
        eligible: which sentences can be chosen; only they count for position.
        in_quote: which sentences continue a quotation opened before them.
        photo: which sentences mention a photo.
        unattributed: which sentences open a quotation and name no speaker.
        query: the title and standfirst, or None.
        decay: how fast the ``lead`` prior falls with position: the k-th sentence that
            can be chosen (from 0) gets ``(1 + k) ** -decay``.
        language: the language tag of the text, for the query's terms (see
            :func:`newsparse_summary.text.vocabulary`); None for English.

    Returns:
        One feature vector per sentence, and each sentence's unit TF-IDF vector (for
        redundancy).
    """
    vectors, query_vector, centroid = unit_vectors(term_lists, terms(query or "", language))
    n = max(1, sum(eligible))
    headline = [cosine(v, query_vector) if query_vector else 0.0 for v in vectors]
    chosen_headline = [h for h, e in zip(headline, eligible) if e]
    full = [len(set(toks)) >= CLOSEST_MIN_TERMS for toks in term_lists]
    best_headline = max((h for h, e, f in zip(headline, eligible, full) if e and f), default=0.0)
    opening = chosen_headline[0] if chosen_headline else 0.0
    scene = best_headline > 0 and opening < SCENE_HEADLINE_COSINE
    rows: list[list[float]] = []
    k = 0
    for i, sentence in enumerate(sentences):
        words = len(sentence.split()) / WORDS_UNIT
        stripped = sentence.rstrip(_QUOTE_MARKS + ")]")
        closest = (
            1.0
            if best_headline > 0 and eligible[i] and full[i] and headline[i] == best_headline
            else 0.0
        )
        rows.append(
            [
                1.0,
                (1.0 + k) ** -decay,
                1.0 if k == 0 else 0.0,
                k / n,
                words,
                words * words,
                cosine(vectors[i], centroid),
                headline[i],
                closest,
                closest if scene else 0.0,
                1.0 if sentence[:1] in _QUOTE_MARKS else 0.0,
                1.0 if in_quote[i] else 0.0,
                _quoted_share(sentence),
                1.0 if stripped[-1:] in ("?", "!") else 0.0,
                1.0 if _DIGIT.search(sentence) else 0.0,
                1.0 if photo[i] else 0.0,
                1.0 if unattributed[i] else 0.0,
            ]
        )
        if eligible[i]:
            k += 1
    return rows, vectors

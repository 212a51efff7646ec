"""Ranking and choosing summary sentences.

A sentence's importance combines what is known to work for news:

* **position**: the lead carries the story, so earlier sentences start ahead;
* **centrality**: a LexRank-style score, PageRank over the sentence-similarity graph
  (TF-IDF cosine), with the random jump biased towards the lead. The graph is sparse:
  similarities are accumulated through an inverted index of terms, so only pairs that
  share a term are touched, and at most :data:`MAX_GRAPH_SENTENCES` sentences enter it;
* **the headline as a query**: similarity to the title and standfirst;
* **shape**: very short sentences and run-on captions are held back; a quotation with no
  speaker in its sentence is held back too, so quotes do not dangle without their
  attribution when another choice exists.

Page furniture left in the body (syndication headers such as "By . Jane Doe .
PUBLISHED: ...", "Last updated at ...", prompts such as "Scroll down for video") is never
chosen, and furniture at the start of a sentence ("(CNN)") is left outside its span.

Sentences are then picked greedily by maximal marginal relevance (importance minus
similarity to what is already chosen), within the caller's length limits. Everything is
deterministic: ties are broken by position.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

import attrs
from newsparse.text import sentences as split_sentences

from . import patterns
from .text import terms, word_count

__all__ = [
    "DEFAULT_WEIGHTS",
    "DUPLICATE_SIMILARITY",
    "MAX_GRAPH_SENTENCES",
    "MAX_NEIGHBOURS",
    "MAX_SENTENCES",
    "MIN_WORDS",
    "MMR_POOL",
    "Candidate",
    "Weights",
    "candidates",
    "choose",
    "importance",
]

#: Sentences beyond this many (in text order) stay out of the similarity graph and get no
#: centrality. It bounds the pairwise work on very long inputs; news articles rarely run
#: past 150 sentences, and summary sentences come from their first half.
MAX_GRAPH_SENTENCES = 300

#: Only this many sentences (in text order) are ranked at all; later ones are never
#: chosen. No article comes near it; it keeps the cost of pathological input bounded.
MAX_SENTENCES = 10_000

#: Each sentence keeps only its this-many strongest similarity edges, so the centrality
#: walk costs O(n) per step however alike the sentences are.
MAX_NEIGHBOURS = 20

#: Redundancy is weighed among at most this many of the most important sentences; longer
#: summaries of very long texts are filled up from the rest in order of importance.
MMR_POOL = 200

#: The centrality walk stops after this many steps, or once the scores move less than
#: :data:`TOLERANCE` in total (far below what changes a ranking).
MAX_ITERATIONS = 40
TOLERANCE = 1e-4

#: A sentence this similar (TF-IDF cosine) to one already chosen is a near-duplicate
#: (a standfirst or caption repeated in the body, a corrected paragraph) and is never
#: chosen with it.
DUPLICATE_SIMILARITY = 0.8

#: Fewer words than this and a sentence cannot be chosen: fragments, headings, "Ok."
MIN_WORDS = 4


@attrs.frozen(kw_only=True)
class Weights:
    """How the ranking features combine.

    The defaults were set by a grid search on part of the BBC News Summary data (see
    ``benchmarks/summary.py``), among settings that also keep three-sentence summaries of
    CNN/DailyMail stories ahead of their first three sentences. The penalties for
    captions and quotations are set by hand.

    Attributes:
        position: weight of the lead prior.
        position_decay: how fast the lead prior falls with the sentence's rank in the text.
            The fall is measured in summary lengths: with room for ``L`` sentences, the
            prior of the k-th candidate is ``1 / (1 + k / L) ** position_decay``, so a
            three-sentence summary leans on the first few sentences and a long one on the
            first third of the story alike.
        centrality: weight of the LexRank score (scaled so the top sentence has 1).
        query: weight of the similarity to the title and standfirst.
        damping: the PageRank damping factor of the centrality walk.
        short_words: sentences with fewer words are held back in proportion.
        long_words: sentences with more words are held back in proportion.
        caption: penalty for a sentence that looks like a photo caption.
        quote: penalty for a quotation without its speaker.
        redundancy: MMR trade-off: how much similarity to chosen sentences costs.
    """

    position: float = 0.35
    position_decay: float = 0.75
    centrality: float = 0.3
    query: float = 0.5
    damping: float = 0.85
    short_words: int = 15
    long_words: int = 70
    caption: float = 0.5
    quote: float = 0.15
    redundancy: float = 0.5


#: The weights :func:`choose` uses unless told otherwise.
DEFAULT_WEIGHTS = Weights()


@attrs.frozen(kw_only=True)
class Candidate:
    """A sentence of the text, with what ranking needs to know about it.

    Attributes:
        start: where the sentence (without leading furniture) starts in the text.
        end: where it ends.
        index: its position among all sentences of the text.
        words: its word count.
        terms: its content terms (see :func:`newsparse_summary.text.terms`).
        eligible: False for page furniture and fragments, which are never chosen.
        caption: True if it looks like a photo caption.
        quote: True if it is a quotation without a speaker.
    """

    start: int
    end: int
    index: int
    words: int
    terms: tuple[str, ...]
    eligible: bool
    caption: bool = False
    quote: bool = False


def _is_leftover(sentence: str, words: int) -> bool:
    if patterns.LEFTOVER.match(sentence):
        return True
    return words <= patterns.SPACED_STOP_MAX_WORDS and bool(patterns.SPACED_STOP.search(sentence))


def candidates(text: str) -> list[Candidate]:
    """Split ``text`` into sentences and describe each for ranking.

    Args:
        text: the text to summarise.

    Returns:
        One :class:`Candidate` per sentence, in text order, for at most the first
        :data:`MAX_SENTENCES` sentences.
    """
    found = []
    for index, span in enumerate(split_sentences(text)):
        if index >= MAX_SENTENCES:
            break
        start, end = span.start, span.end
        prefix = patterns.LEFTOVER_PREFIX.match(text[start:end])
        if prefix and start + prefix.end() < end:
            start += prefix.end()
            while start < end and text[start].isspace():
                start += 1
        sentence = text[start:end]
        words = word_count(sentence)
        eligible = words >= MIN_WORDS and not _is_leftover(sentence, words)
        found.append(
            Candidate(
                start=start,
                end=end,
                index=index,
                words=words,
                terms=tuple(terms(sentence)),
                eligible=eligible,
                caption=bool(
                    patterns.CAPTION_START.match(sentence) or patterns.CAPTION_CUE.search(sentence)
                ),
                quote=bool(
                    patterns.OPENING_QUOTE.match(sentence)
                    and not patterns.SPEECH_VERB.search(sentence)
                ),
            )
        )
    return found


def _vectors(
    sentences: Sequence[Sequence[str]], extra: Sequence[str] = ()
) -> tuple[list[dict[str, float]], dict[str, float]]:
    """Return unit-length TF-IDF vectors of ``sentences`` and of ``extra`` (the query)."""
    df: dict[str, int] = {}
    for toks in sentences:
        for term in set(toks):
            df[term] = df.get(term, 0) + 1
    n = len(sentences)

    def vector(toks: Sequence[str]) -> dict[str, float]:
        tf: dict[str, float] = {}
        for term in toks:
            tf[term] = tf.get(term, 0.0) + 1.0
        vec = {
            t: (1.0 + math.log(c)) * math.log((n + 1) / (df.get(t, 0) + 0.5)) for t, c in tf.items()
        }
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {t: v / norm for t, v in vec.items()} if norm > 0 else {}

    return [vector(toks) for toks in sentences], vector(extra)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


def _similarity_graph(vectors: Sequence[dict[str, float]]) -> list[dict[int, float]]:
    """Return, for each vector, its strongest cosine similarities to the others.

    Similarities are accumulated through an inverted index, so only pairs that share a
    term are touched; terms found in more than half of the sentences are left out (their
    IDF weight is near zero), and each row keeps its :data:`MAX_NEIGHBOURS` best edges.
    """
    n = len(vectors)
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vec in enumerate(vectors):
        for term, weight in vec.items():
            postings.setdefault(term, []).append((i, weight))
    common = max(2, n // 2)
    graph: list[dict[int, float]] = []
    for i, vec in enumerate(vectors):
        row: dict[int, float] = {}
        for term, weight in vec.items():
            posting = postings[term]
            if len(posting) > common:
                continue
            for j, other in posting:
                if j != i:
                    row[j] = row.get(j, 0.0) + weight * other
        if len(row) > MAX_NEIGHBOURS:
            keep = heapq.nlargest(MAX_NEIGHBOURS, row.items(), key=lambda item: (item[1], -item[0]))
            row = dict(keep)
        graph.append(row)
    return graph


def _centrality(
    graph: Sequence[dict[int, float]], prior: Sequence[float], damping: float
) -> list[float]:
    """PageRank over the weighted similarity graph with the jump biased by ``prior``."""
    n = len(graph)
    if n == 0:
        return []
    total_prior = sum(prior) or 1.0
    jump = [p / total_prior for p in prior]
    out = [sum(row.values()) for row in graph]
    score = list(jump)
    for _ in range(MAX_ITERATIONS):
        new = [(1.0 - damping) * j for j in jump]
        dangling = sum(score[i] for i in range(n) if out[i] <= 0)
        for i, row in enumerate(graph):
            if out[i] <= 0:
                continue
            share = damping * score[i] / out[i]
            for j, w in row.items():
                new[j] += share * w
        if dangling:
            for j in range(n):
                new[j] += damping * dangling * jump[j]
        delta = sum(abs(a - b) for a, b in zip(new, score))
        score = new
        if delta < TOLERANCE:
            break
    top = max(score) or 1.0
    return [s / top for s in score]


def importance(
    found: Sequence[Candidate],
    query: str | None,
    weights: Weights = DEFAULT_WEIGHTS,
    horizon: float = 3.0,
) -> tuple[list[float], list[dict[str, float]]]:
    """Score the eligible candidates.

    Args:
        found: the candidates of one text, from :func:`candidates`.
        query: the title (and standfirst) the text is about, or None.
        weights: how the features combine.
        horizon: about how many sentences the summary will have; the lead prior falls
            over this many sentences (see :class:`Weights`).

    Returns:
        The importance of each candidate (``-inf`` for those that cannot be chosen) and
        each candidate's TF-IDF vector, used for redundancy.
    """
    vectors, query_vector = _vectors([c.terms for c in found], terms(query or ""))
    ranks: list[int] = []
    k = 0
    for c in found:
        ranks.append(k)
        if c.eligible:
            k += 1
    horizon = max(1.0, horizon)
    prior = [1.0 / (1.0 + r / horizon) ** weights.position_decay for r in ranks]
    limit = min(len(found), MAX_GRAPH_SENTENCES)
    central = _centrality(_similarity_graph(vectors[:limit]), prior[:limit], weights.damping)
    central += [0.0] * (len(found) - limit)
    scores = []
    for i, c in enumerate(found):
        if not c.eligible:
            scores.append(-math.inf)
            continue
        score = weights.position * prior[i] + weights.centrality * central[i]
        if query_vector:
            score += weights.query * _cosine(vectors[i], query_vector)
        if c.words < weights.short_words:
            score -= 0.5 * (weights.short_words - c.words) / weights.short_words
        if c.words > weights.long_words:
            score -= 0.5 * min(1.0, (c.words - weights.long_words) / weights.long_words)
        if c.caption:
            score -= weights.caption
        if c.quote:
            score -= weights.quote
        scores.append(score)
    return scores, vectors


def choose(
    text: str,
    *,
    sentences: int | None = None,
    words: int | None = None,
    query: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
) -> list[tuple[Candidate, int, float]]:
    """Choose the summary sentences of ``text``.

    Args:
        text: the text to summarise.
        sentences: at most this many sentences, or None for no sentence limit.
        words: at most this many words in all, or None for no word limit.
        query: the title (and standfirst) the text is about, or None.
        weights: how the ranking features combine.

    Returns:
        ``(candidate, rank, score)`` for each chosen sentence, in text order; ``rank`` 1
        is the most important.
    """
    found = candidates(text)
    if not found or sentences == 0 or words == 0:
        return []
    eligible_words = [c.words for c in found if c.eligible]
    horizon = float(sentences) if sentences is not None else math.inf
    if words is not None and eligible_words:
        horizon = min(horizon, words / (sum(eligible_words) / len(eligible_words)))
    if math.isinf(horizon):
        horizon = 3.0
    scores, vectors = importance(found, query, weights, horizon)
    order = sorted(
        (i for i, s in enumerate(scores) if s > -math.inf), key=lambda i: (-scores[i], i)
    )
    pool, rest = order[:MMR_POOL], order[MMR_POOL:]
    chosen: list[int] = []
    redundancy = [0.0] * len(found)
    used = 0

    def room() -> bool:
        return sentences is None or len(chosen) < sentences

    while pool and room():
        best, best_value = -1, -math.inf
        for i in pool:
            if words is not None and used + found[i].words > words:
                continue
            if redundancy[i] >= DUPLICATE_SIMILARITY:
                continue
            value = scores[i] - weights.redundancy * redundancy[i]
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
        used += found[best].words
        pool.remove(best)
        for i in pool:
            redundancy[i] = max(redundancy[i], _cosine(vectors[i], vectors[best]))
    # Beyond the pool, redundancy is checked by content alone: a sentence whose terms
    # repeat those of a chosen one exactly is skipped.
    seen = {frozenset(found[i].terms) for i in chosen}
    for i in rest:
        if not room():
            break
        key = frozenset(found[i].terms)
        if key in seen:
            continue
        if words is None or used + found[i].words <= words:
            chosen.append(i)
            used += found[i].words
            seen.add(key)
    ranked = {i: r for r, i in enumerate(chosen, start=1)}
    return [(found[i], ranked[i], scores[i]) for i in sorted(chosen)]

"""The built-in named-entity tagger: an averaged perceptron over BIO tags.

Greedy left-to-right decoding with the two previous tags as features, as in the classic
feature-based taggers of the CoNLL-2003 era. Features describe the word (its form,
lower case, shape, prefixes and suffixes, gazetteer hits), its neighbours, the sentence
(headline in capitals or not), the document (how the same word is written elsewhere,
what it was tagged earlier) and the tags already predicted.

Inference is pure Python and fast: features that depend only on the word are summed once
per distinct word and cached; the rest are a handful of dict lookups per token.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from . import gazetteer

#: The tags, in the order of the score vectors.
CLASSES = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
_N = len(CLASSES)
_O = 0
#: For each tag, the tags that may precede an ``I-`` tag of the same type.
_I_PREV = {i: (i - 1, i) for i, tag in enumerate(CLASSES) if tag.startswith("I-")}
_TYPE = tuple(tag[2:] if tag != "O" else "O" for tag in CLASSES)
_NEG = -1e9

#: Number of distinct words whose summed word-feature scores are kept in memory.
_WORD_CACHE_LIMIT = 200_000

_SHAPE_CACHE: dict[str, str] = {}


def shape(word: str) -> str:
    """Return the word's shape: capitals -> ``X``, lower case -> ``x``, digits -> ``d``,
    other characters kept, runs collapsed (``"al-Assad"`` -> ``"x-Xx"``)."""
    cached = _SHAPE_CACHE.get(word)
    if cached is not None:
        return cached
    out = []
    last = ""
    for char in word:
        if char.isupper():
            kind = "X"
        elif char.islower():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char
        if kind != last:
            out.append(kind)
            last = kind
    result = "".join(out)[:8]
    if len(_SHAPE_CACHE) < _WORD_CACHE_LIMIT:
        _SHAPE_CACHE[word] = result
    return result


def word_features(word: str) -> list[str]:
    """Return the features that depend only on the word itself.

    Args:
        word: one token.

    Returns:
        Feature strings (form, lower case, shape, affixes, word-list hits).
    """
    lower = word.lower()
    feats = [
        "b",
        "w=" + word,
        "l=" + lower,
        "s=" + shape(word),
        "p1=" + word[:1],
        "p2=" + lower[:2],
        "p3=" + lower[:3],
        "x2=" + lower[-2:],
        "x3=" + lower[-3:],
        "x4=" + lower[-4:],
    ]
    if len(word) <= 3:
        feats.append("n=" + str(len(word)))
    if lower in gazetteer.demonyms() or gazetteer.is_demonym(word):
        feats.append("gd")
    if lower in gazetteer.title_words():
        feats.append("gt")
    if lower in gazetteer.ORG_SUFFIXES:
        feats.append("go")
    return feats


def _case_class(word: str) -> str:
    if word.isupper():
        return "X"
    if word[:1].isupper():
        return "C"
    if word.islower():
        return "x"
    return "o"


def _is_caps_sentence(words: Sequence[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha()]
    caps = sum(1 for w in letters if w.isupper() and len(w) > 1)
    # A headline in capitals: at least three capitalised words and most words in capitals.
    return caps >= 3 and caps * 2 > len(letters)


def _place_marks(lowers: Sequence[str], words: Sequence[str]) -> list[str | None]:
    """Mark tokens inside the longest place or organisation name: ``"B-country"``,
    ``"I-region"``, ``"B-org"``."""
    table = gazetteer.tagger_place_tuples()
    orgs = gazetteer.organisation_tuples()
    marks: list[str | None] = [None] * len(words)
    i = 0
    count = len(words)
    while i < count:
        if not words[i][:1].isupper():
            i += 1
            continue
        found = 0
        kind = ""
        for size in range(min(gazetteer.MAX_PLACE_TOKENS, count - i), 0, -1):
            key = tuple(lowers[i : i + size])
            hit = table.get(key)
            if hit is not None:
                found, kind = size, hit[0]
                break
            if key in orgs:
                found, kind = size, "org"
                break
        if found:
            marks[i] = "B-" + kind
            for j in range(i + 1, i + found):
                marks[j] = "I-" + kind
            i += found
        else:
            i += 1
    return marks


def context_features(sentences: Sequence[Sequence[str]]) -> list[list[list[str]]]:
    """Return, for each token of a document, the features that depend on its context.

    Args:
        sentences: the document's sentences, each a sequence of token strings.

    Returns:
        One feature list per token, nested like ``sentences``.
    """
    caps = [_is_caps_sentence(words) for words in sentences]
    doc_case = _document_case(sentences, caps)
    return [
        _sentence_features(words, in_caps, doc_case) for words, in_caps in zip(sentences, caps)
    ]


def _document_case(sentences: Sequence[Sequence[str]], caps: Sequence[bool]) -> dict[str, str]:
    """How the document first writes each word where case means something: lower case
    -> case class, from every sentence not in capitals, its first word left out."""
    doc_case: dict[str, str] = {}
    for words, in_caps in zip(sentences, caps):
        if in_caps:
            continue
        for i in range(1, len(words)):
            word = words[i]
            if word[:1].isalpha():
                doc_case.setdefault(word.lower(), _case_class(word))
    return doc_case


def _sentence_features(
    words: Sequence[str], in_caps: bool, doc_case: dict[str, str]
) -> list[list[str]]:
    """The context features of one sentence's tokens (see :func:`context_features`)."""
    lowers = [w.lower() for w in words]
    shapes = [shape(w) for w in words]
    marks = _place_marks(lowers, words)
    count = len(words)
    padded_l = ["<s>", "<s>", *lowers, "</s>", "</s>"]
    padded_s = ["<s>", "<s>", *shapes, "</s>", "</s>"]
    mode = "U" if in_caps else "N"
    sent_feats = []
    for i in range(count):
        j = i + 2
        lower = lowers[i]
        feats = [
            "pl=" + padded_l[j - 1],
            "nl=" + padded_l[j + 1],
            "pl2=" + padded_l[j - 2],
            "nl2=" + padded_l[j + 2],
            "ps=" + padded_s[j - 1],
            "ns=" + padded_s[j + 1],
            "pll=" + padded_l[j - 1] + "|" + lower,
            "lnl=" + lower + "|" + padded_l[j + 1],
            "sss=" + padded_s[j - 1] + "|" + shapes[i] + "|" + padded_s[j + 1],
            "m=" + mode + "|" + shapes[i],
            "dc=" + doc_case.get(lower, "-"),
        ]
        if i == 0:
            feats.append("first|" + shapes[i])
        mark = marks[i]
        if mark is not None:
            feats.append("gp=" + mark)
        sent_feats.append(feats)
    return sent_feats


#: Most tokens the tagger reads as one sentence. News sentences are far shorter (the
#: longest of CoNLL-2003 train has 124 tokens); a longer one is a page without full stops
#: (a crawler's single line, a table flattened into text). It is cut into pieces of at
#: most this many tokens, so that the features held at once stay bounded and every
#: sentence of ordinary text is tagged exactly as before.
MAX_SENTENCE_TOKENS = 256

#: Token texts after which a long sentence is preferably cut: its clauses' ends.
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "|", "•"})


def sentence_pieces(words: Sequence[str]) -> list[Sequence[str]]:
    """Cut a sentence longer than :data:`MAX_SENTENCE_TOKENS` into pieces at token
    boundaries.

    Each cut falls after the last clause-ending token (``,`` ``;`` ``—`` ...) of the
    second half of a window, or at the window's end when there is none, so a name is
    rarely cut in two.

    Args:
        words: one sentence's tokens.

    Returns:
        ``[words]`` when it is short enough, else consecutive pieces that join to it,
        none longer than :data:`MAX_SENTENCE_TOKENS`.
    """
    if len(words) <= MAX_SENTENCE_TOKENS:
        return [words]
    pieces = []
    start = 0
    count = len(words)
    while count - start > MAX_SENTENCE_TOKENS:
        cut = start + MAX_SENTENCE_TOKENS
        for i in range(cut - 1, start + MAX_SENTENCE_TOKENS // 2, -1):
            if words[i] in _CLAUSE_ENDS:
                cut = i + 1
                break
        pieces.append(words[start:cut])
        start = cut
    pieces.append(words[start:])
    return pieces


class Tagger:
    """A trained averaged-perceptron BIO tagger.

    Args:
        weights: feature string -> sequence of ``(tag index, weight)`` pairs.
    """

    def __init__(self, weights: dict[str, Sequence[tuple[int, float]]]) -> None:
        self.weights = weights
        self._word_scores: dict[str, list[float]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Tagger:
        """Load a model saved by :meth:`Trainer.save`; the shipped model by default.

        Args:
            path: a ``.json.gz`` model file, or None for the model in the package.

        Returns:
            The tagger.
        """
        if path is None:
            blob = resources.files("newsparse_entities").joinpath("data/model.json.gz")
            raw = gzip.decompress(blob.read_bytes())
        else:
            raw = gzip.decompress(Path(path).read_bytes())
        data = json.loads(raw)
        if tuple(data["classes"]) != CLASSES:
            raise ValueError("the model's tags do not match this version of the tagger")
        # Weights are stored as integers (scaled by ``data["scale"]``). Every weight shares
        # the scale, so the best tag is the same without dividing: keep them as they are.
        return cls(data["weights"])

    def _word_score(self, word: str) -> list[float]:
        scores = self._word_scores.get(word)
        if scores is None:
            scores = [0.0] * _N
            get = self.weights.get
            for feat in word_features(word):
                pairs = get(feat)
                if pairs:
                    for index, value in pairs:
                        scores[index] += value
            if len(self._word_scores) < _WORD_CACHE_LIMIT:
                self._word_scores[word] = scores
        return scores

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag one document.

        Args:
            sentences: the document's sentences, each a sequence of token strings.

        Returns:
            One BIO tag per token (``"B-PER"``, ``"I-PER"``, ``"O"`` ...), nested like
            ``sentences``; an ``I-`` tag always continues a tag of the same type.
        """
        # Features are built one piece at a time and dropped once it is tagged: only the
        # document's case table is held for the whole text.
        owners: list[int] = []
        pieces: list[Sequence[str]] = []
        for index, words in enumerate(sentences):
            for piece in sentence_pieces(words):
                owners.append(index)
                pieces.append(piece)
        caps = [_is_caps_sentence(piece) for piece in pieces]
        doc_case = _document_case(pieces, caps)
        doc_labels: dict[str, str] = {}
        tagged = [
            self._tag_sentence(piece, _sentence_features(piece, in_caps, doc_case), doc_labels)
            for piece, in_caps in zip(pieces, caps)
        ]
        # Headlines in capitals come first and learn nothing from the body on the first
        # pass: tag them again, knowing how the whole document labelled their words.
        for index, (piece, in_caps) in enumerate(zip(pieces, caps)):
            if in_caps:
                features = _sentence_features(piece, in_caps, doc_case)
                tagged[index] = self._tag_sentence(piece, features, dict(doc_labels))
        result: list[list[str]] = [[] for _ in sentences]
        for index, tags in zip(owners, tagged):
            result[index].extend(tags)
        return result

    def _tag_sentence(
        self, words: Sequence[str], sent_feats: list[list[str]], doc_labels: dict[str, str]
    ) -> list[str]:
        """Tag one sentence greedily, updating ``doc_labels`` with what it finds."""
        get = self.weights.get
        tags: list[str] = []
        prev, prev2 = "<s>", "<s>"
        prev_index = -1
        for i, word in enumerate(words):
            scores = list(self._word_score(word))
            lower = word.lower()
            seen = doc_labels.get(lower, "-")
            feats = sent_feats[i] + [
                "t1=" + prev,
                "t2=" + prev2 + "|" + prev,
                "t1l=" + prev + "|" + lower,
                "dl=" + seen,
                "dlp=" + seen + "|" + prev,
            ]
            for feat in feats:
                pairs = get(feat)
                if pairs:
                    for index, value in pairs:
                        scores[index] += value
            best = _best(scores, prev_index)
            tag = CLASSES[best]
            tags.append(tag)
            if best != _O and word[:1].isupper():
                doc_labels[lower] = _TYPE[best]
            prev2, prev, prev_index = prev, tag, best
        return tags


def _best(scores: list[float], prev_index: int) -> int:
    """Return the best tag index that may follow ``prev_index``."""
    best = 0
    best_score = scores[0]
    for index in range(1, _N):
        allowed = _I_PREV.get(index)
        if allowed is not None and prev_index not in allowed:
            continue
        if scores[index] > best_score:
            best, best_score = index, scores[index]
    return best


class Trainer:
    """Trains a :class:`Tagger` with the averaged perceptron.

    Args:
        seed: seed for the document shuffle between epochs.
    """

    def __init__(self, seed: int = 13) -> None:
        self.weights: dict[str, dict[int, float]] = defaultdict(dict)
        self._totals: dict[tuple[str, int], float] = defaultdict(float)
        self._stamps: dict[tuple[str, int], int] = defaultdict(int)
        self._instances = 0
        self._random = random.Random(seed)

    def _score(self, feats: Iterable[str]) -> list[float]:
        scores = [0.0] * _N
        weights = self.weights
        for feat in feats:
            table = weights.get(feat)
            if table:
                for index, value in table.items():
                    scores[index] += value
        return scores

    def _update(self, truth: int, guess: int, feats: Sequence[str]) -> None:
        self._instances += 1
        if truth == guess:
            return
        for feat in feats:
            table = self.weights[feat]
            for index, delta in ((truth, 1.0), (guess, -1.0)):
                key = (feat, index)
                value = table.get(index, 0.0)
                self._totals[key] += (self._instances - self._stamps[key]) * value
                self._stamps[key] = self._instances
                table[index] = value + delta

    def train(
        self,
        documents: Sequence[tuple[Sequence[Sequence[str]], Sequence[Sequence[str]]]],
        epochs: int = 10,
        report=None,
    ) -> None:
        """Train on documents of ``(sentences, tags)``, each nested lists of strings.

        Args:
            documents: the training documents with their gold BIO tags.
            epochs: passes over the data.
            report: optional callable receiving ``(epoch, token accuracy)`` after each pass.
        """
        index_of = {tag: i for i, tag in enumerate(CLASSES)}
        prepared = []
        for sentences, tags in documents:
            words_feats = [[word_features(w) for w in words] for words in sentences]
            prepared.append(
                (
                    sentences,
                    [[index_of[t] for t in ts] for ts in tags],
                    words_feats,
                    context_features(sentences),
                )
            )
        order = list(range(len(prepared)))
        for epoch in range(epochs):
            self._random.shuffle(order)
            correct = total = 0
            for doc_index in order:
                sentences, gold, words_feats, contexts = prepared[doc_index]
                doc_labels: dict[str, str] = {}
                for words, gold_tags, wfeats, cfeats in zip(sentences, gold, words_feats, contexts):
                    prev, prev2, prev_index = "<s>", "<s>", -1
                    for i, word in enumerate(words):
                        lower = word.lower()
                        feats = [
                            *wfeats[i],
                            *cfeats[i],
                            "t1=" + prev,
                            "t2=" + prev2 + "|" + prev,
                            "t1l=" + prev + "|" + lower,
                            "dl=" + doc_labels.get(lower, "-"),
                            "dlp=" + doc_labels.get(lower, "-") + "|" + prev,
                        ]
                        guess = _best(self._score(feats), prev_index)
                        truth = gold_tags[i]
                        self._update(truth, guess, feats)
                        correct += guess == truth
                        total += 1
                        # Condition on the prediction, as decoding will.
                        if guess != _O and word[:1].isupper():
                            doc_labels[lower] = _TYPE[guess]
                        prev2, prev, prev_index = prev, CLASSES[guess], guess
            if report is not None:
                report(epoch + 1, correct / max(total, 1))

    def averaged(self) -> dict[str, dict[int, float]]:
        """Return the averaged weights."""
        averaged: dict[str, dict[int, float]] = {}
        now = self._instances
        for feat, table in self.weights.items():
            out = {}
            for index, value in table.items():
                key = (feat, index)
                total = self._totals[key] + (now - self._stamps[key]) * value
                mean = total / now
                if mean:
                    out[index] = mean
            if out:
                averaged[feat] = out
        return averaged

    def save(self, path: str | Path, *, prune: float = 0.005, scale: int = 1000) -> int:
        """Write the averaged, pruned weights as gzip'd JSON.

        Args:
            path: the ``.json.gz`` file to write.
            prune: weights whose magnitude is below this are dropped.
            scale: weights are stored as integers, multiplied by this.

        Returns:
            The number of features kept.
        """
        weights = {}
        for feat, table in sorted(self.averaged().items()):
            pairs = [
                [index, round(value * scale)]
                for index, value in sorted(table.items())
                if abs(value) >= prune and round(value * scale)
            ]
            if pairs:
                weights[feat] = pairs
        data = {"classes": list(CLASSES), "scale": scale, "weights": weights}
        raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        Path(path).write_bytes(gzip.compress(raw, 9, mtime=0))
        return len(weights)

    def tagger(self) -> Tagger:
        """Return a :class:`Tagger` with the current averaged weights (unpruned)."""
        return Tagger({f: tuple(t.items()) for f, t in self.averaged().items()})


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Return the ``(first, last + 1, type)`` token ranges that BIO ``tags`` describe.

    An ``I-`` tag that does not continue an entity of its type starts a new one.

    Args:
        tags: one BIO tag per token.

    Returns:
        The entities, in order.
    """
    spans: list[tuple[int, int, str]] = []
    start = -1
    kind = ""
    for i, tag in enumerate(tags):
        if tag == "O" or tag.startswith("B-") or tag[2:] != kind:
            if start >= 0:
                spans.append((start, i, kind))
                start = -1
                kind = ""
            if tag != "O":
                start, kind = i, tag[2:]
    if start >= 0:
        spans.append((start, len(tags), kind))
    return spans

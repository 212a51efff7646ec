"""A learned second opinion on who speaks: the speaker chooser.

The rules of :mod:`~newsparse_quotes.attribution` give each attribution one speaker. The
chooser looks at the other phrases that could be the speaker (every name, pronoun and role
noun outside quotation marks near the quote and its cue, and the rules' own choice), scores
each with a small logistic model over general features (its kind, its distance and side
relative to the cue and to the quoted words, the words right around it), and replaces the
rules' choice only when another phrase scores clearly higher, or gives a speaker to an
attribution the rules left without one when a phrase scores high enough.

The weights are package data (``data/speaker_chooser.json``, written by
``scripts/train_speaker_chooser.py`` from an attribution corpus's training split); using
them costs a dot product and a logistic per phrase, with no dependency.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib.resources import files

import attrs

from .attribution import TELL_VERBS, Found
from .gender import name_gender
from .patterns import (
    LEARNED_CUES,
    NOT_NAMES,
    ONE_PERSON_DETERMINERS,
    SECTION_LABELS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
)
from .resolve import is_place, is_thing
from .segment import Analysis

#: Where the weights are, in the package's ``data`` folder.
WEIGHTS_FILE = "speaker_chooser.json"

#: How many tokens before and after the quote and its cue phrases are looked for.
WINDOW = 30

#: How many words before a role noun its determiner may stand (``the team's new coach``).
ROLE_REACH = 4

#: Pronouns that can stand for a speaker.
SPEAKER_PRONOUNS = frozenset("he she they i we it who".split())

#: Words after which a phrase is the object of a preposition rather than a subject.
PREPOSITIONS = frozenset("of for at to with in on from about against into over".split())

_REPORTING = SPEECH_VERBS | LEARNED_CUES


@attrs.frozen
class Candidate:
    """A phrase that could be the speaker of one attribution.

    Attributes:
        start: offset of the phrase's first character.
        end: offset just past its last character.
        features: the phrase's feature values by name (absent features are 0).
        chosen_by_rules: whether it overlaps the speaker the rules chose.
    """

    start: int
    end: int
    features: dict[str, float]
    chosen_by_rules: bool


def _token_spans(tx: Analysis, record: Found) -> list[tuple[int, int]]:
    """``(first, last)`` token indices of the candidate phrases in reach of ``record``:
    runs of capitalised words, speaker pronouns and role nouns, outside quotation marks
    and outside the record's own content, within its paragraph(s)."""
    tokens = tx.tokens
    if not tokens:
        return []
    first = tx.first_token(record.start)
    last = max(first, tx.first_token(record.end) - 1)
    anchors = [first, last]
    if record.cue is not None:
        anchors.append(tx.first_token(record.cue[0]))
    para_start = tx.paragraph_bounds(record.start)[0]
    para_end = tx.paragraph_bounds(max(record.start, record.end - 1))[1]
    lo = max(tx.first_token(para_start), min(anchors) - WINDOW)
    hi = min(tx.first_token(para_end), max(anchors) + WINDOW + 1, len(tokens))
    spans: list[tuple[int, int]] = []
    index = lo
    while index < hi:
        token = tokens[index]
        outside = not (record.start <= token.start < record.end) and not tx.inside_quote(token.start)
        if not outside or not token.is_word:
            index += 1
            continue
        if token.capitalized and token.low not in SPEAKER_PRONOUNS:
            end = index
            while (
                end + 1 < hi
                and tokens[end + 1].capitalized
                and tokens[end + 1].is_word
                and not tx.inside_quote(tokens[end + 1].start)
                and not (record.start <= tokens[end + 1].start < record.end)
            ):
                end += 1
            spans.append((index, end))
            index = end + 1
            continue
        if token.low in SPEAKER_PRONOUNS:
            spans.append((index, index))
        elif token.low in SPEAKER_NOUNS:
            spans.append((_determiner_before(tx, index, lo), index))
        index += 1
    return spans


def _determiner_before(tx: Analysis, index: int, lo: int) -> int:
    """Index of the determiner that opens the role phrase whose head noun is token
    ``index`` (``a member``, ``the team's new coach``), or ``index`` itself when none is
    found within :data:`ROLE_REACH` lower-case words: the phrase, not the bare noun, is
    what names the speaker."""
    tokens = tx.tokens
    for back in range(index - 1, max(lo, index - ROLE_REACH) - 1, -1):
        word = tokens[back]
        if word.low in ONE_PERSON_DETERMINERS:
            return back
        if not word.is_word or word.capitalized or word.low in SPEAKER_PRONOUNS:
            break
    return index


def _features(tx: Analysis, record: Found, a: int, b: int, cue: int | None) -> dict[str, float]:
    """The feature values of the phrase of tokens ``a..b`` for ``record`` (cue token
    ``cue``)."""
    tokens = tx.tokens
    head = tokens[a]
    words = [t.text for t in tokens[a : b + 1]]
    phrase = " ".join(words)
    f: dict[str, float] = {}
    sentence = tx.sentence_of(head.start)
    opens_sentence = tx.sentence_starts[sentence] >= (tokens[a - 1].end if a else 0)
    if a == b and head.low in SPEAKER_PRONOUNS:
        f["kind_pronoun"] = 1.0
        f["pronoun_" + head.low] = 1.0
    elif tokens[b].low in SPEAKER_NOUNS and not tokens[b].capitalized:
        f["kind_role"] = 1.0
    elif any(t.capitalized for t in tokens[a : b + 1]) and not (a == b and opens_sentence):
        f["kind_name"] = 1.0
        f["name_words"] = min(3, b - a + 1) / 3
        if name_gender(phrase) is not None:
            f["first_name_known"] = 1.0
    else:
        f["kind_other"] = 1.0
    if opens_sentence:
        f["opens_sentence"] = 1.0
    if a == b and (head.text in NOT_NAMES or head.low in SECTION_LABELS):
        f["not_a_name"] = 1.0
    if f.get("kind_name") and (is_place(phrase) or is_thing(phrase)):
        f["place_or_thing"] = 1.0
    if head.text.endswith(("'s", "’s")) or tokens[b].text.endswith(("'s", "’s")):
        f["possessive"] = 1.0
    before = tokens[a - 1] if a else None
    after = tokens[b + 1] if b + 1 < len(tokens) else None
    if before is not None:
        # The word that governs the phrase, past a determiner (``with the Institute``).
        governor = tokens[a - 2] if a >= 2 and before.low in ONE_PERSON_DETERMINERS else before
        if governor.low == "by":
            f["after_by"] = 1.0
        elif governor.low in PREPOSITIONS:
            f["after_preposition"] = 1.0
        if before.text == ",":
            f["after_comma"] = 1.0
        if governor.low in TELL_VERBS:
            f["after_tell"] = 1.0  # its listener: "told Reuters"
        elif governor.low in _REPORTING and not governor.noun:
            f["after_reporting_word"] = 1.0  # "said Ann Bright"
    if after is not None:
        if after.text == ",":
            f["before_comma"] = 1.0
        if after.low in _REPORTING and not after.noun:
            f["before_reporting_word"] = 1.0
    first = tx.first_token(record.start)
    last = max(first, tx.first_token(record.end) - 1)
    if b < first:
        f["before_content"] = 1.0
        distance = first - b
    else:
        f["after_content"] = 1.0
        distance = max(0, a - last)
    f["content_distance"] = math.log1p(distance) / 3
    content_sentences = {tx.sentence_of(record.start), tx.sentence_of(max(record.start, record.end - 1))}
    if sentence in content_sentences:
        f["content_sentence"] = 1.0
    if cue is None:
        f["no_cue"] = 1.0
    else:
        if b < cue:
            f["before_cue"] = 1.0
            gap = cue - b
        else:
            f["after_cue"] = 1.0
            gap = a - cue
        f["cue_distance"] = math.log1p(max(0, gap)) / 3
        if gap == 1:
            f["next_to_cue"] = 1.0
        if tx.sentence_of(tokens[cue].start) == sentence:
            f["cue_sentence"] = 1.0
    return f


def candidates(tx: Analysis, record: Found) -> list[Candidate]:
    """Every phrase in reach that could be ``record``'s speaker, with its features; the
    rules' own speaker is always among them.

    Args:
        tx: the analysed text.
        record: one attribution as the rules found it.

    Returns:
        The candidates in text order.
    """
    cue = tx.first_token(record.cue[0]) if record.cue is not None else None
    if cue is not None and cue >= len(tx.tokens):
        cue = None
    rule = record.speaker
    out = []
    covered = False
    for a, b in _token_spans(tx, record):
        start, end = tx.tokens[a].start, tx.tokens[b].end
        chosen = rule is not None and start < rule[1] and rule[0] < end
        covered = covered or chosen
        out.append(Candidate(start, end, _features(tx, record, a, b, cue), chosen))
    if rule is not None and not covered:
        a = min(tx.first_token(rule[0]), len(tx.tokens) - 1)
        b = max(a, min(tx.first_token(rule[1]) - 1, len(tx.tokens) - 1))
        out.append(Candidate(rule[0], rule[1], _features(tx, record, a, b, cue), True))
    for candidate in out:
        if candidate.chosen_by_rules:
            # The rules' choice is scored with weights of its own: how much it can be
            # trusted depends on what it is (a far lower-case word less than a name).
            features = candidate.features
            features.update({"rules:" + name: value for name, value in list(features.items())})
            features["chosen_by_rules"] = 1.0
    return out


@attrs.frozen
class SpeakerChooser:
    """A logistic model over candidate features, and when to overrule the rules.

    Attributes:
        weights: the weight of each feature by name.
        bias: the intercept.
        margin: how much more probable another phrase must be than the rules' choice for
            the chooser to replace it.
        threshold: how probable a phrase must be to become the speaker of an attribution
            the rules left without one (above 1: never).
    """

    weights: dict[str, float]
    bias: float
    margin: float
    threshold: float

    @classmethod
    def from_json(cls, data: dict) -> SpeakerChooser:
        """Build a chooser from the mapping :data:`WEIGHTS_FILE` holds."""
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            margin=float(data["margin"]),
            threshold=float(data["threshold"]),
        )

    def probability(self, features: dict[str, float]) -> float:
        """The probability the model gives that a phrase with ``features`` is the
        speaker."""
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def choose(self, tx: Analysis, record: Found) -> Found:
        """``record`` with the speaker the model prefers, or unchanged.

        A quote whose words came through an outer source (``according to CNN``) keeps its
        speaker: the outer source is what a reader is told.
        """
        if record.reported_by is not None:
            return record
        if record.speaker is None and self.threshold > 1.0:
            return record  # no probability reaches it: speakers are never given
        options = candidates(tx, record)
        if not options:
            return record
        scored = [(self.probability(c.features), c) for c in options]
        ruled = max((p for p, c in scored if c.chosen_by_rules), default=None)
        best_p, best = max(
            ((p, c) for p, c in scored if not c.chosen_by_rules), default=(0.0, None), key=lambda pair: pair[0]
        )
        if best is None:
            return record
        if (ruled is None and best_p >= self.threshold) or (ruled is not None and best_p - ruled >= self.margin):
            return attrs.evolve(record, speaker=(best.start, best.end))
        return record


@lru_cache(maxsize=1)
def shipped_chooser() -> SpeakerChooser | None:
    """The chooser with the shipped weights, or None when the package has none."""
    resource = files(__package__).joinpath("data", WEIGHTS_FILE)
    if not resource.is_file():
        return None
    return SpeakerChooser.from_json(json.loads(resource.read_text(encoding="utf-8")))

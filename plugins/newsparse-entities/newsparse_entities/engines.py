"""Engines: the part that finds raw entity spans, before types are refined and clustered.

An engine is any object with a ``name`` and a ``spans(texts, tokens)`` method that returns,
for each text, ``(start, end, label)`` character spans. Two ship with the plugin:

* :class:`BuiltinEngine`, the averaged-perceptron tagger trained on CoNLL-2003 (offline,
  pure Python, the default);
* :class:`SpacyEngine`, any installed spaCy pipeline with an ``ner`` component (extra
  ``newsparse-entities[spacy]``). Nothing is ever downloaded: the pipeline must already be
  installed, or be passed in as an object.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Sequence
from typing import Any, Protocol

from .tagger import Tagger, bio_spans
from .tokenize import Token, is_title_case, sentences

#: Environment variable naming an installed spaCy pipeline (package name or path) to use
#: instead of the built-in tagger.
SPACY_MODEL_ENV = "NEWSPARSE_SPACY_MODEL"

#: Labels of the built-in tagger (CoNLL-2003) mapped to ours; LOC and MISC are refined
#: later (GPE, NORP, EVENT).
CONLL_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

#: spaCy labels (OntoNotes and CoNLL schemes) mapped to ours; labels not listed (dates,
#: numbers, money) are not entities here and are dropped.
SPACY_LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "MISC": "MISC",
}

RawSpan = tuple[int, int, str]


class Engine(Protocol):
    """What an engine provides.

    An engine may also have a ``languages`` attribute: the primary codes (``"en"``) of the
    languages its model reads, or None for any. The ``entities`` extractor leaves an
    article in another language unannotated (see
    :meth:`~newsparse_entities.EntityExtractor.reads_language`); an engine without the
    attribute is taken to read any.
    """

    name: str

    def spans(self, texts: Sequence[str], tokens: Sequence[Sequence[Token]]) -> list[list[RawSpan]]:
        """Return ``(start, end, label)`` spans for each text, labels already mapped."""


class BuiltinEngine:
    """The shipped averaged-perceptron tagger.

    All texts passed together are tagged as one document, so that a name written in
    capitals in a headline profits from how the body writes it. A first sentence in title
    case (a headline) is tagged as if written in capitals, as the training data writes
    headlines.

    Args:
        tagger: a loaded :class:`~newsparse_entities.tagger.Tagger`; the shipped model
            when None.
    """

    name = "builtin"
    #: The shipped model learnt English news (CoNLL-2003): on German, whose nouns are all
    #: capitalised, most of what it finds is not a name.
    languages: frozenset[str] | None = frozenset({"en"})

    def __init__(self, tagger: Tagger | None = None) -> None:
        self.tagger = tagger if tagger is not None else _shipped_tagger()

    def spans(self, texts: Sequence[str], tokens: Sequence[Sequence[Token]]) -> list[list[RawSpan]]:
        """Tag the texts as one document.

        Args:
            texts: the texts.
            tokens: their tokens, from :func:`~newsparse_entities.tokenize.tokenize`.

        Returns:
            ``(start, end, label)`` character spans for each text.
        """
        owners: list[tuple[int, int, int]] = []
        words: list[list[str]] = []
        common = {t.text for toks in tokens for t in toks if t.text.islower()}
        for index, (text, toks) in enumerate(zip(texts, tokens)):
            for number, (first, last) in enumerate(sentences(text, list(toks))):
                owners.append((index, first, last))
                sentence = [_as_trained(t.text) for t in toks[first:last]]
                if number == 0 and is_title_case(sentence, common):
                    # A headline (a title, or the first line of a text) in title case. The
                    # training data writes headlines in capitals: show the tagger the form
                    # it knows (offsets still come from the tokens).
                    sentence = [w.upper() for w in sentence]
                words.append(sentence)
        out: list[list[RawSpan]] = [[] for _ in texts]
        for (index, first, _), tags in zip(owners, self.tagger.tag(words)):
            toks = tokens[index]
            for a, b, kind in bio_spans(tags):
                out[index].append(
                    (toks[first + a].start, toks[first + b - 1].end, CONLL_LABELS[kind])
                )
        return out


#: The possessive written with a typographic apostrophe, as the training data writes it
#: in plain ASCII: the tagger never saw "’s" and loses the name before it ("Barack" of
#: "Barack Obama’s plan" typed an organisation). Other apostrophes and quotation marks
#: stay as written: mapping them too changed more names for the worse than the better
#: on real pages.
_CLITICS_AS_TRAINED = {"’s": "'s", "’S": "'S"}


def _as_trained(word: str) -> str:
    """Return ``word`` as the training data writes it (:data:`_CLITICS_AS_TRAINED`)."""
    return _CLITICS_AS_TRAINED.get(word, word)


@functools.lru_cache(maxsize=1)
def _shipped_tagger() -> Tagger:
    return Tagger.load()


class SpacyEngine:
    """An engine backed by a spaCy pipeline with an NER component.

    The engine reads the language of its pipeline (``nlp.lang``; any language for
    spaCy's multi-language ``"xx"`` pipelines).

    Args:
        nlp: a loaded ``spacy.Language``. Use :meth:`from_name` to load an installed one.
    """

    name = "spacy"
    languages: frozenset[str] | None = None

    def __init__(self, nlp: Any) -> None:
        if "ner" not in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names:
            raise ValueError(
                f"the spaCy pipeline has no 'ner' or 'entity_ruler' component "
                f"(it has {', '.join(nlp.pipe_names) or 'none'})"
            )
        self.nlp = nlp
        lang = getattr(nlp, "lang", None)
        self.languages = frozenset({lang.lower()}) if isinstance(lang, str) and lang and lang != "xx" else None

    @classmethod
    def from_name(cls, name: str) -> SpacyEngine:
        """Load an installed spaCy pipeline by package name or path; never downloads.

        Args:
            name: e.g. ``"en_core_web_sm"``, installed beforehand.

        Returns:
            The engine.

        Raises:
            ImportError: spaCy is not installed.
            OSError: no such pipeline is installed.
        """
        import spacy

        keep = {"tok2vec", "transformer", "ner", "entity_ruler"}
        nlp = spacy.load(name)
        disable = [p for p in nlp.pipe_names if p not in keep]
        for pipe in disable:
            nlp.disable_pipe(pipe)
        return cls(nlp)

    def spans(self, texts: Sequence[str], tokens: Sequence[Sequence[Token]]) -> list[list[RawSpan]]:
        """Run the pipeline on each text and map its labels.

        Args:
            texts: the texts.
            tokens: unused; spaCy tokenizes on its own.

        Returns:
            ``(start, end, label)`` character spans for each text.
        """
        out = []
        for doc in self.nlp.pipe(list(texts)):
            found = []
            for ent in doc.ents:
                label = SPACY_LABELS.get(ent.label_)
                if label is not None and ent.end_char > ent.start_char:
                    found.append((ent.start_char, ent.end_char, label))
            out.append(found)
        return out


def default_engine() -> Engine:
    """Return the engine to use when none is given.

    The spaCy pipeline named by ``NEWSPARSE_SPACY_MODEL`` when that is set and loadable
    (a warning says why when it is not), the built-in tagger otherwise.
    """
    name = os.environ.get(SPACY_MODEL_ENV, "").strip()
    if name:
        engine = _spacy_engine(name)
        if engine is not None:
            return engine
    return _builtin_engine()


@functools.lru_cache(maxsize=1)
def _builtin_engine() -> BuiltinEngine:
    return BuiltinEngine()


@functools.lru_cache(maxsize=4)
def _spacy_engine(name: str) -> SpacyEngine | None:
    try:
        return SpacyEngine.from_name(name)
    except (ImportError, OSError, ValueError) as error:
        warnings.warn(
            f"{SPACY_MODEL_ENV}={name!r} cannot be used ({error}); "
            "using the built-in entity tagger",
            RuntimeWarning,
            stacklevel=3,
        )
        return None

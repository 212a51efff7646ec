"""Word-level helpers for ranking: terms, stopwords and stemmers, per language.

Terms are lowercased words with stopwords removed and inflections cut off, so that
"rebels", "rebel" and "rebel's" count as one term when sentences are compared with each
other or with the headline. Which stopwords and which stemmer depends on the text's
language (:attr:`newsparse.Article.language`): English texts, and texts of no known
language, use this module's own list and light suffix-cutter (tuned on English news);
the languages of :data:`SNOWBALL_STEMMERS` use the Snowball stemmer of that language
(``snowballstemmer``) and, where Snowball has one, its stop list (``data/stopwords/``).
Other languages get lowercased words as they are: a German stopword list is no help on
Polish, and an English suffix-cutter only mangles it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from importlib import resources

import attrs
import snowballstemmer  # type: ignore[import-untyped]

from newsparse.text import word_count as count_words

__all__ = [
    "ENGLISH",
    "SNOWBALL_STEMMERS",
    "STOPWORDS",
    "Vocabulary",
    "language_code",
    "stem",
    "terms",
    "vocabulary",
    "word_count",
]

# Words: runs of letters and digits, with an inner apostrophe or hyphen allowed once per
# join ("Assad's", "two-year-old"). Each repeat needs a letter after the joiner, so the
# pattern cannot backtrack.
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

#: Function words that say nothing about what a sentence is about.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren't",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "can't",
        "cannot",
        "could",
        "couldn't",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "doing",
        "don't",
        "down",
        "during",
        "each",
        "even",
        "ever",
        "few",
        "for",
        "from",
        "further",
        "get",
        "gets",
        "got",
        "had",
        "hadn't",
        "has",
        "hasn't",
        "have",
        "haven't",
        "having",
        "he",
        "he'd",
        "he'll",
        "he's",
        "her",
        "here",
        "here's",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "how's",
        "however",
        "i",
        "i'd",
        "i'll",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "isn't",
        "it",
        "it's",
        "its",
        "itself",
        "just",
        "let's",
        "like",
        "made",
        "make",
        "many",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "mustn't",
        "my",
        "myself",
        "new",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "ought",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "per",
        "rather",
        "really",
        "said",
        "same",
        "say",
        "says",
        "shan't",
        "she",
        "she'd",
        "she'll",
        "she's",
        "should",
        "shouldn't",
        "since",
        "so",
        "some",
        "still",
        "such",
        "than",
        "that",
        "that's",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "there's",
        "these",
        "they",
        "they'd",
        "they'll",
        "they're",
        "they've",
        "this",
        "those",
        "though",
        "through",
        "to",
        "too",
        "two",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "wasn't",
        "we",
        "we'd",
        "we'll",
        "we're",
        "we've",
        "were",
        "weren't",
        "what",
        "what's",
        "when",
        "when's",
        "where",
        "where's",
        "whether",
        "which",
        "while",
        "who",
        "who's",
        "whom",
        "whose",
        "why",
        "why's",
        "will",
        "with",
        "within",
        "without",
        "won't",
        "would",
        "wouldn't",
        "yet",
        "you",
        "you'd",
        "you'll",
        "you're",
        "you've",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "mr",
        "mrs",
        "ms",
        "year",
        "years",
        "told",
    ]
)

# Inflections cut from the end of a word, longest first, with the shortest stem allowed
# to remain: short stems ("bus", "news") are left alone.
_SUFFIXES = (
    ("ational", "ate", 4),
    ("ization", "ize", 4),
    ("iveness", "ive", 4),
    ("fulness", "ful", 4),
    ("ousness", "ous", 4),
    ("ements", "", 4),
    ("ement", "", 4),
    ("ments", "", 4),
    ("ment", "", 4),
    ("ingly", "", 4),
    ("edly", "", 4),
    ("ness", "", 4),
    ("ings", "", 4),
    ("ies", "y", 3),
    ("ied", "y", 3),
    ("ing", "", 4),
    ("ers", "", 4),
    ("ed", "", 4),
    ("er", "", 4),
    ("es", "", 4),
    ("ly", "", 4),
    ("s", "", 3),
)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Cut common English inflections from a lowercase word.

    Args:
        word: a lowercase word.

    Returns:
        The stem: a prefix of ``word``, sometimes with a short ending restored
        ("agencies" -> "agency").
    """
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    for suffix, replacement, minimum in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= minimum:
            return word[: -len(suffix)] + replacement
    return word


#: The Snowball stemmer (``snowballstemmer.stemmer(name)``) for each language code
#: (ISO 639-1, as :attr:`newsparse.Article.language` starts): the languages of the pages
#: the summaries are read on, and their close neighbours Snowball covers. English is not
#: here: its own suffix-cutter (:func:`stem`) scores as well as Snowball's English
#: stemmer on CNN/DailyMail (see the plugin's README).
SNOWBALL_STEMMERS: dict[str, str] = {
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "nb": "norwegian",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}

#: Language codes that share another's stop list (``data/stopwords/<code>.txt``).
_STOP_LIST_OF = {"nb": "no", "nn": "no"}


@attrs.frozen
class Vocabulary:
    """How the words of one language become terms.

    Attributes:
        stopwords: lowercase words left out.
        stem: turns a lowercase word into its term.
        split_elisions: whether a word is cut at its apostrophes ("l'homme" -> "l",
            "homme"): in the Romance languages an elided article or pronoun is written
            onto the next word, and the stop lists hold the elided forms. English keeps
            "Assad's" whole, for its stemmer to cut the possessive.
    """

    stopwords: frozenset[str]
    stem: Callable[[str], str]
    split_elisions: bool = False


def _snowball_stop_list(code: str) -> frozenset[str]:
    """The Snowball stop list of a language, or an empty set when Snowball has none.

    The files keep Snowball's format: words at the start of lines, comments after a
    vertical bar.
    """
    source = resources.files(__package__) / "data" / "stopwords" / f"{code}.txt"
    if not source.is_file():
        return frozenset()
    words: set[str] = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        words.update(line.split("|", 1)[0].split())
    return frozenset(words)


def _unchanged(word: str) -> str:
    return word


#: Terms of English, and of a text whose language is not known: this module's own list
#: and suffix-cutter.
ENGLISH = Vocabulary(STOPWORDS, stem)


def vocabulary(language: str | None) -> Vocabulary:
    """Return how the words of ``language`` become terms.

    Args:
        language: a language tag ("de", "de-CH", "pt_BR"), as
            :attr:`newsparse.Article.language` gives it, or None when it is not known.

    Returns:
        English's own list and stemmer for English and for None; a language of
        :data:`SNOWBALL_STEMMERS` gets its Snowball stemmer and stop list; any other
        language gets its lowercase words unchanged, with no stopwords. Tags of one
        language share one vocabulary.
    """
    return _vocabulary_of(language_code(language))


def language_code(language: str | None) -> str:
    """Return the lowercase primary subtag of a language tag ("de-CH" -> "de"), "en" for
    None.

    Args:
        language: a language tag, as :attr:`newsparse.Article.language` gives it, or None.

    Returns:
        The language's code, the key of per-language data.
    """
    return (language or "en").replace("_", "-").split("-", 1)[0].strip().lower()


@functools.lru_cache(maxsize=64)
def _vocabulary_of(code: str) -> Vocabulary:
    if code == "en":
        return ENGLISH
    name = SNOWBALL_STEMMERS.get(code)
    # snowballstemmer hands over to PyStemmer (C) when that is installed, and an older
    # PyStemmer may lack a stemmer (Polish came with Snowball 3).
    if name is None or name not in snowballstemmer.algorithms():
        return Vocabulary(_snowball_stop_list(code), _unchanged)
    stemmer = snowballstemmer.stemmer(name)
    # Stemming is the costly step: each word of a language is stemmed once.
    cached = functools.lru_cache(maxsize=65536)(stemmer.stemWord)
    return Vocabulary(_snowball_stop_list(_STOP_LIST_OF.get(code, code)), cached, True)


# An apostrophe that joins an elided word to the next one.
_APOSTROPHES = re.compile(r"['’]")


def terms(text: str, language: str | None = None) -> list[str]:
    """Return the content terms of ``text``: lowercase, stemmed, without stopwords.

    Args:
        text: any text.
        language: its language tag (see :func:`vocabulary`), or None for English.

    Returns:
        The terms in text order, repeats kept.

    Example:
        >>> terms("Putin criticized the U.S. decision to arm the rebels")
        ['putin', 'criticiz', 'decision', 'arm', 'rebel']
        >>> terms("Die Brücken über den Fluss werden erneuert", "de")
        ['bruck', 'fluss', 'erneuert']
    """
    words = vocabulary(language)
    stopwords, stem_of = words.stopwords, words.stem
    found = []
    if words.split_elisions:
        tokens = [piece for m in _WORD.finditer(text.lower()) for piece in _APOSTROPHES.split(m.group())]
    else:
        tokens = _WORD.findall(text.lower())
    for word in tokens:
        if word in stopwords or (len(word) < 2 and not word.isdigit()):
            continue
        found.append(stem_of(word))
    return found


def word_count(text: str) -> int:
    """Return the number of words in ``text``, as length budgets count them.

    Whitespace separates words, except in scripts written without spaces (Japanese,
    Chinese), where every two characters count as one: the count is
    :func:`newsparse.text.word_count`, the core's own measure.

    Args:
        text: any text.

    Returns:
        How many words it has.
    """
    return count_words(text)

"""Word-level helpers for ranking: terms, stopwords and a light stemmer.

Terms are lowercased words with stopwords removed and common English inflections cut
off, so that "rebels", "rebel" and "rebel's" count as one term when sentences are
compared with each other or with the headline.
"""

from __future__ import annotations

import functools
import re

from newsparse.text import word_count as count_words

__all__ = ["STOPWORDS", "terms", "word_count"]

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


def terms(text: str) -> list[str]:
    """Return the content terms of ``text``: lowercase, stemmed, without stopwords.

    Args:
        text: any text.

    Returns:
        The terms in text order, repeats kept.

    Example:
        >>> terms("Putin criticized the U.S. decision to arm the rebels")
        ['putin', 'criticiz', 'decision', 'arm', 'rebel']
    """
    found = []
    for match in _WORD.finditer(text.lower()):
        word = match.group()
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        found.append(stem(word))
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

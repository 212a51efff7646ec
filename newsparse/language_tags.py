"""The language a page states, read from the values its markup gives for it.

Pages write their language in many forms: a tag (``"de-AT"``), the same in other cases or
with an underscore (``"EN-us"``, ``"pt_BR"``, as ``og:locale`` writes it), a list (``"de,
at, en"``), a language's name in English or in itself (``"German"``, ``"Deutsch"``), and
now and then nothing usable (``"x-default"``, ``"e"``, an empty ``lang``). This module
turns them into one well-formed tag, and says which value could not be read, so that the
caller can warn about it rather than drop it in silence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .data.language_names import LANGUAGE_NAMES

# A language tag as pages write it: a primary subtag of two or three letters, then subtags
# of one to eight letters or digits, joined by hyphens or underscores ("en", "de-AT",
# "pt_BR", "zh-Hant-TW"). A private-use tag ("x-default") has a one-letter primary subtag
# and names no language.
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
# What a POSIX locale adds to its tag: a character set and a modifier ("es_AR.UTF-8",
# "de_DE@euro"), as a server's locale leaks into og:locale or content-language.
_LOCALE_SUFFIX = re.compile(r"(?:\.[A-Za-z0-9_-]+)?(?:@[A-Za-z0-9_-]+)?$")
# What separates the items of a value that lists several: "de, at, en", "Italiano (Italian)".
_ITEM_SEPARATORS = re.compile(r"[,;()]")


def _fold(name: str) -> str:
    """A name lowercased, spaces folded and accents dropped: "Français" -> "francais"."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_CODE_BY_NAME = {_fold(name): code for code, names in LANGUAGE_NAMES.items() for name in names}


def normalize_language_tag(value: str) -> str | None:
    """Return ``value`` as a well-formed language tag in its conventional case, or None.

    Underscores become hyphens and each subtag gets the case BCP 47 recommends: the
    language lowercase, a script (four letters) in title case, a region (two letters) in
    capitals, the rest lowercase: ``"EN_us"`` -> ``"en-US"``, ``"zh-hant-tw"`` ->
    ``"zh-Hant-TW"``. Subtags after a one-letter one (an extension or private use) keep
    lowercase. A POSIX locale's character set and modifier are dropped (``"es_AR.UTF-8"``
    -> ``"es-AR"``).

    Args:
        value: the value as the page writes it; spaces around it are ignored.

    Returns:
        The tag, or None when ``value`` is no language tag (a name such as ``"deutsch"``,
        ``"x-default"``, ``"e"``, an empty string).
    """
    value = _LOCALE_SUFFIX.sub("", value.strip(), count=1)
    if not _TAG.fullmatch(value):
        return None
    primary, *rest = value.replace("_", "-").split("-")
    subtags = [primary.lower()]
    extension = False
    for subtag in rest:
        extension = extension or len(subtag) == 1
        if not extension and len(subtag) == 4 and subtag.isalpha():
            subtags.append(subtag.title())
        elif not extension and len(subtag) == 2 and subtag.isalpha():
            subtags.append(subtag.upper())
        else:
            subtags.append(subtag.lower())
    return "-".join(subtags)


def language_code_of_name(name: str) -> str | None:
    """Return the code of the language ``name`` names, or None.

    Names are those of :data:`~newsparse.data.language_names.LANGUAGE_NAMES`, in English
    or in the language itself, matched regardless of case and accents: ``"German"``,
    ``"deutsch"``, ``"Français"`` and ``"francais"`` all give their code.

    Args:
        name: the name as the page writes it.
    """
    return _CODE_BY_NAME.get(_fold(name))


def read_stated_language(values: Iterable[str | None]) -> tuple[str | None, str | None]:
    """Return the language ``values`` state, and the first value that states none.

    ``values`` are what the page's sources give, most trusted first; None is a source
    the page does not have. A value may be a list (``"de, at, en"``, ``"Italiano
    (Italian)"``: its first readable item speaks for it). The language is the first tag found in any value
    (:func:`normalize_language_tag`); only when no value holds a tag is the first
    language's name read (:func:`language_code_of_name`): a name says less than a tag
    (``"Spanish"`` beside ``og:locale`` ``"es_UY"`` is ``"es-UY"``).

    Args:
        values: the values the page states for its language, most trusted first.

    Returns:
        ``(language, unread)``: the tag or code, or None; and the first value given that
        holds neither a tag nor a language's name, exactly as the page wrote it (``""``
        for an empty ``lang``), or None when every value given was read.
    """
    tag = named = unread = None
    for value in values:
        if value is None:
            continue
        parts = [part.strip() for part in _ITEM_SEPARATORS.split(value)]
        found = next(filter(None, map(normalize_language_tag, parts)), None)
        name = None if found else next(filter(None, map(language_code_of_name, parts)), None)
        tag = tag or found
        named = named or name
        if found is None and name is None and unread is None:
            unread = value
    return tag or named, unread

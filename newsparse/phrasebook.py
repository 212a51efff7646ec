"""The boilerplate phrases of a parser, by language: phrase packs, and which apply to a page.

Plugins return phrases from the ``newsparse_boilerplate_patterns`` hook either as plain
``(pattern, reason)`` pairs, which apply to every page, or as a :class:`PhrasePack` that
declares the language its phrases are written in. A page whose language is known gets the
plain phrases and the pack of its language. A page that does not declare its language
(crawler text, HTML without ``lang``) is recognised by the function words a pack lists,
when they leave no doubt (:meth:`PhraseBook.guess_language`); failing that it gets every
pack, because a phrase of one language rarely matches a whole short block of another, while
a missed cookie notice costs precision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

import attrs

from .classify import Rules

#: Characters of an undeclared page read to recognise its language: several hundred words,
#: usually some prose past the menus; reading more cost a tenth of the time of a parse.
GUESS_CHARS = 4_000
#: Fewest words a text needs before its language is guessed at all.
GUESS_MIN_WORDS = 50
#: A pack's language is taken when its function words are at least this share of the words
#: (running prose in a language has 20-40% function words; menus and names have few)...
GUESS_MIN_SHARE = 0.06
#: ... and at least this many times as frequent as any other pack's (French and Spanish
#: share "la", "en", "des"/"de"-like words, so one must clearly lead).
GUESS_MIN_LEAD = 2.0
#: Below this share for every pack, the text is in a language none of them covers (English,
#: say): only the phrases for every page apply.
GUESS_NONE_SHARE = 0.01


def _pairs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(pattern), str(reason)) for pattern, reason in pairs)


def _language_tag(tag: str) -> str:
    return primary_language(tag) or ""


def _words(words: Iterable[str]) -> frozenset[str]:
    return frozenset(words)


@attrs.frozen
class PhrasePack:
    """Boilerplate phrases written in one language.

    Iterating over a pack gives its ``(pattern, reason)`` pairs, so code that expects the
    plain pairs of the ``newsparse_boilerplate_patterns`` hook reads a pack as well.

    Attributes:
        language: the ISO 639-1 code of the language (``"de"``, ``"fr"``); a region
            (``"de-AT"``) is ignored.
        phrases: ``(pattern, reason)`` pairs, as the hook takes them.
        words: frequent function words of the language (lowercase), by which a page that
            does not declare its language is recognised; words shared with English are
            best left out. Empty: the pack applies to such pages only when no language
            can be recognised.
    """

    language: str = attrs.field(converter=_language_tag)
    phrases: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs)
    words: frozenset[str] = attrs.field(default=frozenset(), converter=_words)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.phrases)


def primary_language(tag: str | None) -> str | None:
    """The primary subtag of a language tag, lowercased: ``"de-AT"`` -> ``"de"``.

    Args:
        tag: a language tag as pages state it (``<html lang>``, ``Content-Language``), or None.

    Returns:
        The primary subtag, or None when ``tag`` is empty.
    """
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary or None


@attrs.define
class PhraseBook:
    """Every plugin's boilerplate phrases, and the compiled rules for each page language.

    Attributes:
        common: phrases for every page (plain pairs from the hook).
        packs: language -> the phrases of the packs declared for it, in hook order.
    """

    common: tuple[tuple[str, str], ...]
    packs: Mapping[str, tuple[tuple[str, str], ...]]
    words: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    _compiled: dict[str | None, Rules] = attrs.field(factory=dict, repr=False)

    @classmethod
    def from_hook_results(cls, results: Iterable[Iterable[tuple[str, str]] | PhrasePack | None]) -> PhraseBook:
        """Sort the results of ``newsparse_boilerplate_patterns`` into common phrases and packs.

        Args:
            results: one result per plugin: None, an iterable of pairs, or a
                :class:`PhrasePack`.

        Returns:
            The phrase book.
        """
        common: list[tuple[str, str]] = []
        packs: dict[str, list[tuple[str, str]]] = {}
        words: dict[str, frozenset[str]] = {}
        for result in results:
            if isinstance(result, PhrasePack) and result.language:
                packs.setdefault(result.language, []).extend(result.phrases)
                words[result.language] = words.get(result.language, frozenset()) | result.words
            else:
                common.extend(_pairs(result or ()))
        return cls(
            tuple(common),
            {lang: tuple(pairs) for lang, pairs in packs.items()},
            {lang: found for lang, found in words.items() if found},
        )

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages that have a pack, sorted."""
        return tuple(sorted(self.packs))

    def phrases_for(self, language: str | None) -> tuple[tuple[str, str], ...]:
        """The phrases that apply to a page in ``language``.

        Args:
            language: the page's language tag; None when unknown; ``""`` for a language
                known to have no pack.

        Returns:
            The common phrases and the pack of the page's language; with the language
            unknown, the common phrases and every pack (in language order).
        """
        if language == "":
            return self.common
        primary = primary_language(language)
        if primary is None:
            return self.common + tuple(p for lang in self.languages for p in self.packs[lang])
        return self.common + self.packs.get(primary, ())

    def guess_language(self, text: str) -> str | None:
        """Recognise the language of an undeclared page by its packs' function words.

        Args:
            text: the page's text (only its first :data:`GUESS_CHARS` characters are read).

        Returns:
            The language of the pack whose words clearly lead; ``""`` when the text has
            enough words and next to none of any pack's (a language without a pack, whose
            pages need only the phrases for every page); None when it cannot tell.
        """
        if not self.words:
            return None
        # Split on spaces, not into \w+ words: function words rarely touch punctuation, and
        # str.split is several times faster than a regex.
        found = text[:GUESS_CHARS].lower().split()
        if len(found) < GUESS_MIN_WORDS:
            return None
        # Counting the words once and looking up each pack's few words is cheaper than
        # testing every word against every pack.
        counts = Counter(found)
        hits = {lang: sum(map(counts.__getitem__, markers)) for lang, markers in self.words.items()}
        ranked = sorted(hits.values(), reverse=True)
        best = max(hits, key=hits.__getitem__)
        runner_up = ranked[1] if len(ranked) > 1 else 0
        if hits[best] >= GUESS_MIN_SHARE * len(found) and hits[best] >= GUESS_MIN_LEAD * runner_up:
            return best
        if hits[best] < GUESS_NONE_SHARE * len(found):
            return ""
        return None

    def rules_for(self, language: str | None) -> Rules:
        """The compiled rules for a page in ``language`` (None: unknown), built once each."""
        primary = primary_language(language)
        key = primary if primary in self.packs else "" if primary is not None or language == "" else None
        rules = self._compiled.get(key)
        if rules is None:
            rules = self._compiled[key] = Rules.from_pairs(self.phrases_for(language))
        return rules

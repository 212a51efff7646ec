"""The Parser: load -> classify -> (plugins revise) -> assemble -> enrich.

The only module that ties the stages together. Plugins are loaded when a Parser is built,
never at import time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from .assemble import assemble
from .classify import Rules, classify
from .classify.comments import find_comments
from .classify.modes import DEFAULT_MODE, Settings
from .data.language import LANGUAGE_PAGE_LINE_MIN_CHARS
from .document import LABELS, Decision, Document, InputBlock
from .errors import ExtractorError, PluginError
from .language import detect_misstated_language
from .limits import MAX_INPUT_SIZE
from .loaders import FORMATS, load
from .model import Annotation, Article, ExtractorFailure
from .phrasebook import PhraseBook
from .plugins import PluginSet, RegisteredExtractor

#: Inputs larger than this (characters of text, or bytes) raise InputTooLarge by default;
#: see :data:`newsparse.limits.MAX_INPUT_SIZE` and the contract in :mod:`newsparse.limits`.
DEFAULT_MAX_INPUT_SIZE = MAX_INPUT_SIZE


@attrs.frozen
class Explanation:
    """One block of a document with the decision it got (what ``newsparse explain`` shows).

    Attributes:
        block: the input block, with its text, span and features.
        decision: its label, reason and score.
    """

    block: InputBlock
    decision: Decision


class Parser:
    """Parses articles with a fixed set of plugins; build one and reuse it.

    Args:
        plugins: names of installed plugins to load (entry point names); None loads all of
            them, subject to the ``NEWSPARSE_LOAD_PLUGINS`` environment variable.
        load_entrypoints: False loads no installed plugin (only ``extra_plugins``).
        extra_plugins: plugin objects (modules or instances with hook implementations) to
            register in addition, e.g. in tests.
        strict: raise :class:`~newsparse.PluginError` when an installed plugin fails to
            load, instead of warning.
        raise_extractor_errors: raise :class:`~newsparse.ExtractorError` when an extractor
            fails, instead of recording the failure in :attr:`Article.errors`.
        extractors: names of the extractors to run; None runs every registered one (plus,
            always, whatever those require).
        max_input_size: the largest input accepted, in characters (or bytes for bytes input).
        mode: how selective the body decision is: ``"balanced"`` (the default),
            ``"precision"`` (fewer doubtful blocks in the body) or ``"recall"`` (more of
            them, and the asides and related boxes inside the article); see
            :doc:`/guide/modes`.
        comments: True collects the readers' comments on the page into
            :attr:`Article.comments` (they stay out of the body either way).

    Raises:
        ValueError: ``mode`` is not one of the modes.
        PluginError: with ``strict``, a plugin failed to load; always, extractors are
            inconsistent (duplicate names, missing requirements, cycles).
    """

    def __init__(
        self,
        *,
        plugins: Iterable[str] | None = None,
        load_entrypoints: bool = True,
        extra_plugins: Iterable[Any] = (),
        strict: bool = False,
        raise_extractor_errors: bool = False,
        extractors: Iterable[str] | None = None,
        max_input_size: int = DEFAULT_MAX_INPUT_SIZE,
        mode: str = DEFAULT_MODE,
        comments: bool = False,
    ) -> None:
        #: The extraction mode's settings, handed to the classifier.
        self.settings = Settings.for_mode(mode)
        self.mode = mode
        self.comments = comments
        self.plugins = PluginSet(
            plugins=plugins,
            load_entrypoints=load_entrypoints,
            extra_plugins=extra_plugins,
            strict=strict,
        )
        hook = self.plugins.manager.hook
        self.phrasebook = PhraseBook.from_hook_results(hook.newsparse_boilerplate_patterns())
        #: The phrase rules for a page of unknown language (each language's are in phrasebook).
        self.rules = self.phrasebook.rules_for(None)
        self.raise_extractor_errors = raise_extractor_errors
        self.max_input_size = max_input_size
        self.extractors = self._select_extractors(extractors)
        # Only consult the revision hook when some plugin implements it: it is the one hook
        # called per document, and most parsers have no implementation.
        self._revisers = bool(hook.newsparse_revise_decisions.get_hookimpls())

    def _select_extractors(self, names: Iterable[str] | None) -> tuple[RegisteredExtractor, ...]:
        registered = self.plugins.extractors
        if names is None:
            return registered
        wanted = set(names)
        by_name = {e.name: e for e in registered}
        unknown = wanted - set(by_name)
        if unknown:
            raise PluginError(f"no installed plugin provides extractor(s): {', '.join(sorted(unknown))}")
        stack = list(wanted)
        while stack:
            for required in by_name[stack.pop()].requires:
                if required not in wanted:
                    wanted.add(required)
                    stack.append(required)
        return tuple(e for e in registered if e.name in wanted)

    # -- stages -------------------------------------------------------------------------

    def load(
        self,
        source: Any,
        *,
        url: str | None = None,
        format: str = "auto",
        encoding: str | None = None,
    ) -> Document:
        """Load ``source`` into a :class:`~newsparse.document.Document` of blocks.

        Reads, checks and decodes the input once, tells HTML from plain text, and runs the
        text or HTML loader (see :func:`newsparse.loaders.load`).

        Args:
            source: the page's HTML, or its plain text: ``str``, ``bytes`` (``bytearray``
                and ``memoryview`` too), an :class:`os.PathLike` naming a file, or a binary
                file object.
            url: the page's URL, recorded on the Document.
            format: ``"auto"``, ``"text"`` or ``"html"``.
            encoding: the charset of bytes, when known.

        Returns:
            The Document, whose blocks index its ``source``.

        Raises:
            EmptyInput: the input is empty or only whitespace.
            NewsparseError: the input is of the wrong type, too large, binary or
                undecodable; the subclass and the message say which.
        """
        return load(source, format=format, encoding=encoding, url=url, max_size=self.max_input_size)

    def classify(self, document: Document) -> tuple[Decision, ...]:
        """Label every block of ``document``, then let plugins revise the labels."""
        decisions = classify(document, self._rules(document), settings=self.settings)
        if self._revisers:
            decisions = self._revise(document, decisions)
        return decisions

    def _rules(self, document: Document) -> Rules:
        # The phrase rules of the document's language: declared, unless the page's prose is
        # surely in another (the body is not known yet: its lines long enough to be prose
        # stand in for it); else guessed from its text.
        stated = document.metadata.language
        if not stated:
            return self.phrasebook.rules_for(self.phrasebook.guess_language(document.source))
        prose = [block.text for block in document.blocks if len(block.text) >= LANGUAGE_PAGE_LINE_MIN_CHARS]
        return self.phrasebook.rules_for(detect_misstated_language(stated, prose) or stated)

    def _revise(self, document: Document, decisions: tuple[Decision, ...]) -> tuple[Decision, ...]:
        results = self.plugins.manager.hook.newsparse_revise_decisions(
            document=document, decisions=decisions
        )
        revised = list(decisions)
        # pluggy returns results in call order; the first caller has the highest priority,
        # so apply in reverse and let earlier results overwrite later ones.
        for result in reversed(results):
            for index, decision in (result or {}).items():
                if not isinstance(decision, Decision) or decision.label not in LABELS:
                    raise PluginError(f"newsparse_revise_decisions returned an invalid decision: {decision!r}")
                if 0 <= index < len(revised):
                    revised[index] = decision
        return tuple(revised)

    def enrich(self, article: Article) -> Article:
        """Run the extractors on ``article``, in dependency order; return the annotated copy."""
        for registered in self.extractors:
            try:
                found = tuple(registered.extractor.extract(article) or ())
                for item in found:
                    if not isinstance(item, Annotation):
                        raise TypeError(f"extract() yielded {type(item).__name__}, not Annotation")
                found = tuple(
                    a if a.extractor else attrs.evolve(a, extractor=registered.name) for a in found
                )
            except Exception as error:
                if self.raise_extractor_errors:
                    raise ExtractorError(registered.name, f"{type(error).__name__}: {error}") from error
                failure = ExtractorFailure(
                    extractor=registered.name,
                    plugin=registered.plugin,
                    error=type(error).__name__,
                    message=str(error),
                )
                article = attrs.evolve(article, errors=article.errors + (failure,))
                continue
            if found:
                article = attrs.evolve(article, annotations=article.annotations + found)
        return article

    # -- entry points -------------------------------------------------------------------

    def parse(
        self,
        source: Any,
        *,
        url: str | None = None,
        format: str = "auto",
        encoding: str | None = None,
        extract: bool = True,
    ) -> Article:
        """Parse one article.

        Args:
            source: the page's HTML, or its plain text: ``str``, ``bytes``, an
                :class:`os.PathLike` naming a file, or a binary file object.
            url: the page's URL, recorded on the Article.
            format: ``"auto"`` (decide from the content), ``"text"`` or ``"html"``.
            encoding: the charset of bytes, when the caller knows it (e.g. from an HTTP
                header); otherwise it is read from the page or detected.
            extract: False skips the plugin extractors.

        Returns:
            The parsed :class:`~newsparse.Article`; its ``warnings`` say whether bytes were
            replaced or their encoding guessed.

        Raises:
            EmptyInput: the input is empty or only whitespace.
            NewsparseError: the input cannot be parsed; the subclass says why.
        """
        document = self.load(source, url=url, format=format, encoding=encoding)
        decisions = self.classify(document)
        article = assemble(document, decisions)
        if self.comments:
            article = attrs.evolve(article, comments=find_comments(document, decisions, self._rules(document)))
        return self.enrich(article) if extract and self.extractors else article

    def explain(
        self, source: Any, *, url: str | None = None, format: str = "auto",
        encoding: str | None = None,
    ) -> tuple[Explanation, ...]:
        """Return every block of ``source`` with the decision it got, in order."""
        document = self.load(source, url=url, format=format, encoding=encoding)
        decisions: Sequence[Decision] = self.classify(document)
        return tuple(Explanation(b, d) for b, d in zip(document.blocks, decisions))


_default: tuple[str | None, Parser] | None = None


def default_parser() -> Parser:
    """The Parser behind :func:`newsparse.parse`: every installed plugin, built on first use.

    It is rebuilt when ``NEWSPARSE_LOAD_PLUGINS`` changes.
    """
    import os

    from .plugins import ENV_VAR

    global _default
    key = os.environ.get(ENV_VAR)
    if _default is None or _default[0] != key:
        _default = (key, Parser())
    return _default[1]


def parse(
    source: Any,
    *,
    url: str | None = None,
    format: str = "auto",
    encoding: str | None = None,
) -> Article:
    """Parse one news article from its HTML or plain text.

    Uses a shared :class:`Parser` with every installed plugin (see ``NEWSPARSE_LOAD_PLUGINS``).

    Args:
        source: the page's HTML, or its plain text: ``str``, ``bytes``, an
            :class:`os.PathLike` naming a file, or a binary file object.
        url: the page's URL, recorded on the Article.
        format: ``"auto"`` (decide from the content), ``"text"`` or ``"html"``.
        encoding: the charset of bytes, when known.

    Returns:
        The parsed :class:`~newsparse.Article`.

    Raises:
        EmptyInput: the input is empty or only whitespace.
        NewsparseError: the input cannot be parsed; the subclass says why.

    Example:
        >>> import newsparse
        >>> text = "Title of the story\\n\\nBy Jane Doe\\n\\n" + "A sentence of the body. " * 5
        >>> article = newsparse.parse(text)
        >>> article.bylines[0].names
        ('Jane Doe',)
    """
    return default_parser().parse(source, url=url, format=format, encoding=encoding)


__all__ = ["DEFAULT_MAX_INPUT_SIZE", "FORMATS", "Explanation", "Parser", "default_parser", "parse"]

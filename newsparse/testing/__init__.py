"""Helpers for testing newsparse plugins (and newsparse itself).

* :func:`make_parser` builds a Parser with exactly the plugins a test names;
* :func:`check_annotations` and :func:`check_article` assert the invariants every Article
  and every annotation must keep;
* :mod:`newsparse.testing.strategies` has Hypothesis strategies for synthetic articles;
* :mod:`newsparse.testing.pytest_plugin` is an opt-in pytest plugin with fixtures
  (``pytest_plugins = ["newsparse.testing.pytest_plugin"]``).
"""

from __future__ import annotations

from typing import Any

from ..model import Article
from ..parser import Parser
from ..text import visible


def make_parser(*plugins: Any, **options: Any) -> Parser:
    """Build a :class:`~newsparse.Parser` with only the given plugin objects.

    No installed plugin is loaded, so a test sees its own plugin alone (plus the built-ins).

    Args:
        *plugins: plugin modules or objects with hook implementations.
        **options: further keyword arguments for :class:`~newsparse.Parser`.
    """
    return Parser(load_entrypoints=False, extra_plugins=plugins, **options)


def check_annotations(article: Article) -> None:
    """Assert that every annotation of ``article`` is consistent with the text it indexes.

    Each annotation's ``field`` must name a text of the article; its span and links must lie
    inside that text; and its ``text``, when given, must be what its span slices out.

    Raises:
        AssertionError: describing the first annotation that breaks a rule.
    """
    for annotation in article.annotations:
        target = article.field_text(annotation.field)
        assert target is not None, f"{annotation!r}: the article has no field {annotation.field!r}"
        span = annotation.span
        if span is not None:
            assert span.end <= len(target), f"{annotation!r}: span ends past the {annotation.field} text"
            if annotation.text is not None:
                assert span.slice(target) == annotation.text, (
                    f"{annotation!r}: span slices {span.slice(target)!r}, not its text"
                )
        for name, link in annotation.links.items():
            assert link.end <= len(target), f"{annotation!r}: link {name!r} ends past the text"


def check_article(article: Article) -> None:
    """Assert the invariants of a parsed Article.

    * every segment's span slices its text out of ``article.source``, but for the invisible
      characters texts leave out (:data:`~newsparse.data.invisible.INVISIBLE_CHARACTERS`;
      captions: the whole caption block);
    * segments do not overlap and come in source order;
    * nothing is silently lost: every non-space character of ``article.source`` lies in
      some segment (a block the parser drops is kept aside as boilerplate);
    * ``article.text`` is the body joined by blank lines;
    * a language has a source (``"markup"`` or ``"text"``), and no language has none; a
      stated language set aside (overruled by the text, or naming no language) is not the
      article's language, which is then not the markup's, and a ``"language"`` warning
      says so;
    * annotations are consistent (:func:`check_annotations`).

    Raises:
        AssertionError: describing the first broken invariant.
    """
    source = article.source
    previous_end = 0
    for role, text, span in article.segments():
        assert span.end <= len(source), f"{role} span {span} runs past the source"
        if role != "caption":
            assert visible(span.slice(source)) == text, (
                f"{role} {text!r} != source[{span}] {span.slice(source)!r}"
            )
        assert span.start >= previous_end, f"{role} at {span} overlaps the segment before it"
        _assert_blank(source, previous_end, span.start)
        previous_end = span.end
    _assert_blank(source, previous_end, len(source))
    assert article.text == "\n\n".join(p.text for p in article.body)
    if article.language is None:
        assert article.language_source is None, "a language source without a language"
    else:
        assert article.language_source in ("markup", "text"), (
            f"language {article.language!r} has source {article.language_source!r}")
    if article.stated_language is not None:
        assert article.language_source != "markup" and article.language != article.stated_language, (
            f"stated language {article.stated_language!r} set aside for {article.language!r} "
            f"from {article.language_source!r}")
        assert any(w.code == "language" for w in article.warnings), (
            f"stated language {article.stated_language!r} set aside without a warning")
    check_annotations(article)


def _assert_blank(source: str, start: int, end: int) -> None:
    """Assert that ``source[start:end]``, a stretch no segment covers, holds only spaces."""
    gap = source[start:end]
    if gap.strip():
        offset = start + len(gap) - len(gap.lstrip())
        raise AssertionError(
            f"offset {offset} ({source[max(0, offset - 20):offset + 20]!r}) belongs to no segment"
        )


__all__ = ["check_annotations", "check_article", "make_parser"]

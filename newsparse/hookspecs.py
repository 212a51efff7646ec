"""The hooks newsparse calls, and the markers plugins use to implement them.

A plugin is any module or object with functions named after these hooks and marked with
:data:`hookimpl`. Installed distributions expose plugins through the ``newsparse`` entry
point group::

    [project.entry-points.newsparse]
    myplugin = "newsparse_myplugin"

Every hook is called once per :class:`~newsparse.Parser` or once per document, never once
per block, so plugins stay off the hot path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable, Mapping

    import click

    from .document import Decision, Document
    from .phrasebook import PhrasePack

#: The pluggy project name and the entry-point group plugins are published under.
PROJECT_NAME = "newsparse"

#: Marks a function as a hook specification (used only in this module).
hookspec = pluggy.HookspecMarker(PROJECT_NAME)

#: Marks a plugin function as the implementation of a newsparse hook.
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def newsparse_boilerplate_patterns() -> Iterable[tuple[str, str]] | PhrasePack | None:
    """Add phrases that mark a whole block as boilerplate.

    Called once when a :class:`~newsparse.Parser` is built; the results of every plugin
    are combined. Use it to ship a "site pack" of banners, prompts and footers, or a
    language pack.

    Returns:
        An iterable of ``(pattern, reason)`` pairs, which apply to every page; or a
        :class:`~newsparse.PhrasePack`, whose pairs apply to pages in the pack's language
        and to pages whose language is unknown (crawler text, HTML that does not say);
        or None. ``pattern`` is a regular expression matched (case-insensitively, with
        :func:`re.search`) against the whitespace-normalised text of blocks of at most
        200 characters; ``reason`` is the machine-readable reason recorded on the dropped
        block (``"banner"``, ``"share"``, or a reason of the plugin's own). Patterns must
        not backtrack catastrophically: keep them to literal phrases, alternations and
        bounded repeats.
    """


@hookspec
def newsparse_revise_decisions(
    document: Document, decisions: tuple[Decision, ...]
) -> Mapping[int, Decision] | None:
    """Override the classifier's decisions for a document.

    Called once per document, after the built-in classifier has labelled every block and
    before the Article is assembled. Every plugin's result is applied; where two plugins
    revise the same block, the one called first wins (``tryfirst`` plugins, then
    third-party plugins in reverse registration order, then the built-ins).

    Args:
        document: the loaded document: its ``source`` text and its ``blocks``.
        decisions: the decision for each block, aligned with ``document.blocks``.

    Returns:
        A mapping from block index to the new :class:`~newsparse.Decision` for that block,
        or None to change nothing.
    """


@hookspec
def newsparse_register_extractors(register: Callable[[Any], None]) -> None:
    """Register extractors, the objects that add annotations to parsed articles.

    Called once when a :class:`~newsparse.Parser` is built. Call ``register(extractor)``
    for each extractor the plugin provides. An extractor is any object with:

    * ``name`` (str): unique among installed extractors;
    * ``requires`` (tuple of str, optional): extractors that must run before it; a missing
      one is an error naming both;
    * ``after`` (tuple of str, optional): extractors that run before it when installed;
    * ``extract(article)``: returns an iterable of :class:`~newsparse.Annotation`. The
      article it receives carries the annotations of the extractors that ran before.

    Extractors run in an order newsparse decides from ``requires`` and ``after``, ties
    broken by name, never by install order.

    Args:
        register: the callback that records one extractor.
    """


@hookspec
def newsparse_register_commands(cli: click.Group) -> None:
    """Add subcommands to the ``newsparse`` command line.

    Called once when the command line starts. Add commands with the ``@cli.command()``
    decorator or ``cli.add_command(...)``.

    Args:
        cli: the top-level :class:`click.Group`.
    """

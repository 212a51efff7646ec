"""What a worker needs to build its own Parser: a small, picklable description.

Workers never receive a Parser, a plugin manager or a parsed tree: those hold compiled
patterns, C objects and open modules that do not pickle (or pickle slowly and wrongly).
They receive a :class:`ParserSpec` and build the Parser once, where they run.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

import attrs

from ..classify.modes import DEFAULT_MODE
from ..parser import DEFAULT_MAX_INPUT_SIZE, Parser


def import_object(reference: str) -> Any:
    """Import ``"package.module:attribute"`` (or ``"package.module"``) and return it.

    Raises:
        ImportError: the module cannot be imported.
        AttributeError: the module has no such attribute.
    """
    module_name, _, attribute = reference.partition(":")
    target: Any = importlib.import_module(module_name)
    for part in filter(None, attribute.split(".")):
        target = getattr(target, part)
    return target


def _to_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _optional_tuple(value: Iterable[str] | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen(kw_only=True)
class ParserSpec:
    """How to build the Parser of a batch worker.

    Attributes:
        plugins: names of installed plugins to load; None loads all of them (subject to
            ``NEWSPARSE_LOAD_PLUGINS`` as the worker sees it: resolve it where the batch
            starts, as the command line does, when the two may differ).
        load_entrypoints: False loads no installed plugin.
        extractors: names of the extractors to run; None runs them all.
        extract: False skips extractors altogether.
        max_input_size: the largest input accepted (characters, or bytes for bytes input).
        extra_plugins: plugin objects to register as well, given as import references
            (``"package.module:attribute"``) so that the spec stays picklable; an attribute
            that is a class is instantiated with no arguments.
        plugin_objects: plugin objects that are themselves picklable (such as
            :class:`~newsparse.batch.site.SiteBoilerplate`), registered after
            ``extra_plugins``.
        mode: the extraction mode (``"precision"``, ``"balanced"`` or ``"recall"``).
        comments: collect the readers' comments into :attr:`~newsparse.Article.comments`.
    """

    plugins: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    load_entrypoints: bool = True
    extractors: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    extract: bool = True
    max_input_size: int = DEFAULT_MAX_INPUT_SIZE
    extra_plugins: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    plugin_objects: tuple[Any, ...] = attrs.field(default=(), converter=tuple)
    mode: str = DEFAULT_MODE
    comments: bool = False

    def build(self) -> Parser:
        """Build the Parser this spec describes (once per worker).

        Raises:
            PluginError: a plugin or extractor is inconsistent.
            ImportError: an ``extra_plugins`` reference cannot be imported.
        """
        extra = []
        for reference in self.extra_plugins:
            target = import_object(reference)
            extra.append(target() if isinstance(target, type) else target)
        extra.extend(self.plugin_objects)
        return Parser(
            plugins=self.plugins,
            load_entrypoints=self.load_entrypoints,
            extra_plugins=extra,
            extractors=self.extractors,
            max_input_size=self.max_input_size,
            mode=self.mode,
            comments=self.comments,
        )

    def with_plugin(self, plugin: Any) -> ParserSpec:
        """Return a copy of this spec that also registers the picklable ``plugin``."""
        return attrs.evolve(self, plugin_objects=self.plugin_objects + (plugin,))


"""The plugin manager: built-ins, entry points, selection, load errors and extractors.

Entry points are loaded one by one, so one broken plugin is reported without stopping the
others (pluggy's ``load_setuptools_entrypoints`` stops at the first failure).
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import warnings
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import pluggy

from . import hookspecs
from .default_plugins import DEFAULT_PLUGINS
from .errors import PluginError

#: Environment variable selecting plugins: unset = all, "a,b" = only those, "" = none.
ENV_VAR = "NEWSPARSE_LOAD_PLUGINS"


@attrs.frozen
class LoadFailure:
    """A plugin that could not be loaded.

    Attributes:
        name: the entry point's name.
        distribution: the distribution that declares it, or None.
        error: the error's type and message.
    """

    name: str
    distribution: str | None
    error: str


@attrs.frozen
class RegisteredExtractor:
    """An extractor as registered by a plugin.

    Attributes:
        name: the extractor's unique name.
        requires: extractors that must run before it.
        after: extractors that run before it when installed.
        extractor: the object whose ``extract(article)`` is called.
        plugin: the name of the plugin that registered it.
    """

    name: str
    requires: tuple[str, ...]
    after: tuple[str, ...]
    extractor: Any = attrs.field(eq=False, repr=False)
    plugin: str


@attrs.frozen
class PluginInfo:
    """What ``newsparse plugins`` reports for one plugin.

    Attributes:
        name: the plugin's name (its entry point name, or the built-in module's name).
        version: its distribution's version, or None for built-ins.
        hooks: the hooks it implements.
        extractors: the extractors it registers.
    """

    name: str
    version: str | None
    hooks: tuple[str, ...]
    extractors: tuple[str, ...]


def selection_from_env(environ: dict | None = None) -> frozenset[str] | None:
    """Read ``NEWSPARSE_LOAD_PLUGINS``: None when unset (load all), else the chosen names."""
    value = (os.environ if environ is None else environ).get(ENV_VAR)
    if value is None:
        return None
    return frozenset(name.strip() for name in value.split(",") if name.strip())


class PluginSet:
    """The plugins of one :class:`~newsparse.Parser`, loaded once when it is built.

    Args:
        plugins: names of entry-point plugins to load; None loads every installed one
            (subject to ``NEWSPARSE_LOAD_PLUGINS`` when ``plugins`` is None).
        load_entrypoints: False loads no installed plugin at all.
        extra_plugins: plugin objects (modules, classes, instances) to register as well.
        strict: raise :class:`~newsparse.PluginError` for a plugin that fails to load,
            instead of warning and recording it.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[str] | None = None,
        load_entrypoints: bool = True,
        extra_plugins: Iterable[Any] = (),
        strict: bool = False,
    ) -> None:
        self.manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.manager.add_hookspecs(hookspecs)
        self.failures: list[LoadFailure] = []
        self.versions: dict[str, str | None] = {}
        self.distributions: dict[str, str | None] = {}
        for module_name in DEFAULT_PLUGINS:
            self.manager.register(importlib.import_module(module_name), name=module_name)
            self.versions[module_name] = None
        if load_entrypoints:
            selection = frozenset(plugins) if plugins is not None else selection_from_env()
            self._load_entrypoints(selection, strict)
        for index, plugin in enumerate(extra_plugins):
            name = getattr(plugin, "name", None) or getattr(plugin, "__name__", None)
            name = name if isinstance(name, str) else f"{type(plugin).__name__}-{index}"
            if self.manager.has_plugin(name):
                name = f"{name}-{index}"
            self.manager.register(plugin, name=name)
            self.versions.setdefault(name, None)
        self.extractors = self._collect_extractors()

    def _load_entrypoints(self, selection: frozenset[str] | None, strict: bool) -> None:
        entry_points = importlib.metadata.entry_points(group=hookspecs.PROJECT_NAME)
        for ep in sorted(entry_points, key=lambda e: e.name):
            if selection is not None and ep.name not in selection:
                continue
            if self.manager.has_plugin(ep.name):
                continue
            dist = ep.dist.name if ep.dist is not None else None
            try:
                plugin = ep.load()
                self.manager.register(plugin, name=ep.name)
            except Exception as error:  # a broken plugin must not break parsing
                failure = LoadFailure(ep.name, dist, f"{type(error).__name__}: {error}")
                if strict:
                    raise PluginError(
                        f"plugin {ep.name!r} ({dist or 'unknown distribution'}) failed to load:"
                        f" {failure.error}"
                    ) from error
                warnings.warn(f"newsparse: plugin {ep.name!r} failed to load: {failure.error}",
                              RuntimeWarning, stacklevel=4)
                self.failures.append(failure)
                continue
            self.versions[ep.name] = ep.dist.version if ep.dist is not None else None
            self.distributions[ep.name] = dist

    def _collect_extractors(self) -> tuple[RegisteredExtractor, ...]:
        found: dict[str, RegisteredExtractor] = {}
        hook = self.manager.hook.newsparse_register_extractors
        for impl in hook.get_hookimpls():
            def register(extractor: Any, _plugin: str = impl.plugin_name) -> None:
                name = getattr(extractor, "name", None)
                if not isinstance(name, str) or not name:
                    raise PluginError(f"plugin {_plugin!r} registered an extractor without a name")
                if not callable(getattr(extractor, "extract", None)):
                    raise PluginError(f"extractor {name!r} of plugin {_plugin!r} has no extract()")
                if name in found:
                    other = found[name].plugin
                    raise PluginError(
                        f"two plugins register an extractor named {name!r}: "
                        f"{self._describe(other)} and {self._describe(_plugin)}"
                    )
                found[name] = RegisteredExtractor(
                    name=name,
                    requires=tuple(getattr(extractor, "requires", ()) or ()),
                    after=tuple(getattr(extractor, "after", ()) or ()),
                    extractor=extractor,
                    plugin=_plugin,
                )

            impl.function(register=register)
        return order_extractors(found.values(), self._describe)

    def _describe(self, plugin: str) -> str:
        dist = self.distributions.get(plugin)
        return f"{plugin!r} (distribution {dist})" if dist else repr(plugin)

    def info(self) -> tuple[PluginInfo, ...]:
        """Describe every registered plugin, built-ins included, sorted by name."""
        by_plugin: dict[str, list[str]] = {}
        for ex in self.extractors:
            by_plugin.setdefault(ex.plugin, []).append(ex.name)
        records = []
        for name, plugin in self.manager.list_name_plugin():
            hooks = sorted(
                h.name for h in self.manager.get_hookcallers(plugin) or () if h.name.startswith("newsparse_")
            )
            records.append(
                PluginInfo(
                    name=name,
                    version=self.versions.get(name),
                    hooks=tuple(hooks),
                    extractors=tuple(sorted(by_plugin.get(name, ()))),
                )
            )
        return tuple(sorted(records, key=lambda r: r.name))


def order_extractors(
    extractors: Iterable[RegisteredExtractor], describe: Callable[[Any], str] = repr
) -> tuple[RegisteredExtractor, ...]:
    """Order extractors so each runs after what it requires (and its installed ``after``).

    Ties are broken by name, so the order never depends on install or registration order.

    Raises:
        PluginError: a requirement is not installed, or the requirements form a cycle.
    """
    by_name = {e.name: e for e in extractors}
    deps: dict[str, set[str]] = {}
    for e in by_name.values():
        for required in e.requires:
            if required not in by_name:
                raise PluginError(
                    f"extractor {e.name!r} of plugin {describe(e.plugin)} requires extractor "
                    f"{required!r}, which no installed plugin provides"
                )
        deps[e.name] = set(e.requires) | {a for a in e.after if a in by_name}
    ordered: list[RegisteredExtractor] = []
    done: set[str] = set()
    while len(done) < len(by_name):
        ready = sorted(n for n, d in deps.items() if n not in done and d <= done)
        if not ready:
            cycle = sorted(n for n in by_name if n not in done)
            raise PluginError(f"extractors require each other in a cycle: {', '.join(cycle)}")
        done.add(ready[0])
        ordered.append(by_name[ready[0]])
    return tuple(ordered)

"""Every public function, class and method of newsparse-quotes is documented."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import newsparse_quotes


def _public_objects():
    for info in pkgutil.iter_modules(newsparse_quotes.__path__):
        module = importlib.import_module(f"newsparse_quotes.{info.name}")
        yield module.__name__, module
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(value) or inspect.isclass(value):
                yield f"{module.__name__}.{name}", value
                if inspect.isclass(value):
                    for attribute, member in vars(value).items():
                        if attribute.startswith("_"):
                            continue
                        if inspect.isfunction(member) or isinstance(member, property):
                            yield f"{module.__name__}.{name}.{attribute}", member


def test_public_objects_have_docstrings():
    missing = [name for name, value in _public_objects() if not (value.__doc__ or "").strip()]
    assert not missing, f"undocumented: {missing}"


def test_package_exports_are_documented():
    for name in newsparse_quotes.__all__:
        value = getattr(newsparse_quotes, name)
        if callable(value):
            assert (value.__doc__ or "").strip(), name


def test_module_examples_run():
    import doctest

    result = doctest.testmod(newsparse_quotes, verbose=False)
    assert result.attempted >= 1
    assert result.failed == 0

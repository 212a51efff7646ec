"""An opt-in pytest plugin with newsparse fixtures.

Enable it in a plugin's ``conftest.py``::

    pytest_plugins = ["newsparse.testing.pytest_plugin"]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ..parser import Parser
from . import make_parser


@pytest.fixture
def newsparse_parser_factory() -> Callable[..., Parser]:
    """A factory building parsers with only the given plugins: ``factory(my_plugin)``."""
    return make_parser


@pytest.fixture
def newsparse_parser() -> Parser:
    """A parser with no installed plugins, only newsparse's built-ins."""
    return make_parser()


@pytest.fixture
def newsparse_env(monkeypatch: pytest.MonkeyPatch) -> Callable[[Any], None]:
    """Set ``NEWSPARSE_LOAD_PLUGINS`` for one test: ``newsparse_env("a,b")``, None unsets it."""

    def set_plugins(value: str | None) -> None:
        if value is None:
            monkeypatch.delenv("NEWSPARSE_LOAD_PLUGINS", raising=False)
        else:
            monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", value)

    return set_plugins

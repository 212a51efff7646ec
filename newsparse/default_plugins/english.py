"""The built-in English boilerplate phrases (banners, cookies, newsletters, share rows ...)."""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..patterns import BOILERPLATE_PHRASES


@hookimpl(trylast=True)
def newsparse_boilerplate_patterns():
    """Return the built-in English ``(pattern, reason)`` pairs."""
    return BOILERPLATE_PHRASES

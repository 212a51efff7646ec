"""Addresses read from pages, handled without raising.

Pages hold addresses no URL parser accepts (an unclosed IPv6 bracket, ``http://[zz]/``),
and :mod:`urllib.parse` raises ValueError on them. An address is evidence, never a reason
to fail a page: these functions give what can be read, or None, instead.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit


def hostname(url: str | None) -> str | None:
    """The lowercased host of ``url``, or None when it has none or is malformed.

    Example:
        >>> hostname("https://WWW.Example.com/a"), hostname("http://[::1")
        ('www.example.com', None)
    """
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def join(base: str | None, href: str) -> str:
    """``href`` resolved against ``base``; ``href`` as written when either is malformed.

    Example:
        >>> join("https://example.com/news/", "a.jpg"), join("http://[::1", "a.jpg")
        ('https://example.com/news/a.jpg', 'a.jpg')
    """
    if not base:
        return href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


#: What a browser takes out of an address before reading it (the URL standard): ASCII tab
#: and line breaks anywhere; C0 control characters and spaces at either end.
_TAB_AND_NEWLINE = str.maketrans("", "", "\t\n\r")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))


def as_browsers_read(href: str) -> str:
    """``href`` as a browser reads it: ``"java\\tscript:x"`` is ``"javascript:x"`` to it.

    Args:
        href: a link's address as the page writes it.

    Example:
        >>> as_browsers_read(" java\\tscript:alert(1)\\n")
        'javascript:alert(1)'
    """
    return href.translate(_TAB_AND_NEWLINE).strip(_C0_AND_SPACE)

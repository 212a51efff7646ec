"""Characters that take no room on the page and are left out of every text newsparse keeps.

They are in ``Article.source`` (spans index it as it is), but not in titles, bylines,
captions, body paragraphs or boilerplate texts: a soft hyphen splits "Netan\\u00adyahu" into
two words for anything that reads the text, and a zero-width space hides one word boundary
while looking like none.
"""

from __future__ import annotations

import re

#: The invisible characters, each with why it goes. Joiners do shape Arabic, Persian and
#: Indic script, but change no letter: leaving them out keeps words whole for the matching
#: downstream, at the cost of how a word is drawn.
INVISIBLE_CHARACTERS = {
    "\u00ad": "soft hyphen: a possible line break, shown only if the line breaks there",
    "\u200b": "zero-width space: a possible line break without a visible space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner, but for one that joins emoji (see EMOJI_AFTER_JOINER)",
    "\u2060": "word joiner: forbids a line break",
    "\ufeff": "byte-order mark, or the old zero-width no-break space",
}

#: What follows a zero-width joiner that is kept: the emoji blocks. A joiner before an
#: emoji makes one picture of a sequence ("👩\u200d👩\u200d👧" is one family, not three
#: people), so it is part of what the text says.
EMOJI_AFTER_JOINER = "\u2600-\u27bf\U0001f000-\U0001faff"

_INVISIBLE = re.compile(
    "[" + "".join(c for c in INVISIBLE_CHARACTERS if c != "\u200d") + "]"
    + f"|\u200d(?![{EMOJI_AFTER_JOINER}])"
)


def visible(text: str) -> str:
    """Return ``text`` without its invisible characters (see :data:`INVISIBLE_CHARACTERS`).

    Example:
        >>> from newsparse.data.invisible import visible
        >>> visible("Netan\\u00adyahu met\\u200b Putin")
        'Netanyahu met Putin'
    """
    # Most text is ASCII, which has none of them: isascii() is a fast check.
    if text.isascii():
        return text
    return _INVISIBLE.sub("", text)


def source_offset(text: str, offset: int) -> int:
    """Where the character at ``offset`` of ``visible(text)`` stands in ``text`` itself.

    An invisible character just before that character is counted on the right of the cut.

    Example:
        >>> from newsparse.data.invisible import source_offset
        >>> source_offset("a\\u00adb c", 2)
        3
    """
    shift = 0
    for match in _INVISIBLE.finditer(text):
        if match.start() - shift >= offset:
            break
        shift += 1
    return offset + shift

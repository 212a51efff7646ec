"""Characters that take no room on the page and are left out of every text newsparse keeps.

The functions that leave them out are :func:`newsparse.text.visible` and
:func:`newsparse.text.source_offset`. They are in ``Article.source`` (spans index it as it
is), but not in titles, bylines,
captions, body paragraphs or boilerplate texts: a soft hyphen splits "Netan\\u00adyahu" into
two words for anything that reads the text, and a zero-width space hides one word boundary
while looking like none.
"""

from __future__ import annotations

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

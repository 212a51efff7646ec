"""A tokenizer and sentence splitter that keep character offsets.

The tagger was trained on newswire tokenised the CoNLL way ("Putin 's", "U.S.",
"al-Assad", "1996-08-30"), and real articles arrive as raw text with curly quotes and
possessives glued to names. :func:`tokenize` bridges the two: it splits raw text into
CoNLL-like tokens and remembers where each one stands, so every mention maps back to an
exact slice of the input.

Every pattern here is linear: alternatives are tried left to right at each position and
no quantified group contains another quantifier over the same characters.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Abbreviations that keep their full stop ("Mr.", "Gen.", "Inc."); checked only on a
#: word directly followed by ".", so the list costs nothing on ordinary words.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr sgt adm gov sen rep rev fr st jr sr
    pres supt insp det cpl pvt hon messrs mme mlle mx mt ft
    inc corp co ltd plc bros assn dept univ
    jan feb mar apr jun jul aug sep sept oct nov dec
    vs etc approx
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)

_TOKEN = re.compile(
    r"""
    (?P<url>https?://[^\s<>"'“”‘’]+)
    | (?P<acronym>[^\W\d_]\.(?:[^\W\d_]\.)+|[A-Z]\.(?!\w))  # U.S.  a.m.  J.
    | (?P<clitic>['’](?:[sS]|re|ve|ll|[dDmM])(?![^\W_]))    # 's  ’s  're  'd
    | (?P<number>\d+(?:[.,:/]\d+)*(?![\w-]))               # 93,000  3.5  10:30
    | (?P<word>[^\W_]+(?:[-&\u00ad\u200b\u2060][^\W_]+)*(?:['’][^\W\d_][^\W_]*(?:-[^\W_]+)*)?)
    | (?P<dots>\.\.\.|…|--)
    | (?P<other>\S)
    """,
    re.VERBOSE,
)

#: Tokens that close a sentence when they stand alone.
_SENTENCE_END = frozenset({".", "!", "?", "...", "…"})
#: Closing quotes and brackets that stay with the sentence they close.
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]"})
#: Words that start a new sentence after an abbreviation that ends in a full stop
#: ("... in Washington D.C. He recalled"): pronouns and determiners, never part of a name.
_OPENERS = frozenset(
    "He She It They We I The This That These Those There His Her Their Its But And "
    "In On At As After Before When While If So Yet".split()
)


#: Characters that do not show and must not split a word: the soft hyphen (a
#: hyphenation hint that pages leave inside names, "Oba\u00adma"), the zero-width space
#: and the word joiner. A token's text leaves them out; its offsets still cover them.
INVISIBLE = "\u00ad\u200b\u2060"
_INVISIBLE_TABLE = str.maketrans("", "", INVISIBLE)


def visible(text: str) -> str:
    """Return ``text`` without the :data:`INVISIBLE` characters.

    Args:
        text: any string, e.g. a slice of the input that a mention covers.

    Returns:
        The text as a reader sees it ("Oba\u00adma" -> "Obama").
    """
    return text.translate(_INVISIBLE_TABLE)


class Token(NamedTuple):
    """One token: its text and where it stands in the input.

    Attributes:
        text: the token as written.
        start: offset of its first character.
        end: offset just past its last character.
    """

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with character offsets.

    Possessives and clitics are split off (``"Putin's"`` -> ``"Putin"``, ``"'s"``), dotted
    acronyms stay whole (``"U.S."``), hyphenated names stay whole (``"al-Assad"``), a
    soft hyphen does not split a word, and a known abbreviation keeps its full stop
    (``"Mr."``).

    Args:
        text: any string.

    Returns:
        The tokens in order; ``text[t.start:t.end] == t.text`` for each, except that
        :data:`INVISIBLE` characters inside a word are left out of ``t.text``.
    """
    tokens: list[Token] = []
    append = tokens.append
    length = len(text)
    search = _TOKEN.search
    match = search(text)
    while match is not None:
        start, end = match.span()
        if match.lastgroup == "word":
            word = match.group()
            if end < length and text[end] == "." and word.lower() in ABBREVIATIONS:
                end += 1
            elif "'" in word or "’" in word:
                # "can't" and "O'Neill" stay whole; a clitic glued on by the word pattern
                # ("Putin's") is split off.
                cut = _clitic_cut(word)
                if cut:
                    append(Token(visible(word[:cut]), start, start + cut))
                    append(Token(word[cut:], start + cut, end))
                    match = search(text, end)
                    continue
        word = text[start:end]
        if not word.isalnum() and any(c in INVISIBLE for c in word):
            word = visible(word)
            if not word:  # an invisible character on its own is no token
                match = search(text, end)
                continue
        append(Token(word, start, end))
        match = search(text, end)
    return tokens


_CLITICS = ("'s", "’s", "'S", "’S", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d")


def _clitic_cut(word: str) -> int:
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic):
            return len(word) - len(clitic)
    return 0


#: Short words that headlines in title case leave in lower case.
_HEADLINE_LOWER = frozenset(
    "a an the and or but nor of to in on at for by with from as vs via per into onto".split()
)


def is_title_case(words: list[str], common: frozenset[str] | set[str]) -> bool:
    """Return True for a headline in title case ("Obama And Putin Still Far Apart").

    At least three words; nine in ten of the words other than short function words start
    with a capital; and either a short function word past the first word is capitalised
    ("To", "In"), or one in six of the other words is a word the document also writes in
    lower case (so a list of names is not mistaken for a headline).

    Args:
        words: a sentence's tokens.
        common: the words the document writes in lower case.
    """
    content = [w for w in words if w[:1].isalpha() and w.lower() not in _HEADLINE_LOWER]
    if len(content) < 3:
        return False
    upper = sum(1 for w in content if w[:1].isupper())
    if upper * 10 < len(content) * 9 or all(w.isupper() for w in content):
        return False
    # Capitalised function words ("To", "In") past the first word are the surest sign.
    if any(w[:1].isupper() and w.lower() in _HEADLINE_LOWER for w in words[1:]):
        return True
    ordinary = sum(1 for w in content if w.lower() in common)
    return ordinary >= 1 and ordinary * 6 >= len(content)


#: The most words a label line in capitals has ("FRANCE WINS", "DON'T MISS"): longer
#: runs of capitals are a headline in capitals, a wire's or a caption's style, which the
#: tagger's own headline feature handles.
MAX_LABEL_WORDS = 4


def is_caps_label(words: list[str]) -> bool:
    """Return True for a short label line in capitals ("FRANCE WINS", "DON'T MISS").

    Pages set their subheadings and links in capitals; every word being capitalised, the
    capitals say nothing of what is a name. At most :data:`MAX_LABEL_WORDS` words, all
    in capitals, no digit (a dateline or a score) and no final ``.``, ``!`` or ``?`` (a
    headline in capitals that is a sentence).

    Args:
        words: a sentence's tokens.
    """
    content = [w for w in words if w[:1].isalpha()]
    return (
        0 < len(content) <= MAX_LABEL_WORDS
        and all(w.isupper() for w in content)
        and not any(c.isdigit() for w in words for c in w)
        and words[-1] not in _SENTENCE_END
    )


def cell_break(gap: str) -> bool:
    """Return True for the space between two tokens that ends a line or a table's cell
    (a line break or a tab): no name runs across it."""
    return "\n" in gap or "\t" in gap


def sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Group tokens into sentences.

    A sentence ends at a line break or a tab (a table's cell: "DL<tab>Larry Ogunjobi"
    names no "DL Larry"), or after a standalone ``.``, ``!`` or ``?`` (with
    any closing quotes or brackets that follow it) when the next token does not start in
    lower case, or after an abbreviation with a full stop ("D.C.") when a pronoun or
    determiner follows.

    Args:
        text: the text the tokens come from.
        tokens: the output of :func:`tokenize` on ``text``.

    Returns:
        ``(first, last)`` token index ranges, half-open, covering every token once.
    """
    bounds: list[tuple[int, int]] = []
    first = 0
    count = len(tokens)
    i = 0
    while i < count:
        token = tokens[i]
        if i > first and cell_break(text[tokens[i - 1].end : token.start]):
            bounds.append((first, i))
            first = i
        if (
            token.text[-1:] == "."
            and len(token.text) > 1
            and i + 1 < count
            and tokens[i + 1].text in _OPENERS
            and tokens[i + 1].start > token.end
        ):
            bounds.append((first, i + 1))
            first = i + 1
            i += 1
            continue
        if token.text in _SENTENCE_END:
            j = i + 1
            while j < count and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
                j += 1
            if j >= count or not tokens[j].text[:1].islower():
                bounds.append((first, j))
                first = j
                i = j
                continue
        i += 1
    if first < count:
        bounds.append((first, count))
    return bounds

"""A participle cue hangs on the nearest clause, whose subject may be a pronoun.

``Ann Bright, a harbour board member, criticized the plan even as he defended the
ferry, saying “…”`` was given to the sentence subject through the earlier cue
(*criticized*); the participle belongs to the clause just before it, opened by ``and``,
``but``, ``as`` or a comma. A clause of time (``after they came out``) or a passive one
(``she was bombarded …``) is not that clause.
"""

from __future__ import annotations

from newsparse_quotes import find_quotes
from newsparse_quotes.segment import Analysis
from newsparse_quotes.speakers import _clause_pronoun


def _speaker(text):
    return [(q.speaker_mention, q.cue) for q in find_quotes(text) if q.cue in {"saying", "calling"}]


def test_the_pronoun_of_a_clause_after_as_speaks():
    text = (
        "Tom Reed met Ann Bright at the pier. Ann Bright criticized the plan even as he "
        "defended the ferry, saying, “The boats are safe.”"
    )
    assert _speaker(text) == [("he", "saying")]


def test_the_pronoun_of_a_clause_after_and_speaks():
    text = (
        "Tom Reed chairs the board. Ann Bright backed the pier plan, and he has battled with "
        "the mayor over it, at one point calling her “reckless.”"
    )
    assert _speaker(text) == [("he", "calling")]


def test_a_clause_of_time_leaves_the_participle_to_the_subject():
    text = "Ann Bright apologized for the posts after they came out, saying they were “old.”"
    assert _speaker(text) == [("Ann Bright", "saying")]


def test_a_passive_clause_leaves_the_participle_alone():
    text = "Ann Bright spoke, and she was attacked by people responding to a post calling her “arrogant.”"
    tx = Analysis(text)
    words = [t.low for t in tx.tokens]
    she, cue = words.index("she"), words.index("calling")
    assert not _clause_pronoun(tx, she, 0, cue)
    active = Analysis(text.replace("was attacked by", "answered"))
    words = [t.low for t in active.tokens]
    assert _clause_pronoun(active, words.index("she"), 0, words.index("calling"))


def test_a_pronoun_inside_the_quote_is_no_clause_subject():
    text = "Ann Bright read the note “as he wrote it, and he meant it,” saying it was true."
    assert all(q.speaker_mention != "he" for q in find_quotes(text))

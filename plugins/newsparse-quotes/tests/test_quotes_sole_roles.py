"""``the president`` after someone described as the president *of* some body.

A bare ``the president said`` means the president the article is about; ``Ann Lee, the
president of the Farm Bureau,`` holds the role of another body and is not whom it refers
to. Roles other than the sole ones keep referring back to the person described with them
(``a spokesman for the ministry`` … ``the spokesman said``).
"""

from __future__ import annotations

from newsparse_quotes import find_quotes


def _speaker_of(text: str, words: str) -> str | None:
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [(q.kind, q.speaker, q.text) for q in find_quotes(text)]
    return found[0].speaker


def test_the_president_is_not_the_president_of_another_body():
    text = (
        "President Daniel Okafor met farmers on Monday. Mr. Okafor said the deal was close.\n\n"
        "In a letter to the president in May, Ines Kowalczyk, the president of the Harbour"
        " Farm Bureau, said farmers faced “a crisis”.\n\n"
        "The president announced the trade deal during a meeting at the palace."
    )
    assert _speaker_of(text, "trade deal") == "Daniel Okafor"


def test_a_president_described_without_a_body_is_still_the_president():
    text = (
        "Ines Kowalczyk, the president, opened the session on Monday.\n\n"
        "The president said that the budget would be cut by a tenth."
    )
    assert _speaker_of(text, "budget would be cut") == "Ines Kowalczyk"


def test_other_roles_of_a_body_still_refer_back():
    text = (
        "Tom Abara, a spokesman for the harbour ministry, spoke on Monday.\n\n"
        "The spokesman said that the ferries would run again next week."
    )
    assert _speaker_of(text, "ferries would run") == "Tom Abara"

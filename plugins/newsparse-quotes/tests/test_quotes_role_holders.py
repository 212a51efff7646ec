"""The person whose role names an organisation speaks, not the organisation.

``Eric Durr, Director of Public Affairs at the Harbour Board told`` (the closing comma of
the description missing) and ``Omar Lamrani, an analyst at Stratfor, the Texas-based
intelligence company, told`` are the person's words: the organisation after ``at`` /
``of`` / ``for`` is part of the role. A person described between the commas (``and Alex
Azar, the health secretary, said``) still speaks.
"""

from __future__ import annotations

from newsparse_quotes import find_quotes


def test_a_role_without_its_closing_comma_gives_the_person():
    text = "Eric Durr, Director of Public Affairs at New York Harbour Authority told reporters the pier was shut."
    assert [q.speaker for q in find_quotes(text)] == ["Eric Durr"]


def test_a_description_of_the_organisation_stays_with_it():
    text = (
        "Omar Lamrani, a senior analyst at Stratfor, the Texas-based intelligence company, "
        "told reporters that the claim was absurd."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Omar Lamrani"]


def test_a_person_described_between_commas_still_speaks():
    text = (
        "Tom Reed, the acting director of the Harbour Board and Ann Bright, the health "
        "secretary, said they would provide four doctors."
    )
    quotes = find_quotes(text)
    assert quotes and "Ann Bright" in quotes[0].speaker


def test_a_spokesman_for_an_organisation_is_untouched():
    text = "A spokesman for the Harbour Board told reporters the pier was closed."
    assert [q.speaker for q in find_quotes(text)] == ["A spokesman for the Harbour Board"]

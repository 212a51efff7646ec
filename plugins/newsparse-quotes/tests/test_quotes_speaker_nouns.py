"""Role and group nouns that speak when an entity recogniser is at hand.

With entity mentions, a speaker must be a named entity, a pronoun, or a phrase whose head
is a noun of ``SPEAKER_NOUNS``. Patients, dispatchers, users, associates, a
president-elect, men and women, museums, hospitals and schools, and research and
affidavits all speak in news copy; a head outside the lists still names no one.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes
from newsparse_quotes.patterns import PLURAL_NOUNS


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“I could only manage two stairs at a time,” the patient wrote.", "the patient"),
        ("“We have units behind the vehicle,” said a dispatcher on the scanner.", "a dispatcher"),
        ("“Scaring young people is not helpful,” one user wrote.", "one user"),
        ("“You have to suggest something to him,” the associate said.", "the associate"),
        ("“She is a tireless advocate,” the president-elect said in a statement.", "the president-elect"),
        ("The museum says the building's shape evokes a crown.", "The museum"),
        ("The hospital said visits would be allowed at the end of life.", "The hospital"),
        ("Both men claimed that they were being treated well by the guards.", "Both men"),
        ("Some research suggests that more fiber could cut cravings.", "Some research"),
        ("“The women were enticed with travel,” the affidavit said.", "the affidavit"),
    ],
)
def test_a_role_group_or_document_noun_speaks_with_entities(text, mention):
    quotes = find_quotes(text, entities=[])
    assert [q.speaker_mention for q in quotes] == [mention]


def test_an_irregular_plural_is_a_group_a_later_they_stands_for():
    assert {"men", "women", "children"} <= PLURAL_NOUNS


def test_a_head_outside_the_lists_still_names_no_one():
    quotes = find_quotes("“We will win,” the scanner said.", entities=[])
    assert [q.speaker_mention for q in quotes] == [None]

"""A pronoun written in capitals in a sentence that is not is an acronym, a name.

``WHO`` mid-sentence is the World Health Organization, not the pronoun ``who``: read as
the pronoun it was left unresolved (no speaker), and with entity mentions on, which rarely
cover it, the report it made was dropped. A sentence written in capitals keeps its
pronouns.
"""

from __future__ import annotations

from newsparse_quotes import find_quotes
from newsparse_quotes.segment import is_acronym, pronoun_key, tokenize


def test_who_in_capitals_speaks_as_a_name():
    text = "The fever spread fast last year. “The risk is very high,” WHO said on Friday."
    assert [(q.speaker, q.cue) for q in find_quotes(text)] == [("WHO", "said")]


def test_who_in_capitals_speaks_with_entity_mentions_that_miss_it():
    text = "Ann Bright met the press. The fever is rarely fatal, says WHO."
    entities = [(text.index("Ann Bright"), text.index("Ann Bright") + 10, "PERSON")]
    quotes = find_quotes(text, entities=entities)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "WHO")]


def test_according_to_who_in_capitals_names_the_body():
    text = "The fever is back. According to WHO, there were 300 cases in May."
    quotes = find_quotes(text, entities=[])
    assert [q.speaker for q in quotes] == ["WHO"]


def test_the_relative_pronoun_still_stands_for_the_person_before():
    text = "Tom Reed, who chairs the harbour board, said the ferry “will run again.”"
    assert [q.speaker for q in find_quotes(text)] == ["Tom Reed"]


def test_a_sentence_in_capitals_keeps_its_pronouns():
    tokens = tokenize("WHO SAID IT?")
    assert [t.low for t in tokens[:3]] == ["who", "said", "it"]
    tokens = tokenize("Officials said WHO would act.")
    assert tokens[2].low == "WHO"


def test_acronym_and_pronoun_key():
    assert is_acronym("WHO") and is_acronym("US")
    assert not is_acronym("I") and not is_acronym("Who") and not is_acronym("G7")
    assert pronoun_key("WHO") == "WHO"
    assert pronoun_key("He") == "he"

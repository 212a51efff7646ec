"""Reporting verbs used in a sense that reports nothing, and the same verbs reporting.

Each case is a sentence of our own written after a class of false quote seen on news pages
from several sites: a verb in the passive whose subject is what was done to it, with no
one said to speak; ``call`` meaning to telephone; a relative ``that`` taken for the one
that opens a reported clause.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import Person, find_quotes


def _contents(text: str) -> list[str]:
    return [quote.text for quote in find_quotes(text)]


def _speakers(text: str, words: str, **kwargs) -> list[str | None]:
    """The speakers of the quotes whose content contains ``words``."""
    return [q.speaker for q in find_quotes(text, **kwargs) if words in q.text]


# --- a passive with no agent and nothing reported is no quote ----------------------------

NOTHING_REPORTED = [
    "Few members of the board were portrayed kindly in the film, but the chair was spared.",
    "The driver's father has been informed of the accident on the coast road.",
    "Those “well-placed” customers were not charged, but the inquiry goes on.",
    "Members must give references before being approved and receiving a “price list” by mail.",
    "The purchase price was not disclosed, and the sale closed on a Friday in March.",
]


@pytest.mark.parametrize("text", NOTHING_REPORTED)
def test_passive_without_agent_reports_nothing(text):
    assert _contents(text) == []


STILL_REPORTED = [
    # (text, words of the quote, speaker or None)
    (
        "It was revealed in March that the council had spent the reserve on the stadium.",
        "the council had spent the reserve",
        None,
    ),
    (
        "The tenants were told to leave their flats before the end of the month.",
        "leave their flats",
        None,
    ),
    (
        "The new tax was described as “a raid on savers” by the opposition leader.",
        "a raid on savers",
        "the opposition leader",
    ),
    (
        "The mayor is said to be “furious” with the contractors over the delays.",
        "furious",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), STILL_REPORTED)
def test_passive_that_governs_content_still_reports(text, words, speaker):
    speakers = _speakers(text, words)
    assert len(speakers) == 1, find_quotes(text)
    if speaker is not None:
        assert speakers == [speaker]


# --- "call" that means to telephone is no quote; "call" that labels is one ------------

PHONE_CALLS = [
    "The princess called the Queen about her husband's health.",
    "Shortly after the count, the senator called Ann Bright to congratulate her.",
    "When the results came in, the coach called her to ask about the delay.",
    "The mayor called him back within the hour.",
]


@pytest.mark.parametrize("text", PHONE_CALLS)
def test_a_phone_call_reports_nothing(text):
    assert _contents(text) == []


LABELS = [
    # (text, words of the quote, cue)
    ("The senator called the plan “a disaster for families.”", "a disaster", "called"),
    ("The mayor called him a liar who had “no shame at all.”", "no shame", "called"),
    ("The minister called them “a gang of vandals” on Monday.", "a gang of vandals", "called"),
]


@pytest.mark.parametrize(("text", "words", "cue"), LABELS)
def test_a_call_that_labels_still_reports(text, words, cue):
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [(q.kind, q.cue, q.text) for q in find_quotes(text)]
    assert found[0].cue == cue


# --- a "that" right before a verb opens a relative clause, not what was said -------------


def test_relative_that_after_an_adjunct_is_no_report():
    text = "The plan was one he announced at a rally in the park that ended after midnight."
    assert _contents(text) == []


def test_relative_that_stays_inside_the_object_reported():
    text = "Ms. Reyes proposed new rules that would end the late fees for tenants."
    assert _contents(text) == ["new rules that would end the late fees for tenants"]


def test_that_opening_a_clause_after_an_adjunct_is_still_the_report():
    text = "The minister said in a statement that the plan would go ahead in May."
    assert _contents(text) == ["that the plan would go ahead in May"]


# --- whoever replies is not whoever asked ---------------------------------------------

REPLIES = [
    # (text, words of the reply, who replies)
    (
        "At the hearing a reporter asked Senator Ann Bright, “Will you resign?”\n"
        "“I will not resign while the inquiry is open,” she replied.",
        "I will not resign",
        "Ann Bright",
    ),
    (
        "“Why did the council wait so long?” a resident asked Mayor Tom Reyes.\n"
        "“We had no money until the spring,” he answered.",
        "We had no money",
        "Tom Reyes",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), REPLIES)
def test_a_reply_is_not_given_to_who_asked(text, words, speaker):
    assert _speakers(text, words) == [speaker]


def test_a_pronoun_after_a_statement_still_continues_its_speaker():
    text = (
        "“The depot will reopen in May,” said Ann Bright, a spokeswoman for the council.\n"
        "“We have the money now,” she added."
    )
    assert _speakers(text, "money") == ["Ann Bright"]


# --- the generic "you" of a condition is no speaker ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If you think you have the virus, stay indoors and ask for advice online.",
        "When we say the river is clean, we mean that fish have come back to it.",
    ],
)
def test_a_generic_pronoun_in_a_condition_reports_nothing(text):
    assert _contents(text) == []


def test_a_pronoun_that_names_a_speaker_still_reports():
    text = "You said the depot would reopen in May, the councillor reminded the mayor."
    assert any("the depot would reopen" in words for words in _contents(text))


# --- the name after a title speaks, whatever a recogniser made of the words before ------


def test_the_name_after_the_title_speaks_not_a_place_taken_for_a_person():
    text = "“The road was closed for hours,” said Harbour Vale Police Detective Ann Bright."
    start = text.index("Harbour Vale")
    people = [Person(start, start + len("Harbour Vale"), "Harbour Vale", entity_id="e1")]
    entities = [(start, start + len("Harbour Vale"), "PERSON")]
    assert _speakers(text, "road", people=people, entities=entities) == ["Ann Bright"]


def test_a_title_with_a_surname_only_keeps_the_person_named_before():
    text = "Governor Tom Reyes opened the bridge. “It took ten years,” Gov. Reyes said."
    assert _speakers(text, "ten years") == ["Tom Reyes"]


# --- a long description before the cue does not hand the quote to what it mentions -------


def test_a_long_description_and_relative_clause_keep_the_named_speaker():
    text = (
        "Prof Ann Bright, director of the Centre for Transport Policy in Rural Areas at Vale "
        "University, who is leading research into the cost of bus routes across the north of "
        "the country, says: “A timetable nobody can use is worse than none.”"
    )
    assert _speakers(text, "timetable") == ["Ann Bright"]


# --- a photographer's credit left in the body is nobody a pronoun stands for -------------


def test_a_picture_credit_is_not_the_antecedent_of_he():
    text = (
        "Sam Ortiz, a student at Vale University, is organising a rent strike in the halls.\n"
        "Students queue outside a hall of residence. (Photo by Tom Reyes/Harbour Images)\n"
        "“Rents are far too high for rooms this small,” he says."
    )
    people = [
        Person(text.index(name), text.index(name) + len(name), name, entity_id=entity_id)
        for name, entity_id in (("Sam Ortiz", "e1"), ("Tom Reyes", "e2"))
    ]
    assert _speakers(text, "Rents", people=people) == ["Sam Ortiz"]


def test_a_name_before_a_slash_in_prose_needs_a_capital_after_it():
    text = "Tom Reyes/ the coach was late.\n“We lost the toss,” he said."
    assert _speakers(text, "toss") == ["Tom Reyes"]


# --- a verb whose object is a thing, not what was said -----------------------------------

OBJECT_IS_A_THING = [
    "The former governor has maintained a comfortable lead in the county polls for months.",
    "Engineers will find the old survey maps a useful guide to the buried pipes.",
    "The new head teacher knows the budget rules of the district better than anyone.",
]


@pytest.mark.parametrize("text", OBJECT_IS_A_THING)
def test_object_that_is_a_thing_reports_nothing(text):
    assert _contents(text) == []


OBJECT_IS_REPORTED = [
    # (text, words of the quote, speaker): a clause without "that", or a verb whose
    # object is what was said, or a verb the corpus has no record of.
    (
        "The mayor maintained the stadium deal would pay for itself within ten years.",
        "the stadium deal would pay for itself",
        "The mayor",
    ),
    (
        "The inspector ordered an immediate review of the safety checks at the plant.",
        "an immediate review of the safety checks",
        "The inspector",
    ),
    (
        "Senator Ruth Okafor criticized the budget cuts to rural schools on Monday.",
        "the budget cuts to rural schools",
        "Ruth Okafor",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OBJECT_IS_REPORTED)
def test_clause_or_reported_object_stays(text, words, speaker):
    assert _speakers(text, words) == [speaker]


def test_opens_clause_tells_a_clause_from_a_noun_phrase():
    from newsparse_quotes.patterns import opens_clause

    assert opens_clause("that the plan failed".split())
    assert opens_clause("having sex".split())
    assert opens_clause("the plan would fail".split())
    assert not opens_clause("a significant polling lead for months".split())
    assert not opens_clause("the lead , which would".split())  # a comma ends the subject
    assert not opens_clause([])


# --- a passive "was told": the clause follows the verb or its agent ----------------------

PASSIVE_TOLD = [
    # (text, the reported clause, speaker)
    (
        "They met on Tuesday when they were told the new candidate, Ann Bright, would visit.",
        "the new candidate, Ann Bright, would visit",
        None,
    ),
    (
        "Employees were told the plant would close at the end of the year.",
        "the plant would close at the end of the year",
        None,
    ),
    (
        "The tenants were told by the landlord the rent would rise in May.",
        "the rent would rise in May",
        "the landlord",
    ),
]


@pytest.mark.parametrize(("text", "clause", "speaker"), PASSIVE_TOLD)
def test_passive_told_reports_the_clause_after_it(text, clause, speaker):
    quotes = find_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [(clause, speaker)]

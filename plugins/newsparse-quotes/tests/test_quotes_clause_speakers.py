"""Which verb of a sentence reports a quote, and whose subject is its speaker.

Sentences of our own, one per mechanism: a reporting verb whose object clause holds
another verb (the outer verb reports), a participle hanging on the sentence subject
(not on a noun or an earlier participle), an opening phrase before the subject pronoun,
a clause opened by ``that`` before the speaker's name, and a subordinate clause
that opens the sentence (its verb does not introduce the quote after the main clause);
and where a partial quote ends (before the writer's aside after its quoted words).
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


def _quote_with(text: str, words: str):
    """The one quote whose content contains ``words``."""
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [(q.kind, q.speaker_mention, q.text) for q in find_quotes(text)]
    return found[0]


# --- the outer verb reports its object clause ---------------------------------------------

OBJECT_CLAUSES = [
    # (text, words of the quote, speaker as written, cue)
    (
        "That is why critics say he had proposed to “dismantle” the harbour board.",
        "dismantle",
        "critics",
        "say",
    ),
    (
        "“I never said that,” Ruiz said, after the host Mara Quist said the mayor had "
        "referred to the port as a “private playground” of the council.",
        "private playground",
        "the host Mara Quist",
        "said",
    ),
    (
        "And, Ruiz tells the crowd, he has been known to be “brusque” and “tough” in his "
        "home town.",
        "brusque",
        "Ruiz",
        "tells",
    ),
    (
        "On Sunday, when asked about the strike, Governor Ann Bright said she expected "
        "that voters will say “no” to the plan.",
        "will say",
        "Governor Ann Bright",
        "said",
    ),
]


STATEMENT_CLAUSES = [
    # A statement introduced by a clause that is itself the object of a reporting verb.
    (
        "The longtime senator said he rarely asks colleagues to campaign for him, "
        "“except for people I am very close to. And I am not close to Ruiz.”",
        "not close to Ruiz",
        "The longtime senator",
        "said",
    ),
    (
        "Mara Quist said that she responded: “When you have incoming, you cannot be too "
        "polite.”",
        "you have incoming",
        "Mara Quist",
        "said",
    ),
]


def test_a_named_subject_of_the_object_clause_keeps_the_statement():
    text = "Ruiz said Mara Quist replied: “When you have incoming, you cannot be too polite.”"
    quote = _quote_with(text, "you have incoming")
    assert (quote.speaker_mention, quote.cue) == ("Mara Quist", "replied")


def test_a_verb_inside_the_object_clause_keeps_its_words_in_the_content():
    # The clause's own subject stays in the content, as the nearer verb starts it.
    text = "That is why critics say he had proposed to “dismantle” the harbour board."
    assert _quote_with(text, "dismantle").text.startswith("to “dismantle”")


def test_a_verb_that_does_not_govern_the_clause_does_not_report():
    # "said" has its own object ("so"): the quoted clause is the mayor's, not Ruiz's.
    text = "After Ruiz said so on Monday, the mayor claimed the plan was “a disgrace.”"
    assert _quote_with(text, "a disgrace").speaker_mention == "the mayor"


# --- a participle hangs on the sentence subject -------------------------------------------

PARTICIPLES = [
    (
        "Ruiz offered a Quist-style retort on the mayor's favourite medium, tweeting at "
        "him, “you are not just a loser, you are a liar and a whiner.”",
        "liar and a whiner",
        "Ruiz",
    ),
    (
        "The harbour board's office slammed a lawsuit filed by a fired clerk alleging "
        "that the board broke the law, calling it “meritless” on Monday.",
        "meritless",
        "The harbour board's office",
    ),
    (
        "Quist responded to the question on Facebook writing, “Yes, I will. That was a "
        "poor choice of words.”",
        "poor choice of words",
        "Quist",
    ),
    (
        "“Many people are uncertain this year,” Ruiz wrote in a statement to Harbour Times "
        "explaining why he will speak, “but most of us agree that the port is in trouble.”",
        "port is in trouble",
        "Ruiz",
    ),
    (
        "And although she thanked the fishermen for their support, she struck a rare "
        "note of modesty, saying, “I am not sure I really deserve it.”",
        "really deserve it",
        "she",
    ),
]


# --- the subject after an opening phrase, before a time or manner phrase, after "that" ---

SUBJECTS = [
    (
        "Eight years ago, he backed Ruiz over Quist and said, “Quist has never done "
        "anything for the harbour.”",
        "never done anything",
        "he",
    ),
    (
        "The rejection was complete when Ruiz in his opening speech called the fishermen "
        "“pirates” and promised to close the harbour.",
        "pirates",
        "Ruiz",
    ),
    (
        "The debate grew so heated over who backed which harbour bill that Governor Ann "
        "Bright said, “I feel like I need a council-to-English converter.”",
        "converter",
        "Governor Ann Bright",
    ),
]


# --- a subordinate clause that opens the sentence does not introduce the quote ------------

OPENING_CLAUSES = [
    (
        "After Governor Ann Bright criticized Ruiz during a long debate on the harbour, "
        "Quist shot back, “I suppose I could have stayed home, but I chose to fight.”",
        "chose to fight",
        "Quist",
        "shot",
    ),
    (
        "When Ruiz suggested that the port would sue the city, Quist fired back "
        "forcefully: “If they sue us in a court in Salem, they are going to lose.”",
        "going to lose",
        "Quist",
        "fired",
    ),
]


def test_a_cue_after_the_opening_phrase_reports():
    # The comma closes the opening phrase before the cue, not a clause after it.
    text = "Before the vote, Ruiz said: “The port stays open for every boat in the harbour.”"
    quote = _quote_with(text, "port stays open")
    assert (quote.speaker_mention, quote.cue) == ("Ruiz", "said")


# --- where a partial quote ends -----------------------------------------------------------

ASIDES = [
    # (text, words, the content's last words)
    (
        "Ruiz called Quist “the next George Washington” – the founder whom Ruiz admires "
        "with a fervour usually kept for saints.",
        "next George Washington",
        "the next George Washington”",
    ),
    (
        "Quist said the mayor had closed the “harbour loophole,” a flaw in the rules that "
        "let ships dock without papers.",
        "harbour loophole",
        "the “harbour loophole,”",
    ),
    (
        "Ruiz described the judge as “foreign,” which is what some wrongly call people "
        "they believe were born abroad.",
        "foreign",
        "the judge as “foreign,”",
    ),
]


@pytest.mark.parametrize(("text", "words", "ending"), ASIDES)
def test_an_aside_after_a_quoted_fragment_is_not_reported(text, words, ending):
    assert _quote_with(text, words).text.endswith(ending)


def test_a_reported_clause_goes_on_after_its_quoted_words():
    text = "Quist said the plan was “a disgrace” and would cost the harbour its fleet."
    assert _quote_with(text, "a disgrace").text.endswith("cost the harbour its fleet")


# --- several reports in one sentence ----------------------------------------------------

def test_a_second_reporting_verb_keeps_its_own_quoted_clause():
    text = (
        "He said that Ruiz is playing the “harbour card big league” and said that Quist "
        "is “weak like a baby.”"
    )
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == [
        "that Ruiz is playing the “harbour card big league”",
        "that Quist is “weak like a baby.”",
    ]
    assert {q.speaker_mention for q in quotes} == {"He"}


def test_a_participle_after_an_inverted_attribution_has_its_speaker():
    text = (
        "“It is not new in Salem,” said Rep. Ann Bright (D-Ore.) at the time, adding that "
        "“we have been electing fishermen to office for a long time.”"
    )
    quote = _quote_with(text, "electing fishermen")
    assert quote.speaker_mention == "Rep. Ann Bright (D-Ore.)"


def test_an_attribution_before_a_participle_closes_the_clause_before_it():
    text = (
        "Ruiz’s “excesses” are sickening, Quist said Tuesday in Salem, noting the harbour "
        "master “makes you want to retch.”"
    )
    quote = _quote_with(text, "excesses")
    assert (quote.text, quote.speaker_mention) == ("Ruiz’s “excesses” are sickening", "Quist")


# --- a stray lower-case word before a noun is no speaker ----------------------------------

STRAY_WORDS = [
    (
        "He expressed amusement that Quist had at last described his views on the port "
        "“not only on local radio but on national television,” echoing some critics.",
        "local radio",
        "He",
    ),
    (
        "Ruiz’s support nationwide and in key states means “he must be doing something "
        "right,” she says.",
        "doing something right",
        "she",
    ),
]


def test_people_of_an_organisation_after_a_quote_are_one_speaker():
    text = (
        "“Tritium would allow designs with a greater yield,” harbour experts Ann Bright "
        "and Mara Quist of the Salem Institute for Science and Security wrote in May."
    )
    quote = _quote_with(text, "greater yield")
    assert quote.speaker_mention == (
        "harbour experts Ann Bright and Mara Quist of the Salem Institute for Science and "
        "Security"
    )


# --- a description between dashes -------------------------------------------------------

DASH_DESCRIPTIONS = [
    # (text, words, speaker as written, resolved name)
    (
        "Jason Sims — a teacher from Mount Pleasant — says that the governor’s "
        "endorsement was “a big deal.”",
        "a big deal",
        "Jason Sims — a teacher from Mount Pleasant",
        "Jason Sims",
    ),
    (
        "A former harbour master -- Ann Bright, who lost the 2008 election to Ruiz -- said "
        "the mayor “offered no changes to his reactive strategy.”",
        "offered no changes",
        "A former harbour master -- Ann Bright, who lost the 2008 election to Ruiz",
        "Ann Bright",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "name"), DASH_DESCRIPTIONS)
def test_a_speaker_described_between_dashes(text, words, mention, name):
    quote = _quote_with(text, words)
    assert (quote.speaker_mention, quote.speaker) == (mention, name)


def test_a_dash_that_closes_no_description_is_not_a_speaker():
    # The dash pair sets off an aside about a place: no name before it.
    text = (
        "In the harbour — the biggest in the region — officials said the port was “closed "
        "to all ships for the week.”"
    )
    assert _quote_with(text, "closed to all ships").speaker_mention == "officials"


# --- every table above, one check each ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"), OBJECT_CLAUSES + STATEMENT_CLAUSES + OPENING_CLAUSES
)
def test_the_reporting_clause_gives_speaker_and_cue(text, words, speaker, cue):
    quote = _quote_with(text, words)
    assert (quote.speaker_mention, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(("text", "words", "speaker"), PARTICIPLES + SUBJECTS + STRAY_WORDS)
def test_the_subject_of_the_reporting_clause_speaks(text, words, speaker):
    assert _quote_with(text, words).speaker_mention == speaker


def test_a_relative_pronoun_before_a_parenthetical_is_the_speaker_as_written():
    # Not the phrase before the commas: "who" stands for the leaders, not the rhetoric.
    text = (
        "Her rhetoric was softer than that of her campaign’s leaders, who, on a press call "
        "Friday, criticized Ruiz for “misrepresenting what had occurred.”"
    )
    assert _quote_with(text, "misrepresenting").speaker_mention == "who"


# --- a relative clause whose "who" is the object of the reporting verb ----------------------


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        ("The driver who the police said caused the crash was fined on Monday.", "caused", "the police"),
        ("An aide who reporters said had left the room came back an hour later.", "left the room", "reporters"),
        # The phrase before the cue lies inside the clause: the antecedent speaks.
        (
            "A harbour official who spoke on condition of anonymity to discuss the talks said "
            "the quay would reopen.",
            "quay",
            "A harbour official",
        ),
    ],
)
def test_who_right_before_a_subject_is_the_object_of_the_reporting_verb(text, words, mention):
    assert _quote_with(text, words).speaker_mention == mention


# --- a passive report names no speaker without its "by" agent ------------------------------


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        ("The new bridge was described as “a triumph of design” in the review.", "triumph", None),
        ("The plan was labelled “reckless” on the radio.", "reckless", None),
        ("The plan was described as “reckless” by the dockers' union.", "reckless", "the dockers' union"),
        # The subject of a raised infinitive is who speaks.
        ("Ann Bright is reported to have called the plan “a disgrace.”", "disgrace", "Ann Bright"),
    ],
)
def test_passive_report_speaker_is_its_agent_or_none(text, words, mention):
    assert _quote_with(text, words).speaker_mention == mention

"""Classes of error seen on news pages from sites the rules were not tuned on.

Each case is a sentence of our own written after one class: plural possessives inside a
speaker's name, reports with a time or place phrase before a clause without ``that``,
long descriptions after a closing ``says NAME``, and verbs that name or appoint rather
than report.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


def _only(text: str):
    """The one quote found in ``text``."""
    found = find_quotes(text)
    assert len(found) == 1, [(q.kind, q.speaker, q.cue, q.text) for q in found]
    return found[0]


# --- a plural possessive belongs to the name it stands in --------------------------------

PLURAL_POSSESSIVES = [
    # (text, speaker mention, start of the content)
    (
        "A spokesman for the Farmers’ Union of Wales said prices had fallen for a third year.",
        "A spokesman for the Farmers’ Union of Wales",
        "prices had fallen",
    ),
    (
        "A lawyer for the Teachers' Guild said the strike would go ahead on Monday.",
        "A lawyer for the Teachers' Guild",
        "the strike would go ahead",
    ),
]


@pytest.mark.parametrize(("text", "mention", "content"), PLURAL_POSSESSIVES)
def test_plural_possessive_stays_in_the_speaker(text: str, mention: str, content: str) -> None:
    quote = _only(text)
    assert quote.speaker_mention == mention
    assert quote.text.startswith(content)


def test_closing_single_quote_is_not_joined_to_a_following_mark() -> None:
    text = "“They called it ‘the bosses’ budget’,” said Ann Bright. “We call it theft.”"
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Ann Bright", "Ann Bright"]


# --- a closing "says NAME" with a long description of its own ----------------------------

DESCRIBED_SPEAKERS = [
    # (text, speaker, start of the mention, content)
    (
        "The ferry will keep running through the winter, says Ann Bright, a harbour pilot "
        "at the port of Galway and chair of the county's boating association, Ireland.",
        "Ann Bright",
        "Ann Bright, a harbour pilot",
        "The ferry will keep running through the winter",
    ),
    (
        "Most of the new stars are too faint to be seen from the ground with the telescopes "
        "in use today, said Omar Reyes, who studies dwarf galaxies at the University of "
        "Lisbon in Portugal.",
        "Omar Reyes",
        "Omar Reyes, who studies",
        "Most of the new stars are too faint",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mention", "content"), DESCRIBED_SPEAKERS)
def test_closing_attribution_with_long_description(
    text: str, speaker: str, mention: str, content: str
) -> None:
    quote = _only(text)
    assert quote.kind == "indirect"
    assert quote.speaker == speaker
    assert quote.speaker_mention.startswith(mention)
    assert quote.text.startswith(content)
    assert quote.cue in {"says", "said"}


def test_closing_attribution_then_a_clause_is_no_description() -> None:
    # After the name the writer goes on with a clause of their own: it is not part of the
    # speaker, so "says NAME" does not close the sentence there.
    text = (
        "The ferry will keep running through the winter and the spring as well, says Ann "
        "Bright, and the harbour has been dredged twice since the storms of last year."
    )
    assert not any("harbour" in (q.speaker_mention or "") for q in find_quotes(text))
    assert find_quotes(text.replace(", and the harbour has", ", whose harbour was")) == []


# --- a short phrase between the verb and a clause without "that" --------------------------

ADJUNCT_CLAUSES = [
    # (text, speaker, content)
    ("The Harbour Board said on Tuesday it would close the pier for a month.",
     "The Harbour Board", "it would close the pier for a month"),
    ("Ann Bright said in a radio interview the new bridge would open in May.",
     "Ann Bright", "the new bridge would open in May"),
    ("Omar Reyes said at a rally in Porto they were ready to strike again.",
     "Omar Reyes", "they were ready to strike again"),
    ("The ministry said Friday its budget had not been cut.",
     "The ministry", "its budget had not been cut"),
]


@pytest.mark.parametrize(("text", "speaker", "content"), ADJUNCT_CLAUSES)
def test_clause_after_a_time_or_place_phrase(text: str, speaker: str, content: str) -> None:
    quote = _only(text)
    assert (quote.kind, quote.speaker, quote.cue, quote.text) == ("indirect", speaker, "said", content)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Bright spoke on Monday in a hall the size of a barn near the harbour.",
        "Omar Reyes talked about the new bridge with friends at the harbour.",
        "Ann Bright said on the radio the size of the new pier.",
    ],
)
def test_phrase_without_a_clause_reports_nothing(text: str) -> None:
    assert find_quotes(text) == []


# --- participles that give a name report nothing ------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Ann Bright and Omar Reyes were named best players of the season on Sunday night.",
        "The keeper was later named captain of the under-21 side for the autumn games.",
        "The town is opening a new three-year festival named “Harbour Lights” to draw visitors.",
        "She grew up with a neighbour named Reyes who kept bees in the garden behind the church.",
        "The team used a method called “sonar counting” to track the seals in the bay.",
    ],
)
def test_a_name_given_is_no_quote(text: str) -> None:
    assert find_quotes(text) == []


def test_active_naming_verb_still_reports() -> None:
    quote = _only("The inquiry's report named three officials who had approved the contract.")
    assert quote.cue == "named"
    assert quote.speaker_mention.endswith("inquiry's report")


# --- a verb after "and" shares the subject of the verb it is coordinated with -------------

CONJUNCT_SUBJECTS = [
    # (text, speaker mention, cue)
    (
        "A group of fishermen called for a strike, and the harbour workers union strongly "
        "denounced the plan and said it would “fight to the end” for its members.",
        "the harbour workers union",
        "said",
    ),
    (
        "The mood at the harbour darkened on Monday when Mayor Ann Bright visited the pier "
        "and said the council would act within a week.",
        "Mayor Ann Bright",
        "said",
    ),
    (
        "Ann Bright met the families of the crew and said the search would go on all night.",
        "Ann Bright",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "mention", "cue"), CONJUNCT_SUBJECTS)
def test_coordinated_verb_takes_its_conjuncts_subject(text: str, mention: str, cue: str) -> None:
    quote = _only(text)
    assert (quote.speaker_mention, quote.cue) == (mention, cue)


# --- a quotation that starts with an ellipsis -----------------------------------------------

def test_closing_glyph_before_an_ellipsis_opens_a_quotation() -> None:
    text = (
        "The vote was close.\n\n"
        "” … in the case of the harbour, the plan has already failed,” wrote the Galway "
        "Advertiser. “The council knew it.”"
    )
    quotes = find_quotes(text)
    assert [(q.speaker, q.cue) for q in quotes] == [("the Galway Advertiser", "wrote")] * 2
    assert "in the case of the harbour" in quotes[0].text


# --- quoted words inside the clause a verb reports ------------------------------------------

def test_lower_case_quote_after_that_clause_is_a_fragment() -> None:
    quote = _only(
        "At the meeting, Ann Bright joked that she likes a good, “noisy protest now and "
        "then” because she grew up near the docks."
    )
    assert (quote.kind, quote.speaker, quote.cue) == ("partial", "Ann Bright", "joked")
    assert quote.text.startswith("that she likes a good")


def test_lower_case_quote_after_a_bare_cue_is_still_a_statement() -> None:
    quote = _only("Ann Bright told the crowd, “we will not give in.”")
    assert (quote.kind, quote.speaker, quote.text) == ("direct", "Ann Bright", "we will not give in.")


# --- what commas set off after a preposition's object is not the speaker -------------------

OBJECT_APPOSITIONS = [
    # (text, speaker)
    (
        "Ann Bright, during a town hall meeting in Cork, Ireland, said she was “going to "
        "fight for every job” at the harbour.",
        "Ann Bright",
    ),
    (
        "Omar Reyes, a fisherman from Vigo, Spain, said the quota would “ruin the coast.”",
        "Omar Reyes",
    ),
    (
        "Lena Moss, head of research at Delta Bank, a lender in Porto, said rates would "
        "“stay high for a year.”",
        "Lena Moss",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OBJECT_APPOSITIONS)
def test_apposition_of_a_prepositions_object_is_not_the_speaker(text: str, speaker: str) -> None:
    assert _only(text).speaker == speaker


def test_person_named_after_a_role_with_a_preposition_still_speaks() -> None:
    quote = _only("The head of the harbour board, Ann Bright, said the pier “will reopen soon.”")
    assert quote.speaker == "Ann Bright"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour Board Chief Executive, Lena Moss, said: “We are ready for the storm.”", "Lena Moss"),
        ("Her senior policy adviser, Omar Reyes, said: “The vote is lost.”", "Omar Reyes"),
        ("Ann Bright, a teacher from Cork, said the school “must stay open.”", "Ann Bright"),
    ],
)
def test_role_then_name_resolves_to_the_name(text: str, speaker: str) -> None:
    assert _only(text).speaker == speaker


# --- quoted titles are not statements ----------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The musical “Harbour Lights” was the surprise winner on Sunday.\n\n“Harbour Lights,” "
        "the Irish musical about a fishing village in Galway, was the first Irish show to win.",
        "The Irish drama “Harbour Lights” swept the awards on Sunday night in Dublin.",
    ],
)
def test_short_title_set_up_by_a_sentence_is_no_quote(text: str) -> None:
    assert [q for q in find_quotes(text) if q.kind == "direct"] == []


def test_title_before_the_noun_it_modifies_is_no_statement() -> None:
    quote = _only("“Harbour Lights” director Ann Bright said backstage that nobody could have predicted it.")
    assert (quote.kind, quote.speaker) == ("indirect", "Ann Bright")
    assert quote.text.startswith("that nobody could have predicted")


def test_noun_after_a_description_is_no_reporting_verb() -> None:
    text = "“Home,” the Irish song about the lives of sailors, was played at the end of the night."
    assert find_quotes(text) == []
    quote = _only("“We will not move,” the mayor of the island snaps.")
    assert (quote.speaker, quote.cue) == ("the mayor of the island", "snaps")


# --- "in X's words" ----------------------------------------------------------------------------

IN_THE_WORDS_OF = [
    # (text, speaker, cue)
    (
        "Ann Bright led the survey of the bay.\n\nIn Dr. Bright’s words, “Could the seals "
        "have known the storm was coming?”",
        "Ann Bright",
        "In Dr. Bright’s words",
    ),
    (
        "The plan, in the words of Omar Reyes, “will leave the harbour empty for a decade.”",
        "Omar Reyes",
        "in the words of",
    ),
    (
        "Omar Reyes wants the pier fixed because, in his words, “it is the heart of the town.”",
        "Omar Reyes",
        "in his words",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), IN_THE_WORDS_OF)
def test_in_the_words_of(text: str, speaker: str, cue: str) -> None:
    quote = _only(text)
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", speaker, cue)


# --- a partial quote ends at the writer's aside a few words after the quoted words ----------

@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Bright said she was “encouraged” by the plan — a modest change since the "
            "council first voted on it in 2019.",
            "she was “encouraged” by the plan",
        ),
        (
            "Omar Reyes said the crew would “not be left behind” at the port, a swipe at the "
            "owners who had sold the boat.",
            "the crew would “not be left behind” at the port",
        ),
    ],
)
def test_partial_quote_ends_before_a_later_aside(text: str, content: str) -> None:
    quote = _only(text)
    assert (quote.kind, quote.text) == ("partial", content)


def test_indirect_clause_keeps_its_own_apposition() -> None:
    quote = _only("Ann Bright said Omar Reyes, a fisherman, would lead the crew next season.")
    assert quote.text == "Omar Reyes, a fisherman, would lead the crew next season"


# --- the listener of "told" is not what a later pronoun stands for ----------------------------

def test_pronoun_after_told_prefers_the_teller() -> None:
    text = (
        "Dr Ann Bright wrote to the minister before the vote.\n\n"
        "The chief officer told Omar Reyes that the rules would not be enough.\n\n"
        "He also warned that the harbour would flood by the spring."
    )
    quotes = find_quotes(text)
    assert [(q.speaker_mention, q.speaker) for q in quotes][-1] == ("He", "The chief officer")


def test_listener_is_still_found_when_the_gender_says_so() -> None:
    text = "Omar Reyes told Ann Bright the pier would close.\n\n“We are finished,” she said."
    assert find_quotes(text)[-1].speaker == "Ann Bright"


# --- a pull quote signed by a name on the next line, without a dash --------------------------

@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The survey ended in May.\n\n“Seals seem to know when a storm is coming, long "
            "before any of our instruments do.”\n\nAnn Bright, Ph.D.\n\nThe data are online.",
            "Ann Bright",
        ),
        ("“We waited all night for the boats to come back to the harbour.”\n\nMaria Lopez, 34, Vigo", "Maria Lopez"),
    ],
)
def test_quote_signed_by_a_name_line(text: str, speaker: str) -> None:
    quote = _only(text)
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", speaker, None)


@pytest.mark.parametrize(
    "line",
    ["Harbour Lights Return To Galway", "Ann Bright said so", "The Seals Of Galway Bay"],
)
def test_heading_or_sentence_after_a_quote_signs_nothing(line: str) -> None:
    text = f"“We waited all night for the boats to come back to the harbour.”\n\n{line}"
    assert all(q.speaker is None for q in find_quotes(text) if q.kind == "direct")


def test_plural_noun_before_which_is_no_cue() -> None:
    text = "The goal sets the port apart from other public pledges which have focused on cutting fuel use."
    assert find_quotes(text) == []


def test_others_is_a_speaker_phrase() -> None:
    text = "Others reported supervisors taking credit for research, and “abrasive” managers."
    found = find_quotes(text, entities=[])
    assert [(q.speaker, q.cue) for q in found] == [("Others", "reported")]

"""Quotation patterns: cue orders, marks, paragraphs, nesting, speakers."""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes


def only(text, kind=None):
    quotes = [q for q in find_quotes(text) if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text) for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We will win this race,” Smith said.", "Smith", "said"),
        ("“We will win this race,” said Smith.", "Smith", "said"),
        ("Smith said: “We will win this race.”", "Smith", "said"),
        ("Smith said, “We will win this race.”", "Smith", "said"),
        ("“We will win this race,” Smith told reporters Monday.", "Smith", "told"),
        ("“We will win this race,” Mary Smith tweeted.", "Mary Smith", "tweeted"),
        ("\"We will win this race,\" said Sen. Mary Smith (D-Ohio), a party leader.", "Mary Smith", "said"),
        ("“We will win this race,” a campaign spokesman said.", "a campaign spokesman", "said"),
        ("“We will win this race,” said Smith, adding that polls were close.", "Smith", "said"),
        ("“We will win this race,” Smith added.", "Smith", "added"),
        ("“Will we win?” Smith asked.", "Smith", "asked"),
    ],
)
def test_both_cue_orders(text, speaker, cue):
    quote = only(text, "direct")
    assert quote.text.startswith(("We will win", "Will we win"))
    assert quote.speaker == speaker
    assert quote.cue == cue
    assert text[quote.cue_span.start : quote.cue_span.end] == cue
    assert text[quote.span.start - 1] in "“\""


def test_according_to():
    text = "The plan will cost $2 billion, according to the budget office."
    quote = only(text)
    assert quote.kind == "indirect"
    assert quote.text == "The plan will cost $2 billion"
    assert quote.speaker == "the budget office"
    assert quote.cue == "according to"


def test_indirect_speech_after_cue():
    text = "Obama said the United States would arm the rebels within weeks."
    quote = only(text)
    assert (quote.kind, quote.speaker, quote.cue) == ("indirect", "Obama", "said")
    assert quote.text == "the United States would arm the rebels within weeks"


def test_statement_interrupted_by_its_attribution():
    text = "“We are ready,” she said. “The rest is up to them.”"
    first, second = find_quotes(text)
    assert first.text == "We are ready,"
    assert second.text == "The rest is up to them."
    assert first.cue_span == second.cue_span
    assert first.speaker_mention == second.speaker_mention == "she"


def test_multi_paragraph_quote():
    text = (
        "Jones spoke for an hour.\n\n"
        "“The first thing we did was listen.\n\n"
        "“The second thing we did was act,” Jones said.\n\n"
        "The hall emptied soon after."
    )
    quote = only(text, "direct")
    assert quote.text.startswith("The first thing we did was listen.")
    assert quote.text.endswith("was act,")
    assert "The hall" not in quote.text
    assert quote.speaker == "Jones"


def test_quote_continued_in_next_paragraph_keeps_speaker():
    text = "“We will appeal,” Smith said.\n\n“This is not over. Not by a long way.”\n\nOther news."
    first, second = find_quotes(text)
    assert second.speaker == first.speaker == "Smith"


def test_quote_after_the_attribution_of_a_multi_paragraph_quote():
    text = (
        "“We will appeal,” Smith said. “This is not over.\n\n"
        "“We have the votes,” she continued. “We will win in May.”\n\nOther news."
    )
    last = find_quotes(text)[-1]
    assert last.text == "We will win in May."
    assert last.speaker == "Smith"


def test_nested_single_quotes_stay_inside():
    text = "“He told me, ‘Do not worry about it,’ and left,” Brown said."
    quote = only(text)
    assert quote.text == "He told me, ‘Do not worry about it,’ and left,"
    assert quote.speaker == "Brown"


def test_straight_marks_and_nested_apostrophes():
    text = "\"It's 'the best' plan we've had,\" Brown said."
    quote = only(text)
    assert quote.text == "It's 'the best' plan we've had,"
    assert quote.speaker == "Brown"


def test_unbalanced_mark_does_not_swallow_the_article():
    text = (
        "Brown said: “We are leaving now.\n\n"
        "The council met on Tuesday to discuss the budget for next year.\n\n"
        "Members voted 7-2 to approve it."
    )
    quotes = find_quotes(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text == "We are leaving now."
    assert not direct[0].closed
    assert all("Members voted" not in q.text for q in quotes)


def test_stray_closing_mark_is_ignored():
    text = "The vote” was close. “We won,” Smith said."
    quote = only(text, "direct")
    assert quote.text == "We won,"


def test_scare_quotes_are_not_quotations():
    text = "The so-called “smart” meters were installed across the city last year."
    assert find_quotes(text) == []


def test_pronoun_resolved_to_the_person_named_before():
    text = (
        "British Prime Minister David Cameron met the leaders on Monday.\n\n"
        "“The talks were useful,” he said."
    )
    quote = only(text, "direct")
    assert quote.speaker_mention == "he"
    assert quote.speaker == "David Cameron"


def test_role_resolved_to_the_person_holding_it():
    text = (
        "President Obama arrived in Belfast on Monday.\n\n"
        "Protesters gathered outside the hotel where the delegation stayed.\n\n"
        "“We share an interest in reducing the violence,” the president said."
    )
    quote = only(text, "direct")
    assert quote.speaker_mention == "the president"
    assert quote.speaker == "Obama"


def test_unresolvable_pronoun_gives_no_name():
    quote = only("“It is over,” he said.")
    assert quote.speaker_mention == "he"
    assert quote.speaker is None


def test_partial_quote_spans_the_reported_clause():
    text = "Smith said the deal was “a disaster for everyone” and should be cancelled."
    quote = only(text)
    assert quote.kind == "partial"
    assert quote.text == "the deal was “a disaster for everyone” and should be cancelled"
    assert quote.speaker == "Smith"


def test_non_string_input_is_a_clear_error():
    with pytest.raises(TypeError, match="needs a str"):
        find_quotes(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“He does not answer to anyone at all.” ― Maria Lopez\n\n“Next one.”", "Maria Lopez"),
        ("“He does not answer to anyone at all.”\u00a0— Oscar P. Quintero.", "Oscar P. Quintero"),
        ("\"He does not answer to anyone at all.\" --Kim Lee", "Kim Lee"),
        ("“He does not answer to anyone at all.”\n\n- Hillary Clinton, in 2015", "Hillary Clinton"),
    ],
)
def test_quote_signed_after_a_dash(text, speaker):
    quote = find_quotes(text)[0]
    assert quote.kind == "direct"
    assert quote.text.startswith("He does not answer")
    assert quote.speaker == speaker


def test_dash_inside_a_sentence_is_not_a_signature():
    text = "“He does not answer to anyone at all” — a view Maria Lopez shares with many."
    assert all(q.speaker != "Maria Lopez" for q in find_quotes(text))


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("“Obama is profiling the whole community,” reacted Trump.", "Trump", "reacted"),
        ("“We will grow stronger with every vote,” read the email.", "the email", "read"),
        (
            "TURNOUT IS UP IN IOWA - Jeffrey M. Jones: “The partisanship of the state is a "
            "starting point.”",
            "Jeffrey M. Jones",
            ":",
        ),
        (
            "Her senior policy adviser, Jake Sullivan, said: “Cooperation is strongest "
            "when Europe is united.”",
            "Her senior policy adviser, Jake Sullivan",
            "said",
        ),
        (
            "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message: "
            "“It is time to get on message.”",
            "Senate Majority Leader Mitch McConnell",
            "delivered",
        ),
    ],
)
def test_less_common_attribution_orders(text, mention, cue):
    quote = next(q for q in find_quotes(text) if q.kind == "direct")
    assert quote.speaker_mention == mention
    assert quote.cue == cue


def test_relative_who_resolves_to_the_person_before_it():
    text = (
        "Republicans were divided, including Sen. Lindsey Graham (R-S.C.), who tweeted that "
        "the deal was “a disaster for the whole country.”"
    )
    quote = only(text)
    assert quote.speaker_mention == "who"
    assert quote.speaker == "Lindsey Graham"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Then came a phone call from the senator", True),
        ("He read the above statement to reporters", True),
        ("She gave a snappy retort to the host", True),
        ("Then a spokesman said no", False),
        ("The senators call it a disgrace", False),
        ("A campaign aide called it a disgrace", False),
    ],
)
def test_reporting_nouns_are_not_verbs(text, noun):
    from newsparse_quotes.segment import Analysis
    from newsparse_quotes.speakers import NOUN_CUES, is_noun_use

    tx = Analysis(text)
    cues = {"call", "statement", "retort", "said", "called"}
    index = next(i for i, t in enumerate(tx.tokens) if t.low in cues)
    assert is_noun_use(tx, index) is noun
    assert "statement" in NOUN_CUES


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "“We know what happened there,” another intelligence source speaking to Fox "
            "News said.",
            "another intelligence source speaking to Fox News",
        ),
        ("“We know what happened there,” the head of the FBI said.", "the head of the FBI"),
        ("“We know what happened there,” Trump told a crowd in Ohio.", "Trump"),
    ],
)
def test_speaker_phrase_with_a_prepositional_object(text, mention):
    assert only(text, "direct").speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("“Jeb wants to be a tough guy tonight,” Trump shot back.", "Trump", "shot"),
        (
            "“A staged weapon would be a stretch,” Jeffrey Lewis of the James Martin Center "
            "wrote in December.",
            "Jeffrey Lewis of the James Martin Center",
            "wrote",
        ),
        ("“Will he be the next attorney general?” a staffer in the room wondered.",
         "a staffer in the room", "wondered"),
        (
            "“This is fantastic!” beamed Donald Hartley of Madison.",
            "Donald Hartley of Madison",
            "beamed",
        ),
    ],
)
def test_unusual_verbs_after_a_quote(text, mention, cue):
    quote = only(text, "direct")
    assert quote.speaker_mention == mention
    assert quote.cue == cue


def test_question_followed_by_a_new_sentence_is_not_attributed_by_it():
    quote = find_quotes(
        "“Is this the end of the road for all of us?” Nobody knows yet what happened."
    )[0]
    assert quote.speaker_mention is None


@pytest.mark.parametrize("opener", ["Shortly", "Amid", "Likewise"])
def test_sentence_openers_are_not_speakers(opener):
    text = f"{opener} the campaign sent out a press release: “We are proud of this result today.”"
    quote = find_quotes(text)[0]
    assert quote.speaker_mention is None or not quote.speaker_mention.startswith(opener)


def test_time_phrase_between_speaker_and_verb():
    text = "“We have found no evidence of that at all,” the State Department two weeks ago said."
    assert only(text, "direct").speaker_mention == "the State Department"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "“It is a close race,” said Ilyse Hogue, president of NARAL Pro-Choice America.",
            "Ilyse Hogue, president of NARAL Pro-Choice America",
        ),
        ("“It is a close race,” said Smith, adding that polls were close.", "Smith"),
        ("“It is a close race,” said Smith, in a statement on Monday.", "Smith"),
        ("“It is a close race,” said Smith, who said it again later.", "Smith"),
    ],
)
def test_speaker_after_its_verb_keeps_its_description(text, mention):
    quote = only(text, "direct")
    assert quote.speaker_mention == mention
    assert quote.speaker in ("Ilyse Hogue", "Smith")


def test_appositive_without_its_closing_comma():
    text = (
        "Sam Lau, the communications director for the Iowa Democratic Party said in a "
        "statement. “There are no paper ballots to recount. The caucuses were unique.”"
    )
    quote = only(text, "direct")
    assert quote.speaker_mention.startswith("Sam Lau, the communications director")
    assert quote.speaker == "Sam Lau"


def test_quoted_titles_are_not_partial_quotes():
    text = "Earlier this month, during an appearance on CBS's “Face the Nation,” Sanders asked for more."
    assert all(q.kind != "partial" or "Face the Nation" not in q.text for q in find_quotes(text))
    spoken = "Voters “think the system is rigged against them,” he said."
    assert only(spoken).kind == "partial"


def test_as_x_put_it():
    text = "As The Post's Dana Milbank puts it, “Senate Republicans are unmoved, and activists are uninspired.”"
    quote = only(text, "direct")
    assert (quote.speaker_mention, quote.cue) == ("The Post's Dana Milbank", "puts it")


@pytest.mark.parametrize(
    "text",
    [
        "Soon, he found the area welcoming and friendly to all of them.",
        "Recently, he said, he has realized that the rest of Georgia is not as hospitable.",
    ],
)
def test_opening_adverb_is_not_part_of_the_speaker(text):
    assert [q.speaker_mention for q in find_quotes(text)] == ["he"]

"""Page furniture and captions are never summary sentences; features keep their point.

Each story below is written for these tests, after the kinds of text that real pages leave
in an article body: promos, gallery titles, photo captions and credits, teasers above a
dateline, and feature stories that open with a scene.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsparse_summary import summarize
from newsparse_summary.rank import candidates

NEWSLETTER_PROMO = "\n\n".join(
    [
        "The regional rail operator will cut 40 services a day from March, it said on Monday.",
        "(Sign up for our free morning newsletter to get the biggest stories in your inbox.)",
        "The operator blamed a shortage of drivers and a fall in passengers since the winter.",
        "Unions said the cuts would hit commuters in smaller towns hardest of all.",
        "[Want more stories like this? Follow our transport desk for daily updates.]",
        "A consultation on the timetable opens next week and runs until the end of April.",
    ]
)

GALLERY = "\n\n".join(
    [
        "In pictures: the storm that battered the coast",
        "Photos: Readers share their images of the flooding",
        "Pictured: Waves crash over the harbour wall at high tide on Sunday morning.",
        "Firefighters pumped water from dozens of homes after the river burst its banks.",
        "Residents wade through a flooded street in the old town (Photo: Jane Roe/AP).",
        "The weather service said more rain was expected across the region on Tuesday.",
        "Emergency crews rescued three people from cars trapped by the rising water.",
        "Storm damage: Fallen trees block a road near the town centre after the winds",
    ]
)

GLUED_CAPTIONS = (
    "A man has been charged after a fire destroyed a warehouse in the port on Friday. "
    "Police said the blaze was started deliberately shortly after midnight. "
    "Scroll down for video Ablaze: Flames rise from the warehouse roof as crews arrive on "
    "Friday Aftermath: The charred shell of the building the next morning "
    "The company that owns the warehouse said nobody had been hurt. "
    "Investigators spent the weekend searching the site for evidence."
)

TEASER = "\n\n".join(
    [
        "Get the day's top headlines delivered free to your phone every morning.",
        "LONDON (Reuters) - Britain's central bank held interest rates steady on Thursday, "
        "saying inflation was falling faster than it had expected in the autumn.",
        "The decision was backed by seven of the nine members of the rate-setting committee.",
        "Two members voted for a cut, arguing that the economy was weaker than it looked.",
        "Markets had expected the bank to hold rates until at least the summer.",
    ]
)

FEATURE_TITLE = "City food banks run short as winter demand doubles"
FEATURE = "\n\n".join(
    [
        "The queue had formed long before dawn, snaking past the shuttered bakery on Mill "
        "Street. Maria Lopez pulled her coat tighter and checked the time again. She had "
        "been coming here every Tuesday since October.",
        "Food banks across the city are running short of supplies as winter demand has "
        "doubled, according to figures released by the food bank network on Monday.",
        "The network said it handed out 12,000 food parcels in December, against 6,000 a "
        "year earlier, and that its stores of tinned food would run out within weeks.",
        "Volunteers say many of the people now queueing have jobs but cannot cover rent "
        "and heating bills, which rose sharply this winter.",
        "Lopez, who works part time in a school kitchen, said she had never needed help "
        "before. Inside, volunteers were already unpacking crates of bread and milk.",
    ]
)


def never_chosen(text: str) -> set[str]:
    return {c.text for c in candidates(text) if not c.eligible}


@pytest.mark.parametrize("length", [1, 2, 3, 4, 5])
def test_bracketed_promos_are_never_chosen(length: int) -> None:
    for sentence in summarize(NEWSLETTER_PROMO, length):
        assert not sentence.startswith(("(", "[")), sentence


@pytest.mark.parametrize("length", [1, 3, 5, 8])
def test_gallery_titles_and_captions_are_never_chosen(length: int) -> None:
    chosen = summarize(GALLERY, length)
    assert chosen, "the story sentences can be chosen"
    for sentence in chosen:
        assert not sentence.startswith(("In pictures", "Photos:", "Pictured:", "Storm damage"))
        assert "(Photo:" not in sentence


def test_sentences_without_final_punctuation_are_never_chosen() -> None:
    assert "In pictures: the storm that battered the coast" in never_chosen(GALLERY)
    assert (
        "Storm damage: Fallen trees block a road near the town centre after the winds"
        in never_chosen(GALLERY)
    )


def test_captions_run_into_the_text_are_never_chosen() -> None:
    for length in (1, 3, 5):
        for sentence in summarize(GLUED_CAPTIONS, length):
            assert "Ablaze:" not in sentence and "Aftermath:" not in sentence


def test_text_before_a_dateline_is_never_chosen() -> None:
    assert "Get the day's top headlines" not in " ".join(summarize(TEASER, 4))
    # The dateline itself is furniture at the start of the first story sentence.
    assert summarize(TEASER, 1)[0].startswith("Britain's central bank held interest rates")


def test_a_dateline_far_into_the_text_does_not_silence_the_story() -> None:
    story = "\n\n".join([*TEASER.split("\n\n")[2:], *TEASER.split("\n\n")[2:], TEASER])
    assert summarize(story, 1) == [
        "The decision was backed by seven of the nine members of the rate-setting committee."
    ]


def test_a_feature_that_opens_with_a_scene_gets_its_point() -> None:
    chosen = summarize(FEATURE, 3, title=FEATURE_TITLE)
    assert any(sentence.startswith("Food banks across the city") for sentence in chosen), chosen


@pytest.mark.parametrize(
    "sentence",
    [
        "But he said: ‘When the national side calls, you do not say no.’",
        "And she added: 'We will be back next year with a bigger crowd.'",
        "With the new Avengers: Age of Ultron film out this week, the museum opened a hall.",
        'Critics praised the documentary "Going Clear: Scientology and the Prison of Belief," '
        "but the church did not.",
        "The studio released photos from the set of Fall of an Empire: The Story of a Queen.",
    ],
)
def test_quotes_after_a_colon_and_titles_with_a_subtitle_are_not_captions(sentence: str) -> None:
    assert not never_chosen(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Wanted: Police in the county have issued a warrant for the arrest of a teacher.",
        "The fire spread to the roof by dawn on Friday Aftermath: The charred shell stood empty.",
        "Crews arrived within minutes of the call on Monday Cuffed: Pero Lane was led away.",
    ],
)
def test_caption_labels_stay_captions(sentence: str) -> None:
    assert never_chosen(sentence) == {sentence}


def test_the_comment_box_is_never_chosen() -> None:
    story = (
        "The council approved the new bus lanes on Tuesday after a two-hour debate. "
        "Work on the first lane starts in June. "
        "Sorry we are not currently accepting comments on this article."
    )
    assert "Sorry we are not currently accepting comments on this article." in never_chosen(story)
    assert all(not s.startswith("Sorry") for s in summarize(story, 3))


STORY = [
    "The regional rail operator will cut 40 services a day from March, it said on Monday.",
    "The operator blamed a shortage of drivers and a fall in passengers since the winter.",
    "Unions said the cuts would hit commuters in smaller towns hardest of all.",
    "A consultation on the timetable opens next week and runs until the end of April.",
    "Rail fares on the line rose by 3% in January, the second rise in a year.",
]

# One of each kind the summary never takes, each a paragraph of its own.
FURNITURE = [
    "(Sign up for our free morning newsletter to get the biggest stories in your inbox.)",
    "[Want more stories like this? Follow our transport desk for daily updates.]",
    "In pictures: the storm that battered the coast",
    "Pictured: Commuters wait on the platform at the central station on Monday morning.",
    "Passengers board a train at the central station (Photo: Jane Roe/AP).",
    "Getty Images",
    "Timetable changes for every line",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    story=st.permutations(STORY + FURNITURE),
    teaser=st.booleans(),
    length=st.integers(1, 8),
    title=st.sampled_from([None, "Rail operator to cut services", "Storm batters the coast"]),
)
def test_furniture_is_never_chosen_wherever_it_stands(
    story: list[str], teaser: bool, length: int, title: str | None
) -> None:
    paragraphs = list(story)
    if teaser:  # a promo above a dateline that opens the story
        paragraphs = [
            "Get the day's top headlines delivered free to your phone every morning.",
            "LONDON (Reuters) - Rail services across the region will be cut from March.",
            *paragraphs,
        ]
    chosen = summarize("\n\n".join(paragraphs), length, title=title)
    assert chosen, "the story sentences can be chosen"
    for sentence in chosen:
        assert sentence not in FURNITURE, sentence
        assert not sentence.startswith("Get the day's top headlines"), sentence


DATELINE_STORIES = [
    "Washington, DC, United States: Getting to the Moon again will take a new rocket, "
    "the space agency said on Monday.",
    "NEW DELHI: Nearly 150 travellers returned home on Wednesday after their visas were "
    "cancelled at the border.",
    "Indianapolis – Several thousand teachers wearing red surrounded the statehouse on "
    "Tuesday to call for better pay.",
    "New York, NY – A small advertising firm has hired a new chief strategy officer, the "
    "company said in a statement.",
    "KYIV, Ukraine — The city's power grid was restored on Sunday after three days of cuts, "
    "officials said.",
]


@pytest.mark.parametrize("opening", DATELINE_STORIES)
def test_a_dateline_is_cut_off_the_sentence_that_opens_the_story(opening):
    rest = (
        "The plan was announced after months of talks between the two sides.\n\n"
        "Officials said more details would be published before the end of the year."
    )
    first = candidates(f"{opening}\n\n{rest}")[0]
    assert first.eligible
    assert first.text[:1].isupper()
    assert first.text == opening[opening.index(first.text[:12]):]
    assert ":" not in first.text[:30] and " – " not in first.text[:20] and " — " not in first.text[:20]


@pytest.mark.parametrize(
    "opening",
    [
        "Smith – who led the talks for a decade – said the plan was fair to both sides.",
        "Pictured: Waves crash over the harbour wall at high tide on Sunday morning.",
        "PICTURED: Waves crash over the harbour wall at high tide on Sunday morning.",
        "Analysis: The plan was announced after months of talks between the two sides.",
    ],
)
def test_what_only_looks_like_a_dateline_is_not_cut_into_a_summary_sentence(opening):
    first = candidates(f"{opening}\n\nOfficials said more details would follow next year.")[0]
    assert first.text == opening or not first.eligible


@pytest.mark.parametrize("lead_in", ["Here’s what she had to say…", "The ministry confirmed this in a statement...",
                                     "If you are …"])
def test_a_sentence_that_trails_off_into_an_ellipsis_is_never_chosen(lead_in):
    text = (
        "The regional rail operator named a new chief executive on Monday after a long search.\n\n"
        f"We asked her about the plans she has for the network. {lead_in}\n\n"
        "She said that fares would be frozen for two years while the timetable was rebuilt."
    )
    found = candidates(text)
    trailing = [c for c in found if c.text.startswith(lead_in[:6])]
    assert trailing and not any(c.eligible for c in trailing)


def test_a_full_stop_before_an_ellipsis_still_ends_the_sentence():
    text = "The league suspended the player for the rest of the season and may do more...."
    assert candidates(text)[0].eligible


def test_dateline_the_splitter_cut_in_two_is_cut_off() -> None:
    # "Ill." ends a sentence for the splitter: the story starts after the dash.
    text = (
        "Springfield, Ill. — Jane Roe scored twice and the home side won the cup final "
        "3-1 on Saturday night.\n\nThe win was the club's first title in twelve years.\n\n"
        "More than 20,000 fans filled the stadium for the match."
    )
    assert summarize(text)[0].startswith("Jane Roe scored twice")


def test_rest_of_a_sentence_cut_at_an_aside_is_never_chosen() -> None:
    text = (
        "This report is part of a series — Where Will the River Go? — looking at how "
        "the delta changes as the sea rises.\n\n"
        "The water board will raise the dikes along the coast by a metre by 2040.\n\n"
        "Farmers on the low polders have asked for help to move their herds inland."
    )
    chosen = [c.text for c in candidates(text) if c.eligible]
    assert not any(c.startswith(("—", "This report")) for c in chosen)
    assert "The water board will raise the dikes along the coast by a metre by 2040." in chosen


def test_a_quotation_opened_by_a_dash_stays_choosable() -> None:
    # Many languages open direct speech with a dash at the start of a paragraph.
    text = "– Vi er stolte over alle som kom i år, sier lederen.\n\nArrangementet samlet 500."
    assert candidates(text)[0].eligible


def test_dateline_in_lenticular_brackets_is_cut_off() -> None:
    text = "【大阪＝山田花子】市は１０日、新しい図書館を来年開くと発表した。建設費は５０億円。"
    first = candidates(text)[0]
    assert first.eligible and first.text.startswith("市は")


@pytest.mark.parametrize(
    "opening, title_piece",
    [
        ("Der Verlag bringt jetzt »Stadt. Land. Fluss. Ein Kochbuch« heraus.", "Der Verlag"),
        ("The state's new “Drive. Arrive.” road campaign drew mockery on Monday.", "new “Drive."),
    ],
)
def test_pieces_of_a_quoted_title_cut_at_its_full_stops_are_never_chosen(
    opening: str, title_piece: str
) -> None:
    text = (
        f"{opening}\n\nThe first print run of 5,000 copies sold out within a week.\n\n"
        "A second edition is planned for the spring, the publisher said."
    )
    found = candidates(text)
    assert any(title_piece in c.text for c in found)
    assert not any(c.eligible and c.paragraph == 0 for c in found)
    assert all(c.eligible for c in found if c.paragraph > 0)


def test_a_quotation_that_runs_on_over_sentences_is_not_a_title() -> None:
    text = (
        "“I was there when the roof came down. Nobody could get out,” the driver said.\n\n"
        "Rescue teams searched the site through the night."
    )
    assert all(c.eligible for c in candidates(text))


@pytest.mark.parametrize("date", ["06.11.23 - ", "/ 31.10.2023 ", "02.12.2022 | ", "5/10/2018 – "])
def test_date_in_figures_before_the_story_is_cut_off(date: str) -> None:
    text = (
        f"{date}Die Stadt baut im Sommer zwei neue Brücken über den Fluss.\n\n"
        "Die Arbeiten dauern bis 2026."
    )
    assert candidates(text)[0].text == "Die Stadt baut im Sommer zwei neue Brücken über den Fluss."


def test_date_that_starts_the_sentence_itself_stays() -> None:
    text = "12.5.2020 was the day the bridge reopened to traffic after two years of work."
    assert candidates(text)[0].text == text


def test_dateline_of_a_source_and_its_distributor_is_cut_off() -> None:
    text = (
        "RIVERTON GAZETTE via NWS — The county has named its first woman fire chief.\n\n"
        "She has served with the department for 22 years."
    )
    assert candidates(text)[0].text == "The county has named its first woman fire chief."


@pytest.mark.parametrize(
    "speech",
    [
        '"It is wonderful. She is so calm and kind," said the museum director.',
        'He replied: "Well. I think the council has not had enough control over the '
        'budget for many years, and that must change."',
    ],
)
def test_speech_cut_at_its_full_stops_is_not_a_title(speech: str) -> None:
    text = f"{speech}\n\nThe museum reopens on Monday after a year of repairs."
    chosen = [c.text for c in candidates(text) if c.eligible]
    assert any("must change" in c or "said the museum director" in c for c in chosen)


@pytest.mark.parametrize(
    "label",
    ["Figure 1: ", "Abbildung 2: ", "Frage 3: ", "Step 4: ", "Tabla 12: ", "Q5: ", "Fig 6: ggplot2 "],
)
def test_a_numbered_label_opens_a_caption_or_a_question(label: str) -> None:
    text = (
        "The new bridge over the river opened to traffic on Monday morning. "
        f"{label}The bridge seen from the north bank at dawn."
    )
    assert [c.text for c in candidates(text) if c.eligible] == [
        "The new bridge over the river opened to traffic on Monday morning."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Am 9. Oktober wurde die Brücke für den Verkehr freigegeben.",
        "Apollo 11 landed on the Moon in July 1969: a first for the world.",
        "In 2019 the bridge carried 12,000 cars a day, the city said.",
    ],
)
def test_a_number_without_a_label_and_colon_is_no_label(sentence: str) -> None:
    assert all(c.eligible for c in candidates(sentence))


def test_questions_wait_until_the_statements_run_out() -> None:
    text = "\n\n".join(
        [
            "Is your cat often alone at home?",
            "A study of 500 cats found that most of them sleep through the day alone.",
            "The cats that played with a toy every evening were calmer, the study said.",
            "Would you leave the radio on for your cat?",
        ]
    )
    found = {c.text: c for c in candidates(text)}
    assert found["Is your cat often alone at home?"].last_resort
    assert found["Would you leave the radio on for your cat?"].last_resort
    assert summarize(text, 2) == [
        "A study of 500 cats found that most of them sleep through the day alone.",
        "The cats that played with a toy every evening were calmer, the study said.",
    ]
    # The statements come first, then a question rather than nothing.
    assert summarize(text, 3)[0] == "Is your cat often alone at home?"
    # The question does not take the lead's place in the position prior either.
    assert summarize(text, 1) == [
        "A study of 500 cats found that most of them sleep through the day alone."
    ]


def test_a_short_answer_waits_with_its_question() -> None:
    text = "\n\n".join(
        [
            "The city will close the old bridge over the river for repairs next month.",
            "Will the ferry run while the bridge is closed?",
            "In a word, yes.",
            "The ferry will carry cyclists and walkers every twenty minutes from six in "
            "the morning until midnight.",
            "Drivers are asked to use the ring road, the city said.",
        ]
    )
    found = {c.text: c for c in candidates(text)}
    assert found["In a word, yes."].last_resort
    # A longer sentence after a question says what it answers, and stands on its own.
    assert not found["The ferry will carry cyclists and walkers every twenty minutes from six "
                     "in the morning until midnight."].last_resort
    assert "In a word, yes." not in summarize(text, 3)

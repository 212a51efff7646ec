"""What a paragraph is decides whether its sentences can be summary material.

Each text below is written for these tests, after the kinds of paragraph that real pages
set around a story: source notes and book details with a catalogue number, pointers to
addresses, headings, tables, epigraphs and pull quotes in blockquotes, lines of a list,
notes about the publication set in italics.
"""

from __future__ import annotations

import pytest
from newsparse_summary import SummaryExtractor, summarize
from newsparse_summary.rank import candidates, choose

import newsparse
from newsparse import Span

STUDY = "\n\n".join(
    [
        "Pregnant women who keep a dog walk more than those who do not, a study has found.",
        "The researchers followed 2,000 women through the second half of pregnancy.",
        "Women with a dog walked on average 40 minutes a day more than the others.",
        "Source: Berg A et al.: Dogs and walking in pregnancy. Journal of Walks 2021. "
        "https://doi.org/10.1000/walks.2021.7",
    ]
)

REVIEW = "\n\n".join(
    [
        "Der Roman erzählt von einer Familie am Rand einer kleinen Stadt im Norden.",
        "Die Autorin findet dafür eine klare und ruhige Sprache.",
        "Anna Beispiel: Das Haus am Rand. Verlag Muster, Berlin, 2020. ISBN 978-3-00-000000-0. 320 S. mit Register.",
        "Schreiben Sie uns Ihre Meinung an post@example.org.",
    ]
)


def eligible(text: str, **kwargs) -> list[str]:
    return [c.text for c in candidates(text, **kwargs) if c.eligible]


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        (STUDY, ["Journal of Walks 2021."]),
        (REVIEW, ["320 S. mit Register.", "Verlag Muster, Berlin, 2020."]),
    ],
)
def test_paragraph_with_a_catalogue_number_is_never_chosen(text: str, left_out: list[str]) -> None:
    chosen = eligible(text)
    for sentence in left_out:
        assert not any(sentence in c for c in chosen)


def test_sentence_with_an_address_is_never_chosen_its_paragraph_is() -> None:
    text = (
        "The report on the floods was published on Monday. It is online at "
        "www.example.org/floods for everyone. Write to the authors at floods@example.org."
    )
    assert eligible(text) == ["The report on the floods was published on Monday."]


def test_reference_paragraph_leaves_the_story_choosable() -> None:
    summary = summarize(STUDY, 3)
    assert len(summary) == 3
    assert not any("Journal" in s or "Source" in s for s in summary)


def test_an_at_sign_or_a_number_alone_is_not_a_reference() -> None:
    text = (
        "The minister wrote on X as @jane_doe that 10.5 per cent of homes were hit.\n\n"
        "The figures will be published next week."
    )
    assert len(eligible(text)) == 2


def paragraphs_of(*pieces: tuple[str, str]) -> tuple[str, list[tuple[Span, str]]]:
    """Join ``(kind, text)`` pieces as an article's body is joined, with their kinds."""
    text, kinds, start = "", [], 0
    for kind, piece in pieces:
        if text:
            text += "\n\n"
            start = len(text)
        text += piece
        kinds.append((Span(start, len(text)), kind))
    return text, kinds


def test_questions_in_headings_and_tables_are_never_chosen_blockquotes_come_last() -> None:
    text, kinds = paragraphs_of(
        ("blockquote", "A house is only as strong as the people who keep it standing."),
        ("paragraph", "The town council voted on Monday to restore the old mill by the river."),
        ("heading", "When will the work on the old mill start?"),
        ("list_item", "The mill has stood empty since the flood of 1998 closed it."),
        ("table", "Cost of the work in 2025 was 4 million euros in all."),
        ("paragraph", "Residents said they had waited long enough for the decision."),
    )
    found = {c.text: c for c in candidates(text, kinds=kinds)}
    assert not found["When will the work on the old mill start?"].eligible
    assert not found["Cost of the work in 2025 was 4 million euros in all."].eligible
    assert found["A house is only as strong as the people who keep it standing."].last_resort
    # A list item is judged like any paragraph: key points are often set as a list.
    assert not found["The mill has stood empty since the flood of 1998 closed it."].last_resort
    summary = summarize_with(text, kinds, 3)
    # The epigraph above the story neither takes the lead nor a place in the summary.
    assert summary[0] == "The town council voted on Monday to restore the old mill by the river."
    assert not any(s.startswith("A house") for s in summary)
    # With too few sentences of its own, the story falls back on it.
    assert summarize_with(text, kinds, 4)[0].startswith("A house")


def test_no_sentence_of_a_heading_that_asks_is_chosen() -> None:
    # An interviewer's question set as a heading, a statement before the question.
    text, kinds = paragraphs_of(
        ("paragraph", "We spoke to the head of the town's planning office about the mill."),
        ("heading", "The mill has stood empty for years. What will it become?"),
        ("paragraph", "It will be a library, with a café on the ground floor by the river."),
    )
    assert [c.text for c in candidates(text, kinds=kinds) if c.eligible] == [
        "We spoke to the head of the town's planning office about the mill.",
        "It will be a library, with a café on the ground floor by the river.",
    ]
    # Out of a heading, the same statement is judged on its own.
    assert "The mill has stood empty for years." in eligible(text)


def test_heading_that_makes_a_statement_is_judged_like_a_paragraph() -> None:
    # Pages set their lead in a heading's type as often as a section's title.
    text, kinds = paragraphs_of(
        ("heading", "The town council voted on Monday to restore the old mill by the river."),
        ("paragraph", "The mill has stood empty since the flood of 1998 closed it."),
    )
    assert all(c.eligible for c in candidates(text, kinds=kinds))


def test_heading_after_the_story_has_begun_waits_for_the_story() -> None:
    # A section's title, and what pages set in its type between the story's paragraphs:
    # a product's line under its photo, a promo for another page.
    text, kinds = paragraphs_of(
        ("heading", "Der Stadtrat lässt die alte Mühle am Fluss für die Bürger renovieren."),
        ("paragraph", "Die Mühle steht seit dem Hochwasser von 1998 leer und verfällt."),
        ("heading", "Wasserdicht, leicht und in Gelb: die Jacke für jeden Regentag."),
        ("paragraph", "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern."),
        ("heading", "Wähle jetzt die schönste Mühle des Landes auf unserer Seite!"),
        ("paragraph", "Danach zieht eine Bibliothek mit einem Café in das alte Haus."),
    )
    found = {c.text: c for c in candidates(text, kinds=kinds)}
    # The heading above every paragraph is the lead in a heading's type.
    lead = "Der Stadtrat lässt die alte Mühle am Fluss für die Bürger renovieren."
    assert not found[lead].last_resort
    assert found["Wasserdicht, leicht und in Gelb: die Jacke für jeden Regentag."].last_resort
    assert found["Wähle jetzt die schönste Mühle des Landes auf unserer Seite!"].last_resort
    summary = summarize_with(text, kinds, 4)
    assert summary[0] == lead
    assert not any(s.startswith(("Wasserdicht", "Wähle")) for s in summary)
    # With too few sentences of its own, the story falls back on them.
    assert len(summarize_with(text, kinds, 6)) == 6


def summarize_with(text: str, kinds: list[tuple[Span, str]], sentences: int) -> list[str]:
    return [c.text for c, _, _ in choose(text, sentences=sentences, kinds=kinds)]


def test_extractor_reads_paragraph_kinds_from_the_article() -> None:
    page = (
        "<html><head><title>Mill to be restored</title></head><body><article>"
        "<h1>Mill to be restored</h1>"
        "<blockquote><p>A house is only as strong as the people who keep it standing, "
        "said the poet long ago.</p></blockquote>"
        "<p>The town council voted on Monday to restore the old mill by the river, "
        "ending ten years of argument over its future.</p>"
        "<h2>When will the work start after years of delay and dispute?</h2>"
        "<p>The mill has stood empty since the flood of 1998 closed it and drove the last "
        "miller out of business.</p>"
        "<p>Residents said they had waited long enough for the decision and would watch "
        "the work closely.</p>"
        "</article></body></html>"
    )
    article = newsparse.parse(page, format="html")
    assert [p.kind for p in article.body][:3] == ["blockquote", "paragraph", "heading"]
    summary = [a.text for a in SummaryExtractor(sentences=2).extract(article)]
    assert summary[0].startswith("The town council voted")
    assert not any(s.startswith(("A house", "When will")) for s in summary)


SIGNATORIES = "\n\n".join(
    [
        "More than a hundred writers and teachers signed the open letter published today.",
        "They call on universities to protect open debate on their campuses.",
        "Jane Doe, Saint Mary's College-St. Paul",
        "John Roe, author",
        "Ambassador Richard Major, ret.",
        "Mary Major, Mt. Hood Community College",
    ]
)


def test_short_paragraph_without_final_punctuation_is_a_list_line() -> None:
    chosen = eligible(SIGNATORIES)
    assert chosen == [
        "More than a hundred writers and teachers signed the open letter published today.",
        "They call on universities to protect open debate on their campuses.",
    ]


def test_long_paragraph_ending_in_a_caption_keeps_its_sentences() -> None:
    text = (
        "Firefighters pumped water from dozens of homes after the river burst its banks "
        "on Sunday. Residents wade through a flooded street in the old town"
    )
    assert eligible(text) == [
        "Firefighters pumped water from dozens of homes after the river burst its banks on Sunday."
    ]


def note_page(note: str) -> str:
    return (
        "<html><head><title>Wildfire smoke darkens the sky over the city</title></head>"
        "<body><article><h1>Wildfire smoke darkens the sky over the city</h1>"
        f"<p><em>{note}</em></p>"
        "<p>Smoke from wildfires in the north darkened the sky over the city on Monday "
        "afternoon, and street lights came on at three o'clock.</p>"
        "<p>Forecasters said the wind had carried the smoke more than a thousand "
        "kilometres from the fires in the forest.</p>"
        "<p>The fires have burned for three weeks, and the smoke is expected to stay "
        "over the city until the rain on Thursday.</p>"
        "</article></body></html>"
    )


def test_note_set_apart_in_italics_is_never_chosen() -> None:
    note = "This report first ran in our weekly partner magazine."
    article = newsparse.parse(note_page(note), format="html")
    assert article.body[0].marks, "the note keeps its italics"
    summary = [a.text for a in SummaryExtractor().extract(article)]
    assert len(summary) == 3
    assert not any("partner magazine" in s for s in summary)


def test_note_the_standfirst_copies_is_still_a_note() -> None:
    # Pages fill their description with the text's first lines, the note included.
    note = "This post was paid for by a sponsor. All opinions are the author's own."
    page = note_page(note).replace(
        "</title>", f'</title><meta name="description" content="{note} Smoke from">'
    )
    article = newsparse.parse(page, format="html")
    assert note in (article.dek or "")
    summary = [a.text for a in SummaryExtractor().extract(article)]
    assert len(summary) == 3
    assert not any("sponsor" in s or "opinions" in s for s in summary)


def test_lead_set_in_italics_stays_the_lead() -> None:
    lead = "Smoke from the wildfires in the north turned the city sky dark on Monday."
    article = newsparse.parse(note_page(lead), format="html")
    summary = [a.text for a in SummaryExtractor().extract(article)]
    assert summary[0] == lead


def test_short_sentence_after_a_subheading_stays_choosable() -> None:
    text = "\n\n".join(
        [
            "The council approved the budget for the coming year on Tuesday night.",
            "What happens next",
            "The mayor will sign the budget on Friday.",
            "Work on the new library then starts in the spring, the council said.",
        ]
    )
    assert "The mayor will sign the budget on Friday." in eligible(text)


def test_text_in_a_script_without_spaces_gets_a_summary() -> None:
    # Japanese and Chinese end sentences with "。" and put no space between words.
    text = "\n\n".join(
        [
            "市議会は月曜日、川沿いの古い水車小屋を修復することを決めた。工事は春に始まる。",
            "水車小屋は洪水の後、二十年以上使われていなかった。住民はこの決定を歓迎した。",
        ]
    )
    summary = summarize(text, 2)
    assert summary == ["市議会は月曜日、川沿いの古い水車小屋を修復することを決めた。", "工事は春に始まる。"]


def test_short_paragraph_ending_with_an_address_is_a_note_to_readers() -> None:
    text = "\n\n".join(
        [
            "This letter will also appear in the spring issue of the magazine. "
            "Send your replies to letters@example.org",
            "Our towns are changing faster than the people who plan them can follow.",
            "The new housing estates are built far from the railway and the schools.",
        ]
    )
    assert eligible(text) == [
        "Our towns are changing faster than the people who plan them can follow.",
        "The new housing estates are built far from the railway and the schools.",
    ]


def test_sentence_in_another_kind_of_script_is_never_chosen() -> None:
    english = "\n\n".join(
        [
            "Learning Japanese starts with the small habits of every day.",
            "寝る前に、明日着る服の準備をしておきます。",
            "Teachers say that a sentence a day is enough to keep the habit.",
        ]
    )
    assert eligible(english) == [
        "Learning Japanese starts with the small habits of every day.",
        "Teachers say that a sentence a day is enough to keep the habit.",
    ]
    japanese = (
        "東京で新しい図書館が月曜日に開館した。Read more about the library in our newsletter today."
        "\n\n図書館には十万冊の本がある。"
    )
    assert eligible(japanese) == ["東京で新しい図書館が月曜日に開館した。", "図書館には十万冊の本がある。"]


@pytest.mark.parametrize(
    ("language", "pointer"),
    [
        ("en", "Read on to find out what the council decided about the old mill."),
        ("en-GB", "All that and more is below in our weekly round-up of the town."),
        (None, "Click through for the whole story of the old mill by the river."),
        ("de", "Was die Renovierung kostet und wer sie bezahlt, erfahren Sie hier."),
        ("de-AT", "Wir verraten euch, was aus der alten Mühle am Fluss werden soll."),
    ],
)
def test_a_teaser_pointing_elsewhere_waits_for_the_statements(language, pointer) -> None:
    text = "\n\n".join(
        [
            pointer,
            "The town council voted on Monday to restore the old mill by the river.",
            "The mill has stood empty since the flood of 1998 closed it.",
            "Work starts in May and should take two years to finish.",
        ]
    )
    found = {c.text: c for c in candidates(text, language=language)}
    assert found[pointer].last_resort
    assert pointer not in summarize(text, 3, language=language)
    assert summarize(text, 4, language=language)[0] == pointer  # when nothing else is left


def test_pointer_phrases_are_those_of_the_text_language() -> None:
    # A German pointer in an English text, or an English one in a French text, is a
    # sentence like any other: each language's phrases judge its own texts.
    text = "Alle Ergebnisse findest du hier."
    assert not candidates(text, language="en")[0].last_resort
    assert candidates(text, language="de")[0].last_resort
    assert not candidates("Read on to find out more.", language="fr")[0].last_resort
    # A sentence that says what the page is about is no pointer.
    about = "In this article, I explain how to make the text of a chart larger."
    assert not candidates(about, language="en")[0].last_resort

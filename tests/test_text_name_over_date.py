"""Crawler text: a line of names alone over the line that dates the story, or a profile
link's phrase before one name, credits it when nothing else names anyone."""

from __future__ import annotations

import pytest

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = "\n\n".join(
    "The town council approved its budget for the coming year on Monday evening after a "
    f"long debate over school funding and road repairs, part {i}." for i in range(5)
)
HEADLINE = "Town passes its budget after long debate"


def text(head: str, story: str = STORY) -> str:
    # (Crawler text opens with the page's <title>, which the headline repeats.)
    return f"{HEADLINE} | Eastfield Courier\n\nMenu\n\n{HEADLINE}\n\n{head}\n\n{story}\n"


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("Marta Solberg\n\nNov 18, 2019 5:17 PM", ("Marta Solberg",)),
        ("Marta Solberg and Jens Okafor\n\n18 November 2019", ("Marta Solberg", "Jens Okafor")),
        ("Marta Solberg\n\n- Nov. 18th 2019 8:54 am PT", ("Marta Solberg",)),
        # A time relative to the reader's, in any language the relative units know.
        ("Marta Solberg\n\n1 day ago", ("Marta Solberg",)),
        # The writer's role or desk after the name.
        ("Marta Solberg Education editor\n\nMon 20 Jan 2020 06.05 GMT", ("Marta Solberg",)),
        ("Marta Solberg, Staff Writer\n\nNov 18, 2019", ("Marta Solberg",)),
        ("Marta Solberg\n\nvor 2 Stunden", ("Marta Solberg",)),
        ("Marta Solberg\n\nhace 3 horas", ("Marta Solberg",)),
        # A stamp opening with its marker, with no date to read.
        ("Marta Solberg and Jens Okafor\n\nUpdated 12:24 am EST", ("Marta Solberg", "Jens Okafor")),
    ],
)
def test_names_over_the_date_credit_the_story(head, authors):
    assert PARSER.parse(text(head), format="text").authors == authors


@pytest.mark.parametrize(
    "head",
    [
        "Marta Solberg\n\nShare this story",  # no date under the name
        "Marta Solberg\n\n2 comments",  # a count, not a time
        "Marta Solberg, mayor of Eastfield\n\nNov 18, 2019",  # words after the name that are no role
        "Budget Debate\n\nNov 18, 2019",  # the story writes "budget" and "debate" in lower case
    ],
)
def test_other_lines_over_a_date_credit_nobody(head):
    assert PARSER.parse(text(head), format="text").authors == ()


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("Marta Solberg | 06.11.23", ("Marta Solberg",)),
        ("Marta Solberg - Nov 19, 2019, 10:31 pm CST", ("Marta Solberg",)),
        ("Marta Solberg / 22.04.2020 / 06:15 / 150 /", ("Marta Solberg",)),
        ("Marta Solberg und Jens Okafor · 18. November 2019", ("Marta Solberg", "Jens Okafor")),
        # No mark between them, but the date line's own word.
        ("Marta Solberg Zuletzt geändert am 06.11.2023", ("Marta Solberg",)),
        # The mark clinging to the name.
        ("Marta Solberg, 02.01.2023, 11:08 Uhr", ("Marta Solberg",)),
    ],
)
def test_names_before_the_date_on_one_line_credit_the_story(head, authors):
    assert PARSER.parse(text(head), format="text").authors == authors


def test_a_credit_dating_the_story_holds_when_the_story_names_its_writer():
    # The story quotes its own writer: a name alone over a date would be read as the
    # story's subject (a caption's), the line that goes on to date the story is a credit.
    story = STORY + "\n\nAsked about the vote, Marta Solberg said the council had waited too long."
    assert PARSER.parse(text("Marta Solberg | 06.11.23", story), format="text").authors == ("Marta Solberg",)
    assert PARSER.parse(text("Marta Solberg\n\n06.11.23", story), format="text").authors == ()


@pytest.mark.parametrize(
    "head",
    [
        "Marta Solberg November 20, 2019 12:32",  # a photo credit beside the date, no mark
        "Marta Solberg said on 18 November 2019 that the vote would wait",  # a sentence
        "Eastfield Courier | 06.11.23",  # the story writes "courier" in lower case: no name
    ],
)
def test_other_lines_opening_a_date_line_credit_nobody(head):
    story = STORY + "\n\nThe courier service will deliver the new budget to every household."
    assert PARSER.parse(text(head, story), format="text").authors == ()



def test_a_name_the_story_is_about_credits_nobody():
    # A picture's caption names the story's subject ("Marta Solberg Eastfield").
    story = "Marta Solberg told the council on Monday that the budget was late again this year.\n\n" + STORY
    assert PARSER.parse(text("Marta Solberg Eastfield\n\nNov 18, 2019", story), format="text").authors == ()


def test_the_html_path_leaves_a_bare_name_to_its_markup():
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    html = (f"<html><body><article><h1>{HEADLINE}</h1><div>Marta Solberg</div><div>Nov 18, 2019</div>"
            f"{paragraphs}</article></body></html>")
    assert PARSER.parse(html, format="html").authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("More articles from Marta Solberg", ("Marta Solberg",)),
        ("Alle Beiträge von Marta Solberg", ("Marta Solberg",)),
        ("More from Eastfield Daily", ()),  # a publication
        ("More from Sports", ()),
    ],
)
def test_a_profile_phrase_names_the_author_when_nothing_else_does(line, authors):
    assert PARSER.parse(text("Share this story", STORY + f"\n\n{line}"), format="text").authors == authors


def test_a_particle_of_the_name_the_story_writes_too_is_no_lower_case_word():
    # "von" is lower case in the name as in the story's sentences ("Zahl von Fällen").
    story = "\n\n".join(
        f"Die Zahl von neuen Fällen ist im Landkreis seit Montag deutlich gestiegen, teilte das Amt mit, Teil {i}."
        for i in range(5)
    )
    head = "Christoph von Eichhorn\n\nAktualisiert: 11.04.2020, 10:27"
    assert PARSER.parse(text(head, story), format="text").authors == ("Christoph von Eichhorn",)


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("2. Februar 2020 2. Februar 2020 Marta Solberg 1 Kommentar", ("Marta Solberg",)),
        ("21. Jan 2022 // Marta Solberg", ("Marta Solberg",)),
        ("21/06/2014 Marta Solberg All, Books, Reviews", ("Marta Solberg",)),
    ],
)
def test_the_name_after_the_date_of_a_post_header_credits_the_story(head, authors):
    assert PARSER.parse(text(head), format="text").authors == authors


def test_names_after_dates_on_several_lines_are_teasers():
    head = "October 30, 2020 Marta Solberg\n\nOctober 28, 2020 Jens Okafor"
    assert PARSER.parse(text(head), format="text").authors == ()


def test_section_words_after_the_date_name_nobody():
    # German writes its nouns, sections among them, with a capital.
    assert PARSER.parse(text("07.12.2022 Wissenschaft Atmosphäre Klima"), format="text").authors == ()


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("Redaktion\n\nam 3. Februar 2022 um 21:17", ("Redaktion",)),
        ("Redacción | 03.05.2022", ("Redacción",)),
        # The writer over her desk over the date: the writer.
        ("Marta Solberg\n\nRedaktion Eastfield Courier\n\n25.01.2022 14:47 Uhr", ("Marta Solberg",)),
    ],
)
def test_a_newsrooms_credit_over_the_date_credits_the_story(head, authors):
    assert PARSER.parse(text(head), format="text").authors == authors

"""Blocks a page sets around its story that read like its sentences.

Each text below is written for these tests, after what real pages hold: a section's
title the splitter ran into the line under it, a block of excerpts of other articles
under the story, a closing line that leads into a button or a form, a pointer to an
earlier article of the site, a question inside a quoted review.
"""

from __future__ import annotations

import pytest
from newsparse_summary import summarize
from newsparse_summary.rank import candidates, choose

from newsparse import Span


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


def summarize_with(text: str, kinds: list[tuple[Span, str]], sentences: int) -> list[str]:
    return [c.text for c, _, _ in choose(text, sentences=sentences, kinds=kinds)]


# -- a title run into the line under it -------------------------------------------------------


def test_title_run_into_a_fragment_is_never_chosen() -> None:
    # The page lost the start of the sentence under the section's title; the splitter
    # joined the title to what is left, since it goes on in lower case.
    text, kinds = paragraphs_of(
        ("paragraph", "Hooks let a program change what a function does without editing it."),
        ("heading", "1 Introduction"),
        ("paragraph", "the equivalent for the old editor."),
        ("paragraph", "Hooks came to the editor in the summer of 1994 with its version 19."),
    )
    found = candidates(text, kinds=kinds)
    run_in = [c for c in found if "equivalent" in c.text]
    assert len(run_in) == 1
    # What follows the title is the tail of a sentence: the whole is never chosen.
    assert run_in[0].text == "1 Introduction\n\nthe equivalent for the old editor."
    assert not run_in[0].eligible
    assert not any("equivalent" in s for s in summarize_with(text, kinds, 3))


@pytest.mark.parametrize(
    ("language", "title", "rest"),
    [
        # A tool's name written in lower case opens a good sentence under its title.
        ("en", "Reproducible builds with pinlock", "pinlock keeps the versions of a project fixed."),
        # The title is the sentence's subject, set in a heading's type.
        ("de", "Der Malwettbewerb für Kinder", "findet in diesem Jahr zum sechsten Mal statt."),
    ],
)
def test_title_run_into_the_rest_of_a_sentence_leaves_it(language, title, rest) -> None:
    text, kinds = paragraphs_of(
        ("paragraph", "There are several tools that pin the versions of a project."),
        ("heading", title),
        ("paragraph", rest),
    )
    found = [c for c in candidates(text, kinds=kinds, language=language) if rest in c.text]
    assert found[0].text == f"{title}\n\n{rest}"
    assert found[0].eligible


def test_two_heading_lines_of_one_sentence_are_left_alone() -> None:
    # A page may set one sentence over two lines of a heading's type.
    text, kinds = paragraphs_of(
        ("paragraph", "Die Stadt lädt wieder alle Kinder zum Malen am See ein."),
        ("heading", "Der Malwettbewerb für Kinder"),
        ("heading", "findet in diesem Jahr schon zum sechsten Mal statt."),
    )
    found = [c for c in candidates(text, kinds=kinds, language="de") if "Malwettbewerb" in c.text]
    assert len(found) == 1
    assert found[0].text.startswith("Der Malwettbewerb für Kinder")


def test_numbered_title_run_into_a_fragment_in_plain_text() -> None:
    # With no paragraph kinds (crawler text), a line that opens with a section's number
    # and ends without final punctuation is a title too.
    text = (
        "The trial compared two doses of the vaccine in 400 adults.\n\n"
        "2 Results\n\n"
        "the higher dose was no better than the lower one in any group.\n\n"
        "The authors call for a larger trial with older adults next year."
    )
    found = [c for c in candidates(text) if "higher dose" in c.text]
    assert found[0].text.startswith("2 Results")
    assert not found[0].eligible
    # An unnumbered line followed by lower case is a sentence cut over two lines.
    wrapped = "The trial compared two doses of the vaccine\n\nin 400 adults over one year."
    assert [c.eligible for c in candidates(wrapped)] == [True]


# -- a block of excerpts under the story ------------------------------------------------------

STORY = [
    ("paragraph", "The town council voted on Monday to restore the old mill by the river."),
    ("paragraph", "The mill has stood empty since the flood of 1998 closed it."),
]
EXCERPTS = [
    ("paragraph", "Two firefighters were hurt in a blaze at a farm. The barn burnt down and…"),
    ("paragraph", "The new bridge opens in May. Drivers should expect delays on the..."),
    ("paragraph", "A school in the north gets a new head. She takes over from […]"),
]


def test_excerpts_under_the_story_wait_for_it() -> None:
    text, kinds = paragraphs_of(*STORY, *EXCERPTS)
    found = {c.text: c for c in candidates(text, kinds=kinds)}
    assert found["Two firefighters were hurt in a blaze at a farm."].last_resort
    assert found["The new bridge opens in May."].last_resort
    assert not found["The mill has stood empty since the flood of 1998 closed it."].last_resort
    assert summarize_with(text, kinds, 3)[:2] == [STORY[0][1], STORY[1][1]]
    assert "Two firefighters" not in " ".join(summarize_with(text, kinds, 2))


def test_two_trailing_paragraphs_or_a_page_of_excerpts_are_left_alone() -> None:
    # Two paragraphs that trail off are a writer's style.
    text, kinds = paragraphs_of(*STORY, *EXCERPTS[:2])
    assert not any(c.last_resort for c in candidates(text, kinds=kinds))
    # A page of nothing but excerpts: they are all it has to say.
    text, kinds = paragraphs_of(*EXCERPTS, ("paragraph", "Our town is small. It floods…"))
    assert not any(c.last_resort for c in candidates(text, kinds=kinds))
    # Text after the block is not the story: the block is left alone.
    text, kinds = paragraphs_of(
        *STORY, *EXCERPTS, ("paragraph", "I agree to the processing of my data.")
    )
    assert not any(c.last_resort for c in candidates(text, kinds=kinds))


# -- a closing line that leads into what the text does not hold --------------------------------


def test_closing_paragraph_that_ends_with_a_colon_is_never_chosen() -> None:
    text = "\n\n".join(
        [
            "Die Astrophysikerin erforscht, wie Sterne Sauerstoff und Kohlenstoff bilden.",
            "Dafür baut sie Detektoren an einem Teilchenbeschleuniger in Darmstadt.",
            "Mit diesem Knopf kannst Du die Folge auf Deine Merkliste setzen. "
            "Dazu musst Du Dich vorher anmelden:",
        ]
    )
    found = {c.text: c for c in candidates(text, language="de")}
    assert not found["Mit diesem Knopf kannst Du die Folge auf Deine Merkliste setzen."].eligible
    assert len(summarize(text, 3, language="de")) == 2


def test_colon_within_the_text_or_after_a_longer_paragraph_leaves_it() -> None:
    lead_in = "The mayor spoke to the council about the mill on Monday. Here is what she said:"
    text = "\n\n".join([lead_in, "Restoring the mill is worth every cent it costs."])
    chosen = [c.text for c in candidates(text) if c.eligible]
    assert "The mayor spoke to the council about the mill on Monday." in chosen
    # Three sentences: a story's paragraph that ends by leading into a petition.
    closing = (
        "The club owners face fees twice as high next year. Many say they will close. "
        "Please sign this petition:"
    )
    chosen = [c.text for c in candidates(closing) if c.eligible]
    assert chosen == ["The club owners face fees twice as high next year.", "Many say they will close."]


# -- a pointer to an earlier article --------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "pointer"),
    [
        ("en", "In a previous post on money at home, we looked at eleven hidden places."),
        ("de", "Ihr Modelabel haben wir euch hier (zum Artikel) bereits vorgestellt."),
        ("de", "Über die Wahlen vom November hat die Zeitung hier bereits berichtet."),
        ("de", "Über sechs Bereiche, in denen die Technik hilft, haben wir schon berichtet."),
    ],
)
def test_a_pointer_to_an_earlier_article_waits(language: str, pointer: str) -> None:
    text = "\n\n".join(
        [
            "The town council voted on Monday to restore the old mill by the river.",
            pointer,
            "The mill has stood empty since the flood of 1998 closed it.",
            "Work starts in May and should take two years to finish.",
        ]
    )
    found = {c.text: c for c in candidates(text, language=language)}
    assert found[pointer].last_resort
    assert pointer not in summarize(text, 3, language=language)


def test_a_story_that_recalls_its_own_news_is_no_pointer() -> None:
    # "As reported" with no "here" or "we": the story's own statement.
    text = "Wie bereits berichtet, wird die Mühle am Fluss ab Mai renoviert."
    assert not candidates(text, language="de")[0].last_resort
    text = "In a previous life, the mill was a school for the children of the valley."
    assert not candidates(text, language="en")[0].last_resort


# -- reasons to wait add up -------------------------------------------------------------------------


def test_question_in_a_blockquote_waits_for_the_blockquotes_statements() -> None:
    # A page of quoted reviews: the story's own paragraph holds one sentence.
    text, kinds = paragraphs_of(
        ("paragraph", "The streaming service launches today in fourteen countries."),
        (
            "blockquote",
            "The controller is comfortable to hold for hours at a time. "
            "Is streaming the future of games? I have my doubts.",
        ),
        ("blockquote", "The games look sharp on a good connection at home."),
    )
    found = {c.text: c for c in candidates(text, kinds=kinds)}
    assert found["Is streaming the future of games?"].last_resort == 2
    assert found["I have my doubts."].last_resort == 2
    assert found["The games look sharp on a good connection at home."].last_resort == 1
    summary = summarize_with(text, kinds, 3)
    assert summary == [
        "The streaming service launches today in fourteen countries.",
        "The controller is comfortable to hold for hours at a time.",
        "The games look sharp on a good connection at home.",
    ]

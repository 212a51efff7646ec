"""A note on the author below the story (a paragraph opening with the byline's own name)
is no paragraph of the story; a paragraph opening with anyone else's name is."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from stories import BRIDGE

import newsparse
from newsparse.classify.author_note import opens_with_name
from newsparse.model import Reason

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = BRIDGE
NOTE = (
    "Karla Obermeier ist Redakteurin im Ressort Stadt und schreibt seit 2015 über Verkehr, "
    "Bauprojekte und die Finanzen der Gemeinde."
)


def page(paragraphs: tuple[str, ...], *, byline: str = "Von Karla Obermeier", head: str = "") -> str:
    text = "".join(f"<p>{t}</p>" for t in paragraphs)
    return (
        '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Die Brücke</title>'
        f"{head}</head><body><article><h1>Die neue Brücke ist offen</h1>"
        f'<p class="byline">{byline}</p><div class="text">{text}</div></article>'
        '<ul class="menu"><li><a href="/abo">Abo</a></li><li><a href="/impressum">Impressum</a></li></ul>'
        "</body></html>"
    )


def body_of(html: str) -> list[str]:
    return [p.text for p in PARSER.parse(html, format="html").body]


def test_a_note_on_the_bylines_author_below_the_story_is_set_aside():
    article = PARSER.parse(page((*STORY, NOTE)), format="html")
    assert [p.text for p in article.body] == list(STORY)
    assert [b.reason for b in article.boilerplate if b.text == NOTE] == [Reason.ASIDE]


def test_the_author_named_by_the_metadata_counts_as_well():
    note = "Jane Roe is a professor of urban planning and writes about the city's bridges."
    html = page((*STORY, note), byline="", head='<meta name="author" content="Jane Roe">')
    assert body_of(html) == list(STORY)


def test_a_closing_paragraph_opening_with_someone_elses_name_stays():
    quote = (
        "Jens Tietjen vom Bürgerverein ist zufrieden: Er habe lange auf die Brücke gewartet und "
        "werde sie nun jeden Tag benutzen."
    )
    assert body_of(page((*STORY, quote))) == [*STORY, quote]


def test_the_authors_name_inside_the_story_is_left_alone():
    # Only the body's last blocks are looked at: higher up, the paragraph is the story's.
    middle = "Karla Obermeier hat die Baustelle im Sommer besucht und mit den Arbeitern gesprochen."
    paragraphs = (STORY[0], middle, *STORY[1:])
    assert body_of(page(paragraphs)) == list(paragraphs)


def test_the_authors_last_words_in_an_interview_stay():
    # In a transcript the author speaks as the interviewer: "Name: ..." is a speaker's line.
    closing = "Karla Obermeier: Vielen Dank für das Gespräch und viel Erfolg mit der Brücke."
    assert body_of(page((*STORY, closing))) == [*STORY, closing]


def test_a_short_body_keeps_it():
    # On a page of a few blocks the paragraph may be the page's whole point (a profile).
    assert body_of(page((STORY[0], NOTE))) == [STORY[0], NOTE]


def test_a_name_alone_is_no_note():
    assert not opens_with_name("Karla Obermeier", {"karla obermeier"})
    assert not opens_with_name("Karla Obermeier.", {"karla obermeier"})


def test_the_name_must_be_whole_words():
    assert not opens_with_name("Karla Obermeiers Brücke ist fertig.", {"karla obermeier"})
    assert not opens_with_name("Karla Obermeier-Lenz ist Sprecherin der Stadt.", {"karla obermeier"})
    assert opens_with_name("Karla  Obermeier, Redakteurin.", {"karla obermeier"})


def test_a_long_paragraph_is_more_of_the_story():
    long_answer = "Karla Obermeier: " + "Wir haben lange gewartet, und nun ist sie da. " * 20
    assert not opens_with_name(long_answer, {"karla obermeier"})


@given(st.text(max_size=200), st.text(min_size=1, max_size=30))
def test_only_text_that_opens_with_the_name_is_a_note(text, name):
    name = " ".join(name.split()).lower()
    if opens_with_name(text, {name}):
        assert " ".join(text.split()).lower().startswith(name)

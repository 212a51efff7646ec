"""The author's signature: a name alone, wholly bold or italic, as the story's last line is
the author's byline; labels and headings set the same way stay what they are."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from stories import BRIDGE

import newsparse
from newsparse.classify.signature import reads_as_signature

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = BRIDGE


def page(after_story: str, below: str = "") -> str:
    paragraphs = "".join(f"<p>{t}</p>" for t in STORY)
    return (
        '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Die Brücke</title>'
        '</head><body><article><h1>Die neue Brücke ist offen</h1><div class="text">'
        f"{paragraphs}{after_story}</div>{below}</article>"
        '<ul class="menu"><li><a href="/abo">Abo</a></li><li><a href="/impressum">Impressum</a></li></ul>'
        "</body></html>"
    )


def test_a_bold_name_below_the_story_is_its_author():
    article = PARSER.parse(page("<p><strong>Karla Obermeier</strong></p>"), format="html")
    assert article.authors == ("Karla Obermeier",)
    assert [b.names for b in article.bylines] == [("Karla Obermeier",)]
    assert [p.text for p in article.body] == list(STORY)


def test_two_names_in_italics_are_both_authors():
    article = PARSER.parse(page("<p><em>Karla Obermeier und Jens Tietjen</em></p>"), format="html")
    assert article.authors == ("Karla Obermeier", "Jens Tietjen")


def test_a_name_in_plain_type_stays_in_the_body():
    # Without the markup that sets a signature apart, nothing says it is one.
    article = PARSER.parse(page("<p>Karla Obermeier</p>"), format="html")
    assert article.authors == ()


def test_a_bold_label_followed_by_its_value_in_the_box_is_no_signature():
    # "Aktuelle Nutzung" over its value: German capitalises nouns, so a label looks like a name.
    html = page("<p><strong>Aktuelle Nutzung</strong></p><p>Wohnheim</p>")
    assert PARSER.parse(html, format="html").authors == ()


def test_a_bold_line_whose_words_the_story_writes_in_lower_case_is_no_signature():
    # A line built of the story's own words is a heading or a label; the same line with
    # words the story never writes in lower case passes for a name.
    line = "<p><strong>Hohe Kosten</strong></p>"
    assert PARSER.parse(page(line), format="html").authors == ("Hohe Kosten",)
    html = page(line).replace("deutlich über", "sehr hohe über")
    assert PARSER.parse(html, format="html").authors == ()


def test_a_bold_line_with_a_date_or_a_sentence_is_no_signature():
    for line in ("Karla Obermeier, 12. März 2021", "Mehr zum Thema lesen Sie hier"):
        assert not reads_as_signature(line)
        assert PARSER.parse(page(f"<p><strong>{line}</strong></p>"), format="html").authors == ()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_reading_any_line_as_a_signature_never_fails(text):
    # Any input: a yes or no, never an exception.
    assert reads_as_signature(text) in (True, False)

"""A wire service's name alone under the headline, set aside with the page's furniture,
credits the story when nothing else names anyone."""

from __future__ import annotations

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = "".join(
    f"<p>The town council approved its budget for the coming year on Monday evening after a "
    f"long debate over school funding and road repairs, part {i}.</p>"
    for i in range(4)
)


def page(header: str, story: str = STORY) -> str:
    return (
        "<html><body><article><header><h1>Town passes its budget after long debate</h1>"
        f"{header}</header><div class='entry'>{story}</div></article></body></html>"
    )


def test_an_agency_alone_under_the_headline_credits_the_story():
    article = PARSER.parse(page("<p class='credit'>Kyodo</p>"), format="html")
    assert article.authors == ("Kyodo",)


def test_a_named_author_wins_over_the_agency_line():
    html = page("<p class='credit'>Kyodo</p><p class='byline'>By Dana Whitfield</p>")
    assert PARSER.parse(html, format="html").authors == ("Dana Whitfield",)


def test_an_agency_named_far_below_the_headline_credits_nothing():
    # Past the lines of the byline and the date, an agency's name is a menu's or a source's.
    menu = "".join(f"<li><a href='/s{i}'>Section {i} news</a></li>" for i in range(12))
    html = page(f"<ul class='menu'>{menu}</ul><p class='credit'>Kyodo</p>")
    assert PARSER.parse(html, format="html").authors == ()


def test_a_word_that_is_no_agency_credits_nothing():
    assert PARSER.parse(page("<p class='credit'>Kobe</p>"), format="html").authors == ()


def test_an_agency_before_the_date_it_filed_credits_the_story():
    html = page("<p class='credit'>Kyodo March 4, 2021 6:40 PM</p>")
    assert PARSER.parse(html, format="html").authors == ("Kyodo",)


def test_an_agency_opening_a_sentence_with_a_date_credits_nothing():
    html = page("<p class='credit'>Kyodo reported on Thursday, March 4, 2021</p>")
    assert PARSER.parse(html, format="html").authors == ()


def test_crawler_text_credits_the_agency_before_its_date():
    story = "\n\n".join(
        "The town council approved its budget for the coming year on Monday evening after a "
        f"long debate over school funding and road repairs, part {i}." for i in range(4)
    )
    text = f"Town passes its budget after long debate\n\nKyodo 4 March 2021, 18:40\n\n{story}\n"
    assert PARSER.parse(text, format="text").authors == ("Kyodo",)

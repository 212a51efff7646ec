"""A name the markup marks as the author's, set in one line with the date, gives a byline."""

import pytest

import newsparse

_BODY = (
    "<p>The council voted on Tuesday to approve the new budget for the coming year, after a "
    "debate that ran late into the evening and drew a crowd to the town hall.</p>"
    "<p>Most of the new spending goes to the schools, which asked for more teachers and for "
    "repairs to two buildings that have stood empty since the floods of last spring.</p>"
    "<p>The mayor said the vote showed that the town could agree on what mattered, and thanked "
    "the residents who had written to the council over the past three months.</p>"
)


def page(head_line: str, after_body: str = "") -> str:
    return (
        "<html><body><article><h1>Council approves the budget</h1>"
        f"<div class='meta'>{head_line}</div>{_BODY}{after_body}</article></body></html>"
    )


@pytest.mark.parametrize("line", [
    '<span class="writer">Jane Doe</span><span class="date">2020年03月03日 10時00分</span>',
    '<span class="time">3/3/2020</span> <span class="authorname-txt"><span>Jane Doe</span></span>',
    '<span itemprop="author">Jane Doe</span> 2020/03/03 10:00',
    'Daily Courier <span class="date">3/3/2020</span> <span rel="author">Jane Doe</span>',
])
def test_a_marked_name_in_a_date_line_is_a_byline_and_the_line_still_dates(line):
    article = newsparse.parse(page(line))
    assert article.authors == ("Jane Doe",)
    byline = article.bylines[0]
    assert (byline.text, byline.kind) == ("Jane Doe", "author")
    assert article.source[byline.span.start:byline.span.end] == "Jane Doe"
    assert article.published is not None and article.published.date().isoformat() == "2020-03-03"


def test_an_unmarked_name_in_a_date_line_names_nobody():
    article = newsparse.parse(page("Jane Doe 2020/03/03 10:00"))
    assert article.authors == ()


def test_a_posted_label_in_a_box_named_for_the_author_is_no_name():
    line = ('<span class="meta-prep-author">Veröffentlicht am</span> '
            '<span class="entry-date">11. Juni 2019</span>')
    article = newsparse.parse(page(line))
    assert all("Veröffentlicht" not in name for name in article.authors)
    assert article.bylines == ()


def test_marked_names_in_date_lines_below_the_body_are_not_the_authors():
    comment = ('<div class="comment-meta"><span class="comment-author">Richard Roe</span> '
               '2020/03/04 11:00</div>')
    article = newsparse.parse(page('<span class="date">2020/03/03 10:00</span>', after_body=comment))
    assert "Richard Roe" not in article.authors
    assert all(b.text != "Richard Roe" for b in article.bylines)


def test_the_author_mark_never_reaches_a_paragraph():
    html = page("2020/03/03 10:00").replace(
        "the town hall", 'the town hall, said <span class="author">Jane Doe</span> of <em>the</em> board', 1)
    article = newsparse.parse(html)
    kinds = {mark.kind for paragraph in article.body for mark in paragraph.marks}
    assert "author" not in kinds
    assert "emphasis" in kinds

"""A date line holding a name the markup marks as the author's: the name is the byline,
the rest of the line stays set aside, and no part of the page is both."""

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.testing import check_article

STORY = "<p>" + "The council said on Monday that the plan would be delayed until the end of the year. " * 3 + "</p>"


def page(meta: str) -> str:
    return (
        "<html><body><article><h1>Council delays the transport plan again</h1>"
        f"<div class='meta'>{meta}</div>{STORY}{STORY.replace('council', 'mayor')}</article></body></html>"
    )


def test_the_name_is_the_byline_and_the_date_stays_aside():
    article = newsparse.parse(page("<span class='author-name'>Jane Doe</span> <time>March 5, 2024 10:00</time>"))
    assert [b.text for b in article.bylines] == ["Jane Doe"]
    dates = [b for b in article.boilerplate if b.reason == "date"]
    assert [b.text for b in dates] == ["March 5, 2024 10:00"]
    assert dates[0].span.slice(article.source) == "March 5, 2024 10:00"
    assert article.published is not None and article.published.day == 5
    check_article(article)


def test_two_marked_names_leave_the_words_between_them_aside():
    meta = ("<span class='author-name'>Jane Doe</span> and <span class='author-name'>John Roe</span>"
            " <time>March 5, 2024</time>")
    article = newsparse.parse(page(meta))
    assert [b.text for b in article.bylines] == ["Jane Doe", "John Roe"]
    assert [b.text for b in article.boilerplate if b.reason == "date"] == ["and", "March 5, 2024"]
    check_article(article)


def test_a_mark_over_the_whole_line_leaves_nothing_twice():
    # A broken page whose author element never closes marks the date with the name.
    article = newsparse.parse(page("<span class='author-name'>Jane Doe March 5, 2024</div>"))
    check_article(article)
    line = [s for s in article.segments() if "Jane Doe" in s[1]]
    assert len(line) == 1


def test_nested_author_elements_give_one_byline():
    meta = "<span class='author'><span class='author-name'>Jane Doe</span></span> <time>March 5, 2024</time>"
    article = newsparse.parse(page(meta))
    assert [b.text for b in article.bylines] == ["Jane Doe"]
    check_article(article)


@given(
    name=st.sampled_from(["Jane Doe", "Ana María López", "Jürgen Weiß", "Li Wei"]),
    before=st.sampled_from(["", "Von ", "Par ", "| "]),
    after=st.sampled_from([" March 5, 2024", " · 5. März 2024", " 2024/03/05 10:00", ""]),
)
def test_segments_never_overlap_on_marked_date_lines(name, before, after):
    meta = f"{before}<span class='author-name'>{name}</span>{after}"
    article = newsparse.parse(page(meta))
    check_article(article)
    covered = "".join(text for _, text, _ in article.segments())
    assert name.split()[-1] in covered

"""A byline that credits the publication itself names its newsroom when nobody else is named."""

import pytest

import newsparse
from newsparse.classify import authors, structure

_BODY = (
    "<p>The museum opens next week after thirteen years of planning, and its curators walked "
    "us through the galleries before the doors open to the public on Saturday morning.</p>"
    "<p>The collection holds objects from every part of the country, lent by families who "
    "kept them for generations and gave them up so that others could see them.</p>"
)


def page(byline: str, meta: str = "") -> str:
    return (f"<html><head>{meta}</head><body><article><h1>A walk through the new museum</h1>"
            f"<p class='byline'>{byline}</p><p class='date'>Sept. 15, 2016</p>{_BODY}"
            "</article></body></html>")


@pytest.mark.parametrize(("name", "publication"), [
    ("The New York Times", ["nytimes"]),            # initials before the last word
    ("The Wall Street Journal", ["wsj"]),           # initials
    ("The Washington Post", ["washingtonpost"]),    # written together
    ("Die Tagespresse", ["Die Tagespresse"]),       # the site's stated name
])
def test_a_name_the_publication_goes_by(name, publication):
    assert authors.names_publication(name, publication)


@pytest.mark.parametrize(("name", "publication"), [
    ("Jane Doe", ["nytimes"]),
    ("Ann Bell", ["ab"]),           # two letters are as likely a person's initials
    ("The New York Times", []),
    ("The Boston Globe", ["nytimes"]),
])
def test_other_names_are_not_the_publication(name, publication):
    assert not authors.names_publication(name, publication)


def test_credited_text_is_what_the_credit_credits_whether_or_not_a_name():
    assert structure.credited_text("By The New York Times | Sept. 15, 2016") == "The New York Times"
    assert structure.credited_text("Von Hans Meier") == "Hans Meier"
    assert structure.credited_text("The New York Times") is None


def test_the_publication_credited_on_its_own_site_is_the_author_when_nobody_is_named():
    article = newsparse.parse(page("By The New York Times"), url="https://www.nytimes.com/2016/09/15/museum.html")
    assert article.authors == ("The New York Times",)
    assert [(b.names, b.kind) for b in article.bylines] == [(("The New York Times",), "author")]


def test_another_outlet_credited_names_nobody():
    article = newsparse.parse(page("By The Boston Globe"), url="https://www.nytimes.com/2016/09/15/museum.html")
    assert article.authors == ()
    assert article.bylines == ()


def test_a_person_the_metadata_names_comes_before_the_newsroom():
    meta = '<meta name="author" content="Jane Doe">'
    article = newsparse.parse(page("By The New York Times", meta), url="https://www.nytimes.com/2016/09/15/museum.html")
    assert article.authors == ("Jane Doe",)


def test_a_person_another_byline_names_comes_before_the_newsroom():
    html = page("By The New York Times").replace(
        "<p class='date'>", "<p class='byline'>By Jane Doe</p><p class='date'>", 1)
    article = newsparse.parse(html, url="https://www.nytimes.com/2016/09/15/museum.html")
    assert article.authors == ("Jane Doe",)

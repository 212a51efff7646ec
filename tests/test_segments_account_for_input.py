"""Every non-blank part of the input is in some segment, and every segment's span slices
its text: a visible dek that the page's description replaces is kept aside, and the site's
name taken off a headline is set aside with the span of exactly its text."""

import pytest

import newsparse
from newsparse import Decision, Label, Reason, hookimpl
from newsparse.testing import check_article, make_parser
from newsparse.testing.hostile import assert_nothing_lost

STORY = "<p>" + "The council said on Monday that the plan would be delayed until the end of the year. " * 3 + "</p>"
DESCRIPTION = "The council has delayed its transport plan to the end of the year, the third delay since spring."


class LineUnderHeadlineIsDek:
    """Label the block right under the headline a dek, as a site's own rules might."""

    @hookimpl
    def newsparse_revise_decisions(self, document, decisions):
        for index, decision in enumerate(decisions):
            if decision.label == Label.TITLE:
                return {index + 1: Decision(label=Label.DEK, reason="standfirst")}
        return {}


def dek_page(line: str) -> str:
    return (
        f"<html><head><meta name='description' content='{DESCRIPTION}'></head><body><article>"
        f"<h1>Council delays the transport plan again</h1><p>{line}</p>"
        f"{STORY}{STORY.replace('council', 'mayor')}</article></body></html>"
    )


@pytest.mark.parametrize("line", [
    "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM",
    "Aktualisiert am 19.11.2024, 06:55 Uhr",
])
def test_a_visible_dek_replaced_by_the_description_is_kept_aside(line):
    article = make_parser(LineUnderHeadlineIsDek()).parse(dek_page(line))
    assert article.dek_source == "metadata"
    aside = [b for b in article.boilerplate if b.reason == Reason.EXTRA_DEK]
    assert [b.text for b in aside] == [line]
    assert aside[0].span.slice(article.source) == line
    check_article(article)
    assert_nothing_lost(article)


def test_a_visible_dek_that_is_kept_is_not_also_set_aside():
    line = "The plan was meant to open the new tram line to the airport by the spring."
    article = make_parser(LineUnderHeadlineIsDek()).parse(dek_page(line))
    assert (article.dek, article.dek_source) == (line, "visible")
    assert not [b for b in article.boilerplate if b.reason == Reason.EXTRA_DEK]
    check_article(article)


@pytest.mark.parametrize("site", ["Umweltbundesamt", "The Daily Planet", "Le Courrier"])
def test_the_site_name_off_a_headline_has_the_span_of_its_text(site):
    page = (
        f"<html><head><meta property='og:site_name' content='{site}'></head><body><article>"
        f"<h1>Council delays the transport plan again | {site}</h1>"
        f"{STORY}{STORY.replace('council', 'mayor')}</article></body></html>"
    )
    article = newsparse.Parser(load_entrypoints=False).parse(page)
    assert article.title == "Council delays the transport plan again"
    aside = [b for b in article.boilerplate if b.reason == Reason.EXTRA_TITLE]
    assert [b.text for b in aside] == [f"| {site}"]
    assert aside[0].span.slice(article.source) == f"| {site}"
    check_article(article)
    assert_nothing_lost(article)

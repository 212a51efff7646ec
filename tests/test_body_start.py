"""Where the body starts on HTML pages: what opens the story stays in it, and what only
sits above it (headline, kicker, credits, labels) stays out."""

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)
PROSE = [
    "The regional water authority said on Thursday that reservoir levels had fallen to their lowest point in a decade after the driest summer on record.",
    "Officials urged households to cut their use by a fifth, and warned that a ban on garden hoses could follow within weeks if the weather stays dry.",
    "Farmers in the valley said they had already lost part of their harvest, and asked for help with the cost of bringing in water by truck.",
]
TITLE = "Reservoirs at their lowest in a decade"


def page(inside: str, *, head: str = "", title: str = TITLE) -> str:
    """A news page: nav, the headline, then the story's container with ``inside`` first."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f"<html><head><title>{title} - The Valley Courier</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'<h1>{TITLE}</h1>{head}<div class="story-body">{inside}{paragraphs}</div></body></html>'
    )


def body_of(html: str) -> list[str]:
    return [p.text for p in PARSER.parse(html, format="html").body]


def test_a_question_that_opens_the_story_stays_in_the_body():
    lede = "When did you last see the reservoir this low?"
    assert body_of(page(f"<p>{lede}</p>")) == [lede, *PROSE]


def test_the_headline_repeated_above_the_story_goes_to_the_head():
    html = page(f"<p>{TITLE}</p>")
    article = PARSER.parse(html, format="html")
    assert [p.text for p in article.body] == PROSE
    assert article.title == TITLE

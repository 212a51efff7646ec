"""What markup alone decides: the main container, bylines, captions, dates, link lists."""

import pytest

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)
PROSE = [
    "The regional water authority said on Thursday that reservoir levels had fallen to their lowest point in a decade after the driest summer on record.",
    "Officials urged households to cut their use by a fifth, and warned that a ban on garden hoses could follow within weeks if the weather stays dry.",
    "Farmers in the valley said they had already lost part of their harvest, and asked for help with the cost of bringing in water by truck.",
]


def page(inside: str, before: str = "", after: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'{before}<div class="story-body">{inside}{paragraphs}</div>{after}</body></html>'
    )


def decisions(html):
    return {e.block.text: e.decision for e in PARSER.explain(html, format="html")}


def test_byline_box_without_by():
    article = PARSER.parse(page('<div class="article-byline"><a href="/staff/jo">Jo Marsh</a></div>'), format="html")
    assert [b.text for b in article.bylines] == ["Jo Marsh"]
    assert "Jo Marsh" not in article.text


def test_wordpress_author_class_is_not_a_byline():
    html = page("").replace('class="story-body"', 'class="entry-content author-jo post-12"')
    assert [p.text for p in PARSER.parse(html, format="html").body] == PROSE


def test_caption_box_is_a_caption():
    article = PARSER.parse(page('<div class="image-caption">Dry fields near the reservoir.</div>'), format="html")
    assert [c.text for c in article.captions] == ["Dry fields near the reservoir."]
    assert [p.text for p in article.body] == PROSE


def test_date_line_is_furniture():
    verdicts = decisions(page("<div>Published 14 June 2023, 09:12</div>"))
    assert verdicts["Published 14 June 2023, 09:12"].reason == "date"


def test_a_sentence_without_spaces_naming_a_year_is_not_a_date_line():
    # Japanese is written without spaces: the sentence is one "word", yet far longer than a
    # date line; the dated line above it is one.
    sentence = "2023年の夏に調べた12の貯水池のうち、九つで水位が過去十年で最も低くなったと水道局が発表した。"
    verdicts = decisions(page(f"<div>2023年8月14日 09:12</div><p>{sentence}</p>"))
    assert verdicts["2023年8月14日 09:12"].reason == "date"
    assert verdicts[sentence].label == "body"


def test_headline_with_a_year_is_still_the_title():
    html = page("", before="<h1>The drought of 2023 in numbers</h1>")
    assert PARSER.parse(html, format="html").title == "The drought of 2023 in numbers"


def test_link_list_inside_the_article_is_boilerplate():
    related = '<ul class="list"><li><a href="/1">Rain at last in the north</a></li><li><a href="/2">Hosepipe ban explained</a></li></ul>'
    verdicts = decisions(page(related))
    assert verdicts["Rain at last in the north"].label == "boilerplate"
    assert verdicts["Hosepipe ban explained"].label == "boilerplate"


def test_outside_the_container_is_boilerplate_with_a_reason():
    html = page("", after='<div class="promo"><p>Try our new app for the latest weather alerts and more.</p></div>')
    article = PARSER.parse(html, format="html")
    reasons = {b.text: b.reason for b in article.boilerplate}
    assert reasons["Try our new app for the latest weather alerts and more."] == "outside-main"
    assert reasons["Home News"] == "outside-main"


def test_article_split_in_two_chunks_is_whole():
    half = len(PROSE) // 2 + 1

    def chunk(ps: list[str]) -> str:
        return '<div class="grid"><div class="body">' + "".join(f"<p>{p}</p>" for p in ps) + "</div></div>"

    html = (
        '<html><body><div class="chunks">' + chunk(PROSE[:half])
        + '<div class="ad-rail"><a href="/ad">Advertisement</a></div>' + chunk(PROSE[half:] * 1)
        + "</div></body></html>"
    )
    assert [p.text for p in PARSER.parse(html, format="html").body] == PROSE


def test_teaser_articles_inside_the_article_leave_it():
    teasers = "".join(
        f'<article class="card"><p>Teaser number {i} about something else entirely, with a sentence of text.</p></article>'
        for i in range(3)
    )
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in PROSE) + teasers + "</article></body></html>"
    assert [p.text for p in PARSER.parse(html, format="html").body] == PROSE


def test_embedded_post_is_part_of_the_article():
    tweet = ('<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The reservoir is '
             'lower than I have ever seen it, and I have lived here for forty years.</p></blockquote></div>')
    html = page("").replace(f"<p>{PROSE[1]}</p>", f"<p>{PROSE[1]}</p>{tweet}")
    text = PARSER.parse(html, format="html").text
    assert "lower than I have ever seen it" in text


def test_share_bar_inside_the_article_leaves_it():
    bar = '<div class="social-share"><span>Share this story with your friends and family today</span></div>'
    html = page("").replace(f"<p>{PROSE[1]}</p>", f"<p>{PROSE[1]}</p>{bar}")
    assert "Share this story" not in PARSER.parse(html, format="html").text


SIGN_UP = "Get our weekly letter with the best stories of the week in your inbox, every Friday morning."
PROMISE = "We never share your address with anyone, and you can leave the list at any time with one click."


@pytest.mark.parametrize("name", ["news-letter-box", "sign_up-form", "author_bio", "newsletter"])
def test_furniture_named_with_or_without_separators_leaves_the_article(name):
    # A name is written "newsletter", "news-letter" or "news_letter": the box is furniture
    # however its words are split.
    box = f'<div class="{name}"><p>{SIGN_UP}</p><p>{PROMISE}</p></div>'
    html = page("").replace(f"<p>{PROSE[1]}</p>", f"<p>{PROSE[1]}</p>{box}")
    article = PARSER.parse(html, format="html")
    assert SIGN_UP not in article.text
    assert [p.text for p in article.body] == PROSE


def test_an_embedded_sign_up_form_leaves_the_article():
    # A mailing list's form embedded in the page is no quoted post, whatever "embed" says.
    form = f'<div id="mc_embed_signup"><form class="validate"><p>{SIGN_UP}</p><p>{PROMISE}</p></form></div>'
    html = page("").replace(f"<p>{PROSE[1]}</p>", f"<p>{PROSE[1]}</p>{form}")
    assert [p.text for p in PARSER.parse(html, format="html").body] == PROSE


def test_a_list_named_for_furniture_leaves_the_article_however_much_text_it_holds():
    # Related posts with long excerpts can hold more text than a short article: a box of
    # such a name that holds most of the container is a wrapper whose name misleads, but
    # a list wraps no article.
    teasers = "".join(
        f"<li>{p.replace('regional water authority', f'authority of district {i}')}</li>"
        for i, p in enumerate(PROSE * 2)
    )
    html = page("", after="").replace("</div></body>", f'<ul class="related-posts">{teasers}</ul></div></body>')
    article = PARSER.parse(html, format="html")
    assert [p.text for p in article.body] == PROSE


def test_date_lines_among_the_articles_lines_stay_in_it():
    # The terms of a prize draw, in one box with the paragraphs around them: the dates
    # are the article's own, unlike the furniture's "Published ..." line above it.
    terms = (
        "<p>Fill in the entry form and post it with your receipt.</p>"
        "<p>Entries from: 21.10.2019 – 27.10.2019</p>"
        "<p>Closing date: 03.11.2019 (postmark)</p>"
        "<p>One entry per household, and the voucher is sent within four weeks.</p>"
    )
    html = page(terms, before="<div class='meta'>Published 14 June 2023, 09:12</div>")
    article = PARSER.parse(html, format="html")
    assert "Entries from: 21.10.2019 – 27.10.2019" in article.text
    assert "Closing date: 03.11.2019 (postmark)" in article.text
    assert "Published 14 June 2023" not in article.text


def test_date_item_of_a_list_in_the_article_stays_in_it():
    steps = (
        "<ul><li>higher rates for cigarettes, in three steps</li>"
        "<li>from 1 January 2022 for cigarettes,</li>"
        "<li>and a lower one for cigars and pipe tobacco</li></ul>"
    )
    article = PARSER.parse(page(steps), format="html")
    assert "from 1 January 2022 for cigarettes," in [p.text for p in article.body]

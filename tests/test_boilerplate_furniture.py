"""News-site furniture that sits inside the article's markup and must not reach the body:
media controls, ad-network credits, widget credits and disclosures, print-edition lines."""

from __future__ import annotations

import pytest

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)

PARAGRAPHS = tuple(
    " ".join(words.split())
    for words in (
        """The new bridge over the river opened to traffic on Saturday after three years of work,
        and the mayor called it a great day for the whole region.""",
        """The costs were well above the first estimate because the ground was harder to build on
        than expected and the price of steel rose last year.""",
        """Commuters will save up to twenty minutes a day, the city said, because the detour over
        the old ferry is no longer needed and buses have their own lane.""",
        """Work on a second crossing further upstream is to begin next spring, once the regional
        council has approved the money for it in its next budget.""",
    )
)

PRINT_LINE = (
    "A version of this article appears in print on Nov. 5, 2019, Section A, Page 12 of the "
    "New York edition with the headline: Bridge Opens."
)

#: Furniture, each with the element it sits in on the page and the reason it is dropped for.
FURNITURE = (
    ('<div class="player-controls">Full Screen</div>', "Full Screen", "navigation"),
    ('<div><span>inRead invented by Teads</span></div>', "inRead invented by Teads",
     "advertisement"),
    ('<div class="quote-widget"><p>Powered by Kensho</p></div>', "Powered by Kensho", "footer"),
    ('<div class="quote-widget"><p>Disclosures</p></div>', "Disclosures", "footer"),
    (f"<p>{PRINT_LINE}</p>", PRINT_LINE, "footer"),
    ("<p>Order Reprints | Today\u2019s Paper | Subscribe</p>",
     "Order Reprints | Today\u2019s Paper | Subscribe", "footer"),
    ("<p>Image copyright Example Photo Agency</p>", "Image copyright Example Photo Agency", "footer"),
    ("<p>Copyright 2019 Example Media Group</p>", "Copyright 2019 Example Media Group", "footer"),
    ("<p>This article contains affiliate links. We may earn a commission on purchases.</p>",
     "This article contains affiliate links. We may earn a commission on purchases.", "advertisement"),
    ("<div>5 min read</div>", "5 min read", "date"),
    ("<p>Estimated reading time: 6 minutes</p>", "Estimated reading time: 6 minutes", "date"),
    ("<div>- Advertisement -</div>", "- Advertisement -", "advertisement"),
    ("<div>[PR]</div>", "[PR]", "advertisement"),
    ("<div>【PR】</div>", "【PR】", "advertisement"),
    ('<div class="tools">Text size</div>', "Text size", "navigation"),
    ('<div class="tools">Social Share</div>', "Social Share", "share"),
)


def page(furniture: list[str]) -> str:
    """An article whose paragraphs are interleaved with ``furniture`` elements."""
    parts = ["<h1>Bridge opens after three years</h1>", "<p>By Jane Roe</p>"]
    for i, paragraph in enumerate(PARAGRAPHS):
        parts.append(f"<p>{paragraph}</p>")
        parts.extend(furniture[i::len(PARAGRAPHS)])
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>Bridge opens after three years | The Daily</title></head><body><article>"
        + "\n".join(parts) + "</article></body></html>"
    )


def test_the_story_keeps_its_paragraphs_and_drops_the_furniture():
    article = PARSER.parse(page([html for html, _, _ in FURNITURE]), format="html")
    assert [p.text for p in article.body] == list(PARAGRAPHS)
    dropped = {b.text for b in article.boilerplate}
    for _, text, _ in FURNITURE:
        assert text in dropped, text


@pytest.mark.parametrize(("html", "text", "reason"), FURNITURE)
def test_each_piece_of_furniture_alone(html, text, reason):
    article = PARSER.parse(page([html]), format="html")
    assert [p.text for p in article.body] == list(PARAGRAPHS)
    assert {b.text: b.reason for b in article.boilerplate}[text] == reason


def test_crawler_text_drops_the_same_lines():
    lines = ["Bridge opens after three years", "By Jane Roe"]
    for paragraph, (_, text, _) in zip(PARAGRAPHS * len(FURNITURE), FURNITURE):
        lines += [paragraph, text]
    article = PARSER.parse("\n\n".join(lines), format="text")
    reasons = {b.text: b.reason for b in article.boilerplate}
    for _, text, reason in FURNITURE:
        assert reasons.get(text) == reason, text


@pytest.mark.parametrize(
    "prose",
    [
        "Powered by a new battery, the car can drive for four hundred miles without a stop.",
        "The disclosures came a week after the election, the company said on Monday.",
        "A version of the plan was first put forward by the council in 2017.",
        "The studio has filed a copyright claim against the makers of the film.",
        "The affiliate network said its members read the new rules in five minutes.",
        "Text size is not the only thing readers can change: the social share of the site grew.",
    ],
)
def test_prose_that_shares_their_words_is_kept(prose):
    body = list(PARAGRAPHS[:2]) + [prose] + list(PARAGRAPHS[2:])
    html = page([]).replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p><p>{prose}</p>")
    article = PARSER.parse(html, format="html")
    assert [p.text for p in article.body] == body


@pytest.mark.parametrize(
    "box",
    [
        '<div class="about-author"><p>Jane Roe has covered transport for the paper since 2009 and '
        "writes about bridges, trains and the people who build them.</p></div>",
        '<div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Jane Roe photographs '
        "cities and their bridges, and teaches a course on it every summer.</p></div></div>",
        '<div class="editorial-disclosure"><p>This post contains references to products from '
        "our advertisers; we may receive compensation when you click on links to them.</p></div>",
    ],
    ids=["author-bio", "author-box-plugin", "disclosure"],
)
def test_an_author_biography_or_a_disclosure_box_in_the_article_stays_out(box):
    html = page([]).replace("</article>", box + "</article>")
    article = PARSER.parse(html, format="html")
    assert [p.text for p in article.body] == list(PARAGRAPHS)

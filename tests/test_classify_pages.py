"""Whole pages through the classifier: what lands in the body, the head and the boilerplate."""

from pathlib import Path

import pytest

import newsparse
from newsparse.classify import Rules, classify
from newsparse.default_plugins.english import newsparse_boilerplate_patterns

FIXTURES = Path(__file__).parent / "fixtures" / "text"
PARSER = newsparse.Parser(load_entrypoints=False)


def parse(name):
    return PARSER.parse((FIXTURES / name).read_text(encoding="utf-8"), format="text")


def reasons(article):
    return {block.text: block.reason for block in article.boilerplate}


def test_wire_story_head():
    article = parse("wire_story.txt")
    assert article.title == "Storm floods coastal towns as rivers crest"
    assert article.dek.startswith("Thousands were told to leave")
    assert article.bylines[0].names == ("JANE DOE", "JOHN ROE", "Associated Press")
    assert article.bylines[0].kind == "author"
    assert article.dateline.text == "PORT CALDER, Maine (AP) —"
    assert article.dateline.agency == "AP"
    assert article.body[0].text.startswith("Floodwaters swept through")


def test_wire_story_caption_and_trailer():
    article = parse("wire_story.txt")
    [caption] = article.captions
    assert caption.text == "Residents wade through a flooded street in Port Calder on Tuesday."
    assert caption.credit == "(AP Photo/Maria Lopez)"
    assert article.bylines[-1].names == ("Bob Lane",)


def test_wire_story_body_keeps_subheadings_and_lists():
    article = parse("wire_story.txt")
    kinds = [(p.kind, p.text[:24]) for p in article.body]
    assert ("heading", "How the towns prepared") in kinds
    items = [p.text for p in article.body if p.kind == "list_item"]
    assert len(items) == 3 and items[0].startswith("• call the county hotline")
    assert article.body[-1].text.startswith("Gov. Sam Reyes said")


def test_wire_story_boilerplate_reasons():
    found = reasons(parse("wire_story.txt"))
    assert found["Skip to main content"] == "navigation"
    assert found["Advertisement"] == "advertisement"
    assert found["Share this article"] == "share"
    assert found["Sign up for our Morning Briefing newsletter"] == "newsletter"
    assert found["© 2024 Harbor Daily News. All rights reserved."] == "footer"
    # The menu and the related links are not the story.
    for line in ("Politics", "Sports", "Photos: the storm from above"):
        assert line in found


def test_blog_comments_stay_out_of_the_body():
    article = parse("blog_with_comments.txt")
    assert article.title == "Why we moved the garden to raised beds"
    assert article.bylines[0].names == ("Ruth Allen",)
    assert len(article.body) == 4
    assert all("said:" not in p.text and "Great post" not in p.text for p in article.body)
    assert reasons(article)["12 Comments"] == "comments"


def test_short_story_in_a_portal():
    article = parse("short_portal.txt")
    assert article.title == "City council approves new bike lanes"
    assert article.bylines[0].names == ("Maria Chen",)
    # Two paragraphs under the byline are the whole story, not a dek and one paragraph.
    assert article.dek is None
    assert [p.text[:24] for p in article.body] == ["The city council voted 7", "Construction is expected"]
    found = reasons(article)
    assert found["Police search for a missing hiker near Eagle Peak"] in ("outside-body", "duplicate")


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_every_line_lands_in_one_place(name):
    article = parse(name)
    segments = article.segments()
    ends = [span.end for _, _, span in segments]
    starts = [span.start for _, _, span in segments]
    # Segments do not overlap, and each slices the source.
    assert all(a <= b for a, b in zip(ends, starts[1:]))
    for role, text, span in segments:
        if role != "caption":
            assert span.slice(article.source) == text
    # Every non-blank line opens a segment (a dateline line opens two: dateline, body).
    position = 0
    for line in article.source.split("\n"):
        if line.strip():
            assert position + len(line) - len(line.lstrip()) in starts
        position += len(line) + 1
    body = [p.span.start for p in article.body]
    assert body == sorted(body)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_classify_is_pure(name):
    document = PARSER.load((FIXTURES / name).read_text(encoding="utf-8"), format="text")
    rules = Rules.from_pairs(newsparse_boilerplate_patterns())
    assert classify(document, rules) == classify(document, rules)
    assert len(classify(document, rules)) == len(document.blocks)


def test_near_duplicate_dek_is_dropped_once():
    text = (
        "Rail strike halts trains across the country\n\n"
        "Unions walked out after talks on pay broke down late on Sunday night.\n\n"
        "By Anna Berg\n\n"
        "Unions walked out after talks on pay broke down late on Sunday night.\n\n"
        + "Commuters faced a day without trains on Monday as drivers and guards stopped work, "
        "and the operators said they did not expect a full service before the weekend at the earliest.\n\n" * 3
    )
    article = PARSER.parse(text, format="text")
    assert article.title == "Rail strike halts trains across the country"
    assert article.dek.startswith("Unions walked out")
    assert [b.reason for b in article.boilerplate].count("duplicate") >= 1


def test_a_repeat_with_other_punctuation_is_a_duplicate():
    body = (
        "Commuters faced a day without trains on Monday as drivers and guards stopped work, "
        "and the operators said they did not expect a full service before the weekend."
    )
    text = "\n\n".join(
        ["Rail strike halts trains", "By Anna Berg", body, "“Unions walked out after talks broke down.”",
         body.replace("Monday", "Tuesday"), "Unions walked out after talks broke down", body.replace("Monday", "Friday")]
    )
    article = PARSER.parse(text, format="text")
    assert ("duplicate", "Unions walked out after talks broke down") in [
        (b.reason, b.text) for b in article.boilerplate
    ]

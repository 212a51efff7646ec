"""Author names: cleaning, credit kinds in several languages, and the Article's authors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.classify import authors, dates, structure
from newsparse.loaders.metadata import is_author_link
from newsparse.serialize import article_from_json, article_to_dict, article_to_json
from newsparse.testing.strategies import credit_lines, dirty_names


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("Eleanor Ainge Roy (reporting", "Eleanor Ainge Roy"),
        ("by Lucas Nolan22 Dec 2016651", "Lucas Nolan"),
        ("View all posts by Daniel Lemire", "Daniel Lemire"),
        ("Zeige alle Beiträge von Cem Basman", "Cem Basman"),
        ("NATALIYA VASILYEVA", "NATALIYA VASILYEVA"),
        ("Meg James Staff Writer", "Meg James"),
        ("Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("Theresa May", "Theresa May"),
        ("Howard BlumeStaff", "Howard Blume"),
        ("Andrea WongAndrea Wong", "Andrea Wong"),
    ],
)
def test_clean_name_takes_off_what_surrounds_a_name(dirty, clean):
    assert authors.clean_name(dirty) == clean


@pytest.mark.parametrize(
    "text",
    ["16 November 2017 • 2:15pm", "Staff Writer", "The Washington Post", "by the time we arrived",
     "Wednesday", "CNN", "Topic: Hardware", "admin", "Name", "著者", "Join Our Team"],
)
def test_clean_name_refuses_what_is_no_name(text):
    assert authors.clean_name(text) is None


@given(st.text(max_size=80))
def test_clean_name_is_never_empty_and_idempotent(text):
    name = authors.clean_name(text)
    if name is not None:
        assert name.strip()
        assert authors.clean_name(name) == name


@given(dirty_names())
def test_clean_name_recovers_generated_names(case):
    dirty, clean = case
    assert authors.split_names(dirty) == (clean,)


@given(credit_lines())
def test_credit_lines_give_names_and_kind(case):
    line, names, kind = case
    parts = structure.parse_byline(line)
    assert parts is not None
    assert (parts.names, parts.kind) == (names, kind)


@pytest.mark.parametrize(
    ("line", "names", "kind"),
    [
        ("By Jane Doe, Reuters", ("Jane Doe", "Reuters"), "author"),
        ("Heba Habib contributed to this report.", ("Heba Habib",), "contributor"),
        ("Additional reporting by Sam Poe", ("Sam Poe",), "contributor"),
        ("Le Monde | 04.05.2015 | Par Jean Dupont", ("Jean Dupont",), "author"),
        ("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT", ("Sherif Saed",), "author"),
        ("By Eric Song, IGN Staff", ("Eric Song",), "author"),
        ("Veröffentlicht am 10. Februar 2019 von Heiko", ("Heiko",), "author"),
        ("Veröffentlicht vonChris Jung 28. Februar 2016", ("Chris Jung",), "author"),
        ("Posted on 2015-04-05 by marc | Leave a comment", ("marc",), "author"),
        ("Publié le 3 mai 2019 par Jean Dupont", ("Jean Dupont",), "author"),
        ("ByTravis Haney Dec 9, 2016", ("Travis Haney",), "author"),
        ("投稿者：Masafumi Negishi", ("Masafumi Negishi",), "author"),
        ("Byby JANE DOE and JOHN ROE", ("JANE DOE", "JOHN ROE"), "author"),
        ("January 17, 2017 at 6:08 PM ET by Sam Poe", ("Sam Poe",), "author"),
        ("12. März 2020 von Hans Meier", ("Hans Meier",), "author"),
        ("27. Januar 2014 by Ann Roe / Kategorien: Event, Fashion", ("Ann Roe",), "author"),
        ("by Gazette News Desk Oct. 13, 2016", ("Gazette News Desk",), "author"),
        ("By Sam Poe, Gazette Staff", ("Sam Poe",), "author"),
        ("Par Jeanne Roux(Bruxelles, bureau européen)", ("Jeanne Roux",), "author"),
        ("Par Jeanne Roux (Bruxelles)", ("Jeanne Roux",), "author"),
    ],
)
def test_credits_seen_on_pages(line, names, kind):
    parts = structure.parse_byline(line)
    assert parts is not None and (parts.names, parts.kind) == (names, kind)


@pytest.mark.parametrize(
    "line",
    ["Von den Teilnehmern kamen viele", "Di questo non si parla", "16 November 2017", "DIY",
     "Posted on March 30, 2015 by Admin", "In 2016 by contrast the rate fell"],
)
def test_sentences_and_dates_are_not_credits(line):
    assert structure.parse_byline(line) is None


def test_metadata_wins_over_a_byline_it_contradicts_and_fills_a_short_name():
    assert authors.fuse_authors([["Other Writer"]], ["Jane Doe"]) == ("Jane Doe",)
    assert authors.fuse_authors([["Pamela"]], ["Pamela Anderson"]) == ("Pamela Anderson",)
    assert authors.fuse_authors([["Jane Doe", "Reuters"]], []) == ("Jane Doe",)
    # The publication or an agency is the author only when the page names nobody else.
    assert authors.fuse_authors([], ["Site Name"], not_people=["Site Name"]) == ("Site Name",)
    assert authors.fuse_authors([["Reuters"]], ["Site Name"], not_people=["Site Name"]) == ("Reuters",)
    assert authors.fuse_authors([["Reuters"]], ["Jane Doe"], not_people=["Site Name"]) == ("Jane Doe",)


def test_a_byline_naming_a_person_in_full_wins_over_metadata_of_single_words():
    # A place ("Munich, Germany") or a brand split at its "&" ("Jobs & Hire") names nobody
    # in full: the byline's person is the author.
    assert authors.fuse_authors([["Clara Weidt"]], ["Munich, Germany"]) == ("Clara Weidt",)
    assert authors.fuse_authors([["Clara Weidt"]], ["Jobs & Hire"]) == ("Clara Weidt",)
    # A byline of one word does not: the metadata's full name still wins.
    assert authors.fuse_authors([["Clara"]], ["Jan Poe"]) == ("Jan Poe",)
    assert authors.fuse_authors([["Clara Weidt"]], ["Jan Poe"]) == ("Jan Poe",)



@pytest.mark.parametrize(
    "credit", ["TMZ Staff", "Gazette News Desk", "Smart Shopping Team", "Redaktion Polizeiticker Schweiz",
               "PETA-Team", "Online-Redaktion"],
)
def test_a_newsroom_credit_is_kept_as_written_and_is_no_person(credit):
    assert authors.is_staff_credit(credit)
    assert authors.clean_name(credit) == credit
    # Nobody else credited: the newsroom wrote it; beside a person, the person did.
    assert authors.fuse_authors([[credit]], []) == (credit,)
    assert authors.fuse_authors([[credit], ["Jane Doe"]], []) == ("Jane Doe",)
    assert authors.fuse_authors([[credit]], ["Jane Doe"]) == ("Jane Doe",)


@pytest.mark.parametrize("text", ["Staff Writer", "Join Our Team", "Meet the team", "Jane Doe", "Team 7"])
def test_roles_links_and_people_are_no_newsroom_credit(text):
    assert not authors.is_staff_credit(text)


PAGE = """<html lang="en"><head>
<meta name="author" content="Jane Doe">
<meta property="og:image" content="/img/lead.jpg">
<meta property="og:description" content="The council voted to build new bike lanes across the city centre.">
<meta property="article:tag" content="cycling"><meta property="article:tag" content="city">
<meta property="article:section" content="Local">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves bike lanes",
 "datePublished": "2019-05-01T10:00:00+02:00", "publisher": {"@type": "Organization", "name": "Gazette"}}</script>
</head><body><article><h1>Council approves bike lanes</h1><p>By Jane Doe and Reuters</p>
<p>The city council on Tuesday approved a plan for protected bike lanes on four main streets, after
a long debate about parking, deliveries and the safety of people who ride to work every day.</p>
<p>Construction will start in the spring and should be finished before the end of next year, the
mayor said, adding that the cost would be shared with the regional transport authority.</p>
</article></body></html>"""


def test_article_carries_authors_agencies_and_page_metadata():
    article = newsparse.parse(PAGE, url="https://example.org/2019/05/01/bike-lanes", format="html")
    assert article.authors == ("Jane Doe",)
    assert article.agencies == ("Reuters",)
    assert article.published == dt.datetime(2019, 5, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert article.image == "https://example.org/img/lead.jpg"
    assert article.tags == ("cycling", "city")
    assert article.section == "Local"
    assert article.publisher == "Gazette"
    assert article.dek_source == "metadata" and article.dek.startswith("The council voted")
    assert article.jsonld and article.jsonld[0]["headline"] == "Council approves bike lanes"
    data = article_to_dict(article, include_source=False)
    assert list(data)[:4] == ["url", "format", "title", "title_span"] and list(data)[4] == "authors"
    assert "jsonld" not in data
    assert article_from_json(article_to_json(article)) == article


def test_crawler_text_gets_credits_and_dates_from_its_lines():
    text = ("Council approves bike lanes\n\nVon Hans Meier\n\n20. September 2016, 14:05 Uhr\n\n"
            + "The city council on Tuesday approved a plan for protected bike lanes on four streets. " * 3)
    article = newsparse.parse(text, format="text")
    assert article.authors == ("Hans Meier",)
    assert article.published == dt.datetime(2016, 9, 20, 14, 5)


def test_text_bylines_are_cleaned_too():
    text = ("Council approves bike lanes\n\nBy JANE DOE (reporting) and John Roe, PhD\n\n"
            + "The city council on Tuesday approved a plan for protected bike lanes on four streets. " * 3)
    article = newsparse.parse(text, format="text")
    assert article.authors == ("JANE DOE", "John Roe")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("20 septembre 2016 à 14h05", dt.datetime(2016, 9, 20, 14, 5)),
        ("20. September 2016", dt.datetime(2016, 9, 20)),
        ("20 de septiembre de 2016", dt.datetime(2016, 9, 20)),
        ("20 settembre 2016", dt.datetime(2016, 9, 20)),
        ("Sept. 20, 2016 2:15pm", dt.datetime(2016, 9, 20, 14, 15)),
        ("Updated 20 September 2016 14:05 GMT", dt.datetime(2016, 9, 20, 14, 5, tzinfo=dt.timezone.utc)),
        ("15 августа 2016, 13:43", dt.datetime(2016, 8, 15, 13, 43)),
        ("Erstellt am09.02.2022", dt.datetime(2022, 2, 9)),
        ("28.01.22 / 0 Kommentare", dt.datetime(2022, 1, 28)),
        ("Version 2.10.19", None),
        ("Von Ann Roe 4. 2. 2022.", dt.datetime(2022, 2, 4)),
        ("14. 01. 2020, 13:47", dt.datetime(2020, 1, 14, 13, 47)),
    ],
)
def test_visible_date_lines(line, expected):
    assert dates.parse_date_line(line) == expected


def test_relative_dates_need_a_reference_and_url_dates():
    assert dates.parse_date_line("2 hours ago") is None
    now = dt.datetime(2020, 1, 1, 12)
    assert dates.parse_date_line("2 hours ago", reference=now) == dt.datetime(2020, 1, 1, 10)
    assert dates.parse_date_line("vor 3 Tagen", reference=now) == dt.datetime(2019, 12, 29, 12)
    assert dates.url_date("https://x.org/2016/09/20/story") == dt.datetime(2016, 9, 20)
    assert dates.url_date("https://x.org/news/story-123") is None
    assert dates.url_date("https://x.org/meldungen/29-10-2021") == dt.datetime(2021, 10, 29)
    assert dates.url_date("https://x.org/news/23-01-2022-a-story/17-378.html") == dt.datetime(2022, 1, 23)


@pytest.mark.parametrize(
    "text",
    ["Advertisement", "Anzeige", "Photo", "Getty Images", "Photo: Jane Doe, AP",
     "Sanjeev Verma/Hindustan Times/Getty Images"],
)
def test_ads_bare_words_and_lone_credits_caption_nothing(text):
    assert structure.caption_parts(text) is None


def test_captions_keep_their_text_and_credit():
    parts = structure.caption_parts("A crowd gathers in the square. (AP Photo/Jane Doe)")
    assert parts == structure.CaptionParts("A crowd gathers in the square.", "(AP Photo/Jane Doe)")
    labelled = structure.caption_parts("Image: The minister arrives at the summit in the rain")
    assert labelled == structure.CaptionParts("The minister arrives at the summit in the rain", None)
    assert structure.caption_parts("Fans wave flags before the match") == structure.CaptionParts(
        "Fans wave flags before the match", None)


def test_metadata_title_loses_the_site_name():
    page = ('<html><head><meta property="og:title" content="Rates rise again: what it means | Daily Ledger">'
            '<meta property="og:site_name" content="Daily Ledger"></head><body><div>'
            + "<p>Rates rose again on Tuesday, the third rise this year, the central bank said.</p>" * 3
            + "</div></body></html>")
    article = newsparse.parse(page, format="html")
    assert article.title == "Rates rise again: what it means"


@pytest.mark.parametrize(
    "text",
    [
        "AFP 30 avril 2015 à 07:19", "16 November 2017 • 2:15pm", "By Jane Doe and John Roe",
        # Time stamps no date is read from (no year; the year glued to the time).
        "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM",
        "Published Tue, Dec 20 201610:32 AM ESTUpdated Tue, Dec 20 20166:29 PM EST",
        "12.11.2021, 10:15 Uhr",
    ],
)
def test_date_and_credit_lines_are_no_standfirst(text):
    from newsparse.classify import facts

    assert not facts.reads_as_standfirst(text, "A headline", ["Some body text about things."], visible=True)


def test_a_time_stamp_under_the_headline_is_no_dek_and_is_kept_aside():
    # A line between the headline and a credited photo reads as the dek by its place.
    story = (
        "The council approved new bike lanes on four streets after a long debate that ran "
        "well into the night, with residents speaking for and against the plan."
    )
    page = (
        "<html><head><title>Bike lanes approved</title></head><body><article>"
        "<h1>Bike lanes approved</h1><p>Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM</p>"
        "<figure><img src='a.jpg'><figcaption>Photo: Jane Roe</figcaption></figure>"
        + f"<p>{story}</p>" * 4 + "</article></body></html>"
    )
    article = newsparse.parse(page, format="html")
    assert article.dek is None or "6:55" not in article.dek
    assert not any("6:55" in paragraph.text for paragraph in article.body)
    assert "6:55" in article_to_json(article)  # kept aside, not lost


def test_a_line_opening_with_a_date_marker_and_a_number_is_a_time_stamp():
    assert dates.opens_as_timestamp("Updated Nov 19, 6:55 AM")
    assert dates.opens_as_timestamp("Aktualisiert am 12.11.2021")
    assert not dates.opens_as_timestamp("Updated guidance on bike lanes")
    assert not dates.opens_as_timestamp("The report published on 3 May shows 5 cases")


def test_a_teaser_of_another_story_is_no_standfirst():
    from newsparse.classify import facts

    body = ["The council approved new bike lanes on four streets after a long debate."]
    assert facts.reads_as_standfirst("Council backs bike lanes after a long debate on streets", "Bike lanes", body)
    assert not facts.reads_as_standfirst("Watch: the best recipes for a summer barbecue party", "Bike lanes", body)


def test_published_is_never_later_than_modified():
    from newsparse.classify import facts
    from newsparse.document import Metadata

    late = dt.datetime(2020, 5, 2, 10)
    stale = dt.datetime(2019, 1, 1, 10)
    # The markup contradicts itself: its stale modification date goes.
    assert facts._dates(Metadata(published=late, modified=stale), None, [], [], None) == (late, None)
    # A date line later than the modification date is not taken; the URL's day is.
    found = facts._dates(Metadata(modified=stale), "https://x.org/2018/12/30/a", ["5 May 2020"], [], None)
    assert found == (dt.datetime(2018, 12, 30), stale)


def _page_with_date(head: str, visible: str) -> str:
    return ("<html><head>" + head + "</head><body><article><h1>Council approves bike lanes</h1>"
            + visible + "<p>The city council on Tuesday approved a plan for protected bike lanes. </p>" * 3
            + "</article></body></html>")


def test_markup_instant_takes_the_offset_the_visible_time_states():
    head = '<meta property="article:published_time" content="2020-02-25T02:25:54Z">'
    article = newsparse.parse(_page_with_date(head, "<p>February 24, 2020 | 9:25pm</p>"), format="html")
    assert article.published == dt.datetime(2020, 2, 25, 2, 25, 54, tzinfo=dt.timezone.utc)
    assert article.published.utcoffset() == dt.timedelta(hours=-5)
    assert article.published.date() == dt.date(2020, 2, 24)
    # A visible time of another instant (not a whole number of half hours away) says nothing.
    other = newsparse.parse(_page_with_date(head, "<p>February 24, 2020 | 9:17pm</p>"), format="html")
    assert other.published.utcoffset() == dt.timedelta(0)


def test_a_day_without_its_time_states_no_offset():
    # "November 20, 2019" is a day, not the wall time 00:00: ten hours from the instant
    # say nothing of the page's offset.
    head = '<meta property="article:published_time" content="2019-11-20T10:00:00Z">'
    article = newsparse.parse(_page_with_date(head, "<p>November 20, 2019</p>"), format="html")
    assert article.published == dt.datetime(2019, 11, 20, 10, tzinfo=dt.timezone.utc)
    assert article.published.utcoffset() == dt.timedelta(0)


def test_a_day_only_modification_date_is_not_before_a_time_that_day():
    from newsparse.classify import facts
    from newsparse.document import Metadata

    published = dt.datetime(2019, 7, 25, 9, 30)
    found = facts._dates(Metadata(published=published, modified=dt.datetime(2019, 7, 25)), None, [], [], None)
    assert found == (published, dt.datetime(2019, 7, 25))


def test_a_day_and_its_time_in_blocks_of_their_own_state_the_offset():
    head = '<meta property="article:published_time" content="2019-11-20T01:50:59Z">'
    article = newsparse.parse(_page_with_date(head, "<p>Nov. 19, 2019</p><p>5:50 PM</p>"), format="html")
    assert article.published == dt.datetime(2019, 11, 20, 1, 50, 59, tzinfo=dt.timezone.utc)
    assert article.published.utcoffset() == dt.timedelta(hours=-8)


def test_a_visible_time_does_not_overrule_the_offset_the_markup_states():
    # A reader's comment with the same minute, ten hours on, is no statement of the offset.
    head = '<meta property="article:published_time" content="2020-01-13T18:54:00+01:00">'
    article = newsparse.parse(_page_with_date(head, "<p>14.01.2020, 04:54</p>"), format="html")
    assert article.published.utcoffset() == dt.timedelta(hours=1)
    assert article.published.date() == dt.date(2020, 1, 13)


@pytest.mark.parametrize(
    ("stored", "shown", "url", "offset"),
    [
        # A local midnight stored in UTC, under a headline that shows the local day.
        ("2021-11-04T23:00Z", "<p>5. November 2021</p>", None, 1),
        # A late evening in UTC; the URL shows the local day.
        ("2018-12-31T23:11:59Z", "", "https://blog.example/2019/01/01/new-year/", 1),
        # West of UTC: the instant is early in the UTC day, the page shows the day before.
        ("2016-05-04T02:41:00Z", "<p>3 de mayo de 2016</p>", None, -3),
    ],
)
def test_a_utc_instant_is_told_on_the_day_the_page_shows(stored, shown, url, offset):
    head = f'<meta property="article:published_time" content="{stored}">'
    article = newsparse.parse(_page_with_date(head, shown), url=url, format="html")
    instant = dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    assert article.published == instant
    assert article.published.utcoffset() == dt.timedelta(hours=offset)


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        # Two days away: another day's line (a teaser's), not the page's own.
        ("2023-10-31T09:38:00Z", "<p>02.11.2023</p>"),
        # An offset the markup states is the page's.
        ("2021-11-04T23:00:00+00:30", "<p>5. November 2021</p>"),
        # More than fourteen hours away from the shown day: no timezone is that far.
        ("2023-10-31T09:38:00Z", "<p>01.11.2023</p>"),
        # West of every inhabited offset: the day the story was first shown, not this instant's.
        ("2019-11-19T11:45:59Z", "<p>Nov. 18, 2019</p>"),
    ],
)
def test_a_shown_day_that_cannot_be_the_instant_s_leaves_it(stored, shown):
    head = f'<meta property="article:published_time" content="{stored}">'
    article = newsparse.parse(_page_with_date(head, shown), format="html")
    assert article.published == dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    assert article.published.utcoffset() == dt.datetime.fromisoformat(stored.replace("Z", "+00:00")).utcoffset()


def test_a_long_block_that_opens_with_its_date_dates_the_page():
    visible = ("<p>01.02.2022 Der Arbeitsmarkt ist gut in das Jahr gestartet, sagte die Behörde"
               " am Dienstag in Nürnberg und nannte Zahlen.</p>")
    article = newsparse.parse(_page_with_date("", visible), format="html")
    assert article.published == dt.datetime(2022, 2, 1)


def test_the_page_corrects_its_markup_date_only_when_it_says_so():
    late = '<meta property="article:published_time" content="2019-08-24T03:36:11+02:00">'
    said = newsparse.parse(_page_with_date(late, "<p>Veröffentlicht am 16.08.2019</p>"), format="html")
    assert said.published == dt.datetime(2019, 8, 16)
    # A date line that does not say it is the publication date leaves the markup's.
    other = newsparse.parse(_page_with_date(late, "<p>16.08.2019</p>"), format="html")
    assert other.published == dt.datetime(2019, 8, 24, 3, 36, 11, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_day_and_month_swapped_by_the_markup_are_put_back_by_a_spelled_month():
    swapped = '<meta property="article:published_time" content="2023-01-11T10:29:00">'
    article = newsparse.parse(_page_with_date(swapped, "<p>1. November 2023 10:29</p>"), format="html")
    assert article.published == dt.datetime(2023, 11, 1, 10, 29)
    # "11/01/2023" could be either: the markup stays.
    numeric = newsparse.parse(_page_with_date(swapped, "<p>11/01/2023</p>"), format="html")
    assert numeric.published == dt.datetime(2023, 1, 11, 10, 29)


def test_a_given_name_that_is_also_a_word_opens_a_name():
    assert authors.clean_name("By Will Leitch") == "Will Leitch"
    # Alone, or later in the name, it is the word.
    assert authors.clean_name("Will") is None
    assert not authors.looks_like_name("Readers Will Decide")


_PARAGRAPHS = "".join(
    f"<p>{text} The council met on Tuesday to talk about the plan for the city centre and its streets.</p>"
    for text in ("Bike lanes will be built on four streets.", "Work starts in the spring.",
                 "The cost is shared with the region.", "Parking spaces will move to side streets.")
)


def _page(header: str, after: str = "", above: str = "") -> str:
    return (f"<html><body>{above}<main><article><h1>Council approves bike lanes</h1>{header}"
            f"<div class='text'>{_PARAGRAPHS}{after}</div></article></main></body></html>")


def test_a_credit_split_into_its_word_and_its_name_is_one_credit():
    article = newsparse.parse(_page("<aside><div>By</div><div><a href='/a/sam'>Sam Poe</a></div></aside>"),
                              format="html")
    assert article.authors == ("Sam Poe",)


def test_a_dated_credit_below_the_headline_names_the_author():
    article = newsparse.parse(_page("<div class='meta'>January 17, 2017 at 6:08 PM ET by Sam Poe</div>"),
                              format="html")
    assert article.authors == ("Sam Poe",)


def test_bylines_of_teasers_above_the_headline_or_inside_the_body_are_not_the_articles():
    teaser = "<div><h3>Another story</h3><p class='byline'>By Ann Other</p></div>"
    article = newsparse.parse(
        _page("<p class='byline'>By Sam Poe</p>", after="<p class='byline'>By Tim Teaser</p>" + _PARAGRAPHS,
              above=teaser),
        format="html",
    )
    assert article.authors == ("Sam Poe",)


def test_a_newsroom_credit_is_the_author_when_nobody_is_named():
    article = newsparse.parse(_page("<p class='byline'>By Gazette News Desk</p>"), format="html")
    assert article.authors == ("Gazette News Desk",)


@pytest.mark.parametrize(
    ("href", "expected"),
    [("/author/jane-doe/", True), ("https://example.org/autor/frank_g", True), ("/?author=3", True),
     ("/auteurs/jeanne", True), ("/authority/report", False), ("/blog/autumn-walks", False), ("/user/7", False)],
)
def test_links_to_author_pages(href, expected):
    assert is_author_link({"href": href}) is expected


def test_a_link_to_an_author_page_names_the_author_when_nothing_else_does():
    nav = "<nav><a href='/author/'>All authors</a></nav>"
    page = _page("<p><a href='/author/sam-poe/'>Sam Poe</a></p>", above=nav)
    assert newsparse.parse(page, format="html").authors == ("Sam Poe",)
    # A byline that names someone speaks first.
    page = _page("<p class='byline'>By Ann Roe</p><p><a href='/author/sam-poe/'>Sam Poe</a></p>")
    assert newsparse.parse(page, format="html").authors == ("Ann Roe",)


def test_a_credit_beats_boxes_of_bare_names_among_the_paragraphs():
    tags = "".join(f"<div class='byline'>{tag}</div>" for tag in ("Weltweit", "Familie"))
    page = _page("", after=tags + _PARAGRAPHS + "<div class='author-meta'>erstellt von Sam Poe</div>")
    article = newsparse.parse(page, format="html")
    assert article.authors == ("Sam Poe",)


def test_a_written_by_pair_speaks_only_when_nothing_else_names_anyone():
    pair = ('<meta name="twitter:label1" content="Written by">'
            '<meta name="twitter:data1" content="Sam Poe">')
    plain = _page("")
    assert newsparse.parse(plain.replace("<html>", f"<html><head>{pair}</head>"), format="html").authors == (
        "Sam Poe",)
    # The pair names the account that posted the page; the byline names the author.
    bylined = _page("<p class='byline'>By Ann Roe</p>")
    assert newsparse.parse(bylined.replace("<html>", f"<html><head>{pair}</head>"), format="html").authors == (
        "Ann Roe",)


@pytest.mark.parametrize("hint", ["post-author-name", "authorname-txt", "article__author-name"])
def test_a_box_named_for_the_author_name_is_a_byline(hint):
    page = _page(f"<div class='{hint}'>Ann Roe</div>")
    assert newsparse.parse(page, format="html").authors == ("Ann Roe",)


@pytest.mark.parametrize("word", ["By", "Von", "Par", "Por"])
def test_a_byline_word_alone_names_nobody(word):
    assert authors.clean_name(word) is None
    assert newsparse.parse(_page(f"<div class='author-name'>{word}</div>"), format="html").authors == ()


@pytest.mark.parametrize("handle", ["karstenruppert", "Herr_Rein", "EvilSpark", "Isabella.DiBiase"])
def test_the_markups_user_name_is_the_author_when_nobody_is_named(handle):
    head = f'<meta name="author" content="{handle}">'
    page = _page("").replace("<html>", f"<html><head>{head}</head>")
    assert newsparse.parse(page, format="html").authors == (handle,)
    # A byline that names a person speaks first.
    bylined = _page("<p class='byline'>By Ann Roe</p>").replace("<html>", f"<html><head>{head}</head>")
    assert newsparse.parse(bylined, format="html").authors == ("Ann Roe",)


@pytest.mark.parametrize("text", ["admin", "Redaktion", "example.com", "Jane Doe", "u/someone", "2020", "January"])
def test_words_hosts_and_names_are_no_user_names(text):
    assert not authors.is_handle(text)


@given(st.from_regex(r"[a-z][a-z0-9_]{2,20}", fullmatch=True))
def test_a_user_name_is_kept_as_written(handle):
    if authors.is_handle(handle):
        assert authors.fuse_authors([], [[handle]]) == (handle,)
    assert authors.fuse_authors([["Ann Roe"]], [[handle]]) == ("Ann Roe",)


@pytest.mark.parametrize("handle", ["ani0", "ap2019", "afp_77"])
def test_a_user_name_that_starts_with_an_agency_stays_whole(handle):
    # Digits glued to one lower-case word make a user name, not an agency with a date.
    assert authors.fuse_authors([], [[handle]]) == (handle,)


@pytest.mark.parametrize("text", ["DT", "kj", "BBNTEAM", "jdadmin", "publisher"])
def test_initials_brands_and_accounts_are_no_user_names(text):
    assert not authors.is_handle(text)


def test_the_sites_own_name_in_its_address_is_no_author():
    head = '<meta name="author" content="GazetteOnline">'
    page = _page("").replace("<html>", f"<html><head>{head}</head>")
    assert newsparse.parse(page, url="https://www.gazetteonline.example/a/1", format="html").authors == ()
    assert newsparse.parse(page, url="https://news.example/a/1", format="html").authors == ("GazetteOnline",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # The words that lead to a date.
        ("VON HANS MEIER am 21. April 2020", ("HANS MEIER",)),
        ("von Anna Roe Veröffentlicht am 1. Mai 2019", ("Anna Roe",)),
        ("von Anna Roe Erstellt am 01.01.23 um 08:35", ("Anna Roe",)),
        ("By Jane Doe Updated on May 3, 2020", ("Jane Doe",)),
        ("Par Jean Dupont le 3 mai 2021", ("Jean Dupont",)),
        ("Von R. R. am 07.08.2013", ("R. R.",)),
        # A picture's or a source's credit.
        ("von Hans Meier Foto: © Agentur", ("Hans Meier",)),
        ("By Jane Doe Photo: Reuters", ("Jane Doe",)),
        ("Par Jean Dupont Crédit photo : AFP", ("Jean Dupont",)),
        ("Por Ana García Fuente: EFE", ("Ana García",)),
        ("Von Hans Meier Bildnachweis: Stadt Jena", ("Hans Meier",)),
        ("Por Ana García Fotografía: Luis Gil", ("Ana García",)),
        ("Autor: Jan Nowak Zdjęcie: PAP", ("Jan Nowak",)),
    ],
)
def test_what_follows_the_names_on_a_credit_line_ends_them(line, names):
    parts = structure.parse_byline(line)
    assert parts is not None and parts.names == names and parts.kind == "author"


def test_the_markup_spells_out_a_name_the_byline_cut_at_a_lower_case_word():
    assert authors.fuse_authors([["Cindy"]], [["cindy mangomini"]]) == ("cindy mangomini",)
    # Not a phrase, not another person, not the same name again.
    assert authors.fuse_authors([["Cindy"]], [["the cindy show"]]) == ("Cindy",)
    assert authors.fuse_authors([["Cindy"]], [["mango smith"]]) == ("Cindy",)
    assert authors.fuse_authors([["Ann Roe"]], [["ann roe"]]) == ("Ann Roe",)


@pytest.mark.parametrize(("credit", "expected", "agency"), [
    ("By Reuters", ("Reuters",), "Reuters"),
    ("Por Agencia EFE", ("Agencia EFE",), "Agencia EFE"),
    ("Von dpa", ("dpa",), "dpa"),
    # Beside a person, the agency is no author.
    ("By Ann Roe, Reuters", ("Ann Roe",), "Reuters"),
])
def test_an_agency_byline_is_the_author_when_nobody_is_named(credit, expected, agency):
    article = newsparse.parse(_page(f"<p class='byline'>{credit}</p>"), format="html")
    assert article.authors == expected
    assert article.agencies == (agency,)


@pytest.mark.parametrize(
    "line",
    ["Veröffentlicht am 19.10.19 um 14:34 Uhr", "Last updated on 20 Feb, 2020. 3 min read",
     "Zuletzt geändert am: 15.10.2021", "Publicado el 11 de mayo", "Hace 13 horas", "Quelle: hessenschau.de/bb"],
)
def test_a_date_line_read_as_a_byline_names_nobody(line):
    from newsparse.classify import facts

    assert facts.read_byline(line, []) is None


def test_a_surname_that_is_a_date_word_is_still_a_name():
    from newsparse.classify import facts

    assert facts.read_byline("By Jim Last", []) == (("Jim Last",), "author")


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("Jane Doe in Kyiv, Ukraine", ("Jane Doe",)),
        ("Nesselsetzer under Just For Fun, Rebloggt", ("Nesselsetzer",)),
        ("Hans Meier aus Berlin, Deutschland", ("Hans Meier",)),
        # A joining word brings the next name after a place.
        ("Jane Doe in Paris and John Roe in London", ("Jane Doe", "John Roe")),
        ("Jane Doe, John Roe and Reuters", ("Jane Doe", "John Roe", "Reuters")),
        # A role behind a name is the person's job; a second person with their craft stays a name.
        ("Dana Whitfield, AP Metro Writer", ("Dana Whitfield",)),
        ("Dana Whitfield, KTV Editor-at-large", ("Dana Whitfield",)),
        ("Dana Whitfield Business Columnist", ("Dana Whitfield",)),
        ("Dana Whitfield, Omar Lindgren Photography", ("Dana Whitfield", "Omar Lindgren")),
        # Single words behind an outlet's name are its address.
        ("eastfield-courier.de, Eastfield, Germany", ()),
        ("Lindgren Verlag GmbH, Eastfield, Germany", ()),
        ("Eastfield, Germany", ("Eastfield", "Germany")),  # nothing says it is an address
        ("eastfield-courier.de, Dana Whitfield", ("Dana Whitfield",)),
        ("PhD, Dana Whitfield and Omar Lindgren", ("Dana Whitfield", "Omar Lindgren")),
    ],
)
def test_what_follows_a_name_and_is_no_name_is_dropped(credit, names):
    assert authors.split_names(credit) == names


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        # One capitalised word behind a comma after a full name: a place or an employer.
        ("Clara Weidt, Berlin", ("Clara Weidt",)),
        ("Clara Weidt, Riverside.com", ("Clara Weidt",)),
        ("Clara Weidt, Potsdam, Jan Poe", ("Clara Weidt", "Jan Poe")),
        # An agency stays (it becomes the credit's agency); names of one word alone stay.
        ("Clara Weidt, Reuters", ("Clara Weidt", "Reuters")),
        ("Fabian, Jan Poe", ("Fabian", "Jan Poe")),
        # "and" brings the next name, of one word or more.
        ("Clara Weidt und Fabian", ("Clara Weidt", "Fabian")),
        # Scripts without spaces between names and surnames write a whole name as one word.
        ("山田太郎, 佐藤花子", ("山田太郎", "佐藤花子")),
    ],
)
def test_one_word_behind_a_comma_after_a_full_name_is_no_name(credit, names):
    assert authors.split_names(credit) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dodano: 30 kwietnia 2021, 11:55", dt.datetime(2021, 4, 30, 11, 55)),
        ("5 maja 2021 11:22 / w Informacje", dt.datetime(2021, 5, 5, 11, 22)),
        ("Publikováno 5. března 2019", dt.datetime(2019, 3, 5)),
        ("Publicerad 5 mars 2019", dt.datetime(2019, 3, 5)),
        ("5. marts 2019", dt.datetime(2019, 3, 5)),
        ("Publisert 5. desember 2019", dt.datetime(2019, 12, 5)),
        ("Julkaistu 5. maaliskuuta 2019", dt.datetime(2019, 3, 5)),
        ("5 Mart 2019", dt.datetime(2019, 3, 5)),
        ("5 martie 2019", dt.datetime(2019, 3, 5)),
        ("2019. március 5. 14:05", dt.datetime(2019, 3, 5, 14, 5)),
        ("2019. 3. 5.", dt.datetime(2019, 3, 5)),
        ("기사입력 2019년 3월 5일", dt.datetime(2019, 3, 5)),
        # A list of archive months cut short is no day.
        ("Monat wählen Dezember 2010 November 2010 August 2010 Juli 20", None),
    ],
)
def test_date_lines_in_more_languages(line, expected):
    assert dates.parse_date_line(line) == expected


def test_no_month_word_names_two_months():
    from newsparse.data.dates import MONTHS

    numbers: dict[str, set[int]] = {}
    for words in MONTHS.values():
        for word, number in words.items():
            numbers.setdefault(word, set()).add(number)
    assert {w: n for w, n in numbers.items() if len(n) > 1} == {}


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("Publikacja: 04.05.2021", True, False),
        ("Aktualizacja: 05.05.2021, 05:53", False, True),
        ("Julkaistu 5.3.2019", True, False),
        ("Päivitetty 6.3.2019 klo 10.15", False, True),
        ("Uppdaterad 6 mars 2019", False, True),
        ("Bijgewerkt op 6 maart 2019", False, True),
    ],
)
def test_publication_and_update_markers_in_more_languages(line, published, modified):
    assert (dates.is_published_line(line), dates.is_modified_line(line)) == (published, modified)


@pytest.mark.parametrize(
    ("text", "is_role"),
    [
        ("AP Metro Writer", True),
        ("Senior Correspondent", True),
        ("KTV Editor-at-large", True),
        ("writer", False),
        ("Omar Lindgren Photography", False),
        ("Metro Hall", False),
    ],
)
def test_role_phrases(text, is_role):
    assert authors.is_role_phrase(text) is is_role


def test_profile_phrases_introduce_names_but_bylines_are_left_to_the_byline_reader():
    lines = ["View all posts by Dana Whitfield", "By Omar Lindgren", "Alle Beiträge von Jens Okafor",
             "More articles from Ines Duarte", "Posted by Mara Lindqvist", "More from"]
    assert authors.introduced_names(lines) == ["Dana Whitfield", "Jens Okafor", "Ines Duarte"]

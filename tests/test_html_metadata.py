"""Page metadata: JSON-LD in its many shapes, OpenGraph, <meta>, microdata, <time>."""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from trees import parse_tree

import newsparse
from newsparse.loaders.metadata import extract_metadata, parse_date


def meta_of(head: str = "", body: str = "", lang: str = "") -> object:
    html = f"<html{lang}><head>{head}</head><body>{body}<p>Some text of the page.</p></body></html>"
    return extract_metadata(parse_tree(html))


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_news_article_fields():
    m = meta_of(ld({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Rates rise again", "description": "The bank moved for a third time.",
        "datePublished": "2024-02-01T10:00:00+01:00", "dateModified": "2024-02-01T12:30:00+01:00",
        "author": {"@type": "Person", "name": "Ana Li"},
        "publisher": {"@type": "Organization", "name": "Daily Ledger"},
        "url": "https://ledger.example/rates",
    }))
    assert m.title == "Rates rise again"
    assert m.description == "The bank moved for a third time."
    assert m.authors == ("Ana Li",)
    assert m.published == dt.datetime(2024, 2, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert m.modified.hour == 12
    assert m.site_name == "Daily Ledger"
    assert m.url == "https://ledger.example/rates"


def test_graph_with_author_reference():
    m = meta_of(ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "Ledger"},
        {"@type": "Person", "@id": "#ana", "name": "Ana Li"},
        {"@type": "WebPage", "@id": "#page", "name": "Page name"},
        {"@type": "Article", "headline": "In the graph", "author": {"@id": "#ana"}},
    ]}))
    assert m.title == "In the graph"
    assert m.authors == ("Ana Li",)
    assert m.site_name == "Ledger"


def test_top_level_list_and_type_list():
    m = meta_of(ld([
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "name": "Home"}]},
        {"@type": ["ReportageNewsArticle", "NewsArticle"], "headline": "Listed",
         "author": ["Ana Li", {"@type": "Person", "name": "Ben Ode"}, {"name": ["Cy Pal"]}]},
    ]))
    assert m.title == "Listed"
    assert m.authors == ("Ana Li", "Ben Ode", "Cy Pal")


def test_organization_author_and_by_prefix():
    m = meta_of(ld({"@type": "BlogPosting", "headline": "H",
                    "author": [{"@type": "Organization", "name": "By Reuters"}]}))
    assert m.authors == ("Reuters",)


def test_strong_type_preferred_over_webpage():
    m = meta_of(ld({"@type": "WebPage", "name": "Site home"})
                + ld({"@type": "NewsArticle", "headline": "The story"}))
    assert m.title == "The story"


@pytest.mark.parametrize("kind", ["HowTo", "Recipe", "DiscussionForumPosting", "MedicalWebPage"])
def test_works_that_are_not_articles_still_give_author_and_date(kind):
    m = meta_of(ld({
        "@context": "https://schema.org", "@type": kind, "name": "Folding a round tablecloth",
        "datePublished": "2022-01-10T22:06:08+01:00", "author": {"@type": "Person", "name": "Ida Rune"},
    }))
    assert m.authors == ("Ida Rune",)
    assert m.published == dt.datetime(2022, 1, 10, 22, 6, 8, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_an_article_outranks_a_recipe_on_the_same_page():
    m = meta_of(ld([
        {"@type": "Recipe", "name": "Plum cake", "author": "Kitchen Team", "datePublished": "2020-05-01"},
        {"@type": "BlogPosting", "headline": "Our summer baking", "author": "Ola Berg", "datePublished": "2021-06-02"},
    ]))
    assert m.authors == ("Ola Berg",)
    assert m.published == dt.datetime(2021, 6, 2)


def test_entities_in_json_ld_are_unescaped():
    m = meta_of(ld({"@type": "NewsArticle", "headline": "Tom &amp; Jerry&#8217;s day"}))
    assert m.title == "Tom & Jerry’s day"


@pytest.mark.parametrize("broken", [
    '{"@type": "NewsArticle", "headline": "Trailing",}',
    '<!-- {"@type": "NewsArticle", "headline": "Trailing"} -->',
])
def test_recoverable_json_ld(broken):
    m = meta_of(f'<script type="application/ld+json">{broken}</script>')
    assert m.title == "Trailing"


@pytest.mark.parametrize("garbage", [
    "{", "not json at all", "[1, 2, 3]", '{"@type": 5, "headline": null}', "null", '"a string"',
    '{"@graph": {"@graph": {"@graph": []}}}', "[" * 5000 + "]" * 5000,
])
def test_malformed_json_ld_never_raises(garbage):
    m = meta_of(f'<script type="application/ld+json">{garbage}</script>'
                '<meta property="og:title" content="Fallback title">')
    assert m.title == "Fallback title"


def test_opengraph_and_meta_fallbacks():
    m = meta_of(
        '<meta property="og:title" content="OG headline">'
        '<meta property="og:site_name" content="The Paper">'
        '<meta name="description" content="A summary.">'
        '<meta name="author" content="Dee Kay">'
        '<meta property="article:published_time" content="2023-05-06T07:08:09Z">'
        '<meta property="article:author" content="https://facebook.example/deekay">'
        '<meta property="og:locale" content="fr_FR">'
        '<link rel="canonical" href="https://paper.example/a">'
    )
    assert m.title == "OG headline"
    assert m.site_name == "The Paper"
    assert m.description == "A summary."
    assert m.authors == ("Dee Kay",)
    assert m.published == dt.datetime(2023, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc)
    assert m.language == "fr-FR"
    assert m.url == "https://paper.example/a"


@pytest.mark.parametrize(("head", "language"), [
    ('<meta http-equiv="content-language" content="deutsch, de">', "de"),
    ('<meta http-equiv="content-language" content="de, ch, at, en">', "de"),
    ('<meta name="language" content="spanish"><meta property="og:locale" content="es_UY">', "es-UY"),
    ('<meta name="language" content="spanish">', "es"),
    ('<meta name="language" content="pt_BR">', "pt-BR"),
    ('<meta name="language" content="global">', None),
])
def test_a_tag_is_read_before_a_language_name(head, language):
    assert meta_of(head).language == language


def test_a_lang_attribute_that_is_a_name_gives_way_to_a_tag():
    assert meta_of('<meta property="og:locale" content="fr_FR">', lang=' lang="french"').language == "fr-FR"


def test_several_meta_authors():
    m = meta_of('<meta name="author" content="One Person"><meta name="author" content="Two Person">')
    assert m.authors == ("One Person", "Two Person")


def test_title_tag_loses_site_suffix():
    assert meta_of("<title>A long headline about things | Site</title>").title == "A long headline about things"


def test_microdata_time_and_rel_author_in_body():
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Micro headline</h1>'
        '<span itemprop="author" itemscope><span itemprop="name">Eve Ra</span></span>'
        '<time datetime="2020-01-02">2 January</time></div>'
    )
    m = meta_of(body=body)
    assert m.title == "Micro headline"
    assert m.authors == ("Eve Ra",)
    assert m.published == dt.datetime(2020, 1, 2)
    assert m.published.tzinfo is None
    m = meta_of(body='<a rel="author" href="/u/x">Fay Gee</a>')
    assert m.authors == ("Fay Gee",)


@pytest.mark.parametrize("tag", ["link", "meta"])
def test_microdata_name_in_an_attribute(tag):
    # A video page's channel: the author item's name is a <link>/<meta> value, no text.
    body = (
        '<div itemscope itemtype="https://schema.org/VideoObject">'
        '<meta itemprop="name" content="A talk about parsers">'
        f'<span itemprop="author" itemscope><{tag} itemprop="url" href="/c/x">'
        f'<{tag} itemprop="name" content="Parser Conf"></span></div>'
    )
    m = meta_of(body=body)
    assert m.authors == ("Parser Conf",)
    # The canonical address is not taken from a microdata <link>.
    assert m.url is None


@pytest.mark.parametrize(("label", "expected"), [
    ("Written by", ("Ana Li",)),
    ("Verfasst von", ("Ana Li",)),
    ("Autor:", ("Ana Li",)),
    ("Est. reading time", ()),
])
def test_author_from_a_labelled_pair(label, expected):
    head = (f'<meta name="twitter:label1" content="{label}">'
            '<meta name="twitter:data1" content="Ana Li">')
    m = meta_of(head)
    assert m.weak_authors == expected
    # (The pair is weak evidence, kept apart from the sources that vote.)
    assert m.authors == ()


def test_author_pair_label_found_after_other_pairs():
    head = ('<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="4 min">'
            '<meta name="twitter:label2" content="Par"><meta name="twitter:data2" content="Jean Dupont">')
    assert meta_of(head).weak_authors == ("Jean Dupont",)


@pytest.mark.parametrize(("address", "expected"), [
    ("https://news.example/editors/jane-doe", ("Jane Doe",)),
    ("https://news.example/autores/289094-ana-garcia-lopez/", ("Ana Garcia Lopez",)),
    ("https://news.example/by/jane-doe?ref=x", ("Jane Doe",)),
    # A social profile, a one-word slug and a headline's slug name nobody.
    ("https://social.example/jane.doe", ()),
    ("https://news.example/profile/janedoe", ()),
    ("https://news.example/2020/01/council-approves-the-bike-lanes-plan", ()),
])
def test_author_profile_address_names_the_author_weakly(address, expected):
    m = meta_of(f'<meta property="article:author" content="{address}">')
    assert m.weak_authors == expected
    assert m.authors == ()


def test_html_lang():
    assert meta_of(lang=' lang="pt-BR"').language == "pt-BR"
    assert meta_of().language is None


def test_no_metadata_at_all():
    m = meta_of()
    assert (m.title, m.authors, m.published, m.site_name, m.url) == (None, (), None, None, None)


@pytest.mark.parametrize(("value", "expected"), [
    ("2019-11-19T13:03:00.000Z", dt.datetime(2019, 11, 19, 13, 3, tzinfo=dt.timezone.utc)),
    ("2019-11-19", dt.datetime(2019, 11, 19)),
    ("November 19, 2019 1:03 PM", dt.datetime(2019, 11, 19, 13, 3)),
    ("0001-01-01T00:00:00", None),
    ("2022-01-10T22:06:08:684Z", dt.datetime(2022, 1, 10, 22, 6, 8, 684000, tzinfo=dt.timezone.utc)),
    ("yesterday-ish", None),
    ("", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


_OFFSETS = st.none() | st.integers(-23 * 60 - 59, 23 * 60 + 59).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)


@given(
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 12, 31), timezones=_OFFSETS),
    st.sampled_from(["T", " "]),
    st.sampled_from(["auto", "minutes", "seconds", "milliseconds", "microseconds"]),
    st.booleans(),
)
def test_iso_dates_read_as_dateutil_reads_them(moment, sep, timespec, zulu):
    from dateutil import parser as date_parser

    value = moment.isoformat(sep=sep, timespec=timespec)
    if zulu and value.endswith("+00:00"):
        value = value[:-6] + "Z"
    parsed = parse_date(value)
    expected = date_parser.isoparse(value)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


def test_iso_forms_the_standard_library_leaves_out_still_read():
    assert parse_date("2019-11-19T24:00:00") == dt.datetime(2019, 11, 20)


@given(st.text(max_size=80))
def test_parse_date_never_raises(value):
    result = parse_date(value)
    assert result is None or 1900 <= result.year <= 2100


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["@type", "@graph", "@id", "headline", "author", "name",
                                       "datePublished", "publisher", "mainEntity"]),
                      children, max_size=5),
    max_leaves=30,
))
def test_any_json_ld_shape_never_raises(value):
    m = meta_of(ld(value))
    assert isinstance(m.authors, tuple)


def test_site_name_glued_behind_a_separator_leaves_the_title():
    m = meta_of('<meta property="og:title" content="Treeviz draws mind maps:Daily Devlog">'
                '<meta property="og:site_name" content="Daily Devlog">')
    assert m.title == "Treeviz draws mind maps"


def test_tail_opening_with_the_host_name_is_the_site():
    m = meta_of('<meta property="og:title" content="Holiday security advice：IPA Agency of Japan">'
                '<meta property="og:url" content="https://www.ipa.go.jp/about/news.html">')
    assert m.title == "Holiday security advice"
    # The host's name at the head stays: it is the headline's own first word there.
    m = meta_of('<meta property="og:title" content="IPA warns of holiday attacks：Advice">'
                '<meta property="og:url" content="https://www.ipa.go.jp/about/news.html">')
    assert m.title == "IPA warns of holiday attacks：Advice"


def _blog_graph(publisher_type: str) -> str:
    owner = {"@type": publisher_type, "@id": "https://blog.example/#owner", "name": "Ida Rune"}
    return ld({"@context": "https://schema.org", "@graph": [
        owner,
        {"@type": "WebSite", "name": "Notes from the shed", "publisher": {"@id": "https://blog.example/#owner"}},
        {"@type": "BlogPosting", "headline": "Fifteen years of notes", "author": {"@id": "https://blog.example/#owner"},
         "publisher": {"@id": "https://blog.example/#owner"}},
    ]})


def test_a_publisher_the_json_ld_calls_a_person_is_said_to_be_one():
    person = meta_of(_blog_graph("Person"))
    assert (person.publisher, person.publisher_is_person) == ("Ida Rune", True)
    organization = meta_of(_blog_graph("Organization"))
    assert (organization.publisher, organization.publisher_is_person) == ("Ida Rune", False)


@pytest.mark.parametrize(("publisher_type", "authors"), [("Person", ("Ida Rune",)), ("Organization", ("Tom Mann",))])
def test_a_personal_blog_s_owner_is_its_author(publisher_type, authors):
    import newsparse

    # The markup's author is its publisher: a person is the author, a publication's name is not.
    page = ("<html><head>" + _blog_graph(publisher_type) + "</head><body><article>"
            + "<h1>Fifteen years of notes</h1><p>By Tom Mann</p>"
            + "<p>This blog turned fifteen in March, and I missed the day entirely. </p>" * 3
            + "</article></body></html>")
    assert newsparse.parse(page, format="html").authors == authors


@pytest.mark.parametrize(
    ("head", "generic"),
    [
        ('<meta name="date" content="2021-10-15">', True),
        ('<meta name="DC.date" content="2021-10-15">', True),
        ('<meta name="dcterms.date" content="2021-10-15T09:43+01:00">', True),
        ('<meta property="article:published_time" content="2021-10-15">', False),
        (ld({"@type": "NewsArticle", "datePublished": "2021-10-15"}) + '<meta name="date" content="2021-10-15">',
         False),
    ],
)
def test_a_date_meta_that_names_no_event_is_marked_generic(head, generic):
    m = meta_of(head)
    assert m.published is not None
    assert m.published_is_generic is generic


_UNDER_HEADLINE = (
    "<html><head><title>Harbour cranes stand idle</title>{meta}</head><body><article>"
    "<h1>Harbour cranes stand idle for a third day</h1><p class=\"date\">{shown}</p>"
    "<p>Dock workers stayed away from the harbour again on Friday, and the cranes stood still"
    " along the whole quay while the union and the port authority met in the town hall.</p>"
    "<p>Talks are to resume on Monday morning, a spokeswoman for the port authority said.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("meta", "shown", "day"),
    [
        # A generic date meta yields to the day the page shows under its headline, in any
        # language the month names cover.
        ('<meta name="date" content="2021-10-15">', "13. Oktober 2021", dt.date(2021, 10, 13)),
        ('<meta name="dcterms.date" content="2021-10-15">', "13 octobre 2021", dt.date(2021, 10, 13)),
        # ... not to an update line, nor to a quoted post's signature.
        ('<meta name="date" content="2021-10-15">', "Aktualisiert am 13.10.2021", dt.date(2021, 10, 15)),
        ('<meta name="date" content="2021-10-15">', "— Jane Doe (@jdoe) 13 October 2021", dt.date(2021, 10, 15)),
        # A publication date the markup names as one stays.
        ('<meta property="article:published_time" content="2021-10-15">', "13.10.2021", dt.date(2021, 10, 15)),
        # The next day of an instant with a clock time: the same instant, told in the offset
        # that puts it on the shown day.
        ('<meta name="date" content="2021-10-14T23:30:00+00:00">', "15.10.2021", dt.date(2021, 10, 15)),
    ],
)
def test_the_day_shown_under_the_headline_outweighs_a_generic_date_meta(meta, shown, day):
    article = newsparse.parse(_UNDER_HEADLINE.format(meta=meta, shown=shown), format="html")
    assert article.published.date() == day

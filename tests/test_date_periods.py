"""Periods ("28.01.2022 – 29.01.2022") date an event or a capture range, never the page."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.classify import dates


@pytest.mark.parametrize(
    "line",
    [
        "Tippspiel +++ Woche 4 +++ 28.01.2022 – 29.01.2022",
        "Ausstellung 03.02.2022 bis 27.03.2022",
        "Festival: 2 May 2022 to 5 May 2022",
        "14 Oct 2014 - 10 Aug 2017",
        "du 2 mai 2022 au 5 mai 2022",
        "2022-01-02 — 2022-01-05",
        "28.01.2022, 10:00 – 29.01.2022",
        "28.01.2022, 10.00 Uhr bis 29.01.2022",
    ],
)
def test_a_line_joining_two_dates_states_a_period(line):
    assert dates.states_period(line)


@pytest.mark.parametrize(
    "line",
    [
        "01.02.2022 16:28",
        "Veröffentlicht am 20.01.2022 – aktualisiert am 21.01.2022",
        "Jane Doe — 2. Februar 2022",
        "Posted 2 May 2022 in Sports, 5 comments",
        "",
    ],
)
def test_a_single_date_or_two_stamps_are_no_period(line):
    assert not dates.states_period(line)


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text):
    assert dates.states_period(text) in (True, False)


def test_a_period_above_the_story_does_not_date_it():
    page = """<html><body>
      <div class="ticker"><a href="/t">Tippspiel +++ Woche 4 +++ 28.01.2022 – 29.01.2022</a></div>
      <article>
        <h1>Harbour ferry returns after a long winter pause</h1>
        <p class="meta">Anna Weber — 2. Februar 2022</p>
        <p>The ferry across the harbour runs again from Monday, the operator said on Tuesday,
        after repairs to its landing stage took longer than planned during the cold months.</p>
        <p>Commuters had used a bus around the bay for eleven weeks, a trip that took them
        forty minutes instead of ten, and the town council had asked for a quicker fix.</p>
        <p>The operator said the new landing stage would last for thirty years at least.</p>
      </article></body></html>"""
    article = newsparse.parse(page, format="html")
    assert article.published == dt.datetime(2022, 2, 2)


def test_a_period_under_the_headline_leaves_the_markup_date():
    page = """<html><head><meta name="date" content="2022-03-01"></head><body><article>
        <h1>Harbour festival returns with a longer programme this spring</h1>
        <p class="when">Hafenfest 02.05.2022 – 05.05.2022</p>
        <p>The harbour festival returns in May with four days of music, boats and food stalls
        along the quay, the organisers said on Tuesday when they presented the programme.</p>
        <p>Last year's festival drew about twenty thousand visitors over a single weekend, and
        the town council had asked for more days so that the quay would be less crowded.</p>
        <p>Tickets for the evening concerts go on sale at the harbour office next week.</p>
      </article></body></html>"""
    article = newsparse.parse(page, format="html")
    assert article.published == dt.datetime(2022, 3, 1)


def test_shown_date_is_the_line_s_date_unless_it_states_a_period():
    from newsparse.classify.dates import parse_date_line, shown_date

    assert shown_date("Updated 20 September 2016, 14:05 GMT") == parse_date_line("Updated 20 September 2016, 14:05 GMT")
    assert parse_date_line("28.01.2022 – 29.01.2022") is not None
    assert shown_date("28.01.2022 – 29.01.2022") is None
    assert shown_date("09/10/2016", month_first=True).month == 9

"""Dates the reader sees: date lines of the page ("20 septembre 2016 à 14h05") and the URL.

Used when the page's markup states no date, or to take the offset the markup left out.
Month names come from :mod:`newsparse.data.dates` (English, German, French, Spanish,
Italian, Portuguese, Dutch, Polish, Czech, Swedish, Danish, Norwegian, Finnish, Turkish,
Hungarian, Romanian, Russian); numeric dates are read year first ("2016-09-20",
"2016/09/20", "2016年9月20日", "2016년 9월 20일") or day first unless the page is American. Relative dates
("2 hours ago") need a reference time and are read only when one is given. A date is
timezone-aware only when the line states an offset ("+02:00", "GMT", "UTC").
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re

from ..data import dates as D

# Years outside this range are not publication dates of web pages.
MIN_YEAR, MAX_YEAR = 1990, 2100
# Date lines are short; a long block that holds a date is prose that mentions one.
DATE_LINE_MAX_CHARS = 120

_DIGIT = re.compile(r"\d")
_MONTH = "|".join(sorted((re.escape(m) for m in D.MONTH_NUMBERS), key=len, reverse=True))
# "20 September 2016", "20. September 2016", "20 de septiembre de 2016", "1er mai 2020".
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:er|st|nd|rd|th|º|°)?\.?\s{{1,3}}(?:de\s{{1,3}})?(?P<month>{_MONTH})\.?,?"
    r"\s{1,3}(?:de\s{1,3}|del\s{1,3})?(?P<year>\d{4})\b",
    re.IGNORECASE,
)
# "September 20, 2016", "Sept. 20th 2016".
_DAY_THEN_YEAR = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?P<year>\d{4})\b"
_MONTH_DAY_YEAR = re.compile(rf"\b(?P<month>{_MONTH})\.?\s{{1,3}}{_DAY_THEN_YEAR}", re.IGNORECASE)
# Its day and year alone: a line without them cannot hold the date, and this search skips
# from digit to digit where the month names are tried at every word (most of the cost of
# reading a line that holds no date).
_DAY_THEN_YEAR_SCREEN = re.compile(_DAY_THEN_YEAR, re.IGNORECASE)
# "2016-09-20", "2016/09/20", "2016.09.20", the Korean and Hungarian "2016. 9. 20.", the
# Chinese and Japanese "2016年9月20日" and the Korean "2016년 9월 20일".
_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})(?:[-/]|\.\s?|年\s?|년\s?)(?P<month>\d{1,2})(?:[-/]|\.\s?|月\s?|월\s?)(?P<day>\d{1,2})"
    r"(?:日|일|(?!\d))"
)
# The year first, then the month's name: the Hungarian "2019. március 5.", a dot after the
# year and after the day (without them, "Juli 2010 Juni 2010 Mai 20", a list of archive
# months cut short, would read as a day).
_YEAR_MONTH_DAY = re.compile(
    rf"(?<!\d)(?P<year>\d{{4}})\.\s{{1,3}}(?P<month>{_MONTH})\s{{1,3}}(?P<day>\d{{1,2}})\.",
    re.IGNORECASE,
)
# Its year, a dot and a space before a word: the screen a line passes before the months
# are tried.
_YEAR_THEN_WORD_SCREEN = re.compile(r"(?<!\d)\d{4}\.\s{1,3}[^\W\d_]")
# "20.09.2016", "20/09/2016", "09/20/2016".
# (Digits, not word boundaries, delimit it: markup glues "Erstellt am09.02.2022".)
# (Dotted dates may have a space after each dot: "4. 2. 2022".)
_NUMERIC = re.compile(r"(?<!\d)(?P<a>\d{1,2})(?:[./]|\. )(?P<b>\d{1,2})(?:[./]|\. )(?P<year>\d{4})(?!\d)")
# "28.09.19": the short year, written with dots and two digits each (version numbers
# such as "2.10.19" are not zero-padded).
_SHORT_YEAR = re.compile(r"(?<![\d.])(?P<a>\d{2})\.(?P<b>\d{2})\.(?P<year>\d{2})(?![\d.])")
# The word a clock time may end with ("14.05 Uhr"), itself optional.
_CLOCK_SUFFIX = rf"(?:\s?(?:{'|'.join(map(re.escape, D.CLOCK_SUFFIXES))}))?"
# A clock time after the date: "14:05", "2:15pm", "14h05", "14.05 Uhr", with an offset.
_TIME = re.compile(
    r"(?P<hour>\d{1,2})(?::|h|\.|時)(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s?(?P<ampm>[ap]\.?m\.?)?"
    + _CLOCK_SUFFIX
    + r"(?:\s?(?P<zone>(?:gmt|utc|z)?\s?(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?))?",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"(?:(?:{'|'.join(map(re.escape, D.RELATIVE_BEFORE))})\s)?(?P<n>\d{{1,3}})\s(?P<unit>[^\W\d_]+)"
    rf"(?:\s(?P<after>{'|'.join(map(re.escape, D.RELATIVE_AFTER))}))?",
    re.IGNORECASE,
)
_QUOTED_POST = re.compile(D.QUOTED_POST_HANDLE)
# What may stand between the two ends of a period: a joiner, with a clock time or a
# weekday's comma around it ("28.01.2022, 10:00 – 29.01.2022").
_PERIOD_JOINER = re.compile(
    rf"^[\s,]*(?:\d{{1,2}}[:.h]\d{{2}}{_CLOCK_SUFFIX}[\s,]*)?"
    rf"(?:{'|'.join(map(re.escape, sorted(set(D.PERIOD_JOINERS), key=len, reverse=True)))})[\s,]*$",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(rf"\b(?:{'|'.join(map(re.escape, D.PUBLISHED_MARKERS))})\b", re.IGNORECASE)
_MODIFIED = re.compile(rf"\b(?:{'|'.join(map(re.escape, D.MODIFIED_MARKERS))})\b", re.IGNORECASE)

# Dates in URL paths: /2016/09/20/, /2016-09-20-, /20160920/, and day first: /29-10-2021.
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:[-/_.]|$)"
    r"|/(?P<compact>(?:19|20)\d{6})(?:[-/_.]|$)"
    r"|/(?P<dday>[0-3]?\d)-(?P<dmonth>[01]?\d)-(?P<dyear>(?:19|20)\d{2})(?:[-/_.]|$)"
)

# The patterns a date line is read with, in order, each with the cheaper screen a line must
# pass first (or None).
_READINGS = (
    (_ISO, None), (_DAY_MONTH_YEAR, None), (_MONTH_DAY_YEAR, _DAY_THEN_YEAR_SCREEN), (_NUMERIC, None),
    (_SHORT_YEAR, None), (_YEAR_MONTH_DAY, _YEAR_THEN_WORD_SCREEN),
)


def parse_date_line(
    text: str, *, month_first: bool = False, reference: _dt.datetime | None = None,
) -> _dt.datetime | None:
    """The date a short line states ("Updated 20 September 2016, 14:05 GMT"), or None.

    Args:
        text: one line of the page.
        month_first: read ``09/10/2016`` as September 10 (US pages) rather than October 9.
        reference: the time the page was fetched; relative dates ("2 hours ago", "vor 2
            Stunden") are read only with one.

    Returns:
        The date, with its time when the line gives one, timezone-aware only when the line
        states an offset; None when the line holds no date (or is too long to be a date
        line).
    """
    if len(text) > DATE_LINE_MAX_CHARS or _DIGIT.search(text) is None:
        # (Every date and relative time this reads holds a digit.)
        return None
    for pattern, screen in _READINGS:
        if screen is not None and screen.search(text) is None:
            continue
        match = pattern.search(text)
        if match is None:
            continue
        day = _day(match, month_first)
        if day is None:
            continue
        return _with_time(day, text[match.end() : match.end() + 40])
    if reference is not None:
        return _relative(text, reference)
    return None


def is_relative_date_line(text: str) -> bool:
    """Whether a short line states a time relative to the reader's ("1 day ago", "vor 2
    Stunden", "hace 3 horas"): a date line, although no date can be read from it without
    the time the page was fetched.

    Args:
        text: one line of the page.

    Returns:
        True for a line of at most ``DATE_LINE_MAX_CHARS`` characters holding a relative
        time of :data:`~newsparse.data.dates.RELATIVE_UNITS`.
    """
    if len(text) > DATE_LINE_MAX_CHARS or _DIGIT.search(text) is None:
        return False
    return _relative(text, _dt.datetime(2000, 1, 1)) is not None


def is_modified_line(text: str) -> bool:
    """Whether a date line gives the modification time ("Updated ...", "Aktualisiert ...")."""
    return _MODIFIED.search(text) is not None


def is_published_line(text: str) -> bool:
    """Whether a date line says it gives the publication time ("Veröffentlicht am ...")."""
    return _PUBLISHED.search(text) is not None and not is_modified_line(text)


def opens_as_timestamp(text: str) -> bool:
    """Whether a line opens with a publication or update marker and gives a number.

    "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM" and "Published Tue, Dec 20 2016
    10:32 AM EST" are time stamps even when :func:`parse_date_line` reads no date from
    them (no year, or the year glued to the time).

    Args:
        text: one line of the page.

    Returns:
        True for a line of at most ``DATE_LINE_MAX_CHARS`` characters that starts with a
        marker of :data:`~newsparse.data.dates.PUBLISHED_MARKERS` or
        :data:`~newsparse.data.dates.MODIFIED_MARKERS` and holds a digit.
    """
    if len(text) > DATE_LINE_MAX_CHARS or _DIGIT.search(text) is None:
        return False
    opening = text.lstrip(" \t-–—|•·:")
    return _PUBLISHED.match(opening) is not None or _MODIFIED.match(opening) is not None


def dates_quoted_post(text: str) -> bool:
    """Whether a date line signs a quoted social post ("— Jane Doe (@jdoe) 16 May 2018")."""
    return _QUOTED_POST.search(text) is not None


def states_period(text: str) -> bool:
    """Whether a short line states a period, two dates joined by a dash or a word ("28.01.2022
    – 29.01.2022", "2 May 2022 to 5 May 2022"): the dates of an event, a match day or an
    offer, which no page is published on twice.

    Args:
        text: one line of the page.

    Returns:
        True when the line (at most ``DATE_LINE_MAX_CHARS`` characters) holds two dates of
        one reading, one after the other, with only a joiner of
        :data:`~newsparse.data.dates.PERIOD_JOINERS` (and a clock time) between them.
    """
    if len(text) > DATE_LINE_MAX_CHARS or _DIGIT.search(text) is None:
        return False
    for pattern, screen in _READINGS:
        if screen is not None and screen.search(text) is None:
            continue
        for first, second in itertools.pairwise(pattern.finditer(text)):
            if _PERIOD_JOINER.match(text[first.end() : second.start()]) is not None:
                return True
    return False


def shown_date(text: str, *, month_first: bool = False) -> _dt.datetime | None:
    """The date a line shows as the page's own day: :func:`parse_date_line`'s reading,
    unless the line states a period (:func:`states_period`), whose first day is an event's,
    not the page's.

    Args:
        text: one line of the page.
        month_first: read ``09/10/2016`` as September 10 (US pages) rather than October 9.

    Returns:
        The date, or None.
    """
    shown = parse_date_line(text, month_first=month_first)
    return None if shown is None or states_period(text) else shown


def is_ambiguous(text: str) -> bool:
    """Whether the line writes its date as "09/10/2016": day or month first is a guess."""
    return (_NUMERIC.search(text) or _SHORT_YEAR.search(text)) is not None and _ISO.search(text) is None


def url_date(url: str | None) -> _dt.datetime | None:
    """The day a URL path states (``/2016/09/20/``, ``/20160920/``, ``/29-10-2021``), or None."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    scheme = path.find("://")
    if scheme >= 0:
        slash = path.find("/", scheme + 3)
        path = path[slash:] if slash >= 0 else ""
    for match in _URL_DATE.finditer(path):
        if match.group("compact"):
            digits = match.group("compact")
            found = _make(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        elif match.group("dyear"):
            found = _make(int(match.group("dyear")), int(match.group("dmonth")), int(match.group("dday")))
        else:
            found = _make(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if found is not None:
            return found
    return None


def _day(match: re.Match, month_first: bool) -> _dt.datetime | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if year < 100:
        # A short year is this century's (pages older than 2000 wrote it in full).
        year += 2000
    if "a" in groups:
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12 or (not month_first and b <= 12):
            day, month = a, b
        else:
            month, day = a, b
    else:
        month_word = groups["month"]
        number = int(month_word) if month_word.isdigit() else D.MONTH_NUMBERS.get(month_word.lower().rstrip("."))
        if number is None:
            return None
        month, day = number, int(groups["day"])
    return _make(year, month, day)


def _make(year: int, month: int, day: int) -> _dt.datetime | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return _dt.datetime(year, month, day)
    except ValueError:
        return None


def _with_time(day: _dt.datetime, after: str) -> _dt.datetime:
    match = _TIME.search(after)
    if match is None or match.start() > 12:
        return day
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.group("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day
    found = day.replace(hour=hour, minute=minute, second=int(match.group("second") or 0))
    zone = (match.group("zone") or "").strip().lower()
    offset = match.group("offset")
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        hours, minutes = (int(digits[:-2] or 0), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
        if hours <= 14 and minutes < 60:
            return found.replace(tzinfo=_dt.timezone(sign * _dt.timedelta(hours=hours, minutes=minutes)))
    elif zone in ("gmt", "utc", "z"):
        return found.replace(tzinfo=_dt.timezone.utc)
    return found


def _relative(text: str, reference: _dt.datetime) -> _dt.datetime | None:
    for match in _RELATIVE.finditer(text):
        seconds = D.RELATIVE_UNITS.get(match.group("unit").lower())
        before = match.group(0).lower().split()[0] in D.RELATIVE_BEFORE or any(
            match.group(0).lower().startswith(w + " ") for w in D.RELATIVE_BEFORE
        )
        if seconds is not None and (match.group("after") or before):
            return reference - _dt.timedelta(seconds=seconds * int(match.group("n")))
    return None

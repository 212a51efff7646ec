"""The cheap screens in front of the structure patterns never turn away a text a pattern matches."""

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import patterns as P
from newsparse.classify import structure as S

BYLINE_PIECES = [
    "By", "by", "BY", ":", " ", "/", "(", ")", "Written", "written by", "Posted on June 5, 2020 by",
    "Source:", "source :", "Author:", "Authors:", "Writers:", "Reporter:", "Correspondents:",
    "Reporting by", "(Additional reporting by", "Editing by", "Fact-checking by", "Compiled by",
    "Research by", "contributed to this report.", "Contributed reporting", "Jane Doe", "and", "\t",
    "Photographs by", "Text by", "Story by", "Words by", "Updated", "Published", "é", "ı",
    "Par", "Von", "Por", "Di", "Autor:", "Edited by", "|", " | ", "•", "著者：",
]
CREDIT_PIECES = [
    "AP", "AFP", "Photo", "photo", "PHOTO", "pHoTo", "by", "/", "(", ")", " ", "Getty Images",
    "Shutterstock", "credit", "Credit", ":", "x", "Jane", "Reuters", "REUTERS", "EPA", "EFE", "Pool",
    "iStockphoto", "NurPhoto", "SOPA Images", "LightRocket", "Alamy", "Bloomberg", "Corbis",
    "Xinhua", "video", "…", "...", "Images", "IMAGES", "courtesy of", "for", "ILLUSTRATION",
]


def _joined(pieces):
    return st.lists(st.sampled_from(pieces), min_size=1, max_size=8).map("".join)


@given(_joined(BYLINE_PIECES))
def test_byline_screen_keeps_every_byline(text):
    text = text.strip()
    if not text or len(text) > P.BYLINE_MAX_CHARS:
        return
    folded = " ".join(text.split())
    if S._CREDIT.search(folded) or (len(folded) < 120 and S._CONTRIBUTED.search(folded)):
        assert S._may_be_credit(text.lower())


@given(st.one_of(_joined(BYLINE_PIECES), st.text(max_size=40)))
def test_byline_screen_in_two_parts_is_one_search(text):
    # The screen is a match at the start and a search after the marks: the same verdict as
    # one search for a screen word at the start or after a mark.
    low = text.lower()
    one_search = re.compile(rf"(?:^|[|•·/(]\s*)(?:{S._SCREEN_ALTERNATION})").search(low) is not None
    assert S._may_be_credit(low) == (one_search or S._CONTRIBUTED_SCREEN in low)


@given(_joined(CREDIT_PIECES))
def test_credit_screen_keeps_every_credit(text):
    offset = max(0, len(text) - P.CAPTION_CREDIT_MAX_CHARS)
    if P.CAPTION_CREDIT.search(text, offset):
        assert P.CREDIT_HINT.search(text[offset:].lower()) or P.CREDIT_NAME.search(text, offset)


def test_screened_texts_still_parse():
    assert S.parse_byline("By Jane Doe and John Roe").names == ("Jane Doe", "John Roe")
    assert S.parse_byline("/ Source: Andrea Michell Reports").kind == "source"
    assert S.parse_byline("(Reporting by Jane Doe; Editing by John Roe)").names == ("Jane Doe",)
    assert S.parse_byline("Jane Doe contributed to this report.").names == ("Jane Doe",)
    assert S.parse_byline("Bypass surgery went well for the senator.") is None
    assert S.split_caption("A crowd gathers. (AP Photo/Jane Doe)").credit == "(AP Photo/Jane Doe)"


ascii_text = st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60)


@given(ascii_text)
def test_ascii_link_separators_are_a_bar_or_a_spaced_slash(text):
    # The page scorer reads ASCII lines this way instead of searching the pattern.
    assert (P.LINK_SEPARATOR.search(text) is not None) == ("|" in text or " / " in text)


@given(ascii_text)
def test_ascii_capitals_are_counted_by_shape(text):
    from newsparse.classify.features import _ASCII_SHAPE

    shaped = (b" " + text.encode().translate(_ASCII_SHAPE)).count(b" U")
    assert shaped == len(P.CAPITALISED_WORD.findall(text))


@given(st.text(alphabet=st.sampled_from(list("Nov 19, 2019 10:02 am-./ｘ١٢٣")), max_size=30))
def test_dates_hold_a_digit(text):
    from newsparse.classify.markup import _DATE_LINE

    if P.DATE_LIKE.search(text) or _DATE_LINE.search(text):
        assert P.DIGIT.search(text)


DATE_PIECES = [
    "September", "Sept.", "sept", "MAY", "Mai", "20", "1", "20th", "2nd", "ST", ",", " ", "  ", "2016",
    "20161", "Updated", "at", "14:05", "de", ".", "-", "x",
]


@example("Updated Sept. 20th, 2016 at 14:05")
@given(_joined(DATE_PIECES))
def test_month_day_year_screen_keeps_every_date(text):
    from newsparse.classify import dates as D

    if D._MONTH_DAY_YEAR.search(text):
        assert D._DAY_THEN_YEAR_SCREEN.search(text)

"""Properties over damaged pages and text: no crash, nothing lost, order kept, spans exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.testing.hostile import (
    check_outcome,
    hostile_html,
    html_pages,
    mutated_html,
    mutated_texts,
    truncations,
)

PARSER = newsparse.Parser(load_entrypoints=False)


def _is_subsequence(items, sequence) -> bool:
    iterator = iter(sequence)
    return all(any(item == candidate for candidate in iterator) for item in items)


@given(hostile_html())
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_hostile_html_parses_or_raises_our_error(page):
    check_outcome(PARSER, page, format="html")


@given(mutated_html())
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_pages_auto_detected_parse_or_raise_our_error(page):
    check_outcome(PARSER, page, format="auto")


@given(mutated_texts())
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_texts_parse_or_raise_our_error(text):
    result = check_outcome(PARSER, text, format="text")
    if isinstance(result, newsparse.Article):
        starts = [p.span.start for p in result.body]
        assert starts == sorted(starts), "body paragraphs out of source order"


@given(html_pages())
@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
def test_intact_pages_keep_their_paragraphs_in_order(page):
    result = check_outcome(PARSER, page.html, format="html")
    assert isinstance(result, newsparse.Article), result
    kept = [p for p in page.paragraphs if p in result.source]
    assert kept == list(page.paragraphs), "a paragraph of the page is missing from the text"
    body = [p.text for p in result.body]
    assert _is_subsequence([t for t in body if t in page.paragraphs], page.paragraphs)


@given(html_pages().flatmap(lambda page: st.tuples(st.just(page), truncations(page.html))))
@settings(max_examples=32, suppress_health_check=[HealthCheck.too_slow])
def test_truncated_pages_keep_everything_before_the_cut(pair):
    page, cut = pair
    result = check_outcome(PARSER, cut, format="html")
    if not cut.strip():
        assert isinstance(result, newsparse.EmptyInput), result
        return
    assert isinstance(result, newsparse.Article), result
    for paragraph in page.paragraphs:
        closed = cut.find(f"{paragraph}</p>")
        if closed != -1 and "<script" not in cut[closed:closed + 4]:
            assert paragraph in result.source, f"{paragraph[:40]!r} was before the cut but is lost"


@given(html_pages(), st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252"]))
@settings(max_examples=16, suppress_health_check=[HealthCheck.too_slow])
def test_pages_in_another_encoding_read_the_same(page, encoding):
    text = check_outcome(PARSER, page.html, format="html")
    data = page.html.encode(encoding, "strict")
    if encoding == "cp1252":
        # Without a matching <meta charset>, the page is told its encoding.
        again = check_outcome(PARSER, data, format="html", encoding=encoding)
    else:
        again = check_outcome(PARSER, data, format="html")
    assert [p.text for p in again.body] == [p.text for p in text.body]


_ADDRESS_PIECES = st.sampled_from(["http://", "https://", "//", "[", "]", "::1", "zz", ":", "99999999", "/",
                                   "?", "#", "%zz", "@", "example.com", " ", "\x00", "\u00e9", "javascript:"])


@given(address=st.lists(_ADDRESS_PIECES, max_size=8).map("".join), as_url=st.booleans())
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_any_address_in_a_page_or_as_url_parses(address, as_url):
    quoted = address.replace("&", "&amp;").replace("'", "&#39;")
    page = (f"<html><head><base href='{quoted}'><link rel=canonical href='{quoted}'>"
            f"<meta property='og:url' content='{quoted}'><meta property='og:image' content='{quoted}'>"
            "</head><body><article><p>The council met on Tuesday and voted to approve the new"
            f" budget for the city's schools, <a href='{quoted}'>the minutes</a> show.</p>"
            f"<img src='{quoted}' alt='The council chamber'></article></body></html>")
    result = check_outcome(PARSER, page, format="html", url=address if as_url else None)
    assert isinstance(result, newsparse.Article), result
    assert "voted to approve" in result.text

"""Properties over hostile input for the rules that judge the stated language, the dates of a
period and the note on the author: never a traceback, never a wrong claim, never the body's
last text dropped."""

from __future__ import annotations

from html import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.classify import author_note, dates
from newsparse.data import language as LD
from newsparse.data import layout as L
from newsparse.document import BODY_LABELS, Decision, InputBlock, body_blocks
from newsparse.language import detect_misstated_language, language_sample
from newsparse.model import Label, Reason, Span
from newsparse.testing import check_article
from newsparse.testing.strategies import html_pages, paragraphs, synthetic_articles

PARSER = newsparse.Parser(load_entrypoints=False)

# Language tags as pages write them, well formed or not.
_TAGS = st.one_of(
    st.sampled_from(("", "x", "en_US", "zz-Latn-ZZ", "EN", "de-DE", "-", "en-", "_", "x" * 1000,
                     "i-klingon", "und", "zh-Hant-TW", "nb", "no", "sr", "hr", " en ", "en\u0000")),
    st.text(max_size=40),
)


@given(st.one_of(st.none(), _TAGS), st.lists(st.text(max_size=300), max_size=12))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_language_check_never_overrules_a_short_text(stated, lines):
    found = detect_misstated_language(stated, lines)
    if len(language_sample(lines)) < LD.LANGUAGE_OVERRIDE_MIN_CHARS:
        assert found is None
    assert found is None or (isinstance(found, str) and found)


@given(_TAGS, st.lists(paragraphs(), min_size=1, max_size=4))
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_language_check_never_overrules_with_a_short_sample_of_prose(stated, body):
    # Prose cut below the minimum: however foreign to the stated tag, it is not enough.
    lines = [text[: LD.LANGUAGE_OVERRIDE_MIN_CHARS // (2 * len(body))] for text in body]
    assert detect_misstated_language(stated, lines) is None


@given(st.text(max_size=200))
@settings(max_examples=300)
def test_states_period_never_raises(text):
    assert dates.states_period(text) in (True, False)


@given(st.text(alphabet="0123456789./-–— tomaybisJFMAJSOND:", max_size=80))
@settings(max_examples=300)
def test_states_period_never_raises_on_dates_and_joiners(text):
    assert dates.states_period(text) in (True, False)


@given(st.integers(1, 8), st.integers(0, 3), st.text(max_size=60))
@settings(max_examples=100)
def test_author_note_keeps_part_of_a_body_made_of_notes(count, embedded, tail):
    # Every body block opens with the author's name: at most the window is dropped, and a
    # body of few blocks keeps them all.
    texts = [f"Jane Roe is a writer {n} {tail}".strip() for n in range(count)]
    blocks, decisions, offset = [], [], 0
    for text in texts:
        blocks.append(InputBlock(text=text, span=Span(offset, offset + len(text)), tag="p"))
        decisions.append(Decision(label=Label.BODY, reason=Reason.PROSE, score=0.9))
        offset += len(text) + 2
    before = body_blocks(decisions)
    author_note.drop_author_notes(blocks, decisions, ["Jane Roe"])
    after = body_blocks(decisions)
    assert after, "the note on the author dropped the body's only text"
    if len(before) <= L.AUTHOR_NOTE_MIN_BLOCKS:
        assert after == before
    assert len(after) >= len(before) - L.AUTHOR_NOTE_WINDOW


def test_body_labels_include_the_body():
    # The property above builds its body from Label.BODY.
    assert Label.BODY in BODY_LABELS


def _with_language(html: str, tag: str) -> str:
    return html.replace("<html>", f'<html lang="{escape(tag, quote=True)}">', 1)


@given(html_pages(), _TAGS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_language_tag_keeps_the_article_consistent(page, tag):
    html = _with_language(page.html, tag)
    article = PARSER.parse(html, format="html")
    check_article(article)
    metadata = PARSER.load(html, format="html").metadata
    stated, unread = metadata.language, metadata.language_unread
    overruled = bool(stated) and article.language_source == "text"
    # stated_language is set exactly when a stated language was overruled by the text, or
    # when the page states none but gives a value that names none.
    assert (article.stated_language is not None) == (overruled or (stated is None and unread is not None))
    if article.stated_language is not None:
        assert article.stated_language == (stated if overruled else unread)
        assert article.language != article.stated_language
    # An overruled claim and an unread value are each said, once, and survive a round trip.
    said = [w for w in article.warnings if w.code == "language"]
    assert len(said) == overruled + (unread is not None)
    assert newsparse.article_from_json(newsparse.article_to_json(article)) == article


@given(synthetic_articles(boilerplate=False), st.sampled_from(("de", "fr", "pl", "en", "ja", "x", "en_US")))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_stated_language_is_the_markup_claim_the_text_overruled(article, tag):
    body = "".join(f"<p>{escape(text)}</p>" for text in article.body)
    html = f'<html lang="{tag}"><head><title>{escape(article.title)}</title></head><body><article>' \
           f"<h1>{escape(article.title)}</h1>{body}</article></body></html>"
    parsed = PARSER.parse(html, format="html")
    check_article(parsed)
    if parsed.stated_language is None:
        assert parsed.language_source in ("markup", None) or not PARSER.load(html, format="html").metadata.language
    else:
        assert parsed.language_source == "text"
        metadata = PARSER.load(html, format="html").metadata
        assert parsed.stated_language == (metadata.language or metadata.language_unread)

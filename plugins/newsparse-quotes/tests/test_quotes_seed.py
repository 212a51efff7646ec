"""The seed article: every quotation a reader finds, with the right speaker and cue."""

from __future__ import annotations

import newsparse_quotes
import pytest
from newsparse_quotes import QuotesExtractor, find_quotes

from newsparse.testing import check_annotations, make_parser


def _containing(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote contains {words!r}: {[q.text for q in quotes]}"
    return found[0]


@pytest.fixture(scope="module")
def quotes(quotes_seed_body):
    return find_quotes(quotes_seed_body)


def test_putin_statement(quotes, quotes_seed_body):
    quote = _containing(quotes, "Of course our opinions do not coincide")
    assert quote.kind == "direct"
    # "Putin" is the surname of the "Russian President Vladimir Putin" named earlier.
    assert quote.speaker == "Vladimir Putin"
    assert quote.speaker_mention == "Putin"
    assert quote.cue == "said"
    assert quote.text.endswith("negotiations table,")
    assert quote.span.slice(quotes_seed_body) == quote.text


def test_obama_statement(quotes):
    quote = _containing(quotes, "With respect to Syria")
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "Obama", "said")
    assert "Geneva follow-up to the first meeting," in quote.text


def test_cameron_partial_quote_resolved_from_pronoun(quotes, quotes_seed_body):
    quote = _containing(quotes, "a big difference")
    assert quote.kind == "partial"
    assert quote.speaker == "David Cameron"
    assert quote.speaker_mention == "He"
    assert quote.speaker_span.slice(quotes_seed_body) == "He"
    assert quote.cue == "said"
    assert quote.text.startswith("that there was “a big difference” between")


def test_putin_questions(quotes):
    quote = _containing(quotes, "Do you want to support these people?")
    assert "Do you want to supply arms to these people?" in quote.text
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "Vladimir Putin", "asked")


def test_putin_characterization(quotes):
    quote = _containing(quotes, "who kill their enemies and eat their organs")
    assert quote.kind == "partial"
    assert quote.speaker == "Vladimir Putin"


def test_reported_speech(quotes):
    quote = _containing(quotes, "the U.S. would arm the rebel forces")
    assert quote.kind == "indirect"
    assert quote.speaker == "Obama"
    assert quote.cue == "announced"


def test_dek_attributed_to_both_leaders(quotes_seed_dek):
    quote = _containing(find_quotes(quotes_seed_dek), "differing perspectives")
    assert quote.kind == "partial"
    assert quote.speaker == "Obama and Vladimir Putin"
    assert quote.speaker_mention == "President Obama and Russian President Vladimir Putin"
    assert quote.cue == "agreed"
    assert quote.text.endswith("on the Syrian civil war")


def test_extractor_on_the_hand_built_article(quotes_seed_article):
    annotations = QuotesExtractor().extract(quotes_seed_article)
    assert {a.kind for a in annotations} == {"quote"}
    assert {a.label for a in annotations} <= {"direct", "partial", "indirect"}
    dek = [a for a in annotations if a.field == "dek"]
    assert len(dek) == 1 and "differing perspectives" in dek[0].text
    by_text = {a.text: a for a in annotations if a.field == "text"}
    cameron = next(a for t, a in by_text.items() if "a big difference" in t)
    assert cameron.attributes["speaker"] == "David Cameron"
    assert cameron.attributes["speaker_mention"] == "He"
    assert quotes_seed_article.text[cameron.links["speaker"].start : cameron.links["speaker"].end] == "He"
    assert quotes_seed_article.text[cameron.links["cue"].start : cameron.links["cue"].end] == "said"


def test_parser_runs_the_plugin(quotes_seed_body, quotes_seed_dek):
    parser = make_parser(newsparse_quotes)
    source = (
        "Obama and Putin still far apart on Syria\n\n" + quotes_seed_dek + "\n\n" + quotes_seed_body
    )
    article = parser.parse(source, format="text")
    check_annotations(article)
    quotes = article.annotations_of("quote")
    assert any("Of course our opinions" in a.text for a in quotes)
    assert all(a.extractor == "quotes" for a in quotes)
    for annotation in quotes:
        field_text = article.field_text(annotation.field)
        for link in annotation.links.values():
            assert 0 <= link.start <= link.end <= len(field_text)

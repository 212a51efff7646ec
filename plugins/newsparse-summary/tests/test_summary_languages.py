"""The summary of an article in another language than English: its own sentences, its
own stopwords and stems."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_summary import SummaryExtractor, summarize
from newsparse_summary.text import ENGLISH, terms, vocabulary

from newsparse import Article, Paragraph, Span

GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sperren.",
    "Gutachter hatten zuvor Risse in zwei Pfeilern gefunden. Die Arbeiten dauern bis zum Frühjahr.",
    "Autofahrer müssen in dieser Zeit einen Umweg über die Umgehungsstraße nehmen.",
    "„Die Sicherheit der Bürger geht vor“, sagte die Oberbürgermeisterin nach der Sitzung.",
    "Die Busse des Nahverkehrs fahren weiter über eine Behelfsbrücke im Norden der Stadt.",
]


def _article(language: str | None) -> Article:
    body, offset = [], 0
    for text in GERMAN:
        body.append(Paragraph(text=text, span=Span(offset, offset + len(text))))
        offset += len(text) + 2
    return Article(title="Stadtrat sperrt die alte Brücke", body=body, language=language)


def test_an_article_in_another_language_is_summarised_with_its_own_sentences():
    # The ranking's structure, position and term overlap hold in any language; what it
    # chooses is copied from the text, so a German article gets German sentences.
    for language in ("de", None):
        article = _article(language)
        found = list(SummaryExtractor(sentences=2).extract(article))
        assert len(found) == 2
        assert [a.span.slice(article.text) for a in found] == [a.text for a in found]
        assert all(a.text in article.text for a in found)


def test_the_article_language_decides_the_terms():
    # The extractor reads Article.language: a German article is compared on German stems.
    article = _article("de-DE")
    found = [a.text for a in SummaryExtractor(sentences=2).extract(article)]
    assert found == summarize(article.text, sentences=2, title=article.title, language="de")


def test_german_terms_drop_function_words_and_join_inflections():
    assert terms("Die Brücken über den Fluss werden gesperrt", "de") == terms(
        "Der Brücke über dem Fluss wird gesperrt", "de"
    )
    assert "die" not in terms("Die Brücken über den Fluss", "de")
    # The English list keeps German function words as terms.
    assert "die" in terms("Die Brücken über den Fluss")


def test_french_elisions_are_cut_from_the_word():
    assert terms("L’homme qu’il a vu dans l'église", "fr") == terms("homme vu église", "fr")


def test_a_region_subtag_selects_the_language():
    assert vocabulary("de-CH") is vocabulary("de")
    assert vocabulary("pt_BR") is vocabulary("pt")
    assert vocabulary("EN-gb") is ENGLISH
    assert vocabulary(None) is ENGLISH


def test_a_language_without_a_snowball_stemmer_keeps_its_words():
    # No English stopwords or suffixes are applied to a language they do not describe.
    assert terms("Kiitos paljon kaikille ystäville", "xx") == [
        "kiitos",
        "paljon",
        "kaikille",
        "ystäville",
    ]


def test_near_duplicates_in_german_are_told_by_their_stems():
    # Two sentences that differ only in inflections are one sentence with German stems,
    # and the summary keeps one of them.
    text = (
        "Die Brücken der Stadt werden im Sommer gesperrt.\n\n"
        "Die Brücke der Stadt wird im Sommer gesperrt.\n\n"
        "Autofahrer müssen einen Umweg über die Umgehungsstraße nehmen.\n\n"
        "Der Nahverkehr fährt über eine Behelfsbrücke im Norden."
    )
    chosen = summarize(text, sentences=2, language="de")
    assert len(chosen) == 2
    assert chosen[0] == "Die Brücken der Stadt werden im Sommer gesperrt."
    assert "Die Brücke der Stadt wird im Sommer gesperrt." not in chosen


@pytest.mark.parametrize("language", ["de", "fr", "es", "pt", "it", "ru", "no", "pl", "ja"])
@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=200), pick=st.integers(min_value=0))
def test_a_stopword_of_the_language_adds_no_term(language, text, pick):
    stopwords = sorted(vocabulary(language).stopwords)
    assert all(terms(text, language))
    if stopwords:
        word = stopwords[pick % len(stopwords)]
        assert terms(f"{text} {word}", language) == terms(f"{text} ", language)


def test_a_stemmer_the_installed_library_lacks_leaves_words_unstemmed(monkeypatch):
    # An older PyStemmer behind snowballstemmer knows fewer languages: the stop list
    # still applies, the words stay whole.
    from newsparse_summary import text

    monkeypatch.setattr(text.snowballstemmer, "algorithms", lambda: ["english"])
    text._vocabulary_of.cache_clear()
    try:
        assert terms("Die Brücken über den Fluss", "de") == ["brücken", "fluss"]
    finally:
        monkeypatch.undo()
        text._vocabulary_of.cache_clear()
    assert terms("Die Brücken über den Fluss", "de") == ["bruck", "fluss"]

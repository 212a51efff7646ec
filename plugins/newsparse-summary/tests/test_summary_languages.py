"""The summary of an article in another language than English: its own sentences."""

from __future__ import annotations

from newsparse_summary import SummaryExtractor

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


def test_the_language_does_not_change_what_is_chosen():
    # No English-only step is switched by the language: the choice depends on the text.
    chosen = {lang: [a.text for a in SummaryExtractor(sentences=2).extract(_article(lang))]
              for lang in ("de", "en", None)}
    assert chosen["de"] == chosen["en"] == chosen[None]

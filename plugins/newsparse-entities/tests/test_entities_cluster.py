"""Mention clustering, canonical names, titles and types on short texts."""

from __future__ import annotations

from newsparse_entities import EntityFinder, find_entities


def by_text(mentions):
    return {m.text: m for m in mentions}


def test_surname_and_title_join_full_name():
    text = "Barack Obama spoke on Monday. Later, President Obama said Obama's plan would work."
    mentions = find_entities(text)
    people = [m for m in mentions if m.label == "PERSON"]
    assert [m.text for m in people] == ["Barack Obama", "Obama", "Obama"]
    assert {m.entity_id for m in people} == {"e1"}
    assert {m.canonical for m in people} == {"Barack Obama"}
    assert people[1].title == "President"
    assert text[people[2].end :].startswith("'s")


def test_possessive_curly_apostrophe():
    text = "Vladimir Putin spoke. Putin’s spokesman, Dmitry Peskov, said nothing."
    people = {m.text: m for m in find_entities(text) if m.label == "PERSON"}
    assert "Putin" in people and "Putin’s" not in people
    assert people["Putin"].canonical == "Vladimir Putin"
    assert people["Putin"].entity_id == people["Vladimir Putin"].entity_id
    assert people["Dmitry Peskov"].entity_id != people["Putin"].entity_id


def test_different_people_with_one_surname_stay_apart():
    text = "George Bush met Jeb Bush in Texas. George Bush smiled."
    mentions = [m for m in find_entities(text) if m.label == "PERSON"]
    ids = {m.text: m.entity_id for m in mentions}
    assert ids["George Bush"] != ids["Jeb Bush"]


def test_country_names_share_a_canonical_name():
    text = "The United States and Germany signed. The U.S. will pay, officials in Germany said."
    mentions = find_entities(text)
    us = [m for m in mentions if m.text in {"United States", "U.S."}]
    assert len(us) == 2 and len({m.entity_id for m in us}) == 1
    assert {m.canonical for m in us} == {"United States"} and {m.label for m in us} == {"GPE"}


def test_acronym_joins_organisation():
    text = "The United Nations met in Geneva. A UN spokesman said the talks would go on."
    mentions = by_text(find_entities(text))
    assert mentions["United Nations"].label == "ORG"
    assert mentions["UN"].entity_id == mentions["United Nations"].entity_id


def test_role_and_title_attributes():
    text = "British Prime Minister David Cameron met German Chancellor Angela Merkel in Berlin."
    mentions = by_text(find_entities(text))
    assert mentions["David Cameron"].title == "Prime Minister"
    assert mentions["David Cameron"].role == "British Prime Minister"
    assert mentions["Angela Merkel"].title == "Chancellor"
    assert mentions["Angela Merkel"].role == "German Chancellor"
    assert mentions["Berlin"].label == "GPE"


def test_fields_share_entities():
    finder = EntityFinder()
    caption, body = finder.find_in(["Barack Obama at the summit.", "President Obama said no."])
    assert caption[0].entity_id == body[0].entity_id == "e1"
    assert body[0].canonical == "Barack Obama"


def test_event_after_name():
    mentions = by_text(find_entities("Leaders met at the G8 summit in Northern Ireland."))
    assert mentions["G8 summit"].label == "EVENT"
    assert mentions["Northern Ireland"].label == "GPE"


def test_credit_names():
    text = "AFP PHOTO / JEWEL SAMAD (Photo by Jewel Samad/AFP/Getty Images)"
    mentions = find_entities(text)
    people = [m for m in mentions if m.label == "PERSON"]
    assert [m.text for m in people] == ["JEWEL SAMAD", "Jewel Samad"]
    assert len({m.entity_id for m in people}) == 1 and people[0].canonical == "Jewel Samad"
    assert {m.text for m in mentions if m.label == "ORG"} == {"AFP", "Getty Images"}


def test_empty_and_plain_text():
    assert find_entities("") == []
    assert find_entities("nothing to see here, all lower case.") == []


def test_title_case_headline_takes_names_from_the_body():
    headline = "Clinton Wades In: Urges Britain To Remain In European Union"
    body = (
        "Hillary Clinton has waded into the debate, backing President Obama's advice that "
        "Britain should remain in the European Union."
    )
    title, text = EntityFinder().find_in([headline, body])
    assert [(m.text, m.label) for m in title] == [
        ("Clinton", "PERSON"),
        ("Britain", "GPE"),
        ("European Union", "ORG"),
    ]
    ids = {m.text: m.entity_id for m in text}
    assert title[0].entity_id == ids["Hillary Clinton"]
    assert title[0].canonical == "Hillary Clinton"


def test_place_is_never_a_surname():
    texts = ["Obama Urges Britain To Stay", "Britain should stay, Barack Obama said in London."]
    title, text = EntityFinder().find_in(texts)
    assert {m.label for m in title + text if m.text == "Britain"} == {"GPE"}


def test_subject_of_said():
    assert [
        (m.text, m.label) for m in find_entities("The plan is bad, Murphy said on Friday.")
    ] == [("Murphy", "PERSON")]
    # A capitalised first word of a sentence is not a name because "said" follows it.
    assert find_entities("Police said the man fled.") == []


class OddEngine:
    """An engine that returns spans out of range, reversed, and with unknown labels."""

    name = "odd"

    def spans(self, texts, tokens):
        return [[(0, 5, "WHATEVER"), (3, 2, "PERSON"), (10_000, 10_010, "ORG")] for _ in texts]


def test_engine_output_is_sanitised():
    mentions = EntityFinder(OddEngine()).find("Alpha beta gamma.")
    assert [(m.text, m.label) for m in mentions] == [("Alpha", "MISC")]


def test_generator_of_texts():
    groups = EntityFinder().find_in(t for t in ["Barack Obama spoke.", "Obama left."])
    assert [len(g) for g in groups] == [1, 1] and groups[0][0].entity_id == groups[1][0].entity_id

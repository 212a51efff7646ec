"""How the body of crawler text is decoded: breaks at settled lines, and the headline test."""

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.classify import body_model
from newsparse.classify.pipeline import _breaks, first_pass
from newsparse.data import layout as L

PARSER = newsparse.Parser(load_entrypoints=False)

_PARA = (
    "Die Stadtwerke haben am Montag neue Pläne für das alte Hafenbecken vorgestellt, in dem bis zum Ende "
    "des Jahrzehnts mehrere hundert Wohnungen entstehen sollen, wie die Sprecherin der Verwaltung sagte."
)
_PARA2 = (
    "Der Gemeinderat soll im Frühjahr über den Entwurf abstimmen; bis dahin können Bürgerinnen und Bürger "
    "ihre Einwände schriftlich einreichen oder an einer der drei Informationsrunden im Rathaus teilnehmen."
)

_scores = st.lists(st.floats(min_value=-6, max_value=6, allow_nan=False), max_size=30)


@given(_scores, st.sampled_from([0.5, 1.5, 3.0]))
def test_breaks_of_nothing_decode_as_no_breaks(values, cost):
    assert body_model.decode(values, cost, [0.0] * len(values)) == body_model.decode(values, cost)


@given(_scores, st.sampled_from([0.5, 1.5]), st.data())
def test_a_break_never_adds_a_block_to_the_body(values, cost, data):
    breaks = data.draw(st.lists(st.sampled_from([0.0, 0.5, 2.0]), min_size=len(values), max_size=len(values)))
    with_breaks = body_model.decode(values, cost, breaks)
    # The body's total evidence is what the path without breaks could at best reach.
    def total(path, costs):
        gained = sum(v for v, b in zip(values, path) if b)
        switches = sum(1 for i, b in enumerate(path) if b != (path[i - 1] if i else False))
        stays = sum(costs[i] for i in range(1, len(path)) if path[i] and path[i - 1])
        return gained - cost * switches - stays

    assert total(with_breaks, breaks) >= total(body_model.decode(values, cost), breaks) - 1e-9


def test_a_break_cuts_a_weak_line_off_the_body():
    # Leaving the body costs a switch, so a doubtful last line rides along with the story
    # without a break; across one it must pay.
    assert body_model.decode([3.0, 3.0, -0.8], 1.5) == [True, True, True]
    assert body_model.decode([3.0, 3.0, -0.8], 1.5, [0.0, 0.0, 1.0]) == [True, True, False]
    # A paragraph that reads as body beyond doubt pays it.
    assert body_model.decode([3.0, 3.0, 3.0], 1.5, [0.0, 0.0, 1.0]) == [True, True, True]


def _open_and_breaks(document):
    first = first_pass(document, PARSER.rules)
    open_blocks = [i for i, d in enumerate(first.decisions) if d is None]
    return [document.blocks[i].text for i in open_blocks], _breaks(document, first.decisions, open_blocks)


def test_a_line_settled_as_boilerplate_breaks_crawler_text_there():
    text = "\n\n".join(["Neues Viertel am Hafen", _PARA, _PARA2, "Impressum", "Ein Satz zum Schluss."])
    document = PARSER.load(text, format="text")
    texts, breaks = _open_and_breaks(document)
    assert breaks is not None and len(breaks) == len(texts)
    after = texts.index("Ein Satz zum Schluss.")
    assert breaks[after] == L.TEXT_BREAK_COST
    assert not any(breaks[:after])


def test_html_pages_decode_without_breaks():
    html = f"<html><body><article><p>{_PARA}</p><p>Impressum</p><p>{_PARA2}</p></article></body></html>"
    document = PARSER.load(html, format="html")
    assert _open_and_breaks(document)[1] is None


def test_a_teaser_of_several_sentences_is_not_taken_for_the_headline():
    # A headline is one sentence: a teaser of three, the last a question, stays in the text.
    teaser = "Die Stadt plant ein neues Viertel am Hafen. Wer soll dort wohnen? Und wer bezahlt das alles?"
    text = "\n\n".join(
        ["Neues Viertel am Hafen | Stadtanzeiger", "Startseite", "Lokales", "Neues Viertel am Hafen",
         teaser, _PARA, _PARA2, "Impressum"]
    )
    article = PARSER.parse(text, format="text")
    assert article.title == "Neues Viertel am Hafen"
    assert [p.text for p in article.body][:2] == [teaser, _PARA]


def test_a_one_sentence_headline_above_the_story_still_goes_to_the_head():
    text = "\n\n".join(["Startseite", "Neues Viertel am Hafen geplant", _PARA, _PARA2, "Impressum"])
    article = PARSER.parse(text, format="text")
    assert article.title == "Neues Viertel am Hafen geplant"
    assert article.body[0].text == _PARA

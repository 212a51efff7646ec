"""The body's end in crawler text: a short last line that names a social network, a
messenger or an app store the story never names sends the reader away, in any language."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.classify import ending
from newsparse.classify.ending import trim_named_platform_end
from newsparse.data import link_targets as T
from newsparse.document import Decision, InputBlock
from newsparse.model import Label, Reason

PARSER = newsparse.Parser(load_entrypoints=False)

STORIES = {
    "de": (
        "Neue Brücke über den Fluss eröffnet",
        (
            "Die neue Fußgängerbrücke über den Fluss wurde am Samstag nach zwei Jahren Bauzeit "
            "eröffnet, und die Bürgermeisterin sprach von einem guten Tag für die ganze Stadt.",
            "Die Kosten lagen deutlich über der ersten Schätzung, weil der Boden am Ufer weicher "
            "war als erwartet und der Preis für Stahl im letzten Jahr stark gestiegen ist.",
            "Nach Angaben der Stadt sparen Pendler zu Fuß bis zu zwanzig Minuten am Tag, weil "
            "der Umweg über die alte Brücke entfällt und der Weg nun beleuchtet ist.",
            "Ein zweiter Abschnitt flussaufwärts soll im nächsten Frühjahr folgen, sobald der "
            "Stadtrat die nötigen Mittel im kommenden Haushalt bewilligt hat.",
        ),
    ),
    "es": (
        "El nuevo puente ya está abierto",
        (
            "El nuevo puente peatonal sobre el río se inauguró el sábado después de dos años de "
            "obras, y la alcaldesa habló de un buen día para toda la ciudad y para sus barrios.",
            "Los costes superaron con creces la primera estimación, porque el terreno de la "
            "orilla era más blando de lo previsto y el precio del acero subió durante el año.",
            "Según el ayuntamiento, quien va al trabajo a pie ahorra hasta veinte minutos al día, "
            "porque ya no hace falta el rodeo por el puente viejo y el camino está iluminado.",
            "Un segundo tramo río arriba debería llegar la próxima primavera, en cuanto el pleno "
            "apruebe los fondos necesarios en su próximo presupuesto municipal.",
        ),
    ),
    "en": (
        "New footbridge opens over the river",
        (
            "The new footbridge over the river opened on Saturday after two years of work, and "
            "the mayor spoke of a good day for the whole city and for its neighbourhoods.",
            "Costs ran well above the first estimate, because the ground on the bank was softer "
            "than expected and the price of steel rose sharply over the last year.",
            "According to the city, people who walk to work save up to twenty minutes a day, "
            "since the detour over the old bridge is gone and the path is now lit at night.",
            "A second section upstream should follow next spring, once the council approves the "
            "money it needs in its coming budget.",
        ),
    ),
}

CALLS = {
    "de": (
        "Unsere App mit allen Nachrichten aus der Stadt und dem Wetter für die Region gibt es "
        "kostenlos für iOS und Android."
    ),
    "es": (
        "¿Ya sabías que en nuestro diario tenemos un canal de Telegram con las noticias más "
        "importantes del día? Únete desde tu celular con este enlace de invitación."
    ),
    "en": (
        "For the latest stories, the local weather and breaking news updates from the city, "
        "download the Riverside Daily apps for iOS and Android today."
    ),
}


def text_page(title: str, paragraphs: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def body_and_reasons(text: str, format: str = "text") -> tuple[list[str], dict[str, str]]:
    body = [p.text for p in PARSER.parse(text, format=format).body]
    reasons = {e.block.text: e.decision.reason for e in PARSER.explain(text, format=format)}
    return body, reasons


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_call_to_follow_below_the_story_leaves_the_body(language, monkeypatch):
    title, story = STORIES[language]
    call = CALLS[language]
    text = text_page(title, [*story, call])
    with monkeypatch.context() as patched:
        patched.setattr(ending, "trim_named_platform_end", lambda *args: None)
        assert call in body_and_reasons(text)[0]  # the line model alone keeps it
    body, reasons = body_and_reasons(text)
    assert call not in body
    assert reasons[call] == Reason.OUTSIDE_BODY
    assert story[-1] in body and story[0] in body


def test_a_story_that_names_the_platform_keeps_its_last_paragraph():
    title, story = STORIES["en"]
    about = [
        story[0].replace("the mayor spoke", "the mayor wrote on Instagram"),
        *story[1:],
        "By Sunday evening the mayor's post about the opening on Instagram had been shared more "
        "than ten thousand times, most of them by people who live near the river.",
    ]
    assert len(about[-1]) <= T.PLATFORM_END_MAX_CHARS
    body, _ = body_and_reasons(text_page(title, about))
    assert about[-1] in body


def test_a_long_last_paragraph_naming_a_platform_stays():
    title, story = STORIES["en"]
    last = (
        "Debates about the bridge were rare until this year, and the first one on the local radio "
        "drew a larger audience than any council meeting in memory; the mayor, who once ran a "
        "small design studio in the old town, now also works for Facebook."
    )
    assert len(last) > T.PLATFORM_END_MAX_CHARS
    body, _ = body_and_reasons(text_page(title, [*story, last]))
    assert last in body


def test_a_platform_named_as_part_of_a_longer_word_is_no_platform():
    title, story = STORIES["de"]
    last = (
        "Die YouTuberin Anna Berger aus dem Nachbarort filmte die Eröffnung und zeigte den Film "
        "am Abend im Gemeindesaal, wo sich viele Anwohner versammelt hatten."
    )
    body, _ = body_and_reasons(text_page(title, [*story, last]))
    assert last in body


def test_a_call_inside_the_story_stays():
    title, story = STORIES["de"]
    call = CALLS["de"]
    body, _ = body_and_reasons(text_page(title, [*story[:2], call, *story[2:]]))
    assert call in body


def block(text: str) -> InputBlock:
    return InputBlock(text=text, span=(0, len(text)))


PROSE = Decision(label=Label.BODY, reason=Reason.PROSE)


def test_the_last_blocks_are_dropped_while_they_name_a_platform():
    texts = ["A story's paragraph.", "Another paragraph of it.", "Share to Twitter", "A last paragraph."]
    decisions: list[Decision | None] = [PROSE] * len(texts)
    trim_named_platform_end([block(t) for t in texts], decisions)
    assert decisions == [PROSE] * len(texts)  # the last block names none: nothing leaves
    texts[-1] = "Get the app on Google  Play."
    trim_named_platform_end([block(t) for t in texts], decisions)
    assert [d.reason for d in decisions] == [Reason.PROSE, Reason.PROSE] + [Reason.OUTSIDE_BODY] * 2


def test_at_most_two_such_lines_leave():
    texts = [
        "A story's paragraph.", "Another paragraph of it.", "Still more of the story.",
        "Folgen Sie uns auf Instagram.", "Unsere App für iOS.", "Unser Kanal auf YouTube.",
    ]
    decisions: list[Decision | None] = [PROSE] * len(texts)
    trim_named_platform_end([block(t) for t in texts], decisions)
    assert [d.reason for d in decisions] == [Reason.PROSE] * 4 + [Reason.OUTSIDE_BODY] * 2


def test_a_body_of_two_blocks_is_left_alone():
    texts = ["A story's one paragraph.", "Follow us on Facebook."]
    decisions: list[Decision | None] = [PROSE] * len(texts)
    trim_named_platform_end([block(t) for t in texts], decisions)
    assert decisions == [PROSE] * len(texts)


def test_html_pages_are_left_to_their_links():
    title, story = STORIES["de"]
    call = "Noch mehr Nachrichten aus der Stadt bekommen Sie jeden Morgen in unserem Kanal bei WhatsApp."
    html = (
        '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Brücke</title></head>'
        f'<body><article><h1>{title}</h1>' + "".join(f"<p>{p}</p>" for p in [*story, call])
        + "</article></body></html>"
    )
    body, _ = body_and_reasons(html, format="html")
    assert call in body

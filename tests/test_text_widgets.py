"""Crawler text: a story cut by an inline widget stays one story, and the widget stays out."""

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)
TITLE = "La sequía deja los embalses en su nivel más bajo en una década"
BEFORE = [
    "La autoridad regional del agua informó el jueves de que los embalses han caído a su nivel más bajo "
    "en diez años tras el verano más seco desde que hay registros.",
    "Las autoridades pidieron a los hogares que reduzcan su consumo en una quinta parte y advirtieron de "
    "que podría prohibirse el riego de jardines si el tiempo sigue seco.",
    "Los agricultores del valle dijeron que ya han perdido parte de la cosecha y pidieron ayuda para "
    "pagar el transporte de agua en camiones cisterna hasta sus fincas.",
]
# "Read also", a related headline and its author's name: short lines the model doubts.
WIDGET = ["Lea también", "Los incendios forestales se multiplican en el norte", "Ana García"]
AFTER = [
    "Un portavoz de la autoridad dijo que la situación se revisará cada día y que, sin lluvias abundantes "
    "en otoño, los niveles de los embalses apenas cambiarán en los próximos meses, por lo que pidió "
    "paciencia a los vecinos.",
    "Los bomberos advirtieron además del riesgo de incendios, porque el suelo de los bosques que rodean el "
    "lago está más seco que en muchos años, y cerraron varias zonas de barbacoa durante el fin de semana.",
]


def crawler_text(middle: list[str]) -> str:
    """A page as crawler text: title line, menu, headline, the story with ``middle`` inside it."""
    lines = [f"{TITLE} | El Diario del Valle", "Inicio", "Región", "Deportes", "Cultura", TITLE, "12.08.2022",
             *BEFORE, *middle, *AFTER, "Aviso legal", "Contacto"]
    return "\n\n".join(lines)


def test_the_paragraphs_past_an_inline_widget_stay_in_the_body():
    article = PARSER.parse(crawler_text(WIDGET), format="text")
    assert [p.text for p in article.body] == [*BEFORE, *AFTER]


def test_the_widget_inside_the_story_goes_to_boilerplate():
    article = PARSER.parse(crawler_text(WIDGET), format="text")
    dropped = {b.text for b in article.boilerplate}
    assert set(WIDGET) <= dropped


def test_the_story_without_a_widget_is_read_whole():
    article = PARSER.parse(crawler_text([]), format="text")
    assert [p.text for p in article.body] == [*BEFORE, *AFTER]


def test_the_second_decoding_joins_below_the_body_only():
    from newsparse.classify.pipeline import _across_widgets, _rescued

    # A paragraph on either side of the body, each past three doubted lines: entering and
    # leaving cost 1.5 each, so neither pays alone; with each line's doubt bounded, the
    # story would go on across the lines to both.
    # (The line scored -0.3, a time stamp say, is doubted less than the bound: still out.)
    scores = [2.5, -2.0, -2.0, -2.0, 2.5, 2.5, 2.5, -2.0, -0.3, -2.0, 2.5, -3.0]
    chars = [500] * len(scores)
    path = _rescued(scores, chars, 1.5)
    assert path == [False] * 4 + [True] * 3 + [False] * 5
    widened = _across_widgets(path, scores, chars, 1.5, 0.0, None)
    # The paragraph below rejoins; the doubted lines stay out, and so does the paragraph
    # above the body's first block (where the headline and the teasers stand).
    assert widened == [False] * 4 + [True] * 3 + [False] * 3 + [True, False]


def test_the_second_decoding_leaves_an_empty_body_empty():
    from newsparse.classify.pipeline import _across_widgets

    scores = [-3.0, -2.0, -4.0]
    assert _across_widgets([False] * 3, scores, [0] * 3, 1.5, 0.0, None) == [False] * 3


def test_the_bound_is_taken_after_the_modes_shift():
    from newsparse.classify.pipeline import _across_widgets, _rescued

    # A weak paragraph far below the body, past six lines the model rejects: no widget.
    # A recall-like shift of +0.75 must not lift those lines above the bound (were the
    # bound taken before the shift, each would cost nothing and the body run to the end).
    scores = [2.5, 2.5, 2.5, *[-3.0] * 6, 1.0, -3.0]
    chars = [500] * len(scores)
    path = _rescued(scores, chars, 1.5, 0.75)
    assert path == [True] * 3 + [False] * 8
    assert _across_widgets(path, scores, chars, 1.5, 0.75, None) == path

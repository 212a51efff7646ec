"""The safety net against lost articles: when the main container is the wrong box, the
article's paragraphs still reach the body, and ``explain`` says why."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.classify import rescue
from newsparse.data.layout import DEK_MAX_WORDS
from newsparse.document import Document, InputBlock
from newsparse.model import Reason, Span

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = tuple(
    " ".join(words.split())
    for words in (
        """Der neue Radweg entlang des Flusses wurde am Samstag nach zwei Jahren Bauzeit
        eröffnet, und die Bürgermeisterin sprach von einem guten Tag für die ganze Stadt.""",
        """Die Kosten lagen deutlich über der ersten Schätzung, weil der Boden am Ufer weicher
        war als erwartet und die Preise für Stahl im vergangenen Jahr stiegen.""",
        """Pendler sparen nach Angaben der Stadt bis zu zwanzig Minuten am Tag, weil der Umweg
        über die alte Brücke nicht mehr nötig ist und die Strecke beleuchtet wird.""",
        """Ein zweiter Abschnitt weiter flussaufwärts soll im nächsten Frühjahr folgen, sobald
        der Gemeinderat das Geld dafür in seinem nächsten Haushalt freigegeben hat.""",
        """Anwohner hatten sich lange für den Weg eingesetzt, nachdem es auf der Landstraße
        mehrere schwere Unfälle mit Radfahrern gegeben hatte, zuletzt im vergangenen Herbst.""",
    )
)

COMMENTS = tuple(
    f"Leserin {i} schreibt: Das ist eine gute Nachricht, aber warum hat es so lange gedauert, "
    f"und wer bezahlt am Ende die Mehrkosten, die jetzt entstanden sind? Ich finde, die Stadt "
    f"hätte früher planen müssen, dann wäre vieles einfacher gewesen. Beitrag {i}."
    for i in range(12)
)


def html(body: str) -> str:
    return (
        '<!doctype html><html lang="de"><head><meta charset="utf-8">'
        "<title>Neuer Radweg eröffnet</title></head><body>" + body + "</body></html>"
    )


def paragraphs(texts, tag: str = "p") -> str:
    return "".join(f"<{tag}>{t}</{tag}>" for t in texts)


def body_texts(page: str) -> list[str]:
    return [p.text for p in PARSER.parse(page, format="html").body]


def test_an_opinion_piece_named_commentary_beats_a_larger_comment_thread():
    page = html(
        '<div class="sect news commentary"><article class="sectbody"><h1>Neuer Radweg eröffnet</h1>'
        + paragraphs(STORY) + "</article></div>"
        + '<div class="sect sect_commentlinks"><ul class="thread">'
        + "".join(f'<li class="member"><div class="objlink"><p>{c}</p></div></li>' for c in COMMENTS)
        + "</ul></div>"
    )
    body = body_texts(page)
    assert body[: len(STORY)] == list(STORY)
    assert not set(COMMENTS) & set(body)


def test_a_page_wrapper_named_for_a_menu_does_not_empty_the_page():
    # Off-canvas menu scripts wrap the whole page in a box named for the menu.
    page = html(
        '<div class="mmenu-page-wrapper"><nav><a href="/">Start</a> <a href="/a">Aktuelles</a></nav>'
        '<div class="text-block"><h1>Neuer Radweg eröffnet</h1>' + paragraphs(STORY) + "</div>"
        "<footer><p>Impressum</p></footer></div>"
    )
    assert body_texts(page) == list(STORY)


def test_a_container_holding_little_loses_to_a_long_run_of_paragraphs():
    # The only box with a name that says "content" holds a short teaser; the story sits in
    # an unnamed, deeply nested box further down.
    teaser = "Lesen Sie auch unseren Bericht über die neue Brücke, die im Sommer eröffnet wird."
    page = html(
        f'<div class="content main-content"><p>{teaser}</p></div>'
        '<div class="tab-pane"><div class="accordion"><div class="accordion__content">'
        '<div class="accordion__item" style="">'
        + "".join(f'<div class="accordion__text">{t}</div><div class="spacer">&nbsp;</div>' for t in STORY)
        + "</div></div></div></div>"
    )
    article = PARSER.parse(page, format="html")
    kept = [p.text for p in article.body]
    assert all(t in kept for t in STORY)
    explained = {e.block.text: e.decision.reason for e in PARSER.explain(page, format="html")}
    assert {explained[t] for t in STORY} <= {Reason.PROSE, Reason.PROSE_OUTSIDE_MAIN}


def test_a_lede_cut_off_by_a_newsletter_box_stays_in_the_story():
    page = html(
        '<div class="page"><header class="article-header"><h1>Neuer Radweg eröffnet</h1>'
        f"<p>{STORY[0]}</p></header>"
        '<div class="newsletter-signup"><h3>Unser Newsletter</h3><p>Jeden Morgen die wichtigsten '
        "Nachrichten.</p><form><input type=\"email\"><button>Anmelden</button></form></div>"
        '<div class="article-body">' + paragraphs(STORY[1:]) + "</div></div>"
    )
    assert body_texts(page) == list(STORY)
    reasons = {e.block.text: e.decision.reason for e in PARSER.explain(page, format="html")}
    assert reasons[STORY[0]] == Reason.PROSE_OUTSIDE_MAIN
    assert reasons["Jeden Morgen die wichtigsten Nachrichten."] != Reason.PROSE_OUTSIDE_MAIN


def _builder_section(texts) -> str:
    # A page builder's text box: every section of the text in a box of the same names.
    return (
        '<div class="row"><div class="column"><div class="inner"><div class="text-column">'
        '<div class="wrapper">' + paragraphs(texts) + "</div></div></div></div></div>"
    )


def test_a_text_set_in_repeated_builder_boxes_stays_whole_after_a_video():
    # The first box wins the container; the second, after a video box, is the same kind
    # of box and holds the rest of the text. What follows it in other boxes stays out.
    video = (
        '<div class="row"><div class="column"><div class="inner"><div class="video-wrapper">'
        "<div>Aktivieren Sie JavaScript, um das Video zu sehen.</div></div></div></div></div>"
    )
    about = (
        '<div class="row"><div class="column"><div class="inner"><div class="company-box">'
        "<p>Wir sind ein Verlag für Stadtgeschichte und schreiben seit zwanzig Jahren über "
        "die Wege, Brücken und Plätze unserer Region, für Leser jeden Alters.</p></div></div></div></div>"
    )
    page = html(
        "<h1>Neuer Radweg eröffnet</h1>" + _builder_section(STORY[:4]) + video
        + _builder_section(STORY[4:]) + about
    )
    assert body_texts(page) == list(STORY)
    reasons = {e.block.text: e.decision.reason for e in PARSER.explain(page, format="html")}
    assert reasons[STORY[4]] == Reason.PROSE_OUTSIDE_MAIN


def test_a_lede_in_a_box_of_its_own_above_a_date_line_opens_the_story():
    # The lede stands one level above the body's paragraphs, in a box of its own, and a
    # date line stands between it and the container.
    page = html(
        '<article class="node"><h2 class="title">Neuer Radweg eröffnet</h2>'
        f'<div class="field"><p>{STORY[0]}</p></div>'
        '<div class="row"><div class="meta">25.01.2022</div>'
        '<div class="article-content">' + paragraphs(STORY[1:]) + "</div></div></article>"
    )
    assert body_texts(page) == list(STORY)
    assert "25.01.2022" not in PARSER.parse(page, format="html").text



def test_a_lede_above_a_container_that_opens_with_a_photo_caption_opens_the_story():
    # The lede stands in a box of its own; the container's first block is a photo's
    # caption, not a paragraph. A paragraph between the headline and a credited photo
    # reads as the standfirst (in every language: "Foto:" as "Photo:"); either way the
    # lede opens the article's text and the credit is no paragraph.
    page = html(
        '<div class="page"><h1>Neuer Radweg eröffnet</h1>'
        '<div class="player"><div class="controls"><a href="/mp3">Herunterladen</a></div>'
        f"<p>{STORY[0]}</p></div>"
        '<div class="article-body"><div class="img-metadata">Der neue Radweg, Foto: Stadtverwaltung</div>'
        + paragraphs(STORY[1:]) + "</div></div>"
    )
    article = PARSER.parse(page, format="html")
    body = [p.text for p in article.body]
    opening = article.dek or body[0]
    assert opening == STORY[0]
    assert body[-len(STORY) + 1:] == list(STORY[1:])
    assert "Herunterladen" not in body
    assert not any("Stadtverwaltung" in p for p in body)


def test_no_lede_is_taken_from_above_the_headline():
    # Messages above the headline (a sign-up's thanks, hidden until used) are not its lede,
    # however article-like they read.
    thanks = (
        "Vielen Dank für Ihre Anmeldung. Sie erhalten in den nächsten Minuten eine E-Mail, "
        "mit der Sie Ihr Konto bestätigen und danach alle Artikel lesen können."
    )
    page = html(
        f'<div class="messagebox"><p>{thanks}</p></div>'
        '<div class="field"><h1>Neuer Radweg eröffnet</h1>'
        '<div class="img-metadata">Der neue Radweg, Foto: Stadtverwaltung</div>'
        + paragraphs(STORY) + "</div>"
    )
    assert thanks not in PARSER.parse(page, format="html").text

RECIPES = tuple(
    f"Rezept {i}: Ein schnelles Gericht mit Reis, Gemüse und Kräutern, fertig in zwanzig "
    f"Minuten und ideal für die ganze Familie, auch an langen Tagen."
    for i in range(10)
)


@pytest.mark.parametrize(
    "beside",
    [
        # A recipe carousel in the sidebar, larger than the article.
        '<aside class="sidebar"><div class="owl-carousel recipe-carousel">'
        + "".join(f'<div class="item"><p>{r}</p></div>' for r in RECIPES) + "</div></aside>",
        # Readers' comments read like an article; they count for little against it.
        '<section id="comments" class="comments">'
        + "".join(f'<div class="comment-body"><p>{c}</p></div>' for c in COMMENTS) + "</section>",
    ],
    ids=["recipe-carousel", "comment-thread"],
)
def test_a_short_article_keeps_its_container_beside_a_larger_box(beside):
    page = html('<article class="post"><h1>Neuer Radweg eröffnet</h1>' + paragraphs(STORY[:2]) + "</article>" + beside)
    assert body_texts(page) == list(STORY[:2])


def test_rescued_prose_is_explained():
    decisions = (
        newsparse.Decision(label="body", reason=Reason.PROSE),
        newsparse.Decision(label="boilerplate", reason=Reason.LINKS),
        newsparse.Decision(label="body", reason=Reason.PROSE),
    )
    out = rescue.explained(decisions, frozenset({1, 2}))
    assert [d.reason for d in out] == [Reason.PROSE, Reason.LINKS, Reason.PROSE_OUTSIDE_MAIN]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurz.", 0),
        ("Ein Satz, der lang genug ist, um als Absatz eines Artikels zu gelten, und mit Punkt endet.", 90),
        ("Ein Satz, der lang genug ist, um als Absatz eines Artikels zu gelten, aber nicht endet", 0),
        ("新しい自転車道が土曜日に開通し、市長は町全体にとって良い日だと述べた。", 35),
    ],
)
def test_article_chars(text, expected):
    block = InputBlock(text=text, span=Span(0, len(text)), tag="p")
    assert rescue.article_chars(block) == expected


def _document(flags: list[tuple[bool, int]]) -> Document:
    blocks = []
    position = 0
    for in_main, size in flags:
        text = ("Wort " * max(1, size // 5)).strip() + "." if size else "Menü"
        blocks.append(InputBlock(text=text, span=Span(position, position + len(text)), tag="p",
                                 depth=3, path="body>div>p", in_main=in_main))
        position += len(text) + 1
    return Document(source="\n".join(b.text for b in blocks), blocks=tuple(blocks), format="html")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.sampled_from([0, 0, 50, 120, 300])), max_size=40))
def test_widening_only_adds_blocks_to_the_main_content(flags):
    document = _document(flags)
    widened, joined = rescue.widen_main(document)
    assert len(widened.blocks) == len(document.blocks)
    for i, (old, new) in enumerate(zip(document.blocks, widened.blocks)):
        assert new.text == old.text
        assert new.in_main == (old.in_main or i in joined)
        assert not (old.in_main and i in joined)


def test_a_lede_above_a_box_of_dates_inside_the_container_opens_the_body():
    lede = STORY[0] + " " + STORY[4]
    dates = "".join(f"<li>{d}. November: Konzert in Köln</li>" for d in range(20, 24))
    page = html(
        '<div class="main"><h1>Neuer Radweg eröffnet</h1><div class="article_content">'
        f'<p>{lede}</p><aside class="related"><h2>Alle Termine</h2><ul>{dates}</ul><p>Tickets: Eventim</p></aside>'
        + paragraphs(STORY[1:4]) + "</div></div>"
    )
    body = body_texts(page)
    assert body[0] == lede
    assert body[-3:] == list(STORY[1:4])


def test_extend_to_lede_stops_at_a_longer_block_that_is_not_a_paragraph():
    texts = [
        STORY[0] + " " + STORY[4],
        "Eine Zeile ohne Satzende, die aber lang genug ist, um den Weg nach oben zu sperren",
        STORY[1],
    ]
    blocks, position = [], 0
    for text in texts:
        blocks.append(InputBlock(text=text, span=Span(position, position + len(text)), tag="p", in_main=True))
        position += len(text) + 1
    body = [False, False, True]
    assert rescue.extend_to_lede(blocks, [None, None, None], body, 2) == 2
    assert body == [False, False, True]
    body = [False, False, True]
    decided = newsparse.Decision(label="boilerplate", reason=Reason.LINKS)
    assert rescue.extend_to_lede(blocks, [None, decided, None], body, 2) == 0
    assert body == [True, False, True]


def test_extend_to_lede_on_plain_text_looks_past_a_short_line_the_model_leans_towards():
    # Crawler text: a teaser, then a note too short for a lede that the model leans
    # towards, then the story. The note does not bar the way up; a line as long that the
    # model doubts does.
    texts = [STORY[0] + " " + STORY[4], "Dieser Beitrag gehört zur Reihe Radwege in der Stadt", STORY[1]]
    blocks, position = [], 0
    for text in texts:
        blocks.append(InputBlock(text=text, span=Span(position, position + len(text))))
        position += len(text) + 1
    body = [False, False, True]
    assert rescue.extend_to_lede(blocks, [None, None, None], body, 2, [0.3, 0.4, 2.0]) == 0
    assert body == [True, False, True]
    body = [False, False, True]
    assert rescue.extend_to_lede(blocks, [None, None, None], body, 2, [0.3, -0.4, 2.0]) == 2
    assert body == [False, False, True]
    # Without the model's scores plain text is not extended at all.
    assert rescue.extend_to_lede(blocks, [None, None, None], [False, False, True], 2) == 2


def test_extend_to_lede_looks_past_a_widget_nested_outside_the_container():
    # A sign-up box of many short lines between the lede and the rest: its blocks lie
    # outside the main container, so they do not use up the window; as many decided
    # lines of the container's own do.
    from newsparse.data.containers import LEDE_WINDOW

    widget = [f"Newsletter {k}: jeden Morgen neu" for k in range(2 * LEDE_WINDOW)]
    texts = [STORY[0] + " " + STORY[4], *widget, STORY[1]]
    last = len(texts) - 1
    signup = newsparse.Decision(label="boilerplate", reason=Reason.OUTSIDE_MAIN)
    decisions = [None, *[signup] * len(widget), None]

    def blocks_with(widget_in_main: bool) -> list[InputBlock]:
        blocks, position = [], 0
        for k, text in enumerate(texts):
            in_main = k in (0, last) or widget_in_main
            blocks.append(InputBlock(text=text, span=Span(position, position + len(text)), tag="p", in_main=in_main))
            position += len(text) + 1
        return blocks

    body = [False] * last + [True]
    assert rescue.extend_to_lede(blocks_with(False), decisions, body, last) == 0
    assert body[0] and not any(body[1:last])
    body = [False] * last + [True]
    assert rescue.extend_to_lede(blocks_with(True), decisions, body, last) == last
    assert not any(body[:last])


def test_extend_to_lede_takes_a_lede_that_links_to_its_source():
    # The lede names the report it is about and links to it: more link text than a
    # paragraph rescued from outside the container may hold, less than a link list.
    texts = [STORY[0] + " " + STORY[4], "Teilen", STORY[1]]
    blocks, position = [], 0
    for text, density in zip(texts, (0.4, 1.0, 0.0)):
        blocks.append(InputBlock(
            text=text, span=Span(position, position + len(text)), tag="p", link_density=density, in_main=True,
        ))
        position += len(text) + 1
    share = newsparse.Decision(label="boilerplate", reason=Reason.LINKS)
    body = [False, False, True]
    assert rescue.extend_to_lede(blocks, [None, share, None], body, 2) == 0
    assert body == [True, False, True]
    blocks[0] = attrs.evolve(blocks[0], link_density=0.6)
    body = [False, False, True]
    assert rescue.extend_to_lede(blocks, [None, share, None], body, 2) == 2
    assert body == [False, False, True]


def test_a_sentence_mostly_in_a_link_between_two_paragraphs_stays_in_the_body():
    linked = ('Der neue Radweg ersetzt <a href="/alt">die alte Verbindung über die Landstraße, die '
              "seit vielen Jahren als gefährlich galt</a> und nun gesperrt wird.")
    page = html("<article><h1>Neuer Radweg eröffnet</h1>" + paragraphs(STORY[:2]) + f"<p>{linked}</p>"
                + paragraphs(STORY[2:]) + '<p><a href="/mehr">Alle Nachrichten aus der Stadt und der '
                "Region im Überblick, jeden Tag neu.</a></p></article>")
    texts = body_texts(page)
    assert texts[2].startswith("Der neue Radweg ersetzt die alte Verbindung")
    # A block that is one link whole stays out.
    assert not any(t.startswith("Alle Nachrichten") for t in texts)


def _page_of(texts) -> Document:
    # (text, in the main container, path) for each block.
    blocks, position = [], 0
    for text, in_main, path in texts:
        blocks.append(InputBlock(text=text, span=Span(position, position + len(text)), tag="div",
                                 depth=3, path=path, in_main=in_main))
        position += len(text) + 1
    return Document(source="\n".join(t for t, _, _ in texts), blocks=tuple(blocks), format="html")


def test_a_thread_in_boxes_named_for_comments_is_the_body_of_an_otherwise_empty_container():
    # The container holds a title and a note; the posts sit in boxes named for comments,
    # three paragraphs of the first post, then a reply after a gap of vote and date lines.
    texts = [("Radweg gesperrt?", True, "body>main>h2")]
    texts += [(t, False, "body>main>div.comment>div.comment-text") for t in STORY[:3]]
    texts += [(f"radler{i} schrieb am 3. Mai um 12:4{i}", False, "body>main>div.comment>div.comment-info")
              for i in range(4)]
    texts += [(STORY[3], False, "body>main>div.comment>div.comment-text")]
    texts += [("Zum Antworten bitte anmelden.", True, "body>main>div.note")]
    _, joined = rescue.widen_main(_page_of(texts))
    assert {1, 2, 3} <= joined


def test_every_post_of_a_thread_joins_an_empty_container():
    # A forum thread: the first post is long enough to be rescued; the reply, after the
    # poster's name, date and buttons, is too short to be rescued on its own, but it sits
    # in a box of the same names, so it is part of the same text.
    post = "body>div.thread>div.message>article.message-body>div.text-wrapper"
    info = "body>div.thread>div.message>div.message-user>div.user-details"
    texts = [("Radweg gesperrt?", True, "body>main>h1")]
    texts += [(t, False, post) for t in STORY[:3]]
    texts += [(f"radler{i} · Mitglied seit 2015 · Beiträge: 41{i}", False, info) for i in range(5)]
    texts += [(STORY[3], False, post), ("Danke, das hilft mir weiter!", False, post)]
    _, joined = rescue.widen_main(_page_of(texts))
    assert {1, 2, 3, 9, 10} <= joined
    assert not joined & set(range(4, 9))


def test_a_tickers_short_entries_join_an_empty_container_with_its_long_ones():
    # A live ticker whose entries stand in boxes named for comments: the long entries are
    # rescued; the short ones ("Ecke, nichts passiert.") stand in the very same element
    # and are entries too, while the minute marks beside them, in elements of their own,
    # stay out.
    entry = "body>main>div.live-comments>div.live-comment>div.live-comment-body"
    minute = "body>main>div.live-comments>div.live-comment>div.live-comment-time"
    texts = [("Live", True, "body>main>h2")]
    for i, text in enumerate(STORY[:3] + ("Ecke, nichts passiert.",) + STORY[3:]):
        texts += [(f"{90 - i * 5}'", False, minute), (text, False, entry)]
    _, joined = rescue.widen_main(_page_of(texts))
    entries = {i for i, (text, _, path) in enumerate(texts) if path == entry}
    assert entries <= joined
    assert not joined - entries


def test_a_listicles_cards_are_sections_while_teaser_cards_stay_out():
    tips = [
        (f"Ausflug {i}: Am See", " ".join([STORY[i % 5]] * 4))
        for i in range(4)
    ]
    cards = "".join(
        f'<article class="card"><h3>{title}</h3><div class="content"><p>{text}</p></div>'
        f'<div class="more"><a href="/tip/{i}">Mehr Info</a></div></article>'
        for i, (title, text) in enumerate(tips)
    )
    teasers = "".join(
        f'<article class="card"><h3>Weitere Meldung {i}</h3><p>Eine kurze Vorschau auf einen anderen '
        f'Beitrag der Redaktion.</p><a href="/m/{i}">mehr erfahren</a></article>'
        for i in range(4)
    )
    page = html(
        '<article class="single"><h1>Vier Ausflüge für den Herbst</h1><div class="contents">'
        "<p>Zugegeben, wir vermissen den Sommer schon, aber auch der Herbst hat rund um die Stadt "
        "einiges zu bieten, vom See bis zum Wald.</p>" + cards + teasers + "</div></article>"
    )
    texts = body_texts(page)
    assert all(text in texts for _, text in tips)
    assert not any(t.startswith("Eine kurze Vorschau") for t in texts)


def _blocks(rows: list[tuple[str, str, str, bool]]) -> Document:
    # (tag, path, text, in_main) per block, depth read from the path.
    blocks, position = [], 0
    for tag, path, text, in_main in rows:
        blocks.append(InputBlock(text=text, span=Span(position, position + len(text)), tag=tag,
                                 depth=path.count(">"), path=path, in_main=in_main))
        position += len(text) + 1
    return Document(source="\n".join(b.text for b in blocks), blocks=tuple(blocks), format="html")


TEXT_BOX = "body>div.column>div.text-column>div.wrapper"


@pytest.mark.parametrize("tag", ["h2", "h3", "div"])
def test_a_lede_set_in_another_tag_in_a_box_like_the_bodys_opens_it(tag):
    # A page builder puts the lede, set as a heading, in a text box of its own above the
    # box holding the rest: both boxes bear the same names.
    document = _blocks(
        [("h1", "body>div.column>h1", "Neuer Radweg eröffnet", False),
         (tag, f"{TEXT_BOX}>{tag}", STORY[0], False)]
        + [("p", f"{TEXT_BOX}>p", text, True) for text in STORY[1:]]
    )
    _, joined = rescue.widen_main(document)
    assert joined == {1}


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # A box of other names above the body: a standfirst, left to the head's rules.
        ("body>div.column>header.intro>div.teaser", STORY[0]),
        # A heading of the same box shorter than a lede (a paragraph's length, a sentence
        # and no more): a heading, left to the classifier.
        (f"{TEXT_BOX}>h2", "Der neue Radweg entlang des Flusses ist nach zwei Jahren Bauzeit am Samstag eröffnet worden."),
    ],
    ids=["other-box", "short-heading"],
)
def test_a_block_of_another_tag_joins_only_as_a_long_lede_in_a_box_like_the_bodys(path, text):
    document = _blocks(
        [("h1", "body>div.column>h1", "Neuer Radweg eröffnet", False),
         (path.rpartition(">")[2].partition(".")[0], path, text, False)]
        + [("p", f"{TEXT_BOX}>p", t, True) for t in STORY[1:]]
    )
    _, joined = rescue.widen_main(document)
    assert 1 not in joined


# A first paragraph too long for a standfirst (more than DEK_MAX_WORDS words).
LONG_LEDE = " ".join((STORY[0], STORY[1], STORY[2], "Die Arbeiten hatten sich mehrfach verzögert."))
ABSTRACT_BOX = "body>div.column>article>header.intro>div.field-abstract"


def _lede_above(between: list[tuple[str, str, str, bool]], tag: str = "div") -> Document:
    return _blocks(
        [("h1", "body>div.column>article>h1", "Neuer Radweg eröffnet", False),
         (tag, f"{ABSTRACT_BOX}>{tag}", LONG_LEDE, False)]
        + between
        + [("p", "body>div.column>article>div.story>div.text>p", t, True) for t in STORY[3:]]
    )


def test_a_paragraph_too_long_for_a_standfirst_above_the_body_opens_it_whatever_its_box():
    assert len(LONG_LEDE.split()) > DEK_MAX_WORDS
    # An abstract field in the article's header, of another tag and depth than the body's
    # paragraphs, with a share line between.
    _, joined = rescue.widen_main(_lede_above([("div", "body>div.column>article>div.share", "Teilen", False)]))
    assert 1 in joined


@pytest.mark.parametrize(
    ("between", "tag"),
    [
        ([("h2", "body>div.column>article>h2", "Aus dem Blog", False)], "div"),
        ([("p", "body>div.column>article>p.author", "Von Anna Beispiel", False)], "div"),
        ([], "li"),
    ],
    ids=["heading-between", "byline-between", "list-item"],
)
def test_a_long_paragraph_above_a_heading_or_byline_or_in_a_list_is_no_lede(between, tag):
    # A blog's description above a post's title, a transcript above the story's credit,
    # an item of a list: none opens the story below.
    _, joined = rescue.widen_main(_lede_above(between, tag))
    assert 1 not in joined

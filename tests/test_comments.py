"""Readers' comments: collected on request into Article.comments, never part of the body."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.classify.body_model import comments_start
from newsparse.classify.modes import MODES
from newsparse.testing import check_article
from newsparse.testing.hostile import html_pages
from newsparse.testing.strategies import comment_threads, hostile_texts
from newsparse.text import visible

_PROSE_EN = (
    "The council voted on Tuesday to close the old harbour bridge to cars from next spring, "
    "after engineers found that the steel beneath the deck had corroded far faster than expected."
)
_PROSE_EN_2 = (
    "Repairs are expected to take two years, and the council said it would run a free ferry "
    "between the two banks of the river for as long as the bridge stays closed to traffic."
)

ENGLISH_PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Harbour bridge to close</title></head>
<body><div class="site">
<article class="post">
 <h1>Harbour bridge to close to cars</h1>
 <div class="entry-content"><p>{_PROSE_EN}</p><p>{_PROSE_EN_2}</p></div>
</article>
<section id="comments" class="comments-area">
 <h2>2 Comments</h2>
 <ol class="comment-list">
  <li class="comment"><div class="comment-author">Gardener Joe says:</div>
   <div class="comment-meta">March 5, 2024 at 6:34 am</div>
   <div class="comment-content"><p>About time too, that bridge has been shaking for years.</p></div>
   <a class="comment-reply-link" href="#">Reply</a></li>
  <li class="comment"><div class="comment-author">Mia</div>
   <div class="comment-content"><p>What about the cyclists who cross it every morning?</p></div>
   <a class="comment-reply-link" href="#">Reply</a></li>
 </ol>
</section>
<footer class="site-footer"><p>© 2024 Harbour Times</p></footer>
</div></body></html>"""

_PROSE_DE = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für "
    "Autos zu sperren, nachdem Gutachter starke Korrosion an den Stahlträgern gefunden hatten."
)
_PROSE_DE_2 = (
    "Die Reparatur soll zwei Jahre dauern, und die Stadt will so lange eine kostenlose Fähre "
    "zwischen den beiden Ufern des Flusses fahren lassen, wie die Brücke gesperrt bleibt."
)

GERMAN_PAGE = f"""<!DOCTYPE html><html lang="de"><head><title>Hafenbrücke wird gesperrt</title></head>
<body><div class="seite">
<article class="artikel">
 <h1>Hafenbrücke wird für Autos gesperrt</h1>
 <div class="artikel-text"><p>{_PROSE_DE}</p><p>{_PROSE_DE_2}</p></div>
</article>
<div id="kommentare" class="kommentare">
 <h2>Kommentare</h2>
 <div class="kommentar"><div class="kommentar-autor">Hafenfreund</div>
  <div class="kommentar-datum">5. März 2024, 06:34</div>
  <p>Das wurde auch Zeit, die Brücke wackelt seit Jahren.</p>
  <a href="#">Antworten</a></div>
 <div class="kommentar"><div class="kommentar-autor">Radlerin</div>
  <p>Und was ist mit den Radfahrern, die jeden Morgen darüber fahren?</p>
  <a href="#">Antworten</a></div>
</div>
</div></body></html>"""

TEXT_PAGE = f"""Harbour bridge to close to cars

{_PROSE_EN}

{_PROSE_EN_2}

2 Comments

Gardener Joe on March 5, 2024 at 6:34 am said:

About time too, that bridge has been shaking for years.

Reply

Mia says:

What about the cyclists who cross it every morning?

Reply
"""


@pytest.fixture(scope="module")
def with_comments():
    return newsparse.Parser(load_entrypoints=False, comments=True)


@pytest.fixture(scope="module")
def without_comments():
    return newsparse.Parser(load_entrypoints=False)


def _check_spans(article):
    for comment in article.comments:
        assert comment.span.slice(article.source) == comment.text


_ENGLISH_THREAD = [
    ("Gardener Joe", "March 5, 2024 at 6:34 am", "About time too, that bridge has been shaking for years."),
    ("Mia", None, "What about the cyclists who cross it every morning?"),
]
_GERMAN_THREAD = [
    ("Hafenfreund", "5. März 2024, 06:34", "Das wurde auch Zeit, die Brücke wackelt seit Jahren."),
    ("Radlerin", None, "Und was ist mit den Radfahrern, die jeden Morgen darüber fahren?"),
]


@pytest.mark.parametrize(
    ("page", "format", "expected"),
    [
        pytest.param(ENGLISH_PAGE, "html", _ENGLISH_THREAD, id="english-comment-boxes"),
        pytest.param(GERMAN_PAGE, "html", _GERMAN_THREAD, id="german-comment-boxes"),
        pytest.param(TEXT_PAGE, "text", _ENGLISH_THREAD, id="plain-text-header-lines"),
    ],
)
def test_thread_is_read_with_authors_and_dates(with_comments, page, format, expected):
    article = with_comments.parse(page, format=format)
    assert [(c.author, c.date, c.text) for c in article.comments] == expected
    _check_spans(article)


@pytest.mark.parametrize("page", [ENGLISH_PAGE, GERMAN_PAGE, TEXT_PAGE])
def test_comments_stay_out_of_the_body_either_way(with_comments, without_comments, page):
    collected, plain = with_comments.parse(page), without_comments.parse(page)
    assert plain.comments == ()
    assert collected.body == plain.body and collected.boilerplate == plain.boilerplate
    assert collected.comments
    for comment in collected.comments:
        assert comment.text not in collected.text


def test_an_article_without_comments_has_none(with_comments):
    page = ENGLISH_PAGE.split("<section")[0] + "</div></body></html>"
    assert with_comments.parse(page).comments == ()


def test_comment_count_links_and_body_classes_open_no_section(with_comments):
    # WordPress marks the <body> "comments-open" and the header links to the comments:
    # neither is a comment box.
    page = ENGLISH_PAGE.split("<section")[0].replace(
        '<div class="site">', '<div class="site comments-open">'
    ).replace("<h1>", '<a class="comments-link" href="#c">3 comments</a><h1>') + "</div></body></html>"
    assert with_comments.parse(page).comments == ()


def test_json_omits_comments_when_there_are_none(without_comments):
    data = newsparse.article_to_dict(without_comments.parse(ENGLISH_PAGE))
    assert "comments" not in data


def test_json_round_trips_parsed_comments(with_comments):
    article = with_comments.parse(GERMAN_PAGE)
    assert newsparse.article_from_json(newsparse.article_to_json(article)) == article


@given(comment_threads())
def test_any_comment_thread_round_trips(thread):
    source, comments = thread
    article = newsparse.Article(source=source, comments=comments)
    assert newsparse.article_from_json(newsparse.article_to_json(article)) == article
    for comment in comments:
        assert comment.span.slice(source) == comment.text


def test_cli_comments_flag(tmp_path, monkeypatch):
    import json

    from click.testing import CliRunner

    from newsparse.cli import cli

    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")
    path = tmp_path / "page.html"
    path.write_text(GERMAN_PAGE, encoding="utf-8")
    runner = CliRunner()
    plain = json.loads(runner.invoke(cli, ["parse", "--format", "json", str(path)]).output)
    with_flag = json.loads(runner.invoke(cli, ["parse", "--format", "json", "--comments", str(path)]).output)
    assert "comments" not in plain
    assert [c["author"] for c in with_flag["comments"]] == ["Hafenfreund", "Radlerin"]


def test_microdata_alone_marks_the_comments(with_comments):
    # No class names: the schema.org types say where the comments are.
    page = ENGLISH_PAGE.split("<section")[0] + """
<div itemscope itemtype="https://schema.org/UserComments">
 <div>Gardener Joe says:</div>
 <p>About time too, that bridge has been shaking for years.</p>
</div>
<div itemscope itemtype="http://schema.org/Comment">
 <div>Mia wrote:</div>
 <p>What about the cyclists who cross it every morning?</p>
</div>
</div></body></html>"""
    article = with_comments.parse(page)
    assert [(c.author, c.text) for c in article.comments] == [
        ("Gardener Joe", "About time too, that bridge has been shaking for years."),
        ("Mia", "What about the cyclists who cross it every morning?"),
    ]


def _comment_thread_html(thread: tuple[str, tuple[newsparse.Comment, ...]]) -> str:
    from html import escape

    return '<div class="comments">' + "".join(
        (f'<div class="comment-author">{escape(c.author)}</div>' if c.author else "")
        + f"<p>{escape(c.text)}</p><a href='#'>Reply</a>"
        for c in thread[1]
    ) + "</div>"


@given(html_pages(), comment_threads(), st.sampled_from(MODES))
def test_comments_and_modes_never_change_what_the_article_keeps_once(page, thread, mode):
    # Whatever the page and the thread below it, every block still lands in one place, the
    # comments index the source, and collecting them changes nothing else.
    html = page.html.replace("</main>", "</main>" + _comment_thread_html(thread))
    plain = newsparse.Parser(load_entrypoints=False, mode=mode).parse(html)
    collected = newsparse.Parser(load_entrypoints=False, mode=mode, comments=True).parse(html)
    check_article(collected)
    assert attrs.evolve(collected, comments=()) == plain
    for comment in collected.comments:
        assert visible(comment.span.slice(collected.source)) == comment.text
        assert comment.text not in [p.text for p in collected.body]


@given(st.one_of(st.text(max_size=400), hostile_texts()))
def test_any_text_with_comments_parses_or_raises_our_error(text):
    try:
        article = newsparse.Parser(load_entrypoints=False, comments=True).parse(text)
    except newsparse.NewsparseError:
        return
    for comment in article.comments:
        assert visible(comment.span.slice(article.source)) == comment.text


@pytest.mark.parametrize(
    "line",
    [
        "42 Comments", "Leave a Reply", "Join the discussion",
        "Kommentare (3)", "Kommentar schreiben", "Hinterlasse einen Kommentar",
        "12 commentaires", "Laisser un commentaire", "Réactions",
        "Comentarios", "Deja un comentario", "Deixe um comentário", "Ver todos os comentários",
        "Lascia un commento", "Komentarze (5)", "Dodaj komentarz", "3 reacties", "Laat een reactie achter",
    ],
)
def test_comment_section_openers_in_every_language_end_the_story(line):
    texts = [_PROSE_EN, _PROSE_EN_2, line, "Great piece, thanks."]
    assert comments_start(texts, (0, 2)) == 2


@pytest.mark.parametrize(
    "line",
    # An opinion piece's label, and prose that mentions comments.
    ["Kommentar", "Komentarz", "Commentary", "Die Kommentare des Ministers waren deutlich."],
)
def test_labels_and_prose_open_no_comment_section(line):
    assert comments_start([_PROSE_EN, line, _PROSE_EN_2], (0, 1)) is None

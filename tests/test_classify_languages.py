"""Crawler text in languages other than English, and the net under near-empty bodies."""

from pathlib import Path

import newsparse
from newsparse.classify import classify
from newsparse.data import function_words
from newsparse.data import layout as L
from newsparse.model import Label

FIXTURES = Path(__file__).parent / "fixtures" / "text"
PARSER = newsparse.Parser(load_entrypoints=False)


def parse(name):
    return PARSER.parse((FIXTURES / name).read_text(encoding="utf-8"), format="text")


def body_lines(article):
    return [p.text for p in article.body]


def test_german_article_body_without_menus_or_footer():
    body = body_lines(parse("german_article.txt"))
    assert body[0].startswith("Nach vier Jahren Bauzeit")
    assert body[-1].startswith("Ab Montag fahren")
    assert len(body) == 5
    for line in ("Startseite", "Artikel teilen", "Impressum", "© 2024 Stadtanzeiger Nordhafen"):
        assert line not in body


def test_japanese_article_body_without_menus():
    body = body_lines(parse("japanese_article.txt"))
    assert body[0].startswith("港町に新しい市立図書館")
    assert body[-1].startswith("開館時間は")
    for line in ("ホーム", "この記事をシェア", "利用規約"):
        assert line not in body


def test_german_prose_reads_as_prose_to_the_first_pass():
    # The share of function words was English-only; German prose must clear the bound.
    line = "die alte brücke war seit dem winter gesperrt weil gutachter risse in den pfeilern gefunden hatten"
    words = line.split(" ")
    share = sum(w in function_words.ALL for w in words) / len(words)
    assert share >= L.PROSE_MIN_STOPWORDS


def test_every_language_list_is_lowercase_words():
    for lang, words in function_words.BY_LANGUAGE.items():
        assert len(lang) == 2 and words, lang
        assert all(w == w.lower() and " " not in w for w in words), lang


def test_doubting_model_still_finds_the_only_prose_run():
    # A model that doubts every line (as one trained on other pages may): the page's one
    # run of prose must still come back as its body, and the menus must not.
    document = PARSER.load((FIXTURES / "one_prose_run.txt").read_text(encoding="utf-8"), format="text")
    doubting = {"weights": {"bias": -6.0, "log_chars": 0.6}, "switch_cost": 1.5}
    decisions = classify(document, PARSER.rules, doubting)
    body = [b.text for b, d in zip(document.blocks, decisions) if d.label == Label.BODY]
    assert sum(map(len, body)) >= L.SMALL_BODY_CHARS
    assert body[0].startswith("Why the old pear tree")
    assert not {"Home", "Archive", "Tags", "Leave a comment"} & set(body)


def test_raising_the_scores_is_bounded():
    # A model certain that nothing on a menu page is body keeps it so.
    document = PARSER.load("Home\nAbout\nContact\nNews\nSport\n", format="text")
    certain = {"weights": {"bias": -30.0}, "switch_cost": 1.5}
    decisions = classify(document, PARSER.rules, certain)
    assert len(decisions) == 5
    assert Label.BODY not in {d.label for d in decisions}

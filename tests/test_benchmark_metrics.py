"""The scoring of the benchmark scripts: trafilatura's snippet metric, lost articles, the
postlight body start, site folds and the page-by-page comparison of two runs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "_metrics.py"
_SPEC = importlib.util.spec_from_file_location("bench_metrics", _PATH)
M = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(M)


def test_snippets_are_found_in_the_whitespace_normalised_body():
    body = "The bridge\nopened on   Saturday.\n\nShare this article"
    counts = M.snippet_counts(body, ["bridge opened", "on Saturday.", "the mayor"], ["Share this", "Cookies"])
    assert counts == M.SnippetCounts(tp=2, fn=1, fp=1, tn=1)
    assert not M.snippets_lost(counts)
    # Case is kept: a snippet in other case is not found.
    assert M.snippet_counts(body, ["THE BRIDGE"], []).tp == 0


def test_a_page_with_none_of_its_snippets_is_lost():
    assert M.snippets_lost(M.snippet_counts("Menu Home Contact", ["The bridge opened"], ["Menu"]))
    assert M.snippets_lost(M.snippet_counts("", ["The bridge opened"], []))
    # A page with nothing to find is never lost.
    assert not M.snippets_lost(M.snippet_counts("", [], ["Menu"]))


def test_counts_are_pooled_over_pages():
    pages = [M.SnippetCounts(3, 0, 0, 3), M.SnippetCounts(0, 3, 3, 0)]
    pooled = M.pooled_scores(pages)
    assert (pooled.precision, pooled.recall, pooled.f1) == (0.5, 0.5, 0.5)


def test_shingle_lost_needs_gold_text_and_a_body_that_misses_it():
    gold = "The new bridge over the river opened to traffic on Saturday after three years."
    assert M.shingles_lost(M.page_score("", gold), gold, "")
    menu = "Menu Home News Sport Contact us"
    assert M.shingles_lost(M.page_score(menu, gold), gold, menu)
    assert not M.shingles_lost(M.page_score(gold, gold), gold, gold)
    assert not M.shingles_lost(M.page_score("", ""), "", "")


def test_body_start_exact_gentle_and_lost():
    body = "Houston has promoted offensive coordinator Major Applewhite to head coach."
    assert M.starts_with_words(body, "Houston has promoted", 3)
    assert not M.starts_with_words("(Photo: AP) " + body, "Houston has promoted", 3)
    # Words glued at an element boundary still match once whitespace is removed.
    assert M.starts_with_text("Houston has promotedoffensive coordinator", "Houston has promoted offensive")
    assert not M.start_lost("(Photo: AP) " + body, "Houston has promoted offensive coordinator")
    assert M.start_lost("Sign up for our newsletter", "Houston has promoted offensive coordinator")
    assert M.start_lost("", "Houston has promoted")
    assert not M.start_lost("", "")


def test_body_start_words_glued_at_a_paragraph_break_match():
    # The reference glues element texts: "America.The" from two paragraphs.
    body = "Michelle Obama sees despair in America.\n\nThe first lady suggested it."
    assert M.starts_with_words(body, "Michelle Obama sees despair in America.The first", 7)
    assert M.starts_with_words(body, "Michelle Obama sees despair in America. The first", 7)
    assert M.starts_with_words("Le Monde.\nPar Jean", "Le Monde.Par", 2)
    # Inside a paragraph words are compared as they stand, and gluing never skips words.
    assert not M.starts_with_words("Michelle Obama sees despair", "MichelleObama sees", 2)
    assert not M.starts_with_words(body, "Michelle Obama sees despair in America.first", 6)
    # A reference body shorter than n words asks for a body as short.
    assert M.starts_with_words("Keynote by José Valim", "Keynote by José Valim", 13)
    assert not M.starts_with_words("Keynote by José Valim ...more", "Keynote by José Valim", 13)
    assert M.starts_with_words("", "", 13)
    assert not M.starts_with_words("Text", "", 13)


@given(st.lists(st.sampled_from(["a.com", "b.org", "c.net", "d.de", "e.fr"]), max_size=40), st.integers(1, 6))
def test_site_folds_keep_each_site_in_one_fold(sites, k):
    folds = M.site_folds(sites, k)
    assert len(folds) == k
    assert sorted(i for fold in folds for i in fold) == list(range(len(sites)))
    for site in set(sites):
        assert sum(any(sites[i] == site for i in fold) for fold in folds) == 1


def test_sites_are_read_from_urls_archives_and_file_names():
    assert M.site_of("https://www.zeit.de/politik/a.html") == "zeit.de"
    assert M.site_of("https://web.archive.org/web/20160330101229/http://muffinrezept.net/x") == "muffinrezept.net"
    assert M.site_of_file("jamaica.gleaner.com-victims.html.gz") == "jamaica.gleaner.com"
    assert M.site_of_file("zeit.de.zugverkehr.html.gz") == "zeit.de"


def test_compare_pages_lists_falls_and_rises_worst_first():
    old = {"a": {"score": 0.9}, "b": {"score": 0.5}, "c": {"score": 0.7}, "d": {"score": 1.0}}
    new = {"a": {"score": 0.4}, "b": {"score": 0.6}, "c": {"score": 0.6}, "d": {"score": 1.0}}
    worse, better = M.compare_pages(old, new)
    assert [key for key, _, _ in worse] == ["a", "c"]
    assert [key for key, _, _ in better] == ["b"]


def test_opening_text_puts_the_dateline_back_in_front():
    import newsparse

    text = ("Fed lifts rates\n\nWASHINGTON (Reuters) - The U.S. Federal Reserve raised interest rates on "
            "Wednesday and signaled a faster pace of increases next year, as the economy keeps growing.")
    article = newsparse.Parser(load_entrypoints=False).parse(text, format="text")
    assert article.dateline is not None and not article.text.startswith("WASHINGTON")
    assert M.opening_text(article).startswith("WASHINGTON (Reuters) - The U.S. Federal Reserve")
    assert M.opening_text("Text of another system") == "Text of another system"


_WORD = st.text(st.characters(whitelist_categories=("L", "N", "P")), min_size=1, max_size=6)


@given(st.lists(st.lists(_WORD, min_size=1, max_size=5), min_size=1, max_size=5), st.data())
def test_body_start_matches_the_reference_however_it_glued_paragraphs(paragraphs, data):
    # The reference joins element texts with a space or with nothing, boundary by boundary.
    glued = data.draw(st.lists(st.booleans(), min_size=len(paragraphs) - 1, max_size=len(paragraphs) - 1))
    reference = " ".join(paragraphs[0])
    for words, glue in zip(paragraphs[1:], glued):
        reference += ("" if glue else " ") + " ".join(words)
    n = data.draw(st.integers(1, 13))
    expected = " ".join(reference.split()[:n])
    body = "\n\n".join(" ".join(words) for words in paragraphs)
    assert M.starts_with_words(body, expected, n)

"""Inputs that once broke the contract, and a replay of the fuzzing corpus."""

from __future__ import annotations

import importlib.util
import pathlib

import pytest

import newsparse
from newsparse.testing.hostile import check_outcome

ROOT = pathlib.Path(__file__).resolve().parent.parent
PARSER = newsparse.Parser(load_entrypoints=False)


def _fuzz_target():
    spec = importlib.util.spec_from_file_location("fuzz_parse", ROOT / "fuzz" / "fuzz_parse.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FUZZ = _fuzz_target()
CORPUS = sorted((ROOT / "fuzz" / "corpus").iterdir())


def test_the_corpus_is_small_and_seeds_every_format():
    assert 20 <= len(CORPUS) <= 500
    assert sum(p.stat().st_size for p in CORPUS) < 1024 * 1024
    assert {FUZZ.decode_input(p.read_bytes())[0] for p in CORPUS} == {"auto", "text", "html"}


def test_the_fuzz_target_passes_on_its_corpus():
    for path in CORPUS:
        data = path.read_bytes()
        if (data[:1] or b"\x00")[0] // 4 % 3 == 2 and FUZZ.atheris is None:
            continue  # that kind needs atheris's FuzzedDataProvider
        FUZZ.TestOneInput(data)


def test_the_fuzz_target_reports_foreign_exceptions(monkeypatch):
    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(FUZZ.PARSER, "parse", broken)
    with pytest.raises(KeyError):
        FUZZ.TestOneInput(b"\x01some text")


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_bom_marked_wide_pages_are_html_not_binary(codec):
    # Once rejected as binary data (NUL bytes), then read as text (the sniffing decoded
    # the head as latin-1, where no tag shows).
    page = "<html><head><title>T</title></head><body><p>Some words in a paragraph.</p></body></html>"
    article = check_outcome(PARSER, page.encode(codec))
    assert isinstance(article, newsparse.Article) and article.format == "html"


def test_utf32_be_with_its_encoding_named_is_not_binary():
    # Leading NUL bytes matched the "binary data" signature even with encoding given.
    data = "A headline\n\nA paragraph.\n".encode("utf-32-be")
    article = check_outcome(PARSER, data, encoding="utf-32-be")
    assert isinstance(article, newsparse.Article) and "A paragraph." in article.source


def test_a_bom_character_alone_in_html_is_not_a_paragraph():
    # An encoding mark alone is no content at all.
    assert isinstance(check_outcome(PARSER, "\ufeff", format="html"), newsparse.EmptyInput)


def test_javascript_that_looks_like_a_long_tag_is_not_counted():
    # A real page's inline script ("for(a=0;a<e.length;a++)...") once counted as one
    # element with 853 attributes and the page was rejected.
    script = "<script>for(a=0;a<e.length;a++)" + "i=e[a],(o=i[0])in r||(c=n(m,i)||[],f=c[1]);" * 200 + "</script>"
    comment = "<!-- <div " + "a=b " * 1000 + "> -->"
    page = "<html><head>" + script + "<style>a<b " + "x " * 1000 + "</style></head><body>" + comment
    page += "<p>The text of the article, which reads like prose for a while.</p></body></html>"
    for source in (page, page.encode()):
        article = check_outcome(PARSER, source, format="html")
        assert isinstance(article, newsparse.Article), article
        assert "The text of the article" in article.source


def test_a_script_tag_spelled_with_a_long_s_is_markup_not_a_crash():
    # The markup scan matched "script" case-insensitively over Unicode, so "<\u017fcript "
    # (a long s) opened a script it had no closing pattern for, and a KeyError escaped.
    page = "<html><body><\u017fcript >x</\u017fcript><p>The text of the article, which reads like prose.</p>"
    article = check_outcome(PARSER, page, format="html")
    assert isinstance(article, newsparse.Article), article
    assert "The text of the article" in article.source

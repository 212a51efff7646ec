"""The public testing kit for plugin authors."""

import subprocess
import sys
import textwrap

import pytest

from newsparse import Annotation, Article, Caption, Paragraph, Span
from newsparse.testing import check_annotations, check_article, make_parser

ARTICLE = Article(
    title="Storm Hits Coast",
    captions=[Caption(text="Waves hit the pier.", span=Span(0, 19))],
    body=[Paragraph(text="The storm hit the coast.", span=Span(0, 24))],
)


def with_annotations(*annotations):
    import attrs

    return attrs.evolve(ARTICLE, annotations=annotations)


def test_check_annotations_accepts_consistent_annotations():
    check_annotations(with_annotations(
        Annotation(kind="x", span=Span(4, 9), text="storm"),
        Annotation(kind="x", field="title", span=Span(0, 5), text="Storm"),
        Annotation(kind="x", field="captions[0]", span=Span(0, 5), text="Waves"),
        Annotation(kind="doc"),
    ))


@pytest.mark.parametrize("bad", [
    Annotation(kind="x", span=Span(4, 9), text="wrong"),
    Annotation(kind="x", span=Span(0, 500)),
    Annotation(kind="x", field="captions[3]", span=Span(0, 1)),
    Annotation(kind="x", field="dek", span=Span(0, 1)),
    Annotation(kind="x", span=Span(0, 3), links={"speaker": Span(0, 999)}),
])
def test_check_annotations_catches_inconsistent_annotations(bad):
    with pytest.raises(AssertionError):
        check_annotations(with_annotations(bad))


def test_check_article_catches_a_span_that_does_not_slice_its_text():
    article = Article(source="abc def", body=[Paragraph(text="abd", span=Span(0, 3))])
    with pytest.raises(AssertionError):
        check_article(article)


@pytest.mark.parametrize("source", ["Kept.\n\nLost.", "Lost.\n\nKept.", "Kept. Lost."])
def test_check_article_catches_text_no_segment_accounts_for(source):
    start = source.index("Kept.")
    article = Article(source=source, body=[Paragraph(text="Kept.", span=Span(start, start + 5))])
    with pytest.raises(AssertionError, match="belongs to no segment"):
        check_article(article)


def test_check_article_accepts_blank_stretches_between_segments():
    source = "  Kept.\n\n\t Also kept. \n"
    body = [Paragraph(text="Kept.", span=Span(2, 7)), Paragraph(text="Also kept.", span=Span(11, 21))]
    check_article(Article(source=source, body=body))


def test_make_parser_loads_no_installed_plugin():
    parser = make_parser()
    assert parser.extractors == ()
    assert all(p.version is None for p in parser.plugins.info())


def test_pytest_plugin_fixtures(tmp_path):
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["newsparse.testing.pytest_plugin"]\n')
    (tmp_path / "test_uses_fixtures.py").write_text(textwrap.dedent("""
        import newsparse

        def test_parser(newsparse_parser):
            assert newsparse_parser.parse("By Jane Doe").bylines[0].names == ("Jane Doe",)

        def test_factory(newsparse_parser_factory):
            class P:
                @newsparse.hookimpl
                def newsparse_boilerplate_patterns(self):
                    return [("^hello$", "greeting")]
            parser = newsparse_parser_factory(P())
            assert parser.parse("hello").boilerplate[0].reason == "greeting"

        def test_env(newsparse_env):
            import os
            newsparse_env("")
            assert os.environ["NEWSPARSE_LOAD_PLUGINS"] == ""
    """))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert "3 passed" in result.stdout, result.stdout + result.stderr

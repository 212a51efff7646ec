"""The compiled walk: used only while it matches walk.py, and reading pages exactly as it."""

import hashlib
import importlib
import sys
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsparse import loaders
from newsparse.loaders import html, walk

FIXTURES = Path(__file__).parent / "fixtures" / "html"
DIGEST = hashlib.sha256(Path(walk.__file__).read_bytes()).hexdigest()


def _compiled():
    """The installed compiled walk, or None when this install has none (or a stale one)."""
    try:
        module = importlib.import_module("newsparse.loaders._walk")
    except ImportError:
        return None
    return module if getattr(module, "SOURCE_DIGEST", None) == DIGEST else None


COMPILED = _compiled()
needs_compiled = pytest.mark.skipif(COMPILED is None, reason="this install has no compiled walk")


@pytest.fixture
def fake_build(monkeypatch):
    """Installs a stand-in for the compiled module; returns it to set its digest."""
    module = types.ModuleType("newsparse.loaders._walk")
    module.Walk = object()
    monkeypatch.setitem(sys.modules, "newsparse.loaders._walk", module)
    # (An import made earlier leaves the real module as an attribute of its package.)
    monkeypatch.setattr(loaders, "_walk", module, raising=False)
    monkeypatch.delenv(html.PURE_PYTHON_VAR, raising=False)
    return module


def test_a_build_of_the_current_source_is_used(fake_build):
    fake_build.SOURCE_DIGEST = DIGEST
    assert html._walk_module() is fake_build


def test_a_build_of_an_older_source_is_not(fake_build):
    # An edited walk.py must never be shadowed by a build of its older self.
    fake_build.SOURCE_DIGEST = hashlib.sha256(b"an older walk.py").hexdigest()
    assert html._walk_module() is walk


def test_a_build_without_a_digest_is_not(fake_build):
    assert html._walk_module() is walk


def test_the_environment_can_ask_for_the_pure_python_walk(fake_build, monkeypatch):
    fake_build.SOURCE_DIGEST = DIGEST
    monkeypatch.setenv(html.PURE_PYTHON_VAR, "1")
    assert html._walk_module() is walk


def test_the_loader_says_which_walk_it_uses():
    assert html.WALK_BUILD == ("python" if html.Walk is walk.Walk else "compiled")


def _read(module, page: bytes):
    # A page read by one build of the walk, with a parser of its own.
    target, bind = module.Walk.make_target()
    parser = etree.HTMLParser(target=target, **html._WALK_OPTIONS)
    result = module.Walk()
    bind(result)
    try:
        etree.fromstring(page, parser)
    finally:
        bind(None)
    result.finish()
    return result


def _state(result) -> tuple:
    # Everything a walk hands on: its measures, its blocks, and the metadata it read.
    return (
        result.f_parent, result.f_tag, result.f_own, result.f_chain, result.f_name,
        result.f_chars, result.f_links, result.f_kids, result.f_score,
        result.b_text, result.b_frame, result.b_density, result.b_depth,
        result.blocks(), result.reader.metadata(),
    )


@needs_compiled
@pytest.mark.parametrize("page", sorted(FIXTURES.glob("*/page.html")), ids=lambda p: p.parent.name)
def test_the_compiled_walk_reads_the_golden_pages_as_the_source_does(page):
    data = page.read_bytes()
    assert _state(_read(COMPILED, data)) == _state(_read(walk, data))


_PIECES = st.sampled_from([
    "<p>", "</p>", "<div class='story-body'>", "<div class='related'>", "</div>", "<br>",
    "<a href='/x'>", "</a>", "<form>", "</form>", "<script>x</script>", "<li>", "<ul>",
    "</ul>", "<h1>", "</h1>", "<figure><figcaption>", "</figcaption></figure>",
    "<span hidden>", "</span>", "<nav>", "</nav>", "<article>", "</article>",
    "<title>T</title>", "<meta property='og:title' content='Headline'>",
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H"}</script>',
    "A sentence of the story, with words, that runs on. ", "Read more ", " ",
]) | st.text(max_size=12)


@needs_compiled
@given(st.lists(_PIECES, max_size=40))
def test_the_compiled_walk_reads_any_markup_as_the_source_does(pieces):
    data = ("<html><body>" + "".join(pieces)).encode("utf-8", "surrogatepass")
    try:
        expected = _state(_read(walk, data))
    except etree.ParserError:
        with pytest.raises(etree.ParserError):
            _read(COMPILED, data)
        return
    assert _state(_read(COMPILED, data)) == expected


def test_the_version_says_which_walk_reads_html():
    from click.testing import CliRunner

    from newsparse import __version__
    from newsparse.cli import cli

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"newsparse {__version__} (HTML page walk: {html.WALK_BUILD})\n"

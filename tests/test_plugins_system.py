"""The plugin system: hooks, extractor ordering, failures, selection."""

import inspect
import itertools
import textwrap

import pytest

import newsparse
from newsparse import Annotation, Decision, PluginError, Span, hookimpl, hookspecs
from newsparse.plugins import PluginSet, RegisteredExtractor, order_extractors, selection_from_env
from newsparse.testing import check_annotations, make_parser

SEED_LIKE = (
    "Council Approves New Budget\n\nBy Jane Doe\n\n"
    + "The council said on Monday that the plan would be delayed until the end of the year. " * 3
    + "\n\nAdvertisement\n\n"
    + "Officials told reporters that talks with the union were expected to resume later this month. " * 2
)


def hook_functions():
    return [
        (name, obj) for name, obj in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("newsparse_")
    ]


def test_there_are_hooks_and_every_hook_is_documented():
    hooks = hook_functions()
    assert {name for name, _ in hooks} >= {
        "newsparse_boilerplate_patterns", "newsparse_revise_decisions",
        "newsparse_register_extractors", "newsparse_register_commands",
    }
    for name, function in hooks:
        doc = inspect.getdoc(function) or ""
        assert len(doc) > 80, f"hook {name} lacks a docstring"
        assert "Returns" in doc or "Args" in doc, f"hook {name} does not say what it takes or returns"


class WordCounter:
    """A test extractor annotating every word 'council'."""

    name = "council"
    requires = ()

    def extract(self, article):
        start = 0
        while (index := article.text.find("council", start)) >= 0:
            yield Annotation(kind="word", span=Span(index, index + 7), text="council")
            start = index + 7


class Counting:
    """A test extractor that depends on ``council`` and counts its annotations."""

    name = "count"
    requires = ("council",)

    def extract(self, article):
        n = len(article.annotations_of("word"))
        return [Annotation(kind="count", attributes={"n": n})]


class Sentences:
    name = "first"
    requires = ()

    def extract(self, article):
        end = article.text.find(".") + 1
        return [Annotation(kind="sentence", span=Span(0, end), text=article.text[:end])]


class ExtractorPlugin:
    def __init__(self, *extractors, name):
        self.extractors = extractors
        self.name = name

    @hookimpl
    def newsparse_register_extractors(self, register):
        for extractor in self.extractors:
            register(extractor)


def test_extractors_run_after_what_they_require_and_annotations_are_valid():
    parser = make_parser(ExtractorPlugin(Counting(), name="b"), ExtractorPlugin(WordCounter(), name="a"))
    assert [e.name for e in parser.extractors] == ["council", "count"]
    article = parser.parse(SEED_LIKE)
    check_annotations(article)
    [count] = article.annotations_of("count")
    assert count.attributes["n"] == len(article.annotations_of("word")) > 0
    assert {a.extractor for a in article.annotations} == {"council", "count"}


def test_registration_order_does_not_change_the_article():
    plugins = [
        ExtractorPlugin(WordCounter(), name="words"),
        ExtractorPlugin(Counting(), name="counting"),
        ExtractorPlugin(Sentences(), name="sentences"),
    ]
    results = {
        newsparse.article_to_json(make_parser(*order).parse(SEED_LIKE))
        for order in itertools.permutations(plugins)
    }
    assert len(results) == 1


def _registered(name, requires=(), after=(), plugin="p"):
    return RegisteredExtractor(name=name, requires=requires, after=after, extractor=None, plugin=plugin)


def test_order_is_topological_with_ties_by_name():
    found = order_extractors([
        _registered("zeta"), _registered("alpha", requires=("zeta",)), _registered("beta"),
        _registered("gamma", after=("alpha", "missing")),
    ])
    assert [e.name for e in found] == ["beta", "zeta", "alpha", "gamma"]


def test_missing_requirement_names_both_sides():
    with pytest.raises(PluginError, match=r"'count'.*'council'"):
        make_parser(ExtractorPlugin(Counting(), name="counting-plugin"))


def test_cycle_is_an_error():
    with pytest.raises(PluginError, match="cycle"):
        order_extractors([_registered("a", requires=("b",)), _registered("b", requires=("a",))])


def test_duplicate_extractor_names_name_both_plugins():
    with pytest.raises(PluginError, match=r"one.*two|two.*one"):
        make_parser(ExtractorPlugin(WordCounter(), name="one"), ExtractorPlugin(WordCounter(), name="two"))


class Exploding:
    name = "boom"

    def extract(self, article):
        raise RuntimeError("kaboom")


def test_failing_extractor_is_recorded_and_the_article_kept():
    parser = make_parser(ExtractorPlugin(Exploding(), WordCounter(), name="mixed"))
    article = parser.parse(SEED_LIKE)
    assert article.body and article.annotations_of("word")
    [failure] = article.errors
    assert (failure.extractor, failure.plugin, failure.error, failure.message) == (
        "boom", "mixed", "RuntimeError", "kaboom")


def test_failing_extractor_raises_when_asked():
    parser = make_parser(ExtractorPlugin(Exploding(), name="mixed"), raise_extractor_errors=True)
    with pytest.raises(newsparse.ExtractorError, match=r"boom.*kaboom"):
        parser.parse(SEED_LIKE)


def test_extractor_yielding_garbage_is_a_recorded_failure():
    class Garbage:
        name = "garbage"

        def extract(self, article):
            return ["not an annotation"]

    article = make_parser(ExtractorPlugin(Garbage(), name="g")).parse(SEED_LIKE)
    assert article.errors[0].error == "TypeError"


def test_selecting_extractors_pulls_in_requirements():
    parser = make_parser(ExtractorPlugin(WordCounter(), Counting(), Sentences(), name="all"),
                         extractors=["count"])
    assert [e.name for e in parser.extractors] == ["council", "count"]
    with pytest.raises(PluginError, match="nope"):
        make_parser(ExtractorPlugin(WordCounter(), name="all"), extractors=["nope"])


class SitePack:
    """A boilerplate pack: a banner of its own and a different reason for a built-in phrase."""

    @hookimpl
    def newsparse_boilerplate_patterns(self):
        return [(r"^support our journalism\b", "appeal"), (r"^advertisement$", "ad-slot")]


def test_boilerplate_pattern_hook_adds_and_overrides_phrases():
    text = SEED_LIKE.replace("By Jane Doe", "By Jane Doe\n\nSupport our journalism today")
    plain = make_parser().parse(text)
    packed = make_parser(SitePack()).parse(text)
    assert "advertisement" in [b.reason for b in plain.boilerplate]
    reasons = {b.text: b.reason for b in packed.boilerplate}
    assert reasons["Support our journalism today"] == "appeal"
    assert reasons["Advertisement"] == "ad-slot"


class KeepAds:
    """Revises decisions: keeps every 'Advertisement' line as body."""

    calls = 0

    @hookimpl
    def newsparse_revise_decisions(self, document, decisions):
        KeepAds.calls += 1
        return {i: Decision(label="body", reason="kept-by-plugin")
                for i, block in enumerate(document.blocks) if block.text == "Advertisement"}


def test_revise_decisions_is_called_once_per_document_and_applies():
    KeepAds.calls = 0
    article = make_parser(KeepAds()).parse(SEED_LIKE)
    assert KeepAds.calls == 1
    assert "Advertisement" in [p.text for p in article.body]


def test_revise_decisions_rejects_invalid_labels():
    class Bad:
        @hookimpl
        def newsparse_revise_decisions(self, document, decisions):
            return {0: Decision(label="nonsense")}

    with pytest.raises(PluginError):
        make_parser(Bad()).parse(SEED_LIKE)


@pytest.mark.parametrize("value,expected", [
    (None, None), ("", frozenset()), ("a, b", frozenset({"a", "b"})), ("a,,", frozenset({"a"})),
])
def test_selection_from_env(value, expected):
    env = {} if value is None else {"NEWSPARSE_LOAD_PLUGINS": value}
    assert selection_from_env(env) == expected


# -- entry points, with a distribution made visible on sys.path --------------------------

def _fake_distribution(root, name, module_source, entry_point_name=None):
    """Lay out an installed distribution (module + dist-info with an entry point) in ``root``."""
    module = f"newsparse_{name.replace('-', '_')}"
    (root / f"{module}.py").write_text(textwrap.dedent(module_source))
    info = root / f"newsparse_{name.replace('-', '_')}-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: newsparse-{name}\nVersion: 1.2.3\n")
    (info / "entry_points.txt").write_text(f"[newsparse]\n{entry_point_name or name} = {module}\n")
    return module


BROKEN = "raise ImportError('this plugin is broken')\n"
GOOD = """
    import newsparse

    class Marker:
        name = "marker"

        def extract(self, article):
            return [newsparse.Annotation(kind="marker", text=None)]

    @newsparse.hookimpl
    def newsparse_register_extractors(register):
        register(Marker())
"""


@pytest.fixture
def installed(tmp_path, monkeypatch):
    _fake_distribution(tmp_path, "broken", BROKEN)
    _fake_distribution(tmp_path, "marker", GOOD)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSPARSE_LOAD_PLUGINS", raising=False)
    return tmp_path


def test_broken_plugin_is_reported_not_fatal(installed):
    with pytest.warns(RuntimeWarning, match="broken"):
        plugins = PluginSet()
    assert [f.name for f in plugins.failures] == ["broken"]
    assert "ImportError" in plugins.failures[0].error
    info = {p.name: p for p in plugins.info()}
    assert info["marker"].version == "1.2.3"
    assert info["marker"].extractors == ("marker",)
    with pytest.warns(RuntimeWarning):
        article = newsparse.Parser().parse(SEED_LIKE)
    assert article.annotations_of("marker")


def test_strict_mode_raises_for_a_broken_plugin(installed):
    with pytest.raises(PluginError, match=r"broken.*newsparse-broken"):
        PluginSet(strict=True)


def test_env_var_selects_and_disables_plugins(installed, monkeypatch):
    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "marker")
    assert [e.name for e in PluginSet().extractors] == ["marker"]
    assert newsparse.parse(SEED_LIKE).annotations_of("marker")
    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")
    assert PluginSet().extractors == ()
    assert not newsparse.parse(SEED_LIKE).annotations


def test_api_selection_matches_the_env_var(installed):
    assert [e.name for e in newsparse.Parser(plugins=["marker"]).extractors] == ["marker"]
    assert newsparse.Parser(plugins=[]).extractors == ()
    assert newsparse.Parser(load_entrypoints=False).extractors == ()


def test_builtins_are_registered_as_plugins():
    names = [p.name for p in make_parser().plugins.info()]
    assert "newsparse.default_plugins.english" in names


def test_import_does_not_load_plugins(installed):
    import os
    import subprocess
    import sys

    code = ("import sys, newsparse; print('newsparse_marker' in sys.modules); "
            "newsparse.Parser(); print('newsparse_marker' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(installed), "PYTHONWARNINGS": "ignore"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split() == ["False", "True"]

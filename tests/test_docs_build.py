"""The documentation builds without a warning, its examples run, and it covers the API.

Both Sphinx builds run at once in subprocesses (into temporary folders), and so do the
tests of the tutorial's example plugin, which lives beside the tutorial in ``docs/``, and
its installation into a fresh virtual environment, where the commands the tutorial shows
are run and their output compared with the page.
"""

from __future__ import annotations

import contextlib
import html
import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import hookspecs

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
TUTORIAL_PLUGIN = DOCS / "tutorial" / "newsparse-figures"

pytest.importorskip("sphinx", reason="the docs extra is not installed")
pytest.importorskip("furo", reason="the docs extra is not installed")
pytest.importorskip("myst_parser", reason="the docs extra is not installed")
pytest.importorskip("sphinx_click", reason="the docs extra is not installed")


def _start(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


# Installs the tutorial plugin into a new virtual environment that sees this one's packages
# (so no network is needed) and prints the environment's Python.
INSTALL = Path(__file__).with_name("install_plugin.py")


# Runs Sphinx as if no plugin were installed (as after ``pip install -e .[docs]`` alone):
# entry points of the newsparse group are hidden from the build and from the examples.
WITHOUT_PLUGINS = """
import importlib.metadata, sys
entry_points = importlib.metadata.entry_points
def without_plugins(**selection):
    if selection.get("group") == "newsparse":
        return importlib.metadata.EntryPoints(())
    return entry_points(**selection)
importlib.metadata.entry_points = without_plugins
from sphinx.cmd.build import main
sys.exit(main(sys.argv[1:]))
"""


def _finish(process: subprocess.Popen) -> tuple[int, str]:
    output, _ = process.communicate(timeout=300)
    return process.returncode, output


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Run both builds, the tutorial plugin's tests and its installation, in parallel."""
    out = tmp_path_factory.mktemp("docs")
    html_dir = out / "html"
    processes = {
        "html": _start(["-m", "sphinx", "-W", "--keep-going", "-b", "html", "-q",
                        str(DOCS), str(html_dir), "-d", str(out / "doctrees-html")], ROOT),
        "doctest": _start(["-m", "sphinx", "-W", "-b", "doctest", "-q",
                           str(DOCS), str(out / "doctest"), "-d", str(out / "doctrees-doctest")], ROOT),
        "doctest-bare": _start(["-c", WITHOUT_PLUGINS, "-W", "-b", "doctest", "-q", str(DOCS),
                                str(out / "doctest-bare"), "-d", str(out / "doctrees-bare")], ROOT),
        # From a folder of its own, so that Hypothesis' example database stays out of the
        # repository.
        "tutorial": _start(["-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:benchmark",
                            str(TUTORIAL_PLUGIN)], out, {"PYTHONPATH": str(TUTORIAL_PLUGIN)}),
    }
    # Building the plugin's wheel offline needs its build backend (the test extra has it).
    processes["install"] = _start([str(INSTALL), str(out / "venv"), str(TUTORIAL_PLUGIN)], out)
    results = {name: _finish(process) for name, process in processes.items()}
    return html_dir, results


def _page_text(html_dir: Path, page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", (html_dir / page).read_text(encoding="utf-8")))


def test_html_build_has_no_warnings(builds):
    _, results = builds
    code, output = results["html"]
    assert code == 0, output


def test_doctest_build_passes(builds):
    _, results = builds
    code, output = results["doctest"]
    assert code == 0, output


def test_doctest_build_passes_without_our_plugins(builds):
    _, results = builds
    code, output = results["doctest-bare"]
    assert code == 0, output


def test_tutorial_plugin_tests_pass(builds):
    _, results = builds
    code, output = results["tutorial"]
    assert code == 0, output


@pytest.mark.parametrize("name", newsparse.__all__)
def test_every_public_name_is_in_the_api_reference(builds, name):
    html_dir, results = builds
    assert results["html"][0] == 0, "the HTML build failed"
    page = (html_dir / "reference" / "api.html").read_text(encoding="utf-8")
    assert f'id="newsparse.{name}"' in page, f"newsparse.{name} is not documented"


HOOKS = sorted(name for name in dir(hookspecs) if name.startswith("newsparse_"))


def test_hooks_are_found():
    assert len(HOOKS) >= 4


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_in_the_hook_reference(builds, hook):
    html_dir, results = builds
    assert results["html"][0] == 0, "the HTML build failed"
    page = (html_dir / "reference" / "hooks.html").read_text(encoding="utf-8")
    assert f'id="newsparse.hookspecs.{hook}"' in page, f"{hook} is not in the hook reference"
    # The docstring's summary line is on the page (as rendered: no markup, typographic quotes).
    summary = " ".join(getattr(hookspecs, hook).__doc__.split("\n\n")[0].split()).replace("``", "")
    text = " ".join(_page_text(html_dir, "reference/hooks.html").split())
    assert summary in text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')


@pytest.mark.parametrize(
    "module", ["newsparse.testing", "newsparse.testing.strategies", "newsparse.testing.hostile"]
)
def test_the_testing_kit_is_in_the_reference(builds, module):
    names = importlib.import_module(module).__all__
    html_dir, results = builds
    assert results["html"][0] == 0, "the HTML build failed"
    page = (html_dir / "reference" / "testing.html").read_text(encoding="utf-8")
    missing = [name for name in names if f'id="{module}.{name}"' not in page]
    assert not missing, f"not documented: {missing}"


@pytest.mark.parametrize("module", ["newsparse.batch", "newsparse.dask"])
def test_batch_and_dask_names_are_in_the_reference(builds, module):
    names = importlib.import_module(module).__all__
    html_dir, results = builds
    assert results["html"][0] == 0, "the HTML build failed"
    page = (html_dir / "reference" / "batch.html").read_text(encoding="utf-8")
    missing = [name for name in names if f'id="{module}.{name}"' not in page]
    assert not missing, f"not documented: {missing}"


def test_every_cli_command_is_in_the_cli_reference(builds):
    from newsparse.cli import cli

    html_dir, results = builds
    assert results["html"][0] == 0, "the HTML build failed"
    text = _page_text(html_dir, "reference/cli.html")
    for command in cli.commands:
        assert f"newsparse {command}" in text, command


# -- The tutorial's commands, run against the installed plugin --------------------------------

TUTORIAL_STORY = (
    "Chipmaker raises forecast\n\n"
    "The company said revenue rose 12% to $1.2 billion in the quarter,"
    " its best result since 2013, and that it would hire 1,500 engineers"
    " over the next two years."
)
CLI = ["-c", "import sys; from newsparse.cli import main; sys.argv[0] = 'newsparse'; main()"]


def _console_output(command: str) -> list[str]:
    """The output lines the tutorial shows after ``$ <command>``."""
    lines = (DOCS / "tutorial" / "index.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(f"$ {command}") + 1
    output = []
    for line in lines[start:]:
        if line.startswith(("$ ", "```")):
            break
        output.append(line)
    return output


@pytest.fixture(scope="module")
def installed(builds, tmp_path_factory):
    """Run a command of the ``newsparse`` CLI in the environment with the plugin installed."""
    _, results = builds
    code, output = results["install"]
    assert code == 0, output
    python = output.strip().splitlines()[-1]
    folder = tmp_path_factory.mktemp("story")
    (folder / "story.txt").write_text(TUTORIAL_STORY, encoding="utf-8")

    def run(*args: str) -> str:
        env = {k: v for k, v in os.environ.items() if k != "NEWSPARSE_LOAD_PLUGINS"}
        done = subprocess.run([python, *CLI, *args], cwd=folder, env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    return run


def test_installed_plugin_is_listed_as_the_tutorial_shows(installed):
    shown = _console_output("newsparse plugins")
    assert shown[-1] == "..."
    output = installed("plugins").splitlines()
    start = output.index(shown[0])
    assert output[start : start + len(shown) - 1] == shown[:-1]


def test_installed_plugin_annotates_parse_output_as_the_tutorial_shows(installed):
    shown = _console_output(
        """newsparse parse story.txt | jq '.annotations[] | select(.kind == "figure") | .text'"""
    )
    record = json.loads(installed("parse", "-j", "0", "story.txt").splitlines()[0])
    figures = [a["text"] for a in record["annotations"] if a["kind"] == "figure"]
    assert figures == [json.loads(line) for line in shown]


def test_installed_plugin_command_prints_what_the_tutorial_shows(installed):
    shown = _console_output("newsparse figures story.txt")
    assert installed("figures", "story.txt").splitlines() == shown


# -- The docs extra installs what the docs import ---------------------------------------------

IMPORTS = r"""
import importlib, json, re, sys
from pathlib import Path

before = set(sys.modules)  # what the interpreter loads at start (setuptools' .pth hook ...)

names = set()
for page in Path(sys.argv[1]).rglob("*.md"):
    names.update(re.findall(r"auto\w+:: (newsparse(?:\.\w+)*)", page.read_text(encoding="utf-8")))
for name in sorted(names):
    while True:
        try:
            importlib.import_module(name)
            break
        except ModuleNotFoundError as error:
            if error.name != name:  # a module it imports is missing
                raise
            name = name.rpartition(".")[0]  # a class or function: import its module
print(json.dumps(sorted({m.partition(".")[0] for m in set(sys.modules) - before})))
"""


def _requirement_closure(requirements: list[str], extras: tuple[str, ...] = ()) -> set[str]:
    """The distributions ``requirements`` install, with everything they require in turn."""
    from importlib.metadata import PackageNotFoundError, requires

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    found: set[str] = set()
    todo = [(Requirement(r), extras) for r in requirements]
    while todo:
        requirement, wanted = todo.pop()
        markers_ok = requirement.marker is None or any(
            requirement.marker.evaluate({"extra": extra}) for extra in (*wanted, "")
        )
        name = canonicalize_name(requirement.name)
        if not markers_ok or name in found:
            continue
        found.add(name)
        with contextlib.suppress(PackageNotFoundError):  # not installed: nothing it requires
            todo.extend((Requirement(r), tuple(requirement.extras)) for r in requires(name) or ())
    return found


def test_the_docs_extra_installs_every_module_the_docs_import():
    from importlib.metadata import packages_distributions

    import tomllib
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    installed = _requirement_closure(project["dependencies"] + project["optional-dependencies"]["docs"])
    done = subprocess.run([sys.executable, "-c", IMPORTS, str(DOCS)], capture_output=True, text=True,
                          env={k: v for k, v in os.environ.items() if k != "NEWSPARSE_LOAD_PLUGINS"})
    assert done.returncode == 0, done.stderr
    distributions = packages_distributions()
    needed = {
        canonicalize_name(distribution)
        for module in json.loads(done.stdout)
        if module not in sys.stdlib_module_names and module != "newsparse"
        for distribution in distributions.get(module, ())
    }
    # Our plugins are loaded when installed; the docs say so and build without them.
    ours = {"newsparse", "newsparse-entities", "newsparse-quotes", "newsparse-summary"}
    assert needed - ours <= installed, f"not in the docs extra: {sorted(needed - ours - installed)}"

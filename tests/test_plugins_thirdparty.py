"""A third-party plugin distribution, built and installed into a fresh virtual environment.

It is written only against the documented public API, discovered through its entry point,
listed by ``newsparse plugins``, adds a CLI command, and is switched off by
``NEWSPARSE_LOAD_PLUGINS``.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

INSTALL = Path(__file__).with_name("install_plugin.py")

PYPROJECT = """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "newsparse-shout"
version = "0.3.0"
dependencies = ["newsparse"]

[project.entry-points.newsparse]
shout = "newsparse_shout"
"""

MODULE = '''
"""Marks every word written in capitals."""
import re

import click
import newsparse


class Shout:
    name = "shout"
    requires = ()

    def extract(self, article):
        for match in re.finditer(r"\\b[A-Z]{2,}\\b", article.text):
            yield newsparse.Annotation(kind="shout", span=newsparse.Span(*match.span()),
                                       text=match.group())


@newsparse.hookimpl
def newsparse_register_extractors(register):
    register(Shout())


@newsparse.hookimpl
def newsparse_register_commands(cli):
    @cli.command()
    def shout():
        """Say it loud."""
        click.echo("LOUD")
'''

ARTICLE = (
    "Storm Hits Coast\n\nBy Jane Doe\n\n"
    + "The storm left THOUSANDS of homes without power on Monday, officials said in a statement. " * 3
)


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory):
    root = tmp_path_factory.mktemp("thirdparty")
    project = root / "newsparse-shout"
    (project / "newsparse_shout").mkdir(parents=True)
    (project / "pyproject.toml").write_text(textwrap.dedent(PYPROJECT))
    (project / "newsparse_shout" / "__init__.py").write_text(textwrap.dedent(MODULE))
    # The new environment sees this one's packages (newsparse, its dependencies and the
    # build backend), so installing the plugin needs no network.
    done = subprocess.run([sys.executable, str(INSTALL), str(root / "venv"), str(project)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    python = Path(done.stdout.strip().splitlines()[-1])
    return python


def run(python, *args, env_extra=None, stdin=None):
    env = {k: v for k, v in os.environ.items() if k != "NEWSPARSE_LOAD_PLUGINS"}
    env.update(env_extra or {})
    return subprocess.run([str(python), *args], capture_output=True, text=True, env=env,
                          input=stdin, check=True)


CLI = ["-c", "import sys; from newsparse.cli import main; sys.argv[0]='newsparse'; main()"]


def test_plugin_is_discovered_and_listed(plugin_env):
    out = run(plugin_env, *CLI, "plugins", "--json")
    records = {r["name"]: r for r in json.loads(out.stdout)}
    assert records["shout"]["version"] == "0.3.0"
    assert records["shout"]["extractors"] == ["shout"]
    assert set(records["shout"]["hooks"]) == {"newsparse_register_extractors", "newsparse_register_commands"}


def test_plugin_annotations_appear_in_parse_output(plugin_env):
    out = run(plugin_env, *CLI, "parse", "-", stdin=ARTICLE)
    record = json.loads(out.stdout.splitlines()[0])
    shouts = [a for a in record["annotations"] if a["kind"] == "shout"]
    assert shouts and all(a["text"] == "THOUSANDS" and a["extractor"] == "shout" for a in shouts)
    start, end = shouts[0]["span"]
    assert record["text"][start:end] == "THOUSANDS"


def test_plugin_adds_a_command(plugin_env):
    assert run(plugin_env, *CLI, "shout").stdout.strip() == "LOUD"


def test_env_var_switches_the_plugin_off(plugin_env):
    code = "import newsparse, sys; print(len(newsparse.parse(sys.stdin.read()).annotations))"
    on = run(plugin_env, "-c", code, stdin=ARTICLE)
    off = run(plugin_env, "-c", code, stdin=ARTICLE, env_extra={"NEWSPARSE_LOAD_PLUGINS": ""})
    assert int(on.stdout) > 0 and int(off.stdout) == 0
    only_other = run(plugin_env, "-c", code, stdin=ARTICLE, env_extra={"NEWSPARSE_LOAD_PLUGINS": "other"})
    assert int(only_other.stdout) == 0

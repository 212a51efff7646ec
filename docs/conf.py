"""Sphinx configuration for the newsparse documentation.

Build the site with ``sphinx-build -W --keep-going -b html docs docs/_build/html`` and run
the examples with ``sphinx-build -W -b doctest docs docs/_build/doctest``. Nothing here
reaches the network.
"""

from __future__ import annotations

import doctest
import re
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
TUTORIAL_PLUGIN = DOCS / "tutorial" / "newsparse-figures"

# The tutorial's plugin is importable without installing it, so its page can run it.
sys.path.insert(0, str(TUTORIAL_PLUGIN))

from sphinx.util import logging  # noqa: E402

import newsparse  # noqa: E402

logger = logging.getLogger(__name__)

project = "newsparse"
author = "The newsparse developers"
copyright = "The newsparse developers"
release = newsparse.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "sphinx_click",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = [
    "_build",
    # The tutorial plugin is a project of its own; its pages are included, not built.
    "tutorial/newsparse-figures",
]

# -- MyST ----------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# -- autodoc and napoleon ------------------------------------------------------------------
add_module_names = False
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = False
python_use_unqualified_type_names = True
autodoc_default_options = {"members": True}
autoclass_content = "class"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
# Attribute types are in the class signature; repeating them under each attribute doubles
# the length of the model pages.
napoleon_attr_annotations = False

# -- doctest -------------------------------------------------------------------------------
# Examples run from the repository root, as a reader would run them from a checkout, and
# with every installed plugin unless a page says otherwise.
doctest_global_setup = f"""
import os
os.chdir({str(ROOT)!r})
os.environ.pop("NEWSPARSE_LOAD_PLUGINS", None)
import newsparse
"""
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.DONT_ACCEPT_TRUE_FOR_1

# -- HTML ----------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"newsparse {release}"
html_static_path = []
pygments_style = "friendly"
pygments_dark_style = "monokai"


# -- Plugin READMEs ------------------------------------------------------------------------
# The pages of our plugins include their READMEs, which link to other files of the
# repository ("../../README.md", "scripts/train.py"). Those files are not pages of this
# site, so the links would be broken: the pages keep the link text and drop the link.
README_INCLUDE = re.compile(r"^```\{include\} (\.\./\.\./plugins/[\w-]+/README\.md)\n```$", re.MULTILINE)
RELATIVE_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?![a-z][a-z0-9+.-]*:|#|/)([^)\s]+)\)")


def _include_readme(app, docname, source):
    def expand(match):
        path = (DOCS / docname).parent / match.group(1)
        app.env.note_dependency(str(path))
        return RELATIVE_LINK.sub(r"\1", path.read_text(encoding="utf-8"))

    source[0] = README_INCLUDE.sub(expand, source[0])


# napoleon reads "X: Y" on the first line of a data or attribute docstring as "type:
# description". newsparse annotates types in code and writes these docstrings (``#:``
# comments) as prose, where a colon is punctuation. napoleon only looks at the first
# non-blank line, so an empty reST comment there keeps the prose whole.
def _keep_prose_colons(app, what, name, obj, options, lines):
    if what in ("data", "attribute") and lines and ":" in lines[0]:
        lines[:0] = ["..", ""]


# The examples on the plugin pages need our plugins, which the docs extra does not install
# (they are distributions of their own, under plugins/). Without them those examples are
# skipped, and said to be, so the docs still build from ``pip install -e .[docs]`` alone.
OUR_PLUGINS = frozenset({"entities", "quotes", "summary"})


def _installed_plugins() -> frozenset[str]:
    from importlib.metadata import entry_points

    return frozenset(point.name for point in entry_points(group="newsparse"))


def _skip_plugin_examples(app, doctree):
    missing = OUR_PLUGINS - _installed_plugins()
    if not app.env.docname.startswith("plugins/") or not missing:
        return
    examples = [node for node in doctree.findall() if "testnodetype" in getattr(node, "attributes", {})]
    for node in examples:
        node["skipif"] = "True"
    if examples:
        logger.info("%s: examples skipped (%d), not installed: %s", app.env.docname, len(examples),
                    ", ".join(sorted(missing)))


def setup(app):
    app.connect("source-read", _include_readme)
    app.connect("doctree-read", _skip_plugin_examples)
    # Before napoleon, which listens with the default priority, 500.
    app.connect("autodoc-process-docstring", _keep_prose_colons, priority=400)

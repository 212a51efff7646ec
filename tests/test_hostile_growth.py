"""No stage and no plugin does more than linear work on inputs that grow.

Each shape of :data:`newsparse.testing.growth.GROWING_SHAPES` (deep nesting, a paragraph
without punctuation, runs of spaces, thousands of ``<br>``, repeated lines, long
attributes, many ``<meta>`` and JSON-LD objects, long lists of names, thousands of
quotation marks, dateline-like prefixes ...) is parsed at one size and at four times it,
and the function calls of the two parses are compared. Calls, not seconds: the count is
the same on a slow, busy machine, so the test cannot fail by chance. Linear work makes
about 4x the calls, n log n about 4.5x, quadratic work 16x; :data:`MAX_CALL_RATIO` lies
between. A quadratic loop shows once it outweighs the linear work around it, which the
sizes are chosen for: a look back to the start of the sentence for every name of a
byline made 7.5x the calls at 2,000 characters (and cost 49 s at 256,000).
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.testing.growth import GROWING_SHAPES, call_ratio

#: Above n log n (4.5x), well below quadratic (16x).
MAX_CALL_RATIO = 6.0
#: Characters of the smaller document: the core alone is quick enough for 4,000.
CORE_SIZE = 4000
#: With the plugins, on the plain-text shapes their extractors read (names, quotes,
#: datelines, sentences): the HTML variants give the extractors the same text, and each
#: parse with them costs several times more.
PLUGIN_SIZE = 2000
PLUGIN_SHAPES = [name for name in GROWING_SHAPES if name.startswith((
    "byline", "names", "name-lines", "quotes", "guillemets", "dateline", "sentences",
    "capitalised", "dates")) and GROWING_SHAPES[name][1] == "text"]

CORE = newsparse.Parser(load_entrypoints=False)


@pytest.fixture(scope="module")
def with_plugins() -> newsparse.Parser:
    parser = newsparse.Parser()
    if not parser.extractors:
        pytest.skip("no plugin with extractors is installed")
    return parser


@pytest.mark.parametrize("shape", list(GROWING_SHAPES))
def test_the_core_does_linear_work_on_growing_input(shape):
    build, fmt = GROWING_SHAPES[shape]
    ratio = call_ratio(CORE, build, fmt, CORE_SIZE)
    assert ratio < MAX_CALL_RATIO, f"{shape}: 4x the input made {ratio:.1f}x the calls (linear: 4x)"


@pytest.mark.parametrize("shape", PLUGIN_SHAPES)
def test_the_plugins_do_linear_work_on_growing_input(shape, with_plugins):
    build, fmt = GROWING_SHAPES[shape]
    ratio = call_ratio(with_plugins, build, fmt, PLUGIN_SIZE)
    assert ratio < MAX_CALL_RATIO, f"{shape}: 4x the input made {ratio:.1f}x the calls (linear: 4x)"

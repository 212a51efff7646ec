"""Every regular expression in newsparse (and its plugins) runs in linear time.

The test finds the patterns itself, so a new one cannot escape it:

* module-level ``re.Pattern`` objects, and patterns or pattern strings inside module-level
  tuples, lists, sets and dicts (``patterns.BOILERPLATE_PHRASES`` pairs), in every module
  of ``newsparse`` and of the plugin packages that are installed;
* the same inside the classes those modules define;
* literal patterns passed to ``re.compile``/``re.search``/... anywhere in the source,
  including inside functions (found by walking each module's syntax tree);
* the combined alternations a :class:`~newsparse.Parser` compiles from every plugin's
  boilerplate phrases.

Each pattern is fed inputs built from its own literal characters and words (runs of them,
near misses, mixtures) at growing sizes. A linear pattern costs 8x more on 8x the input;
a quadratic one 64x. The test asserts the ratio stays below :data:`MAX_RATIO`, measured in
CPU time (``time.thread_time``) as the minimum of several repetitions, so a busy machine
cannot fake a failure, and gives up
early (failing) on a pattern whose cost explodes on small inputs (catastrophic
backtracking). A ratio over the limit is measured once more between the large size and
eight times it: a linear pattern can look superlinear between two sizes when the small
input happens to be cheap (an early match whose ``.*`` takes the rest of it), while a
quadratic one grows 64x at every scale.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pathlib
import pkgutil
import random
import re
import time
from re import _constants as C
from re import _parser as sre_parse

import pytest

import newsparse

PACKAGES = ("newsparse", "newsparse_quotes", "newsparse_entities", "newsparse_summary")
#: Input sizes, in characters, for the ratio: a linear pattern gives 8, a quadratic 64.
SMALL, LARGE = 1000, 8000
#: Generous over 8 to absorb noise and cache effects, far below a quadratic 64.
MAX_RATIO = 20
#: Screening ratio above which a candidate is measured again, carefully.
SUSPICIOUS_RATIO = 12
#: CPU seconds one search may take when a ratio is checked again at 2x and 8x the large
#: size: a linear pattern takes a few milliseconds there, a quadratic one seconds.
RECHECK_BUDGET = 0.5
#: Sizes tried before SMALL, each only if the previous stayed under the budget: an
#: exponential pattern shows at a few dozen characters and would hang at a thousand.
#: Steps of two characters while an exponential pattern could still be cheap: its cost
#: doubles (or more) per character, so the step that crosses the budget costs at most a
#: few times the budget.
LADDER = (*range(12, 34, 2), 48, 64, 128, 256, 512)
LADDER_BUDGET = 0.05  # CPU seconds for one search over one ladder input
#: Candidates per pattern (the most varied first), to keep the test quick.
MAX_CANDIDATES = 20

#: Patterns that are not searched over unbounded text, so the search-everywhere check does
#: not apply, each with how it is used. "match": only ever anchored with ``.match`` (checked
#: that way instead); an int: only ever applied to text of at most that many characters
#: (checked for catastrophic backtracking up to that size). The test fails when an entry
#: no longer names a pattern, so the list cannot go stale.
EXEMPT = {
}

_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}
_METACHARACTERS = set("\\^$()[]|?*+{}.")


# -- Finding the patterns ---------------------------------------------------------------------

def _modules():
    modules = []
    for name in PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue  # a plugin that is not installed
        modules.append(package)
        for info in pkgutil.walk_packages(package.__path__, name + "."):
            modules.append(importlib.import_module(info.name))
    return modules


def _looks_like_pattern(text) -> bool:
    return isinstance(text, str | bytes) and bool(
        _METACHARACTERS & set(text if isinstance(text, str) else text.decode("latin-1"))
    )


def _collect(value, where: str, found: dict, depth: int = 0) -> None:
    if isinstance(value, re.Pattern):
        found.setdefault((value.pattern, value.flags), (value, where))
    elif depth and _looks_like_pattern(value):
        try:
            compiled = re.compile(value)
        except (re.error, TypeError, ValueError, OverflowError):
            return
        found.setdefault((compiled.pattern, compiled.flags), (compiled, where))
    elif depth < 3 and isinstance(value, tuple | list | set | frozenset):
        for item in value:
            _collect(item, where, found, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            _collect(key, where, found, depth + 1)
            _collect(item, where, found, depth + 1)


def _flags(node: ast.AST) -> int:
    """Evaluate a flags argument made of ``re.X`` names and ``|``; 0 when it is anything else."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        value = getattr(re, node.attr, 0)
        return int(value) if isinstance(value, re.RegexFlag) else 0
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags(node.left) | _flags(node.right)
    return 0


def _literal_calls(module, found: dict) -> None:
    """Patterns written as literals in ``re.<function>(...)`` calls anywhere in ``module``."""
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCTIONS and node.args):
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str | bytes)):
            continue
        flags = 0
        position = {"compile": 1, "split": 3, "sub": 4, "subn": 4}.get(node.func.attr, 2)
        if len(node.args) > position:
            flags = _flags(node.args[position])
        for keyword in node.keywords:
            if keyword.arg == "flags":
                flags = _flags(keyword.value)
        try:
            compiled = re.compile(first.value, flags)
        except re.error:
            continue
        where = f"{module.__name__}:{node.lineno}"
        found.setdefault((compiled.pattern, compiled.flags), (compiled, where))


def all_patterns() -> list[tuple[re.Pattern, str]]:
    """Every pattern of newsparse and its installed plugins, with where it was found."""
    found: dict = {}
    for module in _modules():
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            where = f"{module.__name__}.{name}"
            _collect(value, where, found)
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attribute, member in vars(value).items():
                    if attribute.startswith("__"):
                        continue
                    _collect(member, f"{where}.{attribute}", found)
        _literal_calls(module, found)
    parser = newsparse.Parser()
    rules = parser.rules
    for name in ("_anchored", "_floating", "_prefilter"):
        _collect(getattr(rules, name, None), f"Parser().rules.{name}", found)
    return list(found.values())


PATTERNS = all_patterns()


# -- Building adversarial inputs --------------------------------------------------------------

_CATEGORY_SAMPLES = {
    C.CATEGORY_DIGIT: "7", C.CATEGORY_NOT_DIGIT: "x", C.CATEGORY_SPACE: " \n",
    C.CATEGORY_NOT_SPACE: "x", C.CATEGORY_WORD: "aZ_", C.CATEGORY_NOT_WORD: " -",
}


def _walk(tree, chars: set, words: list, run: list) -> None:
    def flush():
        if len(run) > 1:
            words.append("".join(run))
        run.clear()

    for op, av in tree:
        if op is C.LITERAL:
            char = chr(av)
            chars.add(char)
            run.append(char)
            continue
        flush()
        if op is C.NOT_LITERAL:
            chars.add(chr(av))
            chars.add("x" if chr(av) != "x" else "y")
        elif op is C.IN:
            for kind, value in av:
                if kind is C.LITERAL:
                    chars.add(chr(value))
                elif kind is C.RANGE:
                    low, high = value
                    chars.update({chr(low), chr(high), chr((low + high) // 2)})
                elif kind is C.CATEGORY:
                    chars.update(_CATEGORY_SAMPLES.get(value, ""))
        elif op is C.ANY:
            chars.update("x.")
        elif op is C.SUBPATTERN:
            _walk(av[-1], chars, words, run)
            flush()
        elif op is C.BRANCH:
            for branch in av[1]:
                _walk(branch, chars, words, run)
                flush()
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            _walk(av[2], chars, words, run)
            flush()
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _walk(av[1], chars, words, run)
            flush()
        elif op is getattr(C, "ATOMIC_GROUP", None):
            _walk(av, chars, words, run)
            flush()
        elif op is C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _walk(branch, chars, words, run)
                    flush()
    flush()


def _alphabet(pattern: re.Pattern) -> tuple[list[str], list[str]]:
    source = pattern.pattern
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    chars: set = set()
    words: list = []
    _walk(sre_parse.parse(source, pattern.flags & ~re.ASCII if isinstance(pattern.pattern, str) else 0),
          chars, words, [])
    if pattern.flags & re.IGNORECASE:
        chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
        words += [w.upper() for w in words] + [w.capitalize() for w in words]
    words = list(dict.fromkeys(words))
    return sorted(chars), words


def candidates(pattern: re.Pattern) -> list:
    """Generators ``size -> input`` built from the pattern's own characters and words."""
    chars, words = _alphabet(pattern)
    rng = random.Random(pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1"))
    pool = chars + words or ["x"]

    def run(unit):
        return lambda n: (unit * (n // max(1, len(unit)) + 1))[:n]

    def mixture(seed, alphabet):
        def build(n):
            local = random.Random(seed)
            out, length = [], 0
            while length < n:
                piece = local.choice(alphabet)
                out.append(piece)
                length += len(piece)
            return "".join(out)[:n]
        return build

    made = []
    for word in words:
        made.append(run(word))
        made.append(run(word + " "))
        made.append(run(word[:-1]))  # a near miss: the word without its last character
        made.append(lambda n, w=word: run(w)(n - 1) + "\x01")  # a run, then a failing end
    for char in chars:
        made.append(run(char))
        made.append(lambda n, c=char: run(c)(n // 2) + run("x")(n - n // 2))
    for _ in range(6):
        a, b = rng.choice(pool), rng.choice(pool)
        made.append(run(a + b))
    for seed in range(4):
        made.append(mixture(seed, pool))
        made.append(mixture(seed, pool + [" ", "\n"]))
    # Interleave the kinds so the cap keeps some of each.
    rng.shuffle(made)
    return made[:MAX_CANDIDATES]


# -- Measuring ---------------------------------------------------------------------------------

def _as_input(pattern: re.Pattern, text: str):
    if isinstance(pattern.pattern, bytes):
        return text.encode("utf-8", "surrogatepass")
    return text


def _cost(pattern: re.Pattern, text, repeat: int = 1, method: str = "finditer") -> float:
    """CPU seconds of this thread to find every match of ``pattern`` in ``text``.

    CPU time, not wall time: on a busy machine a wall-clock timing includes the time the
    process waited for a core, which made linear patterns look quadratic.
    """
    if method == "match":
        match = pattern.match
        start = time.thread_time()
        for _ in range(repeat):
            match(text)
        return time.thread_time() - start
    finditer = pattern.finditer
    start = time.thread_time()
    for _ in range(repeat):
        for _ in finditer(text):
            pass
    return time.thread_time() - start


def _careful_ratio(pattern: re.Pattern, small, large, method: str = "finditer") -> float:
    """``cost(large) / cost(small)``, each the minimum of 5 timings of enough repetitions."""
    repeat = 1
    while _cost(pattern, small, repeat, method) < 0.002 and repeat < 4096:
        repeat *= 2
    best_small = min(_cost(pattern, small, repeat, method) for _ in range(5))
    best_large = min(_cost(pattern, large, repeat, method) for _ in range(5))
    return best_large / max(best_small, 1e-9)


def check_linear(pattern: re.Pattern, usage: str | int = "finditer") -> None:
    """Assert that ``pattern`` costs linear time on every candidate input.

    Args:
        pattern: the compiled pattern.
        usage: ``"finditer"`` (search everywhere, the worst case), ``"match"`` (anchored
            at the start) or a maximum input size (only the catastrophic-backtracking
            ladder runs, up to that size).
    """
    method = usage if isinstance(usage, str) else "finditer"
    ladder = LADDER if isinstance(usage, str) else tuple(s for s in LADDER if s < usage) + (usage,)
    for build in candidates(pattern):
        for size in ladder:
            elapsed = _cost(pattern, _as_input(pattern, build(size)), method=method)
            assert elapsed < LADDER_BUDGET, (
                f"{pattern.pattern!r} takes {elapsed:.2f}s on {size} characters "
                f"({build(size)[:40]!r}...): catastrophic backtracking"
            )
        if not isinstance(usage, str):
            continue
        small = _as_input(pattern, build(SMALL))
        large = _as_input(pattern, build(LARGE))
        ratio = _cost(pattern, large, method=method) / max(_cost(pattern, small, method=method), 1e-9)
        sizes = (SMALL, LARGE)
        if ratio > SUSPICIOUS_RATIO:
            ratio = _careful_ratio(pattern, small, large, method)
        if ratio >= MAX_RATIO:
            # A linear pattern can look superlinear between two sizes when the small input
            # is cheap for a reason the large one is not (a match early in it whose ".*"
            # takes the rest of a line without newlines); a quadratic pattern keeps growing
            # 64x at the next scale too.
            for size in (LARGE * 2, LARGE * 8):
                huge = _as_input(pattern, build(size))
                elapsed = _cost(pattern, huge, method=method)
                assert elapsed < RECHECK_BUDGET, (
                    f"{pattern.pattern!r}: {size} characters cost {elapsed:.2f}s of CPU (a linear "
                    f"pattern takes milliseconds) on input like {build(40)!r}"
                )
            sizes = (LARGE, LARGE * 8)
            ratio = _careful_ratio(pattern, large, huge, method)
        assert ratio < MAX_RATIO, (
            f"{pattern.pattern!r}: {sizes[1]} characters cost {ratio:.0f}x what {sizes[0]} cost "
            f"(linear is 8x) on input like {build(40)!r}"
        )


# -- Tests -----------------------------------------------------------------------------------


def test_the_patterns_are_found():
    where = {w.split(":")[0].rsplit(".", 1)[0] for _, w in PATTERNS}
    sources = {p.pattern for p, _ in PATTERNS}
    from newsparse import patterns

    assert patterns.DATELINE.pattern in sources
    assert patterns.BOILERPLATE_PHRASES[0][0] in sources  # pattern strings inside pairs
    assert "newsparse.loaders.sniff" in where
    assert any(w.startswith("Parser().rules") for _, w in PATTERNS)
    assert len(PATTERNS) > 50


def test_literal_patterns_inside_functions_are_found(tmp_path):
    found: dict = {}
    module = type(pathlib)("probe_module")
    source = "import re\n\ndef f(text):\n    return re.search(r'(a|b)+c', text, re.I)\n"
    path = tmp_path / "probe_module.py"
    path.write_text(source)
    module.__file__ = str(path)
    spec = importlib.util.spec_from_file_location("probe_module", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _literal_calls(module, found)
    assert [(p.pattern, p.flags & re.I) for p, _ in found.values()] == [("(a|b)+c", re.I)]


def test_the_check_catches_a_quadratic_pattern():
    quadratic = re.compile(r"\s*,")  # each start in a run of spaces scans the whole run
    with pytest.raises(AssertionError, match="cost"):
        check_linear(quadratic)


def test_the_check_catches_catastrophic_backtracking():
    exponential = re.compile(r"(?:a|a)+$")
    with pytest.raises(AssertionError, match="catastrophic"):
        check_linear(exponential)


def test_the_check_passes_a_linear_pattern():
    check_linear(re.compile(r"\bby\s+[A-Z]\w{0,30}"))


def test_exemptions_name_existing_patterns():
    where = {w for _, w in PATTERNS}
    assert set(EXEMPT) <= where, f"stale exemptions: {sorted(set(EXEMPT) - where)}"


@pytest.mark.parametrize(
    ("pattern", "where"), PATTERNS, ids=[w for _, w in PATTERNS]
)
def test_pattern_runs_in_linear_time(pattern, where):
    check_linear(pattern, EXEMPT.get(where, "finditer"))

"""Labels and reasons: one vocabulary, used by the classifier and documented in full."""

import ast
import re
from pathlib import Path

import newsparse
from newsparse import Label, Reason
from newsparse import patterns as P
from newsparse.classify import markup, pipeline
from newsparse.document import LABELS, Decision

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reference" / "reasons.md"
PARSER = newsparse.Parser(load_entrypoints=False)


def _documented(heading):
    """The words of the first column of the tables under ``## heading``."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return [m.group(1) for m in re.finditer(r"^\| `([^`]+)` \|", section, re.MULTILINE)]


def test_every_reason_is_documented_once_and_nothing_else():
    documented = _documented("Reasons")
    assert len(documented) == len(set(documented))
    assert set(documented) == {r.value for r in Reason}


def test_every_label_is_documented_once_and_nothing_else():
    documented = _documented("Labels")
    assert sorted(documented) == sorted(label.value for label in Label)
    assert set(LABELS) == set(Label)


def test_documented_rows_give_a_meaning_and_an_example():
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Reasons\n", 1)[1]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    assert rows and all(len([c for c in row.split("|")[1:-1] if c.strip()]) == 3 for row in rows)


def test_members_are_their_words():
    assert Reason.DUPLICATE == "duplicate" and Label.BODY == "body"
    assert f"{Reason.OUTSIDE_MAIN}" == "outside-main" and str(Label.LIST_ITEM) == "list_item"
    assert newsparse.article_to_json(
        newsparse.Article(boilerplate=[newsparse.Block(text="x", reason=Reason.BANNER, span=newsparse.Span(0, 1))])
    ) == newsparse.article_to_json(
        newsparse.Article(boilerplate=[newsparse.Block(text="x", reason="banner", span=newsparse.Span(0, 1))])
    )


def test_built_in_phrases_give_reasons_of_the_vocabulary():
    assert {reason for _, reason in P.BOILERPLATE_PHRASES} <= {r.value for r in Reason}


def test_decisions_made_once_are_of_the_vocabulary():
    for module in (pipeline, markup):
        decisions = [v for v in vars(module).values() if isinstance(v, Decision)]
        decisions += [v for v in vars(module).values() if isinstance(v, dict) for v in v.values() if isinstance(v, Decision)]
        assert decisions, module
        for decision in decisions:
            assert type(decision.label) is Label and type(decision.reason) is Reason, decision


def _literal_keywords(tree, names):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in names:
            for keyword in node.keywords:
                if keyword.arg in ("label", "reason") and isinstance(keyword.value, ast.Constant):
                    yield keyword.arg, keyword.value.value


def test_no_bare_strings_for_labels_or_reasons_in_the_classifier():
    found = []
    package = ROOT / "newsparse"
    for path in [*(package / "classify").glob("*.py"), package / "assemble.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [(path.name, k, v) for k, v in _literal_keywords(tree, {"Decision", "Block"})]
    assert found == []


def _pages():
    yield from ((p.read_text(encoding="utf-8"), "text") for p in sorted((ROOT / "seeds").glob("*.txt")))
    yield from ((p.read_bytes(), "html") for p in sorted((ROOT / "tests" / "fixtures").rglob("*.html")))
    yield from ((p.read_bytes(), "text") for p in sorted((ROOT / "tests" / "fixtures").rglob("*.txt")))


def test_every_reason_the_parser_records_is_a_member():
    seen = set()
    for source, fmt in _pages():
        for explanation in PARSER.explain(source, format=fmt):
            decision = explanation.decision
            assert type(decision.label) is Label, decision
            assert type(decision.reason) is Reason, decision
            seen.add(decision.reason)
        for block in PARSER.parse(source, format=fmt).boilerplate:
            assert type(block.reason) is Reason, block
    # The pages exercise most of the vocabulary, so the check above means something.
    assert len(seen) >= 15, seen


def test_the_batch_engines_reason_is_a_member():
    from newsparse.batch import site

    assert site.REASON in set(Reason)

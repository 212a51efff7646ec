"""Learning site boilerplate: lines a site repeats on many pages are dropped, nothing else."""

from __future__ import annotations

import json
import random

from hypothesis import given
from hypothesis import strategies as st

from newsparse import Parser
from newsparse.batch import BatchOptions, ParserSpec, run_batch
from newsparse.batch.site import (
    REASON,
    SiteBoilerplate,
    SiteStats,
    line_key,
    normalise_line,
    site_of,
)

WORDS = ("the council said on monday that a new plan for the city would bring more homes parks "
         "and jobs to residents who have waited years").split()

# Chrome that reads like prose, so that a single page cannot tell it from the article.
CHROME = {
    "example.com": (
        ["Example News", ("Sign up for our Morning Briefing newsletter to get the most important "
                          "stories delivered to your inbox every day.")],
        [("Our journalism depends on readers like you, so please consider supporting us with a "
          "subscription today."),
         ("Most read this week: the stories everyone at Example News has been talking about, and "
          "why they matter to you.")],
    ),
    "other.org": (
        ["Other Daily"],
        [("Thanks for reading The Other Daily, where local reporting from the valley has been "
          "published every morning since the paper was founded.")],
    ),
}


def corpus(pages_per_site: int = 12, seed: int = 3):
    """Rows (url, text, true body paragraphs) for each site, pages interleaved."""
    rng = random.Random(seed)
    rows = []
    for index in range(pages_per_site):
        for site, (top, bottom) in CHROME.items():
            body = [" ".join(rng.choice(WORDS) for _ in range(28)).capitalize() + "." for _ in range(4)]
            title = f"Council approves plan number {index} for the city of {site}"
            text = "\n\n".join(top + [title, "By Jane Doe"] + body + bottom)
            rows.append((f"https://www.{site}/story/{index}", text, body))
    return rows


def body_precision_recall(records, rows):
    kept = correct = truth = 0
    for record, (_url, _text, body) in zip(records, rows):
        paragraphs = [p["text"] for p in record["body"]]
        kept += sum(map(len, paragraphs))
        correct += sum(len(p) for p in paragraphs if p in body)
        truth += sum(map(len, body))
    return correct / kept, correct / truth


def test_two_pass_mode_raises_body_precision_without_losing_body(tmp_path):
    rows = corpus()
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(json.dumps({"url": u, "text": t}) + "\n" for u, t, _ in rows))
    spec = ParserSpec(load_entrypoints=False)
    results = {}
    for learn in (False, True):
        output = tmp_path / f"out-{learn}.jsonl"
        summary = run_batch([str(source)], spec=spec, options=BatchOptions(
            output=str(output), jobs=2, learn_site_boilerplate=learn))
        assert summary.ok == len(rows)
        records = [json.loads(line) for line in output.read_text().splitlines()]
        results[learn] = (body_precision_recall(records, rows), records, summary)
    (before, _), (after, recall_after) = results[False][0], results[True][0]
    assert before < 0.9 and after == 1.0 and recall_after == 1.0
    summary = results[True][2]
    assert set(summary.site_boilerplate) == {"example.com", "other.org"}
    record = results[True][1][0]
    assert record["title"].startswith("Council approves plan number 0")
    assert record["bylines"][0]["names"] == ["Jane Doe"]  # repeated, but protected
    reasons = {b["text"][:20]: b["reason"] for b in record["boilerplate"]}
    assert reasons["Our journalism depen"] == REASON


def test_sites_with_few_pages_learn_nothing():
    parser = Parser(load_entrypoints=False)
    stats = SiteStats()
    for url, text, _ in corpus(pages_per_site=4):
        document = parser.load(text, url=url)
        stats.add(site_of(url), tuple({line_key(b.text) for b in document.blocks}))
    assert stats.table() == {}
    assert stats.table(min_pages=4)  # enough pages at a lower bar


def test_plugin_changes_only_repeated_lines_of_the_same_site():
    rows = corpus(pages_per_site=6)
    parser = Parser(load_entrypoints=False)
    stats = SiteStats()
    for url, text, _ in rows:
        stats.add(site_of(url), tuple({line_key(b.text) for b in parser.load(text, url=url).blocks}))
    plugin = SiteBoilerplate(stats.table())
    learned = Parser(load_entrypoints=False, extra_plugins=[plugin])
    url, text, body = rows[0]
    article = learned.parse(text, url=url)
    assert [p.text for p in article.body] == body
    # Another site's page, or one without a URL, is left alone.
    assert learned.parse(text, url="https://unknown.net/x") == parser.parse(text, url="https://unknown.net/x")
    assert learned.parse(text) == parser.parse(text)
    # The default site applies to pages without a URL.
    fallback = Parser(load_entrypoints=False, extra_plugins=[SiteBoilerplate(stats.table(), "example.com")])
    assert [p.text for p in fallback.parse(text).body] == body


@given(st.text(max_size=80))
def test_normalise_line_is_idempotent_and_case_blind(text):
    once = normalise_line(text)
    assert normalise_line(once) == once
    assert normalise_line(text.upper()) == normalise_line(text.lower()) or not text.isascii()


def test_site_of():
    assert site_of("https://www.example.com/a?b") == "example.com"
    assert site_of("http://news.example.co.uk:8080/") == "news.example.co.uk"
    assert site_of("not a url") is None and site_of(None) is None

"""The whole pipeline is linear in the number of blocks: no quadratic loop over them.

Each test parses a document and one eight times larger, made of the same mix of lines
(prose, bylines, datelines, quotes, captions, boilerplate, short lines, blank lines),
and compares CPU time (``time.thread_time``: a busy machine does not inflate it). Linear
code gives 8x; a loop over blocks nested in another gives 64x. The bound, 20x, leaves room
for the garbage collector and caches.
"""

from __future__ import annotations

import time

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)
MAX_RATIO = 20

LINES = (
    "Paragraph {i}: the council said on Monday that the plan would be delayed until the end of the year, "
    "after a debate that lasted more than nine hours in the chamber.",
    "Advertisement",
    "By Jane Doe {i}",
    "",
    "Share this article",
    "Line {i}",
    "“We will not accept this,” said the mayor, speaking to reporters on the steps of city hall {i}.",
    "WASHINGTON (AP) — Story {i} goes on with the details of what happened and why it matters.",
    "Protesters gather outside the parliament building. (Photo by Maria Garcia/AFP/Getty Images)",
    "",
    "Residents of the town argued that the new rules would take effect in the spring after a long review.",
    "© 2024 Example Media Group. All rights reserved.",
)


def text_document(lines: int) -> str:
    return "\n".join(LINES[i % len(LINES)].format(i=i) for i in range(lines)) + "\n"


def html_document(blocks: int) -> str:
    tags = ("p", "div", "p", "li", "h2", "p", "figcaption", "p", "span", "p", "td", "p")
    body = "".join(
        f'<{tags[i % len(tags)]} class="c{i % 7}">{LINES[i % len(LINES)].format(i=i)}</{tags[i % len(tags)]}>'
        for i in range(blocks)
    )
    return f"<html><head><title>A page</title></head><body><article>{body}</article></body></html>"


def cpu_seconds(source: str, fmt: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        PARSER.parse(source, format=fmt)
        best = min(best, time.thread_time() - start)
    return best


def test_text_pipeline_is_linear_in_lines():
    small, large = text_document(25_000), text_document(200_000)
    article = PARSER.parse(small, format="text")
    assert article.body and article.boilerplate  # the mix exercises both paths
    ratio = cpu_seconds(large, "text", 1) / cpu_seconds(small, "text", 2)
    assert ratio < MAX_RATIO, f"200,000 lines cost {ratio:.1f}x what 25,000 cost (linear is 8x)"


def test_html_pipeline_is_linear_in_blocks():
    small, large = html_document(5_000), html_document(40_000)
    article = PARSER.parse(small, format="html")
    assert article.body
    ratio = cpu_seconds(large, "html", 1) / cpu_seconds(small, "html", 2)
    assert ratio < MAX_RATIO, f"40,000 blocks cost {ratio:.1f}x what 5,000 cost (linear is 8x)"


def nested_document(depth: int, tag: str) -> str:
    prose = LINES[0].format(i=0)
    return (f"<html><body><p>{prose}</p>" + f"<{tag}>" * depth + f"<p>{prose}</p>"
            + f"</{tag}>" * depth + f"<p>{prose}</p></body></html>")


def test_html_pipeline_is_linear_in_nesting_depth():
    # The container choice climbs and descends the element tree: every step of it must be
    # bounded, or a page nested 100,000 deep takes minutes.
    for tag in ("div", "section"):
        small, large = nested_document(5_000, tag), nested_document(40_000, tag)
        assert PARSER.parse(small, format="html").body
        ratio = cpu_seconds(large, "html", 1) / cpu_seconds(small, "html", 2)
        assert ratio < MAX_RATIO, f"{tag} nested 40,000 deep costs {ratio:.1f}x 5,000 deep (linear is 8x)"


def test_html_pipeline_is_linear_in_attributes_on_one_element():
    # libxml2's tree builder is quadratic here; the loader, reading while the page is
    # parsed, must not be.
    def page(count: int) -> str:
        attributes = " ".join(f'data-x{i}="v {i}"' for i in range(count))
        return f"<html><body><p {attributes}>{LINES[0].format(i=0)}</p></body></html>"

    small, large = page(20_000), page(160_000)
    assert PARSER.parse(small, format="html").body
    ratio = cpu_seconds(large, "html", 1) / cpu_seconds(small, "html", 2)
    assert ratio < MAX_RATIO, f"160,000 attributes cost {ratio:.1f}x 20,000 (linear is 8x)"

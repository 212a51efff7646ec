"""Peak memory of one parse of a 50 MB document, measured in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from newsparse.limits import BASE_RSS_MIB, MAX_RSS_PER_INPUT_MB

#: The document: paragraphs of news-like prose with the usual furniture between them,
#: every paragraph different (numbers), built in the child process so the parent's memory
#: does not count.
CHILD = textwrap.dedent(
    """
    import json, resource, sys
    import newsparse

    size = int(sys.argv[1])
    parser = newsparse.Parser(load_entrypoints=False)
    parser.parse("warm up the parser\\n\\nA paragraph of text.", format="text")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    pieces, length, i = [], 0, 0
    while length < size:
        piece = (
            f"Paragraph {i}: the council said on Monday that the plan would be delayed until the "
            f"end of the year, after a debate that lasted {i % 13} hours, and that \\u201cthe budget "
            f"had nearly doubled\\u201d since it was approved by the committee in {1990 + i % 30}.\\n\\n"
            + ("Advertisement\\n\\n" if i % 7 == 0 else "")
            + (f"By Jane Doe {i}\\n\\n" if i % 11 == 0 else "")
        )
        pieces.append(piece)
        length += len(piece)
        i += 1
    text = "".join(pieces)[:size]
    del pieces
    article = parser.parse(text, format="text")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"chars": len(text), "paragraphs": len(article.body),
                      "before_mib": before / 1024, "peak_mib": peak / 1024}))
    """
)


def peak_rss(size: int) -> dict:
    """Parse a ``size``-character document in a fresh interpreter; return its measurements."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(size)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_a_50mb_document_parses_within_the_memory_bound():
    size_mb = 50
    measured = peak_rss(size_mb * 1024 * 1024)
    bound = BASE_RSS_MIB + MAX_RSS_PER_INPUT_MB * size_mb
    print(f"peak RSS for {size_mb} MB of text: {measured['peak_mib']:.0f} MiB (bound {bound} MiB)")
    assert measured["paragraphs"] > 100_000
    assert measured["peak_mib"] < bound, measured

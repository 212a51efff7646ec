"""How far each extraction mode leans towards precision or towards recall.

Read by :mod:`newsparse.classify.modes`, which turns a mode's name into the settings the
classifier applies. ``balanced`` is the default and changes nothing: its figures are the
ones every other threshold of this package was measured with.
"""

#: The modes, from the most selective to the most inclusive.
MODES = ("precision", "balanced", "recall")
#: The mode a Parser uses unless told otherwise.
DEFAULT_MODE = "balanced"

#: What is added to every block's body log-odds before the body decoding (positive: more
#: blocks read as body). The log-odds of prose and of furniture lie far apart, and the
#: blocks near zero are the doubtful ones at the article's edges (a short first paragraph,
#: a teaser at the foot). Measured on the scrapinghub and trafilatura-dev sets with
#: ``benchmarks/html_track.py --mode`` (table in docs/benchmarks.md): -0.25 raises precision
#: (0.977 -> 0.981, 0.909 -> 0.925) for a recall of 0.945 and 0.830; -0.5 already costs
#: 14 more lost articles on trafilatura-dev for little more precision. Upwards the shift
#: matters less than the reasons kept below: +0.75 adds 0.004 recall on trafilatura-dev
#: over no shift, and +1.5 or +3.0 add nothing more.
BODY_SCORE_SHIFT = {
    "precision": -0.25,
    "balanced": 0.0,
    "recall": 0.75,
}

#: Reasons for dropping a block that a mode overrules when the block sits inside the
#: article (between its first and last body block, and inside the main container on HTML
#: pages): ``recall`` keeps the asides and related-links boxes an article holds, and the
#: short lines between its paragraphs, since some readers (and some gold standards) count
#: them as its text. This is most of what ``recall`` gains (scrapinghub recall 0.964 ->
#: 0.974 with no shift at all).
KEPT_INSIDE_ARTICLE = {
    "precision": frozenset(),
    "balanced": frozenset(),
    "recall": frozenset({"aside", "related", "links", "short-line", "outside-main"}),
}

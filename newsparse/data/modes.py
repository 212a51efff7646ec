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
#: blocks read as body), after the decoding has chosen how far a nearly empty body is
#: relaxed (:data:`~newsparse.data.layout.RESCUE_STEPS`; a step outweighs any shift, so
#: the shift comes after it). The shift moves the blocks at the article's edges (a short
#: first paragraph, a closing remark, an editor's note at the foot): there a block is body
#: when its log-odds are positive. A short line between two paragraphs is body down to
#: about twice the decoding's switch cost below zero, so no shift here reaches it; that is
#: what ``KEPT_INSIDE_ARTICLE`` is for. Measured with the line model of
#: :mod:`newsparse.models.text_lines` on scrapinghub and trafilatura-dev, as HTML
#: (``benchmarks/html_track.py --mode``) and as crawler text (``benchmarks/text_track.py
#: --mode``), table in docs/benchmarks.md. -0.25 raises precision on all four (HTML 0.977 ->
#: 0.981, 0.909 -> 0.921; text 0.912 -> 0.924, 0.874 -> 0.886); -0.5 adds no precision on
#: scrapinghub HTML and 0.007 on trafilatura-dev, for 25 more lost articles there (49) and
#: a recall of 0.769.
#: +0.75 is what raises recall on crawler text (0.942 -> 0.964, 0.883 -> 0.939, lost
#: trafilatura-dev-text articles 14 -> 3; +0.5 gives 0.960 and 0.925); on HTML the reasons
#: kept below do most of it.
BODY_SCORE_SHIFT = {
    "precision": -0.25,
    "balanced": 0.0,
    "recall": 0.75,
}

#: Reasons for dropping a block that a mode overrules when the block sits inside the
#: article (between its first and last body block, and inside the main container on HTML
#: pages): ``recall`` keeps the asides and related-links boxes an article holds, and the
#: short lines between its paragraphs, since some readers (and some gold standards) count
#: them as its text. On HTML pages this is most of what ``recall`` gains (scrapinghub
#: recall 0.962 -> 0.973 with a shift of +0.5, 0.974 with +0.75).
KEPT_INSIDE_ARTICLE = {
    "precision": frozenset(),
    "balanced": frozenset(),
    "recall": frozenset({"aside", "related", "links", "short-line", "outside-main"}),
}

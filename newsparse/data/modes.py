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
#: blocks read as body). The decoding weighs these scores against the cost of entering and
#: leaving the body (:data:`newsparse.data.layout.DEFAULT_SWITCH_COST`); a shift of about
#: one switch cost moves the borderline blocks (short lines between paragraphs, a teaser at
#: the foot of the article) without giving a menu of links a chance, whose log-odds lie far
#: below. Measured on the scrapinghub and trafilatura-dev sets (docs/benchmarks.md).
BODY_SCORE_SHIFT = {
    "precision": -1.5,
    "balanced": 0.0,
    "recall": 1.5,
}

#: Reasons for dropping a block that a mode overrules when the block sits inside the
#: article (between its first and last body block, and inside the main container on HTML
#: pages): ``recall`` keeps the asides and related-links boxes an article holds, since
#: some readers (and some gold standards) count them as its text.
KEPT_INSIDE_ARTICLE = {
    "precision": frozenset(),
    "balanced": frozenset(),
    "recall": frozenset({"aside", "related", "links", "short-line"}),
}

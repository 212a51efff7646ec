"""Thresholds of the body model's features (see :mod:`newsparse.classify.body_model`).

The weights themselves are trained: they live in :mod:`newsparse.models.text_lines`.
"""

from .layout import TITLE_MAX_CHARS

#: Window half-widths: the nearest neighbours, and the +/-5 lines whose average length
#: measured as the strongest single signal on crawler text.
NEAR = 2
WIDE = 5

#: The bins of line length: a menu item, a label, a title, a sentence, a short paragraph.
LENGTH_BINS = (20, 40, 80, 150, 300)

#: The page's <title> line opens crawler text; its headline part repeats lower down, just
#: above the article. Shorter repeats are too common ("Home", "News") to anchor on.
ANCHOR_MIN_CHARS = 15

#: A first line longer than a headline (the title search's bound) is a paragraph, not the
#: page's title: nothing anchors on it.
ANCHOR_MAX_TITLE_CHARS = TITLE_MAX_CHARS

#: Menus and breadcrumbs are short; a paragraph may hold a "|" or a " / ".
SEPARATORS_MAX_CHARS = 200

#: A commenter's header ("Alex on September 17, 2018 at 6:34 am said:") is one short line.
COMMENT_HEADER_MAX_CHARS = 160

#: The line opening a comment section ("42 Comments", "Join the discussion") is short.
COMMENT_SECTION_MAX_CHARS = 60

#: A page whose blocks average fewer function words than this share is not in English:
#: English prose runs at 0.3-0.5, and a few borrowed words stay well under 0.02.
NO_STOPWORDS_PAGE_SHARE = 0.02

#: The page's own function words: its PAGE_WORDS commonest words of at most
#: PAGE_WORD_MAX_CHARS characters that occur at least PAGE_WORD_MIN_COUNT times. Function
#: words are short in every language written with spaces; twenty cover most of them, and
#: a word seen once or twice says nothing about the page.
PAGE_WORDS = 20
PAGE_WORD_MAX_CHARS = 4
PAGE_WORD_MIN_COUNT = 3

#: Log-odds beyond this are certain either way: scores are clamped to +/- this.
LOG_ODDS_LIMIT = 30.0

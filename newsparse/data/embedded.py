"""Where a page's structured data holds its article's text, and when that text is used.

Some pages render their article with a script: the HTML holds a menu and a footer, and the
text itself only in the page's JSON-LD (schema.org ``articleBody``, or the steps of a
``HowTo``). :mod:`newsparse.loaders.embedded` reads it from there when the visible page
holds next to no prose; these are its vocabulary and thresholds.
"""

from __future__ import annotations

#: Keys of a JSON-LD object whose value is the article's own text (schema.org): the body of
#: an Article (and its kinds: NewsArticle, BlogPosting, Report, ...), of a Review, and the
#: text of any CreativeWork (a Question's, an Answer's, a SocialMediaPosting's).
TEXT_KEYS = ("articleBody", "reviewBody", "text")
#: Objects whose text is not the article's: a reader's comment.
NOT_ARTICLE_TYPES = frozenset({"comment"})
#: A ``HowTo`` (instructions: a recipe, a craft) holds its text as an introduction (its
#: ``description``) and steps (``step``), each step a ``HowToStep`` or ``HowToSection`` whose
#: ``itemListElement`` holds ``HowToDirection`` and ``HowToTip`` objects with ``text``.
HOWTO_TYPES = frozenset({"howto", "recipe"})
#: The keys under which a HowTo nests its steps, and a step its directions.
STEP_KEYS = ("step", "recipeInstructions", "itemListElement")
#: The structured text is used only when it holds at least this many characters: a
#: shorter one is a teaser as often as an article (and a short page is read as it is).
MIN_CHARS = 500
#: ... and only when the visible page's paragraphs (blocks of at least
#: :data:`~newsparse.data.containers.RESCUE_PARAGRAPH_CHARS` characters with little link
#: text) hold less than this share of it: the visible article, when there is one, comes
#: first (it has the page's links, emphasis and layout). A page whose script renders the
#: article shows a teaser at most.
MAX_VISIBLE_SHARE = 0.25
#: The path the blocks read from structured data carry (``newsparse explain`` shows it),
#: by which the classifier knows them.
PATH = "script[type=application/ld+json]"
#: How many JSON objects the search for the text visits at most: a page can ship a
#: catalogue of thousands as JSON-LD.
MAX_OBJECTS = 2_000

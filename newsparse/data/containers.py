"""What marks an HTML element as the article's container, or as page furniture.

The words are matched inside the lowercased ``class`` and ``id`` of an element (``"story-body
main"`` holds ``"body"`` and ``"main"``); :mod:`newsparse.classify.container` compiles them
and applies the thresholds below. The scoring follows Readability's (Mozilla), whose values
are given where ours differ.
"""

from __future__ import annotations

from .markup import MAX_LINK_DENSITY

# -- Class and id words ---------------------------------------------------------------------
#: Words that say "the article is in here": a container's score is multiplied by
#: :data:`POSITIVE_HINT_FACTOR`.
POSITIVE_HINTS = (
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story", "prose",
)
#: Words that say "sidebar, comments or promotion": the score is multiplied by
#: :data:`NEGATIVE_HINT_FACTOR`.
NEGATIVE_HINTS = (
    "-ad-", "advert", "banner", "combx", "com-", "contact", "foot", "footnote",
    "masthead", "outbrain", "taboola", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tool", "widget", "newsletter",
    "subscribe", "social", "recommend", "recirc", "trending", "popular", "breadcrumb", "nav",
    "menu", "signup", "paywall", "cookie", "consent", "modal", "popup",
)
#: ... and, as a regular expression, "ad" as a word or a prefix: ``^ad-`` and ``\bads?\b``.
#: Written with its letters ahead of the boundary tests (look-behinds) so that the regex
#: engine can jump straight to the places where an "a" stands. And "comment", but not
#: "commentary": that names an article's genre (an opinion piece), not readers' comments;
#: and "tags" (see :data:`TAGS_HINT`).
COMMENT_HINT = r"comment(?!ary)"
#: "tags" ends a word where it names a tag list ("post-tags", "tags_list"); inside one it is
#: chance ("tagstyle_z4kq", a style sheet's generated name).
TAGS_HINT = r"tags(?![a-z])"
NEGATIVE_HINTS_BOUNDED = r"ad(?:(?<=^ad)-|(?<!\wad)s?\b)|" + COMMENT_HINT + "|" + TAGS_HINT
#: Words of page furniture wherever it sits (Readability's "unlikely candidates"): a
#: container named so cannot be the article, unless :data:`MAYBE_HINTS` also say content.
UNLIKELY_HINTS = (
    "-ad-", "advert", "banner", "breadcrumb", "combx", "community", "disqus",
    "footer", "gdpr", "cookie", "consent", "legends", "menu", "related", "remark", "replies",
    "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "agegate",
    "pagination", "pager", "popup", "newsletter", "signup", "subscribe", "share", "sharing",
    "outbrain", "taboola", "recirc", "recommend", "trending", "most-popular", "mostpopular",
    "promo", "byline-social", "topics", "keywords",
    # Rotating teaser boxes (recipes, "more stories", products); a photo carousel inside an
    # article holds captions, not its text.
    "carousel",
)
#: ... and ``\bad-``, ``\bads\b``, :data:`COMMENT_HINT` and :data:`TAGS_HINT`, written as
#: :data:`NEGATIVE_HINTS_BOUNDED` is.
UNLIKELY_HINTS_BOUNDED = r"ad(?<!\wad)(?:-|s\b)|" + COMMENT_HINT + "|" + TAGS_HINT
#: Furniture whatever else the name says: "comment-content" and "related-content" are not
#: the article. The last three hide an element in the site's own stylesheet.
FURNITURE_HINTS = (
    "disqus", "respond", "related", "recommend", "outbrain", "taboola", "newsletter",
    "cookie", "consent", "popup", "modal", "sponsor", "advert", "share", "sharing", "social",
    "subscribe", "signup",
    # An author's biography below the article, and a disclaimer or disclosure box.
    "about-author", "about-the-author", "abouttheauthor", "author-bio", "authorbio",
    "author-blurb", "saboxplugin", "disclaimer", "disclosure",
    "sr-only", "visually-hidden", "screen-reader",
)
#: ... and "hidden" and "hide" as words of their own, ``\bd-none\b`` (Bootstrap's
#: "display: none"), and :data:`COMMENT_HINT`. Not as part of a compound: "label-hidden"
#: (a CMS hides the field's label, not the field) and "hidden-xs", "hidden-print" (hidden
#: on phones or on paper only) name boxes readers see.
FURNITURE_HINTS_BOUNDED = r"hid(?<![\w-]hid)(?:den|e)(?![\w-])|d(?<!\wd)-none\b|" + COMMENT_HINT
#: A class name that says a piece of furniture is absent ("no-share", "no_comments"): taken
#: out before the names are matched.
ABSENT_HINT = r"(?<![\w-])no[-_][\w-]*"
#: Embedded posts the article quotes ("social-media-embed > twitter-tweet") are its content,
#: whatever the "social" in their names suggests: these words lift the furniture hints.
EMBED_HINTS = ("embed", "tweet", "instagram-media", "tiktok")
#: ... but not a sign-up form: a mailing list's form embedded in the page
#: ("mc_embed_signup") asks for an address, it quotes no post.
SIGNUP_HINTS = ("signup", "subscribe", "newsletter")
#: Words that may name content: an unlikely-sounding name with one of these ("main-sidebar"
#: aside, "comments-body") is not ruled out by :data:`UNLIKELY_HINTS` alone.
MAYBE_HINTS = ("article", "body", "column", "content", "main", "shadow", "story", "text", "entry", "post")

# -- Tags -------------------------------------------------------------------------------------
#: Page furniture by tag: inside the main container these are asides (related links, share
#: rows, tag lists), not the article, unless they hold most of its text.
FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
#: Containers that can hold an article's text directly, without paragraphs: text sitting in
#: one counts for the container itself as much as for its parent.
TEXT_CONTAINERS = frozenset({"div", "article", "section", "main", "td", "center", "font"})
#: Bonuses by tag, as in Readability: containers of prose are divs and articles; lists and
#: headings rarely hold an article, and the body is the fallback, not a candidate.
TAG_BONUS = {
    "div": 5.0, "article": 10.0, "main": 5.0, "section": 3.0, "pre": 3.0, "td": 3.0,
    "blockquote": 3.0, "address": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0,
    "li": -3.0, "form": -3.0, "th": -5.0, "body": -10.0,
}

# -- Scoring ----------------------------------------------------------------------------------
#: A block shorter than this is not a paragraph for scoring (Readability: 25).
MIN_PARAGRAPH_CHARS = 25
#: A paragraph's score spreads up this many ancestors, divided as in Readability
#: (1, 2, 6, 9, 12).
SCORE_LEVELS = 5
#: Class names that say "article" or "sidebar" scale a container's score by these factors
#: (Readability adds 25; scaling keeps a tiny "post-date" box below the paragraphs' container).
POSITIVE_HINT_FACTOR = 1.5
NEGATIVE_HINT_FACTOR = 0.5

#: A best container holding a single paragraph shorter than this yields to a candidate
#: scoring at least :data:`ALTERNATIVE_SHARE` of it that holds several (see
#: ``container._Choice``): one line is a tagline or a table cell, not an article.
LONE_LINE_MAX_CHARS = 80

# -- Siblings and alternatives ------------------------------------------------------------------
#: A sibling of the best container joins it when its score reaches this share of the best ...
SIBLING_SHARE = 0.2
#: ... and at least this absolute score (Readability: 10).
SIBLING_MIN_SCORE = 10.0
#: A sibling with the best container's own class and id gets this share of the best score
#: as a bonus: it is the same kind of box (a second "story-body" after an ad).
SIBLING_SAME_HINTS_BONUS = 0.2
#: A ``<p>`` sibling joins on its own when longer than this with little link text (below
#: :data:`SIBLING_MAX_LINK_DENSITY`), or when shorter, linkless, and ending a sentence.
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_MAX_LINK_DENSITY = 0.25
#: Candidates scoring at least this share of the best one, elsewhere on the page, widen the
#: main container to the ancestor they share with it (Readability uses 0.75 and three of
#: them; articles split in two chunks have one). At most :data:`ALTERNATIVES` are looked at.
ALTERNATIVE_SHARE = 0.5
ALTERNATIVES = 4
#: ... provided that ancestor is mostly prose, not menus.
WIDEN_MAX_LINK_DENSITY = 0.3
#: Furniture inside the main container stays in it when it holds at least this share of
#: the container's text (then its name misleads: "paywall", "content-with-sidebar"); a box
#: named for furniture around a candidate that holds this share of the page wraps the page
#: ("mmenu-pagewrapper", a menu script's holder of everything) and rules nothing out.
FURNITURE_MAX_SHARE = 0.5
#: An ``<article>`` inside the article is a teaser card (a headline, a line or two of
#: description, a "read more" link) unless it has a heading of its own, holds at least
#: CARD_MIN_CHARS characters, and at most CARD_MAX_LINK_SHARE of them are link text: a
#: listicle's cards ("11 day trips", each a heading and paragraphs) are the article's own
#: sections. (Without the heading, a page of quotations lost its article to a column of
#: quotation cards below it; without the length, a row of teasers with unlinked headlines
#: joined an article.)
CARD_MIN_CHARS = 500
CARD_MAX_LINK_SHARE = 0.2
#: How many nested furniture boxes are looked through above a candidate: the climb is
#: bounded so that pathological nesting costs a constant per candidate.
FURNITURE_CLIMB = 8

# -- The safety net (newsparse.classify.rescue) -------------------------------------------------
#: A block reads like an article's paragraph from this many characters (fewer in
#: ideographic scripts, which say as much in fewer characters) ...
RESCUE_PARAGRAPH_CHARS = 80
RESCUE_PARAGRAPH_CHARS_IDEOGRAPHIC = 30
#: ... with at most this share of link text (teaser cards and menus have more).
RESCUE_MAX_LINK_DENSITY = 0.2
#: A run of such paragraphs goes on across at most this many other blocks in a row (a
#: subheading, a caption, an "Advertisement" line, a widget's few lines).
RESCUE_MAX_GAP = 3
#: ... counting only blocks of at least this many characters: a live ticker's time stamps
#: and scores, or a lone "Advertisement", do not break a run.
RESCUE_GAP_MIN_CHARS = 25
#: A run outside the main container joins it when it holds at least this many characters
#: of paragraphs (a short news item is three or four of them) ...
RESCUE_MIN_CHARS = 400
#: ... and this many times the container's own: a container with as much article-like text
#: is trusted, a run twice its size is the better candidate.
RESCUE_RATIO = 2.0
#: Paragraphs in boxes named for comments or promotions count this share: readers'
#: comments read like an article, and a container holding a short article must not lose to
#: them, while a box misnamed so (a live ticker "live-match-comments") still wins when it
#: is all the page has.
RESCUE_FURNITURE_SHARE = 0.25
#: ... and a run made mostly of such paragraphs joins only a container holding fewer
#: characters of paragraphs than this: next to nothing, not a short article.
RESCUE_FURNITURE_MAX_INSIDE = 100
#: A paragraph is in such a box when the first this many characters of its class and id
#: names (its own, then its ancestors', nearest first) name one: a name far up the page (a
#: menu script's wrapper around everything) says nothing of one paragraph.
RESCUE_HINT_CHARS = 80
#: The body model's first block is looked above for the container's lede across at most
#: this many blocks of the container (a share row, a box of tour dates; the blocks of a
#: widget nested outside the container, a newsletter box, are not counted) ...
LEDE_WINDOW = 8
#: ... a paragraph of at least this many characters (a dek is shorter: one sentence) ...
#: (The same length admits a lede of another tag than the body's paragraphs above the
#: container, in a box of the same names as theirs: a lede set as an ``<h2>`` in a page
#: builder's text box. At 80 a Japanese page's standfirst came in, one postlight start
#: lost; at 140 four trafilatura-dev pages gained and no page of any set got worse.)
LEDE_MIN_CHARS = 140
#: ... with at most this share of link text: a lede often names its source and links to
#: it ("the researchers said in a report"), more link text than a paragraph rescued from
#: outside the container may hold: the markup's own bound for a paragraph of the
#: container (above it, a link list).
LEDE_MAX_LINK_DENSITY = MAX_LINK_DENSITY
#: A lede cut off above the main container may sit this many levels above or below the
#: container's first paragraph (a lede in a box of its own beside the body's box). At 0,
#: ledes one level up, behind a date line, were lost on five trafilatura-dev pages and
#: one scrapinghub page; the standfirsts that come in too cost two scrapinghub pages a
#: little precision (none got worse on trafilatura-dev or postlight).
LEDE_MAX_DEPTH_STEP = 1

# -- Forms ------------------------------------------------------------------------------------
#: A ``<form>`` is read as page content (ASP.NET wraps whole pages in one) when it holds a
#: paragraph, or at least this many characters of text outside links: a forum thread or a
#: product page whose posts are ``<div>``s with line breaks. A search box, a login or a
#: sign-up form holds a few labels; a consent dialog that passes the bound is still read
#: block by block, and its phrases drop it.
FORM_CONTENT_MIN_CHARS = 1_000

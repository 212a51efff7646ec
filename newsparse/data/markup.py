"""What HTML markup says about a block: class/id hints and the thresholds of the markup rules.

Read by :mod:`newsparse.classify.markup`. Hints are matched against a block's ``hints``:
the lowercased class and id tokens of its element and its ancestors, the element's own
first. (The class names that pick the main container are in
:mod:`newsparse.data.containers`.)
"""

# -- Class/id hints (regular expressions, matched case-sensitively on lowercased hints) -------
#: Where the headline, standfirst and byline live; matched on the block's own hints and its
#: nearest ancestors' (within HEAD_HINT_CHARS).
HEAD_HINTS = (
    r"headline|title|byline|author|dek\b|standfirst|subtitle|sub-title|subhead|"
    r"summary|description|intro|lede|lead|strapline|kicker|header"
)
#: Boxes that hold the byline, named by the nearest class names ("byline", "author-name",
#: "post-author-name", "authorname-txt").
#: Whole class tokens only: WordPress marks every post "author-<slug>", which is no byline.
#: Every match spells "by", "author", "writer" or "reporter" (the rules screen on them).
BYLINE_HINTS = (
    r"(?:^|\s)(?:[\w-]*by-?line[\w-]*|[\w-]*[-_]authors?|authors?|writer|reporter"
    r"|authors?[-_]{1,2}(?:name|names|info|link|links|wrapper|meta|details|by|box)[\w-]*"
    r"|[\w-]*authors?[-_]?names?(?:[-_][\w-]*)?)(?=\s|$)"
)
#: Boxes of a comment form's fields, named by a class token holding one of these
#: ("comment-form-author", "commentform"): the field for the reader's name matches
#: BYLINE_HINTS, and its label ("Name *", "Имя *", "Nama (wajib)") is in the page's
#: language. Lowercase.
COMMENT_FORM_HINTS = ("comment-form", "commentform", "comment_form")
#: The kind of the loader's mark on an inline element the page names as the author's
#: (a class matching BYLINE_HINTS, ``itemprop="author"``, ``rel="author"``): a line that
#: runs the name into a date ("Jane Doe 2020/03/03 10:00") is a date line, and the mark
#: keeps the name it holds. Never one of the :class:`~newsparse.Mark` kinds of the body.
AUTHOR_MARK = "author"
#: Inline elements that hold a kicker (an overline) printed inside the headline's element
#: ("<h1><span class=kicker>Klimaschutz</span>: Bohren, bis es heiß wird</h1>"), named by
#: their class: "kicker", "overline", "topline", "roofline", "supertitle", "eyebrow", and
#: the newsroom words of other languages ("dachzeile" and "spitzmarke" in German,
#: "surtitre" in French, "antetitulo" in Spanish, "occhiello" in Italian). A substring of
#: any class token ("article-heading__kicker", "ts-overline", "headline--topline").
KICKER_HINTS = (
    "kicker", "overline", "topline", "roofline", "supertitle", "eyebrow", "dachzeile",
    "spitzmarke", "surtitre", "antetitulo", "occhiello",
)
#: The kind of the loader's mark on such an element: the headline is read without it.
#: Never one of the :class:`~newsparse.Mark` kinds of the body.
KICKER_MARK = "kicker"
#: Boxes that hold captions and photo credits, named by the nearest class names.
CAPTION_HINTS = r"caption|credit|figcaption"
#: Boxes that hold the standfirst, named by a block's first class or id token read in its
#: parts ("article__header__intro__text", "c-page-intro__copy", "post__deck", "chapo"):
#: some part names a standfirst ...
STANDFIRST_HINT_PARTS = frozenset({
    "abstract", "chapeau", "chapo", "deck", "dek", "excerpt", "intro", "lead", "leader", "lede",
    "standfirst", "strapline", "subhead", "subheadline", "summary", "teaser",
})
#: ... and none names another part of the head or a caption ("intro__title" is the intro's
#: headline, "lead-meta" its date line). A whole part only: "leadmediacaption" and
#: "imagedescription" name captions.
STANDFIRST_OTHER_PARTS = frozenset({
    "author", "byline", "caption", "credit", "date", "dates", "headline", "image", "img", "kicker",
    "meta", "photo", "time", "times", "title",
})

#: How far into the hints the byline names are looked for (searched within so many
#: characters, the token runs of BYLINE_HINTS stay short).
BYLINE_HINT_CHARS = 60
#: Only the block's own and its nearest ancestors' names count for captions: a page-wide
#: wrapper called "has-captions" says nothing about its paragraphs.
CAPTION_HINT_CHARS = 60
#: How far a head candidate may be from the start of its hints to count (own class first).
HEAD_HINT_CHARS = 80

# -- Tags ------------------------------------------------------------------------------------
#: The heading elements: a block in one is a heading, never a paragraph of prose.
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# -- Sizes -----------------------------------------------------------------------------------
#: Bylines are short: "By Joseph Tsidulko November 19, 2019, 07:47 PM EST" is 50 characters.
BYLINE_BOX_MAX_CHARS = 120
BYLINE_BOX_MAX_WORDS = 18
#: Date lines are short: "Posted on June 14, 2023 by Alice Moreno" is eight words; a dek
#: or a sentence that mentions a year is longer.
DATE_LINE_MAX_CHARS = 60
DATE_LINE_MAX_WORDS = 10
#: Headlines and standfirsts are short; a long block outside the container is not one.
HEAD_MAX_CHARS = 400
#: Inside the main container, a block this long with little link text is prose whatever
#: its language (jusText's "length_high" is 200; container evidence lets us go lower).
#: Ideographic scripts say in 40 characters what alphabetic ones say in 120.
PROSE_MIN_CHARS = 120
PROSE_MIN_CHARS_IDEOGRAPHIC = 40

# -- Link text -------------------------------------------------------------------------------
#: Share of link text above which a block is a link list (related stories, tag lists, share
#: rows) and never prose, whatever its words say. Prose with a few inline links stays well
#: below (jusText's max_link_density is 0.2 without container evidence). (The text rules
#: used 0.4 here and the markup rules 0.5; one cap changed one of the 362 benchmark pages,
#: c7e39ac4, which keeps a paragraph with two links: body F1 0.928 -> 0.952.)
MAX_LINK_DENSITY = 0.5
#: A sentence whose words are mostly a link ("X replaced <a>Y, who held both posts for eight
#: months</a>.") is still prose when it stands between two paragraphs of the body: it is
#: kept when it has at least LINKED_PROSE_MIN_CHARS characters, ends a sentence, and at
#: most LINKED_PROSE_MAX_DENSITY of its text is in links. A block that is one link whole is a
#: teaser, wherever it stands; at 0.95, promotions glued to their link ("... digital!Einfach
#: hier klicken") and a politician's hover card came in too (one page of each of
#: scrapinghub and trafilatura-dev worse); at 0.7 no page got worse.
LINKED_PROSE_MIN_CHARS = 80
LINKED_PROSE_MAX_DENSITY = 0.7
#: The same sentence just above the body's first paragraph, in its very box, is the story's
#: lede ("<a>Gov. Jane Doe</a> said ..."), from LINKED_LEDE_MIN_CHARS characters (a lede
#: of one short sentence; "Read more here." is shorter) with at most LINKED_LEDE_MAX_DENSITY
#: of its text in links. No paragraph above vouches for it, so the bound is below the one
#: between two paragraphs: at 0.7, a lede whose link carried a hover card (a politician's
#: name, then the card's teaser headlines) came in, and one scrapinghub page got worse.
LINKED_LEDE_MIN_CHARS = 40
LINKED_LEDE_MAX_DENSITY = 0.6
#: Link text a short line may carry and still count as link-free: above it a block shorter
#: than :data:`newsparse.data.layout.SHORT_CHARS` is a link list ("Read more: <link>" is
#: mostly link); below it a line of the main container leans towards the body even when
#: the text rules doubt it (list entries, table cells, subheadings).
LOW_LINK_DENSITY = 0.3

# -- Weights ---------------------------------------------------------------------------------
#: The weight of a short, link-free line of the main container: positive, so the body run
#: spans the container, but too small to carry the run on its own.
MAIN_SHORT_WEIGHT = 0.2
#: Evidence against the body for the headline and head candidates outside the container:
#: far more than two switches in and out of the body cost, so no run swallows them.
HEAD_WEIGHT = -10.0
#: What a block the markup doubts keeps of its (negative) text evidence inside the
#: container: the container argues for it.
LINKED_WEIGHT_SHARE = 0.3

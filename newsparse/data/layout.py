"""Thresholds of the classifier's text rules: prose, short lines, and the article's head.

Read by :mod:`newsparse.classify.pipeline` (and the markup rules where they weigh prose the
same way). Lengths are in characters, counts in words (runs of ``\\w``).
"""

#: A block of at least this many words with at least this share of function words reads
#: as prose. jusText uses similar bounds (length_high 200 chars, stopwords_high 0.32).
PROSE_MIN_WORDS = 12
PROSE_MIN_STOPWORDS = 0.18
#: In scripts written without spaces (Chinese, Japanese) a line has no words to count: a
#: line that ends a sentence and holds at least this many of their characters (two or
#: three sentences) reads as prose.
PROSE_MIN_DENSE_CHARS = 40

#: A prose block's weight grows with its length, one unit per this many characters, up to
#: PROSE_WEIGHT_MAX_CHARS: a long paragraph outweighs a few short lines, but one huge block
#: does not carry a whole run of boilerplate into the body.
PROSE_WEIGHT_CHARS = 100.0
PROSE_WEIGHT_MAX_CHARS = 600

#: Short blocks never start or extend the body on their own, a short line the body model
#: doubts inside the body is a stray line rather than an aside, and on HTML pages a short
#: block tolerates less link text (see :data:`newsparse.data.markup.LOW_LINK_DENSITY`).
#: (The markup rules used 80 here; one bound for both changed 5 of the 362 benchmark pages:
#: two bodies gained a closing line, body F1 0.987 -> 1.000 and 0.984 -> 0.987, and three
#: dropped lines changed reason from "links" to "outside-body".)
SHORT_CHARS = 70
#: The weight of a short line that is not prose, and of a longer one that ends without
#: closing a sentence: both argue against the body, the short one more.
SHORT_LINE_WEIGHT = -0.5
UNFINISHED_WEIGHT = -0.3

#: How far above the body (in blocks) the title, dek and bylines are looked for.
HEAD_WINDOW = 12
#: Bylines sit further up on pages that put share rows, captions and teasers between the
#: byline and the first paragraph; only lines that read as bylines are taken there.
BYLINE_WINDOW = 30
#: How far below the body a trailer ("Reporting by ...; Editing by ...") is looked for.
TRAILER_WINDOW = 4
#: How far below the title (in blocks) the dek is looked for.
DEK_WINDOW = 4

#: Headlines are a few words (3 to 40) and at most this many characters; longer lines are
#: paragraphs.
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 40
TITLE_MAX_CHARS = 250
#: Characters of a script written without spaces (kana, CJK ideographs, Hangul) that make
#: one word, where a line's length stands for its word count: Japanese and Chinese words
#: are one to three characters long.
DENSE_CHARS_PER_WORD = 2
#: A headline candidate sharing this share of its words with the page's <title> is
#: preferred: reworded headlines keep most of their words; share rows and dates keep none.
TITLE_MIN_SHARED = 0.6
#: Lines shorter than this that carry a date or a time are datelines of the page, not
#: headlines ("Published 7:07 PM EST Nov 19, 2019").
TITLE_DATE_MAX_WORDS = 10

#: How many blocks at the top of the body (and just above it) are read again for what
#: only stands there: a share count, a teaser cut short, a lede dropped as a repeat. A
#: stack of such lines runs to four (a photo's credit, the agency's name, a date line,
#: a share count), and the first paragraph must be in reach below it.
OPENING_WINDOW = 6
#: A sentence in the very box of the body's first paragraph, just above it, opens the story
#: from this many characters: a paragraph the lede's own bound
#: (:data:`newsparse.data.containers.LEDE_MIN_CHARS`) finds too short, cut off from the rest
#: by an embedded post; a label ("Photo", "Read more") is shorter.
OWN_PARAGRAPH_MIN_CHARS = 80
#: What a teaser cut short ends with.
ELLIPSES = ("...", "…", "‥")
#: A teaser shorter than this is a label ("More...", "Read on..."), not the start of a
#: paragraph given in full below.
TEASER_MIN_CHARS = 15

#: A dek is a sentence or two: 6 to 70 words.
DEK_MIN_WORDS = 6
DEK_MAX_WORDS = 70
#: A standfirst the main container left out (it stands in the headline's box above the
#: article) is prose: at most this share of its characters is link text (jusText's cap for
#: prose without container evidence). Share rows, tag lists and date rows there link more.
DEK_MAX_LINK_DENSITY = 0.2

#: A subheading is a few words (1 to 14) followed by prose.
SUBHEADING_MAX_WORDS = 14

#: A heading in the body whose section kept nothing is dropped (see
#: :mod:`newsparse.classify.sections`) when it is at most this long (a longer "heading" is
#: a paragraph set in a heading's type) ...
EMPTY_SECTION_HEADING_MAX_CHARS = 100
#: ... and either the body ends after it, or the next block kept is another heading and
#: some box of the page's furniture stood between them, or at least this many such boxes
#: did (a list of links under "More from us", then a paragraph far below). Counted against
#: one such box: trafilatura-dev snippet F1 0.932 (4 pages worse, 7 better than without
#: the rule) against 0.933 (2 worse, 8 better) with three; scrapinghub lost a heading of
#: the article on one page more (body F1 0.932 -> 0.902 there).
EMPTY_SECTION_MIN_BOXES = 3
#: The body's last block is dropped when it stands in a box of its own (see
#: :mod:`newsparse.classify.ending`) and is shorter than this, on a body of at least
#: DETACHED_END_MIN_BLOCKS blocks; the new last block is looked at again, at most
#: DETACHED_END_ROUNDS times in all ("Tags:" under "Follow us on ..."). On the dev sets
#: (html_track, against the same run without it): trafilatura-dev snippet precision
#: 0.932 -> 0.935, 5 pages better, 1 worse; scrapinghub 9 better, 1 worse (a correction
#: note). At 150 characters, 3 and 8 pages better, the same ones worse; in one round, 4
#: and 9 better.
DETACHED_END_MAX_CHARS = 250
DETACHED_END_MIN_BLOCKS = 3
DETACHED_END_ROUNDS = 3
#: A name alone, wholly bold or italic, as the body's last block is the author's signature
#: (see :mod:`newsparse.classify.signature`) below a body of more than this many blocks ...
SIGNATURE_MIN_BLOCKS = 3
#: ... and when the line is no longer than this (two or three names and their "and").
SIGNATURE_MAX_CHARS = 80
#: A note on the author (see :mod:`newsparse.classify.author_note`) is looked for among
#: the body's last AUTHOR_NOTE_WINDOW blocks (the note, and a line under it such as
#: "Follow her on ...") ...
AUTHOR_NOTE_WINDOW = 2
#: ... on a body of more than this many blocks (a short page may be the author's own
#: profile) ...
AUTHOR_NOTE_MIN_BLOCKS = 3
#: ... and is no longer than this: a few sentences on who wrote the story; a paragraph
#: longer than that is more of the story (an interview's answer opening with the name).
AUTHOR_NOTE_MAX_CHARS = 600
#: Inside the body, a block alone in a box of its own (see
#: :mod:`newsparse.classify.islands`) is dropped when it is shorter than this (a widget's
#: line is as short as a detached end's) ...
ISLAND_MAX_CHARS = DETACHED_END_MAX_CHARS
#: ... on a body of at least this many blocks ...
ISLAND_MIN_BLOCKS = 4
#: ... whose text stands at least this much in boxes holding two blocks of it or more
#: (where each paragraph has a box of its own, being alone says nothing) ...
ISLAND_MIN_REPEATED_SHARE = 0.5
#: ... unless its tag sets it apart on purpose: a heading, a quote, a list item, a table
#: cell, code, a definition.
ISLAND_KEPT_TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "td", "th", "pre", "dd", "dt",
    "caption",
})
#: A block whose own element is a box of the body's paragraphs holds text around them and
#: stays; paths show a few names, and the comparison reads this many of the last ones.
ISLAND_COMPARED_NAMES = 3
#: Blocks shorter than this between the heading and what follows say nothing either way
#: (a bullet, a time stamp).
EMPTY_SECTION_BOX_MIN_CHARS = 10

#: Captions are a sentence or two: credits are looked for in blocks shorter than this, and
#: a longer block inside a figure or a caption box is an embedded article. (The text rules
#: used 500 here and the markup rules 400; one bound changed none of the 362 benchmark
#: pages.)
CAPTION_MAX_CHARS = 400

#: What a switch between body and not-body costs in the sequence decoding when a model
#: does not say (in log-odds: two confident blocks outweigh one switch).
DEFAULT_SWITCH_COST = 2.0

#: A repeat shorter than this is a legitimate short line ("Reuters", "Advertisement").
DUPLICATE_MIN_CHARS = 10

#: A body shorter than this (in characters) is near-empty: the decoding is relaxed (see
#: RESCUE_STEPS) until the body reaches it. A short news item is a few hundred characters.
SMALL_BODY_CHARS = 400

#: What keeping the body of crawler text going across a line the first pass settled as
#: boilerplate costs (log-odds units, as the decoding's switch cost): a line or two that
#: follows a share prompt or a copyright line joins the body only when it reads as body
#: beyond doubt, while the paragraphs of a story interrupted by "Advertisement" pay it
#: many times over.
TEXT_BREAK_COST = 0.5

#: On crawler text, what a line between two parts of a story costs the body at most when
#: the decoding weighs whether the story goes on across it (log-odds, as the switch
#: cost): an inline widget ("Read also:", a related headline or two, a map's caption)
#: costs each of its lines this much and no more, so a paragraph below it that reads as
#: body rejoins the story; the widget's lines themselves stay out (see
#: ``classify.pipeline._across_widgets``). Measured over 0.25, 0.5, 1 and
#: 1.5 on both text sets: at 0.5 trafilatura-dev-text lost two articles fewer and
#: scrapinghub-text's F1 stayed within its noise; at 1 and above nothing was recovered,
#: and at 0.25 teaser runs below the story joined it (scrapinghub-text F1 -0.003).
TEXT_GAP_LINE_MAX_COST = 0.5

#: A numbered list's items stand at most this many lines apart (an item, its description,
#: a link to it): farther on, a number that counts on belongs to something else.
NUMBERED_MAX_GAP = 6
#: A numbered item is a short line: a longer one starting with a number is a paragraph.
NUMBERED_ITEM_MAX_CHARS = 200
#: On crawler text, a list beside the body (a recipe's ingredients, a tour's dates, a price
#: list, a podcast's file sizes) is a run of short lines the body model drops as it would
#: a menu. What tells it apart in any language is that nearly every line carries a number
#: and a word or more: a run of at least this many lines ...
ITEM_LIST_MIN_LINES = 4
#: ... of which at least this share hold a digit and two words or more joins the body.
#: Measured at 0.6, 0.7, 0.8 and 0.9 on both text sets: every share gained on
#: trafilatura-dev-text (+0.001), but below 0.9 teaser columns joined too (a headline with
#: a year in it, an author's name with a time stamp): one scrapinghub-text page worse at
#: 0.8, four at 0.7, eight at 0.6 (F1 0.934, 0.933, 0.932 against 0.934 at 0.9, where
#: no page got worse).
ITEM_LIST_MIN_SHARE = 0.9
#: A list whose lines' first numbers count down (each no larger than the one before on at
#: least this share of the steps, and smaller on half of them) is a feed, newest first:
#: an archive of press releases, "recent posts" with their dates, a live ticker's
#: minutes. Those stay out.
ITEM_LIST_COUNTDOWN_SHARE = 0.8

#: How much every score of a near-empty page is raised, step by step, to find its article
#: (in log-odds: the model's best lines on unfamiliar pages score around -1 to -3).
RESCUE_STEPS = (1.0, 2.0, 3.0, 4.0)

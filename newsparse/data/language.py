"""How much text the language detector reads, and how sure it must be.

Read by :mod:`newsparse.language`. Lengths are in characters of the article's text.
"""

#: The detector reads at most this many characters from the start of the article. A few
#: hundred characters of prose settle the language (99% right on the first 300 in the
#: benchmark); its time grows with the length (in one run 8,300 detections a second at 500
#: characters, 4,300 at 1,000), and on crawler text, where every article is detected,
#: it is a few percent of the parse.
LANGUAGE_SAMPLE_CHARS = 500

#: Fewer characters than this (a headline alone, a caption) give no language: on a few
#: words the detector confuses close languages and names pass for words of any language.
LANGUAGE_MIN_CHARS = 40

#: The detector's probability for its best language must reach this, else no language is
#: given. On the trafilatura-dev pages the texts it got wrong scored 0.17 and 0.41 (a stock
#: ticker, a language it does not know); of 452 right ones one scored below 0.5.
LANGUAGE_MIN_CONFIDENCE = 0.5

#: The detector's sample is gathered from at most this many lines (paragraphs of an
#: article): enough to pass over a ticker, a date line or a few lines of script at the top
#: of a body and still fill :data:`LANGUAGE_SAMPLE_CHARS` with prose, while bounding the time
#: spent on a text with no prose at all.
LANGUAGE_MAX_LINES = 40

#: :func:`newsparse.language.detect_language` reads its lines from this many characters at
#: the start of a text.
LANGUAGE_READ_CHARS = 4 * LANGUAGE_SAMPLE_CHARS

#: A line whose words (tokens of letters, bar a fifth at most) hold less than this share of
#: its characters is not read by the detector. On the body lines of the trafilatura-dev
#: pages, prose with figures, names and citations holds 0.66 or more ("Die häufigsten
#: Bewegungen … (n=1.787, 76,1 %)"); a line of script holds 0.17, a list of image links
#: 0.15 to 0.23, a stock ticker none, tables of figures 0.2 to 0.5.
LANGUAGE_MIN_WORD_SHARE = 0.5

#: A language the page's markup states gives way to the one detected in the article's body
#: only when the body's sample has at least this many characters: two or three sentences
#: can be a quotation, a list of names or a line in the site's house language.
LANGUAGE_OVERRIDE_MIN_CHARS = 200

#: ... and when the detector is at least this sure of it. On the HTML dev sets the 14 pages
#: whose stated language the body's prose contradicts (German and Spanish blogs stating
#: "en", English pages stating "de") scored 0.86 to 1.0; a page in Papiamento stating "en"
#: scored 0.37.
LANGUAGE_OVERRIDE_MIN_CONFIDENCE = 0.8

#: Codes that name the same language, mapped to the code the detector gives: a page stating
#: one is not contradicted by the detector finding the other. Only the primary subtag is
#: compared ("en-US" states "en", "zh-Hant" states "zh", "sr-Latn" states "sr"). Pages still write retired
#: codes ("iw", "in") and Norwegian as "nb" or "nn".
LANGUAGE_SAME = {
    "nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro",
    "fil": "tl", "sh": "sr",
}

#: Groups of languages so close that the detector tells them apart less reliably than a
#: page states its own: within a group the stated language always stands.
LANGUAGE_CLOSE_GROUPS = (
    frozenset({"bs", "hr", "sr", "me"}),
    frozenset({"id", "ms"}),
    frozenset({"no", "da"}),
    frozenset({"cs", "sk"}),
    frozenset({"gl", "pt"}),
    frozenset({"zh", "yue", "wuu"}),
)

#: Before a page's blocks are classified its body is not known: to choose the phrase packs,
#: a stated language is checked (as the body's would be) on the page's lines of at least
#: this many characters, which are mostly prose, menus and buttons being shorter. On the
#: 799 HTML dev pages that state a language, lines of 60 or 100 characters gave the same
#: decision as the body on every page; all lines missed 4 of the 14 misstated ones.
LANGUAGE_PAGE_LINE_MIN_CHARS = 80

#: Before the detector is asked, a stated language with a list of function words
#: (:data:`newsparse.data.function_words.BY_LANGUAGE`) is confirmed when that list's words
#: are at least this share of the words at the start of the text: running prose is a third
#: or more function words, a text in another language has few of them (on the dev pages the
#: 28 texts whose stated language was overruled had at most 0.10: English words in Spanish
#: prose). This spares the detector 97% of its checks (1,458 of 1,504 texts of the dev
#: pages) and changed none of the decisions.
LANGUAGE_STATED_PROSE_SHARE = 0.2

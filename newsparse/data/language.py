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

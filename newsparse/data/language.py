"""How much text the language detector reads, and how sure it must be.

Read by :mod:`newsparse.language`. Lengths are in characters of the article's text.
"""

#: The detector reads at most this many characters from the start of the article. A few
#: hundred characters of prose settle the language (the benchmark scores the first 300);
#: reading more only costs time, linearly.
LANGUAGE_SAMPLE_CHARS = 1000

#: Fewer characters than this (a headline alone, a caption) give no language: on a few
#: words the detector confuses close languages and names pass for words of any language.
LANGUAGE_MIN_CHARS = 40

#: The detector's probability for its best language must reach this, else no language is
#: given. On the trafilatura-dev pages the texts it got wrong scored 0.17 and 0.41 (a stock
#: ticker, a language it does not know); of 452 right ones one scored below 0.5.
LANGUAGE_MIN_CONFIDENCE = 0.5

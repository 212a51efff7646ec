"""What newsparse does with bad input, and the limits it enforces.

newsparse reads pages scraped from the open web, so every input is treated as hostile.
The contract is simple: **every call to** :func:`newsparse.parse` **(and**
:meth:`newsparse.Parser.parse` **) either returns an Article that keeps the invariants
checked by** :func:`newsparse.testing.check_article`, **or raises a**
:class:`~newsparse.NewsparseError` **subclass whose message says what was wrong.** No
other exception escapes, and no input makes the parser hang: the time to parse grows
linearly with the size of the input (no regular expression backtracks
super-linearly, no loop over blocks is quadratic), and memory grows linearly too.

Outcomes by kind of input
-------------------------

Empty, or only whitespace (``str``, ``bytes``, a file; a byte order mark alone counts as empty)
    :class:`~newsparse.EmptyInput`: "the input is empty" or "the input holds only
    whitespace"; with invisible characters too (zero-width spaces, soft hyphens, joiners:
    :data:`~newsparse.data.invisible.INVISIBLE_CHARACTERS`), "the input holds only
    whitespace and invisible characters".

An HTML paragraph of only invisible characters (``<p>&#8203;</p>``)
    No block, as for an empty one: no body paragraph or boilerplate block with empty text.

A byte order mark (U+FEFF) opening a ``str``, or any encoding's byte order mark opening ``bytes``
    Dropped: it is an encoding mark, not text; spans index the text after it, and HTML is
    recognised as HTML.

A few NUL bytes or control characters in text
    Parses; the characters stay in the source and the spans still slice it.

Mostly control characters (more than :data:`MAX_CONTROL_RATIO` of the first :data:`SNIFF_CHARS`)
    :class:`~newsparse.UnsupportedInput`: "the input looks like binary data (N control
    characters in the first M)".

Binary formats passed by mistake (PDF, PNG, JPEG, GIF, WebP, gzip, ZIP, bzip2, xz)
    :class:`~newsparse.UnsupportedInput` naming the format ("looks like gzip-compressed
    data (decompress it first)").

An RSS or Atom feed, with ``format="auto"``
    :class:`~newsparse.UnsupportedInput`: "the input looks like an RSS or Atom feed (a
    list of articles, not one)", when the root element, after an XML declaration and
    comments, is ``<rss version>``, ``<feed xmlns>`` or ``<rdf:RDF xmlns>``. Read as
    text it would give one line of XML set aside as boilerplate; ``format="html"`` reads
    it as markup all the same.

UTF-16 or UTF-32 ``bytes`` without a byte order mark
    :class:`~newsparse.DecodingError` naming the likely encoding, to pass as ``encoding=``.
    With a byte order mark they parse (and HTML is recognised as HTML).

Invalid UTF-8, or a mix of encodings, in ``bytes``
    Parses: valid UTF-8 is kept; bytes that are mostly UTF-8 are read as UTF-8 with the bad
    bytes as U+FFFD; otherwise the encoding is guessed. Either way the Article carries a
    ``"decoding"`` :class:`~newsparse.ParseWarning` in ``warnings``.

An ``encoding=`` the bytes do not fit, or an unknown one
    :class:`~newsparse.DecodingError` with the encoding and the offending byte offset.

Lone surrogates in a ``str`` (U+D800 to U+DFFF, e.g. from ``"surrogateescape"`` or a JSON ``"\\ud800"``)
    Parses (text and HTML), each replaced with U+FFFD and a ``"decoding"``
    :class:`~newsparse.ParseWarning`, so the Article can always be written as UTF-8. Two
    surrogates that make a pair become the character they encode.

Addresses no URL parser accepts (``http://[::1``), in the page or given as ``url=``
    In a canonical link, ``og:url``, ``<base href>``, links or images, or as ``url=``:
    parses; such an address is kept as written, or gives no site name; it never fails the
    page (:mod:`newsparse.urls`).

A ``url=`` that is not a ``str`` (or None)
    :class:`~newsparse.NewsparseError`: "url must be a str or None, not bytes".

A path (:class:`os.PathLike`) or a binary file object
    Read, and its format told from its content.

A one-line ``str`` that names an existing file, or is an ``http://``/``https://`` URL
    :class:`~newsparse.UnsupportedInput` saying what to pass instead (a path object or the
    bytes; newsparse does not fetch pages).

Something else (``bytearray`` and ``memoryview`` are read as bytes)
    :class:`~newsparse.NewsparseError`: "source must be str, bytes, a path or a binary
    file, not int".

More than the size limit (:data:`MAX_INPUT_SIZE`, set per Parser with ``max_input_size``)
    :class:`~newsparse.InputTooLarge`, with the size and the configured limit, in
    characters for ``str`` and bytes for ``bytes``.

A 50 MB document; a single 5 MB line; 200,000 lines
    Parses, in linear time (a line is one block) and linear memory.

HTML nested 100,000 levels deep
    Parses whole, in linear time. The HTML loader reads the page while libxml2 parses it,
    with no tree and no recursion, so no depth limit applies (libxml2's tree builder would
    stop at :data:`MAX_HTML_DEPTH` levels).

An element with 400,000 attributes
    Parses, in linear time: the HTML loader takes the attributes as libxml2 reads them
    (libxml2's tree builder, which newsparse does not use, compares each attribute with
    every earlier one: one tag with 100,000 attributes takes it minutes).

Unclosed or misnested tags, comments and CDATA, huge attribute values, thousands of ``<script>``
    Parses, repaired as a browser would; script and style content is never text.

Right-to-left text, bidi controls, combining characters, emoji
    Parses; text is never normalised, so spans slice the source exactly.

Long runs of the characters the rules look for (quotation marks, "By ", "(Photo", dashes, dots, capitals)
    Parses in linear time: ``tests/test_patterns_scaling.py`` feeds every compiled pattern
    runs of its own characters.

Measured costs
--------------

On the reference machine (2 cores, Python 3.11), parsing a 50 MB plain-text document
peaks at about :data:`PEAK_RSS_50MB_TEXT_MIB` MiB of resident memory in a fresh process,
and a 50 MB HTML page at about :data:`PEAK_RSS_50MB_HTML_MIB` MiB
(``tests/test_hostile_memory.py`` checks the text case stays under
:data:`MAX_RSS_PER_INPUT_MB` MiB per MB of input plus a fixed :data:`BASE_RSS_MIB`).

``benchmarks/worst_case.py`` reports milliseconds of CPU per KB over real pages and over
the hostile set side by side. No hostile document costs more per KB than the slowest
real pages do: the worst hostile text (control characters sprinkled over 20,000 lines)
and the worst hostile HTML (20,000 unclosed ``<p>``) cost under 1 ms per KB, in the range
of the real crawler text (0.6 ms per KB median).

How this is checked
-------------------

* ``tests/test_hostile_inputs.py``: one test per row of the table above.
* ``tests/test_hostile_properties.py``: Hypothesis mutations of real-looking pages
  (:mod:`newsparse.testing.hostile`): truncation at any byte, deleted and duplicated tags
  and blocks, encoding switches.
* ``tests/test_patterns_scaling.py``: every compiled pattern in newsparse and its
  plugins, fed runs of its own characters at two sizes.
* ``tests/test_hostile_growth.py``: every shape of
  :data:`newsparse.testing.growth.GROWING_SHAPES` (deep nesting, huge paragraphs, runs,
  repeated lines, long attributes, many ``<meta>`` and JSON-LD objects, lists of names,
  quotation marks, dateline-like prefixes) at two sizes, through the core and through
  the plugins, comparing the function calls made (not the time taken).
  ``benchmarks/worst_case.py --scaling`` reports the CPU time of each shape from 1,000
  to 256,000 characters.
* ``fuzz/fuzz_parse.py``: a coverage-guided fuzzer (atheris); see ``fuzz/README.md``.
"""

from __future__ import annotations

#: Inputs larger than this (characters of text, or bytes) raise
#: :class:`~newsparse.InputTooLarge` by default. 64 MiB holds any real article page with
#: room to spare (the largest pages seen in crawls are a few MB) while keeping a single
#: parse well inside a worker's memory (see :data:`MAX_RSS_PER_INPUT_MB`).
MAX_INPUT_SIZE = 64 * 1024 * 1024

#: How much of the input binary sniffing and HTML detection look at. The start of a file is
#: where signatures and markup show; 4 KB reads past a BOM, a doctype and a long comment.
SNIFF_CHARS = 4096

#: Share of control characters (other than whitespace) in the sniffed sample above which
#: text is binary data. Real text has none, or a stray NUL or form feed; 10% leaves room
#: for those and still catches binary data, which has about 12% in any 4 KB window.
MAX_CONTROL_RATIO = 0.10

#: libxml2's tree builder (``huge_tree``) stops reading a document nested deeper than this.
#: The HTML loader builds no tree and reads such pages whole; should libxml2 ever report
#: that it stopped at a resource limit, the page is refused with
#: :class:`~newsparse.errors.InputTooComplex` rather than returned cut short. Real pages
#: nest 30 levels, rarely 100.
MAX_HTML_DEPTH = 2048

#: Peak resident memory measured for a 50 MB plain-text document of 217,000 paragraphs, in
#: MiB (fresh process, no plugins, the input string included; about 16 MiB per MB of input:
#: the blocks, their features and decisions, and the Article's copies of the text).
#: ``tests/test_hostile_memory.py`` prints the current figure.
PEAK_RSS_50MB_TEXT_MIB = 816

#: The same for a 50 MB HTML page of 326,000 paragraphs (about 22 MiB per MB of input: the
#: lxml tree on top of the blocks); measured by hand, within the same bound.
PEAK_RSS_50MB_HTML_MIB = 1123

#: The bound the memory test enforces: peak RSS stays under ``BASE_RSS_MIB +
#: MAX_RSS_PER_INPUT_MB * size_in_MB``, generous over :data:`PEAK_RSS_50MB_TEXT_MIB`.
MAX_RSS_PER_INPUT_MB = 30
#: The fixed part of the memory bound: the interpreter, lxml and newsparse loaded.
BASE_RSS_MIB = 200

__all__ = [
    "BASE_RSS_MIB",
    "MAX_CONTROL_RATIO",
    "MAX_HTML_DEPTH",
    "MAX_INPUT_SIZE",
    "MAX_RSS_PER_INPUT_MB",
    "PEAK_RSS_50MB_HTML_MIB",
    "PEAK_RSS_50MB_TEXT_MIB",
    "SNIFF_CHARS",
]

"""Hypothesis strategies for news articles, for newsparse's tests and plugin authors'.

:func:`synthetic_articles` draws :class:`SyntheticArticle` values: articles whose parts
(title, dek, bylines, dateline, captions, body, boilerplate) are known, rendered to plain
text the way crawlers save pages. Parse ``article.render()`` and compare what comes back
with the parts that went in.

:func:`html_pages` draws :class:`SyntheticPage` values: the same articles as HTML pages with
links, inline marks, images and a data table, and what each of those is.

:func:`hostile_texts` draws text built to upset a parser: control characters, runs of the
characters rules look for, mixed scripts. :func:`parse_warnings` draws the warning records
an Article can carry, and :func:`comment_threads` the readers' comments, with the source
text they index.

:func:`article_languages` draws an Article's ``language`` with its ``language_source``.
"""

from __future__ import annotations

from html import escape as html_escape
from urllib.parse import urljoin

import attrs
from hypothesis import strategies as st

from ..model import Annotation, Comment, ParseWarning, Span

FIRST_NAMES = ("Jane", "John", "Maria", "Ahmed", "Li", "Olga", "Kwame", "Sofia", "Daniel", "Priya",
               "Tomás", "Aiko", "Fatima", "Lucas", "Grace")
LAST_NAMES = ("Doe", "Roe", "Garcia", "Hassan", "Wei", "Petrova", "Mensah", "Rossi", "Kim", "Patel",
              "Müller", "Tanaka", "Okafor", "Silva", "Brennan")
AGENCIES = ("AP", "Reuters", "AFP")
PLACES = ("WASHINGTON", "LONDON", "NEW YORK", "PARIS", "NAIROBI", "TOKYO", "BERLIN")
PHOTO_AGENCIES = ("AFP/Getty Images", "Reuters", "AP Photo", "Getty Images")

# Prose: subjects, verbs, objects and connectives mixed so paragraphs read like news text
# (enough function words for any prose detector).
_SUBJECTS = ("The minister", "The council", "Officials in the city", "A spokesperson for the company",
             "Residents of the town", "The two leaders", "Investigators", "The committee",
             "Local health officials", "The mayor", "Analysts at the bank", "The government")
_VERBS = ("said on Monday that", "announced that", "warned that", "confirmed that", "argued that",
          "told reporters that", "explained in a statement that", "insisted that")
_CLAUSES = ("the plan would be delayed until the end of the year",
            "there was no evidence of wrongdoing at any stage of the process",
            "the new rules would take effect in the spring after a long review",
            "the number of cases had fallen for a third week in a row",
            "talks with the union were expected to resume later this month",
            "the budget for the project had nearly doubled since it was approved",
            "they were working with partners to restore the service as soon as possible",
            "the decision had been made after consulting with the people affected by it",
            "a full report on the incident would be published in the coming weeks",
            "prices were likely to rise again before the end of the summer")

#: Realistic boilerplate lines with the reason newsparse gives each: ``(text, reason)``.
BOILERPLATE_LINES = (
    ("IE 11 is not supported. For an optimal experience visit our site on another browser.", "banner"),
    ("We use cookies to improve your experience on our site. Accept all cookies", "cookie"),
    ("Sign up for our daily newsletter to get the latest news delivered to your inbox.", "newsletter"),
    ("Share this article", "share"),
    ("Advertisement", "advertisement"),
    ("Skip to main content", "navigation"),
    ("© 2024 Example Media Group. All rights reserved.", "footer"),
)


@attrs.frozen(kw_only=True)
class SyntheticArticle:
    """An article with known parts, and its rendering as crawler text.

    Attributes:
        title: the headline.
        dek: the standfirst, or None.
        bylines: byline lines as rendered, each with the names it credits.
        dateline: the dateline opening the first paragraph (``LONDON (Reuters) —``), or None.
        captions: ``(text, credit)`` pairs, rendered as one line each.
        body: the body paragraphs (the first without its dateline).
        header: boilerplate lines above the title, with their reasons.
        inline: boilerplate lines inside the body: ``(index, text, reason)``, the line
            standing before body paragraph ``index``.
        footer: boilerplate lines below the body, with their reasons.
    """

    title: str
    dek: str | None = None
    bylines: tuple[tuple[str, tuple[str, ...]], ...] = ()
    dateline: str | None = None
    captions: tuple[tuple[str, str], ...] = ()
    body: tuple[str, ...] = ()
    header: tuple[tuple[str, str], ...] = ()
    inline: tuple[tuple[int, str, str], ...] = ()
    footer: tuple[tuple[str, str], ...] = ()

    def lines(self) -> list[str]:
        """The rendered blocks, in order."""
        out = [text for text, _ in self.header]
        out.append(self.title)
        if self.dek:
            out.append(self.dek)
        out.extend(text for text, _ in self.bylines)
        out.extend(f"{text} {credit}" for text, credit in self.captions)
        inline = {index: (text, reason) for index, text, reason in self.inline}
        for index, paragraph in enumerate(self.body):
            if index in inline:
                out.append(inline[index][0])
            if index == 0 and self.dateline:
                paragraph = f"{self.dateline} {paragraph}"
            out.append(paragraph)
        out.extend(text for text, _ in self.footer)
        return out

    def render(self, separator: str = "\n\n") -> str:
        """The article as crawler text: blocks separated by ``separator``."""
        return separator.join(self.lines()) + "\n"

    @property
    def boilerplate_reasons(self) -> tuple[str, ...]:
        """The reasons of every boilerplate line, in order."""
        return (
            tuple(r for _, r in self.header)
            + tuple(r for _, _, r in sorted(self.inline))
            + tuple(r for _, r in self.footer)
        )


#: A strategy for person names ("Jane Doe"), first and last names drawn from short lists.
names = st.builds(lambda first, last: f"{first} {last}", st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One news-like sentence."""
    return f"{draw(st.sampled_from(_SUBJECTS))} {draw(st.sampled_from(_VERBS))} {draw(st.sampled_from(_CLAUSES))}."


@st.composite
def paragraphs(draw: st.DrawFn, min_sentences: int = 2, max_sentences: int = 4) -> str:
    """A paragraph of news-like sentences."""
    return " ".join(draw(st.lists(sentences(), min_size=min_sentences, max_size=max_sentences)))


@st.composite
def titles(draw: st.DrawFn) -> str:
    """A headline: a few capitalised words, no final full stop."""
    words = draw(st.lists(st.sampled_from(
        ("Council", "Approves", "New", "Budget", "After", "Long", "Debate", "Over", "City",
         "Transport", "Plan", "Leaders", "Meet", "To", "Discuss", "Trade", "Talks", "Storm",
         "Hits", "Coast", "Thousands", "Without", "Power")), min_size=4, max_size=10))
    return " ".join(words)


@st.composite
def bylines(draw: st.DrawFn) -> tuple[str, tuple[str, ...]]:
    """A byline line with the names it credits."""
    form = draw(st.integers(0, 3))
    if form == 0:
        who = draw(names)
        return f"By {who}", (who,)
    if form == 1:
        a, b = draw(names), draw(names)
        return f"By {a} and {b}", (a, b)
    if form == 2:
        who = draw(names)
        agency = draw(st.sampled_from(("Associated Press", "Reuters")))
        return f"By {who.upper()}, {agency}", (who.upper(), agency)
    who = draw(names)
    return f"Written by {who}", (who,)


#: Opening words of author bylines in French, German, Spanish, Italian and English.
BYLINE_OPENERS = ("By", "Par", "Von", "Por", "Di", "Written by", "Author:")


@st.composite
def credit_lines(draw: st.DrawFn) -> tuple[str, tuple[str, ...], str]:
    """A credit line in one of several languages, with its names and kind."""
    who = draw(names)
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{draw(st.sampled_from(BYLINE_OPENERS))} {who}", (who,), "author"
    if form == 1:
        return f"{who} contributed to this report.", (who,), "contributor"
    if form == 2:
        return f"Edited by {who}", (who,), "editor"
    return f"Photographs by {who}", (who,), "photographer"


@st.composite
def dirty_names(draw: st.DrawFn) -> tuple[str, str]:
    """A name as pages garble it (a role, credential, date or profile phrase around it)
    and the name itself."""
    who = draw(names)
    dirt = draw(st.sampled_from((
        "{} (reporting", "{}, PhD", "View all posts by {}", "Zeige alle Beiträge von {}",
        "by {}22 Dec 2016651", "{} Staff Writer", "{} | June 5, 2019", "{}", "By {} in Paris",
    )))
    return dirt.format(who), who


@st.composite
def captions(draw: st.DrawFn) -> tuple[str, str]:
    """A photo caption and its credit."""
    text = draw(st.sampled_from((
        "Protesters gather outside the parliament building on Tuesday.",
        "The mayor speaks to reporters at city hall.",
        "Flood water covers a street in the old town.",
    )))
    who = draw(names)
    credit = draw(st.sampled_from((
        f"(Photo by {who}/{draw(st.sampled_from(PHOTO_AGENCIES))})",
        f"AP Photo/{who}",
        f"REUTERS/{who}",
    )))
    return text, credit


@st.composite
def synthetic_articles(draw: st.DrawFn, boilerplate: bool = True) -> SyntheticArticle:
    """Draw a :class:`SyntheticArticle`.

    Args:
        boilerplate: whether to add banner, inline and footer boilerplate lines.
    """
    # Real stories do not repeat a sentence word for word: draw the sentences unique across
    # the article, then cut them into paragraphs of two to four.
    sizes = draw(st.lists(st.integers(2, 4), min_size=3, max_size=8))
    pool = draw(st.lists(sentences(), min_size=sum(sizes), max_size=sum(sizes), unique=True))
    paragraphs, start = [], 0
    for size in sizes:
        paragraphs.append(" ".join(pool[start : start + size]))
        start += size
    body = tuple(paragraphs)
    dateline = None
    if draw(st.booleans()):
        place = draw(st.sampled_from(PLACES))
        agency = draw(st.sampled_from(AGENCIES))
        dateline = f"{place} ({agency}) —"
    header: tuple = ()
    inline: tuple = ()
    footer: tuple = ()
    if boilerplate:
        header = tuple(draw(st.lists(st.sampled_from(BOILERPLATE_LINES[:3]), max_size=2, unique=True)))
        if draw(st.booleans()) and len(body) > 2:
            index = draw(st.integers(1, len(body) - 1))
            inline = ((index, "Advertisement", "advertisement"),)
        footer = tuple(draw(st.lists(st.sampled_from(BOILERPLATE_LINES[3:4] + BOILERPLATE_LINES[6:]),
                                     max_size=2, unique=True)))
    dek = draw(st.one_of(st.none(), sentences()))
    if dek is not None and any(dek in p for p in body):
        dek = None
    return SyntheticArticle(
        title=draw(titles()),
        dek=dek,
        bylines=(draw(bylines()),),
        dateline=dateline,
        captions=tuple(draw(st.lists(captions(), max_size=1))),
        body=body,
        header=header,
        inline=inline,
        footer=footer,
    )


# Language tags as pages state them, and codes as the detector gives them.
_MARKUP_LANGUAGES = ("en", "en-GB", "de-DE", "fr", "pt-BR", "es-419", "zh-Hans", "sr-Latn-RS")
_TEXT_LANGUAGES = ("en", "de", "fr", "es", "pl", "ja", "ar", "als", "ceb")


@st.composite
def article_languages(draw: st.DrawFn) -> tuple[str | None, str | None]:
    """Draw ``(language, language_source)`` as an Article carries them.

    No language and no source; a tag the page's markup states (``"en-GB"``) with source
    ``"markup"``; or a code detected from the text (``"de"``) with source ``"text"``. Use
    them with :func:`attrs.evolve` on a parsed Article.
    """
    source = draw(st.sampled_from((None, "markup", "text")))
    if source is None:
        return None, None
    return draw(st.sampled_from(_MARKUP_LANGUAGES if source == "markup" else _TEXT_LANGUAGES)), source


# -- HTML pages with links, marks, images and a table -------------------------------------------
#: The URL :func:`html_pages` gives its pages; their links and images are relative to it.
PAGE_URL = "https://news.example.com/world/story.html"


@attrs.frozen(kw_only=True)
class SyntheticPage:
    """An HTML page built from a :class:`SyntheticArticle`, with links, inline marks, images
    and a data table whose values are known.

    Attributes:
        article: the article the page shows.
        html: the page.
        url: the page's URL (:data:`PAGE_URL`).
        links: per body paragraph, ``(anchor text, absolute href)`` of its links in order.
        marks: per body paragraph, ``(marked text, kind)`` of its marks in order.
        images: the absolute URLs of the article's images, in order.
        table: the table's rows (the first a header row), or empty for no table.
    """

    article: SyntheticArticle
    html: str
    url: str = PAGE_URL
    links: tuple[tuple[tuple[str, str], ...], ...] = ()
    marks: tuple[tuple[tuple[str, str], ...], ...] = ()
    images: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()


_MARK_ELEMENTS = (("em", "emphasis"), ("strong", "strong"), ("code", "code"), ("i", "emphasis"))


@st.composite
def _marked_paragraph(draw: st.DrawFn, text: str, number: int) -> tuple[str, tuple, tuple]:
    # The paragraph as HTML with some words made links or marked; what was made of which.
    words = text.split(" ")
    chosen = sorted(draw(st.sets(st.integers(0, len(words) - 1), max_size=3)))
    links, marks = [], []
    for index in chosen:
        word = words[index]
        if draw(st.booleans()):
            href = draw(st.sampled_from((f"/news/{number}-{index}", f"related-{index}.html",
                                         f"https://other.example.org/{index}?a=1&b=2")))
            links.append((word, urljoin(PAGE_URL, href)))
            words[index] = f'<a href="{html_escape(href)}">{html_escape(word, quote=False)}</a>'
        else:
            tag, kind = draw(st.sampled_from(_MARK_ELEMENTS))
            marks.append((word, kind))
            words[index] = f"<{tag}>{html_escape(word, quote=False)}</{tag}>"
    dead = draw(st.booleans())
    html = " ".join(w if w.startswith("<") else html_escape(w, quote=False) for w in words)
    if dead:
        html += ' <a href="javascript:void(0)">share</a> <a href="">this</a>'
    return html, tuple(links), tuple(marks)


@st.composite
def html_pages(draw: st.DrawFn) -> SyntheticPage:
    """Draw a :class:`SyntheticPage`: a :func:`synthetic_articles` article as an HTML page,
    body words made links (relative and absolute, plus dead ``javascript:`` and empty ones)
    or marked, a figure whose image is lazy-loaded half the time, and maybe a data table."""
    article = draw(synthetic_articles(boilerplate=False))
    parts = [f"<html><head><title>{html_escape(article.title)}</title></head><body>",
             "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>",
             f"<h1>{html_escape(article.title)}</h1>"]
    images = []
    if draw(st.booleans()):
        name = draw(st.sampled_from(("lead.jpg", "photos/main.png", "/media/2024/photo.webp")))
        images.append(urljoin(PAGE_URL, name))
        if draw(st.booleans()):
            img = f'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{name}" alt="A photo">'
        else:
            img = f'<img src="{name}" alt="A photo" width="800" height="600">'
        caption = "Protesters gather outside the parliament building on Tuesday."
        parts.append(f"<figure>{img}<figcaption>{caption}</figcaption></figure>")
    links, marks = [], []
    for number, paragraph in enumerate(article.body):
        html, found_links, found_marks = draw(_marked_paragraph(paragraph, number))
        links.append(found_links)
        marks.append(found_marks)
        parts.append(f"<p>{html}</p>")
    table: tuple = ()
    if draw(st.booleans()):
        table = (("Year", "Cases"), *((str(2000 + i), str(draw(st.integers(0, 10_000)))) for i in range(
            draw(st.integers(1, 4)))))
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in table[1:])
        parts.append(f"<table><thead><tr><th>Year</th><th>Cases</th></tr></thead><tbody>{rows}</tbody></table>")
    parts.append("</article><footer><p>© 2024 Example Media Group. All rights reserved.</p></footer>"
                 "</body></html>")
    return SyntheticPage(article=article, html="".join(parts), links=tuple(links), marks=tuple(marks),
                         images=tuple(images), table=table)


# Characters that rules look for, or that break naive code.
_TRICKY = ("“", "”", "\"", "'", "‘", "’", "By ", "(Photo", "—", "–", "-", ".", "…", "©", "\x00",
           "\u200b", "\u202e", "\ufeff", "\r", "\n", "\t", "\x0c", "\u0301", "😀", "مرحبا", "שלום",
           "AP Photo/", "REUTERS/", " (AP) — ", "Advertisement", "\ud7ff", "<", ">", "&amp;")


@st.composite
def hostile_texts(draw: st.DrawFn, max_pieces: int = 60) -> str:
    """Text built to upset a parser: tricky characters and phrases, repeated and mixed."""
    pieces = draw(st.lists(
        st.one_of(
            st.sampled_from(_TRICKY),
            st.text(max_size=20),
            st.builds(lambda c, n: c * n, st.sampled_from(_TRICKY), st.integers(1, 200)),
            sentences(),
        ),
        max_size=max_pieces,
    ))
    return "".join(pieces)


#: The codes a :class:`~newsparse.ParseWarning` can carry.
WARNING_CODES = ("decoding",)


def parse_warnings() -> st.SearchStrategy[ParseWarning]:
    """:class:`~newsparse.ParseWarning` records: a known code and any message (for
    round-trip and rendering tests of Articles that carry warnings)."""
    return st.builds(ParseWarning, code=st.sampled_from(WARNING_CODES), message=st.text(max_size=80))


@st.composite
def comment_threads(draw: st.DrawFn, max_comments: int = 4) -> tuple[str, tuple[Comment, ...]]:
    """A source text of readers' comments and the :class:`~newsparse.Comment` records that
    index it: ``(source, comments)``, each comment's span slicing its text out of the source
    (for round-trip and rendering tests of Articles that carry comments).

    Args:
        draw: Hypothesis's draw function.
        max_comments: the most comments drawn.
    """
    source = ""
    found = []
    for _ in range(draw(st.integers(min_value=0, max_value=max_comments))):
        author = draw(st.none() | names)
        date = draw(st.none() | st.sampled_from(("March 5, 2024 at 6:34 am", "5. März 2024", "yesterday")))
        if author is not None:
            source += f"{author} says:\n"
        text = draw(st.one_of(sentences(), st.text(min_size=1, max_size=60).map(lambda t: t.strip() or "x")))
        start = len(source)
        source += text
        found.append(Comment(text=text, author=author, date=date, span=Span(start, len(source))))
        source += "\nReply\n"
    return source, tuple(found)


#: JSON values as plugins put them in an annotation's attributes: nested lists and
#: objects of text, numbers, booleans and null (finite numbers: JSON has no others).
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)


@st.composite
def plugin_annotations(draw: st.DrawFn, text: str, field: str = "text") -> Annotation:
    """An :class:`~newsparse.Annotation` over ``text`` (the text of ``field``): any kind
    and label, a span (or none), a score, links and attributes of any JSON value, as a
    plugin could make them (for round-trip and rendering tests).

    Args:
        draw: Hypothesis's draw function.
        text: the text the spans index.
        field: the field it is the text of.
    """
    def span() -> Span:
        start = draw(st.integers(0, len(text)))
        return Span(start, draw(st.integers(start, len(text))))

    where = draw(st.none() | st.just(None).map(lambda _: span()))
    links = {draw(st.text(min_size=1, max_size=8)): span() for _ in range(draw(st.integers(0, 2)))}
    return Annotation(
        kind=draw(st.text(min_size=1, max_size=10)),
        label=draw(st.none() | st.text(max_size=10)),
        field=field,
        span=where,
        text=None if where is None else text[where.start:where.end],
        score=draw(st.none() | st.floats(allow_nan=False, allow_infinity=False)),
        links=links,
        attributes=draw(st.dictionaries(st.text(max_size=8), json_values, max_size=4)),
        extractor=draw(st.text(max_size=10)),
    )


__all__ = [
    "BOILERPLATE_LINES",
    "BYLINE_OPENERS",
    "PAGE_URL",
    "WARNING_CODES",
    "SyntheticArticle",
    "SyntheticPage",
    "article_languages",
    "bylines",
    "captions",
    "comment_threads",
    "credit_lines",
    "dirty_names",
    "hostile_texts",
    "html_pages",
    "json_values",
    "names",
    "paragraphs",
    "parse_warnings",
    "plugin_annotations",
    "sentences",
    "synthetic_articles",
    "titles",
]

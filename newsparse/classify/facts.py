"""What the article says about itself beyond its text: authors, dates, dek, lead image.

The visible page and its markup both speak to these; this module decides between them:
authors from the bylines, else from the metadata (:func:`~newsparse.classify.authors.fuse_authors`);
dates from the markup, else from visible date lines, else from the URL; the visible
standfirst, else the page's description when it reads as one. Pure functions of what the
assembler gathered.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from .. import patterns as P
from ..data import bylines as B
from ..data import comments as C
from ..data import layout as L
from ..data.dates import MONTH_NUMBERS, WEEKDAYS
from ..document import Metadata
from ..model import Byline, Dateline, Span
from ..urls import hostname, join
from . import authors as A
from . import dates as D
from . import structure
from .signature import reads_as_signature

# A standfirst is a sentence or two: shorter is a label, longer is the body's opening.
DEK_MIN_CHARS, DEK_MAX_CHARS = 25, 400
# A byline box without an opening word is names and short labels ("Pete Evans · CBC News ·
# Posted:"): a part of more words than a label or an outlet's name has is mostly names, at
# least this share of its letters.
BOX_PART_MAX_WORDS = 4
BOX_MIN_NAME_SHARE = 0.5
# Words a standfirst shares with its own headline and body (of 4 letters or more): a
# description sharing fewer is a teaser of another story, or the site's own blurb.
DEK_MIN_SHARED_WORDS = 2
# How much of a block's opening is read for its date when no line gives one: a dateline's
# length ("Pressemitteilung vom 25. Januar 2022 |"), short of the prose after it.
DATE_HEAD_CHARS = 60
# Blocks before the body that are read for a date, and how many after its start.
DATE_LINES_AFTER_BODY = 3
# Lines above the body read for a credit the classifier set aside: the page's own credit
# stands near its top (further down, menus and teasers credit other stories).
MAX_CREDIT_LINES = 40

# A wire service's name alone credits the story in the few lines under its headline (its
# credit stands with the byline and the date); further down, it names a menu or a source.
AGENCY_LINES = 8
# How many date lines from the headline on are read for the day the page shows itself: its
# own date line stands right under the headline, among the byline, dek and credits.
SHOWN_DAY_LINES = 8
# A line that holds only a clock time ("5:50 PM", "14:05 Uhr", "10:27 a.m. EST") is short.
CLOCK_LINE_MAX_CHARS = 20
# The furthest any timezone stands from UTC, and the step offsets are counted in.
MAX_OFFSET = _dt.timedelta(hours=14)
# The westernmost offset where people live (Samoa's and Niue's, -11:00): a day shown that
# needs an offset further west (a URL keeping the day the story was first published) is
# not the instant's local day.
MIN_INHABITED_OFFSET = _dt.timedelta(hours=-11)
_HALF_HOUR = _dt.timedelta(minutes=30)
# (A time object is true even at midnight: a day without its clock time is compared to this.)
_MIDNIGHT = _dt.time()
# A visible headline shares at least this share of its words with the page's own title
# (JSON-LD headline, og:title, <title>); below it, the block is page furniture ("Switch
# branches/tags", "Login Sign up", the site's name) the layout put where a headline stands.
TITLE_MIN_AGREEMENT = 0.5
# A page title of fewer words ("T", "CNN") is a placeholder or a name, not a headline.
PAGE_TITLE_MIN_WORDS = 2
# A kicker over a headline is a few words ("Nach Corona-Lockerungen", "Forderungsausfälle vermeiden"):
# more before the page's title is a headline of its own that merely ends alike.
KICKER_MAX_WORDS = 8

_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
# Words in lower case a date line may hold: months, weekdays and the words of times.
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z][^\W\d_]*")
_DATE_WORDS = frozenset(MONTH_NUMBERS) | WEEKDAYS | B.TIME_WORDS
_MONTH_OR_DAY = frozenset(MONTH_NUMBERS) | WEEKDAYS
# Words that may follow a writer's name on its line: "Education editor", "Staff Writer".
_ROLE_OR_DESK = B.ROLE_WORDS | B.DESK_WORDS
# What stands between a credit's names and the date after them: "Jane Doe | 06.11.23".
_DATE_SEPARATORS = " -–—|•·/,"
# A wire service's name opening a line, then a mark or a space before what follows.
_AGENCY_LEAD = re.compile(rf"(?P<agency>{P.alternation(B.AGENCIES)})(?:\s*[|•·,–—-]\s*|\s+)", re.IGNORECASE)
_COMMENT_HEADER = re.compile(C.HEADER, re.IGNORECASE)
_COMMENT_CREDIT = re.compile(rf"^(?:{'|'.join(map(re.escape, C.CREDIT_OPENERS))})\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{4,}")
_TITLE_WORD = re.compile(r"[^\W_]+")
# Scripts written without spaces between words: their words are compared as character pairs.
_UNSPACED = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]")


def is_comment_header(text: str) -> bool:
    """Whether a line that reads like a byline heads a reader's comment ("Bob says:",
    "Kommentar von Margit Heumann — 2019-01-01 @ 00:39"): its name is a commenter's,
    never the article's author."""
    if len(text) > C.HEADER_MAX_CHARS:
        return False
    return _COMMENT_CREDIT.search(text) is not None or _COMMENT_HEADER.search(text) is not None


def read_byline(
    text: str, metadata_names: Sequence[str], publication: Sequence[str] = (),
) -> tuple[tuple[str, ...], str] | None:
    """The names and kind of a block the classifier took for a byline; None when it names nobody.

    A line that opens like a credit is read as one (:func:`~newsparse.classify.structure.parse_byline`);
    a byline box without an opening word ("Jane Doe | June 5") is read as names, or as the
    metadata's authors it contains. A credit of the publication itself ("By The New York
    Times" on its own site) credits its newsroom: the name as written, the author only
    when nobody else is named (:func:`article_facts` counts it among the names that are
    no person's).

    Args:
        text: the block's text.
        metadata_names: the authors the page's markup names, one name each (as
            :func:`~newsparse.classify.authors.split_names` gives them).
        publication: the publication's own names (:func:`publication_names`).

    Returns:
        ``(names, kind)``, or None: a byline that names nobody is not one.
    """
    parts = structure.parse_byline(text)
    if parts is not None:
        return parts.names, parts.kind
    named = _named_authors(text, metadata_names)
    if named:
        return named, "author"
    if len(text) <= P.BYLINE_MAX_CHARS:
        # A byline box: names first, then perhaps the outlet and the date ("Pete Evans ·
        # CBC News · Posted: Oct 14, 2022"); what follows a digit is the date's.
        digit = _DIGIT.search(text)
        head = text[: digit.start()] if digit is not None else text
        first = A.NAME_SEPARATORS.split(head, maxsplit=1)[0]
        if A.clean_name(first) is not None:
            names = A.split_names(head)
            if not _mostly_names(head, names):
                # A word or two of a longer line ("Island – ein Volk befreit sich ...", "Hecho
                # en Bolivia con Drupal por Smartica") are a headline's or a sentence's.
                return None
            kind = "agency" if all(A.is_agency(n) for n in names) else "author"
            return names, kind
    if publication:
        credited = structure.credited_text(text)
        if credited is not None and A.names_publication(credited, publication):
            return (credited,), "author"
    return None


def _mostly_names(head: str, names: Sequence[str]) -> bool:
    """Whether a byline box's parts are names or short labels: every part of more than
    :data:`BOX_PART_MAX_WORDS` words is at least :data:`BOX_MIN_NAME_SHARE` names (by
    letters), or a name followed by capitalised words (a title: "Sam Stein Senior Politics
    Editor") and the words that join names ("and", "und"). "Pete Evans · CBC News ·
    Posted:" is; "Island – ein Volk befreit sich von den Bankstern" is not."""
    for part in P.BOX_PART_SEPARATOR.split(head):
        if len(part.split()) <= BOX_PART_MAX_WORDS:
            continue
        inside = [n for n in names if n in part]
        if _letters(inside) >= BOX_MIN_NAME_SHARE * _letters([part]):
            continue
        lead = next((n for n in inside if part.startswith(n)), None)
        rest = part[len(lead) :].split() if lead else ()
        if lead and all(w[:1].isupper() or A.NAME_SEPARATORS.fullmatch(f" {w} ") for w in rest):
            continue
        return False
    return True


def _letters(texts: Iterable[str]) -> int:
    return sum(1 for text in texts for c in text if c.isalpha())


def publication_names(metadata: Metadata, url: str | None) -> list[str]:
    """The names the page gives its own publication: its site name, its publisher and the
    label of its address ("linknaija" in www.linknaija.com). None of them is a person.

    A publisher the JSON-LD says is a person (the owner of a personal blog) is left out:
    that person is often the article's author too.

    Args:
        metadata: what the page's markup says.
        url: the page's URL, when the caller gave one.

    Returns:
        The names stated, in that order.
    """
    publisher = None if metadata.publisher_is_person else metadata.publisher
    return [n for n in (metadata.site_name, publisher, _site_label(url or metadata.url)) if n]


def headline_agrees(
    headline: str, page_title: str, *, site_name: str | None = None, context: str = "",
) -> bool:
    """Whether a visible headline is the article's, given the page's own title.

    A headline is the article's when it shares at least :data:`TITLE_MIN_AGREEMENT` of
    its words with the page's title, or, worded apart from it (a print headline beside
    an SEO title), that share of its longer words with the description and the body's
    opening. The site's own name is no headline. Words of scripts written without
    spaces are compared as pairs of characters.

    Args:
        headline: the block the classifier took for the headline.
        page_title: the title the page's markup states (JSON-LD headline, og:title,
            <title> without the site's name).
        site_name: the site's name.
        context: the page's description and the body's opening paragraphs.

    Returns:
        True when the headline is the article's, or when there is nothing to compare
        (a page title of fewer than :data:`PAGE_TITLE_MIN_WORDS` words, or the site's
        name).
    """
    words = _title_words(headline)
    title_words = _title_words(page_title)
    if not words or len(title_words) < PAGE_TITLE_MIN_WORDS:
        # A placeholder or a site's bare name in <title> judges no headline.
        return True
    if site_name and A.name_key(page_title) == A.name_key(site_name):
        return True
    if site_name and A.name_key(headline) == A.name_key(site_name):
        return False
    if site_name:
        # The site's name stands in its pages' titles and its furniture alike ("Sign up for
        # Twitter", "Lina Morgana on Twitter"): it is no evidence either way.
        words = words - _title_words(site_name) or words
        title_words = title_words - _title_words(site_name)
    if len(words & title_words) / len(words) >= TITLE_MIN_AGREEMENT:
        return True
    # Short words ("the", "new", "on") are shared by any two English texts.
    long_words = {w for w in words if len(w) >= 4 or _UNSPACED.search(w)}
    shared = long_words & _title_words(context)
    return bool(long_words) and len(shared) / len(long_words) >= TITLE_MIN_AGREEMENT


def kicker_end(headline: str, page_title: str) -> int | None:
    """Where the page's own title starts inside a visible headline that a kicker opens.

    Many pages print a kicker (an overline: "Investitionen in IT-Sicherheit", "Auftragshoch
    bei FACC :") in the headline's own element, while their markup states the headline
    alone, or with the kicker as a part of its own ("Daten von Rheinmetall gehackt -
    Interne Unterlagen im Netz"). A headline that ends with the page's title, or with one
    of the title's parts, word for word, and opens with a few more words run on without
    punctuation ("Investitionen in IT-Sicherheit Cyber-Angriffe: ..."), or with a stray
    separator alone, holds a kicker and then the headline.

    Args:
        headline: the headline block's text, as it stands in the source.
        page_title: the title the page's markup states.

    Returns:
        The offset in ``headline`` where the page's title starts, or None when the headline
        does not end with it, the page's title is shorter than :data:`PAGE_TITLE_MIN_WORDS`
        words, or the words before it are more than :data:`KICKER_MAX_WORDS` or end
        with punctuation.
    """
    for part in (page_title, *P.TITLE_PART_SEPARATOR.split(page_title)):
        cut = _kicker_before(headline, part)
        if cut is not None:
            return cut
    return None


def _kicker_before(headline: str, page_title: str) -> int | None:
    words = page_title.split()
    if len(words) < PAGE_TITLE_MIN_WORDS or len(headline) <= len(page_title):
        return None
    if not headline.rstrip().endswith(words[-1]):
        return None  # (the pattern below matches only then: most headlines are let go here)
    tail = re.search(r"\s+".join(map(re.escape, words)) + r"\s*$", headline)
    if tail is None or tail.start() == 0:
        return None
    kicker = headline[: tail.start()].rstrip()
    if not any(c.isalnum() for c in kicker):
        # A stray separator ("|Nachhaltigkeit im Onlineshop") of a kicker left empty.
        return tail.start()
    if not kicker[-1].isalnum() or len(kicker.split()) > KICKER_MAX_WORDS:
        # Words the headline joins to its title with a colon or a dash ("Welpen kaufen –
        # Tipps ...", "\"Pure Leere\": Marita Kramer ...") are part of it, which the page's
        # title shortened; a kicker is its own element, run on without punctuation.
        return None
    if headline[tail.start() - 1].isalnum() and tail.group(0)[:1].islower():
        # The title's first word is the end of a longer one ("Bundes|amt"): no kicker.
        return None
    return tail.start()


def _title_words(text: str) -> set[str]:
    words = _TITLE_WORD.findall(text.lower())
    if _UNSPACED.search(text) is None:
        # Most pages: every word is a word (one scan of the text, not one per word).
        return set(words)
    found: set[str] = set()
    for word in words:
        if _UNSPACED.search(word) and len(word) > 1:
            found.update(word[i : i + 2] for i in range(len(word) - 1))
        else:
            found.add(word)
    return found


def _named_authors(text: str, authors: Sequence[str]) -> tuple[str, ...]:
    """The metadata authors a byline block names, in the block's order, as written there."""
    lowered = text.lower()
    found = []
    for author in authors:
        index = lowered.find(author.lower()) if author else -1
        if index >= 0:
            found.append((index, text[index : index + len(author)]))
    return tuple(name for _, name in sorted(found))


def article_facts(
    metadata: Metadata,
    *,
    url: str | None,
    bylines: Sequence[Byline],
    dateline: Dateline | None,
    dek: str | None,
    dek_span: Span | None,
    title: str | None,
    body_texts: Sequence[str],
    body_spans: Sequence[Span] = (),
    date_lines: Sequence[str],
    page_lines: Sequence[str] = (),
    language: str | None = None,
    headline_line: int = 0,
    title_span: Span | None = None,
    plain_text: bool = False,
) -> dict[str, Any]:
    """The Article fields decided from the page's text and markup together.

    Args:
        metadata: what the page's markup says.
        url: the page's URL.
        bylines: the article's bylines, in page order.
        dateline: its dateline, or None.
        dek: the visible standfirst the classifier found, or None.
        dek_span: its span.
        title: the headline.
        body_texts: the body paragraphs' texts.
        body_spans: where the first and last body paragraphs stand (empty without a body).
        date_lines: lines around the headline and bylines that may state the date, in
            page order.
        page_lines: every block's text, in page order: read for a date line when neither
            the lines around the headline nor the URL give one.
        language: the page's language code.
        headline_line: how many of ``date_lines`` stand above the headline.
        title_span: where the headline stands, when it is visible.
        plain_text: whether the page is crawler text (no markup to say where a byline is).

    Returns:
        ``authors``, ``agencies``, ``published``, ``modified``, ``dek``, ``dek_span``,
        ``dek_source``, ``description``, ``image``, ``tags``, ``section``, ``publisher``
        and ``jsonld``, as keyword arguments of :class:`~newsparse.model.Article`.
    """
    not_people = publication_names(metadata, url)
    # A byline crediting the publication ("By The New York Times") names its newsroom: no
    # person, the credit as written when nobody is named.
    not_people += [n for b in bylines for n in b.names
                   if A.clean_name(n) is None and A.names_publication(n, not_people)]
    # A "dek" that is a credit line ("January 17, 2017 by Jane Doe") is one.
    below = [*([dek] if dek else []), *date_lines[headline_line : headline_line + MAX_CREDIT_LINES]]
    visible = _visible_authors(bylines, body_spans, title_span, below, date_lines[:headline_line][:MAX_CREDIT_LINES])
    sources = metadata.author_sources or ((metadata.authors,) if metadata.authors else ())
    authors = (
        A.fuse_authors(visible, sources, not_people=not_people,
                       agencies=[list(b.names) for b in bylines if b.kind == "agency"])
        or A.linked_author(metadata.weak_authors, not_people=not_people)
        or A.linked_author(metadata.author_links, not_people=not_people)
        or _agency_line(below[:AGENCY_LINES])
        or (_names_over_date(below[:AGENCY_LINES], body_texts)
            or A.linked_author(A.introduced_names(page_lines), not_people=not_people) if plain_text else ())
    )
    agencies = A.unique_names(
        [n for b in bylines if b.kind in ("author", "agency") for n in b.names if A.is_agency(n)]
        + ([dateline.agency] if dateline is not None and dateline.agency else [])
    )
    published, modified = _dates(metadata, url, date_lines, page_lines, language, headline_line)
    dek, dek_span, dek_source = _dek(dek, dek_span, metadata.description, title, body_texts)
    return {
        "authors": authors,
        "agencies": agencies,
        "published": published,
        "modified": modified,
        "dek": dek,
        "dek_span": dek_span,
        "dek_source": dek_source,
        "description": metadata.description,
        "image": _absolute(metadata.image, url or metadata.url),
        "tags": metadata.tags,
        "section": metadata.section,
        "publisher": metadata.publisher,
        "jsonld": metadata.jsonld,
    }


def _site_label(url: str | None) -> str | None:
    """The name a page's address gives its site: the host's label before its domain
    ("example" in https://www.example.com/a), or None."""
    host = hostname(url)
    labels = host.split(".") if host else []
    return labels[-2] if len(labels) >= 2 else None


def _visible_authors(
    bylines: Sequence[Byline],
    body_spans: Sequence[Span],
    headline: Span | None,
    lines_below: Sequence[str],
    lines_above: Sequence[str],
) -> list[list[str]]:
    """The names of each author credit that belongs to the article, in reading order.

    Asked in turn, the first that credits anybody speaks: the author bylines between the
    headline and the body (those among its paragraphs then credit teasers the body took
    in, "Popular stories"); a credit among the lines set aside below the headline (the
    page can hold dozens of menu lines above it); the bylines above the headline; the
    bylines among the body's paragraphs, unless some byline opens with a credit's words
    ("erstellt von ...", "Reporting by ..."): then those among the paragraphs, or else the
    first below the body; a credit among the lines above the headline; the first byline.

    Args:
        bylines: the author and other bylines, in page order.
        body_spans: where the first and last body paragraphs stand (empty without a body).
        headline: where the headline stands, when it is visible.
        lines_below: the lines set aside from the headline down, in page order.
        lines_above: the lines set aside above the headline.
    """
    own = [b for b in bylines if b.kind == "author"]
    top = headline.start if headline is not None else -1
    # (Without a body, every byline below the headline is the article's.)
    start, end = (body_spans[0].start, body_spans[-1].end) if body_spans else (sys.maxsize, sys.maxsize)
    between = [b for b in own if top < b.span.start < start]
    if between:
        return [list(b.names) for b in between]
    # (The bylines' own lines are among the lines: they were asked above, or come below.)
    seen = {b.text for b in bylines}
    credit = _credits_in([line for line in lines_below if line not in seen])
    if credit:
        return credit
    above = [b for b in own if b.span.start < top]
    if above:
        return [list(b.names) for b in above]
    inside = [b for b in own if b.span.start < end]
    # Among the paragraphs, boxes of bare names are often tags or teasers: a line that says
    # it credits ("erstellt von Dominique"), there or below the body, is the better witness.
    said = [b for b in own if structure.parse_byline(b.text) is not None]
    said_inside = [b for b in said if b.span.start < end]
    chosen = said_inside or said[:1] or inside
    if chosen:
        return [list(b.names) for b in chosen]
    return _credits_in(lines_above) or [list(b.names) for b in own[:1]]


def _agency_line(lines: Sequence[str]) -> tuple[str, ...]:
    """A wire service's name alone on a line under the headline ("JIJI", "Reuters"), or
    before the date it filed the story ("Reuters November 18, 2019 11:03 PM"), set aside
    with the page's furniture: the story's credit when nothing else names anyone."""
    for line in lines:
        name = line.strip(" .|•·-–—")
        if A.is_agency(name):
            return (name,)
        lead = _AGENCY_LEAD.match(name) if _DIGIT.search(name) is not None else None
        if lead is not None and _only_a_date(name[lead.end() :]):
            return (lead.group("agency"),)
    return ()


def _only_a_date(text: str) -> bool:
    """Whether ``text`` states a date and nothing else: its words in lower case are words of
    dates and times ("18 novembre 2019 à 11:03", not "reported on Monday 3 March 2020")."""
    return D.parse_date_line(text) is not None and all(
        w in _DATE_WORDS for w in _LOWER_WORD.findall(text)
    )


def _names_over_date(lines: Sequence[str], body_texts: Sequence[str]) -> tuple[str, ...]:
    """The credit without its opening word among the lines set aside under the headline of
    crawler text, in any language: a line of names alone (perhaps with their roles) over
    the line that dates the story ("Jane Doe" over "Nov 18, 2019 5:17 PM", "Updated 12:24
    am EST" or "1 day ago"); a line of names that goes on to date the story ("Jane Doe |
    06.11.23"); or the name after the date a blog's post header opens with ("2. Februar
    2020 Jane Doe 1 Kommentar").

    Markup says where an HTML page's byline is; plain text has only this shape, so it is
    asked last, and a line whose words the story writes in lower case is a section's or a
    prompt's ("Europäische Union", "Reset Password"), not a name; and a line alone that
    the story names is its subject's, in a picture's caption ("Jane Doe Trinity"), not its
    writer's. A line that goes on to date the story is a credit even when the story names
    the writer too (in an author box among its paragraphs, or quoting its own writer).
    """
    # A name after a date on several lines is a list of teasers' headers, none the story's.
    after_dates = [_name_after_date(line) for line in lines]
    teasers = sum(name is not None for name in after_dates) > 1
    before = None
    for (line, after), after_date in zip(itertools.pairwise([*lines, ""]), after_dates):
        with_roles, above = _names_with_roles(line), before
        before = with_roles
        alone = with_roles is not None and _dates_story(after.strip(_DATE_SEPARATORS))
        credit = with_roles if alone else (_names_before_date(line) or (None if teasers else after_date))
        if credit is None:
            continue
        if above is not None and A.is_staff_credit(credit) and not A.is_staff_credit(above):
            # "Jane Doe" over "Redaktion Haus.de" over the date: the writer, then her desk.
            credit = above
        names = (credit,) if A.is_staff_credit(credit) else A.split_names(credit)
        # (A name's particles, "von", "de", "van", are lower case in any text.)
        words = {w.lower() for name in names for w in _LETTERS.findall(name)} - B.NAME_PARTICLES
        # (A caption may add to the name: "Jane Doe Trinity" of "Trinity's Jane Doe".)
        heads = [" ".join(n.split()[:2]) for n in names] if alone else []
        if not any(words & set(_LETTERS.findall(text)) or any(h in text for h in heads) for text in body_texts):
            return names
    return ()


def _names_with_roles(line: str) -> str | None:
    """The names of a line of names alone, perhaps with their roles or desk after them
    ("Jane Doe", "Jane Doe Education editor", "Jane Doe, Staff Writer"), or a newsroom's
    credit alone ("Redaktion", "TMZ Staff"); else None."""
    if _signs(line):
        return line
    if len(line) > L.SIGNATURE_MAX_CHARS or any(c.isdigit() for c in line):
        return None
    names = A.split_names(line)
    if not names or any(len(n.split()) < 2 for n in names):
        return None
    rest = line
    for name in names:
        rest = rest.replace(name, " ", 1)
    words = [w.strip(".,;:|") for w in rest.split()]
    if any(w and w.lower() not in _ROLE_OR_DESK and not A.NAME_SEPARATORS.fullmatch(f" {w} ") for w in words):
        return None
    joined = ", ".join(names)
    return joined if reads_as_signature(joined) else None


def _name_after_date(line: str) -> str | None:
    """The name after the date a line opens with, in a blog's post header as crawler text
    gives it ("2. Februar 2020 Alexander Roll 1 Kommentar", "21. Jan 2022 // Dominik
    Ricker"): the two words of a first and last name right after the date (published and
    updated, perhaps both), or None."""
    words = line.split()
    if not words or len(line) > L.SIGNATURE_MAX_CHARS + D.DATE_LINE_MAX_CHARS or not _opens_date(line, marked=True):
        return None
    count = 0
    while count < len(words) and _is_date_word(words[count]):
        count += 1
    name = " ".join(words[count : count + 2])
    if count == 0 or D.parse_date_line(" ".join(words[:count])) is None:
        return None
    return name if len(name.split()) == 2 and name.istitle() and reads_as_signature(name) else None


def _is_date_word(word: str) -> bool:
    # A word of a date, a time or the marks between them: "2.", "Februar", "2020", "//", "am".
    bare = word.strip(".,:;/|•·-–—")
    return not bare or bare[0].isdigit() or bare.lower() in _MONTH_OR_DAY or bare.lower() in B.TIME_WORDS


def _names_before_date(line: str) -> str | None:
    """The names that open a line which then dates the story ("Jane Doe | 06.11.23",
    "Jane Doe / 22.04.2020 / 06:15", "Jane Doe Zuletzt geändert am 06.11.2023"), or None.

    The date must follow the names at once: after a mark ("|", "/", "-", "·") it opens
    with a digit or a month's or a weekday's name; without one, with a publication or
    update marker. So a sentence that names someone and then a date ("Jane Doe said on 3
    March ...") is none, nor a photographer's credit set beside the date with nothing
    between them ("Sam Reed November 20, 2019": crawler text keeps no camera icon).
    """
    words = line.split()
    if len(line) > L.SIGNATURE_MAX_CHARS + D.DATE_LINE_MAX_CHARS or not any(c.isdigit() for c in line):
        return None
    for count in range(1, min(len(words), B.NAME_MAX_WORDS + 1)):
        after = " ".join(words[count:])
        rest = after.strip(_DATE_SEPARATORS)
        # (The mark may stand alone or cling to the last name: "Jane Doe, 02.01.2023".)
        marked = after[0] in _DATE_SEPARATORS or words[count - 1][-1] in _DATE_SEPARATORS
        if not rest or not _opens_date(rest, marked=marked):
            continue
        head = " ".join(words[:count]).strip(_DATE_SEPARATORS)
        # The first place a date opens decides: the names are all that stands before it.
        return head if _signs(head) and _dates_story(rest) else None
    return None


def _signs(text: str) -> bool:
    # Names and nothing else, or a newsroom's credit ("Redaktion", "BWW News Desk").
    return reads_as_signature(text) or (len(text) <= L.SIGNATURE_MAX_CHARS and A.is_staff_credit(text))


def _opens_date(text: str, *, marked: bool) -> bool:
    # A stamp opens with its own marker ("Updated ..."); a bare date (a figure, a month's or
    # a weekday's name) only after a mark: with nothing between them, "Sam Reed November
    # 20, 2019" is as often a photo credit beside the date (see _names_before_date).
    if D.opens_as_timestamp(text):
        return True
    first = _LETTERS.match(text)
    return marked and (text[0].isdigit() or (first is not None and first.group(0).lower() in _MONTH_OR_DAY))


def _dates_story(line: str) -> bool:
    # A date, a stamp that opens with its marker ("Updated 12:24 am EST"), or a time
    # relative to the reader's ("1 day ago", "vor 2 Stunden"): each dates the story.
    return D.parse_date_line(line) is not None or D.opens_as_timestamp(line) or D.is_relative_date_line(line)


def _credits_in(lines: Sequence[str]) -> list[list[str]]:
    """The first author credit among the lines around the headline that the classifier set
    aside (a "Veröffentlicht am ... von X" line in the page furniture).

    A line that holds only a credit's opening word ("By", "Von") and the line after it are
    one credit: markup often puts the word and the name in blocks of their own.
    """
    for index, line in enumerate(lines):
        if structure.is_credit_opener(line) and index + 1 < len(lines):
            line = f"{line.strip()} {lines[index + 1]}"
        parts = structure.parse_byline(line)
        if parts is not None and parts.kind == "author":
            return [list(parts.names)]
    return []


def _dates(
    metadata: Metadata, url: str | None, date_lines: Sequence[str], page_lines: Sequence[str],
    language: str | None, headline_line: int = 0,
) -> tuple[_dt.datetime | None, _dt.datetime | None]:
    """Published and modified: markup, then the date lines by the headline, then the URL
    path, then the first date line anywhere on the page.

    A publication date from the text or the URL later than the modification date is a
    mistake, and the next source is asked; when the markup's own publication date is later
    than its modification date, the modification date is dropped.
    """
    modified = metadata.modified
    month_first = (language or "").lower() in ("en-us", "en_us")
    markup = _as_the_page_shows(metadata.published, date_lines, month_first)
    if metadata.published_is_generic and markup is not None:
        markup = _shown_under_headline(markup, date_lines[headline_line:], month_first)
    if markup is not None and modified is not None:
        if _after(markup, modified):
            # The markup contradicts itself: a template's stale modification date is
            # the likelier mistake than the article's own publication date.
            modified = None
        # The markup says when: the visible lines are read only for the page's own offset.
        local = _in_local_offset(markup, (*date_lines, *page_lines))
        return _on_shown_day(local, date_lines[headline_line:], url or metadata.url), modified
    near, modified = _visible_dates(date_lines, modified, month_first)
    published = _in_local_offset(markup, (*date_lines, *page_lines))
    published = _on_shown_day(published, date_lines[headline_line:], url or metadata.url)
    candidates = [published, *near[:1], D.url_date(url or metadata.url)]
    for published in candidates:
        if published is not None and not _after(published, modified):
            return published, modified
    anywhere, modified = _visible_dates(
        # A long block may open with its date ("01.02.2022 „Der Arbeitsmarkt …",
        # "Pressemitteilung vom 25. Januar 2022 | Berlin – …"): its head is read.
        [line[:DATE_HEAD_CHARS] for line in page_lines], modified, month_first,
    )
    for published in anywhere[:1]:
        if not _after(published, modified):
            return published, modified
    return None, modified


def _shown_under_headline(
    markup: _dt.datetime, lines: Sequence[str], month_first: bool,
) -> _dt.datetime:
    """The day the page shows under its headline, when it is another than ``markup``'s.

    Asked only of a markup date that does not say what it dates (``<meta name="date">``,
    the day the page changed or was generated as often as the day it was published): the
    first date line among :data:`SHOWN_DAY_LINES` lines from the headline on (a quoted
    post's signature left out), unless it says it gives the modification time, is the
    page's own statement. A day next to the
    markup's when the markup gives a clock time is the same instant told in another
    offset, and the markup stays.
    """
    for line in lines[:SHOWN_DAY_LINES]:
        shown = D.shown_date(line, month_first=month_first)
        if shown is None or D.dates_quoted_post(line):
            continue
        if D.is_modified_line(line):
            return markup
        days = abs((shown.date() - markup.date()).days)
        if days == 0 or (days == 1 and markup.time() != _MIDNIGHT):
            return markup
        return shown
    return markup


def _as_the_page_shows(
    markup: _dt.datetime | None, lines: Sequence[str], month_first: bool,
) -> _dt.datetime | None:
    """The markup's publication date, unless the first date line by the headline corrects it.

    A line that says it gives the publication date ("Veröffentlicht am 16.08.2019") and
    names another day wins; so does a line naming the markup's day with its day and month
    swapped (a template that wrote "2023-01-11" for 1 November), whose day then replaces
    the markup's. Agreement, or any other line, leaves the markup as it is.
    """
    if markup is None:
        return None
    for line in lines[:MAX_CREDIT_LINES]:
        shown = D.shown_date(line, month_first=month_first)
        if shown is None or D.is_modified_line(line):
            continue
        if shown.date() == markup.date():
            return markup
        swapped = (shown.year, shown.month, shown.day) == (markup.year, markup.day, markup.month)
        if swapped and not D.is_ambiguous(line):
            # (Only a line that spells the month out can correct the markup's order.)
            return markup.replace(month=shown.month, day=shown.day)
        return shown if D.is_published_line(line) else markup
    return markup


def _in_local_offset(moment: _dt.datetime | None, lines: Sequence[str]) -> _dt.datetime | None:
    """``moment`` told in the page's own offset, when a visible line states its local time.

    Markup often gives the instant in UTC ("2020-02-25T02:25Z") while the reader sees
    "February 24, 2020 | 9:25pm": the same instant, whose day is the page's. A line whose
    wall time differs from the instant by a whole number of half hours (at most
    :data:`MAX_OFFSET`) states the offset; the instant itself does not change. A day line
    and the short line after it that holds the time ("Nov. 19, 2019" over "5:50 PM") are
    read as one. An instant
    the markup gives in another offset than UTC is left as it is: the page has said its
    offset, and a line with the same minute elsewhere (a reader's comment) cannot overrule it.
    """
    if moment is None or moment.tzinfo is None or moment.utcoffset():
        # (An instant the markup already tells in a local offset is in the page's offset.)
        return moment
    utc = moment.astimezone(_dt.timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
    # Only lines that show the instant's local year, and its minute or the half hour
    # beside it, can state it (cheap tests first: most pages have thousands of lines).
    year = str(utc.year)
    if not _dt.datetime(utc.year, 1, 1) + MAX_OFFSET <= utc <= _dt.datetime(utc.year, 12, 31) - MAX_OFFSET:
        year = str(utc.year)[:3]  # New Year's days: the local year may be the next or last.
    minute, half = f"{utc.minute:02d}", f"{(utc.minute + 30) % 60:02d}"
    for index, line in enumerate(lines):
        if year not in line or len(line) > D.DATE_LINE_MAX_CHARS:
            continue
        # The day and the time may stand in blocks of their own ("Nov. 19, 2019" over "5:50 PM").
        after = lines[index + 1] if index + 1 < len(lines) else ""
        clock = len(after) <= CLOCK_LINE_MAX_CHARS and (minute in after or half in after)
        if minute not in line and half not in line and not clock:
            continue
        local = D.parse_date_line(line)
        if local is not None and local.time() == _MIDNIGHT and clock:
            local = D.parse_date_line(f"{line} {after}")
        if local is None or local.tzinfo is not None or local.time() == _MIDNIGHT:
            continue
        offset = local.replace(second=0) - utc
        if offset and abs(offset) <= MAX_OFFSET and offset % _HALF_HOUR == _dt.timedelta(0):
            if offset != moment.utcoffset():
                return moment.astimezone(_dt.timezone(offset))
            return moment
    return moment


def _shown_days(lines: Sequence[str], url: str | None) -> list[_dt.date]:
    """The days the page shows for itself without a clock time: the first date line of
    ``lines`` (those from the headline on) that states a day alone, and the URL's day.

    Lines with a clock time are left to :func:`_in_local_offset`, which reads them exactly;
    a line of another day further down is a comment's or a teaser's.
    """
    days = []
    for line in lines[:SHOWN_DAY_LINES]:
        shown = D.shown_date(line)
        if shown is not None:
            if shown.time() == _MIDNIGHT and not D.is_modified_line(line):
                days.append(shown.date())
            break
    in_url = D.url_date(url)
    if in_url is not None:
        days.append(in_url.date())
    return days


def _on_shown_day(moment: _dt.datetime | None, lines: Sequence[str], url: str | None) -> _dt.datetime | None:
    """``moment``, an instant the markup gives in UTC, told in the offset that puts it on
    the day the page shows (:func:`_shown_days` of ``lines`` and ``url``), when that day
    is the one before or after its UTC day.

    Markup often stores a local day or evening in UTC ("2021-11-04T23:00Z" on a page that
    shows "5. November 2021"): the page's day is the local one. The offset taken is the
    nearest whole hour that puts the instant on the shown day (from
    :data:`MIN_INHABITED_OFFSET` to :data:`MAX_OFFSET`): the day is the page's, the offset
    the least that gives it, and the instant itself does not change. An instant the markup gives in another offset
    than UTC is left as it is: the page has said its offset.
    """
    if moment is None or moment.tzinfo is None or moment.utcoffset():
        return moment
    utc = moment.replace(tzinfo=None)
    # (The shown days are read only now: most instants are not in UTC, and reading the
    # lines for dates is the costly part.)
    for day in _shown_days(lines, url):
        if day == utc.date():
            return moment
        if abs((day - utc.date()).days) != 1:
            continue
        if day > utc.date():
            # The hours from the instant to the shown day's midnight, rounded up.
            hours = -(-(_dt.datetime.combine(day, _MIDNIGHT) - utc) // _dt.timedelta(hours=1))
        else:
            # The hours from the day after the shown one's midnight back to the instant, rounded up, negated.
            hours = -(-(utc - _dt.datetime.combine(day + _dt.timedelta(days=1), _MIDNIGHT)) // _dt.timedelta(hours=1))
            hours = -max(hours, 1)
        offset = _dt.timedelta(hours=hours)
        if MIN_INHABITED_OFFSET <= offset <= MAX_OFFSET:
            return moment.astimezone(_dt.timezone(offset))
    return moment


def _visible_dates(
    lines: Sequence[str], modified: _dt.datetime | None, month_first: bool,
) -> tuple[list[_dt.datetime], _dt.datetime | None]:
    """The publication dates the lines state, in order, and the modification date an
    "Updated ..." line after them states (when the markup gave none)."""
    found: list[_dt.datetime] = []
    for line in lines:
        date = D.shown_date(line, month_first=month_first)
        if date is None:
            continue
        if D.is_modified_line(line) and found:
            if modified is None:
                modified = date
            continue
        found.append(date)
    return found, modified


def _after(a: _dt.datetime, b: _dt.datetime | None) -> bool:
    """Whether ``a`` is later than ``b`` (naive and aware compared on their wall times)."""
    if b is None:
        return False
    if a.time() == _MIDNIGHT or b.time() == _MIDNIGHT:
        # A day without its time (midnight): only the days compare.
        return a.date() > b.date()
    if (a.tzinfo is None) != (b.tzinfo is None):
        # Only the wall clock is comparable: a day's slack absorbs unknown offsets.
        return a.replace(tzinfo=None) - b.replace(tzinfo=None) > _dt.timedelta(days=1)
    return a > b


def _dek(
    dek: str | None, dek_span: Span | None, description: str | None, title: str | None,
    body_texts: Sequence[str],
) -> tuple[str | None, Span | None, str | None]:
    if dek is not None and reads_as_standfirst(dek, title, body_texts, visible=True):
        return dek, dek_span, "visible"
    if description and reads_as_standfirst(description, title, body_texts):
        return " ".join(description.split()), None, "metadata"
    return None, None, None


def reads_as_standfirst(
    text: str, title: str | None, body_texts: Sequence[str], *, visible: bool = False,
) -> bool:
    """Whether ``text`` reads as the article's standfirst.

    Not a timestamp, an agency or date line ("AFP 30 avril 2015 à 07:19"), a byline, the
    headline again, or a teaser of another story or the site's own blurb (it shares words
    with its own headline and body). A description that summarises the story by its
    opening sentence is a standfirst too, as the page offers it as one.

    Args:
        text: the candidate.
        title: the headline.
        body_texts: the body paragraphs.
        visible: the candidate stands on the page above the body (the classifier chose it):
            it is not asked to share words, only not to be a date or credit line.

    Returns:
        True for a standfirst.
    """
    folded = " ".join(text.split())
    if not visible and not DEK_MIN_CHARS <= len(folded) <= DEK_MAX_CHARS:
        return False
    if len(folded) < 80 and (D.parse_date_line(folded) is not None or D.opens_as_timestamp(folded)):
        return False
    if structure.parse_byline(folded) is not None:
        return False
    if title and A.name_key(folded) == A.name_key(title):
        return False
    if visible:
        return True
    words = {w.lower() for w in _WORD.findall(folded)}
    # A word of the candidate counts when the headline or body holds it, inflected or not
    # ("rate" in "rates"): a substring test, cheaper than listing the body's words.
    context = " ".join([title or "", *body_texts[:8]]).lower()
    shared = sum(1 for w in words if w in context)
    return shared >= min(DEK_MIN_SHARED_WORDS, len(words))


def _absolute(image: str | None, base: str | None) -> str | None:
    """The image URL made absolute against the page's URL; None unless http(s)."""
    if not image:
        return None
    image = image.strip()
    if image.startswith(("http://", "https://")):
        return image
    if base:
        image = join(base, image)
    elif image.startswith("//"):
        image = "https:" + image
    return image if image.startswith(("http://", "https://")) else None

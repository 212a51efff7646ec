"""What a page says about itself: JSON-LD, OpenGraph, Twitter cards, ``<meta>``, microdata.

:class:`MetadataReader` reads it while the page is parsed (:func:`extract_metadata` from a
tree already built) and returns a :class:`~newsparse.document.Metadata`. Each field has its
own small function with its sources in order of trust: JSON-LD (written for search
engines, usually the most careful), then OpenGraph, then the older ``<meta>`` names and
microdata, then visible markup such as ``<time datetime>`` and ``rel=author`` links.
Malformed JSON-LD is skipped, never raised.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ..data.bylines import AUTHOR_LABELS, AUTHOR_OPENERS, AUTHOR_PATH_SEGMENTS, PROFILE_PATH_SEGMENTS
from ..document import Metadata
from ..language_tags import read_stated_language
from .events import replay

#: schema.org types whose object describes the article itself.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
    "blogposting", "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle",
    "report", "medicalscholarlyarticle", "satiricalarticle", "advertisercontentarticle",
    "posting", "webpage", "videoobject", "creativework",
    # A page whose work is not an article still describes it, with its author and dates:
    # instructions and recipes, a forum thread's opening post, a health page.
    "howto", "recipe", "discussionforumposting", "medicalwebpage",
})
# Types preferred over the generic ones above when a page has several objects.
_STRONG_TYPES = frozenset(ARTICLE_TYPES - {
    "webpage", "videoobject", "creativework", "howto", "recipe", "discussionforumposting", "medicalwebpage",
})

# JSON-LD blocks larger than this are data dumps, not article descriptions.
MAX_JSONLD_CHARS = 1_000_000
# Nested JSON-LD is walked with an explicit stack; this bounds the objects looked at.
MAX_JSONLD_NODES = 20_000
# Years outside this range are parsing accidents ("0001-01-01", "9999"), not publication dates.
MIN_YEAR, MAX_YEAR = 1900, 2100
# "By Jane Doe" in author fields: the prefix is not part of the name.
_BY_PREFIX = re.compile(r"^\s*(?:by|written by|posted by)\s*[:\s]\s*", re.IGNORECASE)
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
# "Headline | Site" and "Headline - Site" in <title>.
# Titles are whitespace-folded first, so single spaces suffice (and keep the split linear).
_TITLE_SEPARATORS = re.compile(r" [|\-–—:·»] ")
# Between a headline and its site's name in og:title and headlines, East Asian forms included.
_SITE_SEPARATORS = re.compile(r" [|\-–—:·»] |\s?[｜：_]\s?|\s?\|\s?")
_SEPARATOR_CHARS = "|-–—:·»｜：_"
_HOST = re.compile(r"^(?:https?:)?//([^/:?#]+)", re.IGNORECASE)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
# A link to an author's page: "/author/jane-doe", "/autor/frank_g", "?author=3".
_AUTHOR_HREF = re.compile(
    rf"[/?&](?:{'|'.join(sorted(AUTHOR_PATH_SEGMENTS, key=len, reverse=True))})(?:[/=?#]|$)", re.IGNORECASE,
)


def is_author_link(attrib: Mapping[str, str]) -> bool:
    """Whether a link's attributes point to an author's page (``/author/jane-doe``).

    Args:
        attrib: an ``<a>`` element's attributes.

    Returns:
        True when its ``href`` has an author segment in its path or query.
    """
    href = attrib.get("href")
    # (Every segment begins with "aut": a substring test screens most links cheaply.)
    return href is not None and ("aut" in href or "Aut" in href) and _AUTHOR_HREF.search(href) is not None


# The address of an author's profile: a profile segment, then the name's slug, last.
_PROFILE = re.compile(
    rf"/(?:{'|'.join(sorted(PROFILE_PATH_SEGMENTS, key=len, reverse=True))})/(?P<slug>[^/?#]+)/?(?:[?#].*)?$",
    re.IGNORECASE,
)
# A name's slug has at most so many words ("perry-bacon-jr"); more are a headline's.
MAX_SLUG_WORDS = 4

# Keys whose every value counts, not only the first.
_REPEATED_KEYS = frozenset({"article:tag", "og:article:tag", "video:tag"})
# Tags longer than this are sentences; more tags than this are a keyword dump.
MAX_TAG_CHARS = 80
MAX_TAGS = 30

# The words that label an author's name in a page's label/value pairs ("twitter:label1" =
# "Written by", "twitter:data1" = the name), in every language the bylines know.
_AUTHOR_PAIR_LABELS = frozenset(
    {w for words in AUTHOR_OPENERS.values() for w in words} | set(AUTHOR_LABELS)
)
# How many label/value pairs a page's unfurl metadata holds (Slack reads two; some pages four).
_MAX_LABEL_PAIRS = 4

_META_AUTHOR = ("author", "article:author", "dc.creator", "dcterms.creator", "byl",
                "parsely-author", "sailthru.author", "cxenseparse:author", "twitter:creator")
_META_PUBLISHED = ("article:published_time", "article:published", "og:published_time", "datepublished",
                   "publishdate", "publish-date", "pubdate", "date", "dc.date",
                   "dc.date.issued", "dcterms.created", "dcterms.date", "article.published",
                   "sailthru.date", "parsely-pub-date", "citation_publication_date",
                   "og:article:published_time")
# <meta> names that give a date without saying what it dates (the publication, the last
# change, or the day the page was generated): read as the publication date when nothing
# better says it, and outweighed by the day the page shows under its headline.
_META_GENERIC_DATE = frozenset({"date", "dc.date", "dcterms.date"})
_META_MODIFIED = ("article:modified_time", "article:modified", "og:updated_time", "datemodified",
                  "dcterms.modified", "last-modified", "article.updated", "lastmod",
                  "og:article:modified_time")


def extract_metadata(root: Any) -> Metadata:
    """Read a page's metadata from its parsed tree.

    The HTML loader reads metadata while the page is parsed (see :class:`MetadataReader`);
    this gives the same answer for a tree that is already built.

    Args:
        root: the root element of the page, as parsed by lxml.

    Returns:
        The :class:`~newsparse.document.Metadata`; fields the page does not state are None
        or empty.
    """
    reader = MetadataReader()
    replay(root, reader.target())
    return reader.metadata()


# What an element with no text read, or no elements read inside it, holds.
_NONE: list = []


class MetaElement:
    """An element the metadata is read from: its tag, attributes and text.

    Attributes:
        tag: the element's tag.
        attrib: its attributes.
        parts: the text inside it, descendants' included, in pieces as parsed.
        children: the elements inside it that are read too (microdata nests).
    """

    __slots__ = ("attrib", "children", "parts", "tag")

    def __init__(self, tag: str, attrib: Mapping[str, str]) -> None:
        self.tag = tag
        self.attrib = attrib
        self.parts: list[str] = _NONE
        self.children: list[MetaElement] = _NONE

    def get(self, name: str, default: str | None = None) -> str | None:
        """The attribute ``name``, or ``default``."""
        return self.attrib.get(name, default)

    @property
    def text(self) -> str:
        """All the text inside the element, as written."""
        return "".join(self.parts)

    def iter(self) -> Iterator[MetaElement]:
        """The element, then the read elements inside it, in document order."""
        stack = [self]
        while stack:
            el = stack.pop()
            yield el
            stack.extend(reversed(el.children))


class MetadataReader:
    """Reads a page's metadata from parser events, while the page is parsed.

    The HTML loader calls :meth:`start` for the elements in :attr:`TAGS`, links with a
    ``rel`` or to an author's page (:func:`is_author_link`) and any element with an
    ``itemprop``. :meth:`start` and :meth:`end` return the
    depth of the innermost element whose text the reader is reading (0: none); while that
    is not 0 the loader calls :meth:`data` for every piece of text, and :meth:`end` when the
    element at that depth closes. :meth:`target` wraps the reader as a parser target of its
    own.
    """

    #: Tags the reader looks at, beside ``<a rel>``, links to author pages and any element
    #: with an ``itemprop``.
    TAGS = frozenset({"html", "meta", "link", "script", "title", "time"})

    def __init__(self) -> None:
        self.root_attrib: Mapping[str, str] | None = None
        # <meta> with a value or an itemprop, canonical <link>, JSON-LD <script> and <title>.
        self.head: list[MetaElement] = []
        # Microdata, <time datetime>, <a rel=author> and links to author pages: read only
        # when the head leaves a gap.
        self.body: list[MetaElement] = []
        # Elements whose text is being read, with their depths, innermost last.
        self._open: list[tuple[int, MetaElement]] = []

    def start(self, tag: str, attrib: Mapping[str, str], depth: int) -> int:
        """An element opens at ``depth`` (the root is at 1).

        Returns:
            The depth of the innermost element whose text is read, 0 for none.
        """
        if depth == 1 and self.root_attrib is None:
            self.root_attrib = attrib
        get = attrib.get
        if tag == "meta" or tag == "link":
            el = MetaElement(tag, attrib)
            if tag == "meta":
                if "content" in attrib or "itemprop" in attrib:
                    self.head.append(el)
            else:
                rel = get("rel")
                if rel and "canonical" in rel.lower().split():
                    self.head.append(el)
            if self._open and "itemprop" in attrib:
                # A microdata value held in an attribute ("<link itemprop=name content=...>"
                # inside an author's item): the item's own, read with it.
                self._adopt(el)
            return self._reading()
        if tag == "script":
            kind = get("type")
            if not kind or kind.strip().lower() != "application/ld+json":
                return self._reading()
            el = MetaElement(tag, attrib)
            self.head.append(el)
        elif tag == "title":
            el = MetaElement(tag, attrib)
            self.head.append(el)
        elif "itemprop" in attrib or (
            (tag == "time" and "datetime" in attrib)
            or (tag == "a" and ("author" in (get("rel") or "").lower().split() or is_author_link(attrib)))
        ):
            el = MetaElement(tag, attrib)
            self.body.append(el)
        else:
            return self._reading()
        # Only elements whose text is read get lists of their own.
        el.parts = []
        if self._open:
            self._adopt(el)
        self._open.append((depth, el))
        return depth

    def _adopt(self, el: MetaElement) -> None:
        # ``el`` is inside the innermost element being read (microdata nests).
        parent = self._open[-1][1]
        if parent.children is _NONE:
            parent.children = []
        parent.children.append(el)

    def data(self, text: str) -> None:
        """Text inside the elements being read."""
        for _, el in self._open:
            el.parts.append(text)

    def end(self) -> int:
        """The innermost element being read closes.

        Returns:
            The depth of the element read now, 0 for none.
        """
        self._open.pop()
        return self._reading()

    def _reading(self) -> int:
        # The depth of the innermost element being read, 0 for none.
        return self._open[-1][0] if self._open else 0

    def target(self):
        """A parser target feeding this reader (``start``/``data``/``end``/``close``)."""
        return _ReaderTarget(self)

    def metadata(self) -> Metadata:
        """The metadata read so far."""
        found = _Found()
        try:
            found.add(self.head)
            article = _article_object(found.jsonld)
            sources = _author_sources(article, found)
            published = _published(article, found)
            if not sources or published is None or not _title(article, found):
                # Microdata, <time> and rel=author sit anywhere in the body: only read when
                # the head left a gap.
                found.add(self.body)
                article = _article_object(found.jsonld)
                sources = _author_sources(article, found)
                published = _published(article, found)
            url = _url(article, found.meta, found.canonical)
            language, language_unread = _language(self.root_attrib or {}, article, found.meta)
            return Metadata(
                title=_title(article, found),
                description=_description(article, found.meta, found.items),
                authors=sources[0] if sources else (),
                author_sources=tuple(sources),
                author_links=tuple(found.author_links),
                weak_authors=_clean_names([*_labelled_author(found.meta), *_profile_names(found)]),
                published=published,
                published_is_generic=published is not None and _published_is_generic(article, found),
                modified=_date(article, "dateModified", found.meta, _META_MODIFIED, found.items,
                               "datemodified", ()),
                site_name=_site_name(article, found.jsonld, found.meta),
                language=language,
                language_unread=language_unread,
                url=url,
                image=_image(article, found),
                tags=_tags(article, found),
                section=_section(article, found),
                publisher=_publisher(article, found.meta),
                publisher_is_person=_is_person(article.get("publisher")),
                jsonld=tuple(found.jsonld_roots),
            )
        except (ValueError, TypeError):  # a pathological page; metadata is optional
            language, language_unread = _language(self.root_attrib or {}, {}, {})
            return Metadata(language=language, language_unread=language_unread)


class _ReaderTarget:
    # A MetadataReader on its own as a parser target, keeping the depth it needs.
    def __init__(self, reader: MetadataReader) -> None:
        self.reader = reader
        self.depth = 0
        self.reading = 0  # the depth of the element whose text is read (0: none)

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        self.depth += 1
        if tag in MetadataReader.TAGS or "itemprop" in attrib or (
            tag == "a" and ("rel" in attrib or is_author_link(attrib))
        ):
            self.reading = self.reader.start(tag, attrib, self.depth)

    def data(self, text: str) -> None:
        if self.reading:
            self.reader.data(text)

    def end(self, tag: str) -> None:
        if self.reading and self.reading == self.depth:
            self.reading = self.reader.end()
        self.depth -= 1

    def close(self) -> None:
        return None


class _Found:
    """What the page's metadata elements say, gathered in one pass."""

    def __init__(self) -> None:
        self.meta: dict[str, str] = {}
        self.meta_authors: dict[str, list[str]] = {}
        self.items: dict[str, list] = {}
        self.jsonld: list[dict] = []
        self.jsonld_roots: list[Any] = []
        # Keys pages repeat with one value each ("article:tag"), every value kept.
        self.repeated: dict[str, list[str]] = {}
        self.title_tag: str | None = None
        self.canonical: str | None = None
        self.time_values: list[str] = []
        self.rel_authors: list[str] = []
        self.author_links: list[str] = []

    def add(self, nodes: Iterable[MetaElement]) -> None:
        """Take in metadata elements, in document order."""
        for el in nodes:
            tag = el.tag
            get = el.attrib.get
            if tag == "meta":
                key = get("property") or get("name") or get("itemprop") or get("http-equiv")
                value = get("content")
                if key and value and not value.isspace():
                    key = key.strip().lower()
                    if key not in self.meta:
                        # (Pages repeat some keys many times: article:tag, og:image:*.)
                        self.meta[key] = _clean(value)
                    if key in ("article:author", "author"):
                        self.meta_authors.setdefault(key, []).append(_clean(value))
                    elif key in _REPEATED_KEYS:
                        self.repeated.setdefault(key, []).append(_clean(value))
                prop = get("itemprop")
                if prop:
                    for name in prop.lower().split():
                        self.items.setdefault(name, []).append(el)
                continue
            if tag == "link":
                href = get("href")
                if self.canonical is None and href:
                    self.canonical = href.strip()
                continue
            if tag == "script":
                data = _load_json(el.text)
                if data is not None:
                    self.jsonld_roots.append(data)
                    self.jsonld.extend(_objects(data))
                continue
            if tag == "title":
                if self.title_tag is None:
                    self.title_tag = _clean(el.text)
                continue
            datetime_value = get("datetime") if tag == "time" else None
            if datetime_value:
                self.time_values.append(datetime_value)
            if tag == "a" and "author" in (get("rel") or "").lower().split():
                self.rel_authors.append(_text(el))
            elif tag == "a" and is_author_link(el.attrib):
                self.author_links.append(_text(el))
            prop = get("itemprop")
            if prop:
                for name in prop.lower().split():
                    self.items.setdefault(name, []).append(el)


# -- JSON-LD --------------------------------------------------------------------------------


def _load_json(text: str) -> Any:
    text = text.strip()
    if not text or len(text) > MAX_JSONLD_CHARS:
        return None
    text = text.removeprefix("<!--")
    text = text.removesuffix("-->")
    text = text.strip().removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            # strict=False admits raw newlines and tabs inside strings, common in CMS output.
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _objects(data: Any) -> Iterator[dict]:
    """Every dict in a JSON-LD value, outermost first, walked without recursion."""
    stack = [data]
    seen = 0
    while stack and seen < MAX_JSONLD_NODES:
        value = stack.pop()
        seen += 1
        if isinstance(value, dict):
            yield value
            for key in ("@graph", "mainEntity", "itemListElement", "hasPart"):
                inner = value.get(key)
                if isinstance(inner, dict | list):
                    stack.append(inner)
        elif isinstance(value, list):
            stack.extend(reversed(value))


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind.lower().rsplit("/", 1)[-1]}
    if isinstance(kind, list):
        return {k.lower().rsplit("/", 1)[-1] for k in kind if isinstance(k, str)}
    return set()


def _article_object(objects: list[dict]) -> dict:
    """The JSON-LD object that describes the article, with its ``@id`` references resolved."""
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    best: dict | None = None
    best_rank = -1
    for obj in objects:
        kinds = _types(obj)
        if not kinds & ARTICLE_TYPES:
            continue
        rank = (2 if kinds & _STRONG_TYPES else 0) + (1 if obj.get("headline") else 0)
        if rank > best_rank:
            best, best_rank = obj, rank
    if best is None:
        return {}
    resolved = dict(best)
    for key in ("author", "publisher", "mainEntityOfPage", "isPartOf"):
        value = resolved.get(key)
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
            resolved[key] = by_id[value["@id"]]
        elif isinstance(value, list):
            resolved[key] = [
                by_id.get(v["@id"], v) if isinstance(v, dict) and set(v) <= {"@id", "@type"} else v
                for v in value
            ]
    return resolved


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, str):
        cleaned = _clean(html.unescape(value))
        return cleaned or None
    return None


def _ld_names(value: Any) -> list[str]:
    """Author names from a JSON-LD author value: a string, a Person/Organization, or a list."""
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        if isinstance(item, dict):
            item = item.get("name")
            if isinstance(item, list):
                names.extend(_ld_names(item) if all(isinstance(i, str) for i in item) else [])
                continue
        if isinstance(item, str):
            names.append(html.unescape(item))
    return names


# -- fields ---------------------------------------------------------------------------------


def _title(article: dict, found: _Found) -> str | None:
    meta, items, title_tag = found.meta, found.items, found.title_tag
    for candidate in (
        _ld_text(article.get("headline")),
        meta.get("og:title"),
        meta.get("twitter:title"),
        _item_text(items, "headline"),
        meta.get("title"),
        _ld_text(article.get("name")),
    ):
        if candidate:
            return _without_site(candidate, found)
    if title_tag:
        # "Headline | Site": the longest part is the headline.
        parts = _TITLE_SEPARATORS.split(title_tag)
        return max(parts, key=len).strip() or None
    return None


def _without_site(title: str, found: _Found) -> str:
    """``title`` without the site's name at either end ("Headline | Site", "Headline：Site").

    The name is the page's ``og:site_name`` (or application name), or its host name with
    the dots taken out ("scan.netsecurity.ne.jp" names "ScanNetSecurity").
    """
    site = " ".join((found.meta.get("og:site_name") or "").split())
    if len(site) >= 4 and title.lower().endswith(site.lower()):
        # "Headline:Site name": the site's name written out, behind any separator.
        head = title[: -len(site)].rstrip()
        if head and head[-1] in _SEPARATOR_CHARS and head.rstrip(_SEPARATOR_CHARS + " "):
            return head.rstrip(_SEPARATOR_CHARS + " ")
    seps = list(_SITE_SEPARATORS.finditer(title))
    if not seps:
        return title
    # The head before the first separator, the tail after the last.
    parts = [title[: seps[0].start()], title[seps[-1].end() :]]
    names = {_squash(found.meta.get(k) or "") for k in ("og:site_name", "application-name")} - {""}
    host = _HOST.match(found.meta.get("og:url") or found.canonical or "")
    if host:
        labels = host.group(1).lower().removeprefix("www.").split(".")
        names.update({"".join(labels[:i]) for i in range(1, len(labels) + 1)})
    for index, kept in ((1, title[: seps[-1].start()]), (0, title[seps[0].end() :])):
        part = _squash(parts[index])
        if part and any(part == n or (len(n) >= 4 and (part.startswith(n) or n.startswith(part))) for n in names):
            return kept.strip() or title
        if index == 1 and _first_word(parts[1]) in names:
            # "Headline：IPA 独立行政法人 …": the tail opens with the host's name as a word.
            return kept.strip() or title
    return title


def _first_word(text: str) -> str:
    words = text.split(maxsplit=1)
    return _squash(words[0]) if words else ""


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _description(article: dict, meta: dict, items: dict) -> str | None:
    for candidate in (
        _ld_text(article.get("description")),
        meta.get("og:description"),
        meta.get("description"),
        meta.get("twitter:description"),
        _item_text(items, "description"),
    ):
        if candidate:
            return candidate
    return None


def _author_sources(article: dict, found: _Found) -> list[tuple[str, ...]]:
    """Each source's author names, most trusted first; sources naming nobody left out."""
    meta, meta_authors, items, rel_authors = found.meta, found.meta_authors, found.items, found.rel_authors
    sources: list[list[str]] = [_ld_names(article.get("author"))]
    for key in ("author", "article:author"):
        sources.append(meta_authors.get(key, []))
    for el in items.get("author", ()):
        names = [n.get("content") or _text(n) for n in el.iter()
                 if n is not el and (n.get("itemprop") or "").lower() == "name"]
        value = el.get("content")
        sources.append(names or ([value] if value else [_text(el)]))
    for key in _META_AUTHOR[2:]:
        if meta.get(key):
            sources.append([meta[key]])
    sources.append(rel_authors)
    found_names = []
    for names in sources:
        cleaned = _clean_names(names)
        if cleaned and cleaned not in found_names:
            found_names.append(cleaned)
    return found_names


def _labelled_author(meta: dict) -> list[str]:
    """The name a label/value pair of the page's metadata gives as its author
    (``twitter:label1`` "Written by", ``twitter:data1`` "Jane Doe"), or none."""
    for index in range(1, _MAX_LABEL_PAIRS + 1):
        label = meta.get(f"twitter:label{index}")
        if label is not None and " ".join(label.lower().split()).rstrip(" :：") in _AUTHOR_PAIR_LABELS:
            value = meta.get(f"twitter:data{index}")
            return [value] if value else []
    return []


def _profile_names(found: _Found) -> list[str]:
    """The names in the addresses of author profiles the author fields hold
    ("https://example.com/editors/jane-doe" gives "Jane Doe"), in order."""
    names = []
    for values in found.meta_authors.values():
        for value in values:
            match = _PROFILE.search(value) if _URL.match(value) else None
            if match is None:
                continue
            words = [w for w in re.split(r"[-_.]+", match.group("slug")) if w]
            while words and words[0].isdigit():
                words.pop(0)  # "/autores/289094-luciana-bertoia": an id before the name.
            if 2 <= len(words) <= MAX_SLUG_WORDS and all(w.isalpha() for w in words):
                names.append(" ".join(w.capitalize() for w in words))
    return names


def _clean_names(names: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    seen = set()
    for name in names:
        name = _BY_PREFIX.sub("", _clean(name or "")).strip(" ,;|")
        # URLs (article:author often holds a profile link) and handles are not names.
        if not name or _URL.match(name) or name.startswith("@") or len(name) > 100:
            continue
        key = name.lower()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)


def _published(article: dict, found: _Found) -> _dt.datetime | None:
    return _date(article, "datePublished", found.meta, _META_PUBLISHED, found.items,
                 "datepublished", found.time_values)


def _published_is_generic(article: dict, found: _Found) -> bool:
    """Whether the publication date comes from a ``<meta>`` of :data:`_META_GENERIC_DATE`:
    the first source :func:`_published` asks that holds a value is one of them."""
    if article.get("datePublished"):
        return False
    for key in _META_PUBLISHED:
        if found.meta.get(key):
            return key in _META_GENERIC_DATE
    return False


def _date(
    article: dict, ld_key: str, meta: dict, meta_keys: tuple[str, ...], items: dict,
    item_key: str, time_values: Sequence[str],
) -> _dt.datetime | None:
    candidates = [article.get(ld_key)]
    candidates.extend(meta.get(k) for k in meta_keys)
    for el in items.get(item_key, ()):
        candidates.append(el.get("content") or el.get("datetime") or _text(el))
    candidates.extend(time_values[:1])
    first = None
    for value in candidates:
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and value.strip():
            parsed = parse_date(value)
            if parsed is None:
                continue
            if parsed.tzinfo is not None and (first is None or first == parsed.replace(tzinfo=None)):
                # The first date found, with the offset another source of the page states.
                return parsed
            if first is None:
                first = parsed
    return first


def parse_date(value: str) -> _dt.datetime | None:
    """Parse a date as pages write it; timezone-aware when the value names a zone.

    Args:
        value: an ISO 8601 timestamp, or a looser form python-dateutil understands.

    Returns:
        The datetime, or None when ``value`` is not a plausible date.
    """
    value = value.strip()[:64]
    try:
        # Most pages write ISO 8601, which the standard library reads thirty times faster
        # than dateutil (and with the standard library's timezones).
        parsed = _dt.datetime.fromisoformat(value)
    except ValueError:
        # "2022-01-10T22:06:08:684Z": the fraction of a second behind a colon.
        loose = _dateutil_parse(_COLON_FRACTION.sub(r"\1.", value, count=1))
        if loose is None:
            return None
        parsed = loose
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed


_NO_DATE = _dt.datetime(1, 1, 1)
# A time's seconds followed by a colon and the fraction of a second ("22:06:08:684").
_COLON_FRACTION = re.compile(r"(T\d{2}:\d{2}:\d{2}):(?=\d{1,6}(?:Z|[+-]\d|$))")
_DOTTED_DAY = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}")


def _dateutil_parse(value: str) -> _dt.datetime | None:
    # ISO 8601 forms the standard library leaves out (24:00), then looser ones.
    from dateutil import parser as date_parser

    try:
        return date_parser.isoparse(value)
    except (ValueError, OverflowError, TypeError):
        try:
            with warnings.catch_warnings():
                # "EST" and "IST" are ambiguous: dateutil warns and returns a naive time,
                # which is the honest answer.
                warnings.simplefilter("ignore", date_parser.UnknownTimezoneWarning)
                # A value without a year ("14:33") must not take today's: the default's
                # year is out of range, so such a value is refused. "20.09.2016" is
                # day-first wherever dots separate the parts.
                parsed = date_parser.parse(value, default=_NO_DATE, dayfirst=_DOTTED_DAY.match(value) is not None)
        except (ValueError, OverflowError, TypeError):
            return None
        return None if parsed.year == _NO_DATE.year else parsed


def _image(article: dict, found: _Found) -> str | None:
    """The lead image: JSON-LD ``image``, then OpenGraph, Twitter, microdata."""
    for candidate in (
        _ld_url(article.get("image")),
        _ld_url(article.get("thumbnailUrl")),
        found.meta.get("og:image:secure_url"),
        found.meta.get("og:image"),
        found.meta.get("og:image:url"),
        found.meta.get("twitter:image"),
        found.meta.get("twitter:image:src"),
        _item_url(found.items, "image"),
        found.meta.get("thumbnail"),
    ):
        if candidate and not candidate.startswith("data:"):
            return candidate
    return None


def _ld_url(value: Any) -> str | None:
    # An image is a URL, an ImageObject ({"url": ...}), or a list of either.
    for _ in range(3):
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            value = value.get("url") or value.get("contentUrl") or value.get("@id")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _item_url(items: dict, name: str) -> str | None:
    for el in items.get(name, ()):
        value = el.get("content") or el.get("src") or el.get("href")
        if value:
            return value.strip()
    return None


def _tags(article: dict, found: _Found) -> tuple[str, ...]:
    """Tags and keywords: ``article:tag``, JSON-LD ``keywords``, ``<meta name=keywords>``."""
    values: list[str] = list(found.repeated.get("article:tag", ()))
    if not values:
        keywords = article.get("keywords")
        if isinstance(keywords, list):
            values = [k for k in keywords if isinstance(k, str)]
        elif isinstance(keywords, str):
            values = keywords.split(",")
    if not values:
        for key in ("news_keywords", "keywords"):
            if found.meta.get(key):
                values = found.meta[key].split(",")
                break
    seen: dict[str, str] = {}
    for value in values:
        value = _clean(html.unescape(value))
        if value and len(value) <= MAX_TAG_CHARS and value.lower() not in seen:
            seen[value.lower()] = value
    return tuple(seen.values())[:MAX_TAGS]


def _section(article: dict, found: _Found) -> str | None:
    for candidate in (
        _ld_text(article.get("articleSection")),
        found.meta.get("article:section"),
        found.meta.get("section"),
        found.meta.get("parsely-section"),
        _item_text(found.items, "articlesection"),
    ):
        if candidate:
            return candidate
    return None


def _publisher(article: dict, meta: dict) -> str | None:
    for candidate in (
        _ld_text(article.get("publisher")),
        meta.get("article:publisher"),
        meta.get("publisher"),
        meta.get("dc.publisher"),
        meta.get("dcterms.publisher"),
    ):
        # article:publisher is often the outlet's Facebook page: a URL is not a name.
        if candidate and not _URL.match(candidate):
            return candidate
    return None


def _is_person(value: Any) -> bool:
    """Whether a JSON-LD value is a Person object."""
    return isinstance(value, dict) and "person" in _types(value)


def _site_name(article: dict, objects: list[dict], meta: dict) -> str | None:
    for candidate in (
        meta.get("og:site_name"),
        # (A publisher that is a person, a blog's owner, names no site: the WebSite may.)
        None if _is_person(article.get("publisher")) else _ld_text(article.get("publisher")),
        meta.get("application-name"),
        meta.get("twitter:site") if not (meta.get("twitter:site") or "").startswith("@") else None,
    ):
        if candidate:
            return candidate
    for obj in objects:
        if _types(obj) & {"organization", "newsmediaorganization", "website"}:
            name = _ld_text(obj.get("name"))
            if name:
                return name
    return None


def _language(root_attrib: Mapping[str, str], article: dict, meta: dict) -> tuple[str | None, str | None]:
    """The language the page states, and the first value it gives that states none (see
    :func:`~newsparse.language_tags.read_stated_language`)."""
    return read_stated_language((
        root_attrib.get("lang"),
        root_attrib.get("{http://www.w3.org/XML/1998/namespace}lang"),
        root_attrib.get("xml:lang"),
        _ld_language(article.get("inLanguage")),
        meta.get("content-language"),
        meta.get("language"),
        meta.get("og:locale"),
        meta.get("dc.language"),
    ))


def _ld_language(value: Any) -> str | None:
    """A JSON-LD ``inLanguage`` as one value to read: a string; a ``Language`` object's
    ``alternateName``, ``identifier`` and ``name`` (``{"name": "German", "alternateName":
    "de"}``); the items of a list; each joined by commas, in that order."""
    items = value if isinstance(value, list) else [value]
    parts = []
    for item in items:
        if isinstance(item, dict):
            item = [item.get(key) for key in ("alternateName", "identifier", "name", "@value")]
        for part in item if isinstance(item, list) else [item]:
            if isinstance(part, str):
                parts.append(_clean(html.unescape(part)))
    return ", ".join(parts) if parts else None


def _url(article: dict, meta: dict, canonical: str | None) -> str | None:
    for candidate in (canonical, meta.get("og:url"), _ld_text(article.get("url"))):
        if candidate and _URL.match(candidate):
            return candidate
    return None


# -- helpers --------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(text.split())


def _text(el: MetaElement) -> str:
    return _clean(el.text)


def _item_text(items: dict, name: str) -> str | None:
    for el in items.get(name, ()):
        value = el.get("content") or _text(el)
        if value:
            return value
    return None

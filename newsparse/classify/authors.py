"""Author names: cleaning what bylines and metadata say, and deciding who wrote the article.

Names reach newsparse dirty: with their roles ("Eleanor Ainge Roy (reporting"), credentials
("Jane Doe, PhD"), the date glued on ("Lucas Nolan22 Dec 2016"), behind a profile link's
words ("View all posts by Daniel Lemire") or beside their outlet ("Sarah Needleman The Wall
Street Journal"). :func:`clean_name` takes those off and keeps a candidate only when it
reads as a person's name; :func:`split_names` does it for every name of a credit line;
:func:`fuse_authors` lets the visible bylines and the page's metadata vote.

The vocabularies are data, per language, in :mod:`newsparse.data.bylines`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from .. import patterns as P
from ..data import bylines as B
from ..data.dates import MODIFIED_MARKERS, MONTH_NUMBERS, PUBLISHED_MARKERS, RELATIVE_BEFORE, WEEKDAYS

# Words that end the names of a credit when they follow them: dates, times, "Updated", "on".
_TAIL_WORDS = (B.TIME_WORDS | WEEKDAYS) - B.NAME_PARTICLES
# Month names end a name only where a date was cut off behind them ("Jane Doe Nov 13"):
# elsewhere they are names too ("Theresa May", "April Ryan").
_MONTHS = frozenset(MONTH_NUMBERS)
_ROLES_AND_CREDENTIALS = B.ROLE_WORDS | B.CREDENTIALS
# What stands between a credit's names and the date cut off behind them: "am", "on", "le"
# (a particle ends no name), and "Veröffentlicht", "Erstellt" (a posted line's own word).
_DATE_TAIL = _MONTHS | WEEKDAYS | B.TIME_WORDS | {w for w in B.POSTED_OPENERS if " " not in w}
# Every newsroom credit holds one of the staff words.
_STAFF_SCREEN = re.compile(P.alternation(B.STAFF_WORDS), re.IGNORECASE)
# A label or a byline's opening word alone ("著者", "Author", "Von") names nobody.
_LABELS = (frozenset(B.AUTHOR_LABELS) | frozenset(B.NAME_INTRODUCERS)
           | {w for words in B.AUTHOR_OPENERS.values() for w in words})
_TRAILING = (_ROLES_AND_CREDENTIALS | _TAIL_WORDS) - B.NAME_PARTICLES
# The words a date line opens with ("Veröffentlicht am 19.10.19", "Last updated on ...",
# "Zuletzt aktualisiert:", "Publicado el ...", "Hace 3 horas", "Quelle: ..."): read where a
# name is looked for, they name nobody.
_DATE_LINE_OPENERS = frozenset(
    w.split()[0]
    for w in (*B.POSTED_OPENERS, *PUBLISHED_MARKERS, *MODIFIED_MARKERS, *RELATIVE_BEFORE, *B.SOURCE_LABELS)
)


def _phrases(words: Iterable[str]) -> str:
    # Longest first, so "view all posts by" wins over "posts by"; spaces match any run.
    return P.alternation(words, any_space=True)


# "View all posts by X", "Zeige alle Beiträge von X", "By X": what stands before a name.
_INTRODUCER = re.compile(rf"^(?:{_phrases(B.NAME_INTRODUCERS + ('by',))})(?:\s*[:：]\s*|\s+)", re.IGNORECASE)
# A profile link's phrase opening a line ("View all posts by"), without the opening words
# of a byline ("By", "Written by"), which are read as bylines.
_PROFILE_PHRASE = re.compile(
    rf"^(?:{_phrases(w for w in B.NAME_INTRODUCERS if w not in {o for os in B.AUTHOR_OPENERS.values() for o in os})})"
    r"(?:\s*[:：]\s*|\s+)",
    re.IGNORECASE,
)
_LONGEST_INTRODUCER = max(map(len, B.NAME_INTRODUCERS)) + 2
#: Where one name of a credit ends and the next begins (commas, "and", "&", "und", "et" ...).
# (A separator's spaces are taken from the start of their run only: tried at every space of
# a long run, "\s+" would read the rest of the run each time, in quadratic time.)
NAME_SEPARATORS = _SEPARATORS = re.compile(
    r"(?<!\s)(?:"
    + "|".join(
        rf"\s+{re.escape(s.strip())}\s+" if s.startswith(" ") else rf"\s*{re.escape(s)}\s*"
        for s in B.NAME_SEPARATORS
    )
    + ")",
    re.IGNORECASE,
)
# Where the name stops: a digit (a date glued on), a bracket (a role), a dash or bar
# between spaces (a date or a section), a handle, a link.
_STOP = re.compile(r"\d|[(\[{<]|\s[-–—|•·]\s?|\s@|https?:|www\.|\s/\s")
# "Sarah Needleman The Wall Street Journal": "The" never stands inside a name.
_THE = re.compile(r"\s(?:The|THE)\s")
# "Howard BlumeStaff": a role word glued to the name by markup without a space.
_GLUED_WORDS = B.ROLE_WORDS | {"biography", "profile", "bio", "twitter", "email"}
_GLUED_ROLE = re.compile(
    rf"(?<=[a-z])(?:{'|'.join(w.capitalize() for w in sorted(_GLUED_WORDS, key=len, reverse=True))})\b(.*)",
)
_EDGE = " \t,;:|/-–—•·*'\"“”‘’«»()[]／｜・"
# Shorter user names are initials ("kj", "mf", "DT"): a desk's mark, not a signature.
MIN_HANDLE_CHARS = 4
# A user name: letters first, then letters, digits, "_", "." or "-" ("Herr_Rein", "oz").
_HANDLE = re.compile(r"[^\W\d_][\w.-]{1,30}")
# "laola1.at", "example.com": a host name ends in a dot and a lowercase domain.
_HOST_END = re.compile(r"\.[a-z]{2,6}$")
# "Fox News’ Jessica Napoli": an outlet's possessive before the name.
_POSSESSIVE = re.compile(r"^[^’'\s][^’']{0,40}(?:’|')s?\s+(?=[A-Z])")


def introduced_names(lines: Iterable[str]) -> list[str]:
    """What the profile-link phrases on the lines introduce ("View all posts by Jane Doe",
    "Alle Beiträge von Hans Meier" give "Jane Doe", "Hans Meier"), in order: the texts of
    the links to author pages, where plain text has no links.

    Args:
        lines: the page's lines.

    Returns:
        The texts after the phrases, as written.
    """
    found = []
    for line in lines:
        if len(line) <= B.NAME_MAX_CHARS + _LONGEST_INTRODUCER:
            match = _PROFILE_PHRASE.match(line)
            if match is not None and line[match.end() :].strip():
                found.append(line[match.end() :].strip())
    return found


def clean_name(text: str) -> str | None:
    """One person's (or agency's) name from a dirty candidate; None when none is left.

    Takes off what surrounds a name: "By" and profile-link phrases in front, a date or
    time glued on, a role in brackets or after it, credentials, an outlet after "The".
    The result is kept only when it reads as a name (:func:`looks_like_name`) or is a
    known agency. Cleaning a cleaned name changes nothing.

    Args:
        text: the candidate, as written.

    Returns:
        The name as written (case kept), or None.
    """
    name = _GLUED_ROLE.sub(r"\1", " ".join(text.split()))
    while True:
        before = name
        name = _POSSESSIVE.sub("", _INTRODUCER.sub("", name.strip(_EDGE)))
        stop = _STOP.search(name)
        if stop is not None:
            if stop.group(0).isdigit() and stop.start() and name[: stop.start()].isalpha() and name.islower():
                # Digits glued to one word in lower case ("ani0", "jdoe42"): a user name,
                # not a name with a date run on ("Lucas Nolan22 Dec").
                return None
            name = name[: stop.start()]
            if stop.group(0).isdigit():
                name = _drop_trailing(name, _MONTHS)
        the = _THE.search(name)
        if the is not None:
            name = name[: the.start()]
        name = name.strip(_EDGE)
        if is_staff_credit(name):
            # "ZDNet Japan Staff": the newsroom's credit, as written ("Staff" is no role here).
            return name
        name = _undouble(_trim_words(name))
        if name == before:
            break
    if not name:
        return None
    if is_agency(name) or looks_like_name(name):
        return name
    return None


def _trim_words(name: str) -> str:
    """Take roles, credentials and date words off both ends of a name."""
    words = name.split()
    # A role or title in front: "Senior Correspondent Jane Doe", "Dr. Jane Doe".
    while words and _key(words[0]) in _ROLES_AND_CREDENTIALS and len(words) > 1:
        words.pop(0)
    # Behind: "Jane Doe Staff Writer", "Jane Doe PhD", "Jane Doe Updated Nov".
    cut = next(
        # (A lowercase word that is no particle ends a name: "Sam Poe in Paris"; so does a
        # role: "Sam Stein Senior Politics Editor".)
        (i for i, w in enumerate(words) if i and ((w[:1].islower() and _key(w) not in B.NAME_PARTICLES)
                                                   or _key(w) in WEEKDAYS or _key(w) == "updated"
                                                   or _key(w) in B.ROLE_WORDS)),
        len(words),
    )
    if cut < len(words) and _key(words[cut]) in B.ROLE_WORDS:
        # The desk before the role is the role's too: "Jane Doe Business Columnist".
        while cut > 2 and _key(words[cut - 1]) in B.DESK_WORDS and words[cut - 1][:1].isupper():
            cut -= 1
    words = words[:cut]
    while len(words) > 1 and _key(words[-1]) in _TRAILING:
        words.pop()
    name = " ".join(words).strip(_EDGE)
    return name


def _undouble(name: str) -> str:
    # "Sarah Needleman Sarah Needleman", "Andrea WongAndrea Wong": a name written twice (a
    # link and its label), with or without a space between.
    words = name.split()
    half = len(words) // 2
    # (Initials repeat without being a name written twice: "R. R.")
    if half and len(words) % 2 == 0 and words[:half] == words[half:] and len(words[0].rstrip(".")) > 1:
        return " ".join(words[:half])
    middle = len(name) // 2
    if len(name) % 2 == 0 and " " in name and name[:middle] == name[middle:]:
        return name[:middle]
    return name


def drop_date_words(text: str) -> str:
    """``text`` without the month and weekday names and the words that lead to a date or
    time at its end ("Jane Doe October", "Hans Meier am", "Jane Doe on")."""
    return _drop_trailing(text, _DATE_TAIL)


def _drop_trailing(name: str, words: frozenset[str]) -> str:
    parts = name.split()
    while len(parts) > 1 and _key(parts[-1]) in words:
        parts.pop()
    return " ".join(parts)


def _key(word: str) -> str:
    return word.strip(".,;:!?'\"").lower()


def looks_like_name(name: str) -> bool:
    """Whether ``name`` reads as a person's name: not a date, section, site or sentence.

    One to :data:`~newsparse.data.bylines.NAME_MAX_WORDS` words, no digits, each word
    capitalised except the particles of names ("van", "de", "bin"); none of the words of
    labels, sections, dates and sentences; not a publication's name. Names in scripts
    without capitals pass on length alone. All-capital names pass ("NATALIYA VASILYEVA").

    Args:
        name: a cleaned candidate.

    Returns:
        True when it can be a name.
    """
    if not name or _no_credit_shape(name) or name.lower() in B.NOT_NAMES or name.lower() in _LABELS:
        return False
    words = name.split()
    if len(words) > B.NAME_MAX_WORDS:
        return False
    if len(words) == 1 and _key(name) in MONTH_NUMBERS:
        return False
    if all(_key(w) in _ROLES_AND_CREDENTIALS for w in words):
        return False
    if len(words) == 1 and (sum(c.isupper() for c in name) > 1 or _key(name) in WEEKDAYS or len(name) < 2):
        # "CNN", "NBCNews": an outlet's initials or brand; "Wednesday": a date.
        return False
    if ":" in name:
        # "Topic: Hardware": a label and its value.
        return False
    if _key(words[0]) in _DATE_LINE_OPENERS and not any(w[:1].isupper() for w in words[1:]):
        # "Veröffentlicht", "Last", "Publicado el": a date line's opening words.
        return False
    first = words[0][:1]
    if not first.isalpha() or first.islower():
        return False
    for index, word in enumerate(words):
        key = _key(word)
        if not key:
            return False
        if index == 0 and len(words) > 1 and key in B.GIVEN_NAMES_ALSO_WORDS:
            continue
        if word[:1].islower():
            if key not in B.NAME_PARTICLES:
                return False
        elif (key in B.NOT_NAME_WORDS and key not in B.NAME_PARTICLES) or key in B.OUTLET_WORDS:
            return False
    return any(c.isalpha() for c in name)


def is_staff_credit(name: str) -> bool:
    """Whether ``name`` credits a newsroom rather than a person ("TMZ Staff", "BWW News Desk",
    "Redaktion Polizeiticker Schweiz", "PETA-Team").

    A staff word (:data:`~newsparse.data.bylines.STAFF_WORDS`) among its words, the other
    words capitalised and none of them a role ("Staff Writer" is a role) or a word no credit
    holds ("Join Our Team" is a link). Such credits are kept as written.

    Args:
        name: a credit's names part, without its opening word.

    Returns:
        True for a newsroom's credit.
    """
    if _STAFF_SCREEN.search(name) is None:
        # (Most candidates hold no staff word: one scan of the text says so.)
        return False
    words = name.split()
    if not words or len(words) > B.NAME_MAX_WORDS + 1 or _no_credit_shape(name):
        return False
    staff = False
    others = []
    for word in words:
        key = _key(word)
        if key in B.STAFF_WORDS or key.rpartition("-")[2] in B.STAFF_WORDS:
            staff = True
            continue
        others.append(word)
        if word[:1].islower() and key not in B.NAME_PARTICLES:
            return False
        if key in B.ROLE_WORDS or (key in B.NOT_NAME_WORDS and key not in B.DESK_WORDS | B.NAME_PARTICLES):
            return False
    # "Reuters Staff" is the agency's credit.
    return staff and not is_agency(" ".join(others))


def _no_credit_shape(name: str) -> bool:
    # Too long for a name, or holding a digit, an e-mail address or a URL: neither a
    # person's name nor a newsroom's credit.
    return len(name) > B.NAME_MAX_CHARS or any(c.isdigit() for c in name) or "@" in name or "://" in name


def is_agency(name: str) -> bool:
    """Whether ``name`` is a wire service or agency ("Reuters", "AP", "dpa")."""
    return " ".join(name.split()).strip(" .").lower() in B.AGENCIES


def split_names(text: str) -> tuple[str, ...]:
    """The cleaned names of a credit ("Jane Doe, John Roe and Reuters"), in order.

    Parts that do not clean to a name (roles, credentials, dates, outlets) are dropped, and
    so is a newsroom's credit beside a person's name (:func:`is_staff_credit`); names are
    kept as often as the credit gives them (:func:`unique_names` drops repeats).

    Args:
        text: the names part of a credit, after its opening word.

    Returns:
        The names, agencies included, as written.
    """
    names: list[str] = []
    # After a name a lowercase word cut short ("Jane Doe in Kyiv", "Nesselsetzer under Just
    # For Fun"), the parts behind a comma are the place's or the categories' ("Ukraine",
    # "Rebloggt"), until a word that joins names ("and", "und", "&") brings the next one.
    aside = False
    # Behind a part that names no one (an outlet: "hessenschau.de, Frankfurt, Germany"),
    # single words behind commas are its address, until a word joins the next name.
    address = False
    for joined, part in _parts(text):
        if aside and not joined:
            continue
        aside = False
        name = clean_name(part)
        if name is None:
            address = address or (not names and bool(part.strip()))
            continue
        if address and not joined and " " not in name and not is_agency(name):
            continue
        address = False
        if (not joined and names and " " in names[-1] and " " not in name and name[:1].isupper()
                and not is_agency(name) and not is_staff_credit(name)):
            # "Markus Balser, Berlin", "Troy L. Smith, Cleveland.com": one capitalised word
            # behind a comma after a person's full name is a place or an employer. (Scripts
            # without spaces or capitals write whole names so.)
            continue
        if not joined and names and " " in names[-1] and is_role_phrase(part):
            # "Tom Krisher, AP Auto Writer", "Chris Cillizza, CNN Editor-at-large": what
            # follows a person's name behind a comma and ends in a role is that person's job.
            continue
        rest = part[part.find(name) + len(name) :].split() if name in part else []
        aside = bool(rest) and rest[0][:1].islower() and _key(rest[0]) not in B.NAME_PARTICLES
        lone_role = " " not in name and _key(part.split()[-1]) in B.ROLE_WORDS
        if lone_role and not is_agency(name) and not is_staff_credit(name):
            # "IGN Staff", "Staff Reports": an outlet and a role, no person.
            continue
        names.append(name)
    if any(not is_staff_credit(n) for n in names):
        # "Eric Song, IGN Staff": beside a person, a newsroom is the person's affiliation.
        names = [n for n in names if not is_staff_credit(n)]
    return tuple(names)


def is_role_phrase(text: str) -> bool:
    """Whether ``text`` names a job: a few capitalised words ending in a role word
    ("AP Auto Writer", "Senior Correspondent", "CNN Editor-at-large", "Business Columnist").

    Args:
        text: a part of a credit line.

    Returns:
        True for a role phrase.
    """
    words = text.split()
    if (not 0 < len(words) <= B.NAME_MAX_WORDS or _key(words[-1]).split("-")[0] not in B.ROLE_WORDS
            or not words[-1][:1].isupper()):
        # (In lower case it is a list's gloss: "Louis Begley, writer" among signatories.)
        return False
    # Before the role: desks, other roles, an agency or an outlet's initials ("CNN"), never
    # a name ("Jane Doe, John Roe Photography" credits two people).
    return all(
        w[:1].isupper() and (_key(w) in B.DESK_WORDS or _key(w) in B.ROLE_WORDS or is_agency(w)
                             or (w.isupper() and len(w) <= B.OUTLET_INITIALS_MAX_CHARS))
        for w in words[:-1]
    )


def _parts(text: str) -> Iterator[tuple[bool, str]]:
    """The parts of a credit between name separators, each with whether a word or "&"
    joins it to the part before ("and", "und", "et": a next name) rather than a comma."""
    start, joined = 0, False
    for separator in _SEPARATORS.finditer(text):
        yield joined, text[start : separator.start()]
        sign = separator.group(0)
        joined, start = "&" in sign or any(c.isalpha() for c in sign), separator.end()
    yield joined, text[start:]


def unique_names(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` without repeats (case and spacing ignored), first occurrences in order."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = name_key(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)


def name_key(name: str) -> str:
    """What two spellings of one name have in common: case-folded words without dots."""
    return " ".join(name.replace(".", " ").casefold().split())


def names_publication(name: str, publication: Iterable[str]) -> bool:
    """Whether ``name`` is the publication's own name ("By The New York Times" on its site).

    The same name as one of ``publication`` (its site name, publisher, or the label of its
    address), or a label that writes the name's words together ("washingtonpost"), by their
    initials ("wsj") or by the initials before the last word ("nytimes"), with or without
    a leading article.

    Args:
        name: what a credit credits.
        publication: the publication's names (site name, publisher, address label).

    Returns:
        True when ``name`` names the publication itself.
    """
    words = _WORD.findall(name.casefold())
    if not words:
        return False
    forms = set()
    for run in (words, words[1:]):
        if run:
            forms.add("".join(run))
            if len(run) >= 2:
                forms.add("".join(w[0] for w in run))
                forms.add("".join(w[0] for w in run[:-1]) + run[-1])
    for own in publication:
        squeezed = "".join(_WORD.findall(own.casefold())) if own else ""
        if len(squeezed) >= _MIN_LABEL_CHARS and squeezed in forms:
            return True
    return False


# Letters and digits, as the words of a name and of an address label are compared.
_WORD = re.compile(r"[^\W_]+")
# A shorter label ("ap", "jd") is as likely a person's initials as a publication's.
_MIN_LABEL_CHARS = 3


def _same_person(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    # "Jane Doe" and "Jane A. Doe", or a byline's "Heiko" and metadata's "Heiko Adams".
    wa, wb = ka.split(), kb.split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return (bool(short) and all(w in long for w in short) and short[-1] == long[-1]) or (
        len(short) == 1 and short[0] in long)


def _loose_name(text: str) -> bool:
    # Words of letters only, two to NAME_MAX_WORDS of them, none a word no name holds:
    # a name whatever its case, as markup may give it ("cindy mangomini").
    words = text.split()
    return (
        1 < len(words) <= B.NAME_MAX_WORDS and not _no_credit_shape(text)
        and all(w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words)
        and not any(_key(w) in B.NOT_NAME_WORDS or _key(w) in _ROLES_AND_CREDENTIALS for w in words)
    )


def _fuller(name: str, others: Sequence[str]) -> str:
    # "By Pamela" on the page, "Pamela Anderson" in the markup: the full name.
    for other in others:
        if len(other.split()) > len(name.split()) and _same_person(name, other):
            return other
    return name


def fuse_authors(
    visible: Sequence[Sequence[str]],
    metadata: Sequence[str] | Sequence[Sequence[str]],
    *,
    not_people: Iterable[str] = (),
    agencies: Sequence[Sequence[str]] = (),
) -> tuple[str, ...]:
    """The article's authors from what its bylines and its metadata say.

    Each byline and the metadata (JSON-LD, ``<meta name=author>``, microdata,
    rel=author) vote. When the metadata names someone a byline names too, the bylines
    that agree with it are the article's (others on the page credit related stories);
    when they disagree, the metadata wins, as bylines are the likelier to belong to
    another story, unless it names no one in full (single words: a place, a brand split at
    its "&") while the first byline does; without metadata, the first byline speaks. Names
    are spelled as the bylines spell them. Agencies and the publication's own name
    (``not_people``) are not authors while a person is named. When nobody is, the credit
    the page gives is the author, as written: the first newsroom credit ("TMZ Staff",
    "BWW News Desk": :func:`is_staff_credit`), else the first agency or the publication's
    own name (a personal blog's site name is its author's).

    Args:
        visible: the names of each author byline, in reading order.
        metadata: author names from the page's markup, cleaned or not; or several such
            lists, one per source (JSON-LD, ``<meta name=author>`` ...), most trusted first:
            a byline that any of them confirms wins.
        not_people: names that are not people here (site name, publisher).
        agencies: the names of the bylines that credit only agencies ("By Reuters"), in
            reading order: asked only when nobody is named.

    Returns:
        The unique author names, in reading order.
    """
    excluded = {name_key(n) for n in not_people if n}

    def people(names: Iterable[str]) -> list[str]:
        return [n for n in names if not is_agency(n) and not is_staff_credit(n) and name_key(n) not in excluded]

    meta_names = [[n for raw in source for n in split_names(raw)] for source in _sources(metadata)]
    lines = [people(names) for names in visible]
    lines = [names for names in lines if names]
    sources = [people(names) for names in meta_names]
    sources = [names for names in sources if names]
    if not lines and not sources:
        # Nobody named: the newsroom's, agency's or publication's credit, as written; else
        # the user name the page's markup gives its author ("karstenruppert", "Herr_Rein").
        return _staff_credit([*visible, *agencies, *meta_names], excluded) or _handle(_sources(metadata), excluded)
    if not lines:
        return unique_names(sources[0])
    if not sources:
        # The markup may still spell a byline's name in full where the name has a word in
        # lower case ("By Cindy mangomini", author "cindy mangomini"): the byline stopped
        # at that word.
        spelled = [n for names in _sources(metadata) for raw in names for n in _SEPARATORS.split(raw)
                   if _loose_name(n)]
        return unique_names(_fuller(n, spelled) for n in lines[0])
    for from_meta in sources:
        agreeing = [names for names in lines if any(_same_person(n, m) for n in names for m in from_meta)]
        if agreeing:
            return unique_names(_fuller(n, from_meta) for names in agreeing for n in names)
    if not any(" " in n for names in sources for n in names) and any(" " in n for n in lines[0]):
        # The markup gives single words ("Munich, Germany", "Jobs & Hire" split at its "&"),
        # the byline a person's full name: the byline.
        return unique_names(lines[0])
    # They disagree: bylines are the likelier to credit another story on the page.
    return unique_names(sources[0])


def linked_author(links: Iterable[str], *, not_people: Iterable[str] = ()) -> tuple[str, ...]:
    """The author weak evidence names, when nothing else names one: the links to author
    pages, or a label/value pair of the page's metadata ("Written by" · "Jane Doe").

    The first text that is one person's name ("Jane Doe", not "All posts", not a
    newsroom or agency) speaks: the article's own credit stands before the teasers' in
    most pages. The weakest evidence: ask it last.

    Args:
        links: the texts of the links to author pages (or the pair's values), in page order.
        not_people: names that are not people here (site name, publisher).

    Returns:
        One name, or nothing.
    """
    excluded = {name_key(n) for n in not_people if n}
    for text in links:
        names = split_names(text)
        if len(names) == 1 and not is_agency(names[0]) and not is_staff_credit(names[0]):
            return () if name_key(names[0]) in excluded else names
    return ()


def _staff_credit(credits: Iterable[Iterable[str]], excluded: set[str]) -> tuple[str, ...]:
    # The first credit that names a newsroom ("TMZ Staff"), else the first that names an
    # agency or the publication itself (a personal blog's site name is its author's).
    credits = list(credits)
    for names in credits:
        staff = [n for n in names if is_staff_credit(n) and name_key(n) not in excluded]
        if staff:
            return unique_names(staff)
    for names in credits:
        staff = [n for n in names if is_agency(n) or name_key(n) in excluded]
        if staff:
            return unique_names(staff)
    return ()


def is_handle(text: str) -> bool:
    """Whether ``text`` is a user name a site signs posts with ("karstenruppert", "Herr_Rein",
    "EvilSpark"): one token of at least :data:`MIN_HANDLE_CHARS` letters, digits, ``_``,
    ``.`` or ``-`` that starts with a letter, not all capitals (initials, a brand), and
    neither a word no name is ("Redaktion"), an administrator's account ("jdadmin") nor a
    host name ("example.com").

    Args:
        text: a candidate, as the markup gives it.

    Returns:
        True for a user name.
    """
    text = text.strip()
    key = text.lower()
    return (
        _HANDLE.fullmatch(text) is not None
        and len(text) >= MIN_HANDLE_CHARS
        # "NDR", "BBNTEAM": capitals alone spell an outlet's initials or brand.
        and not text.isupper()
        # "jdadmin": the site's administrator account posts what nobody signed.
        and "admin" not in key
        and _HOST_END.search(text) is None
        and key not in B.NOT_NAMES and key not in _LABELS and key not in B.NOT_NAME_WORDS
        and key not in B.STAFF_WORDS and key not in B.ROLE_WORDS and key not in _MONTHS and key not in WEEKDAYS
    )


def _handle(sources: Sequence[Sequence[str]], excluded: set[str]) -> tuple[str, ...]:
    # The most trusted markup source that names one user and nothing else.
    for names in sources:
        if len(names) == 1 and is_handle(names[0]) and name_key(names[0]) not in excluded:
            return (names[0].strip(),)
    return ()


def _sources(metadata: Sequence[str] | Sequence[Sequence[str]]) -> list[Sequence[str]]:
    # One source (a list of names) or several (a list of lists), most trusted first.
    if metadata and not isinstance(metadata[0], str):
        return list(metadata)
    return [metadata] if metadata else []  # type: ignore[list-item]

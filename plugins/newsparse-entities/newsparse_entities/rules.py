"""Rules that correct the engine where news text gives strong, local evidence.

They run on token ranges, after the engine and before types are refined:

* :func:`titled_names`: capitalised words after a person's title are a person
  ("President Obama", "Syrian President Bashar al-Assad");
* :func:`credited_names`: names in photo credits ("Photo by Jewel Samad",
  "AFP PHOTO / JEWEL SAMAD") are people, and news agencies are organisations;
* :func:`propagate_people`: a document-level pass: once "Obama" is known to be a person,
  other "Obama" tokens are too, and a capitalised word just before one is a first name
  ("Barack Obama").

Rules replace the engine's mentions they overlap.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Sequence

from . import gazetteer
from .resolve import LIST_JOINS, Draft, sport_text
from .tokenize import Token, is_caps_label, is_title_case, sentences

#: Titles after which capitalised words are a person's name. Ambiguous titles that also
#: start names of organisations or places ("General Motors", "Major League") are left out.
RULE_TITLES = frozenset(
    [short + stop for short in gazetteer.HONORIFICS for stop in ("", ".")]
) | frozenset(
    title.strip()
    for title in """
    president|vice president|prime minister|deputy prime minister|foreign minister|
    defence minister|defense minister|finance minister|interior minister|minister|
    secretary of state|secretary-general|secretary general|defense secretary|
    defence secretary|foreign secretary|home secretary|chancellor|king|queen|prince|
    princess|crown prince|pope|archbishop|reverend|rabbi|imam|ayatollah|sheikh|sheik|
    emir|sultan|senator|congressman|congresswoman|governor|mayor|judge|
    ambassador|envoy|spokesman|spokeswoman|president-elect|major-general|
    lieutenant-general|lieutenant-colonel|brigadier-general|brigadier|rear-admiral|
    vice-admiral|
    chairman|chairwoman|professor|striker|midfielder|goalkeeper|
    secretary|director|chief executive|ceo|commissioner|speaker|coach|manager
    """.split("|")
)

#: News and photo agencies, matched exactly as written.
AGENCIES = (
    "AFP",
    "AP",
    "Reuters",
    "REUTERS",
    "Getty Images",
    "Getty",
    "EPA",
    "Xinhua",
    "XINHUA",
    "Bloomberg",
    "Associated Press",
    "Agence France-Presse",
    "Agence France Presse",
    "UPI",
    "AAP",
    "dpa",
    "DPA",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "Corbis",
    "Shutterstock",
    "Alamy",
    "Invision",
    "WireImage",
    "Sipa",
    "Rex Features",
    "Press Association",
    "PA",
    "Tass",
    "TASS",
    "Interfax",
    "SANA",
    "NBC News",
    "CBS News",
    "ABC News",
    "CNN",
    "BBC",
    "Sky News",
    "Al Jazeera",
)

#: Lowercase particles inside Arabic, Dutch, German, Spanish ... surnames.
_PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "van",
        "von",
        "de",
        "da",
        "di",
        "del",
        "der",
        "den",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "ter",
        "ten",
    }
)
_PARTICLE_PREFIXES = tuple(
    p + "-" for p in ("al", "el", "bin", "ibn", "abu", "ul", "ud", "ad", "as", "ash", "at", "az")
)

_NOT_NAMES = gazetteer.FUNCTION_WORDS

_PHOTO_WORDS = frozenset(
    {
        "photo",
        "photos",
        "photograph",
        "photographs",
        "image",
        "images",
        "picture",
        "pictures",
        "video",
        "photographer",
        "pool",
    }
)

_MAX_NAME_TOKENS = 4


@functools.lru_cache(maxsize=1)
def _agencies() -> tuple[dict[tuple[str, ...], int], frozenset[str]]:
    """The agencies as token tuples, and the words they start with (a cheap first test)."""
    from .tokenize import tokenize

    table = {}
    for name in AGENCIES:
        key = tuple(t.text for t in tokenize(name))
        table[key] = len(key)
    return table, frozenset(key[0] for key in table)


def _agency_at(words: Sequence[str], i: int) -> int:
    table, starts = _agencies()
    if words[i] not in starts:
        return 0
    for size in range(min(3, len(words) - i), 0, -1):
        if tuple(words[i : i + size]) in table:
            return size
    return 0


def is_name_word(word: str, lower: str) -> bool:
    """Return True when ``word`` can be part of a person's name (capitalised, not a
    weekday, month or function word; or a particle-led surname such as ``al-Assad``)."""
    if lower in _NOT_NAMES:
        return False
    first = word[:1]
    if first.isupper() and first.isalpha():
        return True
    return lower.startswith(_PARTICLE_PREFIXES) and any(c.isupper() for c in word[3:])


def name_run(
    tokens: Sequence[Token], lowers: Sequence[str], start: int, text: str, *, caps: bool = False
) -> int:
    """Return the end of the run of name words starting at ``start`` (``start`` if none).

    The run stays on one line, allows lowercase particles between name words
    ("Ludwig van Beethoven") and stops at an agency, a place name or after
    ``_MAX_NAME_TOKENS`` words.

    Args:
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        start: where the run may begin.
        text: the text (to see line breaks between tokens).
        caps: accept words in capitals (credits write names that way).

    Returns:
        The index just past the run.
    """
    end = start
    count = len(tokens)
    window = min(count, start + _MAX_NAME_TOKENS + 3)
    words = [t.text for t in tokens[start:window]]
    while end < count and end - start < _MAX_NAME_TOKENS:
        if end > start and "\n" in text[tokens[end - 1].end : tokens[end].start]:
            break
        word, lower = words[end - start], lowers[end]
        if _agency_at(words, end - start):
            break
        if is_name_word(word, lower) and (caps or not word.isupper() or len(word) == 1):
            end += 1
            continue
        if (
            end > start
            and lower in _PARTICLES
            and end + 1 < count
            and is_name_word(words[end + 1 - start], lowers[end + 1])
        ):
            end += 1
            continue
        break
    if end > start and lowers[start] in gazetteer.places() and end - start == 1:
        return start
    return end


@functools.lru_cache(maxsize=1)
def _rule_title_starts() -> frozenset[str]:
    """The first words of :data:`RULE_TITLES`, as tokens in lower case."""
    return frozenset(key[0] for key in gazetteer.titles() if " ".join(key) in RULE_TITLES)


def _written_as_title(word: str, lower: str) -> bool:
    """Return False for a short honorific without its full stop written otherwise than
    "Mr": "mr", "MS" and "DR" are more often words or acronyms than titles."""
    return lower not in gazetteer.HONORIFICS or word == word.capitalize()


def titled_names(
    tokens: Sequence[Token], lowers: Sequence[str], text: str, field: int
) -> list[Draft]:
    """Find person names that follow a title ("President Obama").

    Args:
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.
        field: the text's index.

    Returns:
        PERSON drafts covering the names (titles excluded).
    """
    found = []
    titles = gazetteer.titles()
    first_words = _rule_title_starts()
    count = len(tokens)
    i = 0
    while i < count:
        size = 0
        if lowers[i] not in first_words:
            i += 1
            continue
        for n in (4, 3, 2, 1):
            key = tuple(lowers[i : i + n])
            if len(key) == n and key in titles and " ".join(key) in RULE_TITLES:
                size = n
                break
        if not size or (size == 1 and not _written_as_title(tokens[i].text, lowers[i])):
            i += 1
            continue
        start = i + size
        if start < count and "\n" not in text[tokens[start - 1].end : tokens[start].start]:
            end = name_run(tokens, lowers, start, text)
            if (
                end == start
                and lowers[i] in gazetteer.HONORIFICS
                and lowers[start] in gazetteer.CALENDAR_WORDS
                and tokens[start].text[:1].isupper()
            ):
                # "Mrs May", "Dr June Brown": after an honorific a month is a name.
                end = max(start + 1, name_run(tokens, lowers, start + 1, text))
            if (
                end > start
                and lowers[end - 1] not in gazetteer.ORG_SUFFIXES
                and not any(
                    lowers[j] in gazetteer.title_words() or gazetteer.is_demonym(tokens[j].text)
                    for j in range(start, end)
                )
            ):
                found.append(Draft(field, start, end, "PERSON"))
                i = end
                continue
        i = start
    return found


def credited_names(
    tokens: Sequence[Token], lowers: Sequence[str], text: str, field: int
) -> list[Draft]:
    """Find agencies (ORG) and credited photographers (PERSON).

    Photographers are the names after "Photo by", "PHOTO /" and "REUTERS/".

    Args:
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.
        field: the text's index.

    Returns:
        The drafts found.
    """
    words = [t.text for t in tokens]
    found = []
    count = len(tokens)
    i = 0
    while i < count:
        size = _agency_at(words, i)
        if size:
            found.append(Draft(field, i, i + size, "ORG"))
            i += size
            # "REUTERS/Kevin Lamarque": the photographer follows the agency.
            if i + 1 < count and words[i] == "/" and tokens[i].start == tokens[i - 1].end:
                end = name_run(tokens, lowers, i + 1, text, caps=True)
                if end - (i + 1) >= 2:
                    found.append(Draft(field, i + 1, end, "PERSON"))
                    i = end
            continue
        if (
            lowers[i] in _PHOTO_WORDS
            and i + 2 < count
            and words[i + 1] in {"by", "By", "BY", "/", ":"}
        ):
            start = i + 2
            end = name_run(tokens, lowers, start, text, caps=True)
            if end - start >= 2 or (end - start == 1 and words[i + 1].lower() == "by"):
                found.append(Draft(field, start, end, "PERSON"))
                i = end
                continue
        i += 1
    return found


def event_names(
    tokens: Sequence[Token], lowers: Sequence[str], text: str, field: int
) -> list[Draft]:
    """Find events named by a capitalised name and an event noun ("G8 summit").

    Args:
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.
        field: the text's index.

    Returns:
        EVENT drafts, event noun included.
    """
    found = []
    for i in range(1, len(tokens)):
        word = tokens[i].text
        if lowers[i] not in gazetteer.EVENT_NOUNS or not word.islower():
            continue
        first = i
        while (
            first > 0
            and i - first < _MAX_NAME_TOKENS
            and tokens[first - 1].text[:1].isupper()
            and lowers[first - 1] not in _NOT_NAMES
            and tokens[first].start - tokens[first - 1].end <= 1
        ):
            first -= 1
        if first < i and (not found or found[-1].last <= first):
            found.append(Draft(field, first, i + 1, "EVENT"))
    return found


#: Verbs of saying whose capitalised subject, right before them, is usually a person.
SPEECH_VERBS = frozenset(
    {
        "said",
        "says",
        "told",
        "added",
        "asked",
        "wrote",
        "tweeted",
        "insisted",
        "argued",
        "explained",
    }
)


def said_subjects(
    tokens: Sequence[Token], lowers: Sequence[str], text: str, field: int, common: set[str]
) -> list[Draft]:
    """Find names right before a verb of saying ("..., Murphy said").

    Only names of two or more words, or one word that is not the first of its sentence and
    that the document never writes in lower case; places, nationalities and agencies are
    skipped. Meant to fill gaps: the caller keeps the engine's mentions where they overlap.

    Args:
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.
        field: the text's index.
        common: the words the document writes in lower case.

    Returns:
        PERSON drafts.
    """
    found = []
    places = gazetteer.places()
    for i in range(1, len(tokens)):
        if lowers[i] not in SPEECH_VERBS:
            continue
        last = i
        first = last
        while (
            first > 0
            and last - first < 3
            and is_name_word(tokens[first - 1].text, lowers[first - 1])
            and not tokens[first - 1].text.isupper()
            and "\n" not in text[tokens[first - 1].end : tokens[first].start]
        ):
            first -= 1
        if first == last:
            continue
        name = " ".join(lowers[first:last])
        if name in places or any(
            gazetteer.is_demonym(tokens[j].text)
            or lowers[j] in gazetteer.title_words()
            or _agency_at([t.text for t in tokens[j : j + 3]], 0)
            for j in range(first, last)
        ):
            continue
        if last - first == 1:
            before = tokens[first - 1].text if first > 0 else ""
            if (
                before in {"", ".", "!", "?", '"', "“", "”", "'", "‘", "’"}
                or lowers[first] in common
            ):
                continue
        found.append(Draft(field, first, last, "PERSON"))
    return found


#: The most particles that stand between the parts of one name ("von der").
_MAX_PARTICLES = 2


def _particles_before(
    tokens: Sequence[Token], lowers: Sequence[str], index: int, text: str
) -> int:
    """Return how many lowercase particles stand right before token ``index`` on its line
    ("bin" of "bin Laden", "von der" of "von der Leyen")."""
    count = 0
    while (
        count < _MAX_PARTICLES
        and index - count - 1 >= 0
        and lowers[index - count - 1] in _PARTICLES
        and tokens[index - count - 1].text.islower()
        and "\n" not in text[tokens[index - count - 1].end : tokens[index - count].start]
    ):
        count += 1
    return count


def join_particles(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Make one person of names joined by particles ("Osama bin Laden", "Ursula von der
    Leyen", "Lula da Silva"), which the engine often splits or types as places.

    A mention preceded by lowercase particles and, before them, a first name, or a person
    followed by particles and a capitalised word, becomes one PERSON covering all of it;
    mentions it overlaps are dropped.

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The drafts with the joined names.
    """
    places = gazetteer.places()
    joined: list[Draft] = []
    for d in drafts:
        if d.label not in {"PERSON", "LOC", "ORG", "MISC"}:
            continue
        first, last = d.first, d.last
        particles = _particles_before(tokens, lowers, first, text)
        if (
            not particles
            and d.label == "PERSON"
            and first > 0
            and lowers[first - 1] in _PARTICLES
            and tokens[first - 1].text.istitle()
            and (first == 1 or tokens[first - 2].text in {".", "!", "?", '"', "“", "\n"})
        ):
            # "Bin Laden died": a particle capitalised because it starts the sentence.
            joined.append(Draft(d.field, first - 1, last, "PERSON", d.title, d.role))
            continue
        if particles:
            start = first - particles
            while (
                start > 0
                and first - particles - start < _MAX_NAME_TOKENS - 1
                and is_name_word(tokens[start - 1].text, lowers[start - 1])
                and lowers[start - 1] not in places
                and lowers[start - 1] not in gazetteer.title_words()
                and not gazetteer.is_demonym(tokens[start - 1].text)
                and "\n" not in text[tokens[start - 1].end : tokens[start].start]
            ):
                start -= 1
            if start < first - particles or d.label == "PERSON":
                first = start
        if d.label == "PERSON" or first < d.first:
            end = last
            while end - 1 > first and lowers[end - 1] in _PARTICLES:
                end -= 1  # a run cut short after its particle ("Lula da")
            while end < len(tokens):
                ahead = end
                while (
                    ahead < len(tokens)
                    and ahead - end < _MAX_PARTICLES
                    and lowers[ahead] in _PARTICLES
                    and tokens[ahead].text.islower()
                ):
                    ahead += 1
                if (
                    ahead == end
                    or ahead >= len(tokens)
                    or not is_name_word(tokens[ahead].text, lowers[ahead])
                    or "\n" in text[tokens[end - 1].end : tokens[ahead].start]
                ):
                    break
                end = ahead + 1
            last = end
        if (first, last) != (d.first, d.last):
            joined.append(Draft(d.field, first, last, "PERSON", d.title, d.role))
    if not joined:
        return drafts
    return merge(drafts, _without_overlaps(joined))


def join_apostrophe_surnames(
    drafts: list[Draft], field: int, tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Make a person of each surname of the form "O'Rourke"
    (:func:`gazetteer.is_apostrophe_surname`) outside any mention, with the name right
    before it: a one- or two-word mention of no place or nationality ("Beto" typed
    MISC), or a known given name the engine missed.

    Args:
        drafts: one text's drafts, in order.
        field: the index of the text.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The drafts with the surnames' people.
    """
    covered = {i for d in drafts for i in range(d.first, d.last)}
    ending = {d.last: d for d in drafts}
    people: list[Draft] = []
    for i, token in enumerate(tokens):
        if i in covered or not gazetteer.is_apostrophe_surname(token.text):
            continue
        first = i
        title = role = None
        spaced = i > 0 and text[tokens[i - 1].end : token.start] == " "
        before = ending.get(i) if spaced else None
        if (
            before is not None
            and before.last - before.first <= 2
            and before.label not in {"GPE", "NORP"}
            and tuple(lowers[before.first : before.last]) not in gazetteer.place_tuples()
        ):
            first, title, role = before.first, before.title, before.role
        elif spaced and i - 1 not in covered and lowers[i - 1] in gazetteer.given_names():
            first = i - 1 if tokens[i - 1].text.istitle() else i
        people.append(Draft(field, first, i + 1, "PERSON", title, role))
    if not people:
        return drafts
    return merge(drafts, people)


def join_organisations(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Make one organisation of a company name the engine cut short or split: a name
    followed by a legal form ("Johnson Controls" + "Inc"), or two adjacent mentions of
    which the second ends in one ("Magna" + "International Inc").

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The drafts with the joined names.
    """
    out: list[Draft] = []
    for d in drafts:
        last = d.last
        if (
            last < len(tokens)
            and lowers[last] in gazetteer.LEGAL_FORMS
            and tokens[last].text[:1].isupper()
            and text[tokens[last - 1].end : tokens[last].start] == " "
        ):
            d = Draft(d.field, d.first, last + 1, "ORG")
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last == d.first
            and prev.label != "MISC"  # "Minneapolis-based" + "First Bank System Inc."
            and d.last - d.first > 1
            and lowers[d.last - 1] in gazetteer.LEGAL_FORMS
            and text[tokens[prev.last - 1].end : tokens[d.first].start] == " "
        ):
            out[-1] = Draft(d.field, prev.first, d.last, "ORG")
            continue
        out.append(d)
    return out


def join_organisation_heads(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Make one organisation of a name ending in an organisation head word
    (:data:`gazetteer.ORG_HEADS`) that the engine cut short: over the capitalised word
    right before it ("Drug" + "Enforcement Administration"), or over a capitalised name
    joined to it by "and" ("Customs" + "and" + "Border Protection"), for public bodies
    are often named by two nouns and a head. A person, a known place or a nationality
    before "and" stays apart ("Canada and Border Protection" names two things).

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The drafts with the joined names.
    """
    out: list[Draft] = []
    for d in drafts:
        if d.last - d.first < 2 or lowers[d.last - 1] not in gazetteer.ORG_HEADS:
            out.append(d)
            continue
        prev = out[-1] if out else None
        start = d.first
        joint = start - 1
        if (
            joint > 0
            and tokens[joint].text == "and"
            and text[tokens[joint - 1].end : tokens[start].start] == " and "
        ):
            if _listed(tokens, prev.first if prev is not None and prev.last == joint else joint - 1):
                pass  # "Quillby, Arden and Tarn Robotics": the last of a list, not a pair
            elif prev is not None and prev.last == joint and _joinable(prev, lowers):
                out[-1] = Draft(d.field, prev.first, d.last, "ORG")
                continue
            elif (prev is None or prev.last < joint) and _bare_name_word(tokens, lowers, joint - 1):
                start = joint - 1
        elif (
            start > 0
            and (prev is None or prev.last < start)
            and text[tokens[start - 1].end : tokens[start].start] == " "
            and _bare_name_word(tokens, lowers, start - 1)
        ):
            start -= 1
        elif (
            prev is not None
            and prev.last == start
            and text[tokens[start - 1].end : tokens[start].start] == " "
            and _lead_word(prev, lowers)
        ):
            # The engine typed the first word apart ("Masten" + "Space Systems").
            out[-1] = Draft(d.field, prev.first, d.last, "ORG")
            continue
        out.append(d if start == d.first else Draft(d.field, start, d.last, "ORG"))
    return out


def extend_over_heads(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Take into a name the capitalised head words the engine left after it ("Getty" +
    "Museum", "Harvard Medical" + "School", "Fort Worth" + "Police Department"): an
    organisation's (:data:`gazetteer.ORG_HEADS`) or a place's
    (:data:`gazetteer.PLACE_HEADS`), written in title case one space after the name,
    and typed as the last head word types it. The training split never leaves such a
    word outside a name it follows, except after a nationality ("Egyptian Museum",
    "Italian Police"), which stays apart. A head word before "of" or "for" and a
    capitalised word starts a longer name the engine cut ("U.S. Agency for
    International Development"), so it is left alone, and so is a word the training
    split writes only in lower case, which is no name to carry ("Photo Services").

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The drafts with the names carried over their head words.
    """
    out: list[Draft] = []
    skip = -1
    for n, d in enumerate(drafts):
        if n == skip:
            continue
        nxt = drafts[n + 1] if n + 1 < len(drafts) else None
        last = d.last
        while _head_after(tokens, lowers, text, last) and (nxt is None or nxt.first > last):
            last += 1
        if nxt is not None and nxt.first == last and nxt.last == last + 1 and _head_after(
            tokens, lowers, text, last
        ):
            last += 1
            skip = n + 1  # the engine found the head word alone: one name
        if (
            last == d.last
            or _name_goes_on(tokens, last)
            or d.label == "NORP"
            or all(gazetteer.is_demonym(tokens[i].text) for i in range(d.first, d.last))
            or (d.last - d.first == 1 and lowers[d.first] in gazetteer.ordinary_words())
        ):
            skip = -1
            out.append(d)
            continue
        label = gazetteer.head_type(tuple(lowers[d.first : last])) or d.label
        out.append(Draft(d.field, d.first, last, label))
    return out


def _head_after(tokens: Sequence[Token], lowers: Sequence[str], text: str, index: int) -> bool:
    """Return True when token ``index`` is a head word of an organisation or a place in
    title case, one space after the token before it (see :func:`extend_over_heads`)."""
    return (
        index < len(tokens)
        and (lowers[index] in gazetteer.ORG_HEADS or lowers[index] in gazetteer.PLACE_HEADS)
        and tokens[index].text.istitle()
        and text[tokens[index - 1].end : tokens[index].start] == " "
    )


def _name_goes_on(tokens: Sequence[Token], last: int) -> bool:
    """Return True when "of" or "for" and a capitalised word follow token ``last - 1``
    ("Agency" + "for International Development")."""
    return (
        last + 1 < len(tokens)
        and tokens[last].text in {"of", "for"}
        and tokens[last + 1].text[:1].isupper()
    )


def _listed(tokens: Sequence[Token], first: int) -> bool:
    """Return True when the name starting at ``first`` is a member of a list: a comma
    and a capitalised word stand before it ("Quillby, Arden and Tarn Robotics"; not
    "In a statement, Customs and Border Protection")."""
    return first > 1 and tokens[first - 1].text == "," and tokens[first - 2].text[:1].isupper()


def _lead_word(draft: Draft, lowers: Sequence[str]) -> bool:
    """Return True for a one-word mention that may be the first word of an
    organisation's name the engine cut after it: a word of letters alone, and no known
    place, nationality or given name ("Masten" of "Masten Space Systems", not "Texas",
    "John" or "Boston-based")."""
    if draft.last - draft.first != 1:
        return False
    word = lowers[draft.first]
    return (
        word.isalpha()
        and draft.label not in {"GPE", "NORP"}
        and word not in gazetteer.places()
        and not gazetteer.is_demonym(word)
        and word not in gazetteer.given_names()
    )


def _joinable(draft: Draft, lowers: Sequence[str]) -> bool:
    """Return True for a mention that may be the first part of an organisation's name
    joined by "and": no person, no known place, no nationality."""
    words = tuple(lowers[draft.first : draft.last])
    return (
        draft.label not in {"PERSON", "GPE", "NORP"}
        and words not in gazetteer.place_tuples()
        and not any(gazetteer.is_demonym(w) for w in words)
    )


def _bare_name_word(tokens: Sequence[Token], lowers: Sequence[str], index: int) -> bool:
    """Return True for a capitalised word outside any mention that may begin an
    organisation's name: written in title case, not after a sentence's end, and no
    function word, title, place or nationality ("Drug", not "The", "Minister" or
    "Russian")."""
    word = tokens[index].text
    lower = lowers[index]
    return (
        index > 0
        and word.isalpha()
        and word.istitle()
        and tokens[index - 1].text not in {".", "!", "?", ":", '"', "“"}
        and lower not in gazetteer.FUNCTION_WORDS
        and lower not in gazetteer.title_words()
        and lower not in gazetteer.places()
        and not gazetteer.is_demonym(word)
    )


def join_places_of(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Make one place of a name "X of Y" whose first word is a place word (see
    :data:`gazetteer.PLACE_OF_HEADS`) and that the engine cut at "of": "Gulf" + "Mexico",
    or "Bengal" alone after "Bay of".

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The drafts with the joined names.
    """
    out: list[Draft] = []
    for d in drafts:
        of = d.first - 1
        head = of - 1
        if (
            head < 0
            or lowers[of] != "of"
            or lowers[head] not in gazetteer.PLACE_OF_HEADS
            or not tokens[head].text[:1].isupper()
            or text[tokens[head].end : tokens[d.first].start] != " of "
        ):
            out.append(d)
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.last == of:
            out[-1] = Draft(d.field, prev.first, d.last, "LOC")
        elif prev is None or prev.last <= head:
            out.append(Draft(d.field, head, d.last, "LOC"))
        else:
            out.append(d)
    return out


def join_bodies_of(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Make one organisation of a body's name "X for/of/on Y" that the engine cut at the
    small words or at "and": "Center" + "Strategic" + "International Studies" of "Center
    for Strategic and International Studies", "Center" + "New American Security". A
    body's name the engine found whole but typed otherwise is an organisation too
    ("Office for Students" as MISC).

    The name starts at a capitalised head word of :data:`gazetteer.BODY_OF_HEADS` (or at
    the start of a mention ending in it, "House Committee on ...") and runs after one of
    :data:`gazetteer.BODY_OF_JOINS` over capitalised words on one line, with "a" or "the"
    right after the small word, and inner "of", "for", "the" and "and" between
    capitalised words. A known place or a given name on either side of "and" ends the
    name there ("University of Texas and Texas A&M" names two bodies), a day or a month
    ends it ("the Security Council on Friday"), and a place right after "on" is what
    the body spoke about ("the Security Council on Kashmir"), no part of its name.

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The drafts with the joined names.
    """
    spans = []
    for head, token in enumerate(tokens):
        if lowers[head] in gazetteer.BODY_OF_HEADS and token.text[:1].isupper():
            end = _body_name_end(tokens, lowers, text, head)
            if end is not None:
                spans.append((head, end))
    if not spans:
        return drafts
    out = list(drafts)
    for head, end in spans:
        holder = next((d for d in out if d.first <= head < d.last), None)
        start = holder.first if holder is not None else _body_name_start(tokens, lowers, text, head)
        if lowers[head + 1] == "on" and any(d.first == head + 2 and d.label in {"LOC", "GPE"} for d in out):
            continue  # "the Security Council on Kashmir" is what it spoke about
        out = _made_one(out, start, end, "ORG")
    return out


#: The most words of a name's part after "of" in a name :func:`join_works_of` makes one.
_MAX_OF_TAIL = 3


def join_works_of(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Make one name of a title "X of Y" or "X of the Y" that the engine cut at its small
    words into two mentions ("Call" + "Duty", "Heroes" + "Storm", "Shadow" + "Tomb
    Raider", "Art" + "Deal"): a game's, a book's or a show's, typed by its words
    (:func:`gazetteer.head_type`), else MISC.

    The first part is one capitalised word that no other rule reads: no title, no
    place, no nationality, no head word of a body or a place ("Minister of Finance",
    "Bay of Bengal", "University of Texas" are theirs), and, when the engine typed it a
    person, no known given name or surname ("Smith of Acme" is a person and his
    employer). The second part is one to three capitalised words that are no known
    place, nationality or body ("Embassy of the Russian Federation", "Horn of Africa",
    "Jones of the Linden Police Department" stay apart), nor an organisation after a
    person or of several words, on one line.

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The drafts with the joined names.
    """
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and _work_of(prev, d, tokens, lowers, text):
            words = tuple(lowers[prev.first : d.last])
            out[-1] = Draft(d.field, prev.first, d.last, gazetteer.head_type(words) or "MISC")
        else:
            out.append(d)
    return out


def _work_of(
    head: Draft, tail: Draft, tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> bool:
    """Return True when ``head`` "of" (or "of the") ``tail`` is one title that
    :func:`join_works_of` joins."""
    gap = text[tokens[head.last - 1].end : tokens[tail.first].start]
    if head.last - head.first != 1 or gap not in {" of ", " of the "}:
        return False
    word, lower = tokens[head.first].text, lowers[head.first]
    if (
        not word.istitle()
        or head.label in {"GPE", "NORP"}
        or lower in gazetteer.title_words()
        or lower in gazetteer.places()
        or gazetteer.is_demonym(word)
        or lower in gazetteer.BODY_OF_HEADS
        or lower in gazetteer.PLACE_OF_HEADS
        or lower in gazetteer.PLACE_HEADS
        or lower in gazetteer.ORG_HEADS
        or (
            head.label == "PERSON"
            and (lower in gazetteer.given_names() or lower in gazetteer.census_surnames())
        )
    ):
        return False
    words = [t.text for t in tokens[tail.first : tail.last]]
    tail_lowers = tuple(lowers[tail.first : tail.last])
    if tail.label == "ORG" and (head.label == "PERSON" or len(words) > 1):
        return False  # a person and an employer; a body's full name is no title's end
    return (
        len(words) <= _MAX_OF_TAIL
        and tail.label not in {"GPE", "NORP"}
        and all(w.istitle() for w in words)
        and " ".join(tail_lowers) not in gazetteer.places()
        and not any(gazetteer.is_demonym(w) for w in words)
        and tail_lowers[0] not in gazetteer.given_names()
        and gazetteer.head_type(tail_lowers) != "ORG"
        and not any(w in gazetteer.title_words() for w in tail_lowers)
    )


def _made_one(drafts: list[Draft], first: int, last: int, label: str) -> list[Draft]:
    """Return ``drafts`` with the mentions inside tokens ``first:last`` made one mention
    of type ``label``; unchanged when no mention lies inside, when one reaches out of the
    range (it is left as the engine found it), or when one of that type already is it."""
    inside = [d for d in drafts if d.first < last and d.last > first]
    if (
        not inside
        or any(d.first < first or d.last > last for d in inside)
        or [(d.first, d.last, d.label) for d in inside] == [(first, last, label)]
    ):
        return drafts
    kept = [d for d in drafts if d not in inside] + [Draft(inside[0].field, first, last, label)]
    return sorted(kept, key=lambda d: d.first)


#: Short months that :data:`gazetteer.CALENDAR_WORDS` leaves out, as they are also
#: given names or words ("Jan", "Mar"), yet never end a body's name.
_SHORT_MONTHS = frozenset({"jan", "mar", "jun", "jul"})

#: Words that may stand inside a body's name between capitalised words.
_BODY_INNER = frozenset({"of", "for", "the", "and", "&"})


def _body_name_end(tokens: Sequence[Token], lowers: Sequence[str], text: str, head: int) -> int | None:
    """Return the end of the body's name whose head word is token ``head`` (see
    :func:`join_bodies_of`), or None when no capitalised word follows its small word."""
    join = head + 1
    if join >= len(tokens) or lowers[join] not in gazetteer.BODY_OF_JOINS:
        return None
    i = join + 1
    if i < len(tokens) and lowers[i] in {"a", "the"}:
        i += 1
    end = None
    while i < len(tokens) and text[tokens[i - 1].end : tokens[i].start] == " ":
        word = tokens[i].text
        if lowers[i] in gazetteer.CALENDAR_WORDS or lowers[i] in _SHORT_MONTHS:
            break  # "the Security Council on Friday", "Board of Advisors Jan 12"
        if word[:1].isupper() and (word.isalpha() or word.replace("&", "").isalpha()):
            end = i + 1
            i += 1
        elif lowers[i] in _BODY_INNER and end == i and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
            if lowers[i] in {"and", "&"} and any(_place_or_given(tokens[k].text) for k in (i - 1, i + 1)):
                break
            i += 1
        else:
            break
    return end


def _body_name_start(tokens: Sequence[Token], lowers: Sequence[str], text: str, head: int) -> int:
    """Return the first token of the body's name whose head word is token ``head``, over
    the capitalised words one space before it ("International" of "International School
    of Aruba"), "The" and "A" left out."""
    start = head
    while (
        start > 0
        and tokens[start - 1].text[:1].isupper()
        and lowers[start - 1] not in {"the", "a", "an"}
        and text[tokens[start - 1].end : tokens[start].start] == " "
    ):
        start -= 1
    return start


def _place_or_given(word: str) -> bool:
    """Return True for a known place or a known given name."""
    return word.lower() in gazetteer.places() or word.lower() in gazetteer.given_names()


def works_after_nouns(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Make one work (MISC) of a title after a work's noun in lower case that the engine
    cut short or in pieces: "Infinite" of "the novel Infinite Jest", "Guy", "Madeline"
    and "Park Bench" of "the musical Guy and Madeline on a Park Bench".

    The title runs from the word after the noun (:data:`gazetteer.WORK_NOUNS`) over
    capitalised words on one line, and over the short words of titles
    (:data:`gazetteer.TITLE_SMALL_WORDS`) between capitalised words; a day or a month
    ends it, and so does a known place after a short word ("the film Office Party in
    New York" was shown there). It is made one name only where the engine found a name
    inside it, and only when no mention reaches out of it.

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The drafts with the titles made one name each.
    """
    out = list(drafts)
    for noun, token in enumerate(tokens[:-1]):
        if token.text not in gazetteer.WORK_NOUNS or text[token.end : tokens[noun + 1].start] != " ":
            continue
        first = noun + 1
        last = _title_end(tokens, lowers, text, first)
        if not any((d.first, d.last) == (first, last) for d in out):
            # A mention that is the title already keeps the type the context gives it.
            out = _made_one(out, first, last, "MISC")
    return out


def _title_end(tokens: Sequence[Token], lowers: Sequence[str], text: str, first: int) -> int:
    """Return the end of the title starting at token ``first`` (see
    :func:`works_after_nouns`): ``first`` itself when no capitalised word starts there.
    Short words at the end are left out, as the end is the last capitalised word."""
    end = first
    i = first
    while i < len(tokens) and (i == first or text[tokens[i - 1].end : tokens[i].start] == " "):
        word = tokens[i].text
        if lowers[i] in gazetteer.CALENDAR_WORDS:
            break
        if word[:1].isupper() and word.replace("'", "").replace("’", "").isalnum():
            end = i + 1
        elif lowers[i] not in gazetteer.TITLE_SMALL_WORDS or i == first or _place_follows(lowers, i + 1):
            break
        i += 1
    return end


def _place_follows(lowers: Sequence[str], start: int) -> bool:
    """Return True when a known place of one or two words starts at token ``start``
    ("in New York" after a title is where, not part of it)."""
    places = gazetteer.places()
    return any(" ".join(lowers[start : start + n]) in places for n in (1, 2) if start + n <= len(lowers))


def with_regnal_numbers(drafts: list[Draft], tokens: Sequence[Token], text: str) -> list[Draft]:
    """Extend a person's name over the regnal number after it ("Leopold" + "III").

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        text: the text.

    Returns:
        The drafts, names extended.
    """
    out = []
    for d in drafts:
        after = d.last
        if (
            d.label == "PERSON"
            and after < len(tokens)
            and tokens[after].text in gazetteer.REGNAL_NUMBERS
            and text[tokens[after - 1].end : tokens[after].start] == " "
        ):
            d = Draft(d.field, d.first, after + 1, "PERSON", d.title, d.role)
        out.append(d)
    return _without_overlaps(out)


def split_nationalities(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str]
) -> list[Draft]:
    """Split a nationality off the person it qualifies ("Australian Tom Moody" ->
    "Australian", "Tom Moody"), when the rest starts with a known given name or the
    nationality is where the person was born ("Australian-born Assange"); and a
    person off the organisation, place or title written before it in one mention
    ("European Union Gordon Sondland"), when the name is a known given name and a surname.

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.

    Returns:
        The drafts, split where needed.
    """
    out = []
    for d in drafts:
        given = d.last - 2
        if (
            d.last - d.first >= 3
            and d.label != "PERSON"
            and gazetteer.is_demonym(tokens[d.first].text)
            and lowers[d.first + 1] in gazetteer.given_names()
            and all(t.text[:1].isupper() for t in tokens[d.first + 1 : d.last])
        ):
            out.append(Draft(d.field, d.first, d.first + 1, "MISC"))
            out.append(Draft(d.field, d.first + 1, d.last, "PERSON"))
        elif d.last - d.first >= 2 and d.label != "PERSON" and _born_in(tokens, d):
            # "Australian-born Assange": only a person is born somewhere.
            out.append(Draft(d.field, d.first, d.first + 1, "MISC"))
            out.append(Draft(d.field, d.first + 1, d.last, "PERSON"))
        elif (
            d.last - d.first >= 3
            and d.label != "PERSON"
            and lowers[given] in gazetteer.given_names()
            and all(t.text[:1].isupper() and t.text[1:].islower() for t in tokens[given : d.last])
            and _names_before_person(tuple(lowers[d.first : given]))
        ):
            # "European Union Gordon Sondland", "National Security Adviser John Bolton":
            # the organisation stays, a title is left for the person to take.
            if lowers[given - 1] not in gazetteer.title_words():
                out.append(Draft(d.field, d.first, given, d.label))
            out.append(Draft(d.field, given, d.last, "PERSON"))
        else:
            out.append(d)
    return out


def split_at_positions(drafts: list[Draft], tokens: Sequence[Token], text: str = "") -> list[Draft]:
    """Split a mention at a player's position abbreviated in capitals
    (:data:`gazetteer.POSITION_ABBREVIATIONS`): the capitalised words after it are the
    player, those before it the team ("Browns DL Sheldon Richardson" -> "Browns",
    "Sheldon Richardson"; "QB Dak Prescott" -> "Dak Prescott"), and the abbreviation
    belongs to neither. A mention ending at the abbreviation before a capitalised word
    is the team alone ("Cleveland DL" before "Larry Ogunjobi"), and the abbreviation
    alone is no name. In a text about games (:func:`resolve.sport_text`) a staff title
    (:data:`gazetteer.SPORT_STAFF_ABBREVIATIONS`) parts a team from a person's full name
    alike ("Ravens GM Ozzie Newsome"), and only that.

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        text: the text, which tells whether it is about games.

    Returns:
        The drafts, split where needed.
    """
    out = []
    for d in drafts:
        at = next(
            (
                i
                for i in range(d.first, d.last)
                if tokens[i].text in gazetteer.POSITION_ABBREVIATIONS
            ),
            None,
        )
        staff = False
        if at is None:
            at = next(
                (
                    i
                    for i in range(d.first + 1, d.last - 2)
                    if tokens[i].text in gazetteer.SPORT_STAFF_ABBREVIATIONS
                ),
                None,
            )
            staff = at is not None and sport_text(text)
            if not staff:
                out.append(d)
                continue
        player = [t.text for t in tokens[at + 1 : d.last]]
        named = len(player) >= 2 and all(w[:1].isupper() and not w.isupper() for w in player)
        if staff and not named:
            out.append(d)  # "GM Korea": the carmaker's name
            continue
        followed = (
            at + 1 == d.last
            and d.last < len(tokens)
            and tokens[d.last].text[:1].isupper()
            and not tokens[d.last].text.isupper()
        )
        if not (named or followed):
            if d.last - d.first > 1:
                out.append(d)  # the capitals are something else here ("TE Connectivity")
            continue  # the abbreviation alone ("QB") is no name
        if at > d.first:
            out.append(Draft(d.field, d.first, at, "ORG"))
        if named:
            out.append(Draft(d.field, at + 1, d.last, "PERSON"))
    return out


def _born_in(tokens: Sequence[Token], draft: Draft) -> bool:
    """Return True for a mention that starts with a nationality and "-born" and goes on
    in capitalised words ("Australian-born Julian Assange")."""
    word = tokens[draft.first].text
    return (
        word.lower().endswith("-born")
        and gazetteer.is_demonym(word[: -len("-born")])
        and all(t.text[:1].isupper() for t in tokens[draft.first + 1 : draft.last])
    )


def split_coordinated(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str]
) -> list[Draft]:
    """Split one mention that joins two names with "and" ("Sabres and Linus Ullmark",
    "Wrap and Deadline"), when the words after "and" are a person's full name (a known
    given name and a surname) or a known organisation, and the whole is not itself a
    known place or organisation ("Trinidad and Tobago", "Procter and Gamble" stay).

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.
        lowers: the tokens in lower case.

    Returns:
        The drafts, split where needed.
    """
    out = []
    organisations = gazetteer.organisation_tuples()
    for d in drafts:
        words = tuple(lowers[d.first : d.last])
        joint = next((i for i in range(d.first + 1, d.last - 1) if tokens[i].text == "and"), -1)
        if joint < 0 or words in organisations or words in gazetteer.place_tuples():
            out.append(d)
            continue
        right = tuple(lowers[joint + 1 : d.last])
        person = (
            len(right) >= 2
            and right[0] in gazetteer.given_names()
            and all(t.text[:1].isupper() for t in tokens[joint + 1 : d.last])
        )
        if person or right in organisations:
            out.append(Draft(d.field, d.first, joint, d.label))
            out.append(Draft(d.field, joint + 1, d.last, "PERSON" if person else "ORG"))
        else:
            out.append(d)
    return out


def split_names_named_apart(
    drafts: list[list[Draft]], tokens: Sequence[Sequence[Token]], lowers: Sequence[Sequence[str]]
) -> list[list[Draft]]:
    """Split one mention that joins two names with "and" where the document shows each
    side is a name of its own ("Uber and Lyft" with "Uber" named alone elsewhere, "US Army
    Corps of Engineers and North Dakota", "Boeing and Lockheed Corp"): a document-level
    pass over :func:`split_coordinated`.

    A side stands on its own when the document names it (or its last two or more words)
    alone elsewhere, when it is a
    known place or organisation, or when its words decide its type
    (:func:`gazetteer.head_type`, "Sierra Nevada Corp."); both sides must stand, one
    of them vouched for by the document or the place gazetteer. A body named with "and"
    before its head word ("Food and Drug Administration", "Customs and Border
    Protection") and a known name ("Trinidad and Tobago") stay whole. Each side takes
    the type the document gives it alone, else its gazetteer's.

    Args:
        drafts: the drafts of each text.
        tokens: each text's tokens.
        lowers: the tokens in lower case.

    Returns:
        The drafts, split where needed.
    """
    alone: dict[tuple[str, ...], Counter[str]] = {}
    for field_drafts, low in zip(drafts, lowers):
        for d in field_drafts:
            alone.setdefault(tuple(low[d.first : d.last]), Counter())[d.label] += 1
    organisations = gazetteer.organisation_tuples()
    places = gazetteer.place_tuples()

    def side(words: tuple[str, ...]) -> tuple[str | None, bool]:
        """The type of one side that stands on its own (None when it does not), and
        whether the document itself or the place gazetteer vouches for it."""
        for start in range(len(words)):
            # The name itself, or its last two or more words ("US Army Corps of
            # Engineers" where "Army Corps of Engineers" is named alone).
            if words[start:] in alone and (start == 0 or len(words) - start > 1):
                return alone[words[start:]].most_common(1)[0][0], True
        if words in places:
            return "GPE", True
        if words in organisations:
            return "ORG", False
        return (gazetteer.head_type(words) if len(words) > 1 else None), False

    out: list[list[Draft]] = []
    for field_drafts, toks, low in zip(drafts, tokens, lowers):
        kept: list[Draft] = []
        for d in field_drafts:
            joints = [i for i in range(d.first + 1, d.last - 1) if toks[i].text == "and"]
            whole = tuple(low[d.first : d.last])
            if len(joints) != 1 or whole in organisations or whole in places:
                kept.append(d)
                continue
            joint = joints[0]
            left = tuple(low[d.first : joint])
            left_label, left_seen = side(left)
            right_label, right_seen = side(tuple(low[joint + 1 : d.last]))
            shared_head = (
                # "Health and Human Services": one word before a head word both sides
                # share, unless it is a known organisation or an acronym ("IRS").
                gazetteer.head_type(whole) is not None
                and len(left) == 1
                and left not in organisations
                and not toks[d.first].text.isupper()
            )
            if (
                shared_head
                or left_label is None
                or right_label is None
                or not (left_seen or right_seen)
                or not toks[joint + 1].text[:1].isupper()
            ):
                kept.append(d)
                continue
            kept.append(Draft(d.field, d.first, joint, left_label))
            kept.append(Draft(d.field, joint + 1, d.last, right_label))
        out.append(kept)
    return out


def _names_before_person(lowers: tuple[str, ...]) -> bool:
    """Return True when the words before a person's name in one mention are a known
    organisation or place, a team (a place and one word: "Minnesota Wild"), or end with
    a title: what a person is often written after."""
    return (
        lowers in gazetteer.organisation_tuples()
        or lowers in gazetteer.place_tuples()
        or (len(lowers) > 1 and lowers[:-1] in gazetteer.place_tuples())
        or lowers[-1] in gazetteer.title_words()
    )


def merge(engine: list[Draft], rules: list[Draft]) -> list[Draft]:
    """Return ``engine`` drafts with ``rules`` drafts put in, replacing the overlapped.

    Args:
        engine: the engine's drafts for one text (non-overlapping among themselves).
        rules: the rules' drafts for the same text (non-overlapping among themselves).

    Returns:
        The merged drafts, in order.
    """
    if not rules:
        return engine
    kept = []
    for d, rule in first_overlaps(engine, rules):
        if rule is None:
            kept.append(d)
        elif rule.first > d.first:
            # Keep what the engine found before the rule's name ("FBI" of "FBI Director
            # Jim Comey"); refining drops the title left at its end.
            kept.append(Draft(d.field, d.first, rule.first, d.label))
    return sorted(kept + rules, key=lambda d: d.first)


def first_overlaps(items: list[Draft], others: list[Draft]) -> list[tuple[Draft, Draft | None]]:
    """Pair each of ``items`` with the first of ``others`` it overlaps, or None.

    Args:
        items: drafts for one text.
        others: drafts for the same text, non-overlapping among themselves.

    Returns:
        ``(item, overlapped)`` for every item, in order of their first tokens.
    """
    others = sorted(others, key=lambda o: o.first)
    out = []
    j = 0
    # One sweep over both sorted lists: linear, however many mentions there are.
    for d in sorted(items, key=lambda d: d.first):
        while j < len(others) and others[j].last <= d.first:
            j += 1
        out.append((d, others[j] if j < len(others) and others[j].first < d.last else None))
    return out


def propagate_people(
    drafts: list[list[Draft]],
    tokens: Sequence[Sequence[Token]],
    lowers: Sequence[Sequence[str]],
    texts: Sequence[str],
) -> list[list[Draft]]:
    """Spread person names across a document.

    A surname seen in a multi-word PERSON mention, or after a title, marks other
    capitalised occurrences of it as PERSON; a name word right before such an
    occurrence joins it as a first name.

    Args:
        drafts: each text's drafts, already refined.
        tokens: each text's tokens.
        lowers: each text's tokens in lower case.
        texts: the texts.

    Returns:
        The drafts with the spread names merged in.
    """
    surnames: set[str] = set()
    # Surnames of full names written as names are in running text ("MaliVai Washington"):
    # these are spread even when they are also places ("Washington").
    written: set[str] = set()
    for field_drafts, toks, low in zip(drafts, tokens, lowers):
        for d in field_drafts:
            if d.label == "PERSON" and (d.last - d.first > 1 or d.title is not None):
                last = d.last - 1
                if last - d.first >= 2 and low[last].rstrip(".") in {"jr", "sr", "ii", "iii", "iv"}:
                    last -= 1
                # "al-Zawahiri" is also written "Zawahiri".
                keys = {low[last]} | {
                    low[last][len(prefix) :]
                    for prefix in gazetteer.SURNAME_PREFIXES
                    if low[last].startswith(prefix) and len(low[last]) > len(prefix) + 2
                }
                surnames |= keys
                if d.last - d.first > 1 and all(
                    t.text[:1].isupper() and not t.text.isupper() for t in toks[d.first : d.last]
                ):
                    written |= keys
    surnames -= _NOT_NAMES
    # A place or a nationality is not a surname, whatever the tagger made of a headline.
    places = gazetteer.places()
    surnames = {
        s
        for s in surnames
        if (s not in places or s in written) and not gazetteer.is_demonym(s)
    }
    surnames -= _typed_otherwise(drafts, lowers) - written
    if not surnames:
        return drafts
    # Words the document also writes in lower case are ordinary words, not first names.
    common = {t.text for toks in tokens for t in toks if t.text.islower() and t.text.isalpha()}
    out = []
    for field, (field_drafts, toks, low, text) in enumerate(zip(drafts, tokens, lowers, texts)):
        # Tokens of a person already, or of a longer name of another type ("Jones Medical
        # Industries Inc"), are left as they are.
        person_at = set()
        for d in field_drafts:
            if d.label == "PERSON" or d.last - d.first > 1:
                person_at.update(range(d.first, d.last))
        added = []
        for i, lower in enumerate(low):
            if lower not in surnames or i in person_at or not toks[i].text[:1].isupper():
                continue
            first = i
            if (
                i > 0
                and (i - 1) not in person_at
                and "\n" not in text[toks[i - 1].end : toks[i].start]
                and is_name_word(toks[i - 1].text, low[i - 1])
                and low[i - 1] not in common
                and low[i - 1] not in gazetteer.title_words()
                and low[i - 1] not in gazetteer.places()
                and not gazetteer.is_demonym(toks[i - 1].text)
            ):
                first = i - 1
            # "bin Laden", "van Gogh", "Bin Laden": the particles belong to the surname.
            if first == i:
                first -= _particles_before(toks, low, first, text)
            if first == i and i > 0 and low[i - 1] in _PARTICLES and (i - 1) not in person_at:
                first = i - 1
            added.append(Draft(field, first, i + 1, "PERSON"))
        out.append(merge(field_drafts, _without_overlaps(added)))
    return out


def _typed_otherwise(drafts: list[list[Draft]], lowers: Sequence[Sequence[str]]) -> set[str]:
    """Return the words the engine typed, alone, as something other than a person at
    least twice and more often than as a person: one odd headline ("LEBED CHECHNYA")
    must not turn every "Chechnya" into a surname."""
    other: Counter[str] = Counter()
    person: Counter[str] = Counter()
    for field_drafts, low in zip(drafts, lowers):
        for d in field_drafts:
            if d.last - d.first == 1:
                (person if d.label == "PERSON" else other)[low[d.first]] += 1
    return {word for word, n in other.items() if n >= 2 and n > person[word]}


def _without_overlaps(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    end = -1
    for draft in sorted(drafts, key=lambda d: (d.first, -d.last)):
        if draft.first >= end:
            kept.append(draft)
            end = draft.last
    return kept


#: The longest name, in tokens, looked up when matching headlines against the body.
_MAX_KNOWN_TOKENS = 6


def relabel_headlines(
    drafts: list[list[Draft]],
    texts: Sequence[str],
    tokens: Sequence[Sequence[Token]],
    lowers: Sequence[Sequence[str]],
) -> list[list[Draft]]:
    """Find names in title-case headlines and headings by matching the names found
    elsewhere.

    In "Clinton Wades In: Urges Britain To Remain" every word is capitalised, so
    capitalisation says nothing and the tagger guesses badly. Headlines and a body's
    headings ("Stadia Is Essentially A Beta Version") name what the article names, so
    every sentence in title case (a heading is a line, so a sentence of its own) gets the
    names found in the rest of the document instead (same words, same label). Without
    any other text to learn from, the tagger's guesses stay.

    Args:
        drafts: each text's drafts, already refined.
        texts: the texts.
        tokens: each text's tokens.
        lowers: each text's tokens in lower case.

    Returns:
        The drafts with headline mentions replaced.
    """
    common = {t.text for toks in tokens for t in toks if t.text.islower()}
    headlines: dict[int, list[tuple[int, int]]] = {}
    for field, (text, toks) in enumerate(zip(texts, tokens)):
        for first, last in sentences(text, list(toks)):
            if is_title_case([t.text for t in toks[first:last]], common):
                headlines.setdefault(field, []).append((first, last))
    if not headlines:
        return drafts
    known: dict[tuple[str, ...], str] = {}
    for field, field_drafts in enumerate(drafts):
        spans = headlines.get(field, [])
        low = lowers[field]
        for d in field_drafts:
            if any(first <= d.first < last for first, last in spans):
                continue
            known.setdefault(tuple(low[d.first : d.last]), d.label)
            if d.label == "PERSON" and d.last - d.first > 1:
                known.setdefault((low[d.last - 1],), "PERSON")
    if not known:
        return drafts
    out = []
    for field, field_drafts in enumerate(drafts):
        spans = headlines.get(field)
        if spans is None:
            out.append(field_drafts)
            continue
        low, toks = lowers[field], tokens[field]
        found = [d for d in field_drafts if not any(a <= d.first < b for a, b in spans)]
        for first, last in spans:
            i = first
            while i < last:
                size = 0
                if toks[i].text[:1].isupper():
                    for n in range(min(_MAX_KNOWN_TOKENS, last - i), 0, -1):
                        if tuple(low[i : i + n]) in known:
                            size = n
                            break
                if size:
                    found.append(Draft(field, i, i + size, known[tuple(low[i : i + size])]))
                    i += size
                else:
                    i += 1
        out.append(_without_overlaps(found))
    return out


def trim_caps_labels(
    drafts: list[list[Draft]],
    texts: Sequence[str],
    tokens: Sequence[Sequence[Token]],
    lowers: Sequence[Sequence[str]],
) -> list[list[Draft]]:
    """Trim the names the engine found in short label lines in capitals.

    In a page's subheadings and links set in capitals ("FRANCE WINS", "US FALLS",
    "DON'T MISS", see :func:`~newsparse_entities.tokenize.is_caps_label`) the tagger
    runs a name on into the words after it. A mention there that starts with a country
    or a name the rest of the document knows, and goes on past it into ordinary words,
    is cut back to that name and takes its type; a mention that is one title or
    function word ("MISS") is dropped. Other mentions stay: a table's headings in
    capitals are names too ("EASTERN DIVISION", a newspaper's name in a press digest).

    Args:
        drafts: each text's drafts, already refined.
        texts: the texts.
        tokens: each text's tokens.
        lowers: each text's tokens in lower case.

    Returns:
        The drafts with label mentions trimmed or dropped.
    """
    labels: dict[int, list[tuple[int, int]]] = {}
    for field, (text, toks) in enumerate(zip(texts, tokens)):
        spans = _caps_label_lines(text, toks)
        if spans:
            labels[field] = spans
    if not labels:
        return drafts
    common = {t.text for toks in tokens for t in toks if t.text.islower()}
    known: dict[tuple[str, ...], str] = {}
    for field, field_drafts in enumerate(drafts):
        spans = labels.get(field, [])
        for d in field_drafts:
            if not any(first <= d.first < last for first, last in spans):
                known.setdefault(tuple(lowers[field][d.first : d.last]), d.label)
    out = []
    for field, field_drafts in enumerate(drafts):
        spans = labels.get(field, [])
        trimmed = (
            _label_name(d, lowers[field], known, common)
            if any(first <= d.first < last for first, last in spans)
            else d
            for d in field_drafts
        )
        out.append([d for d in trimmed if d is not None])
    return out


#: The longest line, in characters, looked at as a label: a label line has at most
#: :data:`~newsparse_entities.tokenize.MAX_LABEL_WORDS` words, and most lines are far
#: longer, so this cheap test spares tokenising them.
_MAX_LABEL_CHARS = 60


def _caps_label_lines(text: str, toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Return the token ranges of the lines of ``text`` that are label lines in capitals
    (:func:`~newsparse_entities.tokenize.is_caps_label`)."""
    spans: list[tuple[int, int]] = []
    starts: list[int] | None = None
    offset = 0
    for line in text.split("\n"):
        if len(line) <= _MAX_LABEL_CHARS and line == line.upper() and line.strip():
            if starts is None:
                starts = [t.start for t in toks]
            first = bisect.bisect_left(starts, offset)
            last = bisect.bisect_left(starts, offset + len(line))
            if first < last and is_caps_label([t.text for t in toks[first:last]]):
                spans.append((first, last))
        offset += len(line) + 1
    return spans


#: Last words that end a name in capitals, which a known place at its start does not cut
#: short ("NEW YORK TIMES", "WEST HAM UNITED").
_NAME_ENDS = (
    gazetteer.ORG_SUFFIXES | gazetteer.ORG_HEADS | gazetteer.EVENT_HEADS | gazetteer.PLACE_HEADS
)


def _label_name(
    draft: Draft,
    lowers: Sequence[str],
    known: dict[tuple[str, ...], str],
    common: set[str],
) -> Draft | None:
    """Return a label line's mention cut back to the name it starts with, None for a
    lone title or function word, else the mention as it is (see :func:`trim_caps_labels`).

    The name is a country, or a name the rest of the document knows when the words
    after it are words the document writes in lower case ("wins", "ahead"): "EASTERN
    DIVISION" stays whole though "Eastern" is known.
    """
    words = tuple(lowers[draft.first : draft.last])
    if len(words) == 1:
        word = words[0]
        return None if word in gazetteer.title_words() or word in _NOT_NAMES else draft
    if words in known or words[-1] in _NAME_ENDS:
        return draft
    places = gazetteer.place_tuples()
    for size in range(len(words) - 1, 0, -1):
        start = words[:size]
        if places.get(start, ("",))[0] == "country":
            return Draft(draft.field, draft.first, draft.first + size, "GPE")
        if start in known and all(w in common for w in words[size:]):
            return Draft(draft.field, draft.first, draft.first + size, known[start])
    return draft


def mend_cut_names(
    drafts: list[list[Draft]], texts: Sequence[str], tokens: Sequence[Sequence[Token]]
) -> list[list[Draft]]:
    """Make a name of several words found whole once whole wherever it recurs.

    The engine reads each occurrence on its own, so the same words may be one name here
    and two there ("Dick Clark Productions"; "Dick" and "Clark Productions"). Where the
    same text as a whole name of words only (no line break, no bracket inside) recurs
    holding only pieces, each inside it, the pieces give way to one mention of the
    whole, with its type. A mention that reaches past the text ("New York" inside "New
    York Times") is left alone.

    Args:
        drafts: each text's drafts, in order.
        texts: the texts.
        tokens: each text's tokens.

    Returns:
        The drafts with the cut names mended.
    """
    wholes: dict[str, tuple[int, str]] = {}
    for field_drafts, text, toks in zip(drafts, texts, tokens):
        for d in field_drafts:
            name = text[toks[d.first].start : toks[d.last - 1].end]
            if d.last - d.first > 1 and _words_only(toks[d.first : d.last], name):
                wholes.setdefault(name, (d.last - d.first, d.label))
    if not wholes:
        return drafts
    return [
        _mended(field_drafts, text, toks, wholes)
        for field_drafts, text, toks in zip(drafts, texts, tokens)
    ]


def _words_only(toks: Sequence[Token], name: str) -> bool:
    """Return True for a name on one line whose tokens all start with a letter or digit,
    or are an ampersand ("AT&T", "Procter & Gamble")."""
    return "\n" not in name and all(t.text[:1].isalnum() or t.text == "&" for t in toks)


def _mended(
    drafts: list[Draft], text: str, toks: Sequence[Token], wholes: dict[str, tuple[int, str]]
) -> list[Draft]:
    """Return one text's drafts with the pieces of whole names replaced (see
    :func:`mend_cut_names`)."""
    out: list[Draft] = []
    skip_to = -1
    pieces = _Pieces(drafts)
    for d in drafts:
        if d.first < skip_to:
            continue
        whole = None
        for size in range(min(_MAX_KNOWN_TOKENS, len(toks) - d.first), d.last - d.first, -1):
            name = text[toks[d.first].start : toks[d.first + size - 1].end]
            if wholes.get(name, (0,))[0] == size and pieces.only_pieces(d.first, d.first + size):
                whole = name
                break
        if whole is None:
            out.append(d)
            continue
        size, label = wholes[whole]
        skip_to = d.first + size
        out.append(Draft(d.field, d.first, skip_to, label, d.title, d.role))
    return out


class _Pieces:
    """The drafts of one text, sorted for the question :meth:`only_pieces` asks of them.

    Asked for every draft, a scan of all the drafts made a text of thousands of names
    quadratic; sorted by first token, with the furthest end reached so far, each question
    reads only the drafts that start inside the span.
    """

    def __init__(self, drafts: Sequence[Draft]) -> None:
        self.drafts = sorted(drafts, key=lambda d: d.first)
        self.firsts = [d.first for d in self.drafts]
        self.reach: list[int] = []  # reach[i]: the furthest end of drafts[: i + 1]
        for d in self.drafts:
            self.reach.append(max(d.last, self.reach[-1]) if self.reach else d.last)

    def only_pieces(self, first: int, last: int) -> bool:
        """Return True when every draft that overlaps tokens ``first`` to ``last`` lies
        inside them."""
        start = bisect.bisect_left(self.firsts, first)
        if start and self.reach[start - 1] > first:
            return False  # a draft that starts before the span reaches into it
        end = bisect.bisect_left(self.firsts, last, lo=start)
        return all(d.last <= last for d in self.drafts[start:end])


#: Quotation marks that open and close a title in running text.
_OPEN_QUOTES = frozenset({'"', "“"})
_CLOSE_QUOTES = frozenset({'"', "”"})
#: The most words of a quoted title ("Jesus Is Just Alright With Me"): a longer quote in
#: capitals is a slogan or a headline, not a work's name.
MAX_TITLE_WORDS = 8


def quoted_titles(
    drafts: list[list[Draft]], texts: Sequence[str], tokens: Sequence[Sequence[Token]]
) -> list[list[Draft]]:
    """Make a quoted title in capitals one MISC name: a song, a book, a show or a nickname.

    A quote whose words all start with a capital (short function words aside, "Takin' It
    To the Streets") and hold a word the document also writes in lower case ("the
    Three Amigos") names a work, however the engine cut and typed the
    names inside it ("Bad" as an organisation, "Long Train Running" as a person); so
    does one whose words the engine found only in part ("Never" of "Never Trumpers").
    Only a quote holding a mention changes; a name alone in quotes ("Taylor Swift")
    stays what it is. A quote of speech has words in lower case and is left alone.

    Args:
        drafts: each text's drafts, in order.
        texts: the texts.
        tokens: each text's tokens.

    Returns:
        The drafts with quoted titles made one mention each.
    """
    common = {t.text for toks in tokens for t in toks if t.text.islower()}
    out = []
    for field, (field_drafts, text, toks) in enumerate(zip(drafts, texts, tokens)):
        for first, last, ordinary in _quoted_titles(text, toks, common):
            inside = [d for d in field_drafts if d.first < last and d.last > first]
            named = sum(d.last - d.first for d in inside)
            if (
                inside
                and all(first <= d.first and d.last <= last for d in inside)
                and (ordinary or named < sum(1 for t in toks[first:last] if t.text[:1].isalpha()))
            ):
                kept = [d for d in field_drafts if d not in inside]
                title = Draft(field, first, last, "MISC")
                field_drafts = sorted([*kept, title], key=lambda d: d.first)
        out.append(field_drafts)
    return out


def _quoted_titles(
    text: str, toks: Sequence[Token], common: set[str]
) -> list[tuple[int, int, bool]]:
    """Return the quotes in capitals of one text (see :func:`quoted_titles`): the range of
    words between the quotation marks, without a comma or full stop before the closing
    one, and whether an ordinary word is among them."""
    found = []
    for i, token in enumerate(toks):
        if token.text not in _OPEN_QUOTES:
            continue
        end = next(
            (
                j
                for j in range(i + 1, min(len(toks), i + 2 * MAX_TITLE_WORDS))
                if toks[j].text in _CLOSE_QUOTES or "\n" in text[toks[j - 1].end : toks[j].start]
            ),
            None,
        )
        if end is None or toks[end].text not in _CLOSE_QUOTES:
            continue
        last = end - 1 if toks[end - 1].text in {",", "."} else end
        words = [t.text for t in toks[i + 1 : last]]
        if last > i + 1 and _title_words(words):
            ordinary = any(w.lower() in common or w in _HEADLINE_FUNCTION_WORDS for w in words)
            found.append((i + 1, last, ordinary))
    return found


def quoted_lists(
    drafts: list[list[Draft]], texts: Sequence[str], tokens: Sequence[Sequence[Token]]
) -> list[list[Draft]]:
    """Make each title of a list of quoted titles one work (MISC): "“Joker,” “Marriage
    Story,” “The Irishman” and “Parasite”" names four films, however the engine typed
    the names inside ("Joker" a person, "Parasite" an organisation). Two or more quotes
    in capitals, each of one word or more, joined only by commas, "and", "or" or "&",
    make a list when the engine found a name in one of them; a quote of one word the
    training split writes only in lower case ("“Yes” or “No”") is no title, and one
    that starts with a known given name names someone ("“Emma” and “Isabella”").

    Args:
        drafts: each text's drafts, in order.
        texts: the texts.
        tokens: each text's tokens.

    Returns:
        The drafts with each listed title one mention.
    """
    ordinary = gazetteer.ordinary_words()
    given = gazetteer.given_names()
    out = []
    for field, (field_drafts, text, toks) in enumerate(zip(drafts, texts, tokens)):
        for run in _quote_runs(text, toks):
            titles = [
                (first, last)
                for first, last in run
                if (last - first > 1 or toks[first].text.lower() not in ordinary)
                and toks[first].text.lower() not in given
            ]
            inside = [d for d in field_drafts if any(a <= d.first and d.last <= b for a, b in titles)]
            if not inside:
                continue
            kept = [d for d in field_drafts if d not in inside]
            if any(d.first < b and d.last > a for d in kept for a, b in titles):
                continue  # a name runs across a quotation mark: leave the list alone
            works = [Draft(field, a, b, "MISC") for a, b in titles]
            field_drafts = sorted([*kept, *works], key=lambda d: d.first)
        out.append(field_drafts)
    return out


def _quote_runs(text: str, toks: Sequence[Token]) -> list[list[tuple[int, int]]]:
    """Return the runs of two or more quoted titles in capitals joined by
    :data:`~newsparse_entities.resolve.LIST_JOINS` (see :func:`quoted_lists`), each title as its word range."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    previous_close = -1
    i = 0
    while i < len(toks):
        if toks[i].text not in _OPEN_QUOTES:
            i += 1
            continue
        close = next(
            (j for j in range(i + 1, min(len(toks), i + 2 * MAX_TITLE_WORDS)) if toks[j].text in _CLOSE_QUOTES),
            None,
        )
        if close is None or "\n" in text[toks[i].end : toks[close].start]:
            i += 1
            continue
        last = close - 1 if toks[close - 1].text in {",", "."} else close
        words = [t.text for t in toks[i + 1 : last]]
        if not (last > i + 1 and _title_words(words, least=1)):
            if len(run) > 1:
                runs.append(run)
            run, previous_close = [], -1
            i = close + 1
            continue
        joined = previous_close >= 0 and all(t.text in LIST_JOINS for t in toks[previous_close + 1 : i])
        if not joined:
            if len(run) > 1:
                runs.append(run)
            run = []
        run.append((i + 1, last))
        previous_close = close
        i = close + 1
    if len(run) > 1:
        runs.append(run)
    return runs


def _title_words(words: list[str], least: int = 2) -> bool:
    """Return True for the words of a title in capitals (see :func:`quoted_titles`), of
    at least ``least`` words."""
    alpha = [w for w in words if w[:1].isalpha()]
    if not least <= len(alpha) <= MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    if any(not w[:1].isupper() and w not in _HEADLINE_FUNCTION_WORDS for w in alpha):
        return False
    return all(w[:1].isalnum() or w in _TITLE_PUNCTUATION for w in words)


#: Short words a title leaves in lower case or capitalises ("Takin' It To the Streets").
_HEADLINE_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of to in on at for by with from as vs is it me my you".split()
)
#: Marks that may stand inside a title: an elision, a hyphen, an ampersand, a colon (an
#: exclamation is a slogan's: "Freedom for Chechnya!").
_TITLE_PUNCTUATION = frozenset({"’", "'", "-", "&", ":"})


def split_at_lower_words(drafts: list[Draft], tokens: Sequence[Token]) -> list[Draft]:
    """Cut a person's mention at a word in lower case that is no name particle.

    A person's name holds capitalised words and particles ("bin", "van der"); a verb or
    a noun inside it means the engine ran two names together ("Diego Schwartzman
    defeating Cristian Garin"). Each run of capitalised words becomes a person of its
    own; the rest (the verb, a score) is dropped.

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.

    Returns:
        The drafts, cut where needed.
    """
    out: list[Draft] = []
    for d in drafts:
        words = [t.text for t in tokens[d.first : d.last]]
        if d.label != "PERSON" or not any(_lower_word(w) for w in words):
            out.append(d)
            continue
        start = None
        for i in range(d.first, d.last + 1):
            named = i < d.last and tokens[i].text[:1].isupper()
            if named and start is None:
                start = i
            elif start is not None and not named and (
                i == d.last or tokens[i].text not in _PARTICLES
            ):
                title = (d.title, d.role) if start == d.first else (None, None)
                out.append(Draft(d.field, start, i, "PERSON", *title))
                start = None
    return out


#: The possessive endings that cut an owner's name from what it owns.
_OWNER_POSSESSIVES = frozenset({"'s", "’s"})


def split_at_owner(drafts: list[Draft], tokens: Sequence[Token]) -> list[Draft]:
    """Cut a mention at a possessive after a known organisation's name: the
    organisation and what it owns are two names ("Amazon's Echo Buds", "Walmart's Black
    Friday").

    What is owned is a thing (MISC) until its own words or a given name type it
    otherwise (:func:`resolve.refine`): a holiday is an event, "Apple's Tim Cook"
    a person. A name that only ends in a possessive ("People's Republic of China") is
    left whole, as the words before it name no known organisation.

    Args:
        drafts: one text's drafts, in order.
        tokens: the text's tokens.

    Returns:
        The drafts, cut where needed.
    """
    out: list[Draft] = []
    organisations = gazetteer.organisation_tuples()
    for d in drafts:
        cut = next((k for k in range(d.first + 1, d.last - 1) if tokens[k].text in _OWNER_POSSESSIVES), None)
        if cut is None:
            out.append(d)
        elif tuple(t.text.lower() for t in tokens[d.first : cut]) in organisations:
            out.append(Draft(d.field, d.first, cut, "ORG"))
            out.append(Draft(d.field, cut + 1, d.last, "MISC"))
        elif _person_owned(tokens, cut + 1, d.last):
            # The owner is typed by its own first word: a person named with a given name,
            # else the body the person works for.
            owner = "PERSON" if tokens[d.first].text.lower() in gazetteer.given_names() else "ORG"
            out.append(Draft(d.field, d.first, cut, owner if d.label == "PERSON" else d.label))
            out.append(Draft(d.field, cut + 1, d.last, "PERSON"))
        else:
            out.append(d)
    return out


def _person_owned(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when tokens ``first:last`` name a person: a known given name and
    more words, each capitalised ("James Politi" of "FT’s James Politi")."""
    return (
        last - first > 1
        and tokens[first].text.lower() in gazetteer.given_names()
        and all(tokens[i].text[:1].isupper() and tokens[i].text[1:].islower() for i in range(first, last))
    )


def _lower_word(word: str) -> bool:
    """Return True for a word in lower case that is no name particle."""
    return word.isalpha() and word.islower() and word not in _PARTICLES


#: The most words of a country's name written after another name in one mention.
_MAX_COUNTRY_TOKENS = 3


def split_trailing_countries(
    drafts: list[list[Draft]], lowers: Sequence[Sequence[str]]
) -> list[list[Draft]]:
    """Split a country off the name written before it in one mention.

    A role is often qualified by an institution and a country in a row ("White House
    Russia adviser", "State Department Ukraine expert"), and the engine takes both for
    one name. A mention that ends with a country and starts with a name the document or
    the organisation list knows, or one ending in an organisation's head word ("...
    Security Council Ukraine"), is two mentions: the name, with the type it has
    elsewhere, and the country. A person's name is never split.

    Args:
        drafts: each text's drafts, in order.
        lowers: each text's tokens in lower case.

    Returns:
        The drafts, split where needed.
    """
    known = {
        tuple(low[d.first : d.last]): d.label
        for field_drafts, low in zip(drafts, lowers)
        for d in field_drafts
    }
    return [
        [part for d in field_drafts for part in _without_country(d, low, known)]
        for field_drafts, low in zip(drafts, lowers)
    ]


def _without_country(
    draft: Draft, lowers: Sequence[str], known: dict[tuple[str, ...], str]
) -> list[Draft]:
    """Return ``draft`` split into the name before a country and the country, or alone
    (see :func:`split_trailing_countries`)."""
    places = gazetteer.place_tuples()
    whole = tuple(lowers[draft.first : draft.last])
    if draft.label == "PERSON" or len(whole) < 2 or whole in places:
        return [draft]  # "South Korea", "Northern Ireland" are one place
    for size in range(min(_MAX_COUNTRY_TOKENS, draft.last - draft.first - 1), 0, -1):
        cut = draft.last - size
        if places.get(tuple(lowers[cut : draft.last]), ("",))[0] != "country":
            continue
        head = tuple(lowers[draft.first : cut])
        if head in gazetteer.organisation_tuples():
            label = "ORG"
        elif head in known:
            label = known[head]
        elif len(head) > 1 and head[-1] in gazetteer.ORG_HEADS:
            label = "ORG"
        else:
            continue
        return [
            Draft(draft.field, draft.first, cut, label, draft.title, draft.role),
            Draft(draft.field, cut, draft.last, "GPE"),
        ]
    return [draft]


def family_names(drafts: list[Draft], tokens: Sequence[Sequence[Token]]) -> list[Draft]:
    """Type a family called by a surname in the plural as people ("the Bidens", "the
    Obamas"), when the document names a person with that surname: the engine, and the
    rule for a plural name after "the" ("the Devils"), take it for an organisation.

    Args:
        drafts: every text's drafts, refined.
        tokens: each text's tokens.

    Returns:
        The drafts with the families typed PERSON.
    """
    plurals = {
        tokens[d.field][d.last - 1].text + "s"
        for d in drafts
        if d.label == "PERSON" and d.last - d.first > 1
    }
    return [
        Draft(d.field, d.first, d.last, "PERSON")
        if d.label != "PERSON"
        and d.last - d.first == 1
        and tokens[d.field][d.first].text in plurals
        else d
        for d in drafts
    ]


def join_nationality_events(
    drafts: list[Draft], tokens: Sequence[Token], text: str
) -> list[Draft]:
    """Join a nationality to the event named right after it ("American" "Music Awards",
    "European" "Athletics Championships"): the engine splits the adjective off, yet an
    event is named with it. A person or an organisation after a nationality stays apart
    ("Australian Tom Moody", "German Bundesbank"). A point of the compass before a
    nationality is part of it ("North" "American", "Latin" "American").

    Args:
        drafts: one text's drafts, refined, in order.
        tokens: the text's tokens.
        text: the text.

    Returns:
        The drafts with the events joined.
    """
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is None
            or prev.last != d.first
            or prev.last - prev.first != 1
            or text[tokens[prev.first].end : tokens[d.first].start] != " "
        ):
            out.append(d)
        elif d.label == "EVENT" and gazetteer.is_demonym(tokens[prev.first].text):
            out[-1] = Draft(d.field, prev.first, d.last, "EVENT")
        elif (
            tokens[prev.first].text.lower() in gazetteer.COMPASS_WORDS
            and d.last - d.first == 1
            and gazetteer.is_demonym(tokens[d.first].text)
        ):
            out[-1] = Draft(d.field, prev.first, d.last, "NORP")  # "North" "American"
        else:
            out.append(d)
    return out

"""From raw engine spans to typed, clustered mentions.

Three small steps, each a pure function:

1. :func:`refine` fixes a raw span's edges and type: titles move out of person names into
   attributes ("President Obama" -> "Obama", title "President"), possessives are dropped
   ("Putin's" -> "Putin"), places become GPE when a gazetteer knows them, nationalities
   NORP, and "G8 summit" an EVENT.
2. :func:`add_places` adds countries and major cities the engine missed.
3. :func:`cluster` groups mentions of one entity across all the texts of an article
   ("Barack Obama", "President Obama", "Obama") and picks a canonical name.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence

import attrs

from . import gazetteer
from .tokenize import Token, cell_break, visible

#: Labels this plugin gives entities.
LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "MISC")

#: Tokens dropped from the end of a mention.
_TRAILING = frozenset({"'s", "’s", "'S", "’S", "'", "’", ".", ",", ":", ";", "-", "--", "(", "["})
#: Opening quotation marks before a work's title.
OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
#: Closing quotation marks after a work's title.
CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})
#: Tokens dropped from the start of a mention.
_LEADING = frozenset({"the", "The", "THE", "'", "’", '"', "“", "(", ")", "]", "-", "--"})
#: Words that are never an entity on their own, however they are capitalised.
_NEVER_ALONE = frozenset(
    {
        "photo",
        "photos",
        "image",
        "images",
        "video",
        "file",
        "pool",
        "handout",
        "reporting",
        "editing",
        "writing",
        "update",
        "updated",
        "source",
        "sources",
        "credit",
        "credits",
        "courtesy",
        "advertisement",
        "i",
        "we",
        "you",
        # Time zones of a page's time line ("4:29 AM EST", "1430 GMT").
        "gmt",
        "utc",
        "est",
        "edt",
        "pst",
        "pdt",
        "cst",
        "cdt",
        "bst",
        "cet",
    }
)


@attrs.define
class Draft:
    """A mention being worked on (mutable; turned into :class:`Mention` at the end).

    Attributes:
        field: index of the text it belongs to.
        first: index of its first token.
        last: index just past its last token.
        label: its type.
        title: a title before the name ("President"), or None.
        role: the title with its qualifier ("Russian President"), or None.
    """

    field: int
    first: int
    last: int
    label: str
    title: str | None = None
    role: str | None = None


@attrs.frozen(kw_only=True)
class Mention:
    """One mention of a named entity in a text.

    Attributes:
        start: offset of its first character.
        end: offset just past its last character.
        text: the mention as written (``text[start:end]`` of the input).
        label: PERSON, ORG, GPE, LOC, NORP, EVENT or MISC.
        canonical: the name of the entity it belongs to ("Barack Obama" for "Obama").
        entity_id: an id shared by every mention of the same entity ("e1", "e2" ... in
            order of first appearance).
        title: a title written before a person's name ("President", "Prime Minister"),
            or None.
        role: the title with what qualifies it ("Russian President"), or None.
        link: the name of an entity this one belongs with without being it: a
            nationality's country ("Russian" -> "Russia"), an event's organiser
            ("G8 summit" -> "G8"); or None.
        link_id: the ``entity_id`` of that entity when the texts mention it, else None.
    """

    start: int
    end: int
    text: str
    label: str
    canonical: str
    entity_id: str
    title: str | None = None
    role: str | None = None
    link: str | None = None
    link_id: str | None = None


def snap(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Return the token range ``[first, last)`` covering the characters ``[start, end)``.

    Args:
        tokens: the text's tokens.
        start: first character.
        end: character just past the span.

    Returns:
        The token range; empty (``first == last``) when no token overlaps.
    """
    first = 0
    count = len(tokens)
    lo, hi = 0, count
    while lo < hi:  # first token ending after start
        mid = (lo + hi) // 2
        if tokens[mid].end <= start:
            lo = mid + 1
        else:
            hi = mid
    first = lo
    last = first
    while last < count and tokens[last].start < end:
        last += 1
    return first, last


def _match_title(lowers: Sequence[str], start: int, stop: int) -> int:
    """Return the length of the longest title starting at ``start`` (0 if none)."""
    table = gazetteer.person_titles()
    for size in range(min(4, stop - start), 0, -1):
        if tuple(lowers[start : start + size]) in table:
            return size
    return 0


def _numbered_step(tokens: Sequence[Token], lowers: Sequence[str], index: int) -> bool:
    """Return True for a word of :data:`gazetteer.SEQUENCE_WORDS` before a number
    ("Phase 1", "Week 11")."""
    return (
        lowers[index] in gazetteer.SEQUENCE_WORDS
        and index + 1 < len(tokens)
        and tokens[index + 1].text.isdigit()
    )


def _honorific_alone(word: str) -> bool:
    """Return True for an honorific written as one ("Mr.", "Dr", "Mrs."), never a name
    on its own; capitals without a stop ("MS", "DR") may be an acronym."""
    return (word.endswith(".") or word.istitle()) and word.lower().rstrip(".") in gazetteer.HONORIFICS


def _title_before(lowers: Sequence[str], end: int) -> int:
    """Return the length of the longest title ending just before token ``end``."""
    table = gazetteer.person_titles()
    for size in range(min(4, end), 0, -1):
        if tuple(lowers[end - size : end]) in table:
            return size
    return 0


def refine(draft: Draft, text: str, tokens: Sequence[Token], lowers: Sequence[str]) -> Draft | None:
    """Fix a raw mention's edges and type; return None when nothing is left of it.

    Args:
        draft: the raw mention.
        text: the text it belongs to.
        tokens: the text's tokens.
        lowers: the tokens in lower case.

    Returns:
        The refined mention, or None.
    """
    first, last = draft.first, draft.last
    while first < last and not _part_of_name(text, tokens, first, last) and (
        tokens[first].text in _LEADING
        or (
            (
                lowers[first] in gazetteer.FUNCTION_WORDS
                or (lowers[first].endswith(".") and lowers[first][:-1] in gazetteer.CALENDAR_WORDS)
            )
            and tokens[first].text[:1].isupper()
            and not _after_honorific(lowers, first)
        )
    ):
        first += 1
    while last > first and (
        tokens[last - 1].text in _TRAILING
        or (
            draft.label != "EVENT"
            and tokens[last - 1].text.isalpha()
            and tokens[last - 1].text.islower()
        )
    ):
        last -= 1
    while last - first > 1 and (
        lowers[last - 1] in gazetteer.title_words()
        if draft.label != "PERSON"
        else lowers[last - 1].rstrip(".") in gazetteer.HONORIFICS
        or _letters_after_name(tokens, first, last)
    ):
        last -= 1  # a title left at the end ("Later Mr" before the rule's "Obama")
    if first >= last or all(lowers[i] in _NEVER_ALONE for i in range(first, last)):
        return None
    if last - first == 1 and (
        _honorific_alone(tokens[first].text) or _numbered_step(tokens, lowers, first)
    ):
        return None
    label = draft.label
    title = role = None
    if label == "PERSON":
        # A title in lower case inside the mention ends what stands before the name
        # ("Sabres defenseman Brandon Montour" as one mention from the engine).
        titles = gazetteer.person_titles()
        for i in range(last - 2, first, -1):
            if tokens[i].text.islower() and (lowers[i],) in titles:
                first = i + 1
                break
        title_start = -1
        size = _match_title(lowers, first, last)
        if size and first + size < last:
            title_start = first
            first += size
        else:
            size = _title_before(lowers, first)
            if size and not _broken(text, tokens, first - size, first):
                title_start = first - size
        if title_start >= 0:
            title = visible(text[tokens[title_start].start : tokens[first - 1].end])
            role = title
            qualifier = title_start - 1
            if (
                qualifier >= 0
                and not _broken(text, tokens, qualifier, title_start)
                and (
                    gazetteer.is_demonym(tokens[qualifier].text)
                    or (
                        tokens[qualifier].text[:1].isupper()
                        and lowers[qualifier] in gazetteer.places()
                    )
                )
            ):
                role = visible(text[tokens[qualifier].start : tokens[first - 1].end])
    if last < len(tokens) and label in {"MISC", "ORG"} and (
        lowers[last] in gazetteer.EVENT_NOUNS or tokens[last].text in gazetteer.AWARD_HEADS
    ):
        last += 1
        label = "EVENT"  # "G8 summit", "Producers Guild Awards"
    if not (label in {"LOC", "GPE"} and first > 0 and lowers[first - 1] == "the" and last - first == 1):
        # "the Amazon" is the river, whatever the organisation list says; a longer name
        # keeps the type its head word gives ("the United States Senate").
        label = _typed_by_name(label, tuple(lowers[first:last]))
    label = _typed_by_context(label, title, text, tokens, lowers, first, last)
    if label == "PERSON" and gazetteer.never_a_person(tuple(lowers[first:last])):
        label = "LOC"
    elif label == "PERSON" and last - first == 1 and gazetteer.is_brand_word(tokens[first].text):
        label = "ORG"
    if label in {"ORG", "LOC", "MISC"} and (
        _given_name_first(tokens, lowers, first, last)
        or (
            last - first == 2
            and tokens[last - 1].text in gazetteer.REGNAL_NUMBERS
            and tokens[first].text.istitle()
        )
    ):
        label = "PERSON"
    if label != "NORP" and title is None and _names_people(tokens, first, last):
        label = "NORP"  # "New Yorkers" as a place, "Native Americans" as people
    name = visible(text[tokens[first].start : tokens[last - 1].end])
    lower = name.lower()
    if label in {"LOC", "GPE"}:
        hit = gazetteer.places().get(lower)
        label = "GPE" if hit is not None else "LOC"
        if hit is None and last - first > 1 and lowers[last - 1] in gazetteer.EVENT_HEADS:
            label = "EVENT"  # "Hong Kong Open" is played in a place, not one
        elif hit is None and last - first == 1 and _nationality(tokens[first].text):
            label = "NORP"  # "Bahraini" as the tagger's place
    elif label == "MISC":
        if all(gazetteer.is_demonym(tokens[i].text) for i in range(first, last)):
            label = "NORP"
        elif lowers[last - 1] in gazetteer.EVENT_HEADS:
            label = "EVENT"
    elif label == "ORG" and last - first == 1 and _nationality(tokens[first].text):
        label = "NORP"  # "Libyans", "Irish" as the tagger's organisation
    elif label == "ORG" and last - first > 1 and lowers[last - 1] in gazetteer.EVENT_HEADS:
        label = "EVENT"  # "Fed Cup", "Texas Open" as the tagger's organisation
    if label != "GPE" and lowers[last - 1] in gazetteer.AWARD_PLURALS and (
        last - first > 1 or lowers[last - 1] != "globes"
    ):
        label = "EVENT"  # "the Oscars", "Golden Globes"
    return Draft(draft.field, first, last, label, title, role)


#: What a name's own words may overrule: the engine's type, when the words say otherwise.
_OVERRULED = {
    "LOC": frozenset({"PERSON", "ORG", "MISC"}),
    "ORG": frozenset({"PERSON", "LOC", "GPE", "MISC"}),
    "PERSON": frozenset({"ORG", "LOC", "GPE", "MISC"}),
    "MISC": frozenset({"PERSON", "ORG", "LOC", "GPE"}),
    "EVENT": frozenset({"PERSON", "ORG", "LOC", "GPE", "MISC"}),
}


def _typed_by_name(label: str, lowers: tuple[str, ...]) -> str:
    """Return the type the name's words decide (:func:`gazetteer.head_type`) where it
    overrules ``label``, else ``label``."""
    decided = gazetteer.head_type(lowers)
    if decided is not None and label in _OVERRULED[decided]:
        return decided
    return label


def _before_position(tokens: Sequence[Token], lowers: Sequence[str], end: int) -> bool:
    """Return True when a player's position and a capitalised name follow token ``end``
    ("Calgary winger Tomas Varga"): the name before the position is a team."""
    return (
        end + 1 < len(tokens)
        and lowers[end] in gazetteer.SPORTS_POSITIONS
        and tokens[end + 1].text[:1].isupper()
    )


def _named_work(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when tokens ``first:last``, capitalised but for the short words of
    titles inside (:data:`gazetteer.TITLE_SMALL_WORDS`), name a work: right after
    a work's noun in lower case ("the film Star Trek", "the series Legion", "the drama
    “Marriage Story”"), after a noun of its parts and "of" or "to" ("the cast of
    Hamilton", :data:`gazetteer.WORK_PART_NOUNS`) or after a year's possessive, in
    quotation marks or not ("1972's Toulouse Street", "2008's “Fearless”"), or in
    quotation marks before the role of one who made or played it ("“Parasite”
    director")."""
    if first == 0 or not all(
        tokens[i].text[:1].isupper() or (first < i < last - 1 and tokens[i].text in gazetteer.TITLE_SMALL_WORDS)
        for i in range(first, last)
    ):
        return False  # capitalised words, and the short words of titles inside
    before = tokens[first - 1].text
    if before in gazetteer.WORK_NOUNS:
        return True
    if first > 1 and before in {"of", "to"} and tokens[first - 2].text in gazetteer.WORK_PART_NOUNS:
        return True  # "the cast of Hamilton", "the sequel to Frozen"
    if before in OPENING_QUOTES:
        if _role_after_quote(tokens, last) or _in_quoted_list(tokens, first, last):
            return True  # “Parasite” director Bong Joon Ho; “Joker,” “Parasite” and …
        first -= 1  # 2008’s “Fearless”
        if first > 0 and tokens[first - 1].text in gazetteer.WORK_NOUNS:
            return True  # the thriller “Parasite”
    return (
        first > 1
        and tokens[first - 1].text in {"'s", "’s"}
        and tokens[first - 2].text.isdigit()
        and len(tokens[first - 2].text) == 4
    )


def _named_thing(tokens: Sequence[Token], lowers: Sequence[str], first: int, last: int) -> bool:
    """Return True when tokens ``first:last``, all capitalised, name a made thing or a
    body in space: right before a noun of :data:`gazetteer.THING_NOUNS_AFTER` in lower
    case ("the Rosetta spacecraft") or right after one of
    :data:`gazetteer.THING_NOUNS_BEFORE` ("comet Chury"). A known place, organisation
    or nationality is the maker or the place, not the thing ("a NASA satellite",
    "Chinese satellites")."""
    if not all(tokens[i].text[:1].isupper() for i in range(first, last)):
        return False
    after = last < len(tokens) and tokens[last].text in gazetteer.THING_NOUNS_AFTER
    before = first > 0 and tokens[first - 1].text in gazetteer.THING_NOUNS_BEFORE
    if not (after or before):
        return False
    words = tuple(lowers[first:last])
    return (
        words not in gazetteer.place_tuples()
        and words not in gazetteer.organisation_tuples()
        and gazetteer.head_type(words) is None
        and not any(gazetteer.is_demonym(tokens[i].text) for i in range(first, last))
    )


#: Words that join the members of a list of quoted titles.
LIST_JOINS = frozenset({",", "and", "or", "&"})


def _in_quoted_list(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when the quoted name at tokens ``first:last`` (its opening mark at
    ``first - 1``) is joined by :data:`LIST_JOINS` alone to another quotation: the
    closing mark (after a comma or a full stop) then joins and an opening mark, or
    joins and a closing mark before its own opening mark. A name that starts with a
    known given name names someone ("“Emma” and “Isabella”")."""
    if tokens[first].text.lower() in gazetteer.given_names():
        return False
    close = last + 1 if last < len(tokens) and tokens[last].text in {",", "."} else last
    if close < len(tokens) and tokens[close].text in CLOSING_QUOTES:
        after = close + 1
        while after < len(tokens) and tokens[after].text in LIST_JOINS:
            after += 1
        if after > close + 1 and after < len(tokens) and tokens[after].text in OPENING_QUOTES:
            return True
    before = first - 2
    while before >= 0 and tokens[before].text in LIST_JOINS:
        before -= 1
    return before < first - 2 and before >= 0 and tokens[before].text in CLOSING_QUOTES


def _product(tokens: Sequence[Token], lowers: Sequence[str], first: int, last: int) -> bool:
    """Return True for the name of a product: a known company's and more words
    (:func:`_company_product`) or a model's (:func:`_model_product`)."""
    return _company_product(tokens, lowers, first, last) or _model_product(tokens, lowers, first, last)


def _model_product(tokens: Sequence[Token], lowers: Sequence[str], first: int, last: int) -> bool:
    """Return True for a name ending in a model's word (:data:`gazetteer.MODEL_WORDS`:
    "MacBook Pro", "Nintendo Switch Lite") that no known given name starts ("Martin
    Max") and no known organisation is."""
    words = tuple(lowers[first:last])
    return (
        len(words) > 1
        and words[-1] in gazetteer.MODEL_WORDS
        and tokens[last - 1].text[:1].isupper()
        and words[0] not in gazetteer.given_names()
        and words not in gazetteer.organisation_tuples()
    )


def _company_product(tokens: Sequence[Token], lowers: Sequence[str], first: int, last: int) -> bool:
    """Return True for a product named by a known company's one-word name and more
    capitalised words or a model number ("Apple Watch", "Amazon Echo Dot", "Airbus
    A310"), not by a place, a nationality or a part of the company
    (:data:`gazetteer.DIVISION_WORDS`: "Toyota Australia", "Reuters Television") after
    it, nor one with a head word of its own ("Amazon Studios")."""
    words = tuple(lowers[first:last])
    if (
        len(words) < 2
        or words[0] not in gazetteer.one_word_organisations()
        or words in gazetteer.organisation_tuples()
        or gazetteer.head_type(words) is not None
    ):
        return False
    second = tokens[first + 1].text
    return (
        all(tokens[i].text[:1].isupper() or tokens[i].text[:1].isdigit() for i in range(first + 1, last))
        and words[1] not in gazetteer.DIVISION_WORDS
        and words[1] not in gazetteer.places()
        and not gazetteer.is_demonym(second)
    )


def _role_after_quote(tokens: Sequence[Token], last: int) -> bool:
    """Return True when a closing quotation mark and a maker's or player's role
    (:data:`gazetteer.WORK_ROLES`) in lower case follow token ``last``."""
    return (
        last + 1 < len(tokens)
        and tokens[last].text in CLOSING_QUOTES
        and tokens[last + 1].text in gazetteer.WORK_ROLES
    )


#: The most words in lower case between a name's comma and the job in apposition
#: ("Ada Lind, deputy associate director ...").
_MAX_ROLE_QUALIFIERS = 2


def _role_after(lowers: Sequence[str], tokens: Sequence[Token], last: int) -> bool:
    """Return True when a comma and a job follow token ``last``, with at most
    :data:`_MAX_ROLE_QUALIFIERS` words in lower case before the job ("Brent Sherwood,
    vice president of", "Ada Lind, chief economist at")."""
    if last >= len(tokens) or tokens[last].text != ",":
        return False
    for i in range(last + 1, min(last + 2 + _MAX_ROLE_QUALIFIERS, len(tokens))):
        if not tokens[i].text.isalpha() or not tokens[i].text.islower():
            return False
        if lowers[i] in gazetteer.EMPLOYEE_ROLES:
            return True
        if lowers[i] in gazetteer.FUNCTION_WORDS:
            return False  # "..., where the president ...": no apposition
    return False


def _after_employee_role(lowers: Sequence[str], first: int) -> bool:
    """Return True when a job and "at", "of" or "for" stand right before token ``first``
    ("chief economist at", "a professor at", "spokeswoman for")."""
    return (
        first > 1
        and lowers[first - 1] in gazetteer.EMPLOYER_PREPOSITIONS
        and lowers[first - 2] in gazetteer.EMPLOYEE_ROLES
    )


#: Possessive endings, as the tokenizer splits them off a name ("ACLU" "'s", "Axios" "'").
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _employer_before_person(tokens: Sequence[Token], lowers: Sequence[str], last: int) -> bool:
    """Return True when an employee's name follows a name ending at token ``last``: a
    job of :data:`gazetteer.EMPLOYER_JOBS` and a capitalised word ("Salesforce CEO Marc
    Benioff"), or a possessive and a known given name with a capitalised word after it
    ("Axios' Erica Pandey", "the ACLU's Jay Stanley")."""
    if last + 1 >= len(tokens):
        return False
    if lowers[last] in gazetteer.EMPLOYER_JOBS:
        return tokens[last + 1].text[:1].isupper()
    return (
        tokens[last].text in POSSESSIVES
        and last + 2 < len(tokens)
        and lowers[last + 1] in gazetteer.given_names()
        and tokens[last + 1].text.istitle()
        and tokens[last + 2].text.istitle()
    )


def _taken_up_by_person_pronoun(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when the name at tokens ``first:last`` starts a sentence and a
    pronoun of :data:`gazetteer.PERSON_PRONOUNS` follows within
    :data:`gazetteer.MAX_PRONOUN_DISTANCE` tokens, before the sentence ends and before
    any other capitalised word ("Taylor Swift might not be able to perform all of her
    hits")."""
    if not at_sentence_start(text, tokens, first):
        return False
    for i in range(last, min(last + gazetteer.MAX_PRONOUN_DISTANCE, len(tokens))):
        word = tokens[i].text
        if word in {".", "!", "?", ";"} or word[:1].isupper() or _broken(text, tokens, i - 1, i):
            return False
        if word in gazetteer.PERSON_PRONOUNS:
            return True
    return False


def _after_org_noun(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when a noun of :data:`gazetteer.ORG_NOUNS` in lower case stands right
    before token ``first`` ("record label Big Machine"), or before a comma there when the
    name ends its clause ("One company, Avigilon, sells": a comma, a bracket or a full
    stop after it)."""
    if first > 0 and tokens[first - 1].text in gazetteer.ORG_NOUNS:
        return True
    return (
        first > 1
        and tokens[first - 1].text == ","
        and tokens[first - 2].text in gazetteer.ORG_NOUNS
        and last < len(tokens)
        and tokens[last].text in {",", ")", "."}
    )


def _word_before(lowers: Sequence[str], first: int) -> int:
    """Return the index of the word before token ``first``, past a "the" ("in the
    Lancet", "told the Guardian"); -1 when there is none."""
    return first - 2 if first > 1 and lowers[first - 1] == "the" else first - 1


def in_publication(lowers: Sequence[str], first: int) -> bool:
    """Return True when a piece a publication prints or a verb of writing and "in" or
    "for" stand right before token ``first``, "the" aside ("an article in Healthline",
    "writing in the Lancet", "a column for Wired"): the name is the publication's."""
    before = _word_before(lowers, first)
    if before < 1 or lowers[before] not in {"in", "for"}:
        return False
    word = lowers[before - 1]
    return word in gazetteer.PUBLISHED_PIECES or (
        lowers[before] == "in" and word in gazetteer.PUBLISHING_VERBS
    )


def _common_words_name(
    drafts: Sequence[Draft], words_of: Sequence[Sequence[str]], members: Sequence[int], lower_case: set[str]
) -> bool:
    """Return True for a cluster typed a person whose longest name is several common
    words, each written in lower case elsewhere in the texts or an ordinary word of the
    training split, with no known given name first, no common surname last and no title
    anywhere ("Night Mode", "Starry Night", "Side Salad"): a thing, as people are not
    named with common words only."""
    longest = max(members, key=lambda m: len(words_of[m]))
    words = [w.lower() for w in words_of[longest]]
    return (
        len(words) > 1
        and all(drafts[m].title is None for m in members)
        and words[0] not in gazetteer.given_names()
        and words[-1] not in gazetteer.census_surnames()
        and all(w.isalpha() and (w in lower_case or w in gazetteer.ordinary_words()) for w in words)
    )


def _told_before(lowers: Sequence[str], first: int) -> bool:
    """Return True when "told" or "according to" stands right before token ``first``,
    "the" aside ("told the Guardian", "according to Edmunds")."""
    before = _word_before(lowers, first)
    return before >= 0 and (
        lowers[before] == "told" or (before > 0 and lowers[before] == "to" and lowers[before - 1] == "according")
    )


def _told_by_one_word(
    drafts: Sequence[Draft],
    words_of: Sequence[Sequence[str]],
    members: Sequence[int],
    lowers_of: Sequence[Sequence[str]],
) -> bool:
    """Return True for a cluster told something or quoted as a source ("told Mashable",
    "according to Edmunds") that is only ever named by one word, with no title and no
    known given name: a news outlet, as a person told something is named in full
    somewhere in the article."""
    if not any(_told_before(lowers_of[drafts[m].field], drafts[m].first) for m in members):
        return False
    return all(
        len(words_of[m]) == 1
        and drafts[m].title is None
        and words_of[m][0].lower() not in gazetteer.given_names()
        and words_of[m][0].lower() not in gazetteer.places()
        and not gazetteer.is_demonym(words_of[m][0])  # "told German radio"
        for m in members
    )


def _place_in_result(lowers: Sequence[str], first: int, last: int) -> bool:
    """Return True when tokens ``first:last`` are a city or region (not a country, not a
    home nation) written next to a game's result ("Columbus beat", "past Tampa Bay")."""
    name = " ".join(lowers[first:last])
    place = gazetteer.places().get(name)
    return (
        place is not None
        and place[0] != "country"
        and name not in gazetteer.HOME_NATIONS
        and (
            (last < len(lowers) and lowers[last] in gazetteer.RESULT_WORDS_AFTER)
            or (first > 0 and lowers[first - 1] in gazetteer.RESULT_WORDS_BEFORE)
        )
    )


#: A game's score line: two names, each with its points, between commas ("Wild 4,
#: Sabres 1", "Blue Jackets 3, Canadiens 2").
_SCORE_LINE = re.compile(
    r"(?:^|[.:;!?]\s+|\n)[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2} \d{1,3}, "
    r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2} \d{1,3}\b"
)


@functools.lru_cache(maxsize=8)
def sport_text(text: str) -> bool:
    """Return True when ``text`` shows it is about games: it names a league
    (:data:`gazetteer.SPORT_LEAGUES`, "NHL") or holds a score line ("Wild 4, Sabres 1").
    Only there do words such as "lead" or "scored for" make a place's name its team."""
    if _SCORE_LINE.search(text):
        return True
    return any(re.search(rf"\b{league}\b", text) for league in gazetteer.SPORT_LEAGUES)


def _team_in_sport_text(
    label: str, text: str, tokens: Sequence[Token], lowers: Sequence[str], first: int, last: int
) -> bool:
    """Return True when a name typed a place or a person is a team of a text about games
    (:func:`sport_text`): one side of a score line ("Jets 2, Predators 1"; a plural typed
    MISC there too), or a place's
    name, known or not, next to a game's result ("past Tampa Bay", "Carolina beat"), after
    "lead" or "lift" ("to lead Boston") or after "scored for" ("scored for Detroit").
    A person's name becomes a team only when it is a known city or region, or a plural on
    a score line, so that players who beat each other stay people; countries and home
    nations stay places (national teams are typed as their country)."""
    if label not in {"LOC", "GPE", "PERSON", "MISC"}:
        return False
    if not all(tokens[i].text[:1].isupper() for i in range(first, last)):
        return False
    name = " ".join(lowers[first:last])
    place = gazetteer.places().get(name)
    if (place is not None and place[0] == "country") or name in gazetteer.HOME_NATIONS:
        return False
    if any(gazetteer.is_demonym(tokens[i].text) for i in range(first, last)):
        return False
    head = tokens[last - 1].text
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    score_after = (
        last + 2 < len(tokens)
        and tokens[last].text.isdigit()
        and tokens[last + 1].text == ","
        and tokens[last + 2].text[:1].isupper()
    )
    score_before = first >= 2 and tokens[first - 1].text == "," and tokens[first - 2].text.isdigit()
    on_score_line = (score_after or score_before) and (last < len(tokens) and tokens[last].text.isdigit())
    near_result = (
        (last < len(lowers) and lowers[last] in gazetteer.RESULT_WORDS_AFTER)
        or (first > 0 and lowers[first - 1] in gazetteer.RESULT_WORDS_BEFORE)
        or (first > 0 and lowers[first - 1] in gazetteer.SPORT_RESULT_WORDS_BEFORE)
        or (first > 1 and lowers[first - 1] == "for" and lowers[first - 2] in gazetteer.SPORT_SCORED_WORDS)
    )
    if label == "PERSON" and not (
        (place is not None and place[0] in {"city", "region"}) or (plural and on_score_line)
    ):
        return False
    if label == "MISC" and not (plural and on_score_line):
        return False  # only a nickname on a score line ("Gulls 1"), not a work or an event
    return (on_score_line or near_result) and sport_text(text)


def _typed_by_context(
    label: str,
    title: str | None,
    text: str,
    tokens: Sequence[Token],
    lowers: Sequence[str],
    first: int,
    last: int,
) -> str:
    """Return the type the words around a name decide, else ``label``.

    A name right after a work's noun or a year's possessive is a work ("the film Star
    Trek", "1972's Toulouse Street"), and one next to the noun of a made thing or of a
    body in space is the thing ("the Rosetta spacecraft", "comet Chury"); a known
    company's name and more words ("Apple Watch"), or a name ending in a model's word
    ("MacBook Pro"), is a product. A name before a player's position is the player's
    team ("Anaheim defenseman Erik Gudbranson") and the name after it is the player
    ("Sabres center Casey Mittelstadt"); a city or region next to a game's result is a team ("Columbus beat
    Montreal"); a place's name followed by a plural is a team ("New York Islanders"),
    and so is one plural name after "the" ("the Devils");
    a name ending in a word that is also a surname is a place after "in", "at" or "near"
    unless it starts with a given name ("in Hyde Park", not "Grace Park"); a city or region
    of two or more words the gazetteer knows, typed a person with no title and no given
    name, is the place ("St. Louis", "North Dakota"), and so is a known city or region typed otherwise right
    after "in", "at" or "near" ("in Cincinnati") or before the plural of its public
    servants or people ("North Dakota officers", :data:`gazetteer.PLACE_PEOPLE_NOUNS`)
    or before the title of an office held for it ("New York Gov. Andrew Cuomo",
    :data:`gazetteer.PLACE_OFFICE_WORDS`).
    """
    words = tuple(lowers[first:last])
    if label != "NORP" and _before_position(tokens, lowers, last):
        return "ORG"
    head = tokens[last - 1].text
    given_first = words[0] in gazetteer.given_names()
    quoted = first > 0 and tokens[first - 1].text in OPENING_QUOTES
    if (
        label in {"PERSON", "ORG", "LOC", "GPE"}
        and (quoted or not given_first)
        and _named_work(tokens, first, last)
    ):
        return "MISC"  # "the film Star Trek", "1972's Toulouse Street", biopic “Judy”
    if label in {"PERSON", "ORG", "LOC", "GPE"} and _named_thing(tokens, lowers, first, last):
        return "MISC"  # "the Rosetta spacecraft", "comet Chury"
    if label in {"PERSON", "ORG", "LOC", "GPE"} and _product(tokens, lowers, first, last):
        return "MISC"  # "Apple Watch", "Toyota Celica", "MacBook Pro"
    if (
        label != "PERSON"
        and len(words) > 1
        and first > 0
        and lowers[first - 1] in gazetteer.SPORTS_POSITIONS
        and all(tokens[i].text.istitle() for i in range(first, last))
    ):
        return "PERSON"  # "Sabres center Casey Mittelstadt"
    if (
        label in {"PERSON", "LOC", "GPE", "MISC"}
        and title is None
        and " ".join(words) not in gazetteer.places()
        and not (given_first or gazetteer.head_type(words) == "PERSON")
        and _employer_before_person(tokens, lowers, last)
    ):
        return "ORG"  # "Salesforce CEO Marc Benioff", "Axios' Erica Pandey"
    if (
        label in {"ORG", "LOC", "MISC"}
        and 2 <= len(words) <= 3
        and all(tokens[i].text.istitle() for i in range(first, last))
        and gazetteer.head_type(words) is None
        and words not in gazetteer.place_tuples()
        and words not in gazetteer.organisation_tuples()
        and not any(gazetteer.is_demonym(tokens[i].text) for i in range(first, last))
        and _taken_up_by_person_pronoun(text, tokens, first, last)
    ):
        return "PERSON"  # "Taylor Swift might not perform all of her hits"
    if (
        label in {"PERSON", "LOC", "GPE", "MISC"}
        and title is None
        and " ".join(words) not in gazetteer.places()
        and not (given_first and len(words) > 1)
        and gazetteer.head_type(words) in {None, "ORG"}
        and _after_org_noun(tokens, first, last)
    ):
        return "ORG"  # "her record label Big Machine", "One company, Avigilon, sells"
    if (
        label in {"PERSON", "LOC", "GPE", "MISC"}
        and title is None
        and " ".join(words) not in gazetteer.places()
        and not (given_first and len(words) > 1)
        and in_publication(lowers, first)
    ):
        return "ORG"  # "an article in Healthline", "writing in the Lancet"
    if label != "NORP" and _place_in_result(lowers, first, last):
        return "ORG"  # "Columbus beat Montreal": a team
    if title is None and _team_in_sport_text(label, text, tokens, lowers, first, last):
        return "ORG"  # "Jets 2, Predators 1", "past Tampa Bay", "scored for Detroit"
    if (
        label in {"ORG", "LOC", "MISC"}
        and len(words) > 1
        and all(tokens[i].text.istitle() for i in range(first, last))
        and gazetteer.head_type(words) is None
        and " ".join(words) not in gazetteer.places()
        and _role_after(lowers, tokens, last)
    ):
        return "PERSON"  # "Brent Sherwood, vice president of ...": a person and the job
    if (
        label in {"PERSON", "LOC", "GPE", "MISC"}
        and title is None
        and not (given_first and len(words) > 1)
        and _after_employee_role(lowers, first)
        and not (label == "PERSON" and lowers[first - 1] == "for")  # "a lawyer for Smith"
        and " ".join(words) not in gazetteer.places()
    ):
        return "ORG"  # "chief economist at Flexport", "a professor at Cornell"
    if (
        (label != "PERSON" or not given_first)
        and len(words) > 1
        and head[:1].isupper()
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is"))  # "Caucasus", not a plural
        and not gazetteer.is_demonym(head)  # "North Africans" are people
        and words[:-1] in gazetteer.place_tuples()
        and words[-1] not in gazetteer.PLACE_HEADS
    ):
        return "ORG"
    if (
        label in {"PERSON", "MISC"}
        and len(words) == 1
        and first > 0
        and lowers[first - 1] == "the"
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is"))
        and head[1:].islower()
        and not gazetteer.is_demonym(head)
        and words not in gazetteer.place_tuples()
    ):
        return "ORG"  # "the Jets", "the Devils": a team or a band, not a person
    if label == "PERSON" and title is None and not given_first and len(words) > 1:
        # Only a city or region of two or more words: one-word ones are often surnames
        # too ("Washington", "Houston"), while nobody is called "St. Louis" or "North
        # Dakota".
        hit = gazetteer.places().get(" ".join(words))
        if hit is not None and hit[0] in {"city", "region"}:
            return "GPE"
    before = first - 1 if first > 0 and lowers[first - 1] != "the" else first - 2
    in_place = before >= 0 and lowers[before] in gazetteer.PLACE_PREPOSITIONS
    if label in {"ORG", "MISC", "PERSON"} and title is None and in_place and before == first - 1:
        # "in Cincinnati", "across North Dakota": the place, though sports results name
        # its team alike.
        hit = gazetteer.places().get(" ".join(words))
        if hit is not None and hit[0] in {"city", "region"}:
            return "GPE"
    if (
        label in {"ORG", "MISC", "PERSON"}
        and title is None
        and last < len(lowers)
        and (lowers[last] in gazetteer.PLACE_PEOPLE_NOUNS or lowers[last] in gazetteer.PLACE_OFFICE_WORDS)
        and " ".join(words) in gazetteer.places()
    ):
        # A known place before its people or an office held for it: "North Dakota
        # officers", "Ohio lawmakers", "New York Gov. Andrew Cuomo", "Hawaii Rep.".
        return "GPE"
    if (
        label in {"PERSON", "ORG", "MISC"}
        and len(words) > 1
        and not given_first
        and words[-1] in gazetteer.SURNAME_PLACE_HEADS
        and in_place
    ):
        return "LOC"
    return label


#: Tokens after which a capitalised word may just be starting a sentence.
_SENTENCE_STARTS = frozenset({".", "!", "?", '"', "“", "'", "‘", ":", "(", "-", "--"})


def at_sentence_start(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Return True when token ``index`` starts a text, a line, a table's cell or a
    sentence, where a capital says nothing of a name."""
    return (
        index == 0
        or tokens[index - 1].text in _SENTENCE_STARTS
        or cell_break(text[tokens[index - 1].end : tokens[index].start])
    )


def _part_of_name(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True for a capitalised "The" inside a sentence that the engine took into a
    name ("at The Oval", "of The Hague"): there, the capital says it belongs to it."""
    return (
        tokens[first].text == "The"
        and last - first > 1
        and first > 0
        and tokens[first - 1].text not in _SENTENCE_STARTS
        and "\n" not in text[tokens[first - 1].end : tokens[first].start]
    )


#: Lowercase particles inside a person's name ("Vincent van Gogh").
_NAME_PARTICLES = frozenset("bin ibn van von der da".split())


def _given_name_first(
    tokens: Sequence[Token], lowers: Sequence[str], first: int, last: int
) -> bool:
    """Return True for a name of two or three capitalised words (particles aside) that
    starts with a known given name and has no word that marks another type ("Marc
    Dutroux", not "Marc Rich Holdings", "Chad Basin" or "Blossom Music Center"). A first
    name that is also a surname or a place counts only before a known surname ("Taylor
    Kinney", "Jordan Liles")."""
    if not 2 <= last - first <= 3:
        return False
    if lowers[first] not in gazetteer.given_names() and not (
        last - first == 2
        and lowers[first] in gazetteer.shared_given_names()
        and lowers[first + 1] in gazetteer.census_surnames()
    ):
        return False
    words = tokens[first:last]
    if not (words[-1].text[:1].isupper() and not words[-1].text.isupper()):
        return False
    if not all(
        (w.text[:1].isupper() and not w.text.isupper()) or w.text in _NAME_PARTICLES
        for w in words
    ):
        return False
    lowered = tuple(lowers[first:last])
    return (
        gazetteer.head_type(lowered) is None
        and not gazetteer.never_a_person(lowered)  # "Blossom Music Center"
        and lowered not in gazetteer.place_tuples()
        and not any(
            w in gazetteer.ORG_SUFFIXES or w in gazetteer.EVENT_HEADS or gazetteer.is_demonym(w)
            for w in lowered
        )
    )


def _letters_after_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when a person's name written in title case ends with a word in capitals
    that is no regnal number: post-nominal letters or page clutter ("John Smith MP",
    "John Milbank RRP"), not part of the name. An organisation's head word in capitals
    ("Austin FC", "John Lewis PLC") stays: it makes the name an organisation."""
    word = tokens[last - 1].text
    return (
        len(word) > 1
        and word.isupper()
        and word.isalpha()
        and word not in gazetteer.REGNAL_NUMBERS
        and word.lower() not in gazetteer.ORG_HEADS
        and all(t.text[:1].isupper() and not t.text.isupper() for t in tokens[first : last - 1])
    )


def _nationality(word: str) -> bool:
    """Return True for a nationality word or its plural ("Libyan", "Libyans")."""
    return gazetteer.is_demonym(word) or gazetteer.country_of(word) is not None or (
        word.endswith("s") and len(word) > 4 and gazetteer.is_demonym(word[:-1])
    )


def _names_people(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when tokens ``first:last``, each capitalised, name a people
    (:func:`gazetteer.names_people`); a hyphenated word counts as its parts
    ("African-Americans")."""
    words = [part for t in tokens[first:last] for part in t.text.split("-")]
    return all(w[:1].isupper() for w in words) and gazetteer.names_people(
        tuple(w.lower() for w in words)
    )


def _after_honorific(lowers: Sequence[str], index: int) -> bool:
    """Return True when token ``index`` follows an honorific ("Mrs" of "Mrs May")."""
    return index > 0 and lowers[index - 1].rstrip(".") in gazetteer.HONORIFICS


def _broken(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when a line break separates tokens ``first`` .. ``last`` (inclusive)."""
    return "\n" in text[tokens[first].start : tokens[last].start]


def add_places(
    drafts: list[Draft], field: int, tokens: Sequence[Token], lowers: Sequence[str]
) -> list[Draft]:
    """Add country and major-city names the engine missed, where they overlap nothing.

    Regions are not added: too many of them are ordinary words.

    Args:
        drafts: the field's mentions so far.
        field: the field's index.
        tokens: the field's tokens.
        lowers: the tokens in lower case.

    Returns:
        The mentions with the added places, in order.
    """
    taken = [False] * (len(tokens) + 1)
    for draft in drafts:
        for i in range(max(draft.first - 1, 0), min(draft.last + 1, len(tokens))):
            taken[i] = True
    table = gazetteer.place_tuples()
    added = []
    i = 0
    count = len(tokens)
    while i < count:
        word = tokens[i].text
        if (
            taken[i]
            or not word[:1].isupper()
            or (word.isupper() and len(word) > 3 and "." not in word)
        ):
            i += 1
            continue
        for size in range(min(gazetteer.MAX_PLACE_TOKENS, count - i), 0, -1):
            hit = table.get(tuple(lowers[i : i + size]))
            if size == 1 and len(word) <= 3 and not word.isupper():
                hit = None  # "Us", "Uk": the short forms are written in capitals
            if hit is not None and hit[0] != "region" and not any(taken[i : i + size]):
                if tokens[i + size - 1].text[:1].isupper() or size == 1:
                    team = _before_position(tokens, lowers, i + size) or _place_in_result(
                        lowers, i, i + size
                    )
                    label = "ORG" if team else "GPE"
                    added.append(Draft(field, i, i + size, label))
                    i += size - 1
                break
        i += 1
    if not added:
        return drafts
    return sorted(drafts + added, key=lambda d: d.first)


#: Generational suffixes that follow a surname ("Luther Stan Pate IV").
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname_keys(words: Sequence[str]) -> set[str]:
    if len(words) > 2 and words[-1].lower() in _SUFFIXES:
        words = words[:-1]
    last = words[-1].lower()
    keys = {last, transliterated(last)}
    for particle in gazetteer.SURNAME_PREFIXES:
        if last.startswith(particle) and len(last) > len(particle):
            keys.add(last[len(particle) :])
    return keys


#: Endings that transliterations from Cyrillic spell several ways ("Zelensky",
#: "Zelenskyy", "Zelenskiy"), longest first.
_TRANSLITERATED_ENDINGS = ("iy", "yy", "ii", "y", "i")
#: The shortest surname whose ending is taken for a transliteration: below it, "Rossi"
#: and "Ross" are two names.
_MIN_TRANSLITERATED = 7


def transliterated(surname: str) -> str:
    """Return a lowercased surname without the ending that transliterations spell several
    ways, so that "Zelensky", "Zelenskyy" and "Zelenskiy" have one key; shorter names are
    returned as they are."""
    if len(surname) >= _MIN_TRANSLITERATED:
        for ending in _TRANSLITERATED_ENDINGS:
            if surname.endswith(ending):
                return surname[: -len(ending)]
    return surname


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in gazetteer.INITIALS_SKIPPED and w[:1].isalpha()).upper()


def _display(name: str) -> str:
    """Title-case a name written in capitals ("JEWEL SAMAD" -> "Jewel Samad")."""
    if name.isupper() and len(name) > 4 and " " in name:
        return " ".join(w.capitalize() for w in name.split(" "))
    return name


#: The fewest letters of an organisation's first word that name it clipped ("Fed" of
#: "Federal Reserve"); a clip keeps at least two letters off the word.
MIN_CLIPPED = 3


def cluster(
    drafts: Sequence[Draft],
    texts: Sequence[str],
    tokens: Sequence[Sequence[Token]],
) -> list[list[Mention]]:
    """Group mentions of one entity, name each entity and give it an id.

    Person names link a surname ("Obama", "Assad") to the full name it ends
    ("Barack Obama", "Bashar al-Assad"); other names link when they spell the same name
    (case aside), the same place, or an acronym of a longer name ("UN"). Each cluster
    is typed by :func:`_cluster_label`.

    Args:
        drafts: refined mentions of every text, in reading order.
        texts: the texts.
        tokens: their tokens.

    Returns:
        :class:`Mention` lists, one per text.
    """
    words_of = []
    for d in drafts:
        toks = tokens[d.field]
        words_of.append([t.text for t in toks[d.first : d.last]])
    parent = list(range(len(drafts)))

    def find(i: int) -> int:
        """Return the representative of mention ``i``'s cluster."""
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        """Put the clusters of mentions ``a`` and ``b`` together."""
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    places = gazetteer.places()
    keys: dict[tuple[str, str], int] = {}
    surnames: dict[str, int] = {}
    leaders: set[str] = set()  # the surnames an office holder claimed
    acronyms: dict[str, int] = {}
    clipped: dict[str, int] = {}
    middles: dict[str, int] = {}
    givens: dict[str, int] = {}
    company_starts: dict[tuple[str, ...], int] = {}
    product_ends: dict[str, int] = {}
    # Single-word person mentions ("Obama") vouch for a longer name that ends with them
    # even when the engine typed that name otherwise ("Barack Obama" as ORG).
    person_words = {
        words_of[i][0].lower()
        for i, d in enumerate(drafts)
        if d.label == "PERSON" and len(words_of[i]) == 1
    }
    organisations = gazetteer.organisation_tuples()
    for i, d in enumerate(drafts):
        words = words_of[i]
        name = " ".join(words)
        lower = name.lower()
        personish = d.label == "PERSON" or (
            d.label in {"ORG", "MISC", "LOC"}
            and len(words) > 1
            and words[-1].lower() in person_words
            and lower not in places
            and tuple(w.lower() for w in words) not in organisations
            and all(w[:1].isupper() for w in words)
            and gazetteer.head_type(tuple(w.lower() for w in words)) is None
        )
        if personish and len(words) > 1:
            _claim_surname(surnames, leaders, words, i)
            # The given name, for "Sir Keir" and "Prince Mohammed"; -1 when two people
            # share it.
            owner = givens.setdefault(words[0].lower(), i)
            if owner != i and owner >= 0 and find(owner) != find(i) and not _compatible(
                words_of[owner], words
            ):
                givens[words[0].lower()] = -1
            for word in words[1:-1]:
                # A middle name some articles use alone ("Lula" of "Luiz Inacio Lula da
                # Silva"); -1 marks one shared by two people, which then joins neither.
                if word[:1].isupper() and len(word) > 2:
                    owner = middles.setdefault(word.lower(), i)
                    if owner != i and find(owner) != find(i):
                        middles[word.lower()] = -1
        if d.label == "ORG" and len(words) > 1 and words[-1].lower() in gazetteer.COMPANY_HEADS:
            # A company is often named by the start of its name ("Magna" of "Magna
            # International Inc", "Jones Medical" of "Jones Medical Industries Inc").
            for size in range(1, len(words)):
                company_starts.setdefault(tuple(w.lower() for w in words[:size]), i)
        if d.label == "MISC" and len(words) > 1:
            _claim_product_end(product_ends, words, i, find)
        if d.label in {"ORG", "GPE", "LOC", "MISC", "EVENT"} and len(words) > 1:
            initials = _initials(words)
            if len(initials) > 1:
                acronyms.setdefault(initials, i)
            lowered = [w.lower() for w in words]
            if d.label == "ORG" and "of" in lowered[1:-1]:
                # "HUD" of "Department of Housing and Urban Development": the acronym
                # of what the body is of.
                of = lowered.index("of", 1)
                initials = _initials(words[of + 1 :])
                if len(initials) > 2:
                    acronyms.setdefault(initials, i)
            if d.label == "ORG" and len(words[0]) >= MIN_CLIPPED + 2 and words[0].istitle():
                # "Fed" of "Federal Reserve": a clipped first word; -1 when two share it.
                for size in range(MIN_CLIPPED, len(words[0]) - 1):
                    clip = lowered[0][:size]
                    owner = clipped.setdefault(clip, i)
                    if owner != i and find(owner) != find(i):
                        clipped[clip] = -1
        hit = _place_hit(d.label, lower)
        # Places join on the gazetteer's name; other names on their spelling, people apart
        # from the rest, so that a team and its city ("Genoa") stay apart. A place the
        # gazetteers do not know joins a name spelled alike ("Wikileaks" typed a place in
        # a caption and an organisation in the body). A company's legal form may be left
        # out ("Daniels Pharmaceuticals Inc").
        if hit is not None:
            key = ("place", hit[1])
        elif d.label == "PERSON":
            key = ("person", lower)
        else:
            key = ("name", " ".join(_without_legal_form(words)).lower())
        if key in keys:
            union(keys[key], i)
        else:
            keys[key] = i
    for i, d in enumerate(drafts):
        words = words_of[i]
        company = company_starts.get(tuple(w.lower() for w in words))
        if company is not None and _named_by_start(d, words):
            union(company, i)
            continue
        if len(words) == 1:
            surname = surnames.get(words[0].lower(), surnames.get(transliterated(words[0].lower())))
            if surname is None and d.label == "PERSON" and middles.get(words[0].lower(), -1) >= 0:
                surname = middles[words[0].lower()]
            if surname is None and d.label == "MISC" and _named_work(
                tokens[d.field], d.first, d.last
            ):
                continue  # a work named after its hero ("Judy") is not the hero
            if surname is None and product_ends.get(words[0].lower(), -1) >= 0 and words[0][:1].isupper():
                # The last word of a product's name, alone ("Switch" of "Nintendo
                # Switch", "Catalina" of "macOS Catalina"): the product.
                union(product_ends[words[0].lower()], i)
                continue
            if surname is None and _given_name_alone(d, words[0], givens):
                union(givens[words[0].lower()], i)
                continue
            # A surname the engine typed otherwise is the person's, unless a gazetteer
            # knows it as a place ("Zelenskyy" as a place, but not "Washington").
            if surname is not None and (
                d.label == "PERSON"
                or (
                    d.label in {"ORG", "MISC", "LOC"}
                    and words[0][:1].isupper()
                    and words[0].lower() not in places
                )
            ):
                union(surname, i)
                continue
            hit = gazetteer.places().get(words[0].lower())
            place = keys.get(("place", hit[1])) if hit is not None else None
            if surname is None and place is not None and d.label == "PERSON" and d.title is None:
                # A known place typed a person with no title, and named by no full name
                # ("Delhi is ...", with the engine's tag from a wrong "Within Delhi"): the
                # place the article names elsewhere.
                union(place, i)
                continue
            person = keys.get(("person", words[0].lower()))
            if person is not None and d.label in {"ORG", "MISC", "LOC"} and words[0][:1].isupper():
                # One word the engine typed a person here and a name or a place no
                # gazetteer knows there ("Obama", "Healthline"): one entity, typed by vote.
                union(person, i)
                continue
            if d.label in {"ORG", "GPE", "LOC", "MISC"}:
                letters = words[0].replace(".", "")
                if len(letters) > 3 and letters.endswith("s") and letters[:-1].isupper():
                    letters = letters[:-1]  # a plural ("AMAs" of "American Music Awards")
                if letters.isupper() and letters in acronyms:
                    union(acronyms[letters], i)
                elif d.label == "ORG" and words[0].istitle() and clipped.get(words[0].lower(), -1) >= 0:
                    union(clipped[words[0].lower()], i)
        else:
            person = keys.get(("person", " ".join(words).lower()))
            if (
                person is not None
                and d.label in {"ORG", "MISC"}
                and words[0][:1].isupper()
                and words[0].lower() not in gazetteer.given_names()
            ):
                # A name of several words the engine typed a person here and an
                # organisation there ("Blue Origin"): one entity, typed by vote. One
                # that starts with a known given name stays the person it names.
                union(person, i)
            surname_keys = _surname_keys(words) if d.label == "PERSON" else set()
            for surname_key in surname_keys:
                j = surnames.get(surname_key)
                if j is not None and j != i and _compatible(words_of[j], words):
                    union(j, i)
    _join_organisation_ends(drafts, words_of, union)
    groups: dict[int, list[int]] = {}
    for i in range(len(drafts)):
        groups.setdefault(find(i), []).append(i)
    label_of: dict[int, str] = {}
    canonical_of: dict[int, str] = {}
    id_of: dict[int, str] = {}
    lowers_of = [[t.text.lower() for t in toks] for toks in tokens]
    lower_case = {t.text for toks in tokens for t in toks if t.text.islower()}
    # Organisations the document names by one word ("Google", "Intel"): what it names
    # after them ("Google Fiber", "Intel Core") is theirs.
    companies = {
        words_of[i][0].lower()
        for i, d in enumerate(drafts)
        if d.label == "ORG" and len(words_of[i]) == 1 and not words_of[i][0].isupper()
    }
    for root, members in sorted(groups.items()):
        works = any(
            drafts[m].label == "MISC"
            and (
                _named_work(tokens[drafts[m].field], drafts[m].first, drafts[m].last)
                or _named_thing(
                    tokens[drafts[m].field], lowers_of[drafts[m].field], drafts[m].first, drafts[m].last
                )
                # Not a company's name and more words: in a race's results "Lola Ford
                # Cosworth" is the team, though "Ford Cosworth" alone reads as a product.
                or _model_product(
                    tokens[drafts[m].field], lowers_of[drafts[m].field], drafts[m].first, drafts[m].last
                )
            )
            for m in members
        )
        employer = any(
            drafts[m].label == "ORG"
            and _employer_before_person(tokens[drafts[m].field], lowers_of[drafts[m].field], drafts[m].last)
            for m in members
        )
        # A publication's name ("an article in Healthline") names a body, as an employer's does.
        employer = (
            employer
            or any(
                drafts[m].label == "ORG" and in_publication(lowers_of[drafts[m].field], drafts[m].first)
                for m in members
            )
            or _told_by_one_word(drafts, words_of, members, lowers_of)
        )
        label_of[root] = _cluster_label(
            [drafts[m] for m in members], [words_of[m] for m in members], works=works, employer=employer
        )
        if label_of[root] == "PERSON" and (
            _common_words_name(drafts, words_of, members, lower_case)
            or _named_after_organisation(
                [drafts[m] for m in members], [words_of[m] for m in members], companies, lower_case
            )
        ):
            label_of[root] = "MISC"
        canonical_of[root] = _canonical(
            label_of[root],
            [words_of[m] for m in members],
            texts,
            [drafts[m] for m in members],
            tokens,
        )
        id_of[root] = f"e{len(id_of) + 1}"
    root_of_name: dict[str, int] = {}
    for i in range(len(drafts)):
        root_of_name.setdefault(" ".join(words_of[i]).lower(), find(i))
    for root, name in canonical_of.items():
        root_of_name.setdefault(name.lower(), root)
    out: list[list[Mention]] = [[] for _ in texts]
    for i, d in enumerate(drafts):
        root = find(i)
        toks = tokens[d.field]
        start, end = toks[d.first].start, toks[d.last - 1].end
        link = _link(label_of[root], words_of[i])
        linked = root_of_name.get(link.lower()) if link is not None else None
        if linked is not None:
            link = canonical_of[linked]
        elif label_of[root] == "EVENT":
            link = None  # an organiser the texts do not name is no entity to link to
        out[d.field].append(
            Mention(
                start=start,
                end=end,
                text=texts[d.field][start:end],
                label=label_of[root],
                canonical=canonical_of[root],
                entity_id=id_of[root],
                title=d.title,
                role=d.role,
                link=link,
                link_id=id_of[linked] if linked is not None and linked != root else None,
            )
        )
    return out


def _join_organisation_ends(
    drafts: Sequence[Draft], words_of: Sequence[Sequence[str]], union: Callable[[int, int], None]
) -> None:
    """Join an organisation's name of two or more words to the one longer organisation's
    name of the document that ends with it ("Intelligence Committee" of "House
    Intelligence Committee", "Foreign Ministry" of "Russian Foreign Ministry"), or that
    is the rest of it after a known place ("Army Corps of Engineers" of "US Army Corps of
    Engineers"). When two longer names end with it ("UN Security Council", "National
    Security Council"), it joins neither."""
    first_of: dict[tuple[str, ...], int] = {}
    longer: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    places = gazetteer.place_tuples()
    for i, d in enumerate(drafts):
        name = tuple(w.lower() for w in words_of[i])
        if d.label == "ORG" and len(name) > 2 and name[-1] in gazetteer.ORG_HEADS:
            first_of.setdefault(name, i)
            for size in range(2, len(name)):
                longer.setdefault(name[-size:], set()).add(name)
        elif d.label == "ORG" and len(name) > 2:
            # A country's or a place's name before a body's ("US Army Corps of
            # Engineers"): the body is also named without it.
            for cut in range(1, len(name) - 1):
                if name[:cut] in places:
                    first_of.setdefault(name, i)
                    longer.setdefault(name[cut:], set()).add(name)
    for i, d in enumerate(drafts):
        ends = longer.get(tuple(w.lower() for w in words_of[i]), ())
        if d.label == "ORG" and len(ends) == 1:
            union(first_of[next(iter(ends))], i)
    _join_short_names(drafts, words_of, union)


def _short_names(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the shorter names an organisation's full name is also called by: a team's
    city or region and its nickname ("New York", "Islanders" of "New York Islanders"; a
    country's name and a word is no team: "US Chinook"; a body named by a place and a
    head word keeps only the word: "Post" of "Washington Post", while "Washington" is
    the city, :data:`gazetteer.NO_NICKNAME_HEADS`), its name without the club's
    word ("Porto" of "FC Porto", "Leeds" of "Leeds United"), the second word of a
    company's name of two words and a legal form, its founder's surname as a rule
    ("Disney" of "Walt Disney Co."; "Ford" of "Ford Motor Co." is the start of the name,
    joined elsewhere)."""
    parts = []
    for size in range(len(name) - 1, 0, -1):
        place = gazetteer.place_tuples().get(name[:size])
        if place is not None and place[0] != "country":  # "US Chinook" is no team
            parts.append(name[size:])  # "Islanders"; "Post" of "Washington Post"
            if name[-1] not in gazetteer.NO_NICKNAME_HEADS:
                parts.append(name[:size])  # not "New York" of "New York Times": the city
            break
    if name[0] in gazetteer.CLUB_WORDS:
        parts.append(name[1:])
    if name[-1] in gazetteer.CLUB_WORDS:
        parts.append(name[:-1])
    if len(name) == 3 and name[-1] in gazetteer.LEGAL_FORMS:
        parts.append(name[1:2])  # "Disney" of "Walt Disney Co.": the founder's surname
    return parts


def _join_short_names(
    drafts: Sequence[Draft], words_of: Sequence[Sequence[str]], union: Callable[[int, int], None]
) -> None:
    """Join an organisation called by a short name (:func:`_short_names`) to the one full
    name of the document that has it ("Islanders" and "New York" typed an organisation
    join "New York Islanders"; "Porto" joins "FC Porto"). A nickname joins whatever the
    engine typed it, a person only in the plural; a place's name joins only when typed
    an organisation, as a city typed a place is the city."""
    team_of: dict[tuple[str, ...], set[int]] = {}
    for i, d in enumerate(drafts):
        name = tuple(w.lower() for w in words_of[i])
        if d.label == "ORG" and len(name) > 1:
            for part in _short_names(name):
                team_of.setdefault(part, set()).add(i)
    for i, d in enumerate(drafts):
        name = tuple(w.lower() for w in words_of[i])
        teams = team_of.get(name, set())
        nickname = name not in gazetteer.place_tuples() and (
            d.label in {"LOC", "MISC"} or (d.label == "PERSON" and name[-1].endswith("s"))
        )  # a person is a team's nickname only in the plural ("Sabres"), never "Disney"
        if (d.label == "ORG" or nickname) and len({tuple(words_of[t]) for t in teams}) == 1:
            union(min(teams), i)


def _claim_surname(
    surnames: dict[str, int], leaders: set[str], words: Sequence[str], index: int
) -> None:
    """Let the full name ``words`` (mention ``index``) claim its surname keys.

    A surname two people of the document share goes to the first named, or to the
    office holder the leaders' list knows: the news calls "Biden" the Joe Biden of that
    list, not the son named first ("Joe and Hunter Biden").
    """
    leader = tuple(w.lower() for w in words) in gazetteer.leader_tuples()
    for key in _surname_keys(words):
        if key not in surnames or (leader and key not in leaders):
            surnames[key] = index
        if leader:
            leaders.add(key)


def _named_by_start(draft: Draft, words: Sequence[str]) -> bool:
    """Return True for a mention that may name a company by the start of its name:
    capitalised, one word of any type but a place, or several words typed a person or
    an organisation ("Big Machine" as a person). A person's name with a known given
    name first stays the person ("Dick Clark" of "Dick Clark Productions")."""
    if not words[0][:1].isupper():
        return False
    if len(words) == 1:
        return draft.label in {"PERSON", "ORG", "MISC"}
    if draft.label == "PERSON":
        return words[0].lower() not in gazetteer.given_names()
    return draft.label == "ORG"


def _given_name_alone(draft: Draft, word: str, givens: dict[str, int]) -> bool:
    """Return True for one word that names a person by the given name alone.

    The word must start the name of exactly one person of the document (``givens``
    maps a given name to that mention, or to -1 when two people share it). After Sir,
    Prince or Sheikh the given name is the usual form ("Sir Keir"); after another title
    it is not ("President Trump" names by the surname), unless the word is no known
    given name: then it is a family name written first, as Chinese and Korean names
    are ("Mr. Xi" of "Xi Jinping", "President Moon" of "Moon Jae-in"). Without a title,
    the word joins when the engine typed it a person ("Scooter" of "Scooter Braun") or
    when it is a known given name that no place or organisation list claims ("Taylor"
    of "Taylor Swift", "Joe" of "Joe and Hunter Biden", "Gordon" in "the Gordon
    problem").
    """
    lower = word.lower()
    if givens.get(lower, -1) < 0 or not word[:1].isupper():
        return False
    if draft.title is not None:
        return (
            draft.title.split()[-1].lower() in gazetteer.GIVEN_NAME_TITLES
            or lower not in gazetteer.given_names()
        )
    if draft.label == "PERSON":
        return True
    return (
        lower in gazetteer.given_names()
        and lower not in gazetteer.places()
        and (lower,) not in gazetteer.organisation_tuples()
    )


def _link(label: str, words: Sequence[str]) -> str | None:
    """Return the name of the entity a mention belongs with without being it: a
    nationality's country ("Russian" -> "Russia"), the name before an event noun
    ("G8 summit" -> "G8"), the place before a hyphen and a participle
    ("Washington-based" -> "Washington"); or None."""
    if label == "NORP" and len(words) == 1 and gazetteer.country_of(words[0]):
        return gazetteer.country_of(words[0])
    if label == "NORP":
        return gazetteer.place_of_people(tuple(w.lower() for w in words))
    if label == "EVENT" and len(words) > 1 and words[-1].lower() in gazetteer.EVENT_NOUNS:
        return " ".join(words[:-1])
    if label != "PERSON":
        return _place_before_participle(words)
    return None


def _place_before_participle(words: Sequence[str]) -> str | None:
    """Return the gazetteer's name of the place a hyphenated compound starts with
    ("Washington-based" -> "Washington", "New York-listed" -> "New York"), or None."""
    head, sep, tail = words[-1].rpartition("-")
    if not sep or tail.lower() not in gazetteer.HYPHEN_PARTICIPLES:
        return None
    hit = gazetteer.places().get(" ".join([*words[:-1], head]).lower())
    return hit[1] if hit is not None else None


def _place_hit(label: str, lower: str) -> tuple[str, str] | None:
    """Return the gazetteer entry a mention joins as a place: any place typed as one,
    and a country whatever its type ("US" in "US officials" typed ORG is still the
    United States)."""
    if label == "PERSON":
        return None
    hit = gazetteer.places().get(lower)
    if hit is not None and (label in {"GPE", "LOC"} or hit[0] == "country"):
        return hit
    return None


def _without_legal_form(words: Sequence[str]) -> Sequence[str]:
    """Drop a company's trailing legal form ("Inc", "Corp.") from a name of two or more
    words."""
    if len(words) > 1 and words[-1].lower() in gazetteer.LEGAL_FORMS:
        return words[:-1]
    return words


def _compatible(full: Sequence[str], other: Sequence[str]) -> bool:
    """Two multi-word person names that share a surname are one person when their first
    names are one name or one is the other's initial ("Jewel Samad", "JEWEL SAMAD", "J.
    Samad"), or when the shorter ends the longer ("bin Laden", "Bin Laden" of "Osama bin Laden")."""
    if len(other) < len(full) and [w.lower() for w in full[-len(other) :]] == [
        w.lower() for w in other
    ]:
        return True
    mine, theirs = full[0].lower().rstrip("."), other[0].lower().rstrip(".")
    # "Kurt Busch" and "Kyle Busch" are two people: initials agree, names do not.
    return mine[:1] == theirs[:1] and (len(mine) == 1 or len(theirs) == 1 or mine == theirs)


def _cluster_label(
    drafts: Sequence[Draft],
    words: Sequence[Sequence[str]],
    *,
    works: bool = False,
    employer: bool = False,
) -> str:
    """One type for a cluster, by vote over its mentions.

    A cluster that names a country is GPE, however many of its mentions were typed as an
    organisation ("US officials"); one named once as a work (``works``: "his musical La
    La Land") is MISC wherever the engine typed it otherwise; one named once as an
    employer or a publication (``employer``: "Salesforce CEO Marc Benioff", "an article in
    Healthline") is ORG unless one of its
    mentions names a person with a known given name; one with a name whose words decide its type
    (:func:`gazetteer.head_type`) takes that type, though not by one word when a mention
    names a person with a known given name ("Ford" of "Harrison Ford"); one called by its last word alone,
    typed a person there (:func:`_called_by_last_word`), is PERSON. Otherwise the type most
    mentions have wins, the surname of a person named in full counting as a person's
    (:func:`_surnames_as_people`); a tie goes to a gazetteer-backed place, then to the longest
    mention's type.
    """
    if any(
        gazetteer.places().get(" ".join(w).lower(), ("",))[0] == "country"
        for d, w in zip(drafts, words)
        if d.label != "PERSON"
    ):
        return "GPE"
    if works:
        return "MISC"
    named_person = any(
        d.label == "PERSON" and len(w) > 1 and w[0].lower() in gazetteer.given_names()
        for d, w in zip(drafts, words)
    )
    if employer and not named_person:
        return "ORG"
    decided = {
        d.label
        for d, w in zip(drafts, words)
        if gazetteer.head_type(tuple(x.lower() for x in w)) == d.label
        # A surname that is also a company's name ("Ford" of "Harrison Ford") decides
        # nothing for a cluster that names a person in full.
        and not (named_person and len(w) == 1)
    }
    if len(decided) == 1:
        # A name whose own words give its type ("Magna International Inc") outvotes
        # the engine's guesses on the short forms ("Magna").
        return decided.pop()
    if _called_by_last_word(drafts, words):
        return "PERSON"
    labels = _surnames_as_people(drafts, words) if named_person else [d.label for d in drafts]
    counts = Counter(labels)
    longest = max(range(len(drafts)), key=lambda i: (len(words[i]), -i))
    label = labels[longest]
    top_count = max(counts.values())
    if counts[label] != top_count:
        label = "GPE" if counts.get("GPE") == top_count else max(counts, key=lambda kind: (counts[kind], kind == label))
    if label == "PERSON" and not named_person and _ends_in_a_common_word(drafts, words):
        return "MISC"
    return label


def _ends_in_a_common_word(drafts: Sequence[Draft], words: Sequence[Sequence[str]]) -> bool:
    """Return True when a cluster's longest name, of two or more words, ends in a word
    the training split writes only in lower case and that is no common surname
    (:func:`gazetteer.ordinary_words`, :func:`gazetteer.census_surnames`: "Sonos Move",
    "Pokemon Sword", "Volcker Rule", "Winter Outlook"), with no title, no known given
    name and no mention by that last word alone: a thing, a work or a label named with
    capitals, no person, who is called by a title or by the surname alone."""
    longest = max(words, key=len)
    last = longest[-1]
    return (
        len(longest) > 1
        and last.istitle()
        and last.lower() in gazetteer.ordinary_words()
        and last.lower() not in gazetteer.census_surnames()
        # A function word ends names of other languages ("Liu He").
        and last.lower() not in gazetteer.FUNCTION_WORDS
        and longest[0].lower() not in gazetteer.shared_given_names()
        and not _INITIAL_WORD.fullmatch(longest[0])  # "P. Such"
        and all(d.title is None for d in drafts)
        and not any(len(w) == 1 and w[0].lower() == last.lower() for w in words)
    )


#: An initial: one capital letter, with or without its full stop ("P.", "J").
_INITIAL_WORD = re.compile(r"[A-Z]\.?")


def _claim_product_end(
    product_ends: dict[str, int], words: Sequence[str], i: int, find: Callable[[int], int]
) -> None:
    """Let mention ``i``, a product's name of several words (:func:`gazetteer.names_a_product`),
    claim its last word for the mentions that name it by that word alone ("Switch" of
    "Nintendo Switch").

    A model's word or a number ("Pro", "11") names no product alone, nor does a product
    of its own ("Linux" of "Kali Linux"); a word two products end with joins neither
    (-1).
    """
    lowers = tuple(w.lower() for w in words)
    last = lowers[-1]
    if (
        not gazetteer.names_a_product(lowers)
        or not words[-1][:1].isupper()
        or last in gazetteer.MODEL_WORDS
        or last in gazetteer.product_words()
    ):
        return
    owner = product_ends.setdefault(last, i)
    if owner != i and find(owner) != find(i):
        product_ends[last] = -1


def _surnames_as_people(drafts: Sequence[Draft], words: Sequence[Sequence[str]]) -> list[str]:
    """Return the mentions' types for the vote, the surname of a person named in full
    with a known given name counted as that person's wherever it stands alone.

    A surname that is also a company's or a place's name ("Ford" of "John M. Ford") is
    typed by the engine from that other thing's memory, mention after mention, and would
    outvote the one full name; in a cluster that names a person in full it is the
    person's.
    """
    surnames = {
        w[-1].lower()
        for d, w in zip(drafts, words)
        if d.label == "PERSON" and len(w) > 1 and w[0].lower() in gazetteer.given_names()
    }
    return ["PERSON" if len(w) == 1 and w[0].lower() in surnames else d.label for d, w in zip(drafts, words)]


def _named_after_organisation(
    drafts: Sequence[Draft],
    words: Sequence[Sequence[str]],
    companies: set[str],
    lower_case: set[str],
) -> bool:
    """Return True when a cluster typed a person is named, in its longest form, by an
    organisation the document names alone (``companies``) and more words ("Google
    Fiber", "Intel Core", "Europa Clipper"): the organisation's thing, though its last
    word alone reads as a surname ("Fiber's not dead"). A known given name first
    ("Taylor Swift" where a "Taylor" is typed an organisation), a title, or a known
    surname last that the document never writes in lower case (``lower_case``: a team's
    player, "Browns Greedy Williams") keeps the person."""
    longest = max(words, key=len)
    first, last = longest[0].lower(), longest[-1].lower()
    return (
        len(longest) > 1
        and first in companies
        and first not in gazetteer.given_names()
        and first not in gazetteer.shared_given_names()
        and all(d.title is None for d in drafts)
        and not (last in gazetteer.census_surnames() and last not in lower_case)
    )


def _called_by_last_word(drafts: Sequence[Draft], words: Sequence[Sequence[str]]) -> bool:
    """Return True when a cluster's name of two or more words is also written as its last
    word alone, typed a person there.

    Only people are called by the last word of their name ("Swift" of "Taylor Swift";
    a company goes by the start of its name, "Magna" of "Magna International"), so that
    mention outvotes the engine's guesses on the full name ("Taylor Swift" typed an
    organisation in a headline, "Taylor" alone in a caption).
    """
    lasts = {w[-1].lower() for w in words if len(w) > 1 and w[-1][:1].isupper()}
    return any(
        d.label == "PERSON" and len(w) == 1 and w[0].lower() in lasts
        for d, w in zip(drafts, words)
    )


def _canonical(
    label: str,
    words: Sequence[Sequence[str]],
    texts: Sequence[str],
    drafts: Sequence[Draft],
    tokens: Sequence[Sequence[Token]],
) -> str:
    """The cluster's name: the gazetteer's name for a place, else the longest mention
    (preferring one not written in capitals), as written."""
    places = gazetteer.places()
    if label in {"GPE", "LOC"}:
        for w in words:
            hit = places.get(" ".join(w).lower())
            if hit is not None:
                return hit[1]
    best = max(
        range(len(drafts)),
        key=lambda i: (len(words[i]), not " ".join(words[i]).isupper(), -i),
    )
    d = drafts[best]
    toks = tokens[d.field]
    return _display(visible(texts[d.field][toks[d.first].start : toks[d.last - 1].end]))

"""The entity finder: tokenize, run an engine, refine, cluster."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import acronyms, ages, gazetteer, initials, lists, resolve, roads, rules, states, tables, venues
from .engines import Engine, default_engine
from .resolve import Draft, Mention
from .tokenize import Token, tokenize


class EntityFinder:
    """Finds entity mentions in texts and clusters them into entities.

    Args:
        engine: what finds the raw spans: a :class:`~newsparse_entities.BuiltinEngine`,
            a :class:`~newsparse_entities.SpacyEngine`, or None for the default (the
            spaCy pipeline named by ``NEWSPARSE_SPACY_MODEL`` if set, else the built-in
            tagger).
        add_places: also mark countries and major cities the engine missed.
    """

    def __init__(self, engine: Engine | None = None, *, add_places: bool = True) -> None:
        self._engine = engine
        self.add_places = add_places

    @property
    def engine(self) -> Engine:
        """The engine in use (resolved on first use)."""
        if self._engine is None:
            self._engine = default_engine()
        return self._engine

    def find(self, text: str) -> list[Mention]:
        """Return the entity mentions in one text, in order.

        Args:
            text: any string.

        Returns:
            Non-overlapping mentions whose ``start``/``end`` slice ``text``.

        Raises:
            TypeError: ``text`` is not a string.
        """
        return self.find_in([text])[0]

    def find_in(self, texts: Sequence[str]) -> list[list[Mention]]:
        """Find mentions in several texts of one document, clustered together.

        An entity named in two texts (a caption and the body) gets one ``entity_id``;
        ids count up in order of first appearance, the texts read in the order given.

        Args:
            texts: the texts, e.g. title, dek, body, captions.

        Returns:
            One list of mentions per text.

        Raises:
            TypeError: ``texts`` is a string, or a text is not a string.
        """
        if isinstance(texts, str):
            raise TypeError("expected a sequence of texts, got one str: use find() for one text")
        texts = list(texts)
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"expected str, got {type(text).__name__}")
        tokens = [tokenize(text) for text in texts]
        lowers = [[t.text.lower() for t in toks] for toks in tokens]
        raw = self.engine.spans(texts, tokens)
        common = {t.text for toks in tokens for t in toks if t.text.islower()}
        ordinary = _OrdinaryWords(texts, tokens, lowers)
        per_field: list[list[Draft]] = []
        for field, (text, toks, low, spans) in enumerate(zip(texts, tokens, lowers, raw)):
            found: list[Draft] = []
            for start, end, label in sorted(spans):
                if end <= start:
                    continue
                first, last = resolve.snap(toks, start, end)
                first, last = _without_edge_quotes(toks, first, last)
                if first < last:
                    kind = label if label in resolve.LABELS else "MISC"
                    found.append(Draft(field, first, last, kind))
            found = [
                _without_ordinary_start(d, text, toks, low, ordinary)
                for d in _without_overlaps(found)
            ]
            found = _with_cut_places_mended(found, text, toks, low)
            ruled = rules.titled_names(toks, low, text, field)
            ruled += rules.credited_names(toks, low, text, field)
            ruled = _without_overlaps(ruled + rules.event_names(toks, low, text, field))
            found = rules.merge(found, ruled)
            found = _fill(found, rules.said_subjects(toks, low, text, field, common))
            found = rules.join_particles(found, toks, low, text)
            found = rules.join_apostrophe_surnames(found, field, toks, low, text)
            found = initials.people_with_initials(found, field, toks, low, text)
            found = rules.join_organisations(found, toks, low, text)
            found = rules.join_organisation_heads(found, toks, low, text)
            found = rules.extend_over_heads(found, toks, low, text)
            found = acronyms.spelled_out(found, field, toks, text)
            found = rules.join_places_of(found, toks, low, text)
            found = rules.join_bodies_of(found, toks, low, text)
            found = rules.works_after_nouns(found, toks, low, text)
            found = rules.join_works_of(found, toks, low, text)
            found = rules.with_regnal_numbers(found, toks, text)
            found = rules.split_nationalities(found, toks, low)
            found = rules.split_at_positions(found, toks, text)
            found = rules.split_coordinated(found, toks, low)
            found = _with_given_names_left_out(found, text, toks, low)
            found = _possessive_places(found, text, toks, low)
            per_field.append(_refined(found, text, toks, low))
        per_field = [
            _join_people(found, text, toks) for found, text, toks in zip(per_field, texts, tokens)
        ]
        per_field = rules.split_names_named_apart(per_field, tokens, lowers)
        per_field = rules.relabel_headlines(per_field, texts, tokens, lowers)
        per_field = rules.trim_caps_labels(per_field, texts, tokens, lowers)
        per_field = rules.mend_cut_names(per_field, texts, tokens)
        per_field = rules.split_trailing_countries(per_field, lowers)
        per_field = rules.quoted_titles(per_field, texts, tokens)
        per_field = rules.quoted_lists(per_field, texts, tokens)
        per_field = rules.propagate_people(per_field, tokens, lowers, texts)
        per_field = [
            _join_people(found, text, toks) for found, text, toks in zip(per_field, texts, tokens)
        ]
        drafts: list[Draft] = []
        for field, (text, toks, low, found) in enumerate(zip(texts, tokens, lowers, per_field)):
            found = _refined(rules.split_at_owner(rules.split_at_lower_words(found, toks), toks), text, toks, low)
            found = rules.join_nationality_events(found, toks, text)
            found = states.towns_with_states(found, field, toks, text)
            found = venues.venues_after_at(found, field, toks, text)
            found = ages.people_with_ages(found, field, toks, text)
            found = roads.numbered_roads(found, field, toks, text)
            found = roads.street_addresses(found, field, toks, text)
            found = lists.agree_in_lists(lists.follow_kind_nouns(found, toks, low, text), toks, text)
            grid = tables.find_tables(text)
            found = lists.agree_in_columns(tables.without_codes(found, toks, text, grid), toks, grid)
            found = [
                d
                for d in found
                if not _ordinary_at_start(d, text, toks, low, ordinary)
                and not _ordinary_in_capitals(d, toks, low)
                and not _instrument_code(d, text, toks)
                and not tables.nutrition_row(d, toks)
                and not _web_address(d, text, toks)
                and not _code_identifier(d, toks)
                and not _name_part_alone(d, toks, low)
                and not _letter_alone(d, toks)
                and any(c.isalnum() for t in toks[d.first : d.last] for c in t.text)  # "&", "!"
                and not _interjection(d, toks, low)
                and not _job_phrase(d, low)
                # Only now: a quoted title is built from the pieces found in it.
                and not (d.last - d.first == 1 and gazetteer.never_a_name_alone(low[d.first]))
            ]
            if self.add_places:
                found = resolve.add_places(found, field, toks, low)
            drafts.extend(found)
        return resolve.cluster(rules.family_names(drafts, tokens), texts, tokens)


def _join_people(drafts: list[Draft], text: str, toks) -> list[Draft]:
    """Join two person mentions separated by one space ("Hillary" "Clinton"): a name
    split in two by the engine, as two people are never written that way. A first name
    the engine typed otherwise joins too ("Barack" as ORG before "Obama"), and so does a
    surname typed otherwise after a known given name ("Roberto" "Bautista-Agut" as a
    place), a known company's name among them ("Michael" "Bloomberg")."""
    out: list[Draft] = []
    for d in drafts:
        if (
            out
            and (
                (
                    d.label == "PERSON"
                    and (out[-1].label == "PERSON" or _stray_first_name(out[-1], toks))
                )
                or (
                    _known_given_name(out[-1], toks)
                    and (_stray_first_name(d, toks) or _family_company(d, toks))
                )
            )
            and out[-1].last == d.first
            and d.title is None
            and text[toks[d.first - 1].end : toks[d.first].start] == " "
        ):
            prev = out[-1]
            out[-1] = Draft(prev.field, prev.first, d.last, "PERSON", prev.title, prev.role)
        else:
            out.append(d)
    return out


def _with_given_names_left_out(
    drafts: list[Draft], text: str, toks: Sequence[Token], low: Sequence[str]
) -> list[Draft]:
    """Take into a one-word mention typed other than a person the known given name the
    engine left out right before it ("Jay" of "the ACLU's Jay Stanley", with "Stanley"
    typed a place): :func:`resolve.refine` then types the pair by its first word. A given
    name that is also a place, an organisation or a nationality, or that follows another
    capitalised word, is left alone."""
    out = list(drafts)
    taken = {i for d in drafts for i in range(d.first, d.last)}
    for n, d in enumerate(out):
        i = d.first - 1
        if (
            d.last - d.first != 1
            or d.label not in {"ORG", "LOC", "MISC"}
            or i < 0
            or i in taken
            or not toks[d.first].text.istitle()
            or text[toks[i].end : toks[d.first].start] != " "
        ):
            continue
        if (
            toks[i].text.istitle()
            and low[i] in gazetteer.given_names()
            and _stray_first_name(Draft(d.field, i, i + 1, "PERSON"), toks)
            and (i == 0 or not toks[i - 1].text[:1].isupper())
        ):
            out[n] = Draft(d.field, i, d.last, d.label)
    return out


def _possessive_places(
    drafts: list[Draft], text: str, toks: Sequence[Token], low: Sequence[str]
) -> list[Draft]:
    """Join a one-word name, its possessive and a place's head word the engine typed
    apart into one place ("Martha" + "'s" + "Vineyard", "Hart" + "'s" + "Island"): a
    place named after its owner, never a person and a thing of theirs, when the head
    word alone (:data:`gazetteer.PLACE_HEADS`) is the next mention and the first word is
    no place, known or typed."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last - prev.first == 1
            and d.last - d.first == 1
            and d.first == prev.last + 1
            and toks[prev.last].text in resolve.POSSESSIVES
            and toks[prev.last].text.endswith("s")  # "Hart's", not a plural's "Harts'"
            and toks[prev.first].text.istitle()
            and toks[d.first].text.istitle()
            and low[d.first] in gazetteer.PLACE_HEADS
            # A place's possessive is the place's ("Manhattan's Plaza Hotel").
            and prev.label not in {"LOC", "GPE"}
            and low[prev.first] not in gazetteer.places()
            and toks[prev.last].start == toks[prev.first].end
            and text[toks[prev.last].end : toks[d.first].start] == " "
        ):
            out[-1] = Draft(prev.field, prev.first, d.last, "LOC")
        else:
            out.append(d)
    return out


def _known_given_name(draft: Draft, toks: Sequence[Token]) -> bool:
    """Return True for a one-word person mention that is a known given name."""
    return (
        draft.label == "PERSON"
        and draft.last - draft.first == 1
        and toks[draft.first].text.lower() in gazetteer.given_names()
    )


def _family_company(draft: Draft, toks: Sequence[Token]) -> bool:
    """Return True for a one-word mention, in title case, that the gazetteers know as an
    organisation and not as a place: after a known given name it is the surname a
    company was named after ("Michael" "Bloomberg", "Henry" "Ford"), as no company is
    written right after a given name."""
    if draft.last - draft.first != 1:
        return False
    word = toks[draft.first].text
    lower = word.lower()
    return (
        word.istitle()
        and (lower,) in gazetteer.organisation_tuples()
        and lower not in gazetteer.places()
        and not gazetteer.is_demonym(word)
    )


def _stray_first_name(draft: Draft, toks) -> bool:
    """Return True for a one-word mention that may be a first name the engine typed as
    something else: capitalised, and no place, organisation or nationality."""
    if draft.last - draft.first != 1:
        return False
    word = toks[draft.first].text
    lower = word.lower()
    return (
        word.istitle()
        and lower not in gazetteer.places()
        and (lower,) not in gazetteer.organisation_tuples()
        and not gazetteer.is_demonym(word)
        and lower not in gazetteer.title_words()
    )


class _OrdinaryWords:
    """The words of one document that are ordinary words, capitalised only where a
    sentence starts: those it writes in lower case, or the training split knows as
    ordinary (:func:`gazetteer.ordinary_words`: "Roughly 200 teams ..." though the page
    never writes "roughly"), and it never writes with a capital inside a sentence.
    Membership is tested without building the union, which would cost more than the
    test."""

    __slots__ = ("capitalised", "lower_case")

    def __init__(
        self, texts: Sequence[str], tokens: Sequence[Sequence[Token]], lowers: Sequence[Sequence[str]]
    ) -> None:
        self.lower_case: set[str] = set()
        self.capitalised: set[str] = set()
        for text, toks, low in zip(texts, tokens, lowers):
            for i, token in enumerate(toks):
                if token.text.islower():
                    self.lower_case.add(token.text)
                elif token.text[:1].isupper() and not resolve.at_sentence_start(text, toks, i):
                    self.capitalised.add(low[i])

    def __contains__(self, word: str) -> bool:
        return word not in self.capitalised and (
            word in self.lower_case or word in gazetteer.ordinary_words()
        )


def _ordinary_at_start(draft: Draft, text: str, toks, low, ordinary: _OrdinaryWords) -> bool:
    """Return True for a one-word mention that starts a sentence and is an ordinary word
    of the document ("Join", "Enough", "Despite"), unless the gazetteers know it."""
    word = low[draft.first]
    return (
        draft.last - draft.first == 1
        and word in ordinary
        and resolve.at_sentence_start(text, toks, draft.first)
        and word not in gazetteer.places()
        and (word,) not in gazetteer.organisation_tuples()
        and not gazetteer.is_demonym(toks[draft.first].text)
    )


def _ordinary_in_capitals(draft: Draft, toks: Sequence[Token], low: Sequence[str]) -> bool:
    """Return True for a mention written in capitals whose words are all ordinary words
    (:func:`gazetteer.ordinary_words`, and function words between them): a kicker or a
    label shouted in capitals ("FEELING", "PAYMENT", "TWEET OF THE"), which no acronym
    spells, unless the gazetteers know it ("TURKEY", "APPLE")."""
    words = [t.text for t in toks[draft.first : draft.last]]
    lowers = tuple(low[draft.first : draft.last])
    ordinary = gazetteer.ordinary_words()
    return (
        all(w.isalpha() and w.isupper() for w in words)
        and sum(len(w) for w in words) > 3
        and all(w in ordinary or (w in gazetteer.FUNCTION_WORDS and len(words) > 1) for w in lowers)
        and " ".join(lowers) not in gazetteer.places()
        and lowers not in gazetteer.organisation_tuples()
        and not any(gazetteer.is_demonym(w.title()) for w in words)
    )


def _without_ordinary_start(
    draft: Draft, text: str, toks: Sequence[Token], low: Sequence[str], ordinary: _OrdinaryWords
) -> Draft:
    """Return a person's mention of several words without the ordinary word that starts
    it at a sentence's start ("Within Delhi": the engine took the sentence's first word
    for a given name); what is left is a place when the gazetteers know it. The word
    must be one of :func:`gazetteer.ordinary_words` that the document never capitalises
    inside a sentence; a title in quotation marks capitalises its first word for
    itself."""
    first = draft.first
    if not (
        draft.label == "PERSON"
        and draft.last - first > 1
        and low[first] in ordinary  # never capitalised inside a sentence here
        and low[first] in gazetteer.ordinary_words()  # not "jeffrey" of an e-mail address
        and toks[first].text[:1].isupper()
        and resolve.at_sentence_start(text, toks, first)
        and (first == 0 or toks[first - 1].text not in resolve.OPENING_QUOTES)
        # A known place keeps its first word: "New" of "New Jersey Sen. Cory Booker".
        and " ".join(low[first : draft.last]) not in gazetteer.places()
    ):
        return draft
    rest = " ".join(low[first + 1 : draft.last])
    label = "LOC" if rest in gazetteer.places() else draft.label
    return Draft(draft.field, first + 1, draft.last, label)


def _with_cut_places_mended(
    drafts: list[Draft], text: str, toks: Sequence[Token], low: Sequence[str]
) -> list[Draft]:
    """Take into a mention the capitalised word right before or after it that makes,
    with the mention's words, a place the gazetteers know: the engine cut the place's
    name ("Jersey" of "New Jersey Sen. Cory Booker", "New" alone of "his New Jersey golf
    resort", where the page also writes "new" in lower case). The whole is the place,
    whatever type the engine gave its piece, and :func:`resolve.refine` then types it by
    the gazetteer. The word must stand in no other mention, one space from the
    mention."""
    out: list[Draft] = []
    for n, d in enumerate(drafts):
        before, after = d.first - 1, d.last
        if (
            before >= 0
            and toks[before].text.istitle()
            and not (out and out[-1].last > before)
            and text[toks[before].end : toks[d.first].start] == " "
            and " ".join(low[before : d.last]) in gazetteer.places()
        ):
            d = Draft(d.field, before, d.last, "LOC", d.title, d.role)
        elif (
            after < len(toks)
            and toks[after].text.istitle()
            and not (n + 1 < len(drafts) and drafts[n + 1].first <= after)
            and text[toks[after - 1].end : toks[after].start] == " "
            and " ".join(low[d.first : after + 1]) in gazetteer.places()
        ):
            d = Draft(d.field, d.first, after + 1, "LOC", d.title, d.role)
        out.append(d)
    return out


#: A web address in a run of text without spaces: a scheme, "www." or a domain's end
#: before a path ("pic.twitter.com/MYwRz9euaq", "https://example.com/World/Lagos").
_WEB_ADDRESS = re.compile(r"://|\bwww\.|\.[a-z]{2,6}/")


def _web_address(draft: Draft, text: str, toks: Sequence[Token]) -> bool:
    """Return True for a mention inside a web address or an e-mail address, or written
    as a handle right after "@" ("@JaneDoe"): an address, not a name as written (a
    lone "@" before a venue is spaced: "@ Jones Beach Theater")."""
    start, end = toks[draft.first].start, toks[draft.last - 1].end
    if text[start - 1 : start] == "@":
        return True
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    right = len(text)
    for space in " \n\t":
        found = text.find(space, end)
        if 0 <= found < right:
            right = found
    return _WEB_ADDRESS.search(text, left, right) is not None


#: Words of program code that a page's text carries when its script or markup leaks
#: into the body: an identifier in camel case that starts with a word of three or more
#: lower-case letters ("addEventListener", "setUpClass", "getTheme"; one or two letters
#: are a brand's prefix: "iPhone", "eBay", "arXiv", "mdBook"), and an identifier behind a
#: string escape ("x22componentName" of "\\x22componentName", "u003eThanks"). The
#: lookbehinds start a match only where a word starts, which keeps a search linear.
_CODE_IDENTIFIER = re.compile(
    r"(?<![a-z])[a-z]{3,}(?:[A-Z][a-z0-9]+)+"
    r"|(?<![0-9a-z])(?:x[0-9a-f]{2}|u[0-9a-f]{4})(?<=[0-9][0-9a-f]|[0-9a-f][0-9])[A-Za-z0-9]*"
)

#: A hexadecimal identifier: a run of eight or more hexadecimal digits (a hash:
#: "9d2ab271"), or groups of four or more joined by hyphens (a UUID:
#: "d10407de-c6d9-4faa-..."); :func:`_hexadecimal_id` also asks for a digit and a
#: letter, which no word and no number has both of.
_HEX_ID = re.compile(r"(?<![0-9a-f-])[0-9a-f]{4,}(?:-[0-9a-f]{4,})*")


def _hexadecimal_id(word: str) -> bool:
    """Return True for a hash or a UUID written in lower-case hexadecimal (:data:`_HEX_ID`)."""
    return (
        _HEX_ID.fullmatch(word) is not None
        and (len(word.partition("-")[0]) >= 8 or word.count("-") >= 2)
        and any(c.isdigit() for c in word)
        and any(c in "abcdef" for c in word)
    )


def _code_identifier(draft: Draft, toks: Sequence[Token]) -> bool:
    """Return True for a mention with a word shaped as an identifier of program code
    (:data:`_CODE_IDENTIFIER`: "addEventListener", "x22deferOptions"; a UUID or a hash,
    :func:`_hexadecimal_id`): code that leaked into the text, never a name."""
    return any(
        _CODE_IDENTIFIER.fullmatch(t.text) or _hexadecimal_id(t.text) for t in toks[draft.first : draft.last]
    )


def _name_part_alone(draft: Draft, toks: Sequence[Token], low: Sequence[str]) -> bool:
    """Return True for one word, not a person's, that is only ever part of a name
    (:func:`gazetteer.name_parts`: "New" of "New fabric ...", "Review" cut off "MIT
    Tech Review"), unless the gazetteers know it alone; in capitals it is an
    abbreviation ("ON" for Ontario)."""
    word = low[draft.first]
    return (
        draft.last - draft.first == 1
        and draft.label != "PERSON"
        and toks[draft.first].text.istitle()
        and word in gazetteer.name_parts()
        and word not in gazetteer.places()
        and (word,) not in gazetteer.organisation_tuples()
        and not gazetteer.is_demonym(toks[draft.first].text)
    )


def _letter_alone(draft: Draft, toks: Sequence[Token]) -> bool:
    """Return True for a mention of one letter of a cased alphabet, with or without a full
    stop ("D." of "vitamin D.", "S." of "U. S."): an initial whose name was not joined to
    it, a grade or a variable, never a name alone."""
    word = toks[draft.first].text.rstrip(".")
    return draft.last - draft.first == 1 and len(word) == 1 and word.isalpha() and word.upper() != word.lower()


def _interjection(draft: Draft, toks: Sequence[Token], low: Sequence[str]) -> bool:
    """Return True for a one-word mention that is an interjection or a word of reply
    (:func:`gazetteer.interjections`: "Hey", "Yeah", "Honestly"), unless written in
    capitals where it may be a place's postal code ("OH", "OK")."""
    word = low[draft.first]
    return (
        draft.last - draft.first == 1
        and word in gazetteer.interjections()
        and not (word in gazetteer.POSTAL_INTERJECTIONS and toks[draft.first].text.isupper())
    )


def _job_phrase(draft: Draft, low: Sequence[str]) -> bool:
    """Return True for a person's mention of two or more words that ends in a job
    (:data:`gazetteer.JOBS_ALONE`) and starts with no known given name: a job's name
    written with capitals ("Art Director", "Welfare Minister", "Distinguished
    Professor"), no person's ("Grace Minister" stays one). A head ending a longer name
    is a headland ("Mizen Head"), no job."""
    return (
        draft.label == "PERSON"
        and draft.last - draft.first > 1
        and low[draft.last - 1] in gazetteer.JOBS_ALONE
        and low[draft.last - 1] != "head"
        and low[draft.first] not in gazetteer.given_names()
    )


def _instrument_code(draft: Draft, text: str, toks) -> bool:
    """Return True for a market data code, no name ("S&P 500 .SPX", "(.IXIC)",
    "(US10YT=RR)", "(XAU=)"): a mention whose word starts with a full stop, or that
    touches an "=" sign."""
    start, end = toks[draft.first].start, toks[draft.last - 1].end
    dotted = start >= 1 and text[start - 1] == "." and (start < 2 or text[start - 2] in " (\n")
    return dotted or text[end : end + 1] == "=" or text[start - 1 : start] == "="


#: Quotation marks, which the engine sometimes takes into a name beside them ("“The
#: Irishman”" tagged with its closing mark): never the first or last token of a name.
_QUOTE_MARKS = resolve.OPENING_QUOTES | resolve.CLOSING_QUOTES


def _without_edge_quotes(toks: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """Return the token range ``[first, last)`` without the quotation marks at its ends."""
    while first < last and toks[first].text in _QUOTE_MARKS:
        first += 1
    while last > first and toks[last - 1].text in _QUOTE_MARKS:
        last -= 1
    return first, last


def _fill(drafts: list[Draft], extra: list[Draft]) -> list[Draft]:
    """Add the ``extra`` drafts that overlap none of ``drafts``."""
    if not extra:
        return drafts
    kept = [e for e, overlapped in rules.first_overlaps(extra, drafts) if overlapped is None]
    return sorted(drafts + kept, key=lambda d: d.first) if kept else drafts


def _refined(drafts: list[Draft], text: str, toks, low) -> list[Draft]:
    refined = (resolve.refine(d, text, toks, low) for d in drafts)
    return _without_overlaps([d for d in refined if d is not None])


def _without_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Keep the earliest (then longest) of overlapping mentions."""
    kept: list[Draft] = []
    end = -1
    for draft in sorted(drafts, key=lambda d: (d.first, -d.last)):
        if draft.first >= end:
            kept.append(draft)
            end = draft.last
    return kept


_DEFAULT = EntityFinder()


def find_entities(text: str, *, engine: Engine | None = None) -> list[Mention]:
    """Return the named-entity mentions in ``text``, clustered into entities.

    Args:
        text: any string.
        engine: the engine to use; the default engine when None.

    Returns:
        Non-overlapping :class:`Mention` objects in order of position.

    Raises:
        TypeError: ``text`` is not a string.

    Example:
        >>> from newsparse_entities import find_entities
        >>> [(m.text, m.label, m.canonical) for m in find_entities(
        ...     "Barack Obama met Vladimir Putin. Obama said little.")]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('Barack Obama', 'PERSON', 'Barack Obama'),
         ('Vladimir Putin', 'PERSON', 'Vladimir Putin'),
         ('Obama', 'PERSON', 'Barack Obama')]
    """
    finder = _DEFAULT if engine is None else EntityFinder(engine)
    return finder.find(text)

"""newsparse-quotes: find quotations and reported speech, with their speakers and cues.

Use it on any string::

    >>> from newsparse_quotes import find_quotes
    >>> [q.speaker for q in find_quotes('“We will win,” Senator Jane Doe said.')]
    ['Jane Doe']

or, installed next to newsparse, as the ``quotes`` extractor: every parsed article gets one
``kind="quote"`` annotation per quotation.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

import attrs

from newsparse import Span, hookimpl

from .attribution import Analysis, find_attributions
from .extractor import QuotesExtractor
from .gender import PRONOUN_GENDER, compatible
from .intervals import Intervals
from .model import QUOTE_KINDS, Quote
from .patterns import (
    ASKING_VERBS,
    AUTHOR_LINKS,
    DESCRIPTION_ENDS,
    DOCUMENT_NOUNS,
    ONE_PERSON_DETERMINERS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PLURAL_NOUNS,
    RELATIVE_SUBJECTS,
    REPLY_VERBS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
)
from .resolve import (
    PRONOUN_REACH,
    Person,
    Resolver,
    description_after,
    is_passive_agent,
    is_place,
    is_thing,
    listener_starts,
    people_in,
)
from .segment import pronoun_key
from .speakers import (
    MAX_SPEAKER,
    agrees_with_entities,
    in_subject_relative,
    is_speaker_noun,
    relative_antecedent,
)
from .speakers import overlaps_mention as _overlaps_mention

__version__ = "0.1.0"

#: How many characters before a name a role noun and the words qualifying it are looked
#: for (``Former Bill Clinton pollster Ann Bright``).
ROLE_WORD_REACH = 40

__all__ = [
    "QUOTE_KINDS",
    "Person",
    "Quote",
    "QuotesExtractor",
    "find_quotes",
    "newsparse_register_extractors",
]


def find_quotes(
    text: str,
    *,
    people: Iterable[Person] | None = None,
    entities: Iterable[tuple[int, int, str]] | None = None,
) -> list[Quote]:
    """Find the quotations and reported statements in ``text``.

    Args:
        text: any string: an article body, a paragraph, a caption. Paragraphs are
            separated by line breaks.
        people: person mentions already known for ``text`` (for example from an entity
            recogniser); when given, they are used to resolve speakers and their
            ``entity_id`` is reported. Otherwise names are found with capitalisation
            rules.
        entities: every entity mention an entity recogniser found in ``text``, as
            ``(start, end, label)`` with labels such as ``PERSON``, ``ORG``, ``GPE``,
            ``LOC``. When given, a speaker must be a whole PERSON, ORG, GPE or NORP
            mention, a pronoun or a role phrase (``a spokeswoman for the ministry``);
            any other speaker is dropped (a quotation stays, without a speaker; reported
            speech without quotation marks, which only its speaker made a report, is
            dropped with it), and places are never the person a pronoun stands for.

    Returns:
        The quotes in text order. Their spans never overlap; every span slices its text
        out of ``text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes() needs a str, not {type(text).__name__}")
    return [quote for quote, _ in _find(text, people, entities)]


def _find(
    text: str,
    people: Iterable[Person] | None,
    entities: Iterable[tuple[int, int, str]] | None = None,
) -> list[tuple[Quote, str | None]]:
    """Find quotes and the entity id of each speaker (when known)."""
    analysis = Analysis(text)
    found = find_attributions(analysis)
    mentions = None if entities is None else sorted(entities)
    # A name inside quotation marks is someone the speaker talks about, never the
    # person a later pronoun stands for.
    # "Stewart Island" typed PERSON is still a place, "First Amendment" a law.
    known = [
        p
        for p in people or ()
        if not analysis.inside_quote(p.start)
        and not is_place(p.name)
        and not is_thing(p.name)
        and not _is_credit(text, p.start, p.end)
    ]
    derived = [
        p
        for p in people_in(text, analysis.tokens, analysis.sentence_starts)
        if not analysis.inside_quote(p.start) and not _is_credit(text, p.start, p.end)
    ]
    if mentions is not None:
        # The recogniser's types win over capitalisation: "South Carolina" is a GPE. A
        # capitalised run it did not call a person ("Trending Stories") is a pronoun's
        # antecedent only when nothing better is in reach.
        derived = [
            attrs.evolve(p, salient=False)
            for p in derived
            if not _overlaps_mention(p.start, p.end, mentions)
        ]
    known = [_with_role_before(analysis, p) for p in known]
    derived = [_with_role_before(analysis, p) for p in derived]
    known = [attrs.evolve(p, salient=_in_subject_position(analysis, p)) for p in known]
    # A description after the name tells who a later "the actor" is, not who a pronoun
    # stands for: it is added once salience is settled.
    known = [_with_description_after(analysis, p) for p in known]
    derived = [_with_description_after(analysis, p) for p in derived]
    if known:
        taken = Intervals((p.start, p.end) for p in known)
        derived = [p for p in derived if not taken.overlaps(p.start, p.end)] + known
    resolver = Resolver(
        derived,
        from_entities=bool(known),
        listeners=listener_starts(text, analysis.tokens, derived),
        words=(token.text for token in analysis.tokens if token.capitalized),
        sentence_starts=analysis.sentence_starts,
    )
    main_organisation = _most_named_organisation(text, mentions or ())
    results: list[tuple[Quote, str | None]] = []
    previous: tuple[int, str, str | None] | None = None  # (end, speaker, entity id)
    group: tuple[int, str] | None = None  # (end, speaker) of the last plural description
    # The last person named as the speaker of reported speech: someone else who spoke
    # since a quote, whom a "she told …" stands for rather than that quote's speaker.
    reporter: tuple[int, int, str, str | None] | None = None  # (start, end, name, entity id)
    for record in found:
        speaker = mention = None
        entity_id = None
        speaker_span = cue_span = None
        cue = None
        if mentions is not None and _dateline(analysis, record, mentions):
            continue  # "NEW DELHI: Their American dream …" is the story, not a report
        if (
            record.speaker is not None
            and mentions is not None
            and not agrees_with_entities(analysis, *record.speaker, mentions)
        ):
            if record.kind == "indirect":
                # Without quotation marks the speaker was the only sign of a report:
                # "Group A: Iceland, Bulgaria", "press some button" are no quotes.
                continue
            record = attrs.evolve(record, speaker=None)
        if (
            record.kind == "indirect"
            and record.speaker is not None
            and in_subject_relative(analysis, analysis.first_token(record.speaker[0]))
        ):
            continue  # "Those who believe X are wrong": a description, no report
        if record.speaker is not None:
            speaker_span = Span(*record.speaker)
            mention = speaker_span.slice(text)
            speaker, entity_id = resolver.resolve(mention, *record.speaker)
            low = pronoun_key(mention)
            if low in RELATIVE_SUBJECTS:
                # "the report, which notes": the report speaks, resolved as if named.
                index = analysis.first_token(record.speaker[0])
                antecedent = relative_antecedent(analysis, index, max(0, index - MAX_SPEAKER))
                if antecedent is not None:
                    a_start, a_end = analysis.tokens[antecedent[0]].start, analysis.tokens[antecedent[1]].end
                    speaker, entity_id = resolver.resolve(text[a_start:a_end], a_start, a_end)
            from_group = False
            carried = _previous_speaker(analysis, resolver, record, mention, previous, reporter)
            if carried is not None:
                speaker, entity_id = carried
            elif group is not None and low == "they" and _continues(text, group, record.start):
                # "…, the authors said. … , they wrote.": the group just quoted.
                speaker, from_group = group[1], True
            elif low in {"it", "they"} and mentions is not None:
                speaker = _organisation_before(analysis, record.speaker[0], mentions)
            elif mentions is not None and speaker == mention:
                speaker = (
                    _organisation_described(analysis, mention, record.speaker[0], mentions, main_organisation)
                    or _document_author(analysis, mention, record.speaker[1], mentions)
                    or speaker
                )
            if from_group and group is not None:
                # The group goes on; it is no one a later "he" or "she" stands for.
                group = (record.end, group[1])
            elif is_plural_description(mention):
                # A group ("Officials said …") is what a later "they" stands for, never
                # a "he" or "she".
                group = (record.end, mention)
            elif speaker and low not in {"he", "she"} and (mention[:1].isupper() or speaker != mention):
                # A role resolved to a name ("the governor" for John Rankin) is that
                # person as much as the name is; an unresolved one names no one.
                resolver.add_speaker(record.speaker[0], record.speaker[1], speaker)
        if record.cue is not None:
            cue_span = Span(*record.cue)
            cue = cue_span.slice(text)
        span = Span(record.start, record.end)
        outer = Span(*record.reported_by) if record.reported_by is not None else None
        quote = Quote(
            span=span,
            text=span.slice(text),
            kind=record.kind,
            speaker=speaker,
            speaker_mention=mention,
            speaker_span=speaker_span,
            cue=cue,
            cue_span=cue_span,
            closed=record.closed,
            reported_by=outer.slice(text) if outer is not None else None,
            reported_by_span=outer,
        )
        results.append((quote, entity_id))
        if _reports_in_person(analysis, resolver, record, mention, speaker, mentions):
            # Named as the report's speaker names them (the entity's name, when known).
            reporter = (record.speaker[0], record.speaker[1], speaker, entity_id)
        if speaker and record.kind != "indirect" and mention and pronoun_key(mention) not in {
            "it", "they", "we", "i", "you"
        }:
            previous = (record.end, speaker, entity_id)
    return results


def _with_role_before(analysis: Analysis, person: Person) -> Person:
    """The person with the role written in lower case right before the name (``Morton
    County sheriff Kyle Kirchmeier``, ``investment banker Anne Scott``) among its roles, so
    that a later ``the sheriff said`` finds them, with the words that qualify it as its
    description (a later ``the Afro-Colombian journalist`` is not ``award-winning
    journalist Ann Bright``)."""
    start = max(0, person.start - ROLE_WORD_REACH)
    words = analysis.text[start : person.start].split()
    if not words or words[-1] not in PERSON_NOUNS or words[-1] in person.roles:
        return person
    if start > 0 and not analysis.text[start - 1].isspace():
        words = words[1:]  # the first word may be cut
    # The words that qualify the role (``Award-winning journalist``), read back to a
    # determiner or a punctuation mark, make its description.
    description = [words[-1]]
    for word in reversed(words[:-1]):
        if word.lower() in ONE_PERSON_DETERMINERS or not word[-1:].isalnum():
            break
        description.append(word.lower())
    return attrs.evolve(
        person,
        roles=person.roles | {words[-1]},
        description=person.description | frozenset(description),
    )


def _with_description_after(analysis: Analysis, person: Person) -> Person:
    """The person with the head noun of the description set off after the name among its
    roles and the description's words kept (``Jane Roe, an actor, …``), so that a later
    ``the actor said`` finds them."""
    words = description_after(analysis.text, person.end)
    if not words:
        return person
    return attrs.evolve(person, roles=person.roles | {words[-1]}, description=frozenset(words))


def _in_subject_position(analysis: Analysis, person: Person) -> bool:
    """Whether a person mention opens its sentence, alone or after capitalised words only
    (``Andrew claims``, ``Former Vice President Joe Biden said``), is the agent of a
    passive (``reflected by Groene``) or carries a title or role: the mentions a later
    ``he`` or ``she`` most likely stands for, before a name in an object or a phrase
    (``chats with Epstein``)."""
    if person.roles:
        return True
    if is_passive_agent(analysis.text, person.start):
        return True
    return analysis.capitals_only_before(person.start)


def _is_credit(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is half of a picture credit (``Christopher
    Furlong/Getty Images``): the photographer or the agency of a caption left in the
    body, whom no later pronoun means."""
    before_slash = text.startswith("/", end) and text[end + 1 : end + 2].isupper()
    after_slash = start >= 2 and text[start - 1] == "/" and text[start - 2].isalpha()
    return before_slash or after_slash


#: How far (in characters) a ``he added`` may stand from the quote before it and still
#: continue that quote's speaker: about two short paragraphs.
CONTINUATION_REACH = 600


def _reports_in_person(analysis, resolver, record, mention, speaker, mentions=None) -> bool:
    """Whether an indirect report is made by a person named as its subject with a finite
    verb of speech (``Ann Bright said …``, ``Gaga has insisted that …``): someone a
    later ``he``/``she`` may stand for rather than the speaker of an earlier quote. A
    participle (``…, noting that …``) may hang on someone else, a possessive (``Obama's
    approach``, ``Clinton's confidants``) or a pair (``Ann Bright and Tom Reed``) is no
    one person, and whoever asks is not who answers next."""
    if record.kind != "indirect" or not speaker or not mention or record.cue is None:
        return False
    if pronoun_key(mention) in PRONOUN_GENDER or "'s" in mention or "’s" in mention:
        return False
    if " and " in mention or is_plural_description(mention):
        return False
    cue = analysis.text[record.cue[0] : record.cue[1]].lower()
    if cue not in SPEECH_VERBS or cue.endswith("ing") or cue in ASKING_VERBS:
        return False
    if resolver.person_at(*record.speaker) is not None:
        return True
    # A name used alone (``Gaga``) is no mention the resolver keeps, but a recogniser's
    # PERSON mention makes it a person.
    return mentions is not None and _person_mention_in(mentions, *record.speaker)


def _dateline(analysis: Analysis, record, mentions) -> bool:
    """Whether an indirect report is a story opened by a dateline: its speaker, before a
    colon, is a place the recogniser found, written in capitals (``NEW DELHI: …``)."""
    if record.kind != "indirect" or record.speaker is None or record.cue is None:
        return False
    if analysis.text[record.cue[0] : record.cue[1]] != ":":
        return False
    start, end = record.speaker
    if not analysis.text[start:end].isupper():
        return False
    index = bisect_left(mentions, (start,))
    return index < len(mentions) and mentions[index][:2] == (start, end) and mentions[index][2] in PLACE_LABELS


def _person_mention_in(mentions, start: int, end: int) -> bool:
    """Whether a PERSON mention of the sorted ``(start, end, label)`` list lies within
    ``[start, end)``."""
    index = bisect_left(mentions, (start,))
    while index < len(mentions) and mentions[index][0] < end:
        if mentions[index][2] in PERSON_LABELS and mentions[index][1] <= end:
            return True
        index += 1
    return False


def _previous_speaker(analysis, resolver, record, mention, previous, reporter=None):
    """``(name, entity id)`` of the previous quote's speaker when a ``he``/``she`` of a
    quote continues it (``“…,” said Tom Reed, a spokesman for Con Edison. … “…,” he
    added.``), else None: the pronoun then goes to that speaker, not to whoever was named
    last in between.

    ``reporter`` is ``(start, end, name, entity id)`` of the last person named as the
    speaker of reported speech. One named since the quote, of a gender the pronoun
    allows, goes on instead (``“…,” an insider said. Since then, Gaga has insisted that
    … “…,” she told Howard Stern``: Gaga), unless someone of that gender opened a
    sentence after them; a name inside what they said (``Rubio claimed that Obama is to
    blame. “…,” he said``) is not whom the pronoun stands for.
    """
    low = pronoun_key(mention)
    if previous is None or low not in PRONOUN_GENDER or record.kind == "indirect":
        return None
    if record.cue is not None and analysis.text[record.cue[0] : record.cue[1]].lower() in REPLY_VERBS:
        return None  # "“…?” a reporter asked her. “…,” she replied": someone else answers
    end, name, entity_id = previous
    if record.start - end > CONTINUATION_REACH or record.start < end:
        return None
    if (
        reporter is not None
        and end <= reporter[0] < record.start
        and reporter[2] != name
        and compatible(resolver.gender_of(reporter[2]), PRONOUN_GENDER[low])
    ):
        # Someone else was reported speaking in between: they speak on, unless another
        # was named after their sentence (names inside what they said do not count).
        _, said_end = analysis.sentences[analysis.sentence_of(reporter[0])]
        if resolver.named_between(said_end, record.start, PRONOUN_GENDER[low], besides=reporter[2]):
            return None
        return reporter[2], reporter[3]
    if not compatible(resolver.gender_of(name), PRONOUN_GENDER[low]):
        return None
    if resolver.subject_between(analysis, end, record.start, PRONOUN_GENDER[low]):
        return None  # someone else was made the subject in between
    return name, entity_id


def is_plural_description(mention: str) -> bool:
    """Whether a speaker phrase names a group of people by a plural noun (``the
    authors``, ``Officials at the ministry``, ``the police``), which a later ``they`` may
    stand for."""
    words = []
    for word in mention.replace(",", " , ").split():
        if word == "," or word.lower() in DESCRIPTION_ENDS:
            break
        words.append(word)
    if not words:
        return False
    # A lone word may be capitalised only because it opens the sentence ("Officials").
    head = words[-1] if len(words) > 1 else words[0].lower()
    if not head.islower():
        return False
    if head in PLURAL_NOUNS:
        return True
    # A noun the list holds as it is written is singular ("analysis", "business").
    return head.endswith("s") and head not in SPEAKER_NOUNS and is_speaker_noun(head)


def _continues(text: str, group: tuple[int, str], start: int) -> bool:
    """Whether a quote starting at ``start`` follows the last quote of a group in the
    same paragraph, so that its ``they`` is that group (a new paragraph often brings
    another group in: ``Sanders supporters planning protests against what they call
    …``)."""
    end = group[0]
    return 0 <= start - end <= CONTINUATION_REACH and "\n" not in text[end:start]


def _organisation_before(analysis, offset: int, mentions) -> str | None:
    """The organisation an ``it`` or ``they`` at ``offset`` stands for: the nearest ORG
    mention before it within :data:`~newsparse_quotes.resolve.PRONOUN_REACH`, outside
    quotation marks, when no person was named after it. None otherwise."""
    index = bisect_left(mentions, (offset,)) - 1
    while index >= 0 and offset - mentions[index][0] <= PRONOUN_REACH:
        start, end, label = mentions[index]
        if label in PERSON_LABELS:
            return None  # a person named in between: "they" may be people
        if label == "ORG" and not analysis.inside_quote(start):
            return analysis.text[start:end]
        index -= 1
    return None


#: How many leading letters a word of an organisation's description and a word of its
#: name must share for the name to be the one described (``production`` and
#: ``Productions``, ``bank`` and ``Bank``).
SHARED_STEM = 5


def _most_named_organisation(text: str, mentions: Iterable[tuple[int, int, str]]) -> str | None:
    """The organisation a text names more often than any other (the one it is about), or
    None when no ORG mention stands out."""
    ranked = Counter(text[start:end] for start, end, label in mentions if label == "ORG").most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _organisation_described(
    analysis: Analysis, mention: str, offset: int, mentions: list[tuple[int, int, str]], main: str | None
) -> str | None:
    """The organisation a description such as ``the production company`` or ``the German
    automaker`` at ``offset`` stands for, or None when ``mention`` is no such description
    or no organisation fits.

    The candidates are the ORG mentions before it within
    :data:`~newsparse_quotes.resolve.PRONOUN_REACH`, outside quotation marks. The nearest
    whose name shares a word with the description wins (``Dick Clark Productions`` for
    ``the production company``); otherwise ``main``, the organisation the text names
    most often, when it is among them. The nearest organisation alone is as often a
    product or a place the recogniser took for one (``Air Force One``, ``the new
    Surface``).
    """
    words = mention.split(",", 1)[0].split()
    head = words[-1] if words else ""
    if (
        len(words) < 2
        or words[0].lower() != "the"
        or not head.islower()
        or head not in ORGANISATION_NOUNS
        or any(word.endswith(("'s", "’s")) for word in words)
    ):
        # "The World Health Organization" is a name; "the university's student
        # newspaper" belongs to someone else than the organisation it names.
        return None
    stems = {word.lower()[:SHARED_STEM] for word in words[1:] if len(word) >= SHARED_STEM}
    found_main = False
    index = bisect_left(mentions, (offset,)) - 1
    while index >= 0 and offset - mentions[index][0] <= PRONOUN_REACH:
        start, end, label = mentions[index]
        index -= 1
        if label != "ORG" or analysis.inside_quote(start):
            continue
        name = analysis.text[start:end]
        if stems & {word.lower()[:SHARED_STEM] for word in name.split()}:
            return name
        found_main = found_main or name == main
    return main if found_main else None


#: Entity labels of a document's author: a person or an organisation.
AUTHOR_LABELS = frozenset({"PERSON", "PER", "ORG"})


def _document_author(
    analysis: Analysis, mention: str, end: int, mentions: list[tuple[int, int, str]]
) -> str | None:
    """The author of a document speaking (``a new report`` … ``by E! News``): the person
    or organisation named right after the mention ending at ``end`` by one of
    :data:`~newsparse_quotes.patterns.AUTHOR_LINKS`, or None."""
    words = mention.split()
    if not words or words[-1].lower() not in DOCUMENT_NOUNS:
        return None
    after = analysis.text[end : end + 8].split(maxsplit=1)
    if len(after) < 2 or after[0] not in AUTHOR_LINKS:
        return None
    start = end + analysis.text[end:].index(after[1])
    if analysis.text.startswith(("the ", "The "), start):
        start += len("the ")  # "a 2013 report by the Senate subcommittee"
    index = bisect_left(mentions, (start,))
    if index < len(mentions) and mentions[index][0] == start and mentions[index][2] in AUTHOR_LABELS:
        return analysis.text[start : mentions[index][1]]
    return None


#: Entity labels of people.
PERSON_LABELS = frozenset({"PERSON", "PER"})
#: Labels of places, which open a story as its dateline (``NEW DELHI:``).
PLACE_LABELS = frozenset({"GPE", "LOC"})


@hookimpl
def newsparse_register_extractors(register):
    """Register the ``quotes`` extractor with newsparse.

    Args:
        register: the callback newsparse passes to record an extractor.
    """
    register(QuotesExtractor())

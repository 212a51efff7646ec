"""Find quotations, their reporting cues and their speakers in a text.

The pipeline, each step linear in the text:

1. pair quotation marks into regions (:mod:`.marks`) and split sentences around them
   (:mod:`.segment`);
2. decide for each region whether it is a statement (a *direct* quote that starts a
   sentence, or follows ``X said:``) or a fragment inside a sentence;
3. attribute statements from the words right after them (``“…,” Putin said``, ``“…,”
   said Putin``) or right before them (``Putin said: “…”``), then carry speakers over to
   unattributed quotes in the same or the next paragraph;
4. turn fragments into *partial* quotes: the clause a reporting verb introduces, which
   quotes some of its words (``He said that there was “a big difference” between …``);
5. find *indirect* speech in sentences without quotes (``Obama said the U.S. would …``,
   ``…, officials said.``, ``according to …``).

Every window looked at is bounded (a few dozen tokens), so the whole pass is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import attrs

from .gender import name_gender
from .marks import Region
from .patterns import (
    ADDRESSEE,
    ADJUNCT_PREPOSITIONS,
    AUXILIARIES,
    CLAUSE_DETERMINERS,
    CLAUSE_SUBJECT_REACH,
    COGNITION_VERBS,
    CONDITIONALS,
    DETERMINERS,
    EMPTY_SUBJECTS,
    FINITE_AUXILIARIES,
    GENERIC_PRONOUNS,
    IMPERSONAL_BE,
    IMPERSONAL_CLAUSE_OPENERS,
    IMPERSONAL_FILLERS,
    IMPERSONAL_SPEECH,
    IMPERSONAL_WORTH,
    IMPRESSION_VERBS,
    INFINITIVE_MARKERS,
    LEARNED_CUE_RATIOS,
    LIST_ITEM_WORDS,
    LIST_ITEMS,
    NEVER_VERBS,
    NOT_NAMES,
    OBJECT_CUE_COUNTS,
    OBJECT_VERBS,
    OUTER_REPORT_VERBS,
    PERSON_PRONOUNS,
    QUESTION_AUXILIARIES,
    READER_MODALS,
    READER_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SURVEY_ENDS,
    SURVEY_NOUNS,
    WRITER_PRONOUNS,
    opens_clause,
)
from .segment import Analysis, is_negated_auxiliary
from .speakers import (
    AFTER_QUOTE_CUES,
    ALL_CUES,
    BEFORE_WINDOW,
    INDIRECT_CUES,
    MAX_SPEAKER,
    OPENERS,
    PREPOSITIONS,
    TIME_WORDS,
    absolute_subject,
    after_conjunction,
    conjunct_subject,
    done_to_the_subject,
    gives_a_name,
    in_relative_clause,
    is_adverb,
    is_cue,
    is_description,
    is_label,
    is_noun_use,
    is_object,
    is_passive,
    is_phone_call,
    is_speaker_noun,
    is_stray_word,
    name_colon,
    passive_agent,
    phrase_ending_at,
    source_after_according,
    speaker_after,
    speaker_before,
    starts_clause,
    subject_speaker,
    title_case_cue,
)

#: How far after a quote its attribution may start, in tokens. ``“…,” Sen. Robert P.
#: Casey Jr. (D-Pa.), a Clinton backer, said`` needs about 15; a speaker with a long
#: description (``“…,” said Tom Rath, a veteran GOP leader who had endorsed Kasich and is
#: slated to be a delegate to the convention in July``) about 30, which 24 cut short.
#: (On PolNeAR train 28 to 40 score alike, above 24.)
AFTER_WINDOW = 32


#: How far before a sentence's end a closing ``…, says NAME`` may start, in tokens, when
#: the name is followed by a description of its own (``…, says Ann Bright, an astronomer
#: at the Institute for Radio Astronomy in Bonn, Germany.``); without one the tail is
#: short and ``AFTER_WINDOW`` applies.
DESCRIBED_TAIL_WINDOW = 40


#: Shortest reported clause accepted for indirect speech, in tokens: ``Trump said no``
#: reports nothing useful.
MIN_CLAUSE = 4


#: How far (in tokens) past a dash after a reporting verb a ``that`` may still open the
#: reported clause (``said — on Twitter, as it happens — that …``).
DASH_ASIDE_REACH = 14

#: Unattributed statements shorter than this many words are dropped: they are mostly
#: titles and slogans, not quotations. (On PolNeAR train, 4 to 8 score within 0.002 of
#: each other; longer limits drop real quotations.)
MIN_STANDALONE_WORDS = 6


#: Longest line that can sign the quote above it (``— Hillary Clinton, in 2015``).
SIGNATURE_WORDS = 12

#: Dashes that introduce a signature (U+2015 is the quotation dash of print).
SIGNATURE_DASHES = frozenset("-—–―~")


#: Longest reported clause, in tokens: the scan for its end stops there, which keeps
#: sentences with thousands of quoted fragments linear.
MAX_CLAUSE = 150


#: Words that, after a comma, end a reported clause: the sentence sets something else
#: against it.
CONTRAST_WORDS = frozenset({"while", "whereas", "although", "though"})


#: How far into a sentence without quotes its reporting verb may stand, in tokens: a
#: long subject (``Federal officials familiar with the server …, speaking on the
#: condition of anonymity because …, said``) can take 40.
INDIRECT_WINDOW = 60


#: Most words before a ``, according to X,`` phrase that still leave the report after
#: it (``Now, according to …, some are swinging``).
MAX_LEAD_BEFORE_ACCORDING = 2


#: How far past an attribution (in tokens) a closing ``, according to X`` may start:
#: ``“…,” Salceda said in a bill filed in Manila's House of Representatives, according
#: to the Philippine Star`` needs about 12.
OUTER_SOURCE_REACH = 16


#: Longest outer source after ``according to``, in tokens (``a copy of the letter
#: reviewed by The Post``, ``excerpts of his speech released by the White House``).
OUTER_SOURCE_WORDS = 16


#: Cues whose report is an infinitive: ``declined to say whether …``, ``vowed to
#: repeal …``; the content starts at ``to``.
TO_CUES = frozenset(
    "declined declines refused refuses vowed vows promised promises pledged pledges "
    "threatened threatens".split()
)


#: Pronouns that start a reported clause: a ``that`` after one is not a complementizer.
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())


#: Learned participles that report on their own (``…, citing low growth``) were cues in
#: at least this share of their uses: ``citing``, ``describing``, ``blaming``,
#: ``calling``. (On PolNeAR train 0.4 and 0.6 give the same F1, 0.6 the better
#: precision; 0.8 less recall.)
PARTICIPLE_CUE_RATIO = 0.6


#: Most tokens before a quoted fragment that goes on with the statement of the sentence
#: before (``But “…”``, ``It's “…”``, ``Biden “kind of misspoke …”``). (On PolNeAR train
#: 3 and 5 give the same F1; 2 finds fewer.)
CONTINUATION_LEAD = 3

#: What may stand between such a fragment and the end of its sentence.
CONTINUATION_TAIL = " \t\u00a0.,;!?)\"”’"

#: Most reported clauses looked for in one sentence without quotes.
MAX_REPORTS = 3


# Blanks and the punctuation that may trail a quote before the end of its paragraph.
#: Words that open a sentence with a subordinate clause: a report inside it ends
#: where the main clause begins (``While Ramos said that …, he appears …``).
SUBORDINATORS = frozenset(
    "while although though when whenever because if as after before since once unless".split()
)

#: Words that start the main clause after a comma that closes a subordinate clause.
MAIN_CLAUSE_STARTS = frozenset("he she they it we i the a an".split())

#: Subject pronouns that, after ``and`` / ``but``, start a new sentence of the writer's
#: (``… called him a “nice guy” and he didn't describe Kasich``). (Ending a clause also
#: at a dash followed by one of them, ``… in the past - she was …``, gained nothing.)
NEW_SUBJECTS = frozenset({"he", "she", "they"})

#: Relative pronouns that, after a comma, open a description of a person the writer
#: adds to the end of a reported clause (``…, who is joined on the ballot by …``).
#: ``which`` is left out: ``…, which could have allowed him to avoid taxes`` usually
#: goes on with what was reported (on PolNeAR train, stopping at it too gained 30
#: matches and lost 4 of 1,171 on dev; stopping at ``who`` alone gains 11 and loses none).
CLAUSE_RELATIVES = frozenset({"who", "whose"})

#: Listeners a ``told`` speaks to, which come before what was said (``told reporters
#: the bill …``). (Skipping them after ``urged``, ``asked`` and ``warned`` too lost
#: matches on PolNeAR: its content keeps ``voters to reject the bill``.)
TELL_VERBS = frozenset("tell tells told telling".split())

#: Most words of the listener between ``tell`` and the clause it reports.
LISTENER_WORDS = 4

#: Lower-case listeners (names and phrases are found by the speaker rules).
LISTENERS = frozenset(
    "him her them us me you reporters supporters voters journalists lawmakers".split()
)

#: Splits a contraction from its pronoun (``he’s``, ``they'd``).
_CONTRACTION_RE = re.compile("['’]")

_BLANK_RE = re.compile(r"[ \t\u00a0.,]*")


@attrs.frozen
class Found:
    """An attribution found before names are resolved (offsets into the text).

    Attributes:
        start: content start.
        end: content end.
        kind: ``"direct"``, ``"partial"`` or ``"indirect"``.
        speaker: ``(start, end)`` of the speaker as written, or None.
        cue: ``(start, end)`` of the cue, or None.
        closed: whether the quotation was closed.
        reported_by: ``(start, end)`` of the outer source the words reached the writer
            through (``…,” Sanders said, according to CNN``), or None.
    """

    start: int
    end: int
    kind: str
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    closed: bool = True
    reported_by: tuple[int, int] | None = None


# --- attributing statements ------------------------------------------------------------


def _window_after(tx: Analysis, region: Region, next_start: int) -> tuple[int, int]:
    """Token index range ``[first, limit)`` in which an attribution may follow a quote."""
    _, paragraph_end = tx.paragraph_bounds(region.end)
    stop = min(next_start, paragraph_end)
    first = tx.first_token(region.end)
    limit = first
    while limit < len(tx.tokens) and limit - first < AFTER_WINDOW:
        if tx.tokens[limit].start >= stop:
            break
        if tx.is_sentence_end(limit) or tx.tokens[limit].text in ";:":
            break
        limit += 1
    return first, limit


def _attribution_after(
    tx: Analysis, region: Region, next_start: int, *, lead: bool = True
):
    """Return ``(speaker, cue)`` token ranges from the words after a quote, or None.

    An attribution that ends with ``,`` or ``:`` and a quotation mark after a quote that
    ended its sentence (``“… do.” He added, “…”``) introduces the next quote instead.
    With ``lead=False`` the attribution must follow the quote at once (no ``in the
    legislature, he said``): used for quoted fragments, whose sentence goes on.
    """
    found = _attribution_after_any(tx, region, next_start, allow_lead=lead)
    if found is None:
        return None
    opening = tx.tokens[found[0][0]]
    if (opening.text.islower() and opening.low in FINITE_AUXILIARIES) or is_stray_word(
        tx, found[0]
    ):
        # "“…,” is one common saying here", "“…,” came shouts from the crowd": a verb
        # where the speaker should stand, so the words after are no attribution.
        return None
    content = tx.text[region.content_start : region.content_end].rstrip()
    if content.endswith((".", "?", "!")):
        last = max(found[0][1], found[1][1])
        index = last + 1
        if (
            index + 1 < len(tx.tokens)
            and tx.tokens[index].text in ",:"
            and tx.tokens[index + 1].start >= next_start
        ):
            return None
    return found


def _attribution_after_any(
    tx: Analysis, region: Region, next_start: int, *, allow_lead: bool = True
):
    """Return ``(speaker, cue)`` token ranges from the words after a quote, or None."""
    tokens = tx.tokens
    first, limit = _window_after(tx, region, next_start)
    while first < limit and tokens[first].text in ",—–-":
        first += 1
    if first >= limit:
        return None
    token = tokens[first]
    if token.low == "according" and first + 1 < limit and tokens[first + 1].low == "to":
        speaker = speaker_after(tx, first + 2, limit)
        return (speaker, (first, first + 1)) if speaker else None
    if is_cue(token):
        if token.low.endswith("ing"):
            # "“…,” promising the club will return": a participle has no speaker after
            # it (only a finite verb inverts: "said Putin"); what follows is its object.
            return None
        speaker = speaker_after(tx, first + 1, limit)
        if speaker is None:
            return None
        return _with_description(tx, speaker, limit), (first, first)
    for index in range(first + 1, limit):
        word = tokens[index]
        if (
            is_cue(word, AFTER_QUOTE_CUES)
            # "“….” To add to the pressure, …": an infinitive reports nothing.
            and tokens[index - 1].low not in INFINITIVE_MARKERS
            and not in_relative_clause(tx, index, first)
            and not is_noun_use(tx, index)
            # "“well-connected” johns were not charged": no one speaks.
            and not done_to_the_subject(tx, index, limit)
        ):
            speaker = speaker_before(tx, index, first)
            if speaker is None:
                # "the presumptive GOP nominee, Donald Trump, tweeted": the whole lead.
                last = index - 1
                while last > first and tokens[last].low in AUXILIARIES:
                    last -= 1
                if _is_clause(tx, first, last):
                    # "“…” that the council can win, said Ann Bright": the words before
                    # the verb go on with the quote's own sentence, so they are no
                    # speaker; an inverted speaker may follow the verb.
                    after = speaker_after(tx, index + 1, limit)
                    if after is not None and tokens[after[0]].capitalized:
                        return _with_description(tx, after, limit), (index, index)
                    return None
                if tokens[first].capitalized or tokens[first].low in DETERMINERS:
                    return (first, last), (index, index)
                return None
            if speaker[0] != first:
                lead = tokens[first : speaker[0]]
                if allow_lead and lead and lead[-1].text == "," and len(lead) <= 8:
                    if _ends_sentence(tx, region):
                        # "“….” South Carolina, he said, was …": a new sentence that
                        # reports something else; the quote is no part of it.
                        return None
                    # "“…” in the legislature, he said": a phrase before the speaker.
                    return speaker, (index, index)
                whole = _whole_lead(tx, first, speaker, index)
                if whole is not None:
                    return whole, (index, index)
                # "spokesman Alex Conant said": lower-case role words before the name.
                if len(lead) > 4 or not all(
                    t.is_word and (t.low not in NOT_NAMES or t.low in DETERMINERS) for t in lead
                ):
                    # "a staffer in the room wondered": maybe a speaker with a
                    # description, which the rule below decides.
                    break
                speaker = (first, speaker[1])
            return speaker, (index, index)
        if word.text in ",":
            # "Sen. X, a Clinton backer, said": keep looking, the appositive rule decides.
            continue
    # A quote that ends with a comma inside its marks is followed by its attribution even
    # when the verb is unusual: "“Go back to Univision,” Trump barked". So is a question
    # or an exclamation that the sentence goes on after: "“…?” a staffer wondered".
    content_end = region.content_end
    if content_end <= region.content_start:
        return None
    last_char = tx.text[content_end - 1]
    if not (last_char == "," or (last_char in "?!" and tokens[first].text.islower())):
        return None
    # The inverted order: "“…,” reacted Trump.", "“…,” read the email."
    verb = tokens[first]
    if verb.text.islower() and verb.is_word and _is_reporting_form(verb):
        speaker = speaker_after(tx, first + 1, limit)
        if speaker is not None and (
            speaker[1] + 1 >= limit or tokens[speaker[1] + 1].text in ",.;:!?"
        ):
            return speaker, (first, first)
    speaker = speaker_after(tx, first, limit)
    if speaker is None:
        return None
    verb = tokens[speaker[1]]
    if (
        speaker[1] - speaker[0] >= 2
        and verb.text.islower()
        and verb.low.endswith("ed")
        and _is_past_or_present(verb)
    ):
        # "an angry Hollande retaliated", "the party's nominee riffed on …": the phrase
        # after a determiner ran over the verb.
        return (speaker[0], speaker[1] - 1), (speaker[1], speaker[1])
    # The verb right after the speaker, or after a short description of it ("Jeffrey
    # Lewis of the James Martin Center wrote", "a staffer in the room wondered").
    index = speaker[1] + 1
    while index < limit and index - speaker[1] <= TAIL_BEFORE_VERB:
        verb = tokens[index]
        if not verb.is_word and verb.text not in ",’'":
            return None
        if (
            verb.text.islower()
            and verb.is_word
            and _is_past_or_present(verb)
            # "the Irish song about the lives of sailors": after a determiner or a
            # preposition, a noun.
            and tokens[index - 1].low not in DETERMINERS
            and tokens[index - 1].low not in PREPOSITIONS
            # "…, was played at the end": a passive of the writer's sentence.
            and tokens[index - 1].low not in _BE_FORMS
        ):
            end = index - 1
            while end > speaker[1] and not tokens[end].is_word:
                end -= 1
            return (speaker[0], end), (index, index)
        index += 1
    return None


def _ends_sentence(tx: Analysis, region: Region) -> bool:
    """Whether a quote's own words end with a full stop, a question or an exclamation."""
    content = tx.text[region.content_start : region.content_end].rstrip()
    return content.endswith((".", "?", "!"))


def _is_clause(tx: Analysis, first: int, last: int) -> bool:
    """Whether tokens ``first..last`` are a clause, never a speaker phrase: they hold a
    lower-case finite auxiliary (``that the council can win``, ``I had prepared``) and
    are no name set off with its description (``Harry Bond, 30, who was polled,``)."""
    lead = tx.tokens[first : last + 1]
    if tx.tokens[first].capitalized and any(t.text == "," for t in lead):
        return False
    return any(t.text.islower() and t.low in FINITE_AUXILIARIES for t in lead)


#: Forms of ``be`` before a passive participle.
_BE_FORMS = frozenset("is are was were be been being".split())

#: Most words between a quote's speaker and an unusual reporting verb after it
#: (``Texas delegate Bill Eastland, wearing a cowboy hat, said``).
TAIL_BEFORE_VERB = 10

#: Irregular past forms that report a quote after its speaker (``Trump shot back``).
_IRREGULAR_REPORTING = frozenset("shot went spoke put cut chimed broke".split())


def _is_past_or_present(verb) -> bool:
    """Whether a lower-case word is a finite verb form that may report a quote."""
    if verb.low in AUXILIARIES or verb.low in NOT_NAMES or verb.low in PREPOSITIONS:
        return False
    if verb.low in NEVER_VERBS:
        return False  # "comments Johnston in a statement"
    if verb.low in DETERMINERS:
        return False
    return verb.low.endswith(("ed", "s")) or verb.low in _IRREGULAR_REPORTING or (
        verb.low in AFTER_QUOTE_CUES
    )


def _with_description(tx: Analysis, speaker: tuple[int, int], limit: int) -> tuple[int, int]:
    """Widen a speaker named after its verb over the description that closes the sentence:
    ``“…,” said Alex Conant, a senior aide with Sen. Marco Rubio's campaign.`` (the source
    as PolNeAR and readers take it). A phrase that says how or when (``, adding …``,
    ``, in a statement``) is not a description."""
    tokens = tx.tokens
    comma = speaker[1] + 1
    if comma + 1 >= limit or tokens[comma].text != ",":
        return speaker
    word = tokens[comma + 1]
    if not word.is_word or word.low in PREPOSITIONS or word.low in TIME_WORDS:
        return speaker
    if word.text.islower() and (
        word.low.endswith("ing") or is_cue(word, ALL_CUES) or word.low in AUXILIARIES
    ):
        return speaker
    if word.low in NOT_NAMES and word.low not in DETERMINERS and word.low != "who":
        return speaker
    last = limit - 1
    while last > comma and not tokens[last].is_word and tokens[last].text != ")":
        last -= 1
    if last <= comma or last - comma > 2 * MAX_SPEAKER:
        return speaker
    if any(t.text in ";:“”\"" or is_cue(t) for t in tokens[comma + 1 : last + 1]):
        return speaker  # "…, who said there were …" reports again
    return speaker[0], last


def _description_to(tx: Analysis, comma: int, last: int) -> bool:
    """Whether tokens ``comma`` to ``last`` are a description set off by commas
    (``, who grew up with Ali in the neighborhood,``) with no reporting verb or
    quotation mark in it."""
    tokens = tx.tokens
    if tokens[comma].text != "," or tokens[last].text != "," or last - comma > 2 * MAX_SPEAKER:
        return False
    return not any(t.text in "“”\";:" or is_cue(t) for t in tokens[comma + 1 : last])


def _whole_lead(tx: Analysis, first: int, speaker: tuple[int, int], cue: int):
    """The whole lead from token ``first`` to the cue as the speaker, when the phrase
    found before the cue (``speaker``) only ends it: a name with a description set off by
    commas (``Harry Bond, 30, of Raleigh, N.C., said``), or people of an organisation
    (``nuclear experts Ann Bright and Mara Quist of the Harbour Institute wrote``).
    None otherwise."""
    tokens = tx.tokens
    if _named_with_description(tx, first, cue):
        last = cue - 1
        while last > first and not tokens[last].is_word:
            last -= 1
        return first, last
    link = tokens[speaker[0] - 1]
    if link.low in _ROLE_LINKS and speaker[0] - first <= MAX_SPEAKER:
        lead = tokens[first : speaker[0] - 1]
        named = any(t.capitalized for t in lead) or any(is_speaker_noun(t.low) for t in lead)
        if named and all(t.is_word and not is_cue(t) for t in lead):
            return first, speaker[1]
    return None


#: Words that attach an organisation to the people named before it.
_ROLE_LINKS = frozenset({"of", "at", "for", "with"})


def _named_with_description(tx: Analysis, first: int, cue: int) -> bool:
    """Whether the tokens from ``first`` to the cue are a capitalised name followed by a
    comma and a short description of words, numbers and commas (``Harry Bond, 30, of
    Raleigh, N.C.,``), with no quotation mark or reporting word in it."""
    tokens = tx.tokens
    head = tokens[first]
    if not head.capitalized or head.low in NOT_NAMES or cue - first > 2 * MAX_SPEAKER:
        return False
    lead = tokens[first:cue]
    if not any(t.text == "," for t in lead[1:3]):
        return False  # the name must be set off at once: "Harry Bond, …"
    return all((t.is_word or t.text in ",.") and not is_cue(t) for t in lead)


def _is_reporting_form(verb) -> bool:
    """Whether a lower-case word after a quote that ends with a comma may be the verb
    reporting it: a known cue, or a past or present-tense form (``reacted``, ``opines``)
    that is not an auxiliary."""
    if verb.low in AFTER_QUOTE_CUES:
        return True
    return (
        verb.low.endswith(("ed", "s"))
        and verb.low not in AUXILIARIES
        and verb.low not in NOT_NAMES
        and verb.low not in PREPOSITIONS
    )


def _in_the_words_of(tx: Analysis, words: int, floor: int, end: int):
    """``(speaker, cue)`` of ``In Dr. Lee's words, “…”``, ``in her words, “…”`` or ``In
    the words of Ann Bright, “…”``, where token ``words`` is ``words``; else None."""
    tokens = tx.tokens
    index = words - 1
    if index > floor and tokens[index].low == "own":
        index -= 1  # "in his own words"
    if index - 1 < floor:
        return None
    if tokens[index].low == "the" and tokens[index - 1].low == "in":
        if words + 1 < end and tokens[words + 1].low == "of":
            speaker = speaker_after(tx, words + 2, end)
            if speaker is not None:
                return speaker, (index - 1, words + 1)
        return None
    possessor = tokens[index]
    if possessor.low in {"his", "her", "their"} and tokens[index - 1].low == "in":
        return (index, index), (index - 1, words)
    if possessor.low.endswith(("'s", "’s")) and possessor.capitalized:
        speaker = phrase_ending_at(tx, index, floor)
        if speaker is not None and speaker[0] - 1 >= floor and tokens[speaker[0] - 1].low == "in":
            return speaker, (speaker[0] - 1, words)
    return None


def _attribution_before(tx: Analysis, floor_offset: int, region: Region):
    """Return ``(speaker, cue)`` token ranges from the words before a quote, or None."""
    tokens = tx.tokens
    end = tx.first_token(region.start)
    floor = max(tx.first_token(floor_offset), end - BEFORE_WINDOW)
    # The subject of a participle ("Kerpen needled the “reporter,” saying, “…”") may
    # stand before an earlier quote of the same sentence.
    sentence_first = max(
        tx.first_token(tx.sentences[tx.sentence_of(region.start)][0]) if tx.sentences else 0,
        end - 2 * BEFORE_WINDOW,
    )
    speaker_floor = max(tx.first_token(floor_offset), min(floor, sentence_first))
    for index in range(end - 1, floor - 1, -1):
        word = tokens[index]
        if word.low == "words":
            found = _in_the_words_of(tx, index, floor, end)
            if found is not None:
                return found
        if word.low == "it" and index - 1 > floor and tokens[index - 1].low in {"put", "puts"}:
            # "As The Post's Dana Milbank puts it, “…”"
            speaker = speaker_before(tx, index - 1, floor)
            if speaker is not None:
                return speaker, (index - 1, index)
        if (is_cue(word, AFTER_QUOTE_CUES) and not is_noun_use(tx, index)) or (
            index == floor and word.low in SPEECH_VERBS
        ):
            if _in_opening_subordinate(tx, index, end - 1):
                continue
            # The cue must be near the quote; its subject may reach back to the start of
            # the sentence ("Prof Ann Bright, director of …, who is leading …, says: “…”").
            speaker = speaker_before(tx, index, speaker_floor)
            absolute = absolute_subject(tx, index, min(floor, sentence_first)) if word.low.endswith("ing") else None
            if absolute is not None:
                speaker = absolute  # "…, with many marchers chanting “…”"
            elif word.low.endswith("ing") and speaker is not None and is_object(tx, speaker):
                # "his campaign sent out a text message to supporters saying: “…”"
                speaker = subject_speaker(tx, index, min(floor, sentence_first)) or speaker
            if speaker is None and word.low not in OBJECT_VERBS:
                # "But, said Solovey, “…”"
                after = speaker_after(tx, index + 1, end)
                if after is not None and tokens[after[0]].capitalized and (
                    after[1] + 2 >= end or _description_to(tx, after[1] + 1, end - 1)
                ):
                    # "Said Dorothy Poynter, who grew up with Ali, “…”" too.
                    speaker = after
            if speaker is None:
                # "Carson did not mention them, but told his supporters, “…”"
                speaker = conjunct_subject(tx, index, min(floor, sentence_first)) or subject_speaker(
                    tx, index, min(floor, sentence_first)
                )
            if speaker is not None:
                # "Sanders was asked by host Bill Maher, “…”": the "by" agent speaks.
                agent = passive_agent(tx, index, end)
                if agent is not None:
                    return agent, (index, index)
                return _outer_report(tx, speaker, floor) or (speaker, (index, index))
        if (
            word.low == "to"
            and index - 1 >= floor
            and tokens[index - 1].low == "according"
        ):
            speaker = speaker_after(tx, index + 1, end)
            if speaker is not None:
                return speaker, (index - 1, index)
    if end - 1 >= floor and tokens[end - 1].text == ":":
        # A headline-style lead-in: "IOWA POLLS NOT WRONG - Mark Blumenthal and Jon Cohen:"
        speaker = phrase_ending_at(tx, end - 2, floor)
        if speaker is not None and tokens[speaker[1]].capitalized and not is_label(tx, speaker):
            before = tokens[speaker[0] - 1] if speaker[0] > floor else None
            if before is None or before.text in "-—–" or tx.is_sentence_end(speaker[0] - 1):
                return speaker, (end - 1, end - 1)
        # "Trump issued the following statement:", "Cruz called them on it:": whoever the
        # sentence is about introduces the quote.
        sentence_first = tx.first_token(tx.sentences[tx.sentence_of(tokens[end - 1].start)][0])
        # No subject names anyone ("In a letter to donors, Republican pollster Daron
        # Shaw:"): the person named right before the colon introduces the quote.
        named = phrase_ending_at(tx, end - 2, floor)
        if named is not None and (
            not (tokens[named[0]].capitalized and tokens[named[1]].capitalized)
            or is_label(tx, named)  # "Review: “…”" labels a reader's words
        ):
            named = None
        speaker = subject_speaker(tx, end - 1, max(floor, sentence_first), search=False)
        if speaker is not None:
            verb = speaker[1] + 1
            if verb < end - 1 and tokens[verb].text == ",":
                # An appositive after the subject: "Mitch McConnell, R-Ky., delivered …"
                close = verb + 1
                while close < min(end - 1, verb + 10) and tokens[close].text != ",":
                    close += 1
                if close < end - 1 and tokens[close].text == ",":
                    verb = close + 1
            while verb < end - 1 and tokens[verb].low in AUXILIARIES:
                verb += 1
            if (
                verb < end - 1
                and tokens[verb].text.islower()
                and tokens[verb].is_word
                and tokens[verb].low not in NEVER_VERBS  # "Club statement:"
                # "The timing of the surge does not surprise pollster Ann Bright:": the
                # subject goes on past a preposition and is no speaker when a name
                # stands right before the colon ("A footnote in the report makes it
                # clear:" has none, so its subject stays).
                and not (named is not None and tokens[verb].low in PREPOSITIONS)
            ):
                return speaker, (verb, verb)
        if named is not None:
            return named, (end - 1, end - 1)
    if end - 1 >= floor and tokens[end - 1].text == ",":
        return _subject_before_comma(tx, region, end, floor)
    return None


def _subject_before_comma(tx: Analysis, region: Region, end: int, floor: int):
    """``(speaker, cue)`` when a whole sentence is quoted after a clause and a comma
    (``Clinton shared her anxiety with an audience in the Hamptons, “I do not know which
    Donald Trump will show up.”``): the subject of the sentence speaks, with its verb as
    the cue. ``end`` is the quote's first token; None when no subject names anyone."""
    tokens = tx.tokens
    if not (
        region.content_end > region.content_start
        and tx.text[region.content_start].isupper()
        and tx.text[region.content_end - 1] in ".?!"
    ):
        return None
    sentence_first = tx.first_token(tx.sentences[tx.sentence_of(tokens[end - 1].start)][0])
    speaker = subject_speaker(tx, end - 1, max(floor, sentence_first), search=False)
    if speaker is None or tokens[speaker[0]].low in {"it", "they", "we", "i", "you"}:
        return None
    verb = speaker[1] + 1
    while verb < end - 1 and (tokens[verb].low in AUXILIARIES or is_adverb(tokens[verb])):
        verb += 1
    if verb < end - 1 and tokens[verb].is_word and _is_past_or_present(tokens[verb]):
        return speaker, (verb, verb)
    return None


def _in_opening_subordinate(tx: Analysis, index: int, intro: int) -> bool:
    """Whether the cue at token ``index`` is the verb of a subordinate clause that opens
    its sentence and closes with a comma before the main clause that introduces the
    quote at token ``intro`` (``After Ruiz criticized him, Quist shot back, “…”``)."""
    tokens = tx.tokens
    first = tx.first_token(tx.sentences[tx.sentence_of(tokens[index].start)][0])
    if tokens[first].low not in SUBORDINATORS:
        return False
    return any(tokens[k].text == "," for k in range(index + 1, intro))


def _signature_after(tx: Analysis, region: Region):
    """A quote signed after a dash, on the same line (``“…” ― Maria Lopez``) or on the
    next one (``“…”`` then ``- Sanders.`` or ``— Hillary Clinton, in 2015``), as pull
    quotes, epigraphs and readers' letters are. Returns ``(speaker, cue)`` token ranges
    or None."""
    tokens = tx.tokens
    _, paragraph_end = tx.paragraph_bounds(region.end)
    blank_end = _BLANK_RE.match(tx.text, region.end, paragraph_end).end()
    if blank_end != paragraph_end:
        # The same line: the dash must follow the closing mark at once.
        return _signature(tx, tx.first_token(blank_end), paragraph_end)
    first = tx.first_token(paragraph_end)
    if first + 1 >= len(tokens):
        return None
    _, next_end = tx.paragraph_bounds(tokens[first].start)
    return _signature(tx, first, next_end) or _name_line(tx, region, first, next_end)


def _name_line(tx: Analysis, region: Region, first: int, end: int):
    """``(speaker, None)`` when a quote that fills its paragraph is signed by the next
    line alone, without a dash (``Ann Bright, Ph.D.``, ``Omar Reyes, 34, Vigo``), as pull
    quotes are: a short line that starts with a person's name (a first name the name
    list knows, so a heading is never taken for one) and holds no verb. Else None."""
    tokens = tx.tokens
    paragraph_start, _ = tx.paragraph_bounds(region.start)
    if tx.text[paragraph_start : region.start].strip():
        return None
    limit = tx.first_token(end)
    if limit - first > SIGNATURE_WORDS:
        return None
    speaker = speaker_after(tx, first, limit)
    if speaker is None or speaker[1] == speaker[0]:
        return None
    if name_gender(tx.text[tokens[speaker[0]].start : tokens[speaker[1]].end]) is None:
        return None
    rest = tokens[speaker[1] + 1 : limit]
    if rest and rest[0].text != ",":
        return None
    if any(t.text.islower() and (t.low in AUXILIARIES or is_cue(t, ALL_CUES)) for t in rest):
        return None
    return speaker, None


def _signature(tx: Analysis, first: int, end: int):
    """``(speaker, cue)`` when the tokens from ``first`` to offset ``end`` are a dash and
    a short name phrase, else None."""
    tokens = tx.tokens
    if first + 1 >= len(tokens) or tokens[first].text not in SIGNATURE_DASHES:
        return None
    cue = first
    if tokens[first].text == "-" and tokens[first + 1].text == "-":
        first += 1  # "--Kim Lee", typewriter style
    limit = tx.first_token(end)
    if limit - first > SIGNATURE_WORDS:
        return None
    speaker = speaker_after(tx, first + 1, limit)
    if speaker is None or not tokens[speaker[0]].capitalized:
        return None
    return speaker, (cue, first)


def _inside_reported_clause(tx: Analysis, cue: int, offset: int) -> bool:
    """Whether a ``that`` clause opens between the cue token ``cue`` and ``offset``."""
    tokens = tx.tokens
    return any(tokens[index].low == "that" for index in range(cue + 1, tx.first_token(offset)))


def _title_as_modifier(tx: Analysis, region: Region) -> bool:
    """Whether a quoted title stands before the noun it modifies (``“Parasite”
    director Bong Joon Ho said``, ``“Fleabag” creator …``): title case, no punctuation
    of its own, and a lower-case word right after the closing mark."""
    if not region.closed or not _is_title(tx, region):
        return False
    after = tx.first_token(region.end)
    if after >= len(tx.tokens) or tx.text[region.content_end - 1 : region.content_end] in ",.!?":
        return False
    following = tx.tokens[after]
    return following.is_word and following.text.islower() and not is_cue(following, ALL_CUES)


def _is_statement(tx: Analysis, before: str, has_cue_before: bool, content: str) -> bool:
    """Whether a region is a statement rather than a fragment of a sentence."""
    stripped = before.rstrip()
    if not stripped:
        return True
    last = stripped[-1]
    if last == ":":
        return True
    if last == ",":
        return has_cue_before or content[:1].isupper()
    return False


# --- clauses for partial and indirect speech --------------------------------------------


def _clause_end(tx: Analysis, sentence_end: int, after: int, *, after_quote: bool = False) -> int:
    """Where a reported clause that runs past ``after`` ends, without the final period.

    It ends at the sentence end, or earlier where the sentence moves on: at ``;`` or
    ``:``, at ``, saying …`` (a participle), at ``and said …`` / ``, and called …`` (a
    new reporting verb), or at ``, X said`` (an attribution). When ``after`` is the end
    of a quoted fragment (``after_quote``), also at the writer's aside a few words on.
    """
    text = tx.text
    tokens = tx.tokens
    stop = sentence_end
    limit = tx.first_token(sentence_end)
    begin = tx.first_token(after)
    if limit - begin > MAX_CLAUSE:
        limit = begin + MAX_CLAUSE
        stop = tokens[limit].start
    sentence_first = tx.first_token(tx.sentences[tx.sentence_of(after)][0])
    subordinate = tokens[sentence_first].low in SUBORDINATORS
    if _aside_after(tx, begin, limit, after):
        return after
    for index in range(begin, limit):
        token = tokens[index]
        if token.low in CONTRAST_WORDS and index + 1 < limit and not tx.inside_quote(token.start):
            following = tokens[index + 1]
            if following.capitalized or following.low in PERSON_PRONOUNS:
                # "… her Wall Street links while Sanders suggests …": a new subject.
                stop = token.start
                break
        if token.text in ";:" or token.text in ",—–" or token.low in {"and", "but"}:
            if tx.inside_quote(token.start):
                if (
                    token.text == ","
                    and index + 2 < limit
                    and tokens[index + 1].text in "”\""
                    and _moves_on(tokens[index + 2])
                ):
                    # 'called Cruz the "ultimate hypocrite," linking to …': the quote's
                    # own comma, then the sentence moves on.
                    stop = tokens[index + 1].end
                    break
                continue
        else:
            continue
        if token.text in ";:":
            stop = token.start
            break
        following = tokens[index + 1] if index + 1 < limit else None
        if following is None:
            break
        if token.text in ",—–":
            if _moves_on(following):
                stop = token.start
                break
            if after_quote and index - begin <= ASIDE_REACH and (
                token.text in "—–" or (following.low in ASIDE_STARTS - {"which"} and following.text.islower())
            ):
                # "he was “encouraged” by the plan — a modest boost …", "would “not get
                # beat up” at his rally, a swipe at …": the writer's aside, a few words on.
                stop = token.start
                break
            if (
                subordinate
                and token.text == ","
                and (following.capitalized or following.low in MAIN_CLAUSE_STARTS)
            ):
                # "While Ramos said that journalists cannot take sides, he appears …":
                # the report was the opening clause; the main clause follows.
                stop = token.start
                break
            if following.low in CONTRAST_WORDS:
                # ", while nine in 10 said …": the sentence moves on to another report.
                stop = token.start
                break
            if (
                token.text == ","
                and following.low in CLAUSE_RELATIVES
                and not any(t.text == "," for t in tokens[index + 2 : limit])
            ):
                # "… for Donald Trump, who is joined on the ballot by …": a description
                # the writer adds at the end, not part of what was reported. (One closed
                # by a comma, "that Gov. Padilla, who must decide, has revealed …", is
                # inside the clause.)
                stop = token.start
                break
            if following.low in {"and", "but"} and index + 2 < limit:
                following = tokens[index + 2]
            if is_cue(following, INDIRECT_CUES):
                stop = token.start
                break
            if _closing_attribution(tx, index + 1, limit):
                stop = token.start
                break
        elif is_cue(following, INDIRECT_CUES) or (
            following.low in AUXILIARIES
            and index + 2 < limit
            and is_cue(tokens[index + 2], INDIRECT_CUES)
        ) or (token.low == "but" and following.low in FINITE_AUXILIARIES) or (
            following.low in NEW_SUBJECTS and index + 2 < limit and tokens[index + 2].is_word
        ):
            # "… but did not suggest it would": the subject does something else.
            stop = token.start
            break
    while stop > after and text[stop - 1] in " \t.,\u00a0":
        stop -= 1
    return stop


#: Words that open an aside the writer adds after a quoted fragment (``the “Charleston
#: loophole,” a flaw in the system that …``, ``“Spanish,” which is what …``).
ASIDE_STARTS = frozenset({"a", "an", "which"})


#: How many tokens after the last quoted fragment the writer's aside may start (``he
#: was “encouraged” by the plan — a modest boost …``).
ASIDE_REACH = 6


def _aside_after(tx: Analysis, begin: int, limit: int, after: int) -> bool:
    """Whether the words right after a quoted fragment that ends at offset ``after`` (its
    first token ``begin``) are no longer the reported clause: a participle after the
    quote's own comma (``called Cruz the “ultimate hypocrite,” linking to …``), or the
    writer's aside: a dash (``the “next George Washington” – the Founding Father …``), or
    a comma then ``a``, ``an`` or ``which``."""
    tokens = tx.tokens
    if begin >= limit:
        return False
    first = tokens[begin]
    if _moves_on(first) and tx.text[after - 2 : after - 1] == ",":
        return True
    if first.text in "—–" or (first.text == "-" and tx.text[first.start - 1 : first.start] == " "):
        return True
    comma_inside = tx.text[after - 2 : after - 1] == ","
    if first.text == "," and begin + 1 < limit:
        first = tokens[begin + 1]
    elif not comma_inside:
        return False
    return first.low in ASIDE_STARTS and first.text.islower()


def _moves_on(token) -> bool:
    """Whether a word after a comma starts a participle phrase (``, linking to …``), so
    the reported clause ends before it."""
    return token.low.endswith("ing") and token.text.islower() and len(token.low) > 4


def _closing_attribution(tx: Analysis, first: int, limit: int) -> bool:
    """Whether tokens from ``first`` are a short ``X said`` / ``said X`` attribution."""
    tokens = tx.tokens
    for index in range(first, min(limit, first + 6)):
        if is_cue(tokens[index]):
            return index == first or speaker_before(tx, index, first) is not None
        if not tokens[index].is_word:
            return False
    return False


def _generic_condition(tx: Analysis, speaker: tuple[int, int]) -> bool:
    """Whether a speaker is the generic ``you`` or ``we`` of a condition (``If you think
    you have the virus, stay home``, ``when we say …``): advice or a hypothesis, which
    reports no one's words."""
    first, last = speaker
    return (
        first == last
        and first > 0
        and tx.tokens[first].low in GENERIC_PRONOUNS
        and tx.tokens[first - 1].low in CONDITIONALS
    )


#: Below this share of its uses before a noun phrase being a reporting cue (in the
#: attribution corpus), a verb followed at once by a noun phrase reports nothing: the
#: object is a thing, not what was said (``maintained a polling lead``, ``knows the
#: specifics``, ``find the interview a treasure trove``). Verbs with no record keep their
#: object: the corpus cannot tell.
MIN_OBJECT_CUE_RATIO = 0.25


def _object_is_a_thing(tx: Analysis, cue: int, content_first: int) -> bool:
    """Whether the words after the verb at ``cue`` are a plain noun-phrase object that
    the verb, by its record in the attribution corpus, seldom reports (``Biden has
    maintained a significant polling lead``), rather than a clause or a reported
    object (``ordered an inquiry``, ``said the plan would fail``)."""
    if content_first != cue + 1:
        return False  # the clause starts further on: "told reporters that …"
    tokens = tx.tokens
    if not tokens[content_first].is_word:
        return False
    following = [t.low for t in tokens[content_first : content_first + CLAUSE_SUBJECT_REACH]]
    if opens_clause(following):
        return False
    counts = OBJECT_CUE_COUNTS.get(tx.tokens[cue].low)
    return counts is not None and counts[0] / counts[1] < MIN_OBJECT_CUE_RATIO


def _complementizer(tx: Analysis, index: int, limit: int) -> bool:
    """Whether the token at ``index`` is a ``that`` opening a reported clause, not a
    relative pronoun: one followed at once by a finite auxiliary or a past form is the
    subject of a relative clause (``in an interview that published on Monday``, ``in a
    statement that was released late``)."""
    tokens = tx.tokens
    if tokens[index].low != "that":
        return False
    if index + 1 >= limit:
        return True
    following = tokens[index + 1]
    return not (
        following.text.islower()
        and (following.low in FINITE_AUXILIARIES or following.low.endswith("ed"))
    )


def _content_start_after_cue(tx: Analysis, cue: int, limit: int) -> int:
    """Token index where the clause a cue introduces starts."""
    tokens = tx.tokens
    index = cue + 1
    # "said in a statement that ...", "told reporters that ...": start at "that".
    for probe in range(index, min(limit, index + 8)):
        if tokens[probe].low == "that" and probe > index and not _complementizer(tx, probe, limit):
            break  # "disclosed in an interview that published on Monday": a relative clause
        if tokens[probe].low == "that":
            between = tokens[index:probe]
            if all(
                (t.is_word or t.text in ",.")
                # "he's hopeful that": a contracted subject starts the clause too.
                and _CONTRACTION_RE.split(t.low)[0] not in SUBJECT_PRONOUNS
                and t.low not in FINITE_AUXILIARIES
                for t in between
            ):
                return probe
            break  # "said she was not going to jump to that conclusion": a clause
        if tokens[probe].text in "“\"":
            break
    if tokens[cue].low in OBJECT_VERBS and index < limit and is_passive(tx, cue):
        # "Employees were told (by the board) the plant would close": the listener is the
        # subject, so what follows the verb, or its "by" agent, is the clause.
        if tokens[index].low == "by":
            agent = speaker_after(tx, index + 1, limit)
            if agent is not None:
                index = agent[1] + 1
        while index < limit and tokens[index].text in ",:—–":
            index += 1
        return index
    if tokens[cue].low in OBJECT_VERBS and index < limit:
        obj = speaker_after(tx, index, limit)
        if obj is not None:
            return obj[1] + 1
        if (
            tokens[cue].low in TELL_VERBS
            and tokens[index].low in LISTENERS
            and index + 1 < limit
            and tokens[index + 1].is_word
        ):
            return index + 1  # "told him the bill would be vetoed", "told reporters …"
    while index < limit and tokens[index].text in ",:—–":
        index += 1
    return index


def _trailing_attribution(tx: Analysis, first: int, limit: int):
    """Find ``…, Smith said`` / ``…, said Smith`` / ``…, according to Smith`` ending a
    sentence. Returns ``(comma index, speaker, cue)`` or None.

    Only a short tail may follow the attribution (``on Monday``, ``in a statement``):
    ``…, Taylor Bush said he did not …`` introduces a clause instead.
    """
    tokens = tx.tokens
    low = max(first, limit - DESCRIBED_TAIL_WINDOW)
    for comma in range(limit - 1, low - 1, -1):
        if tokens[comma].text not in ",—–":
            continue
        start = comma + 1
        if start >= limit:
            continue
        word = tokens[start]
        # Far from the end only "…, says NAME, DESCRIPTION." closes the sentence.
        far = limit - comma > AFTER_WINDOW
        if far and not is_cue(word):
            continue
        if word.low == "according" and start + 1 < limit and tokens[start + 1].low == "to":
            speaker = speaker_after(tx, start + 2, limit)
            if speaker and _short_tail(tx, speaker[1] + 1, limit):
                return comma, speaker, (start, start + 1)
            # "…, according to exit polls.", "…, according to a declaration filed in
            # federal court by …": whatever closes the sentence is the source.
            last = limit - 1
            while last > start + 1 and not tokens[last].is_word:
                last -= 1
            if last > start + 1 and not any(
                t.text in ",;:“”\"" or is_cue(t) for t in tokens[start + 2 : last + 1]
            ):
                return comma, (start + 2, last), (start, start + 1)
            continue
        if is_cue(word):
            if word.low.endswith("ing"):
                continue  # "…, claiming his third victory": the participle's object
            speaker = speaker_after(tx, start + 1, limit)
            if speaker and not far and _short_tail(tx, speaker[1] + 1, limit):
                return comma, speaker, (start, start)
            if speaker and word.low in SPEECH_VERBS and _description_tail(tx, speaker[1] + 1, limit):
                last = limit - 1
                while last > speaker[1] and not tokens[last].is_word:
                    last -= 1
                return comma, (speaker[0], last), (start, start)  # the description is the speaker's
            continue
        for index in range(start + 1, min(limit, start + MAX_SPEAKER)):
            if is_cue(tokens[index]):
                speaker = speaker_before(tx, index, start)
                tail = index + 1
                if tokens[index].low in OBJECT_VERBS and tail < limit:
                    # "…, a school spokesman told The Associated Press."
                    listener = speaker_after(tx, tail, limit)
                    if listener is not None:
                        tail = listener[1] + 1
                if speaker is not None and speaker[0] == start and _short_tail(tx, tail, limit):
                    return comma, speaker, (index, index)
                break
    return None


#: Longest tail after a closing attribution, in tokens (``in an interview with The
#: Associated Press on Monday.``).
MAX_TAIL = 12


def _description_tail(tx: Analysis, first: int, limit: int) -> bool:
    """Whether the tokens ``[first, limit)`` after a speaker's name are a description set
    off by a comma that runs to the sentence's end (``, director of the observatory and
    co-chair of its committee.``, ``, who studies bursts at the university.``): no
    reporting verb and no auxiliary, so no clause of the writer's own."""
    tokens = tx.tokens
    if first + 2 >= limit or tokens[first].text != ",":
        return False
    following = tokens[first + 1]
    if not (following.low in DETERMINERS or following.low == "who" or is_description(following)):
        return False
    return not any(
        (t.low in AUXILIARIES and t.text.islower()) or is_cue(t) or t.text in ";:“”\""
        for t in tokens[first + 1 : limit]
    )


def _short_tail(tx: Analysis, first: int, limit: int) -> bool:
    """Whether the tokens ``[first, limit)`` after an attribution only say where or when,
    up to a participle that reports again (``…, Hollande said Tuesday in Paris, noting
    …``)."""
    tokens = tx.tokens
    for comma in range(first, min(limit - 1, first + MAX_TAIL + 1)):
        following = tokens[comma + 1]
        if tokens[comma].text == "," and following.low.endswith("ing") and is_cue(following):
            limit = comma
            break
    if limit - first <= 1:
        return True
    if limit - first > MAX_TAIL:
        return False
    if any(
        (t.low in AUXILIARIES and t.text.islower()) or is_cue(t) for t in tx.tokens[first:limit]
    ):
        return False  # "…, said Clinton's acceptance of donations was akin to …"
    token = tx.tokens[first]
    return (
        token.text in ",.;:!?)—–-"
        or token.low in PREPOSITIONS
        or token.low in TIME_WORDS
        or token.low in {"last", "this", "earlier", "later", "recently", "previously", "late"}
    ) and token.low not in {"that", "to"}


def _offsets(tx: Analysis, pair: tuple[int, int] | None) -> tuple[int, int] | None:
    if pair is None:
        return None
    return tx.tokens[pair[0]].start, tx.tokens[pair[1]].end


def find_attributions(tx: Analysis | str) -> list[Found]:
    """Return every quotation and reported statement found in a text, in order.

    Args:
        tx: the text, or an already analysed :class:`Analysis`.

    Returns:
        Non-overlapping :class:`Found` records sorted by content start.
    """
    if isinstance(tx, str):
        tx = Analysis(tx)
    text = tx.text
    regions = tx.regions
    found: list[Found] = []
    statements: list[tuple[Region, object]] = []  # (region, attribution or None)
    fragments: dict[int, list[Region]] = {}
    for number, region in enumerate(regions):
        sentence = tx.sentence_of(region.start)
        sentence_start = tx.sentences[sentence][0] if tx.sentences else 0
        floor_offset = sentence_start
        if number and regions[number - 1].end > sentence_start:
            floor_offset = regions[number - 1].end
        before = text[floor_offset : region.start]
        following = number + 1
        # "“…,” delegate Tom Reed, wearing “Vote Cole” badges, said": a title used as a
        # modifier inside the attribution does not end it.
        while following < len(regions) and _title_as_modifier(tx, regions[following]):
            following += 1
        next_start = regions[following].start if following < len(regions) else len(text)
        before_attr = None
        if before.rstrip().endswith((":", ",")):
            before_attr = _attribution_before(tx, floor_offset, region)
        content = text[region.content_start : region.content_end]
        if before_attr is not None and content[:1].islower() and _inside_reported_clause(
            tx, before_attr[1][1], region.start
        ):
            # "Kasich joked that he appreciates a good, “peaceful protest …”": the words
            # are part of the clause the verb reports, so a fragment, not a statement.
            before_attr = None
        if (
            _is_statement(tx, before, before_attr is not None, content)
            and not _title_as_modifier(tx, region)
            and not (before_attr is None and _title_set_off(tx, before, region))
            and not _title_closing_sentence(tx, before, region)
        ):
            after_attr = _attribution_after(tx, region, next_start)
            if before_attr is not None and not content.rstrip().endswith(","):
                # "Labott tweeted, “…”": the introduction wins unless the quote's own
                # comma asks for an attribution after it.
                attribution = before_attr
            else:
                attribution = after_attr or before_attr or _signature_after(tx, region)
            statements.append((region, attribution))
        else:
            fragments.setdefault(sentence, []).append(region)

    # Fragments: the clause a reporting verb introduces becomes a partial quote.
    items: list[list] = []  # [start, end, kind, attribution, region]
    for region, attribution in statements:
        items.append([region.content_start, region.content_end, "direct", attribution, region])
    for sentence, pieces in fragments.items():
        continued = _continued_statement(tx, sentence, pieces, statements)
        if continued is not None:
            region, attribution = continued
            items.append([region.content_start, region.content_end, "direct", attribution, region])
            continue
        for group in _split_at_cues(tx, pieces):
            partial = _partial(tx, sentence, group)
            if partial is not None:
                start, end, attribution = partial
                items.append([start, end, "partial", attribution, group[0]])
    items.sort(key=lambda item: item[0])
    _carry_over(tx, items)
    for start, end, kind, attribution, region in items:
        if (
            kind == "direct"
            and (attribution is None or attribution[1] is None)
            and len(text[start:end].split()) < MIN_STANDALONE_WORDS
        ):
            continue  # a title or a slogan, even where a sentence before sets it up
        speaker, cue = attribution if attribution else (None, None)
        closed = region.closed
        found.append(Found(start, end, kind, _offsets(tx, speaker), _offsets(tx, cue), closed))
    # Sentences with a statement or a partial quote are done; the others (including those
    # whose quoted words turned out to be scare quotes or titles) may report speech.
    quoted_sentences = {tx.sentence_of(region.start) for region, _ in statements}
    quoted_sentences.update(tx.sentence_of(item[0]) for item in items if item[2] == "partial")

    # Indirect speech.
    covered_to: dict[int, int] = {}  # sentence -> end of its last quote or clause
    for record in found:
        # A quote's own attribution ("…,” Putin said Monday after …") is covered too.
        number = tx.sentence_of(record.start)
        ends = [record.end] + [pair[1] for pair in (record.speaker, record.cue) if pair]
        covered_to[number] = max(covered_to.get(number, 0), *ends)
    for region in regions:
        number = tx.sentence_of(region.start)
        covered_to[number] = max(covered_to.get(number, 0), region.end)
    for number, (start, end) in enumerate(tx.sentences):
        question = _asked_question(tx, start, end)
        if question is not None:
            found.append(question)
            if number not in quoted_sentences:
                start = question.end
        if number in quoted_sentences:
            # What follows the last quotation may report again: "She blamed a
            # “disturbed person” and said it was unnerving to wonder why …".
            start = max(start, covered_to.get(number, start))
            if start >= end:
                continue
        # A sentence may report twice: "Four in 10 said life would be worse, while nine
        # in 10 said the economy favors the wealthy." Look again after each clause.
        for _ in range(MAX_REPORTS):
            indirect = _indirect(tx, start, end, tx.sentences[number][0])
            if indirect is None:
                break
            if any(m in text[indirect.start : indirect.end] for m in "“”\""):
                if number in quoted_sentences:
                    break  # its quoted words were already judged
                indirect = attrs.evolve(indirect, kind="partial")
            found.append(indirect)
            if indirect.end >= end or indirect.start < start:
                break
            start = indirect.end
    found.sort(key=lambda f: (f.start, f.end))
    # Keep them disjoint: a later record that overlaps an earlier one is dropped.
    kept: list[Found] = []
    for record in found:
        if record.cue is not None and tx.inside_quote(record.cue[0]):
            # A reporting verb between quotation marks is part of someone's quoted
            # words ("“… they argue, but …”"): it neither reports nor splits the quote.
            continue
        if record.kind == "indirect" and _request_to_the_listener(tx, record):
            continue
        if record.kind != "direct" and _impression(tx, record):
            continue
        if record.kind != "direct" and _writers_own(tx, record):
            continue
        impersonal = _impersonal(tx, record)
        if impersonal == "remark" and record.kind != "direct":
            continue
        if impersonal is not None:
            # "It was reported that …": someone's report, but not the empty "it"'s.
            record = attrs.evolve(record, speaker=None)
        if kept and record.start < kept[-1].end:
            continue
        kept.append(record)
    # Quotes that share an attribution ("“A,” he said, according to CNN. “B.”") share its
    # outer source: it is looked for once, from the first of them.
    outer: dict[tuple[int, int], tuple[int, int] | None] = {}
    for number, record in enumerate(kept):
        if record.cue is not None and record.cue in outer:
            kept[number] = attrs.evolve(record, reported_by=outer[record.cue])
            continue
        kept[number] = _with_outer_source(tx, record)
        if record.cue is not None:
            outer[record.cue] = kept[number].reported_by
    return kept


def _request_to_the_listener(tx: Analysis, record: Found) -> bool:
    """Whether a report is a question put to its listener (``Can you tell us a bit about
    the plan?``): its speaker is the addressed ``you`` after an auxiliary, and its
    sentence asks."""
    if record.speaker is None:
        return False
    first = tx.first_token(record.speaker[0])
    if tx.tokens[first].text != ADDRESSEE or first == 0:
        return False
    if tx.tokens[first - 1].low not in QUESTION_AUXILIARIES:
        return False
    _, end = tx.sentences[tx.sentence_of(record.start)]
    return tx.text[:end].rstrip().endswith("?")


def _impression(tx: Analysis, record: Found) -> bool:
    """Whether a report is the writer's impression: its speaker is the empty ``it`` of a
    verb of seeming (``It seems the council has given up``, ``it appeared like a
    rout``), so nobody said it. A quotation set off on its own (``“…,” it seems.``) is
    still someone's words, so only indirect and partial reports are meant."""
    if record.speaker is None or record.cue is None:
        return False
    first = tx.first_token(record.speaker[0])
    if tx.first_token(record.speaker[1]) != first + 1 or tx.tokens[first].low not in EMPTY_SUBJECTS:
        return False
    return tx.tokens[tx.first_token(record.cue[0])].low in IMPRESSION_VERBS


def _is_list(tx: Analysis, first: int, limit: int) -> bool:
    """Whether the tokens ``[first, limit)`` are a list of short items set off by commas,
    semicolons or ``and`` (``1 Green, 1 Purple, 1 Red, 1 tsp.``, ``Ryan Call, Laura Carno,
    Matt Chandler and Will Coyne``): at
    least :data:`~newsparse_quotes.patterns.LIST_ITEMS` items of at most
    :data:`~newsparse_quotes.patterns.LIST_ITEM_WORDS` words each. A statement has longer
    clauses between its commas."""
    items, words = 1, 0
    for token in tx.tokens[first:limit]:
        if token.text in ",;" or token.low == "and":
            if words == 0 and token.low != "and":
                return False
            if words:
                items, words = items + 1, 0
        elif token.is_word:
            words += 1
            if words > LIST_ITEM_WORDS:
                return False
    return items >= LIST_ITEMS


def _writers_own(tx: Analysis, record: Found) -> bool:
    """Whether a report without quotation marks is the writer's own voice: its speaker is
    ``I`` or ``we`` outside quotation marks (``I think the plan failed``, ``We found that
    …``), in a column, a review or a how-to, or the reader's ``you`` thinking or after a
    modal (``You know that …``, ``you can say …``; ``You told us that …`` stays a report).
    Quoted words (``I told him it was “a disgrace”``) are left alone: they are someone's
    words."""
    if record.speaker is None or record.kind == "partial":
        return False
    first = tx.first_token(record.speaker[0])
    if tx.first_token(record.speaker[1]) != first + 1 or tx.inside_quote(record.speaker[0]):
        return False
    low = tx.tokens[first].low
    if low in WRITER_PRONOUNS:
        return True
    if low not in READER_PRONOUNS or record.cue is None:
        return False
    cue = tx.first_token(record.cue[0])
    if any(token.low in READER_MODALS for token in tx.tokens[max(0, first - 1) : cue]):
        return True  # "you can say …", "you might think …", "can you tell …"
    return tx.tokens[cue].low not in SPEECH_VERBS


def _impersonal(tx: Analysis, record: Found) -> str | None:
    """How a report whose speaker is the empty ``it`` of an impersonal passive reads.

    ``"report"`` for a participle of speech (``It was reported that …``, ``it is said
    …``): someone's words, whose speaker the text does not give; ``"remark"`` for any other
    participle or for ``it is worth noting`` (``It is believed that …``, ``it was expected
    that …``, ``it should be noted``): the writer's own statement. None when the speaker is
    anything else, or ``it`` is the subject of an active verb (``It said the plan would
    fail``, of a company).
    """
    if record.speaker is None or record.cue is None:
        return None
    first = tx.first_token(record.speaker[0])
    if tx.first_token(record.speaker[1]) != first + 1 or tx.tokens[first].low not in EMPTY_SUBJECTS:
        return None
    cue = tx.first_token(record.cue[0])
    between = [token.low for token in tx.tokens[first + 1 : cue]]
    if not between or not any(low in IMPERSONAL_BE for low in between):
        return None
    worth = between[-1] in IMPERSONAL_WORTH
    if not all(
        low in IMPERSONAL_BE or low in IMPERSONAL_FILLERS or low.endswith("ly")
        for low in (between[:-1] if worth else between)
    ):
        return None
    if worth:
        return "remark"
    if tx.tokens[cue].low.endswith("ing"):
        return None  # "it is pointing to …": a progressive, and "it" is something
    after = tx.tokens[cue + 1] if cue + 1 < len(tx.tokens) else None
    # The passive governs a clause ("that …", "how …") or stands aside between commas
    # ("Trump, it should be noted, has …"); else "it" is what was done to.
    if after is not None and after.low not in IMPERSONAL_CLAUSE_OPENERS and after.text not in ",;":
        return None
    return "report" if tx.tokens[cue].low in IMPERSONAL_SPEECH else "remark"


def _continued_statement(tx: Analysis, sentence: int, pieces: list[Region], statements: list):
    """``(region, attribution)`` when the one quoted fragment of a sentence goes on with
    the statement of the sentence before it, in the same paragraph (``“A,” he said. But
    “B.”``, ``“A,” she says. It's “B.”``), else None.

    The fragment must close its sentence and follow a few words with no reporting verb
    (:data:`CONTINUATION_LEAD`): the speaker's words resume after the writer's ``But`` or
    ``It's``, so they are the previous statement's, with its attribution. A fragment in
    the middle of a sentence (``The so-called “reform” passed.``) is the writer's, and a
    title (``Watch “Meet the Press.”``) is no one's words.
    """
    if len(pieces) != 1 or sentence == 0:
        return None
    region = pieces[0]
    if _is_title(tx, region):
        return None
    start, end = tx.sentences[sentence]
    previous_start = tx.sentences[sentence - 1][0]
    if previous_start < tx.paragraph_bounds(start)[0]:
        return None
    if tx.text[region.end : end].strip(CONTINUATION_TAIL):
        return None
    lead = tx.tokens[tx.first_token(start) : tx.first_token(region.start)]
    if len(lead) > CONTINUATION_LEAD or any(is_cue(token) for token in lead):
        return None
    for statement, attribution in reversed(statements):
        if statement.end <= previous_start:
            return None
        if statement.start < start:
            # The last statement of the sentence before: attributed, it speaks on.
            return (region, attribution) if attribution and attribution[1] else None
    return None


def _according_to(tx: Analysis, index: int, limit: int) -> bool:
    """Whether tokens ``index`` and ``index + 1`` (below ``limit``) are ``according to``."""
    tokens = tx.tokens
    return index + 1 < limit and tokens[index].low == "according" and tokens[index + 1].low == "to"


def _with_outer_source(tx: Analysis, record: Found) -> Found:
    """Add the outer source of a nested attribution to ``record``.

    A report can reach the writer through someone else: ``“…,” Sanders said, according to
    CNN.``, ``According to GMA News, Salceda said …``. The speaker stays the one who
    spoke; the outer source (``CNN``) is kept beside it. Only an ``according to`` phrase
    that closes the attribution's clause counts (one inside the reported clause, ``said
    that according to its analysis, the party has won``, is part of what was said), and
    one that opens the sentence before the cue.
    """
    if record.cue is None or record.speaker is None:
        return record
    tokens = tx.tokens
    cue = tx.first_token(record.cue[0])
    if _according_to(tx, cue, len(tokens)):
        return record
    sentence_start, sentence_end = tx.sentences[tx.sentence_of(record.cue[0])]
    limit = tx.first_token(sentence_end)
    # "According to GMA News, Salceda said …": the phrase opens the sentence.
    first = tx.first_token(sentence_start)
    if _according_to(tx, first, cue) and not tx.inside_quote(tokens[first].start):
        # "According to White House pool reports, Obama said …": up to the comma.
        end = first + 2
        while end < cue and end - first <= OUTER_SOURCE_WORDS and tokens[end].is_word:
            end += 1
        if first + 2 < end < cue and tokens[end].text == ",":
            return attrs.evolve(record, reported_by=_offsets(tx, (first + 2, end - 1)))
        return record
    survey = _opening_survey(tx, first, cue)
    if survey is not None:
        return attrs.evolve(record, reported_by=_offsets(tx, survey))
    # "…,” Sanders said at a rally, according to CNN.": the phrase closes the clause.
    after = max(record.speaker[1], record.cue[1], record.end)
    index = tx.first_token(after)
    stop = min(limit, index + OUTER_SOURCE_REACH)
    while index < stop:
        token = tokens[index]
        if tx.inside_quote(token.start) or token.text in ";:\"“”":
            return record
        if _according_to(tx, index, stop + 2):
            # The source runs on to the end of the sentence: "according to a copy of the
            # letter reviewed by The Post.", "according to audio provided by WPR."
            begin = end = index + 2
            while end < limit and end - begin < OUTER_SOURCE_WORDS and tokens[end].is_word:
                end += 1
            if end == begin or not _closes_sentence(tx, end, limit):
                return record  # "according to its analysis, the party has won …"
            return attrs.evolve(record, reported_by=_offsets(tx, (begin, end - 1)))
        if token.text == "," and index + 1 < stop:
            source = _closing_report(tx, index + 1, limit)
            if source is not None:
                return attrs.evolve(record, reported_by=_offsets(tx, source))
        index += 1
    return record


def _opening_survey(tx: Analysis, first: int, cue: int) -> tuple[int, int] | None:
    """The survey that opens a sentence at token ``first`` before its cue: ``In a Post-ABC
    News poll released Sunday, 8 percent of Democrats said …`` gives ``a Post-ABC News
    poll released Sunday``: those polled spoke in it. ``In a memo released as polls
    closed, …`` gives nothing: the phrase's noun is ``memo``."""
    tokens = tx.tokens
    if tokens[first].low != "in" or tx.inside_quote(tokens[first].start):
        return None
    head = comma = first + 1
    while comma < cue and comma - first <= OUTER_SOURCE_WORDS and tokens[comma].text != ",":
        comma += 1
    if comma >= cue or tokens[comma].text != ",":
        return None
    while head < comma and tokens[head].low not in SURVEY_ENDS:
        head += 1
    if head == first + 1 or tokens[head - 1].low not in SURVEY_NOUNS:
        return None
    return first + 1, comma - 1


def _closing_report(tx: Analysis, first: int, limit: int) -> tuple[int, int] | None:
    """The source of a report that closes a sentence from token ``first``: ``…, the
    Times reported.`` or ``…, reports USA Today.``; else None."""
    tokens = tx.tokens
    if tokens[first].low in OUTER_REPORT_VERBS:
        # "…, reports USA Today.": a name up to the end of the sentence.
        end = first + 1
        while end < limit and end - first <= MAX_SPEAKER and tokens[end].is_word:
            end += 1
        opening = tokens[first + 1] if first + 1 < limit else None
        if (
            opening is not None
            and (opening.capitalized or opening.low in DETERMINERS)
            and _closes_sentence(tx, end, limit)
        ):
            return first + 1, end - 1
        return None
    index = first
    while index < limit and index - first <= MAX_SPEAKER and tokens[index].is_word:
        if tokens[index].low in OUTER_REPORT_VERBS:
            opening = tokens[first]
            if (
                index > first
                and (opening.capitalized or opening.low in DETERMINERS)
                and _closes_sentence(tx, index + 1, limit)
            ):
                return first, index - 1
            return None
        index += 1
    return None


def _closes_sentence(tx: Analysis, index: int, limit: int) -> bool:
    """Whether the sentence ends at token ``index`` (``limit`` is its last token + 1)."""
    return index >= limit or tx.is_sentence_end(index)


def _carry_over(tx: Analysis, items: list[list]) -> None:
    """Give unattributed statements the attribution of their neighbours, in place.

    A statement takes the attribution of the nearest attributed quote in its paragraph
    (the previous one first: ``“A,” he said. “B.”``; else the next: ``“A.” “B,” he
    said.``). A statement that opens a paragraph continues the quote that closed the
    previous paragraph, or the ``X said:`` the previous paragraph ended with. Linear:
    one pass each way.
    """
    text = tx.text
    paragraphs = [bisect_left(tx.newlines, item[0]) for item in items]
    # A quote that runs over several paragraphs is the neighbour of the quotes in the
    # paragraph where it ends ("“A.\n\n“B,” he continued. “C.”": C is his).
    last_paragraphs = [bisect_left(tx.newlines, item[1]) for item in items]
    following: list[object] = [None] * len(items)
    upcoming = None
    for index in range(len(items) - 1, -1, -1):
        if index + 1 < len(items) and paragraphs[index + 1] != last_paragraphs[index]:
            upcoming = None
        following[index] = upcoming
        if items[index][3] is not None:
            upcoming = items[index][3]
    for index, item in enumerate(items):
        if item[3] is not None or item[2] != "direct":
            continue
        previous = items[index - 1] if index else None
        same = previous is not None and last_paragraphs[index - 1] == paragraphs[index]
        if same and previous[3] is not None:
            item[3] = previous[3]
            continue
        if following[index] is not None:
            item[3] = following[index]
            continue
        paragraph_start, _ = tx.paragraph_bounds(item[4].start)
        if item[4].start != paragraph_start:
            # "Bolton distanced himself … by saying he would help. “I'm going to support
            # him …”": the reporting sentence just before, in the same paragraph.
            sentence = tx.sentence_of(item[4].start)
            if sentence and tx.sentences[sentence - 1][0] >= paragraph_start:
                start, end = tx.sentences[sentence - 1]
                if previous is None or previous[1] <= start:
                    item[3] = _reporting_sentence(tx, start, end) or _setup_sentence(tx, start, end)
            continue
        if paragraph_start == 0:
            continue
        gap_start = paragraph_start - 1
        while gap_start > 0 and text[gap_start - 1].isspace():
            gap_start -= 1
        if previous is not None and not same and previous[3] is not None:
            # The previous paragraph ended with that quote, or with its attribution.
            rest = text[previous[1] : gap_start].strip(" \t\u00a0”\".,?!")
            if not rest or tx.sentence_of(previous[1]) == tx.sentence_of(gap_start - 1):
                item[3] = previous[3]
                continue
        if not gap_start:
            continue
        sentence = tx.sentence_of(gap_start - 1)
        floor_offset = tx.sentences[sentence][0]
        if text[gap_start - 1] == ":":
            fake = Region(gap_start, gap_start, gap_start, gap_start)
            item[3] = _attribution_before(tx, floor_offset, fake)
        elif previous is None or previous[1] <= floor_offset:
            # "Howard continued his scathing remarks." then a quote: the speaker of the
            # sentence that closed the previous paragraph.
            item[3] = _reporting_sentence(
                tx, floor_offset, gap_start
            ) or _setup_sentence(tx, floor_offset, gap_start)


def _reporting_sentence(tx: Analysis, start: int, end: int):
    """``(speaker, cue)`` of the first reporting verb with a speaker in ``[start, end)``."""
    tokens = tx.tokens
    first = tx.first_token(start)
    limit = min(tx.first_token(end), first + BEFORE_WINDOW)
    for index in range(first + 1, limit):
        if is_cue(tokens[index], INDIRECT_CUES):
            speaker = speaker_before(tx, index, first)
            if (speaker is not None and speaker[0] == first) or (
                speaker is not None and tokens[speaker[0] - 1].text == ","
            ):
                return speaker, (index, index)
    return None


def _setup_sentence(tx: Analysis, start: int, end: int):
    """``(speaker, None)`` for a sentence that sets up the quote after it without a
    reporting verb (``Senator Ann Bright summed up the danger of deficits with a
    metaphor.``): its subject, when that is a name, ``he``/``she`` or a role
    (``the senator``) and a verb follows it. None otherwise."""
    tokens = tx.tokens
    first = tx.first_token(start)
    limit = tx.first_token(end)
    if limit - first < MIN_CLAUSE or tokens[limit - 1].text not in ".:":
        return None
    subject = subject_speaker(tx, limit - 1, first, search=False)
    if subject is None:
        return None
    head = tokens[subject[1]]
    if head.low in PERSON_PRONOUNS:
        pass
    elif not head.capitalized and head.low not in ROLE_NOUNS:
        return None
    verb = subject[1] + 1
    while verb < limit and tokens[verb].low in AUXILIARIES:
        verb += 1
    if verb >= limit or not (tokens[verb].text.islower() and tokens[verb].is_word):
        return None
    if tokens[verb].low in PREPOSITIONS or tokens[verb].low in NOT_NAMES:
        return None
    return subject, None  # the verb sets the quote up; it is no reporting cue


#: Words that open the question of a sentence-initial ``Asked …,``.
QUESTION_WORDS = frozenset("whether if about which what how why who when".split())


def _asked_question(tx: Analysis, start: int, end: int) -> Found | None:
    """The question of a sentence that opens with it: ``Asked whether he would counsel
    Clinton, Reid said …`` reports what was asked (``whether he would counsel Clinton``),
    by someone the sentence does not name. The content ends at the comma before the
    main clause's subject."""
    tokens = tx.tokens
    first = tx.first_token(start)
    limit = tx.first_token(end)
    index = first
    if index < limit and tokens[index].low == "when":
        index += 1
    if index >= limit or tokens[index].low != "asked":
        return None
    cue = index
    question = index + 1
    while question < min(limit, cue + 8) and tokens[question].low not in QUESTION_WORDS:
        question += 1
    if question >= min(limit, cue + 8):
        return None
    for comma in range(question + 2, min(limit - 1, question + MAX_CLAUSE)):
        if tokens[comma].text != "," or tx.inside_quote(tokens[comma].start):
            continue
        following = tokens[comma + 1]
        if following.capitalized or following.low in PERSON_PRONOUNS or following.text in "“\"":
            content = (tokens[question].start, tokens[comma].start)
            return Found(*content, "indirect", None, _offsets(tx, (cue, cue)))
    return None


def _is_subject(tx: Analysis, index: int, first: int) -> bool:
    """Whether a phrase starting at token ``index`` opens its sentence (which starts at
    token ``first``), possibly after an opening phrase and its comma."""
    if index == first:
        return True
    tokens = tx.tokens
    if tokens[index - 1].text != ",":
        return False
    return tokens[first].low in OPENERS or tokens[first].low.endswith("ing")


def _governing_report(tx: Analysis, first: int, head: int, chosen: tuple):
    """The reporting verb that governs a partial quote, given the nearest one ``chosen``
    (``(cue, speaker)``) before the fragment at token ``head`` of a sentence starting at
    ``first``.

    An outer ``X said (that) …`` governs the nearer verbs when its speaker is the
    sentence subject (``Coit said the candidate sees the convention as …`` is Coit's) or
    when the nearer verb's clause is its object (``Trump at the time said he'd asked his
    “people” …``). Returns ``(chosen, content_cue)``: the governing ``(cue, speaker)`` and
    the cue the content starts after (the nearer one for an object clause, whose own
    subject the annotations keep in the content).
    """
    tokens = tx.tokens
    for index in range(max(first, head - BEFORE_WINDOW), chosen[0]):
        word = tokens[index]
        if not is_cue(word) or word.low.endswith("ing") or is_noun_use(tx, index):
            # "decried the mayor's repeated calls …, noting …": an adjective, no verb.
            continue
        if any(mark in tx.text[word.end : tokens[chosen[0]].start] for mark in "“”\""):
            # "He said that X is “…” and said that Y is “…”": an earlier quote has
            # the outer verb; the nearer one reports this fragment.
            continue
        speaker = speaker_before(tx, index, first)
        if speaker is None:
            continue
        if _is_subject(tx, speaker[0], first):
            return (index, speaker), index
        if _complement_of(tx, index, chosen[1][0]):
            return (index, speaker), chosen[0]
    return chosen, chosen[0]


def _outer_report(tx: Analysis, speaker: tuple[int, int], floor: int):
    """``(speaker, cue)`` of a reporting verb whose object is the clause that starts with
    ``speaker`` (``The senator said he rarely asks surrogates to stump for him: “…”``
    is the senator's), or None. Only a pronoun subject gives way: it most often stands for
    the outer speaker, while a name (``Ruiz said Quist replied: “…”``) says who spoke."""
    tokens = tx.tokens
    if speaker[0] != speaker[1] or tokens[speaker[0]].low not in PERSON_PRONOUNS | {"they"}:
        return None
    outer = speaker[0] - 1
    if outer > floor and tokens[outer].low == "that":
        outer -= 1
    if outer <= floor or not is_cue(tokens[outer]) or tokens[outer].low.endswith("ing"):
        return None
    if is_noun_use(tx, outer):
        return None
    reporter = speaker_before(tx, outer, floor)
    return (reporter, (outer, outer)) if reporter is not None else None


def _complement_of(tx: Analysis, outer: int, inner_subject: int) -> bool:
    """Whether the clause whose subject starts at token ``inner_subject`` is the object of
    the reporting verb ``outer``: nothing but ``that`` between them (``Trump said he'd
    asked his “people” …``, ``critics say he had proposed to “dismantle” …``), so the
    quoted words are what ``outer`` reports."""
    between = [t.low for t in tx.tokens[outer + 1 : inner_subject]]
    if between and tx.tokens[outer].low in TELL_VERBS:
        # "Kasich tells the crowd, he's been known to be “brusk”": the listener first.
        while between and between[-1] in {"that", ","}:
            between.pop()
        return 0 < len(between) <= LISTENER_WORDS and all(w.isalpha() for w in between)
    return between in ([], ["that"])


def _split_at_cues(tx: Analysis, pieces: list[Region]) -> list[list[Region]]:
    """Split the fragments of a sentence where a reporting verb stands between two of them
    (``called it “a disgrace” and said it was “un-American”`` reports twice)."""
    groups = [[pieces[0]]]
    for piece in pieces[1:]:
        between = range(tx.first_token(groups[-1][-1].end), tx.first_token(piece.start))
        if any(is_cue(tx.tokens[i], INDIRECT_CUES) for i in between):
            groups.append([piece])
        else:
            groups[-1].append(piece)
    return groups


#: Short words that stay lower-case in a title ("Face the Nation", "Medicare for All").
_TITLE_SMALL_WORDS = frozenset("a an the of for and or in on at to with by from".split())


#: Units of a market move after a number (``added 20.72 points``).
MOVE_UNITS = frozenset("points point percent pct cents".split())


#: Longest time, place or manner phrase skipped between a reporting verb and the clause
#: it introduces without ``that``, in tokens (``in an interview with the paper``).
MAX_ADJUNCT = 6

#: Longest subject of such a clause before its auxiliary, in words (``the new plan``).
MAX_CLAUSE_SUBJECT = 3


def _opens_clause(tx: Analysis, index: int, limit: int) -> bool:
    """Whether token ``index`` starts a clause's subject: a subject pronoun (``it`` only
    before a lower-case word: ``it aims``), or a short noun phrase before a finite
    auxiliary (``the plan would``)."""
    tokens = tx.tokens
    token = tokens[index]
    if token.low in SUBJECT_PRONOUNS - {"i", "you", "it"} or token.text == "I":
        return True
    if token.low == "it":
        return index + 1 < limit and tokens[index + 1].is_word and tokens[index + 1].text.islower()
    if token.low in CLAUSE_DETERMINERS:
        for ahead in range(index + 2, min(limit, index + MAX_CLAUSE_SUBJECT + 2)):
            if tokens[ahead].low in FINITE_AUXILIARIES or is_negated_auxiliary(tokens[ahead].low):
                return True
            if not tokens[ahead].is_word:
                break
    return False


def _clause_after_adjunct(tx: Analysis, first: int, limit: int) -> int | None:
    """Where the clause starts after a short time, place or manner phrase that opens at
    token ``first`` (``said on Thursday it aims …``, ``said in a statement the council
    would …``, ``said Thursday it …``), or None when the words after the verb are no such
    phrase (``talked about the plan``)."""
    tokens = tx.tokens
    if tokens[first].low in TIME_WORDS:
        return first + 1 if first + 1 < limit and _opens_clause(tx, first + 1, limit) else None
    if tokens[first].low not in ADJUNCT_PREPOSITIONS:
        return None
    for index in range(first + 2, min(limit - 1, first + MAX_ADJUNCT + 1)):
        if not tokens[index].is_word:
            return None
        previous = tokens[index - 1]
        if previous.low in DETERMINERS or previous.low in PREPOSITIONS:
            continue  # still inside the phrase: "in a statement", "on behalf"
        if _opens_clause(tx, index, limit):
            return index
        if tokens[index].low in CLAUSE_DETERMINERS:
            return None
    return None


def _moves_a_number(tx: Analysis, first: int, limit: int) -> bool:
    """Whether tokens from ``first`` are a number and a unit of a market move (``20.72
    points``, ``1.5 percent``, ``3%``)."""
    tokens = tx.tokens
    index = first
    while index < limit and (tokens[index].text[:1].isdigit() or tokens[index].text in ".,"):
        index += 1
    if index == first or index >= limit:
        return False
    return tokens[index].low in MOVE_UNITS or tokens[index].text == "%"


def _after_complementizer(tx: Analysis, phrase: int, first: int) -> bool:
    """Whether a speaker phrase starting at token ``phrase`` opens a that-clause (``news
    that the council deemed …``): ``that`` (inside the phrase or just before it) after a
    word, not a determiner opening the sentence."""
    tokens = tx.tokens
    that = phrase if tokens[phrase].low == "that" else phrase - 1
    return that > first and tokens[that].low == "that" and tokens[that - 1].is_word


def _title_set_off(tx: Analysis, before: str, region: Region) -> bool:
    """Whether a quoted title is set off by commas inside the writer's sentence (``To top
    it off, “Chi-Raq,” a movie by Spike Lee, opens …``, ``One ad, “Balanced Rebellion,”
    stars …``): words before it, a comma before it and one inside its closing mark."""
    content = tx.text[region.content_start : region.content_end].rstrip()
    return (
        bool(before.strip())
        and before.rstrip().endswith(",")
        and content.endswith(",")
        and _is_title(tx, region)
    )


def _title_closing_sentence(tx: Analysis, before: str, region: Region) -> bool:
    """Whether a quoted title closes the writer's sentence after a comma that sets it off
    (``she wrote in her memoir, “Tough Choices.”``, ``his reality show, “The
    Apprentice.”``): title case, a full stop inside its marks, and no reporting verb
    right before the comma (``Priebus said, “Probably.”`` is his answer)."""
    if not before.rstrip().endswith(","):
        return False
    if not tx.text[region.content_start : region.content_end].rstrip().endswith("."):
        return False
    comma = tx.first_token(region.start) - 1
    while comma > 0 and tx.tokens[comma].text != ",":
        comma -= 1
    if comma == 0 or is_cue(tx.tokens[comma - 1], ALL_CUES):
        return False
    return _is_title(tx, region)


def _is_title(tx: Analysis, piece: Region) -> bool:
    """Whether a quoted fragment is a title in title case (``“Meet the Press”``) rather
    than someone's words: every word but the small ones capitalised, at most 8 words."""
    words = [
        t
        for t in tx.tokens[tx.first_token(piece.content_start) : tx.first_token(piece.content_end)]
        if t.is_word
    ]
    if not words or len(words) > 8 or not words[0].capitalized:
        return False
    return all(w.capitalized or w.low in _TITLE_SMALL_WORDS or w.text.isdigit() for w in words)


def _raised_subject(tx: Analysis, cue: int, limit: int) -> bool:
    """Whether the subject of a passive cue is who speaks in the infinitive after it
    (``Obama is reported to have called the Saudis “free riders”``)."""
    tokens = tx.tokens
    return cue + 2 < limit and tokens[cue + 1].low == "to" and tokens[cue + 2].low == "have"


def _partial(tx: Analysis, sentence: int, pieces: list[Region]):
    """A partial quote: the reported clause around the quoted fragments of a sentence.

    Returns:
        ``(start, end, (speaker, cue))`` with token ranges for speaker and cue, or None
        when no reporting verb governs the fragments (scare quotes, titles).
    """
    tokens = tx.tokens
    if all(_is_title(tx, piece) for piece in pieces):
        # "during an appearance on CBS's “Face the Nation,” Sanders asked": a name.
        return None
    start, end = tx.sentences[sentence]
    first = tx.first_token(start)
    limit = tx.first_token(end)
    head = tx.first_token(pieces[0].start)
    # The nearest reporting verb before the first fragment that has a speaker. (Preferring
    # the outermost one, "Cruz said he's certain Rubio …", scored lower on PolNeAR train.)
    chosen = None
    for index in range(head - 1, max(first, head - BEFORE_WINDOW) - 1, -1):
        word = tokens[index]
        if not is_cue(word, ALL_CUES) or is_noun_use(tx, index) or gives_a_name(tx, index):
            continue
        if word.low == "according":
            # "…, according to the “Medicare for all” document": the quoted words name
            # the source; what it reports stands before it (found below, or as indirect).
            continue
        if word.low in COGNITION_VERBS and not (
            index + 1 < limit and tokens[index + 1].low == "that"
        ):
            continue
        if done_to_the_subject(tx, index, limit):
            continue  # "before being approved and receiving a “menu”"
        speaker = speaker_before(tx, index, first)
        if speaker is not None and is_stray_word(tx, speaker):
            continue  # "had at last described", "in key states"
        absolute = absolute_subject(tx, index, first) if word.low.endswith("ing") else None
        if absolute is not None:
            speaker = absolute  # "…, with Sen. Ann Bright calling it a “menu”"
        elif word.low.endswith("ing") and speaker is not None and (
            is_object(tx, speaker) or tokens[index - 1].text == ","
        ):
            # "Khan … decried Trump's calls to ban Muslims, noting he has …": the
            # participle's speaker is the subject, not the phrase before the comma.
            speaker = subject_speaker(tx, index, first) or speaker
        if speaker is None and (
            word.low.endswith("ing")
            or tokens[index - 1].text == ","
            or after_conjunction(tx, index, first)
        ):
            # "Putin asked, characterizing the rebels as …", "She declared victory and
            # said that …": the speaker of the clause the verb hangs on.
            speaker = conjunct_subject(tx, index, first) or subject_speaker(tx, index, first)
        if speaker is None:
            continue
        if _after_complementizer(tx, speaker[0], first):
            # "… responding to news that the State Department deemed 22 emails “top
            # secret”": a verb inside a that-clause; the verb outside it reports.
            continue
        chosen = index, speaker
        break
    if chosen is None:
        # "According to Trump, he was once part of the “establishment” …"
        for index in range(max(first, head - BEFORE_WINDOW), head - 1):
            if tokens[index].low == "according" and tokens[index + 1].low == "to":
                speaker = speaker_after(tx, index + 2, head)
                if speaker is None:
                    break
                comma = speaker[1] + 1
                if comma < head and tokens[comma].text == ",":
                    content_start = tokens[comma + 1].start
                    content_end = max(_clause_end(tx, end, pieces[-1].end, after_quote=True), pieces[-1].end)
                    return content_start, content_end, (speaker, (index, index + 1))
                break
    if chosen is not None:
        chosen, content_cue = _governing_report(tx, first, head, chosen)
        cue, speaker = chosen
        if is_passive(tx, cue) and not _raised_subject(tx, cue, limit):
            # "The plan was described as “reckless” by the union": the "by" agent speaks;
            # without one the subject is what was described, and no one is named.
            speaker = passive_agent(tx, cue, limit)
        content_first = _content_start_after_cue(tx, content_cue, head + 1)
        content_start = tokens[min(content_first, head)].start
        content_start = min(content_start, pieces[0].start)
        content_end = max(_clause_end(tx, end, pieces[-1].end, after_quote=True), pieces[-1].end)
        return content_start, content_end, (speaker, (cue, cue))
    # A fragment followed by its attribution: ``Voters “think …,” he said.``
    last = pieces[-1]
    next_start = end
    after = _attribution_after(tx, last, next_start, lead=False)
    if after is not None:
        speaker, cue = after
        return start, last.end, (speaker, cue)
    # Or an attribution closing the sentence: "… “records” that …, Wolverton wrote."
    tail = tx.first_token(pieces[-1].end)
    trailing = _trailing_attribution(tx, tail, limit)
    if trailing is not None:
        comma, speaker, cue = trailing
        content_end = tokens[comma].start
        while content_end > start and tx.text[content_end - 1].isspace():
            content_end -= 1
        if content_end > start:
            return start, content_end, (speaker, cue)
    return None


def _indirect(
    tx: Analysis, start: int, end: int, sentence_start: int | None = None
) -> Found | None:
    """Reported speech without quotation marks in ``[start, end)``: a sentence, or the
    rest of the sentence that starts at ``sentence_start`` (whose subject may report
    again: ``… and said …``)."""
    tokens = tx.tokens
    first = tx.first_token(start)
    limit = tx.first_token(end)
    subject_first = first if sentence_start is None else tx.first_token(sentence_start)
    if limit - first < MIN_CLAUSE + 2:
        return None
    # A headline or transcript line: "Elizabeth Warren: Donald Trump Is a Failure."
    headline = name_colon(tx, first, limit)
    if headline is not None:
        colon = headline[1] + 1
        if limit - colon > MIN_CLAUSE - 1 and not _is_list(tx, colon + 1, limit):
            content_start = tokens[colon + 1].start
            content_end = end
            while content_end > content_start and tx.text[content_end - 1] in " .\u00a0":
                content_end -= 1
            speaker, cue = _offsets(tx, headline), _offsets(tx, (colon, colon))
            return Found(content_start, content_end, "indirect", speaker, cue)
    # "…, officials said." / "…, according to the report."
    trailing = _trailing_attribution(tx, first, limit)
    if trailing is not None:
        comma, speaker, cue = trailing
        if comma - first >= MIN_CLAUSE:
            content_end = tokens[comma].start
            return Found(start, content_end, "indirect", _offsets(tx, speaker), _offsets(tx, cue))
    # "According to X, …"
    if (
        tokens[first].low == "according"
        and first + 1 < limit
        and tokens[first + 1].low == "to"
    ):
        speaker = source_after_according(tx, first + 2, limit)
        if speaker is not None:
            comma = speaker[1] + 1
            while comma < limit and tokens[comma].text != ",":
                comma += 1
            if comma + MIN_CLAUSE < limit:
                content_start = tokens[comma + 1].start
                content_end = _clause_end(tx, end, content_start)
                return Found(
                    content_start,
                    content_end,
                    "indirect",
                    _offsets(tx, speaker),
                    _offsets(tx, (first, first + 1)),
                )
    # "The plan, according to officials, will cost …": the sentence is what they report
    # (the phrase itself is a small part of it).
    for index in range(first + 1, min(limit - 1, first + 2 * BEFORE_WINDOW)):
        if tokens[index].low == "according" and tokens[index + 1].low == "to":
            if tokens[index - 1].text not in ",—–(":
                break
            speaker = source_after_according(tx, index + 2, limit)
            if speaker is None or speaker[1] + 1 >= limit or tokens[speaker[1] + 1].text != ",":
                break
            if limit - first < 2 * MIN_CLAUSE:
                break
            content_end = end
            while content_end > start and tx.text[content_end - 1] in " .\u00a0":
                content_end -= 1
            content_start = start
            if index - first <= MAX_LEAD_BEFORE_ACCORDING:
                # "Now, according to the recent poll, some are swinging": the report is
                # what follows the phrase.
                content_start = tokens[speaker[1] + 2].start
            cue = _offsets(tx, (index, index + 1))
            return Found(content_start, content_end, "indirect", _offsets(tx, speaker), cue)
    # "This campaign, he says, is different.": an attribution set off by commas inside
    # the sentence it reports.
    for index in range(first + 2, min(limit - 2, first + INDIRECT_WINDOW)):
        if tokens[index + 1].text != "," or not is_cue(tokens[index]):
            continue
        speaker = speaker_before(tx, index, first)
        if speaker is None or speaker[0] - 1 <= first or tokens[speaker[0] - 1].text != ",":
            break
        if speaker[1] - speaker[0] > 4 or limit - index < MIN_CLAUSE:
            break
        content_end = end
        while content_end > start and tx.text[content_end - 1] in " .\u00a0":
            content_end -= 1
        cue = _offsets(tx, (index, index))
        return Found(start, content_end, "indirect", _offsets(tx, speaker), cue)
    # "X said (that) …"
    for index in range(first + 1, min(limit, first + INDIRECT_WINDOW)):
        word = tokens[index]
        if is_noun_use(tx, index) or gives_a_name(tx, index):
            continue
        thinks_that = (
            is_cue(word, COGNITION_VERBS)
            and index + 1 < limit
            and (tokens[index + 1].low == "that" or starts_clause(tokens[index + 1]))
        )
        if not (is_cue(word, INDIRECT_CUES) or title_case_cue(tx, index, limit) or thinks_that):
            continue
        participle = word.low.endswith("ing")
        if participle and word.low not in SPEECH_VERBS and (
            word.low == "according" or LEARNED_CUE_RATIOS.get(word.low, 0) < PARTICIPLE_CUE_RATIO
        ):
            continue
        following = tokens[index + 1] if index + 1 < limit else None
        if following is None:
            return None
        if done_to_the_subject(tx, index, limit):
            continue  # "were portrayed positively": the subject is what was portrayed
        if is_phone_call(tx, index, limit):
            continue  # "Meghan called the Queen about Prince Philip"
        if _moves_a_number(tx, index + 1, limit):
            continue  # "The Nasdaq added 20.72 points": a market move, not a report
        after_adjunct = None
        if (
            following.low in PREPOSITIONS
            and following.low != "to"
            and word.low not in OBJECT_VERBS
            # "said in a statement that …" is fine, "talked about …" is not.
            and not any(
                _complementizer(tx, probe, limit) for probe in range(index + 1, min(limit, index + 8))
            )
        ):
            after_adjunct = _clause_after_adjunct(tx, index + 1, limit)
            if after_adjunct is None or word.low not in SPEECH_VERBS:
                continue
        if following.low == "to" and word.low not in OBJECT_VERBS and word.low not in TO_CUES:
            continue
        speaker = speaker_before(tx, index, first)
        if speaker is None and after_conjunction(tx, index, first):
            # "Clinton met the families and said …"
            speaker = conjunct_subject(tx, index, subject_first) or subject_speaker(
                tx, index, subject_first, search=False
            )
        if speaker is None and tokens[index - 1].text == "," and word.low in SPEECH_VERBS:
            # "Gov. John Kasich of Ohio, a Republican who has refused to endorse him,
            # said …": a description too long or too busy for the appositive rule; the
            # subject and its description are the source.
            subject = subject_speaker(tx, index, subject_first, search=False)
            if subject is not None and tokens[subject[1] + 1].text == ",":
                speaker = subject[0], index - 2
        absolute = absolute_subject(tx, index, subject_first) if participle else None
        if absolute is not None:
            speaker = absolute  # "…, with each candidate questioning the other's …"
        elif participle and (
            speaker is None or is_object(tx, speaker) or tokens[index - 1].text == ","
        ):
            # "Trump defended the plan, saying it would …"
            speaker = subject_speaker(tx, index, subject_first) or speaker
        if speaker is None or _generic_condition(tx, speaker):
            continue
        if word.low in OBJECT_VERBS and is_passive(tx, index):
            # "Employees were told that layoffs will begin": the subject is the listener;
            # the speaker is the "by" agent, when there is one.
            speaker = passive_agent(tx, index, limit)
        if after_adjunct is None and following.low in TIME_WORDS:
            after_adjunct = _clause_after_adjunct(tx, index + 1, limit)  # "said Monday it …"
        content_first = after_adjunct or _content_start_after_cue(tx, index, limit)
        if limit - content_first < MIN_CLAUSE:
            continue
        if _object_is_a_thing(tx, index, content_first):
            continue  # "Biden has maintained a significant polling lead"
        if following.text in "—–-" and not any(
            t.low == "that" for t in tokens[index + 2 : min(limit, index + DASH_ASIDE_REACH)]
        ):
            # "five hours before Meadows announced — Bennett posted …", "in key states —
            # though …": a dash right after the verb closes its clause, unless it opens
            # an aside before the reported clause ("said — on Twitter — that …").
            continue
        content_start = tokens[content_first].start
        content_end = _clause_end(tx, end, content_start)
        if content_end <= content_start:
            continue
        if index - first >= BEFORE_WINDOW and any(
            mark in tx.text[content_start:content_end] for mark in "“”\""
        ):
            continue  # quoted words this far from the subject: a title or a nickname
        return Found(
            content_start,
            content_end,
            "indirect",
            _offsets(tx, speaker),
            _offsets(tx, (index, index)),
        )
    return None

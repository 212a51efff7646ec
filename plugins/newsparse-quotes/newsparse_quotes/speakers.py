"""Speaker phrases and reporting verbs: the word-level rules that find who speaks.

Every function here looks at a bounded window of tokens around a position, so callers can
use them once per quote and stay linear.
"""

from __future__ import annotations

from bisect import bisect_left

from .patterns import (
    ABBREVIATIONS,
    ABSOLUTE_OPENERS,
    ACRONYM_PRONOUNS,
    AUXILIARIES,
    CALL_APPEALS,
    CALL_FORMS,
    CALL_PARTICLES,
    COGNITION_VERBS,
    COMMA_RELATIVES,
    CUES_IN_NAMES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    LEARNED_CUE_RATIOS,
    LEARNED_CUES,
    LY_WORDS,
    NAME_GIVING_PARTICIPLES,
    NAMING_VERBS,
    NEVER_VERBS,
    NOT_NAMES,
    OBJECT_PRONOUNS,
    OBJECT_VERBS,
    ORG_NAME_LINKS,
    ORG_WORDS,
    OTHER_PRONOUNS,
    PARTICIPLE_CLAUSE_OPENERS,
    PARTICIPLE_CLAUSE_PRONOUNS,
    PERSON_PRONOUNS,
    PLACE_NAMES,
    PLACED_LINKS,
    RELATIVE_SUBJECTS,
    ROLE_COMPLEMENTS,
    ROLE_WORDS,
    SALUTATIONS,
    SEATS_OF_GOVERNMENT,
    SECTION_LABELS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    STUDIED_LINKS,
    SUBJECT_DEMONSTRATIVES,
)
from .resolve import is_people_noun, is_person_noun, is_place
from .segment import Analysis, Token, is_negated_auxiliary

#: How far before a quote an introducing attribution may reach, in tokens.
BEFORE_WINDOW = 30

#: Longest speaker phrase accepted, in tokens.
MAX_SPEAKER = 12

_PRONOUNS = PERSON_PRONOUNS | OTHER_PRONOUNS

# Lower-case words that end a phrase before a verb without being who speaks.
_NOT_HEADS = frozenset(
    "best past most least well much more less time way point times there here now".split()
)

# Lower-case particles inside names: "Bashar al-Assad", "Beto de la Cruz".
_NAME_LINKS = frozenset({"of", "de", "van", "von", "al", "bin", "la", "le", "du", "del", "da"})

#: Prepositions: they start phrases that are neither speakers nor reported clauses.
PREPOSITIONS = frozenset(
    "to in on at for about with of by from into over under after before during as".split()
)

#: After a quote, a few more verbs report it: ``“…,” the suit reads.``
AFTER_QUOTE_CUES = SPEECH_VERBS | LEARNED_CUES | {"read", "reads", "concluded", "wrote"}

#: Every word that may govern a quoted fragment: speech, naming, belief and learned verbs.
ALL_CUES = (
    SPEECH_VERBS
    | NAMING_VERBS
    | COGNITION_VERBS
    | LEARNED_CUES
    | {"characterizing", "characterized"}
)

#: Words that open a sentence with a phrase before its subject.
OPENERS = PREPOSITIONS | frozenset(
    "hours moments minutes days weeks months years later earlier last next asked speaking "
    "continuing according despite amid unlike like instead meanwhile still yet".split()
)

#: Cues that may introduce reported speech without quotation marks: the speech verbs and
#: the learned words that were cues in at least this share of their uses. (0.4, the
#: lexicon's own floor, scored best on PolNeAR train; 0.5-0.7 trade recall for precision
#: and lower F1.)
INDIRECT_CUE_RATIO = 0.4

INDIRECT_CUES = SPEECH_VERBS | frozenset(
    word for word, ratio in LEARNED_CUE_RATIOS.items() if ratio >= INDIRECT_CUE_RATIO
)

#: Words that open the content a cue governs: a that- or wh-clause.
CONTENT_OPENERS = frozenset("that if whether how why what when where who".split())

_ABBREVIATION_WORDS = ABBREVIATIONS

#: Time words that may stand between a speaker and the verb (``Obama on Monday said``).
TIME_WORDS = frozenset(
    "week month year night morning afternoon evening weekend today yesterday tonight "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

# --- speaker phrases -------------------------------------------------------------------


#: Reporting words that are mostly nouns: after ``the X`` they are not a verb.
NOUN_CUES = frozenset(
    "statement statements call retort criticism assertion suggestion admission complaints "
    "footage cry claim remarks comment comments response message memo post".split()
)

#: Past forms without ``-ed``: after ``a X`` they are still verbs (``a spokesman said``).
_IRREGULAR_PAST = frozenset(
    "said told wrote read put thought felt knew found shown written spoke".split()
)


def is_cue(token: Token, cues: frozenset[str] = SPEECH_VERBS) -> bool:
    """Whether a token is a reporting verb of ``cues`` (lower-case as written: ``States``
    is a name, not the verb; a word that is never a verb, ``statement``, is never one)."""
    return (
        token.low in cues
        and not token.text[:1].isupper()
        and not token.noun
        and token.low not in NEVER_VERBS
    )


def is_cue_word(token: Token) -> bool:
    """Whether a token is any reporting word used as one (``press`` in ``press secretary``
    is a noun, so a speaker phrase may run over it)."""
    return token.low in ALL_CUES and not token.noun


def is_noun_use(tx: Analysis, index: int) -> bool:
    """Whether a reporting word is used as a noun: ``Trump's call for``, ``his claim``,
    ``the remarks``."""
    if index == 0:
        return False
    tokens = tx.tokens
    previous = tokens[index - 1]
    if _is_possessive(previous) or previous.low in {"the", "a", "an", "this", "that"}:
        return True
    word = tokens[index].low
    if word not in NOUN_CUES and word not in ALL_CUES:
        return False  # not a reporting word: nothing to decide (and the common case)
    singular_noun = word in NOUN_CUES or not word.endswith(("s", "ed", "ing"))
    if not singular_noun or word in _IRREGULAR_PAST:
        return False
    # "a phone call", "the above statement", "a snappy retort": a noun phrase, not a
    # speaker and its verb (a singular subject would take "calls" or "called").
    first = index - 1
    while first >= 0 and index - first <= 3:
        token = tokens[first]
        # A hyphenated modifier may be capitalised: "a Trump-style retort".
        modifier = token.text.islower() or "-" in token.text
        if not (token.is_word and modifier) or token.low in AUXILIARIES:
            return False
        if token.low in {"a", "an", "this", "that", "another"}:
            return first < index - 1
        if token.low == "the" or _is_possessive(token):
            return first < index - 1 and word in NOUN_CUES
        first -= 1
    return False

def _is_possessive(token: Token) -> bool:
    return token.low.endswith(("'s", "’s", "s'", "s’")) or token.low in {"his", "her", "their", "its"}

def _is_initial(letter: Token, following: Token) -> bool:
    """Whether ``letter`` is a middle initial: one capital joined to the full stop after
    it (the ``A.`` of ``James A. Baker``, though ``a`` is never a name elsewhere)."""
    return (
        len(letter.text) == 1
        and letter.text.isupper()
        and following.text == "."
        and following.start == letter.end
    )


def _name_run_back(tx: Analysis, last: int, floor: int) -> int:
    """Return the first index of the capitalised name that ends at token ``last``."""
    tokens = tx.tokens
    first = last
    while first - 1 >= floor and last - first < 9:
        previous = tokens[first - 1]
        if previous.capitalized and (
            previous.low not in NOT_NAMES or _is_initial(previous, tokens[first])
        ):
            first -= 1
        elif (
            previous.text in ".-&"
            and first - 2 >= floor
            and tokens[first - 2].capitalized
            and previous.start == tokens[first - 2].end
            and (previous.text == "." or previous.end == tokens[first].start)
        ):
            # Only joined: "Jeffrey M. Jones", "AT&T"; not "… TIME - Jeffrey Jones".
            if previous.text == "." and not (
                len(tokens[first - 2].text) <= 4 or tokens[first - 2].low in _ABBREVIATION_WORDS
            ):
                break
            first -= 1
        elif previous.low in _NAME_LINKS and first - 2 >= floor and tokens[first - 2].capitalized:
            first -= 1
        elif previous.text == "&" and first - 2 >= floor and tokens[first - 2].capitalized:
            first -= 1  # "Procter & Gamble", "Chapter & Verse": an ampersand joins a name
        elif (
            previous.low in ORG_NAME_LINKS
            and first - 2 >= floor
            and tokens[first - 2].capitalized
            and tokens[first - 2].low in ORG_WORDS
        ):
            first -= 1  # "the House Committee on Intelligence", "the Center for Policy"
        else:
            break
    while first < last and (tokens[first].text in ".-&" or tokens[first].low in _NAME_LINKS):
        first += 1
    # A determiner right before a name belongs to it: "the White House".
    if first - 1 >= floor and tokens[first - 1].low in {"the"}:
        first -= 1
    return first

def _list_run_back(tx: Analysis, first: int, floor: int) -> int:
    """Extend coordinated names back over the names listed before them with commas: ``Ann
    Bright, Tom Reed and Colm Varga said`` (all three speak, not the last two). The list
    must open its clause (the sentence start, or after a determiner, a colon or a dash), so
    a place or date set off before the subject (``In Salem, Tom Reed and …``, ``On Monday,
    …``) is not taken for one of its names."""
    tokens = tx.tokens
    start = first
    while (
        start - 2 >= floor
        and tokens[start - 1].text == ","
        and tokens[start - 2].capitalized
        and tokens[start - 2].low not in NOT_NAMES
    ):
        start = _name_run_back(tx, start - 2, floor)
    if start == first:
        return first
    if start == floor or tokens[start - 1].text in ":—–(" or tokens[start - 1].low in DETERMINERS:
        return start
    return first


def _absorb_description(tx: Analysis, first: int, floor: int) -> int:
    """Extend a name back over the description written before it when that description
    starts the sentence or follows a determiner: ``McGinty campaign spokesman Sean
    Coit``, ``the group's founder Jane Doe``. Returns the new first token index."""
    tokens = tx.tokens
    index = first
    words = 0
    while index - 1 >= floor and words < 4:
        previous = tokens[index - 1]
        if not previous.is_word or is_cue_word(previous) or previous.low in AUXILIARIES:
            break
        if previous.low in NOT_NAMES and previous.low not in DETERMINERS:
            break
        if previous.text.islower() and previous.low.endswith(("ed", "ly", "ing")):
            break
        index -= 1
        words += 1
        if previous.low in DETERMINERS:
            return index
    if index == first:
        return first
    if index == floor or (index - 1 >= floor and tokens[index - 1].text in ",—–-(:"):
        return index
    return first

def phrase_ending_at(tx: Analysis, last: int, floor: int) -> tuple[int, int] | None:
    """Return ``(first, last)`` token indices of a speaker phrase ending at ``last``."""
    tokens = tx.tokens
    if last < floor:
        return None
    token = tokens[last]
    if token.low in _PRONOUNS:
        return last, last
    if token.text == ")":
        # A parenthesis after a name: "Sen. Robert P. Casey Jr. (D-Pa.)".
        index = last - 1
        while index >= max(floor, last - 8) and tokens[index].text != "(":
            index -= 1
        if index < floor or tokens[index].text != "(":
            return None
        inner = phrase_ending_at(tx, index - 1, floor)
        return (inner[0], last) if inner else None
    if token.text == "." and last - 1 >= floor and tokens[last - 1].end == token.start:
        # "Jr." / "Sr.": the period belongs to the name.
        if tokens[last - 1].low in {"jr", "sr"}:
            inner = phrase_ending_at(tx, last - 1, floor)
            return (inner[0], last) if inner else None
        return None
    if (
        _is_count(token)
        and last - 2 >= floor
        and tokens[last - 1].low in {"in", "of"}
        and _is_count(tokens[last - 2])
    ):
        return last - 2, last  # a share of people: "six in 10 said", "Two in three said"
    if token.capitalized and token.low not in NOT_NAMES:
        first = _name_run_back(tx, last, floor)
        # Coordinated speakers: "President Obama and Russian President Vladimir Putin".
        if (
            first - 2 >= floor
            and tokens[first - 1].low == "and"
            and tokens[first - 2].capitalized
            and tokens[first - 2].low not in NOT_NAMES
        ):
            first = _name_run_back(tx, first - 2, floor)
            first = _list_run_back(tx, first, floor)
        elif (
            first - 3 >= floor
            and tokens[first - 1].low == "and"
            and tokens[first - 2].text == ","
            and tokens[first - 3].capitalized
            and tokens[first - 3].low not in NOT_NAMES
        ):
            # "A, B, and C said": the serial comma before "and".
            listed = _list_run_back(tx, _name_run_back(tx, first - 3, floor), floor)
            if listed < first - 3:
                first = listed
        return _absorb_description(tx, first, floor), last
    if token.is_word and token.text.islower() and token.low not in NOT_NAMES:
        if (
            token.low in AUXILIARIES
            or is_cue_word(token)
            or token.low in DETERMINERS
            or token.low in _NOT_HEADS
        ):
            return None
        index = last
        found = None
        while index - 1 >= floor and last - index < 5:
            previous = tokens[index - 1]
            if previous.low in DETERMINERS or _is_possessive(previous):
                first = index - 1
                if _is_possessive(previous) and previous.capitalized:
                    first = _name_run_back(tx, index - 1, floor)
                elif _is_possessive(previous):
                    # "the minister's spokesman", "the prime minister’s spokesman".
                    first = _determiner_before(tx, first, floor)
                found = first, last
                break
            if not previous.is_word or previous.low in NOT_NAMES or is_cue_word(previous):
                break
            if previous.capitalized:
                first = _name_run_back(tx, index - 1, floor)
                if first - 1 >= floor and tokens[first - 1].low in DETERMINERS:
                    first -= 1
                found = first, last
                break
            index -= 1
        if (
            found is None
            and index == floor
            and index < last
            and tokens[index].text.islower()
            and tokens[last].low.endswith("s")
            and not any(
                t.low in AUXILIARIES or t.low.endswith(("ed", "ly")) for t in tokens[index:last]
            )
        ):
            return index, last  # a bare plural phrase: "…, federal officials said."
        return found if found is not None else (last, last)
    return None

def _is_count(token: Token) -> bool:
    """Whether a token is a number, in digits or in words up to ten (``10``, ``three``)."""
    return token.text.isdigit() or token.low in _COUNTS or token.low in {"one", "nine"}


#: Most lower-case words between a determiner and the possessive it belongs to (``the
#: prime minister's``).
POSSESSOR_WORDS = 2


def _determiner_before(tx: Analysis, possessive: int, floor: int) -> int:
    """The first token of a lower-case possessor phrase ending at ``possessive``: its
    determiner when one comes within :data:`POSSESSOR_WORDS` words (``the prime
    minister's``), else the possessive itself."""
    tokens = tx.tokens
    index = possessive - 1
    while index >= floor and possessive - index <= POSSESSOR_WORDS + 1:
        token = tokens[index]
        if token.low in DETERMINERS and token.text.islower():
            return index
        if not (token.is_word and token.text.islower()) or token.low in AUXILIARIES or (
            is_cue_word(token) or token.low in NOT_NAMES
        ):
            break
        index -= 1
    return possessive


def is_adverb(token: Token) -> bool:
    """Whether a lower-case word in ``-ly`` is an adverb (``repeatedly``), not one of the
    nouns and adjectives that end so (``rally``, ``family``, ``ally``)."""
    return token.low.endswith("ly") and token.low not in LY_WORDS


def _is_time(tx: Analysis, index: int, floor: int) -> bool:
    """Whether token ``index`` ends a time phrase between a speaker and the verb
    (``Feinstein last week said``, ``Obama on Monday said``)."""
    tokens = tx.tokens
    token = tokens[index]
    if token.low in TIME_WORDS or token.low == "ago":
        return True
    following = tokens[index + 1].low if index + 1 < len(tokens) else ""
    if token.low in _TIME_UNITS:
        # "The State Department two weeks ago said"
        return following == "ago"
    if following in _TIME_UNITS and (token.low.isdigit() or token.low in _COUNTS):
        return True
    return token.low in {"last", "this", "on", "earlier", "late"} and following in TIME_WORDS


_TIME_UNITS = frozenset("minutes hours days weeks months years decades".split())
_COUNTS = frozenset("two three four five six seven eight nine ten few several many".split())

def relative_antecedent(tx: Analysis, index: int, floor: int) -> tuple[int, int] | None:
    """The phrase a relative pronoun at token ``index`` stands for, when it is the subject
    of the verb after it: ``the report, which notes`` -> the report; ``a message that
    said`` -> a message. None for ``that`` after a verb (``said that``), a pronoun or a
    comma, and for anything but :data:`~newsparse_quotes.patterns.RELATIVE_SUBJECTS`.

    Args:
        tx: the analysed text.
        index: the token that may be a relative pronoun.
        floor: the first token the phrase may start at.
    """
    tokens = tx.tokens
    word = tokens[index]
    if word.low not in RELATIVE_SUBJECTS or index - 1 < floor:
        return None
    before = index - 1
    if tokens[before].text == ",":
        if word.low not in COMMA_RELATIVES:
            return None  # ", that …" opens no relative clause of a noun
        before -= 1
    if before < floor:
        return None
    token = tokens[before]
    if not token.is_word or token.low in _PRONOUNS or is_cue_word(token) or token.low in NOT_NAMES:
        return None
    if token.text.islower() and token.low.endswith(("ed", "ly")):
        return None  # "stressed that", "only that": a verb's clause, not a noun's
    return phrase_ending_at(tx, before, floor)


def in_subject_relative(tx: Analysis, index: int) -> bool:
    """Whether the token at ``index`` is a restrictive ``who`` whose antecedent opens its
    sentence, so that the clause sits inside the sentence's subject (``Those who believe
    the party is stuck are deluding themselves``, ``Some consumers who sought help
    reported …``): no comma before it, and the phrase before it starts the sentence or
    follows a comma. The sentence's own verb follows the clause, so without quotation
    marks what comes after the relative's verb is no one's words."""
    tokens = tx.tokens
    if tokens[index].low != "who" or index == 0 or tokens[index - 1].text == ",":
        return False
    start = index - 1
    while start > 0 and not tx.is_sentence_end(start - 1):
        start -= 1
    if tokens[index - 1].low in SUBJECT_DEMONSTRATIVES:
        first = index - 1  # "Those who …", "those who …"
    else:
        phrase = phrase_ending_at(tx, index - 1, start)
        if phrase is None:
            return False
        first = phrase[0]
    return first == start or tokens[first - 1].text == ","


def _description_in_subject(tx: Analysis, cue: int) -> bool:
    """Whether the clause of the verb at ``cue`` closes with a comma and a reporting verb
    (``Ann Bright, the head of the union, which endorsed Reed in May, said …``): the
    relative clause describes the subject of that verb, which reports instead."""
    tokens = tx.tokens
    for index in range(cue + 1, min(len(tokens) - 1, cue + MAX_SPEAKER)):
        if tx.is_sentence_end(index) or tx.inside_quote(tokens[index].start):
            return False
        if tokens[index].text == ",":
            following = index + 1
            while following < len(tokens) - 1 and tokens[following].low in AUXILIARIES:
                following += 1
            return tokens[following].text.islower() and is_cue_word(tokens[following])
    return False


def speaker_before(tx: Analysis, cue: int, floor: int) -> tuple[int, int] | None:
    """Return the speaker phrase that ends just before the cue token ``cue``."""
    tokens = tx.tokens
    last = cue - 1
    while last >= floor and (
        (
            tokens[last].text.islower()
            and (
                tokens[last].low in AUXILIARIES
                or is_adverb(tokens[last])
                or is_negated_auxiliary(tokens[last].low)  # "Sowers didn't know"
            )
        )
        or _is_time(tx, last, floor)
    ):
        last -= 1
    if last < floor:
        return None
    if (
        tokens[cue].low in SPEECH_VERBS
        and relative_antecedent(tx, last, floor) is not None
        and not _description_in_subject(tx, cue)
    ):
        # "the report, which notes, “…”", "a message that said, “…”": the relative
        # pronoun is the subject; it stands for the phrase before it. Only verbs of
        # speech: "Inmarsat, which opted to …", "a group that applauded …" report
        # actions and attitudes, no words.
        return last, last
    described = _dash_description(tx, last, floor)
    if described is not None:
        return described
    if tokens[last].text == "," and last - 1 >= floor and tokens[last - 1].text == ")":
        # "Gov. John Kasich (R-OH), said"
        return phrase_ending_at(tx, last - 1, floor)
    if tokens[last].text == ",":
        clause = _relative_clause_start(tx, last, floor)
        if clause is not None:
            # "Alverson, a commissioner on the Commission, which regulates fishing,
            # said", "the source, who said he had spoken to them, told": the speaker is
            # the phrase before the relative clause.
            inner = speaker_before(tx, clause + 1, floor) if clause - 1 >= floor else None
            if inner is None and clause - 1 >= floor:
                inner = phrase_ending_at(tx, clause - 1, floor)
            return inner
    if tokens[last].text == ",":
        # An appositive: "Cornell William Brooks, president of the NAACP, said".
        index = last - 1
        while index >= max(floor, last - 2 * MAX_SPEAKER) and tokens[index].text != ",":
            if tx.is_sentence_end(index) or is_cue_word(tokens[index]):
                return None
            index -= 1
        if index < floor or tokens[index].text != ",":
            return None
        if index - 1 >= floor and tokens[index - 1].low == "who":
            return index - 1, index - 1  # "her leadership, who, on a call Friday, criticized"
        head = phrase_ending_at(tx, index - 1, floor)
        if (
            head is not None
            and head[0] - 1 >= floor
            and tokens[head[0] - 1].low in PREPOSITIONS - {"as"}
            and _describes_the_object(tx, index + 1, last)
        ):
            # "Clinton, during a town hall meeting in Columbus, Ohio, said", "Ann Bright,
            # head of research at Delta Bank, a lender in Porto, said": what the commas set
            # off belongs to the object of a preposition; the subject stands before the
            # phrase that holds it, or nowhere in reach.
            opening = _phrase_opening_comma(tx, head[0] - 1, floor)
            return phrase_ending_at(tx, opening - 1, floor) if opening is not None else None
        if head is not None and head[0] - 1 >= floor and tokens[head[0] - 1].low in _ROLE_LINKS:
            # "The head of the harbour board, Ann Bright, said": the role and its holder.
            head = _widen_over_preposition(tx, head, floor)
        if head is None or not tokens[head[1]].capitalized:
            # A description, then the name between commas: "her senior policy adviser,
            # Jake Sullivan, said".
            name = phrase_ending_at(tx, last - 1, index + 1)
            if (
                head is not None
                and name is not None
                and name[0] == index + 1
                and tokens[name[0]].capitalized
                and tokens[last - 1].capitalized
            ):
                return head[0], last - 1
            return None
        return head[0], last - 1
    phrase = phrase_ending_at(tx, last, floor)
    if phrase is not None and phrase[0] < phrase[1] and tokens[phrase[0]].low == "that":
        phrase = phrase[0] + 1, phrase[1]  # "… so heated that Gov. Chris Christie said"
    if phrase is not None:
        phrase = (
            _document_before_its_subjects(tx, phrase, floor)
            or _people_before_their_place(tx, phrase, floor)
            or _subject_before_adjunct(tx, phrase, floor)
            or _widen_over_preposition(tx, phrase, floor)
        )
        relative = _relative_clause_without_commas(tx, phrase[0], floor)
        if relative is not None:
            return relative
        holder = _role_holder_before(tx, phrase, floor)
        if holder is not None:
            return holder
        comma = phrase[0] - 1
        if (
            comma - 1 >= floor
            and tokens[comma].text == ","
            and tokens[phrase[0]].low in DETERMINERS
            and tokens[phrase[0]].text.islower()
        ):
            # "Sam Lau, the communications director for the party said": an appositive
            # whose closing comma is missing; the name before it is the speaker's.
            name = phrase_ending_at(tx, comma - 1, floor)
            if (
                name is not None
                and name[0] == floor
                and tokens[name[1]].capitalized
                and tokens[name[0]].low not in OPENERS
                and not tokens[name[0]].low.endswith("ly")
            ):
                return name[0], phrase[1]
    return phrase


def _role_holder_before(tx: Analysis, phrase: tuple[int, int], floor: int) -> tuple[int, int] | None:
    """The person whose role the organisation ``phrase`` completes, when the appositive's
    closing comma is missing: ``Eric Durr, Director of Public Affairs at New York State
    Division of Military Affairs told``: the organisation after ``at`` / ``of`` / ``for``
    is part of the role; the speaker is the name before the comma, with its description.
    None when no name opens the sentence before such a role."""
    tokens = tx.tokens
    preposition = phrase[0] - 1
    if preposition - 1 < floor or tokens[preposition].low not in ROLE_COMPLEMENTS:
        return None
    for index in range(preposition - 1, max(floor, preposition - MAX_SPEAKER) - 1, -1):
        token = tokens[index]
        if token.text == ",":
            name = phrase_ending_at(tx, index - 1, floor) if index - 1 >= floor else None
            if (
                name is None
                or not tokens[name[1]].capitalized
                or tokens[name[0]].low in OPENERS
                or name[0] != _clause_floor(tx, name[0], floor)
            ):
                return None
            return name[0], phrase[1]
        if not token.is_word or is_cue_word(token) or token.low in AUXILIARIES:
            return None
    return None


def _clause_floor(tx: Analysis, first: int, floor: int) -> int:
    """``first`` when the phrase starting there opens its clause: at ``floor``, or after a
    comma, a conjunction or a determiner; else -1."""
    if first == floor:
        return first
    previous = tx.tokens[first - 1]
    if previous.text in ",:;—–(" or previous.low in {"and", "but", "while"} | DETERMINERS:
        return first
    return -1


def _describes_the_object(tx: Analysis, first: int, end: int) -> bool:
    """Whether the words ``[first, end)`` between two commas, after the object of a
    preposition, go with that object: the state or country of a place (``in Columbus,
    Ohio,``, ``from Ava, Mo.,``: one word, or names of places only) or an indefinite
    description (``at Delta Bank, a lender in Porto,``). A person named there (``the
    head of the league, Ann Bright,``) is the speaker instead."""
    words = [t for t in tx.tokens[first:end] if t.is_word]
    if not words:
        return False
    if words[0].text in {"a", "an"}:
        return True
    if words[0].low == "the" and words[-1].text.islower() and not is_person_noun(words[-1].low):
        # "at Stratfor, the Texas-based intelligence company,": what it is; "and Alex
        # Azar, the health secretary," describes a person, who speaks.
        return True
    return len(words) == 1 or all(t.low in PLACE_NAMES for t in words)


def _phrase_opening_comma(tx: Analysis, preposition: int, floor: int) -> int | None:
    """The comma that opens a phrase set off by commas and holding the preposition at
    ``preposition`` (``, during a town hall meeting in``), when a preposition or a time
    word follows it; None when there is no such comma within a speaker's length."""
    tokens = tx.tokens
    for index in range(preposition - 1, max(floor, preposition - MAX_SPEAKER) - 1, -1):
        token = tokens[index]
        if token.text == ",":
            following = tokens[index + 1]
            if index - 1 >= floor and (following.low in PREPOSITIONS or following.low in TIME_WORDS):
                return index
            return None
        if not token.is_word or is_cue_word(token):
            return None
    return None


_DASHES = frozenset("—–")


def _dash_at(tx: Analysis, index: int) -> int | None:
    """The first token of a dash ending at token ``index`` (``—``, ``–`` or ``--``)."""
    tokens = tx.tokens
    if tokens[index].text in _DASHES:
        return index
    if tokens[index].text == "-" and index > 0 and tokens[index - 1].text == "-":
        return index - 1
    return None


def _dash_description(tx: Analysis, last: int, floor: int) -> tuple[int, int] | None:
    """A speaker described between dashes right before the cue at ``last + 1``
    (``Jason Sims — a teacher from Mount Pleasant — says``, ``John McCain -- who lost the
    2008 election -- said``): the name and its description, or None."""
    tokens = tx.tokens
    closing = _dash_at(tx, last)
    if closing is None:
        return None
    index = closing - 1
    while index >= max(floor, closing - 2 * MAX_SPEAKER):
        if tx.is_sentence_end(index) or is_cue_word(tokens[index]) or tokens[index].text in "“”\"":
            return None
        opening = _dash_at(tx, index)
        if opening is not None:
            head = phrase_ending_at(tx, opening - 1, floor) if opening > floor else None
            inside = tokens[index + 1]  # the first word between the dashes
            if head is None or not (
                tokens[head[1]].capitalized
                or is_speaker_noun(tokens[head[1]].low)
                or (inside.capitalized and inside.low not in NOT_NAMES)
            ):
                return None
            end = closing - 1
            while end > opening and not tokens[end].is_word:
                end -= 1
            return head[0], end
        index -= 1
    return None


def _relative_clause_without_commas(
    tx: Analysis, phrase_first: int, floor: int
) -> tuple[int, int] | None:
    """The speaker before a relative clause that has no commas, when the phrase found
    before the cue (starting at ``phrase_first``) lies inside it: ``a White House
    official who spoke anonymously to discuss internal strategy said`` gives ``a White
    House official``, not ``strategy``. None when there is no such clause."""
    tokens = tx.tokens
    if tokens[phrase_first].low == "that":
        return None  # a new clause starts: "so heated that Gov. Chris Christie said"
    index = phrase_first - 1
    while index > floor and phrase_first - index <= MAX_SPEAKER:
        token = tokens[index]
        if not token.is_word or tx.is_sentence_end(index):
            return None
        if token.low == "that":
            return None  # a new clause starts: "so heated that the governor said"
        if token.low == "who":
            if tokens[index - 1].text == ",":
                return None  # set off by commas: the appositive rules decide
            if index == phrase_first - 1:
                # "The man who the police said fired the shots": the phrase right after
                # "who" is the subject of the reporting verb, and "who" its object.
                return None
            return phrase_ending_at(tx, index - 1, floor)
        index -= 1
    return None


#: Words that open a relative clause set off by commas after a speaker.
RELATIVES = frozenset({"who", "which", "whose", "whom", "where"})


def _relative_clause_start(tx: Analysis, comma: int, floor: int) -> int | None:
    """The index of the comma that opens a relative clause closed by the comma at
    ``comma`` (``, which regulates fishing,``), or None."""
    tokens = tx.tokens
    index = comma - 1
    while index >= max(floor, comma - 2 * MAX_SPEAKER):
        token = tokens[index]
        if token.text == "," and index + 1 < comma and tokens[index + 1].low in RELATIVES:
            return index if index > floor else None
        if token.text in ",;:" or tx.is_sentence_end(index) or token.text in "“”\"":
            return None
        index -= 1
    return None


def in_relative_clause(tx: Analysis, cue: int, floor: int) -> bool:
    """Whether a cue is the verb of a relative clause (``, who said he …,``): it reports
    the speaker's earlier words, not the quote."""
    index = cue - 1
    while index >= floor and (
        tx.tokens[index].low in AUXILIARIES or tx.tokens[index].low.endswith("ly")
    ):
        index -= 1
    return index > floor and tx.tokens[index].low in RELATIVES and tx.tokens[index - 1].text == ","


#: Forms of ``be`` before a passive participle (``was described as … by …``).
_PASSIVE_BE = frozenset("is are was were be been being".split())

#: How far after a passive cue its ``by`` agent may stand, in tokens.
AGENT_WINDOW = 40


def is_passive(tx: Analysis, cue: int) -> bool:
    """Whether a cue is a past participle after a form of ``be`` (``was told``, ``were
    quickly informed``, ``were not charged``)."""
    tokens = tx.tokens
    if not tokens[cue].low.endswith(("ed", "en")) and tokens[cue].low not in _IRREGULAR_PAST:
        return False
    index = cue - 1
    while (
        index >= 0
        and tokens[index].text.islower()
        and (tokens[index].low.endswith("ly") or tokens[index].low in _NEGATIONS)
    ):
        index -= 1
    return index >= 0 and tokens[index].low in _PASSIVE_BE


#: Negations that may stand between ``be`` and a participle (``were not charged``).
_NEGATIONS = frozenset({"not", "never"})


def _after_adverbs(tx: Analysis, index: int, limit: int) -> int:
    """The index of the first token from ``index`` on that is no adverb (``limit`` when
    the adverbs run to it)."""
    while index < limit and is_adverb(tx.tokens[index]):
        index += 1
    return index


def _opens_content(token: Token) -> bool:
    """Whether a word right after a verb opens what it reports: a that- or wh-clause, a
    quotation, or a clause whose subject is a pronoun (``revealed that …``, ``was
    convinced he was …``)."""
    return (
        token.low in CONTENT_OPENERS
        or token.text in "“\"„«"
        or token.low in _SUBJECT_PRONOUNS
    )


#: Pronouns that can only be subjects: after a verb they open a clause (``found he was``).
_SUBJECT_PRONOUNS = frozenset("i he she we they".split())


def done_to_the_subject(tx: Analysis, cue: int, limit: int) -> bool:
    """Whether a cue is a verb in the passive with no ``by`` agent and nothing reported
    after it: ``were portrayed positively``, ``were not charged``, ``has been informed
    of the incident``. Its subject is what the verb was done to and nobody is said to
    speak, so it reports nothing. A passive still reports, from an unnamed source, when
    it governs a clause (``it was revealed in March that …``, ``is convinced the plan
    will …``), an infinitive (``is said to be``, ``were told to stay home``), a
    participle (``is quoted as saying``, ``is shown discussing``) or, after a verb of
    asking or telling, its topic (``was asked about the protests``).

    Args:
        tx: the analysed text.
        cue: index of the cue token.
        limit: index just past the last token of the sentence.
    """
    if not is_passive(tx, cue) or passive_agent(tx, cue, limit) is not None:
        return False
    tokens = tx.tokens
    index = _after_adverbs(tx, cue + 1, limit)
    if index >= limit:
        return True
    following = tokens[index]
    if following.low == "as" and index + 1 < limit:
        following = tokens[index + 1]  # "is quoted as saying"
    if (
        following.low in _PASSIVE_COMPLEMENTS
        or following.low.endswith("ing")
        or _opens_content(following)
        or following.low in CLAUSE_STARTS
        or (following.capitalized and following.low not in NOT_NAMES)
        or (following.low == "about" and tokens[cue].low in OBJECT_VERBS)
    ):
        return False
    # "it was revealed in March that …": a that-clause after a short adjunct.
    return not any(t.low == "that" for t in tokens[index : min(limit, index + ADJUNCT_REACH)])


#: Words after a passive participle that open what it reports: an infinitive.
_PASSIVE_COMPLEMENTS = frozenset({"to"})

#: Words that open a clause right after a passive participle, which takes no object
#: (``is convinced the issue will …``).
CLAUSE_STARTS = frozenset("the this these those".split())

#: How far after a passive participle a ``that`` may open its clause (``was revealed in
#: March that …``), in tokens.
ADJUNCT_REACH = 6


def is_phone_call(tx: Analysis, cue: int, limit: int) -> bool:
    """Whether a form of ``call`` means to telephone: its object is followed by ``about``,
    ``back`` or an infinitive, or is a person who ends the clause (``called her.``,
    ``called the Queen about Prince Philip``, ``called Sanders to congratulate him``),
    not by the label it gives (``called him a liar``, ``called the plan “a disaster”``,
    ``called the moves unconstitutional.``).

    Args:
        tx: the analysed text.
        cue: index of the cue token.
        limit: index just past the last token of the sentence.
    """
    tokens = tx.tokens
    if tokens[cue].low not in CALL_FORMS or cue + 1 >= limit:
        return False
    if tokens[cue + 1].low in CALL_APPEALS:
        return False  # "called upon the mayor to act": an appeal, which reports
    if tokens[cue + 1].low in OBJECT_PRONOUNS:
        person, after = True, cue + 2
    else:
        listener = speaker_after(tx, cue + 1, limit)
        if listener is None or tokens[listener[0]].low in _PRONOUNS:
            return False  # "called for", "called on", "called it “a mistake”"
        person = all(t.capitalized for t in tokens[listener[0] : listener[1] + 1])
        after = listener[1] + 1
    if after >= limit or tokens[after].text in ".;":
        return person  # "called the moves unconstitutional." is a label
    following = tokens[after]
    if following.low == "to":
        # "called Sanders to congratulate him", not "called the plan to account".
        return (
            after + 1 < limit
            and tokens[after + 1].text.islower()
            and tokens[after + 1].low not in DETERMINERS
        )
    return following.low in CALL_PARTICLES


def gives_a_name(tx: Analysis, cue: int) -> bool:
    """Whether a cue is a participle that names rather than reports: a passive (``Dern
    was named best supporting actress``) or a reduced relative after an indefinite noun
    phrase (``a new project named “Open City”``, ``a man named Reyes``)."""
    tokens = tx.tokens
    if tokens[cue].low not in NAME_GIVING_PARTICIPLES:
        return False
    index = cue - 1
    while index >= 0 and (tokens[index].low in AUXILIARIES or is_adverb(tokens[index])):
        if tokens[index].low in _PASSIVE_BE:
            return True  # "was later named", "has been named"
        index -= 1
    for index in range(cue - 1, max(-1, cue - ROLE_WORDS - 1), -1):
        token = tokens[index]
        if not (token.is_word and token.text.islower()) or token.low in AUXILIARIES:
            return False
        if token.low in {"a", "an"}:
            return index < cue - 1
    return False


def passive_agent(tx: Analysis, cue: int, limit: int) -> tuple[int, int] | None:
    """The ``by`` agent of a passive cue, which is its speaker: ``The spill was described
    as “the worst in a decade” by the conservation department`` -> the department.

    Args:
        tx: the analysed text.
        cue: index of the cue token (a past participle).
        limit: index just past the last token the agent may use (the sentence end).
    """
    tokens = tx.tokens
    if not is_passive(tx, cue):
        return None
    for by in range(cue + 1, min(limit, cue + AGENT_WINDOW)):
        token = tokens[by]
        if token.text in ";:" or (tx.is_sentence_end(by) and not tx.inside_quote(token.start)):
            return None
        if token.low == "by" and not tx.inside_quote(token.start):
            agent = speaker_after(tx, by + 1, limit)
            if agent is not None and tokens[agent[0]].low not in _PRONOUNS - {"he", "she"}:
                return agent
            return None
    return None


#: Prepositions of a time or manner phrase between a subject and its verb.
_ADJUNCT_PREPOSITIONS = frozenset({"in", "during", "at", "on"})


def _subject_before_adjunct(tx: Analysis, phrase: tuple[int, int], floor: int):
    """The subject before a time or manner phrase that ends at the cue: ``Trump in his
    announcement speech called …`` is Trump's, not the speech's. The name (or ``he`` /
    ``she``) right before the preposition, when the phrase found is a common noun; else
    None."""
    tokens = tx.tokens
    first = phrase[0]
    if first - 2 < floor or tokens[first - 1].low not in _ADJUNCT_PREPOSITIONS:
        return None
    if not tokens[phrase[1]].text.islower() or not tokens[first - 1].text.islower():
        return None
    before = tokens[first - 2]
    if before.low in PERSON_PRONOUNS:
        return first - 2, first - 2
    if not before.capitalized or before.low in NOT_NAMES:
        return None
    return phrase_ending_at(tx, first - 2, floor)


def is_document_noun(low: str) -> bool:
    """Whether a lower-case noun, singular or plural, heads a document or study
    (:data:`~newsparse_quotes.patterns.DOCUMENT_NOUNS`: ``study``, ``studies``,
    ``surveys``)."""
    if low in DOCUMENT_NOUNS:
        return True
    if low.endswith("ies"):
        return low[:-3] + "y" in DOCUMENT_NOUNS
    return low.endswith("s") and low[:-1] in DOCUMENT_NOUNS


def _is_number(token: Token) -> bool:
    """A count, in words or in digits with separators (``84``, ``2,000``, ``1.5``)."""
    return _is_count(token) or (token.text[:1].isdigit() and token.text.replace(",", "").replace(".", "").isdigit())


# Most tokens between a study's link word and the phrase found ("in 1,204 likely voters").
_STUDIED_WORDS = 5


def _link_before(tx: Analysis, phrase: tuple[int, int], floor: int, links, *, determiners: bool):
    """The index of the link word (one of ``links``: ``in``, ``of`` …) that a speaker
    phrase follows, over at most :data:`_STUDIED_WORDS` tokens of counts and plain
    lower-case words between them ("in 1,204 likely voters", "in 12 hospitals"; with
    ``determiners``, also "in the county"), with a word before the link; else None."""
    tokens = tx.tokens
    index = phrase[0] - 1
    while index >= floor and phrase[0] - index <= _STUDIED_WORDS and (
        _is_number(tokens[index])
        # "2,000" may come as three tokens
        or (tokens[index].text in ",." and index - 1 >= floor and tokens[index - 1].text.isdigit())
        or (
            tokens[index].is_word
            and tokens[index].text.islower()
            and tokens[index].low not in links
            and (tokens[index].low not in NOT_NAMES or (determiners and tokens[index].low in DETERMINERS))
            and tokens[index].low not in AUXILIARIES
            and not is_cue_word(tokens[index])
        )
    ):
        index -= 1
    if index - 1 < floor or tokens[index].low not in links:
        return None
    return index


def _document_before_its_subjects(tx: Analysis, phrase: tuple[int, int], floor: int):
    """The study a speaker phrase was run on: ``a study in 84 women found`` and ``one
    review of 14 studies found`` report through the study or review, not through the
    women or the studies it looked at. The document phrase and what it was run on, joined
    by one of
    :data:`~newsparse_quotes.patterns.STUDIED_LINKS` (a count and plain words after the
    link are skipped),
    when the phrase found follows it; else None."""
    tokens = tx.tokens
    index = _link_before(tx, phrase, floor, STUDIED_LINKS, determiners=False)
    if index is None:
        return None
    noun = tokens[index - 1]
    if not tokens[index].text.islower() or not noun.text.islower() or not is_document_noun(noun.low):
        return None
    document = phrase_ending_at(tx, index - 1, floor)
    # The whole phrase speaks, as PolNeAR marks it ("a recent survey of Republican
    # insiders"); its head is the document.
    return (document[0], phrase[1]) if document is not None else None


def _people_before_their_place(tx: Analysis, phrase: tuple[int, int], floor: int):
    """The people a speaker phrase places: ``authorities in Beijing announced`` and
    ``nurses in 12 hospitals said`` report through the authorities and the nurses, not
    through Beijing or the hospitals. The people's phrase and the place, joined by one of
    :data:`~newsparse_quotes.patterns.PLACED_LINKS` (a count and plain words after the
    link are skipped), when the phrase found follows it; else None."""
    tokens = tx.tokens
    index = _link_before(tx, phrase, floor, PLACED_LINKS, determiners=True)
    if index is None:
        return None
    for cue in range(phrase[1] + 1, min(phrase[1] + 3, len(tokens) - 1)):
        if tokens[cue].low.endswith("s") and is_cue_word(tokens[cue]) and is_cue_word(tokens[cue + 1]):
            # A reporting word in -s right before another: the first is a plural noun of
            # the place ("GOP insiders in key early states said"), and the phrase found
            # is no place.
            return None
    noun = tokens[index - 1]
    # A capital only where the sentence starts ("Nurses in 12 hospitals said").
    opens = index - 1 == floor or tx.is_sentence_end(index - 2)
    if not tokens[index].text.islower() or not (noun.text.islower() or opens) or not is_people_noun(noun.low):
        return None
    people = phrase_ending_at(tx, index - 1, floor)
    if people is None:
        return None
    # "Dozens of women in Ohio": the count the people are given by belongs to them.
    people = _widen_over_preposition(tx, people, floor)
    first = people[0]
    if (
        first - 2 >= floor
        and tokens[first - 1].low in {"in", "of"}
        and _is_count(tokens[first])
        and _is_count(tokens[first - 2])
    ):
        first -= 2  # a share of them: "One in four voters in a Times poll said"
    if first < people[1] and tokens[first].low == "that":
        first += 1  # "… is that 78 percent of voters in a poll said"
    # The whole phrase speaks, as PolNeAR marks it ("authorities in Beijing"); its head
    # is the people.
    return first, phrase[1]


def _widen_over_preposition(tx: Analysis, phrase: tuple[int, int], floor: int):
    """Widen a speaker phrase that is the object of a preposition to the noun phrase it
    belongs to: ``Another intelligence source speaking to Fox News said`` is the source's,
    not Fox News's; ``the head of the FBI said`` is the head's."""
    tokens = tx.tokens
    first = phrase[0]
    if first - 2 < floor or tokens[first - 1].low not in _OBJECT_PREPOSITIONS:
        return phrase
    if not tokens[first - 1].text.islower():
        return phrase
    index = first - 2
    while index >= floor and first - index <= 8:
        token = tokens[index]
        if token.text == "." and index - 1 >= floor and tokens[index - 1].low in ABBREVIATIONS:
            index -= 1  # the full stop of a title: "Capt. Ann Reyes of the police"
            continue
        if not token.is_word or token.low in AUXILIARIES or is_cue_word(token):
            return phrase
        if token.low in NOT_NAMES and token.low not in DETERMINERS:
            return phrase
        if token.text.islower() and token.low.endswith(("ed", "ly")):
            return phrase
        if token.low in DETERMINERS or _is_possessive(token):
            return index, phrase[1]
        if index == floor or tokens[index - 1].text in ",—–(:":
            # A capitalised sentence start ("Supporters of Trump" is a bare plural and
            # as often the object of an opening phrase: on PolNeAR train, no better).
            return (index, phrase[1]) if token.capitalized else phrase
        index -= 1
    return phrase


# Adverbs that open a sentence before its subject ("Likewise, …", "Even Trump …").
_ADVERB_OPENERS = frozenset("even outside likewise also still then now here there thus".split())

# Prepositions whose object may end a longer speaker phrase.
_OBJECT_PREPOSITIONS = frozenset("to of for with at from".split())

# Small words a role may hold ("secretary of state", "director for policy").
_ROLE_LINKS = frozenset({"of", "for"})


def speaker_after(tx: Analysis, first: int, limit: int) -> tuple[int, int] | None:
    """Return the speaker phrase that starts at token ``first`` (``said Putin``)."""
    tokens = tx.tokens
    if first >= limit:
        return None
    token = tokens[first]
    if token.low in _PRONOUNS:
        return first, first
    last = first
    if token.low in DETERMINERS or _is_possessive(token):
        index = first + 1
        if (
            index + 1 < limit
            and tokens[index].low == "of"
            and token.low not in {"the", "a", "an"}
        ):
            # "one of those advisers", "some of the protesters"
            index += 1
            if tokens[index].low in DETERMINERS or _is_possessive(tokens[index]):
                index += 1
        while index < limit and index - first <= 7:
            word = tokens[index]
            if not word.is_word or word.low in NOT_NAMES or is_cue_word(word):
                break
            if word.low in PREPOSITIONS or word.low in AUXILIARIES or is_negated_auxiliary(word.low):
                break
            if word.text.islower() and word.low.endswith("ly"):
                break
            last = index
            index += 1
        return (first, last) if last > first else None
    if not token.capitalized and token.is_word and token.low not in NOT_NAMES:
        # "said spokesman John Kirby", "said former secretary of state Hillary
        # Clinton": role words before a name.
        index = first
        while index < limit and index - first < ROLE_WORDS and tokens[index].text.islower():
            word = tokens[index]
            if (word.low in NOT_NAMES and word.low not in _ROLE_LINKS) or is_cue_word(word):
                return None
            index += 1
        if index < limit and tokens[index].capitalized and tokens[index].low not in NOT_NAMES:
            inner = speaker_after(tx, index, limit)
            return (first, inner[1]) if inner else None
        return None
    if not token.capitalized or token.low in NOT_NAMES:
        return None
    index = first + 1
    while index < limit and index - first < 9:
        word = tokens[index]
        if word.capitalized and (
            word.low not in NOT_NAMES
            or (index + 1 < limit and _is_initial(word, tokens[index + 1]))
        ):
            last = index
        elif word.text in ".-&" and tokens[index - 1].end == word.start and index + 1 < limit:
            if word.text == "." and not (
                len(tokens[index - 1].text) <= 4 or tokens[index - 1].low in _ABBREVIATION_WORDS
            ):
                break
            if word.text == "." and not tokens[index + 1].capitalized:
                if tokens[index - 1].low in {"jr", "sr"}:
                    last = index
                break
        elif (
            word.low in _NAME_LINKS
            or word.text == "&"
            or (word.low in ORG_NAME_LINKS and tokens[index - 1].low in ORG_WORDS)
        ) and index + 1 < limit and tokens[index + 1].capitalized:
            pass  # "Ann Lee of Smith & Jones", "the Committee on Ways and Means"
        elif word.text == "(":
            close = index + 1
            while close < limit and close - index < 8 and tokens[close].text != ")":
                close += 1
            if close < limit and tokens[close].text == ")":
                last = close
                index = close
            else:
                break
        elif word.text.islower() and word.is_word and index == last + 1:
            # "Former Republican presidential candidate Jeb Bush": description words
            # between capitalised words.
            ahead = index
            while ahead < limit and ahead - index < 3 and is_description(tokens[ahead]):
                ahead += 1
            if index < ahead < limit and tokens[ahead].capitalized and tokens[ahead].low not in NOT_NAMES:
                index = ahead
                last = ahead
                index += 1
                continue
            break
        else:
            break
        index += 1
    return first, last

def source_after_according(tx: Analysis, first: int, limit: int) -> tuple[int, int] | None:
    """The source after ``according to`` that starts at token ``first``: a speaker phrase,
    or else the words up to the next comma (``according to exit polls, …``)."""
    speaker = speaker_after(tx, first, limit)
    if speaker is not None:
        return speaker
    tokens = tx.tokens
    index = first
    while index < limit and index - first < MAX_SPEAKER and tokens[index].is_word:
        if is_cue(tokens[index]):
            return None
        index += 1
    if index > first and index < limit and tokens[index].text == ",":
        return first, index - 1
    return None


def is_description(token: Token) -> bool:
    """Whether a lower-case word may describe a person before their name."""
    low = token.low
    return (
        token.text.islower()
        and token.is_word
        and low not in NOT_NAMES
        and low not in AUXILIARIES
        and not is_cue_word(token)
        and low not in PREPOSITIONS
        and not low.endswith(("ed", "ly", "ing"))
    )

def is_dateline(tx: Analysis, label: tuple[int, int]) -> bool:
    """Whether a label before a colon is a dateline: a place written in capitals
    (``BEIJING:``, ``NEW YORK CITY:``), as some papers open their stories."""
    words = [t for t in tx.tokens[label[0] : label[1] + 1] if t.is_word]
    return bool(words) and all(t.text.isupper() for t in words) and is_place(" ".join(t.text for t in words))


def is_label(tx: Analysis, speaker: tuple[int, int]) -> bool:
    """Whether a speaker phrase is only a section label (``Analysis``, ``Fact Check``)."""
    words = [t for t in tx.tokens[speaker[0] : speaker[1] + 1] if t.is_word]
    return bool(words) and all(t.low in SECTION_LABELS for t in words)


def name_colon(tx: Analysis, first: int, limit: int) -> tuple[int, int] | None:
    """``(first, last)`` of a short capitalised label that opens a paragraph and is
    followed by a colon: ``Paul Ryan:``, ``Q:``, ``Wash Post Fact-Check:``. A section
    label, a letter's salutation (``DEAR ABBY:``) and a dateline (``BEIJING:``) are no
    one's name."""
    tokens = tx.tokens
    start = tokens[first].start
    if start and tx.text[start - 1] != "\n":
        return None
    if not tokens[first].capitalized or tokens[first].low in NOT_NAMES | SALUTATIONS:
        return None
    for index in range(first, min(limit, first + 6)):
        token = tokens[index]
        if token.text == ":":
            if index == first or is_label(tx, (first, index - 1)) or is_dateline(tx, (first, index - 1)):
                return None
            return first, index - 1
        if not (token.capitalized or token.text in ".-&'’" or token.low in _NAME_LINKS):
            return None
    return None

def title_case_cue(tx: Analysis, index: int, limit: int) -> bool:
    """A reporting verb inside a title-case headline: ``Former Pollster Says Clinton Is In
    Trouble``."""
    tokens = tx.tokens
    word = tokens[index]
    if not word.capitalized or word.low not in SPEECH_VERBS or word.low.endswith("ing"):
        return False
    if word.low in CUES_IN_NAMES:
        return False
    if index == 0 or index + 1 >= limit:
        return False
    return tokens[index - 1].capitalized and tokens[index + 1].capitalized

def starts_clause(token: Token) -> bool:
    """Whether a word after a belief verb starts a clause (``think Wasserman Schultz is``,
    ``believe this provides``) rather than an object (``think about``)."""
    return token.low in _PRONOUNS or token.low in {"the", "this", "these", "those"} or (
        token.capitalized and token.low not in NOT_NAMES
    )

def after_conjunction(tx: Analysis, cue: int, floor: int) -> bool:
    """Whether a cue follows ``and`` / ``but`` (past adverbs): ``… and later said``."""
    index = cue - 1
    while index >= floor and tx.tokens[index].low in AUXILIARIES:
        index -= 1
    return index >= floor and tx.tokens[index].low in {"and", "but"}

#: Prepositions whose object receives or carries words (``a statement to Wired``, ``on
#: Facebook``): never the speaker of a participle after it.
RECIPIENT_PREPOSITIONS = frozenset({"to", "on"})


def is_object(tx: Analysis, speaker: tuple[int, int]) -> bool:
    """Whether a phrase before a participle is more likely its verb's object than the
    speaker: a common noun phrase (``a statement``), not a name or pronoun."""
    tokens = tx.tokens
    head = tokens[speaker[1]]
    if speaker[0] > 0 and tokens[speaker[0] - 1].low in RECIPIENT_PREPOSITIONS:
        return True  # "Thiel wrote in a statement to Wired explaining …"
    return head.text.islower() and head.low not in _PRONOUNS

#: Words after which a noun phrase opens a clause as its subject (``…, and the union
#: denounced``, ``when Mayor Bright lamented``).
CLAUSE_OPENING_WORDS = frozenset(
    "and but when while as after because since before until though although so whereas".split()
)


def conjunct_subject(tx: Analysis, cue: int, floor: int) -> tuple[int, int] | None:
    """The subject of the verb that a cue after ``and`` / ``but`` is coordinated with:
    ``…, and the union strongly denounced the plan and said …`` -> the union; ``… when
    Mayor Ann Bright lamented the state of the pier and criticized …`` -> Mayor Ann
    Bright. None when the cue follows no conjunction, or no earlier verb of the sentence
    has a subject that opens a clause (then the sentence subject is the fallback).

    Args:
        tx: the analysed text.
        cue: index of the cue token.
        floor: first token of the sentence.
    """
    tokens = tx.tokens
    index = cue - 1
    while index >= floor and tokens[index].low in AUXILIARIES:
        index -= 1
    if index < floor or tokens[index].low not in {"and", "but"}:
        return None
    for verb in range(index - 1, max(floor, index - BEFORE_WINDOW) - 1, -1):
        token = tokens[verb]
        if token.text in ";:":
            return None
        if not (token.is_word and token.text.islower()) or tx.inside_quote(token.start):
            continue
        if not (
            is_cue(token, ALL_CUES) or token.low.endswith("ed") or token.low in _IRREGULAR_PAST
        ) or is_noun_use(tx, verb):
            continue
        speaker = speaker_before(tx, verb, floor)
        if speaker is None or is_stray_word(tx, speaker):
            continue
        before = speaker[0] - 1
        if before < floor or tokens[before].text == "," or tokens[before].low in CLAUSE_OPENING_WORDS:
            return speaker
    return None


def _clause_pronoun(tx: Analysis, index: int, floor: int, cue: int) -> bool:
    """Whether token ``index`` is a pronoun opening a clause of its own before the cue
    (after ``and``, ``but``, ``as`` or a comma, with a lower-case word after it), the
    clause a participle cue hangs on: ``…, and he has battled with Guardian, at one
    point calling …``. A clause of time (``after they came out, saying``), one inside
    the subject (``The hacker who revealed that … while she was …, admitting``) or a
    passive one (``she was bombarded …``) is not."""
    tokens = tx.tokens
    if tokens[index].low not in PARTICIPLE_CLAUSE_PRONOUNS or not floor < index < cue - 1:
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    if index + 2 < cue and after.low in _PASSIVE_BE and is_passive(tx, index + 2):
        # "she was bombarded by those responding to Trump's tweet calling her …": what
        # was done to the subject is no report of theirs.
        return False
    return (
        (before.low in PARTICIPLE_CLAUSE_OPENERS or before.text == ",")
        and after.is_word
        and after.text.islower()
        and not tx.inside_quote(tokens[index].start)
    )


def absolute_subject(tx: Analysis, cue: int, floor: int) -> tuple[int, int] | None:
    """The subject of a participle cue in an absolute phrase opened by ``with``: ``…,
    with many marchers chanting “…”`` -> many marchers; ``with Ann Bright tweeting
    that … and asking, “…”`` -> Ann Bright (the cue coordinated with the phrase's first
    participle). None when the cue is in no such phrase.

    Args:
        tx: the analysed text.
        cue: index of the cue token (a participle).
        floor: first token of the sentence.
    """
    tokens = tx.tokens
    verb = cue
    if after_conjunction(tx, cue, floor):
        for earlier in range(cue - 2, max(floor, cue - BEFORE_WINDOW) - 1, -1):
            token = tokens[earlier]
            if token.text in ";:" or tx.is_sentence_end(earlier):
                return None
            if (
                token.is_word
                and token.text.islower()
                and token.low.endswith("ing")
                and not tx.inside_quote(token.start)
            ):
                verb = earlier
                break
        else:
            return None
    phrase = speaker_before(tx, verb, floor)
    if phrase is not None and phrase[0] - 2 >= floor and tokens[phrase[0] - 1].low in {"and", "or"}:
        # "with many marchers and spectators chanting": both nouns are the subject.
        pair = phrase_ending_at(tx, phrase[0] - 2, floor)
        if pair is not None:
            phrase = pair[0], phrase[1]
    if phrase is None or phrase[0] - 1 < floor or tokens[phrase[0] - 1].low not in ABSOLUTE_OPENERS:
        return None
    if tokens[phrase[1]].low in OBJECT_PRONOUNS or not all(
        tokens[k].is_word for k in range(phrase[1] + 1, verb)
    ):
        return None  # "met with him, saying": the phrase is the object of "with"
    return phrase


def subject_speaker(
    tx: Analysis, cue: int, floor: int, *, search: bool = True
) -> tuple[int, int] | None:
    """The speaker of a participle cue: ``Putin asked, characterizing …`` -> Putin;
    ``he defended the campaign, saying …`` -> he.

    Args:
        tx: the analysed text.
        cue: index of the cue token.
        floor: first token of the sentence (or of the window searched).
        search: look for an earlier reporting verb's speaker before falling back to the
            sentence subject.
    """
    tokens = tx.tokens
    for earlier in range(cue - 1, max(floor, cue - BEFORE_WINDOW) - 1, -1):
        if not search:
            break
        if _clause_pronoun(tx, earlier, floor, cue):
            # "Christie acknowledged it even as he defended her, saying …": the participle
            # hangs on the nearest clause, whose subject is the pronoun.
            return earlier, earlier
        if (
            is_cue(tokens[earlier])
            # A participle ("a lawsuit … alleging that …") or a noun ("a rare note of
            # self-deprecation") reports nothing of the sentence subject.
            and not tokens[earlier].low.endswith("ing")
            and not is_noun_use(tx, earlier)
        ):
            speaker = speaker_before(tx, earlier, floor)
            if speaker is None and tokens[earlier - 1].text in ",”\"" and earlier > floor:
                # "“…,” said Rep. Ann Bright at the time, adding that “…”": inverted.
                speaker = speaker_after(tx, earlier + 1, cue)
            if speaker is not None:
                return speaker
    # The sentence subject: the first words of the sentence, if they name someone, or
    # the words after an opening phrase ("Hours later, Trump returned …").
    first = _after_dateline(tx, floor, cue)
    while first < cue and not tokens[first].is_word:
        first += 1
    while (
        first + 1 < cue
        and tokens[first].low in LEADING_WORDS
        and (tokens[first + 1].low in LEADING_WORDS or tokens[first + 1].low in _PRONOUNS or (
            tokens[first + 1].capitalized and tokens[first + 1].low not in NOT_NAMES
        ))
    ):
        first += 1  # "And then Trump went on the attack, saying …"
    first = _after_opening_phrase(tx, first, cue)
    if first < cue and (
        tokens[first].low in OPENERS
        # An article starts the subject itself ("The New York businessman has praised
        # Putin, saying …"), not an opening phrase.
        or (tokens[first].low in NOT_NAMES and tokens[first].low not in {"the", "a", "an"})
        or tokens[first].low.endswith(("ing", "ly"))
        or tokens[first].low in _ADVERB_OPENERS
    ) and tokens[first].low not in _PRONOUNS:
        for comma in range(first + 1, min(cue, first + OPENING_CLAUSE)):
            if tokens[comma].text == ",":
                first = _after_apposition(tx, comma + 1, cue)
                break
        else:
            # "Amid the chaos the crowd chanted": no comma tells where the subject starts.
            word = tokens[first].low
            if word not in DETERMINERS and word not in NOT_NAMES and (
                word in OPENERS or word in _ADVERB_OPENERS or word.endswith("ly")
            ):
                return None
    if first < cue and (
        tokens[first].capitalized
        or tokens[first].low in _PRONOUNS
        or tokens[first].low in {"the", "a", "an"}
    ):
        if tokens[first].low in _PRONOUNS:
            return first, first
        return speaker_after(tx, first, cue)
    return None


#: Most tokens of an opening phrase or clause before the comma after which the subject
#: of the sentence stands (``After the governor criticized Ruiz during a debate, Quist
#: shot back``).
OPENING_CLAUSE = 20

#: Most tokens of an opening phrase before the comma and the pronoun that starts the
#: sentence's clause (``Eight years ago, he …``).
OPENING_PHRASE = 6

#: Pronouns that start a clause as its subject after an opening phrase.
CLAUSE_SUBJECTS = frozenset("he she they we i".split())


def _after_opening_phrase(tx: Analysis, first: int, cue: int) -> int:
    """The first token of the subject when a short opening phrase and a comma stand
    before a subject pronoun (``Eight years ago, he supported Obama and said``): the
    pronoun's index, else ``first``."""
    tokens = tx.tokens
    for comma in range(first + 1, min(cue - 1, first + OPENING_PHRASE + 1)):
        token = tokens[comma]
        if not token.is_word and token.text != ",":
            return first
        if token.text == ",":
            following = tokens[comma + 1]
            return comma + 1 if following.low in CLAUSE_SUBJECTS else first
    return first


#: Conjunctions and adverbs that may open a sentence before its subject without a
#: comma (``And then Trump went …``).
LEADING_WORDS = frozenset("and but so or then now also".split())


#: Most tokens a dateline takes before its dash (``WASHINGTON, Aug. 24 (UPI) —``).
DATELINE_TOKENS = 12


def _after_dateline(tx: Analysis, first: int, limit: int) -> int:
    """The first token after a dateline that opens a sentence (``WASHINGTON (AP) —``,
    ``Washington (AFP) –``, ``BEIRUT, Lebanon —``), else ``first``: a dateline names
    where the story was filed, never who speaks."""
    tokens = tx.tokens
    words = 0
    for index in range(first, min(limit, first + DATELINE_TOKENS)):
        token = tokens[index]
        if token.text in "—–" or (token.text == "-" and index > first):
            opening = tokens[first:index]
            if any(t.text == "(" for t in opening) or (
                len(tokens[first].text) > 2 and tokens[first].text.isupper()
            ):
                return index + 1
            return first
        if token.is_word:
            words += 1
            if token.text.islower() and token.low not in DATELINE_WORDS:
                return first  # a sentence, not a dateline
    return first


#: Lower-case words a dateline may hold.
DATELINE_WORDS = frozenset({"of", "de"})


def _after_apposition(tx: Analysis, first: int, limit: int) -> int:
    """Skip a place set off by commas at the end of an opening phrase: after ``Speaking
    at a town hall in Salem,`` the words ``New Hampshire,`` still belong to the phrase,
    and the subject is the name after them."""
    tokens = tx.tokens
    index = first
    while index < limit and index - first <= 4 and tokens[index].capitalized:
        index += 1
    if (
        index > first
        and index + 1 < limit
        and tokens[index].text == ","
        and (
            (tokens[index + 1].capitalized and tokens[index + 1].low not in NOT_NAMES)
            or tokens[index + 1].low in _PRONOUNS
        )
    ):
        return index + 1
    return first


# --- agreement with an entity recogniser ---------------------------------------------

#: Entity labels that can speak: people, organisations, and countries or groups acting
#: as one (``Sudan has said``, ``Democrats said``).
SPEAKER_LABELS = frozenset({"PERSON", "PER", "ORG", "GPE", "NORP"})

# Words that end the head of a speaker phrase: what follows describes it.
_AFTER_HEAD = PREPOSITIONS | frozenset({",", "(", "who", "which", "that", "—", "–"})


def overlaps_mention(start: int, end: int, mentions: list[tuple[int, int, str]]) -> bool:
    """Whether ``[start, end)`` overlaps any of the (sorted) entity ``mentions``."""
    index = bisect_left(mentions, (end,)) - 1
    while index >= 0:
        m_start, m_end, _ = mentions[index]
        if m_end > start:
            return True
        if end - m_start > 2 * MAX_MENTION:
            break
        index -= 1
    return False


#: Longest entity mention, in characters, that the overlap search looks back for.
MAX_MENTION = 120


def speaker_head(tx: Analysis, first: int, last: int) -> Token:
    """The head word of a speaker phrase: the last word before what describes it
    (``spokeswoman`` in ``a spokeswoman for the ministry``)."""
    tokens = tx.tokens
    head = tokens[first]
    for index in range(first, last + 1):
        token = tokens[index]
        if index > first and (token.low in _AFTER_HEAD or not token.is_word) and (
            token.text not in ".-&'’"
        ):
            break
        if token.is_word:
            head = token
    return head


def agrees_with_entities(
    tx: Analysis, start: int, end: int, mentions: list[tuple[int, int, str]]
) -> bool:
    """Whether a speaker at ``[start, end)`` is one an entity recogniser agrees with.

    It is a pronoun or an acronym written like one (``WHO``), contains a whole PERSON,
    ORG, GPE or NORP mention at its head or start (``White House press secretary Josh
    Earnest``, ``Officials in the United States``), or is a role phrase whose head is a lower-case noun of
    :data:`~newsparse_quotes.patterns.SPEAKER_NOUNS` (``a spokeswoman for the
    ministry``). A fragment of a mention (``the United`` of ``the United States``), a
    clause or an unknown capitalised word is not.

    Args:
        tx: the analysed text.
        start: offset of the speaker phrase.
        end: offset just past it.
        mentions: ``(start, end, label)`` of every entity mention, sorted.
    """
    first = tx.first_token(start)
    last = tx.first_token(end) - 1
    if last < first:
        return False
    if first == last and tx.tokens[first].low in _PRONOUNS:
        return True
    if first == last and tx.tokens[first].low in RELATIVE_SUBJECTS:
        # "which notes": the phrase it stands for must agree.
        antecedent = relative_antecedent(tx, first, max(0, first - MAX_SPEAKER))
        return antecedent is not None and agrees_with_entities(
            tx, tx.tokens[antecedent[0]].start, tx.tokens[antecedent[1]].end, mentions
        )
    if first == last and tx.tokens[first].low.isupper() and tx.tokens[first].low.lower() in ACRONYM_PRONOUNS:
        # "WHO said": the tokens keep an acronym written like a pronoun in capitals, and
        # recognisers rarely take it for the body it names.
        return True
    index = bisect_left(mentions, (start,))
    while index < len(mentions) and mentions[index][0] < end:
        m_start, m_end, label = mentions[index]
        # A mention may run a little past the phrase ("Cameron said"), but not over
        # another capitalised word of the name ("the United" of "the United States").
        beyond = tx.text[end:m_end]
        if (label in SPEAKER_LABELS or _seat_speaks(tx, first, start, m_start, m_end)) and not any(
            word[:1].isupper() for word in beyond.split()
        ):
            return True
        index += 1
    head = speaker_head(tx, first, last)
    if not head.text.islower() and head is not tx.tokens[first]:
        return False  # a capitalised word no recogniser took for a name
    return is_speaker_noun(head.low)


def _seat_speaks(tx: Analysis, first: int, start: int, m_start: int, m_end: int) -> bool:
    """Whether a mention in a speaker phrase is a seat of government speaking for its body:
    the phrase opens with it (``The White House said``), and no preposition before the
    phrase makes it the place it is (``officials at the White House opposed``: the speaker
    search stopped at ``at``), but for the ``to`` of ``according to``. A seat inside a
    longer phrase (``the story the White House``) is not the phrase's head."""
    if not is_seat_of_government(tx.text[m_start:m_end]):
        return False
    lead = tx.text[start:m_start].strip().lower()
    if lead not in ("", "the"):
        return False
    if first == 0 or tx.tokens[first - 1].low not in PREPOSITIONS:
        return True
    # "according to the White House": the preposition is the cue's, not a place's.
    return first >= 2 and tx.tokens[first - 1].low == "to" and tx.tokens[first - 2].low == "according"


def is_seat_of_government(name: str) -> bool:
    """Whether a name is a seat of government that speaks for the body sitting there
    (``White House``, ``the Kremlin``, ``Downing Street``), whatever type a recogniser gave
    it: :data:`~newsparse_quotes.patterns.SEATS_OF_GOVERNMENT`."""
    low = " ".join(name.lower().split())
    if low.startswith("the "):
        low = low[4:]
    return low in SEATS_OF_GOVERNMENT


def is_speaker_noun(low: str) -> bool:
    """Whether a lower-case word, singular or plural, is a noun of
    :data:`~newsparse_quotes.patterns.SPEAKER_NOUNS` (``spokeswoman``, ``officials``)."""
    return low in SPEAKER_NOUNS or (low.endswith("s") and low[:-1] in SPEAKER_NOUNS) or (
        low.endswith("ies") and low[:-3] + "y" in SPEAKER_NOUNS
    )


def is_stray_word(tx: Analysis, speaker: tuple[int, int]) -> bool:
    """Whether a speaker phrase is one lower-case word that names nobody: not a pronoun
    nor a speaker noun (``last`` in ``had at last described``, ``key`` in ``key
    states``); the word after it is then no reporting verb."""
    token = tx.tokens[speaker[0]]
    return (
        speaker[0] == speaker[1]
        and token.text.islower()
        and token.low not in _PRONOUNS
        and not is_speaker_noun(token.low)
    )

"""Resolve speakers written as pronouns, roles or surnames to a named person.

The rules are the ones a reader applies to news copy:

* ``he`` / ``she`` is the person most recently named in subject position or as a speaker
  (``British Prime Minister David Cameron pledged … He said Monday …``) whose gender,
  when known from a title or the first name (:mod:`.gender`), agrees with the pronoun;
* ``the president`` is the person most recently named with that title
  (``President Obama`` … ``the president said``);
* a surname is the fullest earlier form of the same name (``Putin`` -> ``Vladimir
  Putin``); titles are dropped from names (``Russian President Vladimir Putin``).

When the entities extractor has run, its PERSON mentions are the candidates and their
canonical names and ids are used instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

import attrs

from .gender import PRONOUN_GENDER, compatible, first_name_gender, name_gender
from .patterns import (
    ABBREVIATIONS,
    DESCRIPTION_ENDS,
    NOT_NAMES,
    ONE_PERSON_DETERMINERS,
    ORG_WORDS,
    OTHER_PRONOUNS,
    PAST_ROLE_WORDS,
    PEOPLE_PLURALS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLACE_HEADS,
    PLACE_NAMES,
    PLACE_STARTS,
    PLACED_LINKS,
    ROLE_COMPLEMENTS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SOLE_ROLES,
    THING_HEADS,
    TITLES,
)
from .segment import Token, pronoun_key

#: Verbs whose object is the person spoken to (``told Ann Bright``).
LISTENER_VERBS = frozenset("tell tells told telling".split())
#: How far after such a verb its listener's name may start, in characters.
LISTENER_REACH = 40

#: How far back, in characters, a pronoun may look for the person it refers to. News
#: copy re-names a speaker at least every few paragraphs.
PRONOUN_REACH = 1500
#: How far before ``who`` its antecedent may end, in characters (``Graham, who``; a
#: parenthesis such as ``(R-S.C.)`` may stand between).
WHO_REACH = 12
#: How far back a role (``the president``) may look for the person holding it.
ROLE_REACH = 6000


@attrs.frozen
class Person:
    """A mention of a named person.

    Attributes:
        start: offset of the mention.
        end: offset just past it.
        name: the name without titles (``"Vladimir Putin"``).
        roles: lower-case title words written with it (``{"president"}``).
        salient: whether it is a sentence subject or a speaker (preferred for pronouns).
        entity_id: the id the entities extractor gave it, if any.
        gender: ``"m"`` or ``"f"`` when a title or the first name tells, else None.
        description: the lower-case words of a description written with the name, set
            off after it (``Ann Bright, the former Vermont senator,``: ``former``,
            ``vermont``, ``senator``) or before it (``award-winning journalist Ann
            Bright``), which a later ``the senator`` must not contradict.
    """

    start: int
    end: int
    name: str
    roles: frozenset[str] = frozenset()
    salient: bool = False
    entity_id: str | None = None
    gender: str | None = None
    description: frozenset[str] = frozenset()


#: How many characters after a name its description set off by a comma may run
#: (``Ann Bright, a 45-year-old real estate agent from Salem,``).
DESCRIPTION_REACH = 80
#: Most words up to the head noun of such a description (``the company's chief executive``).
DESCRIPTION_WORDS = 5


def description_after(text: str, end: int) -> list[str]:
    """The words of a description set off by a comma right after a name ending at
    ``end``, up to its head noun, in lower case, when it names one person by what they
    are or do: ``Jane Roe, an actor,`` gives ``["actor"]``, ``Ann Bright, the Vermont
    senator,`` gives ``["vermont", "senator"]``, ``Ian Lee, an expert in drug use at
    York,`` gives ``["expert"]``; an empty list for anything else (``Columbus, Ohio``,
    ``Roe, who was 21``, ``Roe, a day later``).

    Args:
        text: the text.
        end: the offset just past the name.
    """
    if not text.startswith(",", end):
        return []
    stop = min(len(text), end + 1 + DESCRIPTION_REACH)
    words: list[str] = []
    ended_by = None
    for word in text[end + 1 : stop].split():
        bare = word.rstrip(",.;:)—")
        if bare.lower() in DESCRIPTION_ENDS:
            ended_by = bare.lower()
            break
        words.append(bare)
        if bare != word or len(words) > DESCRIPTION_WORDS + 1:
            break
    determined = bool(words) and words[0].lower() in ONE_PERSON_DETERMINERS
    if determined:
        words = words[1:]
    if not words or len(words) > DESCRIPTION_WORDS or (words[0][:1].isupper() and not determined):
        # "Columbus, Ohio", "Smith, Jones and Lee": no description, unless a determiner
        # leads it ("the Vermont senator").
        return []
    if any(word.lower() in ONE_PERSON_DETERMINERS for word in words):
        # "Ann Bright, 45, a teacher" is read no further; "Roe, through a spokeswoman,"
        # is no description of Roe.
        return []
    if words[-1] not in PERSON_NOUNS:
        return []
    if words[-1].lower() in SOLE_ROLES and ended_by in ROLE_COMPLEMENTS:
        # "Zippy Duvall, the president of the Farm Bureau": not whom a bare "the
        # president" means.
        return []
    return [word.lower() for word in words]


def split_title(words: Sequence[str]) -> tuple[list[str], set[str]]:
    """Split a capitalised run into the name and the title words before it.

    ``["British", "Prime", "Minister", "David", "Cameron"]`` gives
    ``(["David", "Cameron"], {"prime", "minister"})``.
    """
    roles: set[str] = set()
    last_title = -1
    # The name follows the last title word ("Alabama Sen. Jeff Sessions", "Former
    # Secretary of State Hillary Clinton"); the final word is always part of the name.
    for index, word in enumerate(words[:-1]):
        low = word.lower().rstrip(".")
        if low in TITLES:
            roles.add(low)
            last_title = index
    name = list(words[last_title + 1 :]) if last_title >= 0 else list(words)
    while name and (name[0] in {".", "-"} or name[0].lower() in TITLES):
        name.pop(0)
    return name, roles


def _surname_key(word: str) -> str:
    """A surname as looked up: lower-case, without a possessive (``Sanders’s`` ->
    ``sanders``; ``Sanders`` keeps its final s)."""
    low = word.lower()
    for suffix in ("'s", "’s", "'", "’"):
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return low


# A possessive followed only by lower-case words: the thing or group possessed is the
# speaker ("Epstein's victims"), unlike "Planned Parenthood's president Cecile Richards".
_POSSESSED_RE = re.compile(r"\w['’]s?(?:\s+[a-z][\w-]*)+$")


def _join(words: Sequence[str]) -> str:
    out = ""
    for word in words:
        if word in {".", ")", ","} or (out.endswith(("(", "-")) or word == "-"):
            out += word
        else:
            out += (" " if out else "") + word
    return out


_DASH_RE = re.compile("—|–|--")

# A comma that sets a phrase off, not the one inside a number ("a poll of 1,204 voters").
_PHRASE_COMMA_RE = re.compile(r",(?!\d)")


def is_person_noun(low: str) -> bool:
    """Whether a lower-case noun, singular or plural in ``-s``, names a person or a role
    (:data:`~newsparse_quotes.patterns.PERSON_NOUNS`: ``secretary``, ``analysts``)."""
    return low in PERSON_NOUNS or (low.endswith("s") and low[:-1] in PERSON_NOUNS)


def is_people_noun(low: str) -> bool:
    """Whether a lower-case noun names people by what they are or do: a person noun
    (:func:`is_person_noun`: ``nurse``, ``officials``, ``economists``), its plural in
    ``-ies``, or one of :data:`~newsparse_quotes.patterns.PEOPLE_PLURALS` (``women``,
    ``authorities``)."""
    if is_person_noun(low) or low in PEOPLE_PLURALS:
        return True
    return low.endswith("ies") and low[:-3] + "y" in PERSON_NOUNS


def places_people(mention: str) -> bool:
    """Whether a speaker phrase is people set in a place or body (``authorities in
    Beijing``, ``Nurses in 12 hospitals``): a people noun right before one of
    :data:`~newsparse_quotes.patterns.PLACED_LINKS`. The people speak, so no name after
    the link is the speaker."""
    words = mention.split()
    return any(
        word in PLACED_LINKS and is_people_noun(before.lower()) for before, word in pairwise(words)
    )


def _named_part(head: str) -> str:
    """The part of a speaker phrase that names someone when dashes set a description
    off: ``Jason Sims — a teacher from Salem`` gives ``Jason Sims``, ``A former candidate
    -- John McCain`` gives ``John McCain`` (the first part that ends in a capitalised
    word, else the first part)."""
    parts = [part.strip() for part in _DASH_RE.split(head) if part.strip()]
    for part in parts:
        if part.split()[-1][:1].isupper():
            return part
    return parts[0] if parts else head


#: Possessive pronouns that name a speaker (``in her words``), with their subject form.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}

#: Most words of a person's name set off by commas after a role.
MAX_NAME_WORDS = 4


def _holder_of_role(mention: str) -> str | None:
    """The name that follows a role set off by a comma: ``The head of the harbour
    board, Ann Bright`` and ``VFI Chief Executive, Lena Moss`` give the name; None when
    the part before the comma is itself a name (``Ann Bright, a teacher``) or what
    follows is no person's name (``Columbus, Ohio``)."""
    role, comma, rest = mention.partition(",")
    if not comma:
        return None
    name = rest.split(",", 1)[0].strip()
    words, role_words = name.split(), role.split()
    if not (2 <= len(words) <= MAX_NAME_WORDS) or not role_words:
        return None
    if not all(word[:1].isupper() for word in words) or is_place(name):
        return None
    first, last = role_words[0], role_words[-1].lower()
    if first.lower() in ONE_PERSON_DETERMINERS or first[:1].islower():
        return name
    return name if last in TITLES or last in ROLE_NOUNS else None


_WORD_RE = re.compile(r"\S+")


def _after_title(head: str, start: int) -> tuple[str, int]:
    """The full name after the last title word of a speaker phrase, with its offset:
    ``Miami-Dade Police Detective Alvaro Zabaleta`` gives ``Alvaro Zabaleta``, so that a
    place or an agency before the title (which a recogniser may have taken for a
    person) is never the one who speaks. The phrase is kept whole when no title stands
    in it or what follows is not a capitalised name of two words or more."""
    words = list(_WORD_RE.finditer(head))
    name, roles = split_title([word.group() for word in words])
    if not roles or len(name) < 2 or len(name) == len(words):
        return head, start
    if not all(word[:1].isupper() for word in name):
        return head, start
    first = words[len(words) - len(name)].start()
    return head[first:], start + first


def _is_past(words: Iterable[str]) -> bool:
    """Whether a description's words make its role a past one (``former``, ``ex-``)."""
    return any(word.lower() in PAST_ROLE_WORDS or word.lower().startswith("ex-") for word in words)


def fits_description(person: Person, mention: Sequence[str]) -> bool:
    """Whether a role phrase (``the Florida senator``, as words) may stand for a person
    whose description set off after the name is known: it must not make the role a past
    one where the description does not, or the other way round (``the governor`` is not
    ``Ann Bright, the former governor``), and the names it is qualified by must be in the
    description (``the Florida senator`` is not ``Ann Bright, the Vermont senator``). A
    person without such a description always fits.

    Args:
        person: the person mention.
        mention: the words of the role phrase, its determiner first.
    """
    if not person.description:
        return True
    if _is_past(mention) != _is_past(person.description):
        return False
    names = [word.lower() for word in mention[1:-1] if word[:1].isupper()]
    return all(name in person.description for name in names)


def _is_org(words: Sequence[str]) -> bool:
    return any(w.lower() in ORG_WORDS for w in words) or all(w.isupper() for w in words)


def is_place(name: str) -> bool:
    """Whether a capitalised name is a place (``South Carolina``, ``Stewart Island``,
    ``Sudan``), which no personal pronoun refers to."""
    words = name.lower().split()
    if not words:
        return False
    if words[-1] in PLACE_HEADS or words[-1] in PLACE_NAMES:
        return True
    return len(words) >= 2 and words[0] in PLACE_STARTS


def is_thing(name: str) -> bool:
    """Whether a capitalised name is a law, a document or an event (``First
    Amendment``, ``Affordable Care Act``, ``Super Bowl``): never a person, though its
    first word may look like a title or a first name."""
    words = name.lower().split()
    return bool(words) and words[-1] in THING_HEADS


#: Titles and names between ``told`` and its listener's name (``told Health Minister
#: Ann Bright``).
_TITLE_RUN_RE = re.compile(r"(?:\s+[A-Z][\w.'’-]*)*\s+")


def listener_starts(text: str, tokens: Sequence[Token], people: Iterable[Person]) -> list[int]:
    """Offsets of the person mentions that are the listener of ``told`` / ``tells``:
    only capitalised words stand between the verb and the mention."""
    starts = sorted(p.start for p in people)
    listeners = []
    for token in tokens:
        if token.low not in LISTENER_VERBS:
            continue
        index = bisect_left(starts, token.end)
        if (
            index < len(starts)
            and starts[index] - token.end <= LISTENER_REACH
            and _TITLE_RUN_RE.fullmatch(text, token.end, starts[index])
        ):
            listeners.append(starts[index])
    return listeners


def is_passive_agent(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the agent of a passive (``a view shared by Ralf
    Groene``): the subject in sense, as a pronoun's antecedent."""
    return text[max(0, start - 4) : start].lower() == " by "


def people_in(text: str, tokens: Sequence[Token], sentence_starts: Iterable[int]) -> list[Person]:
    """Find person mentions in a text: titled names and capitalised two- to four-word
    names that are not organisations.

    Args:
        text: the text.
        tokens: its tokens.
        sentence_starts: the offsets at which its sentences start.
    """
    starts = set(sentence_starts)
    people: list[Person] = []
    index = 0
    count = len(tokens)
    while index < count:
        token = tokens[index]
        if not token.capitalized or token.low in NOT_NAMES:
            index += 1
            continue
        first = index
        words = [token.text]
        index += 1
        while index < count and len(words) < 8:
            word = tokens[index]
            if word.capitalized and word.low not in NOT_NAMES and word.start - tokens[index - 1].end <= 1:
                words.append(word.text)
            elif (
                word.text == "."
                and word.start == tokens[index - 1].end
                and (len(tokens[index - 1].text) == 1 or tokens[index - 1].low in ABBREVIATIONS)
            ):
                # An initial or a title ("J. Smith", "Sen. Jones"); after "Tom Reed." a
                # new sentence starts.
                words.append(".")
            else:
                break
            index += 1
        while words and words[-1] == ".":
            words.pop()
        name, roles = split_title(words)
        if not name or _is_org(name) or len(name) > 4 or is_place(" ".join(name)) or is_thing(" ".join(words)):
            continue
        subject = token.start in starts or (
            first > 0 and tokens[first - 1].low in {"the"} and tokens[first - 1].start in starts
        )
        if not roles and len(name) < 2 and not (subject and token.start in starts):
            # A lone capitalised word is a person only as a sentence subject ("Clinton
            # fired back"), and only if the Resolver knows it as a surname.
            continue
        joined = _join(name)
        people.append(
            Person(
                token.start,
                tokens[first + len(words) - 1].end,
                joined,
                frozenset(roles),
                salient=subject or bool(roles),
                gender=name_gender(joined, roles),
            )
        )
    return people


#: How often a lone capitalised word must name someone before it is read as a first name
#: with that name's gender (once, ``Smith said`` is as likely a surname; an article that
#: calls people by their first names does so throughout).
FIRST_NAME_USES = 2


class Resolver:
    """Resolve speaker mentions against the people named in a text."""

    def __init__(
        self,
        people: Sequence[Person],
        *,
        from_entities: bool = False,
        listeners: Iterable[int] = (),
        words: Iterable[str] = (),
        sentence_starts: Sequence[int] = (),
    ) -> None:
        """Build a resolver.

        Args:
            people: person mentions, in text order.
            from_entities: the mentions come from an entity recogniser (their
                salience is still preferred for pronouns: a name in an object or a
                phrase is taken only when no subject is in reach).
            listeners: offsets of mentions that are the listener of ``told`` (``The
                officer told Ann Bright that …``): a later pronoun stands for them only
                when no one else is in reach.
            words: the capitalised words of the text, each as often as it occurs; a
                lone first name used again and again then counts as a person.
            sentence_starts: the offsets at which the text's sentences start: a pronoun
                stands for a person named earlier in its own sentence even out of
                subject position (``While the plan did not appeal to Ann Bright, she
                said …``).
        """
        people = sorted(people, key=lambda p: p.start)
        self.from_entities = from_entities
        self.sentence_starts = sorted(sentence_starts)
        self.listeners = frozenset(listeners)
        self.speakers: list[Person] = []
        self.speaker_starts: list[int] = []
        self.full: dict[str, str] = {}
        # The gender of the person a surname stands for (``Clinton`` after ``Hillary
        # Clinton``), so that later surname-only mentions keep it.
        self.surname_gender: dict[str, str | None] = {}
        # A surname written alone before any full name ends in it is that person's own
        # (``President Trump`` … ``Mr. Trump`` … ``his daughter Ivanka Trump``): a full
        # name met only later is someone else of the family.
        alone_first: dict[str, int] = {}
        named_alone: set[str] = set()
        for person in people:
            parts = person.name.split()
            if len(parts) == 1:
                alone_first.setdefault(_surname_key(parts[0]), person.start)
            elif len(parts) >= 2 and not is_place(person.name):
                key = parts[-1].lower()
                if key not in self.full and alone_first.get(_surname_key(key), person.start) < person.start:
                    named_alone.add(key)
                    continue
                self.full.setdefault(key, person.name)
                gender = person.gender or name_gender(person.name, person.roles)
                self.surname_gender.setdefault(key, gender)
        self.lone_names = Counter(_surname_key(word) for word in words)
        # A lone word is kept as a mention only when it is the surname of a person named
        # in full ("Clinton fired back" after "Hillary Clinton").
        self.people = [
            self._with_gender(p)
            for p in people
            if p.roles or " " in p.name or p.name.lower() in self.full or p.name.lower() in named_alone
        ]
        self.starts = [p.start for p in self.people]

    def gender_of(self, name: str, roles=()) -> str | None:
        """The gender of a person written as ``name`` (a surname takes that of the
        fuller name it stands for)."""
        gender = name_gender(name, roles)
        if gender is None and len(name.split()) == 1:
            key = _surname_key(name)
            if key in self.surname_gender:
                gender = self.surname_gender[key]
            elif self._first_name(name):
                gender = first_name_gender(name)
        return gender

    def _first_name(self, name: str) -> bool:
        """Whether a lone word is someone's first name, used alone again and again and
        never as the surname of anyone named in full (``Meghan said``, ``Harry
        added``)."""
        key = _surname_key(name)
        return (
            " " not in name
            and key not in self.surname_gender
            and self.lone_names[key] >= FIRST_NAME_USES
            and first_name_gender(name) is not None
        )

    def _with_gender(self, person: Person) -> Person:
        if person.gender is not None:
            return person
        gender = self.gender_of(person.name, person.roles)
        return attrs.evolve(person, gender=gender) if gender is not None else person

    def add_speaker(self, start: int, end: int, name: str) -> None:
        """Record a named speaker so later pronouns can refer to it.

        Speakers must be added in text order (they are kept apart from the mentions
        found up front, so adding one never shifts a long list).
        """
        if self.speakers and self.speakers[-1].start >= start:
            return
        mention = self.person_at(start, end)
        gender = mention.gender if mention is not None else None
        if gender is None:
            gender = self.gender_of(name)
        self.speakers.append(Person(start, end, name, salient=True, gender=gender))
        self.speaker_starts.append(start)

    def subject_between(self, analysis, start: int, end: int, gender: str | None) -> bool:
        """Whether a person of ``gender`` opens a sentence between offsets ``start`` and
        ``end`` (someone new a pronoun may stand for is then what the text is about).
        Only people whose gender is known count: a capitalised subject of unknown gender
        (``Con Edison serves …``) is as often a company or a place.

        Args:
            analysis: the analysed text (its sentence starts are used).
            start: offset where the stretch begins.
            end: offset where it ends.
            gender: ``"m"`` or ``"f"``, the pronoun's gender.
        """
        sentence_starts = set(analysis.sentence_starts)
        index = bisect_left(self.starts, start)
        while index < len(self.people) and self.people[index].start < end:
            person = self.people[index]
            opens = (
                person.start in sentence_starts
                or person.start - 4 in sentence_starts
                or is_passive_agent(analysis.text, person.start)
            )
            if opens and person.gender is not None and person.gender == gender:
                return True  # "Ann Lee …", "The Rev. Ann Lee …", "… shared by Ann Lee"
            index += 1
        return False

    def named_between(self, start: int, end: int, gender: str | None, *, besides: str = "") -> bool:
        """Whether someone a pronoun of ``gender`` may stand for is named between offsets
        ``start`` and ``end``, other than ``besides`` (or a part of that name).

        Args:
            start: offset where the stretch begins.
            end: offset where it ends.
            gender: ``"m"``, ``"f"`` or None, the pronoun's gender.
            besides: a name that does not count (the person already chosen).
        """
        index = bisect_left(self.starts, start)
        while index < len(self.people) and self.people[index].start < end:
            person = self.people[index]
            if compatible(person.gender, gender) and person.name not in besides:
                return True
            index += 1
        return False

    def expand(self, name: str) -> str:
        """Return the fullest known form of a name (``Putin`` -> ``Vladimir Putin``)."""
        parts = name.split()
        if len(parts) == 1 and not is_place(name):
            # "Sudan has said" is the country, never the surname of "South Sudan".
            return self.full.get(_surname_key(parts[0]), name)
        return name

    def person_at(self, start: int, end: int, *, last: bool = False) -> Person | None:
        """Return the first person mention overlapping ``[start, end)`` (the last one
        with ``last=True``), if any. The first is the head of a described speaker:
        ``geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory`` is Rosaly Lopes,
        whatever a recogniser made of the laboratory."""
        index = bisect_left(self.starts, end) - 1
        found = None
        while index >= 0 and self.people[index].end > start:
            if self.people[index].start < end:
                found = self.people[index]
                if last:
                    break
            index -= 1
        return found

    def before(
        self,
        offset: int,
        *,
        role: str | None = None,
        gender: str | None = None,
        phrase: Sequence[str] = (),
    ) -> Person | None:
        """Return the person a pronoun or role at ``offset`` most likely refers to.

        Args:
            offset: where the pronoun or role stands.
            role: the role noun (``"president"``) to look for, if any.
            gender: ``"m"`` or ``"f"`` for ``he`` / ``she``: people known to be of the
                other gender are passed over.
            phrase: the words of the role phrase (``["the", "Florida", "senator"]``),
                which the person's description must not contradict.
        """
        mentioned = self._mentioned_before(offset, role, gender, phrase)
        if role is not None:
            return mentioned
        index = bisect_left(self.speaker_starts, offset) - 1
        speaker = None
        while index >= 0 and offset - self.speakers[index].start <= PRONOUN_REACH:
            if compatible(self.speakers[index].gender, gender):
                speaker = self.speakers[index]
                break
            index -= 1
        # A name out of subject position in an earlier sentence ("chats with Epstein"),
        # taken only for want of a subject in reach.
        out_of_subject = mentioned is not None and not (
            mentioned.salient or mentioned.start >= self._sentence_start(offset)
        )
        chosen = mentioned
        if speaker is not None and (
            mentioned is None
            or speaker.start > mentioned.start
            or mentioned.start in self.listeners
            or (out_of_subject and gender is not None and speaker.gender == gender)
        ):
            # A speaker named by surname refers to the fuller mention of that person.
            chosen = self.person_at(speaker.start, speaker.end) or speaker
        if self.from_entities:
            # The recogniser's names all count, the nearest first, unless the subject or
            # speaker chosen is known to be of the pronoun's gender.
            nearest = self._nearest_before(offset, gender)
            if (
                nearest is not None
                and (chosen is None or nearest.start > chosen.start)
                and not (gender is not None and chosen is not None and chosen.gender == gender)
            ):
                chosen = nearest
        return chosen

    def _nearest_before(self, offset: int, gender: str | None) -> Person | None:
        """The nearest earlier mention within a pronoun's reach whose gender agrees, not
        the listener of ``told``."""
        index = bisect_left(self.starts, offset) - 1
        while index >= 0 and offset - self.people[index].start <= PRONOUN_REACH:
            person = self.people[index]
            if compatible(person.gender, gender) and person.start not in self.listeners:
                return person
            index -= 1
        return None

    def _sentence_start(self, offset: int) -> int:
        """Where the sentence holding ``offset`` starts (``offset`` itself when no
        sentence starts are known)."""
        sentence = bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[sentence] if sentence >= 0 else offset

    def _mentioned_before(
        self,
        offset: int,
        role: str | None,
        gender: str | None = None,
        phrase: Sequence[str] = (),
    ) -> Person | None:
        """The nearest earlier salient mention (or one holding ``role``) within reach."""
        index = bisect_left(self.starts, offset) - 1
        reach = ROLE_REACH if role else PRONOUN_REACH
        fallback = None
        sentence_start = self._sentence_start(offset)
        while index >= 0 and offset - self.people[index].start <= reach:
            person = self.people[index]
            if role is not None:
                if role in person.roles and fits_description(person, phrase):
                    return person
            elif not compatible(person.gender, gender):
                pass
            elif person.start in self.listeners:
                fallback = fallback or person
            elif person.salient or person.start >= sentence_start:
                return person
            elif fallback is None:
                fallback = person
            index -= 1
        return fallback if role is None else None

    def resolve(self, mention: str, start: int, end: int) -> tuple[str | None, str | None]:
        """Resolve a speaker mention to ``(name, entity_id)``.

        Args:
            mention: the speaker as written.
            start: its offset.
            end: the offset just past it.

        Returns:
            The resolved name (None for a pronoun that could not be resolved) and the
            entity id of the person when known.
        """
        if mention.endswith(("'s", "’s")) and len(mention) > 2:
            # "In Dr. Lee's words, “…”": the possessor speaks.
            mention, end = mention[:-2], end - 2
        words = mention.split()
        # "WHO", "US": a body's acronym keeps its capitals and is no pronoun.
        low = _POSSESSIVE_PRONOUNS.get(pronoun_key(mention), pronoun_key(mention))
        if low in PERSON_PRONOUNS:
            person = self.before(start, gender=PRONOUN_GENDER.get(low))
            return (self.expand(person.name), person.entity_id) if person else (None, None)
        if low == "who":
            # "Sen. Lindsey Graham, who tweeted …": the person just before.
            person = self.person_at(max(0, start - WHO_REACH), start, last=True)
            if person is not None and start - person.end <= WHO_REACH:
                return self.expand(person.name), person.entity_id
            return None, None
        if low in OTHER_PRONOUNS:
            return None, None
        if len(words) >= 2 and words[0].lower() in {"the"} and words[-1].lower() in PERSON_NOUNS:
            person = self.before(start, role=words[-1].lower(), phrase=words)
            if person is not None:
                return person.name, person.entity_id
            return mention, None
        listed = _listed_names(mention)
        if listed is not None:
            # "Ann Bright, Tom Reed and Colm Varga": each name speaks, not the first alone
            # as with a description after the comma ("Ann Bright, a teacher,").
            names, ids = [], []
            for part in listed:
                offset = start + mention.index(part)
                name, entity_id = self._resolve_name(part, offset, offset + len(part))
                names.append(name)
                if entity_id is not None:
                    ids.append(entity_id)
            return ", ".join(names[:-1]) + " and " + names[-1], (
                ids[0] if len(ids) == 1 else ",".join(ids) or None
            )
        head = _named_part(_holder_of_role(mention) or _PHRASE_COMMA_RE.split(mention, 1)[0])
        start += mention.index(head)
        if _POSSESSED_RE.search(head) or places_people(head):
            # "Epstein's victims", "Trump's campaign": the possessor does not speak;
            # "authorities in Beijing": nor does the place.
            return mention, None
        parts = [part.split() for part in head.split(" and ")]
        if len(parts) > 1 and all(words and words[-1][:1].isupper() for words in parts):
            # Coordinated speakers, each part ending in a name: resolve each where it
            # stands ("a scientist and co-author Michael Malaska" is one person).
            names, ids = [], []
            offset = start
            for part in head.split(" and "):
                name, entity_id = self._resolve_name(part, offset, offset + len(part))
                names.append(name)
                if entity_id is not None:
                    ids.append(entity_id)
                offset += len(part) + len(" and ")
            return " and ".join(names), (ids[0] if len(ids) == 1 else ",".join(ids) or None)
        head, start = _after_title(head, start)
        return self._resolve_name(head, start, start + len(head))

    def _resolve_name(self, mention: str, start: int, end: int) -> tuple[str, str | None]:
        """Resolve a name or description (not a pronoun) to ``(name, entity_id)``."""
        person = self.person_at(start, end)
        if person is not None and person.entity_id is not None:
            return person.name, person.entity_id
        return self._name_of(mention), None

    def _name_of(self, mention: str) -> str:
        words = mention.replace("(", " ( ").replace(")", " ) ").split()
        if "(" in words:
            words = words[: words.index("(")]
        if words and words[0].islower() and words[0] not in {"the", "a", "an"}:
            # "coach Ann Lee", "spokesman Alex Conant": role words before the name.
            index = 0
            while index < len(words) and index < ROLE_WORDS and words[index].islower():
                index += 1
            if index < len(words) and words[index][:1].isupper():
                words = words[index:]
        if not words or not words[0][:1].isupper() or words[0].lower() in {"the", "a", "an"}:
            return mention
        name, _ = split_title(words)
        if not name:
            return mention
        return self.expand(_join(name))


# A run of spaces is tried from its first space only (the lookbehind), so a long run
# without "and" after it is not scanned again from each of its spaces.
_LIST_RE = re.compile(r",\s+(?:and\s+)?|(?<!\s)\s+and\s+")


def _listed_names(mention: str) -> list[str] | None:
    """The names of a list of three or more (``Ann Bright, Tom Reed and Colm Varga``, with
    or without a comma before ``and``) when every item is a capitalised name; else None (a
    name with a description after its comma, ``Ann Bright, a teacher``, is no list)."""
    if " and " not in mention or "," not in mention:
        return None
    parts = _LIST_RE.split(mention)
    if len(parts) < 3:
        return None
    if not all(part and all(word[:1].isupper() for word in part.split()) for part in parts):
        return None
    return parts

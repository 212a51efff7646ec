"""Names listed together are of one kind: "Athens, Clanton, Falkville and Huntsville".

News lists the towns where something happened, the companies that won a contract, the
players of a side, one after the other with commas and a final "and". The members of one
list are alike, and most of them get the same type from the engine; the ones it typed
otherwise are mostly its guesses on unfamiliar names (a small town typed a person, a
company typed a place). The vote of the list corrects those guesses, never a member whose
own words or the gazetteers give its type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from . import gazetteer
from .resolve import Draft
from .tables import Table
from .tokenize import Token

#: The fewest members a list needs before its vote counts: two names joined by "and"
#: are as often unlike ("Exxon and Texas") as alike.
MIN_MEMBERS = 3

#: The share of a list's members that must agree for the rest to follow: a list with
#: two kinds of name in equal parts ("Smith, Jones, Acme and Globex") changes nothing.
MIN_SHARE = 0.6

#: Types a list's vote may give, places counted as one kind.
_KINDS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "place", "LOC": "place"}

#: What may stand between two members: a comma, "and" or "or", or both.
_SEPARATORS = frozenset({",", ", and", ", or", "and", "or", ";"})


def agree_in_lists(drafts: list[Draft], tokens: Sequence[Token], text: str) -> list[Draft]:
    """Give the members of a list whose type is a guess the type most members have.

    A list is :data:`MIN_MEMBERS` or more mentions on one line with only commas, "and"
    or "or" between them (a bracketed acronym after a member allowed). When at least
    :data:`MIN_SHARE` of its members are of one kind (a person, an organisation, a
    place), and the members whose type is sure are all of that kind, and there is at
    least one, each member of another kind takes that kind's commonest type. A type is
    sure for a place the gazetteers know (or a team named by one), a name whose own words decide its type
    (:func:`gazetteer.head_type`) or that the organisations' list knows, a person with
    a title or a known given name, and for every nationality, event or other name
    (MISC), which a list of one kind does not have.

    Args:
        drafts: one text's mentions, in order, without overlaps.
        tokens: the text's tokens.
        text: the text.

    Returns:
        The mentions, some retyped (the same objects).
    """
    for members in _lists(drafts, tokens, text):
        _vote(members, tokens)
    return drafts


def follow_kind_nouns(
    drafts: list[Draft], tokens: Sequence[Token], lowers: Sequence[str], text: str
) -> list[Draft]:
    """Give the examples written after a kind's plural noun and "like" or "such as" the
    kind's type ("websites like Chairish, eBay and Etsy" are organisations, "cities such
    as Lagos" places), when their type is a guess (:func:`_sure` says no).

    The examples are the mention right after "like" or "as" (a word starting with a
    digit before it is taken in: "1st Dibs") and the mentions listed after it. The
    nouns and their types are :data:`gazetteer.KIND_NOUNS`.

    Args:
        drafts: one text's mentions, in order, without overlaps.
        tokens: the text's tokens.
        lowers: the tokens in lower case.
        text: the text.

    Returns:
        The mentions, some retyped or widened.
    """
    out = list(drafts)
    starts = {d.first: n for n, d in enumerate(out)}
    for i in range(1, len(tokens) - 1):
        if lowers[i] == "like":
            noun = lowers[i - 1]
        elif lowers[i] == "as" and lowers[i - 1] == "such" and i > 1:
            noun = lowers[i - 2]
        else:
            continue
        kind = gazetteer.KIND_NOUNS.get(noun)
        if kind is None:
            continue
        n = starts.get(i + 1)
        word = tokens[i + 1].text
        if n is None and i + 2 < len(tokens) and word[:1].isdigit() and word[-1:].isalpha():
            n = starts.get(i + 2)  # "1st Dibs"
            if n is not None:
                out[n] = Draft(out[n].field, i + 1, out[n].last, out[n].label)
        if n is None:
            continue
        members = [out[n]]
        for d in out[n + 1 :]:
            if not _listed_after(members[-1], d, tokens, text):
                break
            members.append(d)
        for d in members:
            if _KINDS.get(d.label, "") != _KINDS[kind] and not _sure(d, tokens):
                name = " ".join(t.text.lower() for t in tokens[d.first : d.last])
                d.label = "GPE" if kind == "LOC" and name in gazetteer.places() else kind
    return out


def agree_in_columns(drafts: list[Draft], tokens: Sequence[Token], tables: Sequence[Table]) -> list[Draft]:
    """Give the names that fill the cells of one column of a table the type most of them
    have, as the members of a list do (:func:`agree_in_lists`): a column of players
    whose unfamiliar names the engine typed an organisation here and there ("Chad
    Thomas" among "Larry Ogunjobi", "Myles Garrett").

    Args:
        drafts: one text's mentions, in order, without overlaps.
        tokens: the text's tokens.
        tables: the text's tables (:func:`tables.find_tables`).

    Returns:
        The mentions, some retyped (the same objects).
    """
    if not tables:
        return drafts
    filling = {(tokens[d.first].start, tokens[d.last - 1].end): d for d in drafts}
    for table in tables:
        width = max(len(row) for row in table.rows)
        for column in range(width):
            members = [
                filling[row[column]]
                for index, row in enumerate(table.rows)
                if index not in table.header and column < len(row) and row[column] in filling
            ]
            _vote(members, tokens)
    return drafts


def _vote(members: list[Draft], tokens: Sequence[Token]) -> None:
    """Retype the members of one list or column whose type is a guess, when enough of
    them agree and those sure of their type vouch for it (see :func:`agree_in_lists`)."""
    if len(members) < MIN_MEMBERS:
        return
    kinds = Counter(_KINDS.get(d.label) for d in members)
    kind, count = kinds.most_common(1)[0]
    if kind is None or count < MIN_SHARE * len(members) or count == len(members):
        return
    sure = {_KINDS.get(d.label) for d in members if _sure(d, tokens)}
    if sure != {kind}:
        return  # no member vouches for the kind, or one vouches for another
    label = Counter(d.label for d in members if _KINDS.get(d.label) == kind).most_common(1)[0][0]
    for d in members:
        if _KINDS.get(d.label) != kind:
            d.label = label


def _lists(drafts: list[Draft], tokens: Sequence[Token], text: str) -> list[list[Draft]]:
    """Return the runs of :data:`MIN_MEMBERS` or more mentions written as a list."""
    runs: list[list[Draft]] = []
    run: list[Draft] = []
    for d in drafts:
        if run and _listed_after(run[-1], d, tokens, text):
            run.append(d)
            continue
        if len(run) >= MIN_MEMBERS:
            runs.append(run)
        run = [d]
    if len(run) >= MIN_MEMBERS:
        runs.append(run)
    return runs


def _listed_after(before: Draft, after: Draft, tokens: Sequence[Token], text: str) -> bool:
    """Return True when only a list's separator (and a bracketed acronym after
    ``before``) stands between two mentions, on one line."""
    gap = [t.text for t in tokens[before.last : after.first]]
    if len(gap) >= 3 and gap[0] == "(" and gap[2] == ")" and gap[1].isupper():
        gap = gap[3:]  # "Sierra Nevada Corporation (SNC), SpaceX"
    if " ".join(gap).replace(" ,", ",") not in _SEPARATORS:
        return False
    return "\n" not in text[tokens[before.last - 1].end : tokens[after.first].start]


def _sure(draft: Draft, tokens: Sequence[Token]) -> bool:
    """Return True for a mention whose type does not rest on the engine's guess."""
    if draft.label not in _KINDS:
        return True  # a nationality, an event or a work
    lowers = tuple(t.text.lower() for t in tokens[draft.first : draft.last])
    name = " ".join(lowers)
    if name in gazetteer.places() and draft.label in {"GPE", "LOC", "ORG"}:
        return True  # a place, or a team the context named by its city
    if gazetteer.head_type(lowers) == draft.label or lowers in gazetteer.organisation_tuples():
        return True
    return draft.label == "PERSON" and (
        draft.title is not None or (len(lowers) > 1 and lowers[0] in gazetteer.given_names())
    )

"""Data tables in a text: lines of cells separated by tabs.

Pages keep their tables as lines of cells ("DL<tab>Larry Ogunjobi<tab>63<tab>85%<tab>1
sack, 1 TFL, 2 QH."). A table is no prose: its first line names the columns ("Pos",
"Player", "Stats"), its short codes in capitals are positions and statistics ("DL",
"TFL", "QH"), and the cells of one column are alike. The engine, trained on sentences,
takes the column names and the codes for names and types the cells one by one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs

from . import gazetteer
from .resolve import Draft
from .tokenize import Token

#: The most letters of a code in capitals read as a table's abbreviation, not a name:
#: positions and statistics ("DL", "TFL", "QH") are short; longer capitals ("NASA",
#: "FIFA") are left to the engine.
MAX_CODE_LETTERS = 4


@attrs.frozen
class Table:
    """The rows of one table, in order.

    Attributes:
        rows: each row's cells as ``(start, end)`` character offsets, a cell's
            surrounding spaces left out; an empty cell is empty (``start == end``), so
            that a cell's index is its column.
        header: the rows that name the columns: the first row when none of its cells
            holds a digit, and every row written like it.
    """

    rows: tuple[tuple[tuple[int, int], ...], ...]
    header: frozenset[int]


def find_tables(text: str) -> list[Table]:
    """Return the tables of ``text``: runs of lines of two or more cells separated by
    tabs, blank lines allowed inside a run.

    Args:
        text: any string.

    Returns:
        The tables, in order; none when the text has no tab.
    """
    if "\t" not in text:
        return []
    found: list[Table] = []
    run: list[tuple[tuple[int, int], ...]] = []
    offset = 0
    for line in text.split("\n"):
        if "\t" in line:
            run.append(_cells(line, offset))
        elif line.strip() and run:
            found.append(_table(run, text))
            run = []
        offset += len(line) + 1
    if run:
        found.append(_table(run, text))
    return found


def _cells(line: str, offset: int) -> tuple[tuple[int, int], ...]:
    """Return the cells of one line as character offsets in the text."""
    cells = []
    start = 0
    for piece in line.split("\t"):
        stripped = piece.strip()
        first = offset + start + (piece.index(stripped) if stripped else 0)
        cells.append((first, first + len(stripped)))
        start += len(piece) + 1
    return tuple(cells)


def _table(rows: list[tuple[tuple[int, int], ...]], text: str) -> Table:
    """Make a table of its rows, finding the ones that name the columns."""
    words = [tuple(text[s:e] for s, e in row) for row in rows]
    header: frozenset[int] = frozenset()
    if not any(ch.isdigit() for cell in words[0] for ch in cell):
        header = frozenset(i for i, row in enumerate(words) if row == words[0])
    return Table(tuple(rows), header)


def without_codes(
    drafts: list[Draft], tokens: Sequence[Token], text: str, tables: Sequence[Table]
) -> list[Draft]:
    """Drop what a table's words are not: names in the row that names the columns, and
    codes in capitals of at most :data:`MAX_CODE_LETTERS` letters that fill a cell or
    follow a count in one ("DL", "1 TFL", "2 QH"). A name the gazetteers know (a place,
    an organisation, a nationality) is kept wherever it stands.

    Args:
        drafts: the text's mentions, in order.
        tokens: the text's tokens.
        text: the text.
        tables: the text's tables (:func:`find_tables`).

    Returns:
        The mentions kept, in order.
    """
    if not tables:
        return drafts
    cells = {
        cell: index in table.header
        for table in tables
        for index, row in enumerate(table.rows)
        for cell in row
        if cell[0] < cell[1]
    }
    starts = sorted(cells)
    kept = []
    for d in drafts:
        cell = cell_of(starts, tokens[d.first].start, tokens[d.last - 1].end)
        if cell is None or _known(tokens, d) or not (cells[cell] or _code(d, tokens, cell)):
            kept.append(d)
    return kept


def cell_of(cells: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """Return the cell of ``cells`` (sorted, not overlapping) that holds the characters
    ``start:end``, or None."""
    i = bisect_right(cells, (start, float("inf"))) - 1
    if i >= 0 and cells[i][0] <= start and end <= cells[i][1]:
        return cells[i]
    return None


def _code(draft: Draft, tokens: Sequence[Token], cell: tuple[int, int]) -> bool:
    """Return True for one word in capitals of at most :data:`MAX_CODE_LETTERS` letters
    that fills its cell or follows a number."""
    if draft.last - draft.first != 1:
        return False
    token = tokens[draft.first]
    letters = token.text.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) <= MAX_CODE_LETTERS):
        return False
    fills = (token.start, token.end) == cell
    counted = draft.first > 0 and tokens[draft.first - 1].text.isdigit()
    return fills or counted


def _known(tokens: Sequence[Token], draft: Draft) -> bool:
    """Return True for a name the gazetteers know: a place, an organisation, a
    nationality."""
    words = tuple(t.text.lower() for t in tokens[draft.first : draft.last])
    return (
        " ".join(words) in gazetteer.places()
        or words in gazetteer.organisation_tuples()
        or (len(words) == 1 and gazetteer.is_demonym(tokens[draft.first].text))
    )


def nutrition_row(draft: Draft, tokens: Sequence[Token]) -> bool:
    """Return True for the name of a nutrition label's row, no entity ("Total Fat" before
    "16g", "Vitamin A 4%", "3 1/2 Other Carbohydrate"): a mention made of nutrients
    (:data:`gazetteer.NUTRIENTS`), their qualifiers and a vitamin's letter, with at least
    one nutrient, right before or after an amount (a token that starts with a digit);
    or the label's column name (:data:`gazetteer.NUTRITION_LABEL_NAMES`). Recipe pages
    keep such labels as text, and the engine takes each row for a name."""
    words = [t.text for t in tokens[draft.first : draft.last]]
    lowers = [w.lower() for w in words]
    if " ".join(lowers) in gazetteer.NUTRITION_LABEL_NAMES:
        return True  # the label's column ("% Daily Value")
    if not any(w in gazetteer.NUTRIENTS for w in lowers):
        return False
    for i, lower in enumerate(lowers):
        vitamin_letter = i > 0 and lowers[i - 1] == "vitamin" and len(words[i]) == 1
        known = lower in gazetteer.NUTRIENTS or lower in gazetteer.NUTRIENT_QUALIFIERS
        if not (known or vitamin_letter):
            return False
    first = draft.first
    while first > 0 and tokens[first - 1].text.lower() in gazetteer.NUTRIENT_QUALIFIERS:
        first -= 1  # the engine left a qualifier out ("3 Other" before "Carbohydrate")
    before = tokens[first - 1].text if first > 0 else ""
    after = tokens[draft.last].text if draft.last < len(tokens) else ""
    return before[:1].isdigit() or after[:1].isdigit()

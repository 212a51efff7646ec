"""Write ``newsparse_entities/data/given_names_census.txt`` from the 1990 US Census lists.

The CoNLL-2003 list (``scripts/build_names.py``) knows the first names of 1996 Reuters
news; the US Census Bureau's 1990 lists of male and female first names (public domain,
shipped as data files by the ``names`` package on PyPI, needed only to refresh this
file) add the common ones it missed ("Grace", "Casey", "Linus"). A census name is left
out when the CoNLL-2003 training split shows it more often inside names of other types
than as a first name, or in lower case more often than capitalised ("Will", "May",
"Hope"), or when it is a place, nationality, title or organisation the plugin knows
("Paris", "Georgia"): such a word is evidence of nothing.

A name CoNLL-2003 shows mostly inside other names ("Nancy" the French club, "Eva" of a
company) is taken back only when it is plainly a given name: among the
:data:`COMMON_RANK` most frequent census first names of either sex, never written in
lower case in the training split ("Royal", "Star", "Sun" are), no word of a multi-word
place, organisation, venue or region the plugin knows ("Sierra" of "Sierra Leone"), and
not among the :data:`SURNAME_RANK` most frequent census surnames ("Clinton", "Lewis").

The same run writes ``given_names_shared.txt``, the :data:`COMMON_RANK` most frequent
census first names the two lists leave out (mostly surnames or places too: "Taylor",
"Jordan", "Elizabeth"), and ``surnames_census.txt``, the :data:`SURNAME_RANK` most
frequent census surnames: such a first name before such a surname names a person
("Taylor Kinney").

Usage::

    pip install names
    python plugins/newsparse-entities/scripts/build_census_names.py [--data TRAIN/docs.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", REPO.parent / "shared"))
OUT = HERE.parent / "newsparse_entities" / "data" / "given_names_census.txt"
SHARED_OUT = HERE.parent / "newsparse_entities" / "data" / "given_names_shared.txt"
SURNAMES_OUT = HERE.parent / "newsparse_entities" / "data" / "surnames_census.txt"
CENSUS_FILES = ("dist.male.first", "dist.female.first")
SURNAME_FILE = "dist.all.last"
#: How many of each sex's most frequent first names count as plainly given names.
COMMON_RANK = 500
#: How many of the most frequent surnames make a name too ambiguous to take back.
SURNAME_RANK = 5000


def census_names(filenames: tuple[str, ...] = CENSUS_FILES, rank: int | None = None) -> list[str]:
    """Return the names of the census ``filenames``, capitalised, most frequent first,
    the ``rank`` most frequent of each file only when given."""
    out = []
    for filename in filenames:
        text = resources.files("names").joinpath(filename).read_text("utf-8")
        lines = [line for line in text.splitlines() if line.strip()][:rank]
        out += [line.split()[0].capitalize() for line in lines]
    return out


def conll_counts(path: Path) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Count, in a training ``docs.jsonl``, each word as a person's first name, inside
    names of other types, in lower case and capitalised anywhere."""
    if "dev" in path.parts[-2] or "test" in path.parts[-2]:
        raise SystemExit(f"refusing {path}: names are checked against training data only")
    first: Counter[str] = Counter()
    other: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            for word in re.findall(r"[A-Za-z]+", doc["text"]):
                (lower if word.islower() else upper)[word.lower()] += 1
            for entity in doc["entities"]:
                words = entity["text"].split()
                if entity["label"] == "PER" and len(words) > 1:
                    first[words[0].lower()] += 1
                else:
                    other.update(w.lower() for w in words)
    return first, other, lower, upper


def main() -> None:
    """Parse arguments and write the list."""
    from newsparse_entities import gazetteer

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "bench/conllpp-train/docs.jsonl")
    args = parser.parse_args()
    first, other, lower, upper = conll_counts(args.data)
    # The CoNLL-2003 list only: the census list itself is what this rewrites.
    known = {name.lower() for name in gazetteer._names("given_names.txt")}
    blocked = (
        set(gazetteer.places())
        | gazetteer.demonyms()
        | gazetteer.title_words()
        | gazetteer.FUNCTION_WORDS
        | {name[0] for name in gazetteer.organisation_tuples() if len(name) == 1}
    )
    common = {name.lower() for name in census_names(rank=COMMON_RANK)}
    surnames = {name.lower() for name in census_names((SURNAME_FILE,), SURNAME_RANK)}
    inside = {
        word
        for names in (
            set(gazetteer.place_tuples())
            | gazetteer.organisation_tuples()
            | gazetteer.venue_tuples()
            | gazetteer.region_tuples()
        )
        if len(names) > 1
        for word in names
    }

    def plainly_given(key: str) -> bool:
        """Return whether ``key`` is a common first name and nothing else we know."""
        return key in common and not lower[key] and key not in surnames | inside

    names = sorted(
        {
            name
            for name in census_names()
            if (key := name.lower()) not in known
            and key not in blocked
            and ((other[key] <= first[key] and lower[key] <= upper[key]) or plainly_given(key))
        }
    )
    header = (
        "# Given names added from the 1990 US Census lists of first names (public domain),\n"
        "# by scripts/build_census_names.py: common names the CoNLL-2003 list lacks, less\n"
        "# those that are also ordinary words, places or organisations. Evidence as\n"
        "# given_names.txt is.\n"
    )
    OUT.write_text(header + "".join(name + "\n" for name in names), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")

    # Common first names left out above, mostly for being common surnames or places
    # too ("Taylor", "Jordan", "Elizabeth"): evidence only beside a known surname.
    taken = known | {name.lower() for name in names}
    unsafe = gazetteer.demonyms() | gazetteer.title_words() | gazetteer.FUNCTION_WORDS
    shared = sorted(
        {
            name
            for name in census_names(rank=COMMON_RANK)
            if (key := name.lower()) not in taken and key not in unsafe and not lower[key]
        }
    )
    SHARED_OUT.write_text(
        "# Common first names of the 1990 US Census lists (public domain) that the other\n"
        "# given-name lists leave out, being also surnames or places (\"Taylor\",\n"
        "# \"Jordan\"), by scripts/build_census_names.py: a person's given name only\n"
        "# before a surname of surnames_census.txt.\n" + "".join(n + "\n" for n in shared),
        encoding="utf-8",
    )
    print(f"{len(shared)} names -> {SHARED_OUT}")
    surnames_list = census_names((SURNAME_FILE,), SURNAME_RANK)
    SURNAMES_OUT.write_text(
        f"# The {SURNAME_RANK} most frequent surnames of the 1990 US Census (public domain),\n"
        "# by scripts/build_census_names.py.\n" + "".join(n + "\n" for n in surnames_list),
        encoding="utf-8",
    )
    print(f"{len(surnames_list)} names -> {SURNAMES_OUT}")


if __name__ == "__main__":
    main()

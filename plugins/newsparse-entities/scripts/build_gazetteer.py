"""Write ``newsparse_entities/data/iso3166.tsv`` from pycountry (ISO 3166-1 and -2).

The plugin reads countries and their subdivisions from this file at run time, so that
pycountry (a 30 MB package) is needed only to refresh it. Each line is
``kind<TAB>canonical name[<TAB>lowercased key]``; the key is left out when it is the
canonical name in lower case. Subdivisions come first: at run time a subdivision never
replaces a city of the same name, and a country replaces both.

Usage::

    pip install pycountry
    python plugins/newsparse-entities/scripts/build_gazetteer.py
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "newsparse_entities" / "data" / "iso3166.tsv"

# The leading space run only starts after a non-space: a scan over a long run of spaces
# would otherwise retry it from every position (quadratic).
_BRACKETS = re.compile(r"(?<!\s)\s*\[[^\[\]]*\]")
_PAREN = re.compile(r"(?<!\s)\s*\([^()]*\)")


def clean(name: str) -> str:
    """Drop bracketed and parenthesised qualifiers ("Bonaire (Caribbean Netherlands)")."""
    return _PAREN.sub("", _BRACKETS.sub("", name)).strip()


def ascii_form(name: str) -> str:
    """Drop accents ("Île-de-France" -> "Ile-de-France")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def rows() -> list[tuple[str, str, str]]:
    """Return ``(kind, canonical, key)`` rows: subdivisions, then countries."""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for sub in pycountry.subdivisions:
        name = clean(sub.name)
        if len(name) > 2 and name[0].isupper():
            for key in (name.lower(), ascii_form(name).lower()):
                if key not in seen:  # the first subdivision of a name wins
                    seen.add(key)
                    out.append(("region", name, key))
    for country in pycountry.countries:
        common = getattr(country, "common_name", None) or clean(country.name)
        if "," in common:
            common = common.split(",")[0]
        for name in (country.name, common, getattr(country, "official_name", None)):
            if name:
                out.append(("country", common, clean(name).lower()))
    return out


def main() -> None:
    """Write the file."""
    lines = [
        f"{kind}\t{canonical}" + ("" if key == canonical.lower() else f"\t{key}")
        for kind, canonical, key in rows()
    ]
    header = (
        f"# ISO 3166 countries and subdivisions, from pycountry {pycountry.__version__}"
        if hasattr(pycountry, "__version__")
        else "# ISO 3166 countries and subdivisions, from pycountry"
    )
    OUT.write_text(
        header + " (scripts/build_gazetteer.py)\n" + "\n".join(lines) + "\n", encoding="utf-8"
    )
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()

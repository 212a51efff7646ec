"""What the sentence splitter knows about full stops that do not end a sentence.

A full stop after an ordinary word ends a sentence when a capital follows; after an
abbreviation it usually does not ("Sen. Jane Doe", "U.S. troops", "9 a.m. Monday"). Which
words are abbreviations is a matter of data, not logic, so it lives here, for the languages
newsparse meets in news: English, German, French, Spanish, Italian, Dutch, Portuguese and
Polish.
Every entry is lowercase and without its final full stop; inner full stops stay
("a.m", "z.b"). :func:`newsparse.text.sentences` reads these sets and nothing else.

Three kinds, because they behave differently at the end of a sentence:

* :data:`TITLES` come before a name and never end a sentence ("Gen. Smith said");
* :data:`BEFORE_NUMBERS` are abbreviations only before a number ("No. 5", "Nr. 3"): "No."
  before a capital is the word "no" at the end of a sentence;
* :data:`ABBREVIATIONS` can also end one ("... Apple Inc. The company ..."): a full stop
  after them ends the sentence only when the next word is one of
  :data:`SENTENCE_STARTERS`.

Single letters ("J. R. R. Tolkien", "M. Macron", "z. B.") and dotted acronyms ("U.S",
"U.N", "D.C") are recognised by their shape and treated like :data:`ABBREVIATIONS`.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "ATTRIBUTION_VERBS",
    "BEFORE_NUMBERS",
    "MONTHS",
    "ORDINAL_ARTICLES",
    "SENTENCE_STARTERS",
    "TITLES",
]

#: Titles and ranks written before a name. Nobody ends a sentence with "Gen." or "Mr.",
#: so a full stop after one never ends a sentence, whatever follows.
TITLES = frozenset(
    """
    mr mrs ms messrs dr prof sen sens rep reps gov govs lt gen col sgt capt cmdr cdr
    adm maj brig cpl pvt pte insp det supt rev fr hon pres atty amb
    sra srta dña dra hr frau hrn mme mmes mlle mlles mgr dott sig
    """.split()
)

#: Abbreviations that stand before a number: "No. 10", "Nr. 5", "Art. 3", "pp. 12".
#: Before anything else the full stop is judged like any other word's ("said no. Then").
BEFORE_NUMBERS = frozenset("no nos nr art pp p vol ch fig tel abs ziff bd n núm".split())

#: Abbreviations that sit mid-sentence most of the time but can also end one: companies,
#: places, months, times, Latin and the common abbreviations of the other languages. US
#: states whose abbreviation is also a word ("Ill.", "Wash.", "Miss.") are left out: after
#: "He was ill." a capital almost always starts a new sentence.
ABBREVIATIONS = frozenset(
    """
    inc co corp ltd plc llc bros assn intl univ dept govt
    jr sr st ste mt ft ave blvd rd hwy
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues thu thur thurs fri
    a.m p.m e.g i.e etc vs al cf approx ca viz
    u.s u.k u.n d.c u.s.a e.u
    calif ariz colo conn fla kan mich minn nev okla penn tenn tex wis wyo
    bzw evtl ggf inkl jh jhrd mio mrd str usw vgl z.b d.h u.a s.o
    av env cie éd dto pág ecc
    im ul tzw np m.in tj wg ks
    """.split()
)

#: Words that start a sentence far more often than they follow an abbreviation: after
#: "U.S." or "Inc." they mean the sentence ended ("... Apple Inc. The company ...", but
#: "U.S. Officials" and "a.m. Monday" stay one sentence). Only unambiguous function words
#: are listed, lowercase; articles that also begin names ("La Jolla", "El Paso", "Le Pen")
#: are left out.
SENTENCE_STARTERS = frozenset(
    """
    the a an he she it they we i you this that these those there his her its their our my
    but and so yet or if when while after before although though however meanwhile then
    now some many most all both one what who why how where it's he's she's they're we're
    in on at for with as by since despite during
    der die das ein eine er sie es wir ich aber und doch dann dies diese im am
    les elle ils elles nous je mais et un une ce cette
    los las él ella ellos pero y una este esta
    gli ma questo questa
    het een hij zij wij maar en
    """.split()
)

#: Month names, lowercase, in the same languages. A day number with a full stop before
#: one is an ordinal ("am 3. Oktober"), not the end of a sentence.
MONTHS = frozenset(
    """
    januar februar märz april mai juni juli august september oktober november dezember
    jänner
    januari februari maart mei augustus
    """.split()
)

#: Articles (and a preposition fused with one) that stand before an ordinal written as a
#: number with a full stop: "des 20. Jahrhunderts", "am 27. Februars", "zum 400.
#: Jahrestag". A sentence does not end on an article and a bare number, so the full stop
#: after "des 400" never ends one, whatever word follows. "am" is left out: it is also
#: English ("I am 40."), and "am 3. Oktober" is a date the month names already catch.
ORDINAL_ARTICLES = frozenset(
    """
    der die das des dem den im vom zum zur beim
    """.split()
)

#: Verbs of speech that follow a quoted question or exclamation in the same sentence:
#: "“Why?” Putin asked." The question mark does not end the sentence when one of these
#: comes within the next three words after the closing quotation mark.
ATTRIBUTION_VERBS = frozenset(
    """
    said says asked asks added adds told tells replied replies wrote writes explained
    insisted shouted cried continued joked admitted warned demanded wondered recalled
    recalls agreed conceded laughed quipped remarked exclaimed declared noted observed
    sagte fragte rief dijo preguntó
    """.split()
)

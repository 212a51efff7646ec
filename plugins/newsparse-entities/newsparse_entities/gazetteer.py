"""Word lists the tagger and the rules consult: places, nationalities, titles, suffixes.

Countries and their subdivisions come from ISO 3166 (``data/iso3166.tsv``, derived from
pycountry by ``scripts/build_gazetteer.py``); the rest are short hand-kept lists, as data
(the other files of ``data/`` and the constants below). Every lookup is a dict or set
lookup on a lowercased token or token tuple, built once on first use.
"""

from __future__ import annotations

import functools
from importlib import resources

#: Everyday names of countries that ISO 3166 spells differently, mapped to the ISO name
#: (or to the everyday name newsrooms use, which becomes the canonical name).
COUNTRY_ALIASES = {
    "u.s.": "United States",
    "us": "United States",
    "u.s.a.": "United States",
    "usa": "United States",
    "america": "United States",
    "united states of america": "United States",
    "the united states": "United States",
    "u.k.": "United Kingdom",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "england": "England",
    "scotland": "Scotland",
    "wales": "Wales",
    "russia": "Russia",
    "russian federation": "Russia",
    "syria": "Syria",
    "syrian arab republic": "Syria",
    "iran": "Iran",
    "north korea": "North Korea",
    "south korea": "South Korea",
    "korea": "South Korea",
    "vietnam": "Vietnam",
    "viet nam": "Vietnam",
    "laos": "Laos",
    "bolivia": "Bolivia",
    "venezuela": "Venezuela",
    "tanzania": "Tanzania",
    "moldova": "Moldova",
    "taiwan": "Taiwan",
    "palestine": "Palestine",
    "holland": "Netherlands",
    "the netherlands": "Netherlands",
    "czech republic": "Czech Republic",
    "czechia": "Czech Republic",
    "ivory coast": "Côte d'Ivoire",
    "burma": "Myanmar",
    "congo": "Congo",
    "vatican": "Vatican City",
    "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates",
    "hong kong": "Hong Kong",
    "macau": "Macao",
    "turkey": "Turkey",
    "türkiye": "Turkey",
    "yugoslavia": "Yugoslavia",
    "soviet union": "Soviet Union",
    "ussr": "Soviet Union",
}


#: Last words that make a multi-word name a place whatever the engine said ("Stewart
#: Island", "Ninety Mile Beach", "Bering Sea", "Powder River Basin"), regions named by a
#: belt ("Rust Belt", "Bible Belt", "Kuiper Belt"), roads and crossings
#: ("Brooklyn Bridge", "Fifth Avenue"; clubs named after a palace or a forest, "Crystal
#: Palace", are left to the engine): geography and venues ("Shoreline
#: Amphitheatre", "Ryman Auditorium", "Jones Beach Theater"), though a sponsor's name
#: starts many ("Ameris Bank Amphitheatre"), and buildings that serve the public
#: ("Al Aqsa Martyrs Hospital", "Getty Museum", "Penn Station", "Arlington National
#: Cemetery", "Capitol Building"), which the training split types as places, though most
#: are named after a person or a town.
PLACE_HEADS = frozenset(
    """
    island islands isle isles sea ocean beach river lake bay gulf strait straits mountain
    mountains peninsula valley desert coast canyon glacier reef channel lagoon falls
    volcano plateau archipelago fjord creek harbour harbor basin delta plains prairie belt
    reservoir dam wetlands swamp dunes bridge tunnel canal avenue boulevard street road
    highway motorway square plaza stadium arena velodrome
    racecourse speedway amphitheatre amphitheater auditorium pavilion coliseum ballpark
    theatre theater room
    hospital clinic infirmary museum gallery library zoo church mosque synagogue
    station terminal cemetery mall building vineyard
    """.split()
)

#: Words that make a name a place, never a person, though a club or a company may be named
#: after it: a built structure as the last word ("Golden Gate Bridge", "Heathrow Airport"),
#: or a geographic word as the first ("Lake Como", "Mount Kenya", "Gulf of Mexico"). Words
#: that are also common surnames ("Park", "Hill", "Castle") are left out: "Grace Park" is a
#: golfer. A centre is a venue ("Pepsi Center") as often as a research body ("Pew
#: Research Center"), so the word overrules a person (the name becomes a place), never an
#: organisation. Awards are events ("American Music Awards"), through the place's rule for
#: an event's head word. A county is its land or its government ("Morton County
#: sheriff"), never a person; a base or a tower is a place ("Trump Tower").
NEVER_PERSON_LAST = frozenset(
    """
    bridge airport square avenue boulevard tunnel canal highway motorway plaza cathedral
    palace forest center centre awards tower towers base county
    """.split()
)
NEVER_PERSON_FIRST = frozenset("lake mount mt cape gulf bay strait straits isle".split())

#: Last words that make a name a place only where the text puts it in one ("in Hyde
#: Park", "at Fenway Park", "near Primrose Hill"): they are also common surnames ("Grace
#: Park", "Sally Field", "Damon Hill"), so the word alone decides nothing, and a known
#: given name first keeps the name a person even after "in".
SURNAME_PLACE_HEADS = frozenset("park field hill gardens green common".split())

#: Verbs and prepositions of a game's result: a city or region written right before
#: ("Columbus beat Montreal", "Winnipeg defeated Nashville") or right after ("lead St.
#: Louis past Tampa Bay") one of them names its team. Countries are left out: national
#: teams are typed as their country.
RESULT_WORDS_AFTER = frozenset(
    "beat beats defeated defeats edged edges blanked routed downed topped outlasted rallied "
    "improved past".split()
)
RESULT_WORDS_BEFORE = frozenset("beat defeated edged blanked routed downed topped past".split())

#: Leagues and governing bodies of team sports, written in capitals: a text naming one
#: is about games, and there a place's name next to a game's words names its team.
#: "MLS" is left out: it is also the listing service of estate agents.
SPORT_LEAGUES = frozenset("NHL NFL NBA MLB WNBA NWSL AHL NCAA UEFA FIFA EPL".split())

#: Words right before a team's name that only a text about games gives a result's sense
#: ("to lead Boston", "to lift Florida", "scored for Detroit"; "in New York against the
#: Rangers" keeps the city): outside such a text, "lead" or "for" before a place is the
#: place.
SPORT_RESULT_WORDS_BEFORE = frozenset("lead lift".split())
SPORT_SCORED_WORDS = frozenset("scored scores score".split())

#: Nations with national teams of their own that ISO 3166 lists as subdivisions: typed
#: as places in results, as countries are.
HOME_NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})

#: Words before a name that put it in a place ("in Hyde Park", "near Central Park").
PLACE_PREPOSITIONS = frozenset("in at near outside inside across around through".split())

#: Plural nouns of a place's public servants and people written right after the place's
#: name ("North Dakota officers", "Ohio lawmakers", "Denver residents"): the name is the
#: place there, not a team or a body named after it.
PLACE_PEOPLE_NOUNS = frozenset(
    """
    officials officers authorities lawmakers legislators residents voters police troopers
    prosecutors regulators
    """.split()
)

#: First words of the titles of a public office held for a place, written right after
#: the place's name and before the holder's ("New York Gov. Andrew Cuomo", "Hawaii Rep.",
#: "Ohio Attorney General", "Ukraine President"): the name is the place there, not a
#: body named after it. Titles of sport ("Boston coach") are left out: there the name is
#: the team.
PLACE_OFFICE_WORDS = frozenset(
    """
    gov gov. governor sen sen. senator rep rep. representative congressman congresswoman
    assemblyman assemblywoman mayor attorney lt lt. comptroller treasurer premier
    president secretary
    """.split()
)

#: Jobs and roles written right before "at", "of" or "for" and the name of the body one
#: works for ("chief economist at Flexport", "a professor at Cornell", "chief executive
#: of Ceres Robotics", "a spokeswoman for Halden Foods"): that name is an organisation,
#: unless a gazetteer knows it as a place ("governor of Texas") or it is a person's.
EMPLOYEE_ROLES = frozenset(
    """
    economist economists analyst analysts professor professors researcher researchers
    scientist scientists fellow executive executives officer officers founder cofounder
    co-founder partner editor reporter correspondent columnist strategist lecturer
    engineer engineers manager head chief president vice-president director chairman
    chairwoman chair spokesman spokeswoman spokesperson employee employees staffer
    lawyer lawyers attorney adviser advisor consultant owner ceo cfo coo cto secretary
    minister senator governor mayor commissioner administrator superintendent
    """.split()
)

#: Jobs in a company written between its name and an employee's ("Salesforce CEO Marc
#: Benioff", "Wedbush analyst Dan Ives"): the name before the job is the company's,
#: unless a gazetteer knows it as a place ("Delhi's Chief Minister"). Jobs of politics
#: and a spokesman's are left out: "Pelosi spokesman Drew Hammill" names two people.
EMPLOYER_JOBS = frozenset(
    """
    ceo ceos cfo coo cto founder co-founder cofounder chairman chairwoman executive
    executives analyst analysts economist boss
    """.split()
)

#: Pronouns that stand only for a person ("Taylor Swift might not perform all of her
#: hits"): a name that starts a sentence and is taken up by one before any other name is
#: a person's, though the engine typed it otherwise.
PERSON_PRONOUNS = frozenset("he she his her him himself herself".split())

#: The most tokens read after a name for a pronoun that takes it up.
MAX_PRONOUN_DISTANCE = 12

#: Prepositions between a role of :data:`EMPLOYEE_ROLES` and the body.
EMPLOYER_PREPOSITIONS = frozenset({"at", "of", "for"})

#: Words that name a road with the number after them ("Interstate 10", "Highway 61",
#: "Route 66", "State Road 528").
ROAD_WORDS = frozenset("interstate highway route road freeway motorway expressway turnpike".split())

#: Last words of a street's name in an address, spelled out or abbreviated ("201 Nine
#: Mile Rd.", "51 W. Forest St.", "1600 Pennsylvania Avenue"), in lower case and without
#: the full stop.
STREET_WORDS = frozenset(
    """
    street st road rd avenue ave boulevard blvd drive dr lane ln way place pl court ct
    parkway pkwy highway hwy terrace circle square
    """.split()
)

#: Points of the compass abbreviated before a street's name in an address ("201 E. Nine
#: Mile", "12 N. Main St."), without the full stop.
STREET_COMPASS = frozenset("n s e w ne nw se sw".split())

#: The most capitalised words of a street's name between the number and the street word.
MAX_STREET_WORDS = 3

#: Positions of players in team sports, written before a player's name like a title
#: ("Sabres defenseman Brandon Montour", "Anaheim goalie John Gibson"): the name before
#: the position is the player's team, an organisation, even when it is a city's name.
SPORTS_POSITIONS = frozenset(
    """
    defenseman defenceman goaltender goalie winger centre center forward guard
    quarterback linebacker receiver pitcher catcher shortstop outfielder infielder
    rookie teammate
    """.split()
)

#: Players' positions abbreviated in capitals before a player's name, as sports pages
#: write them ("QB Dak Prescott", "Browns DL Sheldon Richardson"): never part of a name,
#: and what stands before one is the player's team. Only abbreviations that are seldom
#: anything else in capitals before a name (not "F", "C", "DE", "OT", "DB").
POSITION_ABBREVIATIONS = frozenset("QB RB WR TE OL DL LB CB DT RHP LHP".split())

#: Titles of a team's staff abbreviated in capitals ("Ravens GM Ozzie Newsome"): read as
#: :data:`POSITION_ABBREVIATIONS` are, but only in a text about games and only between a
#: team and a person's full name, since "GM" is also a carmaker ("GM Korea").
SPORT_STAFF_ABBREVIATIONS = frozenset({"GM"})

#: The nouns of a nutrition label's rows ("Total Fat 16g", "Sodium 310mg", "Vitamin A
#: 4%"), each named before or after its amount: never names there.
NUTRIENTS = frozenset(
    """
    calories calorie fat fats cholesterol sodium potassium carbohydrate carbohydrates
    carbs fiber fibre sugar sugars protein vitamin calcium iron magnesium zinc
    """.split()
)

#: Words that qualify a nutrient on such a label ("Total", "Saturated", "Dietary",
#: "Calories from Fat"): a row's name is nutrients and these words only.
NUTRIENT_QUALIFIERS = frozenset(
    "total saturated trans polyunsaturated monounsaturated dietary added from other".split()
)

#: The column names of a nutrition label ("% Daily Value", "Percent Daily Values"),
#: in lower case: names of no entity, wherever they stand.
NUTRITION_LABEL_NAMES = frozenset(
    {"daily value", "daily values", "percent daily value", "percent daily values"}
)

#: First words of places named "X of Y" ("Gulf of Mexico", "Strait of Hormuz", "Isle of
#: Man"): a name the engine may cut at "of" into two.
PLACE_OF_HEADS = frozenset(
    "gulf bay sea strait straits isle isles lake cape island islands".split()
)

#: Starts of surnames and given names written with a capital inside ("McDonald",
#: "LeBron", "DiBenedetto", "O'Neill"): any other word with a capital inside is a brand
#: ("WeWork", "SoftBank"), never a person.
CAMEL_NAME_STARTS = frozenset("mc mac de di da la le du van von".split())

#: Letters written with an apostrophe before an Irish or Italian surname ("O'Rourke",
#: "O’Connor", "D'Angelo"): a word of that form is a surname, though the engine, which
#: met few of them in training, leaves it out of the name or finds nothing.
APOSTROPHE_SURNAME_STARTS = frozenset({"O", "D"})


def is_apostrophe_surname(word: str) -> bool:
    """Return True for a surname of the form "O'Rourke" (:data:`APOSTROPHE_SURNAME_STARTS`,
    an apostrophe, then a capitalised word in letters)."""
    return (
        len(word) > 3
        and word[0] in APOSTROPHE_SURNAME_STARTS
        and word[1] in "'’"
        and word[2].isupper()
        and word[3:].isalpha()
        and word[3:].islower()
    )


#: Particles written joined to a surname by a hyphen ("al-Zawahiri" is also "Zawahiri").
SURNAME_PREFIXES = ("al-", "el-", "bin-", "ibn-", "van-", "von-", "de-")

#: Titles before which a person is named by the given name ("Sir Keir" of "Sir Keir
#: Starmer", "Prince Mohammed" of "Mohammed bin Salman").
GIVEN_NAME_TITLES = frozenset(
    "sir dame prince princess king queen emperor empress sheikh sheik emir sultan".split()
)

#: Regnal numbers after a monarch's or pope's name ("Henry VIII", "Baudouin I").
REGNAL_NUMBERS = frozenset(
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXIII".split()
)

#: Legal forms that may follow a company's name or be left out ("Daniels
#: Pharmaceuticals Inc" is "Daniels Pharmaceuticals").
LEGAL_FORMS = frozenset(
    "inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv gmbh".split()
)

#: Words skipped when taking the initials of a name ("United Nations" -> "UN", "Bureau of
#: Labor Statistics" -> "BLS").
INITIALS_SKIPPED = frozenset({"of", "the", "and", "for", "de", "&"})

#: Last words of the names of companies of engineering, technology and services
#: ("Ceres Robotics", "Firefly Aerospace", "Deep Space Systems", "Commercial Lunar Payload
#: Services"), whose first word is as often a surname or a plain word as a brand. Such a
#: company is also called by the start of its name ("Tyvak" of "Tyvak Nano-Satellite
#: Systems").
TRADE_HEADS = frozenset(
    """
    systems services robotics aerospace technologies laboratory laboratories labs solutions networks
    therapeutics biosciences semiconductors electronics communications enterprises
    ventures logistics dynamics motors
    """.split()
)

#: Last words that make a multi-word name an organisation whatever the engine said
#: ("Jones Medical Industries Inc"): a stricter list than :data:`ORG_SUFFIXES`, whose
#: "bank", "post" or "times" also end places and events ("West Bank"). Public bodies
#: ("Drug Enforcement Administration", "Customs and Border Protection") and the
#: companies of music and film ("Dick Clark Productions", "Big Machine Records") and
#: groups ("Big Machine Label Group") are named after a person or a plain word as often
#: as not, so their head word alone decides, as do the :data:`TRADE_HEADS`; so do
#: schools and learned bodies ("Harvard Medical School", "Smithsonian Institution"), and
#: armed forces and their units ("Marine Corps", "New York Air National Guard", "102nd
#: Rescue Squadron"; "division" and "wing" also name a league's group and a building's).
#: :data:`ORG_SUFFIXES` is the tagger's feature and stays as it was trained.
ORG_HEADS = TRADE_HEADS | LEGAL_FORMS | frozenset(
    """
    holdings industries pharmaceuticals corporation company airlines airways university
    universities ministry party council commission committee federation association
    institute foundation agency senate parliament assembly congress department bureau
    police fc afc cf united rovers wanderers hotspur athletic
    administration authority protection productions records entertainment studios media
    group brothers archive archives
    school college academy institution seminary conservatory polytechnic
    army navy corps guard force forces command squadron regiment brigade battalion militia
    """.split()
)

#: First words of the names of public and learned bodies written "X for/of/on Y"
#: ("Center for Strategic and International Studies", "Department of Health and Human
#: Services", "Committee on Foreign Affairs"), whose name the engine often cuts at the
#: small words or at "and".
BODY_OF_HEADS = frozenset(
    """
    center centre institute council department ministry bureau office foundation
    commission committee agency school academy society association federation coalition
    alliance league fund board authority administration institution
    """.split()
)

#: Small words that join a body's head word to the rest of its name.
BODY_OF_JOINS = frozenset({"for", "of", "on"})

#: Abbreviations of US states and Canadian provinces as written after a town and a comma
#: in datelines, listings and tour dates ("Tampa, FL", "DeKalb, Ill.", "Toronto, ON"):
#: the postal codes, matched in capitals only, and the AP style's abbreviations.
STATE_ABBREVIATIONS = frozenset(
    """
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE
    NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
    ON QC BC AB MB SK NS NB NL PE
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. D.C. Fla. Ga. Ill. Ind. Kan. Ky. La. Md.
    Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore.
    Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. Ont. Que.
    """.split()
)

#: Nouns for works in lower case right before a title ("the film Star Trek", "the
#: series Legion", "the album Toulouse Street", "the thriller “Parasite”", "novel
#: adaptation “Little Women”"): the name after one is a work (MISC), however the engine
#: typed it. Genres count as the nouns they stand for.
WORK_NOUNS = frozenset(
    """
    film films movie movies show shows series sitcom documentary album albums song songs
    single singles novel novels book books game games musical play opera
    thriller thrillers drama dramas comedy comedies biopic adaptation satire sequel
    remake miniseries docuseries memoir podcast hymn hymns anthem poem poems episode
    episodes painting paintings sculpture ballad trilogy franchise
    """.split()
)

#: Short words that stand inside a title between capitalised words ("Gone with the
#: Wind", "Guy and Madeline on a Park Bench").
TITLE_SMALL_WORDS = frozenset("the a an of and in on to for with at from by or".split())

#: Nouns of made things and bodies in space, written in lower case right after a name
#: ("the Rosetta spacecraft", "the Philae lander", "her Pixel smartphone"): the name is
#: the thing's (MISC), not a person's, a place's or its maker's. Vehicles are left out:
#: in the training split the name before "plane" or "jet" is the airline or the
#: country that flies it ("Sudan Airways plane"), and so are "probe" and "speaker",
#: which follow people ("the Mueller probe", "Assembly speaker").
THING_NOUNS_AFTER = frozenset(
    """
    spacecraft lander landers rover rovers orbiter orbiters satellite satellites
    telescope comet asteroid smartphone smartphones handset handsets smartwatch
    smartwatches earbuds headphones headset headsets console consoles
    """.split()
)

#: Words that, after a company's name, name a part of the company rather than one of its
#: products ("Reuters Television", "HSBC Markets", "Google Research"): the name stays an
#: organisation's. Any other capitalised word after a known company's one-word name
#: makes a product (MISC), as the training split types "Toyota Celica" or "Airbus A310",
#: and as news writes "Apple Watch" or "Amazon Echo".
DIVISION_WORDS = frozenset(
    """
    news television tv radio markets research international newsdesk digital sports
    press global worldwide capital ventures
    """.split()
)

#: Last words of the names of models of a product ("MacBook Pro", "Nintendo Switch
#: Lite", "Chromecast Ultra", "iPhone XS Max"): the name is the product's (MISC), not a
#: person's or its maker's, unless a known given name starts it ("Martin Max").
MODEL_WORDS = frozenset("pro max mini plus ultra lite edition xl".split())

#: Nouns of bodies and craft in space written in lower case right before a name
#: ("comet Chury", "the asteroid Bennu", "the probe Philae"): the name is the thing's
#: (MISC).
THING_NOUNS_BEFORE = frozenset(
    """
    comet asteroid spacecraft probe lander rover orbiter satellite telescope moon
    """.split()
)

#: Roles of the people who make or play a work, written in lower case right after its
#: title in quotation marks ("“Parasite” director Bong Joon Ho", "“Fleabag” creator
#: Phoebe Waller-Bridge", "“Mrs Maisel” actress Alex Borstein"): the quoted name is a
#: work (MISC).
WORK_ROLES = frozenset(
    """
    director directors creator creators star stars co-star actress actor actors author
    writer writers producer producers showrunner composer screenwriter cast narrator
    """.split()
)

#: Nouns of a part or a making of a film, a show or a play, written before "of" and the
#: work's title ("the cast of Hamilton", "an episode of Friends", "the sequel to Frozen"):
#: only works have them, unlike a director or a star, who also lead bodies and teams.
WORK_PART_NOUNS = frozenset(
    """
    cast episode episodes finale premiere sequel prequel trailer soundtrack screening
    rerun reruns remake reboot spinoff spin-off installment instalment adaptation
    """.split()
)

#: Plural nouns of a kind of thing written before "like" or "such as" and examples of it
#: ("websites like Chairish and Etsy", "cities such as Lagos"), with the type they give
#: the examples whose type is the engine's guess.
KIND_NOUNS = {
    **dict.fromkeys(
        """
        companies firms websites sites platforms services retailers brands apps startups
        start-ups banks lenders outlets publications newspapers magazines broadcasters
        networks carriers airlines automakers carmakers manufacturers chains stores
        organizations organisations agencies charities universities colleges labels
        studios streamers insurers marketplaces
        """.split(),
        "ORG",
    ),
    **dict.fromkeys(
        """
        cities countries nations states towns capitals metropolises regions provinces
        villages destinations
        """.split(),
        "LOC",
    ),
    **dict.fromkeys(
        """
        people artists actors actresses singers musicians rappers players athletes stars
        celebrities politicians lawmakers senators writers authors designers
        """.split(),
        "PERSON",
    ),
}

#: Nouns of a kind of organisation written in lower case right before its name, or
#: before a comma and its name ("her record label Big Machine", "One company, Avigilon,
#: sells ..."): the name is an organisation's, however the engine typed it.
ORG_NOUNS = frozenset(
    """
    company firm label startup start-up retailer website platform app bank lender brand
    chain publisher newspaper magazine broadcaster network airline automaker
    carmaker manufacturer studio insurer charity nonprofit marketplace
    """.split()
)

#: Participles joined by a hyphen to a place or a nationality ("Washington-based", "New
#: York-listed", "Iranian-backed"): the compound is a name of its own (MISC, as CoNLL
#: has it) that belongs with the place it starts with.
HYPHEN_PARTICIPLES = frozenset(
    """
    backed led born based made listed bound owned run controlled registered headquartered
    """.split()
)

#: Words of a club's name that its short name leaves out ("FC Porto" is "Porto", "Leeds
#: United" is "Leeds").
CLUB_WORDS = frozenset("fc afc cf sc ac cd united".split())

#: Words that make one nationality with the one after them ("North American", "Latin
#: American", "Central Asian"), though the engine may split them.
COMPASS_WORDS = frozenset("north south east west central latin northern southern".split())

#: Last words of the names of laws, agreements and public programmes ("First Amendment",
#: "Patriot Act", "Good Friday Agreement", "Clean Power Plan", "SunShot Initiative"):
#: other names (MISC), however the engine typed them, as the training split types
#: "Marshall Plan" and a named programme.
LAW_HEADS = frozenset(
    "amendment act treaty accord accords agreement doctrine plan program programme initiative".split()
)

#: Last words of the names of ideas and findings ("Environmental Kuznets Curve", "Flynn
#: Effect", "Fermi Paradox"): other names (MISC), though a person's name starts many.
IDEA_HEADS = frozenset("curve effect paradox theorem hypothesis conjecture principle".split())

#: Last words of the names of honours ("Nobel Peace Prize", "Philip K. Dick Award",
#: "Fields Medal"): other names (MISC), as the training split types them, though a
#: person's name starts many.
HONOUR_HEADS = frozenset("award prize medal trophy".split())


#: Last words that end a company's name, which the company is often called by the
#: start of ("Magna" of "Magna International Inc", "Whole Foods" of "Whole Foods
#: Market"). Public bodies are left out: "Obama" of "Obama National Security Council" is
#: a person. "market" and "stores" only join a name already typed an organisation: on
#: their own they do not make one ("the Common Market"). Labels and studios go by the
#: start of their name too ("Big Machine" of "Big Machine Records"), and so do the
#: companies of :data:`TRADE_HEADS`.
COMPANY_HEADS = TRADE_HEADS | LEGAL_FORMS | frozenset(
    """
    holdings industries pharmaceuticals corporation company airlines airways market stores
    records productions studios entertainment
    """.split()
)

#: Nationalities, peoples, religions and political groups (spaCy's NORP).
DEMONYMS = """
Afghan Albanian Algerian American Angolan Arab Argentine Argentinian Armenian Asian
Australian Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian
Brazilian British Briton Bulgarian Burmese Cambodian Cameroonian Canadian Catalan Chadian
Chechen Chilean Chinese Colombian Congolese Croat Croatian Cuban Cypriot Czech Danish Dutch
Ecuadorean Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European
Filipino Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Honduran
Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican
Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Latvian Lebanese
Liberian Libyan Lithuanian Macedonian Malaysian Malian Mexican Moldovan Mongolian
Montenegrin Moroccan Mozambican Namibian Nepalese Nigerian Nigerien Norwegian Omani
Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese Qatari
Romanian Russian Rwandan Saudi Scottish Senegalese Serb Serbian Singaporean Slovak Slovakian
Slovenian Somali Spanish Sri Lankan Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian
Thai Tibetan Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan
Vietnamese Welsh Yemeni Zambian Zimbabwean
Americans Arabs Britons Chinese Europeans Germans Iranians Iraqis Israelis Palestinians
Russians Syrians Kurds Afghans Pakistanis Indians Saudis Serbs Croats Muslims Christians
Jews Sunnis Shiites Muslim Christian Jewish Catholic Protestant Orthodox Sunni Shiite Shia
Hindu Buddhist Sikh Islamic Islamist Islamists Republican Republicans Democrat Democrats
Democratic Socialist Socialists Communist Communists Conservative Conservatives Labour
Liberal Liberals Western Westerners African Africans Asian Asians Latino Latinos Hispanic
Alawite Alawites Druze Pashtun Taliban
"""

#: Titles, ranks and roles that stand before a name; recorded as attributes of a person,
#: never part of the name. Multi-word titles are matched longest first.
TITLES = """
president|vice president|prime minister|deputy prime minister|foreign minister|
defence minister|defense minister|finance minister|interior minister|minister|
secretary of state|secretary-general|secretary general|secretary|defense secretary|
defence secretary|foreign secretary|home secretary|chancellor|king|queen|prince|princess|
crown prince|emperor|empress|pope|cardinal|archbishop|bishop|reverend|rabbi|imam|
ayatollah|sheikh|sheik|emir|sultan|senator|representative|congressman|
congresswoman|governor|lt. gov.|mayor|judge|justice|chief justice|attorney general|
ambassador|envoy|spokesman|spokeswoman|spokesperson|general|lieutenant|colonel|
major-general|lieutenant-general|lieutenant-colonel|brigadier-general|brigadier|
rear-admiral|vice-admiral|major|captain|sergeant|admiral|commander|marshal|
president-elect|chairman|chairwoman|chair|chief executive|ceo|director|
speaker|leader|opposition leader|first lady|miss|professor|sir|adviser|advisor|
dame|lord|lady|coach|manager|striker|midfielder|defender|goalkeeper|skipper|
"""

#: Honorifics and ranks written short, with a full stop or without one (British and
#: most non-US style: "Mr Obama", "Dr Jones", "Sen Warren"), plurals before two names
#: included ("Sens. Cory Booker and Kamala Harris"). Each is a title in both
#: spellings; without the stop it counts only when written with a capital ("Mr", not
#: "mr" or "MS"), as the bare letters are also ordinary words and acronyms.
HONORIFICS = frozenset(
    """
    mr mrs ms mx dr prof sen gov rep gen lt col maj capt cmdr sgt adm rev fr supt insp
    det hon messrs mme mlle cllr sens reps govs drs
    """.split()
)

#: Last words that mark a multi-word name as an organisation.
ORG_SUFFIXES = frozenset(
    """
    inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv gmbh group bank party ministry
    council association union university agency commission committee federation
    institute organization organisation airlines airways motors holdings press news
    times post club fund army navy court department senate congress parliament assembly
    foundation company corporation industries international authority board bureau
    office service services front movement alliance league network exchange
    """.split()
)

#: Last words of organisations' names that are no team's nickname ("New York Times",
#: "Boston University", "Denver Post"): the place's name before them is no short name of
#: the body, as "New York" is of "New York Islanders". "union" is a team's word too
#: ("Philadelphia Union").
NO_NICKNAME_HEADS = ORG_SUFFIXES - {"union"}

#: Lowercase nouns that, after a capitalised name, make the pair an event ("G8 summit").
EVENT_NOUNS = frozenset({"summit", "summits"})

#: Last words of names that are events ("World Cup", "Tour de France" aside).
EVENT_HEADS = frozenset(
    {
        "war",
        "cup",
        "olympics",
        "games",
        "championship",
        "championships",
        "summit",
        "festival",
        "awards",
        "finals",
        "open",
        "grand prix",
        "marathon",
        "election",
        "elections",
        "crisis",
        "revolution",
        "tournament",
        "world cup",
    }
)

#: Awards called by the plural of their trophy ("the Oscars", "the Emmys", "the Golden
#: Globes"): events, whatever the engine typed them. "Globes" only ends a longer name.
AWARD_PLURALS = frozenset("oscars emmys grammys tonys baftas oliviers razzies globes".split())

#: Capitalised words that end an event's name when written right after the name of the
#: body that gives it ("Producers Guild" "Awards"), though the engine cut them off.
AWARD_HEADS = frozenset({"Awards", "Prize", "Prizes"})

#: Days and months, and the short months that are no given names or words ("Nov", not
#: "Jan" or "Mar"): capitalised, yet names only after an honorific ("Mrs May").
CALENDAR_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december feb apr aug sep sept oct nov
    dec
    """.split()
)

#: Words that are capitalised only because they start a sentence or a page's time line
#: ("Posted Nov 19, 10:00 AM"): they never start or end a name, and are never a name alone
#: (calendar words included; an honorific before one makes it a name again: "Mrs May").
FUNCTION_WORDS = CALENDAR_WORDS | frozenset(
    """
    the a an and or but in on at
    of for to by with from he she it they we i his her their this that these those there
    after before when while if as because although though since until unless then now
    yet also even just still so thus however meanwhile why how what who where which well
    yes no oh today yesterday tomorrow tonight later earlier posted updated published am pm
    moreover furthermore nevertheless nonetheless additionally indeed instead besides
    """.split()
)

#: Determiners, quantifiers, prepositions and pronouns that a sentence or a quotation may
#: start with ("Despite the rain", "All 14 companies"): never a name alone, though some
#: start one ("All Blacks", "Under Armour"), so they are not trimmed from longer names.
NEVER_NAMES_ALONE = frozenset(
    """
    all every each some many most both any none several another other others despite
    among amid against during without within into onto upon over under about above below
    toward towards except via not nor our your my its me us them him whose whom
    """.split()
)

#: Words that count the steps of something or the parts of a document with the number
#: after them ("Phase 1", "Week 11", "Game 7", "Figure 2", "Table 3"): never a name
#: alone, though capitalised.
SEQUENCE_WORDS = frozenset(
    """
    phase stage step tier level week day round game chapter
    figure fig table example page slide exhibit appendix chart graph lesson
    """.split()
)

#: Pieces a publication prints, written before "in" or "for" and its name ("an article
#: in Healthline", "a column for Wired"): the name after them is the publication.
PUBLISHED_PIECES = frozenset(
    "article articles story piece column op-ed editorial essay interview feature".split()
)

#: Verbs of writing and printing before "in" and a publication's name ("published in
#: Nature", "writing in the Lancet").
PUBLISHING_VERBS = frozenset("published wrote writing appeared".split())

#: Endings of contractions ("Don't", "doesn’t", "I'm", "We'll"): a word with one is never
#: a name.
CONTRACTION_ENDINGS = ("n't", "n’t", "'m", "’m", "'re", "’re", "'ll", "’ll", "'ve", "’ve")


#: Jobs and roles that are capitalised alone as labels of a credit list or a form
#: ("Composer: ...", "Editor", "Head of ..."), never a name alone: those of
#: :data:`EMPLOYEE_ROLES` and :data:`WORK_ROLES`, but for stars, who are also teams
#: ("the Stars", "Dallas Stars").
JOBS_ALONE = (EMPLOYEE_ROLES | WORK_ROLES) - {"star", "stars", "co-star"}


def never_a_name_alone(lower: str) -> bool:
    """Return True for a word in lower case that is never a name on its own: a function
    word of :data:`NEVER_NAMES_ALONE`, a job of :data:`JOBS_ALONE` or a contraction
    ("don’t")."""
    return lower in NEVER_NAMES_ALONE or lower in JOBS_ALONE or lower.endswith(CONTRACTION_ENDINGS)


@functools.lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, str]]:
    """Return lowercased place names mapped to ``(kind, canonical name)``.

    Kinds are ``"country"``, ``"region"`` (ISO 3166-2 subdivisions) and ``"city"``
    (``data/cities.txt`` and ``data/cities_added.txt``). Countries win over regions and
    cities of the same name. ISO 3166 names come from ``data/iso3166.tsv``, which
    ``scripts/build_gazetteer.py`` derives from pycountry.
    """
    table: dict[str, tuple[str, str]] = {}
    for city in _names("cities.txt") + _names("cities_added.txt"):
        table[city.lower()] = ("city", city)
    for line in _names("iso3166.tsv"):
        kind, canonical, *key = line.split("\t")
        lower = key[0] if key else canonical.lower()
        if kind == "country":
            table[lower] = (kind, canonical)
        else:
            table.setdefault(lower, (kind, canonical))
    for alias, canonical in COUNTRY_ALIASES.items():
        table[alias] = ("country", canonical)
    return table


@functools.lru_cache(maxsize=1)
def place_tuples() -> dict[tuple[str, ...], tuple[str, str]]:
    """Return :func:`places` keyed by lowercased token tuples, for multi-word matching."""
    from .tokenize import tokenize

    return {
        tuple(t.text.lower() for t in tokenize(name)): value for name, value in places().items()
    }


@functools.lru_cache(maxsize=1)
def tagger_place_tuples() -> dict[tuple[str, ...], tuple[str, str]]:
    """Return :func:`place_tuples` without the cities added after the model was trained
    (``data/cities_added.txt``): the tagger's features must be the ones its weights
    were learned with."""
    added = {city.lower() for city in _names("cities_added.txt")}
    return {key: value for key, value in place_tuples().items() if " ".join(key) not in added or value[0] != "city"}


def _names(filename: str) -> list[str]:
    """Read one of the shipped name lists (``data/<filename>``): one name a line, ``#``
    starts a comment line."""
    text = resources.files("newsparse_entities").joinpath("data", filename).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _token_tuples(names: list[str]) -> frozenset[tuple[str, ...]]:
    from .tokenize import tokenize

    return frozenset(tuple(t.text.lower() for t in tokenize(name)) for name in names)


@functools.lru_cache(maxsize=1)
def organisation_tuples() -> frozenset[tuple[str, ...]]:
    """Return the well-known organisations (``data/organisations.txt``) as lowercased
    token tuples."""
    return _token_tuples(_names("organisations.txt"))


@functools.lru_cache(maxsize=1)
def one_word_organisations() -> frozenset[str]:
    """Return the lowercased well-known organisations named by one word ("apple",
    "boeing")."""
    return frozenset(name[0] for name in organisation_tuples() if len(name) == 1)


@functools.lru_cache(maxsize=1)
def venue_tuples() -> frozenset[tuple[str, ...]]:
    """Return the stadiums, arenas and halls (``data/venues.txt``) as lowercased token
    tuples."""
    return _token_tuples(_names("venues.txt"))


@functools.lru_cache(maxsize=1)
def product_tuples() -> frozenset[tuple[str, ...]]:
    """Return the products, devices, systems and standards (``data/products.txt``) as
    lowercased token tuples."""
    return _token_tuples(_names("products.txt"))


@functools.lru_cache(maxsize=1)
def product_words() -> frozenset[str]:
    """Return the lowercased products of :func:`product_tuples` named by one word that is
    no known given name ("iphone", "linux"; not "alexa"): such a word starting or ending
    a longer name makes it a product ("macOS Catalina", "Kali Linux")."""
    return frozenset(
        name[0] for name in product_tuples() if len(name) == 1 and name[0] not in given_names()
    )


def names_a_product(lowers: tuple[str, ...]) -> bool:
    """Return True when a name's words name a product: a listed product, the plural of
    a one-word one ("iPhones", "MacBooks"), or a longer name that starts or ends with
    one of :func:`product_words` ("macOS Catalina", "Xbox One X", "Kali Linux").

    Args:
        lowers: the name's tokens in lower case.
    """
    if lowers in product_tuples():
        return True
    if len(lowers) == 1:
        return lowers[0].endswith("s") and lowers[0][:-1] in product_words()
    return lowers[0] in product_words() or lowers[-1] in product_words()


@functools.lru_cache(maxsize=1)
def interjections() -> frozenset[str]:
    """Return the interjections and words of reply (``data/interjections.txt``: "hey",
    "yeah", "honestly"), never a name alone."""
    return frozenset(_names("interjections.txt"))


#: Interjections that are also two-letter postal codes of places ("OH" for Ohio, "OK"
#: for Oklahoma): written in capitals, they may be the place.
POSTAL_INTERJECTIONS = frozenset({"oh", "ok"})


@functools.lru_cache(maxsize=1)
def holiday_tuples() -> frozenset[tuple[str, ...]]:
    """Return the holidays, festivals and named days (``data/holidays.txt``) as
    lowercased token tuples."""
    return _token_tuples(_names("holidays.txt"))


@functools.lru_cache(maxsize=1)
def region_tuples() -> frozenset[tuple[str, ...]]:
    """Return the regions, seas and territories outside ISO 3166 (``data/regions.txt``)
    as lowercased token tuples."""
    return _token_tuples(_names("regions.txt"))


@functools.lru_cache(maxsize=1)
def leader_tuples() -> frozenset[tuple[str, ...]]:
    """Return the full names of office holders (``data/leaders.txt``) as lowercased
    token tuples."""
    return _token_tuples(_names("leaders.txt"))


@functools.lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Return lowercased nationality words mapped to their country's canonical name
    (``"russian"`` -> ``"Russia"``, ``"british"`` -> ``"United Kingdom"``), from
    ``data/demonyms.tsv``."""
    table = {}
    for line in _names("demonyms.tsv"):
        word, _, country = line.partition("\t")
        hit = places().get(country.strip().lower())
        table[word.strip().lower()] = hit[1] if hit is not None else country.strip()
    return table


def country_of(word: str) -> str | None:
    """Return the country a nationality word names.

    Args:
        word: one token, e.g. ``"Russian"`` or ``"Iranian-backed"``.

    Returns:
        The country's canonical name (``"Russia"``, ``"Iran"``), or None.
    """
    lower = word.lower()
    countries = demonym_countries()
    if lower in countries:
        return countries[lower]
    head, sep, _ = lower.partition("-")
    return countries.get(head) if sep and is_demonym(word) else None


#: How English names the people of a place: the place's name (its last word changed
#: as the pair says) and a plural ending, as (ending, what the place's name ends with
#: instead): "New Yorkers", "Bostonians", "Ukrainians", "Californians", "Chicagoans",
#: "Mexicans", "South Dakotans", "Texans", "Carolinians", "Delhiites", "Singaporeans".
#: Only places the gazetteers know count, so "Rangers" or "Cairns" name no people.
PEOPLE_ENDINGS = (
    ("ers", ""),
    ("ians", ""),
    ("ians", "e"),
    ("ians", "ia"),
    ("ians", "a"),
    ("ans", ""),
    ("ans", "o"),
    ("ans", "a"),
    ("ns", "a"),
    ("ns", "s"),
    ("ites", ""),
    ("eans", "e"),
)

#: Words before a people's name that leave it a people ("Native Americans").
PEOPLE_MODIFIERS = frozenset({"native", "indigenous"})


def place_of_people(lowers: tuple[str, ...]) -> str | None:
    """Return the place whose people a plural name names, or None.

    The name is a known place's name with a people's ending on its last word
    (:data:`PEOPLE_ENDINGS`: "New Yorkers" -> New York, "Ukrainians" -> Ukraine), or
    the plural of a nationality word ("Russians" -> Russia).

    Args:
        lowers: the name's tokens in lower case.

    Returns:
        The place's canonical name, or None.
    """
    if not lowers or len(lowers[-1]) < 5 or not lowers[-1].endswith("s"):
        return None
    last = lowers[-1]
    if len(lowers) == 1 and (country_of(last) or country_of(last[:-1])):
        return country_of(last) or country_of(last[:-1])
    table = places()
    for ending, instead in PEOPLE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            hit = table.get(" ".join([*lowers[:-1], last[: -len(ending)] + instead]))
            if hit is not None:
                return hit[1]
    return None


def names_people(lowers: tuple[str, ...]) -> bool:
    """Return True for a plural name that names a people rather than a place, a body or a
    person: the people of a known place (:func:`place_of_people`), or a plural nationality
    or group word after nationality words or :data:`PEOPLE_MODIFIERS` ("Native
    Americans", "African Americans"). A team named after a place keeps its place's name
    before the word ("Cleveland Indians"), so it is no people.

    Args:
        lowers: the name's tokens in lower case, a hyphenated word split at its hyphens.

    Returns:
        True when the name names a people.
    """
    if not lowers or not lowers[-1].endswith("s"):
        return False
    if place_of_people(lowers) is not None:
        return True
    last = lowers[-1]
    plural = last in demonyms() or (len(last) > 4 and (last[:-1] in demonyms() or country_of(last[:-1]) is not None))
    return plural and all(w in demonyms() or w in PEOPLE_MODIFIERS for w in lowers[:-1])


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Return lowercased given names: ``data/given_names.txt`` (from the training split,
    by ``scripts/build_names.py``) and ``data/given_names_census.txt`` (from the 1990 US
    Census lists, by ``scripts/build_census_names.py``)."""
    return frozenset(
        name.lower() for name in _names("given_names.txt") + _names("given_names_census.txt")
    )


@functools.lru_cache(maxsize=1)
def shared_given_names() -> frozenset[str]:
    """Return lowercased common first names that are also surnames or places ("taylor",
    "jordan", "elizabeth"; ``data/given_names_shared.txt``, by
    ``scripts/build_census_names.py``): a given name only before a known surname (see
    :func:`census_surnames`), where :func:`given_names` is one anywhere."""
    return frozenset(name.lower() for name in _names("given_names_shared.txt"))


@functools.lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """Return the lowercased most frequent surnames of the 1990 US Census
    (``data/surnames_census.txt``, by ``scripts/build_census_names.py``)."""
    return frozenset(name.lower() for name in _names("surnames_census.txt"))


@functools.lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Return the words the training split writes in lower case and never with a capital
    inside a sentence nor in a name (``data/ordinary_words.txt``, by
    ``scripts/build_ordinary_words.py``): capitalised, one only starts a sentence."""
    return frozenset(_names("ordinary_words.txt"))


@functools.lru_cache(maxsize=1)
def name_parts() -> frozenset[str]:
    """Return the words the training split shows inside names of several words, never
    as a name alone, and in lower case (``data/name_parts.txt``, by
    ``scripts/build_ordinary_words.py``): "new", "department", "northern"."""
    return frozenset(_names("name_parts.txt"))


def head_type(lowers: tuple[str, ...]) -> str | None:
    """Return the type a name's words decide on their own, or None.

    A known place is left to the place gazetteer. A known venue or region, a name
    ending in a place word ("Rose Bowl", "Bering Sea") or one of the form "Gulf of ..."
    (:data:`PLACE_OF_HEADS`) is LOC; a
    known leader is PERSON; a multi-word name ending in an organisation word ("Jones
    Medical Industries Inc") or a known organisation is ORG; one ending in the word of
    a law or an agreement (:data:`LAW_HEADS`, "First Amendment"), of an idea
    (:data:`IDEA_HEADS`, "Kuznets Curve") or of an honour (:data:`HONOUR_HEADS`,
    "Fields Medal") is MISC. A holiday or a named day (``data/holidays.txt``, "Black
    Friday") is EVENT; a product (:func:`names_a_product`, "iPhone", "macOS Catalina")
    is MISC, after the head words ("Linux Foundation" stays an organisation).

    Args:
        lowers: the name's tokens in lower case.

    Returns:
        ``"LOC"``, ``"ORG"``, ``"PERSON"``, ``"MISC"`` or ``"EVENT"``, or None when the
        words leave it open.
    """
    if lowers in place_tuples():
        return None  # the place gazetteer decides ("Russian Federation")
    if lowers in venue_tuples() or lowers in region_tuples():
        return "LOC"
    if lowers in leader_tuples():
        return "PERSON"
    if lowers in organisation_tuples():
        return "ORG"
    if lowers in holiday_tuples():
        return "EVENT"
    if len(lowers) > 2 and lowers[1] == "of" and lowers[0] in PLACE_OF_HEADS:
        return "LOC"  # "Strait of Hormuz", "Bay of Bengal"
    if len(lowers) > 1:
        if lowers[-1] in PLACE_HEADS:
            return "LOC"
        if lowers[-1] in ORG_HEADS:
            return "ORG"
        if lowers[-1] in LAW_HEADS or lowers[-1] in IDEA_HEADS or lowers[-1] in HONOUR_HEADS:
            return "MISC"
    if names_a_product(lowers):
        return "MISC"
    return None


def is_brand_word(word: str) -> bool:
    """Return True for one word written with a capital after a lower-case letter, inside
    it, that no name start explains ("WeWork", "SoftBank"; not "McDonald", "LeBron"), or
    for one that starts with two or more capitals and goes on in lower case ("ZDNet",
    "CNNMoney"; not "MPs", "O'Neil"), as no given name or surname is written."""
    start = len(word) - len(word.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if start >= 2 and len(word) - start >= 2 and word[start:].isalpha() and word[start:].islower():
        return True
    for i in range(2, len(word)):
        if word[i].isupper() and word[i - 1].islower():
            return word[:i].lower() not in CAMEL_NAME_STARTS
    return False


def never_a_person(lowers: tuple[str, ...]) -> bool:
    """Return True for a name of two or more words that names a place or a structure,
    never a person (see :data:`NEVER_PERSON_LAST`, :data:`NEVER_PERSON_FIRST`)."""
    return len(lowers) > 1 and (lowers[-1] in NEVER_PERSON_LAST or lowers[0] in NEVER_PERSON_FIRST)


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Return the lowercased nationality and group words (``"syrian"``, ``"shiite"``)."""
    return frozenset(w.lower() for w in DEMONYMS.split())


@functools.lru_cache(maxsize=1)
def titles() -> dict[tuple[str, ...], str]:
    """Return lowercased title token tuples mapped to the title as written in the list."""
    from .tokenize import tokenize

    table = {}
    for title in TITLES.replace("\n", "").split("|"):
        title = title.strip()
        if title:
            table[tuple(t.text.lower() for t in tokenize(title))] = title
    for short in HONORIFICS:
        table[(short,)] = short.capitalize()
        table[(short + ".",)] = short.capitalize() + "."
    return table


@functools.lru_cache(maxsize=1)
def person_titles() -> dict[tuple[str, ...], str]:
    """Return :func:`titles` and the players' positions (:data:`SPORTS_POSITIONS`): what
    may stand before a person's name and is never part of it ("Defenseman Jonas
    Brodin"). The positions are kept out of :func:`titles`, a feature of the tagger
    whose weights were learned without them."""
    table = dict(titles())
    for position in SPORTS_POSITIONS:
        table[(position,)] = position
    return table


@functools.lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Return every lowercased word that occurs in a title."""
    return frozenset(word for key in titles() for word in key)


#: The longest place name, in tokens, worth looking for.
MAX_PLACE_TOKENS = 5


def is_demonym(word: str) -> bool:
    """Return True when ``word`` names a nationality or group (``"Iranian-backed"`` too)."""
    lower = word.lower()
    if lower in demonyms():
        return True
    head, sep, tail = lower.partition("-")
    return bool(sep) and head in demonyms() and tail in HYPHEN_PARTICIPLES

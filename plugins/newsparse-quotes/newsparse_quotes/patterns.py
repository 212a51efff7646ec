"""Phrase lists and compiled patterns used to find quotations, as data.

Everything the extractor knows about English reporting language lives here, so that
improving coverage means editing lists, not code. Lists are lower-case; matching is done on
lower-cased tokens.
"""

from __future__ import annotations

import re

#: Double quotation marks. ``''`` and ````` ```` are the two-character forms older wire copy
#: and LaTeX-ish sources use for ``“`` / ``”``. Single quotes are treated as nested quotes
#: only: at the top level ``'`` is an apostrophe far more often than a quotation mark (14,523
#: ``'`` against 7,147 ``"`` in the PolNeAR training texts).
MARK_RE = re.compile(r"''|``|[\"“”„«»]")

#: Marks that open a quotation by their shape alone.
OPENING_MARKS = frozenset({"“", "„", "«", "``"})
#: Marks that close a quotation by their shape alone.
CLOSING_MARKS = frozenset({"”", "»"})

#: Words: letters and digits joined by inner hyphens, apostrophes, periods or ampersands
#: (``al-Assad``, ``U.S``, ``AT&T``, ``don't``); anything else is a one-character token.
#: The inner group starts with a non-word character, so it cannot backtrack. A plural
#: possessive keeps its apostrophe when a word follows (``the Employers’ Association``,
#: ``NBC News’ Today show``): split off, it would cut the name it belongs to in two.
TOKEN_RE = re.compile(r"\w+(?:[-’'.&]\w+)*(?:(?<=s)['’](?=[ \u00a0]+\w))?|[^\w\s]")

#: Characters that end a sentence.
SENTENCE_END = frozenset(".!?")

#: Abbreviations after which a period does not end a sentence (without the period).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr sen sens rep reps gov govs lt gen col sgt capt cmdr adm maj pres supt
    jr sr st mt ft inc co corp ltd bros no nos vs etc al prof rev hon gov atty dept
    jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k u.n d.c e.g i.e
    """.split()
)

#: Reporting verbs that introduce or follow speech (a quote or a reported clause).
SPEECH_VERBS = frozenset(
    """
    say says said saying
    tell tells told telling
    add adds added adding
    ask asks asked asking
    write writes wrote writing written
    tweet tweets tweeted tweeting
    posts posted
    states stated
    explain explains explained explaining
    note notes noted noting
    argue argues argued arguing
    claim claims claimed claiming
    insist insists insisted insisting
    warn warns warned warning
    announce announces announced announcing
    reports reported
    acknowledge acknowledges acknowledged acknowledging
    admit admits admitted admitting
    suggest suggests suggested suggesting
    declare declares declared declaring
    continues continued continuing
    recall recalls recalled recalling
    reply replies replied replying
    respond responds responded responding
    answers answered
    counters countered
    concede concedes conceded conceding
    stresses stressed stressing
    emphasize emphasizes emphasized emphasizing
    maintains maintained maintaining
    contend contends contended contending
    predicts predicted predicting
    promises promised promising
    vow vows vowed vowing
    pledge pledges pledged pledging
    confirms confirmed confirming
    denies denied denying
    remarks remarked
    observes observed
    jokes joked joking
    quip quips quipped quipping
    complain complains complained complaining
    charges charged charging
    allege alleges alleged alleging
    assert asserts asserted asserting
    testify testifies testified testifying
    urge urges urged urging
    caution cautions cautioned cautioning
    muses mused musing
    wonders wondered wondering
    boast boasts boasted boasting
    conclude concludes concluded concluding
    reiterate reiterates reiterated reiterating
    repeats repeated repeating
    shout shouts shouted shouting
    yell yells yelled yelling
    chant chants chanted chanting
    scream screams screamed
    whisper whispers whispered
    exclaim exclaims exclaimed
    proclaim proclaims proclaimed
    snaps snapped
    retort retorts retorted
    interject interjects interjected
    press presses pressed
    """.split()
)

#: Reporting words that are also common nouns. Written before a noun or an auxiliary they
#: are the noun (``White House press secretary``, ``the 10-year Treasury note has
#: climbed``, ``the reports are``), never the cue.
NOUN_LIKE_CUES = frozenset(
    """
    press presses note notes states posts post reports report charges charge claims claim
    remarks remark answers answer counters counter promises promise pledges pledge vows vow
    jokes joke stresses stress repeats cautions caution wonders wonder chants chant shouts
    shout screams scream whispers whisper tweets tweet quips quip warns urges
    """.split()
)

#: Words before a plural noun that never stand before a reporting verb: counts,
#: quantifiers and prepositions (``six states``, ``some reports``, ``in states``).
PLURAL_NOUN_BEFORE = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty
    hundred dozen dozens several many few fewer more most some all both other various
    numerous these those such remaining in of across among between from for with into
    """.split()
)

#: Words after a plural noun that never follow a reporting verb (``states like Ohio``,
#: ``states where``, ``reports including``, ``corporate pledges which have …``).
PLURAL_NOUN_AFTER = frozenset("like such where which including whose nationwide".split())

#: Words of the learned lexicon that are never verbs (PolNeAR marks nominal and
#: adjectival cues too: ``his assertion that …``, ``wary of …``); they never report.
NEVER_VERBS = frozenset(
    """
    statement statements assumption assertion footage eager wary outspoken inclination
    suggestion admission criticism response message memo
    """.split()
)

#: Reporting words that end names of places, agencies and papers (``United States``,
#: ``Associated Press``, ``Consumer Reports``): a capitalised one is never a cue, even in
#: a title-case headline.
CUES_IN_NAMES = frozenset("states press presses note notes post posts reports".split())

#: Finite forms of ``be``, ``have`` and the modals: a word right before one of them is its
#: subject, so a noun (``the note has climbed``).
FINITE_AUXILIARIES = frozenset(
    "is are was were has have had will would can could should may might must does did do".split()
)

#: Pronouns a restrictive ``who`` may follow at the start of a sentence (``Those who
#: believe …``): the people so described are the subject, not a speaker.
SUBJECT_DEMONSTRATIVES = frozenset({"those", "anyone", "everyone", "someone", "many", "few"})

#: Verbs of belief and intention that PolNeAR-style corpora count as attributions when
#: they take a clause (``police fear that ...``); only used with an explicit ``that``.
COGNITION_VERBS = frozenset(
    """
    think thinks thought believe believes believed hope hopes hoped expect expects expected
    fear fears feared worry worries worried know knows knew feel feels felt argue argues
    predict predicts predicted estimate estimates estimated agree agrees agreed
    find finds found show shows showed shown indicate indicates indicated
    """.split()
)

#: Prepositions of a short time, place or manner phrase that may stand between a
#: reporting verb and a clause without ``that`` (``said on Thursday it will``, ``said in a
#: statement the plan would fail``, ``said at a news conference he was``).
ADJUNCT_PREPOSITIONS = frozenset("on in at during after before".split())

#: Words that open a clause's subject after such a phrase (``… in a statement the plan
#: would …``); the subject is then ended by a finite auxiliary or modal.
CLAUSE_DETERMINERS = frozenset("the a an this its his her their our".split())

#: Verbs that take an object and then a clause: ``told reporters that ...``.
OBJECT_VERBS = frozenset(
    """
    tell tells told telling ask asks asked asking warn warns warned warning
    assure assures assured assuring remind reminds reminded reminding inform informs informed
    urge urges urged urging promise promises promised
    """.split()
)

#: Verbs that quote a label: ``called the plan “a disaster”``.
NAMING_VERBS = frozenset(
    "call calls called calling dub dubs dubbed dubbing describe describes described "
    "describing label labels labeled labelled labeling brand brands branded".split()
)

#: Verbs of answering: their speaker is the one the quote before was put to, never the
#: one who put it (``a reporter asked Ann Bright, “…?” “…,” she replied``).
REPLY_VERBS = frozenset(
    "reply replies replied replying respond responds responded responding answer answers "
    "answered answering retort retorts retorted".split()
)

#: Verbs of asking: whoever is reported asking (``Ann Bright asked the mayor whether …``)
#: is not whom the next ``he said`` stands for, since the one asked answers.
ASKING_VERBS = frozenset("ask asks asked asking inquire inquires inquired".split())

#: Pronouns that may stand for anyone (``if you think you have the virus``).
GENERIC_PRONOUNS = frozenset("you we".split())

#: The writer's pronouns. Outside quotation marks (``I think the plan failed``, ``We found
#: that …``) they report no one's words but the writer's own: a column's or a review's
#: voice, not a quote.
WRITER_PRONOUNS = frozenset("i we".split())

#: The reader's pronoun: outside quotation marks it reports nothing when its verb is one
#: of thought or perception, or follows a modal (``You know that …``, ``you might think
#: …``, ``you can add it``): the writer addresses the reader. With a verb of speech and no
#: modal (``You told us that …``) it is someone addressed whose words are reported.
READER_PRONOUNS = frozenset({"you"})

#: Modals that make the reader's ``you`` a generic one (``you can say``, ``you might
#: expect``, ``can you tell``), before or after it.
READER_MODALS = frozenset(
    """
    can could may might would should will must cannot can't couldn't won't wouldn't
    shouldn't mustn't can’t couldn’t won’t wouldn’t shouldn’t mustn’t
    """.split()
)

#: Words that open a condition: a generic pronoun after one is no one who speaks.
CONDITIONALS = frozenset("if when whenever unless".split())

#: Verbs of seeming. With the empty ``it`` as their subject (``It seems the plan failed``,
#: ``it appeared like a rout``) they give the writer's impression: no one is reported to
#: have said anything. (PolNeAR marks 15 of the 40 ``it seems`` of its training texts as
#: attributions, all without a source.)
IMPRESSION_VERBS = frozenset("seem seems seemed seeming appear appears appeared appearing".split())

#: The pronoun that stands for nothing before a verb of seeming.
EMPTY_SUBJECTS = frozenset({"it"})

#: Forms of ``be`` that make the empty ``it`` the subject of an impersonal passive (``It
#: is believed that …``, ``it was reported that …``, ``it should be noted``) or of
#: ``it is worth noting``: the clause is no one's in particular.
IMPERSONAL_BE = frozenset("is was be been being are were 's".split())

#: Words that may stand between the empty ``it``, its ``be`` and the participle:
#: modals, negation and adverbs of frequency or extent (``it has long been believed``,
#: ``it is widely thought``, ``it is not known``).
IMPERSONAL_FILLERS = frozenset(
    """
    has have had will would could should may might must can not n't also now often still
    long widely generally commonly already further
    """.split()
)

#: The adjective of ``it is worth noting that …``: the writer's own remark.
IMPERSONAL_WORTH = frozenset({"worth"})

#: Words that open the clause an impersonal passive governs (``It is believed that …``,
#: ``it is not known how …``). Without one (``it was labeled “Mostly True”``) the ``it``
#: is something named before, what the verb was done to.
IMPERSONAL_CLAUSE_OPENERS = frozenset("that how whether what why when where who if".split())

#: Participles that report speech even impersonally (``It was reported that …``, ``it is
#: said that …``): someone said it, the text does not say who, so the report stays without
#: a speaker. Any other impersonal passive (``It is believed``, ``it was expected``, ``it
#: was found``, ``it should be noted``) is the writer's statement and reports nothing.
IMPERSONAL_SPEECH = frozenset(
    "said reported claimed alleged rumored rumoured announced stated told revealed".split()
)

#: Forms of ``call``, which also means to telephone (``called the Queen about …``).
CALL_FORMS = frozenset("call calls called calling".split())

#: Words after the object of ``call`` that make it a telephone call, not a label:
#: ``called her back``, ``called the Queen about her husband``.
CALL_PARTICLES = frozenset("about back".split())

#: Words right after ``call`` that make it an appeal or a demand (``called on the
#: council to act``, ``called for a recount``, ``called out his rival``), which report.
CALL_APPEALS = frozenset("on upon for out".split())

#: Object pronouns: after ``call`` one is whom it reached (``called him to ask``).
OBJECT_PRONOUNS = frozenset("him her them us me".split())

#: Auxiliaries that, put before ``you`` in a question, make a request of the listener
#: (``Can you tell us about …?``, ``Would you say …?``): no one's words are reported.
QUESTION_AUXILIARIES = frozenset("can could would will do did".split())

#: The pronoun a question addresses.
ADDRESSEE = "you"

#: The word that makes the verb after it an infinitive (``To add to the pressure, …``):
#: an infinitive reports nothing said, so it is never the attribution after a quote.
INFINITIVE_MARKERS = frozenset({"to"})

#: Participles that give a name or a title rather than report words: in the passive or
#: after an indefinite noun they say what someone or something is called or made
#: (``was named best actor``, ``a project named “Open City”``), which no one said.
NAME_GIVING_PARTICIPLES = frozenset("named called dubbed nicknamed titled entitled".split())

#: Words that may stand between a speaker and its reporting verb (``he also said``,
#: ``Obama has repeatedly said``).
AUXILIARIES = frozenset(
    """
    has have had is was were are be been would will could should may might did does do
    can cannot must shall also later then again previously recently once repeatedly often frequently
    further simply only just first finally since still even never not already now too
    instead meanwhile however nevertheless nonetheless afterwards therefore
    """.split()
)

#: Words in ``-ly`` that are not adverbs: they may end a speaker phrase (``the organizer
#: of a pro-Trump rally said``).
LY_WORDS = frozenset(
    """
    rally ally family assembly supply reply anomaly monopoly tally bully italy july fly
    holy ugly friendly elderly lonely daily weekly monthly quarterly
    """.split()
)

#: Personal pronouns that can be speakers; resolved to a named person where possible.
PERSON_PRONOUNS = frozenset("he she".split())
#: Other pronouns that can be speakers but name no single person.
OTHER_PRONOUNS = frozenset("they it we i you who".split())

#: Relative pronouns that may be the subject of a reporting verb and stand for the phrase
#: before them (``the report, which notes``, ``a message that said``); of these, the ones
#: that may follow a comma.
RELATIVE_SUBJECTS = frozenset("which that".split())
COMMA_RELATIVES = frozenset({"which"})

#: Words that open an absolute phrase, a noun and the participle it is the subject of
#: (``…, with many marchers chanting “…”``): that noun speaks, not the sentence subject.
ABSOLUTE_OPENERS = frozenset({"with"})

#: Pronouns that, as the subject of a clause between a participle cue and the sentence's
#: subject, are what the participle hangs on (``…, even as he defended her, saying``),
#: and the words that open such a clause (a comma opens one too). Clauses of time
#: (``after they came out``, ``while she was …``) are left out: a participle after them
#: belongs to the main clause.
PARTICIPLE_CLAUSE_PRONOUNS = frozenset("he she they".split())
PARTICIPLE_CLAUSE_OPENERS = frozenset("and but as".split())

#: Pronouns that, written in capitals in a sentence that is not, are acronyms and names
#: (``WHO said`` is the World Health Organization, ``US officials``, ``IT staff``).
ACRONYM_PRONOUNS = PERSON_PRONOUNS | OTHER_PRONOUNS | OBJECT_PRONOUNS

#: Determiners that start a descriptive speaker (``the president``, ``a spokesman``).
DETERMINERS = frozenset(
    "the a an his her their its our my this that these those one another some several "
    "many most two three four five other both each".split()
)

#: Determiners of a description that stands for one person, set off before or after the
#: name (``One witness, Ann Bright, said``; ``Ann Bright, an actor,``).
ONE_PERSON_DETERMINERS = frozenset("the a an his her their its one another".split())

#: Words that end the head of a description set off after a name: what follows them
#: qualifies it (``Ann Bright, an expert in drug use at York``: the head is ``expert``).
DESCRIPTION_ENDS = frozenset(
    "of for at in from with on who whose which that and or but since by to through via "
    "as like about after before during under over against among between without".split()
)

#: Roles that, bare (``the president said``), mean the one holder an article is about:
#: someone described as holding one of them *of* or *at* some body (``Ann Lee, the
#: president of the Farm Bureau,``) is not whom they refer to.
SOLE_ROLES = frozenset("president pope king queen".split())

#: The words that tie a role to the body it is held in (``president of``, ``professor
#: at``, ``spokesman for``).
ROLE_COMPLEMENTS = frozenset({"of", "at", "for"})

#: Words that make a role a past one: ``the former governor`` is not ``the governor``.
PAST_ROLE_WORDS = frozenset("former ex onetime erstwhile".split())

#: Titles that precede a person's name; they are stripped from the resolved name and
#: remembered as the person's roles (``President Obama`` is ``the president``).
TITLES = frozenset(
    """
    president vice prime minister secretary senator sen sens representative rep reps
    congressman congresswoman governor gov lt lieutenant mayor judge justice chief
    chairman chairwoman chair speaker leader director spokesman spokeswoman spokesperson
    ambassador general gen admiral adm colonel col captain capt sergeant sgt officer
    attorney atty commissioner chancellor king queen prince princess pope rev reverend
    dr doctor mr mrs ms miss sir lord lady dame professor prof former candidate nominee
    sheriff detective deputy assistant executive ceo founder manager coach pastor bishop
    cardinal rabbi imam foreign state defense treasury house senate majority minority
    republican democratic democrat gop u.s federal first
    """.split()
)

#: Role nouns that, after ``the``, refer back to a named person (``the president said``).
ROLE_NOUNS = frozenset(
    """
    president senator congressman congresswoman governor mayor candidate nominee minister
    secretary chairman chairwoman judge justice ambassador speaker leader spokesman
    spokeswoman spokesperson director general chancellor king queen prince pope official
    officer sheriff attorney lawyer author actor actress singer star businessman billionaire
    host anchor reporter columnist writer founder ceo executive mogul democrat republican
    """.split()
)

#: Nouns for one person by what they are or do (``the actor``, ``a witness``, ``the real
#: estate agent``): after ``the`` they refer back to the person the text introduced with
#: them (``Jane Roe, an actor, …`` / ``actor Jane Roe`` … ``the actor said``). Singular
#: forms; groups and organisations are in :data:`SPEAKER_NOUNS` only.
PERSON_NOUNS = ROLE_NOUNS | frozenset(
    """
    spokesperson aide adviser advisor analyst expert economist strategist consultant
    lawyer attorney prosecutor investigator detective officer policeman trooper
    agent commander soldier veteran witness resident neighbor neighbour victim survivor
    relative friend mother father son daughter wife husband brother sister parent child
    man woman boy girl person student teacher professor researcher scientist
    doctor nurse worker employee staffer volunteer activist advocate organizer protester
    supporter opponent critic voter delegate member lawmaker legislator representative
    politician diplomat envoy negotiator observer commentator
    pollster journalist editor correspondent historian owner manager
    chief head boss partner investor trader banker farmer fisherman driver pilot
    passenger fan player coach captain referee athlete source insider
    president-elect patient associate user dispatcher
    """.split()
)

#: Head nouns of the documents that "say" things (``the report found``, ``a new study
#: by Ann Lee says``): speakers when nobody is named, and when the text names who wrote
#: them right after (``by``, ``from``), that author is the source.
DOCUMENT_NOUNS = frozenset(
    """
    report study survey poll statement letter memo document filing complaint lawsuit suit
    ad advertisement video post tweet email release transcript book article editorial
    data analysis review audit estimate estimates records research affidavit
    """.split()
)

#: The words that name a document's author right after it (``a report by E! News``).
AUTHOR_LINKS = frozenset({"by", "from"})

#: The words that join a study to what it was run on (``a study in 84 women``, ``a
#: survey of 2,000 voters``, ``one review of 14 studies``): the people or things after
#: them are studied, and the document before them is what reports.
#: ``on`` is left out: ``voters going to the polls on Super Tuesday said``.
STUDIED_LINKS = frozenset({"in", "among", "of", "with", "across", "involving"})

#: The words that set people in the place or body they belong to (``authorities in
#: Beijing``, ``nurses in 12 hospitals``, ``economists across the region``): the people
#: before them speak, not the place or the thing after them.
PLACED_LINKS = frozenset({"in", "across"})

#: People named by a plural not made with ``-s``, and bodies of people that speak as one
#: (``authorities in Beijing``); with :data:`PERSON_NOUNS` and their plurals, the people
#: a place's speaker phrase is headed by.
PEOPLE_PLURALS = frozenset("people men women children police authorities".split())

#: Head nouns of speaker phrases that name no one (``a spokeswoman for the ministry``,
#: ``the White House press secretary``, ``officials``, ``the report``): people by role,
#: groups and organisations, and the documents that "say" things. Singular forms; a
#: plural in ``-s`` is looked up without it. With an entity recogniser's mentions at
#: hand, a speaker must be an entity or have one of these heads.
SPEAKER_NOUNS = PERSON_NOUNS | frozenset(
    """
    police family people others men women children
    administration government ministry department agency office committee commission
    council board court panel union company firm group organization organisation campaign
    party team club bank network newspaper paper website station authority authorities
    regulator watchdog military army navy embassy consulate
    museum hospital clinic school university college city
    """.split()
) | DOCUMENT_NOUNS

#: Head nouns of a description that stands for one organisation named before it (``the
#: production company said`` after ``Dick Clark Productions denied …``, ``the German
#: automaker says``): with an entity recogniser's mentions at hand it resolves to that
#: organisation. Governments and their offices are left out (``the government`` is as
#: often a country's, which the recogniser calls a place), and so are ``group`` and
#: ``team``, which as often mean a group of people no recogniser names.
ORGANISATION_NOUNS = frozenset(
    """
    company firm organization organisation agency union network newspaper bank label
    studio publisher broadcaster retailer airline automaker carmaker manufacturer maker
    startup insurer lender chain charity
    """.split()
)

#: Nouns of :data:`SPEAKER_NOUNS` that are plural without an ``-s`` of their own
#: (``the police said``): a ``they`` after them may stand for them.
PLURAL_NOUNS = frozenset("police people authorities others men women children".split())

#: Capitalised words that are never (the start of) a speaker's name.
NOT_NAMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    january february march april may june july august september october november december
    but and or so yet if when while as after before since because although though however
    in on at by for with from of to the a an this that these those there here then
    i it we you they he she his her its our their my what why how where who which
    """.split()
)

#: Words that open the salutation of a letter (``DEAR ABBY:``, ``Dear Prudence:``): what
#: follows is the letter, written by someone else than the one it addresses.
SALUTATIONS = frozenset({"dear"})

#: Words that label a section, a heading or a page element rather than name a speaker:
#: ``Analysis: …``, ``Map: …``, ``Photos: …``, ``Fact check: …``. A speaker phrase made only
#: of them is no speaker.
SECTION_LABELS = frozenset(
    """
    analysis map maps opinion editorial editorials commentary comment comments explainer
    timeline graphic graphics chart charts live breaking exclusive factbox fact
    check q&a interview review profile obituary perspective view views quiz gallery
    slideshow transcript audio podcast watch update updates updated infographic background
    context trending sponsored note editor editors related photo photos picture pictures
    image images source sources read video videos correction corrections clarification
    disclosure advertisement listen see more also tags tag filed share key facts what why
    how where who when latest recap preview highlights letters letter essay column
    """.split()
)

#: Words that end the names of places (``Stewart Island``, ``Bering Sea``), and the
#: compass and "New" words that start them (``South Carolina``, ``New Hampshire``): a
#: capitalised run with one of them is a place, never a person a pronoun refers to.
#: Most lower-case role words before a name (``spokesman John Kirby``, ``former
#: secretary of state Hillary Clinton``).
ROLE_WORDS = 5

#: Last words of capitalised names of laws, documents, events and things (``First
#: Amendment``, ``Affordable Care Act``, ``Super Bowl``), which no personal pronoun
#: refers to.
THING_HEADS = frozenset(
    """
    amendment amendments act acts bill constitution treaty accord accords agreement
    convention declaration doctrine clause code law laws plan report resolution
    initiative program programme games bowl cup series olympics summit conference
    forum award awards prize day week month war
    """.split()
)

PLACE_HEADS = frozenset(
    """
    island islands beach sea ocean river lake bay gulf strait coast peninsula mountain
    mountains mount valley canyon desert county province region state city town village
    park forest falls harbor harbour port airport heights springs
    """.split()
)
PLACE_STARTS = frozenset("north south east west northern southern eastern western new".split())

#: Countries, US states and large cities written without a place word: never a person.
PLACE_NAMES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
    wyoming america britain england scotland wales ireland france germany italy spain
    portugal russia ukraine china japan india pakistan afghanistan iran iraq syria israel
    lebanon jordan egypt libya sudan turkey greece poland canada mexico brazil argentina
    chile colombia venezuela cuba australia zealand nigeria kenya ethiopia somalia yemen
    korea vietnam indonesia philippines europe africa asia london paris berlin moscow
    beijing tokyo baghdad kabul damascus jerusalem cairo brussels geneva chicago boston
    atlanta houston dallas detroit miami seattle denver phoenix baltimore philadelphia
    manhattan brooklyn hollywood carolina dakota jersey hampshire mexico york angeles
    francisco orleans vegas
    """.split()
)

#: A line ``Label: a, b, c, d`` whose part after the colon is a list of at least this many
#: items (set off by commas, semicolons or ``and``), none longer than
#: :data:`LIST_ITEM_WORDS` words (``Portion Fix Containers: 1 Green, 1 Purple, 1 Red, 1
#: tsp.``, ``Colorado: Ryan Call, Laura Carno, Matt Chandler, Will Coyne``), gives a
#: label's values, not a statement of the label's. (Three short items may still be
#: speech: ``Reid: 'Never, ever, ever underestimate Trump.'``.)
LIST_ITEMS = 4

#: Longest item, in words, of such a list.
LIST_ITEM_WORDS = 4

#: Seats of government whose name stands for the body that sits there (``The White House
#: said …``, ``the Kremlin denied …``, ``Downing Street said …``). An entity recogniser
#: may type them as places; as speakers they are the body, so they speak like an
#: organisation. Written in lower case, without a leading ``the``.
SEATS_OF_GOVERNMENT = frozenset(
    {
        "white house", "kremlin", "downing street", "number 10", "no. 10", "no 10",
        "élysée", "elysee", "élysée palace", "elysee palace", "matignon", "blue house",
        "zhongnanhai", "quai d'orsay", "whitehall", "pentagon", "foggy bottom",
        "palazzo chigi", "chigi palace", "holy see", "vatican", "kantei",
    }
)

#: Lower-case words inside an organisation's name, after its head noun (one of
#: :data:`ORG_WORDS`): ``the Senate Committee on Foreign Relations``, ``the Center for
#: Responsive Politics``.
ORG_NAME_LINKS = frozenset({"on", "for"})

#: Words that mark a capitalised run as an organisation or place rather than a person.
ORG_WORDS = frozenset(
    """
    party department committee court union house senate congress nations states council
    agency administration campaign university college school news post times journal
    press network company corporation inc corp group association foundation institute
    center centre office bureau commission board ministry government army police city
    county republic kingdom street avenue hall tower center fund bank times street
    """.split()
)


def _learned_cues() -> dict[str, float]:
    """Load the reporting words learned from an attribution corpus (``data/cues.tsv``,
    written by ``scripts/train_cues.py``), with the share of their uses that were cues."""
    from importlib.resources import files

    ratios = {}
    table = files(__package__).joinpath("data", "cues.tsv").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            word, as_cue, seen = line.split("\t")[:3]
            ratios[word] = int(as_cue) / int(seen)
    return ratios


#: For each word that was a reporting cue in at least 40% of its uses (and 4 times or
#: more) in the PolNeAR training texts, that share: ``decried`` 1.0, ``touted`` 0.91 ...
LEARNED_CUE_RATIOS = _learned_cues()
#: The learned reporting words.
LEARNED_CUES = frozenset(LEARNED_CUE_RATIOS)


#: Words that open a clause, a question or an infinitive rather than a noun phrase when
#: they follow a verb (``said that``, ``asked whether``, ``claimed he``); a gerund does too.
CLAUSE_OPENERS = frozenset(
    """
    that whether if how why what who whom when where which to he she it they we i you there
    this these those
    """.split()
)


#: How many words after a verb a finite auxiliary or modal may come and still show that
#: those words are a clause (``believed the progress of these years had shown``), not
#: the verb's object.
CLAUSE_SUBJECT_REACH = 8
#: How many words after a verb a past form (``-ed``) may come and still be read as the
#: verb of a clause whose short subject comes first (``thinks Python dodged``).
PAST_VERB_REACH = 2


def opens_clause(words: list[str]) -> bool:
    """Whether the lower-case ``words`` that follow a verb open a clause rather than a
    noun phrase: a clause opener or a gerund first (``that``, ``whether``, ``he``,
    ``having``), a finite auxiliary or modal before any punctuation within
    :data:`CLAUSE_SUBJECT_REACH` words (``the plan would fail``), or a past form within
    :data:`PAST_VERB_REACH` (``Python dodged``)."""
    if not words:
        return False
    opener = re.split("['’]", words[0])[0]  # "i’d", "they're": a contracted subject
    if opener in CLAUSE_OPENERS or opener.endswith("ing"):
        return True
    for place, word in enumerate(words[1:CLAUSE_SUBJECT_REACH], start=1):
        if not word[0].isalnum():
            return False
        if word in FINITE_AUXILIARIES:
            return True
        if place <= PAST_VERB_REACH and len(word) > 3 and word.endswith("ed"):
            return True  # "thinks Python dodged a bullet": a short subject, a past verb
    return False


def _learned_object_cues() -> dict[str, tuple[int, int]]:
    """Load, for the words seen before a noun phrase in the attribution corpus
    (``data/object_cues.tsv``, written by ``scripts/train_cues.py``), how often such a use
    was a reporting cue and how often it was seen."""
    from importlib.resources import files

    counts = {}
    table = files(__package__).joinpath("data", "object_cues.tsv").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            word, as_cue, seen = line.split("\t")[:3]
            counts[word] = int(as_cue), int(seen)
    return counts


#: ``(times a cue, times seen)`` of words followed at once by a noun phrase in the PolNeAR
#: training texts: ``ordered`` (13, 16) reports its object, ``maintained`` (1, 15) and
#: ``find`` (8, 129) rarely do (``maintained a polling lead``, ``find the tunnels``).
OBJECT_CUE_COUNTS = _learned_object_cues()


#: Verbs of a news outlet's report that close a sentence around someone else's words
#: (``…,” Day said, reports USA Today.``, ``…, the Times reported.``): the outlet is the
#: outer source of the quote.
OUTER_REPORT_VERBS = frozenset({"reported", "reports"})

#: Nouns of a survey that, in an opening ``In a … poll, …``, is the outer source of what
#: those polled said (``In a CNN/ORC poll released Monday, 31% of Republicans said …``).
SURVEY_NOUNS = frozenset("poll polls survey surveys".split())

#: Words that end the noun phrase of such a survey and begin what describes it
#: (``a CNN/ORC poll released Monday``, ``a survey of 1,000 voters``, ``a poll by …``).
SURVEY_ENDS = frozenset(
    "released published conducted taken carried commissioned of by for from in on this last".split()
)

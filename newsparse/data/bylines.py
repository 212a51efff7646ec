"""The words of bylines, per language: who wrote, edited, photographed or contributed.

A byline opens with a word that credits ("By", "Par", "Von", "Por", "Di"), or closes with a
phrase that does ("contributed to this report"); the names between are cleaned with the
vocabularies below (roles, credentials, agencies, words that never belong to a name).
Phrases are lowercase; the code that reads them folds case and whitespace first.
Adding a language means adding its words here, nowhere else.
"""

from __future__ import annotations

from . import captions as _captions

#: Words that open an author byline, per language ("By Jane Doe", "Par Jean Dupont").
#: Matched at the start of a line, followed by a space or a colon.
AUTHOR_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "story by", "words by", "text by", "reported by", "posted by",
           "published by", "article by", "report by", "reporting by", "writing by",
           "reporting and writing by", "compiled by"),
    "fr": ("par", "écrit par", "rédigé par", "publié par", "texte de", "texte par"),
    "de": ("von", "text von", "geschrieben von", "verfasst von", "ein beitrag von", "autor von"),
    "es": ("por", "escrito por", "redactado por", "publicado por", "texto de"),
    "it": ("di", "scritto da", "pubblicato da", "testo di", "articolo di"),
    "pt": ("por", "escrito por", "publicado por"),
    "nl": ("door", "geschreven door"),
}

#: The piece's genre before the credit, per language: "A guest post by Jane Doe", "Eine
#: Kolumne von Hans Meier", "Une tribune de Jean Dupont". They open an author byline too,
#: only when names alone follow ("Ein Artikel von Poschardt in der WELT ..." is a sentence).
GENRE_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("a guest post by", "guest post by", "a post by", "a column by", "an essay by",
           "an article by", "blog post by", "a blog post by", "an interview by",
           "analysis by", "an analysis by", "commentary by", "a commentary by", "opinion by",
           "review by", "a review by"),
    "fr": ("un article de", "une tribune de", "un billet de", "une chronique de",
           "une interview de", "un entretien de", "une analyse de", "analyse de",
           "un éditorial de"),
    "de": ("beitrag von", "blogbeitrag von", "blog beitrag von", "blog-beitrag von",
           "ein blogbeitrag von", "gastbeitrag von", "ein gastbeitrag von", "eine glosse von",
           "eine kolumne von", "ein essay von", "eine analyse von", "eine reportage von",
           "ein artikel von", "ein interview von", "ein kommentar von", "analyse von",
           "kommentar von", "kolumne von", "rezension von", "eine rezension von"),
    "es": ("un artículo de", "una columna de", "una tribuna de", "una entrevista de",
           "un análisis de", "análisis de", "opinión de", "columna de"),
    "it": ("un articolo di", "un post di", "una rubrica di", "un'intervista di",
           "un'analisi di", "analisi di", "commento di", "un commento di", "editoriale di"),
}
for _language, _openers in GENRE_OPENERS.items():
    AUTHOR_OPENERS[_language] = AUTHOR_OPENERS.get(_language, ()) + _openers

#: Openers that also begin ordinary sentences ("Von den Teilnehmern ...", "Di questo ...") or
#: names ("Di Maria"): they open a byline only when everything after them reads as names.
WEAK_OPENERS = frozenset({"di", "von", "por", "par", "door"}) | {
    o for openers in GENRE_OPENERS.values() for o in openers
}

#: Words that open a "posted" line, per language: "Posted on June 5 by Jane Doe",
#: "Veröffentlicht am 10. Februar 2019 von Heiko", "Publié le 3 mai par Jean Dupont".
POSTED_OPENERS: tuple[str, ...] = (
    "posted", "published", "updated", "filed", "veröffentlicht", "eingetragen", "eingestellt",
    "geschrieben", "aktualisiert", "erstellt", "publié", "publiée", "mis à jour", "publicado",
    "actualizado", "pubblicato", "aggiornato", "gepubliceerd",
)

#: The word between a "posted" line's date and its names: "by", "von", "par" ...
POSTED_BY: tuple[str, ...] = ("by", "von", "vom", "par", "por", "da", "di", "door")

#: The labels that name the people credited, which may also stand before the names
#: without a colon ("Autoren Jana Roe und Jan Poe", "Author Jane Doe"): then only names
#: may follow them.
PERSON_LABELS: tuple[str, ...] = (
    "author", "authors", "auteur", "auteurs", "autrice", "autor", "autorin", "autoren",
    "verfasser", "verfasserin", "autora", "autores", "autore", "autori",
    "автор", "авторы", "автори", "autorzy",
)

#: Labels before the names, followed by a colon: "Author: Jane Doe", "Autor: Hans Meier",
#: "Texte : Jean Dupont"; the person labels and the labels of a piece's words or desk.
AUTHOR_LABELS: tuple[str, ...] = (
    *PERSON_LABELS,
    "writer", "reporter", "correspondent", "words", "text",
    "texte", "rédaction",
    "redacción",
    "testo",
    "tekst",
    "текст", "автор текста",
    "著者", "作者", "筆者", "投稿者", "記者", "文", "撰文", "记者",
)

#: Labels of a source credit, per language: "Source: Reuters", "Quelle: dpa", "Fuente: EFE".
#: Followed by a colon; the credit is of kind ``source``.
SOURCE_LABELS: tuple[str, ...] = (
    "source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "fonti",
    "bron", "źródło",
)

#: Labels of a picture's credit that can follow an author's on one line ("By Jane Doe Photo:
#: Reuters", "von Hans Meier Foto: dpa"): followed by a colon, they end the author's names.
#: The picture words and credit labels of every language in :mod:`newsparse.data.captions`.
PICTURE_CREDIT_LABELS: tuple[str, ...] = tuple(sorted({
    w
    for table in (_captions.PICTURE_WORDS, _captions.PICTURE_WORDS_PLURAL, _captions.CREDIT_LABELS)
    for words in table.values()
    for w in words
}))

#: Openers of the other kinds of credit, per kind. The text after them is the names.
KIND_OPENERS: dict[str, tuple[str, ...]] = {
    "editor": ("edited by", "editing by", "editor:", "editors:", "édité par", "édition par",
               "edición de", "editado por", "bearbeitet von", "redigiert von", "redaktion:",
               "a cura di", "curated by"),
    # (A single picture's credit, "Photo: Jane Doe, AP", belongs to its caption, not here.)
    "photographer": ("photographs by", "photography by", "photos by", "pictures by",
                     "photographies de", "photos de", "fotos von", "fotografien von",
                     "fotografías de", "fotos de", "fotografie di", "illustrations by"),
    "contributor": ("additional reporting by", "additional reporting from", "with reporting by",
                    "with additional reporting by", "reporting from",
                    "contributing:", "contributors:", "with contributions from",
                    "avec", "mit material von", "con información de", "con la collaborazione di"),
}

#: Closing phrases that credit contributors: "Heba Habib contributed to this report."
CONTRIBUTED_PHRASES: tuple[str, ...] = (
    "contributed to this report", "contributed to this story", "contributed to this article",
    "contributed reporting", "contributed additional reporting", "contributed to this post",
    "also contributed", "contributed research",
)

#: Phrases that introduce an author's name on profile links and author boxes:
#: "View all posts by Daniel Lemire" → "Daniel Lemire".
NAME_INTRODUCERS: tuple[str, ...] = (
    "view all posts by", "view all articles by", "see all posts by", "all posts by",
    "more posts by", "more articles by", "more stories by", "more from", "posts by",
    "more articles from", "recent from", "more by",
    "articles by", "stories by", "about the author", "written by", "posted by", "published by",
    "zeige alle beiträge von", "alle beiträge von", "alle artikel von", "mehr von", "beiträge von",
    "voir tous les articles de", "voir tous les articles par", "tous les articles de",
    "tous les articles par", "articles de", "plus d'articles de",
    "ver todas las entradas de", "todas las entradas de", "más artículos de", "ver todos los artículos de",
    "visualizza tutti gli articoli di", "tutti gli articoli di", "altri articoli di",
    "ver todos os posts de", "bekijk alle berichten van",
    "著者", "作者", "筆者", "投稿者", "記者", "文", "撰文", "记者", "作者名",
)

#: Wire services and agencies: a credit naming only these is of kind "agency". Lowercase.
AGENCIES: frozenset[str] = frozenset({
    "associated press", "the associated press", "ap", "reuters", "thomson reuters", "afp",
    "agence france-presse", "agence france presse", "bloomberg", "bloomberg news", "dpa",
    "deutsche presse-agentur", "epd", "kna", "apa", "sda", "ats", "ani", "pti", "ians", "upi",
    "xinhua", "efe", "agencia efe", "europa press", "ansa", "adnkronos", "agi", "kyodo",
    "kyodo news", "jiji", "jiji press", "press association", "pa", "pa media", "pa wire",
    "canadian press", "the canadian press", "aap", "australian associated press", "tass",
    "ria novosti", "interfax", "yonhap", "anp", "belga", "ctk", "pap", "anadolu",
    "anadolu agency", "cnn wire", "news wires", "wires", "agencies", "agences", "agenturen",
    "agencias", "agenzie", "wire services", "staff and agencies", "afp/reuters",
    "reuters/ap", "ap/reuters", "dpa/afp", "afp/dpa",
})

#: Roles and titles that follow or precede a name but are not part of it; lowercase words.
ROLE_WORDS: frozenset[str] = frozenset({
    "reporting", "reporter", "reporters", "photography", "photographer", "photographs", "photos",
    "writer", "writers", "writing", "editor", "editors", "editing", "columnist", "correspondent",
    "correspondents", "contributor", "contributors", "contributing", "staff", "senior", "chief",
    "special", "producer", "illustration", "illustrations", "illustrator", "video", "graphics",
    "research", "analysis", "interview", "translation", "translated", "translator",
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "redaktion", "autor",
    "autorin", "journaliste", "correspondant", "correspondante", "envoyé", "envoyée",
    "rédacteur", "rédactrice", "periodista", "corresponsal", "redactor", "redactora",
    "giornalista", "corrispondente", "inviato", "inviata",
    "イラスト", "写真", "翻訳", "翻訳者", "監訳", "訳", "編集", "撮影", "插画", "摄影", "编辑",
})

#: Credentials after a name: "Jane Doe, PhD", "John Roe MD". Lowercase, dots removed.
CREDENTIALS: frozenset[str] = frozenset({
    "phd", "md", "rd", "ms", "msc", "ma", "mba", "mph", "rn", "dds", "dvm", "jd", "llm",
    "bsc", "ba", "cpa", "cfa", "cfp", "facs", "facp", "frcp", "ld", "ldn", "cscs", "np",
    "pharmd", "psyd", "esq", "mbbs", "dr", "prof", "dipl", "ing",
})

#: Lowercase particles that may stand inside a name ("Ludwig van Beethoven", "Jean de la
#: Fontaine", "Mohammed bin Salman"); every other word of a name is capitalised.
NAME_PARTICLES: frozenset[str] = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
    "le", "les", "ter", "ten", "zu", "zum", "bin", "ibn", "bint", "al", "el", "y", "e", "af",
    "av", "st", "mc", "d'", "o'",
})

#: Words that are never part of a person's name: they make a candidate a phrase or a
#: label ("Staff", "Updated", "News"). Lowercase.
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "at", "with", "from", "by",
    "is", "are", "was", "were", "has", "have", "will", "this", "that", "it", "we", "you", "our",
    "your", "his", "her", "their", "my", "not", "no", "all", "more", "most", "new", "how",
    "what", "why", "when", "who", "updated", "published", "posted", "share", "comments",
    "comment", "read", "follow", "email", "print", "news", "sport", "sports", "business",
    "politics", "opinion", "world", "home", "menu", "search", "login", "subscribe", "admin",
    "administrator", "webmaster", "anonymous", "guest", "team", "newsroom", "desk", "staff",
    "editorial", "redaktion", "rédaction", "redacción", "redazione", "online", "web",
    "und", "die", "et", "il", "mit", "avec", "alle", "weitere", "unsere", "am", "pm", "con", "um", "uhr", "minutes", "minute", "hours", "hour", "ago", "min", "today", "yesterday", "heute", "gestern", "hier", "aujourd'hui", "hoy", "ayer", "oggi",
    "ieri", "photo", "image", "video", "credit", "source", "copyright", "any", "these",
    "those", "some", "every", "each", "its", "now", "then", "where", "which", "far", "about",
    "contact", "bio", "biography", "profile", "view", "posts", "articles", "stories", "see",
    "reports", "report", "topic", "topics", "science", "technology", "tech", "health",
    "politik", "wirtschaft", "kultur", "gesellschaft", "wissen", "meinung", "panorama",
    "politique", "économie", "culture", "société", "international", "política", "economía",
    "cultura", "sociedad", "deportes", "opinión", "politica", "economia", "cronaca", "esteri",
    "spettacoli", "wissenschaft", "sciences", "ciencia", "ciencias", "scienza", "ciência",
})

#: Given names that are also words of NOT_NAME_WORDS ("Will Leitch"):
#: accepted as the first word of a name of two words or more. Lowercase.
GIVEN_NAMES_ALSO_WORDS: frozenset[str] = frozenset({"will"})

#: Words of dates and times that end the names of a credit ("Jane Doe Updated", "Jane Doe
#: on"): lowercase.
TIME_WORDS: frozenset[str] = frozenset({
    "updated", "published", "posted", "on", "am", "pm", "at", "uhr", "ago", "today",
    "yesterday", "heute", "gestern", "hier", "hoy", "ayer", "oggi", "ieri", "le", "el", "il",
    "den", "um", "du", "del", "de", "min", "minutes", "read", "reading",
})

#: The path segments of links to an author's page ("/author/jane-doe", "/autor/frank_g",
#: "?author=3"), per language: such a link's text names the author when nothing else does.
#: Lowercase; every one begins with "aut" (the walk screens links on those letters).
AUTHOR_PATH_SEGMENTS: tuple[str, ...] = (
    "author", "authors", "autor", "autorin", "autoren", "auteur", "auteurs", "autore", "autori",
    "autores", "autora", "autoras",
)

#: The path segments before the name in the address of an author's profile, which pages
#: put in ``article:author`` ("/editors/jane-doe", "/people/jane-doe", "/by/jane-doe"): the
#: author page segments and these. Lowercase.
PROFILE_PATH_SEGMENTS: tuple[str, ...] = AUTHOR_PATH_SEGMENTS + (
    "by", "people", "profile", "profiles", "staff", "editors", "contributors", "writers",
    "journalists", "journaliste", "journalistes", "redakteure", "periodista", "periodistas",
    "giornalisti", "redacteur", "redacteurs",
)

#: Accounts that sign posts but name nobody ("Posted by admin"). Lowercase.
NOT_NAMES: frozenset[str] = frozenset({
    "admin", "administrator", "staff", "editor", "editors", "webmaster", "guest", "anonymous",
    "user", "team", "newsroom", "news desk", "web desk", "web team", "redaktion", "rédaction",
    "redacción", "redazione", "editorial staff", "editorial team", "staff writer",
    "staff reporter", "unknown", "none", "null", "author", "autor", "auteur", "publisher", "facebook",
    "twitter", "instagram", "linkedin", "youtube", "whatsapp", "pinterest", "reddit", "email",
    "e-mail", "rss", "text size", "small", "medium", "large", "summary", "recent", "collectif",
    "more", "next", "previous", "name", "nom", "nombre", "nome", "naam", "website", "webseite",
    "site web", "sitio web", "sito web", "kommentar", "commentaire", "comentario", "commento",
})

#: Separators between names in a credit: "A, B and C", "A & B", "A und B", "A et B".
NAME_SEPARATORS: tuple[str, ...] = (
    ",", ";", "|", "&", "/", "•", " and ", " with ", " und ", " et ", " y ", " e ", " en ",
    " og ", " och ", " i ", " и ", " і ",
)

#: Words in the name of a publication rather than a person ("The Washington Post",
#: "Süddeutsche Zeitung"): a candidate holding one is not a person's name. Lowercase.
OUTLET_WORDS: frozenset[str] = frozenset({
    "times", "post", "journal", "herald", "tribune", "gazette", "daily", "weekly", "magazine",
    "press", "media", "network", "digital", "radio", "tv", "television", "channel", "agency",
    "bureau", "wire", "zeitung", "tagblatt", "rundschau", "nachrichten", "presse", "monde",
    "figaro", "libération", "periódico", "diario", "corriere", "repubblica", "stampa",
    "reporters", "editors", "newsletter", "blog", "com", "net", "org", "inc", "ltd", "llc",
    "gmbh", "group", "company", "university", "institute", "foundation", "association",
})

#: Words that make a credit a newsroom's own rather than a person's ("TMZ Staff", "BWW News
#: Desk", "Smart Shopping Team", "Redaktion Polizeiticker Schweiz"), first or last in it,
#: alone or as the end of a compound ("PETA-Team", "Online-Redaktion"). Lowercase.
STAFF_WORDS: frozenset[str] = frozenset({
    "staff", "team", "desk", "newsdesk", "newsroom", "webteam", "redaktion", "onlineredaktion",
    "rédaction", "redacción", "redazione", "redactie", "redação", "équipe", "equipo",
})

#: Words of sections and desks that may stand in a newsroom's credit beside a staff word
#: ("AP Sports Staff", "Online-Redaktion", "Editorial Team"), although never in a person's
#: name. Lowercase.
DESK_WORDS: frozenset[str] = frozenset({
    "the", "news", "sport", "sports", "business", "politics", "opinion", "world", "online", "web",
    "editorial", "science", "technology", "tech", "health", "digital", "culture", "home",
    "politik", "wirtschaft", "kultur", "wissen", "meinung", "panorama", "politique", "économie",
    "société", "international", "política", "economía", "cultura", "sociedad",
    "deportes", "politica", "economia", "cronaca", "esteri", "spettacoli", "die", "der", "la", "el",
    "national", "political", "security", "foreign", "local", "metro", "auto", "travel",
    "entertainment", "investigative", "markets", "finance", "economics", "education",
    "environment", "climate", "energy", "arts", "food", "style", "fashion", "legal", "medical",
})

#: A writer's account after the name ("Jane Doe @janedoe"): the account spells a word of the
#: name this long or longer, and at most this many words may follow it after a mark
#: ("Jane Doe @janedoe / 2 days").
HANDLE_NAME_PART_MIN_CHARS = 3
HANDLE_FIELD_MAX_WORDS = 4

#: A user name after an author's opening word is the credit ("von eseppelt · 31. Oktober
#: 2023") only on a line of at most this many words after the opener: the user name and
#: the date after it. A longer line is a sentence that opens with a lower-case word.
HANDLE_CREDIT_MAX_WORDS = 6

#: An outlet's initials before a role behind a name ("Jane Doe, CNN Editor-at-large") are
#: this many capitals at most.
OUTLET_INITIALS_MAX_CHARS = 5

#: How long a person's name can be: longer candidates are sentences or titles.
NAME_MAX_WORDS = 5
NAME_MAX_CHARS = 60

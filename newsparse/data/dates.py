"""The words of visible dates, per language: month names and relative times.

Visible date lines ("Updated 20 September 2016, 14:05", "20. September 2016",
"le 20 septembre 2016", "20 de septiembre de 2016", "20 settembre 2016", "5 marca 2019",
"5. března 2019", "5. maaliskuuta 2019", "2019. március 5.", "15 августа 2016")
are read with these words. Lowercase; abbreviations map to the same month number.
"""

from __future__ import annotations

#: Month names and their common abbreviations, per language, to month numbers.
MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
        "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
        "dezember": 12, "jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
    },
    "fr": {
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "fév": 2, "avr": 4,
        "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
    },
    "es": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11,
        "dicembre": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "set": 9, "ott": 10,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6,
        "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    "nl": {
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    # Polish and Czech write the day's month in the genitive ("5 marca 2019", "5. března
    # 2019"); both forms listed ("listopad" is November in both).
    "pl": {
        "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
        "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
        "grudnia": 12, "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5,
        "czerwiec": 6, "lipiec": 7, "sierpień": 8, "wrzesień": 9, "październik": 10,
        "listopad": 11, "grudzień": 12,
    },
    "cs": {
        "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
        "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
        "leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6,
        "červenec": 7, "srpen": 8, "říjen": 10, "prosinec": 12,
    },
    "sv": {
        "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
        "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    # Danish ("marts", "maj") and Norwegian ("mars", "mai", "desember").
    "da": {
        "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    "nb": {
        "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    },
    # Finnish writes the day's month in the partitive ("5. maaliskuuta 2019").
    "fi": {
        "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
        "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
        "marraskuuta": 11, "joulukuuta": 12, "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3,
        "huhtikuu": 4, "toukokuu": 5, "kesäkuu": 6, "heinäkuu": 7, "elokuu": 8, "syyskuu": 9,
        "lokakuu": 10, "marraskuu": 11, "joulukuu": 12,
    },
    "tr": {
        "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
        "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    },
    # Hungarian writes the year first ("2019. március 5."): read by its own pattern.
    "hu": {
        "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
        "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "november": 11,
        "december": 12,
    },
    "ro": {
        "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6,
        "iulie": 7, "august": 8, "septembrie": 9, "octombrie": 10, "noiembrie": 11,
        "decembrie": 12,
    },
    # Russian writes the day's month in the genitive ("15 августа 2016"); both forms listed.
    "ru": {
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
        "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
        "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
        "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    },
}

#: Every month word of every language, to its number. Where two languages spell different
#: months alike, the first language listed wins (none do: a test checks it).
MONTH_NUMBERS: dict[str, int] = {}
for _words in MONTHS.values():
    for _word, _number in _words.items():
        MONTH_NUMBERS.setdefault(_word, _number)

#: Weekday names and their common abbreviations (English, German, French, Spanish, Italian).
WEEKDAYS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday"
    " mon tue tues wed thu thur thurs fri sat sun".split()
    + "montag dienstag mittwoch donnerstag freitag samstag sonntag".split()
    + "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
    + "lunes martes miércoles jueves viernes sábado domingo".split()
    + "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
)

#: Relative times, per language: unit words to seconds. "2 hours ago", "vor 2 Stunden",
#: "il y a 2 heures", "hace 2 horas", "2 ore fa". Read only with a reference time.
RELATIVE_UNITS: dict[str, int] = {
    "second": 1, "seconds": 1, "sec": 1, "secs": 1, "minute": 60, "minutes": 60, "min": 60,
    "mins": 60, "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "day": 86400,
    "days": 86400, "week": 604800, "weeks": 604800,
    "sekunde": 1, "sekunden": 1, "minuten": 60, "stunde": 3600, "stunden": 3600, "tag": 86400,
    "tagen": 86400, "woche": 604800, "wochen": 604800,
    "seconde": 1, "secondes": 1, "heure": 3600, "heures": 3600, "jour": 86400, "jours": 86400,
    "semaine": 604800, "semaines": 604800,
    "segundo": 1, "segundos": 1, "minuto": 60, "minutos": 60, "hora": 3600, "horas": 3600,
    "día": 86400, "días": 86400, "dia": 86400, "dias": 86400, "semana": 604800, "semanas": 604800,
    "secondo": 1, "secondi": 1, "minuti": 60, "ora": 3600, "ore": 3600, "giorno": 86400,
    "giorni": 86400, "settimana": 604800, "settimane": 604800,
}

#: Words around a relative time: "ago" after it, "vor"/"il y a"/"hace" before, "fa" after.
RELATIVE_BEFORE: tuple[str, ...] = ("vor", "il y a", "hace", "há")
RELATIVE_AFTER: tuple[str, ...] = ("ago", "fa", "geleden")

#: Words that mark a date line as the publication time ("Veröffentlicht am 16.08.2019"):
#: the page's own statement, which outweighs a markup date that disagrees.
PUBLISHED_MARKERS: tuple[str, ...] = (
    "published", "first published", "veröffentlicht", "erschienen", "publié", "publiée",
    "publicado", "publicada", "pubblicato", "pubblicata", "gepubliceerd",
    "opublikowano", "publikacja", "dodano", "publikováno", "zveřejněno", "publicerad", "publiceret",
    "publisert", "julkaistu", "yayınlanma", "yayınlandı", "közzétéve", "publicat",
)

#: Words that mark a date line as the modification time rather than the publication time.
MODIFIED_MARKERS: tuple[str, ...] = (
    "updated", "last updated", "modified", "last modified", "aktualisiert", "zuletzt aktualisiert",
    "geändert", "zuletzt geändert", "mis à jour", "mise à jour", "modifié", "actualizado", "actualización",
    "modificado", "aggiornato", "modificato", "atualizado", "bijgewerkt", "gewijzigd",
    "zaktualizowano", "aktualizacja", "aktualizováno", "uppdaterad", "opdateret", "oppdatert",
    "päivitetty", "güncellenme", "güncellendi", "frissítve", "actualizat",
)

#: A quoted social post signs with its author's handle and its date ("— Jane Doe (@jdoe)
#: 16 May 2018"): a line holding a handle in brackets dates the post, not the page.
QUOTED_POST_HANDLE = r"\(@\w{1,30}\)"

#: Words written after a clock time ("14.05 Uhr", "14:05 h"); lowercase, matched ignoring case.
CLOCK_SUFFIXES: tuple[str, ...] = ("uhr", "h")

#: Words that join the two ends of a period ("28.01.2022 bis 29.01.2022", "May 2, 2022 to
#: May 5, 2022"): a line stating a period dates an event or a programme, not the page.
#: A dash between two dates says the same in every language.
PERIOD_JOINERS: tuple[str, ...] = (
    "to", "until", "till", "through", "bis", "au", "jusqu'au", "al", "hasta", "a", "fino al",
    "tot", "t/m", "do", "til", "–", "—", "-",
)

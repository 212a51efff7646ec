"""The built-in German boilerplate phrases: menus, consent notices, prompts, footers.

Matched like every phrase (see :func:`~newsparse.hookspecs.newsparse_boilerplate_patterns`):
searched in the lowercased, whitespace-folded text of blocks of at most 200 characters.
Applied to pages declared German and to pages whose language is unknown.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..phrasebook import PhrasePack

#: German ``(pattern, reason)`` pairs, grouped as in the English list.
PHRASES: tuple[tuple[str, str], ...] = (
    # Browser and script banners, skip links and menu labels.
    (r"\bbitte aktivieren sie (?:das |ihr )?javascript\b", "banner"),
    (r"\bjavascript (?:ist )?(?:deaktiviert|nicht aktiviert|muss aktiviert)\b", "banner"),
    (r"\b(?:ihr|dein) browser (?:ist veraltet|wird nicht (?:mehr )?unterstützt)\b", "banner"),
    (r"^(?:direkt |weiter |springe |springen )?(?:zum|zur) (?:inhalt|hauptinhalt|navigation|hauptnavigation|suche|fußzeile)(?: springen| wechseln)?$", "navigation"),
    (r"^(?:menü|hauptmenü|navigation|suche|suchen|startseite|schließen|nach oben|zurück|weiter|mehr|mehr anzeigen|alle anzeigen|übersicht|menü öffnen|menü schließen|navigation öffnen|suche öffnen|seitenanfang|zum seitenanfang)$", "navigation"),
    # A table of contents' title, and the switch of a box of sources.
    (r"^(?:inhaltsverzeichnis|inhalt)(?:\s*[:>»])?$", "navigation"),
    (r"^quellen(?:angaben)? (?:ausblenden|einblenden|anzeigen)$", "navigation"),
    # Cookies and consent.
    (r"\bcookies?\b.{0,80}\b(?:zustimmen|zustimmung|einverstanden|akzeptieren|einwilligung|verwenden|verwendet|nutzen|nutzt|einsatz|einstellungen|datenschutzerklärung)\b", "cookie"),
    (r"\b(?:alle )?cookies (?:akzeptieren|ablehnen|zulassen|erlauben)\b", "cookie"),
    (r"\b(?:diese|unsere) (?:website|webseite|seite|internetseite) (?:verwendet|nutzt|benutzt) cookies\b", "cookie"),
    (r"\bwir (?:verwenden|nutzen|benutzen|setzen) cookies\b", "cookie"),
    (r"\bmit der nutzung (?:dieser|unserer) (?:website|webseite|seite)\b", "cookie"),
    (r"^(?:alle )?(?:akzeptieren|ablehnen|zustimmen|einverstanden)(?: und (?:schließen|weiter))?$", "cookie"),
    # Newsletters, sign-in and paywalls.
    (r"\bnewsletter\b.{0,60}\b(?:abonnieren|bestellen|anmelden|anmeldung|registrieren|erhalten)\b", "newsletter"),
    (r"\b(?:abonnieren|bestellen|abonniere) (?:sie )?(?:unseren|den|jetzt)\b.{0,30}\bnewsletter\b", "newsletter"),
    (r"^(?:newsletter|newsletter abonnieren|jetzt abonnieren|abonnieren|anmelden|einloggen|registrieren|abmelden|mein konto|zum login)$", "newsletter"),
    (r"\bdirekt in (?:ihr|dein) postfach\b", "newsletter"),
    (r"^(?:sie sind|du bist) (?:aktuell |derzeit |momentan |noch )?nicht (?:eingeloggt|angemeldet)[.!]?$", "newsletter"),
    (r"\b(?:nur|exklusiv) für abonnenten\b", "paywall"),
    (r"\bsie sind bereits (?:abonnent|abonnentin)\b", "paywall"),
    (r"\bbereits (?:abonnent|abonnentin|registriert)\?", "paywall"),
    (r"^jetzt (?:abo |gratis |kostenlos )?(?:testen|abonnieren|weiterlesen|freischalten)\b", "paywall"),
    (r"\bum (?:diesen|den vollständigen|den ganzen) artikel (?:zu lesen|weiterzulesen|lesen zu können)\b", "paywall"),
    # Print subscription offers: a number of issues for a price ("12 Ausgaben für 29,90 €").
    (r"\b\d+ (?:ausgaben|hefte) für (?:nur |je )?(?:€\s?)?\d", "paywall"),
    # Sharing, printing and social rows.
    (r"^(?:teilen|artikel teilen|seite teilen|beitrag teilen|jetzt teilen|auf facebook teilen|auf twitter teilen|per (?:e-mail|mail) (?:teilen|versenden|senden|empfehlen)|drucken|artikel drucken|seite drucken|druckversion|link kopieren|twittern|mailen|kommentieren|merken|artikel merken|vorlesen|artikel vorlesen|versenden|empfehlen|artikel empfehlen|weiterempfehlen)$", "share"),
    (r"^teilen? (?:sie )?(?:diesen|den|auf|per|via|mit)\b", "share"),
    # A blog's share and like rows ("Teilen Sie dies mit:", "Gefällt mir Wird geladen …").
    (r"^teilen sie dies mit:?$", "share"),
    (r"^(?:gefällt mir:? ?)?gefällt mir(?::| wird geladen ?(?:\.{3}|…)?)?$", "share"),
    (r"^folgen? (?:sie )?uns (?:auf|bei|in)\b", "share"),
    # Rating widgets.
    (r"^wie (?:bewerten|finden) sie (?:diesen|den) (?:artikel|beitrag|text)\b", "share"),
    (r"^\(?(?:noch )?keine bewertungen?(?: vorhanden)?\)?$", "share"),
    (r"\bdiese[nrs]? (?:artikel|beitrag|seite) (?:teilen|drucken|versenden|empfehlen)\b", "share"),
    # Advertising.
    (r"^(?:anzeige|werbung|gesponsert|sponsored post|advertorial|bezahlte partnerschaft|in kooperation mit)(?:\s*[:/-])?$", "advertisement"),
    (r"^(?:der )?(?:artikel|text|beitrag) (?:geht|wird) (?:unten|unterhalb|nach der (?:anzeige|werbung)) (?:weiter|fortgesetzt)\b", "advertisement"),
    (r"^(?:weiter|weiterlesen|lesen sie weiter) (?:nach|unter) der (?:anzeige|werbung)\b", "advertisement"),
    # Advertising disclosures a blog must put above a post ("*Werbung. Dieser Beitrag enthält
    # Werbung für ...", "Dieser Beitrag enthält unbezahlte Werbung").
    (r"^\W*(?:(?:unbezahlte |unbeauftragte )?(?:werbung|anzeige)\W+)?(?:dieser|mein) (?:beitrag|artikel|post|blogpost|text) enthält (?:unbezahlte |unbeauftragte |bezahlte )?(?:werbung|markennennungen)\b", "advertisement"),
    # Affiliate-link disclosures.
    (r"\b(?:enthält|enthalten) (?:sogenannte |so genannte )?(?:affiliate-?links|provisionslinks)\b", "advertisement"),
    (r"\b(?:erhalten|bekommen) wir (?:ggf\. |gegebenenfalls |eventuell |unter umständen )?eine (?:kleine )?provision\b", "advertisement"),
    # Print-edition lines ("Dieser Beitrag stammt aus Ausgabe 7/2019 der ...").
    (r"^(?:dieser|der) (?:beitrag|artikel|text) (?:stammt aus|erschien (?:zuerst |ursprünglich )?in) (?:der )?(?:print-?|gedruckten )?ausgabe\b", "footer"),
    # Reading-time lines.
    (r"^(?:geschätzte )?lesezeit\s*:?\s*(?:ca\. ?|etwa |rund |~\s*)?\d+\s*(?:min\b|minuten?\b)", "date"),
    (r"^(?:ca\. ?)?\d+\s*(?:min\.?|minuten?) lesezeit$", "date"),
    # The placeholder of an embedded player or post a script would load.
    (r"^(?:externer inhalt|empfohlener (?:redaktioneller )?inhalt)$", "advertisement"),
    # Related, recommended and "read more".
    (r"^(?:mehr zum thema|mehr zu diesem thema|das könnte sie auch interessieren|das könnte dich auch interessieren|auch interessant|ebenfalls interessant|lesen sie auch|lesen sie mehr|lies auch|siehe auch|weitere artikel|weitere beiträge|weitere nachrichten|weitere meldungen|ähnliche artikel|ähnliche beiträge|verwandte artikel|verwandte beiträge|empfehlungen|unsere empfehlung|meistgelesen|meistgelesene artikel|meist gelesen|am meisten gelesen|beliebte artikel|beliebte beiträge|top-themen|topthemen|top themen|aktuelle nachrichten|neueste artikel|neueste beiträge|neue beiträge|letzte beiträge|aktuelle beiträge|weiterlesen|mehr lesen|mehr erfahren|mehr dazu|zum artikel|zum beitrag|nächster artikel|vorheriger artikel|nächster beitrag|vorheriger beitrag|beitragsnavigation|beitrags-navigation|artikel-navigation|schlagworte|schlagwörter|stichworte|stichwörter|kategorien|zum weiterlesen|weiterlesen im web|empfohlene beiträge|empfohlene artikel|weitere informationen|weiterführende informationen|weiterführende links|schon gelesen\?)(?:\s*[:>»])?$", "related"),
    (r"^(?:lesen sie auch|lesen sie mehr|lies auch|siehe auch|mehr zum thema|auch interessant|mehr dazu|weiterlesen|hier weiterlesen)\s*:\s", "related"),
    (r"^(?:das|dies) könnte (?:sie|dich) auch interessieren\b", "related"),
    # Comments.
    (r"^(?:\d+ )?kommentare?(?: \(\d+\))?$", "comments"),
    (r"^(?:antworten|antwort|melden|beitrag melden|kommentar melden|kommentar schreiben|kommentare schreiben|kommentar verfassen|kommentare anzeigen|alle kommentare anzeigen|kommentare lesen|zu den kommentaren|kommentar abschicken)$", "comments"),
    (r"^(?:schreiben sie|schreibe|hinterlasse|hinterlassen sie|verfassen sie) (?:einen|ihren|deinen) kommentar\b", "comments"),
    (r"^(?:noch )?keine kommentare\b", "comments"),
    (r"\bkommentarfunktion (?:ist )?(?:deaktiviert|geschlossen)\b", "comments"),
    (r"\bkommentare (?:sind )?(?:deaktiviert|geschlossen)\b", "comments"),
    (r"\be-?mail-adresse wird nicht veröffentlicht\b", "comments"),
    (r"\b(?:pflichtfelder|erforderliche felder) sind\b.{0,20}\bmarkiert\b", "comments"),
    (r"\bzum kommentieren (?:bitte )?(?:anmelden|einloggen|registrieren)\b", "comments"),
    # Footers: legal notice, privacy, copyright.
    (r"^(?:impressum|datenschutz|datenschutzerklärung|datenschutzhinweise|agb|allgemeine geschäftsbedingungen|kontakt|kontaktformular|über uns|barrierefreiheit|erklärung zur barrierefreiheit|sitemap|mediadaten|nutzungsbedingungen|hilfe|jobs|karriere|cookie-einstellungen|cookie-richtlinie|privatsphäre-einstellungen|widerrufsbelehrung|rechtliche hinweise|haftungsausschluss)(?:\s*:)?$", "footer"),
    (r"^\(?alle angaben ohne gewähr\.?\)?$", "footer"),
    (r"\balle rechte vorbehalten\b", "footer"),
    (r"\bimpressum\b.{0,40}\bdatenschutz\b", "footer"),
    (r"\bdatenschutz(?:erklärung)?\b.{0,40}\bimpressum\b", "footer"),
)


#: Frequent German function words that English does not share: they recognise German text
#: on pages that do not declare their language.
WORDS = frozenset({
    "der", "die", "das", "und", "ist", "nicht", "mit", "auf", "für", "dem", "den", "des", "ein",
    "eine", "einer", "eines", "sich", "auch", "wird", "sind", "werden", "zu", "im", "nach",
    "bei", "aus", "über", "wie", "noch", "nur", "oder", "aber", "wenn", "dass", "vom", "zum",
    "zur", "wurde",
})


@hookimpl(trylast=True)
def newsparse_boilerplate_patterns():
    """Return the built-in German phrases as a pack for pages in German."""
    return PhrasePack("de", PHRASES, WORDS)

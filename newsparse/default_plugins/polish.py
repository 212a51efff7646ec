"""The built-in Polish boilerplate phrases: menus, consent notices, prompts, footers.

Matched like every phrase (see :func:`~newsparse.hookspecs.newsparse_boilerplate_patterns`):
searched in the lowercased, whitespace-folded text of blocks of at most 200 characters.
Applied to pages declared Polish and to pages whose language is unknown.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..phrasebook import PhrasePack

#: Polish ``(pattern, reason)`` pairs, grouped as in the English list.
PHRASES: tuple[tuple[str, str], ...] = (
    # Browser and script banners, skip links and menu labels.
    (r"\b(?:włącz|wlacz|włączenie|należy włączyć) (?:obsługę )?javascript\b", "banner"),
    (r"\btwoja przeglądarka (?:jest przestarzała|nie jest obsługiwana)\b", "banner"),
    (r"^(?:przejdź|przejdz) do (?:treści|tresci|głównej treści|menu|nawigacji|wyszukiwarki|stopki)$", "navigation"),
    (r"^(?:menu|szukaj|wyszukaj|strona główna|zamknij|wróć|powrót|pokaż więcej|zobacz więcej|zobacz wszystkie|do góry|na górę|spis treści)$", "navigation"),
    # Cookies and consent.
    (r"\bcookies?\b.{0,80}\b(?:zgod[aęy]|akceptuj\w*|wyrażasz|używa|używamy|wykorzystuje|wykorzystujemy|ustawienia\w*|polityk[aęi])\b", "cookie"),
    (r"\b(?:ta |nasza )?(?:strona|witryna|serwis) (?:używa|wykorzystuje|korzysta z) (?:plików )?cookies?\b", "cookie"),
    (r"^(?:akceptuję|akceptuje|zgadzam się|akceptuj wszystkie|zaakceptuj|zaakceptuj wszystkie|odrzuć|odrzuć wszystkie)$", "cookie"),
    # Newsletters, sign-in and paywalls.
    (r"\bnewsletter\w*\b.{0,60}\b(?:zapisz|zapisz się|subskrybuj|zamów|otrzymuj)\b", "newsletter"),
    (r"^zapisz się (?:do|na) (?:naszego |nasz )?newsletter\w*\b", "newsletter"),
    (r"^(?:zaloguj się|zaloguj|zarejestruj się|wyloguj|moje konto|newsletter)$", "newsletter"),
    (r"\bzapraszamy (?:też |również |także )?do (?:subskrypcji|prenumeraty)\b", "newsletter"),
    (r"\b(?:treść|artykuł|materiał) (?:dostępn[ya] )?(?:tylko |wyłącznie )?dla (?:prenumeratorów|subskrybentów|abonentów)\b", "paywall"),
    (r"^(?:wykup|kup) (?:dostęp|prenumeratę|subskrypcję)\b", "paywall"),
    # Print subscription offers: a number of issues for a price ("12 numerów za 99 zł").
    (r"\b\d+ (?:numerów|wydań) za (?:jedyne |tylko )?\d", "paywall"),
    # Sharing, printing and social rows.
    (r"^(?:udostępnij|podziel się|drukuj|wydrukuj|wyślij|skomentuj|tweetnij|kopiuj link|skopiuj link)$", "share"),
    (r"^udostępnij (?:na|przez|w)\b", "share"),
    # A blog's share and like rows ("Udostępnij:", "Polub to:", "Lubię Wczytywanie…").
    (r"^udostępnij(?: to)? ?:$", "share"),
    (r"^(?:(?:polub|lubię) to:? ?)?(?:polub|lubię)(?: to:?| wczytywanie ?(?:\.{3}|…)?)$", "share"),
    (r"^(?:obserwuj|śledź) nas (?:na|w)\b", "share"),
    # Advertising.
    (r"^(?:reklama|artykuł sponsorowany|materiał sponsorowany|materiał promocyjny|sponsorowane|materiał partnera)(?:\s*[:/-])?$", "advertisement"),
    # Related, recommended and "read more".
    (r"^(?:zobacz (?:też|także|również)|czytaj (?:też|także|również|więcej|dalej)|przeczytaj (?:też|także|również)|polecamy|polecane|najnowsze|najczęściej czytane|najpopularniejsze|powiązane artykuły|podobne artykuły|więcej na ten temat|tagi|następny artykuł|poprzedni artykuł)(?:\s*[:>»])?$", "related"),
    (r"^(?:zobacz (?:też|także|również)|czytaj (?:też|także|również)|przeczytaj (?:też|także|również))\s*:\s", "related"),
    # Comments.
    (r"^(?:\d+ )?komentarz(?:e|y)?(?: \(\d+\))?$", "comments"),
    (r"^(?:odpowiedz|zgłoś|dodaj komentarz|pokaż komentarze|zobacz komentarze)$", "comments"),
    (r"\btwój adres e-?mail nie zostanie opublikowany\b", "comments"),
    (r"^(?:brak komentarzy|bądź pierwszy)\b", "comments"),
    # Footers: legal notice, privacy, copyright.
    (r"^(?:regulamin|polityka prywatności|polityka cookies|kontakt|o nas|mapa strony|redakcja|praca|kariera)(?:\s*:)?$", "footer"),
    (r"\bwszelkie prawa zastrzeżone\b", "footer"),
)


#: Frequent Polish function words that English does not share: they recognise Polish text
#: on pages that do not declare their language.
WORDS = frozenset({
    "się", "nie", "że", "jest", "jak", "ale", "od", "przez", "dla", "był", "była", "jego",
    "oraz", "który", "która", "które", "już", "tylko", "także", "też", "czy", "może", "są",
    "za", "po", "ich", "jej",
})


@hookimpl(trylast=True)
def newsparse_boilerplate_patterns():
    """Return the built-in Polish phrases as a pack for pages in Polish."""
    return PhrasePack("pl", PHRASES, WORDS)

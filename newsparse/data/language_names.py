"""Names of languages as pages write them where a language tag belongs, with their codes.

Read by :mod:`newsparse.language_tags`. Pages state a language by name in ``<meta
name="language">``, in JSON-LD ``inLanguage`` (a string or a ``Language`` object's
``name``) and now and then in ``lang`` itself: in English ("German") or in the language's
own name ("Deutsch"). Names are matched case-insensitively and without accents
("francais" is "français"), so each is written once, as the language writes it.
"""

#: ISO 639-1 code -> the language's names: in English first, then its own name(s). The
#: languages are those the web's news is mostly written in (the detector's commonest codes
#: on the benchmark pages, and the languages of the phrase packs), not every language.
LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "ar": ("arabic", "العربية", "عربي"),
    "bg": ("bulgarian", "български"),
    "bn": ("bengali", "bangla", "বাংলা"),
    "ca": ("catalan", "català"),
    "cs": ("czech", "čeština", "česky"),
    "da": ("danish", "dansk"),
    "de": ("german", "deutsch"),
    "el": ("greek", "ελληνικά"),
    "en": ("english",),
    "es": ("spanish", "español", "castellano"),
    "et": ("estonian", "eesti"),
    "eu": ("basque", "euskara"),
    "fa": ("persian", "farsi", "فارسی"),
    "fi": ("finnish", "suomi"),
    "fr": ("french", "français"),
    "ga": ("irish", "gaeilge"),
    "gl": ("galician", "galego"),
    "he": ("hebrew", "עברית"),
    "hi": ("hindi", "हिन्दी", "हिंदी"),
    "hr": ("croatian", "hrvatski"),
    "hu": ("hungarian", "magyar"),
    "id": ("indonesian", "bahasa indonesia"),
    "is": ("icelandic", "íslenska"),
    "it": ("italian", "italiano"),
    "ja": ("japanese", "日本語"),
    "ko": ("korean", "한국어"),
    "lt": ("lithuanian", "lietuvių"),
    "lv": ("latvian", "latviešu"),
    "ms": ("malay", "bahasa melayu"),
    "nl": ("dutch", "nederlands"),
    "no": ("norwegian", "norsk"),
    "pl": ("polish", "polski"),
    "pt": ("portuguese", "português"),
    "ro": ("romanian", "română"),
    "ru": ("russian", "русский"),
    "sk": ("slovak", "slovenčina"),
    "sl": ("slovenian", "slovene", "slovenščina"),
    "sr": ("serbian", "српски", "srpski"),
    "sv": ("swedish", "svenska"),
    "sw": ("swahili", "kiswahili"),
    "th": ("thai", "ไทย"),
    "tr": ("turkish", "türkçe"),
    "uk": ("ukrainian", "українська"),
    "ur": ("urdu", "اردو"),
    "vi": ("vietnamese", "tiếng việt"),
    "zh": ("chinese", "中文", "汉语", "漢語"),
}

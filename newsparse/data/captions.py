"""Words of the blocks that stand where captions do but caption nothing, per language.

An advertisement label under an image slot ("Advertisement", "Anzeige") and a bare word
where the caption text should be ("Photo", "Image") are not captions. Lowercase.
"""

from __future__ import annotations

#: Labels of advertisement slots, per language.
AD_LABELS: tuple[str, ...] = (
    "advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads", "promoted",
    "anzeige", "werbung", "publicité", "publicite", "publicidad", "anuncio", "pubblicità",
    "pubblicita", "publicidade", "advertentie", "reklame",
)

#: Words that stand alone where a caption's text should be.
EMPTY_CAPTION_WORDS: frozenset[str] = frozenset({
    "photo", "photos", "image", "images", "picture", "pictures", "video", "videos", "credit",
    "credits", "photograph", "illustration", "foto", "fotos", "bild", "bilder", "imagen",
    "imágenes", "immagine", "immagini", "vidéo", "gallery", "galerie", "enlarge", "expand",
    "zoom", "close", "view", "click to enlarge",
})

#: Words that name a picture, per language (ISO 639-1): before a colon they label a
#: picture's credit or its caption ("Photo: Jane Doe/AP", "Foto: dpa", "Photo : AFP",
#: "Zdjęcie: PAP"); before a word of :data:`CREDIT_BY` they open a credit ("Photo by ...",
#: "Foto di ..."). Lowercase. Adding a language means adding its words here and in the
#: tables below, nowhere else.
PICTURE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("photo", "photograph", "image", "picture", "video", "illustration", "featured image", "cover image", "cover photo", "header image"),
    "de": ("foto", "bild", "video", "illustration", "grafik", "titelbild", "aufmacherbild", "abbildung", "titelfoto"),
    "fr": ("photo", "image", "vidéo", "illustration", "photo de couverture", "image de couverture"),
    "es": ("foto", "fotografía", "imagen", "vídeo", "video", "ilustración", "foto de portada", "imagen de portada"),
    "pt": ("foto", "fotografia", "imagem", "vídeo", "ilustração"),
    "it": ("foto", "fotografia", "immagine", "video", "illustrazione"),
    "pl": ("zdjęcie", "foto", "wideo", "ilustracja"),
    "nl": ("foto", "beeld", "afbeelding", "video", "illustratie"),
}

#: The plurals of :data:`PICTURE_WORDS`: they label a credit as the singulars do ("Fotos:
#: Jana Beck"), but never one picture's caption ("Photos: Europa, Icy Moon of Jupiter"
#: heads a gallery's link). Lowercase.
PICTURE_WORDS_PLURAL: dict[str, tuple[str, ...]] = {
    "en": ("photos", "photographs", "images", "pictures", "videos", "illustrations"),
    "de": ("fotos", "bilder", "videos"),
    "fr": ("photos", "images", "vidéos"),
    "es": ("fotos", "fotografías", "imágenes", "vídeos"),
    "pt": ("fotos", "imagens", "vídeos"),
    "it": ("immagini",),
    "pl": ("zdjęcia",),
    "nl": ("foto's",),
}

#: Labels that name the credit itself, per language: "Credit: ...", "Bildquelle: ...",
#: "Crédit photo : ...", "Źródło zdjęcia: ...". Followed by a colon. Lowercase.
CREDIT_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("credit", "credits", "photo credit", "image credit", "picture credit"),
    "de": ("bildquelle", "fotoquelle", "bildnachweis", "fotonachweis", "bildrechte"),
    "fr": ("crédit", "crédits", "crédit photo", "crédits photo"),
    "es": ("crédito", "créditos", "crédito foto"),
    "pt": ("crédito", "créditos"),
    "it": ("credito", "crediti", "credito foto"),
    "pl": ("źródło zdjęcia", "autor zdjęcia"),
    "nl": ("fotocredit", "beeldbron"),
}

#: Abbreviated picture labels that need no colon, the full stop standing for it:
#: "Fot. Jan Kowalski/PAP". Lowercase, with their full stop.
ABBREVIATED_PICTURE_LABELS: tuple[str, ...] = ("fot.",)

#: The words between a picture word and the names that took it, per language: "Photo by
#: Jane Doe", "Photo courtesy of the family", "Foto cortesía de ...". Lowercase.
CREDIT_BY: dict[str, tuple[str, ...]] = {
    "en": ("by", "courtesy", "courtesy of", "credit"),
    "fr": ("courtoisie de", "avec l'aimable autorisation de"),
    "es": ("cortesía de",),
    "pt": ("cortesia de",),
    "it": ("per gentile concessione di",),
    "pl": ("autorstwa",),
}

#: Prepositions that put a picture word before the names that took it, per language ("Photo
#: par Jean Dupont", "Foto di Mario Rossi", "Foto door Jan de Vries"), but as often before
#: what it shows ("Photo de la manifestation"): they open a credit only before a name, a
#: word with a capital. (Not German "von": every German noun has a capital, "Fotos von
#: Opfern".) Lowercase.
CREDIT_BY_NAME: dict[str, tuple[str, ...]] = {
    "fr": ("par",),
    "es": ("por",),
    "pt": ("por",),
    "it": ("di",),
    "nl": ("door",),
}

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

"""Small stories of our own that several tests set in pages: the paragraphs of an article,
as plain strings, with nothing in them that any rule of the classifier keys on."""

from __future__ import annotations

#: Four paragraphs of a German local story (a footbridge opens).
BRIDGE = (
    "Die neue Fußgängerbrücke über den Fluss wurde am Samstag nach zwei Jahren Bauzeit "
    "eröffnet, und die Bürgermeisterin sprach von einem guten Tag für die ganze Stadt.",
    "Die Kosten lagen deutlich über der ersten Schätzung, weil der Boden am Ufer weicher war "
    "als erwartet und der Stahlpreis im vergangenen Jahr stark gestiegen ist.",
    "Wer zu Fuß zur Arbeit geht, spart nach Angaben der Stadt bis zu zwanzig Minuten am Tag, "
    "weil der Umweg über die alte Brücke nun entfällt und der Weg beleuchtet ist.",
    "Ein zweiter Abschnitt weiter flussaufwärts soll im kommenden Frühjahr folgen, sobald der "
    "Stadtrat die nötigen Mittel in seinem nächsten Haushalt bewilligt hat.",
)

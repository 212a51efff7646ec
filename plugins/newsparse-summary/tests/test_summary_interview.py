"""An interview's questions are the interviewer's framing, its labels are furniture.

Each interview below is written for these tests, after the two layouts pages use: the
questions set in bold between answers in roman type, and a transcript where every
paragraph opens with its speaker's label.
"""

from __future__ import annotations

from newsparse_summary import SummaryExtractor
from newsparse_summary.interview import interview
from newsparse_summary.rank import candidates

import newsparse
from newsparse import Span


def bold_interview(intro_tag: str = "p") -> str:
    return (
        "<html><head><title>Die Bäckerin vom Markt</title></head>"
        "<body><article><h1>Die Bäckerin vom Markt</h1>"
        f"<{intro_tag}>Seit dreißig Jahren backt Anna Beispiel das Brot für den Wochenmarkt "
        f"der Stadt. Im Gespräch erzählt sie, warum sie im Frühjahr aufhört.</{intro_tag}>"
        "<p><strong>Frau Beispiel, Sie schließen Ihre Backstube im April. "
        "Warum gerade jetzt?</strong></p>"
        "<p>Der Mietvertrag läuft aus, und niemand will den Laden übernehmen. "
        "Ich habe zwei Jahre lang einen Nachfolger gesucht.</p>"
        "<p><strong>Das klingt nach einer schweren Entscheidung.</strong></p>"
        "<p>Es war die schwerste meines Lebens, aber die Kundschaft hat es verstanden.</p>"
        "<p><strong>Was wird aus dem Rezept für das Marktbrot?</strong></p>"
        "<p>Das Rezept schenke ich der Berufsschule, damit es nicht verloren geht.</p>"
        "</article></body></html>"
    )


TRANSCRIPT = "\n\n".join(
    [
        "REVIEW: Mayor Doe, the city will close two libraries next year. Why those two?",
        "Jane Doe: Both buildings need repairs the budget cannot pay for this year.",
        "REVIEW: Will the staff lose their jobs?",
        "Doe: Every librarian will move to one of the other branches in the city.",
        "THE REVIEW: And the books?",
        "Doe: The collections go to the central library, where readers can order them.",
    ]
)


def summary_of(page: str, sentences: int = 3) -> list[str]:
    article = newsparse.parse(page, format="html")
    return [a.text for a in SummaryExtractor(sentences=sentences).extract(article)]


def test_bold_questions_are_never_chosen_the_answers_are() -> None:
    # Room for every sentence but the four of the interviewer.
    summary = summary_of(bold_interview(), sentences=8)
    assert len(summary) == 6
    assert not any("Warum gerade jetzt" in s or "Frau Beispiel" in s for s in summary)
    assert not any("schweren Entscheidung" in s for s in summary), "a remark between questions"
    assert any("Mietvertrag" in s or "Rezept" in s or "schwerste" in s for s in summary)


def test_lead_in_bold_before_the_first_question_stays_the_lead() -> None:
    summary = summary_of(bold_interview(intro_tag="p><strong"))
    assert any(s.startswith("Seit dreißig Jahren") for s in summary)


def test_one_bold_question_is_not_an_interview() -> None:
    text = "Wo gibt es wie viel Schnee?\n\nDie Karte zeigt es jeden Morgen neu."
    assert interview(text, [Span(0, 27)]).questions == ()


def test_transcript_labels_are_cut_and_the_asking_speaker_left_out() -> None:
    found = candidates(TRANSCRIPT)
    chosen = [c.text for c in found if c.eligible]
    assert "Both buildings need repairs the budget cannot pay for this year." in chosen
    assert "Every librarian will move to one of the other branches in the city." in chosen
    assert not any("REVIEW" in c or "Mayor Doe" in c or "staff" in c for c in chosen)
    for c in found:
        assert TRANSCRIPT[c.start : c.end] == c.text


def test_labels_of_a_list_are_not_speakers() -> None:
    # Terms before their definitions, a caption's label: no one asks, no one answers.
    text = "\n\n".join(
        [
            "Paraffin: made from crude oil. It seals the skin.",
            "Silicone: keeps the hair smooth. Is it harmful?",
            "Glycerin: draws water into the skin. It is cheap.",
        ]
    )
    assert interview(text) == interview("")
    assert not any(c.text.startswith("made") for c in candidates(text))

"""A person reported speaking since a quote is whom the next ``he``/``she`` stands for.

``“…,” said Tom Reed. … Sam Ortiz has insisted that … “…,” he told the radio``: the
pronoun goes on with the one who was just reported speaking, not with the speaker of the
quote before, even when nobody of that gender opened a sentence in between. Names inside
what was reported do not count (``Ortiz claimed that Mayor Hale was to blame``), a name
after the report's sentence does, and whoever asked is not who answers.
"""

from __future__ import annotations

from newsparse_quotes import find_quotes

OPENING = "“The harbour will reopen in May,” said Tom Reed, a spokesman for the council.\n\n"


def _last_speaker(text: str, **kwargs) -> str | None:
    return find_quotes(text, **kwargs)[-1].speaker


def test_the_person_reported_speaking_goes_on():
    text = OPENING + (
        "Since the storm, Sam Ortiz has insisted that the ferry must run. "
        "“We owe it to the islanders,” he told the radio."
    )
    assert _last_speaker(text) == "Sam Ortiz"


def test_names_inside_the_report_do_not_count():
    text = OPENING + (
        "Later, Sam Ortiz claimed that Mayor John Hale was to blame for the delay. "
        "“He never listened to the islanders,” he said."
    )
    assert _last_speaker(text) == "Sam Ortiz"


def test_someone_named_after_the_report_stops_it():
    text = OPENING + (
        "Since the storm, Sam Ortiz has insisted that the ferry must run. "
        "John Hale sailed to the island yesterday. "
        "“We owe it to the islanders,” he said."
    )
    assert _last_speaker(text) == "John Hale"


def test_whoever_asks_does_not_answer():
    text = OPENING + (
        "Later, Sam Ortiz asked the council whether the ferry would run. "
        "“It will run all winter,” he said."
    )
    assert _last_speaker(text) != "Sam Ortiz"


def test_a_participle_does_not_make_a_reporter():
    text = OPENING + (
        "The council met on Monday, with Sam Ortiz noting that the ferry must run. "
        "“We owe it to the islanders,” he said."
    )
    assert _last_speaker(text) == "Tom Reed"


def test_a_name_used_alone_is_a_reporter_when_a_recogniser_says_it_is_a_person():
    text = (
        "“Both of their families are upset,” an insider told the magazine.\n\n"
        "Since the split, Gaga has insisted that the two are friends. "
        "“I’m actually very close to him,” she told the radio."
    )
    start = text.index("Gaga")
    assert _last_speaker(text, entities=[(start, start + 4, "PERSON")]) == "Gaga"
    assert _last_speaker(text) == "an insider"

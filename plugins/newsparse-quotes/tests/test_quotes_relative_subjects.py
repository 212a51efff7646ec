"""A relative pronoun that is the subject of a verb of speech speaks for its antecedent.

``The memo linked to the board's report, which notes, “…”`` gave the quote to the phrase
at the start of the sentence (``The memo linked``); ``which`` is the verb's subject and
stands for *the board's report*. The speaker span is the pronoun (as PolNeAR marks it),
the speaker the phrase it stands for. Verbs of action (``which opted to …``) and a
relative clause inside the subject of a later verb (``X, which backed Reed, said``) are
left alone.
"""

from __future__ import annotations

from newsparse_quotes import find_quotes


def test_which_after_a_comma_speaks_for_the_report():
    text = "The memo linked to the harbour board report, which notes, “More than half the boats are unsafe.”"
    quotes = find_quotes(text)
    assert [(q.speaker_mention, q.speaker, q.cue) for q in quotes] == [
        ("which", "the harbour board report", "notes")
    ]


def test_which_without_a_comma_speaks_for_the_noun_before_it():
    text = "The ferry office put up a sign which says the pier “is closed until May.”"
    quotes = find_quotes(text)
    assert [(q.speaker_mention, q.speaker) for q in quotes] == [("which", "a sign")]


def test_that_after_a_verb_is_no_speaker():
    text = "Tom Reed said that the pier “is unsafe.”"
    assert [q.speaker for q in find_quotes(text)] == ["Tom Reed"]


def test_a_relative_clause_inside_the_subject_leaves_the_later_verb():
    text = "Ann Bright, the head of the union, which endorsed Reed in May, said the pier “is unsafe.”"
    assert [(q.speaker_mention, q.cue) for q in find_quotes(text)] == [
        ("Ann Bright, the head of the union", "said")
    ]


def test_a_verb_of_action_after_which_reports_no_words():
    text = "The harbour board hired Delta Ferries, which opted last week to take its boats to Salem."
    assert all(q.speaker_mention != "which" for q in find_quotes(text))

"""Interviews: which paragraphs ask, and which speakers' labels open a paragraph.

An interview set on a page alternates between the interviewer's questions and the
answers. Pages mark who speaks in one of two ways, in any language: the questions are set
in bold (a paragraph wholly under strong marks) while the answers are in roman type, or
each paragraph opens with its speaker's label ("ZEIT: ...", "Kühnert: ..."), the
interviewer's label opening the paragraphs that ask. A question is the interviewer's
framing, not what the story reports, and a speaker's label is furniture before the
sentence, like a dateline.

Only the layout is read (marks, labels, question marks), never words of a language, so
the same rules hold for a German, French or English interview.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse import Span

from . import patterns

__all__ = ["INTERVIEW_QUESTIONS", "Interview", "interview"]

#: An interview has at least this many questions marked as the interviewer's (bold
#: paragraphs that ask, or labelled paragraphs of the asking speaker): one bold question
#: is a section heading or a lead set in bold ("Wo gibt es wie viel Schnee?").
INTERVIEW_QUESTIONS = 2

#: A speaker's paragraphs ask when at least this share of them holds a question: the
#: interviewer's label, not the answering one's (an answer asks back now and then).
ASKING_SHARE = 0.5

# A paragraph of the text: one line between line breaks.
_LINE = re.compile(r"[^\n]+")


@attrs.frozen(kw_only=True)
class Interview:
    """What an interview's layout says about a text's paragraphs.

    Attributes:
        questions: the paragraphs (spans of the text) that are the interviewer's.
        labels: the speakers' labels that open a paragraph, as spans of the text that end
            after the colon and its space.
    """

    questions: tuple[Span, ...] = ()
    labels: tuple[Span, ...] = ()


def _asks(text: str) -> bool:
    return bool(patterns.QUESTION_MARK.search(text))


def _key(label: str) -> str:
    # "DIE ZEIT" and "ZEIT", "Kevin Kühnert" and "Kühnert" are the same speaker.
    return label.rstrip(": ").split()[-1].casefold()


def _within(spans: Sequence[Span], start: int, end: int) -> bool:
    return any(span.start <= start and end <= span.end for span in spans)


def interview(text: str, bold: Sequence[Span] = ()) -> Interview:
    """Read the interview layout of ``text``, if it has one.

    Args:
        text: the body text, one paragraph per line.
        bold: the paragraphs set wholly in bold, as spans of ``text``.

    Returns:
        The interviewer's paragraphs and the speakers' labels; both empty when the text is
        not an interview (fewer than :data:`INTERVIEW_QUESTIONS` marked questions).
    """
    if ":" not in text and not bold:
        return Interview()
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if not m.group().isspace()]
    labelled: dict[tuple[int, int], re.Match[str]] = {}
    for start, end in lines:
        label = patterns.SPEAKER_LABEL.match(text, start, end)
        # A speaker's words start a sentence; a term before its definition ("Paraffin:
        # made from crude oil") goes on in lower case.
        if label and not text[label.end()].islower():
            labelled[start, end] = label
    by_speaker: dict[str, list[tuple[int, int]]] = {}
    for line, label in labelled.items():
        by_speaker.setdefault(_key(label.group()), []).append(line)
    asking = {
        speaker
        for speaker, own in by_speaker.items()
        if len(own) >= 2 and sum(_asks(text[s:e]) for s, e in own) >= ASKING_SHARE * len(own)
    }
    answering = {speaker for speaker, own in by_speaker.items() if len(own) >= 2} - asking
    questions = []
    if asking and answering:
        questions = [line for speaker in asking for line in by_speaker[speaker]]
    in_bold = [line for line in lines if _within(bold, *line)]
    bold_questions = [line for line in in_bold if _asks(text[line[0] : line[1]])]
    if len(bold_questions) >= INTERVIEW_QUESTIONS:
        # From the first question on, every bold paragraph is the interviewer's, a remark
        # between two questions included; one before it is a standfirst or lead in bold.
        questions += [line for line in in_bold if line[0] >= bold_questions[0][0]]
    if len(set(questions)) < INTERVIEW_QUESTIONS:
        return Interview()
    return Interview(
        questions=tuple(Span(s, e) for s, e in sorted(set(questions))),
        labels=tuple(Span(m.start(), m.end()) for _, m in sorted(labelled.items())),
    )

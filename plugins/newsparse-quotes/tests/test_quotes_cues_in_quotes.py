"""A reporting verb between quotation marks belongs to the quoted words.

Sentences of our own: a verb inside a quotation (a quoted headline, a clause the speaker
says) never reports a quote of its own nor splits the quotation; the verb outside the
marks still reports, whatever verbs the quoted words hold.
"""

from __future__ import annotations

import pytest
from newsparse_quotes import find_quotes
from newsparse_quotes.marks import find_regions

# Each held a verb inside its quotation that was once taken as the cue of a partial quote
# starting mid-quotation.
VERBS_INSIDE_QUOTES = [
    "The mayor went on to say the plan is “very different from anyone claiming that I said "
    "the port was closed.”",
    "I agree with the harbour board (\"Quist slams the crane deal as a 'waste' the city "
    "cannot afford,\" Harbour Times, Monday).",
    "—\"'Harbour Lights' singer refused to cut her hair,\" by the Harbour Times' Ana Berg "
    "http://example.com/x.",
]

# (text, words of the quote, speaker as written, cue): the verb outside the marks reports.
OUTER_REPORTS = [
    (
        "Her reply: “It is not what the board announced when the harbour was sold,” she said.",
        "what the board announced",
        "she",
        "said",
    ),
    (
        "Shoppers were “angry that the council told them nothing,” the owner said.",
        "told them nothing",
        "the owner",
        "said",
    ),
    (
        "Officials said the crane was “too slow, as the engineers warned last year.”",
        "engineers warned",
        "Officials",
        "said",
    ),
    (
        "Ruiz called the plan “a harbour nobody asked for, whatever the council says.”",
        "whatever the council says",
        "Ruiz",
        "called",
    ),
]


def _inside_marks(text: str, offset: int) -> bool:
    return any(r.start < offset < r.end for r in find_regions(text))


@pytest.mark.parametrize("text", VERBS_INSIDE_QUOTES)
def test_no_cue_lies_between_quotation_marks(text):
    for quote in find_quotes(text):
        assert quote.cue_span is None or not _inside_marks(text, quote.cue_span.start), (
            quote.cue,
            quote.text,
        )


@pytest.mark.parametrize(("text", "words", "speaker", "cue"), OUTER_REPORTS)
def test_the_verb_outside_the_marks_reports(text, words, speaker, cue):
    found = [q for q in find_quotes(text) if words in q.text]
    assert len(found) == 1, [(q.kind, q.speaker_mention, q.text) for q in find_quotes(text)]
    assert (found[0].speaker_mention, found[0].cue) == (speaker, cue)

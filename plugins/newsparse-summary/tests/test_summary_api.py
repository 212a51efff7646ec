"""summarize() and summarize_spans() on plain strings."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsparse_summary import DEFAULT_SENTENCES, summarize, summarize_spans
from newsparse_summary.features import cosine, unit_vectors
from newsparse_summary.rank import DUPLICATE_SIMILARITY, candidates
from newsparse_summary.text import terms

from newsparse import Span
from newsparse.testing.strategies import hostile_texts, paragraphs
from newsparse.text import sentences as split_sentences

STORY = "\n\n".join(
    [
        "The city council approved a new budget on Tuesday after a long debate.",
        "The budget raises spending on schools by 4.5% and on roads by 2%.",
        "Council member Jane Doe said the plan was fair. Others disagreed.",
        "“We cannot afford this,” said John Roe, who voted against it.",
        "The budget takes effect on Jan. 1 and runs for two years.",
        "A public hearing on the plan drew more than 200 residents.",
        "Officials said they would review the budget again next spring.",
    ]
)


def words_of(sentences: list[str]) -> int:
    return sum(len(s.split()) for s in sentences)


def test_default_length() -> None:
    assert len(summarize(STORY)) == DEFAULT_SENTENCES


def test_sentences_come_from_the_text_in_order() -> None:
    spans = summarize_spans(STORY, 4)
    assert len(spans) == 4
    assert spans == sorted(spans)
    assert summarize(STORY, 4) == [s.slice(STORY) for s in spans]
    all_sentences = {s.slice(STORY) for s in split_sentences(STORY)}
    assert all(s.slice(STORY) in all_sentences for s in spans)


def test_word_budget_is_a_ceiling() -> None:
    for budget in (10, 25, 40, 80):
        chosen = summarize(STORY, words=budget)
        assert words_of(chosen) <= budget
    assert summarize(STORY, words=3) == []  # no sentence is that short


def test_ratio_is_a_share_of_the_words() -> None:
    total = len(STORY.split())
    chosen = summarize(STORY, ratio=0.4)
    assert chosen
    assert words_of(chosen) <= 0.4 * total
    everything = [STORY[c.start : c.end] for c in candidates(STORY) if c.eligible]
    assert summarize(STORY, ratio=1.0) == everything


def test_limits_combine() -> None:
    chosen = summarize(STORY, 2, words=1000)
    assert len(chosen) == 2
    chosen = summarize(STORY, 6, words=30)
    assert words_of(chosen) <= 30


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sentences": -1},
        {"words": -5},
        {"ratio": 1.5},
        {"ratio": -0.1},
        {"ratio": "half"},
        {"words": 10, "ratio": 0.5},
        {"sentences": 2.5},
        {"sentences": True},
    ],
)
def test_bad_limits_are_refused(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        summarize(STORY, **kwargs)


def test_bad_types_are_refused() -> None:
    with pytest.raises(TypeError):
        summarize(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        summarize(STORY, title=3)  # type: ignore[arg-type]


def test_zero_length_is_empty() -> None:
    assert summarize(STORY, 0) == []
    assert summarize(STORY, words=0) == []
    assert summarize("") == []


def test_syndication_leftovers_are_never_chosen() -> None:
    text = (
        "By . Jane Doe . PUBLISHED: . 12:01 EST, 5 May 2013 . | . UPDATED: . 13:04 EST, "
        "5 May 2013 . A man has been arrested after a fire destroyed a school in the town. "
        "Police said the man, 35, was seen near the building. The school will stay closed."
    )
    chosen = summarize(text, 3)
    assert chosen == [
        "A man has been arrested after a fire destroyed a school in the town.",
        "Police said the man, 35, was seen near the building.",
        "The school will stay closed.",
    ]


def test_leftover_prefixes_stay_outside_the_span() -> None:
    text = (
        "Last updated at 4:05 PM on 12th January 2011 A fire destroyed a school in the town "
        "on Monday night. (CNN)Police arrested a man, 35, who was seen near the building. "
        "Scroll down for video The school will stay closed for the rest of the week."
    )
    chosen = summarize(text, 3)
    assert chosen == [
        "A fire destroyed a school in the town on Monday night.",
        "Police arrested a man, 35, who was seen near the building.",
        "The school will stay closed for the rest of the week.",
    ]


def test_redundant_sentences_are_skipped() -> None:
    lead = "The city council approved a new budget for schools and roads on Tuesday."
    text = " ".join(
        [
            lead,
            lead.replace("Tuesday", "Tuesday night"),
            "The mayor said she would sign the budget into law by Friday.",
            "Teachers welcomed the extra money for classrooms and books.",
        ]
    )
    chosen = summarize(text, 2)
    assert lead in chosen
    assert lead.replace("Tuesday", "Tuesday night") not in chosen


def test_quotes_keep_their_speaker_when_possible() -> None:
    text = (
        "The minister resigned on Monday after weeks of pressure over the contracts. "
        "“I have done nothing wrong and I will clear my name in the months ahead.” "
        "The minister said the contracts had been awarded fairly and by the book. "
        "An inquiry into the contracts will report its findings in the spring."
    )
    chosen = summarize(text, 2)
    assert not any(s.startswith("“") for s in chosen)


def test_title_steers_the_choice() -> None:
    text = (
        "Officials met on Monday to discuss the year ahead in the region. "
        "Rail fares will rise by 3% in March, the transport authority said. "
        "Road repairs on the coast will start later in the summer. "
        "Ticket machines at stations will be replaced next year."
    )
    with_title = summarize(text, 2, title="Rail fares to rise by 3%")
    assert "Rail fares will rise by 3% in March, the transport authority said." in with_title


def test_long_input_is_fast() -> None:
    text = "\n\n".join(
        f"Sentence {i} talks about topic {i % 17} and item {i % 29} in detail. "
        f"It also mentions region {i % 11}."
        for i in range(3000)
    )
    start = time.perf_counter()
    chosen = summarize(text, ratio=0.3)
    assert time.perf_counter() - start < 10.0
    assert words_of(chosen) <= 0.3 * len(text.split())


def test_terms() -> None:
    assert terms("The rebels' arms") == ["rebel", "arm"]
    assert terms("") == []


limits = st.one_of(
    st.fixed_dictionaries({"sentences": st.integers(0, 8)}),
    st.fixed_dictionaries({"words": st.integers(0, 200)}),
    st.fixed_dictionaries({"ratio": st.floats(0, 1)}),
    st.fixed_dictionaries({"sentences": st.integers(0, 8), "words": st.integers(0, 200)}),
)

any_text = st.one_of(
    st.text(max_size=600),
    hostile_texts(),
    st.lists(paragraphs(), min_size=1, max_size=8).map("\n\n".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, title=st.none() | st.text(max_size=80), limit=limits)
def test_properties(text: str, title: str | None, limit: dict) -> None:
    spans = summarize_spans(text, title=title, **limit)
    # spans of the text, in order, not overlapping, each a whole sentence (or its tail)
    previous_end = 0
    sentence_spans = split_sentences(text)
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert any(s.start <= span.start and span.end == s.end for s in sentence_spans)
        previous_end = span.end
    # the requested length is honoured
    chosen = [s.slice(text) for s in spans]
    if "sentences" in limit:
        assert len(chosen) <= limit["sentences"]
    if "words" in limit:
        assert words_of(chosen) <= limit["words"]
    if "ratio" in limit:
        assert words_of(chosen) <= limit["ratio"] * len(text.split()) + 1e-9
    if "words" not in limit and "ratio" not in limit and len(chosen) < limit["sentences"]:
        # fewer than asked: every sentence left out is unusable or repeats a chosen one
        found = candidates(text)
        vectors, _, _ = unit_vectors([c.terms for c in found])
        picked = [i for i, c in enumerate(found) if Span(c.start, c.end) in spans]
        for i, c in enumerate(found):
            if c.eligible and i not in picked:
                assert max(cosine(vectors[i], vectors[j]) for j in picked) >= DUPLICATE_SIMILARITY
    # deterministic, and summarize() returns exactly the spans' text
    assert summarize_spans(text, title=title, **limit) == spans
    assert summarize(text, title=title, **limit) == chosen


def test_repeated_sentences_are_chosen_once() -> None:
    text = " ".join(["The storm closed every school in the county on Monday."] * 500)
    assert summarize(text, ratio=1.0) == ["The storm closed every school in the county on Monday."]
    assert len(summarize(text, 10)) == 1

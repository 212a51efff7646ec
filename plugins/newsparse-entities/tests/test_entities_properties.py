"""Properties that hold for any input: no crash, spans slice, no overlap, consistent ids."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsparse_entities import LABELS, EntityFinder, find_entities

NAMEISH = st.sampled_from(
    [
        "Obama",
        "President",
        "Putin's",
        "U.S.",
        "al-Assad",
        "Mr.",
        "AFP",
        "PHOTO",
        "/",
        "said",
        "the",
        "of",
        "Syria",
        "’s",
        "“",
        "”",
        "Prime",
        "Minister",
        "Bank",
        "summit",
        "G8",
        ".",
        "\n",
        "\n\n",
        " ",
        "Getty Images",
        "by",
        "Photo",
        "(",
        ")",
        "JEWEL",
        "'",
        "-",
        "É",
        "ß",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(NAMEISH, max_size=60).map(" ".join),
    st.lists(NAMEISH, max_size=60).map("".join),
)


def check(text, mentions):
    end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= end, "mentions overlap or are out of order"
        end = m.end
        assert m.label in LABELS
        assert m.canonical and m.entity_id.startswith("e")


def check_ids(groups):
    by_id = {}
    order = []
    for mentions in groups:
        for m in mentions:
            by_id.setdefault(m.entity_id, set()).add((m.canonical, m.label))
            if m.entity_id not in order:
                order.append(m.entity_id)
    for entity, values in by_id.items():
        assert len(values) == 1, f"{entity} has several names or labels: {values}"
    assert order == [f"e{i}" for i in range(1, len(order) + 1)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text(text):
    mentions = find_entities(text)
    check(text, mentions)
    check_ids([mentions])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, max_size=4))
def test_several_fields(texts):
    groups = EntityFinder().find_in(texts)
    assert len(groups) == len(texts)
    for text, mentions in zip(texts, groups):
        check(text, mentions)
    check_ids(groups)


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_deterministic(texts):
    assert EntityFinder().find_in(texts) == EntityFinder().find_in(texts)


@pytest.mark.parametrize(
    "text",
    [
        "A" * 100_000,
        "A." * 20_000,
        "Obama " * 8_000,
        "President " * 8_000,
        "Photo by " * 5_000,
        "al-" * 20_000 + "x",
        "'" * 30_000,
        "1," * 30_000,
        "Mr. " * 8_000,
        "\n" * 50_000,
        "-" * 50_000,
        "G8 summit " * 5_000,
        "President Obama met " * 3_000,
        "Barack Obama and " * 3_000,
        "AFP PHOTO / JEWEL SAMAD " * 2_000,
        "Clinton Wades In To " * 3_000,
    ],
    ids=lambda t: repr(t[:8]),
)
def test_hostile_input_is_linear(text):
    started = time.process_time()  # CPU time: a busy machine does not make it flaky
    mentions = find_entities(text)
    check(text, mentions)
    # Linear time: these run in well under a second; a quadratic step (thousands of
    # mentions compared pairwise) takes many seconds.
    assert time.process_time() - started < 5


def test_rejects_non_strings():
    with pytest.raises(TypeError):
        find_entities(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sequence of texts"):
        EntityFinder().find_in("one text")
    with pytest.raises(TypeError):
        EntityFinder().find_in(["fine", None])  # type: ignore[list-item]

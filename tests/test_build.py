"""The private fast builders of records give what the classes' own constructors give."""

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _build
from newsparse.document import InputBlock
from newsparse.model import Block, Paragraph, Span

offsets = st.integers(min_value=0, max_value=10**9)


@given(offsets, offsets)
def test_a_built_span_equals_a_span(a, b):
    start, end = min(a, b), max(a, b)
    built = _build.span(start, end)
    assert built == Span(start, end)
    assert hash(built) == hash(Span(start, end))
    assert len(built) == end - start
    assert type(built) is Span


@given(st.text(), offsets, st.sampled_from(["paragraph", "heading", "list_item"]), st.text())
def test_built_records_equal_their_classes(text, start, kind, reason):
    span = Span(start, start + len(text))
    assert _build.paragraph(text, kind, span) == Paragraph(text=text, kind=kind, span=span)
    assert _build.block(text, reason, span) == Block(text=text, reason=reason, span=span)
    assert _build.text_block(text, span) == InputBlock(text=text, span=span)
    fields = {"tag": "p", "hints": reason, "link_density": 0.25, "depth": start % 7, "path": kind, "in_main": bool(start % 2)}
    assert _build.input_block(text, span, *fields.values()) == InputBlock(text=text, span=span, **fields)


def test_built_records_stay_frozen():
    span = _build.span(0, 1)
    for record in (span, _build.paragraph("a", "paragraph", span), _build.block("a", "menu", span),
                   _build.text_block("a", span)):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            record.text = "b" if hasattr(record, "text") else None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3


def test_public_records_have_no_fast_constructors():
    # Records stay plain attrs classes; the fast path is private to newsparse._build.
    for cls in (newsparse.Span, newsparse.Paragraph, newsparse.Block, newsparse.InputBlock):
        assert not {"trusted", "of_text"} & set(vars(cls))
    assert not hasattr(newsparse.model, "_filled")


block_fields = st.tuples(
    st.text(max_size=20), st.integers(min_value=0, max_value=3), st.integers(min_value=0, max_value=2),
    st.floats(min_value=0.0, max_value=1.0), st.integers(min_value=1, max_value=40),
)


@given(st.lists(block_fields, max_size=12))
def test_html_blocks_equal_blocks_built_one_by_one(rows):
    # Three frames, each with its own tag, hints, path and main flag.
    tags, hints, paths, in_main = ["p", "li", "h2"], ["story", "", "nav menu"], ["div.story>p", None, "nav"], [True, False, True]
    texts = [row[0] for row in rows]
    gaps = [row[1] for row in rows]
    frames = [row[2] for row in rows]
    built = _build.html_blocks(texts, gaps, frames, [row[3] for row in rows], [row[4] for row in rows],
                               tags, hints, paths, in_main)
    expected, position = [], 0
    for text, gap, frame, density, depth in rows:
        position += gap
        span = Span(position, position + len(text))
        position = span.end
        expected.append(InputBlock(text=text, span=span, tag=tags[frame], hints=hints[frame], link_density=density,
                                   depth=depth, path=paths[frame], in_main=in_main[frame]))
    assert built == tuple(expected)
    assert all(type(block) is InputBlock and type(block.span) is Span for block in built)

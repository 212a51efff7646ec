"""The bulk builders of records give what the classes' own constructors give."""

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import InputBlock
from newsparse.model import Block, Paragraph, Span

offsets = st.integers(min_value=0, max_value=10**9)


@given(offsets, offsets)
def test_trusted_span_equals_span(a, b):
    start, end = min(a, b), max(a, b)
    trusted = Span.trusted(start, end)
    assert trusted == Span(start, end)
    assert hash(trusted) == hash(Span(start, end))
    assert len(trusted) == end - start
    assert type(trusted) is Span


@given(st.text(), offsets, st.sampled_from(["paragraph", "heading", "list_item"]), st.text())
def test_trusted_records_equal_their_classes(text, start, kind, reason):
    span = Span(start, start + len(text))
    assert Paragraph.trusted(text, kind, span) == Paragraph(text=text, kind=kind, span=span)
    assert Block.trusted(text, reason, span) == Block(text=text, reason=reason, span=span)
    assert InputBlock.of_text(text, span) == InputBlock(text=text, span=span)
    fields = dict(tag="p", hints=reason, link_density=0.25, depth=start % 7, path=kind, in_main=bool(start % 2))
    assert InputBlock.trusted(text, span, *fields.values()) == InputBlock(text=text, span=span, **fields)


def test_trusted_records_stay_frozen():
    span = Span.trusted(0, 1)
    for record in (span, Paragraph.trusted("a", "paragraph", span), Block.trusted("a", "menu", span),
                   InputBlock.of_text("a", span)):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            record.text = "b" if hasattr(record, "text") else None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3

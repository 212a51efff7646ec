"""The data model: spans, frozen records, helpers."""

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Annotation, Article, Paragraph, Span


@given(st.integers(0, 1000), st.integers(0, 1000))
def test_span_orders_its_ends(a, b):
    if b < a:
        with pytest.raises(ValueError):
            Span(a, b)
    else:
        assert len(Span(a, b)) == b - a


def test_negative_span_is_refused():
    with pytest.raises(ValueError):
        Span(-1, 3)


@given(st.text(max_size=50), st.data())
def test_span_slice_and_shift(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = Span(start, end)
    assert span.slice(text) == text[start:end]
    assert span.shift(3).slice("abc" + text) == text[start:end]


def test_article_is_frozen_and_text_is_derived():
    article = Article(body=[Paragraph(text="One.", span=Span(0, 4)),
                            Paragraph(text="Two.", span=Span(6, 10))])
    assert article.text == "One.\n\nTwo."
    assert article.paragraph_spans() == (Span(0, 4), Span(6, 10))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "x"


def test_annotations_sorted_and_selected_by_kind():
    a = Annotation(kind="entity", label="PERSON", span=Span(5, 8))
    b = Annotation(kind="quote", label="direct", span=Span(0, 3))
    c = Annotation(kind="entity", label="ORG", field="title", span=Span(0, 2))
    article = Article(annotations=[c, a, b])
    assert article.annotations == (b, a, c)
    assert article.annotations_of("entity") == (a, c)
    assert article.annotations_of("entity", label="ORG") == (c,)


def test_annotation_mappings_are_hashable_and_compare_as_dicts():
    a = Annotation(kind="x", attributes={"ids": [1, 2], "nested": {"k": "v"}}, links={"s": Span(0, 1)})
    assert hash(a) == hash(Annotation(kind="x", attributes={"ids": [1, 2], "nested": {"k": "v"}},
                                      links={"s": Span(0, 1)}))
    assert a.attributes == {"ids": [1, 2], "nested": {"k": "v"}}
    with pytest.raises(TypeError):
        a.attributes["new"] = 1


def test_field_text():
    from newsparse import Caption

    article = Article(title="T", dek="D", captions=[Caption(text="C", credit="AP", span=Span(0, 1)),
                                                    Caption(text="C2", span=Span(2, 3))])
    fields = ("title", "dek", "captions[0]", "captions[0].credit", "captions[1].credit",
              "captions[2]", "captions[x]", "captions[0].other", "nope")
    assert [article.field_text(f) for f in fields] == ["T", "D", "C", "AP", None, None, None, None, None]

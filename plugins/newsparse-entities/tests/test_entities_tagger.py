"""The averaged perceptron: training, saving, loading, decoding."""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_entities.tagger import CLASSES, Tagger, Trainer, bio_spans, shape


@functools.lru_cache(maxsize=1)
def shipped() -> Tagger:
    return Tagger.load()


TOY = [
    (
        [
            ["Alice", "Smith", "visited", "Paris", "."],
            ["Acme", "Corp", "hired", "Bob", "Jones", "."],
        ],
        [["B-PER", "I-PER", "O", "B-LOC", "O"], ["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"]],
    ),
    (
        [["Carol", "White", "left", "Berlin", "for", "Rome", "."]],
        [["B-PER", "I-PER", "O", "B-LOC", "O", "B-LOC", "O"]],
    ),
]


def test_shape():
    assert shape("al-Assad") == "x-Xx"
    assert shape("U.S.") == "X.X."
    assert shape("1996") == "d"


def test_bio_spans():
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 6, "ORG"),
    ]


def test_learns_and_round_trips(tmp_path):
    trainer = Trainer(seed=1)
    trainer.train(TOY, epochs=10)
    path = tmp_path / "toy.json.gz"
    kept = trainer.save(path, prune=0.0)
    assert kept > 0
    loaded = Tagger.load(path)
    for sentences, gold in TOY:
        assert loaded.tag(sentences) == gold
        assert trainer.tagger().tag(sentences) == gold


def test_shipped_model_loads_and_tags():
    tagger = shipped()
    tags = tagger.tag([["Peter", "Blackburn", "flew", "to", "Brussels", "."]])[0]
    assert tags[:2] == ["B-PER", "I-PER"] and tags[4] == "B-LOC"


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.text(min_size=1, max_size=12), max_size=12), max_size=4))
def test_tags_are_valid_bio(sentences):
    tagged = shipped().tag(sentences)
    assert [len(t) for t in tagged] == [len(s) for s in sentences]
    for tags in tagged:
        for i, tag in enumerate(tags):
            assert tag in CLASSES
            if tag.startswith("I-"):
                assert i > 0 and tags[i - 1][2:] == tag[2:]

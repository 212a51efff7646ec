"""Decoding HTML bytes: the caller's encoding, BOM, <meta charset>, UTF-8, detection."""

import codecs

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse.loaders import load
from newsparse.loaders.decode import declared_encoding, decode


def load_html(source):
    return load(source, format="html")


def decode_html(data: bytes) -> str:
    return decode(data).text

PARSER = newsparse.Parser(load_entrypoints=False)
PARAGRAPH = (
    "Le café de la gare a rouvert ses portes après trois mois de travaux, et les habitués "
    "sont revenus dès sept heures du matin pour leur « petit noir » au comptoir."
)


def page(head: str, body: str = PARAGRAPH) -> str:
    return f"<html><head>{head}<title>News</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>"


def body_text(data: bytes, **kwargs) -> str:
    return PARSER.parse(data, format="html", **kwargs).text


@pytest.mark.parametrize("label", ["iso-8859-1", "latin1", "ISO-8859-1", "windows-1252", "us-ascii"])
def test_latin1_labels_mean_windows_1252(label):
    # Curly quotes and the euro sign exist in cp1252, not in latin-1: browsers decode
    # latin-1-labelled pages as cp1252, and so must we.
    text = PARAGRAPH + " Il coûte 2 € : “un prix juste”."
    data = page(f'<meta charset="{label}">', text).encode("cp1252")
    assert text in body_text(data)


def test_http_equiv_content_type():
    data = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
                "Новости дня: в городе открылся новый мост через реку, и движение стало быстрее.")
    assert "Новости дня" in body_text(data.encode("cp1251"))


def test_utf8_bom_wins_over_meta():
    data = codecs.BOM_UTF8 + page('<meta charset="iso-8859-1">').encode("utf-8")
    assert PARAGRAPH in body_text(data)


def test_utf16_bom():
    data = page("").encode("utf-16")
    document = load_html(data)
    assert PARAGRAPH in document.source


def test_undeclared_utf8():
    assert PARAGRAPH in body_text(page("").encode("utf-8"))


def test_wrong_legacy_label_on_utf8_bytes_is_not_mojibake():
    data = page('<meta charset="iso-8859-1">').encode("utf-8")
    text = body_text(data)
    assert PARAGRAPH in text
    assert "Ã©" not in text


@pytest.mark.parametrize("label, codec, native", [
    ("Shift_JIS", "cp932", "東京都は十九日、新しい防災計画を発表した。"),
    ("EUC-JP", "euc_jp", "東京都は十九日、新しい防災計画を発表した。"),
    ("GBK", "gbk", "北京市政府今天发布了新的防灾计划。"),
    ("Big5", "big5", "台北市政府今天宣布新的防災計畫。"),
    ("EUC-KR", "cp949", "서울시는 오늘 새로운 방재 계획을 발표했다."),
    ("koi8-r", "koi8_r", "Москва сегодня объявила новый план."),
])
def test_a_page_resaved_as_utf8_that_still_declares_its_old_code_page_reads_as_utf8(label, codec, native):
    # Crawlers and fixture sets re-save pages as UTF-8 and keep the old <meta charset>.
    body = "東京都は十九日、新しい防災計画を発表した。 Le café « petit noir »."
    data = page(f'<meta charset="{label}">', body).encode("utf-8")
    assert body in body_text(data)
    # A page really written in that code page is still read with it.
    assert native in body_text(page(f'<meta charset="{label}">', native).encode(codec))


@pytest.mark.parametrize("declared", [True, False])
def test_shift_jis(declared):
    body = "東京都は十九日、新しい防災計画を発表した。計画では、大規模な地震に備えて避難所を増やし、食料の備蓄も拡充する。"
    head = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">' if declared else ""
    data = page(head, body).encode("shift_jis")
    assert body in body_text(data)


def test_caller_encoding_wins():
    data = page('<meta charset="utf-8">').encode("cp1252")
    assert PARAGRAPH in body_text(data, encoding="latin-1")


@pytest.mark.parametrize("codec", ["base64", "zlib", "rot13"])
def test_a_codec_of_bytes_to_bytes_is_no_charset(codec):
    # Python knows these codecs, but bytes.decode refuses them: declared, they are ignored;
    # asked for, they are our error.
    page = f'<html><head><meta charset="{codec}"></head><body><p>{PARAGRAPH}</p></body></html>'
    assert declared_encoding(page.encode()) is None
    assert PARAGRAPH in body_text(page.encode())
    with pytest.raises(newsparse.DecodingError, match="unknown encoding"):
        decode(b"plain words", codec)


def test_unknown_caller_encoding_is_our_error():
    with pytest.raises(newsparse.NewsparseError):
        PARSER.parse(page("").encode("utf-8"), format="html", encoding="no-such-charset")


def test_xml_declaration_is_harmless():
    data = ('<?xml version="1.0" encoding="iso-8859-1"?>' + page("")).encode("cp1252")
    assert PARAGRAPH in body_text(data)


def test_text_input_with_xml_declaration():
    text = '<?xml version="1.0" encoding="utf-8"?>' + page("")
    assert PARAGRAPH in PARSER.parse(text, format="html").text


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        ('<meta charset="utf-8">', "utf-8"),
        ("<meta charset=ISO-8859-1>", "cp1252"),
        ("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=euc-kr'>", "cp949"),
        ('<meta charset="utf-16">', "utf-8"),
        ('<meta charset="no-such">', None),
        ("", None),
    ],
)
def test_declared_encoding(head, codec):
    assert declared_encoding(page(head).encode("ascii", "ignore")) == codec


def test_decode_html_replaces_stray_bytes_in_declared_utf8():
    data = page('<meta charset="utf-8">').encode("utf-8") + b"\xff"
    assert PARAGRAPH in decode_html(data)


# -- valid UTF-8 read undecoded -----------------------------------------------------------------

_DECLARATIONS = ("", '<meta charset="utf-8">', '<meta charset="windows-1252">', '<meta charset="iso-8859-1">',
                 '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', '<meta charset="shift_jis">')
_PIECES = st.one_of(
    st.text(max_size=12).map(lambda t: t.encode("utf-8")),
    st.sampled_from([b"\xe9", b"\xff\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x80",
                     b"\x00", b"\xef\xbb\xbf", b"caf\xc3\xa9", b"<p>", b"</p>", b"<br>", b"<div class='x'>"]),
)


@given(st.sampled_from(_DECLARATIONS), st.sampled_from([b"", codecs.BOM_UTF8]), st.lists(_PIECES, max_size=12))
@example("", b"", [b"\x1f\x1f", b"\x1f\x08", b"\x1f\x08"])
def test_bytes_read_as_the_text_they_decode_to(declaration, bom, pieces):
    # Valid UTF-8 is handed to the parser undecoded, and bytes that are not UTF-8 send the
    # page through decoding: either way the page reads as the text decode_html gives.
    # Input mostly of control characters is refused as binary; then both are refused alike.
    data = bom + f"<html><head>{declaration}</head><body><p>".encode() + b"".join(pieces) + b"</p></body></html>"
    assert _read(lambda: load_html(data)) == _read(lambda: load_html(decode_html(data)))


def _read(load_page):
    try:
        document = load_page()
    except newsparse.UnsupportedInput as error:
        return str(error)
    return [(b.text, b.tag, b.depth) for b in document.blocks], document.metadata


def test_a_stray_byte_in_a_utf8_page_reads_as_a_replacement_character():
    data = page('<meta charset="utf-8">', "Caf\xe9 society and more words to make a paragraph.").encode("utf-8")
    data = data.replace("é".encode(), b"\xe9")
    assert "Caf\ufffd society" in load_html(data).source

"""Reading batch inputs: folders, gzip, JSON Lines fields, WARC records and charsets."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.batch.inputs import (
    ARTICLE_KEYS,
    InputOptions,
    carry,
    iter_items,
    kind_of,
)
from newsparse.batch.warc import fastwarc_available, iter_responses, split_content_type

ARTICLE = "A Headline For The Story\n\n" + "A sentence of the body that goes on for a while. " * 4


def write_warc(path, records, gzip_records=True):
    """Write (url, status, content_type, body bytes) responses, plus a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        for url, status, content_type, body in records:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)


def test_folders_are_walked_recursively_in_sorted_order_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b" / "c.txt").write_text(ARTICLE)
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    with gzip.open(tmp_path / "b" / "a.txt.gz", "wt") as handle:
        handle.write(ARTICLE)
    items = list(iter_items([str(tmp_path)]))
    assert [i.id for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "a.txt.gz"),
                                     str(tmp_path / "b" / "c.txt")]
    assert [i.seq for i in items] == [0, 1, 2]
    assert all(i.data is None and i.path == i.id for i in items)  # read by the worker


def test_kind_of_names():
    assert kind_of("x/pages.jsonl.gz") == "jsonl"
    assert kind_of("x/pages.NDJSON") == "jsonl"
    assert kind_of("crawl.warc.gz") == "warc"
    assert kind_of("CC-MAIN-0001.warc.wet.gz") == "warc" and kind_of("crawl.wet") == "warc"
    assert kind_of("page.html.gz") == "doc"


def test_jsonl_fields_ids_and_carried_fields(tmp_path):
    path = tmp_path / "pages.jsonl"
    lines = [
        {"id": "a", "url": "https://example.com/a", "text": ARTICLE, "lang": "en", "title": "given"},
        {"url": "https://example.com/b", "html": "<p>hi</p>", "text": "ignored"},
        {"id": 7, "content": "no text field"},
        "not an object",
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n{broken\n")
    items = list(iter_items([str(path)]))
    assert [i.id for i in items] == ["a", f"{path}:2", "7", f"{path}:4", f"{path}:6"]
    first, second, third, fourth, fifth = items
    assert first.format == "text" and first.url == "https://example.com/a"
    # Carried fields keep their names, except those that clash with an Article field.
    assert first.carried == {"lang": "en", "input_title": "given"}
    assert second.format == "html" and second.data == "<p>hi</p>"
    assert third.error[0] == "MissingField" and third.carried == {"content": "no text field"}
    assert fourth.error[0] == "InvalidRecord"
    assert fifth.error[0] == "JSONDecodeError"


def test_a_jsonl_line_nested_too_deeply_costs_only_itself(tmp_path):
    # json.loads raises RecursionError, not ValueError, on arrays nested thousands deep:
    # the line is an error record and the lines after it are still read.
    path = tmp_path / "pages.jsonl"
    deep = '{"id": "deep", "meta": ' + "[" * 100_000 + "]" * 100_000 + ', "text": "x"}'
    path.write_text("\n".join([json.dumps({"id": "a", "text": ARTICLE}), deep,
                               json.dumps({"id": "c", "text": ARTICLE})]) + "\n")
    items = list(iter_items([str(path)]))
    assert [i.id for i in items] == ["a", f"{path}:2", "c"]
    assert items[1].error == ("JSONDecodeError", "line 2: nested too deeply to read")
    assert items[2].data == ARTICLE and items[2].error is None


def test_odd_jsonl_records_give_strict_json_output(tmp_path):
    # A byte order mark, CRLF line ends, and numbers JSON does not have (Python's reader
    # takes NaN and Infinity): the output is JSON any reader takes, such numbers as null.
    from newsparse.batch import BatchOptions, ParserSpec, run_batch

    path = tmp_path / "odd.jsonl"
    records = [{"id": "a", "text": ARTICLE, "score": float("nan"), "extra": {"ratio": [float("inf"), 1.5]}},
               {"id": None, "text": ARTICLE, "nested": {"list": [None, True, "x"]}},
               {"id": {"not": "a string"}, "text": ARTICLE}]
    path.write_bytes(b"\xef\xbb\xbf" + "".join(json.dumps(r) + "\r\n" for r in records).encode())
    output = tmp_path / "out.jsonl"
    summary = run_batch([str(path)], spec=ParserSpec(load_entrypoints=False),
                        options=BatchOptions(output=str(output), jobs=0))
    assert (summary.ok, summary.errors) == (3, 0)

    def refuse(constant):
        raise AssertionError(f"{constant} is not JSON")

    written = [json.loads(line, parse_constant=refuse) for line in output.read_text(encoding="utf-8").splitlines()]
    assert written[0]["score"] is None and written[0]["extra"] == {"ratio": [None, 1.5]}
    assert [r["id"] for r in written] == ["a", f"{path}:2", "{'not': 'a string'}"]
    assert written[1]["nested"] == {"list": [None, True, "x"]}


def test_custom_field_names(tmp_path):
    path = tmp_path / "pages.jsonl.gz"
    with gzip.open(path, "wt") as handle:
        handle.write(json.dumps({"doc_id": "x1", "content": ARTICLE, "link": "https://s.org/1"}) + "\n")
    options = InputOptions(text_field="content", url_field="link", id_field="doc_id")
    (item,) = iter_items([str(path)], options)
    assert item.id == "x1" and item.url == "https://s.org/1" and item.data == ARTICLE
    # With a custom id field the original field is carried too.
    assert item.carried == {"doc_id": "x1"}


@given(st.dictionaries(st.text(min_size=1, max_size=8), st.integers(), max_size=8))
def test_carry_never_overwrites_article_fields(record):
    carried = carry(record, skip=())
    assert not (set(carried) & ARTICLE_KEYS)
    assert len(carried) == len(record)
    assert sorted(carried.values()) == sorted(record.values())


@pytest.mark.parametrize("reader", ["warcio", pytest.param("fastwarc", marks=pytest.mark.skipif(
    not fastwarc_available(), reason="fastwarc is not installed"))])
@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_responses_with_charset_from_http_header(tmp_path, reader, gzipped):
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    body = "<html><body><p>Caf\xe9 cr\xe8me</p></body></html>".encode("latin-1")
    write_warc(path, [
        ("https://example.com/1", "200 OK", "text/html; charset=ISO-8859-1", body),
        ("https://example.com/2", "301 Moved Permanently", "text/html", b""),
        ("https://example.com/3", "200 OK", "image/png", b"\x89PNG"),
        ("https://example.com/4", "200 OK", "text/plain", ARTICLE.encode()),
    ], gzip_records=gzipped)
    responses = list(iter_responses(str(path), reader))
    assert [r.url for r in responses] == ["https://example.com/1", "https://example.com/4"]
    assert responses[0].charset == "ISO-8859-1" and responses[0].payload == body
    assert responses[0].format == "html" and responses[1].format == "text"
    items = list(iter_items([str(path)], InputOptions(warc_reader=reader)))
    assert items[0].encoding == "ISO-8859-1" and items[0].id.startswith("<urn:uuid:")
    assert items[1].data == ARTICLE.encode()


READERS = ["warcio", pytest.param("fastwarc", marks=pytest.mark.skipif(
    not fastwarc_available(), reason="fastwarc is not installed"))]
WET = Path(__file__).parent / "fixtures" / "wet" / "crawl.warc.wet"


@pytest.mark.parametrize("reader", READERS)
def test_wet_conversion_records_are_crawler_text(reader):
    responses = list(iter_responses(str(WET), reader))
    assert [r.url for r in responses] == ["https://news.example/2024/storm",
                                          "https://nouvelles.example/2024/fete"]
    assert all(r.format == "text" and r.status is None for r in responses)
    assert responses[0].payload.startswith(b"Storm hits the coast overnight\n")
    assert "La f\xeate du village".encode() in responses[1].payload
    items = list(iter_items([str(WET)], InputOptions(warc_reader=reader)))
    record_ids = [line.split(b" ", 1)[1].strip() for line in WET.read_bytes().splitlines()
                  if line.startswith(b"WARC-Record-ID:")]
    # The first record is the file's warcinfo, which holds no page.
    assert [i.id.encode() for i in items] == record_ids[1:]
    assert [i.format for i in items] == ["text", "text"]


@pytest.mark.parametrize("reader", READERS)
def test_a_warc_gzipped_as_one_member_gives_the_records_of_the_plain_file(tmp_path, reader):
    # gzip run over a whole WARC once written makes one member, which warcio alone refuses
    # after the first record; every reader gives the records of the plain file (their
    # offsets aside: they are positions in the file each reads).
    whole = tmp_path / "crawl.warc.wet.gz"
    whole.write_bytes(gzip.compress(WET.read_bytes()))

    def records(path):
        return [attrs.evolve(r, offset=0) for r in iter_responses(str(path), reader)]

    assert records(whole) == records(WET)


def test_a_warc_gzipped_as_one_member_and_cut_short_says_so(tmp_path):
    cut = tmp_path / "cut.warc.wet.gz"
    cut.write_bytes(gzip.compress(WET.read_bytes())[:-50])
    with pytest.raises(ValueError, match="cut short"):
        list(iter_responses(str(cut), "warcio"))


def test_readers_agree(tmp_path):
    if not fastwarc_available():
        pytest.skip("fastwarc is not installed")
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [(f"https://example.com/{i}", "200 OK", "text/html", f"<p>{i}</p>".encode())
                      for i in range(5)])
    assert list(iter_responses(str(path), "warcio")) == list(iter_responses(str(path), "fastwarc"))
    assert list(iter_responses(str(WET), "warcio")) == list(iter_responses(str(WET), "fastwarc"))


@given(st.sampled_from(["text/html", "TEXT/HTML", "application/xhtml+xml"]),
       st.sampled_from(["utf-8", "ISO-8859-1", "windows-1251"]),
       st.sampled_from(['charset={}', 'charset="{}"', ' Charset = {} ']))
def test_split_content_type(media, charset, template):
    assert split_content_type(f"{media}; {template.format(charset)}") == (media.lower(), charset)
    assert split_content_type(media) == (media.lower(), None)


@pytest.mark.parametrize("reader", READERS)
def test_a_record_whose_body_cannot_be_decoded_costs_only_itself(tmp_path, reader):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, headers, body in [
            ("https://example.com/bad", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
             b"not a chunk header\r\n"),
            ("https://example.com/good", [("Content-Type", "text/plain")], ARTICLE.encode()),
        ]:
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
    items = list(iter_items([str(path)], InputOptions(warc_reader=reader)))
    assert [item.url for item in items] == ["https://example.com/bad", "https://example.com/good"]
    assert items[1].data == ARTICLE.encode() and items[1].error is None


def _plain_record(url: str, text: str, length: int | None = None) -> bytes:
    # One uncompressed WET conversion record, written by hand so that it can be damaged.
    block = text.encode()
    declared = b"" if length is None else b"Content-Length: %d\r\n" % length
    return (b"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: " + url.encode()
            + b"\r\nWARC-Record-ID: <urn:uuid:" + url.encode()[-1:] + b">\r\nContent-Type: text/plain\r\n"
            + declared + b"\r\n" + block + b"\r\n\r\n")


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("damage", ["cut in the block", "cut in the headers", "no Content-Length"])
def test_a_damaged_record_is_reported_after_the_records_before_it(tmp_path, reader, damage):
    whole = _plain_record("https://example.com/1", ARTICLE, len(ARTICLE.encode()))
    second = _plain_record("https://example.com/2", ARTICLE, len(ARTICLE.encode()))
    damaged = {"cut in the block": second[:len(second) - 60],
               "cut in the headers": second[:60],
               "no Content-Length": _plain_record("https://example.com/2", ARTICLE)}[damage]
    path = tmp_path / "crawl.warc.wet"
    path.write_bytes(whole + damaged)
    read = []
    with pytest.raises(ValueError, match=r"cut short|Content-Length"):
        read.extend(response.url for response in iter_responses(str(path), reader))
    assert read == ["https://example.com/1"]


@pytest.mark.parametrize("reader", READERS)
def test_a_gzipped_record_cut_short_is_not_handed_over_as_whole(tmp_path, reader):
    path = tmp_path / "crawl.warc.wet.gz"
    record = _plain_record("https://example.com/1", ARTICLE * 4, len(ARTICLE.encode()) * 4)
    path.write_bytes(gzip.compress(record)[:-120])
    with pytest.raises(ValueError, match="cut short"):
        list(iter_responses(str(path), reader))


def _crawl_bytes(tmp_path, gzip_records: bool) -> tuple[bytes, list[bytes]]:
    bodies = [f"<html><body><p>{ARTICLE} Page {i}.</p></body></html>".encode() for i in range(3)]
    path = tmp_path / "whole.warc"
    write_warc(path, [(f"https://example.com/{i}", "200 OK", "text/html", body)
                      for i, body in enumerate(bodies)], gzip_records=gzip_records)
    return path.read_bytes(), bodies


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("gzip_records", [True, False])
@given(cut=st.floats(min_value=0.0, max_value=1.0, exclude_max=True))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_warc_cut_anywhere_gives_whole_records_and_says_when_it_lost_one(tmp_path, reader, gzip_records, cut):
    data, bodies = _crawl_bytes(tmp_path, gzip_records)
    path = tmp_path / "cut.warc"
    kept = max(1, int(cut * len(data)))  # an empty file holds no record
    path.write_bytes(data[:kept])
    # A cut exactly where a record starts leaves a valid, shorter file: no reader can tell;
    # nor can it when the cut falls in the blank lines that close the record before (the
    # records' dates vary in length from run to run, so such cuts come and go).
    between_records = data[kept:].lstrip(b"\r\n").startswith((b"WARC/", b"\x1f\x8b"))
    from warcio.exceptions import ArchiveLoadFailed

    read, error = [], None
    try:
        read.extend(response.payload for response in iter_responses(str(path), reader))
    except (ValueError, OSError, ArchiveLoadFailed) as failure:  # what a batch reports
        error = failure
    # No record is handed over cut short, and none goes missing without an error, but at a
    # cut that falls exactly between two records (see iter_responses).
    assert read == bodies[:len(read)]
    if len(read) < len(bodies) and error is None and reader == "warcio" and not between_records:
        pytest.fail(f"{len(bodies) - len(read)} records lost without an error")

"""``newsparse parse`` on many inputs: JSON Lines out, carried fields, errors, exit codes."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from newsparse.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, batch_exit_code, cli

BODY = "This is a sentence of the body, and it goes on for quite a while longer. " * 3


def article(title: str) -> str:
    return f"{title}\n\nBy Jane Doe\n\n{BODY}\n\nA second paragraph follows with more words in it.\n"


def html_page(title: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1><p>{BODY}</p><p>Caf\xe9 cr\xe8me is served.</p></article>"
            "</body></html>")


def write_warc(path, records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.fixture
def invoke(monkeypatch):
    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")  # the core alone: fast and predictable

    def call(*args):
        return CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)

    return call


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_folder_to_jsonl_on_stdout_with_summary(tmp_path, invoke):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article("First story of the day"))
    with gzip.open(tmp_path / "in" / "b.html.gz", "wt", encoding="utf-8") as handle:
        handle.write(html_page("Second story of the day"))
    result = invoke("parse", tmp_path / "in", "--jobs", "2", "--no-source")
    assert result.exit_code == EXIT_OK, result.stderr
    records = lines(result.stdout)
    assert [r["id"] for r in records] == [str(tmp_path / "in" / "a.txt"), str(tmp_path / "in" / "b.html.gz")]
    assert records[0]["title"] == "First story of the day" and records[0]["format"] == "text"
    assert records[1]["format"] == "html" and "Caf\xe9 cr\xe8me" in records[1]["text"]
    assert "source" not in records[0]
    assert "newsparse: 2 documents, 2 ok, 0 errors" in result.stderr and "docs/s" in result.stderr


def test_jsonl_input_carries_fields_and_reports_errors(tmp_path, invoke):
    source = tmp_path / "pages.jsonl"
    rows = [
        {"id": "p1", "url": "https://example.com/1", "text": article("A story from the wire"), "crawl": 5},
        {"id": "p2", "url": "https://example.com/2", "html": html_page("A page from the web")},
        {"id": "p3", "text": 42},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.jsonl"
    result = invoke("parse", source, "-o", out, "--jobs", "1")
    assert result.exit_code == EXIT_PARTIAL
    records = lines(out.read_text())
    assert [(r["id"], r.get("crawl"), r["url"]) for r in records] == [
        ("p1", 5, "https://example.com/1"), ("p2", None, "https://example.com/2")]
    assert list(records[0])[:2] == ["id", "crawl"]  # carried fields lead, the Article follows
    (error,) = lines((tmp_path / "out.errors.jsonl").read_text())
    assert error["id"] == "p3" and error["error"] == "MissingField"
    assert "3 documents, 2 ok, 1 error," in result.stderr


def test_warc_end_to_end_uses_the_http_charset(tmp_path, invoke):
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [
        ("https://news.example/1", "text/html; charset=iso-8859-1",
         html_page("Latin one page title here").encode("latin-1")),
        ("https://news.example/2", "text/html; charset=utf-8",
         html_page("Unicode page title here").encode("utf-8")),
    ])
    result = invoke("parse", crawl, "--jobs", "2", "--no-source")
    assert result.exit_code == EXIT_OK, result.stderr
    records = lines(result.stdout)
    assert [r["url"] for r in records] == ["https://news.example/1", "https://news.example/2"]
    assert all("Caf\xe9 cr\xe8me" in r["text"] for r in records)
    assert all(r["id"].startswith("<urn:uuid:") and r["warc_date"] for r in records)


def test_nearly_nothing_parsed_exits_failed(tmp_path, invoke):
    (tmp_path / "in").mkdir()
    for index in range(3):
        (tmp_path / "in" / f"{index}.bin").write_bytes(b"\x00\x01\x02" * 50)
    result = invoke("parse", tmp_path / "in", "--jobs", "0")
    assert result.exit_code == EXIT_FAILED
    assert result.stdout == ""
    assert result.stderr.count("UnsupportedInput") == 3


def test_missing_input_is_an_error_record(tmp_path, invoke):
    (tmp_path / "a.txt").write_text(article("A story that does exist"))
    result = invoke("parse", tmp_path / "a.txt", tmp_path / "missing.txt", "--jobs", "0")
    assert result.exit_code == EXIT_PARTIAL
    assert "missing.txt: InputNotFound: cannot read" in result.stderr


def test_parquet_shards(tmp_path, invoke):
    pq = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "in").mkdir()
    for index in range(5):
        (tmp_path / "in" / f"{index}.txt").write_text(article(f"Story number {index} in the series"))
    result = invoke("parse", tmp_path / "in", "--format", "parquet", "-o", f"{tmp_path}/out/",
                    "--shard-size", "2", "--jobs", "0")
    assert result.exit_code == EXIT_OK, result.stderr
    tables = [pq.read_table(tmp_path / "out" / f"part-0000{i}.parquet") for i in range(3)]
    assert [t.num_rows for t in tables] == [2, 2, 1]
    titles = [title for t in tables for title in t.column("title").to_pylist()]
    assert titles == [f"Story number {i} in the series" for i in range(5)]
    assert json.loads(tables[0].column("record")[0].as_py())["id"].endswith("0.txt")


def test_format_json_and_jsonl_write_the_same_records(tmp_path, invoke):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(article(f"The story called {name} to print"))
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    single = invoke("parse", paths[0], "--format", "json", "--indent", "2")
    assert single.exit_code == EXIT_OK and single.stdout.startswith('{\n  "id"')
    assert json.loads(single.stdout)["title"] == "The story called a to print"
    as_json = invoke("parse", *paths, "--format", "json")
    as_jsonl = invoke("parse", *paths, "--format", "jsonl", "--jobs", "0")
    assert lines(as_json.stdout) == lines(as_jsonl.stdout)
    assert [r["id"] for r in lines(as_json.stdout)] == [str(p) for p in paths]


def test_explain_and_plugins_still_work(tmp_path, invoke):
    (tmp_path / "a.txt").write_text(article("The one story to explain"))
    explained = invoke("explain", tmp_path / "a.txt")
    assert explained.exit_code == 0 and "title" in explained.stdout.splitlines()[0]
    listed = invoke("plugins", "--json")
    assert listed.exit_code == 0 and isinstance(json.loads(listed.stdout), list)


def test_timeout_through_the_command_line(tmp_path, invoke, monkeypatch):
    folder = tmp_path / "plugin_path"
    folder.mkdir()
    (folder / "cli_test_sleeper.py").write_text(
        "import time\nfrom newsparse import hookimpl\n"
        "class Sleeper:\n    name = 'sleeper'\n"
        "    def extract(self, article):\n"
        "        if 'SLEEP-NOW' in article.source:\n            time.sleep(600)\n        return ()\n"
        "@hookimpl\ndef newsparse_register_extractors(register):\n    register(Sleeper())\n"
    )
    monkeypatch.syspath_prepend(str(folder))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article("A story that parses fine"))
    (tmp_path / "in" / "b.txt").write_text(article("A story that gets stuck") + "\nSLEEP-NOW\n")
    # Three seconds: a worker's first document also loads what parsing uses on first need,
    # which a busy two-core machine can stretch past one second.
    result = invoke("parse", tmp_path / "in", "--extra-plugin", "cli_test_sleeper", "--timeout", "3",
                    "--jobs", "1", "--errors", tmp_path / "errors.jsonl")
    assert result.exit_code == EXIT_PARTIAL
    assert [r["id"] for r in lines(result.stdout)] == [str(tmp_path / "in" / "a.txt")]
    (error,) = lines((tmp_path / "errors.jsonl").read_text())
    assert error["error"] == "timeout" and error["id"].endswith("b.txt")


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_exit_codes(documents, ok):
    ok = min(ok, documents)
    code = batch_exit_code(documents, ok)
    if documents and ok == documents:
        assert code == EXIT_OK
    elif ok == 0 or ok < 0.05 * documents:
        assert code == EXIT_FAILED
    else:
        assert code == EXIT_PARTIAL


def test_standard_input_as_one_document_or_as_json_lines(invoke):
    result = CliRunner().invoke(cli, ["parse", "-", "--jobs", "1"],
                                input=article("A story read from a pipe"))
    assert result.exit_code == EXIT_OK, result.stderr
    (record,) = lines(result.stdout)
    assert record["id"] == "-" and record["title"] == "A story read from a pipe"
    rows = "".join(json.dumps({"id": f"s{i}", "text": article(f"Piped story number {i} today")}) + "\n"
                   for i in range(3))
    result = CliRunner().invoke(cli, ["parse", "-", "--input-kind", "jsonl", "--jobs", "0"], input=rows)
    assert [r["id"] for r in lines(result.stdout)] == ["s0", "s1", "s2"]


def test_a_truncated_warc_keeps_what_was_read(tmp_path, invoke):
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [(f"https://news.example/{i}", "text/html",
                        html_page(f"Page number {i} of the crawl").encode()) for i in range(3)])
    data = crawl.read_bytes()
    crawl.write_bytes(data[: len(data) - 200])
    result = invoke("parse", crawl, "--jobs", "0", "--no-source", "--warc-reader", "warcio")
    records = lines(result.stdout)
    assert [r["url"] for r in records] == ["https://news.example/0", "https://news.example/1"]
    assert result.exit_code == EXIT_PARTIAL
    assert "crawl.warc.gz" in result.stderr


def test_progress_bar_only_on_a_terminal(monkeypatch):
    import sys

    from newsparse import cli as cli_module

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert cli_module._progress_bar() is None
    monkeypatch.setattr(sys, "stderr", Terminal())
    bar = cli_module._progress_bar()
    assert bar is not None
    bar.update()
    bar.close()
    assert "1doc" in sys.stderr.getvalue().replace(" ", "")
    # Without tqdm (the progress extra) there is simply no bar.
    monkeypatch.setitem(sys.modules, "tqdm", None)
    assert cli_module._progress_bar() is None


def test_a_wet_file_is_read_as_crawler_text(tmp_path, invoke):
    wet = Path(__file__).parent / "fixtures" / "wet" / "crawl.warc.wet"
    crawl = tmp_path / "CC-MAIN-test.warc.wet.gz"
    crawl.write_bytes(gzip.compress(wet.read_bytes()))
    result = invoke("parse", crawl, "--jobs", "0", "--no-source")
    assert result.exit_code == EXIT_OK, result.stderr
    records = lines(result.stdout)
    assert [(r["url"], r["format"]) for r in records] == [
        ("https://news.example/2024/storm", "text"), ("https://nouvelles.example/2024/fete", "text")]
    assert records[0]["title"] == "Storm hits the coast overnight"
    assert all(r["id"].startswith("<urn:uuid:") for r in records)


@pytest.mark.parametrize("output_format", ["jsonl", "json", "text"])
def test_a_folder_of_nothing_says_so(tmp_path, invoke, output_format):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / ".hidden").write_text(article("A hidden story is skipped"))
    result = invoke("parse", tmp_path / "in", "--format", output_format, "--jobs", "0")
    assert result.exit_code == EXIT_FAILED
    assert result.stdout == ""
    assert f"{tmp_path / 'in'}: no files in this folder" in result.stderr


def test_an_empty_folder_beside_a_document_is_reported_and_the_document_parsed(tmp_path, invoke):
    (tmp_path / "in").mkdir()
    (tmp_path / "a.txt").write_text(article("A story beside an empty folder"))
    result = invoke("parse", tmp_path / "a.txt", tmp_path / "in", "--jobs", "0")
    assert result.exit_code == EXIT_OK
    assert lines(result.stdout)[0]["title"] == "A story beside an empty folder"
    assert "in: no files in this folder" in result.stderr


@pytest.mark.parametrize("output_format", ["jsonl", "json"])
def test_one_url_for_several_inputs_is_bad_usage(tmp_path, invoke, output_format):
    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.txt").write_text(article(f"Story {name} of the day"))
    for paths in ([tmp_path / "in"], [tmp_path / "in" / "a.txt", tmp_path / "in" / "b.txt"]):
        result = invoke("parse", *paths, "--url", "https://news.example/one", "--format", output_format)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert "--url" in result.stderr and "one input" in result.stderr


def test_one_url_for_one_input_is_its_url(tmp_path, invoke):
    (tmp_path / "a.txt").write_text(article("The only story of the day"))
    result = invoke("parse", tmp_path / "a.txt", "--url", "https://news.example/one", "--jobs", "0")
    assert result.exit_code == EXIT_OK
    assert lines(result.stdout)[0]["url"] == "https://news.example/one"


# -- Formats printed input by input read the same inputs as JSON Lines output ---------------------

def test_text_output_reads_each_record_of_json_lines(tmp_path, invoke):
    records = [{"id": "one", "text": article("First story of the day")},
               {"id": "two", "html": html_page("Second story of the day"), "url": "https://news.example/2"},
               {"id": "three", "body": "no text field"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    result = invoke("parse", tmp_path / "in.jsonl", "--format", "text")
    assert result.exit_code == EXIT_PARTIAL
    assert "==> one <==\n\nFirst story of the day" in result.stdout
    assert "==> two <==\n\nSecond story of the day" in result.stdout
    assert '"id"' not in result.stdout
    assert "three: MissingField" in result.stderr


def test_json_output_of_a_warc_is_the_jsonl_records_one_by_one(tmp_path, invoke):
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [("https://news.example/1", "text/html", html_page("First story of the day").encode()),
                       ("https://news.example/2", "text/html", html_page("Second story of the day").encode())])
    as_json = invoke("parse", crawl, "--format", "json", "--no-source")
    as_jsonl = invoke("parse", crawl, "--no-source", "--jobs", "0")
    assert as_json.exit_code == as_jsonl.exit_code == EXIT_OK
    assert lines(as_json.stdout) == lines(as_jsonl.stdout)
    assert [r["title"] for r in lines(as_json.stdout)] == ["First story of the day", "Second story of the day"]


def test_a_gzip_document_is_read_by_every_format_and_by_explain(tmp_path, invoke):
    path = tmp_path / "page.html.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(html_page("A compressed story of the day"))
    for output_format in ("text", "json", "markdown", "html"):
        result = invoke("parse", path, "--format", output_format)
        assert result.exit_code == EXIT_OK, result.stderr
        assert "A compressed story of the day" in result.stdout
    result = invoke("explain", path)
    assert result.exit_code == EXIT_OK and "A compressed story of the day" in result.stdout


def test_a_single_standard_input_prints_no_header(invoke):
    result = CliRunner().invoke(cli, ["parse", "-", "--format", "text"], input=article("A piped story of the day"))
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith("A piped story of the day")


# -- explain reads containers as parse does ---------------------------------------------------------

def test_explain_explains_each_record_of_json_lines(tmp_path, invoke):
    records = [{"id": "one", "text": article("First story of the day")},
               {"id": "two", "html": html_page("Second story of the day")},
               {"id": "three", "body": "no text field"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    result = invoke("explain", tmp_path / "in.jsonl")
    assert result.exit_code == EXIT_PARTIAL
    first, second = result.stdout.split("\n\n==> two <==\n")[:2]
    assert first.startswith("==> one <==\n")
    assert "| First story of the day" in first and "Second" not in first
    assert "| Second story of the day" in second
    assert '"id"' not in result.stdout and "{" not in result.stdout
    assert "three: MissingField" in result.stderr


def test_explain_explains_each_record_of_a_warc(tmp_path, invoke):
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [("https://news.example/1", "text/html", html_page("First story of the day").encode()),
                       ("https://news.example/2", "text/html", html_page("Second story of the day").encode())])
    result = invoke("explain", crawl)
    assert result.exit_code == EXIT_OK, result.stderr
    headers = [line for line in result.stdout.splitlines() if line.startswith("==> ")]
    assert len(headers) == 2 and all(h.startswith("==> <urn:uuid:") for h in headers)
    assert result.stdout.count("| First story of the day") >= 1
    assert result.stdout.count("| Second story of the day") >= 1
    assert "WARC/1" not in result.stdout and "HTTP/1.1" not in result.stdout


def test_explain_of_a_file_with_no_records_says_so(tmp_path, invoke):
    (tmp_path / "empty.jsonl").write_text("")
    result = invoke("explain", tmp_path / "empty.jsonl")
    assert result.exit_code == EXIT_FAILED
    assert result.stdout == ""
    assert "empty.jsonl: no records to explain" in result.stderr


@pytest.mark.parametrize("name", ["missing.jsonl", "missing.warc.gz"])
def test_a_missing_container_is_reported_as_input_not_found(tmp_path, invoke, name):
    result = invoke("parse", tmp_path / name, "--jobs", "0")
    assert result.exit_code == EXIT_FAILED
    assert f"{name}: InputNotFound: cannot read" in result.stderr
    assert "FileNotFoundError" not in result.stderr


def test_the_note_on_a_record_with_no_text_names_the_file_to_explain(tmp_path, invoke):
    record = {"id": "menu", "html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"}
    (tmp_path / "in.jsonl").write_text(json.dumps(record) + "\n")
    result = invoke("parse", tmp_path / "in.jsonl", "--format", "text")
    assert "menu: no article text found" in result.stderr
    assert f"newsparse explain {tmp_path / 'in.jsonl'} shows why" in result.stderr


def test_lone_surrogates_in_json_lines_are_written_not_fatal(tmp_path, invoke):
    # JSON escapes may name lone surrogates, which no encoding can write: the text is read
    # with U+FFFD in their place, carried fields are written back with the same escapes.
    source = tmp_path / "pages.jsonl"
    source.write_text('{"id": "p1\\udc80", "crawl": "x\\ud800", "text": "Before \\ud800 after. '
                      + BODY + '"}\n', encoding="ascii")
    out = tmp_path / "out.jsonl"
    result = invoke("parse", source, "-o", out, "--jobs", "0")
    assert result.exit_code == EXIT_OK, result.stderr
    (record,) = lines(out.read_text(encoding="utf-8"))
    assert (record["id"], record["crawl"]) == ("p1\udc80", "x\ud800")
    assert "Before \ufffd after." in record["text"]
    assert [w["code"] for w in record["warnings"]] == ["decoding"]


def test_a_warc_charset_that_is_unknown_or_wrong_is_set_aside_with_a_warning(tmp_path, invoke):
    # Servers send labels no codec knows and labels the bytes do not fit: the page is still
    # read (from its own bytes), and the record says the header was set aside.
    page = html_page("A page with a wrong header").replace("<head>", "<head><meta charset=windows-1252>")
    page = page.encode("cp1252")
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [("https://news.example/1", "text/html; charset=none", page),
                       ("https://news.example/2", "text/html; charset=utf-8", page),
                       ("https://news.example/3", "text/html; charset=windows-1252", page)])
    result = invoke("parse", crawl, "--jobs", "0", "--no-source")
    assert result.exit_code == EXIT_OK, result.stderr
    records = lines(result.stdout)
    assert all("Caf\xe9 cr\xe8me" in r["text"] for r in records)
    first, second, third = ([w["message"] for w in r.get("warnings", [])] for r in records)
    assert "'none' names no known encoding" in first[0]
    assert "'utf-8' does not fit the bytes" in second[0]
    assert third == []


@pytest.mark.parametrize("name, data", [
    ("empty.jsonl", b"\n\n"),
    ("redirects.warc", b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                       b"Content-Type: application/http; msgtype=response\r\nContent-Length: 38\r\n\r\n"
                       b"HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n\r\n\r\n"),
])
def test_an_input_without_documents_says_so(tmp_path, invoke, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke("parse", path, "--jobs", "0")
    assert result.exit_code == EXIT_FAILED
    assert "no documents in the input" in result.stderr


@pytest.mark.parametrize("where", ["{file}/out.jsonl", "{file}/shards/", "{file}/out.parquet"])
def test_an_output_that_cannot_be_written_is_one_line_not_a_traceback(tmp_path, invoke, where):
    # A folder in the output's path is a file: every format and sink says so in one line.
    (tmp_path / "a.txt").write_text(article("A story with nowhere to go"))
    taken = tmp_path / "taken"
    taken.write_text("a file, not a folder")
    output = where.format(file=taken)
    if output.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    result = invoke("parse", tmp_path / "a.txt", "--jobs", "0", "-o", output,
                    *(["--format", "parquet"] if output.endswith(".parquet") else []))
    assert result.exit_code == EXIT_FAILED
    assert result.stderr.startswith("Error: cannot write ") and str(taken) in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (a device that is always full)")
def test_a_full_disk_is_one_line_not_a_traceback(tmp_path, invoke):
    (tmp_path / "a.txt").write_text(article("A story for a full disk"))
    result = invoke("parse", tmp_path / "a.txt", "--jobs", "0", "-o", "/dev/full")
    assert result.exit_code == EXIT_FAILED
    assert result.stderr.strip() == "Error: cannot write /dev/full: No space left on device"


def test_an_error_file_that_cannot_be_written_is_one_line(tmp_path, invoke):
    taken = tmp_path / "taken"
    taken.write_text("a file, not a folder")
    result = invoke("parse", tmp_path / "missing.txt", "--jobs", "0", "--errors", taken / "errors.jsonl")
    assert result.exit_code == EXIT_FAILED
    assert result.stderr.startswith("Error: cannot write ") and "Traceback" not in result.stderr


@pytest.mark.parametrize("to_file", [True, False])
def test_ctrl_c_mid_run_leaves_whole_json_lines(tmp_path, to_file):
    # A real interrupt, sent to the whole process group as a terminal does: every line
    # written is a whole JSON object, and a file output resumes to the full set.
    import os
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": article(f"Story {i} of the day")}) + "\n"
                              for i in range(1000)))
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsparse.cli", "parse", str(source), "-j", "1", "--shard-size", "5"]
    environment = {**os.environ, "NEWSPARSE_LOAD_PLUGINS": ""}
    with open(tmp_path / "stdout.jsonl", "wb") as stdout:
        process = subprocess.Popen(command + (["-o", str(output)] if to_file else []), stdout=stdout,
                                   stderr=subprocess.PIPE, env=environment, start_new_session=True)
        written = output if to_file else tmp_path / "stdout.jsonl"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if written.exists() and written.read_bytes().count(b"\n") >= 20:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be interrupted"
        os.killpg(process.pid, signal.SIGINT)
        _, errors = process.communicate(timeout=120)
    assert process.returncode == 130, errors
    assert b"interrupted" in errors and b"Traceback" not in errors
    lines = written.read_bytes().splitlines(keepends=True)
    assert 20 <= len(lines) < 1000 and all(line.endswith(b"\n") for line in lines)
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == [str(i) for i in range(len(ids))]
    if to_file:
        again = subprocess.run(command + ["-o", str(output)], capture_output=True, env=environment, timeout=600)
        assert again.returncode == 0, again.stderr
        assert [json.loads(line)["id"] for line in output.read_text().splitlines()] == [str(i) for i in range(1000)]

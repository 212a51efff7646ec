"""Command-line conventions of ``newsparse parse``: exit codes, error files, the output of
several inputs, the summary line, the progress bar and resuming."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse import cli as cli_module
from newsparse.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, cli

BODY = "This is a sentence of the body, and it goes on for quite a while longer. " * 3
REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "reference" / "cli.md"


def article(title: str) -> str:
    return f"{title}\n\nBy Jane Doe\n\n{BODY}\n\nA second paragraph follows with more words in it.\n"


@pytest.fixture
def invoke(monkeypatch):
    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")

    def call(*args, input=None):
        return CliRunner().invoke(cli, list(map(str, args)), input=input, catch_exceptions=False)

    return call


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    for index in range(3):
        (tmp_path / "in" / f"{index}.txt").write_text(article(f"Story number {index} of the day"))
    return tmp_path / "in"


def broken(folder: Path) -> Path:
    path = folder / "9.bin"
    path.write_bytes(b"\x00\x01\x02" * 50)
    return path


# -- Exit codes: each one of the table in the reference -----------------------------------------

def test_the_reference_documents_every_exit_code():
    table = re.findall(r"^\| (\d+) \|", REFERENCE.read_text(encoding="utf-8"), re.MULTILINE)
    assert sorted(map(int, table)) == sorted(
        [EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILED, EXIT_INTERRUPTED])


def test_exit_0_when_every_document_is_parsed(folder, invoke):
    assert invoke("parse", folder, "-j", "0").exit_code == EXIT_OK


def test_exit_1_when_some_documents_fail(folder, invoke):
    broken(folder)
    assert invoke("parse", folder, "-j", "0").exit_code == EXIT_PARTIAL


@pytest.mark.parametrize("args", [
    ["--no-such-option"],
    ["--format", "parquet"],
    ["--format", "yaml"],
    ["--jobs", "-1"],
    ["--format", "json", "--indent", "-3"],
])
def test_exit_2_for_bad_usage(folder, invoke, args):
    result = invoke("parse", folder, *args)
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.stdout == ""


@pytest.mark.parametrize("width", ["0", "-5"])
def test_explain_refuses_a_width_that_shows_nothing(folder, invoke, width):
    # A width below 1 cut each block from its end (Python's negative slices), silently.
    result = invoke("explain", next(folder.iterdir()), "--width", width)
    assert result.exit_code == EXIT_USAGE and result.stdout == ""


def test_parquet_without_an_output_names_the_fix(folder, invoke):
    result = invoke("parse", folder, "--format", "parquet")
    assert "--format parquet needs -o" in result.stderr


def test_exit_2_when_resuming_with_other_options(folder, tmp_path, invoke):
    out = tmp_path / "out.jsonl"
    assert invoke("parse", folder, "-o", out, "-j", "0", "--shard-size", "2").exit_code == EXIT_OK
    result = invoke("parse", folder, "-o", out, "-j", "0", "--shard-size", "3")
    assert result.exit_code == EXIT_USAGE
    assert "different command" in result.stderr and "--overwrite" in result.stderr
    assert invoke("parse", folder, "-o", out, "-j", "0", "--shard-size", "3",
                  "--overwrite").exit_code == EXIT_OK


def test_exit_3_when_nothing_could_be_parsed(tmp_path, invoke):
    assert invoke("parse", broken(tmp_path), "-j", "0").exit_code == EXIT_FAILED
    assert invoke("parse", broken(tmp_path), "--format", "text").exit_code == EXIT_FAILED
    assert invoke("explain", tmp_path / "missing.txt").exit_code == EXIT_FAILED


def test_exit_3_when_the_parser_cannot_be_built(folder, invoke):
    result = invoke("parse", folder, "-j", "0", "--extra-plugin", "no_such_module_here:plugin")
    assert result.exit_code == EXIT_FAILED, result.output


def test_exit_130_when_interrupted(folder, tmp_path, invoke, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("newsparse.batch.run_batch", interrupted)
    result = invoke("parse", folder, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == EXIT_INTERRUPTED
    assert "run the same command again to resume" in result.stderr


# -- URLs ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["parse", "explain"])
def test_a_url_is_refused_with_how_to_pipe_a_download(invoke, command):
    url = "https://news.example/2024/storm"
    result = invoke(command, url)
    assert result.exit_code == EXIT_USAGE
    assert "does not fetch" in result.stderr
    assert f"curl -sL '{url}' | newsparse parse - --url '{url}'" in result.stderr
    assert "No such file" not in result.stderr


# -- Error files --------------------------------------------------------------------------------

@pytest.mark.parametrize("output_format, name", [
    ("jsonl", "out.jsonl"), ("parquet", "out.parquet"), ("json", "out.json"),
    ("text", "out.txt"), ("markdown", "out.md"),
])
def test_the_error_file_is_named_after_the_output_stem_for_every_format(
        folder, tmp_path, invoke, output_format, name):
    if output_format == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / name
    result = invoke("parse", folder, "-o", out, "-j", "0", "--format", output_format)
    assert result.exit_code == EXIT_OK
    assert out.exists() and not (tmp_path / "out.errors.jsonl").exists()  # no error, no file
    broken(folder)
    result = invoke("parse", folder, "-o", out, "-j", "0", "--format", output_format, "--overwrite")
    assert result.exit_code == EXIT_PARTIAL
    (record,) = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert record["id"].endswith("9.bin") and record["error"] == "UnsupportedInput"
    assert sorted(p.name for p in tmp_path.glob("out.*")) == sorted(
        {name, "out.errors.jsonl"} | ({f"{name}.progress.json"} if output_format == "jsonl" else set()))


def test_a_resumed_run_keeps_earlier_errors_and_a_clean_run_removes_them(folder, tmp_path, invoke):
    out, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    bad = broken(folder)
    invoke("parse", folder, "-o", out, "-j", "0", "--shard-size", "1")
    assert errors.exists()
    invoke("parse", folder, "-o", out, "-j", "0", "--shard-size", "1")  # resumed: all done
    assert len(errors.read_text().splitlines()) == 1
    bad.unlink()
    invoke("parse", folder, "-o", out, "-j", "0", "--shard-size", "1", "--overwrite")
    assert not errors.exists()


# -- Several inputs in text and Markdown ---------------------------------------------------------

@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_several_inputs_are_separated_and_named(folder, invoke, output_format):
    paths = sorted(folder.iterdir())
    result = invoke("parse", *paths, "--format", output_format)
    assert result.exit_code == EXIT_OK
    out = result.stdout
    positions = [out.index(str(path)) for path in paths]
    titles = [out.index(f"Story number {i} of the day") for i in range(3)]
    # Each input's name comes before its article and after the article before it.
    assert positions[0] < titles[0] < positions[1] < titles[1] < positions[2] < titles[2]
    if output_format == "markdown":
        assert out.count("\n---\n") == 2
    single = invoke("parse", paths[0], "--format", output_format).stdout
    assert str(paths[0]) not in single


def test_a_folder_is_walked_for_text_output(folder, invoke):
    result = invoke("parse", folder, "--format", "text")
    assert result.stdout.count("==> ") == 3


# -- Summary line and progress bar --------------------------------------------------------------

def test_a_single_file_prints_no_summary_line(folder, invoke):
    one = invoke("parse", folder / "0.txt", "-j", "0")
    assert one.exit_code == EXIT_OK and one.stderr == ""
    many = invoke("parse", folder, "-j", "0")
    assert "newsparse: 3 documents, 3 ok, 0 errors" in many.stderr


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_the_progress_bar_has_a_total_and_time_left_for_files(folder, invoke, monkeypatch):
    screen = Terminal()
    make_bar = cli_module._progress_bar
    monkeypatch.setattr(cli_module, "_progress_bar", lambda: make_bar(screen))
    assert invoke("parse", folder, "-j", "0").exit_code == EXIT_OK
    shown = screen.getvalue()
    assert "3/3" in shown and "<" in shown  # "[00:00<00:00": elapsed < left


def test_the_progress_bar_has_no_total_for_json_lines(tmp_path, invoke, monkeypatch):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"id": i, "text": article(f"Row {i} story here")}) + "\n"
                            for i in range(2)))
    screen = Terminal()
    make_bar = cli_module._progress_bar
    monkeypatch.setattr(cli_module, "_progress_bar", lambda: make_bar(screen))
    assert invoke("parse", rows, "-j", "0").exit_code == EXIT_OK
    assert "2doc" in screen.getvalue().replace(" ", "") and "/2" not in screen.getvalue()


def test_no_progress_bar_off_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert cli_module._progress_bar() is None


# -- Resuming -----------------------------------------------------------------------------------

def test_a_resume_with_nothing_left_says_so_and_exits_0(folder, tmp_path, invoke):
    broken(folder)
    out = tmp_path / "out.jsonl"
    assert invoke("parse", folder, "-o", out, "-j", "0").exit_code == EXIT_PARTIAL
    before = out.read_text()
    again = invoke("parse", folder, "-o", out, "-j", "0")
    assert again.exit_code == EXIT_OK
    assert "nothing left to do" in again.stderr and "4 documents" in again.stderr
    assert out.read_text() == before


# -- A page with no article text --------------------------------------------------------------------

@pytest.mark.parametrize("output_format", ["text", "markdown", "html", "json"])
def test_a_page_with_no_article_text_says_so_and_how_to_see_why(tmp_path, invoke, output_format):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a> <a href='/w'>World news</a></nav>"
                    "<footer>Copyright 2024 The Daily</footer></body></html>")
    result = invoke("parse", page, "--format", output_format)
    assert result.exit_code == EXIT_OK
    assert f"{page}: no article text found" in result.stderr
    assert f"newsparse explain {page}" in result.stderr


def test_an_article_prints_no_such_note(folder, invoke):
    result = invoke("parse", folder / "0.txt", "--format", "text")
    assert result.exit_code == EXIT_OK and result.stderr == ""


@pytest.mark.parametrize("output_format", ["text", "json", "markdown", "html"])
def test_an_output_that_cannot_be_written_is_one_line_not_a_traceback(folder, tmp_path, invoke, output_format):
    (tmp_path / "out").mkdir()
    for target, expected in [(tmp_path / "out", EXIT_USAGE), (tmp_path / "missing" / "x.txt", EXIT_FAILED)]:
        result = CliRunner().invoke(cli, ["parse", str(folder / "0.txt"), "--format", output_format,
                                          "-o", str(target)])
        assert result.exit_code == expected, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert str(target) in result.stderr


@pytest.mark.parametrize("command", ["parse", "explain"])
@pytest.mark.parametrize("encoding", ["bogus", "base64"])
def test_an_unknown_encoding_is_bad_usage_before_any_input_is_read(tmp_path, invoke, command, encoding):
    # The input does not exist: the option is refused before anything is read.
    result = invoke(command, tmp_path / "missing.txt", "--encoding", encoding)
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.stderr.strip().splitlines() == [
        f"Error: --encoding {encoding}: unknown encoding (try utf-8, cp1252, shift_jis, "
        f"or leave it out to detect the encoding)"]
    assert "missing.txt" not in result.stderr

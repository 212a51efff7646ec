"""The ``newsparse`` command line. The only module that prints."""

from __future__ import annotations

import json
import os
import sys
from typing import IO, TYPE_CHECKING, Any

import click

from . import __version__
from .classify.modes import DEFAULT_MODE, MODES
from .errors import NewsparseError
from .parser import FORMATS, Parser
from .plugins import PluginSet
from .render import to_html, to_markdown, to_text
from .serialize import article_to_dict, dumps

if TYPE_CHECKING:
    from .batch import InputOptions, Summary
    from .model import Article
    from .parser import Explanation

# The exit codes, documented in one table in docs/reference/cli.md.
#: Exit code when every input was parsed, or a resumed run found nothing left to do.
EXIT_OK = 0
#: Exit code when some inputs failed.
EXIT_PARTIAL = 1
#: Exit code for bad usage (click's own convention): unknown options and bad values, but
#: also options that do not go together and output that belongs to another command.
EXIT_USAGE = 2
#: Exit code when no input, or nearly none, could be parsed, or the parse could not start.
EXIT_FAILED = 3
#: Exit code when a batch was interrupted with Ctrl-C (the shell's 128 + SIGINT).
EXIT_INTERRUPTED = 130


class CannotRun(click.ClickException):
    """Nothing can be parsed at all (a plugin fails to load, an input cannot be read)."""

    exit_code = EXIT_FAILED


class OneLineUsageError(click.UsageError):
    """A usage error whose message says it all: printed as one line, without click's usage."""

    def show(self, file: IO[Any] | None = None) -> None:
        """Print the message without click's usage line (the other options are fine)."""
        click.echo(f"Error: {self.format_message()}", err=True)


class OutputConflictError(OneLineUsageError):
    """The output belongs to another command: a usage error, with a hint to resolve it."""


def _known_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse an ``--encoding`` no codec reads before any input is read: it is bad usage,
    not a failure of every document."""
    from .loaders.decode import browser_encoding

    if value is not None and browser_encoding(value) is None:
        raise OneLineUsageError(f"--encoding {value}: unknown encoding (try utf-8, cp1252, "
                                f"shift_jis, or leave it out to detect the encoding)")
    return value


def _refuse_urls(paths: tuple[str, ...]) -> None:
    """Stop with a usage error that says what to do when a path is a URL, not a file."""
    for path in paths:
        if path.startswith(("http://", "https://")) and not os.path.exists(path):
            raise click.UsageError(
                f"{path} is a URL: newsparse parses pages, it does not fetch them. Download the "
                f"page and pipe it in, for instance:\n\n"
                f"    curl -sL '{path}' | newsparse parse - --url '{path}'\n"
            )


def _refuse_one_url_for_many(paths: tuple[str, ...], url: str | None) -> None:
    """Stop with a usage error when ``--url`` would be given to several documents: every
    article would claim the same page, and its links would be made absolute against it."""
    if url is not None and (len(paths) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)):
        raise click.UsageError(
            "--url is the URL of one page: give it with one input (a file, or - for "
            "standard input), not several or a folder. JSON Lines and WARC records carry "
            "their own URLs (--url-field)."
        )


def _report_empty_folders(paths: tuple[str, ...]) -> None:
    """Say which folders hold no files to parse; stop when no input is left at all.

    A folder of nothing would otherwise give an empty output (and, alone, a bare exit code)
    with no word of why.
    """
    from .batch.inputs import walk

    empty = [path for path in paths
             if path != "-" and os.path.isdir(path) and next(walk(path), None) is None]
    for path in empty:
        click.echo(f"newsparse: {path}: no files in this folder (hidden files are skipped)",
                   err=True)
    if empty and len(empty) == len(paths):
        sys.exit(EXIT_FAILED)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _read(path: str) -> bytes:
    # As the batch reads a document file: standard input for -, gzip decompressed.
    from .batch.inputs import read_document

    return read_document(path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsparse")
def cli() -> None:
    """Parse scraped news articles into clean, structured records."""


#: Output formats of ``newsparse parse``: the first two go through the batch engine
#: (many inputs, many processes, resumable); the others print each input in turn.
OUTPUT_FORMATS = ("jsonl", "parquet", "json", "text", "markdown", "html")

#: What comes before the second and later articles of Markdown output: a thematic break, so
#: that a rendered page shows where each article starts.
MARKDOWN_RULE = "---\n\n"

#: Below this share of parsed documents a batch exits with EXIT_FAILED rather than
#: EXIT_PARTIAL: a run where 1 page in 20 parses means the inputs or options are wrong,
#: not that a few pages were bad.
NEARLY_NOTHING = 0.05


# How input files are read, the same for every command that reads them.
_INPUT_KIND = click.option(
    "--input-kind", type=click.Choice(("auto", "doc", "jsonl", "warc")), default="auto",
    show_default=True,
    help="How to read input files; auto: .jsonl/.ndjson are JSON Lines, .warc and .wet "
         "are WARC (each optionally .gz), anything else one document.")
_TEXT_FIELD = click.option("--text-field", default="text", show_default=True,
                           help="JSON Lines field with plain text.")
_HTML_FIELD = click.option("--html-field", default="html", show_default=True,
                           help="JSON Lines field with HTML.")
_URL_FIELD = click.option("--url-field", default="url", show_default=True,
                          help="JSON Lines field with the URL.")
_ID_FIELD = click.option("--id-field", default="id", show_default=True,
                         help="JSON Lines field with the record id.")
_WARC_READER = click.option(
    "--warc-reader", type=click.Choice(("auto", "warcio", "fastwarc")), default="auto",
    show_default=True, help="WARC library; auto uses fastwarc when installed.")


def _input_options(command: Any) -> Any:
    """Give ``command`` the options of how input files are read, in this order."""
    for option in (_WARC_READER, _ID_FIELD, _URL_FIELD, _HTML_FIELD, _TEXT_FIELD, _INPUT_KIND):
        command = option(command)
    return command


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(OUTPUT_FORMATS), default="jsonl",
              show_default=True,
              help="Output: JSON Lines (one Article per line with its input id and carried "
                   "fields), Parquet (needs -o), or, input by input in this process, one JSON "
                   "object per input with the same id key (json; --indent pretty-prints it), "
                   "text or Markdown (with several inputs, each headed by its name), or HTML "
                   "(a self-contained page per input).")
@click.option("--format-in", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Format of document files; auto decides from the content.")
@click.option("--url", default=None,
              help="The page's URL, when there is one input (the other inputs are refused).")
@click.option("--encoding", default=None, callback=_known_encoding,
              help="Charset of document files, when known.")
@click.option("--no-source", is_flag=True, help="Leave the normalised input out of JSON output.")
@click.option("--indent", type=click.IntRange(min=0), default=None, help="Indent JSON output (--format json).")
@click.option("-o", "--output", default=None, metavar="PATH",
              help="Write to PATH instead of standard output: a file, or a folder of shards "
                   "(an existing folder, or a path ending in /). Re-running the same command "
                   "skips completed shards.")
@click.option("--errors", "errors_path", default=None, metavar="PATH",
              help="Write error records to PATH (default: beside -o FILE as STEM.errors.jsonl, "
                   "inside a shard folder per shard, or on standard error). Created only when "
                   "a document fails.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes (default: the number of cores; 0 parses in this process "
                   "without a time limit).")
@click.option("--timeout", type=click.FloatRange(min=0), default=60.0, show_default=True,
              help="Seconds one document may take; a stuck worker is killed and the document "
                   "reported as a timeout (0: no limit).")
@click.option("--max-input-size", type=click.IntRange(min=1), default=None, metavar="BYTES",
              help="Reject documents larger than this.")
@click.option("--max-docs-per-worker", type=click.IntRange(min=1), default=10_000, metavar="N",
              show_default=True, help="Replace each worker after N documents, to keep memory flat.")
@click.option("--shard-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Documents per output shard (the unit of resuming).")
@click.option("--overwrite", is_flag=True, help="Start afresh instead of resuming earlier output.")
@_input_options
@click.option("--engine", type=click.Choice(("local", "dask")), default="local", show_default=True,
              help="Run on local worker processes or on a Dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler to use with --engine dask (default: a local cluster).")
@click.option("--learn-site-boilerplate", is_flag=True,
              help="First learn the lines each site repeats on many pages, then drop them "
                   "as boilerplate (reason site-repeat).")
@click.option("--site", default=None,
              help="The site of documents whose URL names none (for --learn-site-boilerplate).")
@click.option("--extra-plugin", "extra_plugins", multiple=True, metavar="MODULE:ATTR",
              help="Register this plugin object too (repeatable).")
@click.option("--mode", type=click.Choice(MODES), default=DEFAULT_MODE, show_default=True,
              help="How selective the body is: precision keeps fewer doubtful blocks, recall "
                   "more (and the asides inside the article).")
@click.option("--comments", is_flag=True,
              help="Collect the readers' comments on the page into the article's comments.")
def parse(paths: tuple[str, ...], output_format: str, format_in: str, url: str | None,
          encoding: str | None, no_source: bool, indent: int | None, output: str | None,
          errors_path: str | None, jobs: int | None, timeout: float, max_input_size: int | None,
          max_docs_per_worker: int, shard_size: int, overwrite: bool, input_kind: str,
          text_field: str, html_field: str, url_field: str, id_field: str, warc_reader: str,
          engine: str, scheduler: str | None, learn_site_boilerplate: bool, site: str | None,
          extra_plugins: tuple[str, ...], mode: str, comments: bool) -> None:
    """Parse articles: files, folders, JSON Lines or WARC files (- for standard input).

    Writes JSON Lines by default: one Article per line, its fields at top level after the
    input's id and any fields carried from JSON Lines input. Documents that fail become
    error records; the batch goes on. Exit code 0: all parsed (or nothing left to do), 1:
    some failed, 2: bad usage, 3: none or nearly none parsed, 130: interrupted.
    """
    _refuse_urls(paths)
    _refuse_one_url_for_many(paths, url)
    _report_empty_folders(paths)
    if output_format == "parquet" and output in (None, "-"):
        raise click.UsageError("--format parquet needs -o PATH (a file, or a folder for shards)")
    from .batch import BatchError, BatchOptions, InputOptions, OutputConflict, ParserSpec, run_batch
    from .parser import DEFAULT_MAX_INPUT_SIZE

    inputs = InputOptions(kind=input_kind, format=format_in, encoding=encoding, url=url,
                          text_field=text_field, html_field=html_field, url_field=url_field,
                          id_field=id_field, warc_reader=warc_reader)
    if output_format in ("json", "text", "markdown", "html"):
        _parse_each(paths, inputs, output_format, no_source, indent, max_input_size, output,
                    errors_path, mode=mode, comments=comments)
        return
    from .plugins import selection_from_env

    # Resolved here, not in the workers: they start from a server process whose
    # environment may predate this command's.
    selection = selection_from_env()
    spec = ParserSpec(plugins=None if selection is None else sorted(selection),
                      max_input_size=max_input_size or DEFAULT_MAX_INPUT_SIZE,
                      extra_plugins=extra_plugins, mode=mode, comments=comments)
    options = BatchOptions(
        jobs=jobs if jobs is not None else (os.cpu_count() or 1),
        timeout=timeout or None,
        max_docs_per_worker=max_docs_per_worker,
        shard_size=shard_size,
        include_source=not no_source,
        output=output,
        output_format=output_format,
        errors=errors_path,
        resume=not overwrite,
        engine=engine,
        scheduler=scheduler,
        learn_site_boilerplate=learn_site_boilerplate,
        site=site,
    )
    bar = _progress_bar()

    def say(message: str) -> None:
        if bar is not None:
            bar.write(message, file=sys.stderr)
        else:
            click.echo(message, err=True)

    def on_error(record: dict) -> None:
        say(f"newsparse: {record['id']}: {record['error']}: {record['message']}")

    def on_total(total: int) -> None:
        # With a total, the bar shows how far the run is and the time left.
        if bar is not None:
            bar.total = total
            bar.refresh()

    try:
        summary = run_batch(paths, inputs=inputs, spec=spec, options=options,
                            on_outcome=(lambda outcome: bar.update()) if bar is not None else None,
                            on_error=on_error, on_total=on_total)
    except OutputConflict as error:
        raise OutputConflictError(str(error)) from None
    except BatchError as error:
        raise CannotRun(str(error)) from None
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
            bar = None
        # Shard folders, and JSON Lines files, keep what completed; standard output and a
        # single Parquet file do not.
        folder = output is not None and (output.endswith(("/", os.sep)) or os.path.isdir(output))
        resumable = output not in (None, "-") and (folder or output_format == "jsonl")
        hint = "; run the same command again to resume" if resumable else ""
        click.echo(f"newsparse: interrupted{hint}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    finally:
        if bar is not None:
            bar.close()
    if summary.processed == 0 and summary.skipped:
        click.echo(f"newsparse: nothing left to do: an earlier run of this command did its "
                   f"{_count(summary.documents, 'document')} (--overwrite starts afresh)", err=True)
        sys.exit(EXIT_OK)
    if summary.documents == 0:
        # A bare exit code would say nothing of why the output is empty.
        click.echo("newsparse: no documents in the input (JSON Lines files: no lines; WARC files:"
                   " no 2xx HTML or plain-text response and no conversion record)", err=True)
    if summary.documents > 1:
        _print_summary(summary, learn_site_boilerplate)
    sys.exit(batch_exit_code(summary.documents, summary.ok))


def _print_summary(summary: Summary, learn_site_boilerplate: bool) -> None:
    # One line on standard error for a batch; a single document needs none.
    rate = f"{summary.docs_per_second:.1f} docs/s"
    skipped = f", {summary.skipped} skipped (already done)" if summary.skipped else ""
    learned = ""
    if learn_site_boilerplate:
        lines = sum(summary.site_boilerplate.values())
        learned = f", site boilerplate: {lines} lines on {len(summary.site_boilerplate)} sites"
    click.echo(
        f"newsparse: {_count(summary.documents, 'document')}, {summary.ok} ok,"
        f" {_count(summary.errors, 'error')}"
        f"{skipped}, {summary.seconds:.1f} s, {rate}{learned}",
        err=True,
    )


def batch_exit_code(documents: int, ok: int) -> int:
    """The exit code of a batch of ``documents`` of which ``ok`` were parsed.

    Returns:
        EXIT_OK when all were parsed, EXIT_FAILED when there were none or fewer than
        :data:`NEARLY_NOTHING` of them were parsed, EXIT_PARTIAL otherwise.
    """
    if documents == 0 or ok < NEARLY_NOTHING * documents or ok == 0:
        return EXIT_FAILED
    return EXIT_OK if ok == documents else EXIT_PARTIAL


def _progress_bar(stream: IO[str] | None = None) -> Any:
    # Only for people watching a terminal: a log file gets the summary line, not a bar.
    stream = stream or sys.stderr
    if not stream.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit="doc", file=stream, dynamic_ncols=True, smoothing=0.1)


def _parse_each(paths: tuple[str, ...], inputs: InputOptions, output_format: str, no_source: bool,
                indent: int | None, max_input_size: int | None, output: str | None,
                errors_path: str | None, *, mode: str = DEFAULT_MODE, comments: bool = False) -> None:
    """Parse inputs one by one in this process and print each as JSON, text, Markdown or
    HTML. The inputs are read as for JSON Lines output: folders walked, gzip decompressed,
    each record of a JSON Lines or WARC file a document of its own."""
    from .batch.inputs import count_documents, iter_items
    from .batch.output import ErrorFile, error_file_for
    from .batch.worker import error_record, error_report, output_record, parse_item

    parser = _build_parser(max_input_size, mode=mode, comments=comments)
    # Headers name each input when there can be more than one; a count of None means
    # records of a container, or standard input, which is one document unless it is JSON Lines.
    count = count_documents(paths, inputs)
    several = count > 1 if count is not None else paths != ("-",) or inputs.kind == "jsonl"
    to_file = output is not None and output != "-"
    errors = None
    if errors_path or to_file:
        errors = ErrorFile(errors_path or error_file_for(output or ""))
    stream = _open_output(output, output_format) if to_file else None
    ok = documents = 0
    try:
        for item in iter_items(paths, inputs):
            documents += 1
            try:
                if item.error is not None:
                    raise _Unusable(*item.error)
                article = parse_item(parser, item)
            except (OSError, NewsparseError, _Unusable) as error:
                # As the batch reports it.
                kind, message = (error.kind, str(error)) if isinstance(error, _Unusable) else error_report(error)
                click.echo(f"newsparse: {item.id}: {kind}: {message}", err=True)
                if errors is not None:
                    errors.write(error_record(item, kind, message))
                continue
            if output_format == "json":
                # The same record as a line of --format jsonl: the input's id, then the Article.
                record = output_record(item, article_to_dict(article, include_source=not no_source))
                text = dumps(record, indent=indent)
            else:
                text = _render(article, item.id, output_format, first=ok == 0, several=several)
            click.echo(text, file=stream)
            if not article.text and article.title is None:
                # An empty page of output says nothing of why: point at what does.
                # explain takes the file, and explains a record of it after its id.
                explain = item.path if item.path not in (None, "-") else item.id
                click.echo(f"newsparse: {item.id}: no article text found "
                           f"({_count(len(article.boilerplate), 'block')} set aside; "
                           f"newsparse explain {explain} shows why)", err=True)
            ok += 1
    finally:
        if stream is not None:
            stream.close()
        if errors is not None:
            errors.close()
    if ok < documents:
        sys.exit(batch_exit_code(documents, ok))


def _open_output(output: str | None, output_format: str) -> IO[str]:
    """Open the one file that --format json, text, Markdown or HTML writes, or stop with a
    one-line message."""
    path = output or ""
    if path.endswith(("/", os.sep)) or os.path.isdir(path):
        raise click.UsageError(f"-o {path} is a folder: --format {output_format} writes one file "
                               f"(folders of shards are for jsonl and parquet)")
    try:
        return open(path, "w", encoding="utf-8")  # the caller closes it
    except OSError as error:
        raise CannotRun(f"cannot write {path}: {error.strerror or error}") from None


class _Unusable(Exception):
    """An input already known to be unusable (a malformed JSON line, a missing field)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _render(article: Article, path: str, output_format: str, *, first: bool, several: bool) -> str:
    """One input's text, Markdown or HTML; with several inputs, each says which input it is."""
    if output_format == "markdown":
        text, header, rule = to_markdown(article), f"<!-- {path} -->", MARKDOWN_RULE
    elif output_format == "html":
        # Each input is a whole page; a comment before each says which input it is.
        text, header, rule = to_html(article).rstrip("\n"), f"<!-- {path} -->", ""
    else:
        # The header head(1) and tail(1) print between files.
        text, header, rule = to_text(article), f"==> {path} <==", ""
    if not several:
        return text + "\n"
    return f"{'' if first else rule}{header}\n\n{text}\n"


@cli.command()
@click.argument("path")
@click.option("--format-in", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Input format; auto decides from the content.")
@click.option("--encoding", default=None, callback=_known_encoding,
              help="Charset of the input, when known.")
@click.option("--width", type=click.IntRange(min=1), default=70, show_default=True,
              help="Characters of each block shown.")
@click.option("--mode", type=click.Choice(MODES), default=DEFAULT_MODE, show_default=True,
              help="How selective the body is: precision keeps fewer doubtful blocks, recall "
                   "more (and the asides inside the article).")
@_input_options
def explain(path: str, format_in: str, encoding: str | None, width: int, mode: str,
            input_kind: str, text_field: str, html_field: str, url_field: str, id_field: str,
            warc_reader: str) -> None:
    """Show every block of an input with the label and reason it got.

    The tool to reach for when a line was dropped or kept wrongly. Each record of a JSON
    Lines or WARC file is explained in turn, headed by its id, as ``newsparse parse``
    reads it.
    """
    from .batch.inputs import InputOptions, kind_of

    _refuse_urls((path,))
    parser = _build_parser(mode=mode)
    kind = input_kind if input_kind != "auto" else kind_of(path)
    if kind != "doc":
        inputs = InputOptions(kind=kind, format=format_in, encoding=encoding,
                              text_field=text_field, html_field=html_field, url_field=url_field,
                              id_field=id_field, warc_reader=warc_reader)
        _explain_records(path, inputs, parser, width)
        return
    try:
        explanations = parser.explain(_read(path), format=format_in, encoding=encoding)
    except OSError as error:
        raise CannotRun(f"cannot read {path}: {error.strerror or error}") from None
    except NewsparseError as error:
        raise CannotRun(f"{path}: {error}") from None
    _print_explanations(explanations, width)


def _explain_records(path: str, inputs: InputOptions, parser: Parser, width: int) -> None:
    """Explain each record of a JSON Lines or WARC file, headed by its id; a record that
    fails is reported on standard error and the others explained."""
    from .batch.inputs import iter_items

    documents = ok = 0
    for item in iter_items((path,), inputs):
        documents += 1
        # The header head(1) prints between files, as text output heads each record.
        gap = "" if documents == 1 else "\n"
        click.echo(f"{gap}==> {item.id} <==")
        try:
            if item.error is not None:
                raise _Unusable(*item.error)
            explanations = parser.explain(item.data, url=item.url, format=item.format,
                                          encoding=item.encoding)
        except (NewsparseError, _Unusable) as error:
            kind = error.kind if isinstance(error, _Unusable) else type(error).__name__
            click.echo(f"newsparse: {item.id}: {kind}: {error}", err=True)
            continue
        _print_explanations(explanations, width)
        ok += 1
    if documents == 0:
        click.echo(f"newsparse: {path}: no records to explain", err=True)
    if ok < documents or documents == 0:
        sys.exit(batch_exit_code(documents, ok))


def _print_explanations(explanations: tuple[Explanation, ...], width: int) -> None:
    """One line per block: its index, label, reason, score, place and text cut to ``width``."""
    for index, item in enumerate(explanations):
        block, decision = item.block, item.decision
        text = block.text if len(block.text) <= width else block.text[: width - 1] + "…"
        where = f" {block.path}" if block.path else ""
        features = ""
        if block.tag is not None:
            outside = "" if block.in_main else " outside"
            features = f" [{block.tag} links={block.link_density:.2f} depth={block.depth}{outside}]"
        label = f"{decision.label:<11} {decision.reason:<15} {decision.score:.2f}"
        click.echo(f"{index:4d} {label}{where}{features} | {text}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of records.")
def plugins(as_json: bool) -> None:
    """List installed plugins: name, version, hooks and extractors, and load errors."""
    plugin_set = PluginSet()
    records: list[dict[str, Any]] = [
        {"name": p.name, "version": p.version, "hooks": list(p.hooks), "extractors": list(p.extractors)}
        for p in plugin_set.info()
    ]
    failures = [{"name": f.name, "distribution": f.distribution, "error": f.error} for f in plugin_set.failures]
    if as_json:
        click.echo(json.dumps(records + [{**f, "failed": True} for f in failures], indent=2))
        return
    for record in records:
        version = record["version"] or "built-in"
        click.echo(f"{record['name']} ({version})")
        click.echo(f"  hooks: {', '.join(record['hooks']) or '-'}")
        if record["extractors"]:
            click.echo(f"  extractors: {', '.join(record['extractors'])}")
    for failure in failures:
        click.echo(f"{failure['name']} FAILED TO LOAD: {failure['error']}")


def _build_parser(max_input_size: int | None = None, *, mode: str = DEFAULT_MODE,
                  comments: bool = False) -> Parser:
    try:
        if max_input_size is not None:
            return Parser(max_input_size=max_input_size, mode=mode, comments=comments)
        return Parser(mode=mode, comments=comments)
    except NewsparseError as error:
        raise CannotRun(str(error)) from None


def _register_plugin_commands() -> None:
    try:
        plugin_set = PluginSet()
    except NewsparseError:
        return
    plugin_set.manager.hook.newsparse_register_commands(cli=cli)


def main(argv: list[str] | None = None) -> None:
    """Run the command line (the ``newsparse`` console script)."""
    _register_plugin_commands()
    cli.main(args=argv, prog_name="newsparse")


if __name__ == "__main__":  # pragma: no cover
    main()

"""The ``newsparse`` command line. The only module that prints."""

from __future__ import annotations

import json
import sys

import click

from . import __version__
from .errors import NewsparseError
from .parser import FORMATS, Parser
from .plugins import PluginSet
from .render import to_markdown, to_text
from .serialize import article_to_dict

#: Exit code when every input was parsed.
EXIT_OK = 0
#: Exit code when some inputs failed.
EXIT_PARTIAL = 1
#: Exit code for bad usage (click's own convention).
EXIT_USAGE = 2
#: Exit code when no input could be parsed at all.
EXIT_FAILED = 3


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsparse")
def cli() -> None:
    """Parse scraped news articles into clean, structured records."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["json", "text", "markdown"]),
              default="json", show_default=True, help="Output format.")
@click.option("--format-in", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Input format; auto decides from the content.")
@click.option("--url", default=None, help="The page's URL (for a single input).")
@click.option("--encoding", default=None, help="Charset of the input, when known.")
@click.option("--no-source", is_flag=True, help="Leave the normalised input out of JSON output.")
@click.option("--indent", type=int, default=None, help="Indent JSON output.")
def parse(paths, output_format, format_in, url, encoding, no_source, indent) -> None:
    """Parse article files (or - for standard input) and print them.

    JSON output is one object per line, the Article's fields at top level.
    """
    parser = _build_parser()
    failures = 0
    for path in paths:
        try:
            article = parser.parse(_read(path), url=url, format=format_in, encoding=encoding)
        except OSError as error:
            click.echo(f"newsparse: cannot read {path}: {error.strerror or error}", err=True)
            failures += 1
            continue
        except NewsparseError as error:
            click.echo(f"newsparse: {path}: {error}", err=True)
            failures += 1
            continue
        if output_format == "json":
            data = article_to_dict(article, include_source=not no_source)
            if len(paths) > 1:
                data = {"path": path, **data}
            click.echo(json.dumps(data, ensure_ascii=False, indent=indent))
        elif output_format == "markdown":
            click.echo(to_markdown(article) + "\n")
        else:
            click.echo(to_text(article) + "\n")
    if failures:
        sys.exit(EXIT_FAILED if failures == len(paths) else EXIT_PARTIAL)


@cli.command()
@click.argument("path")
@click.option("--format-in", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Input format; auto decides from the content.")
@click.option("--encoding", default=None, help="Charset of the input, when known.")
@click.option("--width", type=int, default=70, show_default=True, help="Characters of each block shown.")
def explain(path, format_in, encoding, width) -> None:
    """Show every block of an input with the label and reason it got.

    The tool to reach for when a line was dropped or kept wrongly.
    """
    parser = _build_parser()
    try:
        explanations = parser.explain(_read(path), format=format_in, encoding=encoding)
    except OSError as error:
        raise click.ClickException(f"cannot read {path}: {error.strerror or error}") from None
    except NewsparseError as error:
        raise click.ClickException(f"{path}: {error}") from None
    for index, item in enumerate(explanations):
        block, decision = item.block, item.decision
        text = block.text if len(block.text) <= width else block.text[: width - 1] + "…"
        where = f" {block.path}" if block.path else ""
        features = ""
        if block.tag is not None:
            features = f" [{block.tag} links={block.link_density:.2f} depth={block.depth}{'' if block.in_main else ' outside'}]"
        click.echo(f"{index:4d} {decision.label:<11} {decision.reason:<15} {decision.score:.2f}{where}{features} | {text}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of records.")
def plugins(as_json) -> None:
    """List installed plugins: name, version, hooks and extractors, and load errors."""
    plugin_set = PluginSet()
    records = [
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


def _build_parser() -> Parser:
    try:
        return Parser()
    except NewsparseError as error:
        raise click.ClickException(str(error)) from None


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

"""The ``nutgraf`` command: thin shells over the library.

Exit codes and the one-line errors are ``nutgraf.cli_edge``'s: 0 ok, 1 unexpected failure,
2 bad usage or input, 3 fetch failed, 4 store or address unavailable, 5 finished short of
its goal, 130 interrupted.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import logging
import os
import re
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.main

from nutgraf._version import __version__
from nutgraf.cli_edge import BAD_INPUT, Command, Group, fail, note
from nutgraf.config import PRIVATE_HELP, Config
from nutgraf.errors import InputError, NutgrafError
from nutgraf.languages import has_cues, language_name
from nutgraf.pipeline import Kind, Summarizer
from nutgraf.render import Format, render

# Commands that live beside their feature: (name, module, attribute, kind), loaded when the
# command line names them (or the help lists them): `nutgraf summarize` imports none of their
# modules (the server's, the store's, rich). A module that is not in this tree yet is
# skipped; one that is present but broken fails loudly.
_COMMANDS: tuple[tuple[str, str, str, str], ...] = (
    ("eval", "nutgraf.eval_cli", "eval_command", "command"),
    ("batch", "nutgraf.batch.cli", "batch_command", "command"),
    ("serve", "nutgraf.server.cli", "serve_command", "command"),
    ("keys", "nutgraf.server.cli", "keys_app", "group"),
    ("feed", "nutgraf.feeds.cli", "feed_app", "group"),
)


class _Root(Group):
    """The top group: the commands of ``_COMMANDS`` are built on first use."""

    def list_commands(self, ctx: Any) -> list[str]:
        lazy = [name for name, module, _, _ in _COMMANDS if _present(module)]
        return [name for name in super().list_commands(ctx) if name not in lazy] + lazy

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is None:
            command = _load_command(cmd_name)
            if command is not None:
                self.add_command(command, cmd_name)
        return command


def _load_command(name: str) -> Any:
    for command_name, module_name, attribute, kind in _COMMANDS:
        if command_name != name or not _present(module_name):
            continue
        target = getattr(importlib.import_module(module_name), attribute)
        command: Any
        if kind == "group":
            command = typer.main.get_group(target)
        else:
            one = typer.Typer(rich_markup_mode=None, add_completion=False)
            one.command(name, cls=Command)(target)
            command = typer.main.get_command(one)  # a Typer of one command is that command
        command.name = name
        return command
    return None


def _present(module_name: str) -> bool:
    parent = module_name.rpartition(".")[0]
    if importlib.util.find_spec(parent) is None:
        return False
    return importlib.util.find_spec(module_name) is not None


app = typer.Typer(
    cls=_Root,
    name="nutgraf",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
logger = logging.getLogger("nutgraf")

EXAMPLE = "example-en.txt"
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://|(file|data|javascript|gopher|ftp|mailto):", re.I)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"nutgraf {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            is_eager=True,
            callback=_show_version,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Faithful extractive summaries of news articles, offline on a CPU.

    Example: nutgraf summarize article.html --points 3
    """


@app.command(cls=Command)
def summarize(
    article: Annotated[
        str | None,
        typer.Argument(
            metavar="ARTICLE",
            help="A file (scraped text or HTML), '-' for stdin, or an http(s) URL.",
        ),
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            "--kind", "-k", metavar="KIND", help="Force the input type: auto, text, html, url."
        ),
    ] = "auto",
    points: Annotated[
        int | None,
        typer.Option(
            "--points",
            "-n",
            metavar="N",
            help="Number of key points (default: chosen per article).",
        ),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option("--words", "-w", metavar="N", help="Word budget for the key points."),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            "-l",
            metavar="CODE",
            help="ISO 639 language code, e.g. en, ru, de (default: detected).",
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", metavar="FORMAT", help="Output: text, markdown or json."),
    ] = "text",
    example: Annotated[
        bool, typer.Option("--example", help="Summarize the bundled example article.")
    ] = False,
    allow_private_network: Annotated[
        bool, typer.Option("--allow-private-network", help=PRIVATE_HELP)
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")
    ] = False,
) -> None:
    """Summarize a news article into its key points, with facts and keywords.

    Example: nutgraf summarize article.html --points 3 --format markdown
    """
    _setup_logging(verbose)
    if kind not in ("auto", "text", "html", "url"):
        fail(f"--kind must be auto, text, html or url, not {kind!r}")
    if fmt not in ("text", "markdown", "json"):
        fail(f"--format must be text, markdown or json, not {fmt!r}")
    config = _config(allow_private_network=allow_private_network or None)
    summarizer = Summarizer(config)
    source = _source(article, example, kind)
    if isinstance(source, str) and kind == "auto":
        kind = "url"  # a string source is a URL (files are paths): the fetcher checks it
    summary = summarizer.summarize(
        source, kind=_kind(kind), points=points, words=words, language=language
    )
    if not has_cues(summary.language):
        note(
            f"no cue lists for {language_name(summary.language)} ({summary.language}): "
            "hedges, negations and sentences that lean on the one before are not recognised"
        )
    sys.stdout.write(render(summary, _format(fmt)))


def _source(article: str | None, example: bool, kind: str) -> str | bytes | Path:
    if example:
        return (resources.files("nutgraf") / "examples" / EXAMPLE).read_bytes()
    if article is None:
        raise InputError("no ARTICLE given (a file, '-' for stdin, or a URL; or --example)")
    if article == "-":
        if sys.stdin.isatty():
            raise InputError("'-' reads the article from stdin, but stdin is a terminal")
        return sys.stdin.buffer.read()
    if kind == "url" or article.lower().startswith(("http://", "https://")):
        if any(c.isspace() for c in article.strip()):
            raise InputError(f"not a valid URL (it holds a space): {article!r}")
        return article
    if _SCHEME.match(article):
        raise InputError(f"unsupported URL scheme in {article!r} (http and https only)")
    path = Path(article)
    if not path.exists():
        raise InputError(f"{article}: no such file")
    if path.is_dir():
        raise InputError(f"{article}: is a directory")
    return path


def _kind(value: str) -> Kind:
    kinds: dict[str, Kind] = {"auto": "auto", "text": "text", "html": "html", "url": "url"}
    return kinds[value]


def _format(value: str) -> Format:
    formats: dict[str, Format] = {"text": "text", "markdown": "markdown", "json": "json"}
    return formats[value]


def _config(**overrides: object) -> Config:
    try:
        return Config.from_env(os.environ, **overrides)
    except NutgrafError as exc:
        fail(str(exc), BAD_INPUT)


def _setup_logging(verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING
    logging.basicConfig(
        level=level, format="nutgraf: %(levelname)s: %(message)s", stream=sys.stderr
    )


def main() -> None:
    """Entry point of the ``nutgraf`` script and of ``python -m nutgraf``."""
    # Every object the imports made lives as long as the process: moved out of the
    # collector's view (``gc.freeze``, as the Python docs suggest for a process's startup),
    # the collections a command triggers walk only what it makes, not the libraries' heap
    # again and again (a cold `nutgraf summarize page.html`: 0.57 s CPU against 0.64,
    # docs/benchmarks.md, "Cold start: the imports' heap frozen").
    gc.freeze()
    app()

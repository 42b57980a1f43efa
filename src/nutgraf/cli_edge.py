"""The edge of the ``nutgraf`` command: exit codes, one-line errors and the help layout.

Exit codes, the same for every command (README, "Exit codes")::

    0    done
    1    unexpected failure: a bug (the line says "internal error"), or a batch engine that
         stopped (run it again with --resume)
    2    bad usage or input: an unknown option or value, an unreadable, binary or empty file,
         a folder where a file is wanted, no article in the input, an unknown language code,
         a refused URL, a malformed store URL
    3    a URL could not be fetched: network, HTTP status, size, deadline
    4    something nutgraf needs is unavailable: the store cannot be opened or reached, the
         address to serve on is taken
    5    the run finished short of its goal: batch records failed (``--allow-failures``
         accepts that), ``eval`` scored below ``--min-rouge1``
    130  interrupted (Ctrl-C)

``Group.main`` runs every command and is the one place where an exception becomes a code
(``exit_code``) and one line on stderr, ``nutgraf: error: ...``; never a traceback. The help
keeps click's plain conventions: flags show no value, values a metavar (``-n, --points N``),
arguments their name (``ARTICLE``).
"""

from __future__ import annotations

import inspect
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

import typer
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer.core import TyperCommand, TyperGroup

from nutgraf.errors import FetchError, NutgrafError, RefusedError, UnavailableError

logger = logging.getLogger("nutgraf")

OK = 0
FAILURE = 1
BAD_INPUT = 2
FETCH_FAILED = 3
UNAVAILABLE = 4
FELL_SHORT = 5
INTERRUPTED = 130


def _click_class(name: str) -> type[Exception]:
    # typer 0.29 runs on its own copy of click (typer._click), older ones on click itself:
    # the classes are found through typer's public BadParameter, whatever the copy.
    for cls in typer.BadParameter.__mro__:
        if cls.__name__ == name:
            return cls
    raise ImportError(f"typer.BadParameter does not derive from click's {name}")


_USAGE_ERROR = _click_class("UsageError")
_CLICK_EXCEPTION = _click_class("ClickException")


def exit_code(exc: NutgrafError) -> int:
    """The exit code of a library error (see the table above)."""
    if isinstance(exc, UnavailableError):
        return UNAVAILABLE
    if isinstance(exc, FetchError) and not isinstance(exc, RefusedError):
        return FETCH_FAILED
    return BAD_INPUT


def error(message: str) -> None:
    """Print ``message`` as one error line on stderr."""
    typer.echo(f"nutgraf: error: {one_line(message)}", err=True)


def note(message: str) -> None:
    """Print ``message`` as one note on stderr: the run goes on."""
    typer.echo(f"nutgraf: note: {one_line(message)}", err=True)


def fail(message: str, code: int = BAD_INPUT) -> NoReturn:
    """Print one error line and exit with ``code``."""
    error(message)
    raise typer.Exit(code)


def one_line(message: str) -> str:
    """``message`` on one line: its lines joined, blank ones dropped."""
    lines = [line.strip() for line in str(message).splitlines() if line.strip()]
    return "; ".join(lines) or "failed"


def _run(call: Callable[[], Any]) -> int:
    """Run a command; every way it can end is an exit code (the table above)."""
    try:
        result = call()
    except _USAGE_ERROR as exc:
        ctx = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
            typer.echo(ctx.get_help())  # `nutgraf` or `nutgraf feed` alone: the help
            return OK
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        error(_format(exc) + hint)
        return BAD_INPUT
    except _CLICK_EXCEPTION as exc:
        error(_format(exc))
        return int(getattr(exc, "exit_code", FAILURE))
    except NutgrafError as exc:
        error(str(exc) or type(exc).__name__)
        return exit_code(exc)
    except KeyboardInterrupt:
        typer.echo("nutgraf: interrupted", err=True)
        return INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (`nutgraf ... | head -1`): nothing to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FAILURE
    except Exception as exc:  # the process edge: one line, never a traceback
        logger.debug("unexpected failure", exc_info=True)
        error(f"internal error: {type(exc).__name__}: {exc}")
        return FAILURE
    return result if isinstance(result, int) else OK


def _format(exc: Exception) -> str:
    format_message = getattr(exc, "format_message", None)
    return str(format_message() if callable(format_message) else exc)


# -- help -------------------------------------------------------------------------------------


def _argument_name(param: Any) -> str:
    name = str(param.metavar or param.name.upper())
    return f"{name}..." if param.nargs != 1 else name


def _usage_piece(param: Any) -> str:
    name = _argument_name(param)
    return name if param.required else f"[{name}]"


def _option_row(param: Any) -> tuple[str, str]:
    names = sorted(param.opts, key=lambda opt: (opt.startswith("--"), opt))
    decl = ", ".join(names)
    if param.secondary_opts:
        decl += " / " + ", ".join(param.secondary_opts)
    if not param.is_flag and not getattr(param, "count", False):
        long = max(param.opts, key=len).lstrip("-").upper().replace("-", "_")
        decl += f" {param.metavar or long}"
    notes = []
    default = param.default
    shown = (
        not param.is_flag
        and param.show_default is not False
        and default not in (None, "", (), [])
        and not callable(default)
    )
    if shown:
        notes.append(f"default: {default}")
    if param.required:
        notes.append("required")
    help_text = param.help or ""
    if getattr(param, "multiple", False):
        help_text += " Repeatable." if "Repeatable" not in help_text else ""
    if notes:
        help_text = f"{help_text}  [{'; '.join(notes)}]".strip()
    return decl, help_text


def _usage_pieces(command: Any, ctx: Any) -> list[str]:
    pieces = [command.options_metavar] if command.options_metavar else []
    for param in command.get_params(ctx):
        if param.param_type_name == "argument" and not param.hidden:
            pieces.append(_usage_piece(param))
    return pieces


def _format_help_text(command: Any, formatter: Any) -> None:
    # As click's, except that an "Example:" paragraph keeps its lines: a command line
    # rewrapped in the middle cannot be copied.
    text = inspect.cleandoc(command.help or "").partition("\f")[0]
    for paragraph in text.split("\n\n"):
        if not paragraph.strip():
            continue
        formatter.write_paragraph()
        with formatter.indentation():
            if paragraph.startswith("Example"):
                for line in paragraph.splitlines():
                    formatter.write(f"{'':>{formatter.current_indent}}{line}\n")
            else:
                formatter.write_text(paragraph)


def _format_params(command: Any, ctx: Any, formatter: Any) -> None:
    params = [p for p in command.get_params(ctx) if not p.hidden]
    arguments = [
        (_argument_name(p), p.help or "") for p in params if p.param_type_name == "argument"
    ]
    options = [_option_row(p) for p in params if p.param_type_name == "option"]
    if arguments:
        with formatter.section("Arguments"):
            formatter.write_dl(arguments)
    if options:
        with formatter.section("Options"):
            formatter.write_dl(options)


@dataclass(frozen=True)
class _Deferred(RuntimeParam):
    """typer's coercion of one parameter, built only for a value that needs it.

    typer 0.29 coerces every value through a pydantic ``TypeAdapter`` built on first use,
    and importing pydantic and building the adapters is a tenth of a second at the start of
    every command. A missing value is ``None`` before any adapter (``RuntimeParam.coerce``),
    and a ``str`` value of a plain ``str`` parameter is what typer's ``str`` adapter returns;
    any other value goes to typer's own coercion, so errors read as typer's.
    """

    descriptor: TypeDescriptor

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        plain = (
            self.descriptor.annotation is str
            and self.descriptor.file_annotation is None
            and self.descriptor.parameter_info.parser is None
        )
        if plain and type(value) is str:
            return value
        return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)


def _deferred(params: list[Any]) -> list[Any]:
    """``params`` (the help option too), each coerced by ``_Deferred``."""
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is not None and getattr(param, "_runtime_param", False) is None:
            param._runtime_param = _Deferred(
                parameter_info=descriptor.parameter_info,
                annotation=descriptor.annotation,
                descriptor=descriptor,
            )
    return params


class Command(TyperCommand):
    """A command with click's plain help layout (``@app.command(cls=Command)``)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _deferred(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage_pieces(self, ctx)

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        _format_help_text(self, formatter)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _format_params(self, ctx, formatter)


class Group(TyperGroup):
    """A group with click's plain help layout; the top one maps every error to its exit code."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _deferred(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [*_usage_pieces(self, ctx), self.subcommand_metavar]

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        _format_help_text(self, formatter)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        _format_params(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        def call() -> Any:
            return TyperGroup.main(
                self,
                args,
                prog_name,
                complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )

        code = _run(call)
        if standalone_mode:
            sys.exit(code)
        return code


def sub_app(help_text: str) -> typer.Typer:
    """A command group (``nutgraf feed``, ``nutgraf keys``) laid out like the top one."""
    return typer.Typer(
        cls=Group,
        help=help_text,
        no_args_is_help=True,
        rich_markup_mode=None,
        add_completion=False,
        pretty_exceptions_enable=False,
    )

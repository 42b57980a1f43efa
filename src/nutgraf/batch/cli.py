"""``nutgraf batch``: the command over ``nutgraf.batch.run``.

Exit codes as every command's (``nutgraf.cli_edge``), and: 5 when records failed (their
errors are in the output; ``--allow-failures`` makes that 0), 1 when the engine stopped or
a shard failed (run again with ``--resume``).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Annotated

import typer

from nutgraf.batch.driver import BatchResult, Engine, run
from nutgraf.batch.errors import BatchError
from nutgraf.batch.inputs import Columns
from nutgraf.batch.output import OutputFormat
from nutgraf.batch.records import OK
from nutgraf.cli_edge import FAILURE, FELL_SHORT, INTERRUPTED, error, fail
from nutgraf.config import PRIVATE_HELP, Config

logger = logging.getLogger("nutgraf")


def batch_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="JSONL or Parquet files, folders of .html/.txt files, or globs.",
            show_default=False,
        ),
    ],
    out: Annotated[
        str,
        typer.Option("--out", "-o", metavar="FOLDER", help="Output folder, one file per shard."),
    ],
    engine: Annotated[
        str, typer.Option("--engine", "-e", metavar="ENGINE", help="local or spark.")
    ] = "local",
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-j", metavar="N", min=1, help="Worker processes (default: cores)."
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="Output: jsonl or parquet.")
    ] = "jsonl",
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip the shards an earlier run finished.")
    ] = False,
    shard_size: Annotated[
        int,
        typer.Option(
            "--shard-size", metavar="N", min=1, help="Records per shard (the unit of resume)."
        ),
    ] = 1000,
    timeout: Annotated[
        float,
        typer.Option("--timeout", metavar="SECONDS", min=0, help="Deadline per record (0: none)."),
    ] = 60.0,
    id_column: Annotated[
        str, typer.Option("--id-column", metavar="FIELD", help="Field of the record id.")
    ] = "id",
    text_column: Annotated[
        str, typer.Option("--text-column", metavar="FIELD", help="Field of plain text.")
    ] = "text",
    html_column: Annotated[
        str, typer.Option("--html-column", metavar="FIELD", help="Field of HTML.")
    ] = "html",
    url_column: Annotated[
        str, typer.Option("--url-column", metavar="FIELD", help="Field of a URL to fetch.")
    ] = "url",
    points: Annotated[
        int | None,
        typer.Option("--points", "-n", metavar="N", min=1, help="Key points per summary."),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option("--words", "-w", metavar="N", min=1, help="Word budget per summary."),
    ] = None,
    master: Annotated[
        str | None,
        typer.Option(
            "--master",
            metavar="URL",
            help="Spark master URL, e.g. spark://HOST:7077 (spark engine).",
        ),
    ] = None,
    conf: Annotated[
        list[str] | None,
        typer.Option(
            "--conf", metavar="KEY=VALUE", help="Spark setting, repeatable (spark engine)."
        ),
    ] = None,
    allow_private_network: Annotated[
        bool, typer.Option("--allow-private-network", help=PRIVATE_HELP)
    ] = False,
    allow_failures: Annotated[
        bool,
        typer.Option(
            "--allow-failures",
            help="Exit 0 even when records failed (their errors are in the output).",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the final summary.")] = False,
) -> None:
    """Summarize every record of the inputs into --out, resumably, locally or on Spark.

    Exits 5 when records failed (each failed record's error is in the output), unless
    --allow-failures.

    Example: nutgraf batch 'dump/*.jsonl' --out summaries/ --workers 2 --resume
    """
    logging.basicConfig(level=logging.WARNING, format="nutgraf: %(message)s", stream=sys.stderr)
    logging.getLogger("nutgraf.batch").setLevel(logging.WARNING if quiet else logging.INFO)
    if engine not in ("local", "spark"):
        fail(f"--engine must be local or spark, not {engine!r}")
    if fmt not in ("jsonl", "parquet"):
        fail(f"--format must be jsonl or parquet, not {fmt!r}")
    spark_conf: dict[str, str] = {}
    for item in conf or []:
        key, sep, value = item.partition("=")
        if not sep:
            fail(f"--conf wants KEY=VALUE, not {item!r}")
        spark_conf[key.strip()] = value.strip()
    config = Config.from_env(os.environ, allow_private_network=allow_private_network or None)
    try:
        result = run(
            inputs,
            out,
            engine=_engine(engine),
            workers=workers,
            fmt=_fmt(fmt),
            resume=resume,
            shard_size=shard_size,
            columns=Columns(id_column, text_column, html_column, url_column),
            config=config,
            points=points,
            words=words,
            timeout=timeout,
            master=master,
            spark_conf=spark_conf,
            progress_bar=sys.stderr.isatty() and not quiet,
        )
    except BatchError as exc:  # the engine stopped: not the input's fault
        fail(f"{exc} (run again with --resume to continue)", FAILURE)
    except KeyboardInterrupt:
        typer.echo("nutgraf: interrupted; run again with --resume to continue", err=True)
        raise typer.Exit(INTERRUPTED) from None
    typer.echo(report(result))
    if result.failed_shards:
        raise typer.Exit(FAILURE)
    if result.errors and not allow_failures:
        error(
            f"{result.errors:,} of {result.records:,} records failed (see their 'error' in "
            "the output; --allow-failures exits 0 all the same)"
        )
        raise typer.Exit(FELL_SHORT)


def report(result: BatchResult) -> str:
    """The final summary: shards, records by status, time."""
    rate = result.records / result.seconds if result.seconds else 0.0
    lines = [
        f"{result.records:,} records in {result.seconds:.1f} s ({rate:,.1f} records/s) "
        f"into {result.out}",
        f"shards: {result.shards:,} ({result.skipped_shards:,} already done)",
    ]
    for status, n in sorted(result.counts.items(), key=lambda kv: (kv[0] != OK, -kv[1])):
        lines.append(f"  {status}: {n:,}")
    if result.worker_deaths:
        lines.append(f"worker deaths: {result.worker_deaths}")
    if result.failed_shards:
        lines.append(f"failed shards: {', '.join(result.failed_shards)}")
    return "\n".join(lines)


def _engine(value: str) -> Engine:
    return "spark" if value == "spark" else "local"


def _fmt(value: str) -> OutputFormat:
    return "parquet" if value == "parquet" else "jsonl"

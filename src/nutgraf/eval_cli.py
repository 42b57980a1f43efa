"""``nutgraf eval``: ROUGE, faithfulness and speed of nutgraf beside baselines, one run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from nutgraf.errors import InputError
from nutgraf.evaluate import METRICS, evaluate, read_records

_FLOORS = Path(__file__).with_name("eval_floors.json")


def eval_command(
    data: Annotated[Path, typer.Argument(help="JSONL: {id, article, highlights|summary}.")],
    language: Annotated[str | None, typer.Option(help="en or ru; detected when omitted.")] = None,
    points: Annotated[
        int, typer.Option(help="The fixed point count scored beside the default summary.")
    ] = 3,
    baselines: Annotated[str, typer.Option(help="Comma-separated: lead3,lexrank,textrank.")] = (
        "lead3,lexrank,textrank"
    ),
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    min_rouge1: Annotated[
        float | None,
        typer.Option(help="Exit 1 when the default summary's ROUGE-1 is below this."),
    ] = None,
    min_rouge1_points: Annotated[
        float | None,
        typer.Option(help="Exit 1 when the --points summary's ROUGE-1 is below this."),
    ] = None,
) -> None:
    """Score nutgraf against Lead-3, LexRank and TextRank on a summarization set.

    Example: nutgraf eval ../shared/data/summarization/cnndm-validation.jsonl --language en
    """
    err = Console(stderr=True)
    try:
        records = read_records(data)
        names = [b.strip() for b in baselines.split(",") if b.strip()]
        with Progress(console=err, transient=True) as bar:
            task = bar.add_task(f"eval {data.name}", total=len(records))
            report = evaluate(
                records,
                language=language,
                points=(None, points),
                titles=(True, False),
                baselines=names,
                on_article=lambda: bar.advance(task),
            )
    except InputError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from exc
    except ImportError as exc:
        err.print(f"error: {exc.name} is missing: pip install 'nutgraf[eval]'", markup=False)
        raise typer.Exit(2) from exc
    if output_format == "json":
        typer.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        Console(width=200).print(_table(report))
        _print_extras(report)
    for name, floor in (("nutgraf", min_rouge1), (f"nutgraf points={points}", min_rouge1_points)):
        r1 = report["systems"][name]["rouge1"]["f"]
        if floor is not None and r1 < floor:
            err.print(f"quality gate: {name} ROUGE-1 {r1:.2f} < floor {floor:.2f}", markup=False)
            raise typer.Exit(1)


def floors() -> dict[str, Any]:
    """The pinned ROUGE-1 floors of ``.ci/run``, by data set file name."""
    data: dict[str, Any] = json.loads(_FLOORS.read_text(encoding="utf-8"))
    return data


def _table(report: dict[str, Any]) -> Table:
    table = Table(title=f"n={report['n']}, F1 x100 [95% CI]; baselines: 3 sentences")
    for col in ("system", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum", "words", "key F1", "dangling %"):
        table.add_column(col)
    for col in ("hedges kept %", "quotes cut %", "span errors", "median ms"):
        table.add_column(col)
    for name, s in report["systems"].items():
        f = s["faithfulness"]
        cells = [f"{s[m]['f']:.2f} [{s[m]['ci95'][0]:.2f}, {s[m]['ci95'][1]:.2f}]" for m in METRICS]
        table.add_row(
            name,
            *cells,
            f"{s['words']:.0f}",
            f"{s['key_f1']:.2f}" if "key_f1" in s else "-",
            f"{f['dangling_pct']:.2f}",
            f"{f['hedges_kept_pct']:.1f} ({f['hedge_cases']})",
            f"{f['quotes_cut_pct']:.2f}",
            str(f["span_errors"]),
            f"{s['median_ms']:.2f}",
        )
    return table


def _print_extras(report: dict[str, Any]) -> None:
    for key, gains in report.items():
        if key.startswith("gain_vs_"):
            for name, gain in gains.items():
                cells = ", ".join(
                    f"{m} {g['f']:+.2f} [{g['ci95'][0]:+.2f}, {g['ci95'][1]:+.2f}]"
                    for m, g in gain.items()
                )
                typer.echo(f"{name} - {key[8:]} (paired 95% CI): {cells}")
    if report.get("cleaner_changed"):
        typer.echo(f"articles the scraped-text cleaner changed: {report['cleaner_changed']}")
    if "speed_ratio_lexrank_over_nutgraf" in report:
        ratio = report["speed_ratio_lexrank_over_nutgraf"]
        typer.echo(f"speed: LexRank median / nutgraf median = {ratio}x")

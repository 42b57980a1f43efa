"""``nutgraf eval``: ROUGE, faithfulness and speed of nutgraf beside baselines, one run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress

from nutgraf.cli_edge import FELL_SHORT, UNAVAILABLE, fail
from nutgraf.evaluate import METRICS, evaluate, read_records
from nutgraf.languages import normalize_language

_FLOORS = Path(__file__).with_name("eval_floors.json")


def eval_command(
    data: Annotated[
        Path,
        typer.Argument(
            metavar="DATA",
            help="JSONL, one record a line: {id, article, highlights|summary}.",
            show_default=False,
        ),
    ],
    language: Annotated[
        str | None,
        typer.Option(metavar="CODE", help="en or ru; detected per article when omitted."),
    ] = None,
    points: Annotated[
        int,
        typer.Option(
            metavar="N",
            min=1,
            max=50,
            help="The fixed point count scored beside the default summary.",
        ),
    ] = 3,
    baselines: Annotated[
        str, typer.Option(metavar="NAMES", help="Comma-separated: lead3,lexrank,textrank.")
    ] = "lead3,lexrank,textrank",
    output_format: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="table or json.")
    ] = "table",
    as_json: Annotated[
        bool, typer.Option("--json", help="The report as JSON (same as --format json).")
    ] = False,
    min_rouge1: Annotated[
        float | None,
        typer.Option(
            metavar="F1",
            help="Quality gate: exit 5 when the default summary's ROUGE-1 is below this.",
        ),
    ] = None,
    min_rouge1_points: Annotated[
        float | None,
        typer.Option(
            metavar="F1",
            help="Quality gate: exit 5 when the --points summary's ROUGE-1 is below this.",
        ),
    ] = None,
) -> None:
    """Score nutgraf against Lead-3, LexRank and TextRank on a summarization set.

    Example: nutgraf eval ../shared/data/summarization/cnndm-validation.jsonl --language en
    """
    if output_format not in ("table", "json"):
        fail(f"--format must be table or json, not {output_format!r}")
    if language is not None:
        language = normalize_language(language)
    err = Console(stderr=True)
    records = read_records(data)
    names = [b.strip() for b in baselines.split(",") if b.strip()]
    try:
        with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task(f"eval {data.name}", total=len(records))
            report = evaluate(
                records,
                language=language,
                points=(None, points),
                titles=(True, False),
                baselines=names,
                on_article=lambda: bar.advance(task),
            )
    except ImportError as exc:
        fail(f"{exc.name} is missing: pip install 'nutgraf[eval]'", UNAVAILABLE)
    if as_json or output_format == "json":
        typer.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        width = shutil.get_terminal_size().columns  # COLUMNS, else the terminal's, else 80
        typer.echo(f"n={report['n']}: F1 x100 [95% CI]; baselines: 3 sentences")
        typer.echo(grid(_quality_rows(report), width))
        typer.echo("\nfaithfulness and speed")
        typer.echo(grid(_faithfulness_rows(report), width))
        _print_extras(report)
    for name, floor in (("nutgraf", min_rouge1), (f"nutgraf points={points}", min_rouge1_points)):
        r1 = report["systems"][name]["rouge1"]["f"]
        if floor is not None and r1 < floor:
            fail(f"quality gate: {name} ROUGE-1 {r1:.2f} < floor {floor:.2f}", FELL_SHORT)


def floors() -> dict[str, Any]:
    """The pinned ROUGE-1 floors of ``.ci/run``, by data set file name."""
    data: dict[str, Any] = json.loads(_FLOORS.read_text(encoding="utf-8"))
    return data


def _quality_rows(report: dict[str, Any]) -> list[list[str]]:
    rows = [["system", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum", "words", "key F1"]]
    for name, s in report["systems"].items():
        # The interval to one decimal (the JSON has two): a row then fits 80 columns.
        cells = [f"{s[m]['f']:.2f} [{s[m]['ci95'][0]:.1f}, {s[m]['ci95'][1]:.1f}]" for m in METRICS]
        key_f1 = f"{s['key_f1']:.2f}" if "key_f1" in s else "-"
        rows.append([name, *cells, f"{s['words']:.0f}", key_f1])
    return rows


def _faithfulness_rows(report: dict[str, Any]) -> list[list[str]]:
    rows = [["system", "dangling %", "hedges kept %", "quotes cut %", "span errors", "ms"]]
    for name, s in report["systems"].items():
        f = s["faithfulness"]
        rows.append(
            [
                name,
                f"{f['dangling_pct']:.2f}",
                f"{f['hedges_kept_pct']:.1f} ({f['hedge_cases']})",
                f"{f['quotes_cut_pct']:.2f}",
                str(f["span_errors"]),
                f"{s['median_ms']:.2f}",
            ]
        )
    return rows


def grid(rows: list[list[str]], width: int) -> str:
    """``rows`` (a header first) as aligned columns when they fit ``width``, else one block
    per row: a table that wraps mid-row is unreadable, a narrow terminal gets blocks."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    if sum(widths) + 2 * (len(widths) - 1) <= width:
        lines = []
        for k, row in enumerate(rows):
            cells = [
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ]
            lines.append("  ".join(cells).rstrip())
            if k == 0:
                lines.append("-" * len(lines[0]))
        return "\n".join(lines)
    header, label = rows[0], max(len(h) for h in rows[0][1:])
    blocks = []
    for row in rows[1:]:
        blocks.append(row[0])
        blocks += [f"  {h.ljust(label)}  {c}" for h, c in zip(header[1:], row[1:], strict=True)]
    return "\n".join(blocks)


def _print_extras(report: dict[str, Any]) -> None:
    for key, gains in report.items():
        if key.startswith("gain_vs_"):
            for name, gain in gains.items():
                typer.echo(f"\n{name} - {key[8:]}, paired 95% CI:")
                for m, g in gain.items():
                    typer.echo(f"  {m} {g['f']:+.2f} [{g['ci95'][0]:+.2f}, {g['ci95'][1]:+.2f}]")
    if report.get("cleaner_changed"):
        typer.echo(f"articles the scraped-text cleaner changed: {report['cleaner_changed']}")
    if "speed_ratio_lexrank_over_nutgraf" in report:
        ratio = report["speed_ratio_lexrank_over_nutgraf"]
        typer.echo(f"speed: LexRank median / nutgraf median = {ratio}x")

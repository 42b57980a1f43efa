"""What users of trafilatura, httpie and sumy expect of a command line.

``--version``, ``-h``, help that shows flags as flags and arguments by name, a report that
fits the terminal, JSON for machines, and a note (not silence) for a language without cues.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from nutgraf import __version__
from nutgraf.cli import app

runner = CliRunner()


def _leaves() -> list[tuple[str, ...]]:
    def walk(command: Any, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        if not hasattr(command, "list_commands"):  # a command, not a group
            return [path]
        ctx = typer.Context(command)  # groups list (and load) their commands on demand
        subs = [(name, command.get_command(ctx, name)) for name in command.list_commands(ctx)]
        return [p for name, sub in subs for p in walk(sub, (*path, name))]

    return walk(typer.main.get_command(app), ())


def test_version_long_and_short() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nutgraf", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout == f"nutgraf {__version__}\n"
    assert runner.invoke(app, ["-V"]).stdout == f"nutgraf {__version__}\n"


def test_no_command_prints_the_help() -> None:
    done = runner.invoke(app, [])
    assert done.exit_code == 0
    assert done.stdout.startswith("Usage: ") and "summarize" in done.stdout


@pytest.mark.parametrize("path", _leaves(), ids=" ".join)
def test_help_shows_flags_as_flags_and_arguments_by_name(path: tuple[str, ...]) -> None:
    short = runner.invoke(app, [*path, "-h"])
    assert short.exit_code == 0, short.stderr
    assert runner.invoke(app, [*path, "--help"]).stdout == short.stdout
    text = short.stdout
    assert not re.search(r"<(bool|str|int|float|path)>", text), text
    usage = text.splitlines()[0]
    assert usage.startswith(f"Usage: nutgraf {' '.join(path)} [OPTIONS]") and "{" not in usage
    for word in usage.split()[3 + len(path) :]:
        assert re.fullmatch(r"\[?[A-Z][A-Z_=]*\]?(\.\.\.)?", word), usage
    command: Any = typer.main.get_command(app)
    for name in path:
        command = command.get_command(typer.Context(command), name)
    for param in command.params:
        if getattr(param, "is_flag", False):
            row = next(line for line in text.splitlines() if max(param.opts, key=len) in line)
            after = row.split(max(param.opts, key=len), 1)[1]
            assert not after.startswith(" [A-Z]") and not re.match(r" [A-Z]{2,}\b", after), row


def test_bad_option_is_one_line_naming_the_help() -> None:
    done = runner.invoke(app, ["summarize", "--example", "--points", "many"])
    assert done.exit_code == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("nutgraf: error: Invalid value for '--points'")
    assert done.stderr.rstrip().endswith("(see 'nutgraf summarize --help')")


def test_a_language_without_cue_lists_works_and_says_so_once() -> None:
    done = runner.invoke(app, ["summarize", "--example", "--language", "de"])
    assert done.exit_code == 0, done.stderr
    assert done.stdout.count("• ") >= 1
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("nutgraf: note: no cue lists for German (de)")
    plain = runner.invoke(app, ["summarize", "--example", "--language", "en"])
    assert plain.exit_code == 0 and plain.stderr == ""


@pytest.fixture
def eval_set(tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonl"
    lines = [
        {
            "id": str(i),
            "article": f"Storm {i} hit the coast on Monday. Roads closed across the county. "
            "Power failed in 3,000 homes. Schools shut for two days.",
            "highlights": "Storm hit the coast. Roads closed.",
        }
        for i in range(4)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_eval_table_fits_the_terminal_and_json_is_for_machines(eval_set: Path) -> None:
    args = ["eval", str(eval_set), "--language", "en", "--baselines", "lead3"]
    wide = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert wide.exit_code == 0, wide.stderr
    lines = wide.stdout.splitlines()
    header = next(line for line in lines if line.startswith("system"))
    assert header.split()[:4] == ["system", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum"]
    assert any(line.startswith("nutgraf ") and line.count("[") == 3 for line in lines)
    assert max(len(line) for line in lines) <= 200 and "dangling %" in wide.stdout
    for columns in (80, 50):
        narrow = runner.invoke(app, args, env={"COLUMNS": str(columns)})
        assert narrow.exit_code == 0
        assert max(len(line) for line in narrow.stdout.splitlines()) <= columns, narrow.stdout
        assert "\nnutgraf\n" in narrow.stdout  # a row that does not fit: one block a system
        assert "  ROUGE-1 " in narrow.stdout
    machine = runner.invoke(app, [*args, "--json"])
    assert machine.exit_code == 0
    report = json.loads(machine.stdout)
    assert {"nutgraf", "lead3"} <= set(report["systems"]) and report["n"] == 4


def test_eval_quality_gate_exits_5_with_one_line(eval_set: Path) -> None:
    args = ["eval", str(eval_set), "--language", "en", "--baselines", "lead3", "--json"]
    done = runner.invoke(app, [*args, "--min-rouge1", "101"])
    assert done.exit_code == 5
    assert done.stderr.startswith("nutgraf: error: quality gate: nutgraf ROUGE-1 ")
    assert done.stderr.count("\n") == 1

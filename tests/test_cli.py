"""The CLI as a user runs it: a real subprocess, exit codes and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import LoopbackServer, respond

ARTICLE = """Home
News
Sport

Council delays vote on new tram line

No time to read?
Get a summary

The city council of Brindle postponed its vote on a new tram line on Monday, citing rising construction costs. The line would link the station with the university district.

Mayor Anna Reyes said the council still supports the project. She added that no final decision has been taken and that a new cost estimate is due in May.

Engineers put the cost at 240 million euros, up from 180 million euros two years ago.

Previous Article
Storm closes harbour road
Next Article
Bakery wins national award
"""


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "nutgraf", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_summarize_text_file_as_json(article_file: Path) -> None:
    done = run("summarize", str(article_file), "--format", "json", "--points", "2")
    assert done.returncode == 0, done.stderr.decode()
    data = json.loads(done.stdout)
    assert data["title"] == "Council delays vote on new tram line"
    assert len(data["points"]) == 2
    body = ARTICLE
    for point in data["points"]:
        assert point["text"] in body
    assert data["language"] == "en"


def test_summarize_stdin_markdown_and_text(article_file: Path) -> None:
    md = run("summarize", "-", "--format", "markdown", stdin=ARTICLE.encode())
    assert md.returncode == 0, md.stderr.decode()
    assert md.stdout.decode().startswith("## Council delays vote on new tram line")
    text = run("summarize", str(article_file))
    assert text.returncode == 0
    assert "• " in text.stdout.decode()
    assert "Previous Article" not in text.stdout.decode()


def test_example_runs() -> None:
    done = run("summarize", "--example")
    assert done.returncode == 0, done.stderr.decode()
    assert "ferr" in done.stdout.decode().lower()


RU_ARTICLE = """Городская дума Самары отложила голосование о новой линии трамвая

Городская дума Самары в понедельник отложила голосование о новой линии трамвая из-за роста стоимости строительства. Линия должна соединить вокзал с университетским районом.

Мэр Анна Рейес заявила, что дума по-прежнему поддерживает проект. Окончательное решение не принято, новая смета ожидается в мае.

Инженеры оценивают стоимость в 240 млн евро против 180 млн евро два года назад.
"""


def test_summarize_russian_writes_nothing_to_stderr(tmp_path: Path) -> None:
    """Russian runs natasha and pymorphy2: their import-time warnings stay out of the user's way."""
    path = tmp_path / "ru.txt"
    path.write_text(RU_ARTICLE, encoding="utf-8")
    done = run("summarize", str(path), "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr.decode() == ""
    data = json.loads(done.stdout)
    assert data["language"] == "ru"
    assert data["facts"]["places"] == ["Самара"]  # in the nominative, from "Самары"
    assert "240 млн евро" in [q["text"] for q in data["facts"]["quantities"]]


def test_summarize_url_from_loopback(http_server: LoopbackServer) -> None:
    html = f"<html><head><title>Council delays vote</title></head><body><article><h1>Council delays vote on new tram line</h1>{''.join(f'<p>{p}</p>' for p in ARTICLE.split(chr(10) * 2)[3:6])}</article></body></html>"
    http_server.routes["/story"] = respond(200, html.encode())
    done = run(
        "summarize",
        http_server.url("/story"),
        "--format",
        "json",
        "--allow-private-network",
        env={"NUTGRAF_ALLOWED_PORTS": "any"},
    )
    assert done.returncode == 0, done.stderr.decode()
    assert "tram" in json.loads(done.stdout)["points"][0]["text"]
    refused = run("summarize", http_server.url("/story"), env={"NUTGRAF_ALLOWED_PORTS": "any"})
    assert refused.returncode == 2
    assert (
        refused.stderr.decode().strip()
        == "nutgraf: error: refused: 127.0.0.1 resolves to a non-public address"
    )


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        (b"", 2, "empty"),
        (b"   \n\n  \n", 2, "empty"),
        (bytes(range(256)) * 50, 2, "binary"),
        (
            b"Home\nNews\nSport\nNo time to read?\nGet a summary\nPrevious Article\nNext Article\n",
            2,
            "article",
        ),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", 2, "article"),
    ],
)
def test_bad_input_gives_one_line_error(
    tmp_path: Path, content: bytes, code: int, message: str
) -> None:
    path = tmp_path / "bad"
    path.write_bytes(content)
    done = run("summarize", str(path))
    err = done.stderr.decode()
    assert done.returncode == code, err
    assert err.count("\n") == 1 and err.startswith("nutgraf: error:") and message in err.lower()
    assert "Traceback" not in err and done.stdout == b""


def test_oversize_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(b"All work and no play. " * (50 * 1024 * 1024 // 22))
    done = run("summarize", str(path))
    assert done.returncode == 2
    assert "larger than" in done.stderr.decode()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summarize", "/no/such/file.txt"], "no such file"),
        (["summarize", "file:///etc/passwd"], "scheme"),
        (["summarize", "gopher://example.org/"], "scheme"),
        (["summarize", "http://127.0.0.1:9/"], "refused"),
        (["summarize", "--example", "--format", "yaml"], "--format"),
        (["summarize", "--example", "--points", "0"], "points"),
        (["summarize", "--example", "--words", "-3"], "words"),
    ],
)
def test_bad_arguments(args: list[str], message: str) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert message in done.stderr.decode()


def test_unreachable_url_exits_3() -> None:
    done = run(
        "summarize",
        "http://127.0.0.1:9/",
        "--allow-private-network",
        env={"NUTGRAF_ALLOWED_PORTS": "any"},
    )
    assert done.returncode == 3
    assert "connect" in done.stderr.decode()


def test_help_has_examples() -> None:
    done = run("summarize", "--help")
    assert done.returncode == 0 and b"Example:" in done.stdout


def test_every_command_has_help_with_an_example() -> None:
    import typer.main

    from nutgraf.cli import app

    def leaves(command: Any, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        if not hasattr(command, "list_commands"):  # a command, not a group
            return [path]
        ctx = typer.Context(command)  # groups list (and load) their commands on demand
        names = command.list_commands(ctx)
        subs = [(name, command.get_command(ctx, name)) for name in names]
        return [p for name, sub in subs for p in leaves(sub, (*path, name))]

    group = typer.main.get_command(app)
    paths = leaves(group, ())
    assert {"summarize", "eval", "serve"} <= {p[0] for p in paths}
    for path in paths:
        done = run(*path, "--help")
        assert done.returncode == 0, path
        assert b"Example" in done.stdout, f"nutgraf {' '.join(path)} --help has no example"

"""Every command, every bad input: one line on stderr and a documented exit code.

The codes are nutgraf.cli_edge's (README, "Exit codes"): 2 bad usage or input, 3 fetch
failed, 4 store or address unavailable. Most cases run in-process (the same ``Group.main``
the script runs); the last ones run ``python -m nutgraf`` and ``nutgraf`` as a user does.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nutgraf.cli import app

runner = CliRunner()

# Nothing listens on port 1 of the loopback: the connection is refused at once.
DEAD_PG = "postgresql://u:secret@127.0.0.1:1/nutgraf"
BINARY = bytes(range(256)) * 64


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "binary.jsonl").write_bytes(BINARY)
    (tmp_path / "binary.txt").write_bytes(BINARY)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.jsonl").write_text("not json\n", encoding="utf-8")
    (tmp_path / "ok.jsonl").write_text(
        '{"id": "1", "article": "Storm hit the coast. Roads closed.", "highlights": "Storm."}\n',
        encoding="utf-8",
    )
    (tmp_path / "not-a-db.sqlite").write_bytes(b"this is no database\n" * 100)
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    return {
        "tmp": str(tmp_path),
        "db": f"sqlite:///{tmp_path / 'store.db'}",
        "notdb": f"sqlite:///{tmp_path / 'not-a-db.sqlite'}",
    }


CASES: list[tuple[str, int, str]] = [
    # summarize
    ("summarize {tmp}/binary.txt", 2, "binary"),
    ("summarize {tmp}/folder", 2, "directory"),
    ("summarize {tmp}/missing.txt", 2, "no such file"),
    ("summarize {tmp}/empty.txt", 2, "empty"),
    ("summarize http://", 2, "no host"),
    ("summarize http://[::1", 2, "not a valid URL"),
    ("summarize --example --language xx", 2, "unknown language code 'xx'"),
    ("summarize --example --points abc", 2, "--points"),
    ("summarize --example --bogus", 2, "no such option: --bogus"),
    ("summarize --example --kind foo", 2, "--kind"),
    ("summarize --example --format yaml", 2, "--format"),
    # eval
    ("eval {tmp}/binary.jsonl", 2, "not utf-8"),
    ("eval {tmp}/folder", 2, "directory"),
    ("eval {tmp}/missing.jsonl", 2, "no such file"),
    ("eval {tmp}/bad.jsonl", 2, "not an evaluation record"),
    ("eval {tmp}/ok.jsonl --format xml", 2, "--format"),
    ("eval {tmp}/ok.jsonl --language xx", 2, "unknown language code"),
    ("eval {tmp}/ok.jsonl --baselines foo", 2, "unknown baseline"),
    ("eval {tmp}/ok.jsonl --points 0", 2, "--points"),
    # serve: every one of these fails before a model loads (port 0: any free port)
    (f"serve --port 0 --db {DEAD_PG}", 4, "cannot open the store"),
    ("serve --port 0 --db {notdb}", 4, "not a database"),
    ("serve --port 0 --db foo://x", 2, "store url"),
    ("serve --port 99999", 2, "--port"),
    ("serve --port 0 --workers 0", 2, "--workers"),
    ("serve --port 0 --update-feeds-every soon", 2, "not a duration"),
    ("serve --port 0 --log-level loud", 2, "--log-level"),
    ("serve --port 0 --open-site javascript:alert(1)", 2, "--open-site"),
    ("serve --port 0 --forwarded-allow-ips proxy", 2, "--forwarded-allow-ips"),
    # keys
    (f"keys list --db {DEAD_PG}", 4, "cannot open the store"),
    (f"keys create acme --db {DEAD_PG}", 4, "cannot open the store"),
    (f"keys revoke acme --db {DEAD_PG}", 4, "cannot open the store"),
    ("keys list --db {notdb}", 4, "not a database"),
    ("keys revoke nobody --db {db}", 2, "no api key named"),
    ("keys create acme --rate 0 --db {db}", 2, "--rate"),
    ("keys create --db {db}", 2, "missing argument"),
    # feed
    (f"feed list --db {DEAD_PG}", 4, "cannot open the store"),
    (f"feed add http://127.0.0.1:1/rss --db {DEAD_PG}", 4, "cannot open the store"),
    (f"feed update --db {DEAD_PG}", 4, "cannot open the store"),
    ("feed add javascript:alert(1) --db {db}", 2, "refused"),
    ("feed add http://[::1 --db {db}", 2, "not a valid url"),
    ("feed list --format xml --db {db}", 2, "--format"),
    ("feed update --threads 0 --db {db}", 2, "--threads"),
    # batch
    ("batch {tmp}/missing.jsonl --out {tmp}/o", 2, "no such file"),
    ("batch {tmp}/bad.jsonl --out {tmp}/a-file", 2, "cannot write the output folder"),
    ("batch {tmp}/binary.txt --out {tmp}/o --engine dask", 2, "--engine"),
    ("batch {tmp}/bad.jsonl --out {tmp}/o --workers 0", 2, "--workers"),
    ("batch {tmp}/bad.jsonl --out {tmp}/o --timeout -1", 2, "--timeout"),
    ("batch {tmp}/bad.jsonl --out {tmp}/o --conf spark", 2, "--conf"),
    ("batch {tmp}/a-file --out {tmp}/o", 2, "unknown input type"),
    ("batch {tmp}/bad.jsonl", 2, "missing option '--out'"),
    # the top level
    ("--bogus", 2, "no such option"),
    ("bogus", 2, "no such command"),
]


@pytest.mark.parametrize(("line", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_line_and_a_documented_code(
    files: dict[str, str], line: str, code: int, message: str
) -> None:
    args = [arg.format(**files) for arg in line.split()]
    done = runner.invoke(app, args)
    assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
    err = done.stderr
    assert done.exit_code == code, err
    assert err.startswith("nutgraf: error: ") and err.count("\n") == 1, err
    assert message.lower() in err.lower()
    assert "Traceback" not in err and done.stdout == ""
    assert "secret" not in err  # the store's password is never shown


def test_store_errors_stop_before_anything_is_written(files: dict[str, str]) -> None:
    done = runner.invoke(app, ["keys", "list", "--db", files["notdb"]])
    assert done.exit_code == 4
    assert Path(files["notdb"].removeprefix("sqlite:///")).read_bytes().startswith(b"this is")


def test_serve_on_a_taken_port_exits_4_before_loading_anything(tmp_path: Path) -> None:
    """The port is checked first: no store is created, no model loads."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        db = tmp_path / "never.db"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "nutgraf",
                "serve",
                "--port",
                str(port),
                "--db",
                f"sqlite:///{db}",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 4, done.stderr
    assert (
        done.stderr
        == f"nutgraf: error: cannot listen on 127.0.0.1:{port}: Address already in use\n"
    )
    assert not db.exists()


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["eval", "BINARY"], 2),
        (["keys", "list", "--db", DEAD_PG], 4),
        (["summarize", "--example", "--bogus"], 2),
        (["summarize", "--example", "-l", "xx"], 2),
    ],
)
def test_python_m_nutgraf_and_the_script_agree(tmp_path: Path, args: list[str], code: int) -> None:
    (tmp_path / "binary.jsonl").write_bytes(BINARY)
    args = [str(tmp_path / "binary.jsonl") if a == "BINARY" else a for a in args]
    script = shutil.which("nutgraf", path=os.path.dirname(sys.executable))
    commands = [[sys.executable, "-m", "nutgraf"]] + ([[script]] if script else [])
    for command in commands:
        done = subprocess.run([*command, *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == code, (command, done.stderr)
        assert done.stderr.startswith("nutgraf: error: ") and done.stderr.count("\n") == 1
        assert done.stdout == ""

"""``nutgraf batch`` tells a run with failed records from a clean one, by its exit code."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from batch_helpers import all_records, nutgraf_cmd

from nutgraf.batch.inputs import Columns, from_fields

STORY = (
    "The council of Brindle approved the new budget on Monday after a long debate. "
    "It adds 12 buses to the city fleet next year. The mayor said fares will not rise."
)


def _write(path: Path) -> None:
    records = [
        {"id": "ok", "text": STORY},
        {"id": "e", "text": ""},
        {"id": "none", "title": "no body at all"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_batch_with_failed_records_exits_5_unless_allowed(tmp_path: Path) -> None:
    _write(tmp_path / "in.jsonl")
    failed = subprocess.run(
        [*nutgraf_cmd(str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out"), "-j", "1")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert failed.returncode == 5, failed.stderr
    assert "ok: 1" in failed.stdout and "InputError: 2" in failed.stdout
    last = failed.stderr.strip().splitlines()[-1]
    assert last.startswith("nutgraf: error: 2 of 3 records failed") and "--allow-failures" in last
    errors = {r["id"]: r["error"] for r in all_records(tmp_path / "out")}
    assert errors["ok"] is None
    assert errors["e"] == "the record's 'text' is empty"
    assert "has no 'text', 'html' or 'url'" in errors["none"]
    allowed = subprocess.run(
        [
            *nutgraf_cmd(str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out2"), "-j", "1"),
            "--allow-failures",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert allowed.returncode == 0, allowed.stderr
    assert "InputError: 2" in allowed.stdout


def test_batch_empty_fields_are_named_as_empty() -> None:
    columns = Columns("id", "text", "html", "url")
    assert from_fields({"id": "a", "text": ""}, "f:1", columns).error == (
        "InputError: the record's 'text' is empty"
    )
    both = from_fields({"id": "a", "text": "", "html": ""}, "f:1", columns).error
    assert both == "InputError: the record's 'text' and 'html' are empty"
    # An empty field beside a full one is no error: the full one is used.
    assert from_fields({"id": "a", "text": "", "url": "https://x"}, "f:1", columns).kind == "url"

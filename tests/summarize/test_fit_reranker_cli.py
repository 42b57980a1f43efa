"""``scripts/fit_reranker.py`` on bad options: a one-line error and exit code 2, before any
data is read or any model file written. Its figures come from nested CV on ../shared
(docs/benchmarks.md), not from here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "fit_reranker.py"
MODELS = [ROOT / "src/nutgraf/summarize/weights.json", ROOT / "src/nutgraf/summarize/trees.json"]


@pytest.mark.parametrize("value", ["0", "7"])
def test_points_lists_outside_one_to_six_is_refused(value: str, tmp_path: Path) -> None:
    before = [p.read_bytes() for p in MODELS]
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--shared",
            str(tmp_path),
            "--points-lists",
            value,
            "--write",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert f"--points-lists [{value}]: each from 1 to 6" in done.stderr
    assert [p.read_bytes() for p in MODELS] == before


def test_without_the_summarization_sets_nothing_is_fitted(tmp_path: Path) -> None:
    before = [p.read_bytes() for p in MODELS]
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--shared", str(tmp_path), "--keep-others", "--write"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "not found (the visible summarization sets); nothing to fit" in done.stderr
    assert [p.read_bytes() for p in MODELS] == before

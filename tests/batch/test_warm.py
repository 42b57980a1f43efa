"""Batch workers' warm-up: one-time set-up paid before the first record's deadline."""

from __future__ import annotations

import subprocess
import sys


def test_warm_up_builds_the_slow_html_path_tables() -> None:
    # A fresh process: jusText's stop-word lists are built only by trafilatura's full
    # cascade, which the warm-up page's precision run would not reach on its own.
    code = (
        "import trafilatura.external as e\n"
        "from nutgraf.batch.warm import warm_up\n"
        "from nutgraf.pipeline import Summarizer\n"
        "assert e.JT_STOPLIST is None\n"
        "warm_up(Summarizer())\n"
        "print(e.JT_STOPLIST is not None)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"

"""Progress off a terminal: plain periodic log lines with rate, errors and ETA."""

from __future__ import annotations

import logging
import time
from collections import Counter

import pytest

from nutgraf.batch.cli import report
from nutgraf.batch.driver import BatchResult
from nutgraf.batch.progress import Progress


def test_progress_logs_plain_lines_off_a_terminal(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="nutgraf.batch")
    progress = Progress(100, bar=False, interval=0.01)
    progress.advance(Counter({"ok": 30, "NoArticleError": 2}))
    time.sleep(0.02)
    progress.advance(Counter({"ok": 8}))
    progress.close()
    lines = [r.getMessage() for r in caplog.records]
    assert lines, "no progress line logged"
    assert lines[-1].startswith("40/100 records (40%)")
    assert "records/s, 2 errors, ETA" in lines[-1]


def test_progress_retracted_counts_leave_no_trace() -> None:
    progress = Progress(10)
    progress.advance(Counter({"ok": 3}))
    progress.advance(Counter({"ok": -3}))  # a dead worker's shard is counted again later
    progress.advance(Counter({"ok": 5}))
    assert +progress.counts == Counter({"ok": 5})


def test_progress_final_report_counts_by_status() -> None:
    result = BatchResult("/out", shards=4, skipped_shards=1, seconds=2.0)
    result.counts = Counter({"ok": 90, "NoArticleError": 7, "InputError": 3})
    text = report(result)
    assert text.splitlines()[0] == "100 records in 2.0 s (50.0 records/s) into /out"
    assert "shards: 4 (1 already done)" in text
    assert text.index("ok: 90") < text.index("NoArticleError: 7") < text.index("InputError: 3")

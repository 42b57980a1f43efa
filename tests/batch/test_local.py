"""The local engine end to end: every record once, bad records as statuses, resume."""

from __future__ import annotations

import json
import os
import random
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from batch_helpers import all_records, article, id_counts, run_cli, write_jsonl

from nutgraf.batch import FIELDS, run
from nutgraf.batch.records import SUMMARY_FIELDS
from nutgraf.config import Config
from nutgraf.errors import InputError
from nutgraf.pipeline import Summarizer

GOOD = "The mayor resigned on Friday after a long row over the budget. Voters in the city cheered."


def test_local_every_record_once_with_summary_fields(tmp_path: Path) -> None:
    ids = write_jsonl(tmp_path / "in.jsonl", 120)
    result = run([tmp_path / "in.jsonl"], tmp_path / "out", workers=2, shard_size=25)
    assert result.counts == Counter({"ok": 120})
    assert result.shards == 5
    records = all_records(tmp_path / "out")
    assert sorted(r["id"] for r in records) == sorted(ids)
    for r in records:
        assert tuple(r) == FIELDS
        assert r["points"] and r["version"].startswith("nutgraf-")
    assert not list((tmp_path / "out").glob(".*tmp*"))


def test_local_record_schema_matches_summary_to_dict() -> None:
    summary = Summarizer().summarize("The council met on Monday. It approved 12 buses.")
    assert tuple(summary.to_dict()) == SUMMARY_FIELDS


def test_local_bad_records_get_a_status_and_do_not_stop_the_batch(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "garbage.html").write_bytes(os.urandom(4000))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "huge.txt").write_bytes(b"word " * (11 * 1024 * 1024 // 5))  # 11 MB: over the cap
    (folder / "broken.html").write_text("<html><body><p>Unclosed <div><b>tags <table><tr><td>")
    (folder / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<button>Subscribe</button><footer>(c) 2024</footer></body></html>"
    )
    (folder / "good.txt").write_text(
        "The council approved the budget on Monday. It adds 12 buses. Critics disagree."
    )
    jsonl = tmp_path / "bad.jsonl"
    with jsonl.open("wb") as f:
        f.write(b"\xff\xfe\x00garbage\x01\n")
        f.write(b'["not", "an", "object"]\n')
        f.write(json.dumps({"id": "no-content"}).encode() + b"\n")
        f.write(json.dumps({"id": "big", "text": "Words here. " * 5_000_000}).encode() + b"\n")
        f.write(json.dumps({"id": "ok", "text": GOOD}).encode() + b"\n")
    started = time.monotonic()
    result = run([folder, jsonl], tmp_path / "out", workers=2, shard_size=3, timeout=10)
    assert time.monotonic() - started < 90
    by_id = {r["id"]: r for r in all_records(tmp_path / "out")}
    assert len(by_id) == 11 == result.records
    assert by_id["good.txt"]["status"] == "ok" and by_id["ok"]["status"] == "ok"
    assert by_id["empty.txt"]["status"] == "InputError"
    assert by_id["huge.txt"]["status"] == "InputError"
    assert by_id["garbage.html"]["status"] in ("InputError", "NoArticleError")
    assert by_id["broken.html"]["status"] in ("InputError", "NoArticleError")
    assert by_id["menu.html"]["status"] == "NoArticleError"
    assert by_id["no-content"]["status"] == "InputError"
    assert by_id["big"]["status"] == "InputError"  # 60 MB of text: over the cap, not run
    assert by_id[f"{jsonl}:1"]["status"] == "InputError"
    assert by_id[f"{jsonl}:2"]["error"] == "the line is not a JSON object"
    for r in by_id.values():
        assert r["error"] is None if r["status"] == "ok" else r["error"]


def test_local_per_record_deadline(tmp_path: Path) -> None:
    slow = " ".join(f"Sentence number {i} is about the council budget." for i in range(150_000))
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "slow", "text": slow})
        + "\n"
        + json.dumps({"id": "fast", "text": GOOD})
        + "\n"
    )
    result = run([path], tmp_path / "out", workers=1, timeout=0.5)
    by_id = {r["id"]: r for r in all_records(tmp_path / "out")}
    assert by_id["slow"]["status"] == "DeadlineExceeded"
    assert by_id["fast"]["status"] == "ok"
    assert result.seconds < 30


def test_local_resume_skips_finished_shards(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", 60)
    out = tmp_path / "out"
    first = run([tmp_path / "in.jsonl"], out, workers=1, shard_size=20)
    assert first.records == 60
    victim = sorted(out.glob("*.jsonl"))[1]
    victim.unlink()
    (out / f".{victim.name}.tmp-1-deadbeef").write_text('{"torn": ')
    second = run([tmp_path / "in.jsonl"], out, workers=1, shard_size=20, resume=True)
    assert (second.skipped_shards, second.records) == (2, 20)
    assert set(id_counts(out).values()) == {1} and len(id_counts(out)) == 60
    assert not list(out.glob(".*tmp*"))


def test_local_output_folder_guards(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", 10)
    out = tmp_path / "out"
    run([tmp_path / "in.jsonl"], out, workers=1, shard_size=5)
    with pytest.raises(InputError, match="--resume"):
        run([tmp_path / "in.jsonl"], out, workers=1, shard_size=5)
    with pytest.raises(InputError, match="other inputs, shard size"):
        run([tmp_path / "in.jsonl"], out, workers=1, shard_size=4, resume=True)


def test_local_parquet_in_and_out(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rng = random.Random(3)
    texts = [article(i, rng) for i in range(30)]
    pq.write_table(pa.table({"id": list(range(30)), "text": texts}), tmp_path / "in.parquet")
    result = run(
        [tmp_path / "in.parquet"], tmp_path / "out", workers=2, fmt="parquet", shard_size=8
    )
    assert result.counts == Counter({"ok": 30})
    records = all_records(tmp_path / "out")
    assert sorted(int(r["id"]) for r in records) == list(range(30))
    assert records[0]["points"][0]["text"]


def test_local_url_records_through_the_fetcher(tmp_path: Path, http_server: object) -> None:
    server = http_server
    page = b"<html><head><title>Budget</title></head><body><article><p>The council approved the budget on Monday after a long debate.</p><p>It adds 12 buses to the city fleet next year.</p></article></body></html>"

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(page)))
        handler.end_headers()
        handler.wfile.write(page)

    server.routes["/a"] = route  # type: ignore[attr-defined]
    path = tmp_path / "urls.jsonl"
    path.write_text(json.dumps({"id": "a", "url": server.url("/a")}) + "\n")  # type: ignore[attr-defined]
    refused = run([path], tmp_path / "out1", workers=1)
    assert refused.counts == Counter({"RefusedError": 1})
    config = Config(allow_private_network=True, allowed_ports=None)
    fetched = run([path], tmp_path / "out2", workers=1, config=config)
    assert fetched.counts == Counter({"ok": 1})
    (record,) = all_records(tmp_path / "out2")
    assert record["title"] == "Budget"


def test_local_cli_reports_counts_and_refuses_bad_options(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", 12)
    done = run_cli(str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out"), "-j", "1")
    assert done.returncode == 0, done.stderr
    assert "12 records" in done.stdout and "ok: 12" in done.stdout
    bad = run_cli(str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "o2"), "--engine", "dask")
    assert bad.returncode == 2 and "--engine must be local or spark" in bad.stderr
    help_text = run_cli("--help").stdout
    assert "Example: nutgraf batch" in help_text

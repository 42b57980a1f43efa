"""Planning shards and reading their records: deterministic cuts, every line once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nutgraf.batch.inputs import Columns, fingerprint, plan, read_shard
from nutgraf.errors import InputError


def _lines(path: Path, shard_size: int) -> list[str]:
    out = []
    for shard in plan([path], shard_size):
        out += [r.id for r in read_shard(shard, Columns(), 1 << 20)]
    return out


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(0, 40),
    shard_size=st.integers(1, 12),
    trailing_newline=st.booleans(),
    blanks=st.sets(st.integers(0, 40)),
)
def test_inputs_jsonl_shards_cover_every_line_once(
    tmp_path_factory: pytest.TempPathFactory,
    n: int,
    shard_size: int,
    trailing_newline: bool,
    blanks: set[int],
) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    lines = []
    for i in range(n):
        lines.append(json.dumps({"id": f"r{i}", "text": "Hello there. General Kenobi."}))
        if i in blanks:
            lines.append("   ")
    path.write_text("\n".join(lines) + ("\n" if trailing_newline and lines else ""))
    assert _lines(path, shard_size) == [f"r{i}" for i in range(n)]
    assert plan([path], shard_size) == plan([path], shard_size)  # deterministic


def test_inputs_shard_ids_hang_on_path_and_chunk(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        (tmp_path / d / "data.jsonl").write_text('{"id": 1, "text": "x"}\n' * 5)
    shards = plan([tmp_path / "a" / "data.jsonl", tmp_path / "b" / "data.jsonl"], 2)
    assert len(shards) == 6
    assert len({s.id for s in shards}) == 6
    assert fingerprint(shards) != fingerprint(shards[:-1])


def test_inputs_folder_glob_and_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.html").write_text("<p>One.</p>")
    (folder / "sub" / "two.txt").write_text("Two.")
    (folder / "skip.png").write_bytes(b"\x89PNG")
    table = pa.table({"doc": ["p0", "p1", "p2"], "body": ["A.", "B.", "C."]})
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=2)
    shards = plan([folder, str(tmp_path / "*.parquet")], 2)
    cols = Columns(id="doc", text="body")
    records = [r for s in shards for r in read_shard(s, cols, 1 << 20)]
    assert [(r.id, r.kind) for r in records] == [
        ("one.html", "html"),
        ("sub/two.txt", "text"),
        ("p0", "text"),
        ("p1", "text"),
        ("p2", "text"),
    ]


def test_inputs_refuse_unknown_and_missing(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("id,text\n")
    with pytest.raises(InputError, match="unknown input type"):
        plan([tmp_path / "x.csv"], 10)
    with pytest.raises(InputError, match="no such file"):
        plan([tmp_path / "nope.jsonl"], 10)
    with pytest.raises(InputError, match="matches no file"):
        plan([str(tmp_path / "*.jsonl")], 10)


def test_inputs_overlong_line_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w") as f:
        f.write(json.dumps({"id": "a", "text": "Short one."}) + "\n")
        f.write(json.dumps({"id": "huge", "text": "x" * 200_000}) + "\n")
        f.write(json.dumps({"id": "c", "text": "After it."}) + "\n")
    (shard,) = plan([path], 10)
    records = list(read_shard(shard, Columns(), max_bytes=10_000))
    assert [r.id for r in records] == ["a", f"{path}:2", "c"]
    assert records[1].error is not None and "longer than" in records[1].error

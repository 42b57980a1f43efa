"""Batch inputs: find the files, cut them into deterministic shards, read a shard's records.

A shard is the unit of work, of output and of resume: a run of lines of a JSONL file, a run
of rows of a Parquet file, or a run of files of a folder (or glob). Cutting depends only on
the input files and ``shard_size``, so a re-run plans the same shards with the same ids.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from nutgraf.errors import InputError

InputFormat = Literal["jsonl", "parquet", "files"]

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
FILE_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text"}
_BLOCK = 16 * 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True, slots=True)
class Columns:
    """Names of the input fields: the record id and its text, HTML or URL (first present wins)."""

    id: str = "id"
    text: str = "text"
    html: str = "html"
    url: str = "url"


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work: records ``[first, first + count)`` of ``path``.

    JSONL: lines, starting at byte ``offset``; Parquet: rows; files: ``members``, paths
    relative to ``path`` (a folder, or ``/`` for a glob's absolute paths).
    """

    id: str
    format: InputFormat
    path: str
    first: int
    count: int
    offset: int = 0
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One input record before summarizing: its id, what to summarize, and where it was."""

    id: str
    source: str  # "path:line" or "path#row" or the file path: where to look when it fails
    kind: Literal["text", "html", "url", "auto"] = "auto"
    content: str | bytes | None = None
    error: str | None = None  # "ClassName: message" when the record could not be read


def plan(inputs: Sequence[str | os.PathLike[str]], shard_size: int) -> list[Shard]:
    """Expand ``inputs`` (files, folders, globs) and cut them into shards of ``shard_size``.

    Raises ``InputError`` when an input matches nothing or has an unknown type.
    """
    if shard_size < 1:
        raise InputError(f"shard size must be positive, not {shard_size}")
    shards: list[Shard] = []
    loose: list[Path] = []  # single .html/.txt files given directly or by a glob
    for item in inputs:
        for path in _expand(str(item)):
            if path.is_dir():
                shards += _plan_folder(path, shard_size)
            elif path.suffix.lower() in JSONL_SUFFIXES:
                shards += _plan_jsonl(path, shard_size)
            elif path.suffix.lower() in PARQUET_SUFFIXES:
                shards += _plan_parquet(path, shard_size)
            elif path.suffix.lower() in FILE_SUFFIXES:
                loose.append(path)
            else:
                raise InputError(f"{path}: unknown input type (want .jsonl, .parquet, .html, .txt)")
    if loose:
        members = sorted({str(p) for p in loose})
        shards += _file_shards(Path("/"), "files", [m.lstrip("/") for m in members], shard_size)
    ids = [s.id for s in shards]
    if len(set(ids)) != len(ids):
        raise InputError("the same input is given twice")
    return shards


def read_shard(shard: Shard, columns: Columns, max_bytes: int) -> Iterator[RawRecord]:
    """The records of ``shard`` in order; unreadable records come back with ``error`` set.

    ``max_bytes`` caps one record: a longer JSONL line is skipped unread, not loaded whole.
    """
    if shard.format == "jsonl":
        yield from _read_jsonl(shard, columns, max_bytes)
    elif shard.format == "parquet":
        yield from _read_parquet(shard, columns)
    else:
        yield from _read_files(shard, max_bytes)


def fingerprint(shards: Sequence[Shard]) -> str:
    """A digest of the plan: a resumed run must cut its inputs exactly the same way."""
    h = hashlib.sha256()
    for s in shards:
        h.update(f"{s.id}\t{s.first}\t{s.count}\t{s.offset}\n".encode())
    return h.hexdigest()


def _expand(item: str) -> list[Path]:
    if glob.has_magic(item):
        found = sorted(glob.glob(item, recursive=True))
        if not found:
            raise InputError(f"{item}: matches no file")
        return [Path(p).absolute() for p in found if not Path(p).is_dir()]
    path = Path(item).absolute()
    if not path.exists():
        raise InputError(f"{item}: no such file or folder")
    return [path]


def _shard_id(path: Path, chunk: int) -> str:
    # Readable stem plus a digest of the absolute path: two 'data.jsonl' in different
    # folders never share an output file.
    digest = hashlib.sha1(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = _UNSAFE.sub("_", path.name)[:40] or "input"
    return f"{stem}-{digest}-{chunk:06d}"


def _plan_jsonl(path: Path, shard_size: int) -> list[Shard]:
    # One pass over the bytes: the start offset of every shard_size-th line.
    starts = [0]
    lines = 0
    pos = 0
    size = path.stat().st_size
    with path.open("rb") as f:
        while block := f.read(_BLOCK):
            # numpy finds every newline of the block at C speed; Python only visits the cuts.
            ends = np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == 10)
            cut = len(starts) * shard_size
            while cut <= lines + len(ends):
                start = pos + int(ends[cut - lines - 1]) + 1
                if start >= size:
                    break
                starts.append(start)
                cut += shard_size
            lines += len(ends)
            pos += len(block)
    if size and not _ends_with_newline(path):
        lines += 1  # a last line without its newline is a record too
    if lines == 0:
        return []
    return [
        Shard(
            id=_shard_id(path, i),
            format="jsonl",
            path=str(path),
            first=i * shard_size,
            count=min(shard_size, lines - i * shard_size),
            offset=start,
        )
        for i, start in enumerate(starts)
    ]


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as f:
        f.seek(-1, os.SEEK_END)
        return f.read(1) == b"\n"


def _plan_parquet(path: Path, shard_size: int) -> list[Shard]:
    pq = _parquet()
    try:
        meta = pq.ParquetFile(path).metadata
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from exc
    total = meta.num_rows
    return [
        Shard(
            id=_shard_id(path, i),
            format="parquet",
            path=str(path),
            first=first,
            count=min(shard_size, total - first),
        )
        for i, first in enumerate(range(0, total, shard_size))
    ]


def _plan_folder(folder: Path, shard_size: int) -> list[Shard]:
    members = sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.suffix.lower() in FILE_SUFFIXES and p.is_file()
    )
    return _file_shards(folder, folder.name or "folder", members, shard_size)


def _file_shards(base: Path, name: str, members: list[str], shard_size: int) -> list[Shard]:
    shards = []
    for i, first in enumerate(range(0, len(members), shard_size)):
        chunk = tuple(members[first : first + shard_size])
        # The id hangs on the first member too, so files added later get shards of their own
        # only when they sort after every existing one; resume checks the whole plan anyway.
        shards.append(
            Shard(
                id=_shard_id(base / name, i),
                format="files",
                path=str(base),
                first=first,
                count=len(chunk),
                members=chunk,
            )
        )
    return shards


def _read_jsonl(shard: Shard, columns: Columns, max_bytes: int) -> Iterator[RawRecord]:
    # A JSON-escaped text is at most 6 bytes per byte of text; past that it is over the limit.
    limit = max_bytes * 6 + 65536
    with open(shard.path, "rb") as f:
        f.seek(shard.offset)
        for i in range(shard.first, shard.first + shard.count):
            line = f.readline(limit)
            where = f"{shard.path}:{i + 1}"
            if len(line) == limit and not line.endswith(b"\n"):
                _skip_rest_of_line(f)
                yield RawRecord(where, where, error=f"InputError: line longer than {limit:,} bytes")
                continue
            if not line.strip():
                continue  # a blank line is no record
            yield _from_json(line, where, columns)


def _skip_rest_of_line(f: Any) -> None:
    while chunk := f.readline(_BLOCK):
        if chunk.endswith(b"\n"):
            return


def _from_json(line: bytes, where: str, columns: Columns) -> RawRecord:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        return RawRecord(where, where, error=f"InputError: not a JSON line: {exc}")
    if not isinstance(obj, dict):
        return RawRecord(where, where, error="InputError: the line is not a JSON object")
    return from_fields(obj, where, columns)


def from_fields(obj: dict[str, Any], where: str, columns: Columns) -> RawRecord:
    """A record from a JSON object or table row; ``where`` stands in for a missing id."""
    raw_id = obj.get(columns.id)
    rid = where if raw_id is None or raw_id == "" else str(raw_id)
    empty: list[str] = []
    for kind, name in (("text", columns.text), ("html", columns.html), ("url", columns.url)):
        value = obj.get(name)
        if value is None:
            continue
        if value == "":
            empty.append(repr(name))
            continue
        if not isinstance(value, str | bytes):
            return RawRecord(rid, where, error=f"InputError: field {name!r} is not a string")
        return RawRecord(rid, where, kind, value)  # type: ignore[arg-type]
    if empty:
        verb = "is" if len(empty) == 1 else "are"
        message = f"InputError: the record's {' and '.join(empty)} {verb} empty"
        return RawRecord(rid, where, error=message)
    names = f"{columns.text!r}, {columns.html!r} or {columns.url!r}"
    return RawRecord(rid, where, error=f"InputError: the record has no {names}")


def _read_parquet(shard: Shard, columns: Columns) -> Iterator[RawRecord]:
    pq = _parquet()
    pf = pq.ParquetFile(shard.path)
    wanted = (columns.id, columns.text, columns.html, columns.url)
    present = [c for c in wanted if c in pf.schema_arrow.names]
    # Read only the row groups that hold this shard's rows.
    groups: list[int] = []
    skip = start = 0
    for g in range(pf.metadata.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        if start + n > shard.first and start < shard.first + shard.count:
            if not groups:
                skip = shard.first - start
            groups.append(g)
        start += n
    table = pf.read_row_groups(groups, columns=present).slice(skip, shard.count)
    for i, row in enumerate(table.to_pylist()):
        where = f"{shard.path}#{shard.first + i}"
        yield from_fields(row, where, columns)


def _read_files(shard: Shard, max_bytes: int) -> Iterator[RawRecord]:
    base = Path(shard.path)
    for member in shard.members:
        path = base / member
        rid = member if shard.path != "/" else str(path)
        kind = FILE_SUFFIXES.get(path.suffix.lower(), "auto")
        try:
            size = path.stat().st_size
            if size > max_bytes:
                limit = max_bytes // (1024 * 1024)
                yield RawRecord(
                    rid, str(path), error=f"InputError: file of {size:,} bytes is over {limit} MB"
                )
                continue
            data = path.read_bytes()
        except OSError as exc:
            yield RawRecord(rid, str(path), error=f"InputError: {exc.strerror or exc}")
            continue
        yield RawRecord(rid, str(path), kind, data)  # type: ignore[arg-type]


def _parquet() -> Any:
    from nutgraf.batch.schema import pyarrow

    return pyarrow()[1]

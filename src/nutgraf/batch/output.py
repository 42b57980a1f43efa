"""The output folder: one file per shard, written under a temporary name and renamed.

A finished shard is ``OUT/<shard>.jsonl`` (or ``.parquet``); while it is written it is
``OUT/.<shard>.<ext>.tmp-<pid>``, hidden from readers that skip dot-files (Spark, pandas).
``_nutgraf_batch.json`` records how the inputs were cut, so ``--resume`` refuses a plan that
would not line up, and ``_nutgraf.lock`` keeps two runs out of one folder.
"""

from __future__ import annotations

import fcntl
import json
import os
import uuid
from pathlib import Path
from typing import IO, Any, Literal

from nutgraf.errors import InputError

OutputFormat = Literal["jsonl", "parquet"]
MANIFEST = "_nutgraf_batch.json"
LOCK = "_nutgraf.lock"
_ROW_GROUP = 1000


class OutputDir:
    """The output folder of one batch; holds its lock while the run lasts."""

    def __init__(self, path: str | os.PathLike[str], fmt: OutputFormat) -> None:
        self.path = Path(path).absolute()
        self.format: OutputFormat = fmt
        self._lock: IO[bytes] | None = None

    def open(self, fingerprint: str, *, resume: bool) -> None:
        """Lock the folder, check it against the plan, remove torn temporary files.

        Raises ``InputError`` when another run holds it, when it holds another batch, or
        when it holds this batch's output and ``resume`` is false.
        """
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            lock = (self.path / LOCK).open("ab")
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise InputError(f"{self.path}: cannot write the output folder: {reason}") from exc
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise InputError(f"{self.path}: another batch is writing to this folder") from None
        self._lock = lock
        manifest = self.path / MANIFEST
        wanted = {"fingerprint": fingerprint, "format": self.format}
        if manifest.exists():
            found = json.loads(manifest.read_text(encoding="utf-8"))
            if not resume:
                self.close()
                raise InputError(
                    f"{self.path} already holds a batch: pass --resume to finish it, "
                    "or choose another --out"
                )
            if found != wanted:
                self.close()
                raise InputError(
                    f"{self.path} holds a batch of other inputs, shard size or format; "
                    "resume it with the same ones, or choose another --out"
                )
        else:
            stray = [p.name for p in self.path.glob(f"*.{self.format}")]
            if stray:
                self.close()
                raise InputError(f"{self.path} holds other files ({stray[0]}): use a new folder")
            write_atomically(manifest, json.dumps(wanted).encode())
        self.clean_temps()

    def clean_temps(self) -> None:
        """Remove temporary files: torn by a killed run, whose shards run again."""
        for temp in self.path.glob(".*.tmp-*"):
            temp.unlink(missing_ok=True)

    def close(self) -> None:
        """Release the lock."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def final(self, shard_id: str) -> Path:
        return self.path / f"{shard_id}.{self.format}"

    def done(self, shard_id: str) -> bool:
        """Whether the shard's output is complete (it exists only once renamed)."""
        return self.final(shard_id).exists()


def temp_path(final: Path) -> Path:
    """A fresh temporary name beside ``final``: unique per attempt, so retries never collide."""
    return final.with_name(f".{final.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")


def commit(temp: Path, final: Path) -> None:
    """Make ``temp`` durable, then rename it to ``final`` in one step."""
    fd = os.open(temp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, final)
    _fsync_dir(final.parent)


def write_atomically(path: Path, data: bytes) -> None:
    temp = temp_path(path)
    temp.write_bytes(data)
    commit(temp, path)


def _fsync_dir(folder: Path) -> None:
    # The rename itself must reach the disk before a shard counts as done.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class JsonlWriter:
    """Writes records as JSON lines."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("w", encoding="utf-8")

    def write(self, record: dict[str, Any]) -> None:
        try:
            line = json.dumps(record, ensure_ascii=False)
            self._file.write(line + "\n")
        except UnicodeEncodeError:
            # A lone surrogate cannot be UTF-8: JSON's \\u escape keeps it exact.
            self._file.write(json.dumps(record) + "\n")

    def close(self) -> None:
        self._file.close()


class ParquetWriter:
    """Writes records to Parquet with the fixed batch schema, a row group per 1,000."""

    def __init__(self, path: Path) -> None:
        from nutgraf.batch.schema import arrow_schema, pyarrow

        pa, pq = pyarrow()
        self._pa = pa
        self._schema = arrow_schema()
        self._writer = pq.ParquetWriter(str(path), self._schema, compression="zstd")
        self._rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        self._rows.append(record)
        if len(self._rows) >= _ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


Writer = JsonlWriter | ParquetWriter


def open_writer(path: Path, fmt: OutputFormat) -> Writer:
    """A writer of ``fmt`` records to ``path``."""
    return JsonlWriter(path) if fmt == "jsonl" else ParquetWriter(path)


def read_output(path: Path) -> list[dict[str, Any]]:
    """The records of one finished shard file (JSONL or Parquet)."""
    if path.suffix == ".parquet":
        from nutgraf.batch.schema import pyarrow

        _, pq = pyarrow()
        return list(pq.read_table(str(path)).to_pylist())
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]

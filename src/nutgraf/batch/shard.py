"""Summarize one shard into its output file: the work a local worker or a Spark task does."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from nutgraf.batch.inputs import Columns, RawRecord, Shard, read_shard
from nutgraf.batch.output import OutputFormat, commit, open_writer, temp_path
from nutgraf.batch.records import OK, Options, error_record, summarize_record
from nutgraf.pipeline import Summarizer

logger = logging.getLogger(__name__)

OnRecord = Callable[[int], None]
OnDone = Callable[[str], None]


def process_shard(
    summarizer: Summarizer,
    shard: Shard,
    final: Path,
    fmt: OutputFormat,
    columns: Columns,
    options: Options,
    *,
    skip: Mapping[int, str] | None = None,
    on_record: OnRecord | None = None,
    on_done: OnDone | None = None,
) -> Counter[str]:
    """Write every record of ``shard`` to ``final`` (atomically) and count them by status.

    ``skip`` maps a record's position in the shard to ``"Status: message"``: records that
    killed their worker before are written with that error instead of being run again.
    ``on_record(i)`` is called before record ``i``, ``on_done(status)`` after it.
    """
    skip = skip or {}
    counts: Counter[str] = Counter()
    temp = temp_path(final)
    writer = open_writer(temp, fmt)
    try:
        max_bytes = summarizer.config.max_input_bytes
        for i, record in enumerate(_guarded(shard, read_shard(shard, columns, max_bytes))):
            if on_record is not None:
                on_record(i)
            if i in skip:
                status, _, message = skip[i].partition(": ")
                out = error_record(record, status, message)
            else:
                out = summarize_record(summarizer, record, options)
            writer.write(out)
            counts[out["status"]] += 1
            if on_done is not None:
                on_done(out["status"])
        writer.close()
        commit(temp, final)
    except BaseException:
        writer_close_quietly(writer)
        temp.unlink(missing_ok=True)
        raise
    if counts.total() and counts[OK] < counts.total():
        logger.debug("shard %s: %s", shard.id, dict(counts))
    return counts


def writer_close_quietly(writer: object) -> None:
    try:
        writer.close()  # type: ignore[attr-defined]
    except Exception:  # already failing; the temp file is removed next
        logger.debug("closing a failed shard's writer", exc_info=True)


def _guarded(shard: Shard, records: Iterator[RawRecord]) -> Iterator[RawRecord]:
    """The shard's records; if the file stops being readable, one error record for the rest."""
    n = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except Exception as exc:  # the shard edge: a corrupt file or a vanished folder
            where = f"{shard.path}#{shard.first + n}"
            logger.warning("shard %s: cannot read past record %d: %s", shard.id, n, exc)
            last = shard.first + shard.count - 1
            message = f"InputError: records {shard.first + n}..{last} cannot be read: {exc}"
            yield RawRecord(where, where, error=message)
            return
        n += 1
        yield record

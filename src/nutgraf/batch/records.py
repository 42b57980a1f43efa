"""One output record per input record: the summary, or the error that stopped it.

The output schema is ``Summary.to_dict()`` plus ``id``, ``source``, ``status`` and ``error``:
``status`` is ``"ok"`` or the error's class name (``NoArticleError``, ``DeadlineExceeded``,
``WorkerDied``...), ``error`` its message. Every field is present in every record (``null``
when there is no summary), so JSONL, Parquet and Spark rows share one schema.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from nutgraf.batch.inputs import RawRecord
from nutgraf.errors import NutgrafError
from nutgraf.pipeline import Summarizer, version

logger = logging.getLogger(__name__)

OK = "ok"
# Field order of every output record; the summary fields follow Summary.to_dict().
SUMMARY_FIELDS = (
    "title",
    "language",
    "points",
    "facts",
    "article",
    "version",
    "word_budget",
    "over_budget",
)
FIELDS = ("id", "source", "status", "error", *SUMMARY_FIELDS)


@dataclass(frozen=True, slots=True)
class Options:
    """What every record of a batch is summarized with."""

    points: int | None = None
    words: int | None = None
    timeout: float = 60.0  # per-record deadline, seconds; 0 for none


class DeadlineExceeded(BaseException):  # the name is a status in the output
    """Raised inside a record that ran past its deadline.

    A ``BaseException``, like ``KeyboardInterrupt``, so that no ``except Exception`` on the
    way up (a parser's, an extractor's) can swallow it.
    """


def summarize_record(summarizer: Summarizer, record: RawRecord, options: Options) -> dict[str, Any]:
    """Summarize one record; any error becomes the record's status, never an exception."""
    if record.error is not None:
        status, _, message = record.error.partition(": ")
        return error_record(record, status, message)
    if record.content is None:  # pragma: no cover - the readers always set one or the other
        return error_record(record, "InputError", "record has no content")
    try:
        with deadline(options.timeout):
            summary = summarizer.summarize(
                record.content, kind=record.kind, points=options.points, words=options.words
            )
    except DeadlineExceeded:
        return error_record(
            record, "DeadlineExceeded", f"record took longer than {options.timeout:g} s"
        )
    except RecursionError as exc:  # deeply nested HTML: a bad record, not a bad worker
        return error_record(record, "InputError", f"input nested too deeply: {exc}")
    except MemoryError:
        return error_record(record, "MemoryError", "out of memory while summarizing")
    except NutgrafError as exc:
        return error_record(record, type(exc).__name__, str(exc))
    except Exception as exc:  # the record edge: whatever failed, the batch goes on
        logger.warning("record %s: unexpected %s: %s", record.id, type(exc).__name__, exc)
        logger.debug("record %s traceback", record.id, exc_info=True)
        return error_record(record, type(exc).__name__, str(exc))
    out: dict[str, Any] = {"id": record.id, "source": record.source, "status": OK, "error": None}
    out.update(summary.to_dict())
    return out


def error_record(record: RawRecord, status: str, message: str) -> dict[str, Any]:
    """The output record of a record that has no summary."""
    out: dict[str, Any] = dict.fromkeys(FIELDS)
    out.update(id=record.id, source=record.source, status=status, error=message)
    out["version"] = version()
    return out


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise ``DeadlineExceeded`` in the block after ``seconds`` (main thread only).

    SIGALRM interrupts pure-Python loops; C code that never returns to the interpreter is
    left to the local engine's watchdog, which kills and replaces the worker.
    """
    usable = seconds > 0 and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DeadlineExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

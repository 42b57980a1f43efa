"""Summarize archives: millions of records, locally or on Apache Spark, resumable.

>>> from nutgraf.batch import run
>>> result = run(["articles.jsonl"], "out/", workers=2)      # doctest: +SKIP
>>> result.counts                                            # doctest: +SKIP
Counter({'ok': 19873, 'NoArticleError': 127})

Spark users summarize a DataFrame inside their own jobs with ``summarize_frame(df)``.
"""

from __future__ import annotations

from nutgraf.batch.driver import BatchResult, Engine, run
from nutgraf.batch.errors import BatchError
from nutgraf.batch.inputs import Columns
from nutgraf.batch.output import OutputFormat, read_output
from nutgraf.batch.records import FIELDS
from nutgraf.batch.spark import summarize_frame

__all__ = [
    "FIELDS",
    "BatchError",
    "BatchResult",
    "Columns",
    "Engine",
    "OutputFormat",
    "read_output",
    "run",
    "summarize_frame",
]

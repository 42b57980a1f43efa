"""The typed schema of batch output, for Parquet (Arrow) and Spark (DDL).

It mirrors ``records.FIELDS`` and ``Summary.to_dict()``; tests fail when they drift apart.
"""

from __future__ import annotations

from typing import Any

from nutgraf.errors import InputError

_POINT = "struct<text:string,start:bigint,end:bigint,sentences:array<bigint>>"
_QUANTITY = "struct<text:string,value:double,unit:string,start:bigint,end:bigint>"
_DATE = "struct<text:string,value:string,start:bigint,end:bigint>"
_FACTS = (
    "struct<people:array<string>,organizations:array<string>,places:array<string>,"
    f"other:array<string>,quantities:array<{_QUANTITY}>,dates:array<{_DATE}>,"
    "keywords:array<string>>"
)
_ARTICLE = (
    "struct<title:string,source:string,url:string,canonical_url:string,date:string,"
    "author:string,site_name:string,language:string>"
)
SPARK_DDL = ", ".join(
    [
        "id string",
        "source string",
        "status string",
        "error string",
        "title string",
        "language string",
        f"points array<{_POINT}>",
        f"facts {_FACTS}",
        f"article {_ARTICLE}",
        "version string",
        "word_budget bigint",
        "over_budget boolean",
    ]
)


def pyarrow() -> tuple[Any, Any]:
    """``(pyarrow, pyarrow.parquet)``, or ``InputError`` saying how to install them."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as exc:
        raise InputError("Parquet needs pyarrow: pip install 'nutgraf[parquet]'") from exc
    return pa, pq


def arrow_schema() -> Any:
    """The output schema as a ``pyarrow.Schema``."""
    pa, _ = pyarrow()
    s, i64 = pa.string(), pa.int64()
    point = pa.struct([("text", s), ("start", i64), ("end", i64), ("sentences", pa.list_(i64))])
    quantity = pa.struct(
        [("text", s), ("value", pa.float64()), ("unit", s), ("start", i64), ("end", i64)]
    )
    date = pa.struct([("text", s), ("value", s), ("start", i64), ("end", i64)])
    facts = pa.struct(
        [
            ("people", pa.list_(s)),
            ("organizations", pa.list_(s)),
            ("places", pa.list_(s)),
            ("other", pa.list_(s)),
            ("quantities", pa.list_(quantity)),
            ("dates", pa.list_(date)),
            ("keywords", pa.list_(s)),
        ]
    )
    article = pa.struct(
        [
            (name, s)
            for name in (
                "title",
                "source",
                "url",
                "canonical_url",
                "date",
                "author",
                "site_name",
                "language",
            )
        ]
    )
    return pa.schema(
        [
            ("id", s),
            ("source", s),
            ("status", s),
            ("error", s),
            ("title", s),
            ("language", s),
            ("points", pa.list_(point)),
            ("facts", facts),
            ("article", article),
            ("version", s),
            ("word_budget", i64),
            ("over_budget", pa.bool_()),
        ]
    )

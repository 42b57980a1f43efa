"""Summary -> text, Markdown or JSON, as the CLI prints it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Literal

from nutgraf.types import Summary

Format = Literal["text", "markdown", "json"]


def render(summary: Summary, fmt: Format) -> str:
    """Render ``summary`` in ``fmt``; JSON follows ``Summary.to_dict``."""
    return _RENDERERS[fmt](summary)


def to_json(summary: Summary) -> str:
    return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)


def to_text(summary: Summary) -> str:
    lines = [summary.title] if summary.title else []
    lines += [f"• {p.text}" for p in summary.points]
    if summary.over_budget:
        lines.append(f"(the first point alone is longer than {summary.word_budget} words)")
    lines.append("")
    lines += [f"{label}: {value}" for label, value in _fact_rows(summary)]
    return "\n".join(lines).rstrip() + "\n"


def to_markdown(summary: Summary) -> str:
    lines = [f"## {summary.title}", ""] if summary.title else []
    lines += [f"- {p.text}" for p in summary.points]
    if summary.over_budget:
        lines += ["", f"_The first point alone is longer than {summary.word_budget} words._"]
    rows = _fact_rows(summary)
    if rows:
        lines += ["", *(f"**{label}:** {value}  " for label, value in rows)]
    return "\n".join(lines).rstrip() + "\n"


def _fact_rows(summary: Summary) -> list[tuple[str, str]]:
    facts = summary.facts
    rows = [
        ("People", "; ".join(facts.names("person"))),
        ("Organizations", "; ".join(facts.names("organization"))),
        ("Places", "; ".join(facts.names("place"))),
        ("Figures", "; ".join(q.text for q in facts.quantities)),
        ("Dates", "; ".join(d.text for d in facts.dates)),
        ("Keywords", ", ".join(facts.keywords)),
    ]
    return [(label, value) for label, value in rows if value]


_RENDERERS: dict[str, Callable[[Summary], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "json": to_json,
}

"""Mentions found in the text, and span helpers shared by the stages."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from nutgraf.types import EntityKind


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    tokens: tuple[str, ...]
    name: str
    kind: EntityKind | None = None  # decided by a model or the gazetteer; None: by cues
    cues: dict[EntityKind, float] = field(default_factory=dict)
    initial: bool = False


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, not overlapping each other)."""
    i = bisect_right(spans, start, key=itemgetter(1))
    return i < len(spans) and spans[i][0] < end


def non_overlapping(found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Longest match first among overlapping ones, then source order."""
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, Any]] = []
    for f in found:
        if out and f[0] < out[-1][1]:
            if f[1] - f[0] > out[-1][1] - out[-1][0]:
                out[-1] = f  # a longer match starting inside the previous one wins
            continue
        out.append(f)
    return out

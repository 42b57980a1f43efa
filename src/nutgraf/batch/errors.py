"""Errors of the batch engines."""

from __future__ import annotations

from nutgraf.errors import NutgrafError


class BatchError(NutgrafError):
    """Raised when an engine stops before every shard is done; ``resume`` continues it."""

"""Test helpers shared across folders (import as ``from helpers import ...``).

Kept out of conftest.py: several folders have a conftest.py, and ``from conftest import``
would pick whichever was imported last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

Route = Callable[[BaseHTTPRequestHandler], None]


def shared_path(relative: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared not present ({path}): evaluation data lives beside the repo")
    return path


@dataclass
class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 whose routes the test sets."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def respond(
    status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str
) -> Route:
    """A route that answers with ``body``."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.end_headers()
        handler.wfile.write(body)

    return route

"""Test harness: a real nutgraf server (uvicorn on 127.0.0.1, random port) and helpers."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import uvicorn

from nutgraf.config import Config
from nutgraf.server import ServerSettings, create_app

LOOPBACK_CONFIG = Config(allow_private_network=True, allowed_ports=None, fetch_timeout=5.0)


@dataclass
class RunningServer:
    url: str
    settings: ServerSettings
    db_url: str
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30.0, **kwargs)  # type: ignore[arg-type]

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)


def start_server(settings: ServerSettings) -> RunningServer:
    """Start ``create_app(settings)`` under uvicorn in a thread; return once it serves."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings), log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # spawning workers loads the models
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("nutgraf server did not start")
        time.sleep(0.05)
    assert settings.db_url is not None
    return RunningServer(f"http://127.0.0.1:{port}", settings, settings.db_url, server, thread)


ServerFactory = Callable[..., RunningServer]


def post_summary(client: httpx.Client, text: str, **options: Any) -> dict[str, Any]:
    """POST ``text`` to the API and return the summary JSON (asserting success)."""
    response = client.post("/api/v1/summaries", json={"text": text, **options})
    assert response.status_code in (200, 201), response.text
    body: dict[str, Any] = response.json()
    return body


def respond(
    status: int, body: bytes, content_type: str = "text/html; charset=utf-8", delay: float = 0.0
) -> Callable[[BaseHTTPRequestHandler], None]:
    """A route for the ``http_server`` fixture (tests/conftest.py) that answers ``body``."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        if delay:
            time.sleep(delay)
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route

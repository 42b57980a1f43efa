"""``nutgraf serve``: the reader pages, the JSON API and the publisher widget.

>>> app = create_app(ServerSettings(db_url="sqlite:///nutgraf.db"))   # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nutgraf.server.app import create_app
    from nutgraf.server.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so ``nutgraf summarize`` does not pay for FastAPI at start-up.
    if name == "create_app":
        from nutgraf.server.app import create_app

        return create_app
    if name == "ServerSettings":
        from nutgraf.server.settings import ServerSettings

        return ServerSettings
    raise AttributeError(name)

"""``nutgraf serve``: the reader pages, the JSON API and the publisher widget.

>>> app = create_app(ServerSettings(db_url="sqlite:///nutgraf.db"))   # doctest: +SKIP
"""

from __future__ import annotations

from nutgraf.server.app import create_app
from nutgraf.server.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]

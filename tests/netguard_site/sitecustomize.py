"""Started with every Python process whose PYTHONPATH holds this folder (a test's subprocess
and the processes it spawns): guards the network as ``tests/netguard.py`` does, and appends
each refused address to the file named by ``NUTGRAF_NETGUARD_LOG``."""

from __future__ import annotations

import os
import sys

_log = os.environ.get("NUTGRAF_NETGUARD_LOG")
if _log:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import netguard

    def _record(address: tuple[str, int], path: str = _log) -> None:
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{address[0]} {address[1]}\n")

    netguard.patch(netguard.Guard(on_outside=_record), setattr)
    sys.path.pop(0)

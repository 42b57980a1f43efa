"""Open-loop load on a real ``nutgraf serve`` over loopback: capacity, p99s, 503 speed.

    python bench/server_load.py                    # about 3 minutes on 2 cores

Starts the server as a subprocess (tmp SQLite store, anonymous rate limit off), then:
  1. capacity: fresh articles (cache misses) at rising rates, each for --step seconds;
     capacity = the highest rate whose p99 < 1 s with every request answered 2xx;
  2. p99 at half capacity (target <= 350 ms);
  3. cached: a repeat POST of the same text and a GET of the stored summary (target <= 20 ms);
  4. over capacity (3x): how fast the excess gets 503 (target well under 100 ms).
Open loop: requests leave on a fixed schedule whatever the answers, and latency counts from
the scheduled time, so a slow server cannot slow the load down and hide its queue.
Traffic goes only to 127.0.0.1, bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

EXAMPLE = (Path(__file__).resolve().parents[1] / "src/nutgraf/examples/example-en.txt").read_text()


def article(n: int) -> str:
    """The bundled example with a unique figure in its body: same cost, a new cache key."""
    return EXAMPLE.replace("about 9,000 passengers", f"about {9_000 + n:,} passengers")


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    by_status: dict[int, list[float]] = field(default_factory=dict)

    def add(self, status: int, seconds: float) -> None:
        self.latencies.append(seconds)
        self.statuses.append(status)
        self.by_status.setdefault(status, []).append(seconds)

    def ok(self) -> float:
        return sum(1 for s in self.statuses if 200 <= s < 300) / max(1, len(self.statuses))


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def open_loop(
    client: httpx.AsyncClient, rate: float, seconds: float, make: object, counter: list[int]
) -> Run:
    """Send ``rate`` requests/s for ``seconds``; ``make(i)`` gives (method, path, json)."""
    run = Run()
    start = time.perf_counter()
    total = int(rate * seconds)
    tasks = []

    async def one(i: int, due: float) -> None:
        method, path, body = make(counter[0] + i)  # type: ignore[operator]
        try:
            response = await client.request(method, path, json=body)
            status = response.status_code
        except httpx.HTTPError:
            status = 599
        run.add(status, time.perf_counter() - due)

    for i in range(total):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i, due)))
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=seconds + 60)
    counter[0] += total
    return run


def summary_line(label: str, rate: float, run: Run) -> str:
    counts = {s: len(v) for s, v in sorted(run.by_status.items())}
    return (
        f"{label:<14} {rate:6.1f}/s  n={len(run.latencies):4d}"
        f"  p50={pct(run.latencies, 0.5) * 1000:7.1f} ms"
        f"  p99={pct(run.latencies, 0.99) * 1000:7.1f} ms  statuses={counts}"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(port: int, db: str, workers: int) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-m",
        "nutgraf",
        "serve",
        "--port",
        str(port),
        "--db",
        db,
        "--workers",
        str(workers),
        "--anon-rate",
        "100000000",
        "--log-level",
        "warning",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("server did not start")


async def bench(url: str, args: argparse.Namespace) -> dict[str, object]:
    limits = httpx.Limits(max_connections=512, max_keepalive_connections=512)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        counter = [0]

        def fresh(i: int) -> tuple[str, str, dict[str, str]]:
            return "POST", "/api/v1/summaries", {"text": article(i)}

        # Warm-up: connections, the first SQLite pages.
        await open_loop(client, 4, 2, fresh, counter)

        capacity = 0.0
        results: dict[str, object] = {"steps": []}
        for rate in args.rates:
            run = await open_loop(client, rate, args.step, fresh, counter)
            print(summary_line("capacity step", rate, run), flush=True)
            good = pct(run.latencies, 0.99) < 1.0 and run.ok() == 1.0
            results["steps"].append(  # type: ignore[union-attr]
                {"rate": rate, "p99_ms": pct(run.latencies, 0.99) * 1000, "ok": run.ok()}
            )
            if not good:
                break
            capacity = rate
        results["capacity_rps"] = capacity

        half = max(1.0, capacity / 2)
        run = await open_loop(client, half, args.hold, fresh, counter)
        print(summary_line("half capacity", half, run), flush=True)
        results["half_capacity_p99_ms"] = pct(run.latencies, 0.99) * 1000

        text = article(10**9)
        made = (await client.post("/api/v1/summaries", json={"text": text})).json()

        def repeat(_: int) -> tuple[str, str, dict[str, str]]:
            return "POST", "/api/v1/summaries", {"text": text}

        def read(_: int) -> tuple[str, str, None]:
            return "GET", f"/api/v1/summaries/{made['id']}", None

        run = await open_loop(client, args.cached_rate, args.hold, repeat, counter)
        print(summary_line("cached POST", args.cached_rate, run), flush=True)
        results["cached_post_p99_ms"] = pct(run.latencies, 0.99) * 1000
        run = await open_loop(client, args.cached_rate, args.hold, read, counter)
        print(summary_line("cached GET", args.cached_rate, run), flush=True)
        results["cached_get_p99_ms"] = pct(run.latencies, 0.99) * 1000

        over = max(3 * capacity, 10.0)
        run = await open_loop(client, over, args.step, fresh, counter)
        print(summary_line("over capacity", over, run), flush=True)
        refused = run.by_status.get(503, [])
        results["over_capacity_rate"] = over
        results["over_capacity_503_share"] = len(refused) / max(1, len(run.latencies))
        results["over_capacity_503_p99_ms"] = pct(refused, 0.99) * 1000
        results["over_capacity_503_max_ms"] = max(refused, default=float("nan")) * 1000
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--rates", type=float, nargs="+", default=[10, 20, 30, 40, 50, 60, 70, 80, 100]
    )
    parser.add_argument("--step", type=float, default=8.0, help="seconds per capacity step")
    parser.add_argument("--hold", type=float, default=15.0, help="seconds per measured phase")
    parser.add_argument("--cached-rate", type=float, default=100.0)
    parser.add_argument("--url", help="bench a running server instead of starting one")
    args = parser.parse_args()
    proc = None
    url = args.url
    with tempfile.TemporaryDirectory() as tmp:
        if url is None:
            port = free_port()
            proc = start_server(port, f"sqlite:///{tmp}/bench.db", args.workers)
            url = f"http://127.0.0.1:{port}"
        try:
            print(
                f"nutgraf server {url}, {args.workers} workers, {os.cpu_count()} CPUs", flush=True
            )
            results = asyncio.run(bench(url, args))
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=30)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

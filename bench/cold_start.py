"""Cold start of ``nutgraf summarize PAGE``: this tree against another git ref, same run.

Usage: python bench/cold_start.py [--shared PATH] [--pages N] [--runs N] [--ref REF]
       [--format text|json|markdown] [--trafilatura]

Each run is a fresh ``python -m nutgraf summarize PAGE`` process; its CPU time (user +
system) and peak RSS come from the kernel's accounting of that child (``os.wait4``), its
wall time from the parent's clock. The baseline is ``REF`` (default ``main``) unpacked from
``git archive`` into a temporary folder and run with ``PYTHONPATH=<archive>/src`` in the same
venv; this tree runs with ``PYTHONPATH=<this tree>/src``. ``PYTHONDONTWRITEBYTECODE`` is
unset and each tree is warmed up once per page, so both run from cached bytecode. The two
trees alternate run by run; the figures are medians per page. Every run's stdout must be
byte-identical between the two trees (the script says so when it is not).

Also timed the same way: what a batch worker pays once before its first record (a fresh
process importing the local engine's worker and running its warm-up, ``warm_up``), the
fixed cost each worker adds over a plain loop. ``--trafilatura`` also times trafilatura's
own command line on each page, for scale.
Pages: the first N of ScrapingHub's English set (sorted ids) under
``PATH/data/extraction/scrapinghub``; skipped with a message when that set is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKER_START = (
    "import nutgraf.batch.local\n"
    "from nutgraf.batch.warm import warm_up\n"
    "from nutgraf.pipeline import Summarizer\n"
    "warm_up(Summarizer())\n"
)
DEFAULT_SHARED = ROOT.parent / "shared"


@dataclass(frozen=True)
class Run:
    cpu: float
    wall: float
    peak_mb: float
    stdout: bytes
    code: int


def run_once(argv: list[str], env: dict[str, str]) -> Run:
    """One fresh process: CPU (user + system) and peak RSS of that child alone."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return Run(
        cpu=usage.ru_utime + usage.ru_stime,
        wall=wall,
        peak_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
        stdout=out,
        code=proc.returncode,
    )


def child_env(src: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(src)
    return env


def unpack_ref(ref: str, into: Path) -> Path:
    """``git archive REF`` of this repository unpacked under ``into``; its ``src`` folder."""
    archive = into / "ref.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "-C", str(ROOT), "archive", ref], stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "tree", filter="data")
    return into / "tree" / "src"


def load_pages(shared: Path, count: int, into: Path) -> list[Path]:
    root = shared / "data" / "extraction" / "scrapinghub"
    ids = sorted(json.loads((root / "ground-truth.json").read_text(encoding="utf-8")))
    pages = []
    for page_id in ids[:count]:
        path = into / f"{page_id}.html"
        path.write_bytes(gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes()))
        pages.append(path)
    return pages


def median_row(runs: list[Run]) -> tuple[float, float, float]:
    return (
        statistics.median(r.cpu for r in runs),
        statistics.median(r.wall for r in runs),
        statistics.median(r.peak_mb for r in runs),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--pages", type=int, default=1, help="first N ScrapingHub pages")
    parser.add_argument("--runs", type=int, default=5, help="runs per tree and page")
    parser.add_argument("--ref", default="main", help="the baseline git ref")
    parser.add_argument("--format", default="text", choices=("text", "json", "markdown"))
    parser.add_argument("--trafilatura", action="store_true", help="also its own CLI")
    args = parser.parse_args()
    if not (args.shared / "data" / "extraction" / "scrapinghub").is_dir():
        print(f"skipped: no ScrapingHub set under {args.shared}/data/extraction")
        return 0

    with tempfile.TemporaryDirectory(prefix="nutgraf-cold-") as tmp:
        work = Path(tmp)
        pages = load_pages(args.shared, args.pages, work)
        trees = {
            "this tree": child_env(ROOT / "src"),
            args.ref: child_env(unpack_ref(args.ref, work)),
        }
        results: dict[tuple[str, Path], list[Run]] = {}
        same = True
        for page in pages:
            argv = [sys.executable, "-m", "nutgraf", "summarize", str(page), "-f", args.format]
            outputs = {}
            for name, env in trees.items():  # warm-up: bytecode written, page in the cache
                outputs[name] = run_once(argv, env).stdout
            for i in range(args.runs):
                order = list(trees.items()) if i % 2 == 0 else list(trees.items())[::-1]
                for name, env in order:
                    run = run_once(argv, env)
                    results.setdefault((name, page), []).append(run)
                    if run.stdout != outputs[name] or run.code != 0:
                        print(f"{name}: run {i} on {page.name} differs or failed ({run.code})")
            if len(set(outputs.values())) != 1:
                same = False
                print(f"output differs between the trees on {page.name}")
            if args.trafilatura:
                tra = [sys.executable, "-m", "trafilatura", "-i", str(page)]
                env = child_env(ROOT / "src")
                run_once(tra, env)
                results[("trafilatura CLI", page)] = [run_once(tra, env) for _ in range(args.runs)]

        worker = Path("worker start")
        argv = [sys.executable, "-c", WORKER_START]
        for env in trees.values():  # warm-up
            run_once(argv, env)
        for i in range(args.runs):
            for name, env in list(trees.items())[:: 1 if i % 2 == 0 else -1]:
                results.setdefault((name, worker), []).append(run_once(argv, env))

        load = os.getloadavg()
        print(
            f"`nutgraf summarize PAGE -f {args.format}`, {args.runs} runs per tree and page "
            f"after a warm-up, medians; load average {load[0]:.1f} {load[1]:.1f}"
        )
        print("| page | tree | CPU s | wall s | peak RSS MB |")
        print("|---|---|---|---|---|")
        for (name, page), runs in results.items():
            cpu, wall, peak = median_row(runs)
            print(f"| {page.name[:12]} | {name} | {cpu:.3f} | {wall:.3f} | {peak:.0f} |")
        for name in trees:
            cpus = [median_row(r)[0] for (n, p), r in results.items() if n == name and p in pages]
            print(f"{name}: median CPU over pages {statistics.median(cpus):.3f} s")
        print("output identical between the trees" if same else "OUTPUT DIFFERS")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

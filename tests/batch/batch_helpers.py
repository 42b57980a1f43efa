"""Batch test helpers: synthetic corpora, reading every output record, process lookups."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from nutgraf.batch import read_output

PLACES = ["Springfield", "Riverton", "Lakeside", "Hill Valley", "Ogdenville"]
THINGS = ["buses", "schools", "bridges", "clinics", "parks"]


def article(i: int, rng: random.Random) -> str:
    """A short news-like text of four or five sentences."""
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    n = rng.randint(2, 900)
    sentences = [
        f"The mayor of {place} said on Tuesday that {n} new {thing} would open by March.",
        f"The city council approved the plan by {rng.randint(5, 9)} votes to {rng.randint(0, 4)}.",
        f"Critics said the money, about ${rng.randint(2, 90)} million, should go to roads instead.",
        f"Officials expect the work to take {rng.randint(2, 30)} months, record {i}.",
    ]
    if rng.random() < 0.5:
        sentences.append(f"Residents of {place} will vote on a second plan next year.")
    return " ".join(sentences)


def write_jsonl(
    path: Path, n: int, *, seed: int = 1, prefix: str = "r", paragraphs: int = 1
) -> list[str]:
    """Write ``n`` records (text, every fifth as HTML) and return their ids."""
    rng = random.Random(seed)
    ids = []
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            rid = f"{prefix}{i}"
            text = "\n\n".join(article(i, rng) for _ in range(paragraphs))
            if i % 5 == 0:
                rec: dict[str, Any] = {"id": rid, "html": html_page(text)}
            else:
                rec = {"id": rid, "text": text}
            f.write(json.dumps(rec) + "\n")
            ids.append(rid)
    return ids


def html_page(text: str) -> str:
    body = "".join(f"<p>{s.strip()}.</p>" for s in text.split(". ") if s.strip())
    return (
        "<html><head><title>Council news</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Council news</h1>{body}</article><footer>(c) Gazette</footer></body></html>"
    )


def finished_files(out: Path) -> list[Path]:
    return sorted(
        p
        for p in out.iterdir()
        if p.suffix in (".jsonl", ".parquet") and not p.name.startswith((".", "_"))
    )


def all_records(out: Path) -> list[dict[str, Any]]:
    """Every record of every finished shard file (each must parse whole: none torn)."""
    records: list[dict[str, Any]] = []
    for path in finished_files(out):
        records += read_output(path)
    return records


def id_counts(out: Path) -> Counter[str]:
    return Counter(str(r["id"]) for r in all_records(out))


def nutgraf_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "nutgraf", "batch", *args]


def children(pid: int) -> list[int]:
    """Pids whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.append(int(entry))
    return found


def workers(pid: int) -> list[int]:
    """The pool workers among ``pid``'s children (not multiprocessing's resource tracker)."""
    found = []
    for child in children(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if b"resource_tracker" not in cmdline and b"forkserver" not in cmdline:
            found.append(child)
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie counts as dead)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        nutgraf_cmd(*args), capture_output=True, text=True, timeout=timeout, check=False
    )


def java_ok() -> bool:
    return shutil.which("java") is not None or bool(os.environ.get("JAVA_HOME"))

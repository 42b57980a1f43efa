"""Benchmark clean_text on scraped news pages: shingle precision/recall/F1 and speed.

Usage: python bench/extraction_text.py [--shared PATH] [--out OUTPUT.json]

Scores, in one run and with the ScrapingHub benchmark's metric (4-word shingles of \\w+ words,
case kept; precision averaged over pages with output, recall over all pages, F1 from the two
averages), three systems on ``PATH/data/extraction/scrapinghub-text/*.txt`` against
``PATH/data/extraction/scrapinghub/ground-truth.json``:
  whole text   every line of the page (the floor)
  line rule    lines of 8+ words ending in . ! ? … (the naive baseline)
  nutgraf      nutgraf.ingest.text.clean_text
Also reports the two halves of the set (split on the page id's first hex digit): the even
half is the dev half the cleaner's rules and constants are tuned on, the odd half the check
that they carry to pages they were not tuned on; and the median CPU ms per page.
``--out`` writes nutgraf's output as {id: text}, to cross-check with the reference scorer
(``python ../shared/tools/shingle_f1.py ground-truth.json OUTPUT.json``).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from nutgraf.errors import NoArticleError
from nutgraf.ingest.text import clean_text
from shingle_metric import score_pairs

TERMINAL = re.compile(r"[.!?…][\"'»”’)\]]*$")
DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def score(truth: dict[str, str], output: dict[str, str]) -> tuple[float, float, float]:
    return score_pairs((body, output.get(key, "")) for key, body in truth.items())


def whole_text(raw: str) -> str:
    return raw


def line_rule(raw: str) -> str:
    """The naive baseline: keep lines of 8+ words that end like a sentence."""
    keep = [
        s.strip()
        for s in raw.splitlines()
        if len(s.split()) >= 8 and TERMINAL.search(s.strip()) is not None
    ]
    return "\n\n".join(keep)


def nutgraf(raw: str) -> str:
    try:
        return clean_text(raw).text
    except NoArticleError:
        return ""


def run(system: Callable[[str], str], pages: dict[str, str]) -> tuple[dict[str, str], list[float]]:
    """Output per page and CPU milliseconds per page (steadier than wall time on a busy machine)."""
    out, times = {}, []
    for key, raw in pages.items():
        t0 = time.process_time()
        out[key] = system(raw)
        times.append((time.process_time() - t0) * 1000)
    return out, times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the ../shared dir")
    parser.add_argument("--out", type=Path, help="write nutgraf's output here as JSON")
    parser.add_argument("--min-f1", type=float, help="exit 1 when nutgraf's F1 is below this")
    args = parser.parse_args()
    text_dir = args.shared / "data/extraction/scrapinghub-text"
    truth_path = args.shared / "data/extraction/scrapinghub/ground-truth.json"
    if not text_dir.is_dir() or not truth_path.is_file():
        print(f"skipped: {text_dir} or {truth_path} not present (pass --shared PATH)")
        return 0
    truth = {k: v["articleBody"] for k, v in json.loads(truth_path.read_text()).items()}
    pages = {p.stem: p.read_text(encoding="utf-8") for p in sorted(text_dir.glob("*.txt"))}
    truth = {k: v for k, v in truth.items() if k in pages}
    halves = {
        "even": {k for k in truth if int(k[0], 16) % 2 == 0},
        "odd": {k for k in truth if int(k[0], 16) % 2 == 1},
    }
    for raw in list(pages.values())[:5]:  # warm up regex caches and imports
        nutgraf(raw)
    print(f"{len(truth)} pages; halves: even {len(halves['even'])}, odd {len(halves['odd'])}")
    halves_head = f"{'F1 even (dev)':>13} {'F1 odd':>7}"
    header = f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6}   {halves_head}   CPU ms/page"
    print(header)
    print("-" * len(header))
    systems = {"whole text": whole_text, "line rule": line_rule, "nutgraf": nutgraf}
    for name, system in systems.items():
        out, times = run(system, pages)
        p, r, f1 = score(truth, out)
        by_half = [score({k: truth[k] for k in keys}, out)[2] for keys in halves.values()]
        ms = statistics.median(times)
        halves_f1 = f"{by_half[0]:13.3f} {by_half[1]:7.3f}"
        print(f"{name:<12} {p:6.3f} {r:6.3f} {f1:6.3f}   {halves_f1}   {ms:7.2f}")
        if name == "nutgraf" and args.out:
            args.out.write_text(json.dumps(out, ensure_ascii=False))
        if name == "nutgraf" and args.min_f1 is not None and f1 < args.min_f1:
            print(f"FAIL: nutgraf F1 {f1:.3f} is below the floor {args.min_f1:.3f}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""ROUGE and faithfulness of nutgraf vs Lead-3, LexRank, TextRank on the visible sets.

    python bench/summary_quality.py [--shared ../shared]

Prints one JSON report per set (the same numbers as ``nutgraf eval --format json``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nutgraf.evaluate import evaluate, read_records

SETS = {"en": "cnndm-validation.jsonl", "ru": "ru-news-visible.jsonl"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared"
    )
    args = ap.parse_args()
    for lang, name in SETS.items():
        path = args.shared / "data/summarization" / name
        if not path.exists():
            print(f"skip {lang}: {path} not present")
            continue
        report = evaluate(read_records(path), language=lang)
        print(json.dumps({"set": name, **report}, ensure_ascii=False))


if __name__ == "__main__":
    main()

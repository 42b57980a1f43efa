#!/usr/bin/env python3
"""Build a qualifier article set (JSON, the shape of ``tests/summarize/qualifier_heldout.json``)
from a compact hand-written text file.

    python scripts/qualifier_set.py SOURCE.txt OUT.json [--round N]

SOURCE: blocks opened by ``## LANG KIND Title``; the block's following lines are the
article's paragraphs. The lead claim is the text before the first ``||``, the qualifier (or,
for ``control``, the ordinary follow-up) the text between the first and second ``||`` (or to
the paragraph's end). A qualifier that opens the second paragraph starts that line with
``||``. Lines starting with ``#`` alone are comments.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

_HEAD = re.compile(r"^##\s+(en|ru)\s+(\w+)\s+(.+)$")


def parse(text: str, round_: int | None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    blocks: list[tuple[re.Match[str], list[str]]] = []
    for line in text.splitlines():
        m = _HEAD.match(line.strip())
        if m:
            blocks.append((m, []))
        elif line.strip() and not line.startswith("# ") and blocks:
            blocks[-1][1].append(line.strip())
    for m, lines in blocks:
        lang, kind, title = m.group(1), m.group(2), m.group(3).strip()
        joined = "\n".join(lines)
        parts = joined.split("||")
        if len(parts) < 2:
            raise SystemExit(f"{title}: no '||' marks the qualifier")
        claim = parts[0].strip()
        qualifier = parts[1].split("\n")[0].strip() if parts[1].strip() else ""
        paragraphs = [re.sub(r"\s+", " ", p.replace("||", " ")).strip() for p in lines]
        paragraphs = [p for p in paragraphs if p]
        item: dict[str, Any] = {
            "lang": lang,
            "kind": kind,
            "title": title,
            "paragraphs": paragraphs,
            "claim": claim,
            "qualifier": qualifier,
            "control": kind == "control",
        }
        if round_ is not None:
            item["round"] = round_
        out.append(item)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--round", type=int, default=None)
    args = ap.parse_args()
    items = parse(args.source.read_text(encoding="utf-8"), args.round)
    args.out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

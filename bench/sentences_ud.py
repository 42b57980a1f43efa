"""Sentence boundaries against Universal Dependencies treebanks, for languages beyond en/ru.

Usage: python bench/sentences_ud.py UD/de_gsd-ud-test.conllu [UD/da_ddt-ud-test.conllu ...]
       [--group 5]

Each file's language is the code before the first "_" of its name (UD's naming). The
treebank's sentences (their ``# text`` lines, in file order) that end with a stop are joined
by a space, ``--group`` at a time, into paragraphs; a splitter sees each paragraph and is
scored on the boundaries between its sentences: precision, recall, F1, and the share of
paragraphs split exactly right. Rows: syntok as it splits, and nutgraf's ``split_sentences``
for that language (syntok with nutgraf's repairs). The treebanks are CC BY-SA 4.0 (some
GPL): evaluation data, not committed; the script takes their path. Skips with one line
where no file is given or found.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from nutgraf.analyse.sentences import ends_with_stop, split_sentences

Splitter = Callable[[str], list[tuple[int, int]]]


def sentences(path: Path) -> list[str]:
    """The ``# text`` lines of a CoNLL-U file that end with a stop, in order."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :].strip()
            if text and ends_with_stop(text):
                out.append(text)
    return out


def paragraphs(sents: list[str], group: int) -> list[tuple[str, set[int]]]:
    """Paragraphs of ``group`` sentences and the offsets where their inner sentences end."""
    out = []
    for i in range(0, len(sents) - group + 1, group):
        chunk = sents[i : i + group]
        text, ends = "", set()
        for s in chunk:
            if text:
                text += " "
            text += s
            ends.add(len(text))
        ends.discard(len(text))
        out.append((text, ends))
    return out


def score(paras: list[tuple[str, set[int]]], split: Splitter) -> tuple[float, float, float, float]:
    tp = fp = fn = exact = 0
    for text, gold in paras:
        got = {end for _, end in split(text)}
        got.discard(len(text.rstrip()))
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
        exact += got == gold
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f = 2 * p * r / max(1e-9, p + r)
    return p, r, f, exact / max(1, len(paras))


def splitters(language: str) -> dict[str, Splitter]:
    def raw(text: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in split_sentences(text, language, repairs=False)]

    def nutgraf(text: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in split_sentences(text, language)]

    return {"syntok": raw, "nutgraf": nutgraf}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--group", type=int, default=5)
    args = ap.parse_args()
    files = [f for f in args.files if f.is_file()]
    if not files:
        print("skipped: give the path of one or more UD test files (*.conllu)")
        return 0
    print("| treebank | paragraphs | splitter | P | R | F1 | exact |")
    print("|---|---|---|---|---|---|---|")
    for f in files:
        language = f.name.split("_")[0]
        paras = paragraphs(sentences(f), args.group)
        if not paras:
            print(f"| {f.name} | 0 | (no sentences read) | | | | |")
            continue
        for name, split in splitters(language).items():
            p, r, f1, ex = score(paras, split)
            print(
                f"| {f.name.removesuffix('.conllu').replace('-ud-', ' ')} | {len(paras)} | {name} "
                f"| {100 * p:.1f} | {100 * r:.1f} | {100 * f1:.1f} | {100 * ex:.1f}% |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Named entities against public news NER benchmarks: exact span and type, PER/ORG/LOC.

Usage:
    python bench/ner.py --conll PATH/eng.testb [--factru PATH/testset]
        [--germeval PATH/NER-de-test.tsv] [--errors N] [--limit N]

``--conll`` is a CoNLL-2003 English file (IOB1 or IOB2 tags in the last column). It has no
document markers here: a document starts at the headline before each dateline line
("LONDON 1996-08-30"). ``--factru`` is a factRuEval-2016 folder (``devset/`` or ``testset/``)
of ``.txt``/``.spans``/``.objects`` files; Person -> PER, Org -> ORG, Location and LocOrg ->
LOC, an object's span from its first to its last name span (descriptors such as "мэрии" left
out). ``--germeval`` is a GermEval 2014 German NER file (Wikipedia and news sentences, CC BY
4.0; outer tags; PER/ORG/LOC, "deriv"/"part" and OTH left out), ten sentences a document.
Tune on eng.testa, devset and NER-de-dev.tsv; report eng.testb, testset and
NER-de-test.tsv. The data sets are Reuters', the Dialogue workshop's and GermEval's, for
evaluation only: nothing here is trained on them, and the script skips a path that is absent.

Prints precision, recall, F1 and ms per document (the whole ``FactExtractor`` call, after a
warm-up; sentences split by nutgraf as the pipeline would), overall and per type.
``--errors N`` also prints N false positives and N misses, to tune by.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from nutgraf.analyse.facts import FactExtractor
from nutgraf.analyse.sentences import split_sentences

KINDS = {"person": "PER", "organization": "ORG", "place": "LOC"}
TYPES = ("PER", "ORG", "LOC")
_DATELINE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d$")

Span = tuple[int, int, str]


@dataclass
class Doc:
    text: str
    gold: set[Span]


def conll_docs(path: Path) -> Iterator[Doc]:
    """Documents rebuilt from sentences: one sentence a line, tokens joined by spaces."""
    sentences: list[list[tuple[str, str]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sent:
                sentences.append(sent)
            sent = []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        sentences.append(sent)
    starts = [
        max(0, i - 1)
        for i, s in enumerate(sentences)
        if _DATELINE.search(" ".join(w for w, _ in s)) and len(s) <= 8
    ]
    bounds = [*sorted({0, *starts}), len(sentences)]
    for a, b in pairwise(bounds):
        if a < b:
            yield _conll_doc(sentences[a:b])


def _conll_doc(sentences: list[list[tuple[str, str]]]) -> Doc:
    parts: list[str] = []
    gold: set[Span] = set()
    pos = 0
    for sent in sentences:
        open_: tuple[int, str] | None = None
        last_end = pos
        for i, (word, tag) in enumerate(sent):
            if i:
                parts.append(" ")
                pos += 1
            start = pos
            parts.append(word)
            pos += len(word)
            prefix, _, kind = tag.partition("-")
            # IOB1 and IOB2: "B-" or a change of type opens a new entity.
            if open_ is not None and (prefix != "I" or kind != open_[1]):
                if open_[1] in TYPES:
                    gold.add((open_[0], last_end, open_[1]))
                open_ = None
            if prefix in {"B", "I"} and open_ is None:
                open_ = (start, kind)
            last_end = pos
        if open_ is not None and open_[1] in TYPES:
            gold.add((open_[0], last_end, open_[1]))
        parts.append("\n")
        pos += 1
    return Doc("".join(parts), gold)


_FACTRU_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
# An object's extent is that of its own name spans: an organization's descriptor ("мэрии" of
# "мэрии Москвы") and the place name inside it are not part of the organization's name.
_FACTRU_NAMES = {
    "PER": {"name", "surname", "patronymic", "nickname"},
    "ORG": {"org_name"},
    "LOC": {"loc_name"},
}


def germeval_docs(path: Path, per_doc: int = 10) -> Iterator[Doc]:
    """GermEval 2014: a token a line (index, token, outer tag, inner tag), "#" lines name the
    source, a blank line ends a sentence; ``per_doc`` sentences make a document."""
    sentences: list[list[tuple[str, str]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3:
            if sent:
                sentences.append(sent)
            sent = []
            continue
        sent.append((parts[1], parts[2]))
    if sent:
        sentences.append(sent)
    for i in range(0, len(sentences), per_doc):
        yield _conll_doc(sentences[i : i + per_doc])


def factru_docs(folder: Path) -> Iterator[Doc]:
    for txt in sorted(folder.glob("*.txt")):
        if not txt.with_suffix(".objects").is_file():
            continue  # testset/list.txt
        text = txt.read_text(encoding="utf-8")
        spans: dict[str, tuple[int, int, str]] = {}
        for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            p = line.split()
            if len(p) >= 4:
                spans[p[0]] = (int(p[2]), int(p[2]) + int(p[3]), p[1])
        gold: set[Span] = set()
        for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            head = line.split("#")[0].split()
            if len(head) < 3 or head[1] not in _FACTRU_TYPES:
                continue
            kind = _FACTRU_TYPES[head[1]]
            ss = [spans[s] for s in head[2:] if s in spans and spans[s][2] in _FACTRU_NAMES[kind]]
            if ss:
                gold.add((min(s[0] for s in ss), max(s[1] for s in ss), kind))
        yield Doc(text, gold)


def evaluate(docs: list[Doc], language: str, errors: int) -> None:
    extract = FactExtractor()
    prepared = [(d, split_sentences(d.text, language)) for d in docs]
    extract(prepared[0][0].text, prepared[0][1], language)  # models load before timing
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    times = []
    wrong: list[str] = []
    missed: list[str] = []
    for doc, sents in prepared:
        t = time.perf_counter()
        facts = extract(doc.text, sents, language)
        entities = facts.entities
        times.append((time.perf_counter() - t) * 1000)
        pred = {
            (s, e, KINDS[ent.kind])
            for ent in entities
            if ent.kind in KINDS
            for s, e in ent.mentions
        }
        for s, e, k in pred:
            if (s, e, k) in doc.gold:
                tp[k] += 1
            else:
                fp[k] += 1
                gold_k = next((g[2] for g in doc.gold if g[:2] == (s, e)), "-")
                wrong.append(f"{k} as {gold_k}: {doc.text[max(0, s - 30) : e + 20]!r}")
        for s, e, k in doc.gold - pred:
            fn[k] += 1
            missed.append(f"{k}: {doc.text[s:e]!r} in {doc.text[max(0, s - 30) : e + 20]!r}")
    print(
        f"{'type':<6}{'precision':>10}{'recall':>8}{'F1':>7}{'gold':>7}  "
        f"({len(docs)} documents, median {statistics.median(times):.1f} ms, "
        f"mean {statistics.fmean(times):.1f} ms per document)"
    )
    for k in (*TYPES, "all"):
        t = sum(tp.values()) if k == "all" else tp[k]
        f_ = sum(fp.values()) if k == "all" else fp[k]
        n = sum(fn.values()) if k == "all" else fn[k]
        p = t / (t + f_) if t + f_ else 0.0
        r = t / (t + n) if t + n else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{k:<6}{100 * p:>10.1f}{100 * r:>8.1f}{100 * f1:>7.1f}{t + n:>7}")
    if errors:
        import random

        rng = random.Random(0)
        print("\nfalse positives:")
        for line in rng.sample(wrong, min(errors, len(wrong))):
            print("  ", line)
        print("misses:")
        for line in rng.sample(missed, min(errors, len(missed))):
            print("  ", line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--conll", type=Path, help="CoNLL-2003 English file (eng.testa/eng.testb)")
    ap.add_argument("--factru", type=Path, help="factRuEval-2016 devset/ or testset/ folder")
    ap.add_argument("--germeval", type=Path, help="GermEval 2014 NER-de-dev.tsv or -test.tsv")
    ap.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args()
    sets = [
        # (path given, reader, is a folder, title, language)
        (args.conll, conll_docs, False, "English, CoNLL-2003", "en"),
        (args.factru, factru_docs, True, "Russian, factRuEval-2016", "ru"),
        (args.germeval, germeval_docs, False, "German, GermEval 2014", "de"),
    ]
    if all(path is None for path, *_ in sets):
        ap.print_usage()
        sys.exit(2)
    for path, read, folder, title, language in sets:
        if path is None:
            continue
        if not (path.is_dir() if folder else path.is_file()):
            print(f"skipped: no {title} {'folder' if folder else 'file'} at {path}")
            continue
        docs = list(read(path))[: args.limit or None]
        print(f"\n{title} {path.name}")
        evaluate(docs, language, args.errors)


if __name__ == "__main__":
    main()

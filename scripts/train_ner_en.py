"""Fit the English span typer (src/nutgraf/analyse/facts/ner_en.npz) on openly licensed data.

Usage:
    python scripts/train_ner_en.py OUT.npz FILE.conll [FILE.conll ...]

Each FILE is a CoNLL-style file (token ... tag per line, IOB1 or IOB2), from corpora whose
licence allows a shipped model: WikiGold (CC BY 4.0), the Broad Twitter Corpus (CC BY 4.0),
WNUT-17 train and dev (CC BY 4.0). Never CoNLL-2003: Reuters' text is for evaluation only.
Files with ``-DOCSTART-`` lines are split into documents there; others (tweets) make one
document per block. Tags map PER/person -> person, ORG/corporation/group -> organization,
LOC/location -> place, MISC/creative-work/product -> other.

The rules of ``entities_en`` propose the spans, exactly as at run time; a span is labelled
with the type of a gold entity of exactly that extent, or "none". The model is multinomial
logistic regression (AdaGrad, L2), features seen at least twice.
"""

from __future__ import annotations

import os
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from nutgraf.analyse.facts import gazetteer, vocab_en
from nutgraf.analyse.facts.entities_en import rule_entities
from nutgraf.analyse.facts.typer_en import LABELS, DocContext, features
from nutgraf.analyse.sentences import split_sentences

TAGS = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "CORPORATION": "organization",
    "GROUP": "organization",
    "LOC": "place",
    "LOCATION": "place",
    "MISC": "other",
    "CREATIVE-WORK": "other",
    "PRODUCT": "other",
}
EPOCHS = int(os.environ.get("NER_EPOCHS", 2))  # more fits the corpora, not the news
RATE = 0.2
L2 = float(os.environ.get("NER_L2", 1e-6))
MIN_COUNT = int(os.environ.get("NER_MIN_COUNT", 3))


def _say(line: str) -> None:
    sys.stderr.write(line + "\n")


def read(path: Path) -> list[tuple[str, dict[tuple[int, int], str]]]:
    blocks: list[list[tuple[str, str]]] = [[]]
    docstart = False
    docs_of_blocks: list[list[list[tuple[str, str]]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            docstart = True
            if blocks[-1]:
                blocks.append([])
            docs_of_blocks[-1].extend(b for b in blocks if b)
            docs_of_blocks.append([])
            blocks = [[]]
            continue
        if len(parts) < 2:
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append((parts[0], parts[-1]))
    docs_of_blocks[-1].extend(b for b in blocks if b)
    if not docstart:
        docs_of_blocks = [[b] for b in docs_of_blocks[0]]
    return [_doc(d) for d in docs_of_blocks if d]


def _doc(sentences: list[list[tuple[str, str]]]) -> tuple[str, dict[tuple[int, int], str]]:
    parts: list[str] = []
    gold: dict[tuple[int, int], str] = {}
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
            kind = kind.upper()
            if open_ is not None and (prefix != "I" or kind != open_[1]):
                if open_[1] in TAGS:
                    gold[(open_[0], last_end)] = TAGS[open_[1]]
                open_ = None
            if prefix in {"B", "I"} and open_ is None:
                open_ = (start, kind)
            last_end = pos
        if open_ is not None and open_[1] in TAGS:
            gold[(open_[0], last_end)] = TAGS[open_[1]]
        parts.append("\n")
        pos += 1
    return "".join(parts), gold


def common_words(paths: list[Path]) -> list[str]:
    """Words written lowercase three times in four or more, not first in a sentence."""
    lower = Counter[str]()
    upper = Counter[str]()
    for path in paths:
        for text, _ in read(path):
            for line in text.split("\n"):
                for word in line.split()[1:]:
                    if not word.isalpha():
                        continue
                    if word.islower():
                        lower[word] += 1
                    elif word[0].isupper():
                        upper[word.lower()] += 1
    return sorted(w for w, n in lower.items() if n >= 2 and n >= 3 * upper[w] and len(w) > 1)


def person_first_names(paths: list[Path]) -> list[str]:
    """The first words of the corpora's people's names ("Cedric" of "Cedric Pioline")."""
    found = Counter[str]()
    for path in paths:
        for text, gold in read(path):
            for (s, e), kind in gold.items():
                parts = text[s:e].split()
                if kind == "person" and len(parts) > 1 and parts[0].isalpha():
                    found[parts[0].lower()] += 1
    common = vocab_en.common_words()
    regions = gazetteer.countries() | gazetteer.us_states() | gazetteer.REGIONS
    return sorted(
        w
        for w, n in found.items()
        if n >= 2 and len(w) > 1 and w not in common and w.title() not in regions
    )


def examples(paths: list[Path]) -> tuple[list[list[str]], list[int]]:
    xs: list[list[str]] = []
    ys: list[int] = []
    found = Counter[str]()
    for path in paths:
        for text, gold in read(path):
            mentions = rule_entities(text, split_sentences(text, "en"))
            doc = DocContext(text, mentions)
            spans = sorted(gold)
            for m in mentions:
                label = gold.get((m.start, m.end)) or _overlapping(spans, gold, m.start, m.end)
                found[label] += 1
                xs.append(features(text, m, doc))
                ys.append(LABELS.index(label))
    _say(f"{len(xs)} spans: {dict(found)}")
    return xs, ys


def _overlapping(
    spans: list[tuple[int, int]], gold: dict[tuple[int, int], str], start: int, end: int
) -> str:
    """A span that cuts a gold entity is labelled with its type, not "none": the type is what
    the model learns from it ("Energy Agency" of "International Energy Agency" is an
    organization's words), and "none" would teach that such words make no name."""
    for s, e in spans:
        if s < end and start < e:
            return OVERLAP if OVERLAP != "gold" else gold[(s, e)]
    return "none"


OVERLAP = os.environ.get("NER_OVERLAP", "gold")


def fit(xs: list[list[str]], ys: list[int]) -> tuple[list[str], np.ndarray]:
    counts = Counter(f for fs in xs for f in set(fs))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [np.array(sorted({index[f] for f in fs if f in index}), dtype=np.int64) for fs in xs]
    w = np.zeros((len(vocab), len(LABELS)), dtype=np.float64)
    g2 = np.full_like(w, 1e-8)
    order = list(range(len(rows)))
    rng = random.Random(0)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        loss = 0.0
        for i in order:
            idx = rows[i]
            z = w[idx].sum(axis=0)
            z -= z.max()
            p = np.exp(z)
            p /= p.sum()
            loss -= float(np.log(p[ys[i]] + 1e-12))
            p[ys[i]] -= 1.0
            grad = p[None, :] + L2 * w[idx]
            g2[idx] += grad * grad
            w[idx] -= RATE * grad / np.sqrt(g2[idx])
        _say(f"epoch {epoch + 1}: loss {loss / len(rows):.4f}")
    return vocab, w


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    paths = [Path(p) for p in sys.argv[2:]]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        sys.exit(f"no such file: {missing[0]}")
    common = common_words(paths)
    # The candidates read the common words and names: write them first, then find the spans.
    np.savez(out, common=vocab_en.text_array(common))
    vocab_en.model_arrays.cache_clear()
    vocab_en.common_words.cache_clear()
    names = person_first_names(paths)
    np.savez(out, common=vocab_en.text_array(common), first_names=vocab_en.text_array(names))
    vocab_en.model_arrays.cache_clear()
    vocab_en.first_names.cache_clear()
    gazetteer.first_names.cache_clear()
    xs, ys = examples(paths)
    vocab, w = fit(xs, ys)
    np.savez(  # uncompressed, word lists as UTF-8 (vocab_en.text_array): quick to load
        out,
        vocab=vocab_en.text_array(vocab),
        weights=w.astype(np.float16),
        common=vocab_en.text_array(common),
        first_names=vocab_en.text_array(names),
    )
    _say(f"wrote {out}: {len(vocab)} features")


if __name__ == "__main__":
    main()

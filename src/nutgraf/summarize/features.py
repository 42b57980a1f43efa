"""Per-sentence features, computed for all sentences of a document at once with numpy.

Nothing here reads ``Document.facts``: entity and number signals come from the sentence
text (capitalised words, digits), so the scorer works before or without fact extraction.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from nutgraf.summarize.cues import quote_depths
from nutgraf.summarize.select import doc_cues
from nutgraf.types import Document

FloatArray = npt.NDArray[np.float64]

_TOKEN = re.compile(r"\w+", re.UNICODE)
_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[^\W\d_a-zа-яё]\w+", re.UNICODE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTE = re.compile(r"[\"“”«»„]")
_PREFIX = 6  # a stem that needs no language: the first letters of each word

FEATURES: tuple[str, ...] = (
    "bias",
    "first",
    "inv_position",
    "rel_position",
    "para_first",
    "inv_paragraph",
    "log_words",
    "short",
    "long",
    "title_overlap",
    "centroid",
    "degree",
    "capitals",
    "numbers",
    "quote",
    "leans_back",
    "question",
    "first_x_long_doc",
    "early_x_centroid",
)


def stems(text: str) -> list[str]:
    """Lower-cased word prefixes of ``text``, digits dropped: a cheap, language-free stem."""
    return [t[:_PREFIX] for t in _TOKEN.findall(text.lower()) if not t.isdigit()]


def _counts(token_lists: list[list[str]]) -> tuple[FloatArray, dict[str, int]]:
    vocab: dict[str, int] = {}
    cols = [vocab.setdefault(t, len(vocab)) for toks in token_lists for t in toks]
    rows = np.repeat(np.arange(len(token_lists)), [len(toks) for toks in token_lists])
    width = max(len(vocab), 1)
    flat = np.bincount(
        rows * width + np.asarray(cols, dtype=np.intp), minlength=len(token_lists) * width
    )
    return flat.reshape(len(token_lists), width).astype(np.float64), vocab


def doc_stems(doc: Document) -> tuple[list[list[str]], FloatArray, dict[str, int]]:
    """Stems of each sentence and their count matrix, computed once per document."""
    cues = doc_cues(doc)
    if cues.stems is None:
        toks = [stems(s.text) for s in doc.sentences]
        counts, vocab = _counts(toks)
        cues.stems = (toks, counts, vocab)
    return cues.stems


def _unit_rows(mat: FloatArray) -> FloatArray:
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    out: FloatArray = np.divide(mat, norms, out=np.zeros_like(mat), where=norms > 0)
    return out


def features(doc: Document) -> FloatArray:
    """Matrix ``[n_sentences, len(FEATURES)]`` of the features of every sentence."""
    sents = doc.sentences
    n = len(sents)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    texts = [s.text for s in sents]
    _, counts, vocab = doc_stems(doc)
    n_words = np.array([max(len(t.split()), 1) for t in texts], dtype=np.float64)

    df = (counts > 0).sum(axis=0)
    idf = np.log((n + 1.0) / (df + 0.5))
    tfidf = _unit_rows(np.log1p(counts) * idf)
    # Only words in two or more sentences link sentences: a much smaller matrix, and
    # einsum's own loops, since BLAS thread wake-ups cost more than these products.
    shared = tfidf[:, df > 1]
    centroid = shared.sum(axis=0)
    c_norm = float(np.sqrt(np.einsum("i,i->", centroid, centroid))) or 1.0
    cos_centroid = np.einsum("ij,j->i", shared, centroid) / c_norm
    sim = np.einsum("ij,kj->ik", shared, shared)
    np.fill_diagonal(sim, 0.0)
    degree = sim.sum(axis=1) / max(n - 1, 1)

    title = {t for t in stems(doc.article.title) if len(t) > 2}
    tvec = np.zeros(counts.shape[1])
    for t in title:
        if t in vocab:
            tvec[vocab[t]] = 1.0
    title_overlap = np.einsum("ij,j->i", (counts > 0).astype(np.float64), tvec) / max(len(title), 1)

    idx = np.arange(n, dtype=np.float64)
    paras = np.array([s.paragraph for s in sents], dtype=np.float64)
    para_first = np.r_[1.0, (paras[1:] != paras[:-1]).astype(np.float64)]
    depths = quote_depths(texts)
    quote = np.array(
        [
            1.0 if (a or b or _QUOTE.search(t)) else 0.0
            for t, (a, b) in zip(texts, depths, strict=True)
        ]
    )
    capitals = np.array([len(_CAPITAL.findall(t)) for t in texts], dtype=np.float64) / n_words
    numbers = np.array([len(_DIGITS.findall(t)) for t in texts], dtype=np.float64) / n_words
    lean = np.array(doc_cues(doc).lean, dtype=np.float64)
    question = np.array([1.0 if t.rstrip("\"'”»").endswith("?") else 0.0 for t in texts])
    first = (idx == 0).astype(np.float64)
    log_n = np.log1p(n)
    inv_pos = 1.0 / (1.0 + idx)
    cols = [
        np.ones(n),
        first,
        inv_pos,
        idx / max(n - 1, 1),
        para_first,
        1.0 / (1.0 + paras),
        np.log(n_words),
        (n_words < 8).astype(np.float64),
        (n_words > 40).astype(np.float64),
        title_overlap,
        cos_centroid,
        degree,
        capitals,
        numbers,
        quote,
        lean,
        question,
        first * log_n,
        inv_pos * cos_centroid,
    ]
    return np.column_stack(cols)

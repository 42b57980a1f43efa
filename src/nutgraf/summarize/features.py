"""Per-sentence features of a prepared document, for all sentences at once with numpy.

Nothing here reads ``Document.facts``: entity and number signals come from the sentence
text (capitalised words, digits), so the scorer works before or without fact extraction.
Positions count from the first body sentence (``Prepared.body``), so a headline left in
the text or a dateline cut off as a sentence does not move them. Everything is linear in
the text: similarities between sentences are summed through the centroid, never as an
n x n matrix.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from nutgraf.analyse.sentences import ends_with_stop
from nutgraf.summarize.prepare import Prepared, stems

FloatArray = npt.NDArray[np.float64]

_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[^\W\d_a-zа-яё]\w+", re.UNICODE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTE = re.compile(r"[\"“”«»„]")
_QUOTE_END = "\"'”»"

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
    "no_stop",
)


def features(prep: Prepared) -> FloatArray:
    """Matrix ``[n_sentences, len(FEATURES)]`` of the features of every sentence."""
    sents = prep.doc.sentences
    n = len(sents)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    texts = [s.text for s in sents]
    n_words = np.array([max(len(t.split()), 1) for t in texts], dtype=np.float64)
    cos_centroid, degree = _similarities(prep)
    title_overlap = _title_overlap(prep)

    body = prep.body
    n_body = max(n - body, 1)
    idx = np.maximum(np.arange(n, dtype=np.float64) - body, 0.0)
    para_of = np.array([s.paragraph for s in sents], dtype=np.float64)
    paras = np.maximum(para_of - para_of[min(body, n - 1)], 0.0)
    para_first = np.r_[1.0, (para_of[1:] != para_of[:-1]).astype(np.float64)]
    quote = np.array(
        [
            1.0 if (a or b or _QUOTE.search(t)) else 0.0
            for t, (a, b) in zip(texts, prep.depths, strict=True)
        ]
    )
    capitals = np.array([len(_CAPITAL.findall(t)) for t in texts], dtype=np.float64) / n_words
    numbers = np.array([len(_DIGITS.findall(t)) for t in texts], dtype=np.float64) / n_words
    lean = np.array(prep.lean, dtype=np.float64)
    question = np.array([1.0 if t.rstrip(_QUOTE_END).endswith("?") else 0.0 for t in texts])
    first = (np.arange(n) == body).astype(np.float64)
    # A line without a final stop: a standfirst, subhead or caption, which a page sets apart
    # from the story's sentences (a reader's summary rarely repeats one).
    no_stop = np.array([0.0 if ends_with_stop(t) else 1.0 for t in texts])
    inv_pos = 1.0 / (1.0 + idx)
    cols = [
        np.ones(n),
        first,
        inv_pos,
        idx / max(n_body - 1, 1),
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
        first * np.log1p(n_body),
        inv_pos * cos_centroid,
        no_stop,
    ]
    return np.column_stack(cols)


def recurring_names(prep: Prepared) -> set[str]:
    """Stems of the capitalised words (names, mostly) found in two or more body sentences:
    who and what the story keeps coming back to."""
    seen: dict[str, int] = {}
    for sent in prep.doc.sentences[prep.body :]:
        for stem in {t for w in _CAPITAL.findall(sent.text) for t in stems(w) if len(t) > 2}:
            seen[stem] = seen.get(stem, 0) + 1
    return {stem for stem, n in seen.items() if n > 1}


def _similarities(prep: Prepared) -> tuple[FloatArray, FloatArray]:
    """Each sentence's cosine to the centroid and its mean cosine to the other sentences,
    over TF-IDF rows of the stems that occur in two or more sentences."""
    terms = prep.terms
    n = max(prep.n - prep.body, 1)  # the body's sentences: what precedes it has no stems
    df = terms.df()
    idf = np.log((n + 1.0) / (df + 0.5))
    vals = np.log1p(terms.counts) * idf[terms.cols]
    norms = np.sqrt(terms.row_sums(vals * vals))
    vals = vals / np.where(norms > 0, norms, 1.0)[terms.rows]
    # Only words in two or more sentences link sentences.
    vals = np.where(df[terms.cols] > 1, vals, 0.0)
    centroid = np.bincount(terms.cols, vals, minlength=terms.n_cols)
    c_norm = float(np.sqrt(centroid @ centroid)) or 1.0
    dot = terms.row_sums(vals * centroid[terms.cols])
    # sum over other sentences of cos(i, j) = row_i . (centroid - row_i)
    degree = (dot - terms.row_sums(vals * vals)) / max(n - 1, 1)
    return dot / c_norm, degree


def _title_overlap(prep: Prepared) -> FloatArray:
    """The share of the title's stems each sentence contains."""
    terms = prep.terms
    title = {t for t in stems(prep.doc.article.title) if len(t) > 2}
    cols = [terms.vocab[t] for t in title if t in terms.vocab]
    if not cols:
        return np.zeros(terms.n_rows)
    hit = np.isin(terms.cols, cols).astype(np.float64)
    out: FloatArray = terms.row_sums(hit) / len(title)
    return out

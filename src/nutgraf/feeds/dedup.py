"""The same story seen twice: one canonical URL, or a near-identical body.

Two tests, cheapest first:

1. **URL**: ``normalize_url`` makes the item's link, the URL it ends at and the page's
   ``<link rel="canonical">`` comparable (scheme and host lowercase, default port, fragment
   and tracking parameters such as ``utm_*`` dropped); one stored key is enough.
2. **Body**: a syndicated copy has its own URL but the same text, give or take a byline or a
   "first published by" line. Each article gets a MinHash signature of its word 3-shingles
   (64 hashes), cut into 16 bands of 4 (LSH): an article sharing any band with a stored one
   is a candidate, confirmed when the shingle Jaccard of the two texts is at least
   ``NEAR_DUPLICATE``. With 16 x 4 a pair at Jaccard 0.8 shares a band with probability
   0.9998, a pair at 0.3 with 0.12, so few candidates need the exact check.

MinHash LSH was chosen over SimHash because its candidate probability tracks Jaccard
directly (the quantity confirmed), and a band is one indexed integer in any SQL database;
over "same content hash" alone because one changed byte defeats a hash.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

from nutgraf.ingest.urls import normalize_url

__all__ = [
    "NEAR_DUPLICATE",
    "bands",
    "jaccard",
    "minhash",
    "normalize_url",
    "shingles",
]

NEAR_DUPLICATE = 0.8  # shingle Jaccard at or above which two bodies are one story
SHINGLE = 3
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS

_WORD = re.compile(r"\w+")
_MERSENNE = (1 << 61) - 1


def _constants(tag: bytes) -> np.ndarray:
    # Derived from a hash, not a seeded RNG: signatures are stored, so they must never
    # change with a numpy version.
    values = [
        int.from_bytes(hashlib.blake2b(tag + bytes([i]), digest_size=4).digest(), "big") | 1
        for i in range(PERMUTATIONS)
    ]
    return np.array([v >> 3 for v in values], dtype=np.uint64)  # < 2**29: a*x+b fits 64 bits


_A = _constants(b"nutgraf-minhash-a")
_B = _constants(b"nutgraf-minhash-b")


def shingles(text: str) -> frozenset[str]:
    """The word ``SHINGLE``-grams of ``text``, lowercased (the whole text when shorter)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= SHINGLE:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0 when both are empty)."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def minhash(grams: frozenset[str]) -> np.ndarray:
    """The MinHash signature of a shingle set: ``PERMUTATIONS`` unsigned 64-bit values."""
    if not grams:
        return np.zeros(PERMUTATIONS, dtype=np.uint64)
    x = np.fromiter(
        (zlib.crc32(g.encode("utf-8")) for g in sorted(grams)), dtype=np.uint64, count=len(grams)
    )
    hashed = (_A[:, None] * x[None, :] + _B[:, None]) % np.uint64(_MERSENNE)
    result: np.ndarray = hashed.min(axis=1)
    return result


def bands(signature: np.ndarray) -> list[int]:
    """One signed 64-bit integer per LSH band of ``signature`` (the band's index included)."""
    out = []
    for i in range(BANDS):
        rows = signature[i * ROWS : (i + 1) * ROWS].astype("<u8").tobytes()
        digest = hashlib.blake2b(bytes([i]) + rows, digest_size=8).digest()
        out.append(int.from_bytes(digest, "big", signed=True))
    return out

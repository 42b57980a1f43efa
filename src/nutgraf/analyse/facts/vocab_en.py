"""English words that are common words, not names: the English model's own vocabulary.

``scripts/train_ner_en.py`` counts how each word of its openly licensed corpora is written
and keeps the ones written lowercase three times in four; they ship in ``ner_en.npz`` with the
model. A headline in capitals ("MITCHELL DEFEATS BAILEY") and a sentence's first word are
read with them: what is left is a name. The first words of the corpora's people's names
ship beside them, to add to the registries' first names (``gazetteer``).

The model file is an uncompressed ``.npz``: its word lists are UTF-8 bytes (``text_array``), a
quarter of numpy's UTF-32 strings, so the first English text reads it in about 3 ms.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

MODEL_FILE = "ner_en.npz"


@cache
def model_arrays() -> dict[str, Any]:
    """The arrays of the shipped English model file, read once."""
    with resources.files(__package__).joinpath(MODEL_FILE).open("rb") as f:
        data = np.load(f)
        return {k: data[k] for k in data.files}


def text_array(lines: Iterable[str]) -> np.ndarray:
    """Lines as one array of UTF-8 bytes, as the model file keeps its word lists."""
    return np.frombuffer("\n".join(lines).encode("utf-8"), dtype=np.uint8)


def lines(array: np.ndarray) -> list[str]:
    """The lines of a ``text_array`` (or of an older file's numpy string)."""
    text = array.tobytes().decode("utf-8") if array.dtype == np.uint8 else str(array)
    return text.split("\n")


@cache
def common_words() -> frozenset[str]:
    arrays = model_arrays()
    if "common" not in arrays:
        return frozenset()
    return frozenset(lines(arrays["common"]))


@cache
def first_names() -> frozenset[str]:
    """First words of people's names in the training corpora, lowercased."""
    arrays = model_arrays()
    if "first_names" not in arrays:
        return frozenset()
    return frozenset(lines(arrays["first_names"]))

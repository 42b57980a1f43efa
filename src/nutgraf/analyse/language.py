"""Language identification (py3langid: small, fast, offline)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_SAMPLE_CHARS = 3000
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _identifier() -> Any:
    # The model is immutable once loaded, so a process-wide cache changes no output.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, default: str = "en") -> str:
    """Return the ISO 639-1 code of ``text``'s language (``default`` if too little text)."""
    sample = text[:_SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < 3:
        return default
    lang, prob = _identifier().classify(sample)
    if letters < 40 and prob < 0.9:
        # Too short to trust the model: fall back on the script.
        cyr = len(_CYRILLIC.findall(sample))
        return "ru" if cyr * 2 > letters else default
    return str(lang)

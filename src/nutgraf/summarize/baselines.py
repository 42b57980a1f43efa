"""sumy's LexRank and TextRank over our sentence splits (optional ``eval`` extra)."""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)
_SNOWBALL = {"en": "english", "ru": "russian", "uk": "russian"}
_SUMY_STOP = {"en": "english", "uk": "ukrainian"}


class _Words:
    """The tokenizer sumy's Sentence wants: only ``to_words`` is used."""

    def to_words(self, text: str) -> list[str]:
        return _WORD.findall(text)


def sumy_pick(doc: Any, k: int, method: str) -> list[int]:
    """Indices (article order) of the ``k`` sentences sumy's ``method`` picks in ``doc``."""
    import snowballstemmer
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    words = _Words()
    paras: dict[int, list[Any]] = {}
    index: dict[int, int] = {}
    for s in doc.sentences:
        sent = Sentence(s.text, words)
        index[id(sent)] = s.index
        paras.setdefault(s.paragraph, []).append(sent)
    model = ObjectDocumentModel(tuple(Paragraph(v) for v in paras.values()))
    stem = snowballstemmer.stemmer(_SNOWBALL.get(doc.language, "english")).stemWord
    cls = LexRankSummarizer if method == "lexrank" else TextRankSummarizer
    summarizer = cls(lambda w: stem(w.lower()))
    lang = _SUMY_STOP.get(doc.language)
    summarizer.stop_words = get_stop_words(lang) if lang else ()
    return sorted(index[id(s)] for s in summarizer(model, k))

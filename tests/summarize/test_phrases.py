"""The phrase table's trigger words (``qualify.phrases``) never hide a match: on every sentence
of the labelled sets, ``phrase_kinds`` gives what scanning every pattern gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nutgraf.analyse.sentences import split_sentences
from nutgraf.summarize.qualify import phrases


def _every_pattern(text: str, lang: str) -> frozenset[str]:
    out: set[str] = set()
    for table, kinds, _ in phrases._KINDS:
        pattern = table.get(lang)
        if pattern is not None and pattern.search(text):
            out |= kinds
    if phrases._GOES_BEFORE[lang].search(text) and not phrases._TIME_TO_GO.search(text):
        out |= {"pend", "settle"}
    return frozenset(out)


def _sentences() -> list[tuple[str, str]]:
    out = []
    for path in sorted(Path(__file__).parent.glob("qualifier_*.json")):
        for a in json.loads(path.read_text(encoding="utf-8")):
            if isinstance(a, dict) and a.get("lang") in ("en", "ru") and "paragraphs" in a:
                text = " ".join(a["paragraphs"])
                out += [(s.text, a["lang"]) for s in split_sentences(text, a["lang"])]
    return out


def test_trigger_words_hide_no_match() -> None:
    sentences = _sentences()
    assert len(sentences) > 3000
    found = 0
    for text, lang in sentences:
        expected = _every_pattern(text, lang)
        found += bool(expected - {"number"})
        assert phrases.phrase_kinds(text, lang) == expected, text
    assert found > 250  # the sets hold many of the phrases: the check is not vacuous


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("A further session is scheduled for next month.", "en", "next_round"),
        ("Стороны условились встретиться снова 14 апреля.", "ru", "next_round"),
        ("The commission's vote is advisory.", "en", "notbinding"),
    ],
)
def test_a_phrase_is_found(text: str, lang: str, kind: str) -> None:
    assert kind in phrases.phrase_kinds(text, lang)

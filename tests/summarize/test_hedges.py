"""The labelled hedge and negation cases: a chosen claim keeps its qualifier."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from summarize_helpers import make_document

from nutgraf.summarize.cues import leans_back, qualifies
from nutgraf.summarize.select import choose

CASES = json.loads((Path(__file__).with_name("hedge_cases.json")).read_text(encoding="utf-8"))


def test_hedge_cases_enough_of_each_language() -> None:
    langs = [c["lang"] for c in CASES]
    assert len(CASES) >= 40 and langs.count("en") >= 20 and langs.count("ru") >= 20


@pytest.mark.parametrize("case", CASES, ids=[c["qualifier"][:30] for c in CASES])
def test_hedge_kept_with_claim(case: dict[str, str]) -> None:
    lead = "Полиция сообщила о погоде." if case["lang"] == "ru" else "Police reported the weather."
    doc = make_document(f"{lead}\n\n{case['claim']} {case['qualifier']}", case["lang"])
    claim = next(s.index for s in doc.sentences if s.text == case["claim"])
    scores = np.zeros(len(doc.sentences))
    scores[claim] = 1.0
    points, _ = choose(doc, scores, points=1)
    texts = [p.text for p in points]
    assert any(case["claim"] in t for t in texts)
    assert any(case["qualifier"] in t for t in texts if case["claim"] in t)


def test_avtovaz_seed_points_keep_their_qualifiers() -> None:
    raw = (Path(__file__).parent / "avtovaz_body.txt").read_text(encoding="utf-8")
    doc = make_document(raw)
    for claim, qualifier in [(c["claim"], c["qualifier"]) for c in CASES[:2]]:
        i = next(s.index for s in doc.sentences if s.text == claim)
        scores = np.zeros(len(doc.sentences))
        scores[i] = 1.0
        (point,), _ = choose(doc, scores, points=1)
        assert claim in point.text and qualifier in point.text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("He said so.", "en", True),
        ("However, prices rose.", "en", True),
        ("Separately, the firm hired staff.", "en", False),
        ("The firm hired staff.", "en", False),
        ("Это решение вызвало споры.", "ru", True),
        ("Однако цены выросли.", "ru", True),
        ("Тем не менее цены выросли.", "ru", True),
        ("Кроме того, цены выросли.", "ru", True),
        ("Кроме цен, выросли налоги.", "ru", False),
        ("Цены выросли.", "ru", False),
        ("Er sagte das.", "de", False),
    ],
)
def test_leans_back(text: str, language: str, expected: bool) -> None:
    assert leans_back(text, language) is expected


def test_qualifies_plain_statement_is_not_a_hedge() -> None:
    assert not qualifies("The bridge opened in 1932.", "en")
    assert not qualifies("Мост открыли в 1932 году.", "ru")

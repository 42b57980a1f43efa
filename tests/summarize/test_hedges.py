"""The labelled hedge and negation cases: a chosen claim keeps its qualifier."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from summarize_helpers import make_document

from nutgraf.summarize.cues import leans_back
from nutgraf.summarize.qualify import qualifies
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


@pytest.mark.parametrize(
    ("claim", "text", "language", "expected"),
    [
        # A plain negation about the claim (it names the claim's words, or leans on it).
        ("The council discussed a tram line.", "The council did not fund the tram.", "en", True),
        ("Police arrested a man.", "He did not resist.", "en", True),
        # A negation about something else leaves the claim as it was.
        ("The council discussed a tram line.", "The museum does not open on Mondays.", "en", False),
        ("Prices rose in May.", "Rather than walk, most people drive.", "en", False),
        ("Завод выпустит новую модель.", "Новой модели на рынке пока нет.", "ru", True),
        ("Завод выпустит новую модель.", "Выставки в музее не будет.", "ru", False),
        # Hedges of settledness qualify whatever the words.
        ("The council discussed a tram line.", "No final decision has been made.", "en", True),
        ("Завод выпустит новую модель.", "Решение пока не принято.", "ru", True),
    ],
)
def test_qualifies_depends_on_the_claim(
    claim: str, text: str, language: str, expected: bool
) -> None:
    assert qualifies(text, language, claim) is expected
    assert qualifies(text, language)  # without the claim: the cautious reading


def test_unrelated_negation_stays_out_of_the_point() -> None:
    doc = make_document(
        "Police reported heavy rain across the region on Monday, and more is forecast for later.\n\n"
        "The city council approved a new tram line to the airport. "
        "The museum does not open on Mondays."
    )
    scores = np.array([0.0, 1.0, 0.0])
    (point,), _ = choose(doc, scores, points=1)
    assert point.text == "The city council approved a new tram line to the airport."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The mayor said the bridge would reopen in May. "
            '"We have the crews and the money. Nothing stands in our way," he said. '
            "The transport ministry declined to comment.",
            "en",
        ),
        (
            "Мэр сообщил, что мост откроют в мае. "
            "«У нас есть бригады и деньги. Ничто нам не мешает», — сказал он. "
            "В министерстве транспорта от комментариев отказались.",
            "ru",
        ),
    ],
)
def test_hedge_after_a_quotations_end_comes_along(text: str, language: str) -> None:
    """A unit that takes a whole quotation also takes the hedge of the quotation's end."""
    lead = "Полиция сообщила о погоде." if language == "ru" else "Police reported the weather."
    doc = make_document(f"{lead}\n\n{text}", language)
    quote = next(s.index for s in doc.sentences if s.text.startswith(('"We', "«У")))
    scores = np.zeros(len(doc.sentences))
    scores[quote] = 1.0
    (point,), _ = choose(doc, scores, points=1)
    assert point.text.endswith(doc.sentences[-1].text)

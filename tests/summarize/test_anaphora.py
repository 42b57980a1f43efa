"""A sentence that refers back ("While such talks ...", "Несмотря на эти планы ...") never
stands alone: choosing it brings the sentence it leans on, or it is not chosen."""

from __future__ import annotations

import numpy as np
import pytest
from summarize_helpers import make_document, unit_for

from nutgraf.summarize.cues import leans_back
from nutgraf.summarize.select import choose

# (claim, sentence that leans on it, language)
CASES = [
    (
        "Iranian officials are seeking a framework with the carmaker for joint production.",
        "While such talks reflect broader interests, no binding agreement had been announced.",
        "en",
    ),
    (
        "The ministry proposed moving the capital to the coast.",
        "Despite these plans, the budget for the move is empty.",
        "en",
    ),
    (
        "The club plans to build a new stadium by the river.",
        "Under this proposal, the old ground would become housing.",
        "en",
    ),
    (
        "The mayor hinted at a merger of the two bus companies.",
        "After that, shares of both companies rose.",
        "en",
    ),
    (
        "Власти Ирана хотят договориться с АвтоВАЗом о совместном производстве.",
        "Хотя такие переговоры идут давно, соглашение пока не подписано.",
        "ru",
    ),
    (
        "Министерство предложило перенести столицу на побережье.",
        "Несмотря на эти планы, денег на переезд в бюджете нет.",
        "ru",
    ),
    (
        "Клуб собирается построить новый стадион у реки.",
        "По этому проекту старую арену снесут.",
        "ru",
    ),
]


@pytest.mark.parametrize(("claim", "leaning", "language"), CASES, ids=[c[1][:30] for c in CASES])
def test_leaning_sentence_brings_its_claim(claim: str, leaning: str, language: str) -> None:
    lead = "Полиция сообщила о погоде." if language == "ru" else "Police reported the weather."
    doc = make_document(f"{lead}\n\n{claim} {leaning}", language)
    i = next(s.index for s in doc.sentences if s.text == leaning)
    scores = np.zeros(len(doc.sentences))
    scores[i] = 1.0  # only the leaning sentence scores
    for n in (1, 2):
        points, _ = choose(doc, scores, points=n)
        for p in points:
            if leaning in p.text:
                assert claim in p.text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("While such talks reflect broader interests, no deal was signed.", "en", True),
        ("Despite these plans, nothing changed.", "en", True),
        ("For that reason he left.", "en", True),
        ("After that, the firm fell.", "en", True),
        ("Given that the firm fell, prices rose.", "en", False),
        ("In the morning, police arrived.", "en", False),
        ("This year, the firm grew.", "en", False),
        ("While prices rose, wages fell.", "en", False),
        ("Несмотря на такие планы, сделки нет.", "ru", True),
        ("Хотя эти переговоры идут, договора нет.", "ru", True),
        ("По этим данным, погибли двое.", "ru", True),
        ("По данным полиции, погибли двое.", "ru", False),
        ("В этом году компания выросла.", "ru", False),
        ("Хотя цены выросли, зарплаты упали.", "ru", False),
    ],
)
def test_demonstrative_after_lead_in(text: str, language: str, expected: bool) -> None:
    assert leans_back(text, language) is expected


def test_unit_whose_antecedent_is_too_far_back_is_not_chosen() -> None:
    doc = make_document(
        "The mayor opened the bridge. He said it cost a lot. They paid. It was late.", "en"
    )
    assert unit_for(doc, 3) is None  # "It" -> "They" -> "He": the first would dangle
    u = unit_for(doc, 1)
    assert u is not None and (u.first, u.last) == (0, 1)


def test_unit_with_a_quotation_that_never_closes_is_not_chosen() -> None:
    doc = make_document('The mayor spoke. "We will build it, she said.\n\nThe bridge opened.', "en")
    assert unit_for(doc, 1) is None
    assert unit_for(doc, 2) is not None


def test_a_missing_closing_mark_loses_only_its_own_sentence() -> None:
    # «... — заявлял: the closing » is missing. The sentence it opens in comes only with the
    # next one; the paragraph's later sentences are not read as inside the quotation.
    doc = make_document(
        "Сеть подпишет меморандум. «Пока не будем подписывать, — заявлял вице-президент. "
        "Меморандум обсуждают год. Его подписали 36 компаний.",
        "ru",
    )
    u = unit_for(doc, 1)
    assert u is not None and (u.first, u.last) == (1, 2)
    u = unit_for(doc, 2)
    assert u is not None and (u.first, u.last) == (2, 2)


def test_a_quotation_continued_in_the_next_paragraph_stays_inside_it() -> None:
    # The press's convention: no closing mark at the paragraph's end, an opening one at the
    # next paragraph's start. The quotation's sentences are never points on their own.
    doc = make_document(
        'The mayor spoke. "We will build it. We will pay for it.\n\n'
        '"And we will open it in May," she said. The bridge opened.',
        "en",
    )
    for i in (1, 2):
        u = unit_for(doc, i)
        assert u is None or (u.first <= 1 and u.last >= 3)  # the whole quotation or none


def test_a_paragraph_of_unattributed_speech_left_open_stays_inside_the_quotation() -> None:
    # A whole paragraph of speech whose closing mark is missing: its later sentences are
    # speech too, never shown as a point without their quotation.
    doc = make_document(
        "Эксперт оценил события. «Думаю, что события не прошли и половины пути. "
        "Я думаю, что мы станем свидетелями интересных событий.\n\n"
        "Все изменения играют в пользу России.",
        "ru",
    )
    assert unit_for(doc, 2) is None
    assert unit_for(doc, 3) is not None

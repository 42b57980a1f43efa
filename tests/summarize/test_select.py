"""Selection: units, budget, order, spans."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from summarize_helpers import make_document, unit_for

from nutgraf.summarize import key_points
from nutgraf.summarize.select import choose


def _scores(n: int, best: int) -> np.ndarray:
    s = np.zeros(n)
    s[best] = 1.0
    return s


def test_select_picks_highest_scored_in_article_order() -> None:
    doc = make_document("Alpha one here. Beta two here. Gamma three here. Delta four here.")
    points, over = choose(doc, np.array([0.1, 0.9, 0.2, 0.8]), points=2)
    assert [p.sentences for p in points] == [(1,), (3,)]
    assert not over


def test_select_pulls_antecedent_of_pronoun_opener() -> None:
    doc = make_document("Maria Lopez won the race in Madrid. She broke the record. Fans cheered.")
    points, _ = choose(doc, _scores(3, 1), points=1)
    assert points[0].sentences == (0, 1)


def test_select_keeps_hedge_with_claim() -> None:
    doc = make_document("The council discussed a new tram line. The plan has not been approved.")
    points, _ = choose(doc, _scores(2, 0), points=1)
    assert points[0].sentences == (0, 1)


def test_select_keeps_multi_sentence_quote_whole() -> None:
    doc = make_document('"We will win. Nobody can stop us," the coach said. The match is Sunday.')
    assert unit_for(doc, 1) is not None
    unit = unit_for(doc, 0)
    assert unit is not None and (unit.first, unit.last) == (0, 1)


def test_select_word_budget_never_exceeded() -> None:
    doc = make_document("One two three four five. Six seven eight. Nine ten eleven twelve.")
    points, over = key_points(doc, points=3, words=8)
    assert sum(len(p.text.split()) for p in points) <= 8
    assert not over


def test_select_over_budget_when_first_point_too_long() -> None:
    doc = make_document("One two three four five six seven. Eight nine ten eleven twelve.")
    points, over = key_points(doc, points=2, words=3)
    assert len(points) == 1 and over


def test_key_points_empty_document() -> None:
    assert key_points(make_document("")) == ((), False)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "He said so.",
                "The plan failed.",
                '"Yes.',
                'No," she said.',
                "However, it was late.",
                "Prices rose 5%.",
                "\n\n",
            ]
        ),
        max_size=20,
    )
)
def test_key_points_text_is_source_span(parts: list[str]) -> None:
    doc = make_document(" ".join(parts))
    points, _ = key_points(doc, points=3)
    for p in points:
        assert doc.text[p.start : p.end] == p.text
        assert p.start == doc.sentences[p.sentences[0]].start
        assert p.end == doc.sentences[p.sentences[-1]].end
    starts = [p.start for p in points]
    assert starts == sorted(starts)

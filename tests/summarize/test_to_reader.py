"""Lines that address the reader (calls to action, links) are never key points."""

from __future__ import annotations

import pytest
from summarize_helpers import make_document

from nutgraf.summarize import key_points
from nutgraf.summarize.cues import to_reader


@pytest.mark.parametrize(
    "line",
    [
        "Click here to access the transcript of today's program.",
        "READ MORE: Richard III's spine twisted, not hunched .",
        "Read more: the council's full budget, line by line.",
        "See the original story at RollingStone.com.",
        "Follow us on Twitter for updates on the tram line.",
        "Copyright © 2015 Rolling Stone.",
        "Читайте также: дума отложила голосование о трамвае.",
        "Подписывайтесь на наш канал, чтобы не пропустить новости.",
    ],
)
def test_to_reader_lines(line: str) -> None:
    assert to_reader(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Share, and your gift will be multiplied.",
        "Readers of the paper saw the story first.",
        "The council will see more of the plan in May.",
        "Photographs taken on Monday show the damaged harbour road.",
        "Смотрящий за порядком отказался от комментариев.",
    ],
)
def test_news_sentences_are_not_to_reader(sentence: str) -> None:
    assert not to_reader(sentence)


def test_a_call_to_action_is_never_chosen() -> None:
    text = (
        "The council of Brindle postponed its vote on the new tram line on Monday. "
        "Click here to read about the council's vote on the new tram line on Monday.\n\n"
        "The mayor said the council still supports the tram line. Engineers put the cost "
        "at 240 million euros. A new estimate of the tram line is due in May."
    )
    doc = make_document(text)
    points, _ = key_points(doc, points=4)
    assert len(points) == 4
    assert all("Click here" not in p.text for p in points)


LABELLED = (
    "Дом ребенка в Можайской колонии. Кадр телеканала «Россия 1»\n\n"
    "Дом ребенка Можайской колонии, где произошла вспышка ОРВИ, готов принять детей.\n\n"
    "Ссылки по теме:\n\n"
    "Прием детей будет вести специальная комиссия, сообщили в УФСИН.\n\n"
    "2101\n\n"
    "Сначала детей разместят в карантинном отделении дома ребенка.\n\n"
    "Президент Евгений Шевчук\n\n"
    "выразил соболезнования родным и близким пострадавших детей."
)


@pytest.mark.parametrize("points", [None, 1, 2, 3, 4, 6])
def test_labels_and_fragments_are_never_points(points: int | None) -> None:
    # Captions, headings and counters a page leaves in the text (short lines without a final
    # stop, alone or closing a paragraph) are never points, and a line opening in lower case
    # never stands alone.
    doc = make_document(LABELLED, "ru", title="Дом ребенка готов принять детей")
    texts = [p.text for p in key_points(doc, points=points)[0]]
    assert texts
    for label in ("Кадр телеканала", "Ссылки по теме", "2101", "Президент Евгений Шевчук"):
        assert not any(label in t for t in texts)
    assert all(t[0].isupper() for t in texts)


def test_a_text_without_stops_still_has_points() -> None:
    # A script without sentence stops (or a text stripped of them) has no labels at all.
    lines = [
        "Городской совет утвердил план нового моста через реку",
        "Строительство начнется весной",
        "Мост обойдется в два миллиарда рублей",
    ]
    doc = make_document("\n\n".join(lines), "ru", title="План моста")
    assert key_points(doc, points=2)[0]

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

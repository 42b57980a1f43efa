"""A story's dateline never shows in its key points."""

from __future__ import annotations

import pytest
from summarize_helpers import make_document

from nutgraf.summarize import key_points

STORY = (
    "{dateline}A photo of a weasel riding on the back of a flying woodpecker near London "
    "has gone viral, with more than 7,000 shares in a day. It was first posted by "
    "photographer Jason Ward on Monday. The photographer said the woodpecker landed "
    "safely and flew off. British media soon picked up the story, and experts said such "
    "attacks are rare. The weasel was not hurt, according to the photographer."
)


@pytest.mark.parametrize("dateline", ["London (CNN)", "LONDON (Reuters) - ", "(CNN) -- "])
def test_first_point_starts_after_the_dateline(dateline: str) -> None:
    doc = make_document(STORY.format(dateline=dateline))
    points, _ = key_points(doc, points=3)
    assert points and points[0].start >= len(dateline)
    for p in points:
        assert doc.text[p.start : p.end] == p.text
        assert not p.text.startswith(dateline.strip()[:6])
        assert "CNN" not in p.text and "Reuters" not in p.text


RU_STORY = (
    "{head}МОСКВА, 4 янв - РИА Новости. Эта история тянется уже седьмой год: жители "
    "посёлка Луговой добиваются ремонта моста через реку Сестру.\n\n"
    "В среду областной суд обязал администрацию района отремонтировать мост до конца "
    "лета. Администрация заявила, что обжалует решение. Ремонт, по оценке инженеров, "
    "обойдётся в 40 миллионов рублей.\n\n"
    "Мост построен в 1962 году и закрыт для грузовиков с 2019 года."
)


@pytest.mark.parametrize(
    "head", ["17/01/2012 10:17\n\n", "время публикации: 4 января 2012 г., 14:07\n\n"]
)
@pytest.mark.parametrize("points", [None, 1, 2, 3])
def test_a_time_stamp_line_does_not_change_the_points(head: str, points: int | None) -> None:
    """The story's first sentence, which leans on its headline ("Эта история"), may still
    open the summary, and its dateline stays out, with a time stamp line above it or not."""
    plain = make_document(RU_STORY.format(head=""), "ru")
    stamped = make_document(RU_STORY.format(head=head), "ru")
    want = [p.text for p in key_points(plain, points=points)[0]]
    got = [p.text for p in key_points(stamped, points=points)[0]]
    assert got == want
    assert not any("РИА" in t for t in got)
    if points == 1:
        assert got[0].startswith("Эта история")

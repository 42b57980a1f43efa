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

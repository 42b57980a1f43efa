"""Datelines at the head of a story: found in the forms agencies use, nothing else taken."""

from __future__ import annotations

import pytest

from nutgraf.analyse.datelines import dateline_length, is_dateline

DATELINES = [
    ("(CNN)", "Share, and your gift will be multiplied by the program."),
    ("London (CNN)", "The British government said on Monday it would act."),
    ("Lausanne, Switzerland (CNN)", "Iran and six world powers reached a deal."),
    ("NEW YORK, Nov 3 (Reuters) - ", "Stocks fell sharply on Tuesday after the report."),
    ("(The Hollywood Reporter)", "Disney has set a date for the sequel of the film."),
    ("(CNN) -- ", "A shooting at a bar popular with expatriates killed five."),
    ("WASHINGTON — ", "The Senate voted on Tuesday to approve the bill at last."),
    ("МОСКВА, 4 янв - РИА Новости. ", "Президент подписал указ о новых назначениях."),
    ("МОСКВА, 25 ноября. /ТАСС/. ", "Правительство одобрило проект бюджета на год."),
]

NOT_DATELINES = [
    "The company's chief executive (CEO) John Smith said profits rose sharply.",
    "Apple (AAPL) shares rose 3 percent in early trading on Monday morning.",
    "US – China talks collapsed on Friday after two days of meetings.",
    "Barack Obama (pictured) said nothing about the matter for days on end.",
    "Officials in Rome said on Monday that the museum would reopen.",
    "(CNN)",  # nothing after it: not a story's opening
]


@pytest.mark.parametrize(("dateline", "story"), DATELINES)
def test_datelines_found(dateline: str, story: str) -> None:
    assert dateline_length(dateline + story) == len(dateline)


@pytest.mark.parametrize("sentence", NOT_DATELINES)
def test_datelines_not_taken_from_ordinary_openings(sentence: str) -> None:
    assert dateline_length(sentence) == 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("London (CNN)", True), ("WASHINGTON —", True), ("(Reuters)", True), ("London", False)],
)
def test_is_dateline_for_a_whole_sentence(sentence: str, expected: bool) -> None:
    assert is_dateline(sentence) is expected

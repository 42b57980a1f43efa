"""Datelines at the head of a story: found in the forms agencies use, nothing else taken."""

from __future__ import annotations

import pytest

from nutgraf.analyse.datelines import dateline_length, is_dateline, is_furniture

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


@pytest.mark.parametrize(
    "line",
    [
        "17/01/2012 10:17",
        "время публикации: 4 января 2012 г., 14:07",
        "последнее обновление: 5 января 2012 г., 08:54",
        "1:27, 27 ноября, 2011 Medportal.ruМедицина",
        "Надежда ШУЛЬГА — 05.01.2012",
        "Updated 10:17 AM ET, Tue March 3, 2015",
        "Published 3 March 2015",
    ],
)
def test_time_stamps_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Выборы пройдут 4 марта 2012 года.",  # a date in a sentence that ends
        "Всего в составе находилось 67 вагонов.",
        "The 2012 budget rose 3 percent",  # numbers, but no time or date
        "The council met at 10:30 on Tuesday and voted to close the old pier for good",
    ],
)
def test_sentences_with_numbers_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_place_or_date_alone_is_furniture_only_at_the_head() -> None:
    assert is_furniture("Псков.", lead=True) and is_furniture("28 ноября.", lead=True)
    assert not is_furniture("Псков.")
    assert not is_furniture("Мэрия отложила строительство моста.", lead=True)

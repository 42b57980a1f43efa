"""The body starts after a headline left in the text and a dateline cut off as a sentence:
neither is ever a point, and neither moves the summary."""

from __future__ import annotations

import pytest
from summarize_helpers import make_document

from nutgraf.summarize import key_points
from nutgraf.summarize.prepare import body_start, prepare

TITLE = "Harbour city weighs electric ferries as fuel costs climb"
BODY = (
    "The city council of Port Aldmere voted on Tuesday to study replacing its four diesel "
    "ferries with battery-electric vessels, after fuel costs rose by 38 percent in two years."
    "\n\n"
    "Mayor Daniel Okafor said the crossing carries about 9,000 passengers a day and that the "
    "city could not keep absorbing the fuel bill. The study will compare three options."
    "\n\n"
    "Engineers estimate that charging points at both terminals would cost between 12 and 15 "
    "million euros. The Maritime Workers Union said it would support the plan if no jobs are "
    "lost. A final decision is expected in September 2025."
    "\n\n"
    "Residents of the island district have long complained about diesel fumes at the pier, "
    "and a petition for cleaner boats gathered 4,000 signatures last spring."
)
RU_TITLE = "Мэрия отложила строительство моста через Волгу"
RU_BODY = (
    "Мэрия Самары отложила начало строительства нового моста через Волгу, сообщил в "
    "понедельник глава города Сергей Иванов. По его словам, проект обойдётся в 12 млрд рублей."
    "\n\n"
    "Окончательное решение пока не принято. Власти рассчитывают вернуться к вопросу весной."
    "\n\n"
    "Жители города собрали более 5 тысяч подписей в поддержку проекта. Активисты намерены "
    "провести публичные слушания в марте."
    "\n\n"
    "Старый мост был построен в 1960-х годах и нуждается в ремонте, отмечают инженеры."
)


def _texts(text: str, language: str, title: str, points: int | None) -> list[str]:
    doc = make_document(text, language, title=title)
    return [p.text for p in key_points(doc, points=points)[0]]


@pytest.mark.parametrize(
    ("title", "body", "lang"), [(TITLE, BODY, "en"), (RU_TITLE, RU_BODY, "ru")]
)
@pytest.mark.parametrize("points", [None, 1, 2, 3])
def test_headline_left_in_the_text_is_never_a_point(
    title: str, body: str, lang: str, points: int | None
) -> None:
    with_headline = _texts(f"{title}\n\n{body}", lang, title, points)
    assert with_headline == _texts(body, lang, title, points)
    assert all(title not in t for t in with_headline)


@pytest.mark.parametrize(
    "dateline", ["LONDON (Reuters) -", "(CNN)", "МОСКВА, 4 янв - РИА Новости."]
)
@pytest.mark.parametrize("points", [None, 3])
def test_dateline_line_does_not_move_the_summary(dateline: str, points: int | None) -> None:
    plain = _texts(BODY, "en", TITLE, points)
    dated = _texts(f"{dateline}\n\n{BODY}", "en", TITLE, points)
    assert dated == plain


def test_body_start_skips_headline_then_dateline() -> None:
    doc = make_document(f"{TITLE}\n\nLONDON (Reuters) -\n\n{BODY}", title=TITLE)
    prep = prepare(doc)
    assert body_start(doc) == prep.body
    assert doc.sentences[prep.body].text.startswith("The city council")
    assert all(u is None for u in prep.units[: prep.body])  # headline, dateline, its dash
    assert prep.units[prep.body] is not None


def test_a_first_paragraph_that_only_resembles_the_title_stays_in_the_body() -> None:
    doc = make_document(BODY, title="The city council of Port Aldmere voted")
    assert body_start(doc) == 0


@pytest.mark.parametrize(
    "head",
    [
        "17/01/2012 10:17",
        "время публикации: 4 января 2012 г., 14:07\nпоследнее обновление: 5 января 2012 г., 08:54",
        "Самара.\n28 ноября.",
        "Самара. 28 ноября.",
    ],
)
@pytest.mark.parametrize("points", [None, 1, 3])
def test_time_stamp_and_place_lines_do_not_move_the_summary(head: str, points: int | None) -> None:
    plain = _texts(RU_BODY, "ru", RU_TITLE, points)
    stamped = _texts(f"{RU_TITLE}\n\n{head}\n\n{RU_BODY}", "ru", RU_TITLE, points)
    assert stamped == plain
    assert plain[0].startswith("Мэрия Самары")


def test_a_time_stamp_inside_the_body_is_never_a_point() -> None:
    stamp = "последнее обновление: 5 января 2012 г., 08:54"
    body = RU_BODY.replace("\n\nЖители", f"\n\n{stamp}\n\nЖители")
    doc = make_document(body, "ru", title=RU_TITLE)
    prep = prepare(doc)
    (i,) = [s.index for s in doc.sentences if s.text == stamp]
    assert prep.units[i] is None
    assert all(stamp not in t for t in _texts(body, "ru", RU_TITLE, 4))


@pytest.mark.parametrize(
    "head",
    [
        "Теги: мост, Волга, Самара, новости",
        "Фото: Иван ПЕТРОВ",
        "Теги: мост, Волга\n\nФото: Иван ПЕТРОВ\n\n17/01/2012 10:17",
    ],
)
@pytest.mark.parametrize("points", [None, 1, 3])
def test_label_lines_above_the_story_do_not_move_the_summary(head: str, points: int | None) -> None:
    # What the scraped-text cleaner drops as clutter, a page or an Article may keep.
    plain = _texts(RU_BODY, "ru", RU_TITLE, points)
    assert _texts(f"{head}\n\n{RU_BODY}", "ru", RU_TITLE, points) == plain
    doc = make_document(f"{head}\n\n{RU_BODY}", "ru", title=RU_TITLE)
    assert doc.sentences[body_start(doc)].text.startswith("Мэрия Самары")

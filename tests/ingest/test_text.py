"""Tests of nutgraf.ingest.text: scraped plain text -> Article."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nutgraf.errors import NoArticleError
from nutgraf.ingest.text import clean_text
from nutgraf.types import Article

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

EN_STORY = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.",
    "Engineers told the council that the steel deck had corroded faster than expected since 2015.",
    "Why now?",
    "The mayor said the repair bill had doubled in two years, and that waiting longer would "
    "only make the work more expensive for everyone who lives on the island.",
    "Cyclists and pedestrians will still be able to cross while the work goes on.",
]
EN_PAGE = "\n".join(
    [
        "* Home",
        "* News",
        "* Sport",
        "Subscribe",
        "Harbour bridge to close to cars next spring",
        "Share on Facebook",
        "By Jane Doe | 3 March 2024",
        *EN_STORY,
        "Share on Facebook",
        "Next Article",
        "Stadium plans approved after a long and heated public debate in the town hall.",
        "Local bakery wins national bread prize for the third year in a row, judges say.",
        "We use cookies to improve your experience on our website. By browsing, you accept.",
        "© 2024 Example News",
    ]
)

RU_STORY = [
    "В понедельник городская дума утвердила бюджет на следующий год после долгого обсуждения.",
    "Расходы на ремонт дорог вырастут почти вдвое, сообщил глава комиссии по финансам.",
    "Что дальше?",
    "Депутаты попросили мэрию представить план работ до конца февраля, чтобы жители знали, "
    "какие улицы будут перекрыты и на какой срок.",
]
RU_PAGE = "\n".join(
    [
        "* Главная",
        "* Новости",
        "* Спорт",
        "Дума утвердила бюджет на следующий год",
        "Поделиться",
        *RU_STORY,
        "Поделиться",
        "Предыдущая статья",
        "В парке открылся новый каток, вход на который будет бесплатным до весны.",
        "Следующая статья",
        "Синоптики обещают сильные морозы на выходных по всей области и в столице.",
    ]
)


def test_clean_text_keeps_story_and_drops_clutter_en() -> None:
    article = clean_text(EN_PAGE)
    assert isinstance(article, Article)
    assert article.source == "text"
    assert article.text == "\n\n".join(EN_STORY)
    assert article.title == "Harbour bridge to close to cars next spring"


def test_clean_text_keeps_story_and_drops_clutter_ru() -> None:
    article = clean_text(RU_PAGE)
    assert article.text == "\n\n".join(RU_STORY)
    assert article.title == "Дума утвердила бюджет на следующий год"


def test_clean_text_keeps_short_lines_inside_the_story() -> None:
    paragraphs = [p.text for p in clean_text(EN_PAGE).paragraphs]
    assert "Why now?" in paragraphs
    assert "Что дальше?" in [p.text for p in clean_text(RU_PAGE).paragraphs]


def test_clean_text_drops_lines_repeated_in_the_page() -> None:
    page = "\n".join(["Get a summary", "Title of the story here", *EN_STORY, "Get a summary"])
    article = clean_text(page)
    assert "Get a summary" not in article.text
    assert article.text == "\n\n".join(EN_STORY)


def test_clean_text_drops_comments_after_the_story() -> None:
    comment = "I really do not agree with the council at all, this is a terrible idea for us."
    page = "\n".join([*EN_STORY, "12 Comments", comment, comment + " Really.", comment + " Yes."])
    assert clean_text(page).text == "\n\n".join(EN_STORY)


def test_clean_text_strips_lines_but_keeps_them_verbatim() -> None:
    page = "\n".join(f"   {line}\t" for line in EN_STORY)
    assert clean_text(page).text == "\n\n".join(EN_STORY)


def test_clean_text_title_is_empty_without_a_heading() -> None:
    assert clean_text("\n".join(EN_STORY)).title == ""


@pytest.mark.parametrize(
    "raw",
    ["", "   \n\t\n", "* Home\n* News\nSubscribe\nShare\nLog in", "Next Article\nComments"],
)
def test_clean_text_raises_when_no_story(raw: str) -> None:
    with pytest.raises(NoArticleError) as info:
        clean_text(raw)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "raw",
    [
        "a. " * 350_000,
        "a.\n" * 350_000,
        "Short line of menu\n" * 60_000,
        ("word " * 12 + "end.\n") * 15_000,
        "x" * 1_000_000,
    ],
    ids=["a-dot-space", "short-lines", "repeated-lines", "prose-lines", "one-huge-token"],
)
def test_clean_text_on_pathological_input(raw: str) -> None:
    # An article or NoArticleError, nothing else; its speed is bench/pathological.py's.
    with contextlib.suppress(NoArticleError):
        article = clean_text(raw)
        assert article.text.strip()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=120),
            st.sampled_from([*EN_STORY, *RU_STORY, "Next Article", "Share", "* Home", ""]),
        ),
        max_size=30,
    )
)
def test_clean_text_paragraphs_occur_in_input(parts: list[str]) -> None:
    raw = "\n".join(parts)
    try:
        article = clean_text(raw)
    except NoArticleError:
        return
    assert article.text
    for paragraph in article.paragraphs:
        assert paragraph.text in raw
    assert article.title in raw


@pytest.mark.shared
def test_clean_text_seed_article() -> None:
    seed = SHARED / "data" / "seed" / "avtovaz-scraped.txt"
    if not seed.is_file():
        pytest.skip(f"../shared not present: {seed}")
    raw = seed.read_text(encoding="utf-8")
    article = clean_text(raw)
    assert article.title == (
        "AvtoVAZ explores international cooperation for C- and D-class cars and new export markets"
    )
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("The leadership of AvtoVAZ, headed by Maxim Sokolov")
    assert paragraphs[-1].startswith("Separately, Najafi Manesh")
    assert paragraphs[-1].endswith("no binding agreement had been announced publicly at that time.")
    # Every kept paragraph is a line of the page, and the page's own blank-line blocks
    # between title and "No time to read?" are exactly the five story paragraphs.
    blocks = [b.strip() for b in raw.split("\n\n") if b.strip()]
    assert paragraphs == blocks[2:7]


SITE_PAGE = """Brindle Herald
Weather: light rain, 12 degrees in the valley this afternoon and evening.
{title}
{body}
Our newsletter brings the valley's stories to your inbox every single morning of the week.
"""


def test_learned_site_clutter_drops_lines_that_recur_across_pages() -> None:
    from nutgraf.ingest.text import learn_clutter

    pages = [
        SITE_PAGE.format(
            title=f"Story number {i} about the valley",
            body=f"The valley council met on day {i} and agreed a plan for the bridge and the road. "
            "Officials said work would begin soon, although no date has been fixed yet.",
        )
        for i in range(3)
    ]
    clutter = learn_clutter(pages[1:])
    assert any("weather" in line for line in clutter)
    alone = clean_text(pages[0])
    learned = clean_text(pages[0], site_clutter=clutter)
    assert "Weather" in alone.text or "newsletter" in alone.text  # the page alone keeps some
    assert "Weather" not in learned.text and "newsletter" not in learned.text
    assert "The valley council met on day 0" in learned.text
    assert learn_clutter(pages[:1]) == frozenset()  # one page teaches nothing

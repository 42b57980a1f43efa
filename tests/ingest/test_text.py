"""Tests of nutgraf.ingest.text: scraped plain text -> Article."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nutgraf.errors import NoArticleError
from nutgraf.ingest.text import clean_text, is_restated_headline
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


# --- clean articles: a headline line, then one paragraph per line (issue 12) ---------------

RU_HEADLINE = "Рейс в Иркутск задержали на девять часов"
RU_BODY = [
    # A lead line that lost its period: it must stay the story's first paragraph.
    "Самолет авиакомпании «Северные линии», следовавший из Москвы в Иркутск, приземлился "
    "в среду утром в аэропорту города",
    "В восемь утра борт должен был вылететь обратно в столицу. Однако техники нашли "
    "неполадку, и вылет задержали на девять часов.",
    "Пассажиры ждали в зале аэропорта.",
    "Авиакомпания обещала предоставить им питание и гостиницу, если задержка затянется до вечера.",
]
EN_HEADLINE = "Harbour bridge to close to cars next spring"
EN_BODY = [
    "LONDON (Reuters) -",
    *EN_STORY,
    "Work starts in April.",
]


def _paragraphs(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


@pytest.mark.parametrize(("headline", "body"), [(RU_HEADLINE, RU_BODY), (EN_HEADLINE, EN_BODY)])
def test_clean_article_keeps_every_line_with_its_headline(headline: str, body: list[str]) -> None:
    article = clean_text("\n".join([headline, *body]))
    assert article.title == headline
    assert _paragraphs(article) == body


@pytest.mark.parametrize("body", [RU_BODY, EN_BODY, EN_STORY])
def test_clean_article_without_headline_has_no_title(body: list[str]) -> None:
    # The lead (with or without its period, or after a dateline) is never the title.
    article = clean_text("\n".join(body))
    assert article.title == ""
    assert _paragraphs(article) == body


@pytest.mark.parametrize(("headline", "body"), [(RU_HEADLINE, RU_BODY), (EN_HEADLINE, EN_BODY)])
def test_headline_line_equals_article_built_by_hand(headline: str, body: list[str]) -> None:
    by_hand = Article(title=headline, text="\n\n".join(body))
    scraped = clean_text(headline + "\n" + "\n".join(body))
    assert scraped.title == by_hand.title
    assert _paragraphs(scraped) == _paragraphs(by_hand)
    assert scraped.text == by_hand.text


@pytest.mark.parametrize(("headline", "body"), [(RU_HEADLINE, RU_BODY), (EN_HEADLINE, EN_STORY)])
def test_repeated_paragraphs_keep_their_first_copy(headline: str, body: list[str]) -> None:
    # A scraping duplicate: the first paragraphs again, right after themselves or later on.
    doubled = [*body[:2], *body[:2], *body[2:]]
    later = [*body, *body[:2]]
    for lines in (doubled, later):
        for head in ([headline], []):
            article = clean_text("\n".join(head + lines))
            assert _paragraphs(article) == body
            assert article.title == (headline if head else "")


def test_doubled_story_in_a_page_keeps_one_copy() -> None:
    page = "\n".join(
        ["* Home", "* News", "* Sport", "Subscribe", EN_HEADLINE, *EN_STORY, *EN_STORY, "© 2024"]
    )
    article = clean_text(page)
    assert article.title == EN_HEADLINE
    assert _paragraphs(article) == EN_STORY


def test_caption_repeated_across_a_page_is_clutter() -> None:
    caption = "The old harbour bridge seen from the north bank of the river at dusk last year."
    page = "\n".join(
        ["* Home", "* News", "* Sport", caption, "Subscribe", *EN_STORY, "Share", caption]
    )
    assert caption not in clean_text(page).text


def test_clean_article_keeps_short_and_unended_lines() -> None:
    body = [
        "Ein kurzer Absatz.",
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke im Frühjahr für Autos zu "
        "sperren.",
        "Warum jetzt?",
        "Die Reparatur sei in zwei Jahren doppelt so teuer geworden, sagte der Bürgermeister.",
        "Die Arbeiten beginnen im April",
    ]
    article = clean_text("Brücke wird für Autos gesperrt\n" + "\n".join(body))
    assert article.title == "Brücke wird für Autos gesperrt"
    assert _paragraphs(article) == body


@pytest.mark.parametrize(
    "lead",
    [
        "Officials said on Tuesday that the old harbour bridge would close to cars next spring.",
        "The council, which met on Tuesday evening, said the old bridge, built in 1920, would "
        "close to cars next spring",
        "17 March 2024 (09:07)",
    ],
)
def test_a_body_line_is_never_the_title(lead: str) -> None:
    article = clean_text("\n".join([lead, *EN_STORY]))
    assert article.title == ""
    assert _paragraphs(article)[0] == lead


BRIDGE_RU = [
    "Городской совет во вторник решил закрыть старый мост для машин с весны.",
    "Инженеры сообщили, что стальной настил разрушается быстрее, чем ожидалось.",
    "Пешеходы и велосипедисты смогут переходить мост во время ремонта.",
]


@pytest.mark.parametrize(
    "title",
    [
        # a page's <title>: the headline, then the site (even after a period or two sentences)
        "Мост закроют для машин - новость из рубрики Город, обсуждение новости на Example.",
        "Не только машины. Старый мост закроют весной — Происшествия — городской сайт Example.info",
        "Мост закроют для машин - Новости города и области. Газета «Пример»",
        "Harbour bridge to close to cars. Repairs due in spring | Example News",
    ],
)
def test_a_page_title_line_is_the_title(title: str) -> None:
    article = clean_text("\n".join([title, *BRIDGE_RU]))
    assert (article.title, _paragraphs(article)) == (title, BRIDGE_RU)


def test_a_headline_naming_its_source_and_restated_by_the_lead_is_the_title() -> None:
    title = "Мэрия: Старый мост закроют для машин с весны."
    lead = "Старый мост через реку закроют для машин с весны, сообщили в мэрии во вторник."
    article = clean_text("\n".join([title, lead, *BRIDGE_RU[1:]]))
    assert (article.title, _paragraphs(article)) == (title, [lead, *BRIDGE_RU[1:]])
    # an interview's line has the same form, but the next line does not restate it, or is
    # the next turn; numbers restated by a time stamp's next line are not a claim's words
    said = "Андреев: Мост закроют весной, и это правильное решение."
    article = clean_text("\n".join([said, *BRIDGE_RU]))
    assert (article.title, _paragraphs(article)) == ("", [said, *BRIDGE_RU])
    turns = ["Андреев: Мост закроют весной, это решено.", "Брюн: Мост закроют весной, решено."]
    article = clean_text("\n".join([*turns, *BRIDGE_RU]))
    assert (article.title, _paragraphs(article)) == ("", [*turns, *BRIDGE_RU])
    assert not is_restated_headline("Опубликовано: 4 января 2012.", "Обновлено: 4 января 2012.")


@pytest.mark.parametrize(
    "lead",
    [
        # direct speech and a dateline are a story's lead, whatever news agency they name
        '"Мост закроют весной", - сообщил РИА Новости источник в мэрии.',
        "МОСКВА, 4 янв - РИА Новости. Старый мост закроют для машин с весны, сообщили в мэрии.",
        "Мост закроют весной - об этом сообщил глава города, добавив, что ремонт займёт два "
        "года и обойдётся бюджету дороже, чем рассчитывали в прошлом году, пишут новости.",
    ],
)
def test_a_lead_naming_the_news_is_not_a_page_title(lead: str) -> None:
    article = clean_text("\n".join([lead, *BRIDGE_RU]))
    assert (article.title, _paragraphs(article)) == ("", [lead, *BRIDGE_RU])


def test_headline_that_asks_is_the_title() -> None:
    headline = "Will the old harbour bridge close to cars for good next spring?"
    article = clean_text("\n".join([headline, *EN_STORY]))
    assert article.title == headline
    assert _paragraphs(article) == EN_STORY


@pytest.mark.parametrize("dateline", ["LONDON (Reuters) -", "МОСКВА, 4 янв - РИА Новости."])
def test_dateline_line_opens_the_story_in_articles_and_pages(dateline: str) -> None:
    article = clean_text("\n".join([EN_HEADLINE, dateline, *EN_STORY]))
    assert (article.title, _paragraphs(article)) == (EN_HEADLINE, [dateline, *EN_STORY])
    page = "\n".join(["* Home", "* News", "* Sport", "Subscribe", EN_HEADLINE, "Share"])
    article = clean_text(page + "\n" + "\n".join([dateline, *EN_STORY, "© 2024 Example"]))
    assert (article.title, _paragraphs(article)) == (EN_HEADLINE, [dateline, *EN_STORY])


def test_headline_with_a_clutter_word_is_still_the_headline() -> None:
    headline = "Council email reveals harbour bridge repair costs"
    story = [*EN_STORY, "An email seen by the council showed the repair costs had doubled."]
    article = clean_text("\n".join([headline, *story]))
    assert article.title == headline
    assert _paragraphs(article) == story


def test_menu_lines_make_a_page_not_an_article() -> None:
    # Four short lines in a row are a menu: the page path drops them.
    page = "\n".join(["Home", "News", "Sport", "Weather", EN_HEADLINE, *EN_STORY])
    article = clean_text(page)
    assert _paragraphs(article) == EN_STORY
    assert article.title == EN_HEADLINE


# --- pages: what is a story's text and what is the page's (issue 16) ----------------------

MENU = ["* Home", "* News", "* Sport", "* Weather", "Subscribe"]


def _page(*middle: str) -> str:
    return "\n".join([*MENU, EN_HEADLINE, "Share on Facebook", *middle, "© 2024 Example News"])


@pytest.mark.parametrize(
    "aside",
    [
        "Photo: Jane Roe",
        "The old bridge at dusk. (Image credit: Jane Roe/Example Photos)",
        "Commuters cross the bridge in March. Jane Roe/Getty Images",
        "(Reporting by Jane Roe; Editing by John Doe)",
        "Get the day's top stories delivered to your inbox every morning with our newsletter.",
        "Want more stories like this? Subscribe to our weekly edition for the latest news.",
        "Read more: Council approves new bus lanes for the city centre next year",
        "Jane Roe is a senior reporter for the Example Gazette covering transport.",
    ],
)
def test_captions_credits_and_promotions_are_not_the_story(aside: str) -> None:
    story = [*EN_STORY[:2], aside, *EN_STORY[2:]]
    assert _paragraphs(clean_text(_page(*story))) == EN_STORY


def test_credit_alone_is_an_aside_but_a_paragraph_ending_with_one_is_the_story() -> None:
    credit = "Jane Roe contributed to this report."
    glued = f"{EN_STORY[-1]} The mayor will speak on Friday. {credit}"
    assert _paragraphs(clean_text(_page(*EN_STORY, credit))) == EN_STORY
    assert _paragraphs(clean_text(_page(*EN_STORY[:-1], glued))) == [*EN_STORY[:-1], glued]


def test_declined_to_comment_is_a_sentence_of_the_story() -> None:
    story = [*EN_STORY, "The ferry company declined to comment."]
    assert _paragraphs(clean_text(_page(*story))) == story


def test_comment_thread_header_ends_the_story() -> None:
    comment = "I really do not agree with the council at all, this is a terrible idea for us."
    thread = [f"34 responses to “{EN_HEADLINE}”", "1. reader says:", comment, comment + " Yes."]
    assert _paragraphs(clean_text(_page(*EN_STORY, *thread))) == EN_STORY


def test_lists_announced_or_numbered_in_the_story_are_kept() -> None:
    items = ["* the steel deck", "* the north ramp", "* the lighting"]
    steps = ["1. Close the bridge to cars", "2. Replace the deck"]
    story = [
        *EN_STORY[:2],
        "The council listed what the repair will cover:",
        *items,
        EN_STORY[3],
        *steps,
        EN_STORY[4],
    ]
    assert _paragraphs(clean_text(_page(*story))) == story


def test_a_bulleted_menu_inside_the_story_is_not_kept() -> None:
    links = ["* Bus lanes approved", "* New ferry timetable", "* Park reopens"]
    story = [*EN_STORY[:2], *links, *EN_STORY[2:]]
    assert _paragraphs(clean_text(_page(*story))) == EN_STORY


def test_byline_closes_the_page_header() -> None:
    standfirst = "The old harbour bridge will close to cars next spring, the council has decided."
    page = _page(standfirst, "By Jane Doe", "Published 3 March 2024", *EN_STORY)
    assert _paragraphs(clean_text(page)) == EN_STORY


def test_teasers_cut_short_are_not_prose() -> None:
    teasers = [
        "Stadium plans approved after a long and heated public debate in the...",
        "Local bakery wins national bread prize for the third year in a row, judges…",
        "Council to review parking fees across the city centre after complaints from...",
    ]
    assert _paragraphs(clean_text(_page(*EN_STORY, *teasers))) == EN_STORY


def test_dated_list_after_the_story_is_kept() -> None:
    dates = [
        "Bridge works timetable",
        "April 2 – North ramp closes",
        "April 16 – Deck removal starts",
        "May 7 – New deck arrives",
        "June 11 – Bridge reopens to cyclists",
    ]
    assert _paragraphs(clean_text(_page(*EN_STORY, *dates))) == [*EN_STORY, *dates]


def test_title_case_headlines_glued_to_blurbs_are_teasers() -> None:
    teasers = [
        "Stadium Plans Approved After Long Public DebateThe council voted late on Monday to "
        "approve the plans.",
        "Local Bakery Wins National Bread Prize AgainJudges said the sourdough was the best "
        "they had tasted.",
    ]
    assert _paragraphs(clean_text(_page(*EN_STORY, "Latest news", *teasers))) == EN_STORY
    # One such line alone is no teaser list: it may be a sentence with a brand name.
    brand = "Harbour City Transport Authority PlayStation fans queued at the bridge for hours."
    story = [*EN_STORY, brand]
    assert _paragraphs(clean_text(_page(*story))) == story


def test_comment_headers_and_cookie_notices_in_other_languages() -> None:
    story = [
        "Il consiglio comunale ha deciso martedì di chiudere il vecchio ponte alle auto "
        "dalla prossima primavera.",
        "Gli ingegneri hanno detto che la struttura in acciaio si è corrosa più in fretta "
        "del previsto.",
    ]
    tail = [
        "Lascia un commento",
        "Devi essere connesso per inviare un commento qui sotto, grazie mille a tutti.",
        "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza "
        "sul nostro sito.",
    ]
    assert _paragraphs(clean_text("\n".join([*story, *tail]))) == story

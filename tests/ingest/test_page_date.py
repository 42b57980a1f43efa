"""A page's date is found when first read, and is the date htmldate finds on the page."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from collections.abc import Callable
from datetime import datetime

import pytest
from htmldate import find_date
from htmldate.core import search_page
from htmldate.utils import Extractor

import nutgraf.ingest.html
from nutgraf.ingest.html import extract_html, page_date, parse_html
from nutgraf.pipeline import Summarizer
from nutgraf.types import Article

STORY = "".join(
    f"<p>The council voted on item {i} of the budget after a long debate, officials said, "
    f"and the mayor promised {i + 3} new buses for the northern districts.</p>"
    for i in range(6)
)


def _page(head: str = "", before: str = "", link: str = "") -> str:
    return (
        f"<html><head><title>Council votes on the budget</title>{head}{link}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/city'>City</a></nav>"
        f"<article><h1>Council votes on the budget</h1>{before}{STORY}</article>"
        "<footer>Contact us</footer></body></html>"
    )


PAGES = {
    "meta": _page(head='<meta property="article:published_time" content="2024-03-05T09:30">'),
    "json-ld": _page(
        head='<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Council votes", "datePublished": "2023-11-20T08:00:00Z"}</script>'
    ),
    "canonical url": _page(link='<link rel="canonical" href="https://a.example/2022/07/14/vote">'),
    "time element": _page(before='<time datetime="2021-02-03">3 February 2021</time>'),
    "text only": _page(before="<div class='when'>Posted 17.01.2012 at noon</div>"),
    "russian text": _page(before="<div class='date'>17 января 2012</div>"),
    "script only": _page(before='<script>var published = "2019-08-07";</script>'),
    "none": _page(),
}


def _eager(page: str, now: datetime) -> str | None:
    """The date as extract_html found it before it was deferred: htmldate's fast search on
    the page's tree, then its pattern scan of the whole page (not the shortened text)."""
    last = now.replace(hour=23, minute=59, second=59, microsecond=999999)
    found = find_date(parse_html(page), extensive_search=False, original_date=True, max_date=last)
    if not found:
        options = Extractor(False, now, datetime(1995, 1, 1), True, "%Y-%m-%d")
        found = search_page(page, options)
    return found


class _Counted:
    """htmldate's find_date as html.py calls it, counting its calls."""

    def __init__(self, wrapped: Callable[..., str | None]) -> None:
        self.wrapped = wrapped
        self.calls = 0

    def __call__(self, *args: object, **kwargs: object) -> str | None:
        self.calls += 1
        return self.wrapped(*args, **kwargs)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> _Counted:
    spy = _Counted(nutgraf.ingest.html.find_date)
    monkeypatch.setattr(nutgraf.ingest.html, "find_date", spy)
    return spy


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_deferred_date_is_the_eager_one(name: str, counted: _Counted) -> None:
    page = PAGES[name]
    now = datetime.now()
    article = extract_html(page)
    assert counted.calls == 0  # extraction did not look for the date
    date = article.date
    assert article.date == date and counted.calls == 1  # found once
    assert date == _eager(page, now) == page_date(page, now=now)


def test_the_built_pages_give_their_dates() -> None:
    dates = {name: extract_html(page).date for name, page in PAGES.items() if "russian" not in name}
    assert dates == {
        "meta": "2024-03-05",
        "json-ld": "2023-11-20",
        "canonical url": "2022-07-14",
        "time element": "2021-02-03",
        "text only": "2012-01-17",
        "script only": "2019-08-07",  # htmldate's fast search finds none: its page scan does
        "none": None,
    }


def test_a_large_page_date_is_deferred_too(counted: _Counted) -> None:
    story = "".join(
        f"<p>Budget {i} was approved on Monday, and it adds {i * 7} buses, officials said.</p>"
        for i in range(30_000)
    )
    page = (
        '<html><head><meta name="date" content="2020-06-01"></head><body><article>'
        f"<h1>Budgets</h1>{story}</article></body></html>"
    )
    article = extract_html(page)
    assert counted.calls == 0
    assert article.date == "2020-06-01" == page_date(page, large=True)
    assert counted.calls == 2


def test_no_date_after_the_day_of_extraction() -> None:
    page = PAGES["meta"]  # 2024-03-05
    assert page_date(page, now=datetime(2024, 3, 5, 0, 1)) == "2024-03-05"
    assert page_date(page, now=datetime(2024, 3, 4, 23, 59)) != "2024-03-05"


def test_every_reader_gets_the_deferred_date(counted: _Counted) -> None:
    made = [extract_html(PAGES["meta"]) for _ in range(6)]
    assert counted.calls == 0
    assert dataclasses.asdict(made[0])["date"] == "2024-03-05"
    assert pickle.loads(pickle.dumps(made[1])).date == "2024-03-05"
    assert dataclasses.replace(made[2], url="https://a.example/x").date == "2024-03-05"
    assert "date='2024-03-05'" in repr(made[3])
    assert copy.deepcopy(made[4]).date == "2024-03-05"
    assert made[5] == dataclasses.replace(made[0])
    assert counted.calls == 6


def test_a_summary_of_a_page_does_not_search_for_its_date(counted: _Counted) -> None:
    summary = Summarizer().summarize(PAGES["json-ld"], kind="html", points=2)
    assert summary.points
    assert counted.calls == 0
    assert summary.to_dict()["article"]["date"] == "2023-11-20"
    assert counted.calls == 1


def test_an_article_built_by_hand_keeps_its_date() -> None:
    article = Article(text="A story.", date="2019-05-04")
    assert article.date == "2019-05-04"
    assert dataclasses.asdict(article)["date"] == "2019-05-04"
    assert pickle.loads(pickle.dumps(article)) == article
    assert dataclasses.replace(article, title="T").date == "2019-05-04"
    assert Article(text="A story.").date is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.date = "2020-01-01"  # type: ignore[misc]


def test_a_deferred_date_is_computed_once_on_first_read() -> None:
    calls: list[int] = []

    def compute() -> str:
        calls.append(1)
        return "2018-09-10"

    article = Article(text="A story.", title="T").with_deferred_date(compute)
    assert (article.title, calls) == ("T", [])
    assert article == Article(text="A story.", title="T", date="2018-09-10")
    assert hash(article) == hash(Article(text="A story.", title="T", date="2018-09-10"))
    assert article.date == "2018-09-10"
    assert calls == [1]


@pytest.mark.parametrize("large", [False, True])
def test_a_page_that_looks_like_a_url_is_never_fetched(
    monkeypatch: pytest.MonkeyPatch, large: bool
) -> None:
    # htmldate downloads a string that starts with "http" and holds no space; the date search
    # hands it a parsed tree only, so a page's text is never taken for an address.
    import socket

    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network blocked in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    page = "http://example.invalid/" + "<p>Posted&nbsp;2024-03-05</p>" * 50
    assert " " not in page
    page_date(page, large=large)
    assert attempts == []

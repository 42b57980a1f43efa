"""Points shown in place, facts below them, a header that fits a phone: in real Chromium.

Each key point's sentences are marked in the article's text (the points' offsets index it)
and a click on a point scrolls to its place, on the reader page and in the widget's article
view; Cyrillic and characters beyond U+FFFF included, and every extracted field escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from browser_harness import browser, page
from server_articles import EXAMPLE_EN, RUSSIAN
from server_harness import RunningServer, post_summary, respond

from helpers import LoopbackServer

__all__ = ["browser", "page"]  # fixtures, used by name

pytestmark = pytest.mark.network

DEFAULT_BLUE = "rgb(0, 0, 238)"


def _long_story(topic: str, paragraphs: int = 14) -> str:
    """A story long enough that its last points are far below the summary box."""
    body = [
        f"The regional council of Brindle approved the {topic} plan on Monday after a debate "
        f"that lasted {3 + i} hours, officials said. The plan sets aside {20 + i} million euros "
        f"for stage {i} of the work, according to the council's budget office."
        for i in range(paragraphs)
    ]
    return f"Brindle council approves {topic} plan\n\n" + "\n\n".join(body)


def _long_russian() -> str:
    """A Russian story with characters beyond U+FFFF before and between its sentences."""
    body = [
        f"Городская дума Самары 🚋 во вторник одобрила {i + 2}-й этап плана развития "
        f"трамвайной сети стоимостью {12 + i} миллиардов рублей, сообщили в мэрии 😀. "
        f"Работы на участке номер {i} начнутся весной, говорится в сообщении департамента."
        for i in range(12)
    ]
    return "Дума Самары одобрила план развития трамвая\n\n" + "\n\n".join(body)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _default_summary(client: httpx.Client, article_id: int) -> dict[str, Any]:
    """The summary the reader page shows (the article's default one)."""
    answer = client.post(f"/api/v1/articles/{article_id}/summary")
    assert answer.status_code in (200, 201), answer.text
    body: dict[str, Any] = answer.json()
    return body


def _marks_by_point(frame_or_page: Any, count: int) -> list[str]:
    """For each point, the text of the marks that carry it, joined."""
    texts = frame_or_page.locator("mark.point-mark").evaluate_all(
        """(marks, count) => {
            const out = Array.from({length: count}, () => []);
            let current = -1;
            for (const m of marks) {
                if (m.dataset.n) current = Number(m.dataset.n) - 1;
                if (current >= 0) out[current].push(m.textContent);
            }
            return out.map(parts => parts.join(' '));
        }""",
        count,
    )
    return [str(t) for t in texts]


def _out_of_view(page: Any, n: int) -> bool:
    return bool(
        page.evaluate(
            "n => { const r = document.getElementById('point-' + n).getBoundingClientRect();"
            " return r.bottom < 0 || r.top > innerHeight; }",
            n,
        )
    )


def _check_points_in_place(
    page: Any, server: RunningServer, client: httpx.Client, text: str
) -> None:
    article_id = post_summary(client, text)["article_id"]
    points = _default_summary(client, article_id)["points"]
    assert len(points) >= 2
    page.goto(f"{server.url}/articles/{article_id}")
    page.click("#summary-button")
    page.locator("mark.point-mark").first.wait_for()
    marked = _marks_by_point(page, len(points))
    assert [_squash(m) for m in marked] == [_squash(p["text"]) for p in points]
    assert page.locator("mark.point-mark[data-n]").count() == len(points)
    for n in (len(points), 1):
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        page.wait_for_function("() => scrollY > 0")
        if n == 1:
            assert _out_of_view(page, 1)  # the first point is far above the page's end
        # A click as a reader makes it, without Playwright scrolling the link into view.
        page.locator("a.point-link").nth(n - 1).evaluate("a => a.click()")
        page.wait_for_function(
            "n => { const r = document.getElementById('point-' + n).getBoundingClientRect();"
            " return r.top >= 0 && r.bottom <= innerHeight; }",
            arg=n,
        )
        assert "active" in (page.get_attribute(f"#point-{n}", "class") or "")
    assert page.errors == []


@pytest.fixture
def narrow(browser: Any) -> Iterator[Any]:
    """A phone-sized page (390 x 700)."""
    context = browser.new_context(viewport={"width": 390, "height": 700})
    opened = context.new_page()
    opened.set_default_timeout(20_000)
    opened.errors = []
    opened.on("pageerror", lambda exc: opened.errors.append(str(exc)))
    opened.bad = []
    opened.on("response", lambda r: r.status >= 400 and opened.bad.append((r.status, r.url)))
    yield opened
    context.close()


def test_points_are_marked_in_place_and_a_click_scrolls_there(
    narrow: Any, server: RunningServer, client: httpx.Client
) -> None:
    _check_points_in_place(narrow, server, client, _long_story("tram"))


def test_cyrillic_and_astral_characters_keep_marks_on_their_sentences(
    narrow: Any, server: RunningServer, client: httpx.Client
) -> None:
    # Offsets count code points; JavaScript counts UTF-16 units (an emoji is two).
    _check_points_in_place(narrow, server, client, _long_russian())
    assert narrow.get_attribute("html", "lang") == "ru"
    assert narrow.text_content("#summary h2") == "Главное"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (EXAMPLE_EN, ("People", "Organizations", "Places", "Figures", "Dates")),
        (RUSSIAN, ("Люди", "Организации", "Места", "Цифры", "Даты")),
    ],
    ids=["en", "ru"],
)
def test_facts_are_shown_below_the_points(
    page: Any, server: RunningServer, client: httpx.Client, text: str, labels: tuple[str, ...]
) -> None:
    article_id = post_summary(client, text)["article_id"]
    facts = _default_summary(client, article_id)["facts"]
    page.goto(f"{server.url}/articles/{article_id}")
    page.click("#summary-button")
    box = page.locator("#summary-facts")
    box.wait_for()
    values = {
        "people": facts["people"],
        "organizations": facts["organizations"],
        "places": facts["places"],
        "figures": [q["text"] for q in facts["quantities"]],
        "dates": [d["text"] for d in facts["dates"]],
    }
    shown = box.locator("dt").all_inner_texts()
    expected = [label for label, v in zip(labels, values.values(), strict=True) if v]
    assert shown == expected and len(shown) >= 3
    for key, items in values.items():
        if items:
            cell = page.inner_text(f"#summary-facts .facts-{key}")
            assert all(item in cell for item in items), key
    # Below the points, inside the summary box.
    assert page.evaluate(
        "() => document.querySelector('#summary-points').compareDocumentPosition("
        "document.querySelector('#summary-facts')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )


def test_hostile_text_is_marked_as_text_and_runs_nothing(
    page: Any, server: RunningServer, client: httpx.Client
) -> None:
    trap = "<script>window.__pwned=1</script>"
    text = (
        f"Council vote {trap} on the bridge\n\n"
        f"The council approved the bridge plan on Tuesday {trap}, officials said. "
        "<img src=x onerror='window.__pwned=1'> Critics disagreed.\n\n"
        "The first phase opens in 2027, the council said in a statement on Tuesday."
    )
    article_id = post_summary(client, text)["article_id"]
    page.goto(f"{server.url}/articles/{article_id}")
    assert trap in page.inner_text("h1.headline")
    page.click("#summary-button")
    page.locator("mark.point-mark").first.wait_for()
    assert page.locator("#article-body script, #article-body img, #summary img").count() == 0
    assert any(trap in t for t in page.locator("#summary-points li").all_inner_texts())
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    csp = page.evaluate(
        "() => fetch(location.href).then(r => r.headers.get('content-security-policy'))"
    )
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.errors == []


def test_header_fits_a_phone_links_are_styled_and_no_request_fails(
    narrow: Any, server: RunningServer, client: httpx.Client
) -> None:
    made = post_summary(client, _long_story("ferry", 3))
    html = (
        "<html><head><title>Ferry plan</title>"
        '<meta property="article:published_time" content="2024-03-05">'
        '<link rel="canonical" href="https://news.example/ferry"></head><body><article>'
        + "".join(f"<p>{p}</p>" for p in _long_story("ferry boat", 4).split("\n\n")[1:])
        + "</article></body></html>"
    )
    dated = client.post("/api/v1/summaries", json={"html": html}).json()
    for path in (
        "/",
        f"/articles/{made['article_id']}",
        f"/articles/{dated['article_id']}",
        "/summarize",
    ):
        narrow.goto(server.url + path)
        header = narrow.evaluate(
            """() => {
                const h = document.querySelector('header.site');
                const links = [...h.querySelectorAll('a')].filter(a => a.offsetParent !== null);
                const boxes = links.map(a => a.getBoundingClientRect());
                return {
                    // one row: a horizontal line crosses every link
                    rows: Math.max(...boxes.map(b => b.top)) < Math.min(...boxes.map(b => b.bottom)) ? 1 : 2,
                    right: Math.max(...links.map(a => a.getBoundingClientRect().right)),
                    scroll: document.documentElement.scrollWidth,
                };
            }"""
        )
        assert header["rows"] == 1, (path, header)
        assert header["right"] <= 390 and header["scroll"] <= 390, (path, header)
        colours = narrow.locator("a").evaluate_all("as => as.map(a => getComputedStyle(a).color)")
        assert DEFAULT_BLUE not in colours, path
        icon = narrow.get_attribute("link[rel=icon]", "href")
        assert narrow.request.get(server.url + icon).status == 200
    assert narrow.request.get(server.url + "/favicon.ico").status == 200
    assert narrow.bad == []


def test_widget_article_view_marks_points_and_scrolls_inside_itself(
    page: Any, server: RunningServer, http_server: LoopbackServer
) -> None:
    story = _long_story("tramway", 12).split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in story[1:])
    publisher = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{story[0]}</title></head><body><article><h1>{story[0]}</h1>{body}"
        f'<script src="{server.url}/static/embed.js" async></script></article></body></html>'
    ).encode()
    http_server.routes["/news/tramway"] = respond(200, publisher)
    page.goto(http_server.url("/news/tramway"))
    frame = page.frame_locator("iframe.nutgraf-widget")
    frame.locator("#summary-button").click()
    links = frame.locator("a.point-link")
    links.first.wait_for()
    count = links.count()
    assert count >= 2
    assert frame.locator("#article-view").is_hidden()
    links.nth(count - 1).click()  # opens the article view, then scrolls to the point
    view = frame.locator("#article-view")
    view.wait_for()
    frame.locator(f"#point-{count}.active").wait_for()
    texts = links.all_inner_texts()
    assert [_squash(t) for t in _marks_by_point(frame, count)] == [_squash(t) for t in texts]
    where = (
        "v => { const m = document.getElementById('point-1').getBoundingClientRect();"
        " const r = v.getBoundingClientRect();"
        " return {top: v.scrollTop, inside: m.top >= r.top && m.bottom <= r.bottom}; }"
    )
    view.evaluate("v => { v.scrollTop = v.scrollHeight; }")
    before = view.evaluate(where)
    assert before["top"] > 0 and not before["inside"], before
    links.first.evaluate("a => a.click()")
    frame.locator("#point-1.active").wait_for()
    view.evaluate(
        "v => new Promise(done => { let last = -1; const tick = () => {"
        " if (v.scrollTop === last) return done(); last = v.scrollTop; setTimeout(tick, 150); };"
        " tick(); })"
    )
    after = view.evaluate(where)
    assert after["inside"] and after["top"] < before["top"], after
    frame.locator("#article-toggle").click()
    assert view.is_hidden()
    assert page.errors == []

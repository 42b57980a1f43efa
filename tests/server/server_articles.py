"""Articles written for the server tests: English, Russian, a publisher page, a hostile page."""

from __future__ import annotations

import json
from pathlib import Path

EXAMPLE_EN = (
    Path(__file__).resolve().parents[2] / "src" / "nutgraf" / "examples" / "example-en.txt"
).read_text(encoding="utf-8")


def english(topic: str, n: int = 0) -> str:
    """A short English story about ``topic``; ``n`` makes each text distinct."""
    return (
        f"City council backs {topic} plan\n\n"
        f"The city council voted 7 to 2 on Tuesday to approve a {topic} plan worth "
        f"{12 + n} million dollars, officials said.\n\n"
        f"The plan adds {40 + n} new stops and extends service hours until midnight, "
        "according to the transport department.\n\n"
        "Mayor Ana Lopez said the vote was a turning point for commuters in the east of "
        "the city, who have waited years for better service.\n\n"
        "Critics argued the cost was too high and said the council had not studied cheaper "
        "options. The first phase is expected to open in 2027."
    )


RUSSIAN = (
    "Совет Москвы одобрил новый план транспорта\n\n"
    "Московская городская дума во вторник одобрила план развития транспорта стоимостью "
    "12 миллиардов рублей, сообщили в мэрии.\n\n"
    "План предусматривает 40 новых остановок и продление работы метро до часа ночи, "
    "говорится в сообщении департамента транспорта.\n\n"
    "Критики заявили, что стоимость слишком высока и что дума не изучила более дешёвые "
    "варианты. Первый этап планируется открыть в 2027 году."
)


def publisher_page(title: str, nutgraf_url: str, canonical: str | None = None) -> bytes:
    """A publisher's article page with the one-line widget snippet pasted in."""
    body = "".join(f"<p>{p}</p>" for p in english("tram").split("\n\n")[1:])
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"{link}</head><body><article><h1>{title}</h1>{body}"
        f'<script src="{nutgraf_url}/static/embed.js" async></script>'
        "</article></body></html>"
    ).encode()


def hostile_page(beacon: str) -> str:
    """A page that tries every way to run script; each way would call ``beacon``."""
    hit = f"fetch({json.dumps(beacon)});window.__pwned=1"
    paragraphs = "".join(
        f"<p>The council approved the plan on Tuesday, paragraph {i}, officials said. "
        f"<img src=x onerror='{hit}'> Critics disagreed strongly with it. "
        f"<a href=\"javascript:{hit}\">read more</a> <svg onload='{hit}'></svg>"
        f"<script>{hit}</script> The first phase opens in 2027.</p>"
        for i in range(6)
    )
    return (
        "<!doctype html><html><head>"
        f"<title>Council vote &lt;script&gt;{hit}&lt;/script&gt;<script>{hit}</script></title>"
        f'<meta property="og:title" content="&lt;img src=x onerror={hit}&gt;">'
        f'<link rel=canonical href="javascript:{hit}">'
        f'<meta name="author" content="&lt;script&gt;{hit}&lt;/script&gt;">'
        f"</head><body onload='{hit}'><article>"
        f"<h1>Council vote <script>{hit}</script><img src=x onerror='{hit}'></h1>"
        f"{paragraphs}</article></body></html>"
    )

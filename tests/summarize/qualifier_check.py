"""The end-to-end qualifier check: a lead claim shown means its qualifier is shown with it.

Shared by ``test_qualifier_articles.py`` and ``bench/qualifier_kept.py``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import nutgraf

ARTICLES = Path(__file__).with_name("qualifier_articles.json")
HELDOUT = Path(__file__).with_name("qualifier_heldout.json")  # with controls
SETTINGS: tuple[int | None, ...] = (1, 2, 3, None)  # points; None: the default


def load_articles(path: Path = ARTICLES) -> list[dict[str, Any]]:
    """The articles in ``path``, each a lead claim and its qualifier (or, where ``control``
    is true, an ordinary follow-up in the ``qualifier`` field); by default the 32 original
    articles (16 English, 16 Russian)."""
    out: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return out


def as_text(article: dict[str, Any]) -> str:
    """The article as scraped text: a title line, then paragraphs."""
    return article["title"] + "\n\n" + "\n\n".join(article["paragraphs"])


def as_html(article: dict[str, Any]) -> str:
    """The article as a minimal page."""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in article["paragraphs"])
    title = html.escape(article["title"])
    return f"<html><body><article><h1>{title}</h1>{paras}</article></body></html>"


@dataclass(frozen=True)
class Outcome:
    """One summary of one article at one setting."""

    title: str
    form: str  # text / html
    points: int | None
    claim_shown: bool
    qualifier_kept: bool  # in the same point as the claim (for a control: glued to it)
    lang: str = ""
    kind: str = ""


def outcomes(summarizer: nutgraf.Summarizer, path: Path = ARTICLES) -> Iterator[Outcome]:
    """Every article of ``path``, as text and as HTML, at every setting."""
    for article in load_articles(path):
        forms: tuple[tuple[Literal["text", "html"], str], ...] = (
            ("text", as_text(article)),
            ("html", as_html(article)),
        )
        for form, source in forms:
            for points in SETTINGS:
                summary = summarizer.summarize(source, kind=form, points=points)
                with_claim = [p.text for p in summary.points if article["claim"] in p.text]
                yield Outcome(
                    article["title"],
                    form,
                    points,
                    bool(with_claim),
                    any(article["qualifier"] in t for t in with_claim),
                    article["lang"],
                    article["kind"],
                )

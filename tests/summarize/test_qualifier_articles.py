"""Issue 17: on articles written apart from the detector's pairs, a lead claim is never shown
without the sentence that qualifies it (text and HTML input, points 1, 2, 3 and the default)."""

from __future__ import annotations

from collections import Counter

import pytest
from qualifier_check import load_articles, outcomes

import nutgraf


def test_articles_cover_both_languages_and_every_kind() -> None:
    articles = load_articles()
    assert len(articles) >= 30
    kinds = Counter((a["lang"], a["kind"]) for a in articles)
    for lang in ("en", "ru"):
        for kind in ("pending", "temporary", "conditional", "unconfirmed", "no_agreement", "study"):
            assert kinds[(lang, kind)] >= 1, (lang, kind)


@pytest.fixture(scope="module")
def results() -> list[object]:
    return list(outcomes(nutgraf.Summarizer()))


def test_claim_shown_only_with_its_qualifier(results: list[object]) -> None:
    lost = [
        (o.title, o.form, o.points)  # type: ignore[attr-defined]
        for o in results
        if o.claim_shown and not o.qualifier_kept  # type: ignore[attr-defined]
    ]
    assert lost == []


def test_claims_are_still_shown(results: list[object]) -> None:
    # Keeping a qualifier must not be bought by never showing the claim: most summaries
    # that lead with the claim's paragraph still show it.
    shown = sum(o.claim_shown for o in results)  # type: ignore[attr-defined]
    assert shown >= len(results) // 2

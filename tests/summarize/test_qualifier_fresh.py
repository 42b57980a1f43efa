"""Issue 17 on fresh sets 5-11 (``qualifier_fresh5.json`` to ``fresh11``) and round twelve's
own articles (``qualifier_renamed12.json``, the qualifier two sentences on with the subject
named again by another noun, written before that round's change): a lead claim shown
means its qualifier is shown in the same point (text and HTML input, points 1, 2, 3 and the
default), and a control's ordinary follow-up is never glued to the lead.

Each set was held out only until it was first measured (docs/benchmarks.md, "Qualifiers:
closed-class constructions": 80/126, 120/128, 120/128; "Qualifiers: round eight": 96/128;
"Qualifiers: round nine": 104/128; "Qualifiers: round ten": 72/126; "Qualifiers: round
eleven, measured blind": 120/128; "Qualifiers: round twelve": 24/64); the detector was
corrected on their misses since, so passing here is a regression guard, not a held-out
estimate.

A control whose follow-up opens by leaning back ("It can carry twice as many cars ...") is
kept with its lead by the summarizer's units (``cues.leans_back``), on main as well: that is
not the qualifier detector's gluing, which ``test_the_detector_flags_no_control`` checks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qualifier_check import Outcome, load_articles, outcomes

import nutgraf
from nutgraf.summarize.cues import leans_back
from nutgraf.summarize.qualify import qualifies_claim

SETS = [
    *(Path(__file__).with_name(f"qualifier_fresh{n}.json") for n in (5, 6, 7, 8, 9, 10, 11)),
    Path(__file__).with_name("qualifier_renamed12.json"),
]


@pytest.fixture(scope="module", params=SETS, ids=lambda p: p.stem)
def results(request: pytest.FixtureRequest) -> list[Outcome]:
    return list(outcomes(nutgraf.Summarizer(), request.param))


def test_qualifier_kept_wherever_the_claim_is_shown(results: list[Outcome]) -> None:
    controls = {o.title for o in results if o.kind == "control"}
    shown = [o for o in results if o.claim_shown and o.title not in controls]
    assert len(shown) >= 0.75 * len([o for o in results if o.title not in controls])
    lost = sorted({(o.title, o.form, o.points) for o in shown if not o.qualifier_kept})
    assert not lost, lost


def test_controls_are_never_glued(results: list[Outcome], request: pytest.FixtureRequest) -> None:
    leaning = {
        a["title"]
        for a in load_articles(request.node.callspec.params["results"])
        if a["control"] and leans_back(a["qualifier"], a["lang"])
    }
    glued = sorted(
        {
            (o.title, o.form, o.points)
            for o in results
            if o.kind == "control" and o.qualifier_kept and o.title not in leaning
        }
    )
    assert not glued, glued


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_the_detector_flags_no_control(path: Path) -> None:
    flagged = [
        a["title"]
        for a in load_articles(path)
        if a["control"] and qualifies_claim(a["claim"], a["qualifier"], a["lang"], after_lead=True)
    ]
    assert not flagged, flagged

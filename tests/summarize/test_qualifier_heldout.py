"""Issue 17 on a second set of original articles (``qualifier_heldout.json``), written without
reading the detector or its fixtures: a lead claim shown means its qualifier is shown in the
same point (text and HTML input, points 1, 2, 3 and the default), and an ordinary follow-up
(the controls) is not glued to the lead.

The set was held out only until it was first measured (274 of 318 summaries kept the
qualifier, 6 of 40 articles failing; docs/quality.md): the detector was then corrected on its
misses, so passing here is a regression guard, not a held-out estimate.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from qualifier_check import HELDOUT, Outcome, as_text, load_articles, outcomes

import nutgraf
from nutgraf.summarize.qualify import qualifies_claim

ARTICLES = load_articles(HELDOUT)
AFTER_READING = Path(__file__).with_name("qualifier_pairs_after_reading.json")
CONTROLS = {a["title"] for a in ARTICLES if a["control"]}
# The five kinds; a temporary and a conditional measure are one kind there.
KINDS = {
    "pending": ("pending",),
    "temporary or conditional": ("temporary", "conditional"),
    "unconfirmed": ("unconfirmed",),
    "no agreement": ("no_agreement",),
    "study": ("study",),
}


def test_set_covers_both_languages_every_kind_and_controls() -> None:
    count = Counter((a["lang"], a["kind"]) for a in ARTICLES)
    for lang in ("en", "ru"):
        assert sum(n for (lg, k), n in count.items() if lg == lang and k != "control") >= 20
        assert count[(lang, "control")] >= 10
        for kind, labels in KINDS.items():
            assert sum(count[(lang, k)] for k in labels) >= 4, (lang, kind)
    assert all(a["control"] == (a["kind"] == "control") for a in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["title"])
def test_article_shape(article: dict[str, object]) -> None:
    paragraphs = article["paragraphs"]
    assert isinstance(paragraphs, list)
    assert 2 <= len(paragraphs) <= 4
    # The claim leads the article and the qualifier (or follow-up) comes right after it.
    body = as_text(article).split("\n\n", 1)[1]
    claim, qualifier = str(article["claim"]), str(article["qualifier"])
    assert body.startswith(claim)
    assert body[len(claim) :].lstrip().startswith(qualifier)


@pytest.fixture(scope="module")
def results() -> list[Outcome]:
    return list(outcomes(nutgraf.Summarizer(), HELDOUT))


def test_claim_shown_only_with_its_qualifier(results: list[Outcome]) -> None:
    lost = [
        (o.title, o.form, o.points)
        for o in results
        if o.title not in CONTROLS and o.claim_shown and not o.qualifier_kept
    ]
    assert lost == []


def test_claims_are_still_shown(results: list[Outcome]) -> None:
    # Keeping a qualifier must not be bought by never showing the claim.
    with_qualifier = [o for o in results if o.title not in CONTROLS]
    assert sum(o.claim_shown for o in with_qualifier) >= 0.9 * len(with_qualifier)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_ordinary_follow_ups_are_not_glued_to_the_lead(results: list[Outcome], lang: str) -> None:
    # Measured: none of the controls' follow-ups glued (docs/quality.md); a small margin.
    shown = [o for o in results if o.title in CONTROLS and o.lang == lang and o.claim_shown]
    assert len(shown) >= 40
    glued = sum(o.qualifier_kept for o in shown)
    assert glued <= 0.05 * len(shown), glued


# Constructions the held-out misses stood for, in other words (pairs written after the
# fix, to check it reaches the kind and not the held-out phrasings).
@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a study's limit after a finding: weak evidence, not yet reviewed, another cause
        (
            "A new blood test spots ten cancers early, a trial found.",
            "The trial involved only 300 people.",
            "en",
        ),
        (
            "Dogs can sniff out malaria, scientists reported.",
            "The work is a preprint.",
            "en",
        ),
        (
            "Eating nuts may lower heart risk, an analysis found.",
            "The researchers said other lifestyle factors might account for part of it.",
            "en",
        ),
        (
            "Витамин D защищает от простуды, выяснили учёные.",
            "В работе участвовали всего 200 человек.",
            "ru",
        ),
        # the foreseen end of a measure; a measure bounded in time
        ("The city has suspended parking fees.", "Fees will resume once the works end.", "en"),
        (
            "Petrol prices were capped at 1.50 euros a litre.",
            "The cap is in place for three months.",
            "en",
        ),
        ("Станцию метро закрыли на ремонт.", "Станция будет закрыта до осени.", "ru"),
        ("Налоговую ставку снизили до 4%.", "Льгота рассчитана на два года.", "ru"),
        # a decision to come, told without the usual words
        (
            "The banks announced a merger.",
            "The deal would require the consent of regulators.",
            "en",
        ),
        ("Regulators were asked to allow a rise in bills.", "They are due to rule in May.", "en"),
        ("Минтранс подготовил поправки.", "Документ находится на согласовании.", "ru"),
        ("Компания объявила о покупке конкурента.", "Сделка требует одобрения регулятора.", "ru"),
        # the subject silent or refraining; talks still apart
        ("The coach will leave, reports say.", "The club has remained silent.", "en"),
        (
            "Компания готовится к выходу на биржу, утверждают источники.",
            "В компании от комментариев воздержались.",
            "ru",
        ),
        ("The two sides held talks on pay.", "Differences over overtime remain.", "en"),
        ("Стороны провели переговоры о цене газа.", "Стороны так и не сошлись в цене.", "ru"),
    ],
)
def test_constructions_of_the_kinds(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a directive's own negation and condition
        (
            "Floods cut the valley road.",
            "Police urged drivers not to travel unless necessary.",
            "en",
        ),
        (
            "Residents were evacuated.",
            "They were told to stay indoors until the water recedes.",
            "en",
        ),
        # a record stresses the claim
        ("Энтомологи описали новый вид жука.", "Раньше этот вид никогда не встречался.", "ru"),
        # negated or past expecting is surprise or confirmation, not a pending decision
        ("Безработица снизилась до 2,6%.", "Экономисты не ожидали такого снижения.", "ru"),
        ("ЦБ сохранил ставку.", "Большинство аналитиков ожидали такого решения.", "ru"),
        # Snowball joins words that are not the stance word
        ("The study linked breakfast to grades.", "The authors are based in Leeds.", "en"),
        (
            "Two men were charged, according to police.",
            "No one else was hurt, according to the fire service.",
            "en",
        ),
        # "ещё" as "another", "found" as "discovered"
        ("В городе открыли новую школу.", "Ещё одна школа откроется в 2027 году.", "ru"),
        ("He was found dead at home.", "An autopsy found no sign of violence.", "en"),
        # a contract's term is not a temporary measure's
        ("The club signed a new goalkeeper.", "He joins on a four-year contract.", "en"),
    ],
)
def test_ordinary_sentences_in_those_constructions(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language)


def test_pairs_written_after_reading() -> None:
    # ``qualifier_pairs_after_reading.json``: pairs written after the held-out set was first
    # measured and the detector read, in two rounds (``round``), each measured before the
    # detector was corrected on it (docs/quality.md), to see whether a correction reached
    # the kind or only the held-out phrasings. Measured now: 95 of 100 qualifiers found, 3
    # of 54 follow-ups flagged (short negations leaning on the claim, kept with it on
    # purpose); floors a little under.
    pairs = json.loads(AFTER_READING.read_text(encoding="utf-8"))
    said = [(p, qualifies_claim(p["claim"], p["text"], p["lang"])) for p in pairs]
    missed = [p["text"] for p, yes in said if p["label"] and not yes]
    flagged = [p["text"] for p, yes in said if not p["label"] and yes]
    positives = sum(p["label"] for p in pairs)
    assert len(missed) <= 0.08 * positives, missed
    assert len(flagged) <= 0.08 * (len(pairs) - positives), flagged

"""The learned stance model after the lead (``qualify.learned``): how it is wired beside the
rules, what it may read, and what it leaves alone. Its held-out figures are measured by
``bench/qualifier_kept.py`` and ``scripts/fit_stance.py`` (docs/benchmarks.md), not here."""

from __future__ import annotations

import pytest

from nutgraf.summarize.qualify import across, decide, qualifies_claim, qualifies_lead_across
from nutgraf.summarize.qualify.learned import (
    bears_stance,
    decides,
    stance_qualifies,
    stance_score,
)
from nutgraf.summarize.qualify.reading import profile

# The lead from fresh set 16, which the model is fitted on, and its limit, which the rules
# alone miss.
LEAD = (
    "A molecule isolated from a Pacific sea sponge stopped the growth of drug-resistant "
    "tuberculosis bacteria, researchers at the University of Otago have found."
)
LIMIT = (
    "Every experiment so far was done on bacteria grown in flasks; the compound has not been "
    "given to an animal, let alone a person."
)
# From fresh set 41: a condition told without a stance word, read at the plain threshold.
GRANT = (
    "The federal government will give $50 million to reopen the idled Kessler steel plant in "
    "Ashford, Pennsylvania, restoring some 600 jobs, the Commerce Department said on Wednesday."
)
TIED = (
    "The money will be released in stages and is tied to the plant's new owner, Norvale "
    "Metals, hiring at least 450 workers within two years and cutting emissions by a third."
)


def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decide, "stance_qualifies", lambda *_: False)
    monkeypatch.setattr(across, "stance_qualifies", lambda *_: False)


def test_the_model_decides_after_the_lead_where_the_rules_do_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert qualifies_claim(LEAD, LIMIT, "en", after_lead=True)
    assert not qualifies_claim(LEAD, LIMIT, "en")  # elsewhere the rules alone decide
    _rules_only(monkeypatch)
    assert not qualifies_claim(LEAD, LIMIT, "en", after_lead=True)


def test_two_on_the_model_reads_the_lead_unless_the_sentence_between_names_the_kind() -> None:
    between = "The team found that the molecule attacks the bacterium's cell wall."
    assert qualifies_lead_across(LEAD, LIMIT, "en", between)
    lead = "Exports rose 4 percent in the first quarter, the statistics office said."
    figure = "Statisticians said the number rests on incomplete returns and would be firmed up."
    other = "Car exports alone were worth 2 billion euros, a figure the office said was a record."
    assert not qualifies_lead_across(lead, figure, "en", other)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # topic words alone, no stance: not read by the model
        ("New antibiotics research will speed up.", "The plan sets three goals for animals.", "en"),
        (
            "Trade talks between the two countries ended on Friday.",
            "The deal was signed again by both sides.",
            "en",
        ),
        # a quotation and a question are not read either
        (LEAD, '"There was no comparison group," she said.', "en"),
        (LEAD, "Was there a comparison group?", "en"),
    ],
)
def test_what_the_model_does_not_read(claim: str, text: str, language: str) -> None:
    assert not stance_qualifies(claim, text, language)


def test_ordinary_follow_ups_score_low() -> None:
    detail = "Multidrug-resistant TB kills around 150,000 people a year."
    assert stance_score(LEAD, detail, "en") < 0.5 < stance_score(LEAD, LIMIT, "en")
    ru_lead = "В Казани открылся новый мост через Казанку."
    ru_detail = "Его длина составляет 400 метров, а ширина — 30 метров."
    assert not stance_qualifies(ru_lead, ru_detail, "ru")


def test_without_a_stance_word_the_model_must_be_surer(monkeypatch: pytest.MonkeyPatch) -> None:
    b = profile(TIED, "en", True)
    assert b is not None and not bears_stance(b)
    score = stance_score(GRANT, TIED, "en")
    assert qualifies_claim(GRANT, TIED, "en", after_lead=True)
    assert decides(b, score, threshold=0.5, plain=score)
    assert not decides(b, score, threshold=0.5, plain=score + 0.01)  # not the lower threshold
    _rules_only(monkeypatch)
    assert stance_qualifies(GRANT, TIED, "en")


def test_the_gate_reads_stance_only() -> None:
    b = profile("The trial has not been repeated.", "en", True)
    assert b is not None and bears_stance(b)
    c = profile("The plan sets three goals for animals.", "en", True)
    assert c is not None and not bears_stance(c)


def test_other_languages_are_not_read() -> None:
    assert stance_score(LEAD, LIMIT, "de") == 0.0
    assert not stance_qualifies(LEAD, LIMIT, "de")


@pytest.mark.parametrize("option", ["--threshold", "--plain-threshold", "--second-threshold"])
def test_the_fitting_script_refuses_a_threshold_that_is_no_probability(option: str) -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "fit_stance.py"
    done = subprocess.run(
        [sys.executable, str(script), option, "1.5"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert f"{option} 1.5: a probability between 0 and 1" in done.stderr

"""Facts in languages beyond English and Russian: CLDR's dates, German's capitalised nouns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutgraf.analyse.facts import FactExtractor, find_dates
from nutgraf.analyse.facts.capitalised import names_only
from nutgraf.analyse.facts.entities_en import rule_entities
from nutgraf.analyse.facts.spans import Mention
from nutgraf.analyse.facts.typer_en import type_mentions
from nutgraf.analyse.sentences import split_sentences
from nutgraf.types import Quantity

GERMAN = (
    "Bundeskanzler Olaf Scholz ist am Dienstag in Paris mit Emmanuel Macron "
    "zusammengekommen. Beide sprachen über die Lage in der Ukraine.\n\n"
    "Scholz sagte, Deutschland und Frankreich stünden eng beieinander. Die Preise und die "
    "Kosten für Energie steigen. Die Deutsche Bahn will am 14. Dezember 2025 "
    "200 Millionen Euro investieren, teilte die DGB mit."
)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Die Bahn erhöht am 14. Dezember 2025 die Preise.",
            ("14. Dezember 2025", "2025-12-14"),
        ),
        ("de", "Seit dem 03.10.2024 gilt es.", ("03.10.2024", "2024-10-03")),
        ("fr", "Le 3 mars 2024, le maire a parlé.", ("3 mars 2024", "2024-03-03")),
        ("es", "Llegó el 5 de mayo de 2024 a Madrid.", ("5 de mayo de 2024", "2024-05-05")),
        ("pl", "Ogłoszono 14 grudnia 2024 r. w Warszawie.", ("14 grudnia 2024", "2024-12-14")),
        ("fi", "Kokous pidetään 3. toukokuuta 2024 Turussa.", ("3. toukokuuta 2024", "2024-05-03")),
        ("ja", "2024年12月14日に発表した。", ("2024年12月14日", "2024-12-14")),
        ("es", "En enero de 2023 no llovió.", ("enero de 2023", "2023-01")),
        ("de", "Am Montag kam er.", ("Montag", None)),
    ],
)
def test_dates_as_each_language_writes_them(
    language: str, text: str, expected: tuple[str, str | None]
) -> None:
    got = [(d.text, d.value) for d in find_dates(text, language)]
    assert expected in got, got


def test_cldr_dates_need_a_month_or_a_whole_date() -> None:
    # a number alone, a version or a decimal is no date in any language
    for language in ("de", "fr", "xx-unknown"):
        got = [d.text for d in find_dates("Version 1.14.12.20 kostet 14,50 und 3.5.", language)]
        assert got == [], (language, got)
    assert [d.value for d in find_dates("Il a 2024 raisons.", "fr")] == ["2024"]  # a year stays


@given(st.text(max_size=200), st.sampled_from(["de", "fr", "es", "ja", "tr", "ar"]))
def test_cldr_dates_span_the_source(text: str, language: str) -> None:
    for d in find_dates(text, language):
        assert text[d.start : d.end] == d.text and d.text


def test_german_capitalised_nouns_are_no_names_and_its_countries_are_places() -> None:
    facts = FactExtractor()(GERMAN, split_sentences(GERMAN, "de"), "de")
    names = {e.text: e.kind for e in facts.entities}
    for noun in ("Lage", "Preise", "Kosten", "Energie", "Millionen Euro"):
        assert noun not in names, names
    assert names.get("Olaf Scholz") == "person" and names.get("Emmanuel Macron") == "person"
    assert names.get("Deutschland") == "place" and names.get("Frankreich") == "place"
    assert names.get("Paris") == "place"  # a big city: evidence enough
    assert any(q.text == "200 Millionen Euro" for q in facts.quantities)
    assert [(d.text, d.value) for d in facts.dates][:2] == [
        ("Dienstag", None),
        ("14. Dezember 2025", "2025-12-14"),
    ]
    assert not any(q.text == "14" for q in facts.quantities)  # the day is the date's


def _mention(text: str, word: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), tuple(word.split()), word)


def test_a_capitalised_word_alone_needs_evidence_in_german() -> None:
    text = "Olaf Scholz und die DGB in Paris. Scholz sah AvtoVAZ, die Lage und 200 Millionen Euro."
    words = ["Olaf Scholz", "DGB", "Paris", "Scholz", "AvtoVAZ", "Lage", "Millionen Euro"]
    mentions = [_mention(text, w, 1 if w == "Scholz" else 0) for w in words]
    figure = Quantity("200 Millionen Euro", 200e6, "Millionen Euro", *_span(text, "200 Mil"))
    kept = [m.name for m in names_only(list(mentions), "de", [figure])]
    assert kept == ["Olaf Scholz", "DGB", "Paris", "Scholz", "AvtoVAZ"]


def test_other_languages_keep_their_capitalised_words() -> None:
    # French capitalises names only: nothing the rules found is dropped there
    text = "Le ministre Dupont a vu les Preise à Lyon."
    sentences = split_sentences(text, "fr")
    plain = type_mentions(text, rule_entities(text, sentences))
    facts = FactExtractor()(text, sentences, "fr")
    assert {e.text for e in facts.entities} == {m.name for m in plain}


def _span(text: str, head: str) -> tuple[int, int]:
    start = text.index(head)
    return start, start + len("200 Millionen Euro")

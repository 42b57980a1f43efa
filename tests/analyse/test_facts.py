"""Facts: entities, quantities and dates, on short fixtures written here (and the seed story)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nutgraf.analyse.facts import FactExtractor, find_dates, find_quantities
from nutgraf.analyse.sentences import split_sentences
from nutgraf.types import Facts

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data/seed/avtovaz-scraped.txt"


@pytest.fixture(scope="module")
def extract() -> FactExtractor:
    return FactExtractor()  # one per module: the Russian models take a second to load


def facts_of(extract: FactExtractor, text: str, language: str = "en", title: str = "") -> Facts:
    return extract(text, split_sentences(text, language), language, title)


def check_spans(text: str, facts: Facts) -> None:
    for q in facts.quantities:
        assert text[q.start : q.end] == q.text
    for d in facts.dates:
        assert text[d.start : d.end] == d.text
    for e in facts.entities:
        assert e.mentions == tuple(sorted(e.mentions))
        assert all(0 <= a < b <= len(text) for a, b in e.mentions)
    firsts = [e.mentions[0][0] for e in facts.entities]
    assert firsts == sorted(firsts)  # entities in order of first mention


# --- the seed article -------------------------------------------------------------------------


def seed_body() -> tuple[str, str]:
    if not SEED.exists():
        pytest.skip(f"../shared not present ({SEED}): the seed article lives beside the repo")
    lines = SEED.read_text(encoding="utf-8").splitlines()
    # The story is the five long lines between the button text and "Previous Article".
    story = [line for line in lines[4:15] if len(line.split()) > 25]
    assert len(story) == 5
    return lines[0], "\n\n".join(story)


@pytest.mark.shared
def test_facts_seed_article(extract: FactExtractor) -> None:
    title, body = seed_body()
    facts = facts_of(extract, body, "en", title)
    check_spans(body, facts)
    names = facts.names()
    required = {
        "AvtoVAZ",
        "Maxim Sokolov",
        "Forbes",
        "Izhevsk",
        "Renault",
        "Lada",
        "Najafi Manesh",
        "Iranian Parts Manufacturing Association",
    }
    assert required <= set(names)
    # Nothing beyond the required names: "African", "Iranian" are no places.
    assert set(names) == required
    assert len(names) == len(set(names))
    assert "Maxim Sokolov" in facts.names("person")
    assert "Iranian Parts Manufacturing Association" in facts.names("organization")
    sokolov = next(e for e in facts.entities if e.text == "Maxim Sokolov")
    assert len(sokolov.mentions) == 3  # "Maxim Sokolov", "Sokolov explained", "Sokolov clarified"

    by_text = {q.text: q for q in facts.quantities}
    assert by_text["20,000 Lada units"].value == 20000
    assert by_text["20,000 Lada units"].unit == "Lada units"
    assert by_text["six-year window"].value == 6
    assert by_text["six-year window"].unit == "year window"
    dates = {d.text: d.value for d in facts.dates}
    assert dates["2023"] == "2023"
    assert "late in the year" in dates
    assert "2023" not in {q.text for q in facts.quantities}
    assert facts.keywords[0] == "AvtoVAZ"


# --- English entities -------------------------------------------------------------------------


def test_facts_merges_a_person_named_by_the_fullest_form(extract: FactExtractor) -> None:
    text = (
        "The company, headed by Clara Jensen, said talks were underway. "
        "Jensen told reporters the plan was experimental. Later, Jensen added more."
    )
    facts = facts_of(extract, text)
    assert facts.names("person") == ["Clara Jensen"]
    (person,) = facts.entities
    assert [text[a:b] for a, b in person.mentions] == ["Clara Jensen", "Jensen", "Jensen"]


def test_facts_drops_sentence_initial_common_words(extract: FactExtractor) -> None:
    text = (
        "However, the deal stalled. The board met on Monday. He said little. "
        "Additionally, Separately and Meanwhile are not names. In Paris, officials waited."
    )
    names = facts_of(extract, text).names()
    assert names == ["Paris"]


def test_facts_types_by_cues(extract: FactExtractor) -> None:
    text = (
        "President Joe Biden met officials of the University of Oxford in Berlin. "
        "The Acme Manufacturing Association and Northwind Corp signed the deal. "
        "Priya Raman, who chairs the panel, spoke in Novosibirsk."
    )
    facts = facts_of(extract, text)
    assert facts.names("person") == ["Joe Biden", "Priya Raman"]
    assert facts.names("organization") == [
        "University of Oxford",
        "Acme Manufacturing Association",
        "Northwind Corp",
    ]
    assert facts.names("place") == ["Berlin", "Novosibirsk"]


def test_facts_keeps_org_names_whole_and_splits_lists(extract: FactExtractor) -> None:
    text = "Executives of General Motors met Renault and Nissan in Tokyo on Friday."
    names = facts_of(extract, text).names()
    assert names == ["General Motors", "Renault", "Nissan", "Tokyo"]


def test_facts_merges_an_acronym_with_its_name(extract: FactExtractor) -> None:
    text = (
        "The International Energy Agency (IEA) cut its forecast. "
        "Analysts said the IEA was cautious."
    )
    (agency,) = facts_of(extract, text).entities
    assert agency.text == "International Energy Agency"
    assert agency.kind == "organization"
    assert len(agency.mentions) == 3


def test_facts_demonyms_are_not_places(extract: FactExtractor) -> None:
    # Issue 13: "Spanish" was shown as the place Spain.
    text = (
        "Exports to African markets grew, while European buyers waited. "
        "Spanish officials met their Italian counterparts in Madrid."
    )
    facts = facts_of(extract, text)
    assert facts.names("place") == ["Madrid"]
    assert not {"Spain", "Spanish", "Africa", "Europe", "Italy"} & set(facts.names())


def test_facts_leaves_unsure_names_as_other(extract: FactExtractor) -> None:
    text = "Sales of the Zorvex lineup rose, and the Zorvex brand now leads."
    (entity,) = facts_of(extract, text).entities
    assert (entity.text, entity.kind) == ("Zorvex", "other")


def test_facts_skips_words_also_written_lowercase(extract: FactExtractor) -> None:
    text = "Markets fell. Traders said markets were nervous."
    assert facts_of(extract, text).entities == ()


# --- Russian entities (natasha) ---------------------------------------------------------------

RU_TEXT = (
    "Руководство АвтоВАЗа во главе с Максимом Соколовым сообщило, что компания планирует "
    "экспортировать около 20 тыс. автомобилей Lada. Соколов добавил, что переговоры идут в "
    "Ижевске, а 3,5 млрд рублей вложат в 2023 году. Доля рынка выросла на 15%."
)


def test_facts_russian_entities_in_nominative(extract: FactExtractor) -> None:
    facts = facts_of(extract, RU_TEXT, "ru")
    check_spans(RU_TEXT, facts)
    assert "Максим Соколов" in facts.names("person")
    assert "АвтоВАЗ" in facts.names("organization")
    assert "Ижевск" in facts.names("place")
    sokolov = next(e for e in facts.entities if e.text == "Максим Соколов")
    assert [RU_TEXT[a:b] for a, b in sokolov.mentions] == ["Максимом Соколовым", "Соколов"]


def test_facts_russian_quantities_and_dates(extract: FactExtractor) -> None:
    facts = facts_of(extract, RU_TEXT, "ru")
    quantities = {q.text: (q.value, q.unit) for q in facts.quantities}
    assert quantities["20 тыс. автомобилей Lada"] == (20000, "автомобилей Lada")
    assert quantities["3,5 млрд рублей"] == (3.5e9, "рублей")
    assert quantities["15%"] == (15, "%")
    assert {d.text: d.value for d in facts.dates} == {"2023 году": "2023"}


# --- quantities -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It raised $3.5 million.", ("$3.5 million", 3.5e6, "USD")),
        ("Prices rose 15% in May.", ("15%", 15, "%")),
        ("Costs fell 4.2 percent.", ("4.2 percent", 4.2, "%")),
        ("Three people were hurt.", ("Three people", 3, "people")),
        ("It opens a six-year window.", ("six-year window", 6, "year window")),
        ("They export 20,000 Lada units a year.", ("20,000 Lada units", 20000, "Lada units")),
        ("Rates hit 45.", ("45", 45, "")),
        ("A €2bn deal.", ("€2bn", 2e9, "EUR")),
    ],
)
def test_find_quantities_english(text: str, expected: tuple[str, float, str]) -> None:
    dates = find_dates(text, "en")
    (q,) = find_quantities(text, "en", dates)
    assert (q.text, q.value, q.unit) == expected
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 the company grew.",
        "It happened on Jan. 5, 2023.",
        "The meeting starts at 5 p.m. sharp.",
        "One of them left, and two of the others stayed.",
        "The COVID-19 wave and the A380 jet.",
    ],
)
def test_find_quantities_skips_dates_times_and_codes(text: str) -> None:
    assert find_quantities(text, "en", find_dates(text, "en")) == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("It costs between 12 and 15 million euros.", "en", ("12 and 15 million euros", 12e6)),
        ("Prices rose 3 to 5 percent.", "en", ("3 to 5 percent", 3.0)),
        ("Стоимость от 3 до 5 тысяч рублей.", "ru", ("3 до 5 тысяч рублей", 3000.0)),
    ],
)
def test_find_quantities_ranges_are_one_figure(
    text: str, language: str, expected: tuple[str, float]
) -> None:
    (q,) = find_quantities(text, language)
    assert (q.text, q.value) == expected
    assert text[q.start : q.end] == q.text


def test_find_quantities_descending_numbers_are_no_range() -> None:
    got = find_quantities("Of the 30 boats, 2020 - 15 people left.", "en")
    assert "15 people" in [q.text for q in got]


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Signed on Jan. 5, 2023, in Oslo.", [("Jan. 5, 2023", "2023-01-05")]),
        ("Signed on 5 January 2023.", [("5 January 2023", "2023-01-05")]),
        ("Filed 2023-01-05 here.", [("2023-01-05", "2023-01-05")]),
        ("Sales peaked in March 2020.", [("March 2020", "2020-03")]),
        ("The plant opens in early 2024.", [("early 2024", "2024")]),
        ("It was said late in the year.", [("late in the year", None)]),
        ("Last week and on Friday.", [("Last week", None), ("Friday", None)]),
        ("It closed three weeks ago.", [("three weeks ago", None)]),
        ("In the 1990s, prices fell.", [("1990s", None)]),
        ("May I ask? Markets march on.", []),
        ("It starts in May.", [("May", None)]),
    ],
)
def test_find_dates_english(text: str, expected: list[tuple[str, str | None]]) -> None:
    dates = find_dates(text, "en")
    assert [(d.text, d.value) for d in dates] == expected
    assert all(text[d.start : d.end] == d.text for d in dates)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Договор подписан 5 января 2023 года.", [("5 января 2023 года", "2023-01-05")]),
        ("Рост был в прошлом году.", [("в прошлом году", None)]),
        ("Итоги за март 2022 года.", [("март 2022 года", "2022-03")]),
        ("Данные от 05.01.2023.", [("05.01.2023", "2023-01-05")]),
        ("Встреча пройдёт во вторник.", [("во вторник", None)]),
    ],
)
def test_find_dates_russian(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, "ru")] == expected


# --- robustness -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    # Every unit after the first two is a fact: the output alone is ~170k frozen dataclasses.
    # Their speed (linear time) is bench/pathological.py's, which CI runs with its bounds.
    ["a. ", "A B C D ", "12, ", "May 5 ", "Mr. X of Y and Z "],
    ids=repr,
)
def test_facts_on_pathological_input(extract: FactExtractor, unit: str) -> None:
    text = unit * (1_000_000 // len(unit))
    facts = extract(text, split_sentences(text, "en"), "en")
    check_spans(text, facts)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("Aa Bb.,-'’$%5 20Jan\n Mr of The"), max_size=120))
def test_facts_spans_index_the_source(text: str) -> None:
    facts = FactExtractor()(text, split_sentences(text, "en"), "en")
    check_spans(text, facts)


def test_facts_empty_text(extract: FactExtractor) -> None:
    assert extract("", (), "en") == Facts()
    assert extract("", (), "ru") == Facts()

"""What a reader sees of the facts: the error classes of issue 13, one regression test each.

Every fixture is written here, in the shape of the news text where the error was seen.
"""

from __future__ import annotations

import pytest

from nutgraf.analyse.facts import FactExtractor
from nutgraf.analyse.facts.merge import merge
from nutgraf.analyse.facts.spans import Mention
from nutgraf.analyse.sentences import split_sentences
from nutgraf.types import Facts


@pytest.fixture(scope="module")
def extract() -> FactExtractor:
    return FactExtractor()


def facts_of(extract: FactExtractor, text: str, language: str = "en") -> Facts:
    facts = extract(text, split_sentences(text, language), language)
    for e in facts.entities:
        assert all(0 <= a < b <= len(text) for a, b in e.mentions)
    return facts


def kinds(facts: Facts) -> dict[str, str]:
    return {e.text: e.kind for e in facts.entities}


# --- English -----------------------------------------------------------------------------------


def test_all_caps_dateline_is_a_place_not_an_organization(extract: FactExtractor) -> None:
    text = (
        "LONDON, England (CNN) -- Thousands marched through central London on Saturday. "
        "Police in London said the march was peaceful."
    )
    found = kinds(facts_of(extract, text))
    assert found.get("London") == "place"
    assert "LONDON" not in found  # one entity, as the story writes it


def test_all_caps_headline_words_are_not_organizations(extract: FactExtractor) -> None:
    text = (
        "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n"
        "AL-AIN , United Arab Emirates 1996-12-06\n"
        "Japan began the defence of their title with a lucky win against Syria ."
    )
    found = kinds(facts_of(extract, text))
    assert found.get("Japan") == "place"
    assert found.get("China") == "place"
    assert not {"GET", "LUCKY", "WIN", "SURPRISE DEFEAT", "SOCCER"} & set(found)
    assert "organization" not in found.values()


def test_hashtags_and_handles_are_not_names(extract: FactExtractor) -> None:
    text = (
        "Students joined the #ClimateStrike in Berlin on Friday, and @GretaThunberg "
        "thanked them. The #FridaysForFuture movement plans more protests."
    )
    names = set(kinds(facts_of(extract, text)))
    assert not {"ClimateStrike", "FridaysForFuture", "GretaThunberg"} & names


def test_titles_are_not_part_of_names(extract: FactExtractor) -> None:
    text = (
        "Secretary of State John Kerry met Foreign Minister Sergei Lavrov in Geneva. "
        "Kerry said the talks were useful."
    )
    facts = facts_of(extract, text)
    found = kinds(facts)
    assert found.get("John Kerry") == "person"
    assert not any("State" in name or "Secretary" in name for name in found)
    kerry = next(e for e in facts.entities if e.text == "John Kerry")
    assert len(kerry.mentions) == 2  # "Kerry said" is the same man


def test_demonyms_are_not_places(extract: FactExtractor) -> None:
    text = "Spanish officials said Italian and French banks would join the scheme."
    found = kinds(facts_of(extract, text))
    assert "place" not in found.values()
    assert not {"Spain", "Italy", "France", "Spanish"} & set(found)


def test_a_surname_before_said_is_not_a_place(extract: FactExtractor) -> None:
    text = (
        "The ministry has not commented on the report. Park said the figures were "
        "preliminary and would be revised next month."
    )
    assert kinds(facts_of(extract, text)).get("Park") != "place"


def test_film_titles_are_not_people(extract: FactExtractor) -> None:
    text = (
        'The film "Gone Girl" topped the box office, and the movie Jurassic World came second. '
        "Critics praised the novel Emma Woodhouse as well."
    )
    found = kinds(facts_of(extract, text))
    for title in ("Gone Girl", "Jurassic World", "Emma Woodhouse"):
        assert found.get(title, "other") == "other"


def test_person_of_organization_is_two_names(extract: FactExtractor) -> None:
    text = (
        "Leila Haddad of Clean Skies Alliance said the plan falls short. "
        "Haddad has campaigned against the refinery for a decade."
    )
    found = kinds(facts_of(extract, text))
    assert found.get("Leila Haddad") == "person"
    assert "Clean Skies Alliance" in found
    assert found["Clean Skies Alliance"] != "person"
    assert "Leila Haddad of Clean Skies Alliance" not in found


def test_vote_count_is_one_figure(extract: FactExtractor) -> None:
    text = "The council voted 14 to 3 on Tuesday to approve the budget."
    quantities = facts_of(extract, text).quantities
    assert [(q.text, q.unit) for q in quantities] == [("14 to 3", "votes")]


def test_each_date_once(extract: FactExtractor) -> None:
    text = (
        "The vote is on Tuesday. Officials said on Tuesday that turnout could be low, "
        "and the count will end on Wednesday."
    )
    dates = [d.text for d in facts_of(extract, text).dates]
    assert dates == ["Tuesday", "Wednesday"]


# --- Russian -----------------------------------------------------------------------------------


def test_russian_adjectives_are_not_places(extract: FactExtractor) -> None:
    text = "Российские власти и европейские партнёры обсудили поставки. Переговоры прошли в Москве."
    found = kinds(facts_of(extract, text, "ru"))
    assert found.get("Москва") == "place"
    assert not {"Россия", "Европа"} & set(found)


def test_russian_names_keep_the_written_gender(extract: FactExtractor) -> None:
    text = (
        "Анна Петрова возглавила фонд в марте. Позже Анну Петрову поддержал Иван Сидоров, "
        "а журналисты встретились с Еленой Ковальчук."
    )
    found = kinds(facts_of(extract, text, "ru"))
    assert found.get("Анна Петрова") == "person"
    assert found.get("Иван Сидоров") == "person"
    assert found.get("Елена Ковальчук") == "person"
    assert "Анна Петров" not in found


def test_russian_vote_count_is_one_figure(extract: FactExtractor) -> None:
    text = "Совет проголосовал 14 голосами против 3, решение вступит в силу."
    quantities = facts_of(extract, text, "ru").quantities
    assert [(q.text, q.unit) for q in quantities] == [("14 голосами против 3", "votes")]


def test_names_differing_by_case_are_one_entity() -> None:
    mentions = [
        Mention(0, 17, ("Центральный", "район"), "Центральный район", "place"),
        Mention(40, 57, ("центральный", "район"), "центральный район", "place"),
        Mention(80, 97, ("ЦЕНТРАЛЬНЫЙ", "РАЙОН"), "ЦЕНТРАЛЬНЫЙ РАЙОН", "place"),
    ]
    (entity,) = merge(mentions)
    assert entity.text == "Центральный район"
    assert len(entity.mentions) == 3


def test_russian_bulleted_list_is_one_place_per_item(extract: FactExtractor) -> None:
    text = "Поддержку выразили федерации стран: Аргентина • Бахрейн • Барбадос • Бермуды • Коста Рика • Эквадор."
    facts = facts_of(extract, text, "ru")
    places = facts.names("place")
    for country in ("Бахрейн", "Барбадос", "Коста Рика", "Эквадор"):
        assert country in places
    assert not any("•" in name for name in facts.names())
    assert "person" not in kinds(facts).values()


def test_russian_quoted_vehicle_is_no_organization(extract: FactExtractor) -> None:
    text = "Шаттл «Дискавери» завершил свой полёт, сообщило НАСА в пятницу."
    found = kinds(facts_of(extract, text, "ru"))
    assert found.get("Дискавери", "other") == "other"


def test_a_utility_named_in_apposition_is_no_person(extract: FactExtractor) -> None:
    # The bundled example's utility was shown as a person; its name ends in an
    # organization word ("Power") and follows one ("utility").
    text = (
        "Engineers warned that the figure depends on a grid upgrade that the regional "
        "utility, Coastline Power, has not yet approved. Mayor Daniel Okafor said the "
        "city would wait."
    )
    k = kinds(facts_of(extract, text))
    assert k.get("Coastline Power") != "person"
    assert k.get("Daniel Okafor") == "person"

"""Russian entities: natasha's spans put right, one regression test per error class.

Every fixture is written here, in the shape of the news text where the class was seen; each
asserts what natasha alone gets wrong on it (checked when the test was written).
"""

from __future__ import annotations

import pytest

from nutgraf.analyse.facts.entities_ru import Natasha, _fixed, _pieces


@pytest.fixture(scope="module")
def natasha() -> Natasha:
    return Natasha()  # about a second to load: once per module


def found(natasha: Natasha, text: str) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.kind) for m in natasha.analyse(text)]


def test_name_and_its_acronym_in_brackets_are_two_mentions(natasha: Natasha) -> None:
    text = "Доклад подготовил Совет по защите прав вкладчиков (СЗПВ), сообщает агентство."
    assert found(natasha, text) == [
        ("Совет по защите прав вкладчиков", "organization"),
        ("СЗПВ", "organization"),
    ]


def test_scorer_and_assistants_are_each_a_person(natasha: Natasha) -> None:
    text = "• 1:0 — 05:12 Петренко (Сидоров, Ковальчук) • 1:1 — 17:40 Маркус (Бойко)"
    assert found(natasha, text) == [
        ("Петренко", "person"),
        ("Сидоров", "person"),
        ("Ковальчук", "person"),
        ("Маркус", "person"),
        ("Бойко", "person"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Гол забил Бернс (Рой)", (10, 17), ["Бернс"]),  # natasha's span "Бернс ("
        ("Судья Коджа (Бенин)", (13, 19), ["Бенин"]),  # "Бенин)"
        ("Вернулись на Землю\n\nВсе здоровы", (13, 23), ["Землю"]),
        ("Отдел (ОВД) закрыт", (0, 11), ["Отдел", "ОВД"]),
    ],
)
def test_span_edges_put_right(text: str, span: tuple[int, int], expected: list[str]) -> None:
    fixed = [text[a:b] for s, e in _pieces(text, *span) for a, b, _ in _fixed(text, s, e, "place")]
    assert fixed == expected


def test_name_found_once_is_found_in_the_table_too(natasha: Natasha) -> None:
    # natasha misses the second "Решетников" of the table: the story names him in prose.
    text = (
        "Финал турнира выиграл гроссмейстер Борис Ковальский, обыгравший Олега Решетникова."
        "\n\n• 1-я партия\n\n• • Ковальский — Решетников 1:0"
        "\n\n• 2-я партия\n\n• • Решетников — Ковальский 0,5:0,5"
    )
    people = [name for name, kind in found(natasha, text) if kind == "person"]
    assert people.count("Решетников") == 2
    assert people.count("Ковальский") == 2


def test_vehicle_named_once_as_such_is_a_thing_everywhere(natasha: Natasha) -> None:
    # natasha takes the first «Восток» for an organization; the second is a ship's name.
    text = (
        "«Восток» доставит груз на орбиту. Экипаж корабля «Восток» готов. "
        "Старт «Востока» назначен на март."
    )
    assert ("Восток", "organization") not in found(natasha, text)


def test_owner_in_quotes_after_a_thing_stays_an_organization(natasha: Natasha) -> None:
    # "станция «Горводоканала»": the genitive names whose station it is, not the station.
    text = (
        "Насосная станция «Горводоканала» остановлена. "
        "В «Горводоканале» обещают дать воду к вечеру."
    )
    assert found(natasha, text) == [
        ("Горводоканала", "organization"),
        ("Горводоканале", "organization"),
    ]


def test_whose_adjective_is_part_of_the_organization(natasha: Natasha) -> None:
    text = "Как сообщили в пресс-службе польского Минфина, бюджет будет пересмотрен."
    (ministry,) = natasha.analyse(text)
    assert (text[ministry.start : ministry.end], ministry.name) == (
        "польского Минфина",
        "польский Минфин",
    )
    # Across the opening quote, and the closing one comes along.
    assert found(natasha, "Солист рижского «Прибоя» выступит в Минске.")[0] == (
        "рижского «Прибоя»",
        "organization",
    )


def test_a_quality_stays_outside_the_name(natasha: Natasha) -> None:
    assert found(natasha, "Позицию нового Минфина озвучил его глава.") == [
        ("Минфина", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Концерн «Северсталь» представил отчёт.", "Северсталь"),
        ("Как передаёт РИА «Новый день», сделка закрыта.", "Новый день"),
        ("Об этом сообщает ИА Interfax, ссылаясь на источник.", "Interfax"),
    ],
)
def test_organization_named_after_the_word_for_it(
    natasha: Natasha, text: str, expected: str
) -> None:
    # natasha's span takes in the descriptor ("Концерн «Северсталь»", "ИА Interfax").
    assert found(natasha, text) == [(expected, "organization")]


def test_a_country_name_in_quotes_is_no_place(natasha: Natasha) -> None:
    assert found(natasha, "Банк «Россия» увеличил капитал.") == [("Россия", "organization")]


def test_place_inside_an_organization_name_is_a_place_too(natasha: Natasha) -> None:
    text = "Делегация Совета Европы прибыла в Тбилиси."
    assert found(natasha, text) == [
        ("Совета Европы", "organization"),
        ("Европы", "place"),
        ("Тбилиси", "place"),
    ]
    # An adjective that is also a village's name is no place: "Красного" of the Red Cross.
    text = "Председатель Международного Красного Креста выступил с речью."
    assert [kind for _, kind in found(natasha, text)] == ["organization"]


def test_common_word_opening_a_paragraph_is_no_name(natasha: Natasha) -> None:
    # natasha tags "Маэстро" and "Дирижёр" as people.
    text = "Маэстро не любит интервью\n\nДирижёр Павел Кожин отказался от встречи."
    assert found(natasha, text) == [("Павел Кожин", "person")]


def test_noun_opening_a_sentence_is_no_part_of_the_name(natasha: Natasha) -> None:
    # natasha's span is "Музыкант Шумов".
    text = "Шумов выпустил альбом\n\nМузыкант Шумов записал новый альбом."
    assert found(natasha, text) == [("Шумов", "person"), ("Шумов", "person")]


def test_place_natasha_leaves_untagged_is_found_by_the_dictionary(natasha: Natasha) -> None:
    # natasha tags only the grandmaster: "чемпион Европы" reads to it as a title.
    text = "Новым чемпионом Европы стал гроссмейстер Андрей Соколов."
    assert found(natasha, text) == [("Европы", "place"), ("Андрей Соколов", "person")]
    # A place's name in quotes names a car or a ship.
    assert found(natasha, "Автомобиль «Таврия» выпускали в Запорожье.") == [("Запорожье", "place")]


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        (
            "Студенты Высшей школы экономики провели акцию. Высшей школе экономики передадут "
            "здание.",
            "Высшей школе экономики",
        ),
        (
            "Сотрудники Красного Креста прибыли в город. Красному Кресту передали помощь.",
            "Красному Кресту",
        ),
    ],
)
def test_name_of_several_words_found_again_in_another_case(
    natasha: Natasha, text: str, repeat: str
) -> None:
    # natasha tags the first mention only.
    assert (repeat, "organization") in found(natasha, text)


def test_name_in_quotes_after_words_for_it_and_its_repeats(natasha: Natasha) -> None:
    # natasha's span is "Русской службе «Голоса Америки"; in the interview's speaker labels
    # it tags "Америки" alone, as a place.
    text = (
        "В интервью Русской службе «Голоса Америки» лидер Меджлиса Мустафа Джемилев "
        "рассказал о планах.\n\nГолос Америки: Спасибо за интервью!"
    )
    assert found(natasha, text) == [
        ("Голоса Америки", "organization"),
        ("Америки", "place"),
        ("Меджлиса", "organization"),
        ("Мустафа Джемилев", "person"),
        ("Голос Америки", "organization"),
        ("Америки", "place"),
    ]


def test_lone_surname_is_the_person_named_in_full(natasha: Natasha) -> None:
    # natasha's "Кадырова" is named "Кадырова" alone (a woman's nominative, too), and its
    # "о Свиридове" is a place.
    text = "Глава Чечни Рамзан Кадыров провёл совещание. Слова Кадырова передал его помощник."
    assert [m.name for m in natasha.analyse(text) if m.kind == "person"] == [
        "Рамзан Кадыров",
        "Кадыров",
    ]
    text = (
        "Болельщик Егор Свиридов погиб в драке. Друзья Егора Свиридова вышли на митинг. "
        "Уже много сказали о Свиридове, о работе милиции."
    )
    assert found(natasha, text)[-1] == ("Свиридове", "person")
    # A case adds an ending: "Магритт" stays as written beside a "Рене Магритта" that
    # pymorphy2 could not put in the nominative.
    text = "Выставка картин Рене Магритта открылась в Москве. Магритт писал их в Брюсселе."
    assert [m.name for m in natasha.analyse(text) if m.kind == "person"][-1] == "Магритт"
    # With an Иван Петров and an Анна Петрова, "Петрова" could be either.
    text = "Иван Петров и Анна Петрова пришли на показ. Платье Петрова не показала."
    assert [m.name for m in natasha.analyse(text)][-1] == "Петрова"


def test_full_name_as_the_story_writes_it_in_the_nominative(natasha: Natasha) -> None:
    # pymorphy2 reads "Анатолия" as a woman's name too: alone, the name stays as written.
    text = (
        "Глава агентства Анатолий Перминов выступил в Думе. "
        "Слухи об отставке Анатолия Перминова он опроверг."
    )
    people = [m.name for m in natasha.analyse(text) if m.kind == "person"]
    assert people == ["Анатолий Перминов"] * 2
    # natasha's span after a list of countries is "Поддержку Кирсану Илюмжинову", a place.
    text = (
        "Турция • США\n\nПоддержку Кирсану Илюмжинову выразили 40 федераций. "
        "Кандидатуру Кирсана Илюмжинова выдвинула Россия."
    )
    assert found(natasha, text)[2] == ("Кирсану Илюмжинову", "person")


def test_abbreviation_defined_for_common_words_is_no_body(natasha: Natasha) -> None:
    # natasha takes "ПАО" for an organization.
    text = (
        "Сбой произошёл при отделении приборно-агрегатного отсека (ПАО) от корабля. "
        "В конце концов ПАО всё-таки отделился, сообщил Роскосмос."
    )
    assert [name for name, kind in found(natasha, text) if kind == "organization"] == ["Роскосмос"]
    # An abbreviation pymorphy2's dictionary knows for a body stays one.
    text = "Представитель министерства иностранных дел (МИД) заявил о протесте. МИД опроверг."
    assert [kind for _, kind in found(natasha, text)] == ["organization"] * 2
    # A body's name of capitalised words keeps its abbreviation.
    text = "Доклад подготовил Комитет защиты журналистов (КЗЖ). КЗЖ призвал власти к ответу."
    assert [kind for _, kind in found(natasha, text)] == ["organization"] * 3


def test_plural_surname_or_adjective_is_no_person(natasha: Natasha) -> None:
    # natasha tags "Ямадаевых" and "Королёвских" as people.
    text = "Иса Ямадаев является третьим из братьев Ямадаевых, на которых совершено покушение."
    assert found(natasha, text) == [("Иса Ямадаев", "person")]
    text = "На прошедших Королёвских чтениях выступил Андрей Соколов."
    assert found(natasha, text) == [("Андрей Соколов", "person")]
    # A surname pymorphy2 knows only in the plural is still one person's after a first name.
    text = "Показания дали Илья Васильев, Федор Мирзоянов и другие свидетели."
    assert ("Федор Мирзоянов", "person") in found(natasha, text)


def test_person_inside_an_organization_name_is_a_person_too(natasha: Natasha) -> None:
    text = "Вопросы задавались из Космического центра Кеннеди во Флориде."
    assert found(natasha, text) == [
        ("Космического центра Кеннеди", "organization"),
        ("Кеннеди", "person"),
        ("Флориде", "place"),
    ]
    text = "Почту доставили в Центр подготовки космонавтов имени Юрия Гагарина."
    (_, person) = natasha.analyse(text)
    assert (text[person.start : person.end], person.name) == ("Юрия Гагарина", "Юрий Гагарин")


def test_a_first_name_the_dictionary_only_guesses_at_tells_no_gender(natasha: Natasha) -> None:
    # pymorphy2 guesses "Сулима" is a woman's name in the nominative: "Сулим Ямадаева".
    text = "Письмо Сулима Ямадаева опубликовано."
    assert [m.name for m in natasha.analyse(text)] == ["Сулим Ямадаев"]

"""Keywords: salient terms by frequency, position and title, on fixtures written here."""

from __future__ import annotations

from nutgraf.analyse.keywords import EN_STOPWORDS, keywords, stemmer
from nutgraf.analyse.sentences import split_sentences

EN_TEXT = (
    "Northwind Motors will build electric trucks in Ohio. The electric trucks will use new "
    "batteries from a supplier in Korea.\n\n"
    "Northwind said the batteries last longer. Analysts said the trucks could sell well, "
    "and that Northwind may add a second plant."
)


def kw(text: str, language: str = "en", title: str = "", k: int = 8) -> tuple[str, ...]:
    return keywords(text, split_sentences(text, language), language, title, k)


def test_keywords_rank_frequent_lead_terms_first() -> None:
    words = kw(EN_TEXT)
    assert set(words[:2]) == {"Northwind", "electric trucks"}  # a recurring phrase beats its words
    assert "trucks" not in words  # ... and covers them
    assert "batteries" in words
    assert len(words) <= 8


def test_keywords_drop_stopwords_and_keep_name_case() -> None:
    words = kw(EN_TEXT, k=20)
    assert not {w.lower() for w in words} & EN_STOPWORDS
    assert "said" not in words
    assert "Ohio" in words and "ohio" not in words


def test_keywords_title_boost() -> None:
    plain = kw(EN_TEXT, k=5)
    boosted = kw(EN_TEXT, title="Korea supplier deal", k=5)
    assert "supplier" not in plain
    assert "supplier" in boosted


def test_keywords_group_inflections_russian() -> None:
    text = (
        "Завод выпустил новые автомобили. Автомобилей стало больше, а спрос на автомобиль "
        "растёт. Завод расширит производство."
    )
    words = kw(text, "ru", k=3)
    assert len([w for w in words if w.startswith("автомобил")]) == 1
    assert any(w.startswith("завод") for w in words)


def test_keywords_other_language_uses_its_stopwords() -> None:
    text = "Die Regierung plant neue Gesetze. Die Gesetze sollen die Regierung stärken."
    words = kw(text, "de", k=3)
    assert "die" not in {w.lower() for w in words}
    assert {"Gesetze", "Regierung"} <= set(words)


def test_keywords_in_languages_beyond_english_and_russian() -> None:
    # stopwords-iso's lists: "ihre" and "leur" are function words; a German noun opening a
    # sentence keeps its capital (every German noun has one)
    de = kw("Bundeskanzler Scholz senkt ihre Steuern. Ihre Steuern sinken. Scholz lobt sie.", "de")
    assert "Bundeskanzler" in de and "ihre" not in {w.lower() for w in de}
    fr = kw("Les salariés gardent leur emploi. Leur emploi reste sûr, disent les salariés.", "fr")
    assert "leur" not in {w.lower() for w in fr} and {"salariés", "emploi"} <= set(fr)
    assert kw("Sawubona abantu. Abantu bahle.", "zu")  # no list for Zulu: still keywords


def test_keywords_edge_cases() -> None:
    assert kw("") == ()
    assert kw(EN_TEXT, k=0) == ()
    # No sentences given: the whole text is read as one sentence.
    assert keywords("Rockets, rockets and rockets.", (), "en") == ("rockets",)
    assert kw("12 34 56 . , !") == ()


def test_stemmer_english_folds_plurals_only() -> None:
    stem = stemmer("en")
    assert stem("batteries") == stem("battery")
    assert stem("units") == stem("unit")
    assert stem("boxes") == "box"
    assert stem("status") == "status"
    assert stem("glass") == "glass"


RU_STORY = """Городская дума Самары отложила голосование о новой линии трамвая из-за роста стоимости строительства. Линия должна соединить вокзал с университетским районом.

Мэр заявила, что дума по-прежнему поддерживает проект новой линии. Правоохранительные органы проверят смету линии трамвая.

Инженеры оценивают стоимость линии в 240 млн евро против 180 млн евро два года назад. Новая смета для правоохранительных органов ожидается в мае."""


def test_russian_keywords_in_dictionary_form() -> None:
    from nutgraf.analyse.facts import FactExtractor

    facts = FactExtractor()(RU_STORY, split_sentences(RU_STORY, "ru"), "ru")
    got = facts.keywords
    assert "линия" in got and "трамвай" in got  # from "линии", "трамвая"
    assert {"орган", "правоохранительные органы"} & set(got)  # never "органов"
    assert not {"новой", "городская", "млн", "линии"} & set(got)  # adjectives, units, cases


def test_russian_keyword_phrases_agree_in_the_nominative() -> None:
    from nutgraf.analyse.facts import FactExtractor

    extract = FactExtractor()
    extract("Москва.", split_sentences("Москва.", "ru"), "ru")  # loads the Russian models
    natasha = extract._natasha
    assert natasha is not None
    assert natasha.keyword_form("правоохранительных органов") == "правоохранительные органы"
    assert natasha.keyword_form("оппозиционного движения") == "оппозиционное движение"
    assert natasha.keyword_form("Удальцова отпустили") is None  # a verb: no keyword
    assert natasha.keyword_form("Самары") == "Самара"
    assert natasha.keyword_form("новой") is None

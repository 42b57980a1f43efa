from nutgraf.analyse.language import detect_language


def test_detects_english_russian_and_others() -> None:
    assert (
        detect_language("The council has not approved the plan, officials said on Tuesday.") == "en"
    )
    assert detect_language("Решение пока не принято, сообщили в министерстве в среду.") == "ru"
    assert detect_language("Le conseil municipal n'a pas encore approuvé le projet de loi.") == "fr"


def test_short_or_empty_text_falls_back() -> None:
    assert detect_language("", default="en") == "en"
    assert detect_language("12 34", default="ru") == "ru"
    assert detect_language("Да нет") == "ru"

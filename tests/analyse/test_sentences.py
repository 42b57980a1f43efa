from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutgraf.analyse.sentences import split_sentences


def texts(text: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


def test_english_abbreviations_initials_decimals_quotes() -> None:
    text = (
        'Dr. J. R. Smith paid $3.5 million on Jan. 5. "It\'s over," he said. U.S. officials agreed.'
    )
    assert texts(text, "en") == [
        "Dr. J. R. Smith paid $3.5 million on Jan. 5.",
        '"It\'s over," he said.',
        "U.S. officials agreed.",
    ]


def test_russian_initials_abbreviations_quotes() -> None:
    text = "Президент В. В. Путин заявил, что т. е. 3,5 млн руб. будут выделены. «Это так», — сказал он."
    assert texts(text, "ru") == [
        "Президент В. В. Путин заявил, что т. е. 3,5 млн руб. будут выделены.",
        "«Это так», — сказал он.",
    ]


def test_sentences_never_cross_paragraphs_and_know_them() -> None:
    text = "First line without a stop\n\nSecond paragraph. Two sentences."
    got = split_sentences(text, "en")
    assert [(s.text, s.paragraph) for s in got] == [
        ("First line without a stop", 0),
        ("Second paragraph.", 1),
        ("Two sentences.", 1),
    ]
    assert [s.index for s in got] == [0, 1, 2]


def test_other_languages_degrade_to_punctuation() -> None:
    assert texts("今日は晴れです。明日は雨です。", "ja") == ["今日は晴れです。", "明日は雨です。"]
    assert len(texts("Der Plan ist nicht genehmigt. Die Stadt prüft ihn.", "de")) == 2


def test_pathological_megabyte_splits_with_exact_offsets() -> None:
    # Its speed (linear time) is bench/pathological.py's, which CI runs with its bound.
    for pattern in ("a. ", "(a. ", "A. B. "):
        text = pattern * (1_000_000 // len(pattern))
        for language in ("en", "ru"):
            sentences = split_sentences(text, language)
            assert sentences and all(text[s.start : s.end] == s.text for s in sentences)


@given(st.text(), st.sampled_from(["en", "ru", "ja", "de"]))
def test_sentences_span_source(text: str, lang: str) -> None:
    for s in split_sentences(text, lang):
        assert text[s.start : s.end] == s.text
        assert s.text.strip() == s.text and s.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(CNN)The Rev. Fred Craddock died. He was 86.",
            ["(CNN)The Rev. Fred Craddock died.", "He was 86."],
        ),
        ("When Indiana Gov. Mike Pence signed it, few noticed.", None),
        ("Lt. Col. John Smith and Sgt. Maj. Bill Ray came.", None),
        ("Former Atty. Gen. Eric Holder spoke. Rep. Nancy Pelosi did not.", 2),
        ("He was born in 1950 in Dover. Gov. Smith named him a judge.", 2),
    ],
)
def test_no_split_after_a_title(text: str, expected: list[str] | int | None) -> None:
    got = [s.text for s in split_sentences(text, "en")]
    if expected is None:
        assert got == [text]
    elif isinstance(expected, int):
        assert len(got) == expected, got
    else:
        assert got == expected


def test_paragraph_runs_cover_the_sentences_in_order() -> None:
    from nutgraf.analyse.sentences import paragraph_runs

    sents = split_sentences("One. Two.\n\nThree.\n\nFour. Five. Six.", "en")
    runs = list(paragraph_runs(sents))
    assert [list(r) for r in runs] == [[0, 1], [2], [3, 4, 5]]
    assert list(paragraph_runs(())) == []


@pytest.mark.parametrize(
    ("text", "language", "n"),
    [
        ("Die Bahn erhöht die Preise am 14. Dezember um 4,9 Prozent. Das teilte sie mit.", "de", 2),
        ("Der Vertrag läuft bis zum 31. Dez. 1992. Dann endet er.", "de", 2),
        ("Mødet holdes den 5. maj i Aarhus. Alle er velkomne.", "da", 2),
        ("Kokous pidetään 3. toukokuuta Turussa. Kaikki ovat tervetulleita.", "fi", 2),
        ("Schůze se koná 12. března v Brně. Přijďte.", "cs", 2),
        ("In der 4. Klasse lesen sie. Im 5. Jahrhundert v. Chr. nicht.", "de", 2),
        ("Antallet af døde steg til 12. Politiet efterforsker.", "da", 2),  # a real end
    ],
)
def test_no_split_between_an_ordinal_day_and_its_month(text: str, language: str, n: int) -> None:
    got = [s.text for s in split_sentences(text, language)]
    assert len(got) == n, got


def test_ordinal_months_come_from_cldr() -> None:
    from babel.dates import get_date_format

    from nutgraf.analyse.sentences import ordinal_months

    assert {"dezember", "dez", "märz", "mai"} <= ordinal_months("de")
    assert "toukokuuta" in ordinal_months("fi")  # a month's case form, as dates use it
    assert not ordinal_months("fr") and not ordinal_months("xx-unknown")
    # English is answered without babel: CLDR must still write its dates without the dot.
    assert "d. M" not in get_date_format("long", locale="en").pattern
    assert not ordinal_months("en")

from __future__ import annotations

import time

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


def test_pathological_megabyte_is_fast() -> None:
    # A generous bound: the point is linear time, measured properly in bench/.
    for pattern in ("a. ", "(a. ", "A. B. "):
        text = pattern * (1_000_000 // len(pattern))
        start = time.perf_counter()
        split_sentences(text, "en")
        split_sentences(text, "ru")
        assert time.perf_counter() - start < 10


@given(st.text(), st.sampled_from(["en", "ru", "ja", "de"]))
def test_sentences_span_source(text: str, lang: str) -> None:
    for s in split_sentences(text, lang):
        assert text[s.start : s.end] == s.text
        assert s.text.strip() == s.text and s.text

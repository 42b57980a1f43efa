"""Language codes: CLDR decides what is a language; cue lists decide what is noted."""

from __future__ import annotations

import pytest

from nutgraf.errors import InputError
from nutgraf.languages import has_cues, language_name, normalize_language
from nutgraf.pipeline import Summarizer

TEXT = (
    "The council of Brindle delayed its vote on the tram line on Monday. "
    "Mayor Anna Reyes said the project still has support. "
    "A new cost estimate is due in May."
)


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-US", "en"),
        ("ru_RU", "ru"),
        ("de", "de"),
        ("haw", "haw"),  # Hawaiian: a language nutgraf has nothing for, still a language
        ("rus", "ru"),  # ISO 639-2 codes map to today's two-letter code
        ("ger", "de"),
        ("iw", "he"),  # a retired code
    ],
)
def test_languages_normalize_known_codes(given: str, code: str) -> None:
    assert normalize_language(given) == code


@pytest.mark.parametrize("given", ["xx", "qq", "zxx", "und", "", "english", "e1", "en--"])
def test_languages_refuse_what_is_no_language(given: str) -> None:
    with pytest.raises(InputError):
        normalize_language(given)


def test_languages_names_and_cues() -> None:
    assert language_name("de") == "German"
    assert has_cues("en") and has_cues("ru") and has_cues("uk")
    assert not has_cues("de") and not has_cues("fr")


def test_summarize_refuses_an_unknown_language_before_reading_anything() -> None:
    summarizer = Summarizer()
    with pytest.raises(InputError, match="unknown language code 'xx'"):
        summarizer.summarize(TEXT, language="xx")
    # A region tag is the language it names.
    assert summarizer.summarize(TEXT, language="en-GB").language == "en"

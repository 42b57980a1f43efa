"""pymorphy2 (loaded through natasha, as ``summarize.qualify`` loads it) reads its dictionaries
with DAWG2's C extension where that is installed (pyproject.toml), and parses every word as
with the pure-Python DAWG-Python it falls back to."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import warnings

import pytest

# Dictionary words, their forms, predicted (unknown) words, names, hyphenated words and "ё".
WORDS = [
    "стали",
    "могли",
    "сошлись",
    "продлятся",
    "продлят",
    "недостоверными",
    "неподтверждённые",
    "возможно",
    "по-видимому",
    "кажется",
    "ёлка",
    "елка",
    "решение",
    "Решение",
    "обсуждается",
    "ожидали",
    "условились",
    "продолжить",
    "ещё",
    "всё",
    "будет",
    "станут",
    "заявил",
    "Навальный",
    "АвтоВАЗа",
    "Сколково",
    "коронавирусом",
    "ковидный",
    "нейросетями",
    "тест-драйв",
    "блокчейна",
    "зумеры",
    "qwerty",
    "XIV",
    "2024",
    "МИД",
    "гг.",
    "т.е.",
]

PARSE = """
import json, sys, warnings
if sys.argv[1] == "python":
    sys.modules["dawg"] = None  # DAWG-Python, as without DAWG2
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import pymorphy2.dawg
    from natasha import MorphVocab  # pymorphy2 as the summarizer loads it
morph = MorphVocab()
words = json.loads(sys.stdin.read())
print(json.dumps([pymorphy2.dawg.EXTENSION_AVAILABLE] + [
    [[p.word, p.normal_form, str(p.tag), repr(p.score)] for p in morph.parse(w)] for w in words
]))
"""


def _parses(reader: str) -> list[object]:
    done = subprocess.run(
        [sys.executable, "-c", PARSE, reader],
        input=json.dumps(WORDS),
        capture_output=True,
        text=True,
        check=True,
    )
    result: list[object] = json.loads(done.stdout)
    return result


@pytest.mark.skipif(
    platform.machine() not in {"x86_64", "AMD64"} and sys.platform != "darwin",
    reason="DAWG2 is installed only where it ships wheels (pyproject.toml)",
)
def test_the_c_reader_parses_as_the_python_one() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pymorphy2.dawg

    assert pymorphy2.dawg.EXTENSION_AVAILABLE  # the dependency is in use
    c_reader, python_reader = _parses("c"), _parses("python")
    assert c_reader[0] is True and python_reader[0] is False
    assert c_reader[1:] == python_reader[1:]
    assert sum(len(p) for p in c_reader[1:]) > 2 * len(WORDS)  # ambiguous words: many parses

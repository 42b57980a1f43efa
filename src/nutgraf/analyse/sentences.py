"""Sentence splitting with exact character offsets.

razdel for Cyrillic text and syntok for the rest were the most accurate of the splitters
measured on this machine (abbreviations, initials, decimals, quotes); see docs/benchmarks.md.
Both slow down to ~100 kB/s on pathological input ("(a. " repeated), so they see at most
the first ``ACCURATE_CHARS`` of a text, paragraph by paragraph; the rest, and any paragraph
longer than a real one, gets a plain punctuation rule that is linear and fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import syntok.segmenter as syntok

from nutgraf.types import Sentence, paragraph_spans

MAX_PARAGRAPH_CHARS = 20_000  # past this, a paragraph is not prose: use the plain rule
ACCURATE_CHARS = 100_000  # longer than nearly any news story (~16k words)
# German and Luxembourgish capitalise every noun: after an ordinal ("im 5. Jahrhundert") a
# capital starts no sentence, a capitalised word is no name by itself ("die Preise"), and one
# opening a sentence keeps its capital as a keyword. A fact of their spelling that no library
# states, hence kept here, where the splitter, facts and keywords all read it.
NOUNS_CAPITALISED = frozenset({"de", "lb"})
_CYRILLIC_LANGS = {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"}
# Sentence ends: . ! ? … and CJK/Devanagari/Arabic full stops, with closing quotes/brackets.
_PLAIN_END = re.compile(r"[.!?…。！？।؟]+[\"'»”’)\]]*(?=\s|$)|[。！？]")
_FINAL_STOP = re.compile(r"[.!?…。！？।؟][\s\"'»”’)\]]*$")


def ends_with_stop(text: str) -> bool:
    """Whether ``text`` ends as a sentence does (a final stop, then closing quotes or
    brackets): a headline, standfirst, caption or time stamp does not."""
    return _FINAL_STOP.search(text) is not None


def paragraph_runs(sents: tuple[Sentence, ...]) -> Iterator[range]:
    """The index ranges of ``sents`` that share a paragraph, in order."""
    i = 0
    while i < len(sents):
        j = i + 1
        while j < len(sents) and sents[j].paragraph == sents[i].paragraph:
            j += 1
        yield range(i, j)
        i = j


def split_sentences(
    text: str, language: str = "en", *, repairs: bool = True
) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences within its paragraphs; ``text[s.start:s.end] == s.text``.

    With ``repairs`` (the default) no split follows a title such as "Gov."; without, the
    splitter's own output.
    """
    out: list[Sentence] = []
    for p_index, para in enumerate(paragraph_spans(text)):
        accurate = para.end <= ACCURATE_CHARS
        for start, end in _split_paragraph(para.text, language, accurate=accurate, repairs=repairs):
            s, e = _trim(para.text, start, end)
            if s < e:
                a, b = para.start + s, para.start + e
                out.append(Sentence(text[a:b], a, b, len(out), p_index))
    return tuple(out)


def _split_paragraph(
    text: str, language: str, *, accurate: bool, repairs: bool
) -> Iterator[tuple[int, int]]:
    if not accurate or len(text) > MAX_PARAGRAPH_CHARS:
        yield from _plain(text)
    elif language in _CYRILLIC_LANGS:
        from razdel import sentenize  # Russian only: English pages never load it

        for sub in sentenize(text):
            yield sub.start, sub.stop
    elif language in {"zh", "ja"}:
        yield from _plain(text)
    else:
        yield from _syntok(text, language, repairs=repairs)


# Titles before a name that syntok's abbreviation list lacks ("The Rev. Fred Craddock",
# "Indiana Gov. Mike Pence", "Lt. Col."): a split right after one is undone. Only titles
# that do not end sentences themselves (not "Jr.", "St.", "Inc.").
_TITLE_END = re.compile(
    r"(?<![\w.])(?:Rev|Gov|Govs|Rep|Reps|Sen|Sens|Lt|Sgt|Maj|Atty|Supt|Cpl|Pvt|Gen|Col|"
    r"Capt|Cmdr|Cmdt|Adm|Brig|Insp|Det|Amb|Hon|Msgr|Dr|Drs|Prof|Mr|Mrs|Ms|Messrs)\.$"
)
_NAME_START = re.compile(r"[\"“]?[^\W\d_a-z]")


def _syntok(text: str, language: str, *, repairs: bool) -> Iterator[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph in syntok.analyze(text):
        for sentence in paragraph:
            first, last = sentence[0], sentence[-1]
            start, end = first.offset, last.offset + len(last.value)
            if repairs and spans and _joins(text, spans[-1][1], start, language):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    yield from spans


def _joins(text: str, end: int, start: int, language: str) -> bool:
    """Whether a split between ``text[:end]`` and ``text[start:]`` is a false one: after a
    title before a name ("Gov. Mike Pence"), or after an ordinal number before its noun ("am
    14. Dezember", "im 5. Jahrhundert") in the languages that write ordinals so."""
    tail = text[max(0, end - 16) : end]
    if _TITLE_END.search(tail) and _NAME_START.match(text, start):
        return True
    if not _ORDINAL.search(tail) or not (word := _WORD.match(text, start)):
        return False
    if language in NOUNS_CAPITALISED and word.group()[0].isupper():
        return True
    return _ORDINAL_DAY.search(tail) is not None and word.group().lower() in ordinal_months(
        language
    )


# An ordinal, "14.", not part of a longer number ("1.5.", "2.014.").
_ORDINAL = re.compile(r"(?<![\w.,])\d{1,3}\.$")
_ORDINAL_DAY = re.compile(r"(?<![\w.,])(?:[1-9]|0[1-9]|[12]\d|3[01])\.$")
_WORD = re.compile(r"\w+")
# In German Universal Dependencies text (de_gsd, de_pud) a sentence ended in an ordinal-shaped
# number once in 1,977 sentences; an ordinal stood before a capitalised word 74 times
# (docs/benchmarks.md): where every noun is capitalised, such a split is undone.


@cache
def ordinal_months(language: str) -> frozenset[str]:
    """The month names of a language whose dates write the day as an ordinal with a dot
    ("14. Dezember"); empty for the others (CLDR, ``analyse.cldr``).

    syntok splits "am 14. Dezember" after "14." (German capitalises the month; so do the
    others after a stop): CLDR says which languages write dates this way and names their
    months, so no word list is kept here.
    """
    if language == "en":
        return frozenset()  # CLDR: "MMMM d, y"; saves English text babel's import (40 ms)
    from nutgraf.analyse.cldr import month_numbers, writes_ordinal_days

    return frozenset(month_numbers(language)) if writes_ordinal_days(language) else frozenset()


def _plain(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _PLAIN_END.finditer(text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

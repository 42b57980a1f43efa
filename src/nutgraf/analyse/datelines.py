"""Datelines: the "LONDON (Reuters) --" an agency story opens with, kept out of key points.

A dateline names where a story was filed and by whom; it is not part of the story's first
sentence and reads as clutter at the head of a summary. nutgraf's first key point starts
after it (the point is still a verbatim span of the text, only shorter), and a dateline
the splitter cut off as a sentence of its own is never a point. No library marks
datelines, so these are hand-written patterns for the forms agencies and papers use in any
language: a place (capitalised words, an optional date) before an agency in parentheses or
slashes, or an all-capitals place before a dash, optionally followed by the agency's name.

Page furniture (``is_furniture``): the lines a scraped page keeps around a story's head, a
time stamp ("17/01/2012 10:17", "время публикации: 4 января 2012 г., 14:07", "Updated
10:17 AM ET, Tue March 3, 2015"), a place or date alone ("Псков.", "28 ноября."), a widget
label ("Загрузка."). Told apart by form, not by words: digits shaped like a time or a date
in a short line without a sentence's final stop, or too few words to state anything.
"""

from __future__ import annotations

import re

from nutgraf.analyse.sentences import ends_with_stop

# Words of a place or date before the agency: capitalised, or a number with the month word
# after it in any case ("NEW YORK, Nov 3", "Lausanne, Switzerland", "МОСКВА, 25 ноября").
_PLACE_WORD = r"(?:[^\W\d_a-zа-яё][\w.'’-]*|\d{1,4}(?:[ \t]+[^\W\d_][\w]*)?)"
_PLACE = rf"{_PLACE_WORD}(?:,?[ \t]+{_PLACE_WORD}){{0,5}},?"
# An agency: one to four words, each opening with a capital letter or a digit ("CNN",
# "The Hollywood Reporter", "EW.com", "РИА Новости").
_AGENCY = r"[^\W_a-zа-яё][\w.&'’-]*(?:[ \t][^\W_a-zа-яё][\w.&'’-]*){0,3}"
_DASH = r"(?:--|[-–—:])"

_PATTERNS = (
    # "(CNN)", "London (CNN) --", "NEW YORK, Nov 3 (Reuters) -", "МОСКВА, 25 ноября. /ТАСС/."
    re.compile(
        rf"(?:{_PLACE}\.?[ \t]*)?(?:\({_AGENCY}\)|/{_AGENCY}/)\.?[ \t]*(?:{_DASH}[ \t]*)?",
    ),
    # "WASHINGTON — ", "МОСКВА, 4 янв - РИА Новости. "
    re.compile(
        rf"[^\W\d_a-zа-яё][^\W\da-zа-яё]{{3,}}(?:[ \t][^\W\da-zа-яё]{{2,}}){{0,3}}"
        rf"(?:,[ \t]+[^\n—–-]{{1,30}}?)?[ \t]+{_DASH}[ \t]+(?:{_AGENCY}\.[ \t]+)?",
    ),
)
# What follows a dateline: the story, opening with a capital letter, a digit or a quote.
_STORY_START = re.compile(r"""[^\W_a-zа-яё]|["'“‘«„]""")


def dateline_length(sentence: str) -> int:
    """How many leading characters of an article's first sentence are a dateline (else 0)."""
    for pattern in _PATTERNS:
        m = pattern.match(sentence)
        if m is None or m.end() == 0:
            continue
        rest = sentence[m.end() :]
        if len(rest) >= 20 and _STORY_START.match(rest):
            return m.end()
    return 0


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# A clock time, a numeric date, or a day number and a year in one phrase ("27 ноября, 2011",
# "March 3, 2015", "3 March 2015"): what a time stamp is made of, in any language.
_DATED = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\b\d{1,2}\.?[ \t]+[^\W\d_]{3,}\.?,?[ \t]+(?:1[89]|20)\d{2}\b"
    r"|\b[^\W\d_]{3,}\.?[ \t]+\d{1,2},?[ \t]+(?:1[89]|20)\d{2}\b"
)
FURNITURE_WORDS = 8  # a dated line of fewer words and no final stop is a time stamp


def is_furniture(sentence: str, *, lead: bool = False) -> bool:
    """Whether a sentence is a page's furniture, not the story: a time stamp (a time or a
    date in a line of fewer than ``FURNITURE_WORDS`` words without a final stop); at the
    story's head (``lead``) also a line of fewer than three words ("Псков.", "28 ноября.")."""
    words = len(_LETTER_WORD.findall(sentence))
    if lead and words < 3:
        return True
    return (
        words < FURNITURE_WORDS
        and _DATED.search(sentence) is not None
        and not ends_with_stop(sentence)
    )


def is_dateline(sentence: str) -> bool:
    """Whether a whole sentence is a dateline ("London (CNN)" split off by the splitter)."""
    text = sentence.strip() + " "
    return any(p.fullmatch(text) for p in _PATTERNS)

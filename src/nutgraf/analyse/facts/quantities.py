"""Quantities: numbers with what they count, currencies, percentages and ranges."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import MappingProxyType

from nutgraf.analyse.facts.dates import DATE_WORDS
from nutgraf.analyse.facts.spans import inside, non_overlapping
from nutgraf.analyse.keywords import stopwords, words
from nutgraf.types import DateMention, Quantity

PartOfSpeech = Callable[[str], str]  # a word's UD part-of-speech tag ("NOUN", "ADJ", ...)


# Numbers start with a digit class, not a lookbehind, so the engine can skip non-digits fast;
# what may not stand before a number (a letter, "1.5" halves) is checked in Python.
# Group repeats are bounded so that a megabyte of "1,000,000,..." cannot make a match
# attempt at every digit rescan the rest of the text.
_NUM_EN = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,5}|[0-9]+)(?:\.[0-9]+)?(?![0-9_]|[.,][0-9])")
_NUM_EU = re.compile(
    r"(?:[0-9]{1,3}(?:[\u00a0\u202f ][0-9]{3}){1,5}|[0-9]+)(?:[.,][0-9]+)?(?![0-9_]|[.,][0-9])"
)
# Letters glued to a number: a scale after a currency ("$5m", "€2bn") or a unit ("10km").
_ATTACHED = re.compile(
    r"(bn|mn|tn|m|k|km|kg|cm|mm|mg|ml|kW|MW|GW|kWh|MWh|GWh|mph|ft|lbs?|oz|GB|TB|MB)(?!\w)"
)
_ATTACHED_SCALE = MappingProxyType({"bn": 1e9, "mn": 1e6, "tn": 1e12, "m": 1e6, "k": 1e3})
_NOT_BEFORE_NUMBER = frozenset(".,/-_")
_CURRENCY_BEFORE = re.compile(r"(US\$|C\$|A\$|[$€£¥₽])\s?$")
_CURRENCY_CHARS = frozenset("$€£¥₽")
_CURRENCY_SYMBOLS = MappingProxyType(
    {
        "$": "USD",
        "US$": "USD",
        "C$": "CAD",
        "A$": "AUD",
        "€": "EUR",
        "£": "GBP",
        "¥": "JPY",
        "₽": "RUB",
    }
)
_SCALE = re.compile(
    r"\s?(trillion|billion|million|thousand|bn|mn|tn|k|тыс\.|тысяч[аи]?|млн\.?|миллион(?:а|ов)?|"
    r"млрд\.?|миллиард(?:а|ов)?|трлн\.?|триллион(?:а|ов)?)(?!\w)",
    re.I,
)
_SCALES = MappingProxyType({
    "k": 1e3, "thousand": 1e3, "тыс": 1e3, "тысяч": 1e3, "mn": 1e6, "million": 1e6, "млн": 1e6,
    "миллион": 1e6, "bn": 1e9, "billion": 1e9, "млрд": 1e9, "миллиард": 1e9, "tn": 1e12,
    "trillion": 1e12, "трлн": 1e12, "триллион": 1e12,
})  # fmt: skip
_PERCENT = re.compile(
    r"\s?(%|percent(?!\w)|per\s+cent(?!\w)|процент(?:а|ов)?(?!\w)|п\.\s?п\.)", re.I
)
_CURRENCY_WORD = re.compile(
    r"\s+(dollars?|euros?|pounds?|yen|yuan|rubles?|roubles?|рубл(?:ей|я|ь)|руб\.|доллар(?:ов|а)?|евро|юаней|юаня)(?!\w)",
    re.I,
)
_HYPHEN_UNIT = re.compile(r"-([^\W\d_]+(?:-[^\W\d_]+)?)")
_UNIT_WORD = re.compile(r"\s+([^\W\d_]+(?:[-'’][^\W\d_]+)*)")
_NOT_A_UNIT = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|[:/])", re.I)
_EN_NUMBER_WORDS = MappingProxyType({
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "dozens": 12,
})  # fmt: skip
_RU_NUMBER_WORDS = MappingProxyType({
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4,
    "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
})  # fmt: skip


_EN_NUMBER_FORMS = tuple(f for w in _EN_NUMBER_WORDS for f in (w, w.capitalize()))
_RU_NUMBER_FORMS = tuple(f for w in _RU_NUMBER_WORDS for f in (w, w.capitalize()))


def _find_words(text: str, forms: Iterable[str], follow: str) -> Iterator[tuple[int, int]]:
    """Spans of whole-word ``forms`` followed by a character of ``follow``, in no order.

    str.find per form is ~10x cheaper than one regex alternation of them all: many of the
    words share first letters with most English words, which defeats the regex prefix scan.
    """
    for form in forms:
        n = len(form)
        i = text.find(form)
        while i >= 0:
            j = i + n
            if (not i or not text[i - 1].isalnum()) and text[j : j + 1] in follow:
                yield i, j
            i = text.find(form, j)


_IRREGULAR_PLURALS = words(
    "people children men women police staff cattle feet teeth mice data media personnel troops"
)
_UNIT_STOP_SUFFIX = re.compile(r"(?:ly|ing|ed)$")
_MAX_UNIT_WORDS = 3


def find_quantities(
    text: str,
    language: str,
    dates: Sequence[DateMention] = (),
    pos: PartOfSpeech | None = None,
) -> tuple[Quantity, ...]:
    """Numbers with what they count (``"20,000 Lada units"``); spans inside ``dates`` are skipped.

    ``pos`` gives a word's part of speech (UD tags, from pymorphy2 for Russian) to tell where
    the counted noun phrase ends; without it English rules decide.
    """
    en_style = language not in {"ru", "uk", "be", "de", "fr", "es", "it", "pt", "pl", "cs", "nl"}
    out: list[tuple[int, int, Quantity]] = [(q.start, q.end, q) for q in _tallies(text)]
    taken = sorted([(d.start, d.end) for d in dates] + [(s, e) for s, e, _ in out])
    j = 0  # numbers come in text order: walk the dates alongside instead of searching them
    for m in (_NUM_EN if en_style else _NUM_EU).finditer(text):
        p = m.start()
        if p and (text[p - 1].isalnum() or text[p - 1] in _NOT_BEFORE_NUMBER):
            continue
        while j < len(taken) and taken[j][1] <= p:
            j += 1
        if j < len(taken) and taken[j][0] < m.end():
            continue
        value = _parse_number(m.group(), en_style=en_style)
        q = _quantity_at(text, m.start(), m.end(), value, language, pos)
        if q is not None:
            out.append((q.start, q.end, q))
    if language in {"en", "ru"}:
        ru = language == "ru"
        forms, follow = (_RU_NUMBER_FORMS, " ") if ru else (_EN_NUMBER_FORMS, "- ")
        table = _RU_NUMBER_WORDS if ru else _EN_NUMBER_WORDS
        for start, end in _find_words(text, forms, follow):
            if inside(taken, start, end):
                continue
            value = float(table[text[start:end].lower()])
            q = _quantity_at(text, start, end, value, language, pos)
            # A written-out number alone is usually not a figure ("two of them"): want a unit.
            if q is not None and q.unit:
                out.append((q.start, q.end, q))
    return _ranges(text, [q for _, _, q in non_overlapping(out)], en_style)


# A vote or a score is one figure of two numbers: "voted 14 to 3", "a 2-1 win", "6:4".
_TALLY = re.compile(
    r"(?<![\d.,])(\d{1,4})(?:\s+(?:голос\w*\s+)?(?:to|против|к)\s+|\s?[-–—:]\s?)(\d{1,4})"
    r"(?![\d%]|[.,]\d)"
)
_TALLY_BEFORE = re.compile(
    r"(?i:\b(?:vot(?:e|ed|es|ing)|tally|ballot|margin|won|beat|lost|drew|score[ds]?"
    r"|(?:про)?голос\w*|счетом|счётом)\b[^.\d]{0,24})$"
)
_TALLY_AFTER = re.compile(
    r"(?i:\s+(?:vote|votes|win|victory|defeat|loss|lead|draw|decision|majority|ruling"
    r"|в\s+пользу|побед[аыуе]|поражени[ея])\b)"
)


def _tallies(text: str) -> list[Quantity]:
    """Votes and scores, each one figure: "voted 14 to 3" is not the figures 14 and 3."""
    out = []
    for m in _TALLY.finditer(text):
        before = _TALLY_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = _TALLY_AFTER.match(text, m.end())
        if before is None and after is None:
            continue
        word = (before.group() if before else after.group() if after else "").lower()
        unit = "votes" if "vot" in word or "голос" in word else ""
        out.append(Quantity(m.group(), None, unit, m.start(), m.end()))
    return out


# "12 and 15 million euros", "от 3 до 5 тысяч рублей": the bare first number of a range
# shares the second's scale and unit, so the range is one figure.
_RANGE_JOIN = re.compile(r"\s*(?:and|to|or|-|–|—|и|до|или)\s*$", re.IGNORECASE)


def _ranges(text: str, found: list[Quantity], en_style: bool) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.unit
            and q.unit
            and q.start - prev.end <= 6
            and _RANGE_JOIN.fullmatch(text[prev.end : q.start])
        ):
            head = (_NUM_EN if en_style else _NUM_EU).match(q.text)
            base = _parse_number(head.group(), en_style=en_style) if head else None
            if prev.value is None or base is None or prev.value >= base:
                out.append(q)  # a range goes up: "2020 - 15 people" is no range
                continue
            scale = q.value / base if q.value is not None and base else 1.0
            out[-1] = Quantity(
                text[prev.start : q.end], prev.value * scale, q.unit, prev.start, q.end
            )
            continue
        out.append(q)
    return tuple(out)


def _parse_number(raw: str, *, en_style: bool) -> float | None:
    if raw.isdigit():
        return float(raw)
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    s = s.replace(",", "") if en_style else s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _quantity_at(
    text: str,
    start: int,
    end: int,
    value: float | None,
    language: str,
    pos: PartOfSpeech | None,
) -> Quantity | None:
    unit = ""
    if not _CURRENCY_CHARS.isdisjoint(text[max(0, start - 4) : start]) and (
        cur := _CURRENCY_BEFORE.search(text, max(0, start - 4), start)
    ):
        start = cur.start()
        unit = _CURRENCY_SYMBOLS[cur.group(1)]
    c1, c2 = text[end : end + 1], text[end + 1 : end + 2]
    if c1 in {":", "/"}:
        return None  # a time of day or a ratio, not a count
    if c1.isalpha():
        glued = _ATTACHED.match(text, end)
        if glued is None:
            return None  # "5th", "3D": an ordinal or a code, not a quantity
        suffix = glued.group(1)
        if unit and suffix in _ATTACHED_SCALE:
            scaled = value * _ATTACHED_SCALE[suffix] if value is not None else None
            return Quantity(text[start : glued.end()], scaled, unit, start, glued.end())
        return Quantity(text[start : glued.end()], value, unit or suffix, start, glued.end())
    if (
        c1 not in {"%", "-"}
        and not c1.isalpha()
        and not (c1.isspace() and (c2.isalpha() or c2 == "%"))
    ):
        # Nothing that could be a unit follows (a comma, a digit): skip the unit regexes, which
        # is most of the time on a table of figures.
        return Quantity(text[start:end], value, unit, start, end)
    if _NOT_A_UNIT.match(text, end):
        return None  # a time of day or a ratio, not a count
    if sc := _SCALE.match(text, end):
        word = sc.group(1).lower().rstrip(".")
        factor = next((f for k, f in _SCALES.items() if word.startswith(k)), None)
        if factor is not None and (word != "k" or unit) and value is not None:
            value *= factor
        end = sc.end()
    if pc := _PERCENT.match(text, end):
        return Quantity(text[start : pc.end()], value, "%", start, pc.end())
    if cw := _CURRENCY_WORD.match(text, end):
        return Quantity(text[start : cw.end()], value, unit or cw.group(1), start, cw.end())
    if unit:
        return Quantity(text[start:end], value, unit, start, end)
    words: list[str] = []
    if hy := _HYPHEN_UNIT.match(text, end):
        # "six-year window": the hyphenated word is the unit, and the noun it modifies.
        words.append(hy.group(1))
        end = hy.end()
    unit_end = end
    for w_start, w_end, word in _unit_words(text, end, language, pos, bool(words)):
        words.append(word)
        unit_end = w_end
        del w_start
    if not words:
        return Quantity(text[start:end], value, "", start, end)
    return Quantity(text[start:unit_end], value, " ".join(words), start, unit_end)


def _unit_words(
    text: str, at: int, language: str, pos: PartOfSpeech | None, after_hyphen: bool
) -> Iterator[tuple[int, int, str]]:
    """The words after a number that name what it counts."""
    stop = stopwords(language)
    limit = _MAX_UNIT_WORDS - (1 if after_hyphen else 0)
    noun = ""  # the counted noun, once seen
    for _ in range(limit):
        m = _UNIT_WORD.match(text, at)
        if m is None:
            return
        word = m.group(1)
        low = word.lower()
        if low in stop or low in DATE_WORDS or low in _NUMBER_WORDS_ALL:
            return
        if noun and (noun in _TIME_NOUNS or not word[:1].isupper()):
            return  # after the noun only a name may follow ("автомобилей Lada"), not after time
        if pos is not None:
            tag = pos(word)
            if tag == "X" and word[:1].isupper():
                tag = "PROPN"  # a Latin brand in Russian text
            if tag not in {"NOUN", "ADJ", "PROPN"}:
                return
            if tag == "NOUN":
                noun = low
        elif language != "en":
            noun = low  # no word classes: take one word, and a name after it
        elif _UNIT_STOP_SUFFIX.search(low) and not word[:1].isupper():
            return  # an adverb or a verb form ends the phrase: "3 people injured"
        yield m.start(1), m.end(1), word
        at = m.end()
        if language == "en" and (_is_plural(low) or low in _IRREGULAR_PLURALS):
            return  # a plural noun ends the phrase: "20,000 Lada units"


_TIME_NOUNS = words(
    """лет год года годам месяц месяца месяцев день дня дней недели недель часа часов минут секунд
    years months weeks days hours minutes"""
)
_NUMBER_WORDS_ALL = frozenset(_EN_NUMBER_WORDS) | frozenset(_RU_NUMBER_WORDS)


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))

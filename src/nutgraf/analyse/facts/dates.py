"""Dates: years, full dates, months, weekdays and relative periods, with ISO values."""

from __future__ import annotations

import re
from functools import cache
from types import MappingProxyType

from nutgraf.analyse.facts.spans import non_overlapping
from nutgraf.analyse.keywords import words
from nutgraf.types import DateMention

_MONTH_NAMES = MappingProxyType({
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
})  # fmt: skip
_WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
DATE_WORDS = frozenset(_MONTH_NAMES) | _WEEKDAYS
DATE_NAMES = frozenset(w.capitalize() for w in DATE_WORDS if len(w) > 3) - {"March", "May"}

_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_MON_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:18|19|20)\d\d"
_ORD = r"(?:st|nd|rd|th)?"
_SMALL_EN = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)"
_PERIOD = (
    r"(?:year|month|week|decade|century|day|morning|afternoon|evening|night|summer|winter"
    r"|spring|autumn|fall|quarter|weekend)"
)
_DEICTIC = r"(?:in\s+|on\s+)?(?:the\s+|this\s+|that\s+|last\s+|next\s+)?"


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# English dates start from cheap anchors (a digit run, a month or weekday name, a period noun)
# and are matched in place: patterns opening with \b defeat the engine's literal-prefix scan,
# and sixteen of them cost ~2 ms on a 5 kB story; anchors cost ~0.1 ms.
_ANCHOR_NUM = _c(r"[0-9]+")
_ANCHOR_NAME = _c(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|Yesterday|yesterday|Today|today|Tomorrow|tomorrow|Tonight|tonight)"
)
_ANCHOR_PERIOD = _c(rf"{_PERIOD}s?\b")
# (pattern, kind): kind tells _date_value how to read the groups; "" means no ISO value.
_AT_NUM = (
    (_c(r"(\d{4})-(\d\d)-(\d\d)\b"), "ymd"),
    (_c(rf"(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MON})\s*,?\s+({_YEAR})\b"), "dmy"),
    (_c(rf"(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MON_FULL})\b"), "dm"),
    (_c(rf"({_YEAR})s?(?![\w%]|[.,]\d)"), "y"),
)
_AT_NAME = (
    (_c(rf"({_MON})\s+(\d{{1,2}}){_ORD},?\s+({_YEAR})\b"), "mdy"),
    (_c(rf"({_MON_FULL}),?\s+({_YEAR})\b"), "my"),
    (_c(rf"({_MON})\s+(\d{{1,2}}){_ORD}\b(?![,.]?\d)"), "md"),
    (_c(rf"({_MON_FULL})\b"), "m"),
    (_c(rf"{_WDAY}s?\b"), ""),
    (_c(r"(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b"), ""),
)
# Words before an anchor that belong to the date: "early 2023", "last Monday", "late in the
# year", "in recent weeks"; and the count of "three weeks ago".
_BEFORE_EDGE = _c(r"(?<!\w)(?i:early|late|mid)[- ]$")
_BEFORE_REL = _c(
    rf"(?<!\w)(?:(?i:early|late|mid|earlier|later)[- ]{_DEICTIC}"
    r"|(?i:last|next|this|past|previous|coming)\s+|(?i:in\s+recent)\s+)$"
)
_BEFORE_COUNT = _c(rf"(?<!\w)(?i:{_SMALL_EN})\s+$")
_AFTER_AGO = _c(r"\s+ago\b")
_MONTH_CONTEXT = _c(r"(?<!\w)(?i:in|on|since|until|by|from|through|of|early|late|mid-?)\s+$")
_NOT_BEFORE_YEAR = frozenset("$€£¥.,-")
_AFTER_DAY = frozenset(" \t\n\u00a0sntr")  # "5 May", "1st", "2nd", "3rd", "4th"

_RU_MON_ANY = (
    r"(?:январ[ьяеё]|феврал[ьяеё]|март[аеу]?|апрел[ьяеё]|ма[йяею]|июн[ьяеё]|июл[ьяеё]|август[аеу]?"
    r"|сентябр[ьяеё]|октябр[ьяеё]|ноябр[ьяеё]|декабр[ьяеё])"
)
_RU_MON_GEN = (
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
)
_RU_YEAR_NOUN = r"\s+(?:года|году|год|годом|г\.)"
_RU_YEAR_WORD = rf"(?:{_RU_YEAR_NOUN})?"
_RU_EDGE = r"(?:в\s+)?(?:конце|начале|середине)\s+"
_RU_THIS = r"(?:прошлом|этом|текущем|следующем|будущем|позапрошлом)"
_RU_AGO = r"(?:дней|дня|недель|недели|месяцев|месяца|лет|года)\s+назад"
_RU_WDAY = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"


@cache
def _ru_dates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Russian table, compiled on the first Russian text: case-insensitive Cyrillic
    patterns cost a few ms to compile, which an English-only process need not pay."""
    return (
        (_c(r"\b(\d{4})-(\d\d)-(\d\d)\b"), "ymd"),
        (_c(rf"\b(\d{{1,2}})\s+({_RU_MON_GEN})\s+({_YEAR}){_RU_YEAR_WORD}", re.I), "dmy"),
        (_c(r"\b(\d{1,2})\.(\d{1,2})\.((?:18|19|20)\d\d)\b"), "dmy#"),
        (_c(rf"\b(?:{_RU_EDGE})?({_RU_MON_ANY})\s+({_YEAR}){_RU_YEAR_WORD}", re.I), "my"),
        (_c(rf"\b(\d{{1,2}})\s+({_RU_MON_GEN})(?!\w)", re.I), "dm"),
        (_c(rf"{_RU_EDGE}({_YEAR})\s+года", re.I), "y"),
        (_c(rf"(?<![\w,.])({_YEAR})(?:{_RU_YEAR_NOUN}|(?![\w%]|[.,]\d))", re.I), "y"),
        (_c(rf"(?<!\w)({_RU_MON_ANY})(?!\w)", re.I), "m"),
        (_c(rf"(?<!\w)(?:в|на|к|до)\s+{_RU_THIS}\s+(?:году|месяце|квартале)(?!\w)", re.I), ""),
        (_c(r"(?<!\w)(?:на|к)\s+(?:прошлой|этой|следующей|будущей)\s+неделе(?!\w)", re.I), ""),
        (_c(rf"(?<!\w){_RU_EDGE}(?:этого\s+|прошлого\s+)?(?:года|месяца|недели)(?!\w)", re.I), ""),
        (_c(r"(?<!\w)(?:позавчера|вчера|сегодня|завтра|послезавтра)(?!\w)", re.I), ""),
        (_c(rf"(?<!\w)(?:\d+|несколько|два|две|три|пять|десять)\s+{_RU_AGO}(?!\w)", re.I), ""),
        (_c(rf"(?<!\w)(?:в|во)\s+{_RU_WDAY}(?!\w)", re.I), ""),
    )


_RU_MONTHS = MappingProxyType({
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "мае": 5, "маю": 5, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
})  # fmt: skip


def find_dates(text: str, language: str) -> tuple[DateMention, ...]:
    """Years, full dates, months, weekdays and relative periods, ISO ``value`` when known."""
    if language in {"ru", "uk", "be"}:
        found = _table_dates(text, language)
    else:
        found = _anchored_dates(text)
        if language != "en":
            found += _cldr_found(text, language)
    return tuple(DateMention(text[s:e], v, s, e) for s, e, v in non_overlapping(found))


def _cldr_found(text: str, language: str) -> list[tuple[int, int, str | None]]:
    """Dates written as ``language`` writes them, from CLDR (``dates_cldr``)."""
    from nutgraf.analyse.cldr import month_numbers
    from nutgraf.analyse.facts.dates_cldr import cldr_dates

    found: list[tuple[int, int, str | None]] = []
    months = month_numbers(language)
    for pattern, kind in cldr_dates(language):
        for m in pattern.finditer(text):
            fields = dict(zip(kind, m.groups(), strict=True))
            month = months.get(fields["m"].lower()) if "m" in fields else None
            if "n" in fields:
                month = int(fields["n"])
            value = None
            if month and "y" in fields:
                year = int(fields["y"])
                value = _iso(year, month, int(fields["d"])) if "d" in fields else None
                if "d" not in fields:
                    value = f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
            found.append((m.start(), m.end(), value))
    return found


def _table_dates(text: str, language: str) -> list[tuple[int, int, str | None]]:
    found: list[tuple[int, int, str | None]] = []
    for pattern, kind in _ru_dates():
        for m in pattern.finditer(text):
            if kind == "m" and not _month_ok(text, m, language):
                continue
            found.append((m.start(), m.end(), _date_value(m, kind)))
    return found


def _anchored_dates(text: str) -> list[tuple[int, int, str | None]]:
    found: list[tuple[int, int, str | None]] = []
    for anchor in _ANCHOR_NAME.finditer(text):
        p = anchor.start()
        if p and text[p - 1].isalnum():
            continue
        for pattern, kind in _AT_NAME:
            if m := pattern.match(text, p):
                value = _date_value(m, kind)
                window = max(0, p - 30)
                start = p
                if kind in {"m", ""} and (rel := _BEFORE_REL.search(text, window, p)):
                    start, value = rel.start(), None  # "last Monday", "late March"
                elif kind == "my" and (edge := _BEFORE_EDGE.search(text, window, p)):
                    start = edge.start()
                elif (
                    kind == "m"
                    and m.group(1) in {"May", "March"}
                    and not _MONTH_CONTEXT.search(text, window, p)
                ):
                    break  # also a verb: a month only after a preposition ("in May")
                found.append((start, m.end(), value))
                break
    named = len(found)
    j = 0  # dates found from names come in text order: walk them to skip digits inside
    for anchor in _ANCHOR_NUM.finditer(text):
        p, e = anchor.span()
        while j < named and found[j][1] <= p:
            j += 1
        if j < named and found[j][0] <= p:
            continue  # the day of "May 5", already read
        if e - p != 4 and text[e : e + 1] not in _AFTER_DAY:
            continue  # only a year or a day ("5 May", "5th") can start a date
        before = text[p - 1] if p else " "
        edge = _BEFORE_EDGE.search(text, max(0, p - 6), p) if before in {" ", "-"} else None
        if not edge and (before.isalnum() or before in _NOT_BEFORE_YEAR):
            continue
        for pattern, kind in _AT_NUM:
            if m := pattern.match(text, p):
                start = edge.start() if edge and kind == "y" else p
                found.append((start, m.end(), _date_value(m, kind)))
                break
    for anchor in _ANCHOR_PERIOD.finditer(text):
        p = anchor.start()
        if p and text[p - 1].isalnum():
            continue
        window = max(0, p - 30)
        if rel := _BEFORE_REL.search(text, window, p):
            found.append((rel.start(), anchor.end(), None))
        elif (count := _BEFORE_COUNT.search(text, window, p)) and (
            ago := _AFTER_AGO.match(text, anchor.end())
        ):
            found.append((count.start(), ago.end(), None))
    return found


def _month_ok(text: str, m: re.Match[str], language: str) -> bool:
    if language in {"ru", "uk", "be"}:
        # "мая"/"мае" alone are too often other words' forms; want a date context for them.
        word = m.group(1).lower()
        return not word.startswith("ма") or word.startswith("мар")
    return True


def _date_value(m: re.Match[str], kind: str) -> str | None:
    g = m.groups()
    try:
        if kind == "ymd":
            return _iso(int(g[0]), int(g[1]), int(g[2]))
        if kind == "mdy":
            return _iso(int(g[2]), _month(g[0]), int(g[1]))
        if kind == "dmy":
            return _iso(int(g[2]), _month(g[1]), int(g[0]))
        if kind == "dmy#":
            return _iso(int(g[2]), int(g[1]), int(g[0]))
        if kind == "my":
            month = _month(g[0])
            return f"{int(g[1]):04d}-{month:02d}" if month else None
        if kind == "y":
            year = next((x for x in g if x), None)
            if year is None or m.group().endswith("s"):
                return None  # "the 1990s": no single year
            return f"{int(year):04d}"
    except ValueError:
        return None
    return None


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    if w[:1].isascii():
        return _MONTH_NAMES.get(w, 0) or _MONTH_NAMES.get(w[:3], 0)
    return _RU_MONTHS.get(w[:3], 0)


def _iso(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"

"""Dates in the languages without a table of their own, read from CLDR's date patterns.

English and Russian have hand-tuned tables (``dates``); every other language CLDR knows gets
its own long and medium date patterns ("d. MMMM y", "d 'de' MMMM 'de' y", "y年M月d日"), its
day-month and month-year forms, its month names in every grammatical form and its weekday
names, all through babel (BSD-3-Clause), which nutgraf already ships. So "am 14. Dezember
2025", "le 3 mars", "el 5 de mayo de 2024" and "2024年12月14日" are dates and not figures.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

# The CLDR forms read: the locale's long and medium dates, then its day-month and month-year
# skeletons (the same month written out and abbreviated).
_FORMATS: tuple[Literal["long"], Literal["medium"]] = ("long", "medium")
_SKELETONS = ("MMMMd", "MMMd", "yMMMM", "yMMM")
_FIELD = re.compile(r"'[^']*'|d{1,2}|[ML]{1,4}|y+|G+|E+|\s+|.", re.S)
_YEAR = r"((?:18|19|20)\d\d)"


@cache
def cldr_dates(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, kind) pairs for ``language``, most specific first; empty when CLDR does not
    know it. A kind names the groups in order: "dmy", "ymd", "dm", "my" ... and "" for a
    weekday (no value)."""
    from babel.core import Locale, UnknownLocaleError
    from babel.dates import get_date_format, get_day_names

    try:
        locale = Locale.parse(language.replace("-", "_"))
        patterns = [get_date_format(f, locale=locale).pattern for f in _FORMATS]
    except (UnknownLocaleError, ValueError, TypeError):
        return ()
    skeletons = locale.datetime_skeletons
    patterns += [str(skeletons[s]) for s in _SKELETONS if s in skeletons]
    from nutgraf.analyse.cldr import month_numbers

    names = month_numbers(language)
    month = "(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
    out: list[tuple[re.Pattern[str], str]] = []
    seen: set[str] = set()
    for pattern in patterns:
        regex, kind = _regex(pattern.replace("\u200f", "").replace("\u200e", ""), month)
        if regex is None or regex in seen or len(kind) < 2:
            continue
        seen.add(regex)
        out.append((re.compile(regex, re.I), kind))
    out.sort(key=lambda p: -len(p[1]))  # day-month-year before day-month
    days = {
        n.lower()
        for width in ("wide",)
        for context in ("format", "stand-alone")
        for n in get_day_names(width, context, locale=locale).values()
    }
    if days:
        alt = "|".join(re.escape(d) for d in sorted(days, key=len, reverse=True))
        out.append((re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I), ""))
    return tuple(out)


def _regex(pattern: str, month: str) -> tuple[str | None, str]:
    """A CLDR date pattern as a regular expression, and the kinds of its groups in order."""
    parts: list[str] = []
    kind = ""
    last = ""  # what the pattern ends with: a number, a name or a literal
    for tok in _FIELD.findall(pattern.strip()):
        last = "name" if tok[0] in "ML" and len(tok) >= 3 else "num" if tok[0] in "dMLy" else ""
        if tok.startswith("'"):
            literal = tok.strip("'")
            parts.append(r"\s*".join(re.escape(w) for w in literal.split()) if literal else "'")
        elif tok[0] == "d":
            parts.append(r"(\d{1,2})")
            kind += "d"
        elif tok[0] in "ML" and len(tok) >= 3:
            if not month.strip("()"):
                return None, ""
            parts.append(month + r"\.?")
            kind += "m"
        elif tok[0] in "ML":
            parts.append(r"(\d{1,2})")
            kind += "n"  # a month as a number
        elif tok[0] == "y":
            parts.append(_YEAR)
            kind += "y"
        elif tok[0] in "GE":
            return None, ""  # an era or a weekday inside a date: not worth the pattern
        elif tok.isspace():
            parts.append(r"\s+")
        elif tok in ".,":
            parts.append(re.escape(tok) + r"\s*")
        else:
            parts.append(re.escape(tok))
    if "m" not in kind and not {"d", "n", "y"} <= set(kind):
        return None, ""  # numbers alone ("12.5") must be a full date to be one
    # a date is no part of a longer number or word; CJK letters are \w, so after a literal
    # ("日") nothing is asked of the next character
    head = r"(?<![\d.])" if parts[0].startswith(r"(\d") or parts[0] == _YEAR else r"(?<!\w)"
    tail = {"name": r"(?!\w)", "num": r"(?![\d])"}.get(last, "")
    return head + "".join(parts) + tail, kind

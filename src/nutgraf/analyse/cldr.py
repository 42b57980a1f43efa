"""What the Unicode CLDR says of a language, read through babel (BSD-3-Clause): its month
names, whether its dates write the day as an ordinal ("14. Dezember"), its countries' names.

The splitter, the dates and the names of other languages read these; nothing here is a word
list of our own. Each answer is cached per language (CLDR's data is read-only once loaded);
an unknown code gets an empty answer, never an error.
"""

from __future__ import annotations

from functools import cache


@cache
def month_numbers(language: str) -> dict[str, int]:
    """Every CLDR name of each month in ``language`` (wide and abbreviated, in the forms dates
    and headings use, lower case, no final dot), mapped to its number."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    try:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=language).items():
                    key = name.lower().rstrip(".").replace("\u200f", "")
                    if len(key) >= 3 and not key.isdigit():
                        out.setdefault(key, number)
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    return out


@cache
def writes_ordinal_days(language: str) -> bool:
    """Whether ``language``'s long dates put the day before the month as an ordinal with a
    dot ("d. MMMM": German, the Nordic languages, Czech, Croatian, ...)."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_date_format

    try:
        return "d. M" in get_date_format("long", locale=language).pattern
    except (UnknownLocaleError, ValueError, TypeError):
        return False


@cache
def territories(language: str) -> frozenset[str]:
    """Countries' and regions' names in ``language``; empty if CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    return frozenset(str(n) for code, n in names.items() if str(code).isalpha())

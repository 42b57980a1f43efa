"""Language codes a user may ask for, and what nutgraf knows of each language.

Which codes are languages comes from the Unicode CLDR, as shipped by Babel (BSD-3-Clause,
already installed with trafilatura): its English names of languages cover ISO 639-1 and the
639-2/3 codes in use, and its aliases map retired or bibliographic codes (``iw``, ``ger``,
``rus``) to today's. Nothing here is a hand-kept list of languages.
"""

from __future__ import annotations

import re
from functools import cache

from nutgraf.errors import InputError

_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
# CLDR names these too, but none is a language one can write an article in.
_NOT_LANGUAGES = frozenset({"und", "zxx", "mul", "mis"})


@cache
def _names() -> dict[str, str]:
    # CLDR's data is read-only once loaded, so caching it changes no output.
    from babel import Locale

    names = Locale("en").languages
    return {str(code): str(name) for code, name in names.items() if "_" not in str(code)}


@cache
def _aliases() -> dict[str, str]:
    from babel.core import get_global

    aliases = get_global("language_aliases")
    return {str(k): str(v) for k, v in aliases.items() if v}


def normalize_language(code: str) -> str:
    """The primary language subtag of ``code`` (``"en-US"`` -> ``"en"``, ``"rus"`` -> ``"ru"``).

    Raises ``InputError`` when ``code`` is not a language code CLDR knows (``"xx"``).
    """
    given = code.strip()
    if not _TAG.fullmatch(given):
        raise InputError(f"language must be a code such as en, ru or de, not {code!r}")
    primary = re.split(r"[-_]", given)[0].lower()
    names = _names()
    if primary not in names:
        primary = _aliases().get(primary, primary).split("_")[0]
    if primary not in names or primary in _NOT_LANGUAGES:
        raise InputError(f"unknown language code {code!r} (ISO 639, e.g. en, ru, de)")
    return primary


def language_name(code: str) -> str:
    """The English name of ``code`` (``"de"`` -> ``"German"``), the code itself if unknown."""
    return _names().get(code, code)


def has_cues(code: str) -> bool:
    """Whether nutgraf has cue lists for ``code``: the lexicons that mark qualifiers (hedges,
    negations, pending or denied claims) and sentences leaning on the one before."""
    from nutgraf.summarize.qualify import profile

    # The qualifier detector's own answer: it reads no language it has no lexicons for.
    return profile("", code) is not None

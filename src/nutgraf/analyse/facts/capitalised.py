"""Which capitalised words are names, in the languages that capitalise every noun.

The English rules and typer read any capitalised word inside a sentence as a name. In German
(and Luxembourgish) every noun is capitalised, so "die Preise" and "die Lage" came out as
people. There, a single capitalised word stays a name only on evidence: its shape (an
acronym, "AvtoVAZ"), a gazetteer of places (not small towns: "Lage" is one, and a noun), a
country's name in the article's language (CLDR, through babel), or a longer name of the same
document it is part of ("Scholz" after "Olaf Scholz"). And a run of capitalised nouns inside
a figure ("200 Millionen Euro") is no name.
"""

from __future__ import annotations

from collections.abc import Sequence

from nutgraf.analyse.facts.spans import Mention
from nutgraf.types import Quantity


def names_only(
    mentions: list[Mention], language: str, quantities: Sequence[Quantity] = ()
) -> list[Mention]:
    """``mentions`` of a text in ``language`` (one of ``NOUNS_CAPITALISED``) without the
    common nouns and figures the rules took for names; a country named in the article's
    language is typed a place."""
    figures = [(q.start, q.end) for q in quantities]
    out = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in figures)]
    from nutgraf.analyse.cldr import territories

    countries = territories(language)
    in_longer = {t for m in out if len(m.tokens) > 1 for t in m.tokens}
    kept = []
    for m in out:
        if m.name in countries:
            m.kind = "place"
        elif len(m.tokens) == 1 and not _evidence(m.name, in_longer):
            continue
        kept.append(m)
    return kept


_BIG_CITY = 5  # city_sizes: 5 is 100,000 people or more


def _evidence(word: str, in_longer: set[str]) -> bool:
    from nutgraf.analyse.facts.gazetteer import city_sizes, places

    if word in in_longer:
        return True
    if word in places() and city_sizes().get(word, _BIG_CITY) >= _BIG_CITY:
        return True  # a country, a region or a city of 100,000; small towns are nouns ("Lage")
    inner = word[1:]
    return (len(word) > 1 and word.isupper()) or any(c.isupper() for c in inner)

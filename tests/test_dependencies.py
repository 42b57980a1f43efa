"""Dependency floors stay above published advisories, and constraints.txt honours them
(issue 14, item 10)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
# The first version without the advisory the issue named (see docs/server.md).
FLOORS = {
    "starlette": "0.47.2",
    "python-multipart": "0.0.18",
    "h11": "0.16",
    "jinja2": "3.1.6",
}


def _requirements() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = (Requirement(r) for r in project["dependencies"])
    return {r.name.lower(): r for r in found}


def _pins() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.strip().lower().replace("_", "-")] = Version(version.strip())
    return pins


@pytest.mark.parametrize(("name", "floor"), sorted(FLOORS.items()))
def test_floor_is_above_the_advisory(name: str, floor: str) -> None:
    requirement = _requirements().get(name)
    assert requirement is not None, f"{name} must be a direct dependency with a floor"
    floors = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
    assert floors and max(floors) >= Version(floor), f"{requirement} admits versions < {floor}"


def test_constraints_pin_every_dependency_within_its_range() -> None:
    pins = _pins()
    for name, requirement in _requirements().items():
        key = name.replace("_", "-")
        assert key in pins, f"constraints.txt does not pin {name}"
        assert requirement.specifier.contains(pins[key]), f"{name}=={pins[key]} vs {requirement}"
    for name, floor in FLOORS.items():
        assert pins[name] >= Version(floor)

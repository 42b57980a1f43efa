"""The public API stays small, sorted and documented (as httpx guards its exports)."""

import inspect

import nutgraf


def test_all_is_sorted_and_exported() -> None:
    names = [n for n in nutgraf.__all__ if n != "__version__"]
    assert names == sorted(names)
    for name in nutgraf.__all__:
        assert hasattr(nutgraf, name), name


def test_public_callables_have_docstrings() -> None:
    for name in nutgraf.__all__:
        obj = getattr(nutgraf, name)
        if callable(obj):
            assert inspect.getdoc(obj), name


def test_test_modules_have_unique_names() -> None:
    # Test folders have no __init__.py, so pytest imports test modules by basename: two
    # files with one name make the second fail to collect.
    from collections import Counter
    from pathlib import Path

    names = Counter(p.name for p in Path(__file__).parent.rglob("test_*.py"))
    assert [name for name, n in names.items() if n > 1] == []

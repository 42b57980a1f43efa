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

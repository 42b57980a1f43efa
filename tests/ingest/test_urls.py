"""A URL's site: the origin that per-site rules (open sites, per-host limits) compare."""

from __future__ import annotations

import pytest

from nutgraf.ingest.urls import site_origin


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("HTTPS://Example.org:443/story?id=1", "https://example.org"),
        ("http://example.org:8080/", "http://example.org:8080"),
        ("http://[::1]:8080/x", "http://[::1]:8080"),
        ("ftp://example.org/", None),
        ("http://example.org:99999/", None),
        ("example.org", None),
    ],
)
def test_site_origin(url: str, origin: str | None) -> None:
    assert site_origin(url) == origin

"""Dedup keys: normalized URLs, shingles, MinHash bands."""

from __future__ import annotations

import pytest
from feed_site import story

from nutgraf.feeds.dedup import BANDS, bands, jaccard, minhash, normalize_url, shingles


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("HTTPS://Example.org:443/a/?utm_source=rss&id=2#top", "https://example.org/a?id=2"),
        ("http://www.example.org/a", "https://example.org/a"),
        ("https://example.org/a?fbclid=x&utm_medium=feed", "https://example.org/a"),
        ("https://example.org:8443/a?b=1&a=2", "https://example.org:8443/a?b=1&a=2"),
        ("https://example.org", "https://example.org/"),
    ],
)
def test_normalize_url(url: str, key: str) -> None:
    assert normalize_url(url) == key


def test_normalize_url_keeps_what_names_the_page() -> None:
    assert normalize_url("https://example.org/story?id=1") != normalize_url(
        "https://example.org/story?id=2"
    )
    assert normalize_url("https://example.org/a") != normalize_url("https://example.com/a")


def test_near_identical_bodies_share_bands_and_pass_jaccard() -> None:
    body = "\n\n".join(story(1))
    copy = body + "\n\nThis story first appeared in Example News."
    other = "\n\n".join(story(2))
    a, b, c = shingles(body), shingles(copy), shingles(other)
    assert jaccard(a, b) >= 0.8 > jaccard(a, c)
    band_a, band_b, band_c = (bands(minhash(g)) for g in (a, b, c))
    assert len(band_a) == BANDS
    assert set(band_a) & set(band_b)
    assert len(set(band_a) & set(band_c)) <= 1


def test_signatures_are_stable_across_runs() -> None:
    # Stored bands must match those computed by later processes and versions.
    assert (
        bands(minhash(shingles("one two three four")))[0]
        == bands(minhash(frozenset({"one two three", "two three four"})))[0]
    )
    assert minhash(frozenset()).sum() == 0
    assert shingles("") == frozenset() and shingles("Two words") == frozenset({"two words"})

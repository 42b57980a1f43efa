from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutgraf.errors import InputError
from nutgraf.ingest.decode import check_text, check_unicode, decode_text

RU = "Решение пока не принято, сообщили в министерстве. Обсуждение продолжится в среду."


def test_decodes_utf8_bom_and_legacy_cyrillic() -> None:
    assert decode_text(RU.encode("utf-8")) == RU
    assert decode_text(b"\xef\xbb\xbf" + RU.encode("utf-8")) == RU
    assert decode_text(RU.encode("utf-16")) == RU
    assert decode_text((RU * 5).encode("cp1251")) == RU * 5


def test_declared_charset_wins_and_wrong_one_falls_back() -> None:
    assert decode_text(RU.encode("koi8-r"), "koi8-r") == RU
    assert decode_text(RU.encode("utf-8"), "no-such-charset") == RU


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 40, b"\x00\x01\x02binary\x00" * 100, b"\x89PNG\r\n\x1a\n" + bytes(4000)],
)
def test_binary_garbage_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"binary|not text"):
        decode_text(data)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co")), min_size=1))
def test_utf8_text_round_trips(text: str) -> None:
    assert decode_text(text.encode("utf-8")) == text


@pytest.mark.parametrize("text", ["Story \ud800 text. " * 200, "\udfff", "a" * 100_000 + "\ud83d"])
def test_lone_surrogate_is_not_text(text: str) -> None:
    with pytest.raises(InputError, match="lone surrogate"):
        check_text(text)


def test_a_lone_surrogate_is_found_where_it_is_in_a_large_text() -> None:
    # the check encodes a large text a piece at a time: the position is the text's own
    text = "é" * 3_000_000 + "\udc00" + "🙂" * 10
    with pytest.raises(InputError, match="at character 3000000 "):
        check_unicode(text)
    assert check_unicode(text.replace("\udc00", "")) is not None


def test_utf7_declared_surrogate_is_not_text() -> None:
    # Python's UTF-7 codec decodes '+2AA-' to a lone U+D800 without complaint.
    with pytest.raises(InputError, match="lone surrogate"):
        decode_text(b"Council approves plan +2AA- on Monday.", "utf-7")


def test_private_use_characters_are_text() -> None:
    icons = "\ue900\ue901\uf101" * 2000  # an icon font's glyphs in inline CSS
    text = f"<style>.i:before{{content:'{icons}'}}</style><p>{RU}</p>"
    assert decode_text(text.encode("utf-8")) == text


def test_a_few_nul_bytes_are_dropped_not_refused() -> None:
    data = RU.encode("utf-8") + b"\x00" * 5 + RU.encode("utf-8")
    assert decode_text(data) == RU + RU


def test_utf16_without_bom_is_detected() -> None:
    assert decode_text((RU * 5).encode("utf-16-le")) == RU * 5

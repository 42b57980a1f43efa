"""Bytes -> text: encoding detection and the checks that tell text from binary garbage."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from nutgraf.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 65_536
MAX_CONTROL_RATIO = 0.01  # real text has next to no control characters


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Decode ``data``: BOM, then the declared ``charset``, then UTF-8, then detection.

    Raises ``InputError`` when the bytes are not text in any encoding (binary garbage).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return check_text(data[len(bom) :].decode(name.replace("-", "_"), errors="replace"))
    if charset:
        try:
            return check_text(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: fall through to detection
    if b"\x00" in data[:_SAMPLE]:
        raise InputError("input is binary, not text")
    try:
        return check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[: 4 * _SAMPLE]).best()
    if best is None or best.encoding is None:
        raise InputError("input is not text in any known encoding")
    return check_text(data.decode(best.encoding, errors="replace"))


def check_text(text: str) -> str:
    """Return ``text`` unchanged, or raise ``InputError`` if it looks like binary data."""
    sample = text[:_SAMPLE]
    if not sample:
        return text
    control = sum(
        1
        for ch in sample
        if ch not in "\t\n\r\f" and unicodedata.category(ch) in {"Cc", "Cs", "Co"}
    )
    bad = control + sample.count("\ufffd")
    if bad > MAX_CONTROL_RATIO * len(sample):
        raise InputError("input is binary, not text (control characters or undecodable bytes)")
    return text

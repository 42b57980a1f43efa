"""Bytes -> text: encoding detection and the checks that tell text from binary garbage."""

from __future__ import annotations

import codecs
import re
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
# A str holds code points, so any surrogate in one is unpaired: no encoding can write it.
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    """Return ``text`` unchanged, or raise ``InputError`` if it looks like binary data or
    holds a lone surrogate (U+D800-U+DFFF: not Unicode text, and no store can keep it)."""
    check_unicode(text)
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


def check_unicode(text: str) -> str:
    """Return ``text``, or raise ``InputError`` if it holds a lone surrogate (U+D800-U+DFFF).

    JSON (``"\\ud800"``) and some codecs (UTF-7) can make one; it is no character, and no
    UTF-8 (so no store, page or file) can hold it.
    """
    found = _SURROGATE.search(text)
    if found:
        raise InputError(
            f"input holds a lone surrogate at character {found.start()} "
            "(U+D800-U+DFFF), not Unicode text"
        )
    return text

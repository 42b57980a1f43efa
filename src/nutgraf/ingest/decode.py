"""Bytes -> text: encoding detection and the checks that tell text from binary garbage.

Real pages carry oddities that are not binary: icon fonts written into inline CSS as
private-use characters, a few NUL bytes (padding, a broken template). Only control
characters other than whitespace and NUL, lone surrogates and undecodable bytes count
against a text; NUL bytes are dropped unless they make up much of it.
"""

from __future__ import annotations

import codecs
import re

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
MAX_NUL_RATIO = 0.1  # a few NULs are padding; UTF-16 without a BOM or binary has many
# Unicode category Cc minus tab, newline, form feed, carriage return and NUL (counted
# apart), and U+FFFD (bytes that did not decode): one C-speed scan. Lone surrogates are
# refused outright (check_unicode).
_BAD = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
# A str holds code points, so any surrogate in one is unpaired: no encoding can write it.
_ENCODE_PIECE = 1 << 20


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Decode ``data``: BOM, then the declared ``charset``, then UTF-8, then detection.

    Returns the text without NUL characters. Raises ``InputError`` when the bytes are not
    text in any encoding (binary garbage).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return check_text(data[len(bom) :].decode(name.replace("-", "_"), errors="replace"))
    if charset:
        try:
            return check_text(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: fall through to detection
    try:
        return check_text(data.decode("utf-8"))
    except (UnicodeDecodeError, InputError):
        pass
    # Legacy 8-bit encodings, and UTF-16/32 without a BOM (which is full of NUL bytes).
    best = from_bytes(data[: 4 * _SAMPLE]).best()
    if best is None or best.encoding is None:
        raise InputError("input is binary, not text in any known encoding")
    return check_text(data.decode(best.encoding, errors="replace"))


def check_text(text: str) -> str:
    """Return ``text`` without NUL characters, or raise ``InputError`` if it looks binary or
    holds a lone surrogate (U+D800-U+DFFF: not Unicode text, and no store can keep it)."""
    check_unicode(text)
    sample = text[:_SAMPLE]
    if not sample:
        return text
    nul = sample.count("\x00")
    bad = len(_BAD.findall(sample))
    if bad > MAX_CONTROL_RATIO * len(sample) or nul > MAX_NUL_RATIO * len(sample):
        raise InputError("input is binary, not text (control characters or undecodable bytes)")
    return text.replace("\x00", "") if "\x00" in text else text


def check_unicode(text: str) -> str:
    """Return ``text``, or raise ``InputError`` if it holds a lone surrogate (U+D800-U+DFFF).

    JSON (``"\\ud800"``) and some codecs (UTF-7) can make one; it is no character, and no
    UTF-8 (so no store, page or file) can hold it.
    """
    # UTF-8 encodes every code point but a surrogate: encoding (a piece at a time, so a
    # large input is not copied whole) finds one three times faster than a regex search.
    for start in range(0, len(text), _ENCODE_PIECE):
        try:
            text[start : start + _ENCODE_PIECE].encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(
                f"input holds a lone surrogate at character {start + exc.start} "
                "(U+D800-U+DFFF), not Unicode text"
            ) from None
    return text

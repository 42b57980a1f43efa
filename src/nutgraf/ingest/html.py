"""HTML page -> Article: decoding, body extraction by vote of several extractors, metadata.

Each extractor fails on some pages (trafilatura keeps layout tables and footers, readability
sometimes picks the wrong block), and they fail on different pages. So the body is chosen
among five candidates, trafilatura favor_precision and default, each also trimmed to the
span readability agrees with, and readability itself: the one that agrees most with the
others wins (the medoid, by 4-word-shingle F1). Measured in ``bench/extraction_html.py``.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from configparser import ConfigParser
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from readability import Document as ReadabilityDocument
from trafilatura import bare_extraction, load_html
from trafilatura.settings import DEFAULT_CONFIG, Extractor
from trafilatura.settings import Document as TrafilaturaDocument

from nutgraf.config import Config
from nutgraf.errors import InputError, NoArticleError
from nutgraf.ingest.decode import check_text, decode_text
from nutgraf.types import Article

logger = logging.getLogger(__name__)

# The HTML standard prescans 1024 bytes for <meta charset>; real heads run longer.
_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^"';\s]+)""", re.I)
# The HTML standard decodes these labels as windows-1252, a superset that browsers use.
_AS_CP1252: Final = frozenset({"ascii", "iso8859-1"})

# Overrides of trafilatura's settings.cfg: never download, never fall back to unverified TLS.
_TRAFILATURA_SETTINGS: Final = MappingProxyType(
    {
        "INSECURE_SSL_FALLBACK": "off",
        "SSRF_PROTECTION": "on",
        "EXTRACTION_TIMEOUT": "0",  # its signal-based timeout is for its CLI only
        "EXTENSIVE_DATE_SEARCH": "on",  # offline: looks harder in the page, not on the web
    }
)
_EXTRACTOR_ERRORS = (
    ValueError,  # includes readability's Unparseable
    TypeError,
    LookupError,
    AttributeError,
    RecursionError,  # deeply nested pages
    lxml.etree.LxmlError,
)

_WORD = re.compile(r"\w+")
_SHINGLE = 4
_SUPPORT = 0.5  # a line is confirmed when half of its shingles occur in the other text
_TABLE_CELL = re.compile(r"(?<!\\)\|")
# Counted in word characters, not words, so that Chinese and Japanese count too.
_PROSE_MIN_CHARS = 25  # a sentence, not a menu label
_ARTICLE_MIN_CHARS = 80  # two short sentences; a copyright line alone is not an article
_LIST_MIN_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?…。！？](?:\W|$)")
_BLOCK_TAGS: Final = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption"}
    | {"figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"}
    | {"ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"}
)


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode an HTML page: BOM, Content-Type charset, ``<meta>`` charset, then detection.

    Raises ``InputError`` when the bytes are not text in any encoding (binary garbage).
    """
    charset = _charset(_header_charset(content_type))
    if charset is None:
        # A <meta> is ASCII, so a UTF-16 page cannot declare itself there: ignore that label.
        meta = _charset(_meta_charset(data[:_SNIFF_BYTES]))
        charset = "utf-8" if meta and meta.startswith("utf-16") else meta
    return decode_text(data, charset)


def extract_html(
    html: str | bytes, *, url: str | None = None, config: Config | None = None
) -> Article:
    """Extract the article of an HTML page: title, body paragraphs and metadata.

    Raises ``InputError`` for a page larger than ``config.max_input_bytes``, binary data or
    an extraction past ``config.extract_timeout``; ``NoArticleError`` when the page holds no
    article text (empty, or only menus and links).
    """
    config = config or Config()
    text = _as_text(html, config.max_input_bytes)
    deadline = time.monotonic() + config.extract_timeout
    try:
        tree = load_html(text)
    except _EXTRACTOR_ERRORS as exc:
        raise InputError(f"HTML cannot be parsed: {exc}") from exc
    if tree is None or not _WORD.search(tree.text_content() or ""):
        raise NoArticleError("page holds no text")

    meta, candidates = _run_extractors(text, tree, url, config, deadline)
    body = restore_breaks(choose_body(candidates), candidates)
    # A list (a calendar, results) is an article too when trafilatura's strict mode, which
    # drops link-dense blocks such as menus, kept enough of it.
    if not has_prose(body) and _word_chars(candidates[0]) < _LIST_MIN_CHARS:
        raise NoArticleError("page holds no article text, only menus, links or fragments")
    return Article(
        text=body,
        title=_clean_title(meta.get("title")) or _clean_title(tree.findtext(".//title")),
        source="html",
        url=url,
        canonical_url=_canonical_url(tree, url),
        date=meta.get("date") or None,
        author=meta.get("author") or None,
        site_name=meta.get("sitename") or None,
        language=_declared_language(tree),
    )


@dataclass(frozen=True, slots=True)
class _Mode:
    """One trafilatura run: precision or balanced (which retries with recall if short)."""

    name: str
    precision: bool
    with_metadata: bool


_MODES: Final = (
    _Mode("trafilatura-precision", precision=True, with_metadata=False),
    _Mode("trafilatura", precision=False, with_metadata=True),
)


def _run_extractors(
    text: str, tree: lxml.html.HtmlElement, url: str | None, config: Config, deadline: float
) -> tuple[dict[str, Any], list[str]]:
    """Metadata and the five body candidates, in tie-break order; skipped past the deadline."""
    meta: dict[str, Any] = {}
    trafilatura_bodies: list[str] = []
    last_error: Exception | None = None
    for mode in _MODES:
        _check_deadline(deadline, config, done=any(trafilatura_bodies))
        try:
            body, found = trafilatura_body(tree, url, config, mode)
        except _EXTRACTOR_ERRORS as exc:
            logger.debug("%s failed on %s: %s", mode.name, url or "page", exc)
            last_error, body, found = exc, "", {}
        trafilatura_bodies.append(body)
        meta.update(found)
    _check_deadline(deadline, config, done=any(trafilatura_bodies))
    try:
        readable = readability_body(text)
    except _EXTRACTOR_ERRORS as exc:
        logger.debug("readability failed on %s: %s", url or "page", exc)
        last_error, readable = exc, ""
    if last_error is not None and not readable and not any(trafilatura_bodies):
        raise NoArticleError(f"no extractor found an article: {last_error}") from last_error
    candidates: list[str] = []
    for body in trafilatura_bodies:
        candidates += [body, trim_to_agreement(body, readable)]
    candidates.append(readable)
    return meta, candidates


def _check_deadline(deadline: float, config: Config, *, done: bool) -> None:
    # Cooperative: a running extractor is not interrupted; a hard limit needs a process.
    if time.monotonic() > deadline and not done:
        raise InputError(f"HTML extraction took longer than {config.extract_timeout:g} s")


def trafilatura_body(
    tree: lxml.html.HtmlElement, url: str | None, config: Config, mode: _Mode
) -> tuple[str, dict[str, Any]]:
    """Body paragraphs (one per line) and metadata found by one trafilatura run."""
    options = Extractor(
        config=_trafilatura_config(config),
        output_format="python",
        precision=mode.precision,
        comments=False,  # reader comments are not the story
        tables=True,
        dedup=False,  # its dedup cache is module-level state: results would depend on history
        url=url,
        with_metadata=mode.with_metadata,
    )
    doc = bare_extraction(tree, options=options)
    if not isinstance(doc, TrafilaturaDocument):  # None: nothing found
        return "", {}
    found = doc.as_dict() if mode.with_metadata else {}
    return _clean_lines(str(doc.text or "").split("\n")), found


def _trafilatura_config(config: Config) -> ConfigParser:
    """A fresh trafilatura config (ConfigParser is mutable, so never shared)."""
    settings = dict(DEFAULT_CONFIG["DEFAULT"])  # ConfigParser keys are lower case
    settings.update((key.lower(), value) for key, value in _TRAFILATURA_SETTINGS.items())
    settings["max_file_size"] = str(config.max_input_bytes)
    parser = ConfigParser()
    parser.read_dict({"DEFAULT": settings})
    return parser


def readability_body(text: str) -> str:
    """Body paragraphs (one per line) found by readability-lxml."""
    summary = ReadabilityDocument(text).summary(html_partial=True)  # Unparseable: ValueError
    if not summary or not summary.strip():
        return ""
    root = lxml.html.fragment_fromstring(summary, create_parent="div")
    parts: list[str] = []
    _block_text(root, parts)
    return _clean_lines("".join(parts).split("\n"))


def _block_text(elem: lxml.html.HtmlElement, parts: list[str]) -> None:
    """Append the text of ``elem``, with a newline around each block element."""
    tag = elem.tag if isinstance(elem.tag, str) else ""
    block = tag in _BLOCK_TAGS
    if block:
        parts.append("\n")
    if elem.text and tag not in {"script", "style"}:
        parts.append(elem.text)
    for child in elem:
        _block_text(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def _clean_lines(lines: Sequence[str]) -> str:
    """Paragraphs joined by blank lines; whitespace collapsed, empty table cells dropped."""
    out: list[str] = []
    for line in lines:
        line = " ".join(line.split())
        if line.startswith("|") and line.endswith("|"):  # a table row, as trafilatura writes it
            cells = (c.strip() for c in _TABLE_CELL.split(line.strip("|")))
            line = " | ".join(c for c in cells if c).replace("\\|", "|")
        if _WORD.search(line):
            out.append(line)
    return "\n\n".join(out)


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text)
    if len(words) < _SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))


def _agreement(a: Counter[tuple[str, ...]], b: Counter[tuple[str, ...]]) -> float:
    """F1 of the shingles two texts share (0 when either is empty)."""
    common = sum((a & b).values())
    if not common:
        return 0.0
    return 2 * common / (sum(a.values()) + sum(b.values()))


def choose_body(candidates: Sequence[str]) -> str:
    """The candidate that agrees most with the others (ties: the earliest); "" if all empty."""
    grams = [_shingles(c) for c in candidates]
    best, best_score = "", -1.0
    for i, (text, own) in enumerate(zip(candidates, grams, strict=True)):
        if not own:
            continue
        score = sum(_agreement(own, other) for j, other in enumerate(grams) if j != i)
        if score > best_score:
            best, best_score = text, score
    return best


def restore_breaks(body: str, others: Sequence[str]) -> str:
    """Split ``body``'s paragraphs where another candidate has a whole paragraph of it.

    trafilatura's fallbacks sometimes return a story as one line; the other extractors kept
    its paragraphs, and summaries need them. Pieces under three words are not trusted.
    """
    pieces = {
        p for other in others for p in other.split("\n\n") if len(_WORD.findall(p)) >= _SHINGLE - 1
    }
    out: list[str] = []
    for paragraph in body.split("\n\n") if body else []:
        cuts = {0, len(paragraph)}
        for piece in pieces:
            if len(piece) < len(paragraph):
                cuts.update(_whole_match(paragraph, piece))
        bounds = sorted(cuts)
        out += [paragraph[a:b].strip() for a, b in itertools.pairwise(bounds)]
    return "\n\n".join(p for p in out if p)


def _whole_match(text: str, piece: str) -> tuple[int, ...]:
    """Start and end of the first occurrence of ``piece`` between spaces in ``text``."""
    start = text.find(piece)
    while start != -1:
        end = start + len(piece)
        if (start == 0 or text[start - 1] == " ") and (end == len(text) or text[end] == " "):
            return start, end
        start = text.find(piece, start + 1)
    return ()


def trim_to_agreement(text: str, other: str) -> str:
    """The paragraphs of ``text`` from the first to the last one ``other`` confirms.

    Clutter sits before and after the story (menus, related links, footers); a paragraph
    inside the confirmed span is kept even when ``other`` missed it. "" if none is confirmed.
    """
    paragraphs = text.split("\n\n") if text else []
    confirmed = _confirmer(other)
    marks = [confirmed(p) for p in paragraphs]
    if not any(marks):
        return ""
    first = marks.index(True)
    last = len(marks) - 1 - marks[::-1].index(True)
    return "\n\n".join(paragraphs[first : last + 1])


def _confirmer(other: str) -> Callable[[str], bool]:
    grams = _shingles(other)
    words = " " + " ".join(_WORD.findall(other)) + " "

    def confirmed(paragraph: str) -> bool:
        found = _WORD.findall(paragraph)
        if not found:
            return False
        if len(found) < _SHINGLE:  # too short for shingles: look for the words in a row
            return f" {' '.join(found)} " in words
        own = _shingles(paragraph)
        return sum((own & grams).values()) >= _SUPPORT * sum(own.values())

    return confirmed


def has_prose(body: str) -> bool:
    """True when the body holds sentences, not just menu labels, links and a copyright line."""
    total = 0
    for paragraph in body.split("\n\n"):
        chars = _word_chars(paragraph)
        if chars >= _PROSE_MIN_CHARS and _SENTENCE_END.search(paragraph):
            total += chars
    return total >= _ARTICLE_MIN_CHARS


def _word_chars(text: str) -> int:
    return sum(len(word) for word in _WORD.findall(text))


def _as_text(html: str | bytes, max_bytes: int) -> str:
    if isinstance(html, bytes | bytearray):
        if len(html) > max_bytes:
            raise InputError(f"HTML is {len(html)} bytes, over the {max_bytes}-byte limit")
        return decode_html(bytes(html))
    # UTF-8 needs at most 4 bytes a character: encode only when the length cannot tell.
    if len(html) > max_bytes or (
        len(html) * 4 > max_bytes and len(html.encode("utf-8", "surrogatepass")) > max_bytes
    ):
        raise InputError(f"HTML is over the {max_bytes}-byte limit")
    return check_text(html)


def _header_charset(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _meta_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _clean_title(title: object) -> str:
    return " ".join(title.split()) if isinstance(title, str) else ""


def _canonical_url(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """The page's own URL for itself: ``<link rel=canonical>``, else ``og:url``; http(s) only."""
    for xpath in (
        "//link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href",
        "//meta[@property='og:url']/@content",
    ):
        for href in tree.xpath(xpath):
            absolute = urljoin(url or "", str(href).strip())
            parts = urlsplit(absolute)
            if parts.scheme in {"http", "https"} and parts.netloc:
                return absolute
    return None


def _declared_language(tree: lxml.html.HtmlElement) -> str | None:
    """The primary language subtag the page declares (``<html lang>``, then a meta)."""
    for xpath in (
        "/html/@lang",
        "/html/@xml:lang",
        "//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')"
        "='content-language']/@content",
        "//meta[@property='og:locale']/@content",
    ):
        for value in tree.xpath(xpath):
            primary = re.split(r"[-_,;\s]", str(value).strip(), maxsplit=1)[0].lower()
            if primary.isalpha() and 2 <= len(primary) <= 3:
                return primary
    return None

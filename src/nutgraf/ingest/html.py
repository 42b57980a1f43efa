"""HTML page -> Article: decoding, body extraction, headline and metadata.

trafilatura runs first in its precision mode without its fallbacks (the run the vote needs
anyway), with the paragraphs that are mostly link text dropped. trafilatura's port of
readability, run on the same parsed tree for a few milliseconds, checks it: when
readability's text holds nearly all of it (93%) and it holds most of readability's (70%),
that body stands. When they do not, trafilatura's full cascade (balanced, with its
fallbacks) runs and is checked (90% / 80%); when that is still unconfirmed (comments,
footers or a wrong block kept: a fifth of the English news pages measured, two fifths of
the Russian ones), a vote decides among five candidates,
trafilatura favor_precision and balanced, each also trimmed to the span readability-lxml
confirms, and readability-lxml itself: the medoid by 4-word-shingle F1, when it agrees with
the others. A standfirst or lead that readability's port has right before the body, and
trafilatura dropped, is put back, and so is one both left out that the page's ``<meta>``
description names (or its markup calls a lead) right before the story. The headline is
found among the body's first paragraphs and becomes the title; the text is in Unicode NFC.
Measured in ``bench/extraction_html.py``, ``bench/extraction_snippets.py`` and
``bench/html_speed.py``.
"""

from __future__ import annotations

import codecs
import contextlib
import html as html_lib
import itertools
import json
import logging
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from configparser import ConfigParser
from copy import copy
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Final
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from htmldate import find_date
from htmldate.core import search_page
from htmldate.utils import Extractor as DateOptions
from trafilatura.settings import DEFAULT_CONFIG, Extractor
from trafilatura.utils import is_dubious_html, repair_faulty_html

from nutgraf.config import Config
from nutgraf.errors import InputError, NoArticleError
from nutgraf.ingest import stopwords
from nutgraf.ingest.date_scan import scan_text
from nutgraf.ingest.decode import check_text, decode_text
from nutgraf.ingest.fork_readability import CheckReadability
from nutgraf.ingest.trafilatura_runs import RawTree
from nutgraf.ingest.trafilatura_runs import extract as extract_prepared
from nutgraf.types import Article

logger = logging.getLogger(__name__)

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
        "EXTENSIVE_DATE_SEARCH": "off",  # dates come from page_date()
        # An empty result is returned, not "discarded" with a warning: has_prose() judges.
        "MIN_OUTPUT_SIZE": "0",
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
_SPACES = re.compile(r"\s+")
# trafilatura's body stands when readability's port confirms this share of its shingles
# and it confirms this share of readability's (tuned on the ScrapingHub, DAnIEL and a dev
# half of trafilatura's multilingual benchmark; see docs/benchmarks.md).
_CONFIRMED = 0.9
_CONFIRMING = 0.8
# The precision run drops more than the balanced one, and more of what readability keeps
# around a story (captions, a related block): it stands when this share of its own text is
# in readability's and it holds this share of readability's (else the balanced cascade
# gets its chance). Tuned as above: 0.93 / 0.6-0.85 gave the same figures, each a little
# above 0.9 / 0.9, with fewer pages paying for the full cascade.
_CONFIRMED_STRICT = 0.93
_CONFIRMING_STRICT = 0.7
# A trim to readability's span that keeps less than this share of a candidate's prose has
# picked another block (an author box, a teaser), not cut clutter: it is no candidate, so
# readability's block is not counted three times in the vote.
_TRIM_KEEPS = 0.5
_SUPPORTED = 0.7  # mean shingle F1 of the vote's winner with the other candidates
_LARGE_ELEMENTS = 50_000  # news pages have a few thousand; past this, plain_body()
_CODE: Final = frozenset({"script", "style", "noscript", "template"})
_FIGURES: Final = frozenset({"figure", "figcaption"})
# <meta> descriptions, in the order trusted; a standfirst names at least a few words.
_DESCRIPTIONS: Final = ("og:description", "description", "twitter:description")
_STANDFIRST_MIN_WORDS = 6
# A standfirst put back is a paragraph (about 25 words); a one-line dek under the headline
# is display copy, as the headline is (ScrapingHub's references leave it out).
_STANDFIRST_MIN_CHARS = 130
_STANDFIRST_MATCH = 0.8  # share of the shorter one's shingles (a description is often cut)
# A standfirst without a description is one of the last blocks before the story (after a
# byline, a date, a photo and its caption) and marked up as one. The class names sites
# give it are written here: neither trafilatura nor readability lists them (they drop
# "teaser" blocks as clutter).
_STANDFIRST_WITHIN = 12
_LEAD_WORDS: Final = (
    "lead", "intro", "teaser", "standfirst", "excerpt", "summary", "chapo", "abstract",
    "dek", "subtitle", "description", "sapo", "kicker",
)  # fmt: skip
_LEAD_MARK: Final = re.compile("|".join(_LEAD_WORDS), re.I)
_LEAD_MARK_DEPTH = 4  # the block's element and its three nearest ancestors
_NO_STANDFIRST: Final = _CODE | {"nav", "footer", "form", "select", "button"}  # not walked
_LEAD_MAX = 3  # paragraphs of a standfirst or lead put back before the body
_FURNITURE: Final = _CODE | {"nav", "header", "footer", "aside", "form", "select", "button"}
_LINK_SHARE = 0.6  # a paragraph with this share of its words in links is navigation
_LINK_MAX_WORDS = 40  # longer anchors are whole paragraphs made links, not navigation
_HEADLINE_WITHIN = 3  # the headline is among the first paragraphs, after a kicker or date
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

    The headline goes to ``Article.title``, never into ``Article.text``. Raises
    ``InputError`` for a page larger than ``config.max_input_bytes``, binary data or an
    extraction past ``config.extract_timeout``; ``NoArticleError`` when the page holds no
    article text (empty, or only menus and links).
    """
    config = config or Config()
    text = _as_text(html, config.max_input_bytes)
    deadline = time.monotonic() + config.extract_timeout
    tree = parse_html(text)
    large = _is_large(tree)
    if large:
        # Book-length or machine-made pages: the extractors' copies and quadratic steps
        # would cost minutes and gigabytes; one linear walk of the tree bounds both.
        body = plain_body(tree)
    else:
        links = LinkText(tree)
        found = main_body(tree, url, config, links)
        body = found.body
        # Past the deadline, trafilatura's body stands without a vote (if it found one).
        if not found.confident and not _past(deadline, config, done=bool(body)):
            body = second_opinion(tree, found, links)
        body = restore_lead(body, found.lead_source)
    meta = page_metadata(tree)
    headline, body = split_headline(body, meta.headlines)
    if not large:
        body = restore_standfirst(body, tree, meta.headlines)
    if not body:
        raise NoArticleError("page holds no article text, only a headline, menus or links")
    # A list (a calendar, results) is an article too when it is long enough once the
    # link-dense blocks (menus, related headlines) are gone.
    if (
        not has_prose(body)
        and _word_chars(body) < _LIST_MIN_CHARS
        and not (_prose_chars(body) and _declares_article(tree))
    ):
        raise NoArticleError("page holds no article text, only menus, links or fragments")
    # Unicode NFC, as trafilatura's own output: a letter written as a base and a combining
    # mark (decomposed, as some sites' CMS store it) is one character, so that the same
    # word is the same string in the text, the title and a reader's search.
    article = Article(
        text=_nfc(body),
        title=_nfc(meta.title or headline),  # what the page calls itself first (og:title, h1)
        source="html",
        url=url,
        canonical_url=_canonical_url(tree, url),
        author=meta.author and _nfc(meta.author),
        site_name=meta.site_name and _nfc(meta.site_name),
        language=_declared_language(tree),
    )
    # The date searches the whole page (3 ms a Russian news page) and key points never read
    # it: it is found when first read, as of now (htmldate rejects dates after its day).
    now = datetime.now()
    page = text[:_DATE_HEAD_CHARS] if large else text  # kept until read: what the date reads
    return article.with_deferred_date(lambda: page_date(page, large=large, now=now))


def warm_slow_path(page: str, config: Config | None = None) -> None:
    """Run trafilatura's full cascade and the vote once on ``page``, whatever the first run
    says: their one-time set-up (jusText's stop-word lists, about 0.2 s) is then paid here,
    not inside the first unconfirmed page's deadline. For workers warming up."""
    config = config or Config()
    tree = parse_html(page)
    links = LinkText(tree)
    found = Bodies(
        strict=links.prune(_try(trafilatura_body, tree, None, config, _PRECISION)),
        body=links.prune(_try(trafilatura_body, tree, None, config, _BALANCED)),
        confident=False,
    )
    # a warm-up page without an article still warmed the vote
    with contextlib.suppress(NoArticleError):
        second_opinion(tree, found, links)


def parse_html(text: str) -> lxml.html.HtmlElement:
    """The page's element tree; raises ``NoArticleError`` when it holds no text at all."""
    try:
        tree = _load_html(text)
    except _EXTRACTOR_ERRORS as exc:
        raise InputError(f"HTML cannot be parsed: {exc}") from exc
    # The first piece of text with a word in it will do (not the whole page's text).
    if tree is None or not any(_WORD.search(text) for text in tree.itertext()):
        raise NoArticleError("page holds no text")
    return tree


def _load_html(text: str) -> lxml.html.HtmlElement | None:
    """trafilatura's ``load_html`` for a decoded page, with a parser whose elements are
    all ``HtmlElement``: lxml.html's own parser picks each element's class in a Python
    callback, every time an element is touched, a tenth of the extractors' time; this
    one picks it in C. The extractors use none of the form elements' own classes (same
    output on every page measured, docs/benchmarks.md)."""
    beginning = text[:50].lower()
    text = repair_faulty_html(text, beginning)
    try:
        tree = lxml.html.fromstring(text, parser=_html_parser())
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree = None
    except lxml.etree.LxmlError:  # "Document is empty"
        tree = None
    if tree is None or len(tree) < 1:  # as trafilatura: then the page's bytes
        try:
            tree = lxml.html.fromstring(
                text.encode("utf-8", "surrogatepass"), parser=_html_parser()
            )
        except (ValueError, lxml.etree.LxmlError):
            return None
    # As trafilatura: text that does not say "html" near its start and parses to less
    # than two elements is not a page.
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


def _html_parser() -> lxml.html.HTMLParser:
    """trafilatura's parser settings, element classes chosen in C (a parser per call:
    lxml's parsers are not for sharing between threads, and one costs microseconds)."""
    parser = lxml.html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    parser.set_element_class_lookup(
        lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


@dataclass(frozen=True, slots=True)
class Bodies:
    """What ``main_body`` found: its ``body``, whether readability confirms it, and the
    precision run's body (a candidate of the vote, so it is never run twice)."""

    body: str
    strict: str
    confident: bool
    lead_source: str = ""  # readability's text without figures: see restore_lead()


def main_body(
    tree: lxml.html.HtmlElement, url: str | None, config: Config, links: LinkText
) -> Bodies:
    """trafilatura's body, link-dense blocks dropped, and whether readability agrees.

    trafilatura runs first in precision mode without its fallbacks: the vote needs that
    run anyway, and it is the cheapest (no recall retry). trafilatura's own port of
    readability, run on the parsed tree (a few ms), checks it: when readability has 93% of
    its text and it has 70% of readability's (four pages in five of English news) that
    body stands. When they do not, trafilatura's full cascade (balanced, with its
    fallbacks) runs and is checked the usual way; a body still unconfirmed goes to the vote.
    """
    summary = None
    try:
        summary = readability_fork_summary(tree)
        readable, lead_source = _fork_texts(summary)
    except _EXTRACTOR_ERRORS as exc:
        logger.debug("readability's port failed: %s", exc)
        readable = lead_source = ""
    check = _shingles(readable)
    # trafilatura's preparation of the tree, made once for both runs (and the port's summary,
    # which its full cascade reads too: the same when the preparation prunes nothing)
    raw = RawTree(tree, check=summary)
    strict = links.prune(_try(trafilatura_body, raw, url, config, _PRECISION))
    if _confirmed(_shingles(strict), check, _CONFIRMING_STRICT, _CONFIRMED_STRICT):
        return Bodies(strict, strict, confident=True, lead_source=lead_source)
    body = links.prune(_try(trafilatura_body, raw, url, config, _BALANCED))
    confident = _confirmed(_shingles(body), check)
    return Bodies(body, strict, confident=confident, lead_source=lead_source)


def _confirmed(
    mine: Counter[int],
    theirs: Counter[int],
    confirming: float = _CONFIRMING,
    confirmed: float = _CONFIRMED,
) -> bool:
    """Whether a body and readability's text confirm most of each other's shingles: this
    share of the body's are readability's, and it has ``confirming`` of readability's."""
    common = sum((mine & theirs).values())
    return common >= confirmed * sum(mine.values()) > 0 and common >= confirming * sum(
        theirs.values()
    )


def second_opinion(tree: lxml.html.HtmlElement, found: Bodies, links: LinkText) -> str:
    """The vote, when trafilatura and readability disagree: readability-lxml runs and
    ``vote`` decides among its text and trafilatura's two bodies."""
    return vote(found.body, found.strict, links.prune(_try(readability_body, tree)))


def vote(body: str, strict: str, readable: str) -> str:
    """The medoid of five candidates, when it agrees with the others; else ``body``.

    trafilatura's balanced ``body`` and precision ``strict``, each as is and trimmed to the
    span ``readable`` (readability-lxml) confirms (a headline, standfirst or lead before
    that span is kept; a trim that drops most of the prose is no candidate), and
    ``readable`` itself; candidates without prose (a date line) only win when no candidate
    has prose. Raises ``NoArticleError`` when all are empty.
    """
    in_readable = _confirmer(readable)  # one for both trims: they share most paragraphs
    candidates = [
        strict,
        _trimmed(strict, in_readable),
        body,
        _trimmed(body, in_readable),
        readable,
    ]
    if not any(candidates):
        raise NoArticleError("no extractor found an article")
    with_prose = [c if has_prose(c) else "" for c in candidates]
    pool = with_prose if any(with_prose) else candidates
    best, support = _medoid(pool)
    if best < 0:
        return body
    if sum(1 for c in pool if c) > 1 and support < _SUPPORTED and has_prose(body):
        # No two candidates agree (say, each took a different block): trafilatura's
        # body is the better bet than a winner by a hair.
        return body
    return restore_breaks(candidates[best], candidates)


def _trimmed(text: str, in_readable: Callable[[str], bool]) -> str:
    """``text`` trimmed to readability's span, or "" when the trim drops most of its prose."""
    trimmed = _trim(text, in_readable)
    if _prose_chars(trimmed) < _TRIM_KEEPS * _prose_chars(text):
        return ""
    return trimmed


def restore_lead(body: str, source: str) -> str:
    """``body`` with the standfirst or lead that ``source`` has right before it.

    trafilatura often drops a story's first paragraph when the page marks it up apart
    (a teaser or intro block); readability keeps it. The prose paragraphs (at most
    ``_LEAD_MAX``) that ``source`` has just before the paragraph where ``body`` begins,
    and that ``body`` lacks, are put back in front of it.
    """
    if not body or not source:
        return body
    paragraphs, theirs = body.split("\n\n"), source.split("\n\n")
    in_body, at_start = _confirmer(body), _confirmer("\n\n".join(paragraphs[:2]))
    start = next((i for i, p in enumerate(theirs) if in_body(p)), None)
    if start is None or not at_start(theirs[start]):
        return body
    first = start
    while (
        first > 0
        and start - first < _LEAD_MAX
        and _is_prose(theirs[first - 1])
        and not in_body(theirs[first - 1])
    ):
        first -= 1
    return "\n\n".join(theirs[first:start] + paragraphs)


def restore_standfirst(
    body: str, tree: lxml.html.HtmlElement, headlines: Sequence[str] = ()
) -> str:
    """``body`` with the standfirst the page shows before it, put first.

    Sites mark a story's standfirst up apart from its body (an intro, excerpt, teaser or
    chapo block in the article's header), and both extractors leave it out. A block is
    that standfirst when it comes before the body's first prose paragraph, is a paragraph
    long (not a one-line dek: display copy, as the headline is), the body lacks it, and
    either the page's ``<meta>`` description is that text, or the block is among the
    last few before the story and marked up as a lead (its class or an ancestor's). A
    description the page does not show (an SEO blurb) or shows only after the story (a
    teaser of it in a list) adds nothing, and neither does one of ``headlines`` (a page
    describing itself by its headline).
    """
    if not body:
        return body
    titles = {_folded(h) for h in headlines}
    shown = [text for text in _descriptions(tree) if _word_chars(text) >= _PROSE_MIN_CHARS]
    descriptions = [_shingles(text) for text in shown if not _says(body, text)]
    if shown and not descriptions:
        return body  # the body holds what the page says of itself: its standfirst too
    anchor = next((p for p in body.split("\n\n") if _is_prose(p)), "")
    in_anchor = _confirmer(anchor)
    root = tree.find("body")
    before: list[tuple[str, lxml.html.HtmlElement | None]] = []
    for line, owner in _owned_lines(root if root is not None else tree):
        before.append((line, owner))
        if len(line) < _PROSE_MIN_CHARS or not _is_prose(line):
            continue  # a menu label or a date, which the story's first paragraph may hold
        if in_anchor(line):
            break  # the story begins: a description shown after it is a teaser of it
        if _word_chars(line) < _STANDFIRST_MIN_CHARS or _folded(line) in titles:
            continue
        grams = _shingles(line)
        for wanted in descriptions:
            common = sum((grams & wanted).values())
            if common >= _STANDFIRST_MATCH * min(sum(grams.values()), sum(wanted.values())):
                return f"{line}\n\n{body}"
    else:
        return body  # the story's beginning is not on the page as a block of its own
    for line, owner in reversed(before[-_STANDFIRST_WITHIN - 1 : -1]):
        if (
            _word_chars(line) >= _STANDFIRST_MIN_CHARS
            and _is_prose(line)
            and _folded(line) not in titles
            and _marked_lead(owner)
            and not _says(body, line)
        ):
            return f"{line}\n\n{body}"
    return body


def _marked_lead(elem: lxml.html.HtmlElement | None) -> bool:
    """Whether ``elem`` or one of its nearest ancestors has a lead's class or id."""
    for _ in range(_LEAD_MARK_DEPTH):
        if elem is None:
            return False
        if _LEAD_MARK.search(f"{elem.get('class') or ''} {elem.get('id') or ''}"):
            return True
        elem = elem.getparent()
    return False


def _owned_lines(
    root: lxml.html.HtmlElement,
) -> Iterator[tuple[str, lxml.html.HtmlElement | None]]:
    """``_block_lines(root, _NO_STANDFIRST)``, each line with the element its first text is
    in."""
    line: list[str] = []
    owner: lxml.html.HtmlElement | None = None
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, elem in walker:
        tag = elem.tag if isinstance(elem.tag, str) else ""
        if tag in _BLOCK_TAGS and line:
            yield _SPACES.sub(" ", "".join(line)), owner
            line, owner = [], None
        if event == "start":
            if tag in _NO_STANDFIRST:
                walker.skip_subtree()
            elif tag and elem.text:
                if owner is None and not elem.text.isspace():
                    owner = elem
                line.append(elem.text)
        elif elem is not root and elem.tail:
            if owner is None and not elem.tail.isspace():
                owner = elem.getparent()
            line.append(elem.tail)
    if line:
        yield _SPACES.sub(" ", "".join(line)), owner


def _descriptions(tree: lxml.html.HtmlElement) -> list[str]:
    """The page's ``<meta>`` descriptions of itself, in ``_DESCRIPTIONS``' order (those in
    its ``<head>``, where they belong: not a walk over the whole page)."""
    head = tree.find("head")
    found: dict[str, str] = {}
    for meta in (head if head is not None else tree).iter("meta"):
        key = meta.get("property") or meta.get("name")
        if key in _DESCRIPTIONS and key not in found:
            text = " ".join(html_lib.unescape(meta.get("content") or "").split())
            if len(_WORD.findall(text)) >= _STANDFIRST_MIN_WORDS:
                found[key] = text
    return list(dict.fromkeys(found[key] for key in _DESCRIPTIONS if key in found))


def _says(body: str, text: str) -> bool:
    """Whether ``body`` has ``text``'s first words in a row (whatever the spaces and
    punctuation between them)."""
    words = _WORD.findall(text)[:_STANDFIRST_MIN_WORDS]
    return re.search(r"\W+".join(map(re.escape, words)), body) is not None


def _declares_article(tree: lxml.html.HtmlElement) -> bool:
    """Whether the page says it is an article (``og:type``, or a JSON-LD article type): then
    a post of one or two sentences is what it is, not a fragment of a menu page."""
    if any(str(t).strip().lower() == "article" for t in tree.xpath(_OG_TYPE)):
        return True
    kind = _json_ld(tree).get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith(_ARTICLE_TYPES) for k in kinds)


_OG_TYPE = "//meta[@property='og:type']/@content"
_ARTICLE_TYPES = ("Article", "BlogPosting", "SocialMediaPosting")


def _is_large(tree: lxml.html.HtmlElement) -> bool:
    elements = sum(1 for _ in itertools.islice(tree.iter(), _LARGE_ELEMENTS + 1))
    return elements > _LARGE_ELEMENTS


def plain_body(tree: lxml.html.HtmlElement) -> str:
    """The text of the page's ``<body>``, one line per block, without page furniture.

    Linear in the page, with no copy of its tree and no list of its pieces: for pages too
    large for the extractors. Navigation, headers, footers, asides, forms and scripts are
    skipped, and paragraphs that are mostly links are dropped.
    """
    root = tree.find("body")
    lines = _block_lines(root if root is not None else tree, _FURNITURE)
    return LinkText(tree).prune(_clean_lines(lines))


def _block_lines(root: lxml.html.HtmlElement, skip: frozenset[str]) -> Iterator[str]:
    """The text of ``root`` line by line: a line ends at each block element's edges."""
    line: list[str] = []
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, elem in walker:
        tag = elem.tag if isinstance(elem.tag, str) else ""
        if tag in _BLOCK_TAGS and line:
            yield _SPACES.sub(" ", "".join(line))
            line = []
        if event == "start":
            if tag in skip:
                walker.skip_subtree()
            elif tag and elem.text:
                line.append(elem.text)
        elif elem is not root and elem.tail:
            line.append(elem.tail)
    if line:
        yield _SPACES.sub(" ", "".join(line))


def _try(extract: Callable[..., str], *args: Any) -> str:
    """``extract(*args)``, or "" when that extractor fails on this page."""
    try:
        return extract(*args)
    except _EXTRACTOR_ERRORS as exc:
        logger.debug("%s failed: %s", getattr(extract, "__name__", extract), exc)
        return ""


def _past(deadline: float, config: Config, *, done: bool) -> bool:
    """Whether ``deadline`` has passed; raises ``InputError`` if so with nothing ``done``."""
    # Cooperative: a running extractor is not interrupted; a hard limit needs a process.
    if time.monotonic() <= deadline:
        return False
    if not done:
        raise InputError(f"HTML extraction took longer than {config.extract_timeout:g} s")
    return True


@dataclass(frozen=True, slots=True)
class _Mode:
    """One trafilatura run: balanced with its fallbacks (its full cascade), or precision
    without them (its main extractor only, strict)."""

    precision: bool
    fast: bool


_BALANCED: Final = _Mode(precision=False, fast=False)
_PRECISION: Final = _Mode(precision=True, fast=True)


def trafilatura_options(config: Config, mode: _Mode, url: str | None = None) -> Extractor:
    """The options of one of nutgraf's trafilatura runs (``mode``: precision or balanced)."""
    return Extractor(
        config=_trafilatura_config(config),
        output_format="python",
        precision=mode.precision,
        fast=mode.fast,
        comments=False,  # reader comments are not the story
        tables=True,
        dedup=False,  # its dedup cache is module-level state: results would depend on history
        url=url,
        with_metadata=False,  # page_metadata() reads what nutgraf needs, cheaply
    )


def trafilatura_body(
    tree: lxml.html.HtmlElement | RawTree, url: str | None, config: Config, mode: _Mode
) -> str:
    """Body paragraphs (one per line) found by one trafilatura run (``tree`` is not changed;
    a ``RawTree`` shares trafilatura's preparation of it between runs)."""
    options = trafilatura_options(config, mode, url)
    if not mode.fast:
        stopwords.prime()  # its jusText pass: the stop-word union, built fast once
    text = extract_prepared(tree if isinstance(tree, RawTree) else RawTree(tree), options)
    if text is None:  # nothing found
        return ""
    return _clean_lines(text.split("\n"))


def _trafilatura_config(config: Config) -> ConfigParser:
    """trafilatura's config with nutgraf's overrides and size limit."""
    return _trafilatura_settings(config.max_input_bytes)


@lru_cache(maxsize=8)
def _trafilatura_settings(max_input_bytes: int) -> ConfigParser:
    # Built once per size limit (0.4 ms a build, once or twice a page): only trafilatura's
    # Extractor reads it, when made, and nothing writes to it (trafilatura shares its own
    # DEFAULT_CONFIG the same way).
    settings = dict(DEFAULT_CONFIG["DEFAULT"])  # ConfigParser keys are lower case
    settings.update((key.lower(), value) for key, value in _TRAFILATURA_SETTINGS.items())
    settings["max_file_size"] = str(max_input_bytes)
    parser = ConfigParser()
    parser.read_dict({"DEFAULT": settings})
    return parser


def readability_body(page: str | lxml.html.HtmlElement) -> str:
    """Body paragraphs (one per line) found by readability-lxml in a page or a parsed tree."""
    # Imported here: most pages never reach the vote, the one user of readability-lxml.
    from readability import Document as ReadabilityDocument

    from nutgraf.ingest.tree_readability import tree_readability

    document = ReadabilityDocument(page) if isinstance(page, str) else tree_readability(page)
    summary = document.summary(html_partial=True)  # Unparseable: ValueError
    return _summary_paragraphs(summary)


def readability_fork_body(tree: lxml.html.HtmlElement) -> str:
    """Body paragraphs found by trafilatura's port of readability, on a copy of ``tree``."""
    return readability_fork_texts(tree)[0]


def readability_fork_texts(tree: lxml.html.HtmlElement) -> tuple[str, str]:
    """What trafilatura's port of readability finds on a copy of ``tree``: its body
    paragraphs, and the same without figures (their captions are no story's lead)."""
    return _fork_texts(readability_fork_summary(tree))


def readability_fork_summary(tree: lxml.html.HtmlElement) -> str:
    """The HTML summary of trafilatura's port of readability on a copy of ``tree``."""
    return str(CheckReadability(copy(tree), min_text_length=25).summary())


def _fork_texts(summary: str) -> tuple[str, str]:
    root = _summary_root(summary)
    return _root_paragraphs(root), _root_paragraphs(root, _CODE | _FIGURES)


def _summary_paragraphs(summary: str) -> str:
    return _root_paragraphs(_summary_root(summary))


def _summary_root(summary: str) -> lxml.html.HtmlElement | None:
    """An extractor's HTML summary parsed (once, for each text read from it)."""
    if not summary or not summary.strip():
        return None
    try:
        return lxml.html.fragment_fromstring(summary, create_parent="div")
    except AssertionError:
        # lxml asserts one <body>: a summary of a page's <head> alone has none, and no text
        # (readability's port on a page whose body it pruned away)
        return None


def _root_paragraphs(root: lxml.html.HtmlElement | None, skip: frozenset[str] = _CODE) -> str:
    if root is None:
        return ""
    parts: list[str] = []
    _block_text(root, parts, skip)
    return _clean_lines("".join(parts).split("\n"))


def _block_text(
    elem: lxml.html.HtmlElement, parts: list[str], skip: frozenset[str] = _CODE
) -> None:
    """Append the text of ``elem``, with a newline around each block element.

    A line break in the page source is a space, as a browser shows it: only block
    elements and ``<br>`` end a paragraph line.
    """
    tag = elem.tag if isinstance(elem.tag, str) else ""
    block = tag in _BLOCK_TAGS
    if block:
        parts.append("\n")
    if tag in skip:
        if block:
            parts.append("\n")
        return
    if elem.text:
        parts.append(_SPACES.sub(" ", elem.text))
    for child in elem:
        _block_text(child, parts, skip)
        if child.tail:
            parts.append(_SPACES.sub(" ", child.tail))
    if block:
        parts.append("\n")


class LinkText:
    """The words of a page's links, to find paragraphs that are mostly links.

    Menus, "Read more: <headline>" lines and related-story lists are links in the page;
    story paragraphs are not, even when they hold a link or two.
    """

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        # Hashes, not the word tuples: a page of 100,000 links stays a few MB.
        self._links: set[int] = set()
        # The lengths of the links that begin with each word: only those are looked up.
        self._starts: dict[str, set[int]] = {}
        # Each paragraph's share, for this page's candidates share most paragraphs.
        self._shares: dict[str, float] = {}
        for anchor in tree.iter("a"):
            words = tuple(_WORD.findall(anchor.text_content() or ""))
            if 0 < len(words) <= _LINK_MAX_WORDS:
                self._links.add(hash(words))
                self._starts.setdefault(words[0], set()).add(len(words))

    def share(self, paragraph: str) -> float:
        """The share of ``paragraph``'s words that are the words of some link."""
        found = self._shares.get(paragraph)
        if found is None:
            found = self._shares[paragraph] = self._share(paragraph)
        return found

    def _share(self, paragraph: str) -> float:
        words = _WORD.findall(paragraph)
        if not words or not self._links:
            return 0.0
        covered = bytearray(len(words))
        # Linear: one set lookup per word and length of a link beginning with that word.
        for i, word in enumerate(words):
            for length in self._starts.get(word, ()):
                end = i + length
                if end <= len(words) and hash(tuple(words[i:end])) in self._links:
                    covered[i:end] = b"\x01" * length
        return sum(covered) / len(words)

    def prune(self, body: str) -> str:
        """``body`` without its paragraphs that are mostly link text."""
        if not body:
            return body
        shares = [(p, self.share(p)) for p in body.split("\n\n")]
        kept = [p for p, share in shares if share < _LINK_SHARE]
        if not kept:
            # Nothing but link lines: when they say more than their links (a link blog's
            # "<headline> via <site>"), the list is what the page is; a menu is not.
            kept = [p for p, share in shares if share < 1.0]
        return "\n\n".join(kept)


def split_headline(body: str, headlines: Sequence[str]) -> tuple[str, str]:
    """The headline found among the body's first paragraphs, and the body without it.

    A paragraph is the headline when it reads as one of ``headlines`` (the page's ``<h1>``,
    its ``og:title``, its ``<title>`` with or without the site's name), case and spacing
    aside. Returns ``("", body)`` when none is.
    """
    wanted = {_folded(h) for h in headlines if h}
    wanted.discard("")
    paragraphs = body.split("\n\n") if body else []
    for i, paragraph in enumerate(paragraphs[:_HEADLINE_WITHIN]):
        if _folded(paragraph) in wanted:
            return paragraph, "\n\n".join(paragraphs[:i] + paragraphs[i + 1 :])
    return "", body


def _folded(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _clean_lines(lines: Iterable[str]) -> str:
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


def _shingles(text: str) -> Counter[int]:
    """The text's 4-word shingles, counted, each by its hash: a hash is no object for the
    garbage collector to track (word tuples were a page's largest share of its collections)
    and compares faster; two shingles of one page with the same 64-bit hash are not to be
    expected."""
    words = _WORD.findall(text)
    if len(words) < _SHINGLE:
        return Counter([hash(tuple(words))]) if words else Counter()
    # The shifted lists are shorter by one word each: zip stops at the last whole shingle.
    return Counter(map(hash, zip(*(words[i:] for i in range(_SHINGLE)), strict=False)))


def _agreement(a: Counter[int], b: Counter[int]) -> float:
    """F1 of the shingles two texts share (0 when either is empty)."""
    common = sum((a & b).values())
    if not common:
        return 0.0
    return 2 * common / (sum(a.values()) + sum(b.values()))


def choose_body(candidates: Sequence[str]) -> str:
    """The candidate that agrees most with the others (ties: the earliest); "" if all empty."""
    best, _ = _medoid(candidates)
    return candidates[best] if best >= 0 else ""


def _medoid(candidates: Sequence[str]) -> tuple[int, float]:
    """The index of the candidate that agrees most with the others (-1 if all are empty),
    and its mean agreement with the other non-empty candidates: how sure the vote is."""
    # The vote's costliest Python step: candidates often repeat (a trim that cut nothing),
    # so each distinct text is shingled once and each distinct pair scored once (agreement
    # is symmetric); the scores are the same numbers as pair by pair.
    by_text: dict[str, Counter[int]] = {}
    grams = [by_text.get(c) or by_text.setdefault(c, _shingles(c)) for c in candidates]
    scored: dict[tuple[str, str], float] = {}
    pairs = {}
    for i, j in itertools.combinations(range(len(grams)), 2):
        if grams[i] and grams[j]:
            key = (candidates[i], candidates[j])
            if key not in scored:
                scored[key] = scored[key[::-1]] = _agreement(grams[i], grams[j])
            pairs[i, j] = scored[key]
    best, best_score, others = -1, -1.0, 0
    for i, own in enumerate(grams):
        if not own:
            continue
        score = sum(pairs.get((min(i, j), max(i, j)), 0.0) for j in range(len(grams)) if j != i)
        if score > best_score:
            best, best_score = i, score
            others = sum(1 for j, other in enumerate(grams) if j != i and other)
    return best, (best_score / others if others else 0.0)


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

    Clutter sits before and after the story (menus, related links, footers, comments); a
    paragraph inside the confirmed span is kept even when ``other`` missed it, and so are
    the prose paragraphs right before it (a standfirst or lead readability left out).
    "" if none is confirmed.
    """
    return _trim(text, _confirmer(other))


def _trim(text: str, confirmed: Callable[[str], bool]) -> str:
    paragraphs = text.split("\n\n") if text else []
    marks = [confirmed(p) for p in paragraphs]
    if not any(marks):
        return ""
    first = marks.index(True)
    last = len(marks) - 1 - marks[::-1].index(True)
    while first > 0 and _is_prose(paragraphs[first - 1]):
        first -= 1
    return "\n\n".join(paragraphs[first : last + 1])


def _confirmer(other: str) -> Callable[[str], bool]:
    grams = _shingles(other)
    words = " " + " ".join(_WORD.findall(other)) + " "
    seen: dict[str, bool] = {}  # candidates share paragraphs: each is judged once

    def confirmed(paragraph: str) -> bool:
        known = seen.get(paragraph)
        if known is None:
            known = seen[paragraph] = judge(paragraph)
        return known

    def judge(paragraph: str) -> bool:
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
    return _prose_chars(body) >= _ARTICLE_MIN_CHARS


def _prose_chars(body: str) -> int:
    """The word characters of the body's prose paragraphs."""
    if not body:
        return 0
    counts = ((_word_chars(p), p) for p in body.split("\n\n"))  # each paragraph counted once
    return sum(n for n, p in counts if _prose_sized(n, p))


def _is_prose(paragraph: str) -> bool:
    return _prose_sized(_word_chars(paragraph), paragraph)


def _prose_sized(word_chars: int, paragraph: str) -> bool:
    return word_chars >= _PROSE_MIN_CHARS and bool(_SENTENCE_END.search(paragraph))


def _nfc(text: str) -> str:
    """``text`` in Unicode normalization form C (a quick check on most pages)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _word_chars(text: str) -> int:
    return sum(map(len, _WORD.findall(text)))


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


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a page says about itself; ``headlines`` are the forms its headline may take.
    Its date is ``page_date``'s."""

    title: str
    headlines: tuple[str, ...]
    author: str | None
    site_name: str | None


def page_metadata(tree: lxml.html.HtmlElement) -> PageMeta:
    """Title, author and site name from the page's markup (``<meta>``, JSON-LD, h1)."""
    ld = _json_ld(tree)
    og_title = _meta(tree, "property", "og:title")
    title_tag = _clean_title(tree.findtext(".//title"))
    h1s = [_clean_title(h.text_content()) for h in itertools.islice(tree.iter("h1"), 5)]
    headlines = [*h1s, og_title, _clean_title(ld.get("headline")), title_tag]
    if title_tag:
        headlines += [part for part in _TITLE_PARTS.split(title_tag) if part]
    return PageMeta(
        title=og_title or next(filter(None, h1s), "") or title_tag,
        headlines=tuple(h for h in headlines if h),
        author=_meta(tree, "name", "author")
        or _not_url(_meta(tree, "property", "article:author"))
        or _name(ld.get("author"))
        or None,
        site_name=_meta(tree, "property", "og:site_name") or _name(ld.get("publisher")) or None,
    )


_TITLE_PARTS = re.compile(r"\s+[|–—·:»-]+\s+")
_DATE_FORMAT = "%Y-%m-%d"
_DATE_HEAD_CHARS = 200_000


def page_date(page: str, *, large: bool = False, now: datetime | None = None) -> str | None:
    """The page's publication date (``YYYY-MM-DD``), or None; no date after ``now``'s day.

    htmldate's without its extensive search, whose free-text parsing (dateparser) cost tens
    of milliseconds a page: its fast search, then its scan of the page for date patterns.
    On a ``large`` page the date is looked for in its first ``_DATE_HEAD_CHARS`` characters
    only (htmldate copies the tree it is given).
    """
    now = now or datetime.now()
    head = page[:_DATE_HEAD_CHARS] if large else page
    # Always a parsed tree, never the text: htmldate downloads a string that looks like a URL
    # ("http..." without a space), and a page's text may be one (tests/ingest/test_page_date.py).
    tree = _load_html(head)  # the tree extract_html parsed, again: 1-2 ms a page
    return _page_date(tree, head, now) if tree is not None else None


def _page_date(tree: lxml.html.HtmlElement, page: str, now: datetime) -> str | None:
    # find_date's own latest date, as of now: the end of its day
    last = now.replace(hour=23, minute=59, second=59, microsecond=999999)
    try:  # htmldate copies a tree it is given
        found = find_date(
            tree,
            extensive_search=False,
            original_date=True,
            outputformat=_DATE_FORMAT,
            max_date=last,
        )
        if not found:
            options = DateOptions(False, now, datetime(1995, 1, 1), True, _DATE_FORMAT)
            found = search_page(scan_text(page), options)  # the same date, sooner
    # RecursionError: a deeply nested page; read lazily, the date is None, not an error
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError) as exc:
        logger.debug("date search failed: %s", exc)
        return None
    return str(found) if found else None


def _meta(tree: lxml.html.HtmlElement, attribute: str, name: str) -> str:
    for value in tree.xpath(f"//meta[@{attribute}=$name]/@content", name=name):
        cleaned = _clean_title(str(value))
        if cleaned:
            return cleaned
    return ""


def _json_ld(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The page's first JSON-LD object that has a headline (an article), else {}."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _ld_items(data):
            if item.get("headline"):
                return item
    return {}


def _ld_items(data: object) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _ld_items(entry)
    elif isinstance(data, dict):
        yield data
        yield from _ld_items(data.get("@graph"))


def _name(value: object) -> str:
    """A JSON-LD person or organization's name (the first one of a list)."""
    if isinstance(value, list):
        return _name(value[0]) if value else ""
    if isinstance(value, dict):
        value = value.get("name")
    return _not_url(_clean_title(value))


def _not_url(value: str) -> str:
    return "" if value.startswith(("http://", "https://")) else value


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

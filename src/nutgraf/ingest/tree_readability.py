"""readability-lxml on an already parsed tree, for the vote of ``ingest/html.py``.

A module of its own so that readability-lxml (and lxml_html_clean, which it imports) loads
only when a page reaches the vote: most pages never do, and its import is about 15 ms of a
cold start (docs/benchmarks.md).

Four of readability-lxml's steps are written again here, each computing what its original
does (the same scores, the same changes to the tree) with less Python: its text cleaning
compiled once instead of looked up in ``re``'s cache three times a call (and each pattern
run only on a text it can match), a paragraph's block test read from the tags instead of a
serialization of the subtree, each class and id string judged once (its two XPath tests
compiled once), and no debug description of every candidate built whether or not it is
logged. They were a third of its time on Russian news pages (docs/benchmarks.md);
``tests/ingest/test_tree_readability.py`` compares each with the original on built pages.
The rewritten methods follow readability-lxml 0.9 (Apache-2.0, Yuri Baburov and
contributors); with another version installed the originals run.
"""

from __future__ import annotations

import re
from copy import copy
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import lxml.etree
import lxml.html
from lxml.html import fragment_fromstring
from readability import Document
from readability.readability import REGEXES

_LONG_SPACE = re.compile(r"\s{255,}")
_LONG_SPACE_FILL = " " * 255
_LINE_BREAK = re.compile(r"\s*\n\s*")
_TAB_OR_SPACES = re.compile(r"\t|[ \t]{2,}")
# readability-lxml's divToPElementsRe finds these tags' starts in a serialization ("<p" is
# also "<param", "<pre", "<picture": the prefix is what it tests).
_BLOCK_PREFIXES = ("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul")
# readability-lxml's two tests of an unlikely candidate, compiled once (not on every call)
_IN_CODE = lxml.etree.XPath("ancestor-or-self::pre | ancestor-or-self::code")
_HOLDS_MAIN = lxml.etree.XPath(
    "descendant-or-self::main | descendant-or-self::article | descendant-or-self::math"
)
_INLINE: frozenset[str] = frozenset(
    {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"}
)


def _rewritten() -> bool:
    """Whether the installed readability-lxml is the version the rewritten steps follow."""
    try:
        return version("readability-lxml") == "0.9"
    except PackageNotFoundError:
        return False


def _clean(text: str) -> str:
    """readability-lxml's ``clean``, its three patterns compiled once, each run only on a
    text it can match (a run of 255 characters, a line break, a tab or two spaces)."""
    if len(text) >= 255:
        text = _LONG_SPACE.sub(_LONG_SPACE_FILL, text)
    if "\n" in text:
        text = _LINE_BREAK.sub("\n", text)
    if "\t" in text or "  " in text:
        text = _TAB_OR_SPACES.sub(" ", text)
    return text.strip()


def _text_length(elem: lxml.html.HtmlElement) -> int:
    """readability-lxml's ``text_length``: the length of the element's cleaned text."""
    text = elem.text_content() or ""
    # None of the three patterns can match: no line break, tab, two spaces or long run.
    if len(text) < 255 and "\n" not in text and "\t" not in text and "  " not in text:
        return len(text.strip())
    return len(_clean(text))


def _cached_length(elem: lxml.html.HtmlElement, lengths: dict[lxml.html.HtmlElement, int]) -> int:
    found = lengths.get(elem)
    if found is None:
        found = lengths[elem] = _text_length(elem)
    return found


def _holds_block(elem: lxml.html.HtmlElement) -> bool:
    """Whether a serialization of ``elem``'s children would hold a block tag's start: the
    serializer escapes every ``<`` of text and attribute values, so only tags start so."""
    return any(
        isinstance(e.tag, str) and e.tag.lower().startswith(_BLOCK_PREFIXES)
        for e in elem.iterdescendants()
    )


class TreeReadability(Document):  # type: ignore[misc]
    """readability-lxml on an already parsed tree (never changed: each pass gets a copy).

    Its own parsing cleans the page with lxml_html_clean, whose link rewriting is half of
    readability's time; for finding text, dropping scripts, styles, links, comments and
    processing instructions is the same cleaning (tested against the original).
    """

    def _parse(self, input: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
        doc = copy(input)
        self.encoding = "utf-8"
        for elem in doc.xpath("//*[@hidden]"):
            elem.drop_tree()
        for elem in doc.xpath("//*[@style]"):
            if REGEXES["displayNoneRe"].search(elem.get("style")):
                elem.drop_tree()
        lxml.etree.strip_elements(
            doc,
            "script",
            "style",
            "link",
            lxml.etree.Comment,
            lxml.etree.ProcessingInstruction,
            with_tail=False,
        )
        return doc


class FastTreeReadability(TreeReadability):
    """``TreeReadability`` with four of readability-lxml 0.9's steps rewritten (same
    results, less Python: see the module's docstring)."""

    def get_link_density(self, elem: lxml.html.HtmlElement) -> float:
        link_length = sum(_text_length(link) for link in elem.findall(".//a"))
        return float(link_length) / max(_text_length(elem), 1)

    def score_paragraphs(self) -> dict[lxml.html.HtmlElement, dict[str, Any]]:
        min_len = self.min_text_length
        candidates: dict[lxml.html.HtmlElement, dict[str, Any]] = {}
        ordered = []
        for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
            parent_node = elem.getparent()
            if parent_node is None:
                continue
            grand_parent_node = parent_node.getparent()
            inner_text = _clean(elem.text_content() or "")
            inner_text_len = len(inner_text)
            if inner_text_len < min_len:
                continue
            if parent_node not in candidates:
                candidates[parent_node] = self.score_node(parent_node)
                ordered.append(parent_node)
            if grand_parent_node is not None and grand_parent_node not in candidates:
                candidates[grand_parent_node] = self.score_node(grand_parent_node)
                ordered.append(grand_parent_node)
            content_score: float = 1
            content_score += len(inner_text.split(","))
            content_score += min((inner_text_len / 100), 3)
            candidates[parent_node]["content_score"] += content_score
            if grand_parent_node is not None:
                candidates[grand_parent_node]["content_score"] += content_score / 2.0
        # The tree does not change while the candidates are scaled: a link inside several
        # candidates (a paragraph's parent and grandparent) is measured once.
        lengths: dict[lxml.html.HtmlElement, int] = {}
        for elem in ordered:
            links = sum(_cached_length(link, lengths) for link in elem.findall(".//a"))
            density = float(links) / max(_text_length(elem), 1)
            candidates[elem]["content_score"] *= 1 - density
        return candidates

    def remove_unlikely_candidates(self) -> None:
        unlikely: dict[str, bool] = {}  # by class and id: most elements share a few
        for elem in self.html.findall(".//*"):
            cls, ident = elem.get("class"), elem.get("id")
            if not cls and not ident:  # " ": too short for readability-lxml
                continue
            s = "{} {}".format(cls or "", ident or "")
            verdict = unlikely.get(s)
            if verdict is None:
                verdict = unlikely[s] = bool(
                    REGEXES["unlikelyCandidatesRe"].search(s)
                    and not REGEXES["okMaybeItsACandidateRe"].search(s)
                )
            if (
                verdict
                and elem.tag not in ["html", "body"]
                and not _IN_CODE(elem)
                and not _HOLDS_MAIN(elem)
            ):
                elem.drop_tree()

    def transform_misused_divs_into_paragraphs(self) -> None:
        for elem in self.tags(self.html, "div"):
            # a <div> whose children hold no block element is a <p>
            if not _holds_block(elem):
                elem.tag = "p"

        for elem in self.tags(self.html, "div"):
            children = list(elem)
            paragraph = None
            if elem.text and elem.text.strip():
                p = fragment_fromstring("<p/>")
                p.text = elem.text
                elem.text = None
                elem.insert(0, p)
                paragraph = p

            for child in children:
                if child.tag == "br":
                    paragraph = None
                    continue
                if child.tag not in _INLINE or _holds_block_or_is(child):
                    paragraph = None
                    continue
                if paragraph is None:
                    paragraph = fragment_fromstring("<p/>")
                    child.addprevious(paragraph)
                paragraph.append(child)

            for pos, child in reversed(list(enumerate(elem))):
                if child.tail and child.tail.strip():
                    p = fragment_fromstring("<p/>")
                    p.text = child.tail
                    child.tail = None
                    elem.insert(pos + 1, p)
                if child.tag == "br":
                    child.drop_tree()


def _holds_block_or_is(elem: lxml.html.HtmlElement) -> bool:
    """Whether a serialization of ``elem`` itself would hold a block tag's start."""
    tag = elem.tag
    return (isinstance(tag, str) and tag.lower().startswith(_BLOCK_PREFIXES)) or _holds_block(elem)


def tree_readability(tree: lxml.html.HtmlElement) -> TreeReadability:
    """readability-lxml's ``Document`` for ``tree``: with the rewritten steps when the
    installed version is the one they follow."""
    return FastTreeReadability(tree) if _REWRITTEN else TreeReadability(tree)


_REWRITTEN = _rewritten()

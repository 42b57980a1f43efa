"""trafilatura's extraction for ``ingest/html.py``, the raw tree prepared once for two runs.

``main_body`` runs trafilatura twice on a page it is unsure of (precision first, then the
balanced cascade). Each ``bare_extraction`` prepares the page's tree the same way before its
cascade (a copy, the forum-thread test, the raw-tree and comment prunes: two large XPath
sweeps, 2.3 ms a run on Russian news pages, docs/benchmarks.md), and nothing after that
changes the prepared tree (every later step copies it first). ``RawTree`` prepares it once
and ``extract`` runs the rest of the cascade on it: trafilatura 2.3.1's
``trafilatura_sequence``, its ``compare_extraction`` and the end of ``bare_extraction``
(Apache-2.0, the trafilatura authors) written again for nutgraf's two runs only (precision
without fallbacks, balanced with them; comments, metadata, language filter, user prune
expressions and deduplication off; Python output), step for step with its own functions,
its prunes by id and class evaluated in Python (``trafilatura_prunes``: the same elements).
The balanced run's comparison with the external extractors runs trafilatura's port of
readability on the prepared tree, and its recall retry again on the same tree: ``RawTree``
keeps that summary, and when the preparation pruned nothing it is the summary of nutgraf's
own readability check (the same port on the same tree), so the port runs once a page
instead of up to three times. On a forum thread the balanced run's preparation differs
(its posts are not pruned as comments), and with another trafilatura version installed
every run goes through ``bare_extraction``. ``tests/ingest/test_trafilatura_runs.py``
compares both ways on built pages.
"""

from __future__ import annotations

import logging
from copy import copy
from typing import Final

import lxml.etree
import lxml.html
import trafilatura
from lxml.etree import tostring
from trafilatura import bare_extraction
from trafilatura.baseline import baseline, html2txt
from trafilatura.core import (
    ESCALATION_ACCEPT_RATIO,
    ESCALATION_JUSTEXT_RATIO,
    ESCALATION_MAX_LENGTH,
    ESCALATION_PAGE_SHARE,
    _forum_thread_page,
    _prepare_tree,
)
from trafilatura.external import (
    JUSTEXT_OVERRIDE_RATIO,
    SANITIZED_XPATH,
    _prefer_readability,
    justext_rescue,
    sanitize_tree,
)
from trafilatura.htmlprocessing import convert_tags, tree_cleaning
from trafilatura.settings import Document, Extractor
from trafilatura.utils import fromstring_bytes, trim
from trafilatura.xml import xmltotxt

from nutgraf.ingest.fork_readability import CheckReadability
from nutgraf.ingest.trafilatura_prunes import COMMENT_PRUNES, RAW_PRUNES, extract_content, prune

logger = logging.getLogger(__name__)

# Whether the installed trafilatura is the version the rewritten steps follow.
_REWRITTEN = trafilatura.__version__ == "2.3.1"


class RawTree:
    """A page's tree as trafilatura's cascade prepares it, made on the first run that needs
    it and kept for the next (the page's own tree is never changed), and the summary of
    trafilatura's port of readability on it, which the cascade's comparison with the
    external extractors reads (once in the balanced run, again in its recall retry)."""

    __slots__ = ("_check", "_prepared", "_summary", "tree")

    def __init__(self, tree: lxml.html.HtmlElement, check: str | None = None) -> None:
        """``check``: the summary of the port on (a copy of) ``tree`` itself, nutgraf's
        readability check, when it was read: it is the cascade's own when the preparation
        prunes nothing."""
        self.tree = tree  # the page's own
        self._check = check
        self._prepared: tuple[lxml.html.HtmlElement, bool] | None = None
        self._summary: str | _Unset | None = _UNSET

    def prepared(self) -> tuple[lxml.html.HtmlElement, bool]:
        """The prepared tree (comments and comment lists pruned) and whether the page is a
        forum thread (then a balanced run prepares its own: its posts are its content)."""
        if self._prepared is None:
            tree = copy(self.tree)  # bare_extraction's copy of a tree it is given
            is_forum = _forum_thread_page(tree)
            pruned = prune(tree, RAW_PRUNES)
            if self._check is not None and not pruned:
                self._summary = self._check  # nothing pruned
            self._prepared = tree, is_forum
        return self._prepared

    def readability(self) -> lxml.html.HtmlElement:
        """trafilatura's ``try_readability`` on a copy of the prepared tree (a new element
        on every call: the comparison may change what it is given)."""
        if isinstance(self._summary, _Unset):
            try:
                summary = CheckReadability(copy(self.prepared()[0]), min_text_length=25).summary()
            except Exception as err:  # as trafilatura's try_readability
                logger.debug("readability's port failed: %s", err)
                summary = None
            self._summary = summary
        parsed = fromstring_bytes(self._summary) if self._summary is not None else None
        return parsed if parsed is not None else lxml.html.HtmlElement()


class _Unset:
    """Not computed yet (None is a result: the port failed)."""


_UNSET: Final = _Unset()


def extract(raw: RawTree, options: Extractor) -> str | None:
    """The text ``bare_extraction`` finds with ``options`` (None when it finds nothing)."""
    ours = (options.focus == "precision") == options.fast  # precision fast, or balanced
    others = options.comments or options.with_metadata or options.lang or options.dedup
    if not _REWRITTEN or not ours or others or options.focus == "recall":
        return _bare(raw, options)
    is_forum = raw.prepared()[1]
    if is_forum and options.focus != "precision":
        return _bare(raw, options)
    try:
        postbody, temp_text = _sequence(raw, is_forum, options)
        # bare_extraction's checks after its cascade (no comments: their length is 0)
        if options.max_tree_size and len(postbody) > options.max_tree_size:
            lxml.etree.strip_tags(postbody, "hi")
            if len(postbody) > options.max_tree_size:
                raise ValueError
        if len(temp_text) < options.min_output_size and options.min_output_comm_size > 0:
            raise ValueError
    except (TypeError, ValueError):
        return None
    return str(xmltotxt(postbody, options.formatting))


def _bare(raw: RawTree, options: Extractor) -> str | None:
    doc = bare_extraction(raw.tree, options=options)  # it works on a copy of the tree
    return str(doc.text or "") if isinstance(doc, Document) else None


def _sequence(raw: RawTree, is_forum: bool, options: Extractor) -> tuple[lxml.etree._Element, str]:
    """trafilatura 2.3.1's ``trafilatura_sequence`` after its raw-tree preparation, with
    comments off (no comment capture, so no forum posts to salvage)."""
    url = options.url
    tree = raw.prepared()[0]
    if options.fast:
        # _prepare_tree without its backup copy of the cleaned tree: only the comparison
        # with the external extractors reads it, and a fast run makes none
        cleaned_tree = convert_tags(tree_cleaning(copy(tree), options), options, url)
        cleaned_tree_backup = cleaned_tree
    else:
        cleaned_tree, cleaned_tree_backup = _prepare_tree(tree, options, url)
    if options.focus == "precision" and not is_forum:
        prune(cleaned_tree, COMMENT_PRUNES)

    postbody, temp_text = _extract_and_compare(cleaned_tree, cleaned_tree_backup, raw, options)

    # 3. rescue: baseline on the original tree, accepted only if it adds text
    if len(temp_text) < options.min_extracted_size and options.focus != "precision":
        b_body, b_text, b_len = baseline(tree)  # baseline copies element inputs
        if b_len > len(temp_text):
            postbody, temp_text = b_body, b_text

    # 4. recall escalation (comments off: the escalation input is the prepared tree)
    if (
        options.focus == "balanced"
        and 0 < len(temp_text) < ESCALATION_MAX_LENGTH
        and len(temp_text) < ESCALATION_PAGE_SHARE * len(html2txt(tree))
    ):
        r_options = copy(options)
        r_options.focus = "recall"
        r_text = ""
        try:  # _recall_retry
            r_body, r_text = _extract_and_compare(
                *_prepare_tree(tree, r_options, url), raw, r_options
            )
        except Exception as err:  # as trafilatura: a failed retry leaves the text as it is
            logger.debug("trafilatura's recall retry failed: %s", err)
        j_text = ""
        if not options.fast:
            try:
                j_body, j_text = justext_rescue(copy(tree), options)
            except Exception as err:  # as trafilatura
                logger.debug("trafilatura's justext candidate failed: %s", err)
        len_text, r_len, j_len = len(temp_text), len(r_text), len(j_text)
        if j_len > r_len and j_len > ESCALATION_JUSTEXT_RATIO * len_text:
            postbody, temp_text = j_body, j_text
        elif r_len >= options.min_extracted_size and r_len > ESCALATION_ACCEPT_RATIO * len_text:
            postbody, temp_text = r_body, r_text
    return postbody, temp_text


def _extract_and_compare(
    cleaned_tree: lxml.html.HtmlElement,
    cleaned_tree_backup: lxml.html.HtmlElement,
    raw: RawTree,
    options: Extractor,
) -> tuple[lxml.etree._Element, str]:
    """trafilatura 2.3.1's: the main extractor, then the comparison unless in fast mode."""
    postbody, temp_text = extract_content(cleaned_tree, options)
    if not options.fast:
        postbody, temp_text = _compare_extraction(
            cleaned_tree_backup, raw, postbody, temp_text, options
        )
    return postbody, temp_text


def _compare_extraction(
    cleaned_tree: lxml.html.HtmlElement,
    raw: RawTree,
    body: lxml.etree._Element,
    text: str,
    options: Extractor,
) -> tuple[lxml.etree._Element, str]:
    """trafilatura 2.3.1's ``compare_extraction`` for a balanced run or its recall retry
    (no precision prune of readability's input: a precision run is a fast one here),
    readability's summary read from ``raw``."""
    len_text = len(text)
    if options.focus == "recall" and len_text > options.min_extracted_size * 10:
        return body, text

    temppost_algo = raw.readability()
    algo_text = trim(tostring(temppost_algo, method="text", encoding="utf-8").decode("utf-8"))
    len_algo = len(algo_text)
    use_readability = _prefer_readability(
        body, temppost_algo, algo_text, len_text, len_algo, options
    )
    if use_readability:
        body, text, len_text = temppost_algo, algo_text, len_algo

    unclean = bool(body.xpath(SANITIZED_XPATH))
    if unclean or len_text < options.min_extracted_size:
        body2, text2 = justext_rescue(cleaned_tree, options)
        len_text2 = len(text2)
        if unclean:
            accept = len_text <= JUSTEXT_OVERRIDE_RATIO * len_text2 and (
                len_text2 > len_text or not options.images or body.find(".//graphic") is None
            )
        else:
            accept = len_text < len_text2
        if text2 and accept:
            body, text, len_text = body2, text2, len_text2
            use_readability = False

    if use_readability:
        body, text = sanitize_tree(body, options)
    return body, text

"""trafilatura's extraction for ``ingest/html.py``, the raw tree prepared once for two runs.

``main_body`` runs trafilatura twice on a page it is unsure of (precision first, then the
balanced cascade). Each ``bare_extraction`` prepares the page's tree the same way before its
cascade (a copy, the forum-thread test, the raw-tree and comment prunes: two large XPath
sweeps, 2.3 ms a run on Russian news pages, docs/benchmarks.md), and nothing after that
changes the prepared tree (every later step copies it first). ``RawTree`` prepares it once
and ``extract`` runs the rest of the cascade on it: trafilatura 2.3.1's
``trafilatura_sequence`` and the end of ``bare_extraction`` (Apache-2.0, the trafilatura
authors) written again for nutgraf's options only (comments, metadata, language filter,
user prune expressions and deduplication off; Python output), step for step with its own
functions. The two runs then differ only after the preparation, as before. On a forum
thread the balanced run's preparation differs (its posts are not pruned as comments), and
with another trafilatura version installed every run goes through ``bare_extraction``.
``tests/ingest/test_trafilatura_runs.py`` compares both ways on built pages.
"""

from __future__ import annotations

import logging
from copy import copy

import lxml.etree
import lxml.html
import trafilatura
from trafilatura import bare_extraction
from trafilatura.baseline import baseline, html2txt
from trafilatura.core import (
    ESCALATION_ACCEPT_RATIO,
    ESCALATION_JUSTEXT_RATIO,
    ESCALATION_MAX_LENGTH,
    ESCALATION_PAGE_SHARE,
    _extract_and_compare,
    _forum_thread_page,
    _prepare_tree,
    _recall_retry,
)
from trafilatura.external import justext_rescue
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.settings import Document, Extractor
from trafilatura.xml import xmltotxt
from trafilatura.xpaths import (
    RAW_TREE_PRUNE_XPATH,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
    REMOVE_COMMENTS_XPATH,
)

logger = logging.getLogger(__name__)

# Whether the installed trafilatura is the version the rewritten steps follow.
_REWRITTEN = trafilatura.__version__ == "2.3.1"


class RawTree:
    """A page's tree as trafilatura's cascade prepares it, made on the first run that needs
    it and kept for the next (the page's own tree is never changed)."""

    __slots__ = ("_prepared", "tree")

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        self.tree = tree  # the page's own
        self._prepared: tuple[lxml.html.HtmlElement, bool] | None = None

    def prepared(self) -> tuple[lxml.html.HtmlElement, bool]:
        """The prepared tree (comments and comment lists pruned) and whether the page is a
        forum thread (then a balanced run prepares its own: its posts are its content)."""
        if self._prepared is None:
            tree = copy(self.tree)  # bare_extraction's copy of a tree it is given
            is_forum = _forum_thread_page(tree)
            tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
            tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
            self._prepared = tree, is_forum
        return self._prepared


def extract(raw: RawTree, options: Extractor) -> str | None:
    """The text ``bare_extraction`` finds with ``options`` (None when it finds nothing)."""
    if not _REWRITTEN or options.comments or options.with_metadata or options.lang or options.dedup:
        return _bare(raw, options)
    tree, is_forum = raw.prepared()
    if is_forum and options.focus != "precision":
        return _bare(raw, options)
    try:
        postbody, temp_text = _sequence(tree, is_forum, options)
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


def _sequence(
    tree: lxml.html.HtmlElement, is_forum: bool, options: Extractor
) -> tuple[lxml.etree._Element, str]:
    """trafilatura 2.3.1's ``trafilatura_sequence`` after its raw-tree preparation, with
    comments off (no comment capture, so no forum posts to salvage)."""
    url = options.url
    cleaned_tree, cleaned_tree_backup = _prepare_tree(tree, options, url)
    if options.focus == "precision" and not is_forum:
        cleaned_tree = prune_unwanted_nodes(cleaned_tree, REMOVE_COMMENTS_XPATH)

    postbody, temp_text = _extract_and_compare(cleaned_tree, cleaned_tree_backup, tree, options)

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
        try:
            r_body, r_text = _recall_retry(tree, r_options, url)
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

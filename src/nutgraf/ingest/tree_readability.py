"""readability-lxml on an already parsed tree, for the vote of ``ingest/html.py``.

A module of its own so that readability-lxml (and lxml_html_clean, which it imports) loads
only when a page reaches the vote: most pages never do, and its import is about 15 ms of a
cold start (docs/benchmarks.md).
"""

from __future__ import annotations

from copy import copy

import lxml.etree
import lxml.html
from readability import Document
from readability.readability import REGEXES


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

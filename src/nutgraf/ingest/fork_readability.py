"""trafilatura's port of readability, for the check of a trafilatura run in ``ingest/html.py``.

Its paragraph scoring is written again here to compute the same scores with less work: each
link's text is measured once, where the original measures it again for every candidate it
is inside (its paragraph's parent and grandparent, and further up), and a text's trimmed
length is taken without its trimming's cache (a cache keyed by whole texts, hashed on every
call, which these texts seldom hit). That was a third of the port's time on Russian news
pages, where it runs on every page (docs/benchmarks.md). Its pass over the unlikely
candidates is also written again (the same elements dropped, the class and id joined with
less Python). ``tests/ingest/test_fork_readability.py`` compares both with the original on
built pages.
The method follows trafilatura 2.3.1's ``readability_lxml`` (Apache-2.0, the trafilatura
authors and readability's); with another version installed the original runs.
"""

from __future__ import annotations

import lxml.html
import trafilatura
from trafilatura.readability_lxml import FRAME_TAGS, REGEXES, Candidate
from trafilatura.readability_lxml import Document as ReadabilityFork

# Whether the installed trafilatura is the version the rewritten method follows.
_REWRITTEN = trafilatura.__version__ == "2.3.1"


class CheckReadability(ReadabilityFork):
    """trafilatura's ``readability_lxml.Document``, its paragraph scoring computed faster."""

    __slots__ = ()

    def score_paragraphs(self) -> dict[lxml.html.HtmlElement, Candidate]:
        if not _REWRITTEN:
            return super().score_paragraphs()
        candidates: dict[lxml.html.HtmlElement, Candidate] = {}

        for elem in self.doc.iter("p", "pre", "td"):
            parent_node = elem.getparent()
            if parent_node is None:
                continue
            grand_parent_node = parent_node.getparent()

            elem_text = _trim(elem.text_content())
            elem_text_len = len(elem_text)

            # discard too short paragraphs
            if elem_text_len < self.min_text_length:
                continue

            for node in (parent_node, grand_parent_node):
                if node is not None and node not in candidates:
                    candidates[node] = self.score_node(node)

            score = 1 + len(elem_text.split(",")) + min((elem_text_len / 100), 3)

            candidates[parent_node].score += score
            if grand_parent_node is not None:
                candidates[grand_parent_node].score += score / 2

        # The tree does not change while scoring: each link's length is measured once.
        lengths: dict[lxml.html.HtmlElement, int] = {}
        for elem, candidate in candidates.items():
            total_length = _text_length(elem) or 1
            link_length = 0
            for link in elem.findall(".//a"):
                if (length := lengths.get(link)) is None:
                    length = lengths[link] = _text_length(link)
                link_length += length
            candidate.score *= 1 - link_length / total_length

        return candidates

    def remove_unlikely_candidates(self) -> None:
        if not _REWRITTEN:
            return super().remove_unlikely_candidates()
        unlikely, maybe = (
            REGEXES["unlikelyCandidatesRe"].search,
            REGEXES["okMaybeItsACandidateRe"].search,
        )
        verdicts: dict[str, bool] = {}
        for elem in self.doc.findall(".//*"):  # a list: a dropped subtree's elements are seen
            # the original's " ".join(filter(None, (class, id)))
            cls, ident = elem.get("class"), elem.get("id")
            attrs = (f"{cls} {ident}" if ident else cls) if cls else ident
            if attrs is None or len(attrs) < 2 or elem.tag in FRAME_TAGS:
                continue
            verdict = verdicts.get(attrs)
            if verdict is None:
                low = attrs.lower()
                verdict = verdicts[attrs] = bool(unlikely(low)) and not maybe(low)
            if verdict:
                elem.drop_tree()
        return None


def _trim(text: str) -> str:
    """trafilatura's ``trim`` without its cache (its ``strip`` after the join has nothing left
    to strip: ``split`` and ``strip`` know the same whitespace)."""
    return " ".join(text.split())


def _text_length(elem: lxml.html.HtmlElement) -> int:
    """trafilatura's ``text_length``: the length of the element's trimmed text."""
    return len(_trim(elem.text_content()))

"""The rewritten paragraph scoring of trafilatura's readability port (``fork_readability``):
the same scores and summary as the port's own, on pages built to reach its branches."""

from __future__ import annotations

from copy import copy

import lxml.etree
import pytest
from test_tree_readability import _page
from trafilatura.readability_lxml import Document as ReadabilityFork

from nutgraf.ingest import fork_readability
from nutgraf.ingest.fork_readability import CheckReadability
from nutgraf.ingest.html import parse_html, readability_fork_texts

# A link inside candidates at three levels (paragraph, its parent, its grandparent and up),
# one repeated, links holding links' text, and a candidate that is all link.
NESTED = (
    "<html><body><div class='story'><div><div>"
    + "".join(
        f"<p>Paragraph {i}, with a comma, and a <a href='/a{i}'>link number {i}</a> inside it "
        f"<a href='/b'><b>bold</b> link</a>, long enough to count as a paragraph.</p>"
        for i in range(6)
    )
    + "</div><p><a href='/only'>A paragraph that is all link, long enough to be scored.</a></p>"
    + "</div></div><table><tr><td>A cell with <a href='/c'>a link</a>, "
    "and text long enough.</td></tr></table></body></html>"
)


def _scores(document: ReadabilityFork) -> list[tuple[str, float]]:
    for elem in list(document.doc.iter("script", "style", "fencedframe")):
        elem.drop_tree()
    document.remove_unlikely_candidates()
    document.transform_misused_divs_into_paragraphs()
    found = document.score_paragraphs()
    return [(lxml.etree.tostring(e).decode(), c.score) for e, c in found.items()]


@pytest.mark.parametrize("page", [NESTED, *(_page(seed) for seed in range(12))])
def test_rewritten_scoring_gives_the_ports_scores_and_summary(page: str) -> None:
    tree = parse_html(page)
    scores = _scores(ReadabilityFork(copy(tree), min_text_length=25))
    assert _scores(CheckReadability(copy(tree), min_text_length=25)) == scores
    assert len(scores) > 2 and any(score < 0 or score % 1 > 0 for _, score in scores)
    original = ReadabilityFork(copy(tree), min_text_length=25).summary()
    assert CheckReadability(copy(tree), min_text_length=25).summary() == original


def test_the_check_uses_the_rewritten_scoring_with_the_pinned_version() -> None:
    assert fork_readability._REWRITTEN  # trafilatura is pinned (constraints.txt)
    body, _ = readability_fork_texts(parse_html(NESTED))
    assert "Paragraph 3, with a comma" in body

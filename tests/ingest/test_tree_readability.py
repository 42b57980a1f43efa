"""The rewritten steps of readability-lxml in ``tree_readability``: the same results as
readability-lxml's own, on pages written here to reach each of their branches."""

from __future__ import annotations

import random

import lxml.etree
import pytest
from readability.readability import REGEXES, clean, text_length

from nutgraf.ingest.html import parse_html, readability_body
from nutgraf.ingest.tree_readability import (
    FastTreeReadability,
    TreeReadability,
    _clean,
    _holds_block,
    _text_length,
    tree_readability,
)

STORY = (
    "The harbour authority said on Monday that the new ferry terminal would open in May, "
    "two months later than planned, because of delays in delivering the steel for its pier.",
    "Officials, engineers and the contractor met for three hours; none of them, the "
    "spokeswoman said, expected the cost of the terminal to rise above the agreed budget.",
    "Passengers will use the old terminal until then, with extra buses from the station.",
)


def _page(seed: int) -> str:
    """A news page with the shapes readability's steps branch on: divs with and without
    block children (and tags that share a block tag's prefix), inline children holding
    blocks, a ``<p`` inside an attribute and in text, repeated and unlikely class names,
    links inside nested candidates, tabs, line breaks and long runs of spaces."""
    rng = random.Random(seed)
    parts = ["<html><head><title>Ferry terminal late</title></head><body>"]
    parts.append('<div class="header menu"><a href="/">Home</a> <a href="/news">News</a></div>')
    parts.append('<div id="sidebar" class="column">Most read <a href="/x">Other story</a></div>')
    parts.append('<div class="comment-list"><article>An article inside comments.</article></div>')
    parts.append(
        '<div id="disqus_thread"><p>A reader wrote, at some length, that the delay was '
        "expected by everyone who had watched the pier being built.</p></div>"
    )
    parts.append('<div class="story-body main">')
    for i, paragraph in enumerate(STORY):
        spaces = " " * rng.choice((1, 2, 300))
        text = paragraph.replace(", ", rng.choice((", ", ",\n\t ", f",{spaces}")), 1)
        shape = rng.choice(("p", "div", "span-in-div", "pre", "picture", "td"))
        link = f'<a href="/l{i}" title="&lt;p a quote">{rng.choice(("a link", "see more"))}</a>'
        if shape == "p":
            parts.append(f"<p>{text} {link}</p>")
        elif shape == "div":
            parts.append(f'<div class="text">{text} {link}<br>tail &lt;div text</div>')
        elif shape == "span-in-div":
            parts.append(
                f"<div>{text}<span>{link}<b>bold</b></span><span><p>{text}</p></span></div>"
            )
        elif shape == "pre":
            parts.append(f"<div><pre>{text}</pre> loose tail {link}</div>")
        elif shape == "picture":
            parts.append(f"<div><picture><img src='/i.jpg'></picture>{text}</div>")
        else:
            parts.append(f"<table><tr><td>{text} {link}</td></tr></table>")
    parts.append("</div>")
    parts.append('<div class="footer"><p>Copyright, all rights reserved, 2026.</p></div>')
    parts.append("<div><param name='x'><em>An inline <a href='/e'>thing</a></em></div>")
    parts.append("</body></html>")
    return "\n".join(parts)


@pytest.mark.parametrize("seed", range(12))
def test_rewritten_steps_give_readability_lxmls_summary(seed: int) -> None:
    tree = parse_html(_page(seed))
    original = TreeReadability(tree).summary(html_partial=True)
    assert FastTreeReadability(tree).summary(html_partial=True) == original
    assert "ferry terminal" in original  # the story was found, not an empty summary


@pytest.mark.parametrize("seed", range(12))
def test_rewritten_scores_are_readability_lxmls(seed: int) -> None:
    def scores(document: TreeReadability) -> list[tuple[str, float]]:
        document._html(True)
        document.remove_unlikely_candidates()
        document.transform_misused_divs_into_paragraphs()
        found = document.score_paragraphs()
        return [(lxml.etree.tostring(e).decode(), c["content_score"]) for e, c in found.items()]

    tree = parse_html(_page(seed))
    assert scores(FastTreeReadability(tree)) == scores(TreeReadability(tree))


def test_block_test_reads_what_the_serialization_says() -> None:
    tree = parse_html(_page(3))
    divs = list(tree.iter("div"))
    assert len(divs) > 5
    for div in divs:
        serialized = str(b"".join(lxml.etree.tostring(c, encoding="utf-8") for c in div))
        assert _holds_block(div) == bool(REGEXES["divToPElementsRe"].search(serialized))


@pytest.mark.parametrize(
    "text",
    ["", "  word  ", "a\tb", "a  b", "a \n \n b", "x" + " " * 300 + "y", "a\u00a0" * 300, "a\r\nb"],
)
def test_text_cleaning_is_readability_lxmls(text: str) -> None:
    assert _clean(text) == clean(text)
    elem = parse_html(f"<html><body><p>{text}</p><p>word</p></body></html>").find(".//p")
    assert elem is not None
    assert _text_length(elem) == text_length(elem)


def test_the_vote_uses_the_rewritten_steps_with_the_pinned_version() -> None:
    tree = parse_html(_page(0))
    assert isinstance(tree_readability(tree), FastTreeReadability)
    assert "ferry terminal" in readability_body(tree)

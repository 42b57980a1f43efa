"""trafilatura's cascade on a tree prepared once for both runs (``trafilatura_runs``): the
same text as ``bare_extraction`` in each mode, on pages built to reach its branches (the
baseline rescue, the recall escalation, a forum thread, nothing found), with readability's
summary made once or taken from nutgraf's check, and the page's own tree left as it was."""

from __future__ import annotations

import json

import lxml.etree
import pytest
from test_trafilatura_prunes import prune_page
from test_tree_readability import _page
from trafilatura import bare_extraction
from trafilatura.settings import Document, Extractor

from nutgraf.config import Config
from nutgraf.ingest import trafilatura_runs
from nutgraf.ingest.fork_readability import CheckReadability
from nutgraf.ingest.html import (
    _BALANCED,
    _PRECISION,
    _Mode,
    parse_html,
    readability_fork_summary,
    trafilatura_body,
    trafilatura_options,
)
from nutgraf.ingest.trafilatura_runs import RawTree, extract

STORY = (
    "The city council voted on Tuesday to delay the new ferry terminal by a year, citing "
    "costs that had doubled since the plan was approved, and the mayor said the delay was "
    "regrettable but unavoidable given the state of the budget this spring."
)

# A short story among long link lists: the balanced run's text is short (the baseline rescue
# looks at the page) and a small share of the page's, so it escalates (a recall retry and a
# jusText candidate, neither kept).
SHORT_AMONG_LISTS = (
    "<html><body><ul class='nav'>"
    + "".join(f"<li><a href='/s{i}'>Section number {i} of the site</a></li>" for i in range(80))
    + f"</ul><div class='story'><p>{STORY}</p></div><div>"
    + " ".join(f"<a href='/o{i}'>A headline of another story, number {i}</a>" for i in range(120))
    + "</div></body></html>"
)

# A lead paragraph, then the story in bare divs or an <aside>: the balanced run escalates.
# (A kept recall retry or jusText candidate is reached on real pages: 7 and 13 of the 1,337
# compared in docs/benchmarks.md, all with the same text as bare_extraction's.)
OTHERS = "<div class='more'>" + " ".join(
    f"<a href='/o{i}'>A headline of another story, number {i}</a>" for i in range(150)
)
STORY_IN_DIVS = (
    f"<html><body><p>{STORY}</p><div>"
    + "".join(f"<div>{STORY} {i}</div>" for i in range(5))
    + f"</div>{OTHERS}</div></body></html>"
)
STORY_IN_ASIDE = (
    f"<html><body><p>{STORY}</p><aside>"
    + "".join(f"<p>{STORY} {i}</p>" for i in range(5))
    + f"</aside>{OTHERS}</div></body></html>"
)

# Reader comments as a list inside the article: the raw-tree prune keeps a list by a disqus
# id, the precision run's prune after the tag conversion drops it.
LIST_COMMENTS = (
    "<html><body><article>"
    + "".join(f"<p>{STORY} {i}</p>" for i in range(3))
    + "<ul id='disqus_thread'>"
    + "".join(f"<li>Reader {i} wrote: {STORY}</li>" for i in range(3))
    + "</ul></article></body></html>"
)

# Text only in bare divs and spans, no paragraphs: the precision run finds nothing.
DIVS_ONLY = (
    "<html><body><div><span>"
    + "</span><span>".join(STORY.split(", "))
    + "</span></div><div><div>"
    + STORY.upper()
    + "</div></div></body></html>"
)

# A forum thread (schema.org DiscussionForumPosting): its posts sit in comment containers,
# so the balanced run prepares its own tree.
FORUM = (
    "<html><head><script type='application/ld+json'>"
    + json.dumps({"@context": "https://schema.org", "@type": "DiscussionForumPosting"})
    + "</script></head><body><h1>Ferry terminal delayed</h1>"
    + "".join(
        f"<div class='comment' id='comment-{i}'><p>Post {i}: {STORY}</p></div>" for i in range(4)
    )
    + "</body></html>"
)

NOTHING = "<html><body><div><a href='/a'>Home</a> <a href='/b'>News</a></div></body></html>"

PAGES = [
    SHORT_AMONG_LISTS,
    STORY_IN_DIVS,
    STORY_IN_ASIDE,
    LIST_COMMENTS,
    DIVS_ONLY,
    FORUM,
    NOTHING,
    *(_page(seed) for seed in range(6)),
]


def _options(mode: _Mode) -> Extractor:
    return trafilatura_options(Config(), mode)


def _bare(page: str, mode: _Mode) -> str | None:
    doc = bare_extraction(parse_html(page), options=_options(mode))
    return str(doc.text or "") if isinstance(doc, Document) else None


@pytest.mark.parametrize("page", PAGES)
def test_both_runs_on_one_prepared_tree_give_bare_extractions_text(page: str) -> None:
    tree = parse_html(page)
    before = lxml.etree.tostring(tree)
    raw = RawTree(tree)  # as main_body: the precision run first, the balanced run after it
    strict = extract(raw, _options(_PRECISION))
    body = extract(raw, _options(_BALANCED))
    assert (strict, body) == (_bare(page, _PRECISION), _bare(page, _BALANCED))
    assert lxml.etree.tostring(tree) == before  # the page's own tree is not changed


def test_the_built_pages_reach_the_cascades_branches(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    for name in ("baseline", "_prepare_tree", "tree_cleaning", "justext_rescue", "_bare"):
        original = getattr(trafilatura_runs, name)

        def spy(*args: object, _name: str = name, _original: object = original) -> object:
            seen.append(_name)
            return _original(*args)  # type: ignore[operator]

        monkeypatch.setattr(trafilatura_runs, name, spy)
    for page in PAGES:
        raw = RawTree(parse_html(page))
        extract(raw, _options(_PRECISION))
        extract(raw, _options(_BALANCED))
    assert {"baseline", "justext_rescue", "_bare"} <= set(seen)
    # a tree prepared for the precision run (cleaned without a backup copy: a fast run reads
    # none), the balanced run and its recall retry
    assert seen.count("tree_cleaning") == len(PAGES)
    assert seen.count("_prepare_tree") > len(PAGES)
    assert seen.count("_bare") == 1  # the forum thread's balanced run alone
    assert _bare(NOTHING, _PRECISION) == ""  # and a page where nothing is found


@pytest.mark.parametrize("page", [LIST_COMMENTS, SHORT_AMONG_LISTS, _page(1)])
def test_the_checks_summary_stands_for_the_cascades_when_nothing_is_pruned(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = parse_html(page)
    ports: list[int] = []

    def port(*args: object, **kwargs: object) -> CheckReadability:
        ports.append(1)
        return CheckReadability(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(trafilatura_runs, "CheckReadability", port)
    raw = RawTree(tree, check=readability_fork_summary(tree))
    strict = extract(raw, _options(_PRECISION))
    body = extract(raw, _options(_BALANCED))
    assert (strict, body) == (_bare(page, _PRECISION), _bare(page, _BALANCED))
    # _page(1)'s comment blocks are pruned from the raw tree, the others' are not: the
    # cascade's comparison runs the port once when the preparation pruned something (its
    # recall retry reads the same summary), never when the check's summary is its own
    assert len(ports) == (1 if page == _page(1) else 0)


def test_trafilatura_body_takes_a_tree_or_a_prepared_one() -> None:
    page = _page(3)
    tree = parse_html(page)
    assert trafilatura_body(tree, None, Config(), _BALANCED) == trafilatura_body(
        RawTree(tree), None, Config(), _BALANCED
    )
    assert "ferry" in trafilatura_body(tree, None, Config(), _PRECISION).lower()


def test_the_rewritten_cascade_runs_with_the_pinned_version() -> None:
    assert trafilatura_runs._REWRITTEN  # trafilatura is pinned (constraints.txt)


# A comment list the raw-tree prune keeps (a list needs a comment id or class of its own):
# trafilatura converts it to a "list", and the precision run's comment prune drops it.
DISQUS = (
    "<html><body><article><h1>A headline</h1>"
    + "".join(f"<p>{STORY} {i}</p>" for i in range(4))
    + "<ul id='disqus_thread'>"
    + "".join(
        f"<li>A reader writes that the ferry plan was a waste, comment {i}.</li>" for i in range(6)
    )
    + "</ul></article></body></html>"
)


@pytest.mark.parametrize("page", [prune_page(), DISQUS])
def test_the_pruned_pages_give_bare_extractions_text(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found: list[int] = []
    (comments,) = trafilatura_runs.COMMENT_PRUNES

    def counted(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
        out = comments(tree)
        found.append(len(out))
        return out

    monkeypatch.setattr(trafilatura_runs, "COMMENT_PRUNES", (counted,))
    test_both_runs_on_one_prepared_tree_give_bare_extractions_text(page)
    assert found and (page != DISQUS or found == [1])

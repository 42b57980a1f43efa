"""trafilatura's prunes and body searches by id and class evaluated in Python
(``trafilatura_prunes``): the same elements as its XPath expressions, in the same order, on
pages built to reach every test of every expression (both ways), and the same main pass as
trafilatura's own."""

from __future__ import annotations

import copy

import lxml.etree
import lxml.html
import pytest
from test_tree_readability import _page
from trafilatura import main_extractor
from trafilatura.htmlprocessing import convert_tags, tree_cleaning
from trafilatura.settings import Extractor
from trafilatura.xml import delete_element
from trafilatura.xpaths import BODY_XPATH, OVERALL_DISCARD_XPATH, PRECISION_DISCARD_XPATH

from nutgraf.config import Config
from nutgraf.ingest import trafilatura_prunes
from nutgraf.ingest.html import (
    _BALANCED,
    _PRECISION,
    _Mode,
    parse_html,
    trafilatura_options,
)
from nutgraf.ingest.trafilatura_prunes import (
    COMMENT_PRUNES,
    RAW_PRUNES,
    Finder,
    extract_content,
    prune,
)

STORY = (
    "The city council voted on Tuesday to delay the new ferry terminal by a year, citing "
    "costs that had doubled since the plan was approved, and the mayor said the delay was "
    "regrettable."
)

# Blocks that trafilatura's raw-tree prunes drop or keep: ad boxes and infinite scrolls (one
# holding the headline is kept unless it is an ad box), Elementor's share buttons, comment
# sections by id or class (not "commentary"), comment lists only by a comment id or class,
# each as div, section, aside, list, details, ol or ul, nested and after a dropped block.
RAW_CASES = [
    "<div id='mvp-post-add-box'><h1>Kept?</h1>ad</div>",
    "<div class='x infinite-scroll'><p>more</p></div>",
    "<section class='infinitescroll'><h1>Headline</h1><p>text</p></section>",
    "<aside id='mvp-post-add-wrap'>ad</aside>",
    "<span class='infinite-scroll'>not a block</span>",
    "<div class='elementor-share-buttons--view'>share</div>",
    "<section class='a elementor-share-buttons'>share</section>",
    "<p class='elementor-share-buttons'>a paragraph</p>",
    "<div id='comments'><p>c</p><div id='comment-2'>nested</div></div>",
    "<div id='Comment-form'>form</div>",
    "<div id='commentary'>an analysis</div>",
    "<div class='commentary'>an analysis</div>",
    "<details class='post-comments'>c</details>",
    "<list class='article-comments'>c</list>",
    "<ol id='comol'><li>c</li></ol>",
    "<ul id='disqus_thread'><li>kept: a list needs a comment id or class</li></ul>",
    "<ul class='comment-list'><li>c</li></ul>",
    "<ol id='dsq-comments'><li>kept</li></ol>",
    "<div id='disqus_thread'>c</div>",
    "<div class='my-comments'>kept: not at the start</div>",
    "<div id='x' class='article-comments-box'>c</div>",
    "<section id='dsq-comments'>c</section>",
]

# Blocks for the main pass's section prunes: each test of each expression, attributes in
# either order (``@id|@class`` reads the one written first), on the tags it names and others.
SECTION_CASES = [
    "<div data-lp-replacement-content=''>x</div>",
    "<span role='Navigation'>x</span>",
    "<p role='banner'>x</p>",
    "<section data-component='MostPopularStories-2'>x</section>",
    "<div class='a' id='cookies'>class first: no cookie</div>",
    "<div id='cookies' class='a'>id first: a cookie</div>",
    "<p class='cookie-bar'>x</p>",
    "<b id='cookie'>not a section tag</b>",
    "<div id='share-1'>x</div>",
    "<div id='x-share'>x</div>",
    "<div id='ad-top'>x</div>",
    "<div id='top-ad-'>kept</div>",
    "<div class='post ad slot'>x</div>",
    "<div class='ad-slot'>x</div>",
    "<div class='lead'>kept</div>",
    "<div class='related-stories'>x</div>",
    "<div class='navigation'>x</div>",
    "<div class='Footer'>x</div>",
    "<div class='comments-title'>x</div>",
    "<h3 class='comments-title'>x</h3>",
    "<em id='reply-3' class='a'>x</em>",
    "<em class='reply-3' id='a'>kept: id first</em>",
    "<em style='color:red' id='hidden-x'>style first: kept</em>",
    "<em id='hidden-x' style='color:red'>x</em>",
    "<em style='display:none'>x</em>",
    "<em style='display: none'>x</em>",
    "<em id='reader-comments'>x</em>",
    "<em class='x noprint'>x</em>",
    "<em class='message'>x</em>",
    "<em aria-hidden='true'>x</em>",
    "<em aria-hidden='false'>kept</em>",
    "<header>x</header>",
    "<div id='page-bottom'>x</div>",
    "<div class='x bottom'>x</div>",
    "<div class='bottomline'>x</div>",
    "<div class='a' id='bottom'>class first: kept</div>",
    "<div class='link'>x</div>",
    "<div class='links'>kept</div>",
    "<span style='border: 1px'>x</span>",
    "<em style='border: 1px'>kept: not a section tag</em>",
    "<div id='' class='share-bar'>x</div>",
    "<div class='' id='cookie'>x</div>",
]


def prune_page() -> str:
    """A page with every case above, each before a paragraph of the story."""
    blocks = "".join(
        f"<div class='wrap'>{case}<p>{STORY}</p></div>" for case in RAW_CASES + SECTION_CASES
    )
    return f"<html><body><h1>A headline</h1>{blocks}</body></html>"


def _paths(tree: lxml.html.HtmlElement, elements: list[lxml.html.HtmlElement]) -> list[str]:
    return [tree.getroottree().getpath(e) for e in elements]


def _same_as_xpath(
    tree: lxml.html.HtmlElement, finders: tuple[Finder, ...], expressions: list[object]
) -> int:
    """Run the finders and the expressions on two copies of ``tree``, pruning as they go;
    assert they find the same elements; return how many they found."""
    assert len(finders) == len(expressions)
    ours, theirs = copy.copy(tree), copy.copy(tree)
    found = 0
    for find, xpath in zip(finders, expressions, strict=True):
        mine, wanted = find(ours), xpath(theirs)  # type: ignore[operator]
        assert _paths(ours, mine) == _paths(theirs, wanted)
        found += len(wanted)
        for elem in mine:
            delete_element(elem)
        for elem in wanted:
            delete_element(elem)
    assert lxml.etree.tostring(ours) == lxml.etree.tostring(theirs)
    return found


def _converted(mode: _Mode) -> lxml.html.HtmlElement:
    """The built page as trafilatura's main pass sees it (tags converted: list, item...)."""
    options = _options(mode)
    return convert_tags(tree_cleaning(parse_html(prune_page()), options), options)


def _options(mode: _Mode) -> Extractor:
    return trafilatura_options(Config(), mode)


def test_the_finders_are_the_ones_in_use() -> None:
    assert trafilatura_prunes.WRITTEN  # trafilatura's expressions are the ones written from
    assert extract_content is not main_extractor.extract_content
    assert main_extractor.OVERALL_DISCARD_XPATH is OVERALL_DISCARD_XPATH  # left as it was


def test_the_raw_prunes_find_what_trafilaturas_xpath_finds() -> None:
    raw = tuple(trafilatura_prunes._EXPRESSIONS[:3])
    assert _same_as_xpath(parse_html(prune_page()), tuple(RAW_PRUNES), list(raw)) >= 14


def test_the_comment_prune_finds_what_trafilaturas_xpath_finds() -> None:
    (expression,) = trafilatura_prunes._EXPRESSIONS[3:4]
    page = parse_html(prune_page().replace("<ul", "<list").replace("</ul>", "</list>"))
    assert _same_as_xpath(page, tuple(COMMENT_PRUNES), [expression]) >= 8


@pytest.mark.parametrize("mode", [_PRECISION, _BALANCED])
@pytest.mark.parametrize("name", ["OVERALL_DISCARD_XPATH", "PRECISION_DISCARD_XPATH"])
def test_the_section_prunes_find_what_trafilaturas_xpath_finds(name: str, mode: _Mode) -> None:
    finders = tuple(trafilatura_prunes._MAIN_PASS_LISTS[name])
    expressions = {"OVERALL_DISCARD_XPATH": OVERALL_DISCARD_XPATH}.get(
        name, PRECISION_DISCARD_XPATH
    )
    for tree in (parse_html(prune_page()), _converted(mode)):
        assert _same_as_xpath(tree, finders, expressions) >= 6
        for body in tree.iter("body"):  # a subtree, as the main pass prunes
            assert _same_as_xpath(body, finders, expressions) >= 6


@pytest.mark.parametrize("page", [prune_page(), *(_page(seed) for seed in range(4))])
@pytest.mark.parametrize("mode", [_PRECISION, _BALANCED])
def test_the_main_pass_is_trafilaturas(page: str, mode: _Mode) -> None:
    options = _options(mode)
    trees = [convert_tags(tree_cleaning(parse_html(page), options), options) for _ in range(2)]
    ours = extract_content(trees[0], options)
    theirs = main_extractor.extract_content(trees[1], options)
    assert lxml.etree.tostring(ours[0]) == lxml.etree.tostring(theirs[0])
    assert ours[1] == theirs[1]


def test_prune_says_whether_it_dropped_an_element() -> None:
    page = parse_html(prune_page())
    assert prune(page, RAW_PRUNES)
    text = lxml.etree.tostring(page, encoding=str)
    assert "commentary" in text and "x infinite-scroll" not in text
    assert not prune(page, RAW_PRUNES)  # nothing left to prune


# Blocks where the main pass looks for the story: each test of each body expression (each
# finder returns the first element its expression finds), behind decoys close to each test.
BODY_CASES = [
    "<div class='post'>x</div>",
    "<section class='entry'>x</section>",
    "<div itemprop='articleBody'>x</div>",
    "<main id='articleContent'>x</main>",
    "<div id='art-content'>x</div>",
    "<div id='the-article__body'>x</div>",
    "<article class='post_content'>x</article>",
    "<div class='ArticleContent'>x</div>",
    "<div class='article__container wide'>x</div>",
    "<div role='article'>x</div>",
    "<section id='story'>x</section>",
    "<div class='cell'>x</div>",
    "<div id='primary-col'>x</div>",
    "<div class='FullText'>x</div>",
    "<div class='article main'>x</div>",
    "<div class='blog-content'>x</div>",
    "<div id='content'>x</div>",
    "<div class='page-contentBody'>x</div>",
    "<div id='Main-Content'>x</div>",
    "<div class='x Page-Content'>x</div>",
    "<div class='content__body'>x</div>",
    "<article>x</article>",
    "<div role='main'>x</div>",
    "<main>x</main>",
]
DECOYS = (
    "<div class='posts'>d</div><div id='secondary'>d</div><span class='post-body'>d</span>"
    "<div class='contents'>d</div><div id='xprimary'>d</div><div class='article'>d</div>"
    "<div class='the-main'>d</div><div class='page_content'>d</div>"
)


@pytest.mark.parametrize("case", BODY_CASES)
def test_the_body_finders_find_what_trafilaturas_xpath_finds_first(case: str) -> None:
    page = f"<html><body><div>{DECOYS}<div><p>{STORY}</p>{case}</div></div></body></html>"
    trees = [parse_html(page), _converted_page(page, _BALANCED)]
    found = 0
    for tree in trees:
        for find in trafilatura_prunes._MAIN_PASS_LISTS["BODY_XPATH"]:
            xpath = BODY_XPATH[trafilatura_prunes._MAIN_PASS_LISTS["BODY_XPATH"].index(find)]
            first = xpath(tree)[:1]
            assert find(tree)[:1] == first  # type: ignore[operator]
            found += len(first)
    assert found >= 2  # the case itself (a decoy alone finds nothing on the raw tree)


def test_the_decoys_are_no_body() -> None:
    page = parse_html(f"<html><body><div>{DECOYS}</div></body></html>")
    for xpath in BODY_XPATH:
        assert xpath(page) == []


def _converted_page(page: str, mode: _Mode) -> lxml.html.HtmlElement:
    options = _options(mode)
    return convert_tags(tree_cleaning(parse_html(page), options), options)

"""trafilatura's XPath searches by id and class, evaluated in Python with the same result.

trafilatura drops page sections (comments, ads, menus, share bars, hidden blocks) and looks
for the story's block with XPath expressions that test ids and classes with EXSLT's
``re:test``, which lxml runs as a call back into Python for every attribute of every
candidate element. Measured on the ScrapingHub and DAnIEL pages, the same tests written in
Python take a third to a fifth of the time (2 ms a page for the raw-tree prunes, 1.3 / 4.2
ms a page for the main pass's section prunes and 0.8 / 3.4 ms for its body search, English /
Russian: docs/benchmarks.md). The finders below are those expressions (trafilatura 2.3.1's
``xpaths.py``, Apache-2.0) read the way lxml evaluates them: ``re:test(@a, p)`` is
``re.search(p, s)`` where ``s`` is the value of ``@a`` or "" (of ``@a|@b``: the one of the
two written first in the element), ``contains`` and ``starts-with`` likewise, ``translate``
a character replacement, and the elements come in document order. A finder is called as an
XPath object is (``find(tree)`` -> list), so trafilatura's own ``prune_unwanted_nodes``
takes them in place of its expressions; a body finder returns only the first element (all
that the main pass reads of a body expression).

``extract_content`` is trafilatura's main pass, its own code (``main_extractor``'s
``extract_content``, ``_extract``, ``recover_wild_text`` and ``prune_unwanted_sections``)
run with those expression lists bound to these finders (trafilatura's module is unchanged).
Everything here is used only while trafilatura's expressions are the ones the finders were
written from (the hash of their text); else its XPath runs. ``tests/ingest/
test_trafilatura_prunes.py`` compares the finders with the expressions on built pages.
"""

from __future__ import annotations

import hashlib
import re
import types
from collections.abc import Callable, Sequence
from typing import Any, Final

import lxml.etree
import lxml.html
from trafilatura import main_extractor
from trafilatura.xml import delete_element
from trafilatura.xpaths import (
    BODY_XPATH,
    OVERALL_DISCARD_XPATH,
    PRECISION_DISCARD_XPATH,
    RAW_TREE_PRUNE_XPATH,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
    REMOVE_COMMENTS_XPATH,
)

Finder = Callable[[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]


def prune(tree: lxml.html.HtmlElement, finders: Sequence[Finder]) -> bool:
    """trafilatura's ``prune_unwanted_nodes`` for each finder in turn (each finds its
    elements in the tree the ones before it pruned), and whether it dropped any element."""
    dropped = False
    for find in finders:
        for elem in find(tree):
            dropped = dropped or elem.getparent() is not None  # the root is never dropped
            delete_element(elem)  # the tail text is kept
    return dropped


def _first(items: list[tuple[str, str]], one: str, other: str) -> str:
    """The value of ``@one|@other`` as XPath reads it: the one written first, or ""."""
    for key, value in items:
        if key in (one, other):
            return value
    return ""


# RAW_TREE_PRUNE_XPATH and REMOVE_COMMENTS_AND_LISTS_XPATH: the raw tree's prunes
_AD_OR_SCROLL = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_AD = re.compile(r"mvp-post-add-(?:box|wrap)")
_COMMENT_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENT_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")
_COMMENT_LIST_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol)")


def _ads_and_scrolls(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``RAW_TREE_PRUNE_XPATH[0]``: ad boxes and infinite-scroll blocks (unless they hold a
    headline and are no ad box)."""
    found = []
    for elem in tree.iterdescendants("div", "section", "aside"):
        ident, cls = elem.get("id") or "", elem.get("class") or ""
        if (
            (ident or cls)
            and (_AD_OR_SCROLL.search(ident) or _AD_OR_SCROLL.search(cls))
            and (elem.find(".//h1") is None or _AD.search(ident) or _AD.search(cls))
        ):
            found.append(elem)
    return found


def _share_buttons(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``RAW_TREE_PRUNE_XPATH[1]``: Elementor's share buttons."""
    return [
        elem
        for elem in tree.iterdescendants("div", "section", "aside")
        if "elementor-share-buttons" in (elem.get("class") or "")
    ]


def _comments_and_lists(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``REMOVE_COMMENTS_AND_LISTS_XPATH[0]``: comment sections and comment lists."""
    found = []
    for elem in tree.iterdescendants("div", "list", "section", "details", "ol", "ul"):
        ident, cls = elem.get("id") or "", elem.get("class") or ""
        if not (ident or cls):
            continue
        comment_class = _COMMENT_CLASS.search(cls)
        if (comment_class or _COMMENT_ID.search(ident)) and (
            elem.tag not in ("ol", "ul") or comment_class or _COMMENT_LIST_ID.search(ident)
        ):
            found.append(elem)
    return found


def _comments(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``REMOVE_COMMENTS_XPATH[0]``: comment sections (a precision run's prune)."""
    found = []
    for elem in tree.iterdescendants("div", "list", "section", "details"):
        ident, cls = elem.get("id") or "", elem.get("class") or ""
        if (ident or cls) and (_COMMENT_ID.search(ident) or _COMMENT_CLASS.search(cls)):
            found.append(elem)
    return found


# OVERALL_DISCARD_XPATH and PRECISION_DISCARD_XPATH: the main pass's section prunes
_SECTIONS = ("div", "item", "list", "p", "section", "span")
_COOKIE = re.compile("cookie")
_CLUTTER_ID = re.compile(
    r"^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button"
    r"|author|^(?:jp-|dpsp-content)|bmdh|footer|Footer|share|Share|nav|Nav|menu|related"
    r"|message-container|premium|^ad-"
)
_CLUTTER_CLASS = re.compile(
    r"^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button"
    r"|author|^(?:nav|post-nav|ZendeskForm)|subnav|avigation|navbar|navbox|menu|bar| ad "
    r"|-ad-|(?:^| )ad-|dfp[Aa]d|outbrain|taboola|criteo|paid-?content|widget|footer"
    r"|Footer|byline|Byline|share-|sociable|embedded|embed|tag-list|consent|modal-content"
    r"|permission|elated|next-|-stories|most-popular|more-on|meta|rating|attachment"
    r"|timestamp|user-info|user-profile|-icon|article-infos|message-container|slide"
    r"|viewport|overlay|options|expand|obfuscated|blurred|mol-factbox|yin|zlylin|nfoline"
)
_HIDDEN = re.compile("hidden")
_HIDDEN_ID = re.compile("reader-comments|akismet")
_HIDDEN_CLASS = re.compile(
    r"^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-"
    r"|hide-print| hidden| hide|noprint|notloaded"
)
_BOTTOM = re.compile(r"(^|\s)bottom|bottom(\s|$)")
_LINK = re.compile(r"(^|\s)link(\s|$)")


def _clutter(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``OVERALL_DISCARD_XPATH[0]``: navigation, sharing, cookie, ad and widget blocks."""
    found = []
    for elem in tree.iterdescendants(*_SECTIONS):
        items = elem.items()
        if not items:
            continue
        attrs = dict(items)
        ident, cls = attrs.get("id", ""), attrs.get("class", "")
        if (
            "data-lp-replacement-content" in attrs
            or "nav" in attrs.get("role", "").replace("N", "n")
            or "MostPopularStories" in attrs.get("data-component", "")
            or ((ident or cls) and _COOKIE.search(_first(items, "id", "class")))
            or (ident and _CLUTTER_ID.search(ident))
            or (cls and _CLUTTER_CLASS.search(cls))
        ):
            found.append(elem)
    return found


def _hidden(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``OVERALL_DISCARD_XPATH[1]``: hidden blocks, reply and comment furniture."""
    found = []
    for elem in tree.iterdescendants(lxml.etree.Element):
        items = elem.items()
        if not items:
            continue
        attrs = dict(items)
        ident, cls, style = attrs.get("id", ""), attrs.get("class", ""), attrs.get("style", "")
        if (
            cls == "comments-title"
            or _first(items, "id", "class").startswith("reply-")
            or ((ident or style) and _HIDDEN.search(_first(items, "id", "style")))
            or "display:none" in style
            or "display: none" in style
            or (ident and _HIDDEN_ID.search(ident))
            or (cls and _HIDDEN_CLASS.search(cls))
            or attrs.get("aria-hidden") == "true"
        ):
            found.append(elem)
    return found


def _headers(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``PRECISION_DISCARD_XPATH[0]``: ``.//header``."""
    return list(tree.iterdescendants("header"))


def _bottom_and_links(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``PRECISION_DISCARD_XPATH[1]``: bottom bars, link blocks and bordered boxes."""
    found = []
    for elem in tree.iterdescendants(*_SECTIONS):
        items = elem.items()
        if not items:
            continue
        first = _first(items, "id", "class")
        if (first and (_BOTTOM.search(first) or _LINK.search(first))) or "border" in (
            elem.get("style") or ""
        ):
            found.append(elem)
    return found


# BODY_XPATH: where the main pass looks for the story, in this order. It reads the first
# element each expression finds (document order), so each finder returns that one alone.
_BODY_TAGS = ("article", "div", "main", "section")
_ARTICLE_BODY_ID = re.compile(
    r"(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text"
)
_ARTICLE_BODY_CLASS = re.compile(
    r"post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper"
    r"|article-?text|articleText|(?:entry|page|text|article|art)-content|article__content"
    r"|article(?:-|__)?body|articleBody|ArticleContent|body-text|article__container"
)
_STORY_ID = re.compile(r"^primary|story-body")
_FULLTEXT = re.compile("fulltext", re.IGNORECASE)  # re:test's flag "i"
_STORY_CLASS = re.compile(
    r"^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content"
    r"|single-post|main-column|wpb_text_column|story-body|field-body"
)
_CONTENT_ID = re.compile("content-main|content-body|contentBody")
_CONTENT_CLASS = re.compile(r"content[-_]main|content(?:-|__)body")


def _article_body(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``BODY_XPATH[0]``: a post or article body by its id, class or itemprop."""
    for elem in tree.iterdescendants(*_BODY_TAGS):
        ident, cls = elem.get("id") or "", elem.get("class") or ""
        if (
            cls in ("post", "entry")
            or elem.get("itemprop") == "articleBody"
            or ident == "articleContent"
            or (ident and _ARTICLE_BODY_ID.search(ident))
            or (cls and _ARTICLE_BODY_CLASS.search(cls))
        ):
            return [elem]
    return []


def _story_body(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``BODY_XPATH[2]``: a story or article block by its role, id or class."""
    for elem in tree.iterdescendants(*_BODY_TAGS):
        ident, cls = elem.get("id") or "", elem.get("class") or ""
        if (
            elem.get("role") == "article"
            or ident in ("article", "story")
            or cls in ("postarea", "art-postcontent", "text", "cell", "story")
            or (ident and _STORY_ID.search(ident))
            or (cls and (_FULLTEXT.search(cls) or _STORY_CLASS.search(cls)))
        ):
            return [elem]
    return []


def _content_body(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``BODY_XPATH[3]``: a main content block by its id or class."""
    for elem in tree.iterdescendants(*_BODY_TAGS):
        ident, cls = elem.get("id") or "", elem.get("class") or ""
        if (
            ident == "content"
            or cls == "content"
            or (ident and _CONTENT_ID.search(ident))
            or (cls and _CONTENT_CLASS.search(cls))
            or "main-content" in ident.replace("C", "c").replace("M", "m")
            or "main-content" in cls.replace("C", "c").replace("M", "m")
            or "page-content" in cls.replace("C", "c").replace("P", "p")
        ):
            return [elem]
    return []


_EXPRESSIONS: Final = (
    *RAW_TREE_PRUNE_XPATH,
    *REMOVE_COMMENTS_AND_LISTS_XPATH,
    *REMOVE_COMMENTS_XPATH,
    *OVERALL_DISCARD_XPATH,
    *PRECISION_DISCARD_XPATH,
    *BODY_XPATH,
)
_WRITTEN_FROM = "00e31de41db882a3bfaa3cf386e61dd0c2ba0917c94510e5b523c24773ed18cd"


def _expressions_hash() -> str:
    return hashlib.sha256("\x00".join(e.path for e in _EXPRESSIONS).encode()).hexdigest()


WRITTEN: Final = _expressions_hash() == _WRITTEN_FROM
RAW_PRUNES: Final[Sequence[Finder]] = (
    (_ads_and_scrolls, _share_buttons, _comments_and_lists)
    if WRITTEN
    else (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH)
)
COMMENT_PRUNES: Final[Sequence[Finder]] = (_comments,) if WRITTEN else tuple(REMOVE_COMMENTS_XPATH)
_MAIN_PASS_LISTS: Final = {
    "OVERALL_DISCARD_XPATH": [_clutter, _hidden],
    "PRECISION_DISCARD_XPATH": [_headers, _bottom_and_links],
    "BODY_XPATH": [_article_body, BODY_XPATH[1], _story_body, _content_body, BODY_XPATH[4]],
}


def _main_pass() -> Callable[..., Any]:
    """trafilatura's ``extract_content``, it and the functions it calls that read the
    expression lists bound to a namespace where those lists are the finders."""
    namespace = dict(vars(main_extractor), **_MAIN_PASS_LISTS)
    for name in ("prune_unwanted_sections", "recover_wild_text", "_extract", "extract_content"):
        original = getattr(main_extractor, name)
        function = types.FunctionType(
            original.__code__, namespace, name, original.__defaults__, original.__closure__
        )
        function.__kwdefaults__ = original.__kwdefaults__
        namespace[name] = function
    return namespace["extract_content"]  # type: ignore[no-any-return]


extract_content: Final[Callable[..., Any]] = (
    _main_pass() if WRITTEN else main_extractor.extract_content
)

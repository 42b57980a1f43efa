"""Scraped plain text -> Article: the title and the story's lines, site clutter removed.

The input is either a clean article (a headline line, then one paragraph per line) or the
visible text of a news page, one block per line: menus, buttons, share and cookie notices,
the story, then related headlines. The story is found by structure and by conventions of
web pages, not by site-specific word lists, so it works across sites and languages:

1. every line gets a score: prose lines (long enough, ending like a sentence, mostly
   lowercase words where the script has case) count for their length in words, the rest
   count against. Clutter counts heavily against: lines repeated in the page, URLs, short
   buttons and notices (share, subscribe, cookies), and at any length the asides of a page
   (photo and agency credits, newsletter calls, "Read more:" links, an author's note,
   title-case headlines glued to their blurbs). A repeated paragraph is a stretch of story
   the scraper doubled when the text is otherwise clean or the copy follows it directly:
   the story keeps its first copy. Numbered lists and lists announced by a colon are text;
2. a text with no clutter line and no cluster of short lines (a menu) is a clean article:
   every line is the story's, and its first line is the title when it reads as a headline
   (not a sentence, a dateline or a date);
3. in a page, the story is the maximum-sum contiguous run of scores (Kadane, linear):
   short lines between prose lines (subheadings, one-line paragraphs) come with it, while
   a menu costs more than a story can pay to cross it; prose in a stretch crowded with
   short lines (a teaser list: blurb, byline, blurb...) counts for less, and prose after a
   "Next article" or comment-thread line that closes a story counts for nothing;
4. inside that run, clutter and clusters of short lines are dropped; a byline near its top
   ends the page's header (a standfirst or caption above it goes), and a closing short
   sentence or a dated list (tour dates, results) just below it stays. When only a few
   clean lines stand above the run, the page starts with the article: its headline is the
   title and the other lines are the story's. Otherwise the title is the headline-like line
   before the run that shares most vocabulary with the story, and a dateline line just
   above the run ("LONDON (Reuters) -") opens the story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from typing import NamedTuple

from nutgraf.analyse.datelines import dateline_length, is_dateline
from nutgraf.errors import NoArticleError
from nutgraf.types import Article

__all__ = ["clean_text", "is_clutter", "is_page_title", "is_restated_headline", "learn_clutter"]

# A sentence end: . ! ? … (and CJK/Devanagari/Arabic stops), then closing quotes/brackets.
_TERMINAL = re.compile(r"[.!?…。！？।؟][\"'»”’)\]*]*$")
# A teaser cut short: "...diagnosed with the plague,..." (an ellipsis glued to a word).
_CUT = re.compile(r"[\w,](?:\.{2,}|…)[\"'»”’)\]*]*$")
_WORD = re.compile(r"\w+")
# Ideographic and kana characters: scripts without spaces, where one \w+ run is a sentence.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_URL = re.compile(r"^(?:https?://|www\.)\S*$", re.IGNORECASE)
# Inscriptis list markers ("* ", "o ", "+ ", "- "): menus are lists, stories seldom are.
_BULLET = re.compile(r"^(?:[*+\-•·o]|\d{1,2}[.)])\s")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")

# Generic clutter, in a few languages: lines that are buttons or notices on any site. Matched
# only against short lines (see _CUE_MAX_WORDS), so a story mentioning "share" is safe.
_CUE = re.compile(
    r"\b(?:share|sharing|tweet|subscribe|subscription|sign (?:in|up)|log ?in|newsletter|"
    r"read (?:more|next|also)|see also|related|recommended|advertisement|sponsored|"
    r"(?<!to )(?<!for )comments?|reply|print|e-?mail|follow us|tags?|keywords|"
    r"cookies?|privacy|terms of (?:use|service)|all rights reserved|copyright|©|"
    r"поделиться|подписаться|подпишитесь|читайте (?:также|далее)|читать (?:далее|также)|"
    r"смотрите также|реклама|комментари\w*|похожие|теги|тэги|"
    r"partager|abonnez|teilen|abonnieren|compartir|suscr[ií]b\w+|condividi)\b",
    re.IGNORECASE,
)
# Lines inside or around a story that are never its text, whatever their length: photo
# captions' credits, agency credits, newsletter and social-media promotions, "Read more:"
# links, gallery counters. They are web-page conventions ("click here", "your inbox"), not
# a story's words. Split by where they match, so that each line costs few regex scans.
_ASIDE_START = re.compile(
    r"(?:image|media|photo|video) caption\b|(?:photo|foto|фото|image|picture)s?\s*[:@]|"
    r"file photo:|\(?(?:additional )?(?:reporting|writing|editing) by\b|"
    r"follow (?:us|me)\b|follow (?:\w+ ){1,5}on (?:twitter|facebook|instagram)\b|"
    r"(?:read more|see more|read also|also|related|more|see also|also on)\s*:|"
    r"(?:image |photo |slide )?\d+ (?:of|/) \d+$|view all\b",
    re.IGNORECASE,
)
_ASIDE_END = re.compile(
    r"(?:\((?:image|photo|picture)s?\b[^()]*\)|getty images|shutterstock|"
    r"\bap photo[^()]*|\breuters/[^()]*)\s*\)?\s*$",
    re.IGNORECASE,
)
_ASIDE_TAIL_CHARS = 120  # how far from a line's end _ASIDE_END looks
# Every match of _ASIDE_ANY, _ASIDE_END, _CALL or _NEWSLETTER holds one of these words
# (lowercased): one scan for them first, since most lines hold none (far cheaper than the
# regexes themselves).
_ASIDE_HINT = re.compile(
    r"photo|image|picture|credit|contributed|click|javascript|©|rights reserved|trademark|"
    r"getty|shutterstock|reuters/|subscribe|sign up|join|follow|download|newsletter|inbox"
)
_ASIDE_ANY = re.compile(
    r"\b(?:photo(?:graph)?|image|picture)s? (?:by|courtesy)\b|\bcredit(?::|\.\.\.)\s|"
    r"\bcontributed to this report\b|\bclick here\b|\brequires javascript\b|"
    r"©|\ball rights reserved\b|\bregistered trademarks?\b",
    re.IGNORECASE,
)
# The author's note under a story: "Phil Helsel is a reporter for NBC News."
_BIO = re.compile(
    r"(?:[A-Z][\w.'’-]+\s+){1,3}(?:\([^)]*\)\s+)?is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,6}?"
    r"(?i:writer|reporter|editor|journalist|correspondent|contributor|columnist|author|"
    r"producer|educator|publisher|photographer|blogger)s?\b"
)
# A teaser: a headline in title case run into its blurb by the scraper
# ("Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota flopped...").
_GLUE = re.compile(r"[a-z]{3}[?!.]?(?=[A-Z][a-z]*\s+(?:\S+\s+){0,3}[a-z]{3,})")
_GLUE_CHARS = 200  # how far into a line a headline may run
_GLUE_CAPITALS = 4  # capitalised words of the headline before the glue, at least
_GLUED_TEASERS = 2  # glued lines in a page that make them a teaser list
# A call to the reader, at a sentence start: "Need more space? Subscribe to our ...",
# "Join our forums", "Follow us".
_CALL = re.compile(
    r"(?:^|[.?!]\s)(?:subscribe (?:to|now|today|for)|sign up (?:for|to|now|today)|"
    r"join (?:us|our)|follow (?:us|our)|download (?:our|the) app)\b",
    re.IGNORECASE,
)
# A newsletter promotion speaks to the reader: "Get the latest in your inbox. Sign up".
_NEWSLETTER = re.compile(r"\b(?:newsletters?|your inbox)\b", re.IGNORECASE)
_TO_READER = re.compile(r"\b(?:you|your|sign up|subscribe)\b", re.IGNORECASE)
_ASIDE_MAX_WORDS = 60
_CUE_MAX_WORDS = 8
_CUE_MAX_CHARS = 120
# Cookie and consent notices are long sentences, so they need their own, narrower test.
_CONSENT = re.compile(
    r"\bcookies?\b.*\b(?:use|accept|consent|polic|settings|experience|browsing)|"
    r"\b(?:use|accept|consent)\w*\b.*\bcookies?\b|"
    r"\bcookie-?файл|\bфайлы cookie|"
    # other languages: a cookie notice names the site or the browsing
    r"\bcookies?\b.*\b(?:site|sito|sitio|website|webseite|navigazione|navegación|navigation)\b",
    re.IGNORECASE,
)
_CONSENT_MAX_CHARS = 1000  # a consent notice is a few sentences
# Lines that end a story wherever they appear after it: past these, other stories or readers'
# comments begin. ("Related articles" and "Read more" are not among them: sites put those
# boxes inside stories too.)
_BOUNDARY = re.compile(
    r"^(?:previous|next|prev|older|newer)\s+(?:article|post|story|entry)\b|"
    r"\b(?:comments|responses to|replies to|комментари\w*)\b|^comment\W*$|"
    r"\b(?:commento|commenti|commentaires?|comentarios?|comentários?|kommentare?|komentarze?)\b|"
    r"^(?:leave a (?:comment|reply)|post a comment|you (?:may|might) also like|"
    r"more (?:on|about) this (?:story|topic))\W*$|"
    r"^(?:предыдущ\w+|следующ\w+)\s+(?:стать\w+|новост\w+|материал\w*|запис\w+)|"
    r"^оставить комментарий\W*$|"
    r"^(?:article|post|story|artículo|article) (?:précédent|suivant|anterior|siguiente)\b",
    re.IGNORECASE,
)

_MIN_PROSE_WORDS = 7  # a sentence-like line this long is prose
_LONG_WORDS = 20  # a line this long is prose even without a sentence end
_UNENDED_FACTOR = 0.5  # weight of a long line that does not end like a sentence
_MIN_LOWER = 0.4  # share of lowercase words below which a line looks like a headline
_CAPS_FACTOR = 0.3  # weight left to such a line
_SHORT_COST = 4.0  # cost of an ordinary non-prose line inside the run
_CLUTTER_COST = 12.0  # cost of a repeated, URL or cue line
_ITEM_COST = 4.0  # cost of an item of a bulleted list that is not repeated
# The header of a comment thread names the story it answers, so it can be long:
# "34 responses to “Anthony Lynn: ...”", "10 thoughts on “...”".
_THREAD = re.compile(
    r"^\d+\s+(?:responses?|comments?|replies|thoughts|reactions)\s+(?:to|on)\b", re.IGNORECASE
)
_THREAD_MAX_WORDS = 40
# A byline or a date line: "By Jane Doe", "Published 2:16 AM", "Nov. 19, 2019, 8:41 AM".
_BYLINE = re.compile(
    r"(?:by|von|por|par|от|автор)\s+\S|(?:published|updated|posted)\b|"
    r"[^\W\d_]+\.? \d{1,2},? \d{4}\b|\d{1,2}\.? [^\W\d_]+\.? \d{4}\b",
    re.IGNORECASE,
)
_BYLINE_WINDOW = 8  # lines at the top of a run searched for a byline
_CLOSING_MIN_WORDS = 3  # a closing sentence shorter than prose, but a sentence
_TAIL_LIST_LINES = 5  # lines of a dated or numbered list after the story, heading included
_TAIL_LIST_MAX_LINES = 100  # and at most this many
_DIGIT = re.compile(r"\d")
_BOUNDARY_COST = 60.0  # cost of crossing a "Next article" / "Comments" line
_MIN_STORY_WORDS = 40.0  # prose seen before a boundary line for it to end the story
_TAIL_FACTOR = 0.0  # weight of prose past that boundary: none, it is another story
_WINDOW = 6  # lines looked back at to tell a story from a list of teasers
_DENSITY_DAMP = 1.0  # prose weight divided by 1 + this x share of non-prose lines nearby
_MAX_GAP_LINES = 3  # short lines between two prose lines kept as part of the story
_TITLE_WINDOW = 60  # lines before the story searched for its title
_TITLE_MAX_WORDS = 40
_EDGE_LINES = 3  # short lines above the prose when a page starts with the article
_TITLE_MIN_WORDS = 4  # a shorter line above the headline is a section name
_SENTENCE_WORDS = 15  # an unended line this long with _SENTENCE_COMMAS commas reads as a
_SENTENCE_COMMAS = 2  # sentence (a lead cut from its period), not as a headline
_STRETCH_MAX_LINES = 60  # lines looked at each side of a repeated line for its stretch
_SUBJECT_WORDS = 2  # words a line shares with the story to be on its subject
_INNER_STOP = re.compile(r"\w[.!?…]\s+[^\W\d_]")
_QUESTION = re.compile(r"[?!][\"'»”’)\]]*$")
# How a line ends when it is not a headline: a sentence's period or ellipsis, or a fragment
# that runs on (a comma, colon or dash: "LONDON (Reuters) -").
_NOT_HEADLINE_END = re.compile(r"(?:[.…,;:\-–—]|[.…][\"'»”’)\]*]+)$")


# A page's <title> copied as the first line: the headline, then after a separator the site or
# section ("... - Новости Харькова и Харьковской области. МГ «Объектив»", "... — Происшествия —
# город Рязань на городском сайте RZN.info", "... | Reuters.com"). Such a line may end with a
# period or hold two sentences, so the headline test alone takes it for the lead. No library
# reads a text line as a <title> (trafilatura splits the <title> element on the same
# separators), hence this test: the part after the last separator is short and names news or a
# web domain. A separator after a comma or a quote mark is Russian direct speech ('..., -
# сообщает РИА Новости.'), not a title's.
_TITLE_SEPARATOR = re.compile(r"(?<=[^\s,\"'»”])\s[-–—|]\s")
_SITE = re.compile(
    r"\b(?:news|новост\w*|новин\w*|nachrichten|noticias|notizie|actualités|nouvelles)\b|"
    r"\b[\w-]+\.(?:com|net|org|info|ru|ua|by|kz|uz|su|рф|uk|de|fr|es|it)\b",
    re.IGNORECASE,
)
_SITE_MAX_WORDS = 12  # the site's part of a page title: a name and a slogan at most
# A headline naming its source before a colon ("МИД ФРГ: Урегулирования ... в формате "5+2".",
# "Ученые: ...") may end with a period; the lead under it restates it. An interview's line
# ("Андреев: Нагрузка на печень, вы имеете в виду?") has the same form, not the restating.
_SOURCE_COLON = re.compile(r"^[^\W\d_][^.!?:\"«»“”]{0,40}?:\s+\S")
_SOURCE_WORDS = 4  # words before the colon, at most
_RESTATED_MAX_WORDS = 25  # a headline's length, at most
_RESTATED_SHARE = 0.6  # of the headline's words after the colon that the lead repeats
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # the words of a claim that count (no numbers)


class _Line(NamedTuple):
    """One non-blank line of the page with the statistics the scorer needs."""

    text: str  # stripped, otherwise verbatim
    words: float  # \w+ runs, CJK characters counting half a word each
    weight: float  # what the line pays as prose; 0 when it is not prose
    clutter: bool
    boundary: bool
    repeated: bool
    cue: bool = False  # clutter because of a clutter word alone (not repeated, not a URL)
    glued: bool = False  # a title-case headline glued to its blurb: a teaser when not alone
    item: bool = False  # a list item ("* ", "1. "): a menu's unless a list of the story's
    copy: bool = False  # a prose line seen earlier in the page: dropped, and costs nothing


def clean_text(raw: str, *, site_clutter: Collection[str] = frozenset()) -> Article:
    """Scraped plain text -> Article(source="text") with the title and the story's paragraphs only.

    ``site_clutter``: lines known to recur across the site's pages (see ``learn_clutter``),
    treated like lines repeated within the page.
    Raises NoArticleError when no line of a story remains (empty input, or only clutter).
    """
    stripped = (s.strip() for s in raw.splitlines())
    texts = [s for s in stripped if s]
    if not texts:
        raise NoArticleError("no text: the input is empty")
    lines, clean = _measure_lines(texts, site_clutter)
    title, body = _clean_article(lines) if clean else _page_story(lines)
    if not body:
        raise NoArticleError("no article text: only menus, buttons or headlines")
    return Article(text="\n\n".join(body), title=title, source="text")


def learn_clutter(
    pages: Iterable[str], *, min_pages: int = 2, min_share: float = 0.5
) -> frozenset[str]:
    """Lines that recur across one site's pages: its menus, footers and widgets.

    A line counts when it appears in at least ``min_pages`` pages and in ``min_share`` of
    them. Pass the result to ``clean_text(..., site_clutter=...)`` for that site's pages.
    """
    seen: Counter[str] = Counter()
    n = 0
    for page in pages:
        n += 1
        seen.update({_key(s) for s in page.splitlines() if s.strip()})
    need = max(min_pages, min_share * n)
    return frozenset(key for key, count in seen.items() if count >= need)


def is_clutter(line: str) -> bool:
    """Whether a line is a page's clutter wherever it stands: a button, notice or label line
    ("Теги: ...", "Share"), a URL, or an aside (a photo credit, "Read more: ...")."""
    return _measure(line.strip(), repeated=False).clutter


def _key(text: str) -> str:
    """The form under which two lines count as the same line."""
    return " ".join(text.casefold().split())


def _measure_lines(texts: list[str], site_clutter: Collection[str]) -> tuple[list[_Line], bool]:
    """Each line measured, and whether the text is a clean article (see _is_clean).

    A repeated line is clutter (a menu, a button, a caption or teaser the page repeats)
    unless it belongs to a stretch of the story the scraper repeated: then the story keeps
    its first copy and drops the others. In a page, that is a stretch with prose followed
    directly by its copy; in a text that is otherwise a clean article, any repeated stretch
    with prose.
    """
    keys = [_key(t) for t in texts]
    counts = Counter(keys)
    # Measured once per distinct line: pages repeat menus, and pathological input repeats
    # one line many times.
    measured: dict[str, _Line] = {}
    lines = []
    for text, key in zip(texts, keys, strict=True):
        line = measured.get(text)
        if line is None:
            line = measured[text] = _measure(text, counts[key] > 1, key in site_clutter)
        lines.append(line)
    if sum(line.glued for line in lines) >= _GLUED_TEASERS:
        # Teasers come in lists; one such line alone may be a brand ("PlayStation").
        lines = [line._replace(weight=0.0, clutter=True) if line.glued else line for line in lines]
    repeats = {k: v for k, v in _repeated_stretches(lines, keys, counts).items() if v.prose}
    # Lines are shared between copies (see above), so each new form is made once per line.
    first_copy: dict[str, _Line] = {}
    later_copy: dict[str, _Line] = {}
    story = list(lines)
    for i, key in enumerate(keys):
        if key in repeats and key not in site_clutter:
            if key in first_copy:
                story[i] = later_copy[key]
            else:
                story[i] = first_copy[key] = _measure(texts[i], False)._replace(repeated=True)
                later_copy[key] = story[i]._replace(weight=0.0, copy=True)
    _mark_lists(story)
    if _is_clean(story):
        return story, True
    cluttered: dict[str, _Line] = {}
    for i, key in enumerate(keys):
        if lines[i].repeated and not (key in repeats and repeats[key].adjacent):
            text = texts[i]
            if text not in cluttered:
                cluttered[text] = lines[i]._replace(weight=0.0, clutter=True)
            story[i] = cluttered[text]
    return story, False


def _mark_lists(lines: list[_Line]) -> None:
    """Make the story's lists text: numbered items, and items after a line ending in ':'.

    Menus and link lists are bulleted lists too, but they are seldom numbered and never
    announced by a sentence ("The newly selected five are:").
    """
    announced = False
    for i, line in enumerate(lines):
        if line.item:
            if announced or _NUMBERED.match(line.text):
                lines[i] = line._replace(clutter=False)
        elif line.copy or (announced and line.weight == 0 and not line.clutter):
            continue  # a heading inside the list ("Not scary:", "Ingredients")
        else:
            announced = line.text.endswith(":") and not line.clutter


class _Repeat(NamedTuple):
    """A repeated line's stretch: lines repeated together, in the same order."""

    prose: bool  # the stretch holds a prose line
    adjacent: bool  # its copy follows it directly (a scraper's double)


def _repeated_stretches(
    lines: list[_Line], keys: list[str], counts: Counter[str]
) -> dict[str, _Repeat]:
    """For each repeated line, the stretch around its first copy that is repeated with it.

    A stretch is found from a line's first two copies k lines apart: the lines around the
    first copy each equal to the line k further on.
    """
    found: dict[str, _Repeat] = {}
    first: dict[str, int] = {}
    n = len(keys)
    for i, key in enumerate(keys):
        if counts[key] < 2 or key in found:
            continue
        if key not in first:
            first[key] = i
            continue
        f = first[key]
        k = i - f
        lo = hi = f
        # Bounded, so a page of many repeated lines costs linear time.
        while lo > 0 and f - lo < _STRETCH_MAX_LINES and keys[lo - 1] == keys[lo - 1 + k]:
            lo -= 1
        while hi + 1 + k < n and hi - f < _STRETCH_MAX_LINES and keys[hi + 1] == keys[hi + 1 + k]:
            hi += 1
        repeat = _Repeat(any(lines[j].weight > 0 for j in range(lo, hi + 1)), hi - lo + 1 >= k)
        for j in range(lo, hi + 1):
            found.setdefault(keys[j], repeat)
    return found


def _is_clean(lines: list[_Line]) -> bool:
    """Whether the text is a clean article: prose, no clutter line, no menu-like cluster.

    A cluster is more short lines in a row than a story sets between two paragraphs.
    """
    prose, short = False, 0
    for line in lines:
        if line.copy:
            continue
        if _noise(line):
            return False
        if line.weight > 0:
            prose, short = True, 0
        else:
            short += 1
            if short > _MAX_GAP_LINES:
                return False
    return prose


def _measure(text: str, repeated: bool, site: bool = False) -> _Line:
    """Score-relevant facts about one line."""
    tokens = _WORD.findall(text)
    words = float(len(tokens))
    if len(tokens) < 3 * _MIN_PROSE_WORDS and not text.isascii():
        # Only short lines can be CJK sentences counted as one or two words; skip the scan
        # for long ones to keep the work per character constant.
        cjk = len(_CJK.findall(text))
        words = max(words, words - 1 + cjk / 2)
    # Cue and boundary patterns only look at short lines (also bounded in characters, so a
    # pathological line costs one pass of \w+, not a regex search per cue).
    short = words <= _CUE_MAX_WORDS and len(text) <= _CUE_MAX_CHARS
    boundary = (short and _BOUNDARY.search(text) is not None) or (
        words <= _THREAD_MAX_WORDS and _THREAD.match(text) is not None
    )
    cue = short and not boundary and _CUE.search(text) is not None
    clutter = (
        site
        or boundary
        or cue
        or _URL.match(text) is not None
        or (
            words >= 4
            and len(text) <= _CONSENT_MAX_CHARS
            and "cookie" in text.lower()
            and _CONSENT.search(text) is not None
        )
        or (words <= _ASIDE_MAX_WORDS and _is_aside(text))
    )
    weight = 0.0 if clutter else _prose_weight(text, tokens, words)
    # A repeated line is a menu, a button or a teaser unless it is prose: a paragraph the
    # scraper doubled keeps its first copy (see _measure_lines).
    item = not clutter and weight == 0 and not repeated and _BULLET.match(text) is not None
    clutter = clutter or item or (weight == 0 and repeated)
    cue = cue and not (site or repeated or _URL.match(text) is not None)
    glued = not clutter and words > _GLUE_CAPITALS and _glued_teaser(text)
    return _Line(text, words, weight, clutter, boundary, repeated or site, cue, glued, item)


def _is_aside(text: str) -> bool:
    """Whether a line is a caption's credit, an agency credit, a promotion or a link label."""
    if _ASIDE_START.match(text) or _BIO.match(text):
        return True
    if _ASIDE_HINT.search(text.lower()) is None:
        return False
    if _CALL.search(text):
        return True
    credit = _ASIDE_ANY.search(text)
    if credit is not None and _INNER_STOP.search(text, 0, credit.start()) is None:
        # In the line's first sentence: a credit alone, not a paragraph of the story that
        # ends with one ('... for her role in "Cabaret." CNN's Topher Gauk-Roger contributed
        # to this report.').
        return True
    if _ASIDE_END.search(text, max(0, len(text) - _ASIDE_TAIL_CHARS)):
        return True
    return _NEWSLETTER.search(text) is not None and _TO_READER.search(text) is not None


def _glued_teaser(text: str) -> bool:
    """Whether a line is a title-case headline glued to the first words of its blurb."""
    for glue in _GLUE.finditer(text, 0, _GLUE_CHARS):
        words = text[: glue.end()].split()
        capitals = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
        if capitals >= _GLUE_CAPITALS and capitals >= 0.7 * len(words):
            return True
    return False


def _prose_weight(text: str, tokens: list[str], words: float) -> float:
    """How much a line looks like a story's prose: its length in words, damped, or 0."""
    if words < _MIN_PROSE_WORDS:
        return 0.0
    if _TERMINAL.search(text) is not None and _CUT.search(text) is None:
        factor = 1.0
    else:
        # Long lines without a sentence end are mostly tag clouds, menus run together or
        # captions; some are real paragraphs cut by the scraper, so they count for less.
        factor = _UNENDED_FACTOR if words >= _LONG_WORDS else 0.0
    if factor == 0.0:
        return 0.0
    cased = [t for t in tokens if t[0].isupper() or t[0].islower()]
    if len(cased) >= len(tokens) / 2:
        # In scripts with case, prose is mostly lowercase words; headline lists, bylines and
        # contact blocks are mostly capitalised ones.
        lower = sum(1 for t in cased if t[0].islower()) / len(cased)
        if lower < _MIN_LOWER:
            factor *= _CAPS_FACTOR
    return words * factor


def _score(line: _Line) -> float:
    """What a line adds to a run: prose pays its length, the rest costs."""
    if line.copy:
        return 0.0
    if line.boundary:
        return -_BOUNDARY_COST
    if line.item:
        # A list of links or a menu inside a story (a "More from UK" box) can be crossed;
        # a site's menus are longer, or repeated, which makes them clutter.
        return -_ITEM_COST
    if line.clutter:
        return -_CLUTTER_COST
    if line.weight > 0:
        return line.weight
    return -_SHORT_COST


def _densest_run(lines: list[_Line]) -> tuple[int, int]:
    """The [start, end) run of lines with the largest total score (Kadane's algorithm)."""
    best, best_start, best_end = 0.0, 0, 0
    total, start, run_prose, factor = 0.0, 0, 0.0, 1.0
    # Non-prose lines among the last _WINDOW lines: a story's paragraphs follow each other,
    # while teaser lists alternate a blurb with its byline, date or section name, so prose in
    # such a stretch counts for less.
    gaps = [0] * (len(lines) + 1)
    for i, line in enumerate(lines):
        gaps[i + 1] = gaps[i] + (line.weight == 0)
        density = (gaps[i + 1] - gaps[max(0, i + 1 - _WINDOW)]) / _WINDOW
        if total <= 0:
            total, start, run_prose = 0.0, i, 0.0
        if line.boundary and run_prose >= _MIN_STORY_WORDS:
            # "Next article", "Comments", "Related stories" closing a run of real prose: what
            # follows is other stories or readers' comments, so its prose counts for less.
            # Boundaries above the story (a "Next post" link, "Latest news" among teasers)
            # close no such run and change nothing.
            factor = _TAIL_FACTOR
        run_prose += line.weight
        if line.weight > 0:
            total += line.weight * factor / (1 + _DENSITY_DAMP * density)
        else:
            total += _score(line)
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def _story_lines(run: list[_Line]) -> list[str]:
    """The run's prose and the short lines set between prose lines, without clutter.

    A subheading or a one-line paragraph stands alone between paragraphs; a stretch of
    several short lines (photo credits, a gallery's "1 of 6 / Close", an inline list of
    links) is not the story's text. The story's own lists (see _mark_lists) are.
    """
    keep: list[str] = []
    gap: list[str] = []
    short = 0  # short lines in the gap that are not list items
    for line in run:
        if line.copy:
            continue
        if line.weight > 0:
            if short <= _MAX_GAP_LINES:
                keep.extend(gap)
            gap, short = [], 0
            keep.append(line.text)
        elif not line.clutter:
            gap.append(line.text)
            short += not line.item
    return keep


def _clean_article(lines: list[_Line]) -> tuple[str, list[str]]:
    """Title and paragraphs of a clean article: every line but later copies of a paragraph."""
    kept = [line for line in lines if not line.copy]
    first = kept[0]
    # A line long enough to be prose is the lead unless it asks or exclaims like a headline.
    headline = first.weight == 0 or _QUESTION.search(first.text) is not None
    if len(kept) > 1 and (
        is_page_title(first.text)
        or (headline and _headline_form(first))
        or is_restated_headline(first.text, kept[1].text)
    ):
        return first.text, [line.text for line in kept[1:]]
    return "", [line.text for line in kept]


def _page_story(lines: list[_Line]) -> tuple[str, list[str]]:
    """Title and paragraphs of the story in a page with clutter."""
    start, end = _densest_run(lines)
    if start == end:
        return "", []
    start = _after_byline(lines, start, end)
    story = _story_lines(lines[start:end]) + _tail(lines[end:])
    vocab = _vocabulary(story)
    head = _clean_head(lines[:start], vocab)
    if head is None:
        title = _title(lines, start, vocab)
        # A dateline set on its own line opens the story ("LONDON (Reuters) -").
        before = lines[start - 1] if start else None
        lead = [before.text] if before is not None and is_dateline(before.text) else []
        return title, lead + story
    # The page starts with the article, which carries some clutter further down.
    if not head and len(story) > 1 and _QUESTION.search(story[0]):
        # A headline that asks or exclaims reads as prose: "Is coffee good for you?"
        head, story = [lines[start]], story[1:]
    headlines = [i for i, line in enumerate(head) if _headline_form(line)]
    # A section name ("U.S. news") may stand above the headline.
    long = [i for i in headlines if head[i].words >= _TITLE_MIN_WORDS]
    at = (long or headlines or [-1])[0]
    lead = [line.text for i, line in enumerate(head) if i != at]
    return (head[at].text if at >= 0 else ""), lead + story


def _after_byline(lines: list[_Line], start: int, end: int) -> int:
    """Where the story starts when a byline or date line sits just inside the run.

    A page's header is standfirst or photo caption, then byline and date, then the story;
    when the run opens with prose above a byline, that prose is the header's.
    """
    prose = False
    for i in range(start, min(end, start + _BYLINE_WINDOW)):
        line = lines[i]
        if line.weight > 0:
            prose = True
        elif prose and _BYLINE.match(line.text):
            return i + 1
    return start


def _tail(after: list[_Line]) -> list[str]:
    """What follows the run's last paragraph and is still the story's: a list or a sentence."""
    return _tail_list(after) or _closing_sentence(after)


def _closing_sentence(after: list[_Line]) -> list[str]:
    """A short sentence that closes the story ("The company declined to comment."), or []."""
    line = next((line for line in after if not line.copy), None)
    if line is None or line.clutter or line.weight > 0 or line.words < _CLOSING_MIN_WORDS:
        return []
    if _TERMINAL.search(line.text) is None or _CUT.search(line.text) is not None:
        return []
    cased = [w for w in _WORD.findall(line.text) if w[0].isalpha()]
    lower = sum(1 for w in cased if w[0].islower())
    return [line.text] if 2 * lower >= len(cased) else []


def _tail_list(after: list[_Line]) -> list[str]:
    """A list of dated or numbered lines that follows the story's prose, or [].

    Tour dates, results or a schedule close many stories: short lines, each with a number,
    perhaps under a heading ("Tour Dates"), and no clutter. Teasers and menus have few
    numbers, and a line of clutter ends the list.
    """
    items: list[str] = []
    for line in after:
        if line.copy:
            continue
        if line.clutter or line.weight > 0 or (items and not _DIGIT.search(line.text)):
            break
        if len(items) == _TAIL_LIST_MAX_LINES:
            return []  # an archive or a table of the site's, not a story's list
        items.append(line.text)
    return items if len(items) >= _TAIL_LIST_LINES else []


def _clean_head(edge: list[_Line], vocab: set[str]) -> list[_Line] | None:
    """The lines above the story when the text starts with the article, else None.

    An article has at most a few short lines above its prose (a headline, a subtitle, a
    date, a photo credit), none of them clutter; a page has menus. A line with a clutter
    word that names the story's subject is no button ("VA hospital manager offensive email").
    """
    kept = [line for line in edge if not line.copy]
    if len(kept) > _EDGE_LINES:
        return None
    for line in kept:
        if _noise(line) and not (line.cue and _on_subject(line.text, vocab)):
            return None
    return kept


def _vocabulary(paragraphs: list[str]) -> set[str]:
    """The story's words, casefolded, of more than two letters."""
    return {w.casefold() for para in paragraphs for w in _WORD.findall(para) if len(w) > 2}


def _on_subject(text: str, vocab: set[str]) -> bool:
    """Whether most of a line's words, and at least _SUBJECT_WORDS of them, are the story's."""
    words = [w.casefold() for w in _WORD.findall(text) if len(w) > 2]
    hits = sum(1 for w in words if w in vocab)
    return hits >= _SUBJECT_WORDS and 2 * hits >= len(words)


def _noise(line: _Line) -> bool:
    """Whether a line is a button, menu item, notice or a repeated short line."""
    return line.clutter or line.boundary


def is_page_title(text: str) -> bool:
    """Whether a line is a page's <title>: a headline, a separator, then the site's name
    ("... - Новости Харькова и Харьковской области. МГ «Объектив»")."""
    if dateline_length(text):
        return False  # "МОСКВА, 4 янв - РИА Новости. ..." opens a story
    seps = list(_TITLE_SEPARATOR.finditer(text))
    if not seps:
        return False
    site = text[seps[-1].end() :]
    return len(_WORD.findall(site)) <= _SITE_MAX_WORDS and _SITE.search(site) is not None


def is_restated_headline(line: str, lead: str) -> bool:
    """Whether a line that reads as a sentence is a headline naming its source ("МИД ФРГ:
    ...") that the ``lead`` after it restates (most of its words again)."""
    if _SOURCE_COLON.match(line) is None or _INNER_STOP.search(line) is not None:
        return False
    if _SOURCE_COLON.match(lead) is not None:
        return False  # the next turn of an interview ("Брюн: Нагрузка на печень. ...")
    source, claim = line.split(":", 1)
    if len(source.split()) > _SOURCE_WORDS or len(line.split()) > _RESTATED_MAX_WORDS:
        return False
    words = {w.casefold()[:5] for w in _LONG_WORD.findall(claim)}
    again = {w.casefold()[:5] for w in _LONG_WORD.findall(lead)}
    return len(words) >= 2 and len(words & again) >= _RESTATED_SHARE * len(words)


def _headline_form(line: _Line) -> bool:
    """Whether a line is shaped like a headline: short, with words, not a sentence or a dateline."""
    text = line.text
    if is_page_title(text):
        return True
    numbers = sum(1 for w in _WORD.findall(text) if w.isdigit())
    if line.words - numbers < 2 or line.words > _TITLE_MAX_WORDS:
        # Too long, or a date or time ("17 января 12 (9:07)").
        return False
    if _NOT_HEADLINE_END.search(text) is not None:
        return False
    if line.words >= _SENTENCE_WORDS and (
        text.count(",") >= _SENTENCE_COMMAS or _INNER_STOP.search(text) is not None
    ):
        # Several clauses or sentences: a lead or teaser that lost its period.
        return False
    return not is_dateline(text)


def _title(lines: list[_Line], start: int, vocab: set[str]) -> str:
    """The heading-like line before the story that best matches the story's vocabulary."""
    best, best_score = "", 0.0
    for i in range(max(0, start - _TITLE_WINDOW), start):
        line = lines[i]
        # A title may be repeated (in a "most read" list further down), never a button.
        noise = (line.clutter and not line.repeated) or _BULLET.match(line.text) is not None
        if noise or line.boundary or line.words < 2 or not _headline_form(line):
            continue
        words = [w.casefold() for w in _WORD.findall(line.text)]
        hits = sum(1 for w in words if w in vocab)
        # Share of the line found in the story, times a damped length (a long matching line
        # beats a one-word menu item), times a nudge for lines nearer the story.
        score = (
            hits
            / len(words)
            * min(hits, 6)
            * (1 + 0.5 * (i - start + _TITLE_WINDOW) / _TITLE_WINDOW)
        )
        if line.weight > 0 or line.text[0].islower():
            # Prose without a period (a standfirst under the title) or a lowercase byline.
            score *= 0.5
        if score > best_score:
            best, best_score = line.text, score
    return best

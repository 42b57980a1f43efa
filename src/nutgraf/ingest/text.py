"""Scraped plain text -> Article: the title and the story's lines, site clutter removed.

The input is the visible text of a news page, one block per line: menus, buttons, share
and cookie notices, the story, then related headlines. The story is found by structure,
not by site-specific word lists, so it works in any language:

1. every line gets a score: prose lines (long enough, ending like a sentence, mostly
   lowercase words where the script has case) count for their length in words, the rest
   count against; lines repeated in the page, URLs and generic clutter cues (share,
   subscribe, cookies) count heavily against;
2. the story is the maximum-sum contiguous run of scores (Kadane, linear): short lines
   between prose lines (subheadings, one-line paragraphs) come with it, while a menu costs
   more than a story can pay to cross it; prose in a stretch crowded with short lines (a
   teaser list: blurb, byline, blurb...) counts for less, and prose after a "Next article"
   or "Comments" line that closes a story counts for nothing;
3. inside that run, clutter and clusters of short lines are dropped; the title is the
   heading-like line before the run that shares most vocabulary with the story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from typing import NamedTuple

from nutgraf.errors import NoArticleError
from nutgraf.types import Article

__all__ = ["clean_text", "learn_clutter"]

# A sentence end: . ! ? … (and CJK/Devanagari/Arabic stops), then closing quotes/brackets.
_TERMINAL = re.compile(r"[.!?…。！？।؟][\"'»”’)\]*]*$")
_WORD = re.compile(r"\w+")
# Ideographic and kana characters: scripts without spaces, where one \w+ run is a sentence.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_URL = re.compile(r"^(?:https?://|www\.)\S*$", re.IGNORECASE)
# Inscriptis list markers ("* ", "o ", "+ ", "- "): menus are lists, stories seldom are.
_BULLET = re.compile(r"^(?:[*+\-•·o]|\d{1,2}[.)])\s")

# Generic clutter, in a few languages: lines that are buttons or notices on any site. Matched
# only against short lines (see _CUE_MAX_WORDS), so a story mentioning "share" is safe.
_CUE = re.compile(
    r"\b(?:share|sharing|tweet|subscribe|subscription|sign (?:in|up)|log ?in|newsletter|"
    r"read (?:more|next|also)|see also|related|recommended|advertisement|sponsored|"
    r"comments?|reply|print|e-?mail|follow us|"
    r"cookies?|privacy|terms of (?:use|service)|all rights reserved|copyright|©|"
    r"поделиться|подписаться|подпишитесь|читайте (?:также|далее)|читать (?:далее|также)|"
    r"смотрите также|реклама|комментари\w*|похожие|"
    r"partager|abonnez|teilen|abonnieren|compartir|suscr[ií]b\w+|condividi)\b",
    re.IGNORECASE,
)
_CUE_MAX_WORDS = 8
_CUE_MAX_CHARS = 120
# Cookie and consent notices are long sentences, so they need their own, narrower test.
_CONSENT = re.compile(
    r"\bcookies?\b.*\b(?:use|accept|consent|polic|settings|experience|browsing)|"
    r"\b(?:use|accept|consent)\w*\b.*\bcookies?\b|"
    r"\bcookie-?файл|\bфайлы cookie",
    re.IGNORECASE,
)
_CONSENT_MAX_CHARS = 1000  # a consent notice is a few sentences
# Lines that end a story wherever they appear after it: past these, other stories or readers'
# comments begin. ("Related articles" and "Read more" are not among them: sites put those
# boxes inside stories too.)
_BOUNDARY = re.compile(
    r"^(?:previous|next|prev|older|newer)\s+(?:article|post|story|entry)\b|"
    r"\b(?:comments|responses to|replies to|комментари\w*)\b|^comment\W*$|"
    r"^(?:leave a (?:comment|reply)|post a comment|you (?:may|might) also like|"
    r"more (?:on|about) this (?:story|topic))\W*$|"
    r"^(?:предыдущ\w+|следующ\w+)\s+(?:стать\w+|новост\w+|материал\w*|запис\w+)|"
    r"^оставить комментарий\W*$|"
    r"^(?:article|post|story|artículo|article) (?:précédent|suivant|anterior|siguiente)\b",
    re.IGNORECASE,
)

_MIN_PROSE_WORDS = 8  # a sentence-like line this long is prose
_LONG_WORDS = 20  # a line this long is prose even without a sentence end
_UNENDED_FACTOR = 0.5  # weight of a long line that does not end like a sentence
_MIN_LOWER = 0.4  # share of lowercase words below which a line looks like a headline
_CAPS_FACTOR = 0.3  # weight left to such a line
_SHORT_COST = 4.0  # cost of an ordinary non-prose line inside the run
_CLUTTER_COST = 12.0  # cost of a repeated, URL or cue line
_BOUNDARY_COST = 60.0  # cost of crossing a "Next article" / "Comments" line
_MIN_STORY_WORDS = 40.0  # prose seen before a boundary line for it to end the story
_TAIL_FACTOR = 0.0  # weight of prose past that boundary: none, it is another story
_WINDOW = 6  # lines looked back at to tell a story from a list of teasers
_DENSITY_DAMP = 1.0  # prose weight divided by 1 + this x share of non-prose lines nearby
_MAX_GAP_LINES = 3  # short lines between two prose lines kept as part of the story
_TITLE_WINDOW = 60  # lines before the story searched for its title
_TITLE_MAX_WORDS = 40


class _Line(NamedTuple):
    """One non-blank line of the page with the statistics the scorer needs."""

    text: str  # stripped, otherwise verbatim
    words: float  # \w+ runs, CJK characters counting half a word each
    weight: float  # what the line pays as prose; 0 when it is not prose
    clutter: bool
    boundary: bool
    repeated: bool


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
    keys = [_key(t) for t in texts]
    counts = Counter(keys)
    # Measured once per distinct line: pages repeat menus, and pathological input repeats
    # one line many times.
    measured: dict[str, _Line] = {}
    lines = []
    for text, key in zip(texts, keys, strict=True):
        line = measured.get(text)
        if line is None:
            line = measured[text] = _measure(text, counts[key] > 1 or key in site_clutter)
        lines.append(line)
    start, end = _densest_run(lines)
    body = _story_lines(lines[start:end])
    if not body:
        raise NoArticleError("no article text: only menus, buttons or headlines")
    return Article(text="\n\n".join(body), title=_title(lines, start, body), source="text")


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


def _key(text: str) -> str:
    """The form under which two lines count as the same line."""
    return " ".join(text.casefold().split())


def _measure(text: str, repeated: bool) -> _Line:
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
    boundary = short and _BOUNDARY.search(text) is not None
    clutter = (
        repeated
        or boundary
        or (short and _CUE.search(text) is not None)
        or _URL.match(text) is not None
        or (words >= 4 and len(text) <= _CONSENT_MAX_CHARS and _CONSENT.search(text) is not None)
    )
    weight = 0.0 if clutter else _prose_weight(text, tokens, words)
    clutter = clutter or (weight == 0 and _BULLET.match(text) is not None)
    return _Line(text, words, weight, clutter, boundary, repeated)


def _prose_weight(text: str, tokens: list[str], words: float) -> float:
    """How much a line looks like a story's prose: its length in words, damped, or 0."""
    if words < _MIN_PROSE_WORDS:
        return 0.0
    if _TERMINAL.search(text) is not None:
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
    if line.boundary:
        return -_BOUNDARY_COST
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
    links) is not the story's text.
    """
    keep: list[str] = []
    gap: list[str] = []
    for line in run:
        if line.weight > 0:
            if len(gap) <= _MAX_GAP_LINES:
                keep.extend(gap)
            gap = []
            keep.append(line.text)
        elif not line.clutter:
            gap.append(line.text)
    return keep


def _title(lines: list[_Line], start: int, body: list[str]) -> str:
    """The heading-like line before the story that best matches the story's vocabulary."""
    vocab = {w.casefold() for para in body for w in _WORD.findall(para) if len(w) > 2}
    best, best_score = "", 0.0
    for i in range(max(0, start - _TITLE_WINDOW), start):
        line = lines[i]
        # A title may be repeated (in a "most read" list further down), never a button.
        noise = (line.clutter and not line.repeated) or _BULLET.match(line.text) is not None
        if noise or line.boundary or not 2 <= line.words <= _TITLE_MAX_WORDS:
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
            # A sentence (a standfirst under the title) or a lowercase "by ..." byline.
            score *= 0.5
        if score > best_score:
            best, best_score = line.text, score
    return best

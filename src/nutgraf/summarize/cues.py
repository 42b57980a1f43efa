"""Language cues for faithful selection: openers that lean on the previous sentence,
quotation depth, and lines that address the reader (qualifiers of a claim are read in
the ``qualify`` package, which builds on these openers and words).

English and Russian have lists; other languages get no cues (selection then relies on
quotes and scores alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache


def _set(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# (a closing single quote or a dash is not part of the word: "was 'entirely false'")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?", re.UNICODE)
_WORD_OR_COMMA = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|[,;:]", re.UNICODE)

# Words that, opening a sentence, point back to something the previous sentence named.
PRONOUNS: dict[str, frozenset[str]] = {
    "en": _set(
        "he she it they him her them his hers its their theirs this that these those such "
        "both neither either"
    ),
    "ru": _set(
        "он она оно они его её ее их ему ей им ими нему ней ним них это этот эта эти этого "
        "этой этим этих этому этими такой такая такое такие таких тот та те того той тем "
        "там тогда оба обе"
    ),
}
# Connectives that continue or contrast the previous sentence. "Separately" and the like
# open a new thread, so they are not here.
_CONNECTIVES: dict[str, frozenset[str]] = {
    "en": _set(
        "however but yet still nevertheless nonetheless instead therefore thus hence "
        "consequently otherwise likewise similarly moreover furthermore additionally besides "
        "also and so then accordingly meanwhile though"
    ),
    "ru": _set(
        "однако но зато впрочем поэтому следовательно также тоже причем причём притом "
        "кроме помимо более к а и ведь итак значит тем вместе при всё все"
    ),
}
# Multi-word openers: only the first word is in the sets above when it is unambiguous;
# these are checked as prefixes.
_OPENER_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "in addition",
        "as a result",
        "by contrast",
        "on the other hand",
        "even so",
        "that said",
        "in turn",
        "at the same time",
        "for that reason",
    ),
    "ru": (
        "при этом",
        "кроме того",
        "тем не менее",
        "вместе с тем",
        "в то же время",
        "в свою очередь",
        "помимо этого",
        "более того",
        "к тому же",
        "в итоге",
        "в результате",
        "всё же",
        "все же",
        "так что",
    ),
}
# Russian openers that need a following word to lean back ("Тем не менее", "При этом").
_RU_NEEDS_PHRASE = _set("кроме помимо более к тем вместе при всё все")

# A demonstrative determiner after a short lead-in ("While such talks ...", "Despite these
# plans ...", "Несмотря на такие ...", "Хотя эти переговоры ...") also refers back.
_LEAD_INS: dict[str, frozenset[str]] = {
    "en": _set(
        "while although though despite given under in with after before because as for "
        "since amid amidst by on from at of to even if unlike like all both whether when "
        "until unless beyond against without within over through during and but yet so"
    ),
    "ru": _set(
        "хотя несмотря на в во по при с со после до из-за для из за о об как если даже ввиду "
        "вопреки согласно благодаря вследствие среди под над между от к ко у и но а все всё "
        "всех всем"
    ),
}
_DEMONSTRATIVES: dict[str, frozenset[str]] = {
    "en": _set("such these this that those"),
    "ru": _set(
        "такие такой такая такое таких таким такими такую такого такому этот эта это эти "
        "этого этой этим этих этому этими эту данный данная данное данного данной данную "
        "подобные подобный подобная подобное подобных "
        "подобным подобными подобную указанный указанная указанное указанные указанных "
        "упомянутый упомянутая упомянутое упомянутые упомянутых"
    ),
}
# "that" is also a conjunction ("Given that the firm ..."): not a determiner before these.
_THAT_NOT_BEFORE = _set(
    "the a an he she it they we i you his her their its our my your there this these those "
    "some many most all no any each every one two"
)
# Time nouns make the demonstrative deictic, not anaphoric ("This year, ...", "В этом году").
_DEICTIC_TIME: dict[str, frozenset[str]] = {
    "en": _set(
        "year week month weekend morning afternoon evening season summer winter spring "
        "autumn fall quarter decade century"
    ),
    "ru": _set(
        "год году года годом неделе неделю недели месяце месяц месяца сезоне сезон квартале "
        "квартал веке летом зимой весной осенью утром вечером"
    ),
}
_MAX_LEAD_IN = 3

_QUOTE_OPEN = "“«„"
_QUOTE_CLOSE = "”»"
_QUOTE_CHARS = re.compile(r'["“«„”»]')


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` (letters first, digits inside allowed)."""
    return [w.lower() for w in _WORD.findall(text)]


def _base(language: str) -> str:
    return "ru" if language in {"ru", "uk", "be"} else language


# Read twice for each sentence (the summarizer's cue flags, the qualifier's profile): a
# bounded cache of this pure function reads it once without changing any output.
@lru_cache(maxsize=1024)
def leans_back(text: str, language: str) -> bool:
    """True when ``text`` opens with a pronoun or connective needing the previous sentence."""
    lang = _base(language)
    if lang not in PRONOUNS:
        return False
    head = words(text.lstrip(" \"'“«„(—–-")[:60])
    if not head:
        return False
    first = head[0]
    two = " ".join(head[:4])
    if any(two.startswith(p) for p in _OPENER_PHRASES[lang]):
        return True
    if _demonstrative_after_lead_in(text, lang):
        return True
    if lang == "ru" and first in _RU_NEEDS_PHRASE:
        return False
    if first in _DEMONSTRATIVES[lang] and len(head) > 1 and head[1] in _DEICTIC_TIME[lang]:
        return False  # "This year, ..." points at the calendar, not at the text
    # "That" / "This" as a determiner still refers back ("This plan ..."); "It is" too.
    return first in PRONOUNS[lang] or first in _CONNECTIVES[lang]


def _demonstrative_after_lead_in(text: str, lang: str) -> bool:
    """A demonstrative after 1-3 lead-in words: "While such talks", "Несмотря на эти"."""
    head = [t.lower() for t in _WORD_OR_COMMA.findall(text.lstrip(" \"'“«„(—–-")[:80])]
    k = 0
    while k < len(head) and k < _MAX_LEAD_IN and head[k] in _LEAD_INS[lang]:
        k += 1
    if k == 0 or k >= len(head) or head[k] not in _DEMONSTRATIVES[lang]:
        return False
    after = head[k + 1] if k + 1 < len(head) else ""
    if after in _DEICTIC_TIME[lang]:
        return False
    return not (head[k] == "that" and (after in _THAT_NOT_BEFORE or not after))


def quote_depths(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(depth at start, depth at end) of quotation for each of consecutive ``texts``.

    Straight double quotes toggle; typographic ones open and close. The depth is reset to 0
    at each text that is marked as the start of a new paragraph by the caller.
    """
    out: list[tuple[int, int]] = []
    depth = 0
    for text in texts:
        start = depth
        for ch in _QUOTE_CHARS.findall(text):  # only the quote marks, not every character
            if ch == '"':
                depth = 0 if depth else 1
            elif ch in _QUOTE_OPEN:
                depth += 1
            elif ch in _QUOTE_CLOSE and depth:
                depth -= 1
        out.append((start, depth))
    return out


# Lines that address the reader rather than report ("Click here to ...", "READ MORE: ...",
# "See the original story at ...", "Читайте также: ..."): calls to action and links that a
# site's text carries; never a key point. Hand-written: no library marks them.
_TO_READER = re.compile(
    r"""^[\s"'“«(\[-]*(?:
        (?:click|tap)\s+here
      | (?:read|watch|see)\s+(?:more|also|the\s+(?:full|original|latest)|for\s+yourself)\b
      | (?:read|watch|see\s+also|related|more|photos?|videos?|gallery|listen)\s*:
      | (?:subscribe|sign\s+up)\b
      | follow\s+(?:us|@)
      | share\s+(?:this|on)\b
      | (?:copyright|©)
      | читайте\s+(?:также|подробнее|нас)
      | смотрите\s+(?:также|видео|фото)
      | (?:подробнее|фото|видео|читайте|смотрите)\s*:
      | подпи(?:сывайтесь|шитесь)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def to_reader(text: str) -> bool:
    """Whether a sentence addresses the reader (a call to action or a link), not the news."""
    return _TO_READER.match(text) is not None

"""English (and other non-Russian) entities by rules over capitalised spans."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from nutgraf.analyse.facts.cues_en import (
    COMMON_CAPS,
    CONNECTORS,
    CORPORATE_SUFFIXES,
    FUNCTION,
    NAME_HEADS,
    NOT_NAMES,
    ORG_CONTEXT,
    ORG_HEADS,
    ORG_SUFFIXES,
    PERSON_BY,
    PERSON_NOUNS,
    PERSON_VERBS,
    PLACE_CONTEXT,
    PLACE_FIRST,
    PLACE_HEADS,
    PLACE_PREPS,
    PLACE_SHAPE,
    STRONG_TITLES,
    TITLES,
)
from nutgraf.analyse.facts.dates import DATE_NAMES, DATE_WORDS
from nutgraf.analyse.facts.gazetteer import (
    DEMONYM_ENDINGS,
    DEMONYMS,
    PLACE_ALIASES,
    first_names,
    last_names,
    places,
)
from nutgraf.analyse.facts.spans import Mention
from nutgraf.analyse.facts.vocab_en import common_words
from nutgraf.analyse.keywords import EN_STOPWORDS, words
from nutgraf.types import EntityKind, Sentence

MAX_NAME_TOKENS = 6  # a longer run of capitals is a headline or a list, not a name


# A capitalised word ("AvtoVAZ", "O'Brien", "Rolls-Royce") or dotted initials ("U.S.").
# Scanning capitals only is ~5x cheaper than all words; .isupper() then checks the first letter,
# since the Latin Extended-A range mixes cases.
_CAP = re.compile(r"(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩЀ-Я]\w*(?:[-'’&]\w+)*")
_JOIN = re.compile(r" (?:(?:of|the|for|and|de|del|der|van|von|la|le|du|da|al|bin|&) )*")
_NONSPACE = re.compile(r"\S+")
_INITIAL_BEFORE = re.compile(r"(?:^|[.!?:;\n…]|[.!?]['\"’”»)])[\s\"'“‘«(\[-]*$")
_ABBREV = words("mr mrs ms dr st jr sr gen sen rep gov lt col capt prof mt ft")
_WHO_AFTER = re.compile(r",\s+who\b")
_CAMEL = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")
_CAMEL_NAME = re.compile(r"(?:Mc|Mac|O['’]|De|Di|Le|La|Van)[A-Z]")
_PUNCT = "\"'“”‘’«»()[],.;:!?"
_NOT_BEFORE_NAME = frozenset("_#@")
_POSSESSIVES = frozenset({"'s", "’s"})
_CONTEXT_MENTIONS = 4  # context cues from the first few mentions of a name are enough


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    initial: bool  # first word of a sentence: its capital says nothing
    possessive: bool


def rule_entities(text: str, sentences: Sequence[Sentence], base: int = 0) -> list[Mention]:
    """Capitalised spans as typed mentions, common words and junk dropped."""
    starts = {s.start - base for s in sentences}
    vocab = _Lowercase(text)
    caps = CapsLines(text)
    runs: list[list[_Tok]] = []
    run: list[_Tok] = []
    too_long = False
    for m in _CAP.finditer(text):
        start = m.start()
        word = m.group()
        before = text[start - 1] if start else " "
        if before.isalnum() or before in _NOT_BEFORE_NAME or not word[0].isupper():
            # A capital inside a word ("iPhone"), a lowercase letter of the range, a hashtag
            # or a handle ("#ClimateStrike", "@Reuters"): not a name as written.
            if run and not too_long and before in "#@":
                runs.append(run)
                run, too_long = [], False
            continue
        if word in DATE_NAMES:
            if run and not too_long:
                runs.append(run)
            run, too_long = [], False
            continue  # a month or weekday is never part of a name: no token to build
        if word.isupper() and len(word) > 1 and caps.at(start) and _common_caps(word, vocab):
            if run and not too_long:
                runs.append(run)
            run, too_long = [], False
            continue  # a headline's common word ("TAKE OVER"): a name is what remains
        possessive = word[-2:] in _POSSESSIVES
        if possessive:
            word = word[:-2]
        if start in starts:
            initial = True
        elif before == " " and text[start - 2 : start - 1].isalnum():
            initial = False  # the common case, "with Forbes", without a regex
        elif before in {")", "]"}:
            initial = True  # "(CNN)Share, and ...": a dateline ends right before a sentence
        else:
            initial = bool(_INITIAL_BEFORE.search(text, max(0, start - 6), start))
        tok = _Tok(start, start + len(word), word, initial, possessive)
        junk = "-" in word and _hyphen_junk(word)
        if run and not junk:
            joined = _joiners(text, run[-1], start)
            if joined is not None:
                if tok.initial and _follows_abbrev(run[-1]):
                    tok.initial = False
                if not tok.initial:
                    if len(run) < 2 * MAX_NAME_TOKENS:
                        run.extend(joined)
                        run.append(tok)
                    else:
                        too_long = True
                    continue
        if run and not too_long:
            runs.append(run)
        run, too_long = ([] if junk else [tok]), False
    if run and not too_long:
        runs.append(run)

    mentions: list[Mention] = []
    for r in runs:
        mentions.extend(_split_run(r, vocab))
    _add_cues(text, mentions)
    return mentions


class CapsLines:
    """Whether a line is written in capitals (a headline, a sports table), memoised by line."""

    __slots__ = ("_memo", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._memo: dict[int, bool] = {}

    def at(self, pos: int) -> bool:
        start = self._text.rfind("\n", 0, pos) + 1
        found = self._memo.get(start)
        if found is None:
            end = self._text.find("\n", pos)
            line = self._text[start : end if end >= 0 else len(self._text)]
            letters = [c for c in line[:200] if c.isalpha()]
            found = len(letters) > 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)
            self._memo[start] = found
        return found


def _common_caps(word: str, vocab: _Lowercase) -> bool:
    """A capitalised headline word that is a common word: a stopword or written lowercase."""
    low = word.lower().rstrip(".")
    return (
        low in COMMON_CAPS
        or low in EN_STOPWORDS
        or low in DATE_WORDS
        or vocab.has(low)
        or (low in common_words() and not _known_word(word.title()))
    )


class _Lowercase:
    """Whether a word is also written in lowercase in the text (then it is a common word)."""

    __slots__ = ("_memo", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._memo: dict[str, bool] = {}

    def has(self, word: str) -> bool:
        found = self._memo.get(word)
        if found is None:
            found = self._memo[word] = self._find(word)
        return found

    def _find(self, word: str) -> bool:
        # str.find over the text beats tokenising all of it: few names, few hits each.
        text, n = self._text, len(word)
        i = text.find(word)
        while i >= 0:
            before = text[i - 1] if i else " "
            after = text[i + n : i + n + 1]
            if not before.isalnum() and not after.isalnum():
                return True
            i = text.find(word, i + n)
        return False


def _joiners(text: str, prev: _Tok, start: int) -> list[_Tok] | None:
    """The connector words between two capitalised words of one name; None if not one name."""
    if prev.possessive:
        return None
    gap = text[prev.end : start]
    if gap == " ":
        return []
    if gap == ". ":
        # "J. K. Rowling", "St. Petersburg": a period after an initial or a title abbreviation.
        return [] if len(prev.text) == 1 or prev.text.lower() in _ABBREV else None
    if len(gap) > 12 or not (gap[1:2].isalpha() or gap[1:2] == "&") or not _JOIN.fullmatch(gap):
        return None
    return [
        _Tok(prev.end + w.start(), prev.end + w.end(), w.group(), False, False)
        for w in _NONSPACE.finditer(gap)
    ]


def _follows_abbrev(prev: _Tok) -> bool:
    return len(prev.text) == 1 or prev.text.endswith(".") or prev.text.lower() in _ABBREV


def _hyphen_junk(word: str) -> bool:
    """ "D-class", "C" alone: a capital that is a label, not a name."""
    if "-" in word:
        return any(part[:1].islower() for part in word.split("-")[1:])
    return False


def _split_run(run: list[_Tok], vocab: _Lowercase) -> Iterator[Mention]:
    # Leading and trailing connectors are never part of a name.
    while run and run[0].text in CONNECTORS:
        run = run[1:]
    while run and run[-1].text in CONNECTORS:
        run = run[:-1]
    if not run:
        return
    first = run[0]
    if len(run) == 1:  # most runs: nothing to split
        if not (first.initial and _common(first.text)):
            yield from _make_mention(run, vocab)
        return
    if first.text == "The" and len(run) > 1:
        yield from _split_run(run[1:], vocab)  # "The Shipley School": the article is not the name
        return
    # "Executives of General Motors": a sentence-initial word before "of" is a common noun
    # unless it heads names ("University of Oxford") or is a known name ("Austria and X").
    before_connector = (
        len(run) > 1
        and run[1].text in CONNECTORS
        and first.text.lower() not in NAME_HEADS
        and not _known_word(first.text)
    )
    if first.initial and (_common(first.text) or before_connector):
        yield from _split_run(run[1:], vocab)
        return
    # Words before a first name are a title, a role or an adjective, not the name's:
    # "Secretary of State John Kerry", "Centre Walter Little", "Australian Anthony Hill".
    if (i := _person_inside(run)) is not None:
        if run[0].text.lower().rstrip(".") not in TITLES:
            yield from _split_run(run[:i], vocab)  # a title phrase is no name of its own
        for m in _split_run(run[i:], vocab):
            m.cues["person"] = m.cues.get("person", 0) + 1
            yield m
        return
    # Titles and dates split a run: "Russian President Vladimir Putin", "Monday President X".
    for i, tok in enumerate(run):
        low = tok.text.lower().rstrip(".")
        if low in TITLES and _titles_name(run, i):
            yield from _split_run(run[:i], vocab)
            for m in _split_run(run[i + 1 :], vocab):
                m.cues["person"] = m.cues.get("person", 0) + 3
                yield m
            return
        if low in DATE_WORDS or (low in FUNCTION and not acronym(tok.text)):
            yield from _split_run(run[:i], vocab)
            yield from _split_run(run[i + 1 :], vocab)
            return
    connectors = [i for i, t in enumerate(run) if t.text in CONNECTORS]
    # "Leila Haddad of Clean Skies Alliance", "Kia Motor Corp of South Korea": "of" after a
    # person's name or a complete company name starts another name.
    for i in connectors:
        if run[i].text == "of" and 0 < i < len(run) - 1 and _complete_before_of(run[:i]):
            yield from _split_run(run[:i], vocab)
            yield from _split_run(run[i + 1 :], vocab)
            return
    # "X Association and Y Corp": a complete name before "and" ends there.
    # "Orlando and New York City": "and" joins only inside an organization's name.
    org = _has_org_suffix(run) or any(t.text.lower() in ORG_HEADS for t in run)
    ends = [
        i
        for i in connectors
        if (run[i].text == "and" and not org)
        or (run[i].text in {"and", "&"} and _has_org_suffix(run[i - 1 : i]))
    ]
    if ends or (connectors and not _joined_name(run)):
        i = (ends or connectors)[0]
        yield from _split_run(run[:i], vocab)
        yield from _split_run(run[i + 1 :], vocab)
        return
    yield from _make_mention(run, vocab)


def _person_inside(run: Sequence[_Tok]) -> int | None:
    """Where a person's name (a first name and one or two more words) ends the run."""
    names = first_names()
    for i in range(1, len(run) - 1):
        tok, prev = run[i], run[i - 1]
        if (
            tok.text.lower() in names
            and prev.text.lower() not in names
            and 2 <= len(run) - i <= 3
            and not any(t.text in CONNECTORS for t in run[i:])
            and (prev.text in DEMONYMS or prev.text in CONNECTORS or not _known_word(prev.text))
            and run[0].text.lower() not in ORG_HEADS
            and not _has_org_suffix(run[i:])
        ):
            return i
    return None


def _complete_before_of(left: Sequence[_Tok]) -> bool:
    last = left[-1].text.lower().rstrip(".")
    if last in CORPORATE_SUFFIXES:
        return True
    return 2 <= len(left) <= 3 and left[0].text.lower() in first_names()


def _known_word(word: str) -> bool:
    """A place or a personal name: capitalised for itself, not for starting a sentence."""
    return word in places() or word.lower() in first_names()


def _titles_name(run: Sequence[_Tok], i: int) -> bool:
    """Whether ``run[i]`` is a title before a name, not a word of one ("General Motors")."""
    rest = run[i + 1 :]
    if not rest or rest[0].text in CONNECTORS or _has_org_suffix(rest):
        return False
    if i > 0 and run[i - 1].text.lower() in ORG_HEADS:
        return False
    if run[i].text.lower().rstrip(".") in STRONG_TITLES:
        return True
    # "Chief", "General", "Director" also start names of things: want a person's shape after.
    return rest[0].text.lower() in first_names() or len(rest) >= 2


def _common(word: str) -> bool:
    if acronym(word) or (len(word) == 1 and word not in "AI"):  # "J. Smith": an initial
        return False  # "US", "IT", "WHO": capitals here are the name, not a sentence start
    low = word.lower()
    if low in COMMON_CAPS or low in EN_STOPWORDS or low in DATE_WORDS:
        return True
    return low in common_words() and not _known_word(word)


def _has_org_suffix(run: Sequence[_Tok]) -> bool:
    return any(t.text.lower() in ORG_SUFFIXES for t in run)


def _joined_name(run: Sequence[_Tok]) -> bool:
    """Whether connectors belong inside the name ("Bank of America", "Gulf of Mexico")."""
    words = {t.text.lower() for t in run}
    return bool(words & ORG_SUFFIXES or words & PLACE_HEADS or words & ORG_HEADS)


def _make_mention(run: list[_Tok], vocab: _Lowercase) -> Iterator[Mention]:
    start, end = run[0].start, run[-1].end
    if len(run) > MAX_NAME_TOKENS:
        return
    if len(run) == 1:
        word = run[0].text
        if (
            len(word) == 1
            or _common(word)
            or word in NOT_NAMES
            or word in DEMONYMS  # "Spanish": a nationality, not a place (nor Spain)
            or word.lower() in TITLES
        ):
            return
        if len(word) > 4 and word.endswith(DEMONYM_ENDINGS) and not _known_name(word):
            return  # "Libyan oil", "Malians": an adjective or a people, not a name
        if not acronym(word) and vocab.has(word.lower()):
            return  # the same word is written lowercase elsewhere: a common noun
    if len(run) > 1 and (run[-1].text in DEMONYMS or run[-1].text.endswith(DEMONYM_ENDINGS)):
        return  # "North African", "Northern Irishman"
    name = _name_text(run)
    canonical = PLACE_ALIASES.get(name, name)
    yield Mention(start, end, tuple(canonical.split()), canonical, None, {}, run[0].initial)


def _known_name(word: str) -> bool:
    """A personal name with a demonym's ending: "Brian", "Julian", "Parrish"."""
    low = word.lower()
    return low in first_names() or low in last_names()


def _name_text(run: Sequence[_Tok]) -> str:
    """The name as written, one space between words ("St. Petersburg" keeps its period)."""
    parts = [run[0].text]
    for prev, tok in pairwise(run):
        parts.append(". " if tok.start - prev.end == 2 else " ")
        parts.append(tok.text)
    return "".join(parts)


def acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isupper()


def _keep_known_initials(mentions: list[Mention]) -> list[Mention]:
    """A name seen only sentence-initially must earn its place: known elsewhere, or cued."""
    known = {t for m in mentions if not m.initial for t in m.tokens}
    out = []
    for m in mentions:
        if m.initial and len(m.tokens) == 1 and m.kind is None:
            word = m.tokens[0]
            strong = (
                m.cues.get("person", 0) >= 2 or acronym(word) or _camel(word) or _place_shape(word)
            )
            if word not in known and not strong:
                continue
        out.append(m)
    return out


def _camel(word: str) -> bool:
    """Inner capitals after a lowercase letter ("AvtoVAZ", "PayPal"), not "McIlroy" or "DPs"."""
    return bool(_CAMEL.search(word)) and not _CAMEL_NAME.match(word)


def _place_shape(word: str) -> bool:
    return len(word) >= 5 and bool(PLACE_SHAPE.match(word.lower()))


def _add_cues(text: str, mentions: Sequence[Mention]) -> None:
    """Add each mention's evidence for a kind: the name's shape and its neighbours' words."""
    shapes: dict[str, dict[EntityKind, float]] = {}
    seen: dict[str, int] = {}
    for m in mentions:
        if m.kind is not None:
            continue
        shape = shapes.get(m.name)
        if shape is None:
            shape = shapes[m.name] = _shape_cues(m.tokens)
        for kind, w in shape.items():
            m.cues[kind] = m.cues.get(kind, 0.0) + w
        seen[m.name] = n = seen.get(m.name, 0) + 1
        if n <= _CONTEXT_MENTIONS:
            for kind, w in _context_cues(text, m.start, m.end, len(m.tokens) > 1):
                m.cues[kind] = m.cues.get(kind, 0.0) + w


def _place_prefix(tokens: tuple[str, ...]) -> bool:
    known = places()
    return tokens[0] in known or " ".join(tokens[:2]) in known


def _shape_cues(tokens: tuple[str, ...]) -> dict[EntityKind, float]:
    cues: dict[EntityKind, float] = {}
    lows = [t.lower() for t in tokens]
    if lows[-1] in ORG_SUFFIXES or lows[0] in ORG_HEADS:
        cues["organization"] = 3
    elif len(tokens) == 1 and acronym(tokens[0]):
        cues["organization"] = 2
    elif any(_camel(t) for t in tokens):
        cues["organization"] = 1
    elif len(tokens) > 1 and lows[-1] not in PLACE_HEADS and _place_prefix(tokens):
        cues["organization"] = 1  # "New York Yankees", "Kansas City Star": teams and papers
    # A head alone is no place's name: "Park said" is a person.
    if len(tokens) > 1 and (lows[-1] in PLACE_HEADS or lows[0] in PLACE_FIRST):
        cues["place"] = 3
    elif len(tokens) == 1 and _place_shape(tokens[0]):
        cues["place"] = 2
    if len(tokens) > 1 and lows[0].split("-")[0] in first_names():
        cues["person"] = 3
    elif len(tokens) > 1 and all(len(t) == 1 or t.endswith(".") for t in tokens[:-1]):
        cues["person"] = 2  # "J. Smith"
    return cues


def _clause_words(raw: Iterable[str], *, keep_last: bool = False) -> list[str]:
    """Lowercased words up to a sentence end: a cue must not leak from the next sentence."""
    out = []
    for w in raw:
        ends = w[-1] in ".!?" and len(w.rstrip(".!?\"'”’»)")) > 1
        if ends and not keep_last:
            break
        out.append(w.strip(_PUNCT).lower())
        if ends:
            break
    return out


def _context_cues(
    text: str, start: int, end: int, multiword: bool
) -> Iterator[tuple[EntityKind, float]]:
    before = text[max(0, start - 48) : start]
    after = text[end : end + 48]
    prev = _clause_words(reversed(before.split()[-4:]))[::-1]
    nxt = _clause_words(after.split()[:6], keep_last=True)
    adjacent = before[-1:] == " "  # no punctuation between the previous word and the name
    p1 = prev[-1] if prev and adjacent else ""
    p2 = prev[-2] if len(prev) > 1 else ""
    if p1.rstrip(".") in TITLES:
        yield "person", 3
    elif p1 in PERSON_NOUNS:
        yield "person", 2  # "manager Garry Monk", "his brother John"
    if p1 == "by" and p2 in PERSON_BY:
        yield "person", 2  # "headed by Maxim Sokolov"
    if _WHO_AFTER.match(after):
        yield "person", 1  # weak: "a DJ at a college in New Jersey, who was suspended"
    if multiword and nxt and after[:1].isspace() and nxt[0] in PERSON_VERBS:
        yield "person", 1  # single words: "Renault said" is as common as "Sokolov said"
    if after.startswith("-based"):
        yield "place", 3
    if p1 in PLACE_PREPS or (p1 == "the" and p2 in PLACE_PREPS):
        yield "place", 1
    # Words before the name count only if nothing separates them from it ("club, X" does).
    near = set(prev[-3:]) if adjacent else set()
    if near & PLACE_CONTEXT or set(nxt[:2]) & PLACE_CONTEXT:
        yield "place", 1
    if near & ORG_CONTEXT:
        yield "organization", 1
    # Companies are followed by their business: "Renault's option to repurchase its shares";
    # a person's name is too ("X, the company's chief"), so only for single words.
    if not multiword and set(nxt) & ORG_CONTEXT:
        yield "organization", 1

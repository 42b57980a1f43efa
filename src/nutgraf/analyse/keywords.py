"""Keywords: the few terms an article is about, ranked by frequency, position and title.

Words are grouped by a stem (a light suffix stripper for English and Russian, Snowball for
other languages) and shown in their most frequent surface form. Function words are dropped:
lists of our own for English and Russian, stopwords-iso's for the 56 other languages it has.
Two-word phrases that recur compete with single words, so "export markets" can beat "export"
and "markets" alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from types import MappingProxyType

from nutgraf.analyse.sentences import NOUNS_CAPITALISED
from nutgraf.types import Sentence

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVES = frozenset({"'s", "’s"})
_MAX_WORD = 30  # longer "words" are unsegmented scripts or junk, not keywords


def words(text: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words of ``text`` (for word lists)."""
    return frozenset(text.split())


EN_STOPWORDS = words(
    """a about above across after afterwards again against all almost alone along already also
    although always am among amongst an and another any anyhow anyone anything anyway anywhere
    are around as at back be became because become becomes been before beforehand behind being
    below beside besides between beyond both but by can cannot could did do does doing done down
    due during each either else elsewhere enough etc even ever every everyone everything
    everywhere except few for former formerly from further had has have having he hence her here
    hereafter hereby herein hers herself him himself his how however i if in indeed into is it
    its itself just last latter least less many may me meanwhile might mine more moreover most
    mostly much must my myself namely neither never nevertheless next no nobody none noone nor
    not nothing now nowhere of off often on once one only onto or other others otherwise our
    ours ourselves out over own per perhaps please rather same seem seemed seeming seems several
    she should since so some somehow someone something sometime sometimes somewhere still such
    than that the their theirs them themselves then thence there thereafter thereby therefore
    therein these they this those though through throughout thus to together too toward towards
    under until up upon us very via was we well were what whatever when whence whenever where
    whereas whereby wherein whether which while whither who whoever whole whom whose why will
    with within without would yet you your yours yourself yourselves it's don't didn't doesn't
    isn't wasn't won't can't i'm he's she's that's there's they're we're you're i've we've
    they've"""
)
# Frequent in any news story, so never what one is about (ranking only, not function words).
_EN_NEWS = words(
    """additionally separately currently recently also according said says say told added noted
    explained stated including include includes included get got make made take took like new
    way ways time times year years day days week weeks month months mr mrs ms dr percent"""
)

RU_STOPWORDS = words(
    """а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже
    для до его ее её если есть еще ещё же за здесь и из или им их к как ко когда кто ли либо мне
    может мы на над надо наш не него нее неё нет ни них но ну о об однако он она они оно от
    очень по под при с со так также такой там те тем то того тоже той только том ты у уже хотя
    чего чей чем что чтобы чье чья эта эти это этого этой этом этот я его ее их ему ей им них
    нем ней себя себе свой своя свои своих своей своего сам сама сами самый между после перед
    через про около вокруг всё всю всем всеми всей тот та те тех теперь тогда сейчас здесь там
    туда сюда потом затем поэтому потому который которая которое которые которых которым которой
    которого котором будет будут будем был была было были быть являться является являются
    является также лишь уж разве ведь вообще именно"""
)
_RU_NEWS = words(
    """заявил заявила заявили заявило сообщил сообщила сообщили сообщило сказал сказала сказали
    отметил отметила отметили рассказал рассказала добавил добавила пишет говорит год году года
    лет годом прошлом прошлого этом этого текущем следующем месяце неделе время"""
)

_SNOWBALL = MappingProxyType(
    {
        "de": "german",
        "fr": "french",
        "es": "spanish",
        "it": "italian",
        "pt": "portuguese",
        "nl": "dutch",
        "sv": "swedish",
        "da": "danish",
        "no": "norwegian",
        "fi": "finnish",
        "hu": "hungarian",
        "ro": "romanian",
        "tr": "turkish",
        "pl": "polish",
        "cs": "czech",
        "el": "greek",
        "ca": "catalan",
        "lt": "lithuanian",
        "sr": "serbian",
        "id": "indonesian",
        "ar": "arabic",
        "hi": "hindi",
    }
)

# Snowball is pure Python (~30 µs a word): too slow for the English/Russian budget, and a
# light stemmer that only folds inflections ranks as well for keywords.
_RU_SUFFIX = re.compile(
    r"(?:иями|ями|ами|ого|его|ому|ему|ыми|ими|иях|ием|ией|ах|ях|ов|ев|ей|ой|ий|ый|ая|яя|ое|ее"
    r"|ые|ие|ую|юю|ом|ем|ам|ям|ию|ия|ии|а|я|о|е|ы|и|у|ю|ь|й)$"
)


def stopwords(language: str) -> frozenset[str]:
    """The function words of ``language`` (lowercase); empty for languages without a list."""
    if language == "en":
        return EN_STOPWORDS
    if language == "ru":
        return RU_STOPWORDS
    return _iso_stopwords(language)


@cache
def _iso_stopwords(language: str) -> frozenset[str]:
    """stopwords-iso's list for ``language`` (58 languages; the ``stopwordsiso`` package, MIT),
    lower case; empty for a language it lacks. English and Russian keep the lists above, which
    their keyword and qualifier figures were measured with."""
    import stopwordsiso

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w.lower() for w in stopwordsiso.stopwords(language))


def _stem_en(word: str) -> str:
    # Plurals only: enough to group "unit"/"units", and string tests beat a regex here.
    if len(word) <= 3 or word[-1] != "s":
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    return word[:-1]


# A regex search a word (~1 µs), for every word of every sentence: news repeats its words, so
# a bounded cache of this pure function costs less without changing any output.
@lru_cache(maxsize=1 << 16)
def _stem_ru(word: str) -> str:
    word = word.replace("ё", "е")
    m = _RU_SUFFIX.search(word)
    if m and m.start() >= 3:
        return word[: m.start()]
    return word


def stemmer(language: str) -> Callable[[str], str]:
    """A function mapping a lowercase word to the key it is ranked under."""
    if language == "en":
        return _stem_en
    if language == "ru":
        return _stem_ru
    name = _SNOWBALL.get(language)
    if name is None:
        return str
    import snowballstemmer  # BSD-3-Clause; its 37 stemmers load together: only when needed

    stem: Callable[[str], str] = snowballstemmer.stemmer(name).stemWord
    return stem


def keywords(
    text: str,
    sentences: Sequence[Sentence],
    language: str,
    title: str = "",
    k: int = 8,
    *,
    form: Callable[[str], str | None] | None = None,
) -> tuple[str, ...]:
    """The ``k`` most salient terms of ``text``, best first, as they are written in it.

    ``form`` maps a keyword to the form to show (the dictionary form, for a language that
    inflects nouns) or to None when it is no keyword (an adjective alone, a verb phrase).
    """
    if k <= 0:
        return ()
    stop = stopwords(language)
    nouns_capitalised = language in NOUNS_CAPITALISED
    if language == "en":
        stop = stop | _EN_NEWS
    elif language == "ru":
        stop = stop | _RU_NEWS
    min_len = 3 if stop else 4  # without a stopword list, short words are mostly function words
    stem = stemmer(language)
    stems: dict[str, str] = {}  # memo for this call: articles repeat words
    title_words = {_norm(w) for w in WORD.findall(title)}
    title_keys = {stem(w) for w in title_words if w not in stop}

    score: dict[str, float] = {}
    first: dict[str, int] = {}
    forms: dict[str, dict[str, float]] = {}
    phrase_score: dict[tuple[str, str], float] = {}
    phrase_count: dict[tuple[str, str], int] = {}
    phrase_forms: dict[tuple[str, str], dict[str, float]] = {}
    order = 0

    for sent in _sentences(text, sentences):
        # Lead sentences state what the story is about; the weight fades to 1 down the text.
        weight = 1.0 + 1.0 / (1.0 + 0.5 * sent.index)
        prev: tuple[str, str] | None = None  # key and surface of the previous content word
        # Only the last two words of a run of content words make a phrase: that is where
        # a noun phrase's head sits ("joint car production", not "potential joint").
        pending: tuple[tuple[str, str], str] | None = None
        stext = sent.text
        last = -2  # where the previous word ended, -2 after a possessive
        for i, m in enumerate(WORD.finditer(stext)):
            order += 1
            raw = m.group()
            # Two words make a phrase only across one plain space: not a comma, digit or "’s".
            joined = m.start() == last + 1 and stext[last] == " "
            last = m.end()
            word = raw.lower()
            if word[-2:] in _POSSESSIVES:
                word = word[:-2]
                raw = raw[:-2]
                last = -2
            n = len(word)
            if word in stop or n > _MAX_WORD or (n < min_len and not (n > 1 and raw.isupper())):
                if pending is not None:
                    _add(phrase_score, phrase_count, phrase_forms, pending, weight)
                prev = pending = None
                continue
            key = stems.get(word)
            if key is None:
                key = stems[word] = stem(word)
            if raw.islower():
                surface, share = word, 1.0
            elif i == 0 and raw[1:].islower() and not nouns_capitalised:
                # A sentence-initial capital says nothing: no vote, but the lowercase form
                # stands in when the word is never seen elsewhere (in German it is a noun's).
                surface, share = word, 0.0
            else:
                surface, share = raw, 1.0
            if key in score:
                score[key] += weight
            else:
                score[key] = weight
                first[key] = order
                forms[key] = {}
            f = forms[key]
            f[surface] = f.get(surface, 0.0) + share
            if prev is not None and joined:
                pending = ((prev[0], key), f"{prev[1]} {surface}")
            elif pending is not None:
                _add(phrase_score, phrase_count, phrase_forms, pending, weight)
                pending = None
            prev = (key, surface)
        if pending is not None:
            _add(phrase_score, phrase_count, phrase_forms, pending, weight)

    cands: list[tuple[float, int, tuple[str, ...], dict[str, float]]] = []
    for key, s in score.items():
        boost = 2.0 if key in title_keys else 1.0
        cands.append((s * boost, first[key], (key,), forms[key]))
    for pair, s in phrase_score.items():
        in_title = pair[0] in title_keys and pair[1] in title_keys
        # A phrase counts when it recurs, or is the title's own wording.
        if pair[0] != pair[1] and (phrase_count[pair] >= 2 or in_title):
            boost = 2.0 if in_title else 1.0
            at = min(first[pair[0]], first[pair[1]])
            cands.append((1.5 * s * boost, at, pair, phrase_forms[pair]))
    cands.sort(key=lambda c: (-c[0], c[1]))

    picked: list[str] = []
    covered: set[str] = set()
    for _, _, keys, shown in cands:
        if covered.isdisjoint(keys):
            # The most frequent form; dicts keep first-seen order, so ties go to the first.
            best: str | None = max(shown, key=shown.__getitem__)
            if form is not None and best is not None:
                best = form(best)
            if best is None or best in picked:
                continue
            picked.append(best)
            covered.update(keys)
            if len(picked) == k:
                break
    return tuple(picked)


def _add(
    score: dict[tuple[str, str], float],
    count: dict[tuple[str, str], int],
    forms: dict[tuple[str, str], dict[str, float]],
    pending: tuple[tuple[str, str], str],
    weight: float,
) -> None:
    pair, shown = pending
    score[pair] = score.get(pair, 0.0) + weight
    count[pair] = count.get(pair, 0) + 1
    f = forms.setdefault(pair, {})
    f[shown] = f.get(shown, 0.0) + 1.0


def _sentences(text: str, sentences: Sequence[Sentence]) -> Iterable[Sentence]:
    if sentences:
        return sentences
    return (Sentence(text, 0, len(text), 0, 0),) if text else ()


def _norm(word: str) -> str:
    word = word.lower()
    return word[:-2] if word[-2:] in _POSSESSIVES else word

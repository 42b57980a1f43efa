"""Words into stance kinds: the lexicons indexed by Snowball stem (English) and
pymorphy2 lemma (Russian), loaded once per process."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from nutgraf.summarize.cues import words

from .lexicon import _EN, _EN_NT, _RU


def _kind_sets(lexicon: dict[str, str], norm: Callable[[str], str]) -> dict[str, frozenset[str]]:
    # Multi-word entries ("as-long-as") are matched as phrases, exact forms ("=authors") and
    # word starts ("authoriz*") as written: none is normalised.
    return {
        k: frozenset(w if "-" in w or w[0] == "=" or w[-1] == "*" else norm(w) for w in v.split())
        for k, v in lexicon.items()
    }


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The lexicons of one language, indexed for lookup."""

    sets: dict[str, frozenset[str]]  # kind -> normalised entries
    index: dict[str, frozenset[str]]  # normalised word -> kinds
    exact: dict[str, frozenset[str]]  # a word form, where the stem is shared with other
    # words ("authors" and "authorize" are both "author" to Snowball) -> kinds
    starts: tuple[tuple[str, str], ...]  # (word start, kind)
    phrases: tuple[tuple[str, str], ...]  # (" as long as ", kind)
    prefixes: frozenset[str]  # first letters of every entry: words worth normalising


def _lexicon(
    lexicon: dict[str, str], norm: Callable[[str], str], n: int, extra: tuple[str, ...] = ()
) -> _Lexicon:
    sets = _kind_sets(lexicon, norm)
    index: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    starts = []
    phrases = []
    for kind, entries in sets.items():
        for e in entries:
            if "-" in e:
                phrases.append((f" {e.replace('-', ' ')} ", kind))
            if e[0] == "=":
                exact.setdefault(e[1:], set()).add(kind)
            elif e[-1] == "*":
                starts.append((e[:-1], kind))
            else:
                index.setdefault(e, set()).add(kind)
    return _Lexicon(
        sets,
        {w: frozenset(ks) for w, ks in index.items()},
        {w: frozenset(ks) for w, ks in exact.items()},
        tuple(starts),
        tuple(phrases),
        _prefixes(lexicon, n, extra),
    )


_PREFIX_EN = 4  # letters an English word shares with its Snowball stem
# What the head of a compound brings ("peer-reviewed" is a review); not its negation or
# doubt ("no-doubt", "long-denied"), nor its time ("early-stage").
_HYPHEN_PART_KINDS = frozenset({"pend", "study", "confirm", "settle", "small", "temp"})
_PREFIX_RU = 3  # letters a Russian form shares with its lemma ("решат": "решить")


def _prefixes(lexicon: dict[str, str], n: int, extra: tuple[str, ...] = ()) -> frozenset[str]:
    return frozenset(
        w.strip("=*").replace("ё", "е")[:n] for v in lexicon.values() for w in v.split()
    ) | frozenset(extra)


# Russian forms whose first letters are not their lemma's ("могли": "мочь", "сошлись":
# "сойтись"): parsed too, so that the lemma is found.
_RU_SUPPLETIVE = ("мог", "мож", "сош")


@cache
def _english() -> tuple[Callable[[str], frozenset[str]], _Lexicon]:
    import snowballstemmer  # BSD-3-Clause

    # Snowball is pure Python (~30 µs a word); news repeats its words, so a bounded cache
    # of this pure function keeps the cost per article low without changing any output.
    stem: Callable[[str], str] = lru_cache(maxsize=1 << 16)(
        snowballstemmer.stemmer("english").stemWord
    )
    lex = _lexicon(_EN, stem, _PREFIX_EN)
    # The same for a word's stance kinds (a pure function of the word and the lexicons).
    kinds: Callable[[str], frozenset[str]] = lru_cache(maxsize=1 << 16)(
        lambda w: _kinds_en(w, stem, lex)
    )
    return kinds, lex


@dataclass(frozen=True, slots=True)
class _Word:
    lemma: str  # of the likeliest reading
    tag: str  # its pymorphy2 tag
    forms: frozenset[str]  # lemmas of every reading ("временная": "временной", "временный")
    # An adjective or participle negated by its prefix ("недостоверный", "неподтверждённый"),
    # the Russian "unconfirmed": "не" + a word pymorphy2 knows.
    negated: bool = False


@cache
def _russian() -> tuple[Callable[[str], _Word], _Lexicon]:
    # pymorphy2 (MIT, a dependency of natasha, MIT) imports pkg_resources, which warns with
    # setuptools >= 81; the warning is not the user's to act on.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated")
        # natasha's import also fixes pymorphy2 0.9 for Python 3.11+ (yargy's patch of its
        # units' use of the removed inspect.getargspec).
        import natasha  # noqa: F401
        import pymorphy2

        # natasha's MorphVocab is this analyser (its default dictionary) with every parse
        # wrapped in a MorphForm (its UD features as a dict, a sixth of a first pass over a
        # Russian page's words) and 10,000 of them cached: plain tuples, the same parses.
        vocab = pymorphy2.MorphAnalyzer(result_type=None)

    # pymorphy2 parses a word in ~0.1 ms; a bounded cache of this pure function keeps the
    # cost per article low without changing any output.
    @lru_cache(maxsize=1 << 16)
    def analyse(word: str) -> _Word:
        # (word, tag, normal_form, score, methods_stack), likeliest first
        parses = vocab.parse(word)
        lemmas = {p[2].replace("ё", "е") for p in parses[:4]}
        # A reflexive verb shares its stance with the plain one ("обсуждается": "обсуждать").
        lemmas |= {w[:-2] for w in lemmas if w.endswith(("ться", "тись"))}
        forms = frozenset(lemmas)
        lemma, tag = parses[0][2].replace("ё", "е"), parses[0][1]
        negated = (
            len(word) > 4  # not "в нём" read as "немой" ("нем": mute)
            and lemma.startswith("не")
            and tag.POS in _RU_ADJ
            and "Apro" not in tag
            and lemma not in _RU_NOT_NEGATED
            and vocab.word_is_known(lemma[2:])
        )
        return _Word(lemma, str(tag), forms, negated)

    def norm(word: str) -> str:
        return analyse(word).lemma if "-" not in word else word.replace("ё", "е")

    return analyse, _lexicon(_RU, norm, _PREFIX_RU, _RU_SUPPLETIVE)


_RU_ADJ = frozenset({"ADJF", "ADJS", "PRTF", "PRTS"})

# Size, degree and certainty, not stance: "небольшой" is small, "непростой" hard,
# "независимый" independent ("в двух независимых лабораториях"), "несомненный" certain.
_RU_NOT_NEGATED = frozenset(
    words(
        "небольшой немалый немногий неплохой непростой нередкий независимый необходимый "
        "несомненный неоспоримый"
    )
)


def _kinds_en(word: str, stem: Callable[[str], str], lex: _Lexicon) -> frozenset[str]:
    """Stance kinds of one English word (a hyphenated word has its parts' kinds too:
    "peer-reviewed" is a review)."""
    out: set[str] = set()
    for part in (word, *word.split("-")[1:]) if "-" in word else (word,):
        # Snowball only for words that could be in a lexicon (same first letters as an
        # entry): stemming every word of an article costs more than the rest of the detector.
        # (Or with a short entry's first letters: "runs" for "run".)
        worth = part[:_PREFIX_EN] in lex.prefixes or part[: _PREFIX_EN - 1] in lex.prefixes
        t = stem(part.replace("’", "'")) if worth else part
        kinds = lex.index.get(t, frozenset())
        out |= kinds if part is word else kinds & _HYPHEN_PART_KINDS
    out |= lex.exact.get(word, frozenset())
    out.update(kind for start, kind in lex.starts if word.startswith(start))
    if word.endswith(_EN_NT):
        out.add("neg")
    return frozenset(out)


def _phrases(lex: _Lexicon, toks: list[str]) -> set[str]:
    """Kinds of the few multi-word entries ("as-long-as", "тем-не-менее") found in ``toks``
    (a hyphenated word counts as its parts: "phase-out" is "phase out")."""
    low = f" {' '.join(toks)} ".replace("-", " ")
    return {k for phrase, k in lex.phrases if phrase in low}

"""Does sentence B qualify the claim in sentence A (the sentence just before it)?

A *qualifier* changes how far a reader may trust or apply the claim: it says the claim is
pending a decision or approval, temporary or conditional, not confirmed (or denied) by its
subject, talks without an agreement yet, or a study's finding with limits. Shown without it,
the claim misleads.

The decision reads what generalizes beyond phrasings:

- B's *stance*: negation (and what it negates, within a few words), modality, condition,
  pending and temporary words, words of settling (decide, approve, agree, sign...), of
  doubt and attribution (confirm, deny, comment, unclear...), of a study's limits
  (association, cause, sample...), contrast, restriction;
- B's *reference* back to A: an opening pronoun or connective, a definite or demonstrative
  noun phrase whose noun A names, content words shared with A, or a subject left implicit
  in a short sentence;
- what A is: a plan or an announcement, which a pending or conditional B is about.

Words are matched as Snowball stems (English) and pymorphy2 lemmas and grammemes (Russian,
via natasha's MorphVocab, already a dependency): a lexicon entry covers every inflection,
and pymorphy2 marks parenthetical words (``Prnt``: "возможно", "вероятно"), anaphoric
pronouns (``Anph``) and the future tense.
``SIGNALS`` are set by hand and checked on labelled pairs by ``scripts/fit_qualifier.py``,
which also fits a logistic model over them: it did not beat the signals on held-out pairs
(docs/quality.md), so none is shipped. Other languages: no qualifier is detected.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from nutgraf.analyse.keywords import stemmer as light_stemmer
from nutgraf.analyse.keywords import stopwords
from nutgraf.summarize.cues import PRONOUNS, leans_back, words

# Hand-written lexicons, by stance kind. No maintained package ships a hedging or stance
# lexicon for English and Russian; these are the closed classes (negation, modals,
# conditionals) and the few open-class stems of the five kinds the summarizer must keep.
# They are written as dictionary words; Snowball (en) and pymorphy2 (ru) map every
# inflection to them, and the signals below combine them with reference and position.
_EN: dict[str, str] = {
    "neg": "not no never none nobody nothing neither nor without cannot fail decline refuse "
    "unable impossible",
    "modal": "may might could possibly possible perhaps maybe likely unlikely probably "
    "potentially uncertain estimate",
    "oblige": "must should need needs has-to have-to",
    "cond": "unless depend dependent condition conditional contingent hinge provided-that "
    "subject-to only-if only-while only-when only-once as-long-as so-long-as",
    "if": "if",
    "pend": "pending review reconsider await awaiting",
    "still": "yet still until later early remain",  # pending only beside a settling or negation
    "temp": "temporary temporarily interim provisional tentative expire revoke experimental",
    "settle": "decide decision approve approval agree agreement sign final finalize vote "
    "ratify consent authorize permission permit licence license clearance ruling",
    # Acts that settle something only when negated ("no deal", "has not been set").
    "act": "deal settle settlement conclude complete grant accept adopt clear charge "
    "announce announcement set publish fund release disclose",
    "doubt": "deny denial unconfirmed unverified dispute reject unclear unknown doubt rumor rumour",
    # Words of confirming that qualify only when negated ("did not confirm", "declined to
    # comment", "could not be independently verified", "it is not known").
    "confirm": "confirm comment verify verification respond independently back known "
    "discuss specify disclose reveal whether",
    "study": "study research association associate link correlation correlate cause "
    "causal sample participant preliminary replicate limited limitation evidence "
    "prove observational mice animal finding",
    "source": "researcher scientist",  # A reports a study
    "contrast": "but however although though whereas nevertheless nonetheless rather",
    "only": "only merely solely",
    "report": "said say says told according report reported statement spokesman "
    "spokeswoman spokesperson official source",
    "plan": "will would plan planned propose proposal intend announce expect aim talks "
    "negotiate negotiation discuss consider seek want scheme",
}
_RU: dict[str, str] = {
    "neg": "не нет ни никто ничто никак никогда без ничего никакой отказаться невозможно нельзя",
    "modal": "возможно вероятно наверное видимо якобы предположительно возможный вероятный "
    "допускать исключать сорваться рано",
    "oblige": "должен нужно необходимо предстоять требоваться",
    "cond": "зависеть зависимость при-условии только-если лишь-если",
    "if": "если",
    "pend": "предварительный рассматривать рассмотреть рассмотрение",
    "still": "пока окончательно окончательный дальнейший стадия ожидать",
    "temp": "временно временный пробный испытательный истекать отозвать экспериментальный "
    "действует-до будет-действовать-до продлится-до",
    "settle": "решение решить утвердить одобрить согласовать соглашение "
    "договорённость договоренность договориться подписать ратифицировать "
    "окончательный разрешение одобрение утверждение согласие",
    "act": "определить объявить назначить обвинение судьба опубликовать раскрыть завершить "
    "финансирование профинансировать найти достигнуть",
    "doubt": "опровергнуть отрицать неясно неизвестно непонятно сомнение сомневаться "
    "оспорить оспаривать якобы необоснованный",
    "confirm": "подтвердить подтверждение комментировать комментарий проверить независимо "
    "ответить назвать известно обсуждать раскрыть уточнить подтвердиться ли",
    "study": "исследование связь выборка предварительный доказать доказательство участник "
    "мышь животное корреляция ограничение испытание причинно-следственный доброволец "
    "наблюдение",
    "source": "исследователь учёный ученый",
    "contrast": "но однако хотя впрочем тем-не-менее правда",
    "only": "лишь только",
    "report": "сообщить сказать заявить рассказать отметить источник сообщение "
    "представитель пресс-служба",
    "plan": "планировать план намерен намереваться собираться предложить предложение "
    "проект переговоры обсуждать рассчитывать хотеть",
}
KINDS = tuple(_EN)

# Opening determiners that make the next noun definite or demonstrative: "The plan ...",
# "This deal ...", "Эта мера ...". Closed class, hand-written like the lists above.
_DEFINITE = {
    "en": frozenset(words("the this that these those such its their his her")),
    "ru": frozenset(
        words(
            "этот эта это эти этого этой этим этих эту такой такая такое такие данный данная "
            "данное данные указанный указанная указанное упомянутый"
        )
    ),
}
_EN_NT = ("n't", "n’t")


@dataclass(frozen=True, slots=True)
class Profile:
    """What one sentence says, as the detector sees it."""

    kinds: frozenset[str]  # stance kinds present (keys of the lexicons)
    negated: frozenset[str]  # kinds with a negation within a few words ("not yet approved")
    content: frozenset[str]  # content-word stems/lemmas
    head: str  # the noun after an opening determiner ("plan" in "The plan was ..."), or ""
    leans: bool  # opens with a pronoun or connective needing the previous sentence, or has
    # a third-person pronoun among its first words ("Possibly it ...", "Возможно, он ...")
    future: bool
    question: bool
    n_words: int


_SHORT = 14  # words: a sentence this short whose subject is left implicit is about A
_LONG = 35  # words: a sentence this long is its own statement

# Each signal is one way a sentence can qualify the one before it (the kinds of the issue:
# pending, temporary or conditional, unconfirmed, no agreement, a study's limits). Measured
# on the labelled pairs, requiring every signal to be anchored to A lost more qualifiers
# than it saved false alarms: only the weak ones (modality, contrast, restriction) ask for
# it, through ``anchored`` or a leaning opener.
SIGNALS: tuple[str, ...] = (
    "negated_settling",  # "has not been approved", "no agreement", "не подтвердили"
    "pending",  # "still needs approval", "will be decided after", "пока", "предстоит"
    "temporary",  # "is a trial", "временная мера"
    "conditional",  # "depends on", "only if", "при условии"
    "doubt",  # "denied", "unverified", "declined to comment", "опровергли"
    "study_limit",  # "the link does not prove", "in mice", "выборка небольшая"
    "modal",  # "That may be low.", "Это может измениться."
    "restricted",  # "applies only until", "только для домов"
    "contrast_negation",  # "But no date has been set."
    "leaning_negation",  # "He has not been charged."
)


def _kind_sets(lexicon: dict[str, str], norm: Callable[[str], str]) -> dict[str, frozenset[str]]:
    # Multi-word entries ("as-long-as") are matched as phrases, not normalised.
    return {k: frozenset(w if "-" in w else norm(w) for w in v.split()) for k, v in lexicon.items()}


_PREFIX_EN = 4  # letters an English word shares with its Snowball stem
_PREFIX_RU = 3  # letters a Russian form shares with its lemma ("решат": "решить")


def _prefixes(lexicon: dict[str, str], n: int) -> frozenset[str]:
    return frozenset(w.replace("ё", "е")[:n] for v in lexicon.values() for w in v.split())


@cache
def _english() -> tuple[Callable[[str], str], dict[str, frozenset[str]], frozenset[str]]:
    import snowballstemmer  # BSD-3-Clause

    # Snowball is pure Python (~30 µs a word); news repeats its words, so a bounded cache
    # of this pure function keeps the cost per article low without changing any output.
    stem: Callable[[str], str] = lru_cache(maxsize=1 << 16)(
        snowballstemmer.stemmer("english").stemWord
    )
    return stem, _kind_sets(_EN, stem), _prefixes(_EN, _PREFIX_EN)


@dataclass(frozen=True, slots=True)
class _Word:
    lemma: str  # of the likeliest reading
    tag: str  # its pymorphy2 tag
    forms: frozenset[str]  # lemmas of every reading ("временная": "временной", "временный")


@cache
def _russian() -> tuple[Callable[[str], _Word], dict[str, frozenset[str]], frozenset[str]]:
    # pymorphy2 (MIT, via natasha, MIT) imports pkg_resources, which warns with
    # setuptools >= 81; the warning is not the user's to act on.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated")
        from natasha import MorphVocab

        vocab = MorphVocab()

    # pymorphy2 parses a word in ~0.1 ms; a bounded cache of this pure function keeps the
    # cost per article low without changing any output.
    @lru_cache(maxsize=1 << 16)
    def analyse(word: str) -> _Word:
        parses = vocab.parse(word)
        lemmas = {p.normal_form.replace("ё", "е") for p in parses[:4]}
        # A reflexive verb shares its stance with the plain one ("обсуждается": "обсуждать").
        lemmas |= {w[:-2] for w in lemmas if w.endswith(("ться", "тись"))}
        forms = frozenset(lemmas)
        return _Word(parses[0].normal_form.replace("ё", "е"), str(parses[0].tag), forms)

    def norm(word: str) -> str:
        return analyse(word).lemma if "-" not in word else word.replace("ё", "е")

    return analyse, _kind_sets(_RU, norm), _prefixes(_RU, _PREFIX_RU)


_SCOPE = 3  # words: how far a negation reaches ("has not yet been approved")


# Constructions of failing negate the whole clause, wherever its object stands ("failed to
# reach a deal", "Подписать соглашение не удалось").
_FAILED = {
    "en": frozenset(words("fail failed fails failing")),
    "ru": frozenset(words("удалось удалось удастся смогли смог смогла получилось достигнуто")),
}


def _negated(token_kinds: list[set[str]], failed: bool = False) -> frozenset[str]:
    """Kinds of words that have a negation within ``_SCOPE`` words on either side (or any
    word's kinds when the sentence says something failed)."""
    if failed:
        return frozenset().union(*token_kinds) - {"neg"} if token_kinds else frozenset()
    negs = [i for i, ks in enumerate(token_kinds) if "neg" in ks]
    out: set[str] = set()
    for i, ks in enumerate(token_kinds):
        if ks - {"neg"} and any(0 < abs(i - j) <= _SCOPE for j in negs):
            out |= ks - {"neg"}
    return frozenset(out)


def _phrases(sets: dict[str, frozenset[str]], toks: list[str]) -> set[str]:
    """Kinds of the few multi-word entries ("as-long-as", "тем-не-менее") found in ``toks``."""
    low = f" {' '.join(toks)} "
    return {
        k for k, s in sets.items() if any("-" in e and f" {e.replace('-', ' ')} " in low for e in s)
    }


def _failed_ru(toks: list[str]) -> bool:
    return any(w == "не" and nxt in _FAILED["ru"] for w, nxt in pairwise(toks))


# Each sentence is read twice, as B after its predecessor and as A before its successor; a
# bounded cache of this pure function reads it once without changing any output.
@lru_cache(maxsize=1024)
def profile(text: str, language: str) -> Profile | None:
    """The detector's view of ``text``; None for a language without lexicons."""
    lang = "ru" if language in {"ru", "uk", "be"} else language
    toks = words(text)
    if lang == "en":
        return _profile_en(text, toks)
    if lang == "ru":
        return _profile_ru(text, toks)
    return None


def _profile_en(text: str, toks: list[str]) -> Profile:
    stem, sets, prefixes = _english()
    # Snowball only for words that could be in a lexicon (same first letters as an entry):
    # stemming every word of an article costs more than all the rest of the detector.
    stems = [stem(w.replace("’", "'")) if w[:_PREFIX_EN] in prefixes else w for w in toks]
    per_token = [{k for k, s in sets.items() if t in s} for t in stems]
    for w, ks in zip(toks, per_token, strict=True):
        if w.endswith(_EN_NT):
            ks.add("neg")
    kinds: set[str] = set().union(*per_token) if per_token else set()
    kinds |= _phrases(sets, toks)
    stop = stopwords("en")
    light = light_stemmer("en")
    content = frozenset(light(w) for w in toks if len(w) > 3 and w not in stop)
    head = ""
    if len(toks) > 1 and toks[0] in _DEFINITE["en"]:
        head = next((light(w) for w in toks[1:4] if w not in stop), "")
    future = "will" in toks or any(w.startswith(("'ll", "’ll")) for w in toks)
    return Profile(
        frozenset(kinds),
        _negated(per_token, bool(_FAILED["en"].intersection(toks))),
        content,
        head,
        leans_back(text, "en") or bool(PRONOUNS["en"].intersection(toks[:3])),
        future,
        text.rstrip().endswith("?"),
        len(toks),
    )


# The future tense: the analytic forms, and pymorphy2's tense of the parsed words (parsing
# every finite verb for a perfective future costs ten times the rest of the detector).
_RU_FUTURE_AUX = frozenset(words("будет будут буду будем будете станет станут"))
_NOT_PARSED = _Word("", "", frozenset())


def _profile_ru(text: str, toks: list[str]) -> Profile:
    analyse, sets, prefixes = _russian()
    # pymorphy2 only for words that could be in a lexicon and the opening words (an
    # anaphoric determiner and its noun).
    parsed = [
        analyse(w) if i < 3 or w.replace("ё", "е")[:_PREFIX_RU] in prefixes else _NOT_PARSED
        for i, w in enumerate(toks)
    ]
    per_token = [{k for k, s in sets.items() if s & p.forms} for p in parsed]
    kinds: set[str] = set().union(*per_token) if per_token else set()
    kinds |= _phrases(sets, toks)
    if any("Prnt" in p.tag and p.lemma not in sets["contrast"] for p in parsed):
        kinds.add("modal")  # a parenthetical word: "возможно", "по-видимому", "кажется"
    stop = stopwords("ru")
    light = light_stemmer("ru")
    content = frozenset(light(w) for w in toks if len(w) > 3 and w not in stop)
    head = ""
    if len(toks) > 1 and (toks[0] in _DEFINITE["ru"] or "Anph" in parsed[0].tag):
        head = next(
            (
                light(w)
                for w, p in zip(toks[1:4], parsed[1:4], strict=False)
                if p.tag.startswith("NOUN")
            ),
            "",
        )
    return Profile(
        frozenset(kinds),
        _negated(per_token, _failed_ru(toks)),
        content,
        head,
        leans_back(text, "ru") or bool(PRONOUNS["ru"].intersection(toks[:3])),
        bool(_RU_FUTURE_AUX.intersection(toks)) or any("futr" in p.tag for p in parsed),
        text.rstrip().endswith("?"),
        len(toks),
    )


def anchored(a: Profile, b: Profile) -> bool:
    """Whether B is about A: it refers back (an opening pronoun or connective, a definite
    noun A names, a shared content word) or is short enough that its subject can only be
    A's ("The company declined to comment.")."""
    return (
        b.leans
        or bool(a.content & b.content)
        or (bool(b.head) and b.head in a.content)
        or b.n_words <= _SHORT
    )


def signals(a: Profile, b: Profile) -> dict[str, bool]:
    """Which of ``SIGNALS`` say that B qualifies A (all False when B is not about A)."""
    if b.question:
        return dict.fromkeys(SIGNALS, False)
    bk, neg = b.kinds, b.negated
    plan = "plan" in a.kinds or a.future
    close = b.leans or b.n_words <= _SHORT  # B's subject is A's
    long = b.n_words >= _LONG
    # "still needs approval", "awaiting a ruling", "not yet": the settling is still to come
    pending = ("pend" in bk and ("settle" in bk or plan or b.future or close)) or (
        "still" in bk and bool(bk & {"settle", "neg", "oblige", "confirm", "modal"})
    )
    # "will decide", "must be approved", "должны одобрить"
    decided_later = (
        ("settle" in bk and (b.future or "oblige" in bk))
        or ("confirm" in bk and "oblige" in bk)  # "needs confirmation"
    ) and (close or plan)
    conditional = ("cond" in bk and (plan or b.future or close)) or (
        "if" in bk and (b.future or "modal" in bk) and (plan or b.leans)
    )
    out = {
        "negated_settling": bool(
            neg & {"settle", "act", "doubt", "confirm", "pend", "still", "temp"}
        ),
        "pending": pending or decided_later,
        "temporary": "temp" in bk,
        "conditional": conditional,
        "doubt": "doubt" in bk,
        # "the link does not prove", "only 40 patients", "may differ in people"
        "study_limit": "study" in bk
        and ("study" in neg or bool(bk & {"modal", "pend"}) or ("only" in bk - neg))
        and (bool(a.kinds & {"study", "source", "report"}) or close),
        "modal": "modal" in bk
        and b.n_words <= _SHORT
        and (b.leans or plan or bool(a.kinds & {"report", "study"})),
        "restricted": "only" in bk
        and "only" not in neg  # "not only ... but" widens, it does not restrict
        and (b.future or bool(bk & {"settle", "pend", "still", "cond", "temp"})),
        # "But no date has been set.", "Однако диагнозы поставлены без анализов."
        "contrast_negation": "contrast" in bk and b.leans and ("neg" in bk or b.n_words <= 10),
        # A short negation that leans on the claim ("He has not been charged.", "It did not
        # say which cities."): about the claim's subject, so kept with it (the cautious side).
        "leaning_negation": "neg" in bk and b.leans and b.n_words <= _SHORT,
    }
    if long:  # a long sentence is its own statement unless it negates the settling itself
        out = {k: v and k == "negated_settling" for k, v in out.items()}
    return out


def qualifies_claim(claim: str, text: str, language: str) -> bool:
    """Whether ``text``, right after ``claim``, qualifies it (False for other languages)."""
    a, b = profile(claim, language), profile(text, language)
    if a is None or b is None:
        return False
    return any(signals(a, b).values())


def may_qualify(text: str, language: str) -> bool:
    """Whether ``text`` could qualify some claim (its stance alone, the cautious reading)."""
    b = profile(text, language)
    if b is None or b.question:
        return False
    return bool(
        b.kinds
        & {"neg", "pend", "still", "temp", "cond", "if", "doubt", "modal", "only", "contrast"}
    )

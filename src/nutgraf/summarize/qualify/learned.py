"""A learned reading of stance after the lead: a logistic model over B's words and the
``Profile`` kinds of the claim A and of B (``stance_model.json``, fit by
``scripts/fit_stance.py`` on the labelled pairs and articles of ``tests/summarize`` and the
hand-labelled and lead pairs of the evaluation sets).

The hand-set rules (``decide``, ``across``) read fixed word lists; the next phrasing of a
known kind ("there was no comparison group", "has until the end of the month to call the
scheme in") slips past them. The model weighs every word of B, stemmed, beside the rules'
own kinds and markers, so a kind's other words count too. It is read only for the
sentence after the article's lead and the one after that, where the bar is lowest and a
lost qualifier costs most. A sentence that says something of stance (``bears_stance``)
qualifies the lead at the model's ``threshold``; a longer one without a stance word ("The
money is tied to the plant's new owner hiring 450 workers") only at the higher
``plain_threshold``, where the model is sure from B's other words and its reference back.
Written by hand because the model is a dot product over a few thousand weights: no library
is needed at run time, and the weights ship as JSON in the package.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from nutgraf.analyse.keywords import stemmer

from .reading import Profile, profile

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# Kinds of the claim that change what B's stance means (a study's limit, a plan's approval).
_CLAIM_KINDS = frozenset(
    {"study", "source", "finding", "report", "plan", "measure", "talks", "accord", "told"}
)


# What B must say for the model to be read at all: a negation, modality, condition, time
# bound, restriction, contrast or doubt (the markers), or a kind of stance proper (pending,
# temporary, still, apart, a study's limit...). The model weighs how such a sentence bears on
# the lead; without one, its topic words alone ("animals" after research) would decide.
_STANCE_MARKERS = frozenset({"neg", "modal", "cond", "bound", "only", "contrast", "doubt"})
_STANCE_KINDS = frozenset(
    {"neg", "pend", "still", "notyet", "await", "temp", "doubt", "apart", "mute", "unsaid"}
    | {"rumour", "labelled", "threat", "thwart", "prelim", "assoc", "small", "confound"}
    | {"defence", "revisable", "retract", "cond", "if", "only", "modal", "bounded", "undo"}
    | {"interest", "window"}
)

# A qualifier without a stance word explains the claim's terms at some length ("The money
# will be released in stages and is tied to the plant's new owner hiring 450 workers"); a
# short one ("The deal was signed by both sides") is the story going on. Set by the fitting
# script's leave-sets-out check (docs/benchmarks.md).
_PLAIN_MIN_WORDS = 14


def bears_stance(b: Profile) -> bool:
    """Whether B (read with markers) says anything of stance the model may weigh."""
    return bool(b.markers & _STANCE_MARKERS or b.kinds & _STANCE_KINDS or b.negated)


def features(a: Profile, b: Profile, text: str, language: str) -> frozenset[str]:
    """The model's features of ``text`` (read as ``b``, with markers) after the claim
    ``a``: B's stemmed words, B's stance kinds (negated ones apart), markers and subject
    kinds, A's kind of claim, B's reference back and its length."""
    lang = "ru" if language in {"ru", "uk", "be"} else language
    stem = stemmer(lang)
    out = {f"{lang}:w:{stem(w.lower())}" for w in _WORD.findall(text)}
    out |= {f"k:{k}" for k in b.kinds} | {f"n:{k}" for k in b.negated}
    out |= {f"m:{k}" for k in b.markers} | {f"sk:{k}" for k in b.subject_kinds}
    out |= {f"ak:{k}" for k in a.kinds & _CLAIM_KINDS}
    flags = {
        "leans": b.leans,
        "definite": b.definite,
        "refers": b.refers,
        "shared": bool(a.content & b.content),
        "future": b.future,
        "afuture": a.future,
    }
    out |= {name for name, on in flags.items() if on}
    out |= {f"len:{min(b.n_words // 8, 5)}", f"lang:{lang}"}
    return frozenset(out)


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float, float, float, float]:
    raw = json.loads(
        resources.files("nutgraf.summarize.qualify").joinpath("stance_model.json").read_text()
    )
    return (
        raw["weights"],
        float(raw["bias"]),
        float(raw["threshold"]),
        float(raw["plain_threshold"]),
        float(raw["second_threshold"]),
    )


def stance_score(claim: str, text: str, language: str) -> float:
    """The model's probability that ``text``, after the lead ``claim``, qualifies it (0.0
    for a language without lexicons)."""
    a, b = profile(claim, language, True), profile(text, language, True)
    if a is None or b is None:
        return 0.0
    weights, bias, *_ = _model()
    z = bias + sum(weights.get(f, 0.0) for f in features(a, b, text, language))
    return 1.0 / (1.0 + math.exp(-z))


def stance_qualifies(claim: str, text: str, language: str, *, second: bool = False) -> bool:
    """Whether the model reads ``text``, after the lead ``claim``, as qualifying it: not
    a question or a quotation, and scored at the model's threshold or above (the higher
    ``plain_threshold`` when it says nothing of stance, ``bears_stance``).

    ``second``: ``claim`` is the story's second sentence, often its claim after an opening
    that sets the scene ("The queue at the turnstiles reaches the street every morning.
    The city will extend the metro line ..."): read at the strict ``second_threshold``
    alone, where the model flags almost nothing on real news (docs/benchmarks.md)."""
    b = profile(text, language, True)
    if b is None:
        return False
    _, _, threshold, plain, strict = _model()
    if second:
        threshold = plain = strict
    return decides(b, stance_score(claim, text, language), threshold, plain)


def decides(b: Profile, score: float, threshold: float, plain: float) -> bool:
    """The model's decision on B (read with markers) scored ``score``: never a question, a
    quotation or a turn that only adds weight ("Yet the final week was higher still");
    ``threshold`` when B bears stance, else ``plain`` for a sentence of ``_PLAIN_MIN_WORDS``
    or more."""
    if b.question or b.markers & {"quote", "personal", "emphasis"}:
        return False
    if bears_stance(b):
        return score >= threshold
    return b.n_words >= _PLAIN_MIN_WORDS and score >= plain

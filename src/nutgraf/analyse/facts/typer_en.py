"""The type of each English name the rules found: a small linear model over its features.

The rules in ``entities_en`` find capitalised spans well but type them poorly; this model reads
each span's words, shape, neighbours, gazetteer hits (``gazetteer``) and the rules' own cues,
and scores person / organization / place / other / not a name. The names of one document vote
together, so "Monk" after "Garry Monk" is typed as the full name is.

The weights (``ner_en.npz``, beside this module) were fitted by ``scripts/train_ner_en.py`` on
openly licensed corpora only: WikiGold (Wikipedia, CC BY 4.0), the Broad Twitter Corpus (CC BY
4.0) and WNUT-17 (CC BY 4.0). Scoring is a sum of numpy rows: no other runtime dependency.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from types import MappingProxyType

import numpy as np

from nutgraf.analyse.facts.cues_en import (
    ORG_HEADS,
    ORG_SUFFIXES,
    PERSON_VERBS,
    PLACE_HEADS,
    TITLES,
)
from nutgraf.analyse.facts.entities_en import CapsLines
from nutgraf.analyse.facts.gazetteer import (
    DEMONYMS,
    PLACE_ALIASES,
    REGIONS,
    city_sizes,
    continents,
    countries,
    first_names,
    last_names,
    places,
    subdivisions,
    us_states,
)
from nutgraf.analyse.facts.spans import Mention
from nutgraf.analyse.facts.vocab_en import lines, model_arrays
from nutgraf.types import EntityKind

LABELS: tuple[str, ...] = ("none", "person", "organization", "place", "other")
_STRIP = "\"'“”‘’«»()[],.;:!?"


def features(text: str, m: Mention, doc: DocContext) -> list[str]:
    """The features of one mention; the same function serves training and prediction."""
    toks = m.tokens
    lows = [t.lower() for t in toks]
    name = " ".join(toks)
    out = ["bias", f"n={min(len(toks), 4)}", f"f={lows[0]}", f"l={lows[-1]}"]
    out.extend(f"w={w}" for w in lows)
    if len(toks) > 1:
        out.append(f"s={' '.join(lows)}")
    out.append(f"sh={'_'.join(_shape(t) for t in toks)}")
    out.append(f"suf={lows[-1][-3:]}")
    if m.initial:
        out.append("initial")
    if doc.caps_line(m.start):
        out.append("capsline")
    before = text[max(0, m.start - 40) : m.start].split()[-2:]
    after = text[m.end : m.end + 40].split()[:2]
    p1 = _word(before[-1]) if before else "<s>"
    p2 = _word(before[-2]) if len(before) > 1 else "<s>"
    n1 = _word(after[0]) if after else "</s>"
    n2 = _word(after[1]) if len(after) > 1 else "</s>"
    out += [f"p1={p1}", f"p2={p2}", f"p12={p2}|{p1}", f"n1={n1}", f"n2={n2}", f"n12={n1}|{n2}"]
    if p1.rstrip(".") in TITLES:
        out.append("title")
    if n1 in PERSON_VERBS:
        out.append("said")
    out.extend(f"g:{g}" for g in _gazetteer(name))
    if len(toks) > 1:
        out.extend(f"g1:{g}" for g in _gazetteer(toks[0]))
        out.extend(f"gl:{g}" for g in _gazetteer(toks[-1]))
        if lows[0] in first_names():
            out.append("fn")
        if lows[-1] in last_names():
            out.append("ln")
    else:
        if lows[0] in first_names():
            out.append("fn1")
        if lows[0] in last_names():
            out.append("ln1")
    if any(t in DEMONYMS for t in toks):
        out.append("demonym")
    if lows[-1] in ORG_SUFFIXES:
        out.append("orgsuf")
    if lows[0] in ORG_HEADS:
        out.append("orghead")
    if len(toks) > 1 and lows[-1] in PLACE_HEADS:
        out.append("placehead")
    for kind, w in m.cues.items():
        out.append(f"cue:{kind}:{min(int(w), 3)}")
    out.extend(doc.relations(m))
    return out


class DocContext:
    """What the other names of the document say about one: "Monk" is "Garry Monk"'s."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self._text = text
        self._caps = CapsLines(text)
        self._last_of_person: set[str] = set()
        self._part_of: set[str] = set()
        self._count: dict[str, int] = {}
        fn = first_names()
        for m in mentions:
            self._count[m.name] = self._count.get(m.name, 0) + 1
            if len(m.tokens) > 1:
                self._part_of.update(m.tokens)
                if m.tokens[0].lower() in fn or m.cues.get("person", 0) >= 2:
                    self._last_of_person.add(m.tokens[-1])

    def relations(self, m: Mention) -> Iterator[str]:
        if len(m.tokens) == 1:
            word = m.tokens[0]
            if word in self._last_of_person:
                yield "doc:surname"
            elif word in self._part_of:
                yield "doc:part"
        if self._count.get(m.name, 0) > 1:
            yield "doc:repeated"

    def caps_line(self, at: int) -> bool:
        return self._caps.at(at)


def _word(raw: str) -> str:
    w = raw.strip(_STRIP).lower()
    return w or raw[:1]


def _shape(token: str) -> str:
    if token.isupper():
        return "X." if "." in token else ("X" if len(token) == 1 else "XX")
    if token[:1].isupper():
        if any(c.isupper() for c in token[1:]):
            return "XxX"
        return "Xx-" if "-" in token else "Xx"
    return "d" if token[:1].isdigit() else "x"


def _gazetteer(name: str) -> Iterator[str]:
    name = PLACE_ALIASES.get(name, name)
    if name in countries():
        yield "country"
    size = city_sizes().get(name)
    if size is not None:
        yield f"city{size}"  # 6: a million people or more, 5: 100,000, 4: 15,000
    if name in us_states():
        yield "state"
    if name in subdivisions():
        yield "region"
    if name in continents() or name in REGIONS:
        yield "continent"


class SpanTyper:
    """The fitted weights: one row per known feature, one column per label."""

    def __init__(self, vocab: Mapping[str, int], weights: np.ndarray) -> None:
        self._vocab = vocab
        self._w = weights

    @classmethod
    def load(cls) -> SpanTyper:
        arrays = model_arrays()
        vocab = lines(arrays["vocab"])
        weights = arrays["weights"].astype(np.float32)
        return cls(MappingProxyType(dict(zip(vocab, range(len(vocab)), strict=True))), weights)

    def probabilities(self, feats: Sequence[list[str]]) -> np.ndarray:
        """Rows of label probabilities, one per mention's features."""
        out = np.empty((len(feats), len(LABELS)), dtype=np.float32)
        vocab, w = self._vocab, self._w
        for i, fs in enumerate(feats):
            idx = [j for f in fs if (j := vocab.get(f)) is not None]
            out[i] = w[idx].sum(axis=0)
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        out /= out.sum(axis=1, keepdims=True)
        return out


@cache
def typer() -> SpanTyper:
    return SpanTyper.load()


NONE_MIN = 0.4  # set on CoNLL-2003 eng.testa for a precision margin over 85 (P 88.6, R 75.8)
KIND_MIN = 0.6


def type_mentions(
    text: str, mentions: list[Mention], none_min: float = NONE_MIN, kind_min: float = KIND_MIN
) -> list[Mention]:
    """Mentions typed by the model, names voting together; those that are no name dropped.

    A name is dropped when "not a name" has ``none_min`` of the probability; a name whose
    best type has less than ``kind_min`` of the rest is kept as "other": a wrong type misleads
    more than a vague one.
    """
    if not mentions:
        return mentions
    _case_variants(mentions)
    doc = DocContext(text, mentions)
    probs = typer().probabilities([features(text, m, doc) for m in mentions])
    known = countries()
    by_name: dict[str, np.ndarray] = {}
    for m, p in zip(mentions, probs, strict=True):
        if (fixed := _layout_kind(text, m, doc, known, p)) is not None:
            p = np.zeros_like(p)
            p[LABELS.index(fixed)] = 4.0  # a layout's evidence outweighs a few mentions' words
        if m.name in by_name:
            by_name[m.name] += p
        else:
            by_name[m.name] = p.copy()
    kinds: dict[str, EntityKind | None] = {}
    for name, p in by_name.items():
        p = p / p.sum()
        if p[0] >= none_min:
            kinds[name] = None
            continue
        rest = p[1:] / p[1:].sum()
        best = int(rest.argmax())
        kinds[name] = LABELS[best + 1] if rest[best] >= kind_min else "other"  # type: ignore[assignment]
    out = []
    for m in mentions:
        kind = kinds[m.name]
        if kind is not None:
            m.kind = kind
            out.append(m)
    return out


# A dateline: "LONDON 1996-08-30", "BIRMINGHAM , England 1996-08-30", "LONDON, England (CNN) --".
_DATELINE = re.compile(
    r"[A-Z][A-Za-z.' -]*(?:\s?,\s?[A-Z][A-Za-z.' ]*)?\s*"
    r"(?:\d{4}-\d\d-\d\d|\d\d?/\d\d?(?:/\d\d+)?|\((?:CNN|AP|Reuters|AFP)\)|--|—)"
)
# A work's title is named right after its kind: "the film 'Gone Girl'", "his novel Emma".
_WORK_BEFORE = re.compile(
    r"(?i:\b(?:film|movie|documentary|series|sitcom|show|album|song|single|book|novel|memoir"
    r"|play|musical|opera|painting|video\s+game|game|podcast|hit))s?\s*,?\s*[\"“‘'«]?$"
)
# A results table's row: a name then a score or standings ("Oldham 3 Ipswich 3").
_SCORE_AFTER = re.compile(r"\s(?:\d+|\.\d+)(?:\s|$)")


def _layout_kind(
    text: str, m: Mention, doc: DocContext, countries: frozenset[str], p: np.ndarray
) -> str | None:
    """The type a news layout gives: a dateline's place, a results table's team, a work's
    title after its kind ("the film Gone Girl")."""
    if _WORK_BEFORE.search(text, max(0, m.start - 40), m.start):
        return "other"
    line_start = text.rfind("\n", 0, m.start) + 1
    if m.start - line_start <= 24 and _DATELINE.match(text, line_start):
        head = text[line_start : m.start].strip(" ,")
        if not head or head.isupper() or head.replace(" ", "").isalpha():
            return "place"
    if (
        len(m.tokens) > 1
        and (home := _COUNTRY_AFTER.match(text, m.end))
        and PLACE_ALIASES.get(home.group(1), home.group(1)) in countries
        and _numbers_in_line(text, line_start) >= 1
    ):
        return "person"  # a results list: "2. Samuel Matete ( Zambia ) 48.34"
    if _SCORE_AFTER.match(text, m.end) and _numbers_in_line(text, line_start) >= 2:
        name = PLACE_ALIASES.get(m.name, m.name)
        if name in countries or name.title() in countries:
            return "place"  # national sides are named by their country
        if p[LABELS.index("person")] >= 0.5:
            return None  # a golfer or a runner with a score: the model knows better
        return "organization"
    return None


_COUNTRY_AFTER = re.compile(r"\s?\(\s?([A-Z][\w.]*(?: [A-Z][\w.]*)*)\s?\)")


def _numbers_in_line(text: str, start: int) -> int:
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    return sum(1 for w in line.split() if w.lstrip("-").replace(".", "", 1).isdigit())


def _case_variants(mentions: list[Mention]) -> None:
    """Name an all-caps mention as the text writes it elsewhere: "LONDON" is "London"."""
    forms = {m.name.lower(): m.name for m in mentions if not m.name.isupper()}
    known = places()
    for m in mentions:
        if m.name.isupper() and len(m.name) > 3:
            form = forms.get(m.name.lower())
            if form is None and m.name.title() in known:
                form = m.name.title()  # "CHINA" in a headline is the place China
            if form is not None:
                m.name = form
                m.tokens = tuple(form.split())

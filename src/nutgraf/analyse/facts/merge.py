"""Mentions of one thing merged into an entity, typed by a vote of its mentions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from nutgraf.analyse.facts.spans import Mention
from nutgraf.types import Entity, EntityKind


def merge(mentions: list[Mention]) -> tuple[Entity, ...]:
    """Group mentions of one thing ("Maxim Sokolov" ... "Sokolov"), named by the fullest form."""
    _one_spelling(mentions)
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.name, []).append(m)
    # Longer names absorb shorter ones that are their first or last words, or their acronym.
    by_edge: dict[tuple[str, ...], list[str]] = {}
    for name, ms in groups.items():
        toks = ms[0].tokens
        if len(toks) > 1:
            for n in range(1, len(toks)):
                by_edge.setdefault(toks[-n:], []).append(name)
                by_edge.setdefault(toks[:n], []).append(name)
            acro = "".join(t[0] for t in toks if t[:1].isupper())
            if len(acro) >= 2:
                by_edge.setdefault((acro,), []).append(name)
    parent: dict[str, str] = {}
    for name in sorted(groups, key=lambda n: len(groups[n][0].tokens)):
        ms = groups[name]
        kind = _vote(ms)
        targets = [t for t in by_edge.get(ms[0].tokens, ()) if t != name]
        if kind == "place" or not targets:
            continue
        fixed = any(m.kind is not None for m in ms)
        longer = [
            t
            for t in targets
            if kind is None
            or _vote(groups[t]) in {kind, None}
            # "Monk" after "Garry Monk": a surname's own weak cues do not make it another thing.
            or (not fixed and _vote(groups[t]) == "person" and groups[t][0].tokens[-1] == name)
        ]
        if longer:
            # Several "Sokolov"s: take the one introduced nearest before this mention.
            first = ms[0].start
            before = [t for t in longer if groups[t][0].start <= first]
            pick = max(before, key=lambda t: groups[t][0].start) if before else longer[0]
            parent[name] = pick
    merged: dict[str, list[Mention]] = {}
    for name, ms in groups.items():
        root = name
        while root in parent:
            root = parent[root]
        merged.setdefault(root, []).extend(ms)
    entities = []
    for name, ms in merged.items():
        ms.sort(key=lambda m: m.start)
        entities.append(Entity(name, _vote(ms) or "other", tuple((m.start, m.end) for m in ms)))
    entities.sort(key=lambda e: e.mentions[0][0])
    return tuple(entities)


_MIN_SCORE: Mapping[EntityKind, float] = MappingProxyType({"place": 2.0})


def _vote(ms: Iterable[Mention]) -> EntityKind | None:
    fixed: Counter[EntityKind] = Counter()
    cues: dict[EntityKind, float] = {}
    for m in ms:
        if m.kind is not None:
            fixed[m.kind] += 1
        for k, v in m.cues.items():
            cues[k] = cues.get(k, 0.0) + v
    if fixed:
        return fixed.most_common(1)[0][0]
    if not cues:
        return None
    ranked = sorted(cues.items(), key=lambda kv: -kv[1])
    # Unsure (a tie or a single weak cue against another) is "other", not a guess.
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 1:
        return None
    kind, score = ranked[0]
    # A preposition alone ("in X") is too weak to call X a place.
    return kind if score >= _MIN_SCORE.get(kind, 1.0) else None


def _one_spelling(mentions: list[Mention]) -> None:
    """One name for the forms that differ only by case or "ё" ("LONDON", "London";
    "Центральный район", "центральный район"): the form written most, mixed case first."""
    forms: dict[str, Counter[str]] = {}
    for m in mentions:
        forms.setdefault(_fold(m.name), Counter())[m.name] += 1
    best = {
        key: max(c, key=lambda n: (not n.isupper(), n[:1].isupper(), c[n], "ё" in n))
        for key, c in forms.items()
        if len(c) > 1
    }
    for m in mentions:
        name = best.get(_fold(m.name))
        if name is not None and name != m.name:
            m.name = name
            m.tokens = tuple(name.split())


def _fold(name: str) -> str:
    return name.casefold().replace("ё", "е")

"""A Russian story's names read together: what natasha found in one sentence counts in all.

natasha tags words in context, so a name it found once can go untagged where it comes back
in a table line, a heading or an unusual case ("• • Топалов — Иванов 1:0"), and a vehicle's
name can be an organization to it in one sentence and nothing in the next. Over the
mentions of one text:

- a name in quotes right after the word for a vehicle or a work ("корабль «Союз»", "фильм
  «Жара»") is a thing, not an organization, and so is every mention of that name;
- a name of several words found again with other endings ("Красного Креста" ...
  "Красному Кресту"), or around a place natasha tagged alone in it ("Голос Америки"), is
  a mention of that name;
- an abbreviation the story defines for common words ("приборно-агрегатного отсека
  (ПАО)") names no body, wherever it comes back;
- a capitalised word no mention covers, whose dictionary form is a one-word name found
  elsewhere in the story (or a person's surname), is a mention of that name, of the type
  its mentions vote for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import dropwhile
from typing import Any

from nutgraf.analyse.facts.gazetteer import fold
from nutgraf.analyse.facts.spans import Mention, inside
from nutgraf.types import EntityKind

# pymorphy2's readings of a word (``MorphVocab.parse``).
Parse = Callable[[str], Sequence[Any]]

_NAMED = frozenset({"person", "organization", "place"})
_THINGS = frozenset({"organization", "place"})  # what natasha takes a thing's name for
_WORD = re.compile(r"[A-ZА-ЯЁ][\w'’-]*")
_CYRILLIC = re.compile(r"[А-ЯЁ]")
_ACRONYM_DEFINED = re.compile(r"\s\(([А-ЯЁ]{2,6})\)")
_BODY_OR_PLACE = frozenset({"Orgn", "Geox"})  # pymorphy2's grammemes
_QUOTES = frozenset('«"„“')  # a name in quotes is a thing's or a body's
_PLAIN_WORD = re.compile(r"[\w-]+")
_PREFIX = 3  # letters of a phrase's first word that index it
_ENDING = 3  # letters a word's ending may have after its stem
# The word for a vehicle, a work or a product right before a name in quotes, or for what
# one does ("старт «Союза»": a vehicle in the genitive).
_THING_BEFORE = re.compile(
    r"(?i:\b(?:(?P<kind>шаттл|корабл|станци|спутник|ракет|самол[её]т|судн|лодк|крейсер|авианос"
    r"|модул|телескоп|фильм|песн|альбом|книг|роман|спектакл|сериал|мюзикл|опер|передач"
    r"|игр[аеуы]\b|телепередач)|(?P<act>пол[её]т|старт|запуск|борт))\w*\s+[«\"„“])$"
)


def read_together(text: str, mentions: list[Mention], parse: Parse) -> None:
    """Put ``mentions`` (sorted by start) right by one another, in place: things named as
    things, and the repeats natasha missed added in order."""
    _full_names(text, mentions, parse)
    found = _names(mentions, parse)
    _surnames(text, mentions, found, parse)
    phrases = _phrases(text, mentions)
    things: set[str] = set()
    for m in mentions:
        if m.kind in _NAMED and _thing_named(text, m.start, m.end, parse):
            m.kind = "other"
            if len(m.tokens) == 1:
                things.add(fold(m.tokens[0]))
    taken = [(m.start, m.end) for m in mentions]
    added: list[tuple[str, Mention]] = []
    words = list(_PLAIN_WORD.finditer(text)) if phrases else []
    at = 0  # phrases do not overlap one another
    for i, word in enumerate(words):
        if word.start() < at or inside(taken, word.start(), word.end()):
            continue
        for stems, (kinds, name) in phrases.get(word.group()[:_PREFIX], ()):
            end = _phrase_end(text, words, i, stems)
            if end and _free(mentions, word.start(), end):
                kind = kinds.most_common(1)[0][0]
                added.append(("", Mention(word.start(), end, tuple(name.split()), name, kind)))
                at = end
                break
    taken = sorted(taken + [(m.start, m.end) for _, m in added])
    for word in _WORD.finditer(text) if found else ():
        start, end = word.span()
        if inside(taken, start, end):
            continue
        key = next((f for f in _forms(word.group(), parse) if f in found), None)
        if key is None:
            continue
        if _thing_named(text, start, end, parse):
            things.add(key)
            continue
        kinds, name = found[key]
        if kinds.most_common(1)[0][0] == "person" and many(word.group(), parse):
            continue
        added.append((key, Mention(start, end, (name,), name, kinds.most_common(1)[0][0])))
    # Once every repeat has had its say: a thing's name is no one's.
    mentions.extend(m for key, m in added if key not in things)
    mentions.sort(key=lambda m: m.start)
    common = _common_acronyms(text, parse)
    for m in mentions:
        if common and text[m.start : m.end] in common:
            m.kind = "other"
        # People keep their names: a song called «Мария» is no reason to doubt a Maria.
        if m.kind in _THINGS and len(m.tokens) == 1 and fold(m.tokens[0]) in things:
            m.kind = "other"


def _full_names(text: str, mentions: Iterable[Mention], parse: Parse) -> None:
    """A name of several words that is, word by word, a form of a person's full name in the
    story is that person's: named as the story writes it in the nominative where pymorphy2
    cannot tell the case ("Анатолия Перминова" is "Анатолий Перминов", not "Анатолия
    Перминов": "Анатолия" reads as a woman's name too), and a person where natasha saw a
    place or a body ("Поддержку Кирсану Илюмжинову" after "Кирсана Илюмжинова")."""
    mentions = list(mentions)
    people = {m.tokens for m in mentions if m.kind == "person" and len(m.tokens) > 1}
    # Names the story writes as they are named: in the nominative (and not in capitals, as
    # a signature's "Владимир МАВРОВ").
    written = {
        m.tokens
        for m in mentions
        if m.tokens in people
        and tuple(text[m.start : m.end].split()) == m.tokens
        and not any(t.isupper() for t in m.tokens)
    }
    for m in mentions:
        if m.kind not in _NAMED or len(m.tokens) < 2 or m.tokens in written:
            continue
        forms = [_forms(w, parse) for w in text[m.start : m.end].split()]
        fits = _fitting(forms, written)
        if not fits and m.kind != "person":
            fits = _fitting(forms, people)
        if len(fits) == 1:
            (name,) = fits
            m.tokens, m.name, m.kind = name, " ".join(name), "person"


def _fitting(forms: list[set[str]], names: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The names each of whose words is among the forms of the word in its place."""
    return {
        name
        for name in names
        if len(name) == len(forms) and all(map(set.__contains__, forms, map(fold, name)))
    }


def _surnames(
    text: str,
    mentions: Iterable[Mention],
    found: dict[str, tuple[Counter[EntityKind], str]],
    parse: Parse,
) -> None:
    """A lone word that is, in one of its forms, the surname of one person named in full
    in the story is that person's: named as the full name writes it ("Кадырова" after
    "Рамзан Кадыров" is "Кадыров"), and a person even where natasha saw a place ("о
    Свиридове") if the story's mentions of that word are mostly people's."""
    mentions = list(mentions)
    surnames: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and len(m.tokens) > 1 and _CYRILLIC.match(m.tokens[-1]):
            for f in _forms(m.tokens[-1], parse):
                surnames.setdefault(f, set()).add(m.tokens[-1])
    if not surnames:
        return
    for m in mentions:
        if len(m.tokens) != 1 or m.kind not in _NAMED:
            continue
        forms = _forms(text[m.start : m.end], parse)
        hits = set().union(*(surnames.get(f, set()) for f in forms))
        if len(hits) != 1:
            continue  # none, or "Кадырова" with both a Рамзан Кадыров and an Айшат Кадырова
        (surname,) = hits
        if m.end - m.start < len(surname):
            continue  # a case adds an ending: "Магритт" is no form of a "Рене Магритта"
        if m.kind != "person":
            votes: Counter[EntityKind] = sum((found[f][0] for f in forms if f in found), Counter())
            if text[m.start - 1 : m.start] in _QUOTES or votes.most_common(1) != [
                ("person", votes["person"])
            ]:
                continue
            m.kind = "person"
        m.name, m.tokens = surname, (surname,)


def _common_acronyms(text: str, parse: Parse) -> set[str]:
    """Abbreviations the story defines for common words: "приборно-агрегатного отсека
    (ПАО)" is a part of a ship, not a body, wherever "ПАО" comes back; "министерства
    иностранных дел (МИД)" stays a body, which pymorphy2's dictionary knows it for."""
    found = set()
    for defined in _ACRONYM_DEFINED.finditer(text):
        acronym = defined.group(1)
        if any(_BODY_OR_PLACE & p.tag.grammemes for p in parse(acronym)):
            continue
        words = text[max(0, defined.start() - 24 * len(acronym)) : defined.start()]
        parts = [p for p in re.split(r"[\s-]+", words) if p][-len(acronym) :]
        initials = "".join(p[0] for p in parts if p[:1].islower())
        if len(initials) == len(acronym) and initials == acronym.lower():
            found.add(acronym)
    return found


def _free(mentions: Iterable[Mention], start: int, end: int) -> bool:
    """Whether text[start:end] may be a name's repeat: no mention crosses its edges, and
    those inside it are places ("Голос Америки" again, natasha tagging "Америки" alone)."""
    return not any(
        m.start < end and start < m.end and (m.start < start or m.end > end or m.kind != "place")
        for m in mentions
    )


def many(word: str, parse: Parse) -> bool:
    """Whether ``word`` names several people or a thing after them, not a person: every
    reading pymorphy2 has of it is a plural surname or adjective ("братьев Ямадаевых",
    "Королёвских чтениях")."""
    if not _CYRILLIC.match(word) or word.isupper() or not _PLAIN_WORD.fullmatch(word):
        return False  # an abbreviation, or several words: a first name and a surname
    return all(
        p.tag.number == "plur" and ("Surn" in p.tag or p.tag.POS == "ADJF") for p in parse(word)
    )


def _thing_named(text: str, start: int, end: int, parse: Parse) -> bool:
    """Whether text[start:end] names a vehicle or a work: in quotes after the word for it,
    in apposition ("станция «Мир»"; "станция «Водоканала»" is the company's)."""
    cue = _THING_BEFORE.search(text, max(0, start - 32), start)
    if cue is None:
        return False
    if cue.group("act") is not None:
        return True
    word = text[start:end].split()[0]
    return not _CYRILLIC.match(word) or any(p.tag.case == "nomn" for p in parse(word))


def _phrases(
    text: str, mentions: Iterable[Mention]
) -> dict[str, list[tuple[tuple[str, ...], tuple[Counter[EntityKind], str]]]]:
    """The story's names of several words as their words' stems, whose endings may change
    ("Большого театра" finds "Большому театру"), with the types their mentions give them
    and their names, by the first letters of their first word."""
    found: dict[tuple[str, ...], tuple[Counter[EntityKind], str]] = {}
    for m in mentions:
        words = text[m.start : m.end].split()
        if m.kind not in _NAMED or len(words) < 2 or not all(map(_PLAIN_WORD.fullmatch, words)):
            continue  # quotes and brackets: natasha's span is amiss there
        kinds, _ = found.setdefault(tuple(map(_stem, words)), (Counter(), m.name))
        kinds[m.kind] += 1
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[Counter[EntityKind], str]]]] = {}
    for stems, named in found.items():
        phrases.setdefault(stems[0][:_PREFIX], []).append((stems, named))
    return phrases


def _phrase_end(text: str, words: list[re.Match[str]], i: int, stems: tuple[str, ...]) -> int:
    """Where the phrase of ``stems`` ends if it starts at ``words[i]``, each word its stem
    and up to three letters more, the words apart by spaces only; 0 if it does not."""
    if i + len(stems) > len(words):
        return 0
    for k, stem in enumerate(stems):
        word = words[i + k]
        written = word.group()
        if not written.startswith(stem) or len(written) - len(stem) > _ENDING:
            return 0
        if k and not text[words[i + k - 1].end() : word.start()].isspace():
            return 0
    return words[i + len(stems) - 1].end()


def _stem(word: str) -> str:
    """A word without the ending its case may change ("театра" -> "теат")."""
    return word[:-2] if len(word) > 4 else word


def _forms(word: str, parse: Parse) -> set[str]:
    """A word folded, and its dictionary forms ("Петровой": "петровой", "петров", ...)."""
    forms = {fold(word)}
    if _CYRILLIC.match(word):
        forms.update(fold(p.normal_form) for p in parse(word))
    return forms


def _names(mentions: Iterable[Mention], parse: Parse) -> dict[str, tuple[Counter[EntityKind], str]]:
    """The story's one-word names and its people's surnames by each of their forms, with
    the types their mentions give them and the name as written in the nominative."""
    found: dict[str, tuple[Counter[EntityKind], str]] = {}
    for m in mentions:
        # "японский МИД" is "МИД" again, "Борис Ковальский" "Ковальский".
        named = list(dropwhile(str.islower, m.tokens))
        if not named or m.kind not in _NAMED or (len(named) > 1 and m.kind != "person"):
            continue
        word = named[-1]
        for f in _forms(word, parse):
            kinds, _ = found.setdefault(f, (Counter(), word))
            kinds[m.kind] += 1
    return found

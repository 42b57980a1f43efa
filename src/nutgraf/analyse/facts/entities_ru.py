"""Russian entities: natasha's NER, names put in the nominative by pymorphy2."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import numpy as np

from nutgraf.analyse.facts.gazetteer import countries_ru, fold
from nutgraf.analyse.facts.spans import Mention, inside
from nutgraf.analyse.facts.story_ru import many, read_together
from nutgraf.types import EntityKind


class Natasha:
    """natasha's segmenter and NER, and pymorphy2 (via natasha) for lemmas, loaded once.

    natasha's morphology tagger would give lemmas in context, but costs 2-3x the NER; names
    need only their nominative, which pymorphy2 gives word by word.
    """

    def __init__(self) -> None:
        # pymorphy2 (unmaintained, via natasha) imports pkg_resources, which warns on every
        # run with setuptools >= 81; the warning is not the user's to act on.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="pkg_resources is deprecated")
            from natasha import MorphVocab, NewsEmbedding, NewsNERTagger

            self._ner = NewsNERTagger(NewsEmbedding())
            self._vocab = MorphVocab()

    def analyse(self, text: str) -> list[Mention]:
        """Typed mentions, each named in the nominative."""
        if not text.strip():
            return []
        # The tagger reads raw text with its own tokenizer; natasha's Doc would add a
        # segmentation pass (~15% more) that nothing here uses.
        mentions = []
        names: dict[tuple[str, EntityKind], str] = {}  # a story repeats its names
        for start, stop, kind in _spans(text, self._tag(text)):
            if self._no_name(text, start, stop) or (
                kind == "person" and many(text[start:stop], self._vocab.parse)
            ):
                continue
            if (lead := _FIRST_WORD.match(text, start, stop)) and self._no_name(
                text, start, lead.end(), sentence=True
            ):
                start = lead.end() + 1  # "Исследователи Брукхейвенской лаборатории"
            start, stop = self._widened(text, start, stop, kind)
            written = text[start:stop]
            name = names.get((written, kind))
            if name is None:
                bare = " ".join(written.translate(_NO_QUOTES).split())
                name = names[written, kind] = self._nominative(bare, kind)
            if kind != "place" and fold(name) in countries_ru() and not quoted(text, start):
                kind = "place"  # "Коста Рика" is a country, whatever its shape says
            mentions.append(Mention(start, stop, tuple(name.split()), name, kind))
        read_together(text, mentions, self._vocab.parse)
        mentions.extend(list(self._places_missed(text, mentions)))
        mentions.sort(key=lambda m: m.start)
        mentions.extend(self._named_inside(text, mentions))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _places_missed(self, text: str, mentions: list[Mention]) -> Iterator[Mention]:
        """Places natasha left untagged ("чемпион Европы", a list's "• Маврикий •"): a
        capitalised word outside every mention and outside quotes (a car, a ship) that
        pymorphy2's dictionary knows first of all as a place."""
        taken = [(m.start, m.end) for m in mentions]
        for word in _CAPITALISED.finditer(text):
            if inside(taken, word.start(), word.end()) or quoted(text, word.start()):
                continue
            if self._place(word.group()):
                name = self._nominative(word.group(), "place")
                yield Mention(word.start(), word.end(), (name,), name, "place")

    def _place(self, word: str) -> bool:
        """Whether pymorphy2's likeliest reading of ``word`` is a place in its dictionary
        (a "Geox" noun): "Красного" reads first as an adjective, not as a village."""
        best = self._vocab.parse(word)[0]
        return bool(best.is_known and best.tag.POS == "NOUN" and "Geox" in best.tag)

    def _named_inside(self, text: str, mentions: Iterable[Mention]) -> Iterator[Mention]:
        """The places and people an organization's name names: "Голос Америки", "Совет
        Европы", "Единая Россия" mention America, Europe and Russia too, "Космический центр
        Кеннеди" and "театр имени Станиславского" a person. A place is a word pymorphy2's
        dictionary knows as one (its "Geox" nouns); a person, words after the first it knows
        first of all as a first name or a surname."""
        mentions = list(mentions)
        places = {(m.start, m.end) for m in mentions if m.kind == "place"}
        for m in mentions:
            if m.kind != "organization" or len(m.tokens) < 2:
                continue
            person: list[tuple[int, int]] = []
            for word in _CAPITALISED.finditer(text, m.start, m.end):
                if word.start() > m.start and self._person_word(word.group()):
                    if person and text[person[-1][1] : word.start()].isspace():
                        person[-1] = (person[-1][0], word.end())  # "имени Юрия Гагарина"
                    else:
                        person.append(word.span())
                if word.span() in places or not self._place(word.group()):
                    continue
                places.add(word.span())
                name = self._nominative(word.group(), "place")
                yield Mention(word.start(), word.end(), (name,), name, "place")
            for start, end in person:
                name = self._nominative(text[start:end], "person")
                yield Mention(start, end, tuple(name.split()), name, "person")

    def _person_word(self, word: str) -> bool:
        best = self._vocab.parse(word)[0]
        return bool(best.is_known and _PERSON & best.tag.grammemes)

    def _no_name(self, text: str, start: int, stop: int, sentence: bool = False) -> bool:
        """Whether the word text[start:stop], opening a paragraph or a headline, is a common
        word there: one pymorphy2's dictionary has no reading of as a name ("Супруга
        «оружейного барона»", "Воскресное заседание", "Маэстро не видит звёзд"). With
        ``sentence``, a noun opening any sentence ("Исследователи Брукхейвенской ...")."""
        opens = not start or text[start - 1] == "\n"
        if not opens and not (sentence and _SENTENCE_END.search(text, max(0, start - 3), start)):
            return False
        word = text[start:stop]
        if not _CYRILLIC_WORD.match(word) or word.isupper():
            return False  # abbreviations: pymorphy2 marks few of the bodies' ("ОБСЕ")
        parses = self._vocab.parse(word)
        if sentence and parses[0].tag.POS != "NOUN":
            return False  # "Соединённые Штаты", "Южную Америку"
        return parses[0].is_known and not any(_PROPER & p.tag.grammemes for p in parses)

    def _widened(self, text: str, start: int, stop: int, kind: EntityKind) -> tuple[int, int]:
        """The span with the "-ский" adjective before it that says whose it is: "японского
        МИДа", "российского Минсельхоза", "московского «Центра»" name one body each; a
        quality ("нового Конгресса", "влиятельного комитета") stays outside."""
        if kind not in {"organization", "place"}:
            return start, stop
        before = _ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return start, stop
        adjective = next(
            (p for p in self._vocab.parse(before.group(1)) if p.tag.POS == "ADJF"), None
        )
        if adjective is None or not _RELATIONAL.search(adjective.normal_form):
            return start, stop
        head = text[start:stop].split()[0].strip('«"„“')
        if _CYRILLIC_WORD.match(head) and not head.isupper():
            cases = {p.tag.case for p in self._vocab.parse(before.group(1)) if p.tag.POS == "ADJF"}
            if not cases & {p.tag.case for p in self._vocab.parse(head)}:
                return start, stop  # no agreement: the adjective is another phrase's
        if before.group(2) and text[stop : stop + 1] in _CLOSING_QUOTES:
            stop += 1  # "московского «Центра»": the quotes are inside now
        return before.start(1), stop

    def _tag(self, text: str) -> list[Any]:
        """natasha's NER spans, its CRF decoded by ``_viterbi``: slovnet's decoder indexes
        arrays per token and takes a third of the tagger's time on a long story. Should
        slovnet's insides change, its own ``__call__`` runs instead."""
        try:
            from slovnet.exec.infer import text_words
            from slovnet.markup import BIOMarkup

            infer = self._ner.infer
            words = text_words(text)
            if not words:
                return []
            (batch,) = list(infer.encoder([words]))
            emissions = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)[0]
            ids = _viterbi(emissions[: len(words)], infer.model.head.crf.transitions.array)
            tags = [infer.decoder.tags_vocab.decode(i) for i in ids]
            return list(BIOMarkup.from_tuples(zip(words, tags, strict=True)).to_span(text).spans)
        except (ImportError, AttributeError, ValueError):
            return list(self._ner(text).spans)

    def pos(self, word: str) -> str:
        """The UD part of speech of the word's likeliest reading."""
        return str(self._vocab.parse(word)[0].pos)

    def _nominative(self, name: str, kind: EntityKind) -> str:
        words = name.split()
        prefer = _PREFER.get(kind, frozenset())
        if kind == "person":
            return self._person_nominative(words, prefer)
        # "Европейского союза" -> "Европейский союз", "Министерства финансов" ->
        # "Министерство финансов": the adjectives and the head noun change, what follows not.
        head = next((i for i, w in enumerate(words) if not self._adjective(w)), len(words) - 1)
        agree: set[str] = set()
        if _CYRILLIC_WORD.match(words[head]):
            tag = self._vocab.parse(words[head])[0].tag
            # Plural adjectives have no gender: "правоохранительные органы".
            genus = None if tag.number == "plur" else tag.gender
            agree = {_UD[g] for g in (genus, tag.number) if g is not None and g in _UD}
        out = [self._inflect(w, prefer, agree) for w in words[:head]]
        out.append(self._inflect(words[head], prefer))
        return " ".join(out + words[head + 1 :])

    def _person_nominative(self, words: list[str], prefer: frozenset[str]) -> str:
        """A person's name in the nominative, of the gender the text gives: "Анну Петрову"
        -> "Анна Петрова", never "Анна Петров"; a part already nominative stays as written."""
        parsed = [
            self._vocab.parse(w)
            if _CYRILLIC_WORD.match(w) and not (w.isupper() and len(w) <= 5)
            else None
            for w in words
        ]
        readings = [
            [p for p in ps if prefer & p.tag.grammemes and "sing" in p.tag] if ps else []
            for ps in parsed
        ]
        # A first name pymorphy2 only guesses at ("Айшат") tells no gender.
        gender = _gender(r for rs in readings for r in rs if "Name" in r.tag and r.is_known)
        if gender is None:  # no first name: a part written in the nominative tells it
            gender = _gender(r for rs in readings for r in rs if r.tag.case == "nomn")
        out = []
        for word, rs in zip(words, readings, strict=True):
            if gender is not None:
                rs = [r for r in rs if r.tag.gender in {gender, "ms-f", None}] or rs
            if not rs or any(r.tag.case == "nomn" for r in rs):
                out.append(word)  # as written: nominative already, or no name reading
                continue
            form = rs[0].inflect({"Nom"})
            out.append(_restore_case(form.word, word) if form is not None else word)
        return " ".join(out)

    def keyword_form(self, term: str) -> str | None:
        """A Russian keyword in its dictionary form ("линии" -> "линия", "оппозиционного
        движения" -> "оппозиционное движение"); None for what is no keyword: an adjective or
        a unit alone, a phrase with a verb ("Удальцова отпустили")."""
        words = term.split()
        best = [self._vocab.parse(w)[0] for w in words if _CYRILLIC_WORD.match(w)]
        if any(b.tag.POS in _VERBAL for b in best):
            return None
        if len(words) > 1:
            return self._nominative(term, "other")
        if not best or (term.isupper() and len(term) <= 5):
            return term  # Latin words and abbreviations ("РФ") stay as written
        if best[0].tag.POS not in _KEYWORD_POS or "Abbr" in best[0].tag:
            return None  # an adjective alone, or "млн", "тыс": not topics
        return _restore_case(best[0].normal_form, term)

    def _adjective(self, word: str) -> bool:
        if not _CYRILLIC_WORD.match(word):
            return False
        return self._vocab.parse(word)[0].tag.POS in {"ADJF", "PRTF"}

    def _inflect(self, word: str, prefer: frozenset[str], agree: set[str] | None = None) -> str:
        if not _CYRILLIC_WORD.match(word) or (word.isupper() and len(word) <= 5):
            return word  # Latin names and abbreviations ("РФ") stay as written
        parses = self._vocab.parse(word)
        if prefer == _PREFER["person"]:
            # A name is singular; with no singular name reading pymorphy2 is guessing
            # ("Силуанов" as a plural), and the word as written is the safer name.
            best = next((p for p in parses if prefer & p.tag.grammemes and "sing" in p.tag), None)
            if best is None:
                return word
        else:
            best = next((p for p in parses if prefer & p.tag.grammemes), parses[0])
        if best.tag.case == "nomn" and not agree:
            return word
        form = best.inflect({"Nom"} | (agree or set()))
        return _restore_case(form.word, word) if form is not None else word


_NATASHA_KINDS: Mapping[str, EntityKind] = MappingProxyType(
    {"PER": "person", "ORG": "organization", "LOC": "place"}
)
_PREFER = MappingProxyType(
    {
        "person": frozenset({"Name", "Surn", "Patr"}),
        "place": frozenset({"Geox"}),
        "organization": frozenset({"Orgn"}),
    }
)
# A lowercase adjective right before a name, maybe across its opening quote.
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)\s+([«\"„“]?)$")
# "-ский" adjectives say where or whose ("японский", "русская"): relational, not qualities.
_RELATIONAL = re.compile(r"[сц]к(?:ий|ой)$")
_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?![\w-])")
# pymorphy2's grammemes of names: first names, surnames, patronymics, places, bodies,
# trademarks.
# A span's first word, before another capitalised one.
_FIRST_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?= [А-ЯЁA-Z«])")
_SENTENCE_END = re.compile(r"[.!?…]\s+$")
_PERSON = frozenset({"Name", "Surn"})
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ][а-яёА-ЯЁ-]*$")
_KEYWORD_POS = frozenset({"NOUN", None})  # None: a word pymorphy2 cannot tag (a name, a loan)
_VERBAL = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADVB", "PRED"})
_UD = MappingProxyType(
    {"masc": "Masc", "femn": "Fem", "neut": "Neut", "sing": "Sing", "plur": "Plur"}
)


def _viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best tag path through ``emissions`` (tokens x tags) under CRF ``transitions``."""
    n = len(emissions)
    back = np.empty((n, emissions.shape[1]), dtype=np.intp)
    score = emissions[0]
    for i in range(1, n):
        step = score[:, None] + transitions
        back[i] = step.argmax(0)
        score = step.max(0) + emissions[i]
    best = int(score.argmax())
    path = [best]
    for i in range(n - 1, 0, -1):
        best = int(back[i, best])
        path.append(best)
    path.reverse()
    return path


def _spans(text: str, found: Iterable[Any]) -> Iterator[tuple[int, int, EntityKind]]:
    """natasha's spans, put right where it errs the same way each time:

    - a list's bullets part names: "Бахрейн • Барбадос" is two places; a line break ends
      a name;
    - a company's legal form, or the word for what it is, is no part of its name: "ОАО
      «Газпром»" -> "Газпром", "Концерн «Майкрософт»" -> "Майкрософт", "ИА Regnum" ->
      "Regnum" (a name in quotes after words, or in Latin letters after one word; "Русской
      службе «Голоса Америки»" -> "Голоса Америки");
    - a name and what follows in brackets are two mentions: "Кориера делла Сера» (Corriere
      della Sera" -> "Кориера делла Сера", "Corriere della Sera"; "Комитет защиты
      журналистов (КЗЖ)"; "Хитли (Гецлаф)";
    - people listed with commas are each a person: "Овечкин, Фёдоров";
    - brackets and dashes at a span's edges are no part of it: "Бернс (", "Бенин)";
    - an original in brackets natasha missed is the named thing's too: "Джоэл Саймон (Joel
      Simon)", "Бюро по патентам (USPTO)";
    - the European Union is an organization, not a place.

    What needs the whole story (things named in quotes, repeats natasha missed) is
    ``story_ru``'s.
    """
    for span in found:
        kind = _NATASHA_KINDS.get(span.type, "other")
        for start, stop in _pieces(text, span.start, span.stop):
            yield from _fixed(text, start, stop, kind)


def _pieces(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """A span cut at list bullets ("Бахрейн • Барбадос" is two names) and ended at a line
    break (a heading's last word and the next paragraph's first are no one name)."""
    if (nl := text.find("\n", start, stop)) >= 0:
        stop = nl
    at = start
    for sep in _BULLET.finditer(text, start, stop):
        if sep.start() > at:
            yield at, sep.start()
        at = sep.end()
    if stop > at:
        yield at, stop


def _fixed(
    text: str, start: int, stop: int, kind: EntityKind
) -> Iterator[tuple[int, int, EntityKind]]:
    start, stop = _trimmed(text, start, stop)
    if start >= stop:
        return
    if kind == "organization" and (legal := _LEGAL_FORM.match(text, start, stop)):
        start = legal.end()
        if text[start] in _OPENING_QUOTES:
            start += 1
        if text[stop - 1 : stop] in _CLOSING_QUOTES:
            stop -= 1
    if kind == "place" and _EU.fullmatch(text, start, stop):
        kind = "organization"
    if split := _BRACKETED.search(text, start, stop):
        # "Комитет защиты журналистов (КЗЖ)", "Хитли (Гецлаф)": two names, each its own.
        yield from _fixed(text, start, split.start(), kind)
        close = text.find(")", split.start(1), stop)
        yield from _fixed(text, split.start(1), close if close > 0 else stop, kind)
        if close > 0 and (original := _ORIGINAL_AFTER.match(text, close + 1)):
            yield original.start(1), original.end(1), kind
        return
    if kind == "person" and (comma := _COMMA.search(text, start, stop)):
        # "Овечкин, Фёдоров": a list of people, not one.
        yield from _fixed(text, start, comma.start(), kind)
        yield from _fixed(text, comma.end(), stop, kind)
        return
    yield start, stop, kind
    if original := _ORIGINAL_AFTER.match(text, stop):
        yield original.start(1), original.end(1), kind


def _trimmed(text: str, start: int, stop: int) -> tuple[int, int]:
    """A span without the brackets, commas and dashes natasha's tokens leave at its edges
    ("Бернс (", "Бенин)"); a closing bracket or quote that closes inside stays."""
    while stop > start and text[stop - 1] in _EDGE_PUNCT:
        opener = _OPENERS.get(text[stop - 1])
        if opener is not None and opener in text[start : stop - 1]:
            break
        stop -= 1
    while start < stop and text[start] in _EDGE_PUNCT and text[start] not in _OPENERS.values():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


_BULLET = re.compile(r"\s*[•·|▪●■]\s*")
_LEGAL_FORM = re.compile(
    r"(?:ОАО|ООО|ЗАО|ПАО|АО|ГУП|ФГУП|МУП|НАО|ОДО|ИП)\s+[«\"„“]"
    r"|(?:[А-ЯЁа-яё-]+\s+)+(?=[«\"„“])|[А-ЯЁа-яё]+\s+(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*$)"
)
_CLOSING_QUOTES = frozenset('»"“”')
_OPENING_QUOTES = frozenset('«"„“')
_NO_QUOTES = str.maketrans(dict.fromkeys('«»"„“”'))
_EU = re.compile(r"ЕС|Евросоюз\w*|Европейск\w+\s+[Сс]оюз\w*")
_BRACKETED = re.compile(r"[»\"“]?\s*\(\s*([A-ZА-ЯЁ])")
_COMMA = re.compile(r"\s*,\s*")
_EDGE_PUNCT = frozenset("(),;:-–— \t")
_OPENERS = MappingProxyType({")": "("})
_LATIN_NAME = (
    r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*"
    r"|of|and|the|de|del|della|la|le|von|van|der|el|al|for|to|on|du|da))*"
)
_ORIGINAL_AFTER = re.compile(rf"[»\"“]?\s*\(({_LATIN_NAME})\)")


def quoted(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens with a quote: «Россия» is a bank or a ship."""
    return text[start - 1 : start] in _OPENING_QUOTES


def _gender(readings: Iterable[Any]) -> str | None:
    """The one gender ("masc", "femn") the readings agree on, if they do."""
    found = {r.tag.gender for r in readings} & {"masc", "femn"}
    return found.pop() if len(found) == 1 else None


def _restore_case(normal: str, surface: str) -> str:
    """pymorphy2 lowercases ("АвтоВАЗа" -> "автоваз"): take the case from the text."""
    if normal != normal.lower():
        return normal
    if surface[: len(normal)].lower() == normal:
        return surface[: len(normal)]  # keeps inner capitals: "АвтоВАЗ"
    return normal[:1].upper() + normal[1:] if surface[:1].isupper() else normal

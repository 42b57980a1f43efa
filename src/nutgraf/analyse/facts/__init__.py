"""Facts: who (entities), how many (quantities) and when (dates), with offsets into the text.

The stages, in the order the data flows:
``entities_en`` (rules over capitalised spans) or ``entities_ru`` (natasha) find mentions,
``merge`` groups them into entities; ``dates`` and ``quantities`` are regular expressions,
compiled once, and the quantities skip what the dates took. Every step is linear in the text;
natasha sees at most ``NER_CHARS`` characters.

Importing this package costs nothing: facts are computed when first read (``Facts.deferred``),
so the stages, their compiled patterns, word lists and models load on the first call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from nutgraf.analyse.sentences import NOUNS_CAPITALISED
from nutgraf.types import DateMention, Facts, Quantity, Sentence

if TYPE_CHECKING:
    from nutgraf.analyse.facts.dates import find_dates
    from nutgraf.analyse.facts.entities_ru import Natasha
    from nutgraf.analyse.facts.quantities import PartOfSpeech, find_quantities
    from nutgraf.analyse.facts.spans import Mention

__all__ = ["FactExtractor", "find_dates", "find_quantities"]

NER_CHARS = 100_000  # natasha runs at ~0.5 MB/s; past a long story, rules take over


class FactExtractor:
    """Extracts facts; holds the models.

    natasha (Russian) loads lazily on the first Russian text, once per instance.
    """

    def __init__(self) -> None:
        self._natasha: Natasha | None = None

    def __call__(
        self, text: str, sentences: Sequence[Sentence], language: str, title: str = ""
    ) -> Facts:
        """Entities, quantities, dates and keywords of ``text`` (offsets into ``text``)."""
        from nutgraf.analyse.facts.dates import find_dates
        from nutgraf.analyse.facts.merge import merge
        from nutgraf.analyse.facts.quantities import find_quantities
        from nutgraf.analyse.keywords import keywords

        pos: PartOfSpeech | None = None
        if language == "ru":
            mentions, pos = self._russian(text, sentences)
        else:
            from nutgraf.analyse.facts.entities_en import rule_entities
            from nutgraf.analyse.facts.typer_en import type_mentions

            mentions = type_mentions(text, rule_entities(text, sentences))
        dates = find_dates(text, language)
        quantities = find_quantities(text, language, dates, pos)
        if language in NOUNS_CAPITALISED:
            from nutgraf.analyse.facts.capitalised import names_only

            mentions = names_only(mentions, language, quantities)
        form = self._natasha.keyword_form if language == "ru" and self._natasha else None
        return Facts(
            entities=merge(mentions),
            quantities=_first_of_each(quantities),
            dates=_first_of_each(dates),
            keywords=keywords(text, sentences, language, title, form=form),
        )

    def _russian(
        self, text: str, sentences: Sequence[Sentence]
    ) -> tuple[list[Mention], PartOfSpeech]:
        from nutgraf.analyse.facts.entities_en import rule_entities
        from nutgraf.analyse.facts.entities_ru import Natasha

        if self._natasha is None:
            self._natasha = Natasha()
        cut = len(text)
        if cut > NER_CHARS:
            # Cut at a sentence end so natasha sees whole sentences; rules read the rest.
            ends = [s.end for s in sentences if s.end <= NER_CHARS]
            cut = ends[-1] if ends else NER_CHARS
        mentions = self._natasha.analyse(text[:cut])
        if cut < len(text):
            rest = rule_entities(text[cut:], [s for s in sentences if s.start >= cut], cut)
            for m in rest:
                m.start += cut
                m.end += cut
            mentions.extend(rest)
        mentions.sort(key=lambda m: m.start)
        return mentions, self._natasha.pos


_Fact = TypeVar("_Fact", Quantity, DateMention)


def _first_of_each(found: tuple[_Fact, ...]) -> tuple[_Fact, ...]:
    """Each date or figure once, where the text first gives it: "Tuesday" said twice is one
    date to a reader."""
    seen: set[tuple[str, object]] = set()
    out = []
    for f in found:
        key = (f.text.casefold(), f.value)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return tuple(out)


def __getattr__(name: str) -> Any:
    """``find_dates`` and ``find_quantities``, imported when first asked for (PEP 562)."""
    if name == "find_dates":
        from nutgraf.analyse.facts.dates import find_dates

        return find_dates
    if name == "find_quantities":
        from nutgraf.analyse.facts.quantities import find_quantities

        return find_quantities
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

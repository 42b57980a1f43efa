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
  noun phrase whose noun A names or whose noun names A's kind of claim ("The scheme" after
  a design unveiled), content words shared with A, or a subject left implicit in a short
  sentence;
- what A is: a plan or an announcement, which a pending or conditional B is about; a
  measure (a ban, a closure, a cut), whose foreseen end or time bound makes it temporary;
  talks, which B can say are still apart; a study's finding, whose limits B can state;
- how B's words stand together, where one word is not enough: a lasting verb bounded in
  time ("remains in place until", "продлится до"), "has yet to" with any verb, "require(s)"
  before a settling word, "under review" / "на согласовании", a small count of people
  beside a study word, a modal before a verb that would undo the claim ("may block the
  takeover", "может заблокировать сделку"), words taken back ("took the remark back"),
  the claim named as one side's view or a guess ("That is the account of", "Это прогноз
  аналитиков", "Так считает следствие"), a review still ahead ("ahead of review"); and
  what a negation or condition belongs to (a directive's own clause, "urged drivers not
  to travel unless ...", does not qualify the claim; nor does a record, "never before";
  negated expecting, "не ожидали", is surprise, not a pending decision; nor "a condition
  called HP", an illness);
- which clause a negation is in and what it negates: the subject of a reported claim
  saying nothing ("has issued no statement about", "заявлений не поступало"; not "said no
  one was hurt", which reports a negation), talks that stalled or came to nothing, a
  quantifier's negation ("None of her rivals") or denied harm ("was not injured") as an
  outcome, a past ability ("could not reach", "не смогли добраться") as what happened,
  "not before" / "не раньше, чем" as a time the claim waits for.

Words are matched as Snowball stems (English) and pymorphy2 lemmas and grammemes (Russian,
via natasha's MorphVocab, already a dependency): a lexicon entry covers every inflection,
and pymorphy2 marks parenthetical words (``Prnt``: "возможно", "вероятно"), anaphoric
pronouns (``Anph``) and the future tense.
``SIGNALS`` are set by hand and checked on labelled pairs by ``scripts/fit_qualifier.py``,
which also fits a logistic model over them: it did not beat the signals on held-out pairs
(docs/quality.md), so none is shipped. Other languages: no qualifier is detected.
"""

from __future__ import annotations

import re
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
    "unable impossible refrain",
    # ("=likely": Snowball stems it to "like")
    "modal": "may might could possibly possible perhaps maybe =likely =unlikely probably "
    "potentially uncertain estimate",
    "oblige": "must should need needs has-to have-to",
    # Requiring is pending only before what settles ("would require the consent of").
    "require": "require",
    "cond": "unless depend dependent condition conditional contingent hinge rely =relies =relied "
    "provided-that subject-to only-if only-while only-when only-once as-long-as so-long-as",
    "if": "if",
    "pend": "pending review reconsider await awaiting revisit evaluate in-due-course "
    "for-approval for-ratification for-review under-review under-consideration",
    "still": "yet still until later early remain",  # pending only beside a settling or negation
    "temp": "temporary temporarily interim provisional tentative expire revoke experimental "
    "stopgap for-the-time-being until-further-notice",
    # A measure: what a temporary end or a time bound is about ("banned", "a cap", "закрыли").
    "measure": "ban cap cut freeze curfew lockdown closure restriction measure suspend suspension "
    "legislation "
    "moratorium embargo discount waive subsidy postpone postponement halt shut",
    # Undoing a measure: temporary when foreseen ("would be lifted once ..."), not when done.
    "undo": "lift rescind repeal scrap reverse reinstate revert phase-out extend renew "
    "prolong resume reopen restore",
    # Lasting verbs: "remains in place until", "applies until" bound the measure in time.
    "last": "last remain apply valid force effect run suspend ban halt restrict shut",
    # Who a measure is for: restricted beside "only" ("Only households that ... are eligible").
    "scope": "=eligible =eligibility entitle",
    "settle": "decide decision approve approval agree agreement sign final finalize vote "
    "ratify consent authoriz* authoris* permission permit licence license clearance ruling "
    "verdict judgment judgement",
    # Acts that settle something only when negated ("no deal", "has not been set"). Exact
    # forms where Snowball joins other words ("according" is "accord" to it).
    "act": "deal settle settlement conclude complete grant accept adopt clear charge "
    "announce announcement set publish fund release disclose =accord =accords pact treaty "
    "breakthrough compromise consensus timetable timeline",
    # (and the accused's "innocence", maintained)
    "doubt": "deny denial unconfirmed unverified dispute reject unclear unknown doubt rumor rumour "
    "=innocence "
    "inconclusive fruitless",
    # Calling a report false, as the sentence's last word ("said the story was untrue",
    # "назвали информацию ложной"): a denial, after the lead; not "false allegations".
    "falsity": "=false =untrue =inaccurate =incorrect =misleading =wrong =exaggerated",
    # Talk of rumour qualifies a reported claim from a short sentence ("dismissed the report
    # as speculation"), not in an essay's narrative.
    "rumour": "speculation speculate speculative",
    # Denying in other words ("dismissed the claims as baseless"): read only right after the
    # lead (``lead_stance``), where a report most often is answered; elsewhere "dismiss" is
    # mostly a sacking or a cricket score.
    "deny": "dismiss refute rebut baseless groundless downplay play-down played-down plays-down",
    # Telling what is known ("did not disclose the price", "has not been released"): negated,
    # a detail left out, not a settling denied (read by ``qualifies_across`` for a claim's
    # subject named again).
    "withheld": "disclose release publish announce reveal identify name specify known",
    # Words of confirming that qualify only when negated ("did not confirm", "declined to
    # comment", "could not be independently verified", "it is not known").
    "confirm": "confirm comment verify verification respond independently back known "
    "discuss specify disclose reveal whether acknowledge vet check",
    # Silence of the subject: "The club has remained silent", "В компании пока молчат".
    "mute": "silent silence",
    "study": "study research association associate link correlation correlate cause "
    "causal sample participant preliminary replicate limited limitation evidence "
    "prove proof observational mice animal finding survey volunteer peer proven preprint",
    # A finding in animals, not people: a study's limit after it ("was carried out on mice").
    "animal": "mice mouse rat rats monkey monkeys",  # and "in animals", below
    # Harm: its negation after an incident is an outcome ("The driver was not injured"),
    # not a limit of the claim.
    "harm": "injure injury hurt harm unharmed unhurt wound damage casualty",
    # A finding not yet firm: "The findings are preliminary", "not yet published".
    "prelim": "preliminary unpublished provisional",
    # A measure run as a test: "part of a six-week experiment", "a pilot scheme".
    "trialrun": "=experiment pilot-scheme pilot-project trial-period trial-basis",
    # What a subject tells: with "report", withheld ("have given no figure") it is unsaid.
    "info": "figure detail information data",
    # A finding of co-occurrence, which a study's authors stress is not a cause.
    "assoc": "association associate correlation correlate correlational",
    # A measure's end at a named time: "a trial that ends in October".
    "ending": "end ends expire expires",
    # What reports a finding (a claim that a study's limit may follow), or, negated after
    # one, its limit ("has not been shown in humans").
    # ("found" and "show" are left out: "was found dead", "a TV show".)
    "finding": "trial =experiment =experiments find suggest conclude shown",
    "source": "researcher scientist =author =authors",  # A reports a study
    # Another explanation of a finding: "other factors", "may differ", "could explain".
    "confound": "confound =differ explain account-for",
    "factor": "factor",  # a confound after "other" ("other lifestyle factors")
    "other": "other",
    # Weak evidence, beside a study word: a small sample, self-reports, anecdotes.
    "small": "small few handful tiny self-reported self-report anecdotal unrepresentative preprint",
    # Talks still apart: "remain far apart", "deadlock", "differences remain".
    "apart": "far-apart wide-apart way-apart miles-apart still-apart poles-apart gap disagree "
    "=disagreement =disagreements divide deadlock "
    "impasse stalemate stall unresolved at-odds sticking-point =differences slow sluggish "
    "obstacle hurdle stumbling-block",
    # Talks to be carried on: "agreed to meet again", "will reconvene", "adjourned".
    "again": "continue reconvene adjourn again resume",
    "talks": "=talks negotiate negotiation negotiator meeting summit consult mediate mediator "
    "discuss discussion",
    # An agreement named in the claim: what talks are for, even where no talks word stands
    # ("ministers gathered to work on a trade pact", then "progress was slow").
    "accord": "deal pact treaty =accord =accords agreement settlement compromise ceasefire truce "
    "takeover merger acquisition",
    # What was told, named as a whole ("The report", "These claims"; not its teller, "The
    # official"): a qualifier said of it is about the claim (``qualifies_across``).
    "told": "=report =reports claim allegation accusation account story rumour rumor",
    # Taking one's words back ("retracted the remark"; not "never retracted", in
    # ``_said_of_claim``).
    "unsay": "=retract =retracts =retracted =retracting =retraction backtrack backpedal recant",
    # A guess at what is to come or is not yet counted: "The forecast", "Это прогноз".
    "estimate": "forecast projection prediction =estimate =estimates guess",
    # One side's view, as what a claim is called ("That is the account of the plaintiffs").
    "view": "view opinion assessment contention assertion theory version argument position "
    "account =claim =claims allegation accusation",
    # What a study or a count produced, named as a whole ("The results", "Статья").
    "result": "=result =results =findings paper",
    # The time a plan names ("The date holds only if", "Сроки могут сдвинуться").
    "schedule": "date deadline timetable schedule timing",
    # Nouns that name the claim's act or its money as a whole ("The change depends on a
    # vote", "Деньги поступят, если ...").
    "shell": "change move step reform switch overhaul money funds funding",
    # Acts that would undo what the claim tells: beside a modal, a threat to it ("the
    # authority may block the takeover", "ФАС может запретить сделку").
    "thwart": "block veto overturn derail scupper quash annul invalidate thwart torpedo stop "
    "prevent challenge",
    # Directives: a condition or negation inside "urged drivers not to travel unless ..."
    # is the advice's own, not the claim's.
    "advise": "advise urge ask tell told warn recommend encourage instruct",
    # "never before", "for the first time": a record, which stresses the claim.
    "record": "before ever previously first-time",
    "contrast": "but however although though whereas nevertheless nonetheless rather",
    "only": "only merely solely",
    "report": "said say says told according report reported statement spokesman "
    "spokeswoman spokesperson official source",
    "plan": "will would plan planned propose proposal intend announce unveil expect aim talks "
    "negotiate negotiation discuss consider seek want scheme",
    # Closed classes read by the rule for the sentence after the lead (``lead_stance``):
    # negation by a quantifier ("nobody", "no injuries"), which is about the claim only
    # when it denies a settling ("no deal"); modals that are epistemic only before "be",
    # "have", "not", "still", "only" ("could be extended", not "can treat 200 patients");
    # time bounds; an open question; an ordinal that makes a record ("the first woman").
    "negq": "no none nobody nothing neither no-one",
    # Negation by degree: "far from settled", "nowhere near a deal", "too early to say".
    "negdeg": "far-from nowhere-near too-early too-soon anything-but out-of-reach elusive",
    "weak": "could can would",
    "bound": "until till pending for-now so-far for-the-time-being",
    "whether": "whether",
    "first": "first",
    "surprise": "expect anticipate predict",
    # Finality before a noun of saying: "has the last word", "the final say rests with".
    "final": "final last ultimate",
    "verdict": "say word",
}
_RU: dict[str, str] = {
    "neg": "не нет ни никто ничто никак никогда без ничего никакой отказаться невозможно нельзя "
    "воздержаться безуспешно",
    "modal": "возможно вероятно наверное видимо якобы предположительно возможный вероятный "
    "допускать исключать сорваться рано преждевременно преждевременный",
    # "могли повлиять": a hedge only where the claim is a study's finding.
    "can": "мочь",
    "oblige": "должен нужно нужный необходимо необходимый предстоять требоваться",
    "require": "требовать нуждаться",
    "cond": "зависеть зависимость при-условии только-если лишь-если",
    "if": "если",
    "pend": "предварительный рассматривать рассмотреть рассмотрение пересмотреть экспертиза "
    "рецензирование рецензия рецензировать "
    "пересматривать пересмотр обжаловать обжалование",
    "still": "пока ещё еще окончательно окончательный дальнейший стадия",
    # Awaiting is pending beside a settling ("решение ожидается"); negated it is surprise
    # ("не ожидали такого роста"), not a pending decision.
    "await": "ожидать ждать",
    "temp": "временно временный пробный испытательный истекать отозвать экспериментальный "
    "на-время на-период до-особого-распоряжения",
    "measure": "запрет запретить мера ограничение ограничить режим мораторий льгота заморозка "
    "отключить отключение перекрыть "
    "снизить снижение скидка субсидия закрыть закрытие приостановить отсрочка отложить",
    "undo": "отменить снять возобновить продлить вернуться",
    # Opening, which undoes a closure only after one ("Движение откроют после ремонта").
    "open": "открыть",
    "last": "продлиться действовать сохраниться сохраняться продолжаться рассчитать "
    "закрыть закрытый приостановить запретить ограничить",
    "scope": "право распространяться касаться",
    # (both aspects: pymorphy2 gives each its own lemma, "одобряют": "одобрять")
    "settle": "решение решить утвердить одобрить одобрять согласовать согласовывать соглашение "
    "договорённость договоренность договориться договариваться подписать подписывать "
    "ратифицировать "
    "окончательный разрешение одобрение утверждение согласие сойтись чтение согласование "
    "приговор постановление вердикт",
    "act": "определить объявить назначить обвинение судьба опубликовать раскрыть завершить "
    "финансирование профинансировать найти достигнуть прорыв",
    "doubt": "опровергнуть опровергать отрицать неясно неизвестно непонятно сомнение сомневаться "
    "отвергать отвергнуть невиновность невиновный "
    "оспорить оспаривать якобы необоснованный безрезультатно безрезультатный",
    "falsity": "ложный ложь неправда неверный преувеличенный ошибочный",
    "rumour": "слух домысел спекуляция беспочвенный",
    "deny": "выдумка фейк",
    "withheld": "раскрыть раскрывать назвать называть сообщить опубликовать обнародовать "
    "известно уточнить",
    "confirm": "подтвердить подтверждать подтверждение комментировать прокомментировать "
    "комментарий проверить проверять независимо ответить назвать известно обсуждать раскрыть "
    "раскрывать уточнить уточнять подтвердиться подтверждаться ли",
    "mute": "молчать молчание",
    "study": "исследование связь выборка предварительный доказать доказывать доказательство "
    "участник "
    "мышь животное корреляция ограничение испытание причинно-следственный доброволец "
    "наблюдение участвовать опрос препринт",
    "animal": "мышь крыса обезьяна",  # and "на животных", below
    "prelim": "предварительный неопубликованный",
    "trialrun": "эксперимент пилотный",
    "info": "данные сведения информация цифра подробность",
    "harm": "пострадать пострадавший ранить ранение травма травмировать",
    "assoc": "корреляция коррелировать взаимосвязь совпадение",
    "ending": "закончиться завершиться истечь истекать",
    "finding": "испытание эксперимент выяснить заключить прийти-к-выводу",
    "source": "исследователь учёный ученый автор",
    "confound": "повлиять объяснить объясняться",
    "factor": "фактор",
    "other": "другой иной",
    "small": "небольшой малый немногочисленный препринт",
    "apart": "разногласие расхождение разойтись тупик несогласие спорный по-разному застопориться "
    "буксовать забуксовать медленный медленно препятствие камень-преткновения "
    "при-своём при-своем при-своих",
    "again": "продолжить продолжиться возобновить снова вновь отложить",
    "talks": "переговоры переговорщик обсуждать обсудить обсуждение встреча встретиться "
    "консультация саммит раунд",
    "accord": "соглашение договор сделка договорённость договоренность перемирие слияние "
    "поглощение",
    "told": "сообщение информация сведения данные слух утверждение обвинение версия",
    "unsay": "дезавуировать",
    "estimate": "прогноз предположение",
    "view": "мнение оценка позиция версия утверждение обвинение",
    "result": "результат вывод статья",
    "schedule": "срок дата график",
    "shell": "изменение шаг реформа нововведение деньги средства переход",
    "thwart": "заблокировать блокировать запретить отменить сорвать оспорить опротестовать "
    "аннулировать помешать остановить отклонить",
    "advise": "призвать призывать посоветовать советовать рекомендовать порекомендовать "
    "попросить просить предупредить",
    "record": "раньше ранее прежде впервые",
    "contrast": "но однако хотя впрочем тем-не-менее правда",
    "only": "лишь только",
    # (both aspects: pymorphy2 gives "сообщали" the lemma "сообщать", not "сообщить")
    "report": "сообщить сообщать сказать заявить заявлять заявление рассказать рассказывать "
    "объявить объявлять утверждать отметить источник сообщение "
    "представитель пресс-служба писать издание сми",
    "plan": "планировать план намерен намереваться собираться предложить предложение законопроект "
    "проект переговоры обсуждать рассчитывать хотеть",
    "negq": "никто ничто никакой нет ни",
    "negdeg": "далеко-не рано-говорить слишком-рано",
    "weak": "мочь",
    "bound": "пока до-сих-пор по-прежнему до-тех-пор",
    "whether": "ли",
    "first": "первый",
    "final": "последний окончательный",
    "verdict": "слово",
    "surprise": "ожидать ждать предполагать прогнозировать",
}
KINDS = tuple(dict.fromkeys([*_EN, *_RU]))

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
# Demonstratives that, inside a sentence, point back at the sentence before ("these
# accounts", "эти сведения"), unless a time noun follows ("this year", "этой весной": the
# calendar). Closed classes, hand-written like the lists above ("that" is also a
# conjunction, "это" a particle: left out).
_DEMONSTRATIVE = {
    "en": frozenset(words("this these those such")),
    "ru": frozenset(
        words("этот эта эти этого этой этих эту этим этими этому такой такая такое такие таких")
    ),
}
_CALENDAR = {
    "en": frozenset(
        words(
            "year week month weekend morning afternoon evening night season summer winter "
            "spring autumn fall quarter decade century time day week's year's month's"
        )
    ),
    "ru": frozenset(
        words(
            "год году года годом неделе неделю недели месяце месяц месяца сезоне сезон "
            "квартале квартал веке весной летом осенью зимой раз время момент день дня утром"
        )
    ),
}


def _refers(toks: list[str], lang: str) -> bool:
    """Whether a demonstrative determiner inside the sentence (not its first word, which
    ``leans`` reads) points back at the sentence before: "to check these accounts"."""
    dem, calendar = _DEMONSTRATIVE[lang], _CALENDAR[lang]
    return any(w in dem and nxt not in calendar for w, nxt in pairwise(toks[1:]))


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
    # Closed-class stance markers (``_markers``), what the rule after the lead reads.
    markers: frozenset[str] = frozenset()
    # Stance kinds of ``head``: a definite noun naming a kind of claim ("The scheme", "Эта
    # мера", "The talks") refers back to a claim of that kind without repeating its words.
    head_kinds: frozenset[str] = frozenset()
    # A demonstrative determiner inside the sentence ("to check these accounts", "в
    # компании это не подтвердили"): it points back at what the sentence before named.
    refers: bool = False
    # Stance kinds of the sentence's opening noun phrase: ``head_kinds``, or in Russian
    # (no articles) an opening noun in the nominative ("Решение пока не вступило в силу").
    subject_kinds: frozenset[str] = frozenset()
    # Opens with a definite noun phrase ("The closure ...", "The two sides ..."), or in
    # Russian with a noun ("Ограничение продлится ..."): a reference back in itself.
    definite: bool = False


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
    "hedged_finding",  # "The authors note that other factors could explain the gap."
    "temporary_end",  # "The ban would be lifted once levels recover."
    "bounded",  # "The closure remains in place until", "Работы продлятся до"
    "disagreement",  # "The two sides remain far apart."
    "silent",  # "The company has remained silent."
    "unsaid",  # "The company has issued no statement about his future."
)


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
        lemma, tag = parses[0].normal_form.replace("ё", "е"), parses[0].tag
        negated = (
            lemma.startswith("не")
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
# Parenthetical words of certainty, not of hedging ("Разумеется, схему пришлось менять").
_RU_CERTAIN = frozenset(words("разумеется конечно безусловно несомненно естественно"))
# Size and degree, not stance: "небольшой" is small, "непростой" hard.
_RU_NOT_NEGATED = frozenset(words("небольшой немалый немногий неплохой непростой нередкий"))

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


def _phrases(lex: _Lexicon, toks: list[str]) -> set[str]:
    """Kinds of the few multi-word entries ("as-long-as", "тем-не-менее") found in ``toks``
    (a hyphenated word counts as its parts: "phase-out" is "phase out")."""
    low = f" {' '.join(toks)} ".replace("-", " ")
    return {k for phrase, k in lex.phrases if phrase in low}


def _failed_ru(toks: list[str]) -> bool:
    return any(w == "не" and nxt in _FAILED["ru"] for w, nxt in pairwise(toks))


_UNTIL = {"en": frozenset(words("until till through")), "ru": frozenset(words("до"))}
_FOR = {"en": frozenset(words("for over")), "ru": frozenset(words("на течение"))}
# "under review", "for approval", "на согласовании", "на рассмотрение": a decision to come.
_UNDER = {"en": frozenset(), "ru": frozenset(words("на"))}  # en: as phrases
_APPEAL_BEFORE = frozenset(words("to be can may could will would"))
_REQUIRE_REACH = 3  # words: "would require the consent", "требует одобрения"
# "is due to", "are set to", "was expected to": the future, told without "will".
_SCHEDULED = frozenset(words("due set scheduled expected slated poised"))
_BE = frozenset(words("is are be"))  # told in the past, a schedule is history
_HAS = frozenset(words("has have is are remains remain"))
# A sample counted in people: "150 человек", "48 volunteers" (small below _SMALL_SAMPLE).
_SAMPLE = {
    "en": re.compile(
        r"\b(\d[\d,]*)\s+(?:\w+\s+)?(?:people|participants|volunteers|patients|adults|children|"
        r"students|pupils|women|men|subjects|respondents)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(\d[\d ]*)\s+(?:\w+\s+)?(?:человек|участник\w*|добровол\w*|пациент\w*|"
        r"взрослых|детей|студент\w*|школьник\w*|женщин|мужчин|респондент\w*)",
        re.IGNORECASE,
    ),
}
_SMALL_SAMPLE = 500
_ANONYMITY = frozenset(words("anonymity анонимности"))
_STILL_ONLY_BEFORE = frozenset(words("ещё еще"))
_ALL = frozenset(words("всё все"))
_NOUN_BEFORE_OF = frozenset(words("sign signs"))
_TIME_UNITS = {
    "en": frozenset(words("day days week weeks month months year years period")),
    "ru": frozenset(
        words(
            "день дня дней неделю недели недель месяц месяца месяцев год года лет сутки срок "
            "период время"
        )
    ),
}
_LAST_REACH = 3  # words: "will remain in place until", "продлятся до"
_ADVICE_REACH = 4  # words from a directive to its infinitive: "urged drivers not to"
# What a directive's own clause says ("not to travel unless ...") is the advice's.
_ADVICE_OWN = frozenset(
    {"cond", "if", "neg", "modal", "only", "last", "still", "negq", "weak", "bound", "whether"}
)
# "only 48 volunteers", "just 12 firms", "всего на 30 добровольцах": a count restricted.
_FEW = {
    "en": re.compile(r"\b(?:only|just|merely)\s+(?:a\s+)?\d", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:всего|лишь|только)\s+(?:\w{1,2}\s+)?\d", re.IGNORECASE),
}


_CLAUSE_BREAK = frozenset(words("that which who что чтобы который которая которые как"))
_TIME_CLAUSE = {"en": frozenset(words("until till when once")), "ru": frozenset(words("пока"))}
_COORD = frozenset(words("and but or"))
_ARTICLES = frozenset(words("a an the its their"))
_IN_ON = frozenset(words("in on на"))
_NOT_BEFORE = frozenset(words("before раньше прежде earlier"))
_NOT = frozenset(words("not no не"))  # not "never before", a record
_NOTHING = frozenset(words("nothing"))
_NEG_WORDS = frozenset(words("not never"))


def _clauses(text: str, n: int) -> list[int]:
    """The clause (between commas, dashes, colons) of each of the ``n`` words of ``text``."""
    out = [i for i, part in enumerate(_PUNCT.split(text)) for _ in words(part)]
    return out if len(out) == n else [0] * n


_PUNCT = re.compile(r"[,;:—–()]")


def _past_ability(toks: list[str], per_token: list[set[str]]) -> None:
    """ "could" of a past ability is not a hedge: after "and" ("arrived and could stand"),
    negated ("could not reach", "None of them could keep pace"), unless "be" or "have"
    follows ("could not be confirmed", "could have been"). Clears it in place."""
    for j, w in enumerate(toks):
        if w != "could":
            continue
        nxt = toks[j + 1 : j + 3]
        verb = nxt[1:2] if nxt[:1] and nxt[0] in _NEG_WORDS else nxt[:1]
        # "could be", "could have", "could still collapse": a hedge wherever it stands
        if (verb and verb[0] in ("be", "have")) or (
            nxt[:1] and nxt[0] in _EPISTEMIC_AFTER["en"] - _NEG_WORDS
        ):
            continue
        negated = bool(nxt[:1]) and nxt[0] in _NEG_WORDS
        quantified = any("negq" in ks for ks in per_token[max(0, j - 5) : j])
        if negated or quantified or (j and toks[j - 1] in _COORD):
            per_token[j] -= {"modal", "weak"}
        # "could not reach the ridge" is what happened; "could not confirm", "could not
        # immediately be reached", "could not exclude other explanations" stay negated
        after = range(j + 2, min(len(toks), j + 3 + _SCOPE))
        if negated and not any(per_token[k] or toks[k] in ("be", "been") for k in after):
            per_token[j + 1].discard("neg")


def _structures(
    text: str,
    toks: list[str],
    per_token: list[set[str]],
    lang: str,
    infinitive: Callable[[int], bool],
) -> set[str]:
    """Kinds that come from how words stand together, not from one word; clears in place
    the stance of a directive's own clause. ``infinitive(i)``: is ``toks[i]`` one."""
    out: set[str] = set()
    clause: list[int] = []  # split into clauses only when a construction asks (it costs)

    def same_clause(a: int, b: int) -> bool:
        if not clause:
            clause.extend(_clauses(text, len(toks)))
        return clause[a] == clause[b]

    quoted = text.lstrip()[:1] in _QUOTE_MARKS
    if any("talks" in ks for ks in per_token[:3]):
        out.add("talks_subject")  # "The talks ended in deadlock", "Переговоры зашли в тупик"
    # "Police urged drivers not to travel unless ...": the negation and the condition are
    # the advice's, not a limit of the claim.
    for i, ks in enumerate(per_token):
        if "advise" in ks and any(
            infinitive(j) for j in range(i + 1, min(i + 1 + _ADVICE_REACH, len(toks)))
        ):
            for later in per_token[i + 1 :]:
                later -= _ADVICE_OWN
            break
    until, for_, under, units = _UNTIL[lang], _FOR[lang], _UNDER[lang], _TIME_UNITS[lang]
    for j, w in enumerate(toks):
        if lang == "en" and j and toks[j - 1] == "in" and w == "place":
            per_token[j].add("last")  # "is in place until", "in place for three months"
        if lang == "en" and w in _NOUN_BEFORE_OF and toks[j + 1 : j + 2] == ["of"]:
            per_token[j].discard("settle")  # "no sign of violence": a trace, not a signing
        # A lasting verb bounded in time is a temporary measure ("applies until",
        # "продлится до", "is in place for three months", "действует на период").
        if (w in until or (w in for_ and units.intersection(toks[j + 1 : j + 4]))) and any(
            "last" in ks for ks in per_token[max(0, j - _LAST_REACH) : j]
        ):
            out.add("bounded")
        # The claim's subject has said nothing (yet): "has issued no statement about",
        # "did not say", "не сообщали", "заявлений не поступало". In English the negation
        # comes first ("said no one was hurt" reports a negation); "no reports of injuries"
        # is about something else (a report *of* a new thing).
        # (Not "not to say", "wasn't saying": a disclaimer; nor inside a quotation.)
        if (
            ("report" in per_token[j] or "info" in per_token[j])
            and not quoted
            and not (
                lang == "en"
                and (
                    toks[j + 1 : j + 2] == ["of"] or w.endswith("ing") or toks[j - 1 : j] == ["to"]
                )
            )
        ):
            near = range(max(0, j - _SCOPE), min(len(toks), j + 1 + _SCOPE))
            if any(
                "neg" in per_token[k]
                # "has said nothing": a negative pronoun as the saying's object
                and (k < j or lang == "ru" or (k == j + 1 and toks[k] in _NOTHING))
                and same_clause(k, j)
                and not _CLAUSE_BREAK.intersection(toks[min(j, k) + 1 : max(j, k)])
                for k in near
            ):
                out.add("unsaid")
        if j + 1 == len(toks):
            break
        if w in under and per_token[j + 1] & {"settle", "pend"}:
            out.add("pend")
        # "на стадии обсуждения", "at the consultation stage": a decision still to come
        if (
            w in under
            and "still" in per_token[j + 1]
            and per_token[j + 2 : j + 3]
            and (per_token[j + 2] & {"settle", "pend", "talks"})
        ):
            out.add("pend")
        # "has the last word", "последнее слово за министерством", "the final say rests
        # with": who settles it is named, so it is not settled yet (not "last week")
        if (
            "final" in per_token[j]
            and "verdict" in per_token[j + 1]
            and (lang == "ru" or (j > 0 and toks[j - 1] in _DEFINITE["en"]))
        ):
            out.add("pend")
        # "can be appealed", "plans to appeal", "the right to appeal": a ruling not final
        # (not "police appealed for witnesses")
        if (
            lang == "en"
            and toks[j + 1].startswith("appeal")
            and (w in _APPEAL_BEFORE or toks[j - 1 : j] in (["can"], ["may"], ["could"]))
        ):
            out.add("pend")
        if "require" in per_token[j] and any(
            "settle" in ks for ks in per_token[j + 1 : j + 1 + _REQUIRE_REACH]
        ):
            out.add("oblige")
        if toks[j + 1] in _ANONYMITY:  # "on condition of anonymity": the source's, not the claim's
            for ks in per_token[max(0, j - 2) : j + 1]:
                ks.discard("cond")
        if lang != "en":
            continue
        if w in _BE and toks[j + 1] in _SCHEDULED and toks[j + 2 : j + 3] == ["to"]:
            out.add("scheduled")
        elif w in _BE and toks[j + 1] == "expected":
            out.add("expected")  # "A final go-ahead is expected after a consultation"
        elif w == "yet" and toks[j + 1] == "to" and j and toks[j - 1] in _HAS:
            out.add("notyet")  # "has yet to acknowledge": whatever the verb, not yet
    for j, ks in enumerate(per_token):
        if not ks:
            continue  # every construction below starts from a word with a stance kind
        if "factor" in ks and any("other" in k for k in per_token[max(0, j - 3) : j]):
            out.add("confound")
        # "in a stable condition", "a condition called HP": a state or an illness, not a
        # condition of the claim ("on condition that", "conditions attached", "the
        # conditions of the loan", "subject to conditions")
        if (
            "cond" in ks
            and lang == "en"
            and toks[j] in ("condition", "conditions")
            and (
                "in" in toks[max(0, j - 3) : j]
                or not (
                    _CONDITION_AFTER.intersection(toks[j + 1 : j + 2])
                    or (toks[j + 1 : j + 2] == ["for"] and toks[j] == "conditions")
                    or _CONDITION_BEFORE.intersection(toks[max(0, j - 2) : j])
                )
            )
        ):
            ks.discard("cond")
        # "a trial that ends in October", "льгота истекает в конце года"
        # (a verb: not "at the end of April")
        if (
            "ending" in ks
            and not (j and toks[j - 1] in _ARTICLES)
            and any(_NAMED_TIME[lang].match(w) for w in toks[j + 1 : j + 4])
        ):
            out.add("bounded")
        if "falsity" in ks and toks[j + 1 : j + 2] in ([], ["and"], ["or"]):
            out.add("deny")
        # "Larger trials are needed", "нужны более крупные испытания": more study to come
        if "oblige" in ks and any(
            "study" in k for k in per_token[max(0, j - _SCOPE) : j + _SCOPE + 1]
        ):
            out.add("needstudy")
        # "не раньше, чем застройщик передаст участок", "not before the land is sold", "no
        # earlier than": a time to come the claim waits for, not a record
        # ("will not start before": a verb may stand between in English)
        reach = toks[j + 1 : j + 3] if lang == "en" else toks[j + 1 : j + 2]
        at = (
            next((j + 1 + i for i, w in enumerate(reach) if w in _NOT_BEFORE), 0)
            if toks[j] in _NOT
            else 0
        )
        if (
            at
            # something follows in its clause: not "it did not have before: a coffin"
            and at + 1 < len(toks)
            and (lang == "ru" or same_clause(at + 1, at))
            and (lang == "en" or toks[j + 2 : j + 3] == ["чем"])
        ):
            for k in range(j + 1, j + 1 + len(reach)):
                per_token[k] -= {"record"}
            out.add("notbefore")
        # "tested in animals", "опыты на животных": the lab's animals
        if toks[j].startswith(("animal", "животн")) and j and toks[j - 1] in _IN_ON:
            ks.add("animal")
        # what a finding was got in: "only in mice", "in lab rats", "на лабораторных мышах"
        # (not "infected mice with the virus", a method)
        if "animal" in ks and _IN_ON.intersection(toks[max(0, j - 2) : j]):
            out.add("in_animals")
        # A lasting verb in the present, bounded by a time to come: "The offer runs out when
        # the schools go back", "действует, пока не восстановят мост" (not "was shut when").
        if (
            "last" in ks
            and (lang == "ru" or toks[j].endswith("s") or "will" in toks[max(0, j - 3) : j])
            and _TIME_CLAUSE[lang].intersection(toks[j + 1 : j + 1 + _LAST_REACH + 1])
        ):
            out.add("bounded")
    out |= _said_of_claim(toks, per_token, lang)
    if lang == "en":
        _past_ability(toks, per_token)
    negs = [ks for ks in per_token if "neg" in ks]
    # Only a quantifier negates ("None of her rivals could keep pace", "Никто не пострадал",
    # with the Russian concord "ни ... не"): about others than the claim's subject.
    if negs and (
        all("negq" in ks for ks in negs) or (lang == "ru" and any("negq" in ks for ks in negs))
    ):
        out.add("quantified")
    if negs and _STREAK[lang].search(text):
        out.add("streak")  # "had not been seen for 50 years": a record, not a limit
    if _FEW[lang].search(text):
        out.add("small")
    for m in _SAMPLE[lang].finditer(text):
        if int(re.sub(r"\D", "", m.group(1)) or 0) < _SMALL_SAMPLE:
            out.add("small")
    return out


# Closed classes of the constructions in ``_said_of_claim`` (hand-written like the lists
# above; no package tags these constructions).
_THREAT_EN = frozenset(words("may might could threaten threatens threatened threatening"))
_THREAT_RU = ("гроз", "угрож")  # "грозит заблокировать", "угрожают отменить"
# A threat is to the claim when its object names what the claim is ("the takeover", "such a
# measure", "сделку") or points back at it ("it", "them").
_THREATENED = frozenset({"accord", "settle", "plan", "measure", "told", "view", "result"})
_OBJECT = frozenset(words("it them this that such its их его её ее это"))
_TAKE_BACK = frozenset(
    words("take takes took taken taking walk walks walked walking row rows rowed rowing")
)
# What is taken back: "took the remark back", "walked back his comments" (not "took the
# children back to school").
_SAYING_EN = frozenset(
    words(
        "remark remarks comment comments word words statement statements claim claims pledge "
        "pledges promise promises suggestion suggestions it them that this"
    )
)
_DEMAND = frozenset(
    words(
        "demand demands demanded demanding call calls called calling "
        "потребовал потребовала потребовали требует требуют"
    )
)
_CONDITION_AFTER = frozenset(words("that of to attached set apply applied"))
_CONDITION_BEFORE = frozenset(words("on under to strict certain these those such one"))
_GUILT_RU = ("вину", "вина", "вины", "вине", "виновн")
_STOP_SHORT = frozenset(words("stop stops stopped stopping"))
_AHEAD = {"en": frozenset(words("ahead prior before")), "ru": frozenset(words("до"))}
_LABEL_OPEN = {
    "en": frozenset(words("this that such these those that's")),
    "ru": frozenset(words("это такова таков таково таковы")),
}
_COPULA_EN = frozenset(words("is was are were remains 's"))
_BEFORE_LABEL = {
    "en": frozenset(words("a an the only just merely still their his her its one")),
    "ru": frozenset(words("лишь только всего пока же всё все ещё еще")),
}
# "Так считает следствие", "So say the plaintiffs": the claim told as one side's view.
_SO_SAY = {
    "en": ("say", "claim", "argue", "allege", "believe", "insist"),
    "ru": ("счита", "утвержда", "полага", "дума", "уверя", "говор", "заявля", "настаива"),
}


def _said_of_claim(toks: list[str], per_token: list[set[str]], lang: str) -> set[str]:
    """Constructions that qualify what was said or planned before them: a threat to it
    (``threat``: "the authority may block the takeover", "ФАС может запретить сделку"), its
    speaker taking it back (``retract``, also a ``doubt``: "took the remark back", "взял
    свои слова обратно"), a review still ahead (``notyet``: "ahead of review", "до
    рецензирования"), and the claim named as one side's view or a guess (``labelled``:
    "That is the account of the farmers", "Это прогноз аналитиков", "Так считает
    следствие"). Marks "stopped short of" as a negation of what follows, in place."""
    out: set[str] = set()
    n = len(toks)
    for j, ks in enumerate(per_token):
        w = toks[j]
        # "retracted the remark" (not "never retracted", nor "asked the paper to retract")
        if (
            "unsay" in ks
            and not any("neg" in x for x in per_token[max(0, j - _SCOPE) : j])
            and not any(
                "advise" in x or t in _DEMAND
                for x, t in zip(per_token[max(0, j - 8) : j], toks[max(0, j - 8) : j], strict=True)
            )
        ):
            out |= {"retract", "doubt"}
        if "thwart" in ks:
            for k in range(max(0, j - 3), j):
                before = toks[k]
                threat = (
                    before in _THREAT_EN
                    if lang == "en"
                    else bool(per_token[k] & {"weak", "can"}) or before.startswith(_THREAT_RU)
                )
                negated = any("neg" in x for x in per_token[max(0, k - 3) : j + 1])
                # (not a capacity: "could stop the bleeding", "may prevent heart attacks")
                claim = bool(_OBJECT.intersection(toks[j + 1 : j + 3])) or any(
                    x & _THREATENED for x in per_token[j + 1 : j + 4]
                )
                if threat and not negated and claim:
                    out.add("threat")
        if lang == "en":
            if w in _STOP_SHORT and toks[j + 1 : j + 3] == ["short", "of"]:
                per_token[j + 1].add("neg")  # "stopped short of confirming"
            if w in _TAKE_BACK and "back" in toks[j + 1 : j + 5]:
                at = toks.index("back", j + 1)
                taken = toks[j + 1 : at] if at > j + 1 else toks[at + 1 : at + 4]
                if _SAYING_EN.intersection(taken) and toks[at + 1 : at + 2] not in (
                    ["to"],
                    ["into"],
                    ["from"],
                    ["home"],
                ):
                    out |= {"retract", "doubt"}
        # "вину не признаёт", "не признал своей вины": the accused denies it
        elif (
            w.startswith("призна")
            and j
            and "neg" in per_token[j - 1]
            and any(t.startswith(_GUILT_RU) for t in toks[max(0, j - 3) : j + 4])
        ):
            out.add("doubt")
        elif w in ("обратно", "назад") and any(
            t.startswith("слов") for t in toks[max(0, j - 3) : j]
        ):
            out |= {"retract", "doubt"}  # "взял свои слова обратно"
        elif w.startswith("отказ") and any(
            t.startswith(("слов", "заявлен")) for t in toks[j + 1 : j + 4]
        ):
            out |= {"retract", "doubt"}  # "отказался от своих слов"
        # "ahead of review", "prior to peer review", "до рецензирования": a review to come
        if w in _AHEAD[lang] and (
            lang == "ru" or w == "before" or toks[j + 1 : j + 2] in (["of"], ["to"])
        ):
            reach = j + (3 if lang == "ru" else 5)
            if any("pend" in x for x in per_token[j + 1 : reach]) or "peer" in toks[j + 1 : reach]:
                out.add("notyet")
    # what was told, named back with a determiner ("denied the reports", "эту информацию
    # не подтвердили"): the claim's report, a subject's answer to it
    # (beside the answer, "denied the reports"; not "the accused", a person)
    dets = _DEFINITE["en"] if lang == "en" else _DEMONSTRATIVE["ru"]
    if any(
        x & {"told", "info"}
        and toks[k - 1] in dets
        and not toks[k].endswith("ed")
        and any(y & {"confirm", "doubt"} for y in per_token[max(0, k - 4) : k + 5])
        for k, x in enumerate(per_token)
        if k
    ):
        out.add("told_ref")
    # "assumes that the terminal is finished on time", "assuming that" (not "it is safe to
    # assume that", an inference)
    if lang == "en" and any(
        w in ("assumes", "assuming") and nxt == "that" for w, nxt in pairwise(toks)
    ):
        out.add("cond")
    if n > 2 and toks[0] in _LABEL_OPEN[lang]:
        # the label right after the copula, or after determiners and "only" ("That is only
        # the account of", "Это лишь прогноз"; not "This is the first version of the app")
        at = 1 if lang == "ru" or toks[0].endswith("'s") else 2
        if lang == "ru" or toks[1] in _COPULA_EN:
            while at < n - 1 and toks[at] in _BEFORE_LABEL[lang]:
                at += 1
            if per_token[at] & {"estimate", "view"}:
                out.add("labelled")  # "That is the account of", "Это прогноз аналитиков"
    if n > 2 and toks[0] == ("so" if lang == "en" else "так") and toks[1].startswith(_SO_SAY[lang]):
        out.add("labelled")  # "Так считает следствие"
    # the accused's lawyer ("his solicitor", "Nowsch's attorney", "адвокат задержанного"),
    # whose account answers a reported accusation; not a district attorney or a ministry
    for j, w in enumerate(toks):
        if lang == "ru":
            if w.startswith("адвокат"):
                out.add("defence")
        elif w in _LAWYER and j and toks[j + 1 : j + 2] != ["general"]:
            before = toks[j - 1]
            if before in _WHOSE or before.endswith(("'s", "’s")) or before in _DEFENCE:
                out.add("defence")
    # said in error: "had been published by mistake", "опубликовали по ошибке"
    if any(pair in _IN_ERROR for pair in pairwise(toks)):
        out |= {"retract", "doubt"}
    # a figure that may still change ("the sum could change a good deal", "итоговая цифра
    # может измениться", "the toll is likely to rise"): the claim's number is provisional
    if any(ks & {"info", "estimate", "result"} for ks in per_token):
        for j, w in enumerate(toks):
            window = per_token[max(0, j - 3) : j]
            if (
                w.startswith(_REVISE[lang])
                and (
                    any(ks & {"modal", "weak", "can"} for ks in window)
                    or bool(_OFTEN.intersection(toks[max(0, j - 3) : j]))  # "нередко снижает"
                )
                and not any("neg" in ks for ks in window)  # "would not be revised"
            ):
                out |= {"revisable", "doubt"}
    return out


_LAWYER = frozenset(words("lawyer lawyers solicitor solicitors attorney attorneys barrister"))
_WHOSE = frozenset(words("his her their"))
_DEFENCE = frozenset(words("defence defense"))
_IN_ERROR = frozenset({("by", "mistake"), ("in", "error"), ("по", "ошибке")})
# Verbs of a figure changing or being revised, by prefix (the modal before them is read),
# and how often a later count changes it ("Росстат нередко её снижает").
_OFTEN = frozenset(
    words("often usually sometimes frequently typically нередко часто обычно иногда")
)
_REVISE = {
    "en": ("chang", "rise", "risen", "grow", "climb", "increas", "revis", "fall"),
    "ru": ("измен", "вырас", "увелич", "пересмотр", "уточн", "скорректир", "сниз", "сниж", "повыс"),
}


_MONTHS_EN = (
    "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_MONTHS_RU = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# A time to come, told in the present: "goes to the board next month", "later this year".
_FUTURE_TIME = re.compile(
    r"\b(?:next|later\s+this|this\s+coming)\s+(?:week|month|year|spring|summer|autumn|fall|"
    r"winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_SEASON_AHEAD = re.compile(
    r"\bin\s+the\s+(?:spring|summer|autumn|fall|winter|new\s+year)\b", re.IGNORECASE
)
# A sentence told in the past: then a season is history ("was approved in the autumn").
_PAST_EN = frozenset(words("was were had did been"))
# A named time: a month, a season's end, a date ("ends in October", "истекает в конце года").
_NAMED_TIME = {
    "en": re.compile(rf"^(?:{_MONTHS_EN}|end|\d+|spring|summer|autumn|winter)$"),
    "ru": re.compile(
        r"^(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
        r"конц|\d|весн|лет[оа]|осен|зим)"
    ),
}


# "for more than a century", "in 23 years", "all season", "девять матчей подряд": a negation
# bounded by a span of time is a streak or a record ("had not been seen for a century"),
# which stresses the claim rather than limits it.
_STREAK = {
    "en": re.compile(
        r"\b(?:for|in)\s+(?:(?:more|less)\s+than|over|almost|nearly|the\s+(?:past|last))?\s*"
        r"(?:(?:a|an|\d+|\w+)\s+)?(?:years?|decades?|centur(?:y|ies)|months?|weeks?|games?|matches?|"
        r"seasons?)\b|\ball\s+(?:season|year)\b"
        rf"|\bsince\s+(?:\d{{4}}|{_MONTHS_EN}|the\s+start|last\s+\w+)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"подряд|за\s+всю\s+историю|(?<!\w)(?:за|уже|более|свыше)\s+\d+\s+(?:лет|года?)\b"
        rf"|(?<!\w)с\s+(?:\d{{4}}|{_MONTHS_RU}|начала)",
        re.IGNORECASE,
    ),
}
# A span of time ("for six months", "на полгода"): a measure's time bound, after the lead.
_SPAN = {
    "en": re.compile(
        r"\bfor\s+(?:a|an|\d+|\w+)\s+(?:days?|weeks?|fortnight|months?|years?)\b", re.IGNORECASE
    ),
    "ru": re.compile(
        r"(?<!\w)на\s+(?:полгода|\d+\s+\w+|\w+\s+(?:дн|недел|месяц|год|лет|сут)\w*|"
        r"(?:неделю|месяц|год|сутки|время|период))",
        re.IGNORECASE,
    ),
}
# Subordinators of a time to come: "once the work is done", "когда область выделит деньги"
# (with the future, or "once" opening a clause), a condition of the claim.
_WHEN = {"en": frozenset(words("when once")), "ru": frozenset(words("когда"))}
_ONCE = re.compile(
    r"(?:^|[,;]\s*|\b(?:only|but|and)\s+)once\s+(?!again\b|more\b|upon\b|a\b|an\b)"
    r"|\bonce\s+(?:the|it|they|its|their|this|these|those|he|she|we|all|both)\b",
    re.IGNORECASE,
)
# "тем, кто подаст заявление", "those who apply": who gets it, told as a relative clause
_THOSE_WHO = {
    "en": re.compile(r"\b(?:those|anyone|whoever)\s+who\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:тем|те|тех|теми|всем|все|всех)\s*,\s*кто\b", re.I),
}
_AS_SOON = re.compile(r"(?<!\w)как\s+только|(?<!\w)после\s+того\s+как|\bas\s+soon\s+as\b", re.I)
# An epistemic reading of "could", "can", "would", "мочь": before these ("could be
# extended", "can only show", "может не подтвердиться"), or a Russian reflexive infinitive
# ("сроки могут сдвинуться"); "The centre can treat 200 patients" is a capacity.
_EPISTEMIC_AFTER = {
    "en": frozenset(words("be have not still only also change")),
    "ru": frozenset(words("быть не лишь только ещё еще и")),
}
# First and second person outside quotations: an essay or a column, whose opening lines are
# not a news claim and its qualifier.
_PERSONAL = {
    "en": frozenset(words("i we you my our your us me")),
    "ru": frozenset(words("я мы вы наш наша наше наши ваш ваша ваше ваши нас вас")),
}
_QUOTED = re.compile(r"[\"“«„][^\"”»“«„]*[\"”»]")
_QUOTE_MARKS = frozenset("\"“«„'‘")
# A negated participle or adjective: "unresolved", "undecided", "unconfirmed", "unclear",
# "unproven" (not "united", "under", "until": the rest is not a participle).
_UN_PARTICIPLE = re.compile(r"^(?:un|non-?)(?!i|der|til)[a-z]{3,}(?:ed|en|ain|ear|own|able|ible)$")
# "May 19", "in May": the month, not the modal (capitalised only opening a sentence)
_NAME_WORD = re.compile(r"(?<=\w[\s:,])\s*([A-Z][a-z]+)")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]*")
_BEFORE = frozenset(words("before"))
_MODAL_MAY = re.compile(r"\bmay\b|^\W*May\s+(?!\d)")
_PROVIDED = frozenset(words("provided providing"))
# "too short to show", "слишком мала, чтобы": a degree that negates what follows.
_TOO_TO = {
    "en": re.compile(r"\btoo\s+\w+\s+(?:\w+\s+)?to\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)слишком\s+\w+,?\s+чтобы", re.IGNORECASE),
}
_RU_BE = frozenset(words("было был была были будет будут нашлось"))
_CLAUSE_OPENERS = frozenset(words("that they he she it we there"))
_OPEN_CONTRAST = {"en": frozenset(words("yet still")), "ru": frozenset()}
_ONLY_NOT_AFTER = frozenset(words("not the не единственный"))


def _month_may(text: str) -> bool:
    """Whether every "may" of ``text`` is the month ("on May 19", "in May")."""
    return _MODAL_MAY.search(text) is None


def _markers(
    toks: list[str], per_token: list[set[str]], kinds: set[str], text: str, lang: str
) -> frozenset[str]:
    """Closed-class stance markers of a sentence, for the rule after the lead: ``neg``
    (a negation not led by a quantifier), ``negq`` (one led by "no one", "никто"),
    ``modal``, ``cond``, ``bound`` (a time bound), ``only``, ``contrast`` (an opening
    one), ``doubt``, and what cancels a negation: ``record``, ``surprise``."""
    out: set[str] = set()
    after = _EPISTEMIC_AFTER[lang]
    # Capitalised inside the sentence: a name or a title ("Mission: Impossible"), not a stance.
    names = {w.lower() for w in _NAME_WORD.findall(text)} if lang == "en" else set()
    for i, (w, ks) in enumerate(zip(toks, per_token, strict=True)):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in names:
            continue
        if "oblige" in ks and nxt in _RU_BE and lang == "ru":
            continue  # "должен был направиться": a past schedule, told as history
        if "neg" in ks and not (nxt and "only" in per_token[i + 1]):  # "not only" widens
            # "не было", "нет": existential, as a quantifier's ("Опасных грузов не было")
            existential = "negq" in ks or (lang == "ru" and nxt in _RU_BE)
            out.add("negq" if existential else "neg")
        if (ks & {"modal", "oblige", "require"} and not (w == "may" and _month_may(text))) or (
            "weak" in ks and (nxt in after or (lang == "ru" and nxt.endswith(("ся", "сь"))))
        ):
            out.add("modal")
        if ks & {"cond", "if", "whether"}:
            out.add("cond")
        if "only" in ks and not (i and toks[i - 1] in _ONLY_NOT_AFTER):
            out.add("only")
        if "bound" in ks:
            out.add("bound")
    if "negq" in out and "neg" in out and lang == "ru":
        out.discard("neg")  # "Никто не пострадал": the negation is the quantifier's
    if (
        "negdeg" in kinds
        or "unneg" in kinds
        or _TOO_TO[lang].search(text)
        # lower-case only: "The Unbreakable Kimmy Schmidt" is a title
        or (lang == "en" and any(_UN_PARTICIPLE.match(w) for w in _LOWER_WORD.findall(text)))
    ):
        out.add("neg")  # "far from a done deal", "unresolved", "undecided", "unconfirmed"
    if "bounded" in kinds and _UNTIL[lang].intersection(toks):
        out.add("bound")  # "lasts until", "продлится до конца февраля"
    if lang == "en" and any(w in _PROVIDED and nxt in _CLAUSE_OPENERS for w, nxt in pairwise(toks)):
        out.add("cond")  # "provided they can recruit", not "provided funds"
    if "persist" in kinds or (
        "still" in kinds and kinds & {"neg", "oblige", "modal", "settle", "confirm", "apart"}
    ):
        out.add("bound")  # "still needs", "still at odds", "ещё не"
    if toks and ("contrast" in per_token[0] or toks[0] in _OPEN_CONTRAST[lang]):
        out.add("contrast")
    if "however" in toks[1:6]:  # "The plan, however, ..."
        out.add("contrast")
    if kinds & {"doubt", "rumour", "mute", "deny"}:
        out.add("doubt")
    # "before" is a record only beside a negation ("never before"), not "goes before the
    # inspectorate"
    records = {w for w, ks in zip(toks, per_token, strict=True) if ks & {"record", "first"}}
    negation = bool(kinds & {"neg", "negq"})
    # a span of time makes a streak only beside a negation ("not seen for a century")
    if records - _BEFORE or (records and negation) or (negation and _STREAK[lang].search(text)):
        out.add("record")
    if "surprise" in _negated(per_token):
        out.add("surprise")
    if _SPAN[lang].search(text):
        out.add("span")
    if _WHEN[lang].intersection(toks) or _AS_SOON.search(text):
        out.add("when")
    if _THOSE_WHO[lang].search(text):
        out.add("who")  # a group picked by what it does: a condition when told in the future
    if lang == "en" and _ONCE.search(text):
        out.add("cond")
    if _PERSONAL[lang].intersection(words(_QUOTED.sub(" ", text))):
        out.add("personal")  # "we", "you", "I": an essay's voice, not a report
    if text.lstrip()[:1] in _QUOTE_MARKS:
        out.add("quote")  # direct speech after the lead elaborates more often than it limits
    return frozenset(out)


# Each sentence is read twice, as B after its predecessor and as A before its successor; a
# bounded cache of this pure function reads it once without changing any output.
@lru_cache(maxsize=1024)
def profile(text: str, language: str, markers: bool = False) -> Profile | None:
    """The detector's view of ``text``; None for a language without lexicons.

    ``markers``: also read the closed-class markers of ``lead_stance`` (they double the
    cost of a sentence, and only the one after the lead and the lead need them)."""
    lang = "ru" if language in {"ru", "uk", "be"} else language
    toks = words(text)
    if lang == "en":
        return _profile_en(text, toks, markers)
    if lang == "ru":
        return _profile_ru(text, toks, markers)
    return None


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


def _profile_en(text: str, toks: list[str], markers: bool) -> Profile:
    kinds_of, lex = _english()
    per_token = [set(kinds_of(w)) for w in toks]
    for i, ks in enumerate(per_token):
        if "again" in ks and "to" in toks[max(0, i - 2) : i]:
            ks.add("again_to")  # "agreed to meet again": talks to be carried on
    extra = _structures(text, toks, per_token, "en", lambda j: toks[j] == "to")
    kinds: set[str] = set().union(*per_token) if per_token else set()
    kinds |= _phrases(lex, toks) | extra
    if "still" in toks[1:]:
        kinds.add("persist")  # "they were still at loggerheads" (an opening "Still," contrasts)
    stop = stopwords("en")
    light = light_stemmer("en")
    content = frozenset(light(w) for w in toks if len(w) > 3 and w not in stop)
    head, head_kinds = "", frozenset[str]()
    if len(toks) > 1 and toks[0] in _DEFINITE["en"]:
        at = next((i for i in range(1, min(4, len(toks))) if toks[i] not in stop), 0)
        if at:
            head, head_kinds = light(toks[at]), frozenset(per_token[at])
    future = (
        "will" in toks
        or any(w.startswith(("'ll", "’ll")) for w in toks)
        or "scheduled" in extra
        or bool(_FUTURE_TIME.search(text))
        # "Parliament gets a vote on the plans in the autumn": a season, told in the present
        or (
            bool(_SEASON_AHEAD.search(text))
            and not _PAST_EN & set(toks)
            and not any(w.endswith("ed") and len(w) > 4 for w in toks)
        )
    )
    return Profile(
        frozenset(kinds),
        _negated(per_token, bool(_FAILED["en"].intersection(toks))),
        content,
        head,
        leans_back(text, "en") or bool(PRONOUNS["en"].intersection(toks[:3])),
        future,
        text.rstrip().endswith("?"),
        len(toks),
        _markers(toks, per_token, kinds, text, "en") if markers else frozenset(),
        head_kinds,
        _refers(toks, "en"),
        head_kinds,
        bool(head),
    )


# The future tense: the analytic forms, and pymorphy2's tense of the parsed words (parsing
# every finite verb for a perfective future costs ten times the rest of the detector).
_RU_FUTURE_AUX = frozenset(words("будет будут буду будем будете станет станут"))
_NOT_PARSED = _Word("", "", frozenset())
_RU_NE = re.compile(r"не\w{4,}")  # a word that may be negated by its prefix: parsed too


def _profile_ru(text: str, toks: list[str], markers: bool) -> Profile:
    analyse, lex = _russian()
    # pymorphy2 only for words that could be in a lexicon and the opening words (an
    # anaphoric determiner and its noun).
    parsed = [
        analyse(w)
        if i < 3 or w.replace("ё", "е")[:_PREFIX_RU] in lex.prefixes or _RU_NE.match(w)
        else _NOT_PARSED
        for i, w in enumerate(toks)
    ]
    empty: frozenset[str] = frozenset()
    per_token = [set().union(*(lex.index.get(f, empty) for f in p.forms)) for p in parsed]
    for i, (p, ks) in enumerate(zip(parsed, per_token, strict=True)):
        if "last" in ks and "undo" in ks and p.lemma.endswith(("ться", "тись")):
            ks.discard("undo")  # "продлятся три месяца" lasts; "продлят" extends
        if toks[i] == "не" and i + 1 < len(toks):
            nxt = analyse(toks[i + 1])
            # "не больше ногтя": a degree; "не смогли добраться": what happened (not
            # "не смогли договориться", which denies a settling)
            if ("COMP" in nxt.tag and toks[i + 1] not in _NOT_BEFORE) or (
                nxt.lemma == "смочь" and not any(per_token[i + 2 : i + 2 + _SCOPE + 1])
            ):
                ks.discard("neg")
        if "again" in ks and p.tag.startswith("INFN"):
            ks.add("again_to")  # "условились продолжить обсуждение"
        if "await" in ks and "past" in p.tag:
            ks.discard("await")  # "ожидали такого решения": it came as expected
        # "ещё" is "still" only before a negation or a duty ("ещё не", "ещё предстоит"),
        # not "another" ("ещё одна линия") or "as early as" ("ещё в декабре").
        if toks[i] in _STILL_ONLY_BEFORE and not (
            i + 1 < len(toks) and per_token[i + 1] & {"neg", "oblige"}
        ):
            ks.discard("still")
    extra = _structures(
        text, toks, per_token, "ru", lambda j: analyse(toks[j]).tag.startswith("INFN")
    )
    kinds: set[str] = set().union(*per_token) if per_token else set()
    kinds |= _phrases(lex, toks) | extra
    if any(p.negated for p in parsed):
        kinds.add("unneg")  # "назвала сведения недостоверными"
    if any(w in _STILL_ONLY_BEFORE and prev in _ALL for prev, w in pairwise(toks)):
        kinds.add("persist")  # "всё ещё спорят": the state has not changed yet
    if any(
        "Prnt" in p.tag and p.lemma not in lex.sets["contrast"] and p.lemma not in _RU_CERTAIN
        for p in parsed
    ):
        kinds.add("modal")  # a parenthetical word: "возможно", "по-видимому", "кажется"
    stop = stopwords("ru")
    light = light_stemmer("ru")
    content = frozenset(light(w) for w in toks if len(w) > 3 and w not in stop)
    head, head_kinds = "", frozenset[str]()
    if len(toks) > 1 and (toks[0] in _DEFINITE["ru"] or "Anph" in parsed[0].tag):
        at = next((i for i in range(1, min(4, len(toks))) if parsed[i].tag.startswith("NOUN")), 0)
        if at:
            head, head_kinds = light(toks[at]), frozenset(per_token[at])
    opening = parsed[0].tag if parsed else ""
    # (the accusative reading first for inanimate nouns: "Решение" is both)
    subject_kinds = (
        frozenset(per_token[0])
        if opening.startswith("NOUN") and ("nomn" in opening or "inan" in opening)
        else head_kinds
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
        _markers(toks, per_token, kinds, text, "ru") if markers else frozenset(),
        head_kinds,
        _refers(toks, "ru"),
        subject_kinds,
        bool(head) or (opening.startswith("NOUN") and ("nomn" in opening or "inan" in opening)),
    )


def anchored(a: Profile, b: Profile) -> bool:
    """Whether B is about A: it refers back (an opening pronoun or connective, a
    demonstrative inside it, a definite noun A names, a shared content word) or is short
    enough that its subject can only be A's ("The company declined to comment.")."""
    return (
        b.leans
        or b.refers
        or bool(a.content & b.content)
        or (bool(b.head) and b.head in a.content)
        or _names_kind(a, b)
        or b.n_words <= _SHORT
    )


# Kinds of claim a definite noun can stand for: a plan, a measure, talks, a study.
_SHELL = frozenset({"plan", "measure", "talks", "study"})


def _names_kind(a: Profile, b: Profile) -> bool:
    """Whether B opens with a definite noun naming A's kind of claim ("The scheme ..." after
    a design unveiled, "Эта мера ..." after a ban): a reference back without shared words."""
    return bool(b.head_kinds & a.kinds & _SHELL)


def signals(a: Profile, b: Profile) -> dict[str, bool]:
    """Which of ``SIGNALS`` say that B qualifies A (all False when B is not about A)."""
    if b.question:
        return dict.fromkeys(SIGNALS, False)
    bk, neg = b.kinds, b.negated
    plan = "plan" in a.kinds or a.future
    close = b.leans or b.n_words <= _SHORT  # B's subject is A's
    long = b.n_words >= _LONG
    # "still needs approval", "awaiting a ruling", "not yet": the settling is still to come
    pending = (
        "notyet" in bk
        or ("pend" in bk and ("settle" in bk or plan or b.future or close))
        or ("still" in bk and bool(bk & {"settle", "neg", "oblige", "confirm", "modal"}))
        # "решение ожидается": awaited, not "не ожидали" (surprise)
        or (
            "await" in bk
            and "await" not in neg
            and (bool(bk & {"settle", "confirm", "modal", "pend"}) or (plan and close))
        )
    )
    # "will decide", "must be approved", "должны одобрить"
    decided_later = (
        ("settle" in bk and (b.future or bool(bk & {"oblige", "expected"})))
        or ("confirm" in bk and "oblige" in bk)  # "needs confirmation"
    ) and (close or plan)
    conditional = (bool(bk & {"cond", "notbefore"}) and (plan or b.future or close)) or (
        "if" in bk and (b.future or "modal" in bk) and (plan or b.leans)
    )
    about = anchored(a, b)
    # (or B names the claim as a study's: "The trial was run by the company itself")
    study_a = bool(
        a.kinds & {"study", "source", "finding"} or b.subject_kinds & {"study", "finding"}
    )
    measure = "measure" in a.kinds or "measure" in bk
    out = {
        "negated_settling": bool(
            neg & {"settle", "act", "doubt", "confirm", "pend", "still", "temp"}
        ),
        "pending": pending or decided_later,
        # a plan or measure run as a test ("part of a six-week experiment")
        "temporary": "temp" in bk
        or ("trialrun" in bk and (plan or measure) and not study_a and about),
        "conditional": conditional,
        # (or the claim called one side's view or a guess, "That is the account of the
        # plaintiffs"; or a threat to it, "the authority may block the takeover")
        "doubt": "doubt" in bk
        or "labelled" in bk
        or ("rumour" in bk and close and "report" in a.kinds)
        or ("threat" in bk and about)
        # the accused's side answering a reported accusation ("his solicitor said he would
        # fight the charge", "Адвокат задержанного утверждает, что ...")
        or ("defence" in bk and "report" in bk and "report" in a.kinds),
        # "the link does not prove", "only 40 patients", "may differ in people"
        "study_limit": (
            ("study" in bk or (study_a and "finding" in bk))  # "The trial was small"
            and (
                "study" in neg
                or bool(bk & {"modal", "pend"})
                or "can" in neg  # "cannot prove", "доказать ... не может"
                # "Larger trials are needed", "нужны более крупные испытания"
                or (bool(a.kinds & {"study", "source"}) and "needstudy" in bk and close)
                or ("only" in bk - neg)
                # "yet to be reviewed", "a small pilot", "just 48 volunteers": after a finding
                or (study_a and bool(bk & {"still", "small"}))
            )
            and (bool(a.kinds & {"study", "source", "report"}) or close)
        )
        or (study_a and "finding" in neg)  # "has not been shown in humans"
        # "The research was carried out on mice", "Опыты проводились на мышах"
        or (study_a and "animal" in bk - a.kinds and about)
        # "The findings are preliminary", "Авторы подчёркивают, что речь идёт о корреляции"
        or (study_a and "prelim" in bk and about)
        # (said by its authors, or "only an association"; not "Humanist Association")
        or (study_a and "assoc" in bk and (("source" in bk and close) or "only" in bk - neg)),
        # A study's finding, then a hedge about it ("The authors note that families may
        # differ in other ways that could explain the gap"): a limit of the finding.
        "hedged_finding": study_a
        and bool(bk & {"modal", "can"})
        and bool(bk & {"source", "study"})
        and "confound" in bk,
        # "would be lifted once the reservoirs recover", "ограничения снимут, когда": the
        # end of the measure is foreseen (an undoing already done is not).
        "temporary_end": "undo" in bk
        and bool(bk & {"plan", "modal", "cond", "oblige", "still", "pend"} or b.future)
        and about
        and measure,
        # "remains in place until", "продлится до конца месяца"
        "bounded": "bounded" in bk and (plan or measure),
        # "The club has remained silent", "В компании молчат"
        "silent": "mute" in bk and close and ("still" in bk or "report" in a.kinds),
        # Talks and "the sides remain far apart", "разногласия сохраняются"
        "disagreement": ("apart" in bk and bool(bk & {"talks_subject"} or "talks" in a.kinds))
        # an agreement named in the claim, not told as settled, then what keeps it apart
        # ("work on a trade pact", then "Progress was slow, with subsidies the main
        # obstacle"; not "signed a supply deal", then "Deliveries will start slowly")
        or ("apart" in bk and "accord" in a.kinds and "settle" not in a.kinds and about)
        # talks, then talks that came to nothing: "Встреча закончилась ничем"
        or ("talks" in a.kinds and "talks" in bk and "neg" in bk and about)
        # talks, then talks to be carried on: "Стороны условились продолжить обсуждение",
        # "The two sides will reconvene next week"
        # (told as what is to come, not "the talks continued to unfold")
        # (short: in a longer sentence "to continue" is mostly another clause's)
        or (
            "talks" in a.kinds
            and ("again_to" in bk or ("again" in bk and b.future))
            and b.n_words <= _SHORT
        ),
        # A reported claim, and its subject has said nothing: "The company has issued no
        # statement about his future", "Официальных заявлений от компании не поступало"
        "unsaid": "unsaid" in bk and "report" in a.kinds and about,
        "modal": "modal" in bk
        and b.n_words <= _SHORT
        and (b.leans or plan or bool(a.kinds & {"report", "study"})),
        "restricted": "only" in bk
        and "only" not in neg  # "not only ... but" widens, it does not restrict
        and (b.future or bool(bk & {"settle", "pend", "still", "cond", "temp", "scope"})),
        # "But no date has been set.", "Однако диагнозы поставлены без анализов."
        "contrast_negation": "contrast" in bk and b.leans and ("neg" in bk or b.n_words <= 10),
        # A short negation that leans on the claim ("He has not been charged.", "It did not
        # say which cities."): about the claim's subject, so kept with it (the cautious side).
        # A record ("never before", "раньше никогда") stresses the claim, not limits it.
        "leaning_negation": "neg" in bk
        and not bk & {"record", "streak"}
        and "harm" not in neg
        # (a quantifier's negation after talks: "Neither side gave ground")
        and ("quantified" not in bk or bool(bk & _SETTLING) or "talks" in a.kinds)
        and b.leans
        and b.n_words <= _SHORT,
    }
    if long:  # a long sentence is its own statement unless it negates the settling itself
        out = {k: v and k == "negated_settling" for k, v in out.items()}
    return out


# Kinds of settling, confirming or finding that a quantifier's negation denies ("No deal
# has been reached", "Подтверждения нет"), as opposed to "Nobody was hurt".
_SETTLING = frozenset({"settle", "act", "confirm", "doubt", "pend", "study", "finding"})
_STANCE = frozenset({"neg", "modal", "cond", "bound", "only", "contrast", "doubt"})
_VOICE = frozenset({"personal", "quote"})
# words: after the lead, a longer sentence needs two markers or a leaning opener (measured
# in docs/benchmarks.md, "Qualifiers after the lead")
_LEAD_SHORT = 20


def lead_stance(a: Profile, b: Profile) -> frozenset[str]:
    """The closed-class stance markers by which B, right after the article's lead A, may
    qualify it (empty when B does not refer back to A, is a question or is long). A and B
    are read with ``profile(..., markers=True)``.

    The lead is the sentence a summary shows most, and the one a qualifier most often
    follows in news, so the bar is lower here than in ``signals``: any negation (not one
    led by a quantifier, unless it denies a settling; not a record or a surprise),
    modality, condition, time bound, restriction, opening contrast, doubt, or a future
    about A, with a reference back to A.
    """
    if a.question or b.question or b.n_words >= _LONG or (a.markers | b.markers) & _VOICE:
        return frozenset()
    m = b.markers
    out = set(m & _STANCE)
    # "not ... in a decade", "не ожидали", "was not injured", "walked away unharmed"
    harm_only = (
        "harm" in b.kinds
        and not b.negated - {"harm"}
        and ("harm" in b.negated or "neg" not in b.kinds or "quantified" in b.kinds)
    )
    if m & {"record", "surprise"} or harm_only:
        out.discard("neg")
    if (
        "negq" in m
        and (
            (b.kinds | b.negated) & _SETTLING
            or "talks" in a.kinds
            # a reported claim, then what someone said, with a negation inside it: a denial
            # ("said no candidate had been approached", "found no trace of oil")
            or ("report" in a.kinds and "report" in b.kinds and "harm" not in b.kinds)
        )
        and not m & {"record", "surprise"}
    ):
        out.add("neg")
    if a.kinds & {"study", "source", "finding"} and "small" in b.kinds and "record" not in m:
        out.add("limit")  # a study's finding, then "the effect was small", "just 40 people"
    if b.future and ("undo" in b.kinds or ("open" in b.kinds and "measure" in a.kinds)):
        out.add("future")  # the end foreseen: "Подачу возобновят через десять дней"
    # (or, told in the future of what the claim is about: "It will be there for a fortnight")
    # (or a span, then what follows it, told of a definite noun: "The offer is being tried
    # for twelve weeks, after which councillors will look at the numbers")
    if "span" in m and ("measure" in a.kinds | b.kinds or (b.future and (b.leans or bool(b.head)))):
        out.add("bound")  # "The cap is funded for six months", "введено на полгода"
    if ("when" in m or "who" in m) and b.future:
        # "Стройка начнётся, когда область выделит деньги"; "Деньги выплатят тем, кто
        # подаст заявление": only to those who
        out.add("cond")
    if (
        b.future
        and "record" not in m
        and (
            bool(b.kinds & (_SETTLING | {"talks"}))  # "will be put out to consultation"
            or (bool(b.head) and b.head in a.content)
            or _names_kind(a, b)
            or bool(a.content & b.content)
        )
    ):
        out.add("future")
    if out == {"contrast"} and b.n_words > _SHORT and not b.kinds & {"settle", "pend"}:
        return frozenset()  # "But when the CEO announced ...": a long turn of the story
    if b.n_words > _LEAD_SHORT and len(out) < 2 and not b.leans:
        return frozenset()  # one marker deep in a long sentence is mostly its own clause's
    return frozenset(out)


def qualifies_claim(claim: str, text: str, language: str, *, after_lead: bool = False) -> bool:
    """Whether ``text``, right after ``claim``, qualifies it (False for other languages).

    ``after_lead``: ``claim`` is the article's lead, where ``lead_stance`` also decides.
    """
    a, b = profile(claim, language), profile(text, language)
    if a is None or b is None:
        return False
    if any(signals(a, b).values()):
        return True
    if not after_lead:
        return False
    a, b = profile(claim, language, True), profile(text, language, True)
    return a is not None and b is not None and bool(lead_stance(a, b))


# Kinds of a noun that names the claim as a whole ("The ruling", "Решение", "The plan",
# "The figures", "The report"): a qualifier two sentences on that opens with one is about
# the claim, not about the sentence between. (Not a study's words: "The cause has not been
# disclosed" is a detail left out, not a limit.)
_CLAIM_NOUN = frozenset(
    {"settle", "plan", "measure", "talks", "accord", "told", "info", "result", "estimate"}
    | {"schedule", "view", "shell"}
)
# Signals that need the claim's kind (a study's limit, talks apart, a measure's end): about
# the claim wherever they stand.
# (a study or its authors named: "trial" alone is as often a court's)
_OF_KIND = {
    "study_limit": frozenset({"study", "source"}),
    "hedged_finding": frozenset({"study", "source"}),
    "disagreement": frozenset({"talks", "accord"}),
    "temporary_end": frozenset({"measure"}),
    "bounded": frozenset({"measure"}),
}
_NAMED = frozenset({"pending", "negated_settling", "conditional", "temporary", "doubt"})
# A study's limit proper, two sentences on: what it was got in, how small or early it is,
# what else may explain it (not a mention of mice or of a study in the story of the work).
_LIMIT = frozenset({"in_animals", "prelim", "small", "needstudy", "confound"})


_CLAUSE_WORD = re.compile(
    # (not "provided that", "given that", "so that": a condition or a purpose of the clause)
    r"(?<!provided )(?<!providing )(?<!given )(?<!so )(?<!now )(?<!assuming )"
    r"\b(?:that|which|who)\b|(?<!\w)(?:что|чтобы|который|которая|которое|которые)(?!\w)",
    re.IGNORECASE,
)


def _main_clause(text: str) -> str:
    """``text`` up to its first subordinate clause ("that", "which", "что", "который")."""
    m = _CLAUSE_WORD.search(text)
    return text[: m.start()] if m else text


def _tells(text: str | None, language: str) -> bool:
    """Whether ``text`` reports something said ("ISIS claims the man is a spy")."""
    p = profile(text, language) if text is not None else None
    return p is not None and bool(p.kinds & {"report", "told"})


# A definite opening in English: the article or a demonstrative ("The drug", "This plan";
# not a possessive, "His lawyer", whose owner is the nearer antecedent).
_RENAME_DET = frozenset(words("the this these"))
_RU_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn")


def _opening_noun(text: str, language: str) -> str:
    """The head noun of ``text``'s opening definite noun phrase, stemmed ("drug" in "The
    new drug has not been approved", "препарат" in "Однако препарат пока не одобрен"), after
    an opening contrast word; "" when it opens otherwise (a pronoun, a name, a verb).

    English, with no tagger here: the last word of the run of non-stopwords after "the",
    "this" or "these" (at most three: "The new drug"), or its owner ("The pill's launch":
    "pill"). Russian, with no articles: the first
    noun in the nominative (or an inanimate one, which pymorphy2 also reads as accusative)
    after at most two determiners or adjectives, not a proper name (pymorphy2's tags).
    """
    toks = words(text)
    if language == "en":
        stop = stopwords("en")
        at = 1 if toks[:1] and toks[0] in _OPEN_CONTRAST_WORDS else 0
        if len(toks) < at + 2 or toks[at] not in _RENAME_DET:
            return ""
        run = []
        for w in toks[at + 1 : at + 4]:
            if w in stop or not re.sub(r"[-'’]", "", w).isalpha():
                break
            run.append(w)
            if _POSSESSIVE.search(w):
                break  # "The BBC's decision": what is named is its owner
        return light_stemmer("en")(_POSSESSIVE.sub("", run[-1])) if run else ""
    analyse, _ = _russian()
    at = 1 if toks[:1] and toks[0] in _OPEN_CONTRAST_WORDS else 0
    for w in toks[at : at + 3]:
        p = analyse(w)
        if p.tag.startswith("NOUN"):
            ok = ("nomn" in p.tag or "inan" in p.tag) and not any(t in p.tag for t in _RU_PROPER)
            return p.lemma if ok else ""
        if not (w in _DEFINITE["ru"] or p.tag.split(",")[0] in _RU_ADJ):
            return ""
    return ""


_POSSESSIVE = re.compile(r"['’]s?$")  # "the trial's results" names the trial
# Any quotation mark, opening or closing: direct speech is its speaker's, not the claim's.
_SPEECH_MARKS = frozenset('"«»“”„')
# Opening contrast words a definite subject may follow ("However, the drug ...").
_OPEN_CONTRAST_WORDS = frozenset(words("but however yet однако но"))


def _named_in(noun: str, text: str | None, language: str) -> bool:
    """Whether ``text`` names ``noun`` (a stem or a lemma from ``_opening_noun``)."""
    if not text:
        return False
    if language == "en":
        light = light_stemmer("en")
        return any(light(_POSSESSIVE.sub("", w)) == noun for w in words(text))
    analyse, _ = _russian()
    return any(noun in analyse(w).forms for w in words(text) if w[:1] == noun[:1])


def _renamed_stance(a: Profile, m: Profile) -> bool:
    """Whether ``m`` (a main clause) says the claim's settling is still to come, denied
    (not a detail left out, "did not disclose the price", nor a dispute denied, "did not
    contest the fine"), conditional or temporary."""
    if "withheld" in m.negated:
        return False
    said = signals(a, m)
    if said["pending"] or said["conditional"] or said["temporary"]:
        return True
    return said["negated_settling"] and bool(m.negated & {"settle", "confirm", "pend", "act"})


def qualifies_across(
    claim: str, text: str, language: str, between: str | None = None, *, after_lead: bool = False
) -> bool:
    """Whether ``text``, two sentences after ``claim`` (``between`` in between), qualifies it.

    Stricter than ``qualifies_claim``: most stance two sentences on is about the sentence
    between. Only a signal that needs the claim's kind (a study's limit after a study, talks
    apart after talks or an agreement, a measure's end after a measure), or one said of a
    noun that names the claim as a whole ("Решение пока не вступило в законную силу" after
    a court's award; "The results", "The date"), or the claim named as one side's view or a
    guess ("Это прогноз аналитиков"), or a remark taken back by its speaker; not a
    question, direct speech or a long sentence.

    ``after_lead``: ``claim`` is the article's lead. There, a settling still to come or
    denied, a condition or a time limit said of an opening definite noun the sentence
    between does not name is about the claim's subject named again ("The drug has not been
    approved" two after "a once-weekly pill", the maker named between). Later in an
    article such a noun is mostly someone or something new (on CNN's articles, 20 of 20
    such readings were; docs/benchmarks.md, "Qualifiers: round twelve").
    """
    a, b = profile(claim, language), profile(text, language)
    if (
        a is None
        or b is None
        or not b.kinds  # no stance word at all: most sentences, decided without signals
        or b.n_words >= _LONG
        or text.lstrip()[:1] in _QUOTE_MARKS
    ):
        return False
    said = {k for k, v in signals(a, b).items() if v}
    # the claim named as one side's view or a guess ("Это прогноз аналитиков"), or something
    # said taken back by its speaker ("On Monday he took the remark back")
    if "labelled" in b.kinds or (
        "retract" in b.kinds and "report" in a.kinds and (b.leans or b.refers or b.definite)
    ):
        return True
    # a reported claim, and its subject's answer naming the report ("The club has neither
    # confirmed nor denied the reports", "эту информацию не подтвердили"); unless the
    # sentence between tells a report of its own, the nearer thing "the claims" name
    if (
        "told_ref" in b.kinds
        and "report" in a.kinds
        and said & {"negated_settling", "doubt", "unsaid"}
        and not _tells(between, language)
    ):
        return True
    # the parties, named back, have not yet settled it ("Клубы пока не договорились о сумме",
    # "The two sides have yet to agree on a price"): what the claim needs is not there yet
    if (
        b.definite
        and (
            (b.negated & {"settle"} and bool(b.kinds & {"still", "bound", "notyet"}))
            or {"notyet", "settle"} <= b.kinds
        )
        and said & {"pending", "negated_settling"}
    ):
        return True
    if said & _NAMED and b.subject_kinds & _CLAIM_NOUN:
        # said of the noun: in its own clause, not in one it introduces ("The story was
        # that the family did not approve" tells the story, it does not qualify it)
        main = _main_clause(text)
        m = profile(main, language) if main != text else b
        if m is not None and any(signals(a, m)[k] for k in _NAMED):
            return True
    # the claim's subject named again, by another noun or its own, with no nearer thing of
    # that name between ("The drug has not been approved by any regulator" two after "a
    # once-weekly pill", the maker named between; "Препарат пока не одобрен"): a settling
    # still to come or denied, a condition or a time limit, said of it in its own clause
    if (
        after_lead
        and said & _NAMED
        and not _SPEECH_MARKS.intersection(text)
        and (noun := _opening_noun(text, language))
        and not _named_in(noun, between, language)
    ):
        main = _main_clause(text)
        m = profile(main, language) if main != text else b
        if m is not None and _renamed_stance(a, m):
            return True
    if not b.kinds & _LIMIT:
        said -= {"study_limit", "hedged_finding"}
    if "apart" not in b.kinds:
        said.discard("disagreement")  # talks apart, in words ("gaps remain"), not any negation
    # otherwise B must point back in so many words (not merely be short): a pronoun or
    # connective, a demonstrative, a definite noun phrase or a content word of A's; or be a
    # short statement of a study's limit ("Пока опыты проводились только на мышах")
    refers = (
        b.leans
        or b.refers
        or b.definite
        or bool(a.content & b.content)
        or (b.n_words <= _SHORT and bool(said & {"study_limit", "hedged_finding"}))
    )
    # the claim's kind told by A, or by B's noun for it ("The closure will remain ...")
    kinds = a.kinds | b.subject_kinds
    return refers and any(kinds & _OF_KIND[k] for k in said & _OF_KIND.keys())


def may_qualify(text: str, language: str) -> bool:
    """Whether ``text`` could qualify some claim (its stance alone, the cautious reading)."""
    b = profile(text, language)
    if b is None or b.question:
        return False
    return bool(
        b.kinds
        & {
            "neg",
            "pend",
            "still",
            "await",
            "temp",
            "cond",
            "if",
            "doubt",
            "modal",
            "only",
            "contrast",
            "undo",
            "bounded",
            "apart",
            "rumour",
            "mute",
        }
    )


def qualifies(
    text: str, language: str, previous: str | None = None, *, after_lead: bool = False
) -> bool:
    """True when ``text``, following the claim ``previous``, qualifies it: says it is pending,
    temporary or conditional, unconfirmed or denied, without agreement, or a study's finding
    with limits (``nutgraf.summarize.qualify``). ``after_lead``: ``previous`` is the
    article's lead, where a lower bar applies (``qualify.lead_stance``).

    Without ``previous``: whether ``text`` could qualify some claim (the cautious reading).
    """
    if previous is None:
        return may_qualify(text, language)
    return qualifies_claim(previous, text, language, after_lead=after_lead)


# Signals that state the claim's own status (pending, unconfirmed, temporary, conditional,
# a study's limit, talks apart): not the weak ones (modality, contrast, restriction, a
# negation leaning on the sentence before) nor a detail left unsaid ("No cause was
# given"), which two sentences on are as a rule about the sentence between.
_STATUS = frozenset(
    {"negated_settling", "pending", "temporary", "conditional", "doubt", "study_limit"}
    | {"hedged_finding", "temporary_end", "bounded", "disagreement", "silent"}
)

# ... and said in a word of status (approve, confirm, provisional, in mice, appeal, until)
# or of a noun naming the claim (the figures, the measure, the report), not only in
# closed-class words ("Keepers have not yet named her": "not yet" alone).
_STATUS_WORDS = frozenset(
    {"pend", "temp", "settle", "act", "doubt", "falsity", "rumour", "deny", "confirm", "mute"}
    | {"study", "animal", "prelim", "trialrun", "assoc", "apart", "unsay", "estimate"}
    | {"thwart", "cond", "require", "small", "confound", "negdeg", "await", "final", "bound"}
    | {"measure", "last", "result", "info", "told", "view", "schedule", "defence", "revisable"}
)


def qualifies_lead_across(lead: str, text: str, language: str, between: str | None = None) -> bool:
    """Whether ``text``, two sentences after the article's ``lead`` (``between`` in between),
    qualifies it: ``qualifies_across``, or any signal of the claim's status read as if
    ``text`` came right after the lead. A story's qualifiers are about its main claim (the
    ruling to be appealed, the figure to be revised, the finding that is only an
    association) more often than about the detail between.
    """
    if qualifies_across(lead, text, language, between, after_lead=True):
        return True
    a, b = profile(lead, language), profile(text, language)
    m = profile(between, language) if between is not None else None
    if (
        a is None
        or b is None
        or not b.kinds & _STATUS_WORDS
        or b.question
        or b.n_words >= _LONG
        or text.lstrip()[:1] in _QUOTE_MARKS
    ):
        return False
    # about the lead, not the sentence between: a definite noun phrase opens it ("The
    # figures", "Скидка"), or it names what the lead names and the sentence between does not
    if not (b.definite or (b.content & a.content) - (m.content if m is not None else frozenset())):
        return False
    return any(on for kind, on in signals(a, b).items() if kind in _STATUS)

"""The hand-written word lists, by stance kind (``KINDS``), and the closed classes
of determiners the reading of a sentence needs."""

from __future__ import annotations

from nutgraf.summarize.cues import words

# Hand-written lexicons, by stance kind. No maintained package ships a hedging or stance
# lexicon for English and Russian; these are the closed classes (negation, modals,
# conditionals) and the few open-class stems of the five kinds the summarizer must keep.
# They are written as dictionary words; Snowball (en) and pymorphy2 (ru) map every
# inflection to them (``stems``), and the signals (``decide``) combine them with reference
# and position.
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
    "provided-that subject-to only-if only-while only-when only-once only-after as-long-as "
    "so-long-as",
    "if": "if",
    "pend": "pending review reconsider await awaiting revisit evaluate in-due-course "
    "for-approval for-ratification for-review under-review under-consideration on-hold",
    "still": "yet still until later early remain",  # pending only beside a settling or negation
    "temp": "temporary temporarily interim provisional tentative expire =lapse =lapses revoke "
    "experimental as-an-experiment "
    "stopgap for-the-time-being until-further-notice",
    # A measure: what a temporary end or a time bound is about ("banned", "a cap", "закрыли").
    "measure": "ban cap cut freeze curfew lockdown closure restriction measure suspend suspension "
    "legislation "
    "moratorium embargo discount waive subsidy postpone postponement halt shut exemption rebate",
    # Undoing a measure: temporary when foreseen ("would be lifted once ..."), not when done.
    "undo": "lift rescind repeal scrap reverse reinstate revert phase-out extend renew "
    "prolong resume reopen restore",
    # Lasting verbs: "remains in place until", "applies until" bound the measure in time.
    "last": "last remain apply valid force effect run suspend ban halt restrict shut",
    # Who a measure is for: restricted beside "only" ("Only households that ... are eligible").
    "scope": "=eligible =eligibility entitle",
    # Left out of a measure: "Larger firms are excluded from the scheme".
    "excluded": "=excluded ineligible",
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
    "inconclusive fruitless unconvinced",
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
    "animal": "mice mouse rat rats monkey monkeys guinea-pigs guinea-pig hamsters rabbits "
    "zebrafish macaques ferrets ferret hamster primates in-vitro petri cell-culture cell-cultures "
    "grown-in-the-lab plastic-plates",  # and "in animals", in ``constructions``
    # Harm: its negation after an incident is an outcome ("The driver was not injured"),
    # not a limit of the claim.
    "harm": "injure injury hurt harm unharmed unhurt wound damage casualty",
    # A finding not yet firm: "The findings are preliminary", "not yet published".
    "prelim": "preliminary unpublished provisional incomplete",
    # A measure run as a test: "part of a six-week experiment", "a pilot scheme".
    "trialrun": "=experiment pilot-scheme pilot-project trial-period trial-basis",
    # What a subject tells: with "report", withheld ("have given no figure") it is unsaid.
    "info": "figure detail information data =number =total =toll",
    # A finding of co-occurrence, which a study's authors stress is not a cause.
    "assoc": "association associate correlation correlate correlational",
    # A measure's end at a named time: "a trial that ends in October".
    "ending": "end ends expire expires =lapse =lapses =lapsing",
    # What reports a finding (a claim that a study's limit may follow), or, negated after
    # one, its limit ("has not been shown in humans").
    # ("found" and "show" are left out: "was found dead", "a TV show".)
    "finding": "trial =experiment =experiments find suggest conclude shown",
    "source": "researcher scientist =author =authors",  # A reports a study
    # A study's authors hedging their own finding ("the authors caution that the coffee
    # drinkers also smoked less"; not "warn", as often a finding's consequence).
    "caution": "caution caveat",
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
    "obstacle hurdle stumbling-block in-dispute bone-of-contention point-of-contention",
    # Talks to be carried on: "agreed to meet again", "will reconvene", "adjourned".
    "again": "continue reconvene adjourn again resume",
    "talks": "=talks negotiate negotiation negotiator meeting summit consult mediate mediator "
    "discuss discussion bargaining",
    # An agreement named in the claim: what talks are for, even where no talks word stands
    # ("ministers gathered to work on a trade pact", then "progress was slow").
    "accord": "deal pact treaty =accord =accords agreement settlement compromise ceasefire truce "
    "takeover merger acquisition common-ground",
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
    # A person's exit, as a report tells it ("is set to step down, the paper reported").
    "exit": "resign resignation step-down quit departure oust sack part-ways",
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
    "cond": "зависеть зависимость при-условии только-если лишь-если только-после лишь-после "
    "привязать увязать обусловить",
    "if": "если",
    "pend": "предварительный рассматривать рассмотреть рассмотрение пересмотреть экспертиза "
    "рецензирование рецензия рецензировать "
    "пересматривать пересмотр обжаловать обжалование",
    "still": "пока ещё еще окончательно окончательный дальнейший стадия",
    # Awaiting is pending beside a settling ("решение ожидается"); negated it is surprise
    # ("не ожидали такого роста"), not a pending decision.
    "await": "ожидать ждать",
    "temp": "временно временный пробный испытательный истекать отозвать экспериментальный "
    "на-время на-период до-особого-распоряжения в-порядке-эксперимента",
    "measure": "запрет запретить мера ограничение ограничить режим мораторий льгота заморозка "
    "отключить отключение перекрыть "
    "снизить снижение скидка субсидия закрыть закрытие приостановить отсрочка отложить "
    "выплата компенсация компенсировать пособие",
    "undo": "отменить снять возобновить продлить вернуться",
    # Opening, which undoes a closure only after one ("Движение откроют после ремонта").
    "open": "открыть",
    "last": "продлиться действовать сохраниться сохраняться продолжаться рассчитать "
    "закрыть закрытый приостановить запретить ограничить",
    "scope": "право распространяться касаться",
    # (both aspects: pymorphy2 gives each its own lemma, "одобряют": "одобрять")
    "settle": "решение решить утвердить одобрить одобрять согласовать согласовывать соглашение "
    "договорённость договоренность договориться договариваться подписать подписывать подписание "
    "ратифицировать "
    "окончательный разрешение одобрение утверждение согласие сойтись чтение согласование "
    "приговор постановление вердикт",
    "act": "определить объявить назначить обвинение судьба опубликовать раскрыть завершить "
    "финансирование профинансировать найти достигнуть прорыв",
    "doubt": "опровергнуть опровергать отрицать неясно неизвестно непонятно сомнение сомневаться "
    "отвергать отвергнуть невиновность невиновный "
    "оспорить оспаривать якобы необоснованный безрезультатно безрезультатный",
    "falsity": "ложный ложь неправда неверный преувеличенный ошибочный недостоверный",
    "rumour": "слух домысел спекуляция беспочвенный",
    "deny": "выдумка фейк вброс",
    "withheld": "раскрыть раскрывать назвать называть сообщить опубликовать обнародовать "
    "известно уточнить",
    "confirm": "подтвердить подтверждать подтверждение комментировать прокомментировать "
    "комментарий проверить проверять независимо ответить назвать известно обсуждать раскрыть "
    "раскрывать уточнить уточнять подтвердиться подтверждаться ли сверить сверять "
    "согласный согласиться соглашаться",  # "Жители с этим не согласны"
    "mute": "молчать молчание",
    "study": "исследование связь выборка предварительный доказать доказывать доказательство "
    "участник "
    "мышь животное корреляция ограничение испытание причинно-следственный доброволец "
    "наблюдение участвовать опрос препринт",
    "animal": "мышь крыса обезьяна хорёк хомяк кролик",  # and "на животных", in ``constructions``
    "prelim": "предварительный неопубликованный неполный",
    "trialrun": "эксперимент пилотный",
    "info": "данные сведения информация цифра подробность число",
    "harm": "пострадать пострадавший ранить ранение травма травмировать",
    "assoc": "корреляция коррелировать взаимосвязь совпадение",
    "ending": "закончиться завершиться истечь истекать",
    "finding": "испытание эксперимент опыт выяснить заключить прийти-к-выводу",
    "source": "исследователь учёный ученый автор химик биолог физик генетик океанолог климатолог "
    "эпидемиолог",
    "caution": "оговариваться",
    "confound": "повлиять объяснить объясняться",
    "factor": "фактор",
    "other": "другой иной",
    "small": "небольшой малый немногочисленный препринт анкета",
    "apart": "разногласие расхождение разойтись расходиться тупик несогласие спорный по-разному "
    "застопориться спорить спор "
    "буксовать забуксовать медленный медленно препятствие камень-преткновения "
    "при-своём при-своем при-своих предметом-спора предметом-споров предметом-торга "
    "предметом-торгов",
    "again": "продолжить продолжиться возобновить снова вновь отложить",
    "talks": "переговоры переговорщик обсуждать обсудить обсуждение встреча встретиться "
    "консультация саммит раунд",
    "accord": "соглашение договор сделка договорённость договоренность перемирие слияние "
    "поглощение объединиться объединение контракт компромисс",
    "told": "сообщение информация сведения данные слух утверждение обвинение версия",
    "unsay": "дезавуировать оговорка",
    "estimate": "прогноз предположение оценочный",
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
    "exit": "отставка уйти уходить покинуть покидать увольнение уволить уволиться расставаться "
    "расстаться перейти переходить",
    "report": "сообщить сообщать сказать заявить заявлять заявление рассказать рассказывать "
    "объявить объявлять утверждать отметить источник сообщение "
    "представитель пресс-служба писать издание сми",
    "plan": "планировать план намерен намереваться собираться предложить предложение законопроект "
    "проект переговоры обсуждать рассчитывать хотеть программа",
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
# Month and weekday names for the phrase patterns: English as written in news copy, Russian
# as stems every case form starts with ("ноябр" in "1 ноября").
MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
DAYS_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTH_STEMS_RU = "январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр"

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

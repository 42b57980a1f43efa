"""The decisions for the sentence right after a claim: ``signals`` (and ``anchored``),
``lead_stance`` after the lead, and ``qualifies_claim`` / ``qualifies`` over them."""

from __future__ import annotations

import re

from .learned import stance_qualifies
from .lexicon import DAYS_EN
from .reading import Profile, profile

_SHORT = 14  # words: a sentence this short whose subject is left implicit is about A
_LONG = 35  # words: a sentence this long is its own statement
_LEAD_LONG = 45  # words: ... but right after the lead, see ``qualifies_claim``
_STATUS_AFTER_LEAD = ("pending", "doubt", "study_limit", "conditional", "temporary")

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
    "limited_scope",  # "Larger firms are excluded from the scheme.", "Право получат дети из ..."
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
    a design unveiled, "Эта мера ..." after a ban; in Russian, which has no article, a noun
    subject: "Выплаты рассчитаны ..." after "компенсируют"): a reference back without
    shared words. Or a noun for any change or sum ("The money", "Деньги выплатят ...") after
    a plan or measure."""
    opening = b.head_kinds | b.subject_kinds
    return (
        bool(opening & a.kinds & _SHELL)
        or ("shell" in opening and (a.future or bool(a.kinds & {"plan", "measure"})))
        # "Вывод получен с помощью модели" after what climatologists found
        or (
            bool(opening & {"result", "finding"}) and bool(a.kinds & {"study", "source", "finding"})
        )
    )


def signals(a: Profile, b: Profile, *, limit: int = _LONG) -> dict[str, bool]:
    """Which of ``SIGNALS`` say that B qualifies A (all False when B is not about A).

    ``limit``: from this many words B is its own statement (only a negated settling counts).
    """
    if b.question:
        return dict.fromkeys(SIGNALS, False)
    bk, neg = b.kinds, b.negated
    plan = "plan" in a.kinds or a.future
    close = b.leans or b.n_words <= _SHORT  # B's subject is A's
    long = b.n_words >= limit
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
        # (not of a settling told as done: "Контракт подписан в понедельник, а под него
        # предприятие наберёт 150 новых сотрудников")
        ("settle" in bk and "done" not in bk and (b.future or bool(bk & {"oblige", "expected"})))
        or ("confirm" in bk and "oblige" in bk)  # "needs confirmation"
    ) and (close or plan)
    conditional = (bool(bk & {"cond", "notbefore"}) and (plan or b.future or close)) or (
        "if" in bk and (b.future or "modal" in bk) and (plan or b.leans)
    )
    about = anchored(a, b)
    # a window still open to act on the claim ("has three weeks to lodge an appeal")
    # (short enough to be about the claim: "У компании есть месяц на обжалование")
    pending = pending or ("window" in bk and (about or b.n_words <= _LEAD_SHORT))
    # what the claim is does not bind ("The commission's vote is advisory")
    pending = pending or ("notbinding" in bk and about)
    # (or B names the claim as a study's: "The trial was run by the company itself")
    # (or B names the claim's figures and a study's limit: "The figures come from one hospital")
    study_a = bool(
        a.kinds & {"study", "source", "finding"}
        or b.subject_kinds & {"study", "finding"}
        or ("result" in b.subject_kinds and "small" in bk and "study" in bk)
        # (or a reported result, then the trial that gave it described as small: "Сорт
        # испытывали один сезон на опытном поле" after what the breeders reported)
        or ("report" in a.kinds and "small" in bk and "study" in bk and b.definite)
        # (or a reported result, then the tests said to be in cells: "Все опыты проводились на
        # клеточных культурах")
        or ("report" in a.kinds and "in_animals" in bk)
        or {"animal", "study"} <= bk
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
        # a reported claim called false by its subject, named as what was told ("His office
        # said the account was entirely false")
        or (
            "deny" in bk
            and "falsity" in bk
            and "report" in a.kinds
            and "told" in bk
            and b.definite
            and bool(a.content & b.content)
        )
        or ("rumour" in bk and close and "report" in a.kinds)
        # a move reported or told, then the subject staying ("the forward's contract has been
        # extended until 2027", "named Farrell in his squad for Sunday's derby")
        or ("stays" in bk and bool(a.kinds & {"exit", "report", "accord", "settle"}))
        or ("threat" in bk and about)
        # the accused's side answering a reported accusation ("his solicitor said he would
        # fight the charge", "Адвокат задержанного утверждает, что ...")
        or ("defence" in bk and "report" in bk and bool(a.kinds & {"report", "told", "view"}))
        # a figure, then the figure called preliminary ("Those figures are preliminary and
        # cover 92 percent of polling stations")
        or ("prelim" in bk and bool(bk & {"info", "estimate", "result"}) and about)
        # a reported figure, then another source's count of it ("По подсчётам полиции, на
        # площади собрались около шести тысяч человек")
        or (
            "other_count" in bk
            and "number" in bk
            and "report" in a.kinds
            and "number" in a.kinds  # A tells a figure
            and bool(a.content & b.content)  # the same thing counted ("тысяч")
            and b.n_words <= _LEAD_SHORT
        )
        # a report, then its subject's answer to it ("The club answered questions about the
        # report with a statement saying ..."): confirmed, denied or sidestepped, it is the
        # report's status
        or ("report" in a.kinds and "answer_report" in bk),
        # "the link does not prove", "only 40 patients", "may differ in people"
        # (a report's analysis too: "The analysis was paid for by the campaign")
        "study_limit": ("interest" in bk and (study_a or "report" in a.kinds))
        or (
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
        or (study_a and "caution" in bk and "source" in bk)  # "the authors caution that"
        # "heavy tea drinkers could differ in other ways that explain the gap"
        or (study_a and "confound" in bk and bool(bk & {"modal", "can"}))
        # "The research was carried out on mice", "Опыты проводились на мышах"
        or (study_a and "animal" in bk - a.kinds and about)
        # (said in so many words, "the experiments were done in mice": wherever it stands)
        or (study_a and "in_animals" in bk)
        # "The findings are preliminary", "Авторы подчёркивают, что речь идёт о корреляции"
        or (study_a and "prelim" in bk and about)
        # (said by its authors, or "only an association"; not "Humanist Association")
        # (or by its authors named back: "The authors describe the link as a correlation")
        or (
            study_a
            and "assoc" in bk
            and (("source" in bk and (close or b.definite)) or "only" in bk - neg)
        ),
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
        # (or B names the talks itself after a settling told as near: "близки к подписанию",
        # then "оценили ход переговоров сдержаннее, назвав цену главным камнем преткновения")
        or ("apart" in bk and "talks" in bk and bool(a.kinds & {"settle", "accord"}))
        # an agreement named in the claim, not told as settled, then what keeps it apart
        # ("work on a trade pact", then "Progress was slow, with subsidies the main
        # obstacle"; not "signed a supply deal", then "Deliveries will start slowly")
        or ("apart" in bk and "accord" in a.kinds and "settle" not in a.kinds and about)
        # (or a player's move, then the clubs still apart on the fee: "переходит в «Балтиец»",
        # then "«Торпедо-Вега» оценивает игрока в 300 миллионов, «Балтиец» готов заплатить 180")
        or ("apart" in bk and "number" in bk and "exit" in a.kinds and about)
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
        )
        # (or a next round set, at any length: "a further session is scheduled next month"
        # after talks, or after a claim of progress with "left without a text"; not "A second
        # session is scheduled for Tuesday" after a conference opened)
        or (
            "next_round" in bk
            and (bool(a.kinds & {"talks", "accord"}) or bool(bk & {"talks", "neg", "apart"}))
        ),
        # A reported claim, and its subject has said nothing: "The company has issued no
        # statement about his future", "Официальных заявлений от компании не поступало"
        "unsaid": "unsaid" in bk and "report" in a.kinds and about,
        # A plan or measure, then who it is for or who is left out ("Companies with more than
        # 50 staff are excluded from the scheme", "Право на путёвку получат дети из
        # многодетных семей"): the claim holds for some only.
        # (who it is for told as what is to come; not "made a student eligible for a visa")
        # (an entitlement as the subject: "Право на путёвку получат дети из ...")
        # (the plan named by B: "Программа охватывает жителей старше 65 лет")
        "limited_scope": ("excluded" in bk - neg or ("scope" in b.subject_kinds - neg and b.future))
        and (plan or measure or "plan" in b.subject_kinds)
        and about,
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
        # (or calls what was signed non-binding: "What they signed was a memorandum of
        # understanding, with the route left for a binding agreement")
        keep = {"negated_settling"} | ({"pending"} if "notbinding" in bk and about else set())
        out = {k: v and k in keep for k, v in out.items()}
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
    if "record" in m:
        out.discard("bound")  # "The previous mark had stood since 1998": the record's age
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
        # (not after a settling told as done: "The deal was signed on Tuesday and will create
        # 90 jobs" tells what follows the claim, not its status)
        and "done" not in b.kinds
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


def qualifies_claim(
    claim: str, text: str, language: str, *, after_lead: bool = False, second: bool = False
) -> bool:
    """Whether ``text``, right after ``claim``, qualifies it (False for other languages).

    ``after_lead``: ``claim`` is the article's lead, where ``lead_stance`` and the learned
    model (``learned.stance_qualifies``) also decide. ``second``: ``claim`` is the story's
    second sentence, where the learned model decides too, at its strict bar.
    """
    a, b = profile(claim, language), profile(text, language)
    if a is None or b is None or told_as_settled(b):
        return False
    if any(signals(a, b).values()):
        return True
    if second and not after_lead:
        return stance_qualifies(claim, text, language, second=True)
    if not after_lead:
        return False
    # right after the lead, a longer sentence that refers back to it (opening with a
    # definite noun phrase, or naming what the lead names: "Their tests, however, were
    # carried out on cells grown on plastic plates, and ...", "Zoomcab has 28 days to take
    # the case to the Court of Appeal ...") still states the lead's status
    if _LONG <= b.n_words < _LEAD_LONG and (b.definite or bool(a.content & b.content)):
        said = signals(a, b, limit=_LEAD_LONG)
        if any(said[k] for k in _STATUS_AFTER_LEAD):
            return True
    a, b = profile(claim, language, True), profile(text, language, True)
    if a is not None and b is not None and lead_stance(a, b):
        return True
    if a is not None and b is not None and carries_on(claim, text, a, b, language):
        return True
    # what the word lists miss, the learned model may read (``learned``)
    return stance_qualifies(claim, text, language)


# A day just past or at hand: "on Wednesday", "в субботу", "this morning".
_RECENT_DAY = {
    "en": re.compile(
        r"\b(?:on|last|this)\s+(?:" + DAYS_EN + r")\b"
        r"|\b(?:yesterday|this\s+morning|this\s+week|that\s+evening|later\s+that\s+day|the\s+same\s+day)\b"
    ),
    "ru": re.compile(
        r"(?<!\w)во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\w)"
        r"|(?<!\w)(?:вчера|сегодня|на\s+этой\s+неделе|в\s+тот\s+же\s+(?:вечер|день)|тем\s+же\s+вечером|"
        r"вечером\s+того\s+же\s+дня)(?!\w)",
        re.IGNORECASE,
    ),
}
_NAME = re.compile(r"(?<=\s)[A-ZА-ЯЁ][a-zа-яё]{2,}")


def carries_on(claim: str, text: str, a: Profile, b: Profile, language: str) -> bool:
    """A reported exit, then its subject named again going about the job on a day just past
    ("Reyes chaired the society's annual meeting on Wednesday", "В субботу Давыдов провёл
    утреннюю тренировку"): the report is told against by what its subject does, without a
    word of denial. Not when B tells the exit itself or says nothing of a recent day."""
    day = _RECENT_DAY.get(language)
    if day is None or not ({"report", "exit"} <= a.kinds) or b.question:
        return False
    if b.kinds & {"exit", "confirm", "neg"} or b.markers & {"quote"}:
        return False
    names = {n[:5] for n in _NAME.findall(" " + claim)}
    opening = text.split()[:5]
    named = any(w.strip(",.«»\"'")[:5] in names for w in opening if w[:1].isupper()) or (
        # "Сам актёр в среду вечером вышел на сцену": the subject himself, named by his role
        bool(opening) and opening[0] in {"Сам", "Сама", "Сами"}
    )
    return named and bool(day.search(text))


# What a sentence of a study's strength or a decision's finality may also say and still
# qualify: a limit, a doubt, something pending or undone ("The study of 12,000 people was
# observational", "The vote was unanimous, but the county must still approve the plan").
_OPEN = frozenset(
    {"pend", "still", "notyet", "await", "temp", "doubt", "apart", "cond", "if", "modal", "neg"}
    | {"undo", "threat", "thwart", "prelim", "revisable", "small", "confound", "assoc", "animal"}
    | {"in_animals", "window", "next_round", "notbinding", "contrast", "only", "rumour", "deny"}
    | {"can", "weak", "interest", "caution", "selfreport"}
)


def told_as_settled(b: Profile) -> bool:
    """Whether B tells only a study's strength or a decision's finality ("published in a
    peer-reviewed journal", "The vote on Tuesday night was unanimous", "Решение вступило в
    законную силу"): it makes the claim firmer, so it never qualifies it."""
    # (a vote or a review named in it is the decision taken, not one pending; "без замечаний",
    # "не стал обжаловать" negate what would have kept it open)
    if "done" in b.kinds and not b.future:
        return not (b.kinds & _OPEN - {"pend", "neg"} or b.negated - {"settle", "shell"})
    return "robust" in b.kinds and not b.future and not (b.kinds & _OPEN - {"pend"} or b.negated)


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
    text: str,
    language: str,
    previous: str | None = None,
    *,
    after_lead: bool = False,
    second: bool = False,
) -> bool:
    """True when ``text``, following the claim ``previous``, qualifies it: says it is pending,
    temporary or conditional, unconfirmed or denied, without agreement, or a study's finding
    with limits (``nutgraf.summarize.qualify``). ``after_lead``: ``previous`` is the
    article's lead, where a lower bar applies (``qualify.lead_stance``); ``second``: the
    story's second sentence, where the learned model reads it at its strict bar.

    Without ``previous``: whether ``text`` could qualify some claim (the cautious reading).
    """
    if previous is None:
        return may_qualify(text, language)
    return qualifies_claim(previous, text, language, after_lead=after_lead, second=second)

"""How words stand together: negation scope and the constructions one word does not
make ("remains in place until", "has yet to", "may block the takeover")."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from nutgraf.summarize.cues import words

from .lexicon import _DEFINITE, _DEMONSTRATIVE
from .phrases import phrase_kinds
from .phrases_decision import _STEPS_AHEAD
from .stems import _russian

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


def _failed_ru(toks: list[str]) -> bool:
    return any(w == "не" and nxt in _FAILED["ru"] for w, nxt in pairwise(toks))


_NOT_ONLY_NEG = frozenset(words("not не"))
_NOT_ONLY_ONLY = frozenset(words("only только лишь"))
# "Не случайно", "не зря", "not surprisingly", "no coincidence": an affirmation, not a negation.
# "Не менее трёхсот", "no less than": at least, not a negation.
_NOT_BY_CHANCE = frozenset(
    words(
        "случайно зря напрасно удивительно менее меньше surprisingly coincidence accident wonder "
        "less fewer least"
    )
)
# "Not one of its colleges", "not a single": a quantifier's negation, as "none".
_NOT_ONE = (["one", "of"], ["a", "single"])
_BE_BEFORE = frozenset(words("is are was were be"))  # "is not one of capability": a copula's
# "put the game beyond doubt", "without doubt", "вне сомнений": certainty, not doubt.
_BEYOND = frozenset(words("beyond without вне без"))
_NOT_BY_CHANCE_NEG = frozenset(words("not no не"))
_RU_NOMINAL = frozenset({"NOUN", "ADJF", "NPRO", "NUMR"})
_NOT_X_BUT_Y = re.compile(r"(?<!\w)не\s+[^,.;:]{1,60},\s+а\s+", re.IGNORECASE)
_NOT_STOPPING = re.compile(
    r"(?<!\w)на\s+этом\s+(?:\S+\s+){0,5}?(?:не\s+(?:\S+\s+)?(?:останов|законч|огранич|заверш)"
    r"|(?:останавлива|ограничива)\w*\s+не\s+(?:собира|намер|планир))",
    re.IGNORECASE,
)
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
_NOT = frozenset(words("not no не cannot can't won't"))  # not "never before", a record
_NOTHING = frozenset(words("nothing"))
_NEG_WORDS = frozenset(words("not never"))


def _clauses(text: str, n: int) -> list[int]:
    """The clause (between commas, dashes, colons) of each of the ``n`` words of ``text``."""
    out = [i for i, part in enumerate(_PUNCT.split(text)) for _ in words(part)]
    return out if len(out) == n else [0] * n


_PUNCT = re.compile(r"[,;:—–()]")

# An epistemic reading of "could", "can", "would", "мочь": before these ("could be
# extended", "can only show", "может не подтвердиться"), or a Russian reflexive infinitive
# ("сроки могут сдвинуться"); "The centre can treat 200 patients" is a capacity.
_EPISTEMIC_AFTER = {
    "en": frozenset(words("be have not still only also change")),
    "ru": frozenset(words("быть не лишь только ещё еще и")),
}

_QUOTE_MARKS = frozenset("\"“«„'‘")

_MONTHS_EN = (
    "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_MONTHS_RU = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"

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
    # "not only", "не только": a widening, neither a negation nor a restriction
    for j in range(len(toks) - 1):
        if toks[j] in _NOT_ONLY_NEG and toks[j + 1] in _NOT_ONLY_ONLY:
            per_token[j].discard("neg")
            per_token[j + 1].discard("only")
        elif (
            toks[j] in _NOT_BY_CHANCE_NEG
            and toks[j + 1] in _NOT_BY_CHANCE
            and toks[j - 1 : j] != ["тем"]  # "тем не менее": nevertheless
        ):
            per_token[j].discard("neg")
        elif (
            toks[j] == "not"
            and toks[j + 1 : j + 3] in _NOT_ONE
            and not _BE_BEFORE & set(toks[j - 1 : j])
        ):
            per_token[j] -= {"neg"}
            per_token[j].add("negq")
        if toks[j] in _BEYOND and "doubt" in per_token[j + 1]:
            per_token[j + 1].discard("doubt")
        # "Still lifes fill the first rooms": a painting's genre
        if toks[j] == "still" and toks[j + 1] in ("life", "lifes", "lives"):
            per_token[j] -= {"still", "contrast"}
    # a correction, not a negation: "героем вечера стал не автор шайбы, а вратарь" (a noun
    # after "не"; not "объявления сеть не делала, а мэрия узнала", a verb negated)
    if lang == "ru" and _NOT_X_BUT_Y.search(text):
        analyse, _ = _russian()
        for m in _NOT_X_BUT_Y.finditer(text):
            at = len(words(text[: m.start()]))
            if (
                at + 1 < len(toks)
                and toks[at] == "не"
                and analyse(toks[at + 1]).tag.split(",")[0] in _RU_NOMINAL
            ):
                per_token[at].discard("neg")
    # more to come, not less: "на этом благоустройство не закончится", "на этом больница
    # останавливаться не собирается" (the negation says the claim is exceeded)
    if lang == "ru" and (stop := _NOT_STOPPING.search(text)):
        at = len(words(text[: stop.start()]))
        for j in range(at, min(len(toks), at + 8)):
            if toks[j] == "не":
                per_token[j].discard("neg")
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
    out |= phrase_kinds(text, lang)
    # steps of settling still ahead: "впереди ещё два чтения и подпись президента", "a
    # vote and a review still lie ahead"
    if _STEPS_AHEAD[lang].search(text) and any(ks & {"settle", "act", "pend"} for ks in per_token):
        out.add("notyet")
    return out


# Closed classes of the constructions in ``_said_of_claim`` (hand-written like the lists
# in ``lexicon``; no package tags these constructions).
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
    # said in error: "had been published by mistake", "опубликовали по ошибке"; the record
    # corrected ("amended the parliamentary record", "corrected the figures")
    if any(pair in _IN_ERROR for pair in pairwise(toks)):
        out |= {"retract", "doubt"}
    for j, w in enumerate(toks):
        if w.startswith(_CORRECT) and _SAID_THING.intersection(toks[j + 1 : j + 4]):
            out |= {"retract", "doubt"}
        # a correction issued ("issued a correction", "разослал уточнение"), an error that
        # crept in ("вкралась ошибка")
        if w in _CORRECTION and any(t.startswith(_ISSUED) for t in toks[max(0, j - 3) : j]):
            out |= {"retract", "doubt"}
        if w.startswith("ошибк") and j and toks[j - 1].startswith("вкрал"):
            out |= {"retract", "doubt"}
        # a study paid for by an interested party ("bankrolled by Dairyfield, which sells
        # the drink", "исследование оплатил производитель"): a limit of its finding
        paid = w.startswith(_PAID_FOR[lang]) or (w == "paid" and toks[j + 1 : j + 2] == ["for"])
        # (B names the study or the work: "Финансировала работу молочная компания")
        if paid and (
            any(ks & {"finding", "study", "source", "result", "small"} for ks in per_token)
            or any(t.startswith(_STUDY_WORK) for t in toks)
        ):
            out.add("interest")
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
                    or _WILL_BE.issubset(toks[max(0, j - 3) : j])  # "will be replaced"
                    # "будет скорректирована"
                    or bool(_RU_WILL.intersection(toks[max(0, j - 2) : j]))
                    # "the office will revise it in June" (not "will rise": a forecast)
                    or ("will" in toks[max(0, j - 2) : j] and w.startswith(_AMEND))
                )
                and not any("neg" in ks for ks in window)  # "would not be revised"
            ):
                out |= {"revisable", "doubt"}
    return out


_LAWYER = frozenset(words("lawyer lawyers solicitor solicitors attorney attorneys barrister"))
_WHOSE = frozenset(words("his her their"))
_DEFENCE = frozenset(words("defence defense"))
_IN_ERROR = frozenset({("by", "mistake"), ("in", "error"), ("по", "ошибке")})
_CORRECTION = frozenset(words("correction уточнение опровержение"))
_ISSUED = ("issu", "publish", "разосл", "опубликова", "распространи", "выпусти")
_PAID_FOR = {
    "en": ("bankroll", "sponsored", "funded", "financed", "paid for"),
    "ru": ("профинансир", "оплатил", "оплачен", "спонсир", "финансировал"),
}
_CORRECT = ("amended", "corrected", "исправил", "исправл")
_STUDY_WORK: tuple[str, ...] = ("work", "research", "experiment", "trial", "analys", "survey")
_STUDY_WORK += ("poll", "report", "review", "работ", "эксперимент", "испытани", "анализ", "опрос")
_STUDY_WORK += ("доклад", "отчёт", "отчет")
_SAID_THING = frozenset(
    words("record figure figures number numbers statement remarks remark claim report")
    + words("данные цифру цифры заявление слова сообщение публикацию")
)
# Verbs of a figure changing or being revised, by prefix (the modal before them is read),
# and how often a later count changes it ("Росстат нередко её снижает").
_OFTEN = frozenset(
    words("often usually sometimes frequently typically нередко часто обычно иногда")
)
_WILL_BE = frozenset(words("will be"))
_AMEND = ("revis", "updat", "correct", "amend")
_RU_WILL = frozenset(words("будет будут"))
_REVISE = {
    "en": ("chang", "rise", "risen", "grow", "climb", "increas", "revis", "fall", "firm", "replac"),
    "ru": ("измен", "вырас", "увелич", "пересмотр", "уточн", "скорректир", "сниз", "сниж", "повыс"),
}

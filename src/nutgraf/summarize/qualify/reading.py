"""A sentence into its ``Profile``: stance kinds per word, the constructions, what it
refers back with, and the closed-class markers the rule after the lead reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from nutgraf.analyse.keywords import stemmer as light_stemmer
from nutgraf.analyse.keywords import stopwords
from nutgraf.summarize.cues import PRONOUNS, leans_back, words

from .constructions import (
    _EPISTEMIC_AFTER,
    _FAILED,
    _NOT_BEFORE,
    _QUOTE_MARKS,
    _SCOPE,
    _STREAK,
    _UNTIL,
    _failed_ru,
    _negated,
    _structures,
)
from .lexicon import _CALENDAR, _DEFINITE, _DEMONSTRATIVE
from .stems import _PREFIX_RU, _english, _phrases, _russian, _Word


def _refers(toks: list[str], lang: str) -> bool:
    """Whether a demonstrative determiner inside the sentence (not its first word, which
    ``leans`` reads) points back at the sentence before: "to check these accounts"."""
    dem, calendar = _DEMONSTRATIVE[lang], _CALENDAR[lang]
    if any(w in dem and nxt not in calendar for w, nxt in pairwise(toks[1:])):
        return True
    # "the two sides", "стороны подписали": the parties the sentence before named (not "со
    # стороны властей", from someone's side)
    return any(w in _PARTIES[lang] and prev not in _FROM_SIDE for prev, w in pairwise(["", *toks]))


# "The 48-week trial": the unit of a number-word is not the head noun
_UNIT_WORDS = frozenset(words("day week month year hour minute mile metre kilometre"))
_PARTIES = {"en": frozenset({"sides"}), "ru": frozenset({"стороны", "сторон", "сторонам"})}
_FROM_SIDE = frozenset({"со", "с", "по"})


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

# First and second person outside quotations: an essay or a column, whose opening lines are
# not a news claim and its qualifier.
_PERSONAL = {
    "en": frozenset(words("i we you my our your us me")),
    "ru": frozenset(words("я мы вы наш наша наше наши ваш ваша ваше ваши нас вас")),
}
_QUOTED = re.compile(r"[\"“«„][^\"”»“«„]*[\"”»]")

# A negated participle or adjective: "unresolved", "undecided", "unconfirmed", "unclear",
# "unproven" (not "united", "under", "until": the rest is not a participle).
# (not what stays as it was or a record: "left unchanged", "unprecedented", "unbeaten")
_UN_PARTICIPLE = re.compile(
    r"^(?:un|non-?)(?!i|der|til|changed$|altered$|precedented$|paralleled$|rivall?ed$|beaten$)"
    r"[a-z]{3,}(?:ed|en|ain|ear|own|able|ible)$"
)
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
_ASSOCIATION_NAME = re.compile(r"(?<=\w )Association\b")
_ASSOCIATION_WORD = re.compile(r"\bassociation\b")
_ASSOCIATION_OWNS = frozenset({"association's", "association’s", "associations'"})
_STILL_LIFE = (["still", "life"], ["still", "lifes"], ["still", "lives"])
_POSTS = frozenset(
    words(
        "chief ceo president head director manager coach leader chair chairman chairwoman "
        "boss governor mayor minister prime secretary principal"
    )
)
# A record, not what holds still: "Still the highest level since 2008, the rate ...".
# Or what someone was still doing: "Still clutching the notebook, she showed little reaction".
_STILL_RECORD = re.compile(
    r"^\W*still\s+(?:(?:the\s+|its\s+|their\s+)?(?:\w+est|most|least)|\w{3,}ing|only\s+\d+|"
    r"un\w{3,}(?:en|ed))\b",
    re.IGNORECASE,
)
_ONLY_NOT_AFTER = frozenset(words("not the не единственный"))
_WHILE_PAST = {
    "en": re.compile(
        r"^\W*until\s+(?:now|recently|then|last\s+\w+\b|[^,]{0,60}?\b(?:began|started|opened|"
        r"arrived|came|was|were|had|launched|\w{2,}[^e\W]ed)\b[^,]*,)"
        # "Until the launch, commuters relied on a bus": a past main clause, no present
        r"|^\W*until\s+[^,]{1,40},(?![^.]*\b(?:will|is|are|remains?|stays?|continues?)\b)"
        r"[^.]*\b(?:had|was|were|\w{2,}[^e\W]ed)\b"
        # "While the building was closed, the library lent books" (not "While he is ...")
        r"|^\W*while\s+(?![^,]*\b(?:is|are|remains?|has|have|will)\b)[^,]{0,60}?\b(?:was|were|"
        r"had|\w{2,}[^e\W]ed)\b[^,]*,",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*пока\s+(?!что\b|ещё\b|еще\b)(?![^,]*\bне\b)[^,]{0,60}?\b[а-яё]+(?:л|ла|ло|ли|лся|лась|"
        r"лось|лись)\b[^,]*,"
        # "До сих пор большая часть коллекции хранилась в запасниках" (not "до сих пор не ...")
        r"|^\W*до\s+сих\s+пор\s+(?![^.]*(?<!\w)не(?!\w))[^.]*?(?<!\w)[а-яё]+(?:л|ла|ло|ли|лся|лась|"
        r"лось|лись)(?!\w)",
        re.IGNORECASE,
    ),
}
# "Лишь за первую неделю поступило 400 тонн": how soon, not how far the claim reaches.
# Words in -er that are no comparatives ("other than", "rather", "never").
_NOT_COMPARATIVE = r"(?:oth|rath|eith|neith|wheth|nev|ov|und|aft|howev|togeth|furth)er\b"
_JUST_WITHIN = {
    "en": re.compile(
        r"\b(?:only|just)\s+(?:in\s+)?(?:its|the)\s+first\s+(?:day|week|month|year|hours?)\b"
        # a rarity: "Only one other club has won three titles in a row"; an age: "Only 26
        # years old, she broke the record"
        r"|\bonly\s+(?:one|two|three|four|five|a\s+handful\s+of|a\s+few|\d+)\s+other\b"
        r"|\b(?:only|just)\s+\d+\s+years?\s+old\b|^\W*(?:still\s+)?only\s+\d{1,2}\s*,"
        # a record approached once: "Only the 1954 floods came close"
        r"|\bonly\s+[^,.;]{1,40}?\b(?:came|come|comes|has\s+come|had\s+come)\s+close\b"
        # "Only its flagship in west London is larger", "Only the original line drew more
        # riders", "Only a handful of debut novels have taken the prize"
        r"|^\W*only\s+(?:the|its|their|his|her|one)\s+[^.;]{1,60}?\b(?:is|was|are|were)\s+"
        r"(?:(?!" + _NOT_COMPARATIVE + r")\w+er|bigger|larger)\b"
        r"|^\W*only\s+(?:the|its|their|his|her|one)\s+[^.;]{1,60}?\b(?:drew|attracted|sold|"
        r"carried|won|scored|had|has|earned)\s+more\s+\w+"
        r"|^\W*only\s+a\s+handful\s+of\s+[^,.;]{1,40}?\b(?:have|has|had)\s+(?:ever\s+)?(?:won|taken|"
        r"achieved|done|managed|reached|claimed)\b"
        r"|^\W*only\s+[^.;]{1,60}?\b(?:moved|handled|drew|attracted|sold|carried|won|earned|produces|"
        r"produced|generates|generated|makes|made)\s+more\s+(?!than\b)\w+"
        # "Only three hospitals in Europe have attempted the procedure before"
        r"|^\W*only\s+(?:\d+|one|two|three|four|five|six|a\s+few|a\s+handful\s+of)\s+[^.;]{1,60}?\b"
        r"(?:have|has|had)\s+(?:ever\s+)?\w+\s+[^.;]{0,40}?\b(?:before|previously)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:лишь|только)\s+за\s+(?:\S+\s+){0,2}?(?:недел\w*|месяц\w*|д[ен]\w*|год\w*|"
        r"сутк\w*|час\w*|выходн\w*|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|июн\w*|июл\w*|август\w*|"
        r"сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)"
        r"|(?<!\w)(?:лишь|только)\s+с\s+начала\s+(?:года|месяца|сезона|недели)"
        # one day's share of a total: "Только в субботу через павильоны прошли 40 тысяч"
        r"|(?<!\w)(?:лишь|только)\s+(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|"
        r"субботу|воскресенье|первый\s+день|последний\s+день)(?!\w)(?=.*\d)"
        # a place's share of a count: "Только во Владивостоке пришли более 210 тысяч человек"
        r"|^\W*(?:лишь|только)\s+(?:в|во)\s+[А-ЯЁ]\w+(?=[^.]*(?<!\w)(?:более|свыше|около|почти|"
        r"порядка)\s+\d)"
        # a rarity: "Лишь две станции такого размера работают во всём Поволжье"
        r"|^\W*(?:лишь|только)\s+(?:\d+|одн\w+|дв[еау]\w*|три|четыре|пять)\s+[^.;]{0,50}?(?:во\s+всём|"
        r"во\s+всем|в\s+стране|в\s+мире|в\s+истории|в\s+европе|в\s+россии)(?!\w)",
        re.IGNORECASE,
    ),
}
# Not a condition: "If anything, planners underestimated demand"; a comparison with the past,
# "Если в 2019 году рейсы выполнялись в 30 городов, то теперь их 52".
_IF_CONTRAST = {
    "en": re.compile(
        r"^\W*if\s+(?:anything|counted|measured|judged|you\s+count|we\s+count)\b"
        # another way of counting the same figure: "If fuel sales are stripped out, the
        # increase was even steeper"
        r"|^\W*if\s+[^,]{0,60}?\b(?:is|are)\s+(?:stripped\s+out|taken\s+out|left\s+out|excluded|"
        r"added\s+to|combined\s+with|included)\b"
        # a projection of a trend: "If the pace of the past three years holds, ..."
        r"|^\W*if\s+(?:the\s+|this\s+|that\s+)?(?:\S+\s+){0,3}?(?:pace|trend|rate|growth|share)\s+"
        r"(?:\S+\s+){0,6}?(?:holds|continues|persists|survives|keeps\s+up)\b"
        r"|^\W*if\s+(?:\S+\s+){0,3}?(?:numbers|figures|sales|demand|attendance)\s+(?:match|matches|repeat|"
        r"repeats|equal|equals)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*если\s+[^,]*?(?:\d{4}|прошл\w*|позапрошл\w*|ранее|раньше|назад)[^,]*,[^.]*?"
        r"(?<!\w)то\s+(?:теперь|сейчас|ныне|сегодня|в\s+этом|в\s+нынешнем|в\s+текущем)(?!\w)"
        # "Если считать по семьям, ...": how a figure is counted
        r"|^\W*если\s+(?:же\s+)?(?:не\s+)?(?:считать|посчитать|учитывать|брать|говорить|судить|"
        r"сравнивать)(?!\w)"
        # "Если нынешние темпы сохранятся, ...": a projection of a trend
        r"|^\W*если\s+(?:\S+\s+){0,2}?(?:темп\w*|тенденци\w*|динамик\w*)\s+(?:\S+\s+){0,2}?"
        r"(?:сохранит\w*|сохранят\w*|продолжит\w*|продолжат\w*)"
        # "Если гособвинение просило десять лет, то суд назначил на два года больше"
        r"|^\W*если\s+[^,.]*,\s*то\s+[^.]*?(?<!\w)(?:больше|меньше|выше|ниже|дольше|больш\w+|"
        r"меньш\w+)(?!\w)",
        re.IGNORECASE,
    ),
}
_NE = re.compile(r"(?<!\w)не(?!\w)", re.IGNORECASE)
# One more of the same, not a contrast or a "still": "Yet another record was set".
_YET_ANOTHER = re.compile(r"^\W*yet\s+(?:another|one\s+more)\b", re.IGNORECASE)
# A record, not a negation: "Not since 1987 has the river reached 5.6 metres".
_NOT_SINCE = re.compile(r"^\W*not\s+(?:since|once\s+before|once\s+in)\b", re.IGNORECASE)
_WOULD_HAVE = re.compile(r"\bwould\s+have\s+\w+", re.IGNORECASE)
_MODAL_OTHER = frozenset(words("may might could can must should possibly perhaps likely"))
_EVEN_MORE = re.compile(
    r"^\W*(?:однако|но|yet|but|still)\s+(?:ещё|еще|even|still)\s+(?:\w+ее|\w+ей|more|better|greater|bigger)\b",
    re.I,
)
# A turn that only adds weight to the claim: "Yet the figures for the final week were higher
# still", "Yet it was September, not August, that set a record", "Однако рекордным стал ...".
_YET_MORE = {
    "en": re.compile(
        r"^\W*(?:yet|but|and\s+yet)\b(?=[^.;]*\b(?:(?!" + _NOT_COMPARATIVE + r")\w+er\s+than|"
        r"(?:less|more)\s+\w+(?:\s+\w+)?\s+than|(?!" + _NOT_COMPARATIVE + r")\w+er\s+still|"
        r"still\s+(?!" + _NOT_COMPARATIVE + r")\w+er|records?|all-time)\b"
        # "But it was a 19-year-old, not the bank's auditors, who first noticed"
        r"|\s+it\s+was\s+[^,]{1,60},\s+not\s+[^,]{1,60},\s+(?:who|that)\b"
        # "Yet the helmet was not the most remarkable find of the dig"
        r"|\s+[^.;]{1,40}?\b(?:was|is|were|are)\s+not\s+(?:the|its|their)\s+(?:most|biggest|largest|best|"
        r"only|\w+est)\b)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*(?:однако|но|при\s+этом)\s+(?=[^.;]*(?:\w+(?:ее|ей|ше)\s+(?:\S+\s+){0,3}?чем|"
        r"рекорд\w*|ещё\s+\w+(?:ее|ей|ше)(?!\w)|еще\s+\w+(?:ее|ей|ше)(?!\w)"
        # "Но главной находкой сезона называют ...", "Но больше всех пострадала ..."
        r"|главн\w+\s+(?:находк|событи|сенсаци|достижени|открыти)\w*|(?:больше|сильнее|чаще|дороже)\s+"
        r"всех(?!\w)))",
        re.IGNORECASE,
    ),
}
_EMPHASIS_CLEARS = frozenset({"contrast", "still", "persist", "neg", "negq"})
_ONCE_BEFORE = re.compile(r"\bonce\s+(?:before|previously|again|more)\b|\bonly\s+once\b", re.I)
_BEFORE_NOW = frozenset(
    words(
        "ago previously ever earlier history history's once twice назад прежде ранее "
        "когда-либо истории историю однажды дважды трижды прошлом"
    )
)


def _month_may(text: str) -> bool:
    """Whether every "may" of ``text`` is the month ("on May 19", "in May")."""
    return _MODAL_MAY.search(text) is None


# "could be seen from the bridge", "можно было услышать": what could be perceived, not a
# hedge on the claim
_PERCEIVED = frozenset(
    words("seen heard felt smelled smelt spotted viewed watched")
    + words("увидеть услышать разглядеть заметить почувствовать видно слышно")
)


def _perceived(toks: list[str], i: int) -> bool:
    """Whether the modal at ``toks[i]`` is one of perceiving ("could be seen")."""
    return bool(_PERCEIVED.intersection(toks[i + 1 : i + 4]))


def _markers(
    toks: list[str],
    per_token: list[set[str]],
    kinds: set[str],
    text: str,
    lang: str,
    was: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """Closed-class stance markers of a sentence, for the rule after the lead: ``neg``
    (a negation not led by a quantifier), ``negq`` (one led by "no one", "никто"),
    ``modal``, ``cond``, ``bound`` (a time bound), ``only``, ``contrast`` (an opening
    one), ``doubt``, and what cancels a negation: ``record``, ``surprise``. ``was``: what
    ``_what_was`` found in the sentence (a past clause, a rarity, "even more")."""
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
        if (
            (ks & {"modal", "oblige", "require"} and not (w == "may" and _month_may(text)))
            or ("weak" in ks and (nxt in after or (lang == "ru" and nxt.endswith(("ся", "сь")))))
        ) and not _perceived(toks, i):
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
    if (
        toks
        and ("contrast" in per_token[0] or toks[0] in _OPEN_CONTRAST[lang])
        and toks[1:2] != ["more"]  # "Still more supporters are expected": even more
        and toks[:2] != ["but", "for"]  # "But for the storms, it would have come sooner"
        and toks[:2] not in _STILL_LIFE  # "Still lifes fill the first room": paintings
        and "no_contrast"
        not in was  # "Однако ещё заметнее", "Yet another", "Still the highest": no turn
    ):
        out.add("contrast")
    if lang == "en" and _WOULD_HAVE.search(text) and not (set(toks) & _MODAL_OTHER):
        out.discard("modal")  # "would have come even sooner": what did not happen
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
    # What was, not what holds for now: "Пока строители заканчивали отделку, ..." (while,
    # a past verb in an unnegated clause), "Until now, residents had to drive"; "Лишь год
    # назад", "Only two teams had previously ...", "Лишь одной спортсменке в истории": a
    # record of the past, not a restriction
    if "emphasis" in was:
        out.add("emphasis")  # read by the learned model's gate (``learned.decides``)
    if "was" in was:
        out -= {"bound", "cond"}
    if "only" in out and (_BEFORE_NOW.intersection(toks) or "rarity" in was):
        out.discard("only")
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
    if "once" in was:
        out -= {"cond", "only", "when"}  # "Only once before, in 2013, had the harvest topped"
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


def _what_was(
    text: str, toks: list[str], per_token: list[set[str]], kinds: set[str], lang: str
) -> frozenset[str]:
    """Clears, in place, the stance of what was or of a rarity, not of the claim: a past
    "while"/"until" clause ("Until now, travellers had to ...", "Пока шли работы, ..."; with a
    past perfect, its negation too: "Until that race, no woman had run it"), "only once
    before", "Only one other candidate", "Лишь за первую неделю", "Yet more striking",
    "Однако ещё заметнее", "If anything", "Если в 2019 году ..., то теперь", "Not since 1987".
    Returns what it found ("was", "once", "rarity", "no_contrast", "emphasis"), for
    ``_markers`` to read without scanning the text again."""
    found = set()
    if _WHILE_PAST[lang].search(text):
        found.add("was")
        kinds -= {"bound", "still", "temp", "cond"}
        if "had" in toks:
            kinds -= {"neg", "negq"}
            for ks in per_token:
                ks -= {"neg", "negq"}
    if _ONCE_BEFORE.search(text):
        found.add("once")
        kinds -= {"cond", "only"}
    if _JUST_WITHIN[lang].search(text):
        found.add("rarity")
        kinds.discard("only")
    if _EVEN_MORE.match(text):
        found.add("no_contrast")
        kinds.discard("contrast")
    if _YET_MORE[lang].match(text):
        # (its "still" intensifies, "higher still"; its "not" picks out, "September, not
        # August")
        found |= {"no_contrast", "emphasis"}
        kinds -= _EMPHASIS_CLEARS
        for ks in per_token:
            ks -= _EMPHASIS_CLEARS
    if _STILL_RECORD.match(text):
        found.add("no_contrast")
        kinds -= {"contrast", "still"}
        kinds.add("record")
        for ks in per_token[:1]:
            ks -= {"contrast", "still"}
    if _YET_ANOTHER.match(text):
        found.add("no_contrast")
        kinds -= {"contrast", "still"}
        for ks in per_token[:1]:
            ks -= {"contrast", "still"}
    counted = _IF_CONTRAST[lang].search(text)
    if counted:
        # ("Если не учитывать экспорт, ...": its "не" belongs to the way of counting)
        clears = {"if", "cond"} | ({"neg", "negq"} if _NE.search(counted.group(0)) else set())
        kinds -= clears
        for ks in per_token:
            ks -= clears
    if lang == "en" and _NOT_SINCE.search(text):
        kinds -= {"neg", "negq", "notbefore"}  # ("Not once before had ...": a record)
        kinds.add("record")
        for ks in per_token:
            ks -= {"neg", "negq", "notbefore"}
    return frozenset(found)


def _profile_en(text: str, toks: list[str], markers: bool) -> Profile:
    kinds_of, lex = _english()
    per_token = [set(kinds_of(w)) for w in toks]
    named = _ASSOCIATION_NAME.search(text) and not _ASSOCIATION_WORD.search(text)
    for i, w in enumerate(toks):
        # "the Grain Industry Association said", "the association's June figure": a body
        if (named and w == "association") or w in _ASSOCIATION_OWNS:
            per_token[i] -= {"assoc", "study"}
    for i, ks in enumerate(per_token):
        if "again" in ks and "to" in toks[max(0, i - 2) : i]:
            ks.add("again_to")  # "agreed to meet again": talks to be carried on
        if "temp" in ks and toks[i + 1 : i + 2] and toks[i + 1] in _POSTS:
            ks.discard("temp")  # "interim chief executive Jane Doe": a post, not a measure
    extra = _structures(text, toks, per_token, "en", lambda j: toks[j] == "to")
    kinds: set[str] = set().union(*per_token) if per_token else set()
    kinds |= _phrases(lex, toks) | extra
    was = _what_was(text, toks, per_token, kinds, "en")
    if "still" in toks[1:] and "emphasis" not in was:
        kinds.add("persist")  # "they were still at loggerheads" (an opening "Still," contrasts)
    stop = stopwords("en")
    light = light_stemmer("en")
    # a possessive names the same thing ("Stonegate's founders" after "Stonegate Ales")
    content = frozenset(
        light(w.removesuffix("'s").removesuffix("’s")) for w in toks if len(w) > 3 and w not in stop
    )
    head, head_kinds = "", frozenset[str]()
    if len(toks) > 1 and toks[0] in _DEFINITE["en"]:
        # (not a number-word: "The 48-week trial" is a trial)
        at = next(
            (
                i
                for i in range(1, min(4, len(toks)))
                if toks[i] not in stop
                and not any(c.isdigit() for c in toks[i])
                and toks[i] not in _UNIT_WORDS
            ),
            0,
        )
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
        _markers(toks, per_token, kinds, text, "en", was) if markers else frozenset(),
        head_kinds,
        _refers(toks, "en"),
        head_kinds,
        bool(head),
    )


# Parenthetical words of certainty, not of hedging ("Разумеется, схему пришлось менять").
_RU_CERTAIN = frozenset(words("разумеется конечно безусловно несомненно естественно"))

_STILL_ONLY_BEFORE = frozenset(words("ещё еще"))
_ALL = frozenset(words("всё все"))

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
            # (nor a circumstance told by a gerund: "Не успев отдохнуть, ребята узнали ...")
            if (
                ("COMP" in nxt.tag and toks[i + 1] not in _NOT_BEFORE)
                or (nxt.lemma == "смочь" and not any(per_token[i + 2 : i + 2 + _SCOPE + 1]))
                or "GRND" in nxt.tag
                # "кандидат, не состоящий в партии": who he is (not "не подтверждённые
                # данные", a passive one: unconfirmed)
                or ("PRTF" in nxt.tag and "actv" in nxt.tag)
            ):
                ks.discard("neg")
        if toks[i] == "временно" and toks[i + 1 : i + 2] and toks[i + 1].startswith("исполняющ"):
            ks.discard("temp")  # "временно исполняющий обязанности главы": an acting head
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
    was = _what_was(text, toks, per_token, kinds, "ru")
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
    # (or a past participle of what was done, "Подписанный меморандум", "Принятый закон":
    # Russian names a thing already told of this way, where English says "The")
    if len(toks) > 1 and (
        toks[0] in _DEFINITE["ru"]
        or "Anph" in parsed[0].tag
        or ("PRTF" in parsed[0].tag and "past" in parsed[0].tag and "pssv" in parsed[0].tag)
    ):
        at = next((i for i in range(1, min(4, len(toks))) if parsed[i].tag.startswith("NOUN")), 0)
        if at:
            head, head_kinds = light(toks[at]), frozenset(per_token[at])
    future = bool(_RU_FUTURE_AUX.intersection(toks)) or any("futr" in p.tag for p in parsed)
    if "scope" in kinds and not future:
        # who a measure is for, told as what is to come ("Право на путёвку получат дети"):
        # every word parsed for its tense (few sentences name an entitlement)
        future = any("futr" in analyse(w).tag for w in toks)
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
        future,
        text.rstrip().endswith("?"),
        len(toks),
        _markers(toks, per_token, kinds, text, "ru", was) if markers else frozenset(),
        head_kinds,
        _refers(toks, "ru"),
        subject_kinds,
        bool(head) or _noun_opens(parsed),
    )


def _noun_opens(parsed: list[_Word]) -> bool:
    """Whether a Russian sentence opens with a noun in the nominative (or inanimate), alone or
    after one adjective agreeing with it ("Скидка ...", "Льготный тариф продержится ..."):
    with no article, that is how Russian names again what was told of."""
    if not parsed:
        return False
    tag = parsed[0].tag
    if tag.startswith("NOUN"):
        return "nomn" in tag or "inan" in tag
    return (
        len(parsed) > 1
        and tag.startswith("ADJF")
        and "nomn" in tag
        and parsed[1].tag.startswith("NOUN")
        and ("nomn" in parsed[1].tag or "inan" in parsed[1].tag)
    )

"""A study's limits told without the usual words: self-reported measures, figures from a model,
cells in a dish, another cause not ruled out ("reported by the workers themselves", "получены
на компьютерной модели").

Patterns of ``phrases``' table (hand-written: no package of this field tags these
constructions); each matches a whole-sentence phrase, in English and Russian.
"""

from __future__ import annotations

import re

from .lazy_re import lazy

# Told by the people studied themselves: "Sleep times were reported by the workers themselves in
# an online questionnaire, rather than measured", "участники сами оценивали качество сна".
_SELF_REPORTED = {
    "en": lazy(
        r"\breported\s+by\s+(?:the\s+)?(?:\S+\s+){0,2}?themselves\b|\brather\s+than\s+measured\b"
        r"|\bin\s+(?:an?\s+)?(?:online\s+)?questionnaires?\b"
        # volunteers who chose their own group: "decided for themselves whether to take it"
        r"|\b(?:chose|decided|picked|selected)\s+(?:\S+\s+){0,3}?(?:for\s+)?themselves\b"
        # "All 86 participants were men aged 50 to 65"
        r"|\ball\s+(?:\d+\s+|of\s+the\s+)?(?:participants|volunteers|patients|subjects)\s+were\s+(?:men|women|"
        r"students|nurses|retirees|pensioners|smokers|white|from)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)сами\s+(?:\S+\s+){0,2}?(?:оценивали|сообщали|указывали|отмечали|описывали)"
        # "Принимать экстракт или нет, добровольцы решали сами"
        r"|(?<!\w)(?:решали|выбирали|решил\w*|выбрал\w*)\s+сами(?!\w)"
        # "Все 86 участников были мужчинами"
        r"|(?<!\w)все\s+(?:\d+\s+)?(?:участник\w*|добровольц\w*|пациент\w*|испытуем\w*)\s+(?:были|оказались)\s+"
        r"(?:мужчин\w*|женщин\w*|студент\w*|пенсионер\w*|сотрудник\w*|жител\w*)"
        r"|(?<!\w)по\s+(?:их\s+)?собственным\s+(?:оценкам|ответам|словам)"
        # "Замеры департамент делал сам"
        r"|(?<!\w)(?:замер\w*|измерени\w*|подсч[её]т\w*)\s+(?:\S+\s+){0,2}?(?:делал\w*|провод\w*|"
        r"вёл|вел\w*)\s+сам(?:и|а)?(?!\w)",
        re.IGNORECASE,
    ),
}

# One site or no comparison: "The figures come from one hospital over six months, and there was
# no comparison group", "данные одной клиники, контрольной группы не было".
_ONE_SITE = {
    "en": lazy(
        r"\b(?:no|without\s+a|lacked\s+a|had\s+no)\s+(?:comparison|control)\s+group\b"
        r"|\bfrom\s+(?:a\s+single|one)\s+(?:hospital|clinic|site|centre|center|school|ward|practice)\b"
        # "were patients at a single referral hospital"
        r"|\b(?:at|in|on)\s+(?:a\s+single|just\s+one|only\s+one)\s+(?:\S+\s+){0,2}?(?:hospital|"
        r"clinic|site|centre|center|school|ward|practice|farm|herd|tunnel|lab|laboratory|greenhouse|"
        r"field|plot|reactor)\b"
        # "The trial covered a single school"
        r"|\b(?:covered|involved|included|drew\s+on|took\s+in|used)\s+(?:just\s+|only\s+)?(?:one|"
        r"a\s+single)\s+(?:\S+\s+)?(?:hospital|clinic|site|school|ward|practice|farm|herd|town|"
        r"factory|company)\b"
        # "The variety was tested for a single season"
        r"|\b(?:tested|tried|trialled|trialed|studied|grown|observed|followed|monitored)\s+(?:\S+\s+){0,3}?"
        r"(?:for\s+)?(?:one|a\s+single|just\s+one)\s+(?:season|year|month|week|summer|winter|term)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:без|не\s+было|отсутствовала|нет)\s+контрольн\w+\s+групп\w*"
        r"|(?<!\w)контрольн\w+\s+групп\w*\s+(?:не\s+было|нет|отсутствовала)"
        r"|(?<!\w)(?:в|из)\s+одн(?:ой|ого|ом)\s+(?:больниц\w*|клиник\w*|школ\w*|отделени\w*|центр\w*|"
        r"город\w*|район\w*|регион\w*|сел\w*|посёлк\w*|поселк\w*|област\w*|гимнази\w*|лице\w*|"
        r"университет\w*|вуз\w*|завод\w*|санатори\w*|интернат\w*|колони\w*)"
        # "Сорт испытывали один сезон на опытном поле"
        r"|(?<!\w)(?:испытыва\w*|испытал\w*|проверял\w*|тестировал\w*|изучал\w*|наблюдал\w*|"
        r"выращивал\w*)\s+(?:\S+\s+){0,3}?(?:один|одну|одно|единственн\w*)\s+(?:сезон|год|месяц|"
        r"недел\w*|раз)(?!\w)"
        # "Выводы сделаны по архивным картам одной клиники"
        r"|(?<!\w)(?:по\s+)?(?:\S+\s+){0,2}?одн(?:ой|ого)\s+(?!из\s)(?:\S+\s+)?(?:клиник\w*|больниц\w*|"
        r"поликлиник\w*|школ\w*|ферм\w*|хозяйств\w*|институт\w*|предприяти\w*|компани\w*|"
        r"пансионат\w*|санатори\w*|гимнази\w*|завод\w*|город\w*|интернат\w*|дом\w*\s+престарелых|"
        r"район\w*|регион\w*|област\w*|сел\w*|посёлк\w*|поселк\w*|университет\w*|вуз\w*)"
        # "Данные собраны в трёх гимназиях Екатеринбурга"
        r"|(?<!\w)(?:данные|сведения|выборк\w*|ответы)\s+(?:\S+\s+)?(?:собран\w*|получен\w*|взят\w*)\s+в\s+"
        r"(?:двух|трёх|трех|четырёх|четырех|нескольких)\s+(?:школ\w*|гимнази\w*|больниц\w*|клиник\w*|"
        r"район\w*|сел\w*|город\w*|поликлиник\w*)"
        # "Опыт ставили на одной племенной ферме"
        r"|(?<!\w)(?:в|на)\s+одн(?:ой|ом)\s+(?:\S+\s+){0,2}?(?:больниц\w*|клиник\w*|школ\w*|"
        r"ферм\w*|хозяйств\w*|предприяти\w*|участк\w*|пол[еяю](?!\w)|делянк\w*|гимнази\w*)"
        # "охватило единственную школу", "в единственной клинике"
        r"|(?<!\w)единственн\w+\s+(?:\S+\s+)?(?:больниц\w*|клиник\w*|школ\w*|гимнази\w*|"
        r"ферм\w*|хозяйств\w*|предприяти\w*|город\w*|регион\w*|сезон\w*|участк\w*)",
        re.IGNORECASE,
    ),
}
# Figures got from a model, not measured: "Цифры получены на компьютерной модели при сценарии
# высоких выбросов", "The estimate comes from a computer model under a high-emissions scenario".
_MODELLED = {
    "en": lazy(
        r"\b(?:based\s+on|from|using|comes?\s+from|came\s+from)\s+(?:a\s+|the\s+)?(?:computer\s+|"
        r"climate\s+|statistical\s+)?(?:model|models|modelling|modeling|simulations?)\b"
        r"|\bunder\s+(?:a|the)\s+(?:\S+\s+){0,3}?scenario\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:получен\w*|рассчитан\w*|основан\w*|построен\w*|сделан\w*)\s+(?:\S+\s+){0,3}?"
        r"(?:модел\w*|сценари\w*)|(?<!\w)при\s+сценарии(?!\w)|(?<!\w)компьютерн\w+\s+модел\w*",
        re.IGNORECASE,
    ),
}

# A finding got in cells or a dish, not in a body: "Опыты ставились на клеточных
# культурах", "tested on cells in a dish" (the lab's animals are ``constructions``').
_IN_CELLS = {
    "en": lazy(
        r"\b(?:in|on)\s+(?:\S+\s+)?(?:cell\s+cultures?|cells\s+in\s+(?:a|the)\s+(?:dish|lab)|"
        r"petri\s+dishes|test\s+tubes)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:на|в)\s+(?:\S+\s+)?(?:клеточн\w+\s+культур\w*|культур\w+\s+клеток|"
        r"пробирк\w*|чашк\w+\s+петри)",
        re.IGNORECASE,
    ),
}

# Another cause named beside the finding: "families beside main roads tend to have lower
# incomes, which also affects attainment", "что тоже сказывается на результатах".
_OTHER_CAUSE = {
    "en": lazy(
        r"\bwhich\s+(?:also|itself|independently)\s+(?:affects?|influences?|explains?|shapes?|predicts?|"
        r"lowers?|raises?|harms?|hurts?)\b"
        # "Families in the reading group also earned more on average"
        r"|\b(?:group|groups|participants|families|children|patients|those|volunteers|users|drinkers|"
        r"walkers|readers|owners|members|residents|workers|schools|districts|towns|areas|cities)\b[^.;]{0,40}?"
        r"\balso\s+(?:earned|had|were|ate|"
        r"exercised|smoked|slept|lived|kept|spent|drank|tended|owned|came|walked|worked|weighed)\b"
        # "the owners were also younger, wealthier and more active than the rest"
        r"|\b(?:were|was|are|is)\s+also\s+(?:\S+\s+)?(?:older|younger|wealthier|richer|healthier|fitter|"
        r"better[- ]off|better[- ]educated|slimmer|more\s+active|less\s+likely\s+to\s+smoke)\b"
        # "compared survey answers ... collected at a single point in time"
        r"|\b(?:at|from)\s+(?:a\s+single|one)\s+(?:point|moment)\s+in\s+time\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:что|которое|которые)\s+(?:тоже|также|само\s+по\s+себе)\s+(?:сказывается|влияет|"
        r"влияют|сказываются|объясняет)"
        # "в самых зелёных из них выше и доходы жителей"
        r"|(?<!\w)(?:выше|ниже|больше|меньше)\s+и\s+(?:доход\w*|уровень|возраст\w*|образовани\w*|"
        r"зарплат\w*|достаток)"
        # "самые зелёные из них оказались также самыми обеспеченными"
        r"|(?<!\w)оказал\w*\s+(?:и|также|ещё\s+и|еще\s+и)\s+(?:самыми\s+)?(?:обеспеченн|богат|состоятельн)\w*"
        r"|(?<!\w)оказал\w*\s+(?:\S+\s+){0,2}?(?:обеспеченнее|богаче|состоятельнее|зажиточнее)(?!\w)",
        re.IGNORECASE,
    ),
}
# A finding that cannot rule out another cause: "нельзя исключить, что в баню чаще ходят
# более здоровые люди", "the authors cannot rule out that ...".
_NOT_RULED_OUT = {
    "en": lazy(r"\b(?:cannot|can't|could\s+not|couldn't)\s+(?:\S+\s+)?rule\s+out\b", re.I),
    # (not "Не исключено, что ...", it may be that: a hedge, not another cause)
    "ru": lazy(
        r"(?<!\w)(?:нельзя|невозможно|не\s+мо(?:гут|жет|гли|г))\s+(?:\S+\s+)?исключить", re.I
    ),
}

# A known other cause left out of the analysis: "Patients' incomes were not taken into
# account", "the study did not control for smoking", "Доходы пациентов в расчётах не учитывались".
_NOT_ADJUSTED = {
    "en": lazy(
        r"\b(?:did\s+not|didn't|does\s+not|doesn't|failed\s+to)\s+(?:\S+\s+)?(?:account|control|"
        r"adjust)\s+for\b|\b(?:was|were)\s+not\s+(?:taken\s+into\s+account|adjusted\s+for|"
        r"controlled\s+for|accounted\s+for)\b|\bwithout\s+(?:adjusting|controlling|accounting)\s+for\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        # (not "Если не учитывать экспорт, то рост составил бы 22%": another way of counting)
        r"(?<!если\s)(?<!\w)не\s+(?:учитывал\w*|учитыва\w*|учл\w*|учтен\w*|учтён\w*|"
        r"принимал\w*\s+во\s+внимание)"
        r"|(?<!\w)без\s+уч[её]та\s+(?:доход\w*|возраст\w*|курени\w*|образовани\w*|пол\w*|других|иных)",
        re.IGNORECASE,
    ),
}

# A study's short follow-up: "the patients were followed for just eight weeks", "наблюдение за
# ними продолжалось всего восемь недель".
_SHORT_FOLLOW_UP = {
    "en": lazy(
        r"\b(?:followed|tracked|monitored|observed|lasted|ran)\s+(?:\S+\s+){0,3}?(?:for\s+)?(?:just|only|a\s+mere)\s+"
        r"(?:\w+\s+)?(?:weeks?|months?|days?)\b"
        # "The trial followed 38 undergraduates from the Hollins campus for three weeks"
        r"|\bfollowed\s+(?:\S+\s+){0,6}?for\s+(?:just\s+|only\s+)?(?:one|two|three|four|five|six|a\s+few)\s+"
        r"(?:weeks?|days?|months?)\b"
        # "Twelve cows on the institute's own farm took part, each for three weeks"
        r"|\b(?:each|all)\s+for\s+(?:just\s+|only\s+)?(?:one|two|three|four|five|six|a\s+few)\s+"
        r"(?:weeks?|days?|months?)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:наблюдени\w*|испытани\w*|исследовани\w*|эксперимент\w*)\s+(?:\S+\s+){0,4}?(?:продолжал\w*|"
        r"длил\w*|шл\w*|занял\w*)\s+(?:оно\s+|она\s+|он\s+|они\s+)?(?:всего|лишь|только)\s+"
        # "в 60 городах за один 2019 год"
        r"|(?<!\w)за\s+один\s+(?:\d{4}\s+)?(?:год|сезон|месяц)(?!\w)"
        # "Наблюдение длилось одну четверть": a study of a term, a month or two
        r"|(?<!\w)(?:наблюдени\w*|испытани\w*|исследовани\w*|эксперимент\w*)(?!\w)[^.;]{0,120}?"
        r"(?<!\w)(?:продолжал\w*|длил\w*|занял\w*)\s+(?:(?:одн\w+|один|два|две|три|четыре|пять|шесть|пару)\s+"
        r"(?:недел\w*|"
        r"месяц\w*|четверт\w*|дн\w*|сут\w*)|полгода|полтора\s+месяца)",
        re.IGNORECASE,
    ),
}

# A study's strength, the opposite of a limit: "published in a peer-reviewed journal", "12,000
# people from 60 regions", "40 hospitals in six countries", "followed for twelve years",
# "в рецензируемом журнале", "3,5 тысячи детей из 40 школ", "наблюдение продолжалось четыре
# года". Read with ``decide``'s veto: told alone, it makes the finding firmer, not weaker.
_ROBUST = {
    "en": lazy(
        r"(?<!not\s)(?<!non-)\bpeer-reviewed\b"
        r"|\b(?:\d{2,}|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)\s+(?:hospitals|schools|"
        r"countries|regions|sites|centres|centers|cities|universities|clinics)\b"
        r"|\b(?:took|lasted|ran|spanned|over)\s+(?:\S+\s+)?(?:four|five|six|seven|eight|nine|ten|twelve|"
        r"twenty|\d{1,2})\s+years\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!не\s)(?<!\w)рецензируем\w+"
        r"|(?<!\w)из\s+\d{2,}\s+(?:\S+\s+)?(?:регион\w*|школ\w*|больниц\w*|стран\w*|город\w*|клиник\w*)"
        r"|(?<!\w)(?:наблюдали|продолжал\w*|длил\w*|шл\w*)\s+(?:\S+\s+)?(?:четыре|пять|шесть|семь|восемь|"
        r"девять|десять|двенадцать|пятнадцать|двадцать|\d{1,2})\s+(?:лет|года|год)(?!\w)",
        re.IGNORECASE,
    ),
}

"""Measures bounded or conditional: tied to a condition, while the money lasts, for some only, a
span, a scope, an assumption ("lasts six weeks", "applies only to families whose income",
"льгота привязана к обязательству").

Patterns of ``phrases``' table (hand-written: no package of this field tags these
constructions); each matches a whole-sentence phrase, in English and Russian.
"""

from __future__ import annotations

import re

from .lazy_re import lazy
from .lexicon import MONTH_STEMS_RU, MONTHS_EN

# The claim's benefit tied to a condition: "tied to a commitment to stay five years",
# "выплата привязана к обязательству".
_TIED = {
    "en": lazy(
        r"\b(?:tied|linked|pegged|bound)\s+to\s+(?:a|an|the)?\s*(?:\S+\s+)?(?:commitment|"
        r"condition|obligation|pledge|requirement|promise|undertaking)s?\b"
        # "That date rests on two undersea cables coming into service on schedule"
        r"|\b(?:date|deadline|timetable|timeline|target|schedule)\s+(?:\S+\s+){0,2}?(?:rests?|"
        r"hinges?|depends?|relies|is\s+contingent)\s+on\b"
        # "paid in exchange for a five-year commitment", "must repay it if they leave early"
        r"|\bin\s+(?:exchange|return)\s+for\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:commitment|pledge|promise|"
        r"contract|agreement|undertaking)\b"
        r"|\b(?:repay|pay\s+back|return|refund)\s+(?:\S+\s+){0,3}?if\s+(?:they|he|she|you)\s+(?:leave|"
        r"quit|move)\s+(?:early|before)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        # "Деньги выдают в обмен на контракт на пять лет работы", "при досрочном уходе"
        r"(?<!\w)в\s+обмен\s+на\s+(?:\S+\s+){0,2}?(?:обязательств\w*|контракт\w*|договор\w*|обещани\w*)"
        r"|(?<!\w)при\s+досрочн\w+\s+(?:уход\w*|увольнени\w*|расторжени\w*|отъезд\w*)"
        r"|(?<!\w)(?:завязан\w*\s+на\s+(?:\S+\s+)?(?:регистраци\w*|одобрени\w*|решени\w*|"
        r"согласовани\w*|разрешени\w*))|(?<!\w)(?:привязан\w*|увязан\w*|обусловлен\w*)\s+(?:к|с)?\s*(?:\S+\s+)?"
        r"(?:обязательств\w*|услови\w*|требовани\w*)",
        re.IGNORECASE,
    ),
}

# A measure while its money lasts: "applications close as soon as the fund runs dry", "while
# stocks last", "пока не закончатся средства", "до исчерпания лимита".
_WHILE_FUNDS = {
    "en": lazy(
        r"\b(?:until|once|when|as\s+soon\s+as|while)\s+(?:the\s+|its\s+)?(?:\S+\s+){0,3}?"
        r"(?:runs?\s+(?:dry|out)|(?:is|are)\s+(?:exhausted|used\s+up|spent)|last(?=\s*[,.;)]|\s*$))"
        # "Traffic returns once engineers have replaced the water main", "can return once the
        # damaged supports are replaced"
        r"|\b(?:returns?|resumes?|reopens?|(?:can|will|may)\s+(?:return|resume|reopen))\s+(?:only\s+)?"
        r"(?:once|when|after)\s+(?:\S+\s+){0,6}?(?:replaced|repaired|fixed|rebuilt|finished|completed|"
        r"strengthened|inspected)\b"
        # "Payments cease as soon as the wholesale price climbs back above 30 pence"
        r"|\b(?:ceases?|stops?|ends?|lapses?|expires?|will\s+(?:cease|stop|end|lapse|expire))\s+"
        r"(?:automatically\s+)?(?:as\s+soon\s+as|once|the\s+moment|if)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)пока\s+не\s+(?:закончат|законч|исчерпа|израсход)\w*"
        r"|(?<!\w)до\s+(?:полного\s+)?исчерпани\w*"
        r"|(?<!\w)(?:прекрат\w*|отмен\w*|закончат\w*)\s+(?:\S+\s+){0,2}?(?:как\s+только|если|когда)(?!\w)"
        # "при первом же превышении норм ограничение вернут", "первый же анализ ... снова закроет"
        r"|(?<!\w)(?:при\s+)?перв(?:ом|ый|ая|ое|ой)\s+же\s+(?:\S+\s+){0,6}?(?:верн\w*|закро\w*|"
        r"запрет\w*|отзов\w*|отмен\w*|приостанов\w*)",
        re.IGNORECASE,
    ),
}

# Who a measure is for: a means test or a group ("applies only to students whose families
# earn less than", "семьям с доходом ниже полутора прожиточных минимумов").
_MEANS_TEST = {
    "en": lazy(
        r"\b(?:whose|with)\s+(?:\S+\s+){0,3}?(?:incomes?|earn|earnings)\s+(?:\S+\s+){0,2}?(?:below|"
        r"under|less\s+than|of\s+less\s+than)\b"
        r"|\b(?:is|are|will\s+be)\s+(?:reserved|earmarked)\s+for\b"
        # "goes to homes on means-tested benefits", "people aged over 65"
        r"|\b(?:on|receiving|claiming)\s+means-tested\b|\baged\s+(?:over|under|above|below)\s+\d+"
        r"|\b(?:over|under)-\d+s\b"
        # "free to people aged 70 to 79, leaving out the over-80s"
        r"|\baged\s+\d+\s+(?:to|and)\s+\d+\b|\b(?:leaving|leaves)\s+out\s+(?:the|all|most|many)\b"
        r"|\b(?:applies|apply|is\s+open|are\s+open|is\s+available|are\s+available|is\s+limited|"
        r"are\s+limited|is\s+restricted|are\s+restricted)\s+(?:only\s+)?to\s+(?:\S+\s+){0,3}?"
        r"(?:who|whose|with|earning|aged|living)\b"
        # only a group picked by a clause: "only farms that keep their herds"
        r"|\bonly\s+(?:those|\w+s)\s+(?:who|that|which|whose|where)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:лишь|только)\s+(?:\S+\s+){0,2}?(?:которые|которых|кто|где|чьи)(?!\w)"
        # "охватывает жителей старше 65 лет"
        r"|(?<!\w)(?:охватыва\w*|распространя\w*\s+на|касается|предназначен\w*\s+для|для)\s+"
        r"(?:\S+\s+){0,2}?(?:старше|младше|моложе)\s+\d+"
        r"|(?<!\w)(?:у\s+(?:кого|которых)\s+)?доход\w*\s+(?:\S+\s+)?(?:ниже|менее|не\s+выше|не\s+более)(?!\w)"
        r"|(?<!\w)(?:с\s+доход\w*|доход\w*\s+которых)\s+(?:\S+\s+){0,2}?(?:ниже|менее|меньше|"
        r"не\s+выше|не\s+более)(?!\w)",
        re.IGNORECASE,
    ),
}

# A first span told as what is to come: "For the first three months, buses will carry a
# safety driver", "Первые три месяца машины будут ездить с водителем-испытателем".
_FIRST_SPAN = {
    "en": lazy(
        r"\b(?:for|in|during)\s+(?:the|its)\s+first\s+(?:\S+\s+)?(?:days?|weeks?|months?|years?)\b"
        r"[^.;]*\bwill\b"
        r"|\bwill\b[^.;]*\b(?:for|in|during)\s+(?:the|its)\s+first\s+(?:\S+\s+)?(?:days?|weeks?|"
        r"months?|years?)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:в\s+|на\s+)?(?:первые|первых)\s+(?:\S+\s+)?(?:месяц\w*|недел\w*|дн\w*|"
        r"(?:пол|полу)?год\w*|лет)(?!\w)[^.;]*(?<!\w)(?:будут|будет|станут|станет)(?!\w)",
        re.IGNORECASE,
    ),
}

# Allowed only under a condition: "Полёты разрешены при скорости ветра до пяти метров в секунду",
# "Flights are permitted only in winds below".
_ALLOWED_WHEN = {
    "en": lazy(
        r"\b(?:allowed|permitted|possible|go\s+ahead)\s+only\s+(?:when|if|in|with|below|under|while)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:разрешен\w*|допускают\w*|возможн\w*|состоятся|пройдут)\s+(?:только\s+|лишь\s+)?"
        r"при\s+(?:\S+\s+)?(?:скорост\w*|погод\w*|температур\w*|услови\w*|ветр\w*)",
        re.IGNORECASE,
    ),
}
# A trial run with its end: "during a 12-week trial that ends in March".
_TRIAL_ENDS = {
    "en": lazy(
        r"\b(?:during|as\s+part\s+of|for|in)\s+(?:a|an|the)\s+(?:\S+\s+)?(?:trial|pilot|test)(?:\s+(?:period|"
        r"run|scheme|phase))?\s+(?:that|which)\s+(?:ends|runs\s+until|runs\s+to|finishes|expires)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:пробн\w+|пилотн\w+|тестов\w+|эксперимент\w*)\s+(?:\S+\s+){0,2}?(?:продлится|"
        r"завершится|закончится|рассчитан\w*)\s+(?:до|на)(?!\w)",
        re.IGNORECASE,
    ),
}
# A measure told with its span: "The fare holiday lasts six weeks", "льгота будет
# действовать три месяца".
_LASTS = {
    "en": lazy(
        r"\b(?:lasts|will\s+last|would\s+last|to\s+last|runs|will\s+run)\s+(?:for\s+)?(?:about\s+|"
        r"around\s+|just\s+|"
        r"only\s+)?(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\b"
        # a span, and what comes after it: "for the six months to March, after which suppliers
        # will pass on the full amount"
        r"|\bafter\s+which\s+(?:\S+\s+){0,6}?(?:will|would|is\s+to|are\s+to|kicks\s+in|kick\s+in|"
        r"applies|apply|returns|resume|resumes|comes\s+back|come\s+back)\b"
        # "Free travel lasts for a six-month pilot"
        r"|\b(?:lasts?|runs?)\s+for\s+(?:a|an|the)\s+(?:\S+-)?(?:month|week|year|day)(?:-long)?\s+"
        r"(?:pilot|trial|test|experiment)\b"
        # "The arrangement covers a single season"
        # "a season-long loan, and he is due back in Portugal next June"
        r"|\b(?:season|year|month|week)-long\s+(?:loan|contract|deal|trial|pilot|lease|scheme)\b"
        r"|\bdue\s+back\s+(?:in|at|to|on|next|by)\b"
        # "The offer covers the four Saturdays before Christmas"
        r"|\bcovers?\s+(?:only\s+)?the\s+(?:\S+\s+)?(?:Saturdays|Sundays|weekends|days|weeks|months)\s+(?:before|"
        r"after|of|until)\b"
        # "The waiver covers bills issued through June"
        r"|\bcovers?\s+(?:\S+\s+){0,3}?(?:issued|made|sent|filed|bought|booked)\s+(?:through|until|up\s+to|"
        r"before)\b"
        # "a regional grant covering the twelve weeks of summer"
        r"|\bcover(?:s|ing)?\s+(?:the\s+|only\s+the\s+)?(?:\S+\s+)?(?:weeks?|months?|days?)\s+of\b"
        r"|\b(?:covers?|lasts?|applies)\s+(?:for\s+)?(?:a\s+single|one|just\s+one|only\s+one)\s+"
        r"(?:season|year|month|term|summer|winter|week|order|contract|project|job|batch|shipment|event)\b"
        # "a state grant that covers the summer season through 30 September"
        r"|\bcover(?:s|ing)?\s+(?:the\s+|this\s+|next\s+)?(?:\S+\s+)?(?:season|summer|winter|term|"
        r"period|year|holidays)\s+(?:through|until|till|to|up\s+to)\b"
        # "Crews return in January to dig up the eastern half"
        r"|\b(?:crews|workers|contractors|diggers|roadworks|builders|engineers|works)\s+(?:will\s+)?"
        r"(?:return|come\s+back|are\s+back|are\s+due\s+back|resume)\s+(?:in|on|next|after|from|at)\b"
        # "Meters across the borough switch back on on 6 January"
        r"|\b(?:switch|switches|turn|turns|go|goes|come|comes|are\s+switched|is\s+switched)\s+back\s+"
        r"on\s+(?:on|in|at|from|when|once|after)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:будет|будут)\s+действовать\s+(?:\S+\s+)?(?:\w+\s+)?(?:дн\w*|недел\w*|месяц\w*|"
        r"год\w*|лет)(?!\w)"
        # "Запрет действует с 1 марта по 30 июня"
        r"|(?<!\w)(?:действу\w*|будет\s+действовать|будут\s+действовать)\s+с\s+(?:\S+\s+){1,3}?по\s+"
        r"\d"
        # "Послабление рассчитано на полтора года"
        r"|(?<!\w)рассчитан\w*\s+на\s+(?:\S+\s+)?(?:дн\w*|недел\w*|месяц\w*|год\w*|лет|полгода|полугоди\w*|"
        r"квартал\w*|"
        r"полтора\s+года|сезон\w*|каникул\w*|срок\w*)(?!\w)"
        # "по обходному трубопроводу, который демонтируют 1 ноября"
        r"|(?<!\w)(?:демонтируют|разберут|уберут|закроют|отключат|снимут)\s+(?:\S+\s+)?\d{1,2}\s+(?:"
        + MONTH_STEMS_RU
        + r")\w*"
        # "запаса которого хватит до 20 марта"
        r"|(?<!\w)хватит\s+(?:\S+\s+)?(?:лишь\s+|только\s+)?(?:до|на)\s+(?:\d|\S+\s+(?:дн|недел|месяц))"
        # "Льгота действует на летних каникулах и заканчивается 31 августа"
        r"|(?<!\w)(?:заканчивается|истекает|завершится|завершается|закончится|прекращается|прекратится)\s+"
        r"\d{1,2}\s+"
        r"(?:" + MONTH_STEMS_RU + r")\w*"
        # "Льготный тариф продержится с 1 июня по 31 августа, после чего цены вернутся"
        r"|(?<!\w)(?:продерж\w*|продлится|продлятся|сохранится|сохранятся)\s+с\s+(?:\S+\s+){1,3}?по\s+\d"
        r"|(?<!\w)после\s+чего\s+(?:\S+\s+){0,4}?(?:вернутся|вернётся|вернется|возобнов\w*|"
        r"восстанов\w*)"
        # "Валидаторы в вагонах снова включат в день открытия моста"
        r"|(?<!\w)(?:снова|вновь|опять)\s+(?:включат|заработают|введут|начнут\s+(?:брать|взимать)|"
        r"вернут)\s+(?:\S+\s+){0,2}?(?:в|с|после|когда|как\s+только|\d)",
        re.IGNORECASE,
    ),
}

# A measure to be undone as soon as something happens: "the beach will close again on any
# day a sample exceeds the safe limit", "Drivers can expect the old limit back as soon as
# crews finish", "каток снова закроют, если ...": what the claim gives is conditional.
_UNDONE_WHEN = {
    "en": lazy(
        r"\b(?:will|would|could|can|may|might)\s+(?:be\s+)?(?:close[sd]?|shut|suspended|reimposed|"
        r"reinstated|banned|revoked|withdrawn|pulled|halted|stopped|closing|shutting)\s+again\s+"
        r"(?:on\s+any\s+day|if|whenever|when|as\s+soon\s+as|should|once|the\s+moment|the\s+day)\b"
        r"|\bback\s+(?:in\s+place\s+|in\s+force\s+)?(?:as\s+soon\s+as|once)\b"
        # "the beach closes whenever bacteria counts exceed the bathing limit"
        r"|\b(?:closes|close|shuts|shut|is\s+closed|are\s+closed|stops|halts|is\s+suspended|are\s+"
        r"suspended)\s+(?:again\s+)?(?:whenever|each\s+time|every\s+time|on\s+any\s+day)\b"
        # "the extra shift lasts for as long as orders stay above 20,000 a year"
        r"|\b(?:lasts?|applies|runs?|stays?|remains?|continues?|holds?)\s+(?:only\s+)?(?:for\s+)?as\s+long\s+"
        r"as\b"
        # "The gates close again on 30 September, when contractors return"
        r"|\b(?:close|closes|shut|shuts|end|ends|stop|stops)\s+again\s+(?:on|in|at|from|after)\b"
        # "Crews return on 30 November to close it again"
        r"|\bto\s+(?:close|shut)\s+(?:it|them|the\s+\S+)\s+again\b"
        # "a grant approved for a single season"
        r"|\b(?:granted|approved|allocated|awarded|given|funded)\s+(?:only\s+)?for\s+(?:one|a\s+single|"
        r"just\s+one)\s+(?:season|year|month|term|quarter)\b"
        # "The company reimposes them automatically the day the reservoir drops below 60 percent"
        r"|\b(?:reimposes?|reinstates?|restores?|reintroduces?)\s+(?:them|it|the\s+\S+)\s+(?:automatically\s+)?"
        r"(?:the\s+(?:day|week|moment)|when|whenever|as\s+soon\s+as|if|once)\b"
        # "Charges return the week the bridge reopens": a measure's end told by its trigger
        r"|\b(?:charges|fees|fares|tolls|prices|rates|limits?|bans?|restrictions|curbs|duty|tax|"
        r"levy|payments)\s+(?:will\s+)?(?:return|returns|come\s+back|comes\s+back|resume|resumes|"
        r"go\s+back\s+up|kick\s+back\s+in|snap\s+back|snaps\s+back)\s+(?:automatically\s+)?(?:the\s+(?:day|week|month)|"
        r"when|once|as\s+soon\s+as|after|on\s+the\s+day|(?:on|in|from)\s+(?:\d|"
        + MONTHS_EN
        + r"))\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:снова|вновь|опять)\s+(?:\S+\s+)?(?:закро\w*|закрыт\w*|введ\w*|вернут\w*|"
        r"прекрат\w*|приостанов\w*|запрет\w*|отмен\w*)\s+(?:\S+\s+){0,4}?(?:если|в\s+случае|"
        r"как\s+только|при\s|в\s+любой\s+день)"
        # "Оплату вернут в день открытия моста"
        r"|(?<!\w)(?:вернут|вернётся|вернется|возобновят|возобновится)\s+(?:\S+\s+){0,2}?(?:в\s+день|после|"
        r"когда|как\s+только|с\s+\d)"
        # "на областной субсидии, выделенной на один сезон"
        r"|(?<!\w)(?:выделен\w*|рассчитан\w*|предоставлен\w*|одобрен\w*|дан\w*)\s+(?:лишь\s+|только\s+)?"
        r"на\s+(?:один|одну|одно|первый|ближайш\w+)\s+(?:сезон|год|месяц|квартал|недел\w*)(?!\w)",
        re.IGNORECASE,
    ),
}

# A measure's scope named: "The recall covers three production lots", "отзыв касается лишь
# двух партий".
_SCOPE = {
    "en": lazy(
        r"\b(?:covers?|applies\s+to|affects?|is\s+limited\s+to|concerns?)\s+(?:only\s+)?(?:the\s+)?"
        r"(?:\S+\s+){0,2}?(?:lots?|batch|batches|products?|models?|units|codes|routes|branches|"
        r"weekdays?|weekends?|mornings|evenings|off-peak)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:касается|распространяется\s+на|затрагивает)\s+(?:лишь\s+|только\s+)?"
        r"(?:\S+\s+){0,2}?(?:парти\w*|модел\w*|маршрут\w*|филиал\w*|издели\w*)"
        # "не распространяется на поставки в страны ЕАЭС": some are left out
        r"|(?<!\w)не\s+распространя\w*\s+на(?!\w)",
        re.IGNORECASE,
    ),
}

# Only those who commit: "Компенсацию получат лишь хозяйства, которые обязуются ...", "only
# firms that pledge to ...".
_ONLY_THOSE = {
    "en": lazy(
        r"\bonly\s+(?:those|\w+s)\s+(?:who|that|which)\s+(?:\S+\s+){0,3}?(?:agree|commit|pledge|"
        r"promise|meet|sign|undertake)"
        # "Payments go to farms whose yields fall at least 30 percent below their average"
        r"|\b(?:payments?|grants?|aid|compensation|support|money|the\s+(?:grant|payment|rebate|subsidy))\s+"
        r"(?:only\s+)?(?:go|goes|will\s+go|is\s+paid|are\s+paid)\s+(?:only\s+)?to\s+(?:\S+\s+){0,2}?"
        r"(?:whose|who|that|with)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:лишь|только)\s+(?:\S+\s+){0,2}?(?:которые|кто)\s+(?:\S+\s+){0,2}?(?:обязу|"
        r"соглас|выполн|подпиш|обещ)"
        # "касается арендаторов, сохранивших прежнюю численность работников"
        r"|(?<!\w)(?:арендатор\w*|хозяйств\w*|семь\w*|жител\w*|предприяти\w*|компани\w*|фермер\w*|владельц\w*|"
        r"заемщик\w*|заёмщик\w*|предпринимател\w*)\s*,\s+(?:сохранивш|выполнивш|застраховавш|подавш|"
        r"прошедш|получивш|имеющ)\w*"
        # "Условием стала льготная цена на электроэнергию"
        r"|(?<!\w)условием\s+(?:стал\w*|было|является|служит|выступает)"
        # "Деньги получат хозяйства, застраховавшие посевы", "Льгота распространяется на хозяйства,
        # которые сохранят посевные площади"
        r"|(?<!\w)(?:деньги|выплат\w*|льгот\w*|субсиди\w*|компенсаци\w*|помощь)\s+(?:\S+\s+){0,3}?"
        r"(?:хозяйств\w*|семь\w*|жител\w*|предприяти\w*|компани\w*|фермер\w*|владельц\w*)\s*,\s+"
        r"(?:которые|кто|\w+вш(?:ие|им|их)\b)",
        re.IGNORECASE,
    ),
}

# An estimate resting on an assumption: "исходит из того, что лето обойдется без засухи".
_ASSUMES = {
    "en": lazy(
        r"\b(?:rests|relies|is\s+based)\s+on\s+the\s+assumption\b|\bassumes\s+(?:that\s+)?", re.I
    ),
    "ru": lazy(r"(?<!\w)исход\w*\s+из\s+(?:того|предположения)", re.I),
}

# Everyone outside a measure's first group left waiting: "the rest will have to wait for the
# pilot's results", "остальным придётся дожидаться итогов его оценки".
_OTHERS_WAIT = {
    "en": lazy(
        r"\b(?:the\s+rest|everyone\s+else|all\s+others|other\s+\w+)\s+(?:\S+\s+)?(?:will\s+have|have|"
        r"has|must|need|needs)\s+to\s+wait\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)остальн\w+\s+(?:\S+\s+){0,4}?(?:в\s+прежнем\s+размере|как\s+и\s+раньше|по-прежнему)"
        r"|(?<!\w)остальн\w+\s+(?:\S+\s+)?(?:придётся|придется|нужно|надо|предстоит|пока\s+придётся|"
        r"пока\s+придется)\s+(?:\S+\s+)?(?:ждать|дожидаться|подождать|ожидать)",
        re.IGNORECASE,
    ),
}

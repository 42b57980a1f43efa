"""Decisions still to come: a window to appeal, a vote or hearing ahead, a body that has the last
word, a step that does not bind, a bill moving on ("has three weeks to lodge an appeal", "goes
before the full council", "последнее слово за собранием").

Patterns of ``phrases``' table (hand-written: no package of this field tags these
constructions); each matches a whole-sentence phrase, in English and Russian.
"""

from __future__ import annotations

import re

from .lazy_re import lazy
from .lexicon import DAYS_EN, MONTH_STEMS_RU, MONTHS_EN

# A window still open to act on the claim: "has three weeks to lodge an appeal", "have
# until the end of the month to call it in", "на обжалование у компании есть месяц",
# "есть десять дней, чтобы оспорить".
_WINDOW = {
    "en": lazy(
        r"\bha(?:s|ve)\s+(?:(?:got|just|only|still)\s+)?(?:until\s+[^.;:]{1,40}?|"
        r"(?:\S+\s+){1,2}(?:days?|weeks?|months?|years?|hours?)\s+)to\s+(?:\S+\s+){0,6}?"
        r"(?:appeal|challenge|contest|object|respond|reply|decide|call|lodge|file|seek|request|"
        r"submit|veto|reject|accept|approve|sign|ratify|review|overturn|block|comply)",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:есть|осталось|остаётся|остается|отведено|дано|дали|дают)\s+(?:ещё\s+|еще\s+)?"
        r"(?:\S+\s+){0,2}(?:дн\w*|недел\w*|месяц\w*|сут\w*|год\w*|час\w*),?\s+"
        r"(?:на|чтобы)\s+(?:обжал|оспор|оспар|апелл|ответ|реш|возраз|подать|жалоб|отказ|соглас)"
        r"|(?<!\w)на\s+(?:\S+\s+)?(?:обжалование|оспаривание|апелляцию|ответ|решение|изучение|"
        r"рассмотрение|проверку)\s+(?:\S+\s+){0,3}"
        r"(?:есть|остал\w*|отвед\w*|дан\w*)",
        re.IGNORECASE,
    ),
}

# What the claim leads to is still far off: "trials in people are several years away",
# "at the earliest", "не раньше чем через три года", "пройдёт ещё несколько лет".
_NOT_SOON = {
    "en": lazy(r"\b(?:years?|months?|decades?)\s+away\b|\bat\s+the\s+earliest\b", re.IGNORECASE),
    "ru": lazy(
        r"(?<!\w)(?:не\s+раньше|в\s+лучшем\s+случае\s+через)(?!\w)"
        r"|(?<!\w)(?:пройд[её]т|потребуется|понадобится|уйд[её]т)\s+(?:ещё\s+|еще\s+)?"
        r"(?:несколько|много|не\s+менее|минимум|\d+)\s+(?:лет|месяцев|год)"
        r"|(?<!\w)занима\w*\s+(?:обычно\s+)?(?:больше|более|не\s+менее|свыше)\s+(?:\S+\s+)?лет",
        re.IGNORECASE,
    ),
}

_STEPS_AHEAD = {
    "en": lazy(
        r"\b(?:lies?|lay|remains?)\s+ahead\b|\bahead\s+(?:lie|lies|remain)\b|"
        r"\bstill\s+to\s+come\b",
        re.IGNORECASE,
    ),
    "ru": lazy(r"(?<!\w)впереди(?!\w)", re.IGNORECASE),
}

# What the claim is does not bind: "The commission's vote is advisory", "a non-binding
# memorandum", "a letter of intent", what was signed called a memorandum of understanding (not
# any mention of one, as often a lasting pact), "носит рекомендательный характер", "меморандум о
# намерениях": the decision that binds is still to come.
_NOT_BINDING = {
    "en": lazy(
        r"\b(?:is|are|was|were|remains?|be)\s+(?:only\s+|purely\s+|merely\s+|largely\s+)?"
        r"(?:advisory|non-?binding|not\s+binding|symbolic)\b|\bnon-?binding\b"
        r"|\bletters?\s+of\s+intent\b|\bheads\s+of\s+terms\b"
        # "What the two ministers signed is a memorandum of understanding"
        r"|\b(?:is|are|was|were)\s+(?:only\s+|just\s+|merely\s+|simply\s+)?an?\s+(?:non-?binding\s+)?"
        r"memorand(?:um|a)\s+of\s+(?:understanding|intent)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)рамочн\w+\s+соглашени\w*|"
        r"(?<!\w)рекомендательн\w*|(?<!\w)(?:меморандум\w*|протокол\w*|соглашени\w*)\s+о\s+"
        r"(?:намерени\w*|взаимопонимании)|(?<!\w)не\s+(?:является|являются|носит|носят)\s+"
        r"обязательн\w*",
        re.IGNORECASE,
    ),
}

# Whether the claim happens is someone else's to decide: "Whether the shovels go in is a
# matter for the state panel", "up to the regulator", "Состоится ли ..., решит суд".
_WHETHER_DECIDED = {
    "en": lazy(
        r"^\W*whether\b[^.;]{0,120}?\b(?:is|are|will\s+be|remains?)\s+(?:a\s+matter\s+for|"
        r"(?:entirely\s+)?up\s+to|for\s+\S+(?:\s+\S+){0,4}\s+to\s+(?:decide|rule|say|"
        r"determine)|in\s+the\s+hands\s+of|(?:to\s+be\s+)?(?:decided|determined)|"
        r"unclear|uncertain|open)",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"^\W*\w+\s+ли\b[^.;]{0,120}?(?:реш(?:ит|ат|ать|ается)|определ(?:ит|ят|ится)|"
        r"зависит|неясно|не\s+ясно|неизвестно|предстоит)",
        re.IGNORECASE,
    ),
}

# The last word is someone else's: "the final say rests with the shareholders", "the
# decision lies with the minister", "последнее слово за собранием акционеров", "решение
# остаётся за судом".
_LAST_WORD = {
    "en": lazy(
        r"\b(?:final|last|ultimate)\s+(?:say|word|decision|call)\s+(?:\S+\s+)?(?:rests|lies|"
        r"belongs|remains|is)\s+(?:\S+\s+)?with\b"
        r"|\b(?:decision|call|say)\s+(?:now\s+)?(?:rests|lies)\s+with\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:последнее|окончательное|решающее)\s+слово\s+(?:\S+\s+){0,3}?за(?!\w)"
        r"|(?<!\w)теперь\s+слово\s+за(?!\w)"
        r"|(?<!\w)(?:окончательное\s+)?решение\s+(?:\S+\s+)?(?:остаётся|остается|будет)\s+за"
        r"(?!\w)|(?<!\w)решать\s+(?:\S+\s+)?будет(?!\w)|(?<!\w)(?:будет|будут)\s+решать(?!\w)"
        # "Вопрос о передаче решит комиссия департамента": the deciding body named after
        r"|(?<!\w)(?:решит|решат|рассмотрит|рассмотрят)\s+(?:\S+\s+){0,2}?(?:комисси\w*|совет\w*|"
        r"суд\w*|собрани\w*|дум\w*|правительств\w*|ведомств\w*|министерств\w*|акционер\w*)",
        re.IGNORECASE,
    ),
}

# A bill through its first reading only: the readings after it are still to come.
_FIRST_READING = {
    "en": lazy(
        r"\b(?:at|in|its|a|the)\s+first\s+reading\b|\bfirst\s+of\s+(?:two|three|several|"
        r"four)\s+(?:votes|readings|stages)\b",
        re.IGNORECASE,
    ),
    # "К следующему чтению комитет собирает поправки": readings still to come
    "ru": lazy(
        r"(?<!\w)в\s+первом\s+чтении(?!\w)|(?<!\w)ко?\s+(?:следующ\w+|втор\w+|трет\w+|"
        r"окончательн\w+)\s+чтени\w*",
        re.IGNORECASE,
    ),
}

# The claim goes before the body that decides it: "The proposal goes before the full city
# council on June 18", "проект будет вынесен на рассмотрение думы".
_GOES_BEFORE = {
    "en": lazy(
        r"\b(?:goes|go|going|comes|come|heads|head|is\s+due\s+to\s+go|will\s+go)\s+before\s+"
        r"(?:the\s+|a\s+)?(?:\S+\s+){0,3}?(?:council|committee|board|parliament|assembly|court|"
        r"judge|regulators?|voters|members|shareholders|senate|house|panel|commission|cabinet|"
        r"ministers|congress|lawmakers|legislature|tribunal|inquiry|authority|agency|watchdog|"
        r"ministry|minister|inspectors?|planners|trustees|governors)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:будет|будут|предстоит|планируется)\s+(?:\S+\s+)?(?:вынес\w*|внес\w*|"
        r"представ\w*)\s+на\s+(?:рассмотрение|голосование|утверждение|заседание|обсуждение)",
        re.IGNORECASE,
    ),
}

# Sent for a decision still to come: "submitted for registration", "Документы на регистрацию
# препарата переданы в Минздрав", "Контракт ждёт регистрации", "awaits registration"; a body
# due to take it up ("legislators are due to debate in September", "the committee takes up
# the application in September").
_SUBMITTED = {
    "en": lazy(
        r"\b(?:submitted|sent|filed|handed|passed)\s+(?:\S+\s+){0,3}?(?:for|to)\s+(?:\S+\s+){0,2}?"
        r"(?:registration|approval|clearance|certification)\b"
        r"|\bawait(?:s|ing)?\s+(?:\S+\s+){0,2}?registration\b"
        r"|\b(?:are|is)\s+due\s+to\s+(?:debate|vote\s+on|consider|decide\s+on|rule\s+on|allocate|"
        r"award|approve|sign\s+off)\b"
        r"|\b(?:takes?|will\s+take)\s+up\s+(?:the|its|their|this)\s+(?:\S+\s+)?(?:application|bill|"
        r"proposal|plan|case|appeal|request|motion)\b"
        # "Investors will vote on the offer", "The tariff takes effect after a council vote"
        r"|\b(?:will|are\s+to|is\s+to)\s+vote\s+on\s+(?:the|its|this|their)\b"
        r"|\b(?:takes?|will\s+take)\s+effect\s+(?:only\s+)?(?:after|once|when)\s+(?:\S+\s+){0,3}?"
        r"(?:vote|approv\w*|ratif\w*|sign\w*|passed|passes)"
        # "The freeze rests on a grant which ministers are due to allocate"
        r"|\b(?:rests?|rested|hinges?|hinged)\s+(?:entirely\s+|largely\s+|heavily\s+)?on\s+"
        r"(?:a|an|the|its|their)\s+(?:\S+\s+){0,3}?(?:grant|funding|money|loan|subsidy|approval|deal|"
        r"agreement|vote|decision|outcome|ruling|bid|application|funds|budget|contract|permission|"
        r"reviews?|inspections?|audits?|checks?|tests?)\b"
        # "opens public hearings on the application in late February"
        r"|\b(?:opens?|will\s+open|holds?|will\s+hold)\s+(?:public\s+)?hearings?\s+on\b"
        # "has to clear the state utilities commission", "must first clear the league's test"
        r"|\b(?:(?:has|have|needs?|will\s+have)\s+to|must)\s+(?:first\s+|still\s+|also\s+)?(?:clear|pass|"
        r"get\s+through|go\s+through|survive)\s+(?:the\s+|a\s+|its\s+)?(?:\S+\s+){0,7}?(?:commission|"
        r"regulators?|council|committee|board|parliament|senate|assembly|court|vote|review|"
        r"hearings?|inspector|inspection|watchdog|authority|shareholders|test|checks|vetting|"
        r"scrutiny|audit|assessment)s?\b"
        # "can begin only once the licensing board rules on the application"
        r"|\b(?:only\s+(?:once|after|when)|not\s+(?:until|before))\s+(?:the\s+|a\s+|its\s+)?(?:\S+\s+){0,5}?"
        r"(?:board|council|committee|regulators?|court|ministry|minister|commission|authority|"
        r"parliament|inspector|shareholders|voters|members)\s+(?:\S+\s+)?(?:rules?|decides?|"
        r"approves?|votes?|signs?\s+off|grants?|gives?|has\s+ruled|has\s+decided|has\s+approved)\b"
        # "The deal now lands on the desk of competition watchdogs"
        r"|\b(?:lands?|landed|landing)\s+on\s+the\s+desks?\s+of\b"
        # "Organisers first face a licensing hearing in January"
        r"|\b(?:first\s+)?(?:face|faces|must\s+face|will\s+face|still\s+face)\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?"
        r"(?:hearing|vote|review|inquiry|ballot)\b"
        # "move in only once the company has lined up $900 million in project debt"
        # (not an opening "Only once in nine attempts has Barcelona won": a rarity)
        r"|(?<=[a-z,]\s)only\s+once\s+(?!in\b|before\b|again\b|more\b)(?:the\s+|it\s+|they\s+)?"
        r"(?:\S+\s+){0,3}?(?:has|have|had)\s+(?:\S+\s+)?"
        r"(?:secured|lined\s+up|raised|found|obtained|won|received|signed|got)\b"
        # "saying it was comparing several sites across Europe"
        r"|\b(?:comparing|considering|weighing|assessing|evaluating)\s+(?:several|a\s+number\s+of|other|"
        r"various|multiple|different|rival)\s+(?:\S+\s+)?(?:sites|options|locations|bids|offers|"
        r"candidates|proposals)\b"
        # "Investors in both banks get their say at meetings in late June"
        r"|\b(?:get|gets|will\s+get|have|has|will\s+have)\s+(?:their|its|his|her|the)\s+(?:final\s+)?"
        r"say\s+(?:at|in|on|when|next)\b"
        # "The auction for the licence is set for March": the right still to win
        r"|\b(?:auction|tender|bidding\s+round)\s+(?:\S+\s+){0,6}?(?:is|was|has\s+been)\s+"
        r"(?:scheduled|set|due)\s+(?:for|to)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:документ\w*|заявк\w*|досье)\s+на\s+(?:регистрац\w*|одобрен\w*|утвержден\w*)"
        r"\s+(?:\S+\s+){0,3}?(?:переда\w*|направ\w*|подан\w*|поступил\w*)"
        r"|(?<!\w)(?:переда\w*|направ\w*|подан\w*|отправ\w*)\s+(?:\S+\s+){0,3}?на\s+"
        r"(?:регистрац\w*|утвержден\w*|одобрен\w*|экспертиз\w*)"
        r"|(?<!\w)(?:жд[её]т|ждут|ожида\w*)\s+(?:\S+\s+)?(?:регистрац\w*|утвержден\w*|"
        r"одобрен\w*|подписан\w*)"
        r"|(?<!\w)вступ\w*\s+в\s+силу\s+(?:только\s+|лишь\s+)?после\s+(?:\S+\s+){0,2}?(?:голосовани\w*|"
        r"одобрени\w*|утверждени\w*|решени\w*|подписани\w*|подпис[иь]|регистрац\w*)"
        r"|(?<!\w)(?:долж\w+|предстоит|нужно|необходимо)\s+(?:\S+\s+)?пройти\s+(?:\S+\s+)?"
        r"(?:экспертиз\w*|согласовани\w*|утверждени\w*|слушани\w*|голосовани\w*|комисси\w*)"
        # "Вопрос вынесен на годовое собрание 26 июня": put to a vote still to be held
        r"|(?<!\w)(?:вынес\w*|вынос\w*)\s+на\s+(?:\S+\s+)?(?:собрани\w*|заседани\w*|"
        r"голосовани\w*|рассмотрени\w*|референдум\w*|сесси\w*|слушани\w*)"
        # "Ходатайство о сделке сейчас изучает ФАС": a regulator examining it now
        r"|(?<!\w)(?:ходатайств\w*|заявк\w*|документ\w*|сделк\w*)\s+(?:\S+\s+){0,4}?(?:сейчас\s+|пока\s+)?"
        r"(?:изуча\w*|рассматрива\w*|проверя\w*|лежит\s+в|лежат\s+в|лежат\s+на\s+столе|лежит\s+на\s+столе)"
        # "Аукцион на право пользования участком назначили на 26 февраля": the right still to win
        r"|(?<!\w)(?:аукцион\w*|торги|торгов|конкурс\w*|тендер\w*)\s+(?:\S+\s+){0,6}?"
        r"(?:назначен\w*|назначил\w*|состоится|состоятся|пройд[её]т|пройдут)",
        re.IGNORECASE,
    ),
}

# A body's decision set for a date, told in the present: "Members of both societies vote on the
# plan at separate meetings on 22 May", "Purchase of the building goes to the city council ...
# on 3 March", "The maritime ministry signs off on the contract after ... 30 November".
_SCHEDULED = {
    "en": lazy(
        # "Fenbrook shareholders gather on 3 July to cast their votes on the offer"
        r"\b(?:gather|gathers|meet|meets|convene|convenes|assemble)\s+(?:in\s+\S+\s+)?on\s+(?:\d{1,2}\s+(?:"
        + MONTHS_EN
        + r")|"
        r"(?:" + MONTHS_EN + r")\s+\d{1,2})\s+to\s+(?:vote|decide|cast|consider|approve|rule)\b"
        # "A residents' group ... gets its day before the appeals court on 3 February"
        r"|\b(?:its|their|his|her)\s+day\s+(?:before|in)\s+(?:the\s+)?(?:\S+\s+)?court\b"
        # "typically takes ten months to rule on a new medicine"
        r"|\btakes?\s+(?:up\s+to\s+|about\s+|around\s+|typically\s+|usually\s+)?(?:\S+\s+)?(?:weeks|months|"
        r"years)\s+to\s+(?:rule|decide|approve|review|assess)\b"
        # "The competition tribunal has scheduled a hearing on the deal"
        r"|\b(?:scheduled|set|listed|fixed)\s+(?:a|the)\s+(?:full\s+)?hearing\b"
        # "has scheduled its advisory panel on the drug for 27 January"
        r"|\b(?:scheduled|set|fixed)\s+(?:its|their|a|the)\s+(?:\S+\s+)?(?:panel|hearing|meeting|review|vote|"
        r"session|inquiry)\s+(?:\S+\s+){0,5}?for\s+(?:\d|" + MONTHS_EN + r")"
        # "has listed a residents' group's challenge to the permit for a hearing in January"
        r"|\b(?:listed|scheduled|set\s+down)\s+(?:\S+\s+){0,8}?for\s+(?:a\s+)?(?:full\s+)?hearing\b"
        # "the regional planning inspector, whose hearing opens on 3 June"
        r"|\bhearings?\s+(?:opens|starts|begins|open|start|begin)\s+(?:on|in)\b"
        # "is the main item on the trust board's agenda for 9 May"
        r"|\bon\s+(?:the\s+)?(?:\S+\s+){0,3}?agenda\s+(?:for|on|at|next|when)\b"
        # "the energy minister rules on the project within three months of that"
        r"|\brules\s+on\s+(?:the|its)\s+(?:\S+\s+){0,2}?within\s+(?:\S+\s+)?(?:days|weeks|months)\b"
        # (not the vote told by its day: "The vote on Tuesday evening was unanimous")
        r"|\b(?:(?:vote|votes)\s+(?:on(?!\s+(?:" + DAYS_EN + r"))|to|for|against)|"
        r"(?:take|takes|hold|holds)\s+(?:the|a|their|its)\s+"
        r"(?:final\s+)?vote|(?:holds|hold)\s+(?:the|a|their|its)\s+(?:\S+\s+)?(?:hearing|inquiry|review)|"
        r"decides|decide|signs\s+off|sign\s+off|"
        r"goes\s+(?:to|before)|go\s+(?:to|before)|comes\s+before|considers|debates|"
        r"rules\s+on\s+(?:the|its|whether)|(?:takes|take|examines|examine|reviews|hears)\s+(?:up\s+)?"
        r"(?:the|its|their)\s+(?:\S+\s+){0,2}?(?:project|plan|bill|ordinance|application|proposal|"
        r"matter|request|price|case|appeal|scheme|deal|budget|change|changes|timetable|motion|offer|"
        r"merger|sale|takeover|contract|lease|tariff|fares?|increase|rise|schedule|fees?|tolls?|charges|"
        r"rezoning|zoning|permit|licen[cs]e|development|designation|bid|transfer|purchase|funding|grant|"
        r"loan)|"
        r"cast\s+(?:their|its|his|her)\s+"
        r"votes?\s+on|"
        # "Judges at the tribunal hear a challenge to the deal ... on 3 March", "the regional
        # planning inspectorate, which sits on 3 March"
        r"hears?\s+(?:a|an|the|its|their)\s+(?:\S+\s+){0,2}?(?:challenge|appeal|objection|complaint|"
        r"petition|claim)s?|"
        r"(?:which|who)\s+(?:next\s+)?(?:sits|meets|convenes))\b"
        r"[^.;]{0,100}?\b(?:on|at|in|by|after|before)\s+(?:\S+\s+){0,4}?(?:(?:\d{1,2}\s+)?(?:"
        + MONTHS_EN
        + r")|"
        + DAYS_EN
        + r"|"
        r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|next\s+(?:week|month|year))\b",
    ),
    "ru": lazy(
        # "Ходатайство о сделке поступило в Федеральную антимонопольную службу"
        r"(?<!\w)(?:ходатайств\w*|заявк\w*|документ\w*|досье|иск\w*|жалоб\w*)\s+(?:\S+\s+){0,3}?"
        r"(?:поступил\w*|подан\w*|направлен\w*|передан\w*|ушл\w*|уш[её]л|ушли|отправлен\w*)\s+"
        r"(?:\S+\s+)?(?:туда(?!\w)|в\s+(?:\S+\s+){0,2}?"
        r"(?:служб\w*|ФАС|суд\w*|министерств\w*|ведомств\w*|комисси\w*|агентств\w*|инспекци\w*|"
        r"надзор\w*|правительств\w*|думу|совет\w*))"
        # "депутаты областного совета голосуют за его передачу городу 28 апреля"
        r"|(?<!\w)(?:голосуют|голосует|проголосуют|проголосует|рассмотрят|рассмотрит|решат|решит|"
        r"разберёт|разберет|разберут|заслушает|заслушают|изучит|изучат|"
        r"соберётся|соберется|соберутся|утвердят|утвердит|обсудят|обсудит)(?!\w)[^.;]{0,100}?"
        r"(?<!\w)\d{1,2}\s+(?:" + MONTH_STEMS_RU + r")\w*"
        # "Годовое собрание акционеров компании назначено на 26 июня"
        r"|(?<!\w)(?:собрани\w*|заседани\w*|голосовани\w*|слушани\w*|сесси\w*|коллеги\w*)(?!\w)"
        r"[^.;]{0,100}?(?<!\w)(?:назначен\w*|намечен\w*|запланирован\w*)\s+на\s+(?:\d|конец|начало|середин\w*)"
        # "Проектная документация арены сейчас в Главгосэкспертизе"
        r"|(?<!\w)(?:сейчас|пока|ещё|еще)\s+(?:находится\s+|находятся\s+)?в\s+(?:\S+\s+)?(?:главгосэкспертиз\w*|"
        r"госэкспертиз\w*|экспертиз\w*|министерств\w*|ФАС|суде|минстрое|комисси\w*)"
        # "и заключение ведомство выдаст в сентябре"
        r"|(?<!\w)(?:заключение|решение|вердикт)\s+(?:\S+\s+){0,2}?(?:выдаст|выдадут|вынесет|вынесут|огласит|"
        r"огласят)(?!\w)"
        # "край рассчитывает получить из федерального бюджета по итогам конкурса заявок"
        # (not one already chosen so: "подрядчик определён по итогам конкурса в марте")
        r"|(?<!\w)(?<!определён\s)(?<!определен\s)(?<!выбран\s)(?<!выбрана\s)(?<!определена\s)по\s+итогам\s+"
        r"(?:\S+\s+)?(?:конкурс\w*|отбор\w*|тендер\w*)"
        # "заявка ... стоит в её повестке первой"
        r"|(?<!\w)(?:стоит|стоят|включен\w*|внесен\w*|внесён\w*)\s+в\s+(?:\S+\s+)?повестк\w*"
        # "областной суд назначил к слушанию на 12 декабря"
        r"|(?<!\w)назначил\w*\s+(?:\S+\s+)?(?:к\s+)?(?:слушани\w*|рассмотрени\w*)\s+на\s+\d",
        re.IGNORECASE,
    ),
}

# Who can block the claim says it can: "opposition members say they have the numbers to
# defeat it".
_HAS_VOTES = {
    "en": lazy(
        r"\b(?:have|has|had)\s+(?:the\s+)?(?:numbers|votes|majority)\s+to\s+(?:defeat|block|reject|"
        r"stop|kill|overturn|sink|vote\s+down)\b"
        # "The founders, who hold 38% of the shares, will vote the offer down"
        r"|\b(?:will|would|plan\s+to|intend\s+to|vowed\s+to|vow\s+to|pledged\s+to)\s+vote\s+"
        r"(?:(?:the|it|this|that|their)\s+(?:\S+\s+)?down\b|against\b)",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:хватит|хватает|достаточно)\s+(?:\S+\s+)?голосов,?\s+чтобы\s+(?:\S+\s+)?"
        r"(?:провалить|заблокировать|отклонить|отменить)",
        re.IGNORECASE,
    ),
}

# A bill passed by one chamber, moving on to the next ("The measure now moves to the Senate",
# "Законопроект направят в Совет Федерации"): its fate is still to be decided there.
_MOVES_ON = {
    "en": lazy(
        r"\b(?:bill|measure|proposal|proposals|legislation|deal|law|motion|amendment|ordinance|"
        r"package|budget|plan|plans|scheme|project|application|it|file|case|dossier|matter|decision)\s+"
        r"(?:now\s+|next\s+|then\s+)?"
        r"(?:moves|heads|goes|passes|proceeds|advances|travels|go|move|head|pass|proceed|advance|travel|"
        r"will\s+(?:now\s+)?(?:go|move|head|pass|proceed))\s+(?:on\s+)?to\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?(?:senate|house|assembly|"
        r"parliament|council|governor|president|lords|commons|chamber|legislature|congress|voters|"
        r"bundesrat|vote|ballot|referendum|inspector|inquiry|regulators?|committee|court|tribunal|"
        r"minister|ministry|commission|watchdog|inspectorate|ombudsman|secretary)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:законопроект|документ|закон|поправк\w*|проект)\s+(?:теперь\s+|далее\s+|"
        r"затем\s+)?(?:направ\w*|переда\w*|поступ\w*|отправ\w*|уйд[её]т)\s+(?:\S+\s+){0,2}?"
        r"(?:в\s+совет\s+федерации|в\s+сенат|в\s+госдум\w*|на\s+подпись|на\s+утверждение)",
        re.IGNORECASE,
    ),
}

_TIME_TO_GO = lazy(r"\b(?:years?|months?|weeks?|days?|hours?|time)\s+to\s+go\s+before\b", re.I)

# A decision on the claim still to come, with its date: "whose decision on the application
# is due in September", "решение по заявке ожидается в сентябре"; or the claim resting with
# a body that decides ("That timetable rests with the Food and Drug Administration").
_DECISION_DUE = {
    "en": lazy(
        r"\b(?:decision|ruling|verdict|approval|judgment|judgement)\s+(?:\S+\s+){0,4}?(?:is|are)\s+"
        r"(?:now\s+)?(?:due|expected|scheduled)\b"
        r"|\breserved\s+(?:her|his|its|their|the)\s+(?:ruling|judgment|judgement|decision|verdict)\b"
        # "has set November 14 as the date for its decision on the drug"
        r"|\bset\s+(?:\S+\s+){1,3}?as\s+the\s+(?:date|deadline)\s+for\s+(?:its|a|the|their)\s+(?:final\s+)?"
        r"(?:decision|ruling|verdict|judgment|judgement)\b"
        # "has scheduled its final verdict on the tablet for March"
        r"|\b(?:scheduled|set|fixed)\s+(?:its|their|his|her|a|the)\s+(?:final\s+)?(?:verdict|decision|"
        r"ruling|judgment|judgement|recommendation|guidance)\s+(?:\S+\s+){0,6}?for\b"
        # "is under review", "remains under consideration"
        r"|\b(?:is|are|remains?|was\s+put|were\s+put)\s+(?:still\s+)?under\s+(?:review|consideration|"
        r"examination|assessment|evaluation)\b"
        r"|\b(?:decision|ruling|verdict|judgment|judgement)\s+(?:\S+\s+){0,3}?(?:would|will)\s+"
        r"(?:follow|come)\b"
        r"|\b(?:rests|lies)\s+with\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:administration|agency|regulators?|"
        r"authority|court|council|board|committee|ministry|government|panel|shareholders|voters|"
        r"commission|parliament|senate|congress|judge|tribunal)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:решение|вердикт|постановление|заключение)\s+(?:\S+\s+){0,6}?(?:ожидается|"
        r"будет\s+принято|будет\s+вынесено|примут|вынесут|обеща\w*\s+вынести)"
        r"|(?<!\w)отложил\w*\s+(?:вынесение|оглашение)\s+(?:решения|приговора|вердикта)"
        # "Досье препарата находится на экспертизе в Минздраве"
        r"|(?<!\w)(?:находит\w*|наход\w*|остаётся|остается)\s+на\s+(?:экспертиз\w*|рассмотрени\w*|"
        r"согласовани\w*|утверждени\w*|регистрац\w*)"
        # "проектная документация сейчас проходит проверку в Главгосэкспертизе"
        r"|(?<!\w)проход\w*\s+(?:\S+\s+)?(?:проверк\w*|экспертиз\w*|согласовани\w*|рассмотрени\w*)",
        re.IGNORECASE,
    ),
}

# What the claim waits for: "asked an appeals court to halt the ruling", "until that request
# is decided", "Чтобы закон заработал, его должен подписать губернатор", "For the law to take
# effect, ...".
_WAITS_FOR = {
    "en": lazy(
        r"\basked\s+(?:an?|the)\s+(?:\S+\s+)?(?:appeals?|higher|supreme|appellate)\s+court\s+to\s+"
        r"(?:halt|suspend|stay|overturn|block|freeze|pause)\b"
        # "A group of parents has asked a county judge to block the move"
        r"|\basked\s+(?:an?|the)\s+(?:\S+\s+){0,2}?(?:court|judge|tribunal|regulators?|watchdog|"
        r"ombudsman)\s+to\s+(?:halt|suspend|stay|overturn|block|freeze|pause|stop|quash|annul|"
        r"strike\s+down|throw\s+out)\b"
        # "a hearing on their request is set for May 6"
        r"|\bhearing\s+(?:\S+\s+){0,4}?(?:is|has\s+been|was)\s+(?:set|scheduled|due|listed)\s+for\b"
        r"|\buntil\s+(?:that|the|this|a)\s+(?:\S+\s+){0,2}(?:is|are)\s+(?:decided|resolved|settled|"
        r"heard|ruled\s+on)\b"
        r"|\bfor\s+(?:the|it|this)\s+(?:\S+\s+){0,2}?to\s+(?:take\s+effect|become\s+law|come\s+into\s+"
        r"force)\b"
        # "said it would take the case to the Employment Appeal Tribunal": a ruling not final
        r"|\b(?:take|takes|taking|took|bring|brings|carry)\s+(?:the|its|their|this|that)\s+(?:case|"
        r"ruling|decision|verdict|judgment|judgement|fight|matter)\s+to\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?"
        r"(?:appeals?|appellate|supreme|higher)\b"
        # "has taken the council to the High Court, and a judge will hear their challenge on
        # 2 June": a challenge to the claim still to be heard
        r"|\b(?:will|is\s+(?:due|set|expected)\s+to|are\s+(?:due|set|expected)\s+to)\s+hear\s+"
        r"(?:the|their|its|his|her|a|an)\s+(?:\S+\s+){0,2}?(?:challenge|appeal|case|objection|"
        r"complaint|claim|lawsuit|suit|petition)\b"
        # "the High Court hears the case in October", "which the High Court hears on 3 December"
        r"|\b(?:court|judges?|tribunal|panel)\s+(?:now\s+|next\s+|then\s+)?hears?\s+(?:the|their|its|his|her)\s+"
        r"(?:\S+\s+)?(?:case|appeal|challenge|claim|objection|complaint)\b"
        r"|\bwhich\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:court|tribunal|judges?)\s+hears?\b"
        # "Judge Harriet Ohlsen hears arguments on the settlement ... on 22 July"
        r"|\b(?:judge|court|judges|tribunal|panel)\b[^.;]{0,40}?\bhears?\s+(?:arguments|evidence|"
        r"submissions|the\s+case|objections|challenges|complaints)\b"
        # "the transfer of the deeds follows her ruling"
        r"|\bfollows?\s+(?:her|his|the|its|their)\s+(?:ruling|decision|approval|verdict|vote)\b"
        # "has lodged an appeal"
        r"|\b(?:lodged|filed|launched|lodges|files|launches)\s+(?:an?\s+)?(?:legal\s+)?(?:appeal|"
        r"challenge|judicial\s+review)\b"
        r"|\b(?:taken|take|takes|taking|took)\s+(?:the\s+)?(?:\S+\s+){0,3}?to\s+(?:the\s+)?(?:high\s+|"
        r"supreme\s+|federal\s+|district\s+|county\s+|crown\s+)?court\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)чтобы\s+(?:\S+\s+){0,2}?(?:заработал\w*|вступил\w*\s+в\s+силу|начал\w*\s+"
        r"действовать)"
        # "Адвокаты уже готовят жалобу в областной суд", "намерены обжаловать приговор"
        r"|(?<!\w)(?:готов\w*|подад\w*|подаст|подал\w*|намерен\w*\s+подать|собира\w*\s+подать)\s+(?:\S+\s+)?"
        r"(?:жалоб\w*|апелляци\w*)|(?<!\w)(?:обжалуют|обжалует|намерен\w*\s+обжаловать|"
        r"будут\s+обжаловать|собира\w*\s+обжаловать)"
        # "Иск рассмотрят 2 июня", "суд рассмотрит их жалобу в июне": a challenge still to be heard
        r"|(?<!\w)(?:иск\w*|жалоб\w*|апелляци\w*)\s+(?:\S+\s+){0,3}?(?:рассмотрят|рассмотрит|"
        r"будет\s+рассмотрен\w*|назначен\w*\s+на)"
        r"|(?<!\w)(?:рассмотрит|рассмотрят)\s+(?:\S+\s+){0,2}?(?:иск\w*|жалоб\w*|апелляци\w*)",
        re.IGNORECASE,
    ),
}

# A decision told as taken and final: "The vote on Tuesday night was unanimous", "voted
# unanimously", "Решение вступило в законную силу", "приняла объект ... без замечаний". Read
# with ``decide``'s veto: told alone, it settles the claim, it does not qualify it.
_DONE = {
    "en": lazy(
        r"\bunanimous(?:ly)?\b|\bthe\s+last\s+(?:permission|approval|hurdle|sign-off)\s+(?:the\s+)?"
        r"(?:\S+\s+){0,2}?(?:needed|required)\b"
        # "An appeals court upheld the ruling in March", "dismissed the appeal", "the ruling is
        # now final", "The deal was signed in Copenhagen on Tuesday"
        r"|\b(?:upheld|confirmed)\s+(?:the|its|a|an|that)\s+(?:\S+\s+)?(?:ruling|decision|verdict|"
        r"judgment|judgement|sentence|conviction|ban|order)\b"
        r"|\b(?:dismissed|rejected|threw\s+out)\s+(?:the|an|its|their)\s+(?:\S+\s+)?appeal\b"
        r"|\b(?:ruling|decision|verdict|judgment|judgement)\s+(?:is|was|became|has\s+become)\s+"
        r"(?:now\s+)?final\b"
        r"|\b(?:deal|contract|agreement|pact|treaty|order)\s+(?:was|were|has\s+been|had\s+been)\s+"
        r"signed\b"
        # "The council approved the extra funding for staff at its budget meeting last week"
        r"|\b(?:council|board|committee|parliament|assembly|senate|cabinet|shareholders|members|voters|"
        r"regulators?|ministry|government|trustees|governors)\s+(?:\S+\s+){0,2}?(?:approved|ratified|"
        r"endorsed|signed\s+off\s+on)\s+(?:\S+\s+){0,6}?(?:last\s+(?:week|month|year)|on\s+(?:"
        + DAYS_EN
        + r")|in\s+(?:"
        + MONTHS_EN
        + r")|at\s+(?:its|their)\s+(?:\S+\s+)?meeting)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)единогласно(?!\w)"
        r"|^\W*(?:решение|приговор|закон|постановление|документ)\s+(?:\S+\s+)?(?<!не\s)вступил[оаи]?\s+в\s+"
        r"(?:законную\s+)?силу(?!\w)"
        r"|(?<!\w)без\s+замечаний(?!\w)"
        # "оставила решение без изменений, и оно вступило в законную силу", "Контракт подписан в
        # понедельник"
        r"|(?<!\w)(?:оставил[аи]?|оставлен[оаы]?)\s+(?:\S+\s+){0,3}?без\s+изменени\w*"
        r"|(?<!\w)(?<!не\s)вступил[оаи]?\s+в\s+законную\s+силу(?!\w)"
        r"|^\W*(?:контракт|договор|соглашение|сделка)\s+(?:\S+\s+)?(?:был[аоы]?\s+|уже\s+)?"
        r"подписан[аоы]?(?!\w)",
        re.IGNORECASE,
    ),
}

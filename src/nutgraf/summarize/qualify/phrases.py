"""Whole-sentence phrases of stance that no one word makes, matched as patterns on the
sentence's text: a window still open to act, talks with a next round set, a vote that does
not bind, another source's count, a revision due ("has three weeks to lodge an appeal",
"a further session is scheduled", "The commission's vote is advisory").

Hand-written like ``lexicon``'s lists: no package of this field tags these constructions.
``phrase_kinds`` gives the stance kinds of the phrases a sentence holds; ``constructions``
adds them to the sentence's profile.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A window still open to act on the claim: "has three weeks to lodge an appeal", "have
# until the end of the month to call it in", "на обжалование у компании есть месяц",
# "есть десять дней, чтобы оспорить".
_WINDOW = {
    "en": re.compile(
        r"\bha(?:s|ve)\s+(?:(?:got|just|only|still)\s+)?(?:until\s+[^.;:]{1,40}?|"
        r"(?:\S+\s+){1,2}(?:days?|weeks?|months?|years?|hours?)\s+)to\s+(?:\S+\s+){0,6}?"
        r"(?:appeal|challenge|contest|object|respond|reply|decide|call|lodge|file|seek|request|"
        r"submit|veto|reject|accept|approve|sign|ratify|review|overturn|block|comply)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:есть|осталось|остаётся|остается|отведено|дано|дали|дают)\s+(?:ещё\s+|еще\s+)?"
        r"(?:\S+\s+){0,2}(?:дн\w*|недел\w*|месяц\w*|сут\w*|год\w*|час\w*),?\s+"
        r"(?:на|чтобы)\s+(?:обжал|оспор|оспар|апелл|ответ|реш|возраз|подать|жалоб|отказ|соглас)"
        r"|(?<!\w)на\s+(?:обжалование|оспаривание|апелляцию|ответ|решение)\s+(?:\S+\s+){0,3}"
        r"(?:есть|остал\w*|отвед\w*|дан\w*)",
        re.IGNORECASE,
    ),
}
# What the claim leads to is still far off: "trials in people are several years away",
# "at the earliest", "не раньше чем через три года", "пройдёт ещё несколько лет".
_NOT_SOON = {
    "en": re.compile(
        r"\b(?:years?|months?|decades?)\s+away\b|\bat\s+the\s+earliest\b", re.IGNORECASE
    ),
    "ru": re.compile(
        r"(?<!\w)(?:не\s+раньше|в\s+лучшем\s+случае\s+через)(?!\w)"
        r"|(?<!\w)(?:пройд[её]т|потребуется|понадобится|уйд[её]т)\s+(?:ещё\s+|еще\s+)?"
        r"(?:несколько|много|не\s+менее|минимум|\d+)\s+(?:лет|месяцев|год)"
        r"|(?<!\w)занима\w*\s+(?:обычно\s+)?(?:больше|более|не\s+менее|свыше)\s+(?:\S+\s+)?лет",
        re.IGNORECASE,
    ),
}
_STEPS_AHEAD = {
    "en": re.compile(
        r"\b(?:lies?|lay|remains?)\s+ahead\b|\bahead\s+(?:lie|lies|remain)\b|"
        r"\bstill\s+to\s+come\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"(?<!\w)впереди(?!\w)", re.IGNORECASE),
}
# The other side's account of the claim: a figure or version of its own ("the management
# gives a very different figure", "police put the number far lower", "администрация
# называет совсем другую цифру", "в полиции приводят иные данные"), or experts not won
# over ("say they are not persuaded", "are not convinced", "не убеждены").
_COUNTER = {
    "en": re.compile(
        r"\b(?:puts?|gives?|gave|cites?|cited|names?|named|quotes?|quoted|offers?|offered|"
        r"reports?|reported|has|have|had)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
        r"(?:(?:much|far|very|rather|quite|markedly|considerably|significantly|entirely|"
        r"completely)\s+)?(?:different|lower|higher|smaller|larger|own|other|another)\s+"
        r"(?:figures?|numbers?|estimates?|counts?|tally|totals?|account|version|picture)\b"
        r"|\b(?:puts?|put)\s+(?:the|its|their)\s+(?:figure|number|count|total|tally)\s+"
        r"(?:much|far|considerably|significantly)\s+(?:lower|higher)\b"
        r"|\bputs?\s+(?:the|its|their)\s+(?:\S+\s+)?(?:figure|number|count|total|tally|reduction|"
        r"increase|rise|fall|drop|cost|toll|rate)\s+(?:closer\s+to|nearer|nowhere\s+near|far\s+"
        r"(?:lower|higher|below|above)|much\s+(?:lower|higher)|well\s+(?:below|above))\b"
        r"|\b(?:police|officials|authorities|the\s+authorities|organi[sz]ers)\s+(?:\S+\s+)?put\s+"
        r"(?:the\s+)?(?:turnout|crowd|attendance|number\s+of\s+\w+)\s+at\b"
        r"|\bnot\s+(?:\S+\s+)?(?:persuaded|convinced)\b"
        r"|\b(?:contest|contests|contested|challenge|challenges|challenged|question|questions|"
        r"questioned)\s+(?:the|these|those|this|that|its|their)\s+(?:\S+\s+)?(?:figures?|"
        r"numbers?|claims?|account|findings?|data|estimates?|results?|version|conclusions?|"
        r"count|tally|reading)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:называ\w*|привод\w*|привёл|привел\w*|да[её]т|дают|озвучи\w*|"
        r"сообща\w*|указыва\w*|располага\w*)\s+(?:\S+\s+){0,2}?"
        r"(?:друг\w*|ин(?:ую|ые|ой|ое|ых)|сво(?:ю|и|ей|их)|собственн\w*|меньш\w*|больш\w*)\s+"
        r"(?:цифр\w*|данны\w*|оценк\w*|числ\w*|верси\w*|подсч[её]т\w*)"
        r"|(?<!\w)не\s+(?:\S+\s+)?(?:убежден\w*|убеждён\w*|уверен\w*)",
        re.IGNORECASE,
    ),
}
# Talks to be carried on at a set time: "a further session is scheduled next month", "the
# sides will reconvene", "итоговый документ намерены обсудить на следующей неделе",
# "очередной раунд назначен на июнь": what the claim's talks produced is not settled yet.
_NEXT_ROUND = {
    "en": re.compile(
        r"\b(?:further|another|new|next|fresh|second|third|final)\s+(?:round|session|meeting|"
        r"sitting)s?\s+(?:of\s+(?:talks|negotiations)\s+)?(?:(?:is|are|has\s+been|have\s+"
        r"been|was|were)\s+)?(?:scheduled|planned|set|due|expected|pencilled|penciled|slated|"
        r"called)\b"
        # terms "left to officials who meet again in March"
        r"|\bleft\s+to\s+(?:officials|negotiators|experts|working\s+groups?|technical\s+teams?)\b"
        r"|\bmeet\s+again\s+(?:in|on|next|later|at)\b"
        # "have put a further meeting in the diary", "scheduled another round"
        r"|\b(?:put|pencilled|penciled|scheduled|set|arranged|fixed|called)\s+(?:in\s+)?"
        r"(?:a|another|the)\s+(?:further|next|new|second|third|fresh|final)\s+(?:round|session|"
        r"meeting|sitting)s?\b"
        r"|\b(?:will|to)\s+(?:reconvene|resume\s+(?:talks|negotiations)|meet\s+again|"
        r"return\s+to\s+the\s+(?:table|talks|negotiating\s+table))\b"
        # a point put off to a later round: "Herring quotas were pushed to a further round"
        r"|\b(?:pushed|put\s+off|deferred|postponed|held\s+over|left|moved|kicked)\s+(?:back\s+)?"
        r"(?:to|until|till|for|into)\s+(?:a\s+|the\s+)?(?:further|next|later|another|new|"
        r"future)\s+(?:round|session|meeting|sitting)s?\b"
        # terms left to talks of their own: "subject to further negotiation", "remain to be
        # negotiated"
        r"|\bsubject\s+(?:of|to)\s+(?:further|separate|more|future|fresh)\s+(?:talks|"
        r"negotiations?|discussions?)\b"
        r"|\b(?:remains?|are|is)\s+(?:still\s+)?to\s+be\s+(?:negotiated|agreed|settled|"
        r"worked\s+out|thrashed\s+out|hammered\s+out)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:намерен\w*|планиру\w*|собира\w*|договорил\w*|условил\w*|решил\w*)\s+"
        r"(?:\S+\s+){0,3}?(?:обсудить|вернуться\s+к|встретиться|продолжить|возобновить)"
        r"|(?<!\w)(?:следующ\w+|нов\w+|очередн\w+)\s+(?:раунд|встреч\w+|заседани\w+)\s+"
        r"(?:\S+\s+){0,3}?(?:назначен\w*|запланирован\w*|пройд[её]т|состоится)"
        # "стороны назначили следующий раунд переговоров на 3 марта"
        r"|(?<!\w)(?:назначил\w*|запланировал\w*|наметил\w*)\s+(?:\S+\s+)?(?:следующ\w+|нов\w+|"
        r"очередн\w+)\s+(?:раунд|встреч\w+|заседани\w+)"
        # "перенесли на следующий раунд", "отложили до следующей встречи"
        r"|(?<!\w)(?:перенес\w*|отлож\w*|оставил\w*)\s+(?:\S+\s+){0,3}?(?:на|до)\s+"
        r"(?:следующ\w+|очередн\w+|нов\w+|будущ\w+)\s+(?:раунд\w*|встреч\w*|заседани\w*)"
        # "станут предметом отдельных переговоров", "предстоит согласовать"
        r"|(?<!\w)предмет\w*\s+(?:\S+\s+)?(?:переговоров|обсуждени\w*|консультаци\w*|"
        r"согласовани\w*)",
        re.IGNORECASE,
    ),
}
# What the claim is does not bind: "The commission's vote is advisory", "a non-binding
# memorandum", "a letter of intent" (not an English "memorandum of understanding", as often
# a lasting pact), "носит рекомендательный характер", "меморандум о
# намерениях": the decision that binds is still to come.
_NOT_BINDING = {
    "en": re.compile(
        r"\b(?:is|are|was|were|remains?|be)\s+(?:only\s+|purely\s+|merely\s+|largely\s+)?"
        r"(?:advisory|non-?binding|not\s+binding|symbolic)\b|\bnon-?binding\b"
        r"|\bletters?\s+of\s+intent\b"
        # "What the two ministers signed is a memorandum of understanding"
        r"|\b(?:is|are|was|were)\s+(?:only\s+|just\s+|merely\s+|simply\s+)?an?\s+(?:non-?binding\s+)?"
        r"memorand(?:um|a)\s+of\s+(?:understanding|intent)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)рекомендательн\w*|(?<!\w)(?:меморандум\w*|протокол\w*|соглашени\w*)\s+о\s+"
        r"(?:намерени\w*|взаимопонимании)|(?<!\w)не\s+(?:является|являются|носит|носят)\s+"
        r"обязательн\w*",
        re.IGNORECASE,
    ),
}
# The claim's benefit tied to a condition: "tied to a commitment to stay five years",
# "выплата привязана к обязательству".
_TIED = {
    "en": re.compile(
        r"\b(?:tied|linked|pegged|bound)\s+to\s+(?:a|an|the)?\s*(?:\S+\s+)?(?:commitment|"
        r"condition|obligation|pledge|requirement|promise|undertaking)s?\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:завязан\w*\s+на\s+(?:\S+\s+)?(?:регистраци\w*|одобрени\w*|решени\w*|"
        r"согласовани\w*|разрешени\w*))|(?<!\w)(?:привязан\w*|увязан\w*|обусловлен\w*)\s+(?:к|с)?\s*(?:\S+\s+)?"
        r"(?:обязательств\w*|услови\w*|требовани\w*)",
        re.IGNORECASE,
    ),
}
# Whether the claim happens is someone else's to decide: "Whether the shovels go in is a
# matter for the state panel", "up to the regulator", "Состоится ли ..., решит суд".
_WHETHER_DECIDED = {
    "en": re.compile(
        r"^\W*whether\b[^.;]{0,120}?\b(?:is|are|will\s+be|remains?)\s+(?:a\s+matter\s+for|"
        r"(?:entirely\s+)?up\s+to|for\s+\S+(?:\s+\S+){0,4}\s+to\s+(?:decide|rule|say|"
        r"determine)|in\s+the\s+hands\s+of|(?:to\s+be\s+)?(?:decided|determined)|"
        r"unclear|uncertain|open)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*\w+\s+ли\b[^.;]{0,120}?(?:реш(?:ит|ат|ать|ается)|определ(?:ит|ят|ится)|"
        r"зависит|неясно|не\s+ясно|неизвестно|предстоит)",
        re.IGNORECASE,
    ),
}
# The report's subject calling it rumour: "dismissed the reports as speculation", "Сам
# Вершинин назвал эти сведения домыслами" (not speculation told as such).
_DISMISSED = {
    "en": re.compile(
        r"\b(?:dismiss\w*|call\w*|brand\w*|describ\w*|label\w*|den(?:y|ies|ied))\s+"
        r"(?:\S+\s+){0,4}?(?:as\s+)?(?:(?:pure|mere|idle|wild|baseless)\s+)?(?:speculation|"
        r"rumou?rs?|gossip|fiction|fantasy|nonsense|fake|invention|invented|made\s+up|fabricated|"
        r"fabrication|conjecture|baseless|groundless)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:назвал\w*|называ\w*|счита\w*)\s+(?:\S+\s+){0,3}?[«\"“]?(?:домысл\w*|слух\w*|"
        r"выдумк\w*|фейк\w*|спекуляци\w*|вымысл\w*|неправд\w*|сплетн\w*|недостоверн\w*|фантази\w*|"
        r"ложн\w*|ошибочн\w*|неверн\w*|необоснованн\w*)",
        re.IGNORECASE,
    ),
}
# The last word is someone else's: "the final say rests with the shareholders", "the
# decision lies with the minister", "последнее слово за собранием акционеров", "решение
# остаётся за судом".
_LAST_WORD = {
    "en": re.compile(
        r"\b(?:final|last|ultimate)\s+(?:say|word|decision|call)\s+(?:\S+\s+)?(?:rests|lies|"
        r"belongs|remains|is)\s+(?:\S+\s+)?with\b"
        r"|\b(?:decision|call|say)\s+(?:now\s+)?(?:rests|lies)\s+with\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:последнее|окончательное|решающее)\s+слово\s+(?:\S+\s+)?за(?!\w)"
        r"|(?<!\w)(?:окончательное\s+)?решение\s+(?:\S+\s+)?(?:остаётся|остается|будет)\s+за"
        r"(?!\w)|(?<!\w)решать\s+(?:\S+\s+)?будет(?!\w)",
        re.IGNORECASE,
    ),
}
# Terms still open after talks: "with pay and pensions all left open", "остаются открытыми".
_LEFT_OPEN = {
    "en": re.compile(
        r"\b(?:left|remain|remains|remained|still)\s+(?:wide\s+)?open\b(?!\s+(?:to|for|until|on|"
        r"daily|as|at|from|during|in))",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:оста(?:ются|лись|ётся|ется|лся|лась)|оставлен\w*)\s+(?:\S+\s+)?открыт\w*",
        re.IGNORECASE,
    ),
}
_STUMBLING_RU = re.compile(r"(?<!\w)камн\w*\s+преткновени", re.IGNORECASE)
# A bill through its first reading only: the readings after it are still to come.
_FIRST_READING = {
    "en": re.compile(
        r"\b(?:at|in|its|a|the)\s+first\s+reading\b|\bfirst\s+of\s+(?:two|three|several|"
        r"four)\s+(?:votes|readings|stages)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"(?<!\w)в\s+первом\s+чтении(?!\w)", re.IGNORECASE),
}
# The claim goes before the body that decides it: "The proposal goes before the full city
# council on June 18", "проект будет вынесен на рассмотрение думы".
_GOES_BEFORE = {
    "en": re.compile(
        r"\b(?:goes|go|going|comes|come|heads|head|is\s+due\s+to\s+go|will\s+go)\s+before\s+"
        r"(?:the\s+|a\s+)?(?:\S+\s+){0,3}?(?:council|committee|board|parliament|assembly|court|"
        r"judge|regulators?|voters|members|shareholders|senate|house|panel|commission|cabinet|"
        r"ministers|congress|lawmakers|legislature|tribunal|inquiry)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:будет|будут|предстоит|планируется)\s+(?:\S+\s+)?(?:вынес\w*|внес\w*|"
        r"представ\w*)\s+на\s+(?:рассмотрение|голосование|утверждение|заседание|обсуждение)",
        re.IGNORECASE,
    ),
}
# The other side's account said to differ: "The union's account was different", "У профсоюза
# своя версия", "Картина в профсоюзе иная".
_OTHER_ACCOUNT = {
    "en": re.compile(
        r"\b(?:account|version|picture|view|figures?|numbers?|tally)\s+(?:was|is|were|are)\s+"
        r"(?:very\s+|rather\s+|quite\s+|markedly\s+|somewhat\s+|strikingly\s+)?different\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:верси\w*|картин\w*|цифр\w*|данны\w*)\s+(?:\S+\s+){0,2}?(?:ин(?:ая|ые|ой)|"
        r"друг(?:ая|ие|ой)|совсем\s+друг\w*)(?!\w)",
        re.IGNORECASE,
    ),
}
# Sent for a decision still to come: "submitted for registration", "Документы на регистрацию
# препарата переданы в Минздрав", "Контракт ждёт регистрации", "awaits registration"; a body
# due to take it up ("legislators are due to debate in September", "the committee takes up
# the application in September").
_SUBMITTED = {
    "en": re.compile(
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
        r"agreement|vote|decision|outcome|ruling|bid|application|funds|budget|contract|permission)\b"
        # "opens public hearings on the application in late February"
        r"|\b(?:opens?|will\s+open|holds?|will\s+hold)\s+(?:public\s+)?hearings?\s+on\b"
        # "has to clear the state utilities commission"
        r"|\b(?:has|have|needs?|must|will\s+have)\s+to\s+(?:clear|pass|get\s+through|go\s+through)\s+"
        r"(?:the\s+|a\s+)?(?:\S+\s+){0,3}?(?:commission|regulators?|council|committee|board|parliament|"
        r"senate|assembly|court|vote|review|hearings?|inspector|watchdog|authority|shareholders)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:документ\w*|заявк\w*|досье)\s+на\s+(?:регистрац\w*|одобрен\w*|утвержден\w*)"
        r"\s+(?:\S+\s+){0,3}?(?:переда\w*|направ\w*|подан\w*|поступил\w*)"
        r"|(?<!\w)(?:переда\w*|направ\w*|подан\w*|отправ\w*)\s+(?:\S+\s+){0,3}?на\s+"
        r"(?:регистрац\w*|утвержден\w*|одобрен\w*|экспертиз\w*)"
        r"|(?<!\w)(?:жд[её]т|ждут|ожида\w*)\s+(?:\S+\s+)?(?:регистрац\w*|утвержден\w*|"
        r"одобрен\w*|подписан\w*)"
        r"|(?<!\w)вступ\w*\s+в\s+силу\s+(?:только\s+|лишь\s+)?после\s+(?:\S+\s+){0,2}?(?:голосовани\w*|"
        r"одобрени\w*|утверждени\w*|решени\w*|подписани\w*|регистрац\w*)"
        r"|(?<!\w)(?:долж\w+|предстоит|нужно|необходимо)\s+(?:\S+\s+)?пройти\s+(?:\S+\s+)?"
        r"(?:экспертиз\w*|согласовани\w*|утверждени\w*|слушани\w*|голосовани\w*|комисси\w*)",
        re.IGNORECASE,
    ),
}
# Who can block the claim says it can: "opposition members say they have the numbers to
# defeat it".
_HAS_VOTES = {
    "en": re.compile(
        r"\b(?:have|has|had)\s+(?:the\s+)?(?:numbers|votes|majority)\s+to\s+(?:defeat|block|reject|"
        r"stop|kill|overturn|sink|vote\s+down)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:хватит|хватает|достаточно)\s+(?:\S+\s+)?голосов,?\s+чтобы\s+(?:\S+\s+)?"
        r"(?:провалить|заблокировать|отклонить|отменить)",
        re.IGNORECASE,
    ),
}
# A measure while its money lasts: "applications close as soon as the fund runs dry", "while
# stocks last", "пока не закончатся средства", "до исчерпания лимита".
_WHILE_FUNDS = {
    "en": re.compile(
        r"\b(?:until|once|when|as\s+soon\s+as|while)\s+(?:the\s+|its\s+)?(?:\S+\s+){0,3}?"
        r"(?:runs?\s+(?:dry|out)|(?:is|are)\s+(?:exhausted|used\s+up|spent)|last(?=\s*[,.;)]|\s*$))",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)пока\s+не\s+(?:закончат|законч|исчерпа|израсход)\w*"
        r"|(?<!\w)до\s+(?:полного\s+)?исчерпани\w*",
        re.IGNORECASE,
    ),
}
# Who a measure is for: a means test or a group ("applies only to students whose families
# earn less than", "семьям с доходом ниже полутора прожиточных минимумов").
_MEANS_TEST = {
    "en": re.compile(
        r"\b(?:whose|with)\s+(?:\S+\s+){0,3}?(?:incomes?|earn|earnings)\s+(?:\S+\s+){0,2}?(?:below|"
        r"under|less\s+than|of\s+less\s+than)\b"
        r"|\b(?:is|are|will\s+be)\s+(?:reserved|earmarked)\s+for\b"
        r"|\b(?:applies|apply|is\s+open|are\s+open|is\s+available|are\s+available|is\s+limited|"
        r"are\s+limited|is\s+restricted|are\s+restricted)\s+(?:only\s+)?to\s+(?:\S+\s+){0,3}?"
        r"(?:who|whose|with|earning|aged|living)\b"
        # only a group picked by a clause: "only farms that keep their herds"
        r"|\bonly\s+(?:those|\w+s)\s+(?:who|that|which|whose|where)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:лишь|только)\s+(?:\S+\s+){0,2}?(?:которые|которых|кто|где|чьи)(?!\w)"
        r"|(?<!\w)(?:у\s+(?:кого|которых)\s+)?доход\w*\s+(?:\S+\s+)?(?:ниже|менее|не\s+выше|не\s+более)(?!\w)"
        r"|(?<!\w)(?:с\s+доход\w*|доход\w*\s+которых)\s+(?:\S+\s+){0,2}?(?:ниже|менее|меньше|"
        r"не\s+выше|не\s+более)(?!\w)",
        re.IGNORECASE,
    ),
}
# A first span told as what is to come: "For the first three months, buses will carry a
# safety driver", "Первые три месяца машины будут ездить с водителем-испытателем".
_FIRST_SPAN = {
    "en": re.compile(
        r"\b(?:for|in|during)\s+(?:the|its)\s+first\s+(?:\S+\s+)?(?:days?|weeks?|months?|years?)\b"
        r"[^.;]*\bwill\b"
        r"|\bwill\b[^.;]*\b(?:for|in|during)\s+(?:the|its)\s+first\s+(?:\S+\s+)?(?:days?|weeks?|"
        r"months?|years?)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:в\s+|на\s+)?(?:первые|первых)\s+(?:\S+\s+)?(?:месяц\w*|недел\w*|дн\w*|"
        r"(?:пол|полу)?год\w*|лет)(?!\w)[^.;]*(?<!\w)(?:будут|будет|станут|станет)(?!\w)",
        re.IGNORECASE,
    ),
}
# Told by the people studied themselves: "Sleep times were reported by the workers themselves in
# an online questionnaire, rather than measured", "участники сами оценивали качество сна".
_SELF_REPORTED = {
    "en": re.compile(
        r"\breported\s+by\s+(?:the\s+)?(?:\S+\s+){0,2}?themselves\b|\brather\s+than\s+measured\b"
        r"|\bin\s+(?:an?\s+)?(?:online\s+)?questionnaires?\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)сами\s+(?:\S+\s+){0,2}?(?:оценивали|сообщали|указывали|отмечали|описывали)"
        r"|(?<!\w)по\s+(?:их\s+)?собственным\s+(?:оценкам|ответам|словам)",
        re.IGNORECASE,
    ),
}
# Figures got from a model, not measured: "Цифры получены на компьютерной модели при сценарии
# высоких выбросов", "The estimate comes from a computer model under a high-emissions scenario".
_MODELLED = {
    "en": re.compile(
        r"\b(?:based\s+on|from|using|comes?\s+from|came\s+from)\s+(?:a\s+|the\s+)?(?:computer\s+|"
        r"climate\s+|statistical\s+)?(?:model|models|modelling|modeling|simulations?)\b"
        r"|\bunder\s+(?:a|the)\s+(?:\S+\s+){0,3}?scenario\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:получен\w*|рассчитан\w*|основан\w*)\s+(?:\S+\s+){0,2}?(?:на|по)\s+(?:\S+\s+)?"
        r"(?:модел\w*|сценари\w*)|(?<!\w)при\s+сценарии(?!\w)",
        re.IGNORECASE,
    ),
}
# A bill passed by one chamber, moving on to the next ("The measure now moves to the Senate",
# "Законопроект направят в Совет Федерации"): its fate is still to be decided there.
_MOVES_ON = {
    "en": re.compile(
        r"\b(?:bill|measure|proposal|proposals|legislation|deal|law|motion|amendment|ordinance|"
        r"package|budget|plan|plans|scheme|project|application|it)\s+(?:now\s+|next\s+|then\s+)?"
        r"(?:moves|heads|goes|passes|proceeds|advances|will\s+(?:now\s+)?(?:go|move|head|pass|"
        r"proceed))\s+(?:on\s+)?to\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?(?:senate|house|assembly|"
        r"parliament|council|governor|president|lords|commons|chamber|legislature|congress|voters|"
        r"bundesrat|vote|ballot|referendum)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:законопроект|документ|закон|поправк\w*|проект)\s+(?:теперь\s+|далее\s+|"
        r"затем\s+)?(?:направ\w*|переда\w*|поступ\w*|отправ\w*|уйд[её]т)\s+(?:\S+\s+){0,2}?"
        r"(?:в\s+совет\s+федерации|в\s+сенат|в\s+госдум\w*|на\s+подпись|на\s+утверждение)",
        re.IGNORECASE,
    ),
}
# Another source's count of the claim's figure: "По подсчётам городской полиции, на площади
# собрались около шести тысяч человек", "According to police, about 6,000 attended".
# A subject answering the report itself: "The club answered questions about the report
# with a statement saying ...", "отвечая на вопрос об этой публикации".
_ANSWERED_REPORT = {
    "en": re.compile(
        r"\b(?:answered|responded\s+to|replied\s+to|asked\s+about|commenting\s+on)\s+"
        r"(?:\S+\s+){0,3}?(?:the|these|those|this|that)\s+(?:reports?|claims?|story|stories|"
        r"allegations?|rumou?rs?|article)\b"
        r"|\b(?:questions?|queries|enquiries|inquiries)\s+about\s+(?:the|these|this|those)\s+"
        r"(?:reports?|claims?|story|allegations?|rumou?rs?|article)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:на\s+(?:вопрос\w*|запрос\w*)\s+(?:\S+\s+){0,3}?об?\s+(?:эт\w+\s+)?"
        r"(?:публикаци\w*|сообщени\w*|информаци\w*|слух\w*|стать\w*))"
        r"|(?<!\w)на\s+(?:запрос|вопрос)\w*\s+(?:\S+\s+){0,2}?ответил\w*"
        r"|(?<!\w)перев[её]л\w*\s+разговор"
        r"|(?<!\w)(?:комментируя|отвечая\s+на)\s+(?:\S+\s+){0,3}?(?:публикаци\w*|сообщени\w*|"
        r"информаци\w*|слух\w*|стать\w*)",
        re.IGNORECASE,
    ),
}
_TIME_TO_GO = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|time)\s+to\s+go\s+before\b", re.I
)
_OTHER_COUNT = {
    "en": re.compile(
        r"^\W*(?:according\s+to|by\s+(?:the\s+)?(?:\S+\s+){0,2}(?:count|tally|estimate|"
        r"reckoning))\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*по\s+(?:данным|подсч[её]там|оценк\w+|сведениям|информации)\s",
        re.IGNORECASE,
    ),
}
_NUMBER = re.compile(
    r"\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b"
    r"|(?<!\w)(?:тысяч\w*|миллион\w*|миллиард\w*|сотн\w*|десятк\w*)",
    re.IGNORECASE,
)
# A figure told as a first reading with its revision ahead: "a flash estimate", "a revised
# reading is due on June 12", "уточнённые данные ожидаются в июне".
_REVISION_DUE = {
    "en": re.compile(
        r"\bflash\s+(?:estimate|reading|figure|count)s?\b"
        r"|\b(?:revised|updated|final|second|fuller|full)\s+(?:\S+\s+)?(?:reading|figures?|"
        r"estimates?|data|numbers?|count|results?|tally)\s+(?:is|are|will\s+be)\s+(?:due|"
        r"expected|scheduled|published|released)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:уточн[её]нн\w*|окончательн\w*|пересмотренн\w*|итогов\w*)\s+"
        r"(?:\S+\s+)?(?:данны\w*|оценк\w*|цифр\w*|результат\w*|показател\w*)\s+"
        r"(?:ожида\w*|будут\s+опубликован\w*|появ\w*|представ\w*|опубликуют)",
        re.IGNORECASE,
    ),
}


# A decision on the claim still to come, with its date: "whose decision on the application
# is due in September", "решение по заявке ожидается в сентябре"; or the claim resting with
# a body that decides ("That timetable rests with the Food and Drug Administration").
_DECISION_DUE = {
    "en": re.compile(
        r"\b(?:decision|ruling|verdict|approval|judgment|judgement)\s+(?:\S+\s+){0,4}?(?:is|are)\s+"
        r"(?:now\s+)?(?:due|expected|scheduled)\b"
        r"|\breserved\s+(?:her|his|its|their|the)\s+(?:ruling|judgment|judgement|decision|verdict)\b"
        r"|\b(?:decision|ruling|verdict|judgment|judgement)\s+(?:\S+\s+){0,3}?(?:would|will)\s+"
        r"(?:follow|come)\b"
        r"|\b(?:rests|lies)\s+with\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:administration|agency|regulators?|"
        r"authority|court|council|board|committee|ministry|government|panel|shareholders|voters|"
        r"commission|parliament|senate|congress|judge|tribunal)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:решение|вердикт|постановление|заключение)\s+(?:\S+\s+){0,4}?(?:ожидается|"
        r"будет\s+принято|будет\s+вынесено|примут|вынесут|обеща\w*\s+вынести)"
        r"|(?<!\w)отложил\w*\s+(?:вынесение|оглашение)\s+(?:решения|приговора|вердикта)",
        re.IGNORECASE,
    ),
}
# A measure told with its span: "The fare holiday lasts six weeks", "льгота будет
# действовать три месяца".
_LASTS = {
    "en": re.compile(
        r"\b(?:lasts|will\s+last|would\s+last|to\s+last|runs|will\s+run)\s+(?:for\s+)?(?:about\s+|"
        r"around\s+|just\s+|"
        r"only\s+)?(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:будет|будут)\s+действовать\s+(?:\S+\s+)?(?:\w+\s+)?(?:дн\w*|недел\w*|месяц\w*|"
        r"год\w*|лет)(?!\w)",
        re.IGNORECASE,
    ),
}
# A subject saying as little as it can: "would only say that", "ограничились заявлением".
_NON_ANSWER = {
    "en": re.compile(
        r"\b(?:would\s+only\s+say|said\s+only\s+that|limited\s+(?:itself|himself|herself|"
        r"themselves)\s+to|(?:would\s+have|had)\s+nothing\s+(?:to\s+add|further\s+to\s+say)|"
        r"referred\s+(?:questions|inquiries|enquiries|reporters|requests)\s+to)\b"
        # "said his mind was on Saturday's derby", "would not be drawn on": no answer
        r"|\b(?:his|her|their|its)\s+(?:mind|focus|thoughts|attention)\s+(?:was|is|were|are|"
        r"remained|remains)\s+(?:on|elsewhere)\b|\b(?:would|will)\s+not\s+be\s+drawn\b"
        r"|\brefused\s+to\s+be\s+drawn\b"
        # "promised to respond later"
        r"|\b(?:promised|pledged|said\s+(?:it|he|she|they)\s+would)\s+(?:to\s+)?(?:respond|comment|"
        r"reply|answer)\s+(?:\S+\s+){0,4}?later\b"
        # "pointed to a January statement in which ...": an earlier word for an answer
        r"|\b(?:pointed|directed)\s+(?:\S+\s+){0,2}?to\s+(?:a|an|its|the|their|his|her)\s+"
        r"(?:\S+\s+){0,2}?(?:statement|release|remarks|comments|post|interview)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)ограничил\w*\s+(?:\S+\s+)?(?:заявлени\w*|комментари\w*|сообщени\w*|ответ\w*|"
        r"фраз\w*)|(?<!\w)переадресовал\w*\s+(?:\S+\s+)?вопрос"
        r"|(?<!\w)сослал\w*\s+на\s+(?:\S+\s+){0,2}?(?:заявлени\w*|сообщени\w*|релиз\w*)"
        # "В пресс-службе пообещали ответить на запрос позднее"
        r"|(?<!\w)пообещал\w*\s+(?:\S+\s+)?(?:ответить|прокомментировать|дать\s+комментари\w*)\s+"
        r"(?:\S+\s+){0,4}?(?:позднее|позже|потом)(?!\w)",
        re.IGNORECASE,
    ),
}

# A count still partial: "Those figures cover about two-thirds of polling stations", "по
# итогам обработки 60% протоколов".
_PARTIAL_COUNT = {
    "en": re.compile(
        r"\b(?:cover|covers|covering|based\s+on|from)\s+(?:about\s+|only\s+|just\s+|around\s+|"
        r"roughly\s+|some\s+)?(?:two-thirds|half|a\s+third|a\s+quarter|three-quarters|\d+\s*"
        r"(?:percent|per\s+cent|%))\s+of\s+(?:the\s+)?(?:\S+\s+)?(?:polling|ballots|votes|precincts|"
        r"stations|returns|districts|data|records|responses)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:по\s+итогам|после)\s+обработки\s+(?:\S+\s+){0,2}?(?:протокол\w*|бюллетен\w*|"
        r"голос\w*)",
        re.IGNORECASE,
    ),
}
# A measure's scope named: "The recall covers three production lots", "отзыв касается лишь
# двух партий".
_SCOPE = {
    "en": re.compile(
        r"\b(?:covers?|applies\s+to|affects?|is\s+limited\s+to|concerns?)\s+(?:only\s+)?(?:the\s+)?"
        r"(?:\S+\s+){0,2}?(?:lots?|batch|batches|products?|models?|units|codes|routes|branches|"
        r"weekdays?|weekends?|mornings|evenings|off-peak)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:касается|распространяется\s+на|затрагивает)\s+(?:лишь\s+|только\s+)?"
        r"(?:\S+\s+){0,2}?(?:парти\w*|модел\w*|маршрут\w*|филиал\w*|издели\w*)",
        re.IGNORECASE,
    ),
}
# Only those who commit: "Компенсацию получат лишь хозяйства, которые обязуются ...", "only
# firms that pledge to ...".
_ONLY_THOSE = {
    "en": re.compile(
        r"\bonly\s+(?:those|\w+s)\s+(?:who|that|which)\s+(?:\S+\s+){0,3}?(?:agree|commit|pledge|"
        r"promise|meet|sign|undertake)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:лишь|только)\s+(?:\S+\s+){0,2}?(?:которые|кто)\s+(?:\S+\s+){0,2}?(?:обязу|"
        r"соглас|выполн|подпиш|обещ)",
        re.IGNORECASE,
    ),
}

# A finding got in cells or a dish, not in a body: "Опыты ставились на клеточных
# культурах", "tested on cells in a dish" (the lab's animals are ``constructions``').
_IN_CELLS = {
    "en": re.compile(
        r"\b(?:in|on)\s+(?:\S+\s+)?(?:cell\s+cultures?|cells\s+in\s+(?:a|the)\s+(?:dish|lab)|"
        r"petri\s+dishes|test\s+tubes)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:на|в)\s+(?:\S+\s+)?(?:клеточн\w+\s+культур\w*|культур\w+\s+клеток|"
        r"пробирк\w*|чашк\w+\s+петри)",
        re.IGNORECASE,
    ),
}

# What the claim waits for: "asked an appeals court to halt the ruling", "until that request
# is decided", "Чтобы закон заработал, его должен подписать губернатор", "For the law to take
# effect, ...".
_WAITS_FOR = {
    "en": re.compile(
        r"\basked\s+(?:an?|the)\s+(?:\S+\s+)?(?:appeals?|higher|supreme|appellate)\s+court\s+to\s+"
        r"(?:halt|suspend|stay|overturn|block|freeze|pause)\b"
        r"|\buntil\s+(?:that|the|this|a)\s+(?:\S+\s+){0,2}(?:is|are)\s+(?:decided|resolved|settled|"
        r"heard|ruled\s+on)\b"
        r"|\bfor\s+(?:the|it|this)\s+(?:\S+\s+){0,2}?to\s+(?:take\s+effect|become\s+law|come\s+into\s+"
        r"force)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)чтобы\s+(?:\S+\s+){0,2}?(?:заработал\w*|вступил\w*\s+в\s+силу|начал\w*\s+"
        r"действовать)",
        re.IGNORECASE,
    ),
}
# A finding that cannot rule out another cause: "нельзя исключить, что в баню чаще ходят
# более здоровые люди", "the authors cannot rule out that ...".
_NOT_RULED_OUT = {
    "en": re.compile(r"\b(?:cannot|can't|could\s+not|couldn't)\s+(?:\S+\s+)?rule\s+out\b", re.I),
    # (not "Не исключено, что ...", it may be that: a hedge, not another cause)
    "ru": re.compile(r"(?<!\w)(?:нельзя|невозможно)\s+исключить", re.I),
}
# An estimate resting on an assumption: "исходит из того, что лето обойдется без засухи".
_ASSUMES = {
    "en": re.compile(
        r"\b(?:rests|relies|is\s+based)\s+on\s+the\s+assumption\b|\bassumes\s+(?:that\s+)?", re.I
    ),
    "ru": re.compile(r"(?<!\w)исход\w*\s+из\s+(?:того|предположения)", re.I),
}

# Each phrase table, the kinds its match gives (a kind ``decide`` reads: "window",
# "next_round", "notbinding", ...; or a stance kind of the lexicon's: "pend", "doubt"), and
# per language the words of which every match holds one (lower case; None: no such words).
# Most sentences hold none, and a substring test costs far less than the pattern's scan, which
# no literal prefix lets the engine skip ahead in; the words are checked against the patterns
# on every sentence of the CNN and Russian sets (tests/summarize/test_phrases.py).
_Triggers = dict[str, tuple[str, ...]]


def _w(words: str) -> tuple[str, ...]:
    """Trigger words written as one string, "|" between them (a trigger may hold spaces)."""
    return tuple(words.split("|"))


_KINDS: tuple[tuple[dict[str, re.Pattern[str]], frozenset[str], _Triggers], ...] = (
    (
        _WINDOW,
        frozenset({"window"}),
        {
            "en": _w("has|have"),
            "ru": _w("дн|недел|месяц|сут|год|час|обжал|оспар|апелл|ответ|решени"),
        },
    ),
    (
        _NEXT_ROUND,
        frozenset({"next_round"}),
        {
            "en": _w(
                "round|session|meeting|sitting|reconvene|resume|meet again|return to the|talks|"
                "negotiat|discussion|to be|left to"
            ),
            "ru": _w(
                "обсудить|вернуться|встреч|встрет|продолжить|возобновить|раунд|заседани|предмет"
            ),
        },
    ),
    (_LEFT_OPEN, frozenset({"apart"}), {"en": _w("open"), "ru": _w("открыт")}),
    # the lexicon's "камень-преткновения", inflected _w("камнем преткновения")
    ({"ru": _STUMBLING_RU}, frozenset({"apart"}), {"ru": _w("преткновени")}),
    (
        _REVISION_DUE,
        frozenset({"revisable", "doubt", "prelim"}),
        {
            "en": _w("flash|due|expected|scheduled|published|released"),
            "ru": _w("ожида|опубликован|появ|представ|опубликуют"),
        },
    ),
    (
        _ANSWERED_REPORT,
        frozenset({"answer_report"}),
        {
            "en": _w("answered|responded|replied|about|commenting"),
            "ru": _w("вопрос|запрос|комментируя|отвечая|разговор"),
        },
    ),
    ({"en": _NUMBER, "ru": _NUMBER}, frozenset({"number"}), {}),
    (_OTHER_COUNT, frozenset({"other_count"}), {}),
    (_FIRST_READING, frozenset({"notyet", "settle"}), {"en": _w("first"), "ru": _w("первом")}),
    (
        _DISMISSED,
        frozenset({"doubt"}),
        {
            "en": _w(
                "speculation|rumor|rumour|gossip|fiction|fantasy|nonsense|fake|invent|made up|"
                "fabricat|conjecture|baseless|groundless"
            ),
            "ru": _w(
                "домысл|слух|выдумк|фейк|спекуляци|вымысл|неправд|сплетн|недостоверн|фантази|ложн|ошибочн|неверн|необоснованн"
            ),
        },
    ),
    (
        _NOT_BINDING,
        frozenset({"notbinding"}),
        {
            "en": _w("advisory|binding|symbolic|intent|understanding"),
            "ru": _w("рекомендательн|намерени|взаимопониман|обязательн"),
        },
    ),
    (
        _TIED,
        frozenset({"cond"}),
        {
            "en": _w("tied|linked|pegged|bound"),
            "ru": _w("привязан|увязан|обусловлен|завязан"),
        },
    ),
    (_WHETHER_DECIDED, frozenset({"pend", "settle"}), {}),
    (
        _LAST_WORD,
        frozenset({"pend", "settle"}),
        {"en": _w("say|word|decision|call"), "ru": _w("слово|решение|решать")},
    ),
    (
        _COUNTER,
        frozenset({"counter", "doubt"}),
        {
            "en": _w(
                "figure|number|estimate|count|tally|total|account|version|picture|put|persuaded|"
                "convinced|claim|finding|data|result|conclusion|reading|turnout|crowd|attendance"
            ),
            "ru": _w("цифр|данны|оценк|числ|верси|подсч|убежден|убеждён|уверен"),
        },
    ),
    (
        _DECISION_DUE,
        frozenset({"pend", "settle"}),
        {
            "en": _w("due|expected|scheduled|reserved|follow|come|rests|lies"),
            "ru": _w("ожидается|принято|вынесено|примут|вынесут|отложил|вынести"),
        },
    ),
    (
        _MODELLED,
        frozenset({"study", "prelim"}),
        {"en": _w("model|simulation|scenario"), "ru": _w("модел|сценари")},
    ),
    (
        _SELF_REPORTED,
        frozenset({"small", "study"}),
        {"en": _w("themselves|measured|questionnaire"), "ru": _w("сами|собственн")},
    ),
    (
        _OTHER_ACCOUNT,
        frozenset({"counter", "doubt"}),
        {"en": _w("different"), "ru": _w("ин|друг")},
    ),
    (
        _SUBMITTED,
        frozenset({"pend", "settle"}),
        {
            "en": _w(
                "registration|approval|clearance|certification|due to|take|hearing|to |vote|effect|"
                "rest|hinge"
            ),
            "ru": _w(
                "регистрац|утвержден|одобрен|экспертиз|подписан|согласовани|слушани|голосовани|"
                "комисси|решени"
            ),
        },
    ),
    (
        _HAS_VOTES,
        frozenset({"threat"}),
        {"en": _w("numbers|votes|majority"), "ru": _w("голос")},
    ),
    (
        _WHILE_FUNDS,
        frozenset({"bounded"}),
        {"en": _w("run|exhausted|used up|spent|last"), "ru": _w("исчерпа|законч|израсход")},
    ),
    (
        _MEANS_TEST,
        frozenset({"excluded"}),
        {
            "en": _w("income|earn|appl|open|available|limited|restricted|only|reserved|earmarked"),
            "ru": _w("доход|лишь|только"),
        },
    ),
    (
        _FIRST_SPAN,
        frozenset({"bounded"}),
        {"en": _w("first"), "ru": _w("первы")},
    ),
    (
        _MOVES_ON,
        frozenset({"pend", "settle"}),
        {
            "en": _w(
                "moves|heads|goes|passes|proceeds|advances|will go|will move|will head|will pass"
            ),
            "ru": _w("направ|переда|поступ|отправ|уйд"),
        },
    ),
    (_LASTS, frozenset({"bounded"}), {"en": _w("last|run"), "ru": _w("действовать")}),
    (
        _NON_ANSWER,
        frozenset({"doubt"}),
        {
            "en": _w(
                "only say|only that|limited|nothing|referred|pointed|directed|mind|focus|thoughts|"
                "attention|drawn|later"
            ),
            "ru": _w("ограничил|переадресовал|сослал|позднее|позже|потом"),
        },
    ),
    (
        _PARTIAL_COUNT,
        frozenset({"prelim"}),
        {
            "en": _w("polling|ballot|vote|precinct|station|return|district|data|record|response"),
            "ru": _w("обработки"),
        },
    ),
    (
        _SCOPE,
        frozenset({"only", "scope"}),
        {
            "en": _w("lot|batch|product|model|unit|code|route|branch|week|morning|evening|peak"),
            "ru": _w("касается|распространяется|затрагивает"),
        },
    ),
    (_ONLY_THOSE, frozenset({"cond"}), {"en": _w("only"), "ru": _w("лишь|только")}),
    (
        _IN_CELLS,
        frozenset({"in_animals", "study"}),
        {"en": _w("cell|petri|test tube"), "ru": _w("клеточн|клеток|пробирк|петри")},
    ),
    (
        _WAITS_FOR,
        frozenset({"pend", "settle"}),
        {
            "en": _w("court|decided|resolved|settled|heard|ruled|effect|law|force"),
            "ru": _w("чтобы"),
        },
    ),
    (
        _NOT_RULED_OUT,
        frozenset({"confound", "modal"}),
        {"en": _w("rule out"), "ru": _w("исключ")},
    ),
    (_ASSUMES, frozenset({"cond"}), {"en": _w("assum"), "ru": _w("исход")}),
    # "trials in children are years away", "не раньше 2028 года"
    (
        _NOT_SOON,
        frozenset({"notyet"}),
        {
            "en": _w("away|earliest"),
            "ru": _w("раньше|лучшем|пройд|потребуется|понадобится|уйд|занима"),
        },
    ),
)
_GOES_BEFORE_WORDS: _Triggers = {
    "en": _w("before"),
    "ru": _w("рассмотрение|голосование|утверждение|заседание|обсуждение"),
}


# A sentence is read more than once (as B, as A, with and without markers, its main clause):
# a bounded cache of this pure function scans its text once without changing any output.
@lru_cache(maxsize=4096)
def phrase_kinds(text: str, lang: str) -> frozenset[str]:
    """The stance kinds of the phrases ``text`` (in ``lang``, "en" or "ru") holds."""
    out: set[str] = set()
    low = text.lower()
    for table, kinds, triggers in _KINDS:
        pattern = table.get(lang)
        if pattern is None:
            continue
        words = triggers.get(lang)
        if words is not None and not any(map(low.__contains__, words)):
            continue
        if pattern.search(text):
            out |= kinds
    # (not "with a year to go before senators choose": a time left, not a hearing)
    if (
        any(map(low.__contains__, _GOES_BEFORE_WORDS[lang]))
        and _GOES_BEFORE[lang].search(text)
        and not _TIME_TO_GO.search(text)
    ):
        out |= {"pend", "settle"}
    return frozenset(out)

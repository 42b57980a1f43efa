"""Reports and figures in doubt: the other side's account or count, the subject's answer or non-
answer, a report dismissed, a figure to be revised or still partial ("police put the turnout at
23,000", "would only say that", "назвал эти сведения домыслами").

Patterns of ``phrases``' table (hand-written: no package of this field tags these
constructions); each matches a whole-sentence phrase, in English and Russian.
"""

from __future__ import annotations

import re

from .lazy_re import lazy

# The other side's account of the claim: a figure or version of its own ("the management
# gives a very different figure", "police put the number far lower", "администрация
# называет совсем другую цифру", "в полиции приводят иные данные"), or experts not won
# over ("say they are not persuaded", "are not convinced", "не убеждены").
_COUNTER = {
    "en": lazy(
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
    "ru": lazy(
        r"(?<!\w)(?:называ\w*|привод\w*|привёл|привел\w*|да[её]т|дают|озвучи\w*|"
        r"сообща\w*|указыва\w*|располага\w*)\s+(?:\S+\s+){0,2}?"
        r"(?:друг\w*|ин(?:ую|ые|ой|ое|ых)|сво(?:ю|и|ей|их)|собственн\w*|меньш\w*|больш\w*)\s+"
        r"(?:цифр\w*|данны\w*|оценк\w*|числ\w*|верси\w*|подсч[её]т\w*)"
        r"|(?<!\w)не\s+(?:\S+\s+)?(?:убежден\w*|убеждён\w*|уверен\w*)",
        re.IGNORECASE,
    ),
}

# The report's subject calling it rumour: "dismissed the reports as speculation", "Сам
# Вершинин назвал эти сведения домыслами" (not speculation told as such).
_DISMISSED = {
    "en": lazy(
        r"\b(?:dismiss\w*|call\w*|brand\w*|describ\w*|label\w*|den(?:y|ies|ied))\s+"
        r"(?:\S+\s+){0,4}?(?:as\s+)?(?:(?:pure|mere|idle|wild|baseless)\s+)?(?:speculation|"
        r"rumou?rs?|gossip|fiction|fantasy|nonsense|fake|invention|invented|made\s+up|fabricated|"
        r"fabrication|conjecture|baseless|groundless)\b"
        # "shrugged off the report with a one-line statement"
        r"|\b(?:shrugged|shrugs|brushed|brushes|laughed|laughs)\s+off\s+(?:the|this|that|these|such)\s+"
        r"(?:\S+\s+)?(?:report|reports|story|stories|claims?|rumou?rs?|speculation|suggestions?)\b"
        # "said she intends to serve out her term"
        r"|\b(?:intends?|plans?|expects?|wants?|means)\s+to\s+(?:serve\s+out|see\s+out|complete|finish)\s+"
        r"(?:his|her|their|the)\s+(?:full\s+|entire\s+|whole\s+)?(?:term|contract|mandate)\b"
        # "said ... its delivery arm remained central to its five-year plan"
        r"|\b(?:remains?|remained|is|was)\s+(?:still\s+)?central\s+to\s+(?:its|their|the|his|her)\b"
        # "told supporters that Meadow Lane stays in the club's hands"
        r"|\bstays?\s+in\s+(?:the\s+\S+\s+|its\s+|their\s+|our\s+)hands\b"
        # "said he was 'fully committed' to Brackley"
        r"|\b(?:fully|totally|completely|100\s*(?:per\s*cent|%))\s+committed[’”'\"]?\s+to\b"
        # "сообщила, что предприятие, напротив, открыло 120 вакансий", "said that, on the contrary,"
        r"|\b(?:said|says|told|replied|answered)\b[^.;]{0,60}?,\s+on\s+the\s+contrary,"
        # "Okafor's agent told the Courier that he first heard of the move from reporters"
        r"|\bfirst\s+heard\s+(?:of|about)\s+(?:the|it|this|that)\b"
        # "he had two years left on his contract"
        r"|\b(?:years?|months?|seasons?)\s+left\s+on\s+(?:his|her|their)\s+contract\b"
        # "Mabry is happy at the club"
        r"|\b(?:is|was|remains)\s+(?:very\s+|perfectly\s+)?happy\s+(?:at|with)\s+the\s+club\b"
        # "its head office told reporters it did not recognise the document"
        r"|\b(?:did\s+not|does\s+not|didn't|doesn't|do\s+not|don't)\s+recogni[sz]e\s+(?:the|this|that|"
        r"these|those|such\s+a|any\s+such)\s+(?:\S+\s+)?(?:document|list|figures?|numbers?|report|"
        r"claims?|account|memo|plan|letter|version|description)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:назвал\w*|называ\w*|счита\w*)\s+(?:\S+\s+){0,3}?[«\"“]?(?:домысл\w*|слух\w*|"
        r"выдумк\w*|фейк\w*|спекуляци\w*|вымысл\w*|неправд\w*|сплетн\w*|недостоверн\w*|фантази\w*|"
        r"ложн\w*|ошибочн\w*|ошибк\w*|неверн\w*|необоснованн\w*|преждевременн\w*|забегани\w*\s+вперёд|"
        r"забегани\w*\s+вперед)"
        # "штатное расписание на 2026 год сохраняет все рабочие места"
        r"|(?<!\w)сохраня\w*\s+все\s+(?:рабочие\s+места|ставки|должности)"
        # "сообщила, что центр работает в обычном режиме"
        r"|(?<!\w)работа\w*\s+в\s+(?:обычном|штатном|прежнем)\s+режиме"
        r"|(?<!\w)(?:сообщил\w*|заявил\w*|ответил\w*|рассказал\w*)[^.;]{0,60}?,\s+напротив,"
        # "письмо ... назвали «одним из рабочих сценариев»"
        r"|(?<!\w)(?:одн\w+|один)\s+из\s+(?:рабочих|возможных|нескольких)\s+(?:сценари\w*|вариант\w*)"
        # "назвал эти сведения «новостью для себя»"
        r"|(?<!\w)новост\w*\s+для\s+(?:себя|меня|нас)(?!\w)"
        # "сказал, что впервые слышит об этом игроке"
        r"|(?<!\w)впервые\s+(?:\S+\s+)?слыш\w*"
        # "ссылается на двух сотрудников, попросивших сохранить анонимность"
        r"|(?<!\w)(?:попросивш\w*|пожелавш\w*|просивш\w*)\s+(?:\S+\s+)?(?:сохранить\s+анонимность|"
        r"не\s+называть\s+(?:их\s+|его\s+|её\s+|своих\s+|своего\s+)?(?:имена|имени|имён))"
        # "заявил журналистам, что намерен доработать срок до выборов"
        r"|(?<!\w)(?:намерен\w*|собира\w*|планиру\w*|рассчитыва\w*)\s+(?:\S+\s+)?(?:доработать|остаться\s+на\s+посту|"
        r"остаться\s+в\s+(?:клубе|команде|должности|компании))"
        # "в компании заявили, что не видели такого документа"
        r"|(?<!\w)не\s+(?:видел\w*|знают|знает|знал\w*|признал\w*|признают|признаёт|признает)\s+"
        r"(?:\S+\s+)?(?:такого|такой|этого|этой|этот|эту|этих|таких)\s+(?:документ\w*|списк\w*|"
        r"письм\w*|цифр\w*|план\w*)",
        re.IGNORECASE,
    ),
}

# The other side's account said to differ: "The union's account was different", "У профсоюза
# своя версия", "Картина в профсоюзе иная".
_OTHER_ACCOUNT = {
    "en": lazy(
        r"\b(?:account|version|picture|view|figures?|numbers?|tally)\s+(?:was|is|were|are)\s+"
        r"(?:very\s+|rather\s+|quite\s+|markedly\s+|somewhat\s+|strikingly\s+)?different\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:верси\w*|картин\w*|цифр\w*|данны\w*)\s+(?:\S+\s+){0,2}?(?:ин(?:ая|ые|ой)|"
        r"друг(?:ая|ие|ой)|совсем\s+друг\w*)(?!\w)"
        # "Сами перевозчики пересказывают итоги встречи иначе"
        r"|(?<!\w)(?:пересказыва\w*|описыва\w*|излага\w*|трактую\w*|толку\w*|представля\w*)\s+"
        r"(?:\S+\s+){0,3}?иначе(?!\w)",
        re.IGNORECASE,
    ),
}

# Another source's count of the claim's figure: "По подсчётам городской полиции, на площади
# собрались около шести тысяч человек", "According to police, about 6,000 attended".
# A subject answering the report itself: "The club answered questions about the report
# with a statement saying ...", "отвечая на вопрос об этой публикации".
_ANSWERED_REPORT = {
    "en": lazy(
        r"\b(?:answered|responded\s+to|replied\s+to|asked\s+about|commenting\s+on)\s+"
        r"(?:\S+\s+){0,3}?(?:the|these|those|this|that)\s+(?:reports?|claims?|story|stories|"
        r"allegations?|rumou?rs?|article)\b"
        r"|\b(?:questions?|queries|enquiries|inquiries)\s+about\s+(?:the|these|this|those)\s+"
        r"(?:reports?|claims?|story|allegations?|rumou?rs?|article)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:на\s+(?:вопрос\w*|запрос\w*)\s+(?:\S+\s+){0,3}?об?\s+(?:эт\w+\s+)?"
        r"(?:публикаци\w*|сообщени\w*|информаци\w*|слух\w*|стать\w*|сделк\w*|продаж\w*|уход\w*|"
        r"отставк\w*|переход\w*))"
        r"|(?<!\w)на\s+(?:запрос|вопрос)\w*\s+(?:\S+\s+){0,4}?ответил\w*"
        r"|(?<!\w)перев[её]л\w*\s+разговор"
        r"|(?<!\w)(?:комментируя|отвечая\s+на)\s+(?:\S+\s+){0,3}?(?:публикаци\w*|сообщени\w*|"
        r"информаци\w*|слух\w*|стать\w*)",
        re.IGNORECASE,
    ),
}

_OTHER_COUNT = {
    "en": lazy(
        r"^\W*(?:according\s+to|by\s+(?:the\s+)?(?:\S+\s+){0,2}(?:count|tally|estimate|"
        r"reckoning))\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"^\W*по\s+(?:данным|подсч[её]там|оценк\w+|сведениям|информации)\s",
        re.IGNORECASE,
    ),
}

_NUMBER = lazy(
    r"\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b"
    r"|(?<!\w)(?:тысяч\w*|миллион\w*|миллиард\w*|сотн\w*|десятк\w*)",
    re.IGNORECASE,
)

# A figure told as a first reading with its revision ahead: "a flash estimate", "a revised
# reading is due on June 12", "уточнённые данные ожидаются в июне".
_REVISION_DUE = {
    "en": lazy(
        r"\bflash\s+(?:estimate|reading|figure|count)s?\b"
        r"|\b(?:revised|updated|final|second|fuller|full)\s+(?:\S+\s+)?(?:reading|figures?|"
        r"estimates?|data|numbers?|count|results?|tally)\s+(?:is|are|will\s+be)\s+(?:due|"
        r"expected|scheduled|published|released)\b"
        # "The paper went online on Monday and now heads to reviewers at the journal"
        r"|\b(?:heads?|goes|went|sent|submitted|passed)\s+(?:\S+\s+){0,2}?to\s+(?:peer\s+)?reviewers\b"
        r"|\b(?:is|are|sits|remains)\s+with\s+(?:peer\s+)?reviewers\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:уточн[её]нн\w*|окончательн\w*|пересмотренн\w*|итогов\w*)\s+"
        r"(?:\S+\s+)?(?:данны\w*|оценк\w*|цифр\w*|результат\w*|показател\w*)\s+"
        r"(?:ожида\w*|будут\s+опубликован\w*|появ\w*|представ\w*|опубликуют)",
        re.IGNORECASE,
    ),
}

# A subject saying as little as it can: "would only say that", "ограничились заявлением".
_NON_ANSWER = {
    "en": lazy(
        r"\b(?:would\s+only\s+say|said\s+only\s+that|limited\s+(?:itself|himself|herself|"
        r"themselves)\s+to|(?:would\s+have|had)\s+nothing\s+(?:to\s+add|further\s+to\s+say)|"
        r"referred\s+(?:all\s+|further\s+|any\s+)?(?:questions|inquiries|enquiries|reporters|requests)\s+"
        r"to)\b"
        # "planned to discuss his future in July"
        r"|\b(?:discuss|decide|consider|talk\s+about|think\s+about|resolve)\s+(?:his|her|their)\s+future\s+"
        r"(?:in|after|at|when|once|next)\b"
        # "is weighing offers from three clubs"
        r"|\b(?:weighing|considering|comparing|studying)\s+(?:\S+\s+)?offers\s+from\b"
        # "trains with the squad as usual"
        r"|\b(?:trains?|training|works?|working|continues?|carries\s+on|carrying\s+on)\s+(?:\S+\s+){0,4}?"
        r"as\s+usual\b"
        # "Word of the deal comes from two people close to the player", "The details come from a
        # leaked planning document"
        r"|\b(?:word|news|details|reports?)\s+(?:of\s+(?:the|this)\s+\S+\s+)?(?:comes?|came)\s+from\s+(?:a|an|two|"
        r"three|several|people|sources|leaked|unnamed)\b"
        # "answered questions with a statement about squad planning", "replied to questions with a
        # link to its careers page"
        r"|\b(?:answered|replied\s+to|responded\s+to)\s+(?:\S+\s+){0,3}?questions\s+(?:\S+\s+){0,4}?with\s+"
        r"(?:a|an)\s+(?:statement|link|photo|video|post)\b"
        # "Alvarez stays through the end of his contract"
        r"|\bstays?\s+(?:at\s+the\s+club\s+)?(?:through|until|till)\s+the\s+end\s+of\s+(?:his|her|their)\s+"
        r"contract\b"
        # "Okoro travels with the squad to Lyme on Tuesday"
        r"|\b(?:travels?|trains?|trained|travelled|played|plays?|starts?)\s+(?:\S+\s+){0,3}?with\s+the\s+squad\b"
        # "called the Ashby site a core part of the company's network"
        r"|\bcalled\s+(?:\S+\s+){1,4}?(?:a|an)\s+(?:permanent|integral|core|key|vital)\s+part\b"
        # "answered questions about the store with a statement praising its customers"
        r"|\banswered\s+questions\s+about\s+(?:the|its|their|his|her)\s+(?:\S+\s+){0,2}?(?:with|by)\b"
        # "said his mind was on Saturday's derby", "would not be drawn on": no answer
        r"|\b(?:his|her|their|its)\s+(?:mind|focus|thoughts|attention)\s+(?:was|is|were|are|"
        r"remained|remains)\s+(?:on|elsewhere)\b|\b(?:would|will)\s+not\s+be\s+drawn\b"
        r"|\brefused\s+to\s+be\s+drawn\b"
        # "promised to respond later"
        r"|\b(?:promised|pledged|said\s+(?:it|he|she|they)\s+would)\s+(?:to\s+)?(?:respond|comment|"
        r"reply|answer)\s+(?:\S+\s+){0,4}?later\b"
        # "pointed to a January statement in which ...": an earlier word for an answer
        r"|\b(?:pointed|directed)\s+(?:\S+\s+){0,2}?to\s+(?:a|an|its|the|their|his|her)\s+"
        r"(?:\S+\s+){0,2}?(?:statement|release|remarks|comments|post|interview|results|accounts)\b"
        # "Asked about her plans ..., Crosby smiled and talked about the new reading room"
        # "said she was focused entirely on running the company she founded", "said on Sunday
        # that his client is focused on finishing the season"
        r"|\b(?:said|says|told)\s+(?:\S+\s+){0,5}?(?:that\s+)?(?:he|she|they|it|his\s+client|her\s+client|"
        r"the\s+player|the\s+club|[A-Z][a-z]+)\s+(?:was|is|were|are|remained|remains)\s+['\"‘“]?(?:fully\s+|"
        r"entirely\s+)?(?:focused|focusing|concentrating)['\"’”]?\s+(?:entirely\s+|solely\s+|fully\s+|only\s+)?on\b"
        # "which attributed it to unnamed people at his current club"
        r"|\battributed\s+(?:it|them|the\s+\S+)\s+to\s+(?:\S+\s+)?(?:unnamed|anonymous)\b"
        # "described the company's contacts with Scottish bakers as 'routine conversations'",
        # "calls the staff memo describing the cuts an outdated planning scenario"
        # (contacts, talks or meetings so called: not "described his tone as normal")
        r"|\bdescribed\s+(?:\S+\s+){0,4}?(?:contacts|talks|meetings|discussions|conversations|approach|"
        r"approaches|links)\s+(?:\S+\s+){0,4}?as\s+['\"‘“]?(?:routine|ordinary|normal|regular|informal|"
        r"exploratory|preliminary)\b"
        r"|\bcall(?:s|ed)?\s+(?:\S+\s+){1,8}?(?:an?\s+)?(?:outdated|old|hypothetical|draft)\s+(?:\S+\s+)?"
        r"(?:scenario|document|draft|plan|memo|paper)\b"
        # "Asked about the closure, a spokeswoman said the bakery was running three shifts"
        r"|^\W*asked\s+(?:about|whether|if)\b[^.;]{0,100}?,\s+(?:\S+\s+){0,4}?said\s+(?:\S+\s+){0,4}?"
        r"(?:was|is|were|are)\s+(?:running|hiring|operating|recruiting|expanding|investing|open|busy)\b"
        # "said player announcements are made through the club's own channels"
        r"|\b(?:announcements|news|updates|decisions|signings|transfers)\s+(?:\S+\s+){0,3}?(?:are|is|will\s+be)\s+"
        r"(?:only\s+)?(?:made|published|given|released|announced|confirmed)\s+(?:only\s+)?(?:through|via|on|by)\s+"
        r"(?:\S+\s+){0,2}?(?:own|official)\s+(?:channels|website|site|accounts)\b"
        # "answered inquiries with a statement listing her public engagements through December"
        r"|\b(?:listing|listed|set\s+out|setting\s+out|published|publishing)\s+(?:his|her|their)\s+"
        r"(?:\S+\s+)?(?:engagements|appointments|schedule|diary|calendar)\s+(?:through|until|into|for)\b"
        # "referred to a shortlist of four candidates", "called the contact a courtesy chat"
        r"|\bshortlist\s+of\s+(?:\d+|two|three|four|five|six|seven|eight)\s+(?:candidates|names|applicants)\b"
        r"|\bcalled\s+(?:the|their|that)\s+(?:\S+\s+)?(?:contact|meeting|talks|conversation|approach|call)\s+"
        r"(?:a|an|only\s+a|just\s+a)\s+courtesy\b"
        # "described Dunmore as a permanent part of the company's network"
        r"|\bdescribed\s+(?:\S+\s+){1,3}?as\s+(?:a|an)\s+(?:permanent|integral|core|key|vital)\s+part\b"
        r"|^\W*asked\s+(?:about|whether|if)\b[^.;]{0,100}?,\s+(?:\S+\s+){0,3}?(?:smiled|laughed|"
        r"shrugged|joked|grinned|changed\s+the\s+subject|talked\s+about|spoke\s+about|spoke\s+only)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)ограничил\w*\s+(?:\S+\s+)?(?:заявлени\w*|комментари\w*|сообщени\w*|ответ\w*|"
        r"фраз\w*)|(?<!\w)переадресовал\w*\s+(?:\S+\s+)?вопрос"
        r"|(?<!\w)сослал\w*\s+на\s+(?:\S+\s+){0,2}?(?:заявлени\w*|сообщени\w*|релиз\w*)"
        # "Директор компании на звонки не отвечал"
        r"|(?<!\w)на\s+(?:звонки|запрос\w*|вопрос\w*|письм\w*)\s+(?:\S+\s+){0,3}?не\s+(?:ответил\w*|"
        r"отвечал\w*|отвечает|отвечают|отреагировал\w*)"
        # "В пресс-службе пообещали ответить на запрос позднее"
        r"|(?<!\w)пообещал\w*\s+(?:\S+\s+)?(?:ответить|прокомментировать|дать\s+комментари\w*)\s+"
        r"(?:\S+\s+){0,4}?(?:позднее|позже|потом)(?!\w)"
        # "журналисту посоветовали дождаться годового отчёта компании"
        r"|(?<!\w)(?:посоветовал\w*|предложил\w*|рекомендовал\w*)\s+(?:\S+\s+){0,2}?(?:дождаться|подождать)"
        # "говорил с журналистами исключительно о предстоящей серии"
        r"|(?<!\w)(?:говорил\w*|рассказывал\w*|отвечал\w*)\s+(?:\S+\s+){0,5}?(?:исключительно|только|"
        r"лишь)\s+об?(?!\w)"
        # "заявил, что его клиент сосредоточен на подготовке к сезону"
        r"|(?<!\w)(?:сосредоточен\w*|сконцентрирован\w*)\s+на(?!\w)"
        # "В «Металлурге» рассказали, что Седых тренируется с командой и готовится к субботнему
        # матчу", "Ломов проведёт предсезонные сборы с «Северной звездой»"
        r"|(?<!\w)(?:рассказал\w*|сообщил\w*|заявил\w*|уверя\w*|говор\w*)(?!\w)[^.;]{0,60}?что\s+"
        r"(?:\S+\s+){0,2}?(?:тренируется|готовится|занимается)\s+(?:с\s+командой|в\s+составе|с\s+основ\w*|"
        r"к\s+(?:\S+\s+){0,2}?(?:матчу|игре|сезону|встрече))"
        r"|(?<!\w)провед[её]т\s+(?:\S+\s+)?сборы\s+с(?!\w)"
        # "объявления о трансферах клуб делает только на официальном сайте"
        r"|(?<!\w)(?:информаци\w*|новост\w*|объявлени\w*|сообщени\w*)\s+(?:\S+\s+){0,4}?(?:публику\w*|"
        r"размеща\w*|сообща\w*|объявля\w*|дела\w*|выход\w*)\s+(?:только\s+|лишь\s+|исключительно\s+)?"
        r"(?:на|через|в)\s+(?:\S+\s+)?официальн\w+\s+(?:сайт\w*|канал\w*|ресурс\w*|аккаунт\w*)",
        re.IGNORECASE,
    ),
}

# A count still partial: "Those figures cover about two-thirds of polling stations", "по
# итогам обработки 60% протоколов".
_PARTIAL_COUNT = {
    "en": lazy(
        r"\b(?:cover|covers|covering|based\s+on|from)\s+(?:about\s+|only\s+|just\s+|around\s+|"
        r"roughly\s+|some\s+)?(?:two-thirds|half|a\s+third|a\s+quarter|three-quarters|\d+\s*"
        r"(?:percent|per\s+cent|%))\s+of\s+(?:the\s+)?(?:\S+\s+)?(?:polling|ballots|votes|precincts|"
        r"stations|returns|districts|data|records|responses)",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:по\s+итогам|после)\s+обработки\s+(?:\S+\s+){0,2}?(?:протокол\w*|бюллетен\w*|"
        r"голос\w*)",
        re.IGNORECASE,
    ),
}

# The subject staying where a report of a move has him: "the forward's contract has been
# extended until 2027", "named Farrell in his squad for Sunday's derby", "контракт Ухова с
# «Торпедо» продлён до 2027 года". Read with ``decide`` only after such a claim.
_STAYS = {
    "en": lazy(
        r"\b(?:contract|deal)\s+(?:\S+\s+){0,3}?(?:has\s+been|was|had\s+been|is\s+being)\s+extended\s+"
        r"(?:until|to|through|by|till)\b"
        r"|\b(?:named|included|picked|selected)\s+(?:\S+\s+){0,2}?in\s+(?:his|her|their|the)\s+(?:\S+\s+)?"
        r"(?:squad|team|line-?up)\s+for\b"
        r"|\bpart\s+of\s+(?:our|his|her|their|the\s+club's)\s+plans\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)контракт\w*\s+(?:\S+\s+){0,4}?продл[её]н\w*\s+(?:\S+\s+)?до(?!\w)"
        r"|(?<!\w)включил\w*\s+(?:\S+\s+){0,2}?в\s+(?:заявк\w*|состав\w*)\s+на(?!\w)"
        r"|(?<!\w)(?:входит|входят)\s+в\s+(?:\S+\s+)?планы(?!\w)",
        re.IGNORECASE,
    ),
}

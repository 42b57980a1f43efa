"""Talks not settled: a next round set, terms left open or to officials, a stumbling block ("a
further session is scheduled", "остаются открытыми").

Patterns of ``phrases``' table (hand-written: no package of this field tags these
constructions); each matches a whole-sentence phrase, in English and Russian.
"""

from __future__ import annotations

import re

from .lazy_re import lazy
from .lexicon import MONTH_STEMS_RU

# Talks to be carried on at a set time: "a further session is scheduled next month", "the
# sides will reconvene", "итоговый документ намерены обсудить на следующей неделе",
# "очередной раунд назначен на июнь": what the claim's talks produced is not settled yet.
# An offer turned down: "The player rejected the club's last offer", "Последнее предложение
# клуба игрок отклонил": no agreement yet.
_OFFER_REJECTED = {
    "en": lazy(
        r"\b(?:rejected|turned\s+down|spurned|rebuffed)\s+(?:\S+\s+){0,3}?(?:offer|proposal|bid|terms)\b"
        r"|\b(?:offer|proposal|bid)\s+(?:\S+\s+){0,6}?(?:was|were|has\s+been|had\s+been)\s+(?:rejected|"
        r"turned\s+down)\b"
        # "remain a long way from settled", "calling the proposal a starting point at best"
        r"|\b(?:remains?|is|are)\s+(?:still\s+)?(?:a\s+long\s+way|far|some\s+way|some\s+distance)\s+"
        r"from\s+(?:being\s+)?(?:settled|agreed|resolved|finali[sz]ed|a\s+deal|agreement)\b"
        r"|\b(?:called|calls|call|calling|describ\w+)\s+(?:the|its|their)\s+(?:offer|proposal|bid)\s+"
        r"(?:a|an|the|as\s+a)\s+"
        r"(?:\S+\s+){0,2}?(?:starting\s+point|opening\s+bid|non-starter|insult)\b"
        # "say its offer falls well short of anything they would accept"
        r"|\b(?:offer|proposal|bid|price|terms)\s+(?:\S+\s+){0,3}?(?:falls?|fell|falling)\s+(?:well\s+|"
        r"far\s+|way\s+|a\s+long\s+way\s+)?short\b"
        # the other side's latest offer, or a counter-demand: "Vossberg's latest offer covers 35
        # percent", "with a counter-demand of 14 percent"
        r"|\b(?:latest|revised|current|improved)\s+(?:offer|proposal|bid)\s+(?:\S+\s+){0,2}?(?:covers|is|"
        r"stands\s+at|amounts\s+to|comes\s+to|offers|puts)\b"
        r"|\bcounter-?(?:demand|offer|proposal|claim)s?\b"
        # "with the union holding out for 9 percent"
        r"|\bhold(?:s|ing)?\s+out\s+for\b"
        # "sits well short of the 60 million the owners are asking"
        r"|\b(?:sits?|is|remains?|lies|stays?)\s+(?:well\s+|far\s+|some\s+way\s+|a\s+long\s+way\s+)?"
        r"short\s+of\b"
        # "calls the 200 pounds on offer an insult and has asked for double"
        r"|\bcall(?:s|ed|ing)?\s+(?:\S+\s+){1,8}?(?:an?\s+)?(?:insult|non-starter|derisory)\b"
        r"|\basked\s+for\s+(?:double|twice|triple|three\s+times|more)\b"
        # "bring competing proposals for the share exchange ratio to a meeting"
        r"|\bcompeting\s+(?:proposals|offers|bids|plans|demands|valuations)\b"
        # "That figure is management's opening offer", "a list of eleven outstanding demands", "have
        # exchanged three offers since May"
        r"|\b(?:opening|initial)\s+(?:offer|bid|proposal)\b"
        r"|\boutstanding\s+(?:demands|issues|points|questions|differences)\b"
        r"|\bexchanged\s+(?:\d+|two|three|four|several)\s+(?:offers|proposals|bids|drafts)\b"
        # "put their own offer at 3.5%"
        r"|\b(?:put|puts|set|sets)\s+(?:their|its|his|her)\s+own\s+(?:offer|figure|bid|proposal)\s+at\b"
        # "for a fifth round of meetings on price and delivery slots"
        r"|\b(?:second|third|fourth|fifth|sixth|further|another|new|fresh|next)\s+round\s+of\s+(?:\S+\s+)?"
        r"(?:meetings|talks|negotiations)\b"
        # "Officials from the two councils meet for a fourth round on 11 March"
        r"|\bmeets?\s+for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|further|new|final)\s+(?:round|"
        r"time)\b"
        # "with the two sides £300,000 a year apart on rent"
        r"|\bsides\s+(?:\S+\s+){0,5}?apart\s+(?:on|over)\b"
        # "brings its own figure of 11 percent to the next round on 18 June"
        r"|\bto\s+the\s+next\s+(?:round|meeting|session)\b"
        # "has offered five years rather than ten and is waiting for the club's reply"
        r"|\b(?:is|are|was|were|remains?)\s+(?:still\s+)?waiting\s+for\s+(?:the|a|an|its|their|his|her)\s+"
        r"(?:\S+\s+){0,2}?(?:reply|response|answer|decision|verdict|counter-?offer)\b"
        # "have been haggling with the landowner for more than a year"
        r"|\b(?:have|has)\s+been\s+(?:haggling|wrangling|bargaining|negotiating|arguing|at\s+odds)\s+"
        r"(?:\S+\s+){0,5}?(?:for|since)\b"
        # one side demands, the other offers: "insists ... while the council offers"
        r"|\b(?:demands?|demanding|insists?|insisting|wants|is\s+pushing\s+for|are\s+pushing\s+for)\b"
        r"[^.;]{0,120}?\b(?:while|whereas|but)\s+(?:\S+\s+){1,5}?(?:offers?|offering|is\s+willing|are\s+"
        r"willing|is\s+prepared|are\s+prepared|proposes?|puts\s+the\s+ceiling)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)предложени\w*\s+(?:\S+\s+){0,8}?(?:отклонил\w*|отверг\w*|отказал\w*)"
        r"|(?<!\w)(?:отклонил\w*|отверг\w*)\s+(?:\S+\s+){0,3}?предложени\w*"
        # "производители стоят на своём"
        r"|(?<!\w)сто(?:ят|ит|ял\w*|ять)\s+на\s+сво[её]м(?!\w)"
        # "Размер сборов стороны обсуждают уже третий месяц"
        r"|(?<!\w)(?:обсужда\w*|спор\w*|торгу\w*|договарива\w*|согласовыва\w*|ведут\s+переговоры)\s+"
        r"(?:\S+\s+){0,2}?"
        r"уже\s+(?:\S+\s+)?(?:месяц\w*|недел\w*|год\w*|дн\w*|лет)(?!\w)"
        # "Стоимость аренды клуб и владелец арены обсуждают с февраля"
        # "называют приемлемой скидку в 6 процентов", "Эту цифру назвал профсоюз"
        r"|(?<!\w)называ\w*\s+приемлем\w*|(?<!\w)приемлем\w*\s+называ\w*"
        r"|(?<!\w)(?:эту|эти|такую)\s+(?:цифру|сумму|оценку)\s+(?:назвал\w*|привел\w*|привёл)"
        r"|(?<!\w)обменялись\s+(?:уже\s+)?(?:\d+|двумя|тремя|четырьмя|несколькими)\s+предложени\w*"
        # "Профсоюз водителей настаивает на 25 процентах"
        r"|(?<!\w)(?:настаива\w*|требу\w*)\s+на\s+\d+"
        # "Представители клубов продолжают обсуждать график выплат"
        r"|(?<!\w)продолжа\w*\s+(?:обсуждать|согласовывать|вести\s+переговоры|спорить|торговаться)"
        # "разрыв в объёме обязательных инвестиций составляет 2 млрд рублей"
        r"|(?<!\w)разрыв\w*\s+(?:в|по|между)\s+"
        r"|(?<!\w)обменялись\s+(?:уже\s+)?(?:\d+|двумя|тремя|четырьмя|несколькими)\s+(?:вариантами|версиями|"
        r"проектами)"
        # "Продавец оценивает активы в 9 млрд рублей, покупатель — в 6 млрд"
        r"|(?<!\w)(?:продав\w*|покупат\w*)\s+(?:\S+\s+){0,3}?оценива\w*[^.;]{0,60}?(?<!\w)(?:покупат\w*|"
        r"продав\w*)"
        r"|(?<!\w)(?:обсуждают|обсуждает|спорят|торгуются|договариваются)\s+(?:\S+\s+)?с\s+(?:"
        + MONTH_STEMS_RU
        + r")\w*"
        # one side demands, the other offers: "водители требуют прибавки в 20%, компания готова на
        # 7%", "Холдинг настаивает ..., тогда как мэрия предлагает"
        r"|(?<!\w)(?:требу\w*|добива\w*|настаива\w*|проси\w*|просят)(?!\w)[^.;]{0,120}?(?<!\w)(?:готов\w*|"
        r"предлага\w*|потолк\w*)(?!\w)"
        r"|(?<!\w)готов\w*\s+(?:заплатить|платить|предложить|отдать|выложить)(?!\w)[^.;]{0,100}?(?<!\w)"
        r"(?:прос\w*|требу\w*|хотят|хочет|рассчитыва\w*)(?!\w)"
        # "мэрия предлагает рассрочку на десять лет, компания настаивает на пяти"
        r"|(?<!\w)предлага\w*(?!\w)[^.;]{0,100}?(?<!\w)(?:настаива\w*|требу\w*|просит|просят)(?!\w)"
        # "называют предложенную цену завышенной", "собственный расчёт"
        r"|(?<!\w)называ\w*\s+(?:\S+\s+){0,2}?(?:цену|сумму|предложени\w*|услови\w*|тариф\w*|оценк\w*)\s+"
        r"(?:завышенн|заниженн|неприемлем|чрезмерн|несправедлив)\w*"
        r"|(?<!\w)(?:собственн\w*|встречн\w*)\s+(?:расч[её]т\w*|оценк\w*|предложени\w*)"
        # "Клубы обмениваются предложениями уже вторую неделю: ... оценивает игрока в 300 миллионов
        # рублей, «Балтиец» готов заплатить 180"
        r"|(?<!\w)обмениваются\s+предложени\w*"
        r"|(?<!\w)оценива\w*(?!\w)[^.;]{0,80}?(?<!\w)готов\w*\s+(?:заплатить|платить|отдать|выложить)(?!\w)",
        re.IGNORECASE,
    ),
}
_NEXT_ROUND = {
    "en": lazy(
        r"\b(?:further|another|new|next|fresh|second|third|final)\s+(?:round|session|meeting|"
        r"sitting)s?\s+(?:of\s+(?:talks|negotiations)\s+)?(?:(?:is|are|has\s+been|have\s+"
        r"been|was|were)\s+)?(?:scheduled|planned|set|due|expected|pencilled|penciled|slated|"
        r"called)\b"
        # terms "left to officials who meet again in March"
        r"|\bleft\s+to\s+(?:officials|negotiators|experts|working\s+groups?|technical\s+teams?)\b"
        r"|\bmeets?\s+(?:\S+\s+){0,3}?again\s+(?:in|on|next|later|at|after)\b"
        # "scheduled another round for Friday"
        r"|\b(?:scheduled|set|called|arranged|fixed)\s+another\s+(?:round|session|meeting)\b"
        # "Lawyers for the council and the fund meet next week to settle the fund's demand"
        r"|\bmeets?\s+(?:\S+\s+){0,4}?(?:next\s+\w+|on\s+\w+|this\s+\w+|later\s+this\s+\w+)\s+to\s+(?:settle|"
        r"agree|resolve|discuss|finali[sz]e|thrash\s+out|hammer\s+out|work\s+out|negotiate)\b"
        # "have put a further meeting in the diary", "scheduled another round"
        r"|\b(?:put|pencilled|penciled|scheduled|set|arranged|fixed|called)\s+(?:in\s+)?"
        r"(?:a|another|the)\s+(?:further|next|new|second|third|fresh|final)\s+(?:round|session|"
        r"meeting|sitting)s?\b"
        r"|\b(?:will|to)\s+(?:reconvene|resume\s+(?:talks|negotiations)|meet\s+again|"
        r"return\s+to\s+the\s+(?:table|talks|negotiating\s+table))\b"
        # "The union's negotiators return to the table on Monday", told in the present
        r"|\b(?:return|returns|go\s+back|goes\s+back)\s+to\s+talks\s+(?:\S+\s+){0,3}?(?:on|next|in|this|later)\b"
        r"|\b(?:return|returns|go\s+back|goes\s+back)\s+to\s+the\s+(?:negotiating\s+table|bargaining\s+"
        r"table|table|conciliation\s+service|arbitration\s+service|mediators?|arbitrators?|talks)\s+"
        r"(?:\S+\s+){0,4}?(?:on|next|in|this|later)\b"
        # "A further round at the conciliation service is set for Monday"
        r"|\b(?:further|another|new|next|fresh)\s+(?:round|session|meeting)\b[^.;]{0,50}?\b(?:is|are)\s+"
        r"(?:set|scheduled|planned|due|pencilled|penciled)\b"
        # a point put off to a later round: "Herring quotas were pushed to a further round"
        r"|\b(?:pushed|put\s+off|deferred|postponed|held\s+over|left|moved|kicked|set)\s+(?:back\s+)?"
        r"(?:to|until|till|for|into)\s+(?:a\s+|the\s+)?(?:further|next|later|another|new|"
        r"future|separate)\s+(?:round|session|meeting|sitting|negotiation|talk|discussion)s?\b"
        # terms left to talks of their own: "subject to further negotiation", "remain to be
        # negotiated"
        r"|\bsubject\s+(?:of|to)\s+(?:further|separate|more|future|fresh)\s+(?:talks|"
        r"negotiations?|discussions?)\b"
        r"|\bwould\s+be\s+(?:worked|hammered|thrashed)\s+out\b"
        # "were left for ministers to thrash out when they meet next month"
        r"|\bleft\s+for\s+(?:\S+\s+){1,3}?to\s+(?:thrash|hammer|work|sort|iron)\s+out\b"
        r"|\b(?:remains?|are|is)\s+(?:still\s+)?to\s+be\s+(?:negotiated|agreed|settled|"
        r"worked\s+out|thrashed\s+out|hammered\s+out)\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:намерен\w*|планиру\w*|собира\w*|договорил\w*|условил\w*|решил\w*)\s+"
        r"(?:\S+\s+){0,3}?(?:обсудить|обсуждать|согласовать|вернуться\s+к|встретиться|продолжить|"
        r"возобновить)"
        r"|(?<!\w)(?:следующ\w+|нов\w+|очередн\w+)\s+(?:раунд|встреч\w+|заседани\w+)\s+"
        r"(?:\S+\s+){0,5}?(?:назначен\w*|назначили|запланирован\w*|запланировали|намечен\w*|наметили|"
        r"пройд[её]т|состоится)"
        # "собирается на очередную сессию в Мурманске в декабре"
        r"|(?<!\w)(?:собира\w*|соберётся|соберется|соберутся)\s+на\s+(?:очередн|следующ|нов)\w*\s+"
        r"(?:сесси\w*|встреч\w*|заседани\w*|раунд\w*)"
        # "в пятницу снова садится за стол переговоров"
        r"|(?<!\w)(?:садится|садятся|сядут|сядет|сесть|вернутся|вернётся|вернется)\s+за\s+стол\s+переговоров"
        # "Переговоры с авиакомпанией о расписании продолжатся в Анкаре 15 февраля", "изложит свою
        # позицию на встрече с дирекцией в пятницу"
        r"|(?<!\w)переговор\w*\s+(?:\S+\s+){0,6}?(?:продолжатся|возобновятся)"
        r"|(?<!\w)(?:изложит|изложат|представит|представят)\s+(?:\S+\s+){0,3}?на\s+встрече"
        # "предлагают вернуться к обсуждению 20 ноября"
        r"|(?<!\w)предлага\w*\s+вернуться\s+к\s+(?:обсуждени\w*|переговор\w*|вопросу)"
        # "пригласило профсоюз на новую встречу 3 июня"
        r"|(?<!\w)(?:пригласил\w*|позвал\w*|приглашает)\s+(?:\S+\s+){0,2}?на\s+(?:следующ\w+|нов\w+|"
        r"очередн\w+)\s+(?:раунд|встреч\w+|заседани\w+|переговор\w*)"
        # "стороны назначили следующий раунд переговоров на 3 марта"
        r"|(?<!\w)(?:назначил\w*|запланировал\w*|наметил\w*)\s+(?:\S+\s+)?(?:следующ\w+|нов\w+|"
        r"очередн\w+)\s+(?:раунд|встреч\w+|заседани\w+)"
        # "перенесли на следующий раунд", "отложили до следующей встречи"
        r"|(?<!\w)(?:перенес\w*|отлож\w*|оставил\w*|вынес\w*)\s+(?:\S+\s+){0,3}?(?:на|до)\s+"
        r"(?:следующ\w+|очередн\w+|нов\w+|будущ\w+)\s+(?:раунд\w*|встреч\w*|заседани\w*)"
        # "разговор о тарифе просто перенесли на следующую неделю"
        r"|(?<!\w)(?:разговор\w*|переговор\w*|обсуждени\w*)\s+(?:\S+\s+){0,3}?(?:перенес\w*|отлож\w*)\s+"
        r"(?:на|до)\s+(?:следующ\w+|будущ\w+)"
        # "станут предметом отдельных переговоров", "предстоит согласовать"
        r"|(?<!\w)предмет\w*\s+(?:\S+\s+)?(?:переговоров|обсуждени\w*|консультаци\w*|"
        r"согласовани\w*)"
        # "Стороны встречаются вновь 12 марта", "готовят к встрече 12 марта собственный расчёт"
        r"|(?<!\w)(?:встречаются|встретятся|соберутся|собираются)\s+(?:вновь|снова|ещё\s+раз|еще\s+раз|опять)"
        r"|(?<!\w)к\s+(?:следующ\w+\s+|новой\s+)?встрече\s+\d{1,2}\s+(?:" + MONTH_STEMS_RU + r")",
        re.IGNORECASE,
    ),
}

# Terms still open after talks: "with pay and pensions all left open", "остаются открытыми".
_LEFT_OPEN = {
    "en": lazy(
        r"\b(?:left|remain|remains|remained|still)\s+(?:wide\s+)?open\b(?!\s+(?:to|for|until|on|"
        r"daily|as|at|from|during|in))"
        # "the two sides are understood to remain millions of pounds apart on the price"
        r"|\b(?:remain|remains|remained|still|are|were)\s+(?:\S+\s+){0,3}?apart\s+(?:on|over)\b"
        # "the lease terms, including the annual rent, remain unsettled"
        r"|\b(?:remain|remains|remained|still|is\s+still|are\s+still)\s+(?:un(?:settled|resolved|"
        r"decided|agreed|signed)|under\s+negotiation|to\s+be\s+(?:agreed|negotiated|settled|"
        r"finali[sz]ed|worked\s+out|hammered\s+out))\b",
        re.IGNORECASE,
    ),
    "ru": lazy(
        r"(?<!\w)(?:оста(?:ются|лись|ётся|ется|лся|лась)|оставлен\w*)\s+(?:\S+\s+)?открыт\w*",
        re.IGNORECASE,
    ),
}

_STUMBLING_RU = lazy(r"(?<!\w)камн\w*\s+преткновени", re.IGNORECASE)

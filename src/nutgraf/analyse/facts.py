"""Facts: who (entities), how many (quantities) and when (dates), with offsets into the text.

Russian entities come from natasha (its NER and morphology models ship in the wheel). Other
languages get rules over capitalised spans: sentence-initial common words are dropped, a
mention is typed by cues (titles, "said", org suffixes, place prepositions, a small
gazetteer) and left as "other" when the cues disagree or are missing, since a wrong type
misleads more than a vague one. Quantities and dates are regular expressions, compiled once.
Every step is linear in the text; natasha sees at most ``NER_CHARS`` characters.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter
from types import MappingProxyType
from typing import Any

from nutgraf.analyse.keywords import EN_STOPWORDS, keywords, stopwords, words
from nutgraf.types import DateMention, Entity, EntityKind, Facts, Quantity, Sentence

PartOfSpeech = Callable[[str], str]  # a word's UD part-of-speech tag ("NOUN", "ADJ", ...)
NER_CHARS = 100_000  # natasha runs at ~0.5 MB/s; past a long story, rules take over
MAX_NAME_TOKENS = 6  # a longer run of capitals is a headline or a list, not a name

# ---------------------------------------------------------------------------------------------
# Word lists (immutable). Small on purpose: they are cues, not a knowledge base.

_COMMON_CAPS = words(
    """additionally separately however meanwhile moreover furthermore instead indeed also still yet
    now then today yesterday tomorrow earlier later last next first second third finally overall
    previously currently recently nevertheless nonetheless thus therefore hence according
    despite although though while whereas unlike like after before during since until as at by
    for from in into of on over under with without about above across against along among around
    behind below beneath beside between beyond but and or nor so if when where why how what who
    whom whose which that this these those there here it its he she they we you i his her their
    our your my mr mrs ms dr no yes not all any both each every few many most much more some
    such other another one two three four five six seven eight nine ten several police officials
    residents critics experts analysts sources reports many breaking update updated editor note
    read watch photo video"""
)
# Capitalised inside a run only in title case; never part of a name.
_FUNCTION = words(
    "i he she it we they you his her its their our my your this that these those but or nor"
    " yet so if when while as at by in on to from with after before a an is are was were"
)
_CONNECTORS = frozenset(
    {
        "of",
        "the",
        "for",
        "and",
        "de",
        "del",
        "der",
        "van",
        "von",
        "la",
        "le",
        "du",
        "da",
        "al",
        "bin",
        "&",
    }
)
_TITLES = words(
    """mr mrs ms miss dr prof sir dame lord lady president vice prime minister chancellor secretary
    senator sen rep gov governor mayor judge justice king queen prince princess pope general gen
    col colonel capt captain lt sgt officer ceo cfo coo cto chairman chairwoman chairperson
    chair chief executive director spokesman spokeswoman spokesperson coach ambassador premier
    deputy commissioner inspector professor rev bishop archbishop sheikh emir crown founder
    principal"""
)
_STRONG_TITLES = words(
    """mr mrs ms miss dr prof sir dame lord lady president senator sen rep gov governor mayor judge
    pope king queen prince princess minister chancellor secretary ceo premier sheikh emir
    ambassador"""
)
_PERSON_VERBS = words(
    """said says told explained clarified emphasized emphasised noted added stated argued insisted
    recalled wrote admitted testified believes thinks warned conveyed indicated acknowledged
    confirmed denied urged"""
)
_PERSON_BY = words("headed led chaired founded run signed interviewed")
_ORG_SUFFIXES = words(
    """association inc inc. corp corp. corporation company co co. ltd llc plc gmbh ag sa group
    ministry university agency bank council committee commission party institute foundation
    department office service services organization organisation federation union authority
    court parliament senate congress police army navy force forces times news post journal
    motors airlines airways holdings fund board school college hospital club society league fc
    network systems technologies industries press partners capital bureau assembly academy
    alliance coalition front movement church guard cabinet government administration corporation
    consortium trust exchange laboratories labs pharmaceuticals energy oil manufacturers center
    centre clinic museum"""
)
_ORG_HEADS = words(
    """ministry university bank department office bureau institute academy council commission
    committee federation union association church court house"""
)
_ORG_CONTEXT = words(
    """company companies firm firms automaker carmaker maker manufacturer group shares stake
    subsidiary ceo board investors partnership merger acquisition leadership headquarters
    employees startup corporation agency ministry interview newspaper magazine spokesman
    spokeswoman spokesperson executives shareholders stock revenue profit lender bank regulator"""
)
# Not "to" ("According to X", "talked to X") nor "at" ("at Google"): too often not places.
_PLACE_PREPS = words("in from near across throughout outside inside into")
_PERSON_NOUNS = words(
    """manager owner analyst lawyer attorney actor actress singer rapper star player striker
    midfielder defender goalkeeper pitcher quarterback author writer reporter correspondent
    activist chef teammate wife husband son daughter mother father brother sister uncle aunt
    cousin friend boyfriend girlfriend colleague spokesman spokeswoman spokesperson"""
)
# Capitalised words that are neither names nor mapped to places: adjectives and common
# initialisms. "American" stays here: the United States or the Americas is a guess.
_NOT_NAMES = words(
    """American Welsh Portuguese Scottish Irish English Dutch Swedish Norwegian Danish Greek Swiss
    Austrian Belgian Cuban Korean Vietnamese Thai Filipino Indonesian Argentine Argentinian
    Colombian Venezuelan Chilean Peruvian Kenyan Ethiopian Arab Muslim Christian Jewish Catholic
    Protestant Democrat Democrats Republican Republicans Democratic Western Eastern Northern
    Southern Latino Hispanic Internet TV CEO CFO GDP AI PC DNA OK ID PM AM COVID HIV AIDS IVF
    NFT CCTV SUV VIP DJ MP MPs LGBT LGBTQ UFO IQ PhD FAQ GPS USB DVD CD HD RIP LOL OMG GMT UTC
    EST PST"""
)
_PLACE_FIRST = words("mount lake cape gulf port fort")
_PLACE_CONTEXT = words(
    """city town village region province state country capital location site area district border
    territory island coast port"""
)
_PLACE_HEADS = words(
    """city county province region oblast krai state republic kingdom island islands isle mountains
    mount mt river lake sea ocean gulf bay strait valley peninsula desert coast street st avenue
    ave road square park bridge airport district territory canyon"""
)
_NAME_HEADS = _ORG_HEADS | _PLACE_FIRST | _PLACE_HEADS | _ORG_SUFFIXES
_PLACE_SHAPE = re.compile(r"\w{3,}(?:sk|grad|burg|stan|ville|polis|abad|pur|stad)$")

_CONTINENTS = (
    "Africa", "Europe", "Asia", "Antarctica", "Australia", "North America", "South America",
    "Latin America", "Middle East", "Oceania",
)  # fmt: skip
_COUNTRIES = words(
    """Afghanistan Algeria Argentina Armenia Austria Azerbaijan Bangladesh Belarus Belgium Brazil
    Bulgaria Cambodia Canada Chile China Colombia Croatia Cuba Cyprus Denmark Egypt Estonia
    Ethiopia Finland France Georgia Germany Ghana Greece Hungary Iceland India Indonesia Iran
    Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kuwait Kyrgyzstan Latvia Lebanon
    Libya Lithuania Malaysia Mexico Moldova Mongolia Morocco Myanmar Nepal Netherlands Nigeria
    Norway Pakistan Palestine Peru Philippines Poland Portugal Qatar Romania Russia Serbia
    Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan
    Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam
    Yemen Zimbabwe Britain England Scotland Wales Gaza Crimea"""
) | {
    "United States", "United Kingdom", "Saudi Arabia", "South Africa", "South Korea",
    "North Korea", "New Zealand", "United Arab Emirates", "Czech Republic", "Sri Lanka",
}  # fmt: skip
_CITIES = words(
    """London Paris Berlin Moscow Beijing Shanghai Tokyo Delhi Mumbai Istanbul Cairo Lagos Rome
    Madrid Barcelona Vienna Warsaw Prague Budapest Kyiv Kiev Minsk Tehran Baghdad Riyadh Dubai
    Doha Jerusalem Beirut Damascus Ankara Athens Lisbon Dublin Brussels Amsterdam Stockholm Oslo
    Copenhagen Helsinki Geneva Zurich Washington Chicago Boston Toronto Montreal Vancouver
    Sydney Melbourne Seoul Singapore Bangkok Jakarta Manila Karachi Lahore Kabul Nairobi
    Johannesburg Havana Lima Bogota Caracas Santiago Baku Tashkent Almaty Tbilisi Yerevan Kazan
    Novosibirsk Yekaterinburg Vladivostok Sochi Hollywood"""
) | {
    "New York", "Los Angeles", "San Francisco", "Hong Kong", "Mexico City", "St. Petersburg",
    "Saint Petersburg", "Rio de Janeiro", "Buenos Aires", "New Delhi", "Tel Aviv", "Abu Dhabi",
    "Sao Paulo", "Cape Town",
}  # fmt: skip
_DEMONYM_ENDINGS = ("ian", "ians", "ean", "eans", "ese", "ish", "ishman", "cans")
_US_STATES = words(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming"""
) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
}  # fmt: skip
_PLACE_ALIASES = MappingProxyType(
    {
        "U.S.": "United States",
        "US": "United States",
        "USA": "United States",
        "U.S.A.": "United States",
        "America": "United States",
        "UK": "United Kingdom",
        "U.K.": "United Kingdom",
        "UAE": "United Arab Emirates",
        "Britain": "United Kingdom",
    }
)
_GAZETTEER = frozenset(_CONTINENTS) | _COUNTRIES | _CITIES | _US_STATES | frozenset(_PLACE_ALIASES)
_DEMONYMS = MappingProxyType({
    "African": "Africa", "European": "Europe", "Asian": "Asia", "Russian": "Russia",
    "Chinese": "China", "Iranian": "Iran", "Indian": "India", "Japanese": "Japan",
    "German": "Germany", "French": "France", "British": "United Kingdom", "Italian": "Italy",
    "Spanish": "Spain", "Ukrainian": "Ukraine", "Turkish": "Turkey", "Brazilian": "Brazil",
    "Canadian": "Canada", "Mexican": "Mexico", "Israeli": "Israel", "Egyptian": "Egypt",
    "Australian": "Australia", "Polish": "Poland", "Iraqi": "Iraq", "Syrian": "Syria",
    "Pakistani": "Pakistan", "Afghan": "Afghanistan", "Belarusian": "Belarus",
    "Kazakh": "Kazakhstan", "Saudi": "Saudi Arabia", "Nigerian": "Nigeria",
})  # fmt: skip
_RU_DEMONYMS = (
    ("африканск", "Африка"), ("европейск", "Европа"), ("азиатск", "Азия"), ("российск", "Россия"),
    ("китайск", "Китай"), ("иранск", "Иран"), ("индийск", "Индия"), ("японск", "Япония"),
    ("немецк", "Германия"), ("французск", "Франция"), ("британск", "Великобритания"),
    ("итальянск", "Италия"), ("украинск", "Украина"), ("турецк", "Турция"),
    ("белорусск", "Белоруссия"), ("казахстанск", "Казахстан"),
)  # fmt: skip
_RU_DEMONYM = re.compile(r"\b(" + "|".join(p for p, _ in _RU_DEMONYMS) + r")\w*", re.IGNORECASE)
_FIRST_NAMES = words(
    """james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tim
    tom tyler aaron jose adam nathan henry peter zachary douglas harold kyle noah carl arthur
    gerald roger keith jeremy terry lawrence sean christian albert joe ethan austin jesse willie
    billy bryan bruce jordan ralph roy eugene wayne alan juan louis russell randy vincent philip
    bobby johnny bradley elon bill barack hillary boris emmanuel angela olaf rishi keir xi recep
    narendra benjamin volodymyr joe kamala mary patricia jennifer linda elizabeth barbara susan
    jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle
    carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
    angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
    rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria
    kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha
    gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
    denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
    charlotte marie kayla alexis lori maxim maksim vladimir dmitry dmitri sergei sergey alexei
    alexey aleksei ivan igor oleg yuri yury mikhail nikolai andrei andrey viktor pavel anatoly
    boris gennady grigory konstantin leonid valery vitaly yevgeny evgeny roman ruslan denis
    artem anton kirill arkady vyacheslav stanislav alexander aleksandr nikita fyodor ilya
    natalia natalya olga tatiana tatyana svetlana irina elena yelena ekaterina yekaterina marina
    galina lyudmila martin jonny lindsey kate luke liam mason logan owen caleb ian evan gavin
    dylan connor hunter eli isaac gabriel julian lucas leo max oliver harry charlie jamie danny
    tony mike jim bob dan steve chris nick matt sam ben alex andy greg jeff rob phil ted rory
    henrik thierry freddie carlo gareth walter jimmy geraldine kelley brad roland dean cam
    hannah becky valentina ksenia alla nadezhda anastasia yulia daria vladislav mohammed
    muhammad ahmed ali hassan hussein omar abdullah mahmoud ebrahim ibrahim hamid reza mohammad
    javad hossein carlos luis miguel pedro jorge antonio francisco manuel javier hans klaus
    wolfgang jurgen pierre jacques francois jean-pierre marco giuseppe giovanni luca andrea
    matteo"""
)
_MONTH_NAMES = MappingProxyType({
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
})  # fmt: skip
_WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
_DATE_WORDS = frozenset(_MONTH_NAMES) | _WEEKDAYS
_DATE_NAMES = frozenset(w.capitalize() for w in _DATE_WORDS if len(w) > 3) - {"March", "May"}

# ---------------------------------------------------------------------------------------------
# Dates

_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_MON_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:18|19|20)\d\d"
_ORD = r"(?:st|nd|rd|th)?"
_SMALL_EN = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)"
_PERIOD = (
    r"(?:year|month|week|decade|century|day|morning|afternoon|evening|night|summer|winter"
    r"|spring|autumn|fall|quarter|weekend)"
)
_DEICTIC = r"(?:in\s+|on\s+)?(?:the\s+|this\s+|that\s+|last\s+|next\s+)?"


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# English dates start from cheap anchors (a digit run, a month or weekday name, a period noun)
# and are matched in place: patterns opening with \b defeat the engine's literal-prefix scan,
# and sixteen of them cost ~2 ms on a 5 kB story; anchors cost ~0.1 ms.
_ANCHOR_NUM = _c(r"[0-9]+")
_ANCHOR_NAME = _c(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|Yesterday|yesterday|Today|today|Tomorrow|tomorrow|Tonight|tonight)"
)
_ANCHOR_PERIOD = _c(rf"{_PERIOD}s?\b")
# (pattern, kind): kind tells _date_value how to read the groups; "" means no ISO value.
_AT_NUM = (
    (_c(r"(\d{4})-(\d\d)-(\d\d)\b"), "ymd"),
    (_c(rf"(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MON})\s*,?\s+({_YEAR})\b"), "dmy"),
    (_c(rf"(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MON_FULL})\b"), "dm"),
    (_c(rf"({_YEAR})s?(?![\w%]|[.,]\d)"), "y"),
)
_AT_NAME = (
    (_c(rf"({_MON})\s+(\d{{1,2}}){_ORD},?\s+({_YEAR})\b"), "mdy"),
    (_c(rf"({_MON_FULL}),?\s+({_YEAR})\b"), "my"),
    (_c(rf"({_MON})\s+(\d{{1,2}}){_ORD}\b(?![,.]?\d)"), "md"),
    (_c(rf"({_MON_FULL})\b"), "m"),
    (_c(rf"{_WDAY}s?\b"), ""),
    (_c(r"(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b"), ""),
)
# Words before an anchor that belong to the date: "early 2023", "last Monday", "late in the
# year", "in recent weeks"; and the count of "three weeks ago".
_BEFORE_EDGE = _c(r"(?<!\w)(?i:early|late|mid)[- ]$")
_BEFORE_REL = _c(
    rf"(?<!\w)(?:(?i:early|late|mid|earlier|later)[- ]{_DEICTIC}"
    r"|(?i:last|next|this|past|previous|coming)\s+|(?i:in\s+recent)\s+)$"
)
_BEFORE_COUNT = _c(rf"(?<!\w)(?i:{_SMALL_EN})\s+$")
_AFTER_AGO = _c(r"\s+ago\b")
_MONTH_CONTEXT = _c(r"(?<!\w)(?i:in|on|since|until|by|from|through|of|early|late|mid-?)\s+$")
_NOT_BEFORE_YEAR = frozenset("$€£¥.,-")
_AFTER_DAY = frozenset(" \t\n\u00a0sntr")  # "5 May", "1st", "2nd", "3rd", "4th"

_RU_MON_ANY = (
    r"(?:январ[ьяеё]|феврал[ьяеё]|март[аеу]?|апрел[ьяеё]|ма[йяею]|июн[ьяеё]|июл[ьяеё]|август[аеу]?"
    r"|сентябр[ьяеё]|октябр[ьяеё]|ноябр[ьяеё]|декабр[ьяеё])"
)
_RU_MON_GEN = (
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
)
_RU_YEAR_NOUN = r"\s+(?:года|году|год|годом|г\.)"
_RU_YEAR_WORD = rf"(?:{_RU_YEAR_NOUN})?"
_RU_EDGE = r"(?:в\s+)?(?:конце|начале|середине)\s+"
_RU_THIS = r"(?:прошлом|этом|текущем|следующем|будущем|позапрошлом)"
_RU_AGO = r"(?:дней|дня|недель|недели|месяцев|месяца|лет|года)\s+назад"
_RU_WDAY = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
_RU_DATES = (
    (_c(r"\b(\d{4})-(\d\d)-(\d\d)\b"), "ymd"),
    (_c(rf"\b(\d{{1,2}})\s+({_RU_MON_GEN})\s+({_YEAR}){_RU_YEAR_WORD}", re.I), "dmy"),
    (_c(r"\b(\d{1,2})\.(\d{1,2})\.((?:18|19|20)\d\d)\b"), "dmy#"),
    (_c(rf"\b(?:{_RU_EDGE})?({_RU_MON_ANY})\s+({_YEAR}){_RU_YEAR_WORD}", re.I), "my"),
    (_c(rf"\b(\d{{1,2}})\s+({_RU_MON_GEN})(?!\w)", re.I), "dm"),
    (_c(rf"{_RU_EDGE}({_YEAR})\s+года", re.I), "y"),
    (_c(rf"(?<![\w,.])({_YEAR})(?:{_RU_YEAR_NOUN}|(?![\w%]|[.,]\d))", re.I), "y"),
    (_c(rf"(?<!\w)({_RU_MON_ANY})(?!\w)", re.I), "m"),
    (_c(rf"(?<!\w)(?:в|на|к|до)\s+{_RU_THIS}\s+(?:году|месяце|квартале)(?!\w)", re.I), ""),
    (_c(r"(?<!\w)(?:на|к)\s+(?:прошлой|этой|следующей|будущей)\s+неделе(?!\w)", re.I), ""),
    (_c(rf"(?<!\w){_RU_EDGE}(?:этого\s+|прошлого\s+)?(?:года|месяца|недели)(?!\w)", re.I), ""),
    (_c(r"(?<!\w)(?:позавчера|вчера|сегодня|завтра|послезавтра)(?!\w)", re.I), ""),
    (_c(rf"(?<!\w)(?:\d+|несколько|два|две|три|пять|десять)\s+{_RU_AGO}(?!\w)", re.I), ""),
    (_c(rf"(?<!\w)(?:в|во)\s+{_RU_WDAY}(?!\w)", re.I), ""),
)
_RU_MONTHS = MappingProxyType({
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "мае": 5, "маю": 5, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
})  # fmt: skip


def find_dates(text: str, language: str) -> tuple[DateMention, ...]:
    """Years, full dates, months, weekdays and relative periods, ISO ``value`` when known."""
    if language in {"ru", "uk", "be"}:
        found = _table_dates(text, language)
    else:
        found = _anchored_dates(text)
    return tuple(DateMention(text[s:e], v, s, e) for s, e, v in _non_overlapping(found))


def _table_dates(text: str, language: str) -> list[tuple[int, int, str | None]]:
    found: list[tuple[int, int, str | None]] = []
    for pattern, kind in _RU_DATES:
        for m in pattern.finditer(text):
            if kind == "m" and not _month_ok(text, m, language):
                continue
            found.append((m.start(), m.end(), _date_value(m, kind)))
    return found


def _anchored_dates(text: str) -> list[tuple[int, int, str | None]]:
    found: list[tuple[int, int, str | None]] = []
    for anchor in _ANCHOR_NAME.finditer(text):
        p = anchor.start()
        if p and text[p - 1].isalnum():
            continue
        for pattern, kind in _AT_NAME:
            if m := pattern.match(text, p):
                value = _date_value(m, kind)
                window = max(0, p - 30)
                start = p
                if kind in {"m", ""} and (rel := _BEFORE_REL.search(text, window, p)):
                    start, value = rel.start(), None  # "last Monday", "late March"
                elif kind == "my" and (edge := _BEFORE_EDGE.search(text, window, p)):
                    start = edge.start()
                elif (
                    kind == "m"
                    and m.group(1) in {"May", "March"}
                    and not _MONTH_CONTEXT.search(text, window, p)
                ):
                    break  # also a verb: a month only after a preposition ("in May")
                found.append((start, m.end(), value))
                break
    named = len(found)
    j = 0  # dates found from names come in text order: walk them to skip digits inside
    for anchor in _ANCHOR_NUM.finditer(text):
        p, e = anchor.span()
        while j < named and found[j][1] <= p:
            j += 1
        if j < named and found[j][0] <= p:
            continue  # the day of "May 5", already read
        if e - p != 4 and text[e : e + 1] not in _AFTER_DAY:
            continue  # only a year or a day ("5 May", "5th") can start a date
        before = text[p - 1] if p else " "
        edge = _BEFORE_EDGE.search(text, max(0, p - 6), p) if before in {" ", "-"} else None
        if not edge and (before.isalnum() or before in _NOT_BEFORE_YEAR):
            continue
        for pattern, kind in _AT_NUM:
            if m := pattern.match(text, p):
                start = edge.start() if edge and kind == "y" else p
                found.append((start, m.end(), _date_value(m, kind)))
                break
    for anchor in _ANCHOR_PERIOD.finditer(text):
        p = anchor.start()
        if p and text[p - 1].isalnum():
            continue
        window = max(0, p - 30)
        if rel := _BEFORE_REL.search(text, window, p):
            found.append((rel.start(), anchor.end(), None))
        elif (count := _BEFORE_COUNT.search(text, window, p)) and (
            ago := _AFTER_AGO.match(text, anchor.end())
        ):
            found.append((count.start(), ago.end(), None))
    return found


def _month_ok(text: str, m: re.Match[str], language: str) -> bool:
    if language in {"ru", "uk", "be"}:
        # "мая"/"мае" alone are too often other words' forms; want a date context for them.
        word = m.group(1).lower()
        return not word.startswith("ма") or word.startswith("мар")
    return True


def _date_value(m: re.Match[str], kind: str) -> str | None:
    g = m.groups()
    try:
        if kind == "ymd":
            return _iso(int(g[0]), int(g[1]), int(g[2]))
        if kind == "mdy":
            return _iso(int(g[2]), _month(g[0]), int(g[1]))
        if kind == "dmy":
            return _iso(int(g[2]), _month(g[1]), int(g[0]))
        if kind == "dmy#":
            return _iso(int(g[2]), int(g[1]), int(g[0]))
        if kind == "my":
            month = _month(g[0])
            return f"{int(g[1]):04d}-{month:02d}" if month else None
        if kind == "y":
            year = next((x for x in g if x), None)
            if year is None or m.group().endswith("s"):
                return None  # "the 1990s": no single year
            return f"{int(year):04d}"
    except ValueError:
        return None
    return None


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    if w[:1].isascii():
        return _MONTH_NAMES.get(w, 0) or _MONTH_NAMES.get(w[:3], 0)
    return _RU_MONTHS.get(w[:3], 0)


def _iso(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _non_overlapping(found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Longest match first among overlapping ones, then source order."""
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, Any]] = []
    for f in found:
        if out and f[0] < out[-1][1]:
            if f[1] - f[0] > out[-1][1] - out[-1][0]:
                out[-1] = f  # a longer match starting inside the previous one wins
            continue
        out.append(f)
    return out


# ---------------------------------------------------------------------------------------------
# Quantities

# Numbers start with a digit class, not a lookbehind, so the engine can skip non-digits fast;
# what may not stand before a number (a letter, "1.5" halves) is checked in Python.
# Group repeats are bounded so that a megabyte of "1,000,000,..." cannot make a match
# attempt at every digit rescan the rest of the text.
_NUM_EN = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,5}|[0-9]+)(?:\.[0-9]+)?(?![0-9_]|[.,][0-9])")
_NUM_EU = re.compile(
    r"(?:[0-9]{1,3}(?:[\u00a0\u202f ][0-9]{3}){1,5}|[0-9]+)(?:[.,][0-9]+)?(?![0-9_]|[.,][0-9])"
)
# Letters glued to a number: a scale after a currency ("$5m", "€2bn") or a unit ("10km").
_ATTACHED = re.compile(
    r"(bn|mn|tn|m|k|km|kg|cm|mm|mg|ml|kW|MW|GW|kWh|MWh|GWh|mph|ft|lbs?|oz|GB|TB|MB)(?!\w)"
)
_ATTACHED_SCALE = MappingProxyType({"bn": 1e9, "mn": 1e6, "tn": 1e12, "m": 1e6, "k": 1e3})
_NOT_BEFORE_NUMBER = frozenset(".,/-_")
_CURRENCY_BEFORE = re.compile(r"(US\$|C\$|A\$|[$€£¥₽])\s?$")
_CURRENCY_CHARS = frozenset("$€£¥₽")
_CURRENCY_SYMBOLS = MappingProxyType(
    {
        "$": "USD",
        "US$": "USD",
        "C$": "CAD",
        "A$": "AUD",
        "€": "EUR",
        "£": "GBP",
        "¥": "JPY",
        "₽": "RUB",
    }
)
_SCALE = re.compile(
    r"\s?(trillion|billion|million|thousand|bn|mn|tn|k|тыс\.|тысяч[аи]?|млн\.?|миллион(?:а|ов)?|"
    r"млрд\.?|миллиард(?:а|ов)?|трлн\.?|триллион(?:а|ов)?)(?!\w)",
    re.I,
)
_SCALES = MappingProxyType({
    "k": 1e3, "thousand": 1e3, "тыс": 1e3, "тысяч": 1e3, "mn": 1e6, "million": 1e6, "млн": 1e6,
    "миллион": 1e6, "bn": 1e9, "billion": 1e9, "млрд": 1e9, "миллиард": 1e9, "tn": 1e12,
    "trillion": 1e12, "трлн": 1e12, "триллион": 1e12,
})  # fmt: skip
_PERCENT = re.compile(
    r"\s?(%|percent(?!\w)|per\s+cent(?!\w)|процент(?:а|ов)?(?!\w)|п\.\s?п\.)", re.I
)
_CURRENCY_WORD = re.compile(
    r"\s+(dollars?|euros?|pounds?|yen|yuan|rubles?|roubles?|рубл(?:ей|я|ь)|руб\.|доллар(?:ов|а)?|евро|юаней|юаня)(?!\w)",
    re.I,
)
_HYPHEN_UNIT = re.compile(r"-([^\W\d_]+(?:-[^\W\d_]+)?)")
_UNIT_WORD = re.compile(r"\s+([^\W\d_]+(?:[-'’][^\W\d_]+)*)")
_NOT_A_UNIT = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|[:/])", re.I)
_EN_NUMBER_WORDS = MappingProxyType({
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "dozens": 12,
})  # fmt: skip
_RU_NUMBER_WORDS = MappingProxyType({
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4,
    "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
})  # fmt: skip


_EN_NUMBER_FORMS = tuple(f for w in _EN_NUMBER_WORDS for f in (w, w.capitalize()))
_RU_NUMBER_FORMS = tuple(f for w in _RU_NUMBER_WORDS for f in (w, w.capitalize()))


def _find_words(text: str, forms: Iterable[str], follow: str) -> Iterator[tuple[int, int]]:
    """Spans of whole-word ``forms`` followed by a character of ``follow``, in no order.

    str.find per form is ~10x cheaper than one regex alternation of them all: many of the
    words share first letters with most English words, which defeats the regex prefix scan.
    """
    for form in forms:
        n = len(form)
        i = text.find(form)
        while i >= 0:
            j = i + n
            if (not i or not text[i - 1].isalnum()) and text[j : j + 1] in follow:
                yield i, j
            i = text.find(form, j)


_IRREGULAR_PLURALS = words(
    "people children men women police staff cattle feet teeth mice data media personnel troops"
)
_UNIT_STOP_SUFFIX = re.compile(r"(?:ly|ing|ed)$")
_MAX_UNIT_WORDS = 3


def find_quantities(
    text: str,
    language: str,
    dates: Sequence[DateMention] = (),
    pos: PartOfSpeech | None = None,
) -> tuple[Quantity, ...]:
    """Numbers with what they count (``"20,000 Lada units"``); spans inside ``dates`` are skipped.

    ``pos`` gives a word's part of speech (UD tags, from pymorphy2 for Russian) to tell where
    the counted noun phrase ends; without it English rules decide.
    """
    en_style = language not in {"ru", "uk", "be", "de", "fr", "es", "it", "pt", "pl", "cs", "nl"}
    taken = sorted((d.start, d.end) for d in dates)
    out: list[tuple[int, int, Quantity]] = []
    j = 0  # numbers come in text order: walk the dates alongside instead of searching them
    for m in (_NUM_EN if en_style else _NUM_EU).finditer(text):
        p = m.start()
        if p and (text[p - 1].isalnum() or text[p - 1] in _NOT_BEFORE_NUMBER):
            continue
        while j < len(taken) and taken[j][1] <= p:
            j += 1
        if j < len(taken) and taken[j][0] < m.end():
            continue
        value = _parse_number(m.group(), en_style=en_style)
        q = _quantity_at(text, m.start(), m.end(), value, language, pos)
        if q is not None:
            out.append((q.start, q.end, q))
    if language in {"en", "ru"}:
        ru = language == "ru"
        forms, follow = (_RU_NUMBER_FORMS, " ") if ru else (_EN_NUMBER_FORMS, "- ")
        table = _RU_NUMBER_WORDS if ru else _EN_NUMBER_WORDS
        for start, end in _find_words(text, forms, follow):
            if _inside(taken, start, end):
                continue
            value = float(table[text[start:end].lower()])
            q = _quantity_at(text, start, end, value, language, pos)
            # A written-out number alone is usually not a figure ("two of them"): want a unit.
            if q is not None and q.unit:
                out.append((q.start, q.end, q))
    return _ranges(text, [q for _, _, q in _non_overlapping(out)], en_style)


# "12 and 15 million euros", "от 3 до 5 тысяч рублей": the bare first number of a range
# shares the second's scale and unit, so the range is one figure.
_RANGE_JOIN = re.compile(r"\s*(?:and|to|or|-|–|—|и|до|или)\s*$", re.IGNORECASE)


def _ranges(text: str, found: list[Quantity], en_style: bool) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.unit
            and q.unit
            and q.start - prev.end <= 6
            and _RANGE_JOIN.fullmatch(text[prev.end : q.start])
        ):
            head = (_NUM_EN if en_style else _NUM_EU).match(q.text)
            base = _parse_number(head.group(), en_style=en_style) if head else None
            if prev.value is None or base is None or prev.value >= base:
                out.append(q)  # a range goes up: "2020 - 15 people" is no range
                continue
            scale = q.value / base if q.value is not None and base else 1.0
            out[-1] = Quantity(
                text[prev.start : q.end], prev.value * scale, q.unit, prev.start, q.end
            )
            continue
        out.append(q)
    return tuple(out)


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, not overlapping each other)."""
    i = bisect_right(spans, start, key=itemgetter(1))
    return i < len(spans) and spans[i][0] < end


def _parse_number(raw: str, *, en_style: bool) -> float | None:
    if raw.isdigit():
        return float(raw)
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    s = s.replace(",", "") if en_style else s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _quantity_at(
    text: str,
    start: int,
    end: int,
    value: float | None,
    language: str,
    pos: PartOfSpeech | None,
) -> Quantity | None:
    unit = ""
    if not _CURRENCY_CHARS.isdisjoint(text[max(0, start - 4) : start]) and (
        cur := _CURRENCY_BEFORE.search(text, max(0, start - 4), start)
    ):
        start = cur.start()
        unit = _CURRENCY_SYMBOLS[cur.group(1)]
    c1, c2 = text[end : end + 1], text[end + 1 : end + 2]
    if c1 in {":", "/"}:
        return None  # a time of day or a ratio, not a count
    if c1.isalpha():
        glued = _ATTACHED.match(text, end)
        if glued is None:
            return None  # "5th", "3D": an ordinal or a code, not a quantity
        suffix = glued.group(1)
        if unit and suffix in _ATTACHED_SCALE:
            scaled = value * _ATTACHED_SCALE[suffix] if value is not None else None
            return Quantity(text[start : glued.end()], scaled, unit, start, glued.end())
        return Quantity(text[start : glued.end()], value, unit or suffix, start, glued.end())
    if (
        c1 not in {"%", "-"}
        and not c1.isalpha()
        and not (c1.isspace() and (c2.isalpha() or c2 == "%"))
    ):
        # Nothing that could be a unit follows (a comma, a digit): skip the unit regexes, which
        # is most of the time on a table of figures.
        return Quantity(text[start:end], value, unit, start, end)
    if _NOT_A_UNIT.match(text, end):
        return None  # a time of day or a ratio, not a count
    if sc := _SCALE.match(text, end):
        word = sc.group(1).lower().rstrip(".")
        factor = next((f for k, f in _SCALES.items() if word.startswith(k)), None)
        if factor is not None and (word != "k" or unit) and value is not None:
            value *= factor
        end = sc.end()
    if pc := _PERCENT.match(text, end):
        return Quantity(text[start : pc.end()], value, "%", start, pc.end())
    if cw := _CURRENCY_WORD.match(text, end):
        return Quantity(text[start : cw.end()], value, unit or cw.group(1), start, cw.end())
    if unit:
        return Quantity(text[start:end], value, unit, start, end)
    words: list[str] = []
    if hy := _HYPHEN_UNIT.match(text, end):
        # "six-year window": the hyphenated word is the unit, and the noun it modifies.
        words.append(hy.group(1))
        end = hy.end()
    unit_end = end
    for w_start, w_end, word in _unit_words(text, end, language, pos, bool(words)):
        words.append(word)
        unit_end = w_end
        del w_start
    if not words:
        return Quantity(text[start:end], value, "", start, end)
    return Quantity(text[start:unit_end], value, " ".join(words), start, unit_end)


def _unit_words(
    text: str, at: int, language: str, pos: PartOfSpeech | None, after_hyphen: bool
) -> Iterator[tuple[int, int, str]]:
    """The words after a number that name what it counts."""
    stop = stopwords(language)
    limit = _MAX_UNIT_WORDS - (1 if after_hyphen else 0)
    noun = ""  # the counted noun, once seen
    for _ in range(limit):
        m = _UNIT_WORD.match(text, at)
        if m is None:
            return
        word = m.group(1)
        low = word.lower()
        if low in stop or low in _DATE_WORDS or low in _NUMBER_WORDS_ALL:
            return
        if noun and (noun in _TIME_NOUNS or not word[:1].isupper()):
            return  # after the noun only a name may follow ("автомобилей Lada"), not after time
        if pos is not None:
            tag = pos(word)
            if tag == "X" and word[:1].isupper():
                tag = "PROPN"  # a Latin brand in Russian text
            if tag not in {"NOUN", "ADJ", "PROPN"}:
                return
            if tag == "NOUN":
                noun = low
        elif language != "en":
            noun = low  # no word classes: take one word, and a name after it
        elif _UNIT_STOP_SUFFIX.search(low) and not word[:1].isupper():
            return  # an adverb or a verb form ends the phrase: "3 people injured"
        yield m.start(1), m.end(1), word
        at = m.end()
        if language == "en" and (_is_plural(low) or low in _IRREGULAR_PLURALS):
            return  # a plural noun ends the phrase: "20,000 Lada units"


_TIME_NOUNS = words(
    """лет год года годам месяц месяца месяцев день дня дней недели недель часа часов минут секунд
    years months weeks days hours minutes"""
)
_NUMBER_WORDS_ALL = frozenset(_EN_NUMBER_WORDS) | frozenset(_RU_NUMBER_WORDS)


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# ---------------------------------------------------------------------------------------------
# Entities by rules

# A capitalised word ("AvtoVAZ", "O'Brien", "Rolls-Royce") or dotted initials ("U.S.").
# Scanning capitals only is ~5x cheaper than all words; .isupper() then checks the first letter,
# since the Latin Extended-A range mixes cases.
_CAP = re.compile(r"(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-ÞĀ-žΑ-ΩЀ-Я]\w*(?:[-'’&]\w+)*")
_JOIN = re.compile(r" (?:(?:of|the|for|and|de|del|der|van|von|la|le|du|da|al|bin|&) )*")
_NONSPACE = re.compile(r"\S+")
_INITIAL_BEFORE = re.compile(r"(?:^|[.!?:;\n…]|[.!?]['\"’”»)])[\s\"'“‘«(\[-]*$")
_ABBREV = words("mr mrs ms dr st jr sr gen sen rep gov lt col capt prof mt ft")
_WHO_AFTER = re.compile(r",\s+who\b")
_CAMEL = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")
_CAMEL_NAME = re.compile(r"(?:Mc|Mac|O['’]|De|Di|Le|La|Van)[A-Z]")
_PUNCT = "\"'“”‘’«»()[],.;:!?"
_POSSESSIVES = frozenset({"'s", "’s"})
_CONTEXT_MENTIONS = 4  # context cues from the first few mentions of a name are enough


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    initial: bool  # first word of a sentence: its capital says nothing
    possessive: bool


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    tokens: tuple[str, ...]
    name: str
    kind: EntityKind | None = None  # decided by a model or the gazetteer; None: by cues
    cues: dict[EntityKind, float] = field(default_factory=dict)
    initial: bool = False


def _rule_entities(text: str, sentences: Sequence[Sentence], base: int = 0) -> list[_Mention]:
    """Capitalised spans as typed mentions, common words and junk dropped."""
    starts = {s.start - base for s in sentences}
    runs: list[list[_Tok]] = []
    run: list[_Tok] = []
    too_long = False
    for m in _CAP.finditer(text):
        start = m.start()
        word = m.group()
        before = text[start - 1] if start else " "
        if before.isalnum() or before == "_" or not word[0].isupper():
            continue  # a capital inside a word ("iPhone") or a lowercase letter of the range
        if word in _DATE_NAMES:
            if run and not too_long:
                runs.append(run)
            run, too_long = [], False
            continue  # a month or weekday is never part of a name: no token to build
        possessive = word[-2:] in _POSSESSIVES
        if possessive:
            word = word[:-2]
        if start in starts:
            initial = True
        elif before == " " and text[start - 2 : start - 1].isalnum():
            initial = False  # the common case, "with Forbes", without a regex
        elif before in {")", "]"}:
            initial = True  # "(CNN)Share, and ...": a dateline ends right before a sentence
        else:
            initial = bool(_INITIAL_BEFORE.search(text, max(0, start - 6), start))
        tok = _Tok(start, start + len(word), word, initial, possessive)
        junk = "-" in word and _hyphen_junk(word)
        if run and not junk:
            joined = _joiners(text, run[-1], start)
            if joined is not None:
                if tok.initial and _follows_abbrev(run[-1]):
                    tok.initial = False
                if not tok.initial:
                    if len(run) < 2 * MAX_NAME_TOKENS:
                        run.extend(joined)
                        run.append(tok)
                    else:
                        too_long = True
                    continue
        if run and not too_long:
            runs.append(run)
        run, too_long = ([] if junk else [tok]), False
    if run and not too_long:
        runs.append(run)

    vocab = _Lowercase(text)
    mentions: list[_Mention] = []
    for r in runs:
        mentions.extend(_split_run(r, vocab))
    mentions = _keep_known_initials(mentions)
    _add_cues(text, mentions)
    return mentions


class _Lowercase:
    """Whether a word is also written in lowercase in the text (then it is a common word)."""

    __slots__ = ("_memo", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._memo: dict[str, bool] = {}

    def has(self, word: str) -> bool:
        found = self._memo.get(word)
        if found is None:
            found = self._memo[word] = self._find(word)
        return found

    def _find(self, word: str) -> bool:
        # str.find over the text beats tokenising all of it: few names, few hits each.
        text, n = self._text, len(word)
        i = text.find(word)
        while i >= 0:
            before = text[i - 1] if i else " "
            after = text[i + n : i + n + 1]
            if not before.isalnum() and not after.isalnum():
                return True
            i = text.find(word, i + n)
        return False


def _joiners(text: str, prev: _Tok, start: int) -> list[_Tok] | None:
    """The connector words between two capitalised words of one name; None if not one name."""
    if prev.possessive:
        return None
    gap = text[prev.end : start]
    if gap == " ":
        return []
    if gap == ". ":
        # "J. K. Rowling", "St. Petersburg": a period after an initial or a title abbreviation.
        return [] if len(prev.text) == 1 or prev.text.lower() in _ABBREV else None
    if len(gap) > 12 or not (gap[1:2].isalpha() or gap[1:2] == "&") or not _JOIN.fullmatch(gap):
        return None
    return [
        _Tok(prev.end + w.start(), prev.end + w.end(), w.group(), False, False)
        for w in _NONSPACE.finditer(gap)
    ]


def _follows_abbrev(prev: _Tok) -> bool:
    return len(prev.text) == 1 or prev.text.endswith(".") or prev.text.lower() in _ABBREV


def _hyphen_junk(word: str) -> bool:
    """ "D-class", "C" alone: a capital that is a label, not a name."""
    if "-" in word:
        return any(part[:1].islower() for part in word.split("-")[1:])
    return False


def _split_run(run: list[_Tok], vocab: _Lowercase) -> Iterator[_Mention]:
    # Leading and trailing connectors are never part of a name.
    while run and run[0].text in _CONNECTORS:
        run = run[1:]
    while run and run[-1].text in _CONNECTORS:
        run = run[:-1]
    if not run:
        return
    first = run[0]
    if len(run) == 1:  # most runs: nothing to split
        if not (first.initial and _common(first.text)):
            yield from _make_mention(run, vocab)
        return
    if first.text == "The" and len(run) > 1:
        yield from _split_run(run[1:], vocab)  # "The Shipley School": the article is not the name
        return
    # "Executives of General Motors": a sentence-initial word before "of" is a common noun
    # unless it heads names ("University of Oxford").
    before_connector = (
        len(run) > 1 and run[1].text in _CONNECTORS and first.text.lower() not in _NAME_HEADS
    )
    if first.initial and (_common(first.text) or before_connector):
        yield from _split_run(run[1:], vocab)
        return
    # Titles and dates split a run: "Russian President Vladimir Putin", "Monday President X".
    for i, tok in enumerate(run):
        low = tok.text.lower().rstrip(".")
        if low in _TITLES and _titles_name(run, i):
            yield from _split_run(run[:i], vocab)
            for m in _split_run(run[i + 1 :], vocab):
                m.cues["person"] = m.cues.get("person", 0) + 3
                yield m
            return
        if low in _DATE_WORDS or (low in _FUNCTION and not _acronym(tok.text)):
            yield from _split_run(run[:i], vocab)
            yield from _split_run(run[i + 1 :], vocab)
            return
    connectors = [i for i, t in enumerate(run) if t.text in _CONNECTORS]
    # "X Association and Y Corp": a complete name before "and" ends there.
    # "Orlando and New York City": "and" joins only inside an organization's name.
    org = _has_org_suffix(run) or any(t.text.lower() in _ORG_HEADS for t in run)
    ends = [
        i
        for i in connectors
        if (run[i].text == "and" and not org)
        or (run[i].text in {"and", "&"} and _has_org_suffix(run[i - 1 : i]))
    ]
    if ends or (connectors and not _joined_name(run)):
        i = (ends or connectors)[0]
        yield from _split_run(run[:i], vocab)
        yield from _split_run(run[i + 1 :], vocab)
        return
    yield from _make_mention(run, vocab)


def _titles_name(run: Sequence[_Tok], i: int) -> bool:
    """Whether ``run[i]`` is a title before a name, not a word of one ("General Motors")."""
    rest = run[i + 1 :]
    if not rest or rest[0].text in _CONNECTORS or _has_org_suffix(rest):
        return False
    if i > 0 and run[i - 1].text.lower() in _ORG_HEADS:
        return False
    if run[i].text.lower().rstrip(".") in _STRONG_TITLES:
        return True
    # "Chief", "General", "Director" also start names of things: want a person's shape after.
    return rest[0].text.lower() in _FIRST_NAMES or len(rest) >= 2


def _common(word: str) -> bool:
    if _acronym(word):
        return False  # "US", "IT", "WHO": capitals here are the name, not a sentence start
    low = word.lower()
    return low in _COMMON_CAPS or low in EN_STOPWORDS or low in _DATE_WORDS


def _has_org_suffix(run: Sequence[_Tok]) -> bool:
    return any(t.text.lower() in _ORG_SUFFIXES for t in run)


def _joined_name(run: Sequence[_Tok]) -> bool:
    """Whether connectors belong inside the name ("Bank of America", "Gulf of Mexico")."""
    words = {t.text.lower() for t in run}
    return bool(words & _ORG_SUFFIXES or words & _PLACE_HEADS or words & _ORG_HEADS)


def _make_mention(run: list[_Tok], vocab: _Lowercase) -> Iterator[_Mention]:
    start, end = run[0].start, run[-1].end
    if len(run) > MAX_NAME_TOKENS:
        return
    if len(run) == 1:
        word = run[0].text
        if len(word) == 1 or _common(word) or word in _NOT_NAMES or word.lower() in _TITLES:
            return
        if word in _DEMONYMS:
            yield _Mention(start, end, (_DEMONYMS[word],), _DEMONYMS[word], "place")
            return
        if len(word) > 4 and word.endswith(_DEMONYM_ENDINGS):
            return  # "Libyan oil", "Malians": an adjective or a people, not a name
        if not _acronym(word) and vocab.has(word.lower()):
            return  # the same word is written lowercase elsewhere: a common noun
    if len(run) > 1 and (run[-1].text in _DEMONYMS or run[-1].text.endswith(_DEMONYM_ENDINGS)):
        return  # "North African", "Northern Irishman"
    name = _name_text(run)
    canonical = _PLACE_ALIASES.get(name, name)
    kind: EntityKind | None = "place" if canonical in _GAZETTEER else None
    yield _Mention(start, end, tuple(canonical.split()), canonical, kind, {}, run[0].initial)


def _name_text(run: Sequence[_Tok]) -> str:
    """The name as written, one space between words ("St. Petersburg" keeps its period)."""
    parts = [run[0].text]
    for prev, tok in pairwise(run):
        parts.append(". " if tok.start - prev.end == 2 else " ")
        parts.append(tok.text)
    return "".join(parts)


def _acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isupper()


def _keep_known_initials(mentions: list[_Mention]) -> list[_Mention]:
    """A name seen only sentence-initially must earn its place: known elsewhere, or cued."""
    known = {t for m in mentions if not m.initial for t in m.tokens}
    out = []
    for m in mentions:
        if m.initial and len(m.tokens) == 1 and m.kind is None:
            word = m.tokens[0]
            strong = (
                m.cues.get("person", 0) >= 2 or _acronym(word) or _camel(word) or _place_shape(word)
            )
            if word not in known and not strong:
                continue
        out.append(m)
    return out


def _camel(word: str) -> bool:
    """Inner capitals after a lowercase letter ("AvtoVAZ", "PayPal"), not "McIlroy" or "DPs"."""
    return bool(_CAMEL.search(word)) and not _CAMEL_NAME.match(word)


def _place_shape(word: str) -> bool:
    return len(word) >= 5 and bool(_PLACE_SHAPE.match(word.lower()))


def _add_cues(text: str, mentions: Sequence[_Mention]) -> None:
    """Add each mention's evidence for a kind: the name's shape and its neighbours' words."""
    shapes: dict[str, dict[EntityKind, float]] = {}
    seen: dict[str, int] = {}
    for m in mentions:
        if m.kind is not None:
            continue
        shape = shapes.get(m.name)
        if shape is None:
            shape = shapes[m.name] = _shape_cues(m.tokens)
        for kind, w in shape.items():
            m.cues[kind] = m.cues.get(kind, 0.0) + w
        seen[m.name] = n = seen.get(m.name, 0) + 1
        if n <= _CONTEXT_MENTIONS:
            for kind, w in _context_cues(text, m.start, m.end, len(m.tokens) > 1):
                m.cues[kind] = m.cues.get(kind, 0.0) + w


def _place_prefix(tokens: tuple[str, ...]) -> bool:
    return tokens[0] in _GAZETTEER or " ".join(tokens[:2]) in _GAZETTEER


def _shape_cues(tokens: tuple[str, ...]) -> dict[EntityKind, float]:
    cues: dict[EntityKind, float] = {}
    lows = [t.lower() for t in tokens]
    if lows[-1] in _ORG_SUFFIXES or lows[0] in _ORG_HEADS:
        cues["organization"] = 3
    elif len(tokens) == 1 and _acronym(tokens[0]):
        cues["organization"] = 2
    elif any(_camel(t) for t in tokens):
        cues["organization"] = 1
    elif len(tokens) > 1 and lows[-1] not in _PLACE_HEADS and _place_prefix(tokens):
        cues["organization"] = 1  # "New York Yankees", "Kansas City Star": teams and papers
    if lows[-1] in _PLACE_HEADS or (len(tokens) > 1 and lows[0] in _PLACE_FIRST):
        cues["place"] = 3
    elif len(tokens) == 1 and _place_shape(tokens[0]):
        cues["place"] = 2
    if len(tokens) > 1 and lows[0].split("-")[0] in _FIRST_NAMES:
        cues["person"] = 3
    elif len(tokens) > 1 and all(len(t) == 1 or t.endswith(".") for t in tokens[:-1]):
        cues["person"] = 2  # "J. Smith"
    return cues


def _clause_words(raw: Iterable[str], *, keep_last: bool = False) -> list[str]:
    """Lowercased words up to a sentence end: a cue must not leak from the next sentence."""
    out = []
    for w in raw:
        ends = w[-1] in ".!?" and len(w.rstrip(".!?\"'”’»)")) > 1
        if ends and not keep_last:
            break
        out.append(w.strip(_PUNCT).lower())
        if ends:
            break
    return out


def _context_cues(
    text: str, start: int, end: int, multiword: bool
) -> Iterator[tuple[EntityKind, float]]:
    before = text[max(0, start - 48) : start]
    after = text[end : end + 48]
    prev = _clause_words(reversed(before.split()[-4:]))[::-1]
    nxt = _clause_words(after.split()[:6], keep_last=True)
    adjacent = before[-1:] == " "  # no punctuation between the previous word and the name
    p1 = prev[-1] if prev and adjacent else ""
    p2 = prev[-2] if len(prev) > 1 else ""
    if p1.rstrip(".") in _TITLES:
        yield "person", 3
    elif p1 in _PERSON_NOUNS:
        yield "person", 2  # "manager Garry Monk", "his brother John"
    if p1 == "by" and p2 in _PERSON_BY:
        yield "person", 2  # "headed by Maxim Sokolov"
    if _WHO_AFTER.match(after):
        yield "person", 1  # weak: "a DJ at a college in New Jersey, who was suspended"
    if multiword and nxt and after[:1].isspace() and nxt[0] in _PERSON_VERBS:
        yield "person", 1  # single words: "Renault said" is as common as "Sokolov said"
    if after.startswith("-based"):
        yield "place", 3
    if p1 in _PLACE_PREPS or (p1 == "the" and p2 in _PLACE_PREPS):
        yield "place", 1
    # Words before the name count only if nothing separates them from it ("club, X" does).
    near = set(prev[-3:]) if adjacent else set()
    if near & _PLACE_CONTEXT or set(nxt[:2]) & _PLACE_CONTEXT:
        yield "place", 1
    if near & _ORG_CONTEXT:
        yield "organization", 1
    # Companies are followed by their business: "Renault's option to repurchase its shares";
    # a person's name is too ("X, the company's chief"), so only for single words.
    if not multiword and set(nxt) & _ORG_CONTEXT:
        yield "organization", 1


# ---------------------------------------------------------------------------------------------
# Merging mentions into entities


def _merge(mentions: list[_Mention]) -> tuple[Entity, ...]:
    """Group mentions of one thing ("Maxim Sokolov" ... "Sokolov"), named by the fullest form."""
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        groups.setdefault(m.name, []).append(m)
    # Longer names absorb shorter ones that are their first or last words, or their acronym.
    by_edge: dict[tuple[str, ...], list[str]] = {}
    for name, ms in groups.items():
        toks = ms[0].tokens
        if len(toks) > 1:
            for n in range(1, len(toks)):
                by_edge.setdefault(toks[-n:], []).append(name)
                by_edge.setdefault(toks[:n], []).append(name)
            acro = "".join(t[0] for t in toks if t[:1].isupper())
            if len(acro) >= 2:
                by_edge.setdefault((acro,), []).append(name)
    parent: dict[str, str] = {}
    for name in sorted(groups, key=lambda n: len(groups[n][0].tokens)):
        ms = groups[name]
        kind = _vote(ms)
        targets = [t for t in by_edge.get(ms[0].tokens, ()) if t != name]
        if kind == "place" or not targets:
            continue
        fixed = any(m.kind is not None for m in ms)
        longer = [
            t
            for t in targets
            if kind is None
            or _vote(groups[t]) in {kind, None}
            # "Monk" after "Garry Monk": a surname's own weak cues do not make it another thing.
            or (not fixed and _vote(groups[t]) == "person" and groups[t][0].tokens[-1] == name)
        ]
        if longer:
            # Several "Sokolov"s: take the one introduced nearest before this mention.
            first = ms[0].start
            before = [t for t in longer if groups[t][0].start <= first]
            pick = max(before, key=lambda t: groups[t][0].start) if before else longer[0]
            parent[name] = pick
    merged: dict[str, list[_Mention]] = {}
    for name, ms in groups.items():
        root = name
        while root in parent:
            root = parent[root]
        merged.setdefault(root, []).extend(ms)
    entities = []
    for name, ms in merged.items():
        ms.sort(key=lambda m: m.start)
        entities.append(Entity(name, _vote(ms) or "other", tuple((m.start, m.end) for m in ms)))
    entities.sort(key=lambda e: e.mentions[0][0])
    return tuple(entities)


_MIN_SCORE: Mapping[EntityKind, float] = MappingProxyType({"place": 2.0})


def _vote(ms: Iterable[_Mention]) -> EntityKind | None:
    fixed: Counter[EntityKind] = Counter()
    cues: dict[EntityKind, float] = {}
    for m in ms:
        if m.kind is not None:
            fixed[m.kind] += 1
        for k, v in m.cues.items():
            cues[k] = cues.get(k, 0.0) + v
    if fixed:
        return fixed.most_common(1)[0][0]
    if not cues:
        return None
    ranked = sorted(cues.items(), key=lambda kv: -kv[1])
    # Unsure (a tie or a single weak cue against another) is "other", not a guess.
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 1:
        return None
    kind, score = ranked[0]
    # A preposition alone ("in X") is too weak to call X a place.
    return kind if score >= _MIN_SCORE.get(kind, 1.0) else None


# ---------------------------------------------------------------------------------------------
# Russian: natasha


class _Natasha:
    """natasha's segmenter and NER, and pymorphy2 (via natasha) for lemmas, loaded once.

    natasha's morphology tagger would give lemmas in context, but costs 2-3x the NER; names
    need only their nominative, which pymorphy2 gives word by word.
    """

    def __init__(self) -> None:
        # pymorphy2 (unmaintained, via natasha) imports pkg_resources, which warns on every
        # run with setuptools >= 81; the warning is not the user's to act on.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="pkg_resources is deprecated")
            from natasha import MorphVocab, NewsEmbedding, NewsNERTagger

            self._ner = NewsNERTagger(NewsEmbedding())
            self._vocab = MorphVocab()

    def analyse(self, text: str) -> list[_Mention]:
        """Typed mentions, each named in the nominative."""
        if not text.strip():
            return []
        # The tagger reads raw text with its own tokenizer; natasha's Doc would add a
        # segmentation pass (~15% more) that nothing here uses.
        mentions = []
        for span in self._ner(text).spans:
            kind = _NATASHA_KINDS.get(span.type, "other")
            name = self._nominative(text[span.start : span.stop], kind)
            mentions.append(_Mention(span.start, span.stop, tuple(name.split()), name, kind))
        return mentions

    def pos(self, word: str) -> str:
        """The UD part of speech of the word's likeliest reading."""
        return str(self._vocab.parse(word)[0].pos)

    def _nominative(self, name: str, kind: EntityKind) -> str:
        words = name.split()
        prefer = _PREFER.get(kind, frozenset())
        if kind == "person":
            return " ".join(self._inflect(w, prefer) for w in words)  # every part agrees
        # "Европейского союза" -> "Европейский союз", "Министерства финансов" ->
        # "Министерство финансов": the adjectives and the head noun change, what follows not.
        head = next((i for i, w in enumerate(words) if not self._adjective(w)), len(words) - 1)
        agree: set[str] = set()
        if _CYRILLIC_WORD.match(words[head]):
            tag = self._vocab.parse(words[head])[0].tag
            # Plural adjectives have no gender: "правоохранительные органы".
            genus = None if tag.number == "plur" else tag.gender
            agree = {_UD[g] for g in (genus, tag.number) if g is not None and g in _UD}
        out = [self._inflect(w, prefer, agree) for w in words[:head]]
        out.append(self._inflect(words[head], prefer))
        return " ".join(out + words[head + 1 :])

    def keyword_form(self, term: str) -> str | None:
        """A Russian keyword in its dictionary form ("линии" -> "линия", "оппозиционного
        движения" -> "оппозиционное движение"); None for what is no keyword: an adjective or
        a unit alone, a phrase with a verb ("Удальцова отпустили")."""
        words = term.split()
        best = [self._vocab.parse(w)[0] for w in words if _CYRILLIC_WORD.match(w)]
        if any(b.tag.POS in _VERBAL for b in best):
            return None
        if len(words) > 1:
            return self._nominative(term, "other")
        if not best or (term.isupper() and len(term) <= 5):
            return term  # Latin words and abbreviations ("РФ") stay as written
        if best[0].tag.POS not in _KEYWORD_POS or "Abbr" in best[0].tag:
            return None  # an adjective alone, or "млн", "тыс": not topics
        return _restore_case(best[0].normal_form, term)

    def _adjective(self, word: str) -> bool:
        if not _CYRILLIC_WORD.match(word):
            return False
        return self._vocab.parse(word)[0].tag.POS in {"ADJF", "PRTF"}

    def _inflect(self, word: str, prefer: frozenset[str], agree: set[str] | None = None) -> str:
        if not _CYRILLIC_WORD.match(word) or (word.isupper() and len(word) <= 5):
            return word  # Latin names and abbreviations ("РФ") stay as written
        parses = self._vocab.parse(word)
        if prefer == _PREFER["person"]:
            # A name is singular; with no singular name reading pymorphy2 is guessing
            # ("Силуанов" as a plural), and the word as written is the safer name.
            best = next((p for p in parses if prefer & p.tag.grammemes and "sing" in p.tag), None)
            if best is None:
                return word
        else:
            best = next((p for p in parses if prefer & p.tag.grammemes), parses[0])
        if best.tag.case == "nomn" and not agree:
            return word
        form = best.inflect({"Nom"} | (agree or set()))
        return _restore_case(form.word, word) if form is not None else word


_NATASHA_KINDS: Mapping[str, EntityKind] = MappingProxyType(
    {"PER": "person", "ORG": "organization", "LOC": "place"}
)
_PREFER = MappingProxyType(
    {
        "person": frozenset({"Name", "Surn", "Patr"}),
        "place": frozenset({"Geox"}),
        "organization": frozenset({"Orgn"}),
    }
)
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ][а-яёА-ЯЁ-]*$")
_KEYWORD_POS = frozenset({"NOUN", None})  # None: a word pymorphy2 cannot tag (a name, a loan)
_VERBAL = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADVB", "PRED"})
_UD = MappingProxyType(
    {"masc": "Masc", "femn": "Fem", "neut": "Neut", "sing": "Sing", "plur": "Plur"}
)


def _restore_case(normal: str, surface: str) -> str:
    """pymorphy2 lowercases ("АвтоВАЗа" -> "автоваз"): take the case from the text."""
    if normal != normal.lower():
        return normal
    if surface[: len(normal)].lower() == normal:
        return surface[: len(normal)]  # keeps inner capitals: "АвтоВАЗ"
    return normal[:1].upper() + normal[1:] if surface[:1].isupper() else normal


def _ru_demonyms(text: str, taken: Sequence[tuple[int, int]]) -> list[_Mention]:
    out = []
    lookup = dict(_RU_DEMONYMS)
    for m in _RU_DEMONYM.finditer(text):
        if not _inside(taken, m.start(), m.end()):
            name = lookup[m.group(1).lower()]
            out.append(_Mention(m.start(), m.end(), (name,), name, "place"))
    return out


# ---------------------------------------------------------------------------------------------


class FactExtractor:
    """Extracts facts; holds the models.

    natasha (Russian) loads lazily on the first Russian text, once per instance.
    """

    def __init__(self) -> None:
        self._natasha: _Natasha | None = None

    def __call__(
        self, text: str, sentences: Sequence[Sentence], language: str, title: str = ""
    ) -> Facts:
        """Entities, quantities, dates and keywords of ``text`` (offsets into ``text``)."""
        pos: PartOfSpeech | None = None
        if language == "ru":
            mentions, pos = self._russian(text, sentences)
        else:
            mentions = _rule_entities(text, sentences)
        dates = find_dates(text, language)
        quantities = find_quantities(text, language, dates, pos)
        form = self._natasha.keyword_form if language == "ru" and self._natasha else None
        return Facts(
            entities=_merge(mentions),
            quantities=quantities,
            dates=dates,
            keywords=keywords(text, sentences, language, title, form=form),
        )

    def _russian(
        self, text: str, sentences: Sequence[Sentence]
    ) -> tuple[list[_Mention], PartOfSpeech]:
        if self._natasha is None:
            self._natasha = _Natasha()
        cut = len(text)
        if cut > NER_CHARS:
            # Cut at a sentence end so natasha sees whole sentences; rules read the rest.
            ends = [s.end for s in sentences if s.end <= NER_CHARS]
            cut = ends[-1] if ends else NER_CHARS
        mentions = self._natasha.analyse(text[:cut])
        if cut < len(text):
            rest = _rule_entities(text[cut:], [s for s in sentences if s.start >= cut], cut)
            for m in rest:
                m.start += cut
                m.end += cut
            mentions.extend(rest)
        taken = sorted((m.start, m.end) for m in mentions)
        mentions.extend(_ru_demonyms(text, taken))
        mentions.sort(key=lambda m: m.start)
        return mentions, self._natasha.pos

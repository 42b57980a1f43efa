"""Places, demonyms and first names."""

from __future__ import annotations

import re
from types import MappingProxyType

from nutgraf.analyse.keywords import words

CONTINENTS = (
    "Africa", "Europe", "Asia", "Antarctica", "Australia", "North America", "South America",
    "Latin America", "Middle East", "Oceania",
)  # fmt: skip
COUNTRIES = words(
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
CITIES = words(
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
DEMONYM_ENDINGS = ("ian", "ians", "ean", "eans", "ese", "ish", "ishman", "cans")
US_STATES = words(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming"""
) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
}  # fmt: skip
PLACE_ALIASES = MappingProxyType(
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
GAZETTEER = frozenset(CONTINENTS) | COUNTRIES | CITIES | US_STATES | frozenset(PLACE_ALIASES)
DEMONYMS = MappingProxyType({
    "African": "Africa", "European": "Europe", "Asian": "Asia", "Russian": "Russia",
    "Chinese": "China", "Iranian": "Iran", "Indian": "India", "Japanese": "Japan",
    "German": "Germany", "French": "France", "British": "United Kingdom", "Italian": "Italy",
    "Spanish": "Spain", "Ukrainian": "Ukraine", "Turkish": "Turkey", "Brazilian": "Brazil",
    "Canadian": "Canada", "Mexican": "Mexico", "Israeli": "Israel", "Egyptian": "Egypt",
    "Australian": "Australia", "Polish": "Poland", "Iraqi": "Iraq", "Syrian": "Syria",
    "Pakistani": "Pakistan", "Afghan": "Afghanistan", "Belarusian": "Belarus",
    "Kazakh": "Kazakhstan", "Saudi": "Saudi Arabia", "Nigerian": "Nigeria",
})  # fmt: skip
RU_DEMONYMS = (
    ("африканск", "Африка"), ("европейск", "Европа"), ("азиатск", "Азия"), ("российск", "Россия"),
    ("китайск", "Китай"), ("иранск", "Иран"), ("индийск", "Индия"), ("японск", "Япония"),
    ("немецк", "Германия"), ("французск", "Франция"), ("британск", "Великобритания"),
    ("итальянск", "Италия"), ("украинск", "Украина"), ("турецк", "Турция"),
    ("белорусск", "Белоруссия"), ("казахстанск", "Казахстан"),
)  # fmt: skip
RU_DEMONYM = re.compile(r"\b(" + "|".join(p for p, _ in RU_DEMONYMS) + r")\w*", re.IGNORECASE)
FIRST_NAMES = words(
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

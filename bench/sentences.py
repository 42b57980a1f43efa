"""Compare sentence splitters on tricky English and Russian cases, and on pathological input.

Usage: python bench/sentences.py

Prints, per splitter and language, the share of hand-written cases split exactly right
(abbreviations, initials, decimals, quotes, ellipses, lists) and the time on 300 kB of
pathological text. The cases are written here for this benchmark. nutgraf uses syntok for
English and razdel for Russian, and undoes syntok's splits after titles such as "Gov."
(see nutgraf/analyse/sentences.py); its row is that whole splitter.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable

import syntok.segmenter as syntok
from razdel import sentenize

from nutgraf.analyse.sentences import split_sentences

Splitter = Callable[[str], list[str]]

EN = [
    ["Dr. J. R. Smith paid $3.5 million on Jan. 5.", '"It\'s over," he said.'],
    ["U.S. officials met on Tuesday.", "No deal was reached."],
    ["The rate rose 0.25 percentage points to 4.5%.", "Markets fell."],
    ['"We will not sign," said Mr. Brown.', "Talks continue."],
    ["He arrived at 5 p.m. on Friday.", "She left later."],
    ["Prof. Ada Lee (MIT) disagreed.", "Others agreed."],
    ["The firm, Acme Inc., cut 200 jobs.", "Shares rose 3%."],
    ["Is this the end?", "Nobody knows!"],
    ["The vote was 5-4... a close call.", "Appeals are likely."],
    ["Sen. Warren, D-Mass., objected.", "The bill passed anyway."],
    ['He said: "It is done."', "Then he left."],
    ["The plan costs €1.2bn, i.e. more than expected.", "Critics were not surprised."],
    ["St. Louis beat N.Y. on Sunday.", "Fans cheered."],
    ["The report (p. 12) lists 3 risks.", "None is new."],
    ["Gen. Mark A. Milley spoke at 9 a.m.", "He took no questions."],
    # Titles before names, common in US news (added with nutgraf's repair of them).
    ["The Rev. Fred Craddock, a noted preacher, has died.", "He was 86."],
    ["Indiana Gov. Mike Pence signed the bill.", "Rep. Nancy Pelosi objected."],
    ["Lt. Col. John Smith and Sgt. Maj. Bill Ray testified.", "The hearing ended."],
]
RU = [
    [
        "Президент В. В. Путин заявил, что т. е. 3,5 млн руб. будут выделены.",
        "«Это так», — сказал он.",
    ],
    ["Курс вырос на 1,5%.", "Рынки упали."],
    ["В 2011 г. доход составил 20 тыс. руб.", "Это рекорд."],
    ["«Мы не подпишем», — сказал министр.", "Переговоры продолжатся."],
    ["Решение пока не принято.", "Обсуждение продолжится в среду."],
    ["Проф. А. И. Иванов (МГУ) не согласился.", "Другие поддержали."],
    ["Это конец?", "Никто не знает!"],
    ["Встреча прошла в г. Москве, ул. Тверская, д. 7.", "Итоги подведут позже."],
    ["Он сказал: «Всё решено».", "Затем ушёл."],
    ["Цена выросла до 3.5 долл. за баррель...", "Аналитики ждали этого."],
    ["ООО «Ромашка» и др. компании подали иски.", "Суд рассмотрит их в марте."],
    ["Около 15 ч. вечера движение восстановили.", "Пострадавших нет."],
]


def syntok_split(text: str) -> list[str]:
    out = []
    for paragraph in syntok.analyze(text):
        for sentence in paragraph:
            start = sentence[0].offset
            end = sentence[-1].offset + len(sentence[-1].value)
            out.append(text[start:end].strip())
    return out


def razdel_split(text: str) -> list[str]:
    return [s.text for s in sentenize(text)]


_RULE = re.compile(r"(?<=[.!?…])[\"'»”]?\s+")


def rule_split(text: str) -> list[str]:
    return [s for s in _RULE.split(text) if s.strip()]


def nutgraf_split(text: str) -> list[str]:
    language = "ru" if re.search("[а-яё]", text, re.IGNORECASE) else "en"
    return [s.text for s in split_sentences(text, language)]


SPLITTERS: dict[str, Splitter] = {
    "nutgraf": nutgraf_split,
    "syntok": syntok_split,
    "razdel": razdel_split,
    "rule": rule_split,
}


def accuracy(splitter: Splitter, cases: list[list[str]]) -> float:
    return sum(splitter(" ".join(case)) == case for case in cases) / len(cases)


def seconds(splitter: Splitter, text: str) -> float:
    start = time.perf_counter()
    splitter(text)
    return time.perf_counter() - start


def main() -> int:
    print(f"{'splitter':<10}{'en exact':>10}{'ru exact':>10}{'300kB a.':>11}{'300kB (a.':>12}")
    for name, splitter in SPLITTERS.items():
        en, ru = accuracy(splitter, EN), accuracy(splitter, RU)
        t1 = seconds(splitter, "a. " * 100_000)
        t2 = seconds(splitter, "(a. " * 75_000)
        print(f"{name:<10}{en:>10.0%}{ru:>10.0%}{t1:>10.2f}s{t2:>11.2f}s")
    print(f"\n{len(EN)} English and {len(RU)} Russian cases; exact = every boundary right.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

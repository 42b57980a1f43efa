"""The shortened text for htmldate's date-pattern scan gives the date the whole page gives."""

from __future__ import annotations

import random
import re
from datetime import datetime

import pytest
from htmldate.core import search_page
from htmldate.utils import Extractor

from nutgraf.ingest.date_scan import _wide_digits, scan_text

OPTIONS = Extractor(False, datetime(2026, 12, 31), datetime(1995, 1, 1), True, "%Y-%m-%d")

# What the patterns read, and what sits between: dates in every form htmldate looks for,
# month names, copyright marks, separators, and long runs of letters, markup and spaces.
_PIECES = (
    "2011",
    "1999",
    "2031",
    "05",
    "12",
    "3",
    "31",
    "201105",
    "20110503",
    "7",
    "0",
    "/",
    ".",
    "-",
    "/2011/05/03/",
    "2011-05-03",
    "03.05.2011",
    "3/5/11",
    "05.2011",
    "2011/05",
    " ",
    "  ",
    ", ",
    ",",
    "\n",
    "\t",
    "\u00a0",
    "st",
    "th",
    "nd",
    " of ",
    "of ",
    "May",
    "may",
    "September",
    "septembre",
    "März",
    "Ağustos",
    "Kasım",
    "Januar",
    "Dez",
    "©",
    "&copy;",
    "Copyright",
    "(c)",
    "( c )",
    "w3.org",
    "w3.org/1999/xhtml",
    "C",
    "٣",
    "٢٠١١",
    "２０１１",
    "\U0001d7d9",
    "😀",
    "—",
    "«",
    "»",
    "_",
    "мая",
    "сентября",
    "Опубликовано",
    'content="',
    '<a href="',
    "</div>",
    "<p>",
)
_FILLERS = ("x", "ab", "Septembers", "я", " ", "-", "<b>", "&nbsp;", "_", "é", "ı", "İ")


def _page(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(5, 60)):
        if rng.random() < 0.25:
            parts.append(rng.choice(_FILLERS) * rng.choice((5, 12, 19, 20, 21, 40, 99, 120, 300)))
        else:
            parts.append(rng.choice(_PIECES))
    return "".join(parts)


def test_generated_pages_give_the_same_date() -> None:
    rng = random.Random(16)
    shortened = 0
    for _ in range(4000):
        page = _page(rng)
        short = scan_text(page)
        shortened += len(short) < len(page)
        assert search_page(short, OPTIONS) == search_page(page, OPTIONS), page
    assert shortened > 2000  # the pages do exercise the shortening


@pytest.mark.parametrize(
    "page",
    [
        "© " + "x" * 95 + " 2011 ",  # a mark within reach of its year
        "© " + "x" * 120 + " 2011 ",  # out of reach: no copyright year, kept so
        "a 2011©" + "x" * 200 + " 2012 foo",  # a lone mark first in a run, out of reach
        "12th of September, 2011 and " + "y" * 50,
        "12th of Septembersepte " + "z" * 30 + " 2011 " + "Septembermay 3, 2010",
        "/2011/05/03/" + "q" * 40 + "/2011/06/04/",
    ],
)
def test_edges(page: str) -> None:
    assert search_page(scan_text(page), OPTIONS) == search_page(page, OPTIONS)


def test_short_runs_stay_and_long_ones_shrink() -> None:
    assert scan_text("") == ""
    assert scan_text("ab 2011") == "ab 2011"
    assert scan_text("2011" + "x" * 19 + "2012") == "2011" + "x" * 19 + "2012"
    assert scan_text("2011" + "x" * 500 + "2012") == "2011x\x00" + "x" * 17 + "2012"
    marked = "2011" + "x" * 300 + "©" + "x" * 100 + "2012"
    assert scan_text(marked) == "2011x\x00" + ("x" * 300 + "©" + "x" * 100)[-110:] + "2012"


def test_digit_table_is_re_digit() -> None:
    table = _wide_digits()
    chars = "".join(map(chr, range(0x660, 0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    expected = {ord(c) for c in re.findall(r"\d", chars)}
    assert {int(c) for c in table.nonzero()[0]} == expected

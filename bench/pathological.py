"""Time cleaning and sentence splitting on 1 MB of pathological text (the linear-time bound).

Usage: python bench/pathological.py

The bound (issue 2): 1 MB of pathological text is cleaned and split in under 2 s. Prints
the best of 3 runs of ``clean_text`` + ``split_sentences`` (English and Russian) per input.
"""

from __future__ import annotations

import sys
import time

from nutgraf.analyse.sentences import split_sentences
from nutgraf.errors import NoArticleError
from nutgraf.ingest.text import clean_text

INPUTS = {
    '"a. " repeated': "a. " * 333_333,
    '"(a. " repeated': "(a. " * 250_000,
    '"A. B. " repeated': "A. B. " * 166_666,
    "one 1 MB line of words": "word " * 200_000,
    "125k short lines": "\n".join(f"L{i} x." for i in range(125_000)),
    "1 MB of newlines": "\n" * 1_000_000,
}


def once(text: str) -> float:
    start = time.perf_counter()
    try:
        body = clean_text(text).text
    except NoArticleError:
        body = ""
    split_sentences(body, "en")
    split_sentences(body, "ru")
    return time.perf_counter() - start


def main() -> int:
    worst = 0.0
    for name, text in INPUTS.items():
        best = min(once(text) for _ in range(3))
        worst = max(worst, best)
        print(f"{name:<26} {len(text) / 1e6:5.2f} MB   {best:5.2f} s")
    print(f"worst {worst:.2f} s (bound: 2 s)")
    return 0 if worst < 2 else 1


if __name__ == "__main__":
    sys.exit(main())

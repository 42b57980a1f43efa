"""HTML page -> 3 key points: nutgraf against trafilatura.extract + split + sumy LexRank.

Usage: python bench/html_speed.py [--shared PATH] [--limit N] [--no-profile]

Both systems get the page's raw bytes and return three sentences. The baseline is
``trafilatura.extract`` (comments off, as nutgraf), nutgraf's own sentence splitter (syntok
for English, razdel for Russian; the set's language is given to it, not detected) and sumy's
LexRank (Snowball stemmer, sumy's stop words). nutgraf is ``Summarizer.summarize(page,
kind="html", points=3)``: decoding, extraction, metadata, language ID, split, key points.
Facts are not read (the summary does not show them), as a reader's button would not.

Per page, interleaved in one process (the order of the two alternates page by page), the
CPU time (``time.process_time``) of each; after a warm-up on the first five pages. Prints the
medians, their ratio (baseline / nutgraf: above 1 means nutgraf is faster), the means, then a
profile by stage of each system on the same pages (a second pass, wrapped stage functions; the
wrapping adds a little time, so the profile's shares, not its sum, are the figure).
Sets under ``PATH/data/extraction``: ``scrapinghub`` (English) and ``daniel-ru`` (Russian).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import trafilatura

import nutgraf.analyse.language
import nutgraf.ingest.html
import nutgraf.pipeline
from nutgraf.analyse.sentences import split_sentences
from nutgraf.errors import NutgrafError
from nutgraf.pipeline import Summarizer
from nutgraf.summarize.baselines import sumy_pick
from nutgraf.types import Article, Document

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
WARMUP = 5


def load_pages(data: Path, lang: str) -> list[bytes]:
    if lang == "en":
        root = data / "scrapinghub"
        ids = sorted(json.loads((root / "ground-truth.json").read_text(encoding="utf-8")))
        return [gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()) for i in ids]
    return [p.read_bytes() for p in sorted((data / "daniel-ru" / "html").iterdir())]


def baseline(page: bytes, lang: str) -> list[str]:
    """trafilatura.extract + sentence split + sumy LexRank: three sentences."""
    text = trafilatura.extract(page, include_comments=False) or ""
    sentences = split_sentences(text, lang)
    if not sentences:
        return []
    doc = Document(Article(text=text), lang, sentences)
    return [sentences[i].text for i in sumy_pick(doc, 3, "lexrank")]


def ours(summarizer: Summarizer) -> Callable[[bytes, str], list[str]]:
    def run(page: bytes, lang: str) -> list[str]:
        try:
            return [p.text for p in summarizer.summarize(page, kind="html", points=3).points]
        except NutgrafError:
            return []

    return run


def cpu_ms(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return (time.process_time() - start) * 1000


class StageClock:
    """Exclusive CPU time per named stage: a stage's time excludes the stages it calls."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self._stack: list[list[Any]] = []

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            now = time.process_time()
            if self._stack:
                outer = self._stack[-1]
                self.totals[outer[0]] += now - outer[1]
            self._stack.append([name, now])
            try:
                return fn(*args, **kwargs)
            finally:
                end = time.process_time()
                self.totals[name] += end - self._stack.pop()[1]
                if self._stack:
                    self._stack[-1][1] = end

        return timed


# (module, attribute, stage): the functions each stage is made of.
NUTGRAF_STAGES = (
    (nutgraf.ingest.html, "decode_html", "decode"),
    (nutgraf.ingest.html, "check_text", "decode"),
    (nutgraf.ingest.html, "parse_html", "parse HTML"),
    (nutgraf.ingest.html, "main_body", "body: trafilatura (precision, full when unsure)"),
    (nutgraf.ingest.html, "second_opinion", "body: vote when unsure"),
    (nutgraf.ingest.html, "restore_lead", "body: lead put back"),
    (nutgraf.ingest.html, "page_metadata", "metadata and date"),
    (nutgraf.pipeline, "detect_language", "language ID"),
    (nutgraf.pipeline, "split_sentences", "sentence split"),
    (nutgraf.pipeline, "key_points", "key points"),
)


@contextmanager
def patched(clock: StageClock, stages: tuple[tuple[Any, str, str], ...]) -> Iterator[None]:
    saved = []
    for module, attr, name in stages:
        if hasattr(module, attr):
            saved.append((module, attr, getattr(module, attr)))
            setattr(module, attr, clock.wrap(name, getattr(module, attr)))
    try:
        yield
    finally:
        for module, attr, fn in saved:
            setattr(module, attr, fn)


def profile_ours(summarizer: Summarizer, pages: list[bytes], lang: str) -> dict[str, float]:
    clock = StageClock()
    run = clock.wrap("other", ours(summarizer))
    with patched(clock, NUTGRAF_STAGES):
        for page in pages:
            run(page, lang)
    return clock.totals


def profile_baseline(pages: list[bytes], lang: str) -> dict[str, float]:
    clock = StageClock()
    extract = clock.wrap("trafilatura.extract", trafilatura.extract)
    split = clock.wrap("sentence split", split_sentences)
    lexrank = clock.wrap("LexRank", sumy_pick)
    for page in pages:
        text = extract(page, include_comments=False) or ""
        sentences = split(text, lang)
        if sentences:
            lexrank(Document(Article(text=text), lang, sentences), 3, "lexrank")
    return clock.totals


def print_profile(title: str, totals: dict[str, float], pages: int) -> None:
    whole = sum(totals.values()) or 1.0
    print(f"  {title}: {whole / pages * 1000:.1f} ms/page under the profiler")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"    {name:<26}{seconds / pages * 1000:>8.1f} ms {seconds / whole:>6.0%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--limit", type=int, help="at most N pages per set")
    parser.add_argument("--languages", nargs="*", default=["en", "ru"])
    parser.add_argument("--no-profile", action="store_true", help="skip the profile by stage")
    args = parser.parse_args()
    data = args.shared / "data" / "extraction"
    if not data.is_dir():
        print(f"skipped: {data} not found (pass --shared PATH)")
        return 0
    summarizer = Summarizer()
    ours_run = ours(summarizer)
    rows = []
    profiles = []
    for lang in args.languages:
        pages = load_pages(data, lang)[: args.limit]
        for page in pages[:WARMUP]:
            ours_run(page, lang)
            baseline(page, lang)
        mine: list[float] = []
        theirs: list[float] = []
        for i, page in enumerate(pages):
            a = functools.partial(ours_run, page, lang)
            b = functools.partial(baseline, page, lang)
            if i % 2:
                theirs.append(cpu_ms(b))
                mine.append(cpu_ms(a))
            else:
                mine.append(cpu_ms(a))
                theirs.append(cpu_ms(b))
        rows.append((lang, len(pages), mine, theirs))
        if not args.no_profile:
            profiles.append((lang, len(pages), profile_ours(summarizer, pages, lang)))
            profiles.append((lang, -len(pages), profile_baseline(pages, lang)))
    print("| | nutgraf | trafilatura + split + LexRank | ratio |")
    print("|---|---|---|---|")
    names = {"en": "English (ScrapingHub)", "ru": "Russian (DAnIEL)"}
    for lang, n, mine, theirs in rows:
        mine_ms, theirs_ms = statistics.median(mine), statistics.median(theirs)
        print(
            f"| {names[lang]}, {n} pages | {mine_ms:.1f} ms | {theirs_ms:.1f} ms "
            f"| **{theirs_ms / mine_ms:.2f}x** |"
        )
    # The medians of a two-humped distribution (pages one run settles, pages the vote
    # settles) move with the share of each; the means show what a batch of pages costs.
    for lang, _, mine, theirs in rows:
        mine_ms, theirs_ms = statistics.mean(mine), statistics.mean(theirs)
        print(
            f"means, {lang}: nutgraf {mine_ms:.1f} ms, baseline {theirs_ms:.1f} ms, "
            f"ratio {theirs_ms / mine_ms:.2f}x"
        )
    if profiles:
        print("\nprofile by stage (CPU ms per page, exclusive)")
    for lang, n, totals in profiles:
        who = "nutgraf" if n > 0 else "trafilatura + split + LexRank"
        print_profile(f"{lang} {who}", totals, abs(n))
    return 0


if __name__ == "__main__":
    sys.exit(main())

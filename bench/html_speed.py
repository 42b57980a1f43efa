"""HTML page -> 3 key points: nutgraf against trafilatura.extract + split + sumy LexRank.

Usage: python bench/html_speed.py [--shared PATH] [--limit N] [--no-profile] [--other TREE]

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

``--other TREE`` (a checkout or ``git archive`` of nutgraf, say main) adds a third system to the
interleaved run: the same summarizer with that tree's ``ingest/html.py`` extracting the page (as
``bench/extract_html_ab.py`` loads it), so that a change to the extraction is compared with
the tree before it on the same pages in the same minutes; the order of the three cycles through
all six. It prints that tree's row too, and the median of the per-page ratios other / this.
The nutgraf run that comes second on a page finds the key points' word caches warm, so in
this mode both nutgraf rows are a little faster than in a run of their own: compare the two
rows with each other, and quote the ratios to the baseline from runs without ``--other``.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import itertools
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


def extracting_with(
    run: Callable[[bytes, str], list[str]], extract: Callable[..., Any]
) -> Callable[[bytes, str], list[str]]:
    """``run`` with ``extract`` as the pipeline's ``extract_html`` during each call."""

    def swapped(page: bytes, lang: str) -> list[str]:
        saved = nutgraf.pipeline.extract_html
        nutgraf.pipeline.extract_html = extract
        try:
            return run(page, lang)
        finally:
            nutgraf.pipeline.extract_html = saved

    return swapped


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
    (nutgraf.ingest.html, "page_metadata", "metadata"),
    (nutgraf.ingest.html, "page_date", "date (when read)"),
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
    parser.add_argument("--other", type=Path, help="another tree to compare, e.g. main's")
    args = parser.parse_args()
    data = args.shared / "data" / "extraction"
    if not data.is_dir():
        print(f"skipped: {data} not found (pass --shared PATH)")
        return 0
    summarizer = Summarizer()
    ours_run = ours(summarizer)
    systems: dict[str, Callable[[bytes, str], list[str]]] = {"this": ours_run, "base": baseline}
    if args.other:
        from extract_html_ab import load_other

        systems["other"] = extracting_with(ours_run, load_other(args.other).extract_html)
    rows = []
    others = []
    profiles = []
    for lang in args.languages:
        pages = load_pages(data, lang)[: args.limit]
        for page in pages[:WARMUP]:
            for system in systems.values():
                system(page, lang)
        times: dict[str, list[float]] = {name: [] for name in systems}
        # Every order in turn: the nutgraf run that comes second on a page finds its words
        # parsed already (the key points' caches), so each must come first as often.
        orders = list(itertools.permutations(systems))
        for i, page in enumerate(pages):
            for name in orders[i % len(orders)]:
                times[name].append(cpu_ms(functools.partial(systems[name], page, lang)))
        mine, theirs = times["this"], times["base"]
        rows.append((lang, len(pages), mine, theirs))
        if "other" in times:
            others.append((lang, len(pages), times["other"], theirs, mine))
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
    for lang, n, other, theirs, mine in others:
        other_ms, theirs_ms = statistics.median(other), statistics.median(theirs)
        per_page = statistics.median(a / b for a, b in zip(other, mine, strict=True) if b > 0)
        print(
            f"| {names[lang]}, {n} pages, other tree | {other_ms:.1f} ms | {theirs_ms:.1f} ms "
            f"| **{theirs_ms / other_ms:.2f}x** | (means {statistics.mean(other):.1f} / "
            f"{statistics.mean(theirs):.1f} ms; other / this per page {per_page:.2f}x)"
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

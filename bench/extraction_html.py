"""Benchmark extract_html on news pages against single extractors: shingle P/R/F1 and speed.

Usage: python bench/extraction_html.py [--shared PATH] [--out DIR] [--min-f1-scrapinghub F]
       [--min-f1-daniel F]

Scores, in one run and with the ScrapingHub benchmark's metric (4-word shingles of \\w+ words,
case kept; precision averaged over pages with output, recall over all pages, F1 from the two
averages), four systems on two sets under ``PATH/data/extraction``:
  scrapinghub   181 English pages, ``html/<id>.html.gz`` and ``ground-truth.json``
  daniel-ru     123 Russian pages, ``html/<id>`` and ``reference/<id>`` (tags stripped)
Systems: trafilatura default and favor_precision (``extract()``, comments off as in nutgraf),
readability-lxml (as nutgraf turns its HTML into paragraphs) and nutgraf's ``extract_html``:
its body (``Article.text``) and, on DAnIEL, whose references begin with the headline, also
its title and body (nutgraf moves the headline out of the body; trafilatura keeps it there).
The ``cut`` column: the share of paragraph breaks that fall inside a sentence (the text
before the break ends without . ! ? … : ; or a closing quote or bracket, and the text after
it begins with a lower-case letter), e.g. a line wrap of the page source taken as a break.
Also reports nutgraf on two halves of each set (parity of the first hex digit of sha1(id)),
to show the selection rule is not fitted to one half, and the median ms per page (after one
warm-up page). ``--out DIR`` writes each system's output as ``DIR/<set>-<system>.json``
({id: text}) and the truth as ``DIR/<set>-truth.json``, to cross-check with the reference
scorer: ``python ../shared/tools/shingle_f1.py DIR/<set>-truth.json DIR/<set>-nutgraf.json``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import itertools
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from nutgraf.config import Config
from nutgraf.errors import NoArticleError
from nutgraf.ingest.html import decode_html, extract_html, readability_body
from shingle_metric import score_pairs

TAG = re.compile(r"<[^>]+>")
DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"

Page = tuple[str, bytes, str]  # id, raw bytes, reference text
System = Callable[[bytes], str]


def score(pages: list[Page], outputs: dict[str, str]) -> tuple[float, float, float]:
    return score_pairs((truth, outputs.get(page_id, "")) for page_id, _, truth in pages)


def load_scrapinghub(root: Path) -> list[Page]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (
            page_id,
            gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes()),
            item["articleBody"],
        )
        for page_id, item in sorted(truth.items())
    ]


def load_daniel(root: Path) -> list[Page]:
    pages = []
    for path in sorted((root / "html").iterdir()):
        reference = (root / "reference" / path.name).read_text(encoding="utf-8")
        pages.append((path.name, path.read_bytes(), html.unescape(TAG.sub(" ", reference))))
    return pages


def trafilatura_system(*, precision: bool) -> System:
    def run(data: bytes) -> str:
        text = trafilatura.extract(
            decode_html(data), favor_precision=precision, include_comments=False
        )
        return text or ""

    return run


def readability_system(data: bytes) -> str:
    return readability_body(decode_html(data))


def nutgraf_system(config: Config, *, with_title: bool = False) -> System:
    def run(data: bytes) -> str:
        try:
            article = extract_html(data, config=config)
        except NoArticleError:
            return ""
        return f"{article.title}\n\n{article.text}" if with_title else article.text

    return run


SENTENCE_END = re.compile(r"""[.!?…:;"'»”’)\]]\s*$""")


def cut_share(outputs: dict[str, str]) -> float:
    """The share of paragraph breaks that fall inside a sentence, over all outputs."""
    breaks = cuts = 0
    for text in outputs.values():
        paragraphs = [p.strip() for p in re.split(r"\n+", text) if p.strip()]
        for before, after in itertools.pairwise(paragraphs):
            breaks += 1
            cuts += not SENTENCE_END.search(before) and after[0].islower()
    return cuts / breaks if breaks else 0.0


def run_system(system: System, pages: list[Page]) -> tuple[dict[str, str], float]:
    """Outputs by page id and the median milliseconds per page (after a warm-up page)."""
    system(pages[0][1])
    outputs, times = {}, []
    for page_id, data, _ in pages:
        start = time.perf_counter()
        outputs[page_id] = system(data)
        times.append((time.perf_counter() - start) * 1000)
    return outputs, statistics.median(times)


def half(page_id: str) -> int:
    return int(hashlib.sha1(page_id.encode()).hexdigest()[0], 16) % 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--out", type=Path, help="write outputs as DIR/<set>-<system>.json")
    for set_name in ("scrapinghub", "daniel"):
        parser.add_argument(
            f"--min-f1-{set_name}",
            type=float,
            help=f"exit 1 when nutgraf's F1 on {set_name} is below",
        )
    args = parser.parse_args()
    floors = {"scrapinghub": args.min_f1_scrapinghub, "daniel-ru": args.min_f1_daniel}
    failed = []
    data = args.shared / "data" / "extraction"
    if not data.is_dir():
        print(f"skipped: {data} not found (pass --shared PATH)")
        return 0
    sets = {"scrapinghub": load_scrapinghub, "daniel-ru": load_daniel}
    systems: dict[str, System] = {
        "trafilatura": trafilatura_system(precision=False),
        "trafilatura-precision": trafilatura_system(precision=True),
        "readability": readability_system,
        "nutgraf": nutgraf_system(Config()),
        "nutgraf title + body": nutgraf_system(Config(), with_title=True),
    }
    # The floors apply to what each set's truth holds: ScrapingHub's articleBody has no
    # headline, DAnIEL's references begin with it.
    gated = {"scrapinghub": "nutgraf", "daniel-ru": "nutgraf title + body"}
    for set_name, load in sets.items():
        pages = load(data / set_name)
        print(f"\n{set_name}: {len(pages)} pages")
        print(f"{'system':<24}{'precision':>10}{'recall':>8}{'F1':>7}{'cut':>7}{'ms/page':>9}")
        for name, system in systems.items():
            if name == "nutgraf title + body" and set_name != "daniel-ru":
                continue
            outputs, ms = run_system(system, pages)
            p, r, f1 = score(pages, outputs)
            cut = cut_share(outputs)
            print(f"{name:<24}{p:>10.3f}{r:>8.3f}{f1:>7.3f}{cut:>7.3f}{ms:>9.1f}")
            if name == gated[set_name]:
                floor = floors[set_name]
                if floor is not None and f1 < floor:
                    failed.append(f"{set_name}: nutgraf F1 {f1:.3f} is below the floor {floor:.3f}")
                for h in (0, 1):
                    part = [page for page in pages if half(page[0]) == h]
                    p, r, f1 = score(part, outputs)
                    label = f"  half {h} ({len(part)} pages)"
                    print(f"{label:<24}{p:>10.3f}{r:>8.3f}{f1:>7.3f}")
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                (args.out / f"{set_name}-{name}.json").write_text(
                    json.dumps(outputs, ensure_ascii=False), encoding="utf-8"
                )
        if args.out:
            truth = {page_id: {"articleBody": text} for page_id, _, text in pages}
            (args.out / f"{set_name}-truth.json").write_text(
                json.dumps(truth, ensure_ascii=False), encoding="utf-8"
            )
    for line in failed:
        print(f"FAIL: {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

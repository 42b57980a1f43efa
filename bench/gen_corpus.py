#!/usr/bin/env python3
"""Write a batch benchmark corpus: real news of realistic length, HTML and text mixed.

    python bench/gen_corpus.py OUT.jsonl [--records 20000] [--html-share 0.3] [--shared ../shared]
        [--languages en,ru]

Records cycle through the evaluation articles in ../shared/data (CNN/DailyMail and Russian
texts as ``text``, ScrapingHub and DAnIEL pages as ``html``); each copy gets its own id and
a numbered first line so no two records are equal. Without ../shared, synthetic articles of
about 600 words stand in (and the script says so).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from nutgraf.analyse.language import detect_language
from nutgraf.errors import NutgrafError
from nutgraf.ingest.html import extract_html


def _language(page: str) -> str:
    try:
        article = extract_html(page)
    except NutgrafError:
        return ""
    return detect_language(article.title + "\n" + article.text)


def _texts(shared: Path, languages: set[str]) -> list[str]:
    out: list[str] = []
    for name, field, lang in (
        ("cnndm-validation.jsonl", "article", "en"),
        ("ru-news-visible.jsonl", "article", "ru"),
    ):
        path = shared / "data" / "summarization" / name
        if path.exists() and lang in languages:
            with path.open(encoding="utf-8") as f:
                out += [json.loads(line)[field] for line in f if line.strip()]
    return out


def _pages(shared: Path, languages: set[str]) -> list[str]:
    out: list[str] = []
    html = shared / "data" / "extraction" / "scrapinghub" / "html"
    for path in sorted(html.glob("*.html.gz")) if html.exists() and "en" in languages else []:
        page = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        # ScrapingHub's set holds a few pages in other languages (Russian, Portuguese...).
        if "ru" in languages or _language(page) == "en":
            out.append(page)
    ru = shared / "data" / "extraction" / "daniel-ru" / "html"
    for path in sorted(ru.iterdir()) if ru.exists() and "ru" in languages else []:
        out.append(path.read_bytes().decode("utf-8", errors="replace"))
    return out


def _synthetic(rng: random.Random, n: int) -> list[str]:
    words = ["council", "budget", "mayor", "city", "plan", "vote", "critics", "road"]
    words += ["school", "minister", "police", "report", "company", "market", "price"]
    docs = []
    for _ in range(n):
        paras = []
        for _ in range(rng.randint(6, 12)):
            sents = [
                " ".join(rng.choice(words) for _ in range(rng.randint(10, 22))).capitalize() + "."
                for _ in range(rng.randint(2, 5))
            ]
            paras.append(" ".join(sents))
        docs.append("\n\n".join(paras))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--html-share", type=float, default=0.3)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--languages", default="en,ru", help="en, ru or both (comma-separated)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    languages = set(args.languages.split(","))
    texts, pages = _texts(args.shared, languages), _pages(args.shared, languages)
    if not texts or not pages:
        print(f"gen_corpus: {args.shared}/data not found: synthetic articles stand in")
        texts = texts or _synthetic(rng, 300)
        pages = pages or [f"<html><body><article><p>{t}</p></article></body></html>" for t in texts]
    n_html = 0
    size = 0
    with args.out.open("w", encoding="utf-8") as f:
        for i in range(args.records):
            if rng.random() < args.html_share:
                page = rng.choice(pages)
                rec = {"id": f"h{i}", "html": page.replace("<body", f"<!-- copy {i} --><body", 1)}
                n_html += 1
            else:
                rec = {"id": f"t{i}", "text": f"Copy {i}.\n\n{rng.choice(texts)}"}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
    print(
        f"gen_corpus: {args.records:,} records ({n_html:,} HTML) into {args.out}, "
        f"{size / 1e6:.1f} MB; from {len(texts)} texts and {len(pages)} pages"
    )


if __name__ == "__main__":
    main()

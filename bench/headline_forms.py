#!/usr/bin/env python3
"""The same article in three forms, and with a dateline line: do the key points agree?

Usage: python bench/headline_forms.py FILE --language L [--limit N] [--show N]

``FILE`` holds evaluation records (``{"id", "article", ...}``; ``title`` the headline when
given, else line 1 of ``article``). Each article is summarized (the default summary and
``points=3``) as a user may give it (issue 12):

  html      <article><h1>headline</h1><p>..</p>..</article>
  text      "headline\\n" + one paragraph per line (scraped text)
  article   Article(title=headline, text=paragraphs)

and the ``article`` form again with a dateline line above the body ("МОСКВА, 7 декабря." or
"LONDON (CNN) --"; an English body's own "(CNN)" is cut off first, so there is one dateline).
Reported: summaries whose three forms differ, and summaries the dateline line changed.
A report, not a gate (the differences left are explained in docs/benchmarks.md): exits 0,
2 when the file is missing or not evaluation records.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

import nutgraf
from nutgraf import Article
from nutgraf.analyse.datelines import dateline_length
from nutgraf.errors import NutgrafError

DATELINES = {"ru": "МОСКВА, 7 декабря.", "en": "LONDON (CNN) --"}


def forms(record: dict[str, str], language: str) -> tuple[str, list[str]] | None:
    """The record's headline and body paragraphs (None when it has no body)."""
    lines = [line.strip() for line in record["article"].split("\n") if line.strip()]
    title = record.get("title") or ""
    if not title and lines:
        title, lines = lines[0], lines[1:]
    if len(lines) == 1:
        lines = [p.strip() for p in lines[0].split("  ") if p.strip()]  # CNN's paragraphs
    if not lines or not title:
        return None
    if language == "en":
        lines[0] = lines[0][dateline_length(lines[0]) :]
    return title, lines


def points(
    summarizer: nutgraf.Summarizer, source: object, n: int | None, lang: str
) -> tuple[str, ...]:
    summary = summarizer.summarize(source, points=n, language=lang)  # type: ignore[arg-type]
    return tuple(" ".join(p.text.split()) for p in summary.points)  # HTML collapses spaces


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--language", required=True, choices=sorted(DATELINES))
    ap.add_argument("--limit", type=int, default=0, help="first N records (0: all)")
    ap.add_argument("--show", type=int, default=0, help="print up to N differing summaries")
    args = ap.parse_args(argv)
    try:
        lines = args.file.read_text(encoding="utf-8").splitlines()
        records = [json.loads(x) for x in lines if x.strip()]
        if not all(isinstance(r, dict) and isinstance(r.get("article"), str) for r in records):
            raise ValueError('each line must be a record with an "article" string')
    except (OSError, ValueError) as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 2
    if args.limit:
        records = records[: args.limit]
    summarizer = nutgraf.Summarizer()
    lang = args.language
    n_articles = summaries = differ = flipped = errors = shown = 0
    for record in records:
        got = forms(record, lang)
        if got is None:
            continue
        title, paras = got
        n_articles += 1
        page = "<html><body><article><h1>{}</h1>{}</article></body></html>".format(
            html.escape(title), "".join(f"<p>{html.escape(p)}</p>" for p in paras)
        )
        text = title + "\n" + "\n".join(paras)
        article = Article(title=title, text="\n\n".join(paras))
        dated = Article(title=title, text=DATELINES[lang] + "\n\n" + "\n\n".join(paras))
        for n in (None, 3):
            summaries += 1
            try:
                each = [points(summarizer, f, n, lang) for f in (page, text, article)]
                with_dateline = points(summarizer, dated, n, lang)
            except NutgrafError:
                errors += 1
                continue
            if len(set(each)) > 1:
                differ += 1
                if shown < args.show:
                    shown += 1
                    print(f"forms differ: {record.get('id', '?')} points={n}")
                    for name, got_points in zip(("html", "text", "article"), each, strict=True):
                        print(f"  {name}: {[p[:60] for p in got_points]}")
            if with_dateline != each[2]:
                flipped += 1
                if shown < args.show:
                    shown += 1
                    print(f"dateline changed: {record.get('id', '?')} points={n}")
    print(
        f"{args.file.name}: {n_articles} articles, {summaries} summaries; "
        f"forms differ {differ}, dateline changed {flipped}, errors {errors}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

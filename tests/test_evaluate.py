"""Evaluation: records, documents, faithfulness counts, ROUGE agreement with rouge_eval.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from nutgraf.errors import InputError
from nutgraf.evaluate import (
    Record,
    build_example,
    evaluate,
    faithfulness,
    key_f1,
    predictions,
    read_records,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_evaluate_read_records_rejects_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "article": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:1"):
        read_records(path)


def test_evaluate_read_records_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_records(tmp_path / "none.jsonl")


def test_evaluate_headline_becomes_title_and_offsets_map_back() -> None:
    article = "Заголовок новости\nПервое предложение. Второе предложение.\nТретье."
    ex = build_example(Record("1", article, "Первое.", ((18, 38),)), "ru")
    assert ex.doc.article.title == "Заголовок новости"
    first = ex.doc.sentences[0]
    a = int(ex.to_article[first.start])
    assert article[a : a + len(first.text)] == first.text
    assert key_f1(ex, [(0,)]) == 1.0


def test_evaluate_faithfulness_counts_dangling_and_hedges() -> None:
    ex = build_example(
        Record("1", "Ann won. She smiled. The plan has not been approved.", "x"), "en"
    )
    f = faithfulness(ex.doc, [(1,)])
    assert f.dangling == 1 and f.qualified == 1 and f.qualifier_kept == 0


def test_evaluate_story_opener_after_a_time_stamp_is_not_dangling() -> None:
    text = (
        "Old potion works\n17/01/2012 10:17\nIt might sound odd, but the potion works. She smiled."
    )
    ex = build_example(Record("1", text, "x"), "en")
    assert [s.text[:8] for s in ex.doc.sentences] == ["17/01/20", "It might", "She smil"]
    assert faithfulness(ex.doc, [(1,)]).dangling == 0  # the story's first sentence
    assert faithfulness(ex.doc, [(2,)]).dangling == 1


def test_evaluate_small_run_reports_every_system() -> None:
    recs = [
        Record(
            str(i),
            f"Storm {i} hit the coast. Roads closed. Power failed. Schools shut.",
            "Storm hit.",
        )
        for i in range(3)
    ]
    report = evaluate(recs, language="en", baselines=["lead3"], titles=(True, False))
    rows = {"nutgraf", "nutgraf points=3", "nutgraf untitled", "nutgraf points=3 untitled"}
    assert set(report["systems"]) == rows | {"lead3"}
    for row in rows:
        assert report["systems"][row]["faithfulness"]["span_errors"] == 0
    assert set(report["gain_vs_lead3"]) == rows


def test_evaluate_titles_reach_the_summarizer() -> None:
    rec = Record("1", "Storm hit the coast. Roads closed.", "Storm hit.", title="Coast storm")
    ex = build_example(rec, "en")
    assert ex.doc.article.title == "Coast storm"
    assert ex.doc.text == rec.article  # a separate title takes nothing from the body
    assert build_example(rec, "en", titles=False).doc.article.title == ""


def _rouge_eval() -> object:
    tool = SHARED / "tools/rouge_eval.py"
    if not tool.exists():
        pytest.skip(f"../shared not present ({tool}): reference scorer lives beside the repo")
    spec = importlib.util.spec_from_file_location("rouge_eval", tool)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "lang"), [("cnndm-validation.jsonl", "en"), ("ru-news-visible.jsonl", "ru")]
)
def test_evaluate_rouge_agrees_with_rouge_eval(name: str, lang: str) -> None:
    ref_tool = _rouge_eval()
    path = SHARED / "data/summarization" / name
    records = read_records(path)[:40]
    ours = evaluate(records, language=lang, baselines=["lead3"], points=(3,))
    for system, row in (("nutgraf", "nutgraf points=3"), ("lead3", "lead3")):
        preds = predictions(records, lang, system, points=3)
        refs = {r.id: r.reference for r in records}
        theirs = ref_tool.score(preds, refs, lang)  # type: ignore[attr-defined]
        for metric in ("rouge1", "rouge2", "rougeLsum"):
            assert ours["systems"][row][metric]["f"] == pytest.approx(theirs[metric]["f"], abs=0.01)
            assert np.allclose(
                ours["systems"][row][metric]["ci95"], theirs[metric]["ci95"], atol=0.01
            )


def test_evaluate_floors_file_is_valid() -> None:
    floors = json.loads(
        (Path(__file__).resolve().parents[1] / "src/nutgraf/eval_floors.json").read_text()
    )
    assert all("min_rouge1" in v and "min_rouge1_points" in v for v in floors.values())

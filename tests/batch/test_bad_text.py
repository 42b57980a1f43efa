"""A record whose text is not Unicode (a lone surrogate from a JSON escape) is an error
record, never ``ok`` (issue 14, item 7)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from batch_helpers import all_records

from nutgraf.batch import run

GOOD = (
    "The mayor of Riverton said on Tuesday that 40 new buses would open by March. "
    "The city council approved the plan by 7 votes to 2. "
    "Critics said the money should go to roads instead. "
)


def test_lone_surrogate_record_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="ascii") as out:  # json.dumps writes \ud800 as an escape
        out.write(json.dumps({"id": "bad", "text": GOOD * 3 + "\ud800 The end."}) + "\n")
        out.write(json.dumps({"id": "bad-html", "html": f"<p>{GOOD * 3}\udfff</p>"}) + "\n")
        out.write(json.dumps({"id": "good", "text": GOOD}) + "\n")
    result = run([path], tmp_path / "out", workers=1)
    assert result.counts == Counter({"ok": 1, "InputError": 2})
    by_id = {r["id"]: r for r in all_records(tmp_path / "out")}
    assert "lone surrogate" in by_id["bad"]["error"] and by_id["bad"]["points"] is None

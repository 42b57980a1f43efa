"""What a batch worker loads before its first record's clock starts.

A record's deadline should measure the record, not one-time set-up: the first text, the
first HTML page (trafilatura's first use builds tables; its full cascade and the vote, which
only pages the precision run leaves unconfirmed reach, build jusText's stop-word lists) and the
first facts each cost more than later ones. Both engines' workers call ``warm_up`` once.
Russian models (natasha) load on the first Russian record, so an English corpus never pays
for them.
"""

from __future__ import annotations

import contextlib

from nutgraf.errors import NutgrafError
from nutgraf.ingest.html import warm_slow_path
from nutgraf.pipeline import Summarizer

_TEXT = "The council approved the budget on Monday. It adds 12 buses. Critics disagree."
# A small page for the HTML path; ``warm_slow_path`` also takes it through the full cascade and
# the vote, which the precision run confirms it does not need.
_PAGE = (
    "<html><head><title>Budget approved</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Budget approved</h1><p>The council approved the budget on Monday after a "
    "long debate about the cost of new buses for the city.</p><p>It adds 12 buses to the "
    "fleet by next year. Critics disagree with the plan.</p></article>"
    "<aside><p>Most read</p></aside></body></html>"
)


def warm_up(summarizer: Summarizer) -> None:
    """Summarize a short text and a short page, facts read, as records do."""
    for source, kind in ((_TEXT, "text"), (_PAGE, "html")):
        # a warm-up that fails still warmed what it reached
        with contextlib.suppress(NutgrafError):
            summarizer.summarize(source, kind=kind).to_dict()  # type: ignore[arg-type]
    with contextlib.suppress(NutgrafError):
        warm_slow_path(_PAGE, summarizer.config)

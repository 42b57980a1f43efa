"""The jusText stop-word union nutgraf hands trafilatura is jusText's own (issue 16)."""

from __future__ import annotations

import subprocess
import sys

from justext import get_stoplist, get_stoplists

from nutgraf.ingest.stopwords import union


def test_union_is_the_set_trafilatura_would_build() -> None:
    # trafilatura.external.jt_stoplist_init, word for word (it keeps the result in a global,
    # so its own function is not called here)
    theirs = {word for language in get_stoplists() for word in get_stoplist(language)}
    ours = union()
    assert len(ours) > 100_000
    assert ours == theirs


def test_the_full_cascade_uses_the_primed_union() -> None:
    # A fresh process: trafilatura's jusText pass runs and never builds the union itself.
    code = (
        "import trafilatura.external as e\n"
        "from nutgraf.ingest.html import warm_slow_path\n"
        "calls = []\n"
        "build, rescue = e.jt_stoplist_init, e.try_justext\n"
        "e.jt_stoplist_init = lambda: calls.append('built') or build()\n"
        "e.try_justext = lambda *a: calls.append('jusText') or rescue(*a)\n"
        "assert e.JT_STOPLIST is None\n"
        # shorter than trafilatura's minimum extraction: its cascade asks jusText
        "page = '<html><body><article><p>The council met on Monday to debate the new "
        "budget for buses and trams.</p></article></body></html>'\n"
        "warm_slow_path(page)\n"
        "print(','.join(calls) or '-', len(e.JT_STOPLIST))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    ran, size = out.stdout.split()
    assert ran == "jusText"  # it ran, on the union nutgraf gave it
    assert int(size) == len(union())

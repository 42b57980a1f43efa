"""extract_html of another tree (say, main) against this tree's, per page in one process.

Usage: python bench/extract_html_ab.py OTHER_TREE [--shared PATH]

OTHER_TREE is a checkout or ``git archive`` of nutgraf (its ``src/nutgraf/ingest/html.py`` is
loaded as a module of its own, with those of the other tree's ingest modules that it imports
when loaded, ``OTHER_INGEST``, that the tree has; the rest of the package is this tree's).
Each page's raw bytes go through both ``extract_html`` functions, interleaved (the order
alternates page by page),
after a warm-up on the first three pages; prints the CPU time (``time.process_time``) of each:
medians, means, and the median of the per-page ratios (other / this: above 1 means this tree
is faster). On a shared, loaded machine two runs of ``bench/html_speed.py`` differ by more
than a change to the extraction saves; this pairs the two on every page.
Sets under ``PATH/data/extraction``: ``scrapinghub`` (English) and ``daniel-ru`` (Russian).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

from nutgraf.errors import NutgrafError
from nutgraf.ingest import html as this_html

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
WARMUP = 3


# The ingest modules html.py imports when it is loaded, in the order they import each other:
# the other tree's are used for its html.py (then this tree's are put back).
OTHER_INGEST = (
    "stopwords",
    "decode",
    "date_scan",
    "fork_readability",
    "trafilatura_prunes",
    "trafilatura_runs",
)


def load_other(tree: Path) -> ModuleType:
    """The other tree's ``ingest/html.py`` as a module of its own, bound to the other tree's
    ingest modules (``OTHER_INGEST``); the rest of the package is this tree's."""
    root = tree / "src" / "nutgraf" / "ingest"
    if not (root / "html.py").is_file():
        raise SystemExit(f"{tree}: not a nutgraf tree (no src/nutgraf/ingest/html.py)")
    package = sys.modules["nutgraf.ingest"]
    saved = {name: sys.modules.get(f"nutgraf.ingest.{name}") for name in OTHER_INGEST}
    try:
        for name in OTHER_INGEST:
            if (root / f"{name}.py").is_file():
                module = _load(root / f"{name}.py", f"other_{name}")
                sys.modules[f"nutgraf.ingest.{name}"] = module
                setattr(package, name, module)
        return _load(root / "html.py", "other_html")
    finally:
        for name, module in saved.items():
            if module is not None:
                sys.modules[f"nutgraf.ingest.{name}"] = module
                setattr(package, name, module)


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def load_pages(data: Path) -> dict[str, list[bytes]]:
    root = data / "scrapinghub"
    ids = sorted(json.loads((root / "ground-truth.json").read_text(encoding="utf-8")))
    return {
        "en": [gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()) for i in ids],
        "ru": [p.read_bytes() for p in sorted((data / "daniel-ru" / "html").iterdir())],
    }


def cpu_ms(module: ModuleType, page: bytes) -> float:
    start = time.process_time()
    with contextlib.suppress(NutgrafError):
        module.extract_html(page)
    return (time.process_time() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("other", type=Path, help="the other tree (checkout or git archive)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    args = parser.parse_args()
    data = args.shared / "data" / "extraction"
    if not data.is_dir():
        print(f"skipped: {data} not found (pass --shared PATH)")
        return 0
    other = load_other(args.other)
    for lang, pages in load_pages(data).items():
        for page in pages[:WARMUP]:
            cpu_ms(other, page)
            cpu_ms(this_html, page)
        theirs, ours = [], []
        for i, page in enumerate(pages):
            for module in (other, this_html) if i % 2 == 0 else (this_html, other):
                (theirs if module is other else ours).append(cpu_ms(module, page))
        ratio = statistics.median(a / b for a, b in zip(theirs, ours, strict=True) if b > 0)
        print(
            f"{lang} ({len(pages)} pages): other median {statistics.median(theirs):.1f} ms, "
            f"mean {statistics.mean(theirs):.1f} | this median {statistics.median(ours):.1f} ms, "
            f"mean {statistics.mean(ours):.1f} | other/this: medians "
            f"{statistics.median(theirs) / statistics.median(ours):.2f}x, means "
            f"{statistics.mean(theirs) / statistics.mean(ours):.2f}x, per page {ratio:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What a plain run imports: a cold start pays only for what it uses (issue 16).

Each check runs in a fresh interpreter and lists ``sys.modules`` at its end. An English page
must not load natasha (Russian only), the CLI's other commands (server, store, batch,
feeds, eval) or rich and pydantic (rendering progress, validating typer's values);
``bench/cold_start.py`` measures what that saves.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PARAGRAPHS = [
    "The city council of Millbrook voted on Tuesday to delay the new tram line by a year, "
    "after engineers found that the river crossing would cost far more than planned.",
    'Mayor Ellen Ford said the delay was painful but necessary. "We will not sign a '
    'contract we cannot pay for," she told reporters outside the town hall.',
    "The line was to open in 2027 and carry about 12,000 passengers a day between the "
    "station and the university. Its budget rose from $240 million to $310 million.",
    "Opposition members said the council had known about the bridge problems for months "
    "and accused the mayor of hiding the figures until after the spring elections.",
    "A new tender for the crossing will be published in March, and construction of the "
    "other sections will continue as planned, the transport office said in a statement.",
]
PAGE = (
    "<!doctype html><html lang='en'><head><title>Millbrook delays tram line</title></head>"
    "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<h1>Millbrook delays tram line by a year</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer>Copyright Millbrook Gazette</footer></body></html>"
)

# Modules that an English run has no use for.
NOT_FOR_ENGLISH = ("natasha", "razdel", "pymorphy2", "navec", "slovnet")
NOT_FOR_SUMMARIZE = (
    "rich",
    "pydantic",
    "fastapi",
    "uvicorn",
    "sqlalchemy",
    "alembic",
    "nutgraf.server",
    "nutgraf.store",
    "nutgraf.batch",
    "nutgraf.feeds",
    "nutgraf.eval_cli",
    "nutgraf.evaluate",
    "nutgraf.ingest.text",  # scraped text's cleaner: an HTML page never needs it
    "nutgraf.ingest.fetch",  # the HTTP stack: URLs only
)

LIST_MODULES = "import sys; sys.stderr.write('\\nMODULES ' + ' '.join(sorted(sys.modules)))"


def loaded(code: str, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``code`` in a fresh interpreter; its result and the modules loaded at its end."""
    wrapped = f"import atexit\natexit.register(lambda: exec({LIST_MODULES!r}))\n{code}"
    done = subprocess.run(
        [sys.executable, "-c", wrapped, *args], capture_output=True, text=True, timeout=120
    )
    modules = done.stderr.rpartition("\nMODULES ")[2].split()
    return done, set(modules)


def imported(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_english_summarize_loads_neither_natasha_nor_the_cli() -> None:
    code = (
        "import sys\nfrom nutgraf import Summarizer\n"
        "summary = Summarizer().summarize(sys.argv[1], kind='html')\n"
        "assert summary.language == 'en' and summary.points, summary\n"
        "summary.facts.names('place')\n"  # facts are computed when read: read them
    )
    done, modules = loaded(code, PAGE)
    assert done.returncode == 0, done.stderr
    assert {"trafilatura", "numpy", "nutgraf.analyse.facts"} <= modules  # the list is real
    assert imported(modules, NOT_FOR_ENGLISH) == []
    assert imported(modules, NOT_FOR_SUMMARIZE) == []
    # trafilatura's body is confirmed on this page: no vote, so no readability-lxml
    assert imported(modules, ("readability", "nutgraf.ingest.tree_readability")) == []


def test_a_page_that_goes_to_the_vote_loads_readability() -> None:
    """The control: readability-lxml does load when the vote needs it."""
    code = (
        "import sys\nfrom nutgraf.ingest.html import readability_body\n"
        "assert 'readability' not in sys.modules\n"
        "assert 'Millbrook' in readability_body(sys.argv[1])\n"
    )
    done, modules = loaded(code, PAGE)
    assert done.returncode == 0, done.stderr
    assert "readability" in modules


def test_cli_summarize_of_an_english_page_loads_only_what_it_prints(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code = "import sys\nfrom nutgraf.cli import main\nsys.argv[0] = 'nutgraf'\nmain()"
    done, modules = loaded(code, "summarize", str(page))  # text output: facts printed
    assert done.returncode == 0, done.stderr
    assert "Places: Millbrook" in done.stdout  # the facts were computed and printed
    assert "typer" in modules
    assert imported(modules, NOT_FOR_ENGLISH) == []
    assert imported(modules, NOT_FOR_SUMMARIZE) == []


def test_russian_text_does_load_natasha(tmp_path: Path) -> None:
    """The control: the same listing sees natasha when a Russian text needs it."""
    text = (
        "Власти Самары в среду отложили строительство новой линии трамвая на год. "
        "Инженеры оценили стоимость моста в 240 млн рублей.\n\n"
        "Мэр города Елена Фёдорова заявила, что решение было трудным, но необходимым. "
        "Новый конкурс на строительство моста объявят в марте."
    )
    code = (
        "import sys\nfrom nutgraf import Summarizer\n"
        "summary = Summarizer().summarize(sys.argv[1], kind='text')\n"
        "assert summary.language == 'ru', summary.language\nsummary.facts.names('place')\n"
    )
    done, modules = loaded(code, text)
    assert done.returncode == 0, done.stderr
    assert "natasha" in modules
    # Snowball's 37 stemmers are for other languages (and English qualifiers)
    assert "snowballstemmer" not in modules

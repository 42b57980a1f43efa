"""``--update-feeds-every``: durations, and a bad one as a one-line error."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from nutgraf.cli import app
from nutgraf.errors import InputError
from nutgraf.feeds.background import parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("15m", 900), ("1h30m", 5400), ("2h", 7200), ("1d", 86_400), ("30", 30)],
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "0s", "0.5s", "-5m"])
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_duration(text)


def test_serve_with_a_bad_duration_exits_2(db_url: str) -> None:
    done = CliRunner().invoke(app, ["serve", "--db", db_url, "--update-feeds-every", "soon"])
    assert done.exit_code == 2 and "not a duration" in done.stderr

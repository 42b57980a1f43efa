"""``nutgraf feed add|list|update``: output, JSON, exit codes for bad input."""

from __future__ import annotations

import json

import pytest
from feed_site import rss, serve_article
from typer.testing import CliRunner

from helpers import LoopbackServer, respond
from nutgraf.cli import app

pytestmark = pytest.mark.network

runner = CliRunner()


def _feed(db_url: str, *args: str) -> tuple[int, str, str]:
    done = runner.invoke(app, ["feed", *args, "--db", db_url])
    return done.exit_code, done.stdout, done.stderr


def test_add_list_update(http_server: LoopbackServer, db_url: str) -> None:
    urls = [serve_article(http_server, f"/a/{i}", i) for i in range(2)]
    items = [(f"Story {i}", u) for i, u in enumerate(urls)]
    http_server.routes["/rss"] = respond(200, rss("Loopback News", items), "application/rss+xml")
    code, out, err = _feed(db_url, "add", http_server.url("/rss"), "--allow-private-network")
    assert code == 0, err
    assert "added Loopback News" in out and "2 items" in out
    code, out, _ = _feed(db_url, "update", "--allow-private-network", "--format", "json")
    assert code == 0
    assert json.loads(out)["items_stored"] == 2
    code, out, _ = _feed(db_url, "list", "--format", "json")
    (listed,) = json.loads(out)
    assert listed["url"] == http_server.url("/rss") and listed["title"] == "Loopback News"
    assert (listed["items"], listed["stored"], listed["last_error"]) == (2, 2, None)
    assert listed["updated_at"]
    code, out, _ = _feed(db_url, "list")
    assert code == 0 and "Loopback News" in out and "2 stored" in out


@pytest.mark.parametrize(
    ("path", "private", "code", "message"),
    [
        ("/page", True, 2, "links no RSS or Atom feed"),
        ("/missing", True, 3, "HTTP 404"),
        ("/rss", False, 2, "refused"),
    ],
)
def test_add_bad_input_is_one_line_and_an_exit_code(
    http_server: LoopbackServer, db_url: str, path: str, private: bool, code: int, message: str
) -> None:
    serve_article(http_server, "/page", 1)
    http_server.routes["/rss"] = respond(200, rss("X", []), "application/rss+xml")
    flags = ["--allow-private-network"] if private else []
    got, out, err = _feed(db_url, "add", http_server.url(path), *flags)
    assert got == code
    assert message in err and err.startswith("nutgraf: error:") and err.count("\n") == 1
    assert out == ""


def test_unreachable_and_bad_format(db_url: str) -> None:
    code, _, err = _feed(db_url, "add", "http://127.0.0.1:9/rss", "--allow-private-network")
    assert code == 3 and "cannot connect" in err
    code, _, err = _feed(db_url, "list", "--format", "xml")
    assert code == 2 and "--format" in err


def test_help_has_examples() -> None:
    for command in ("add", "list", "update"):
        done = runner.invoke(app, ["feed", command, "--help"])
        assert done.exit_code == 0 and "Example:" in done.stdout


def test_update_report_is_readable_and_names_each_failure(
    http_server: LoopbackServer, db_url: str
) -> None:
    """After `feed add`, `feed update` says what it checked and stored, and why an item
    failed, without -v."""
    good = serve_article(http_server, "/a/1", 1)
    missing = http_server.url("/a/gone")
    http_server.routes["/rss"] = respond(
        200, rss("Loopback News", [("Story", good), ("Gone", missing)]), "application/rss+xml"
    )
    code, _, err = _feed(db_url, "add", http_server.url("/rss"), "--allow-private-network")
    assert code == 0, err
    code, out, err = _feed(db_url, "update", "--allow-private-network")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("feeds: 1 feed checked, ")
    assert lines[1] == "items: 1 stored, 0 duplicates, 1 failed"
    assert lines[2] == "failed (tried again by a later update):"
    assert lines[3].startswith(f"  {missing}: ") and "404" in lines[3]
    assert lines[-1].startswith("took ")
    code, out, _ = _feed(db_url, "update", "--allow-private-network", "--format", "json")
    assert code == 0 and isinstance(json.loads(out)["failures"], list)

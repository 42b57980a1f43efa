"""What the fetch switches open and what they never open (issue 14, items 4-6).

DNS and connect() are faked in-process (``netguard``): a name resolves to whatever the
test says, and a connect to anything but loopback is refused before any packet leaves, and
recorded. Every refusal below asserts that nothing was even attempted.
"""

from __future__ import annotations

import logging

import pytest

from helpers import LoopbackServer, respond
from netguard import install
from nutgraf.config import Config
from nutgraf.errors import FetchError, InputError, RefusedError
from nutgraf.ingest.fetch import fetch, refusal

PRIVATE = Config(allow_private_network=True, allowed_ports=None, fetch_timeout=5.0)

# Link-local and cloud metadata addresses, in the spellings a resolver may answer with.
HIDDEN = [
    "169.254.169.254",  # AWS, GCP, Azure, Oracle, DigitalOcean metadata
    "169.254.0.1",
    "::ffff:169.254.169.254",  # IPv4-mapped
    "::ffff:a9fe:a9fe",  # the same, in hex
    "::169.254.169.254",  # IPv4-compatible
    "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
    "2002:a9fe:a9fe::1",  # 6to4 of it
    "fe80::1",
    "fe80::a9fe:a9fe%1",
    "fd00:ec2::254",  # AWS metadata over IPv6
    "168.63.129.16",  # Azure wire server
    "100.100.100.200",  # Alibaba Cloud metadata
]


@pytest.mark.parametrize("address", HIDDEN)
def test_link_local_and_metadata_stay_refused_under_the_private_switch(
    monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    guard = install(monkeypatch, {"intranet.test": [address]})
    with pytest.raises(RefusedError, match="resolves to a non-public address"):
        fetch("http://intranet.test/latest/meta-data/", PRIVATE)
    # Also when a broad network is allowed: only a network inside the range itself opens it.
    broad = PRIVATE.with_(allowed_networks=("0.0.0.0/0", "::/0", "100.64.0.0/10", "fc00::/7"))
    with pytest.raises(RefusedError, match="resolves to a non-public address"):
        fetch("http://intranet.test/latest/meta-data/", broad)
    assert guard.attempts == []


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/",
        "http://[fe80::1]/",
        "http://[fd00:ec2::254]/",
        "http://168.63.129.16/",
        "http://100.100.100.200/",
        "http://2852039166/",  # 169.254.169.254 as one number
        "http://0xa9.0xfe.0xa9.0xfe/",
    ],
)
def test_metadata_literals_are_refused_under_the_private_switch(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    guard = install(monkeypatch)
    with pytest.raises(RefusedError):
        fetch(url, PRIVATE)
    assert guard.attempts == []


def test_only_a_network_named_explicitly_opens_a_metadata_address() -> None:
    # Decided without connecting: refusal() is what pin() asks for every resolved address.
    named = Config(allowed_networks=("169.254.169.254/32",))
    assert refusal("169.254.169.254", named) is None
    assert refusal("::ffff:169.254.169.254", named) is None
    assert refusal("169.254.169.253", named) == "169.254.169.253 is a link-local address"
    assert refusal("fd00:ec2::254", Config(allowed_networks=("fd00:ec2::254/128",))) is None
    assert refusal("fd00:ec2::254", Config(allowed_networks=("fd00::/8",))) is not None
    assert refusal("100.100.100.200", Config(allowed_networks=("100.64.0.0/10",))) is not None


def test_private_switch_still_reaches_private_and_loopback(
    monkeypatch: pytest.MonkeyPatch, http_server: LoopbackServer
) -> None:
    http_server.routes["/cms"] = respond(200, b"<p>intranet</p>")
    guard = install(monkeypatch, {"cms.test": ["127.0.0.1"]})
    got = fetch(f"http://cms.test:{http_server.port}/cms", PRIVATE)
    assert got.body == b"<p>intranet</p>"
    assert guard.outside == [] and guard.attempts == [("127.0.0.1", http_server.port)]
    assert refusal("10.1.2.3", PRIVATE) is None and refusal("fd12::1", PRIVATE) is None


def test_refusal_names_no_internal_address(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    guard = install(monkeypatch, {"intranet.test": ["10.20.30.40"], "loop.test": ["127.0.0.2"]})
    caplog.set_level(logging.INFO, logger="nutgraf.ingest.fetch")
    for name, address, why in [
        ("intranet.test", "10.20.30.40", "a private address"),
        ("loop.test", "127.0.0.2", "a loopback address"),
    ]:
        with pytest.raises(RefusedError) as refused:
            fetch(f"http://{name}/", Config())
        message = str(refused.value)
        assert message == f"refused: {name} resolves to a non-public address"
        assert address not in message and why not in message
        assert f"{address} is {why}" in caplog.text  # the detail is in the log
    assert guard.attempts == []


def test_allowed_networks_from_the_environment_are_checked_when_read() -> None:
    config = Config.from_env(
        {"NUTGRAF_ALLOWED_NETWORKS": "10.0.0.0/8, 192.168.1.0/24", "NUTGRAF_ALLOWED_PORTS": "8080"}
    )
    assert config.allowed_networks == ("10.0.0.0/8", "192.168.1.0/24")
    assert config.allowed_ports == (8080,)
    assert refusal("10.9.9.9", config) is None and refusal("172.16.0.1", config) is not None
    with pytest.raises(InputError, match="allowed_networks"):
        Config.from_env({"NUTGRAF_ALLOWED_NETWORKS": "intranet"})


@pytest.mark.parametrize(
    ("env", "overrides", "ports"),
    [
        ({}, {"allow_private_network": True}, None),  # the switch: any port
        ({"NUTGRAF_ALLOW_PRIVATE_NETWORK": "1"}, {}, None),
        ({"NUTGRAF_ALLOWED_PORTS": "80,8080"}, {"allow_private_network": True}, (80, 8080)),
        ({}, {}, (80, 443)),
    ],
)
def test_private_switch_opens_ports_unless_they_are_set(
    env: dict[str, str], overrides: dict[str, object], ports: tuple[int, ...] | None
) -> None:
    assert Config.from_env(env, **overrides).allowed_ports == ports


def test_allowed_sites_hold_at_every_redirect_hop(
    http_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two origins on loopback: the open site (its port) and "elsewhere" (127.0.0.1 by name).
    guard = install(monkeypatch, {"open.test": ["127.0.0.1"], "elsewhere.test": ["127.0.0.1"]})
    port = http_server.port
    elsewhere = f"http://elsewhere.test:{port}/secret"
    http_server.routes["/go"] = respond(302, b"", Location=elsewhere)
    http_server.routes["/story"] = respond(200, b"<p>story</p>")
    http_server.routes["/secret"] = respond(200, b"<p>secret</p>")
    config = PRIVATE.with_(allowed_sites=(f"http://open.test:{port}",))
    assert fetch(f"http://open.test:{port}/story", config).body == b"<p>story</p>"
    with pytest.raises(RefusedError, match=r"elsewhere\.test"):
        fetch(f"http://open.test:{port}/go", config)
    assert http_server.hits == ["/story", "/go"]  # the redirect's target was never asked
    with pytest.raises(RefusedError):
        fetch(elsewhere, config)
    assert guard.outside == []


@pytest.mark.parametrize("url", ["http://127.0.0.1/\ud800", "http://127.0.0.1/?q=\udcff"])
def test_url_with_a_lone_surrogate_is_refused(url: str) -> None:
    with pytest.raises(RefusedError, match="not a valid URL"):
        fetch(url, PRIVATE)


def test_non_ascii_path_is_sent_percent_encoded(http_server: LoopbackServer) -> None:
    http_server.routes["/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?q=%D0%B4%D0%B0"] = respond(
        200, b"<p>ok</p>"
    )
    got = fetch(http_server.url("/новости?q=да"), PRIVATE)
    assert got.body == b"<p>ok</p>"


def test_unreachable_is_still_a_fetch_error_not_a_refusal() -> None:
    with pytest.raises(FetchError) as failed:
        fetch("http://127.0.0.1:9/", PRIVATE)
    assert not isinstance(failed.value, RefusedError)

"""Which IP addresses a fetch may reach: an explicit list of what is not public.

The ``ipaddress`` flags alone miss cloud metadata and translation ranges (CGNAT, NAT64,
6to4, Teredo), so the list is spelled out; IPv4-mapped and -translated IPv6 forms are
unwrapped first and judged as the IPv4 address they carry.

A second, shorter list (``why_hidden``) names what stays refused even when a deployment
allows private networks: link-local addresses and the cloud metadata services, which hand
out credentials to whoever asks from inside the machine. Those open only to a network
named explicitly in ``Config.allowed_networks`` (see ``nutgraf.ingest.fetch.refusal``).
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

_BLOCKED: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "a 'this network' address"),
    ("10.0.0.0/8", "a private address"),
    ("100.64.0.0/10", "a carrier-grade NAT address"),  # incl. Alibaba metadata 100.100.100.200
    ("127.0.0.0/8", "a loopback address"),
    ("168.63.129.16/32", "a cloud metadata address"),  # Azure wire server
    ("169.254.0.0/16", "a link-local address"),  # incl. 169.254.169.254 metadata
    ("172.16.0.0/12", "a private address"),
    ("192.0.0.0/24", "an IETF protocol address"),
    ("192.0.2.0/24", "a documentation address"),
    ("192.88.99.0/24", "a 6to4 relay address"),
    ("192.168.0.0/16", "a private address"),
    ("198.18.0.0/15", "a benchmarking address"),
    ("198.51.100.0/24", "a documentation address"),
    ("203.0.113.0/24", "a documentation address"),
    ("224.0.0.0/4", "a multicast address"),
    ("240.0.0.0/4", "a reserved address"),
    ("255.255.255.255/32", "a broadcast address"),
    ("::/128", "an unspecified address"),
    ("::1/128", "a loopback address"),
    ("64:ff9b::/96", "a NAT64 address"),
    ("64:ff9b:1::/48", "a NAT64 address"),
    ("100::/64", "a discard address"),
    ("2001::/32", "a Teredo address"),
    ("2001:db8::/32", "a documentation address"),
    ("2002::/16", "a 6to4 address"),
    ("fc00::/7", "a unique local address"),
    ("fe80::/10", "a link-local address"),
    ("fec0::/10", "a site-local address"),
    ("ff00::/8", "a multicast address"),
)
_NETWORKS = tuple((ipaddress.ip_network(net), why) for net, why in _BLOCKED)

# Refused under every switch: what a server inside a cloud or a LAN must never fetch for a
# stranger, whatever private networks it may reach.
_HIDDEN: tuple[tuple[str, str], ...] = (
    ("169.254.0.0/16", "a link-local address"),  # incl. 169.254.169.254 (AWS, GCP, Azure...)
    ("fe80::/10", "a link-local address"),
    ("168.63.129.16/32", "a cloud metadata address"),  # Azure wire server
    ("100.100.100.200/32", "a cloud metadata address"),  # Alibaba Cloud
    ("fd00:ec2::254/128", "a cloud metadata address"),  # AWS instance metadata over IPv6
)
_HIDDEN_NETWORKS = tuple((ipaddress.ip_network(net), why) for net, why in _HIDDEN)


def unwrap(ip: IPAddress) -> IPAddress:
    """The IPv4 address inside an IPv4-mapped (``::ffff:a.b.c.d``) or compatible IPv6 address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        packed = ip.packed
        if packed[:12] == bytes(12) and packed[12:] != bytes(4) and int(ip) > 1:
            return ipaddress.IPv4Address(packed[12:])  # deprecated IPv4-compatible ::a.b.c.d
    return ip


def embedded(ip: IPAddress) -> tuple[IPAddress, ...]:
    """The IPv4 addresses an IPv6 translation address carries (NAT64, 6to4, Teredo).

    A NAT64 or 6to4 gateway may forward to the IPv4 address inside, so the checks that must
    hold under every switch judge those too.
    """
    if not isinstance(ip, ipaddress.IPv6Address):
        return ()
    packed = ip.packed
    if ip in _NAT64:  # 64:ff9b::/96, the address in the last 32 bits
        return (ipaddress.IPv4Address(packed[12:]),)
    if ip in _NAT64_LOCAL:  # 64:ff9b:1::/48 (RFC 6052 /48: 16 bits, the u octet, 16 bits)
        return (ipaddress.IPv4Address(packed[6:8] + packed[9:11]),)
    if ip in _SIX_TO_FOUR:  # 2002:AABB:CCDD::/48
        return (ipaddress.IPv4Address(packed[2:6]),)
    if ip in _TEREDO:  # server in bits 32-63, client (inverted) in the last 32
        client = bytes(b ^ 0xFF for b in packed[12:])
        return (ipaddress.IPv4Address(packed[4:8]), ipaddress.IPv4Address(client))
    return ()


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")
_TEREDO = ipaddress.IPv6Network("2001::/32")


def hidden_network(address: str | IPAddress) -> tuple[Network, str] | None:
    """The link-local or metadata network ``address`` is in (or carries), with its reason."""
    ip = unwrap(ipaddress.ip_address(address) if isinstance(address, str) else address)
    for candidate in (ip, *embedded(ip)):
        for network, why in _HIDDEN_NETWORKS:
            if candidate.version == network.version and candidate in network:
                return network, why
    return None


def why_hidden(address: str | IPAddress) -> str | None:
    """Why ``address`` stays refused under every switch (link-local, metadata), or None."""
    found = hidden_network(address)
    return found[1] if found else None


def why_not_public(address: str | IPAddress) -> str | None:
    """The reason ``address`` may not be fetched from (``"a loopback address"``), or None."""
    ip = unwrap(ipaddress.ip_address(address) if isinstance(address, str) else address)
    for network, why in _NETWORKS:
        if ip.version == network.version and ip in network:
            return why
    if not ip.is_global or ip.is_multicast or ip.is_reserved:
        return "not a public address"
    return None


def inside(inner: Network, outer: Network) -> bool:
    """Whether network ``inner`` lies within ``outer`` (False across IP versions)."""
    if isinstance(inner, ipaddress.IPv4Network) and isinstance(outer, ipaddress.IPv4Network):
        return inner.subnet_of(outer)
    if isinstance(inner, ipaddress.IPv6Network) and isinstance(outer, ipaddress.IPv6Network):
        return inner.subnet_of(outer)
    return False

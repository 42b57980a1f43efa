"""Which IP addresses a fetch may reach: an explicit list of what is not public.

The ``ipaddress`` flags alone miss cloud metadata and translation ranges (CGNAT, NAT64,
6to4, Teredo), so the list is spelled out; IPv4-mapped and -translated IPv6 forms are
unwrapped first and judged as the IPv4 address they carry.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

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


def unwrap(ip: IPAddress) -> IPAddress:
    """The IPv4 address inside an IPv4-mapped (``::ffff:a.b.c.d``) or compatible IPv6 address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        packed = ip.packed
        if packed[:12] == bytes(12) and packed[12:] != bytes(4) and int(ip) > 1:
            return ipaddress.IPv4Address(packed[12:])  # deprecated IPv4-compatible ::a.b.c.d
    return ip


def why_not_public(address: str | IPAddress) -> str | None:
    """The reason ``address`` may not be fetched from (``"a loopback address"``), or None."""
    ip = unwrap(ipaddress.ip_address(address) if isinstance(address, str) else address)
    for network, why in _NETWORKS:
        if ip.version == network.version and ip in network:
            return why
    if not ip.is_global or ip.is_multicast or ip.is_reserved:
        return "not a public address"
    return None

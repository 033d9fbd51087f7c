"""Which addresses ``watch`` may fetch from: public (globally routable) ones, and hosts the user allows.

A feeds file is data, and a feed's item links and redirects are data from someone else's server:
left unchecked, they could make narrascope read from the machine it runs on (``localhost``), the
local network, or a cloud metadata service (169.254.169.254). So every address is judged here, by
what it IS rather than by the name it was reached through; the user can allow a host by name.

>>> refusal("169.254.169.254"), refusal("::ffff:10.0.0.7"), refusal("93.184.215.14")
('link-local', 'private, IPv4-mapped 10.0.0.7', None)
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import E_ADDRESS, FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Checked in this order, so that an address gets its most telling name: 169.254.169.254 is
# "link-local" although Python also counts it private, 255.255.255.255 "reserved".
_KINDS = (
    ("unspecified", "is_unspecified"),
    ("loopback", "is_loopback"),
    ("link-local", "is_link_local"),
    ("multicast", "is_multicast"),  # Python counts 224.0.0.0/4 and ff00::/8 as global: refuse explicitly
    ("reserved", "is_reserved"),
    ("private", "is_private"),
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # well-known NAT64 prefix: the last 32 bits are an IPv4 address


def refusal(address: str) -> str | None:
    """Why ``address`` may not be fetched from (``"loopback"``, ``"private"``, ...); None when it is public.

    An IPv6 address that carries an IPv4 one (IPv4-mapped, 6to4, NAT64) is judged by the IPv4 address,
    which is where the packets end up.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # "fe80::1%eth0": the zone is not part of the address
    if isinstance(ip, ipaddress.IPv6Address):
        inner, how = _embedded_ipv4(ip)
        if inner is not None:
            reason = _kind(inner)
            return f"{reason}, {how} {inner}" if reason else None
    return _kind(ip)


def _kind(ip: IPAddress) -> str | None:
    for name, attribute in _KINDS:
        if getattr(ip, attribute):
            return name
    return None if ip.is_global else "not globally routable"  # 100.64.0.0/10 (carrier-grade NAT) and the like


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address | None, str]:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped, "IPv4-mapped"
    if ip.sixtofour is not None:
        return ip.sixtofour, "6to4"
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF), "NAT64"
    return None, ""


def normalise_host(host: str) -> str:
    """A host as ``--allow-host`` and URLs are compared: lower case, no IPv6 brackets, no trailing dot, punycode.

    >>> normalise_host("[::1]"), normalise_host("Bücher.Example.")
    ('::1', 'xn--bcher-kva.example')
    """
    name = host.strip().strip("[]").rstrip(".").lower()
    try:
        return name.encode("idna").decode("ascii")
    except UnicodeError:
        return name  # not a name IDNA can spell: compared as written (and never resolved)


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Public addresses only, except for the hosts the user allows by name (``--allow-host``).

    A host is allowed exactly as written in the URL: allowing ``127.0.0.1`` does not allow ``localhost``,
    though both reach the same machine, so a redirect cannot turn one into the other.
    """

    allowed_hosts: frozenset[str] = frozenset()

    @classmethod
    def allowing(cls, hosts: Iterable[str]) -> AddressPolicy:
        return cls(frozenset(normalise_host(h) for h in hosts if h.strip()))

    def allows_host(self, host: str) -> bool:
        return normalise_host(host) in self.allowed_hosts

    def check(self, host: str, address: str, *, connected: bool) -> None:
        """Raise E601 unless ``host`` is allowed or ``address`` is public.

        ``connected`` says whether ``address`` is the peer of an open connection (the final check) or
        one that ``host`` resolved to (checked before connecting, so that nothing is even sent there).
        """
        reason = None if self.allows_host(host) else refusal(address)
        if reason is not None:
            raise FetchError(refused_message(host, address, reason, connected=connected), code=E_ADDRESS)


def refused_message(host: str, address: str, reason: str, *, connected: bool) -> str:
    """``refused: localhost resolves to 127.0.0.1 (loopback); allow it with --allow-host localhost``."""
    if normalise_host(host) == normalise_host(address):
        what = f"{address} is not a public address ({reason})"
    else:
        what = f"{host} {'connected to' if connected else 'resolves to'} {address} ({reason})"
    return f"refused: {what}; allow it with --allow-host {normalise_host(host)}"

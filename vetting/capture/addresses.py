"""Which addresses a capture may reach: public http(s) hosts only, checked before connecting.

A capture runs on the server, inside the department's network: without these checks a searcher
could point it at the database, a router's admin page or a cloud metadata service. Every
address is resolved once, checked, and the connection then goes to that checked address, so a
name that resolves differently a moment later (DNS rebinding) cannot slip through.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


class RefusedAddress(Exception):
    """A URL or address a capture may not reach, with the plain reason."""


@dataclass(frozen=True)
class Target:
    """A URL's parts with the one address it was checked at."""

    url: str
    scheme: str
    host: str
    port: int
    address: str


def parse_networks(text: str | Iterable[str]) -> tuple[Network, ...]:
    """The networks of ``CAPTURE_ALLOWED_NETWORKS`` (comma- or space-separated CIDR blocks)."""
    parts = text.replace(",", " ").split() if isinstance(text, str) else list(text)
    try:
        return tuple(ipaddress.ip_network(p.strip(), strict=False) for p in parts if p.strip())
    except ValueError as exc:
        raise ValueError(f"not a network: {exc}") from exc


def why_refused(address: Address) -> str | None:
    """What kind of non-public address this is, or None when it is a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    # The narrowest name first: Python counts link-local and loopback as private too.
    for kind, flag in (("a loopback", address.is_loopback),
                       ("a link-local", address.is_link_local),
                       ("a multicast", address.is_multicast),
                       ("an unspecified", address.is_unspecified),
                       ("a reserved", address.is_reserved),
                       ("a private", address.is_private),
                       ("a reserved", not address.is_global)):
        if flag:
            return kind
    return None


def check_address(address: str, allowed: tuple[Network, ...], host: str = "") -> None:
    """Refuse an address that is not public, unless it lies in an allowed network."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    kind = why_refused(ip)
    if kind is None or any(ip in net for net in allowed if net.version == ip.version):
        return
    named = f"{host} resolves to {ip}" if host and host != str(ip) else f"{ip}"
    raise RefusedAddress(f"{named}, {kind} address: only public web pages can be captured.")


def parse_url(url: str) -> tuple[str, str, int]:
    """The scheme, host and port of an http(s) URL; refuses any other scheme."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise RefusedAddress(f"{url!r} is not a valid web address.") from exc
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        shown = f"{scheme}:" if scheme else "no scheme"
        raise RefusedAddress(f"Only http and https pages can be captured, not {shown}.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise RefusedAddress(f"{url!r} names no host.")
    if parts.username is not None or parts.password is not None:
        raise RefusedAddress("A capture never signs in: the address must not carry a user name "
                             "or password.")
    return scheme, host, port or DEFAULT_PORTS[scheme]


def resolve(url: str, allowed: tuple[Network, ...]) -> Target:
    """Resolve a URL's host once and check every address it has; the first one is used."""
    scheme, host, port = parse_url(url)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise RefusedAddress(f"The host {host} could not be found.") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise RefusedAddress(f"The host {host} could not be found.")
    # Every address must pass: a name with one public and one private address is refused,
    # or the choice between them would decide what the server reaches.
    for address in addresses:
        check_address(address, allowed, host)
    return Target(url=url, scheme=scheme, host=host, port=port, address=addresses[0])

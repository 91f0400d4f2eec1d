"""Outbound HTTP that refuses private addresses, checked at connect time so DNS tricks fail.

Every connection (including each redirect hop) resolves the host, checks every address it
would use, and connects to the address it checked, so a name cannot resolve to a public
address for the check and a private one for the connection.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Sequence
from typing import Any

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Cloud metadata endpoints are link-local, but name them so the rule reads plainly.
METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}


class BlockedAddress(httpx.TransportError):
    """The destination resolves to an address this deployment may not reach."""


def is_public(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast and ip not in METADATA


class AddressPolicy:
    """Which destinations are allowed: public ones, plus the configured hosts and networks."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        self.hosts: set[str] = set()
        self.networks: list[IPNetwork] = []
        for entry in allow:
            entry = entry.strip().lower()
            if not entry:
                continue
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.hosts.add(entry)

    def allows(self, host: str, ip: IPAddress) -> bool:
        if host.lower() in self.hosts or "*" in self.hosts:
            return True
        if any(ip in net for net in self.networks):
            return True
        return is_public(ip)

    def resolve(self, host: str, port: int) -> list[str]:
        """Addresses for host, all of them allowed, or BlockedAddress."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpx.ConnectError(f"cannot resolve {host}: {exc.strerror}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if not self.allows(host, ip):
                raise BlockedAddress(
                    f"{host} resolves to {ip}, a private or reserved address; "
                    "allow it with CEASEWATCH_ALLOW_PRIVATE if this is intended"
                )
        return addresses


class GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self.inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.policy.resolve(host, port):
            try:
                return self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise httpcore.ConnectError(f"cannot connect to {host}:{port}: {last}")

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise BlockedAddress("unix sockets are not a destination")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def guarded_client(
    *,
    allow: Sequence[str],
    timeout: float,
    max_redirects: int = 5,
    follow_redirects: bool = True,
    user_agent: str = "Ceasewatch",
) -> httpx.Client:
    # No keep-alive: feeds and receivers are polled or posted to minutes apart, so a pooled
    # connection is nearly always one the server has closed, and reusing it fails the request.
    transport = httpx.HTTPTransport(retries=0, limits=httpx.Limits(max_keepalive_connections=0))
    transport._pool._network_backend = GuardedBackend(AddressPolicy(allow))
    return httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=follow_redirects,
        max_redirects=max_redirects,
        headers={"User-Agent": user_agent},
        trust_env=False,  # a proxy would hide the real destination from the guard
    )

"""AddressPolicy and the guarded client: private destinations refused unless allowed."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from service.netguard import AddressPolicy, BlockedAddress, guarded_client, is_public

ip = ipaddress.ip_address

PRIVATE = [
    "127.0.0.1",
    "127.0.0.2",
    "10.0.0.1",
    "10.255.255.254",
    "172.16.0.1",
    "172.31.255.254",
    "192.168.1.1",
    "169.254.169.254",
    "169.254.0.1",
    "100.64.0.1",  # carrier-grade NAT
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "fd00:ec2::254",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
]
PUBLIC = ["8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "2606:4700:4700::1111", "::ffff:8.8.8.8"]


@pytest.mark.parametrize("address", PRIVATE)
def test_private_and_reserved_addresses_are_refused(address: str) -> None:
    assert not is_public(ip(address))
    assert not AddressPolicy().allows("feeds.example", ip(address))


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_allowed(address: str) -> None:
    assert is_public(ip(address))
    assert AddressPolicy().allows("feeds.example", ip(address))


def test_allow_list_by_host_name() -> None:
    policy = AddressPolicy(["Feeds.Internal"])
    assert policy.allows("feeds.internal", ip("10.1.2.3"))
    assert policy.allows("FEEDS.INTERNAL", ip("10.1.2.3"))
    assert not policy.allows("other.internal", ip("10.1.2.3"))


def test_allow_list_by_cidr() -> None:
    policy = AddressPolicy(["10.20.0.0/16", "127.0.0.1", "fd00::/8"])
    assert policy.allows("x", ip("10.20.5.5"))
    assert not policy.allows("x", ip("10.21.0.1"))
    assert policy.allows("x", ip("127.0.0.1"))
    assert not policy.allows("x", ip("127.0.0.2"))
    assert policy.allows("x", ip("fd00::5"))
    assert not policy.allows("x", ip("fc00::5"))


def test_blank_allow_entries_are_ignored() -> None:
    policy = AddressPolicy(["", "  "])
    assert policy.hosts == set() and policy.networks == []


def test_a_name_that_resolves_to_loopback_is_blocked() -> None:
    with pytest.raises(BlockedAddress, match="localhost resolves to"):
        AddressPolicy().resolve("localhost", 80)


def test_a_literal_private_address_is_blocked() -> None:
    with pytest.raises(BlockedAddress):
        AddressPolicy().resolve("127.0.0.1", 80)
    with pytest.raises(BlockedAddress):
        AddressPolicy().resolve("169.254.169.254", 80)


def test_allowed_name_resolves() -> None:
    assert "127.0.0.1" in AddressPolicy(["localhost"]).resolve("localhost", 80)
    assert AddressPolicy(["127.0.0.0/8"]).resolve("127.0.0.1", 80) == ["127.0.0.1"]


def test_an_unresolvable_name_is_a_connect_error() -> None:
    with pytest.raises(httpx.ConnectError, match="cannot resolve"):
        AddressPolicy().resolve("no-such-host.invalid", 80)


def test_guarded_client_refuses_loopback_at_connect_time(local_server) -> None:  # type: ignore[no-untyped-def]
    url = local_server.serve("/ok", "hello")
    with guarded_client(allow=[], timeout=5) as client, pytest.raises(BlockedAddress):
        client.get(url)
    assert local_server.requests == [], "no request should have reached the server"


def test_guarded_client_reaches_an_allowed_address(local_server) -> None:  # type: ignore[no-untyped-def]
    url = local_server.serve("/ok", "hello")
    with guarded_client(allow=["127.0.0.1"], timeout=5) as client:
        assert client.get(url).text == "hello"


def test_guarded_client_ignores_proxy_environment(local_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HTTP_PROXY", "http://10.0.0.1:3128")
    url = local_server.serve("/ok", "direct")
    with guarded_client(allow=["127.0.0.1"], timeout=5) as client:
        assert client.get(url).text == "direct"


def test_guarded_client_opens_a_fresh_connection_for_each_request(local_server) -> None:  # type: ignore[no-untyped-def]
    """A pooled connection the server has since closed would fail the next poll or delivery."""
    url = local_server.serve("/ok", "hello")  # the test server keeps HTTP/1.1 connections open
    with guarded_client(allow=["127.0.0.1"], timeout=5) as client:
        for _ in range(3):
            assert client.get(url).text == "hello"
    assert len(set(local_server.peers)) == 3

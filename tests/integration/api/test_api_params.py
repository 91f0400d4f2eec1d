"""Bad parameters are 422 with a message a person can act on; unknown ids are 404; both are JSON."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

LISTS = ["/api/v1/incidents", "/api/v1/items"]


def error_of(client: TestClient, path: str, params: dict[str, str], status: int = 422) -> str:
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    message = response.json()["error"]
    assert isinstance(message, str) and message
    return message


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("name", ["since", "until"])
def test_naive_datetime(reader: TestClient, path: str, name: str) -> None:
    message = error_of(reader, path, {name: "2024-05-01T00:00:00"})
    assert message == f"{name} must include a timezone, e.g. 2016-09-17T00:00:00Z"


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("value", ["yesterday", "2024-13-45T00:00:00Z", "1714521600x"])
def test_garbage_datetime(reader: TestClient, path: str, value: str) -> None:
    message = error_of(reader, path, {"since": value})
    assert message.startswith("since: ") and "datetime" in message


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("until", ["2024-05-01T00:00:00Z", "2024-04-01T00:00:00+00:00"])
def test_since_not_before_until(reader: TestClient, path: str, until: str) -> None:
    message = error_of(reader, path, {"since": "2024-05-01T00:00:00Z", "until": until})
    assert message == "since must be earlier than until"


def test_a_valid_range_is_fine(reader: TestClient) -> None:
    for path in LISTS:
        params = {"since": "2024-05-01T00:00:00+03:00", "until": "2024-06-01T00:00:00Z"}
        assert reader.get(path, params=params).status_code == 200


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("country", ["Syria", "S", "S1", "12", ""])
def test_bad_country(reader: TestClient, path: str, country: str) -> None:
    message = error_of(reader, path, {"country": country})
    assert "ISO 3166-1 alpha-2" in message


def test_country_is_case_insensitive(reader: TestClient) -> None:
    assert reader.get("/api/v1/incidents", params={"country": "sy"}).status_code == 200


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("event_type", ["bombing", "Armed_Clash", "armed clash"])
def test_bad_event_type(reader: TestClient, path: str, event_type: str) -> None:
    message = error_of(reader, path, {"event_type": event_type})
    assert message.startswith("event_type must be one of: armed_clash, ")


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("limit", ["0", "-1", "501", "ten", "1.5"])
def test_bad_limit(reader: TestClient, path: str, limit: str) -> None:
    message = error_of(reader, path, {"limit": limit})
    assert message.startswith("limit: ")


@pytest.mark.parametrize("path", LISTS)
def test_bad_min_confidence(reader: TestClient, path: str) -> None:
    assert error_of(reader, path, {"min_confidence": "2"}).startswith("min_confidence: ")


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("cursor", ["garbage", "MjAyNC0wNS0wMVQwMDowMDowMHw1", "!!"])
def test_bad_cursor(reader: TestClient, path: str, cursor: str) -> None:
    assert error_of(reader, path, {"cursor": cursor}) == "cursor is not one this API handed out"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/api/v1/feeds/987654", "feed 987654 does not exist"),
        ("/api/v1/incidents/987654", "incident 987654 does not exist"),
    ],
)
def test_unknown_ids_are_404(reader: TestClient, path: str, message: str) -> None:
    assert error_of(reader, path, {}, status=404) == message


def test_non_numeric_id_is_422(reader: TestClient) -> None:
    assert error_of(reader, "/api/v1/feeds/abc", {}).startswith("feed_id: ")


def test_unknown_route_is_json_404(reader: TestClient) -> None:
    assert error_of(reader, "/api/v1/nothing-here", {}, status=404) == "Not Found"

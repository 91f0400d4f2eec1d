"""Standard Webhooks signatures, subscription filters and the retry schedule: all pure."""

from __future__ import annotations

import base64
import hashlib
import hmac
import random

import pytest
from pydantic import ValidationError

from service.webhooks import retry, signing
from service.webhooks.filters import AlertFacts, WebhookFilters, selects


def test_signature_matches_the_spec_construction() -> None:
    secret = "whsec_" + base64.b64encode(b"k" * 32).decode()
    sig = signing.sign(secret, msg_id="msg_1", timestamp=1474070400, body=b'{"a":1}')
    expected = hmac.new(b"k" * 32, b'msg_1.1474070400.{"a":1}', hashlib.sha256).digest()
    assert sig == "v1," + base64.b64encode(expected).decode()


def test_verify_accepts_any_listed_signature_and_rejects_tampering() -> None:
    old, new = signing.generate_secret(), signing.generate_secret()
    body = b'{"type":"ping"}'
    header = signing.signature_header([new, old], msg_id="msg_x", timestamp=1000, body=body)
    headers = {"webhook-id": "msg_x", "webhook-timestamp": "1000", "webhook-signature": header}
    assert len(header.split()) == 2
    signing.verify(old, headers=headers, body=body, now=1000)
    signing.verify(new, headers=headers, body=body, now=1000)
    with pytest.raises(signing.BadSignature):
        signing.verify(new, headers=headers, body=body + b" ", now=1000)
    with pytest.raises(signing.BadSignature):
        signing.verify(new, headers=headers, body=body, now=1000 + 3600)


def test_generated_secrets_are_whsec_base64_of_32_bytes() -> None:
    secret = signing.generate_secret()
    assert secret.startswith("whsec_") and len(signing.key_of(secret)) == 32
    with pytest.raises(ValueError):
        signing.key_of("whsec_" + base64.b64encode(b"short").decode())


def test_retry_schedule_spans_about_a_day_with_jitter() -> None:
    rng = random.Random(7)
    waits = [retry.delay_after(n, rng=rng) for n in range(1, retry.MAX_ATTEMPTS)]
    assert all(w is not None for w in waits)
    total = sum(w.total_seconds() for w in waits if w)
    assert 18 * 3600 < total < 28 * 3600
    assert 4 <= waits[0].total_seconds() <= 6  # type: ignore[union-attr]
    assert retry.delay_after(retry.MAX_ATTEMPTS, rng=rng) is None


FACTS = AlertFacts(
    kind="possible_violation", ceasefire_ids=frozenset({1}), country="SY", lat=35.3, lon=40.1,
    event_type="air_drone_strike", confidence=0.9, killed=62, target_is_state_forces=True,
)  # fmt: skip


@pytest.mark.parametrize(
    ("flt", "selected"),
    [
        ({}, True),
        ({"ceasefire_ids": [1, 3]}, True),
        ({"ceasefire_ids": [2]}, False),
        ({"countries": ["sy"]}, True),
        ({"countries": ["UA"]}, False),
        ({"bbox": [39, 34, 41, 36]}, True),
        ({"bbox": [30, 45, 40, 52]}, False),
        ({"event_types": ["armed_clash"]}, False),
        ({"min_confidence": 0.95}, False),
        ({"min_killed": 50, "target_is_state_forces": True}, True),
        ({"min_killed": 63}, False),
        ({"target_is_state_forces": False}, False),
        ({"alert_kinds": ["escalation"]}, False),
        ({"countries": ["SY"], "alert_kinds": ["possible_violation"], "min_killed": 1}, True),
    ],
)
def test_filters_combine_with_and(flt: dict[str, object], selected: bool) -> None:
    assert selects(WebhookFilters.model_validate(flt), FACTS) is selected


@pytest.mark.parametrize(
    ("flt", "message"),
    [
        ({"countries": ["Syria"]}, "ISO 3166-1 alpha-2"),
        ({"bbox": [1, 2, 3]}, "four numbers"),
        ({"bbox": [10, 0, 5, 1]}, "min_lon is greater"),
        ({"event_types": ["airstrike"]}, "unknown event types airstrike"),
        ({"alert_kinds": ["everything"]}, "unknown alert kinds"),
        ({"min_confidence": 2}, "less than or equal to 1"),
        ({"colour": "red"}, "Extra inputs"),
    ],
)
def test_bad_filters_say_what_is_wrong(flt: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        WebhookFilters.model_validate(flt)
    assert message in str(err.value)

"""The prefilter finds exactly what the plain regex finds, only faster."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from service.classification import lexicon
from service.classification.phrases import tokenize
from service.classification.prefilter import Guarded, active_branches, text_keys

FIXTURE = Path(__file__).parent / "fixtures" / "headlines.jsonl"


def _guarded() -> list[Guarded]:
    found: list[Guarded] = []
    for value in vars(lexicon).values():
        if isinstance(value, Guarded):
            found.append(value)
        elif isinstance(value, tuple):
            found.extend(r.pattern for r in value if isinstance(r, lexicon.Rule))
    return found


PATTERNS = _guarded()
TEXTS = [
    f"{row['title']}\n{row['summary']}"
    for row in map(json.loads, FIXTURE.read_text(encoding="utf-8").splitlines())
] + [
    "",
    "Airstrikes, counter-attacks and re-captured towns: the U.S.-led coalition's 1,200 sorties",
    "ÉTAT: İstanbul'da saldırı; drone hit the 'base' (again) at 03:00",
]


def test_every_lexicon_pattern_is_covered():
    assert len(PATTERNS) > 40


@pytest.mark.parametrize("guarded", PATTERNS, ids=lambda g: g.pattern[:40])
def test_same_matches_as_the_plain_regex(guarded: Guarded):
    plain = re.compile(guarded.pattern, guarded.flags)
    for text in TEXTS:
        active = active_branches(text_keys(text))
        got = [(m.start(), m.group()) for m in guarded.finditer(text, active)]
        want = [(m.start(), m.group()) for m in plain.finditer(text)]
        # the branches are tried one by one, so where two branches overlap each reports its own
        # match; every match of the whole pattern must be among them, first one first
        assert set(want) <= set(got), text
        first = guarded.search(text, active)
        assert (first is None) == (not want), text
        if want and first is not None:
            assert first.start() == want[0][0], text


def test_keys_read_from_tokens_are_the_keys_of_the_text():
    extra = ["it's the U.S.-led coalition's 3-day raid", "a_b c-d.e 'f' x''y", "ÉTAT’s İstanbul ſtrike"]
    for text in TEXTS + extra:
        plain, from_tokens = text_keys(text), text_keys(text, tokenize(text))
        assert list(from_tokens.items()) == list(plain.items()), text
        assert from_tokens.low == plain.low, text

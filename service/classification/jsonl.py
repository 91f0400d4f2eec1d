"""JSON Lines in, JSON Lines out: one answer per input line, errors reported in place."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from service.classification.classifier import VERSION, classify
from service.classification.model import ItemText

# One encoder for every answer: json.dumps with options builds one a call. (Answers hold no
# cycles: the check for them is work for nothing.)
_ANSWER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


class BadLine(ValueError):
    pass


def _published(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadLine("published must be an ISO 8601 string or null")
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as e:
        raise BadLine(f"published is not ISO 8601: {value!r}") from e
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def parse(line: str) -> tuple[Any, ItemText]:
    """(id, item) from one input line; raises BadLine (carrying the id when known)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise BadLine(f"not JSON ({e.msg})") from e
    if not isinstance(obj, dict):
        raise BadLine("not a JSON object")
    if "id" not in obj or obj["id"] is None:
        raise BadLine("missing id")
    item_id = obj["id"]
    if not isinstance(item_id, (str, int)) or isinstance(item_id, bool):
        raise BadLine("id must be a string or an integer")
    for key in ("title", "summary"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            err = BadLine(f"{key} must be a string")
            err.args = (f"{key} must be a string", item_id)
            raise err
    try:
        published = _published(obj.get("published"))
    except BadLine as e:
        e.args = (e.args[0], item_id)
        raise
    return item_id, ItemText(
        title=obj.get("title") or "", summary=obj.get("summary") or "", published=published
    )


def classify_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """Classify each non-blank line; a bad line yields {"id", "error"} and the run goes on."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item_id, item = parse(line)
        except BadLine as e:
            item_id = e.args[1] if len(e.args) > 1 else None
            yield json.dumps(
                {"id": item_id, "error": f"line {n}: {e.args[0]}", "classifier_version": VERSION}
            )
            continue
        out = {"id": item_id, **classify(item).to_dict()}
        yield _ANSWER.encode(out)
